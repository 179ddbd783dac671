"""Every script in examples/ runs with no key against the in-process mock and does what it says."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

pytestmark = pytest.mark.slow

EXAMPLES = Path(__file__).resolve().parents[1] / "examples"

# script -> what its output must show
EXPECTED = {
    "quick_start.py": ["quantum", "succeeded", "saved"],
    "async_fan_out.py": ["'a red fox in snow':", "'an old map':", "succeeded at"],
    "image_chain.py": [
        "1 quantum",
        "2 face refiner",
        "3 selena variete",
        "-> 2 images",
        "'processingMode': 'reimagine'",
    ],
    "webhook_receiver.py": ["verified delivery: artwork", "succeeded"],
    "pagination_resume.py": ["two per request", "not finished yet:", "resumed", "succeeded", "1 image(s)"],
}


def test_every_example_is_run_here() -> None:
    assert sorted(path.name for path in EXAMPLES.glob("*.py")) == sorted(EXPECTED)


@pytest.mark.parametrize("script", sorted(EXPECTED))
def test_example_runs_without_a_key(script: str, tmp_path: Path) -> None:
    env = {key: value for key, value in os.environ.items() if not key.startswith("TENGRAI_")}
    done = subprocess.run(
        [sys.executable, str(EXAMPLES / script), str(tmp_path / "out")],
        capture_output=True, text=True, env=env, cwd=tmp_path, timeout=60, check=False,
    )  # fmt: skip
    assert done.returncode == 0, done.stdout + done.stderr
    for expected in EXPECTED[script]:
        assert expected in done.stdout, (expected, done.stdout)
    if script in ("quick_start.py", "image_chain.py", "async_fan_out.py"):
        assert any((tmp_path / "out").iterdir())
