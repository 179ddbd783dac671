"""A photo on disk: the README says what to do, its example runs, and a path is refused pointing there."""

from __future__ import annotations

import re
import subprocess
import sys
from pathlib import Path

import pytest

from tengrai import ValidationError
from tengrai.validation import build_request_body

README = Path(__file__).resolve().parents[2] / "README.md"
SECTION = "Images on your disk"


@pytest.mark.parametrize(
    "path",
    [
        "/home/me/photo.jpg",
        "photo.jpg",
        "~/photo.png",
        "./photos/me.png",
        "file:///home/me/photo.jpg",
        "photos/me.jpg",  # relative paths with a folder: the commonest way to name a photo
        "My Photos/holiday 2024.JPG",
        "photos\\me.png",
    ],
)
def test_a_local_path_is_refused_pointing_to_the_readme_section(path: str) -> None:
    with pytest.raises(ValidationError) as caught:
        build_request_body("create_remove_background_artwork", {"image_url": path})
    assert caught.value.field == "imageUrl"
    assert f'"{SECTION}"' in str(caught.value)
    assert "pre-signed" in str(caught.value)


@pytest.mark.parametrize("url", ["https//example.com/a.png", "example.com/photos/a.png"])
def test_a_malformed_url_gets_no_local_file_advice(url: str) -> None:
    with pytest.raises(ValidationError) as caught:
        build_request_body("create_remove_background_artwork", {"image_url": url})
    assert SECTION not in str(caught.value)


def test_the_readme_has_the_section() -> None:
    assert f"## {SECTION}" in README.read_text(encoding="utf-8")


@pytest.mark.slow
def test_the_readme_local_image_example_runs_as_written(tmp_path: Path) -> None:
    found = re.search(r"<!-- example:local-image -->\s*```python\n(.*?)```", README.read_text(), re.DOTALL)
    assert found is not None
    done = subprocess.run(
        [sys.executable, "-c", found.group(1)], cwd=tmp_path, capture_output=True, text=True, timeout=60, check=False
    )
    assert done.returncode == 0, done.stderr
    saved = [Path(path) for path in re.findall(r"PosixPath\('([^']+)'\)", done.stdout)]
    assert saved
    assert all(path.is_file() for path in saved)
