"""The built wheel ships both packages, their type markers and the spec, and imports on its own."""

from __future__ import annotations

import subprocess
import sys
import sysconfig
import textwrap
import zipfile
from pathlib import Path

import pytest

pytestmark = pytest.mark.slow

ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture(scope="module")
def wheel(tmp_path_factory: pytest.TempPathFactory) -> Path:
    out = tmp_path_factory.mktemp("wheel")
    subprocess.run(
        [sys.executable, "-m", "pip", "wheel", "-q", "--no-deps", "--no-build-isolation", "-w", str(out), str(ROOT)],
        check=True,
        capture_output=True,
    )
    (built,) = out.glob("tengrai-*.whl")
    return built


def test_wheel_contains_both_packages_and_the_spec(wheel: Path) -> None:
    names = set(zipfile.ZipFile(wheel).namelist())
    for required in (
        "tengrai/__init__.py",
        "tengrai/py.typed",
        "tengrai_api/__init__.py",
        "tengrai_api/py.typed",
        "tengrai_api/openapi.json",
        "tengrai_api/api/artworks/get_artwork.py",
    ):
        assert required in names, required
    assert not any(name.startswith(("tests/", "generated/")) for name in names)
    entry_points = next(n for n in names if n.endswith("entry_points.txt"))
    text = zipfile.ZipFile(wheel).read(entry_points).decode()
    assert "tengrai = tengrai.cli:main" in text
    assert "tengrai = tengrai.testing" in text


def test_wheel_imports_without_the_source_tree(wheel: Path, tmp_path: Path) -> None:
    # -S skips site (and so the editable install's .pth); the wheel comes first, dependencies from site-packages.
    script = textwrap.dedent(
        f"""
        import sys
        sys.path[:0] = [{str(wheel)!r}]
        sys.path.append({sysconfig.get_paths()["purelib"]!r})
        import tengrai, tengrai_api
        from tengrai.mock import _openapi as _spec  # the mock reads the spec the wheel ships (the SDK does not)
        from tengrai_api.api.artworks import get_artwork
        assert tengrai.__file__.startswith({str(wheel)!r}), tengrai.__file__
        assert tengrai_api.__file__.startswith({str(wheel)!r}), tengrai_api.__file__
        assert _spec.document()["paths"]["/v2/artworks/{{id}}"]["get"]["operationId"] == "get_artwork"
        # The SDK's compiled spec and the generated sans-IO endpoints load from the zipped wheel too.
        from tengrai import _endpoints, validation
        assert _endpoints.build("get_artwork", "a b")["url"] == "/v2/artworks/a%20b"
        assert _endpoints.route("create_quantum_artwork") == ("POST", "/v2/artworks/quantum")
        assert validation.build_request_body("quantum", {{"prompt": "a fox"}}) == {{"prompt": "a fox"}}
        print("ok")
        """
    )
    result = subprocess.run(
        [sys.executable, "-S", "-c", script], cwd=tmp_path, capture_output=True, text=True, check=False
    )
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == "ok"


def test_wheel_metadata_accepts_the_tested_httpx_range_and_names_license_and_urls(wheel: Path) -> None:
    archive = zipfile.ZipFile(wheel)
    metadata = archive.read(next(n for n in archive.namelist() if n.endswith(".dist-info/METADATA"))).decode()
    headers = [
        (key, value) for key, _, value in (line.partition(": ") for line in metadata.split("\n\n", 1)[0].splitlines())
    ]
    requires = [value for key, value in headers if key == "Requires-Dist" and value.startswith("httpx")]
    # `make compat` tests the lower bound; nothing (the generated client included) narrows it further.
    assert requires == ["httpx<1,>=0.27"]
    assert ("License-Expression", "MIT") in headers
    assert any(n.endswith(".dist-info/licenses/LICENSE") for n in archive.namelist())
    urls = [value for key, value in headers if key == "Project-URL"]
    assert any(url.startswith("Tengr.ai (the API's service), https://tengr.ai") for url in urls)
    # The SDK has no public home yet: no URL may pass for its homepage, source or tracker, and every one is the API's.
    labels = {url.partition(", ")[0].lower() for url in urls}
    assert not labels & {"homepage", "home", "source", "repository", "issues", "bug tracker", "documentation"}
    assert all(url.partition(", ")[2].startswith(("https://tengr.ai", "https://docs.tengr.ai/")) for url in urls)
    versions = [value.rsplit(":: ", 1)[1] for key, value in headers if key == "Classifier" and "Python :: 3." in value]
    assert f"{sys.version_info.major}.{sys.version_info.minor}" in versions  # the Python this suite runs on
