"""The documentation site documents the whole public API, once each, under its public names, with no broken link."""

from __future__ import annotations

import collections
import inspect
import os
import re
import subprocess
import sys
from pathlib import Path

import pytest

import tengrai
import tengrai.batch
import tengrai.mock
from tengrai.resources import _attributes

pytestmark = pytest.mark.slow

REPO = Path(__file__).resolve().parents[1]

_ANCHOR = re.compile(r'id="(tengrai(?:\.[A-Za-z_]\w*)*)"')


@pytest.fixture(scope="module")
def anchors(tmp_path_factory: pytest.TempPathFactory) -> collections.Counter[str]:
    """Every documented object's anchor in the built site, counted (built strictly: a broken link fails it)."""
    site = tmp_path_factory.mktemp("site")
    env = {**os.environ, "NO_MKDOCS_2_WARNING": "1"}
    done = subprocess.run(
        [sys.executable, "-m", "mkdocs", "build", "--strict", "--site-dir", str(site)],
        cwd=REPO, env=env, capture_output=True, text=True, timeout=180, check=False,
    )  # fmt: skip
    assert done.returncode == 0, done.stderr
    found: collections.Counter[str] = collections.Counter()
    for page in site.rglob("*.html"):
        found.update(_ANCHOR.findall(page.read_text(encoding="utf-8")))
    return found


def test_every_public_name_of_tengrai_is_documented_under_it(anchors: collections.Counter[str]) -> None:
    missing = [name for name in tengrai.__all__ if name != "__version__" and f"tengrai.{name}" not in anchors]
    assert missing == []


@pytest.mark.parametrize("client", ["Tengrai", "AsyncTengrai"])
def test_every_client_method_and_resource_is_documented(client: str, anchors: collections.Counter[str]) -> None:
    cls = getattr(tengrai, client)
    public = [name for name in dir(cls) if not name.startswith("_")]
    assert {"with_options", "unfinished", "batch", "v1", "organizations", "quantum"} <= set(public)
    assert [name for name in public if f"tengrai.{client}.{name}" not in anchors] == []


def test_every_generated_resource_and_method_is_documented(anchors: collections.Counter[str]) -> None:
    import tengrai.resources

    missing = []
    for name in [*_attributes.RESOURCE_CLASSES, "Artworks", "AsyncArtworks"]:
        cls = getattr(tengrai.resources, name)
        missing += [f"tengrai.resources.{name}"] if f"tengrai.resources.{name}" not in anchors else []
        for method, value in vars(cls).items():
            if not method.startswith("_") and inspect.isfunction(value):
                path = f"tengrai.resources.{name}.{method}"
                missing += [path] if path not in anchors else []
    assert missing == []


def test_the_mock_and_the_batch_public_api_is_documented(anchors: collections.Counter[str]) -> None:
    missing = [f"tengrai.mock.{name}" for name in tengrai.mock.__all__ if f"tengrai.mock.{name}" not in anchors]
    missing += [f"tengrai.batch.{name}" for name in tengrai.batch.__all__ if f"tengrai.batch.{name}" not in anchors]
    assert missing == []


def test_nothing_is_documented_under_a_private_path_or_twice(anchors: collections.Counter[str]) -> None:
    assert [anchor for anchor in anchors if any(part.startswith("_") for part in anchor.split("."))] == []
    assert [anchor for anchor, count in anchors.items() if count > 1] == []


def test_the_mock_state_shows_what_tests_use_not_what_the_app_calls(anchors: collections.Counter[str]) -> None:
    source = (REPO / "tengrai" / "mock" / "_state.py").read_text(encoding="utf-8")
    body = source[source.index("class MockState") :]
    app_only = re.findall(r"\n    def ([a-z]\w*)\(", body[body.index("used by the app") :])
    assert "create" in app_only
    shown = {anchor.rsplit(".", 1)[1] for anchor in anchors if anchor.startswith("tengrai.mock.MockState.")}
    assert {"finish_all", "advance", "requests"} <= shown
    assert shown.isdisjoint(app_only)


def test_the_readme_links_nothing_relative_to_the_repository() -> None:
    readme = Path(REPO / "README.md").read_text(encoding="utf-8")
    relative = re.findall(r"\]\((?!https?://|#)([^)]+)\)", readme)
    assert relative == []  # the README is also the package's page, where such links are broken


def test_make_docs_fails_on_a_broken_link(tmp_path: Path) -> None:
    """The command `make docs` runs (its recipe in the Makefile) stops at a broken link: with ``--quiet`` the
    warnings were never emitted, so ``--strict`` never counted them."""
    recipe = re.search(r"^docs:.*\n\t(.+)$", (REPO / "Makefile").read_text(encoding="utf-8"), re.M)
    assert recipe is not None
    command = recipe.group(1).replace("$(BIN)/", str(Path(sys.executable).parent) + "/")
    (tmp_path / "docs").mkdir()
    (tmp_path / "docs" / "index.md").write_text("# x\n\n[results](benchmarks/RESULTS.md)\n")
    (tmp_path / "mkdocs.yml").write_text((REPO / "mkdocs.yml").read_text(encoding="utf-8").split("nav:")[0])
    done = subprocess.run(["bash", "-c", command], cwd=tmp_path, capture_output=True, text=True, timeout=120)
    assert done.returncode != 0, done.stdout + done.stderr
    assert "benchmarks/RESULTS.md" in done.stderr
