"""User code type-checks against the generated signatures: mistakes are flagged, ``generate`` returns the handle.

The checkers run on a small user file: ``mypy --strict``, and pyright (strict), the checker behind Pylance, which
is what most editors show users. pyright is in the locked dev dependencies; its PyPI package carries pyright itself
but runs it on Node.js, so that half is skipped on a machine without ``node``; a pyright that is missing from the
environment or does not run fails the test.
"""

from __future__ import annotations

import json
import os
import re
import shutil
import subprocess
import sys
from pathlib import Path
from typing import get_args

import pytest

from tengrai.types import QuantumAspectRatio

pytestmark = pytest.mark.slow

ROOT = Path(__file__).resolve().parents[2]

USER_CODE = """\
# pyright: strict
from typing import reveal_type

from tengrai import AsyncTengrai, Tengrai


def use(client: Tengrai) -> None:
    artwork = client.quantum.generate(prompt="a fox", style="analog", aspect_ratio="16:9")
    reveal_type(artwork)
    reveal_type(artwork.parameters.aspect_ratio)
    ratio: int = artwork.parameters.aspect_ratio  # RATIO-NOT-INT
    print(artwork.parameters["aspectRatio"], ratio)
    client.quantum.create(style="analogue")  # WRONG-LITERAL
    client.quantum.create(promt="a fox")  # MISSPELT-KEYWORD
    client.quantum.create(seed="42")  # WRONG-TYPE
    client.selena_variete.create(image_url="https://example.com/a.png", creativity=3, color_tone="warm")
    client.quantum.create(prompt="a fox", timeout=5, extra_headers={"X-Trace-Id": "t"}, extra_query={"a": 1},
                          extra_body={"future": [1]})
    client.artworks.get("id", timeout=2.5, extra_headers={"X-Trace-Id": "t"}, extra_query={"a": "b"})
    client.v1.artworks.list(limit=5, extra_query={"a": 1})
    client.artworks.get("id", extra_headers={"X-Retry": 1})  # WRONG-HEADER-VALUE
    client.artworks.get("id", extra_body={"a": 1})  # BODY-ON-A-GET
    client.artworks.wait("id", extra_header={"X-Trace-Id": "t"})  # MISSPELT-OPTION


async def use_async(client: AsyncTengrai) -> None:
    artwork = await client.face_refiner.generate(image_url="https://example.com/a.png")
    reveal_type(artwork)
    again = await artwork.wait(extra_headers={"X-Trace-Id": "t"})
    reveal_type(again)
    await client.face_refiner.create(image_url="https://example.com/a.png", extra_body={"future": True}, timeout=3)
"""


def marked_lines() -> dict[str, int]:
    """Line number of each ``# MARK`` in the user file."""
    return {
        match[1]: number
        for number, line in enumerate(USER_CODE.splitlines(), start=1)
        if (match := re.search(r"# ([A-Z-]+)$", line))
    }


@pytest.fixture
def user_file(tmp_path: Path) -> Path:
    path = tmp_path / "user_code.py"
    path.write_text(USER_CODE, encoding="utf-8")
    return path


def test_mypy_strict_flags_mistakes_and_reveals_the_artwork_types(user_file: Path) -> None:
    command = [sys.executable, "-m", "mypy", "--strict", "--config-file", str(ROOT / "pyproject.toml"), str(user_file)]
    output = subprocess.run(command, capture_output=True, text=True, cwd=ROOT, timeout=300).stdout
    errors = {int(line.split(":")[1]): line for line in output.splitlines() if ": error:" in line}
    marks = marked_lines()
    assert set(errors) == set(marks.values()), output
    assert "[arg-type]" in errors[marks["WRONG-LITERAL"]]
    assert 'Unexpected keyword argument "promt"' in errors[marks["MISSPELT-KEYWORD"]]
    assert "[arg-type]" in errors[marks["WRONG-TYPE"]]
    # The per-request options are typed keywords (tengrai.types.RequestOptions), not an open **kwargs.
    assert "[dict-item]" in errors[marks["WRONG-HEADER-VALUE"]]
    assert 'Unexpected keyword argument "extra_body"' in errors[marks["BODY-ON-A-GET"]]
    assert 'Unexpected keyword argument "extra_header"' in errors[marks["MISSPELT-OPTION"]]
    # The answer's parameters are typed per artwork type: Quantum's aspect ratio is its Literal (or None).
    assert "[assignment]" in errors[marks["RATIO-NOT-INT"]]
    revealed = re.findall(r'Revealed type is "([^"]+)"', output)
    handle = r"tengrai\.[\w.]+\.{}Artwork\[tengrai\._parameters\.{}ArtworkParameters\]"  # wherever it is defined
    assert re.fullmatch(handle.format("Sync", "Quantum"), revealed[0]), revealed[0]
    assert re.fullmatch(r"(Literal\['[^']+'\] \| )+None", revealed[1]), revealed[1]
    assert set(re.findall(r"Literal\['([^']+)'\]", revealed[1])) == set(get_args(QuantumAspectRatio))
    assert len(revealed) == 4, revealed
    assert all(re.fullmatch(handle.format("Async", "FaceRefiner"), text) for text in revealed[2:]), revealed


def test_pyright_strict_flags_mistakes_and_reveals_the_artwork_types(user_file: Path) -> None:
    pyright = shutil.which("pyright", path=str(Path(sys.executable).parent)) or shutil.which("pyright")
    if pyright is None:  # it is in the locked dev dependencies: missing means a broken environment
        pytest.fail("pyright is not installed: run `make venv` (it is in requirements-dev.lock)")
    if shutil.which("node") is None:  # else its wrapper would try to download Node.js
        pytest.skip("pyright needs Node.js (node), which this machine does not have")
    command = [pyright, "--outputjson", "--pythonpath", sys.executable, str(user_file)]
    quiet = {**os.environ, "PYRIGHT_PYTHON_IGNORE_WARNINGS": "1"}  # no look-up of a newer pyright on PyPI
    result = subprocess.run(command, capture_output=True, text=True, cwd=ROOT, timeout=300, env=quiet)
    if not result.stdout.startswith("{"):  # a broken pyright must not pass for a clean check
        pytest.fail(f"pyright did not run (exit {result.returncode}): {result.stderr[-300:] or result.stdout[-300:]}")
    diagnostics = json.loads(result.stdout)["generalDiagnostics"]
    errors = {d["range"]["start"]["line"] + 1: d["message"] for d in diagnostics if d["severity"] == "error"}
    marks = marked_lines()
    assert set(errors) == set(marks.values()), errors
    assert "analogue" in errors[marks["WRONG-LITERAL"]]
    assert "promt" in errors[marks["MISSPELT-KEYWORD"]]
    assert '"seed"' in errors[marks["WRONG-TYPE"]]
    assert "int" in errors[marks["RATIO-NOT-INT"]]
    revealed = [d["message"] for d in diagnostics if d["severity"] == "information" and "Type of" in d["message"]]
    assert revealed[0] == 'Type of "artwork" is "SyncArtwork[QuantumArtworkParameters]"'
    assert "Literal[" in revealed[1]
    assert revealed[1].endswith('| None"')
    assert revealed[2:] == [
        'Type of "artwork" is "AsyncArtwork[FaceRefinerArtworkParameters]"',
        'Type of "again" is "AsyncArtwork[FaceRefinerArtworkParameters]"',
    ]
