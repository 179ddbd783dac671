"""``make demo`` end to end against the embedded mock: real image files and a summary that lists them."""

from __future__ import annotations

import re
import subprocess
import sys
from pathlib import Path

import pytest

from tengrai.demo import uses_mock
from tengrai.mock import _openapi as _spec

from ._support import REPO, clean_env, image_format

pytestmark = [pytest.mark.timeout(90), pytest.mark.slow]


def test_demo_saves_real_images_and_summarises_them(tmp_path: Path) -> None:
    out = tmp_path / "demo"
    done = subprocess.run(
        [sys.executable, "-m", "tengrai.demo", "--out", str(out)],
        capture_output=True, text=True, env=clean_env(), cwd=REPO, timeout=80, check=False,
    )  # fmt: skip
    assert done.returncode == 0, done.stderr
    assert "mock server inside this process" in done.stdout

    summary = done.stdout.split("\nsummary", 1)[1]
    rows = {
        match[0]: match[1] for match in re.findall(r"^(quantum|face-refiner|selena-variete)\s+(\S+)", summary, re.M)
    }
    assert set(rows) == {"quantum", "face-refiner", "selena-variete"}
    assert all(re.search(rf"{re.escape(artwork_id)}\s+succeeded", summary) for artwork_id in rows.values())

    files = {step: sorted(out.glob(f"{artwork_id}-*")) for step, artwork_id in rows.items()}
    # quantum asked for png; face-refiner left outputFormat at its default, which the spec resolves
    auto = _spec.resolve(_spec.request_schema("create_face_refiner_artwork")["properties"]["outputFormat"])
    resolved = auto["x-resolved"][auto["default"]]
    assert [image_format(path) for path in files["quantum"]] == ["PNG"]
    assert [image_format(path) for path in files["face-refiner"]] == [resolved.upper()]
    assert len(files["selena-variete"]) == 2  # batch=2

    sheet = (out / "index.html").read_text(encoding="utf-8")
    for path in [path for paths in files.values() for path in paths]:
        assert image_format(path) == {".png": "PNG", ".webp": "WEBP"}[path.suffix]
        assert path.name in summary
        assert f'src="{path.name}"' in sheet
    assert f"contact sheet: {out / 'index.html'}" in done.stdout


@pytest.mark.parametrize(
    ("environ", "mock"),
    [
        ({}, True),
        ({"TENGRAI_API_KEY": ""}, True),
        ({"TENGRAI_API_KEY": "k"}, False),
        ({"TENGRAI_API_KEY": "k", "TENGRAI_DEMO_MOCK": "1"}, True),
        ({"TENGRAI_API_KEY": "k", "TENGRAI_DEMO_MOCK": "0"}, False),
    ],
)
def test_demo_uses_the_real_api_only_with_a_key_and_without_the_mock_switch(
    environ: dict[str, str], mock: bool
) -> None:
    assert uses_mock(environ) is mock
