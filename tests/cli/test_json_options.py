"""JSON-valued options (the segmentation points) take the JSON their help shows and refuse anything else in one line."""

from __future__ import annotations

import json

import pytest

from tengrai import _fields

from ._support import run_main

EXAMPLE = json.dumps(
    _fields.model().operation("create_segmentation_artwork").by_name["points_positive"].schema["examples"][0]
)
"""What the help shows for --points-positive (the spec's example)."""
SEGMENT = ["segmentation", "--image-url", "https://example.com/a.png", "--method", "points", "--no-save", "--mock"]


def _one_error_line(err: str) -> str:
    """The message after argparse's usage, or the CLI's own ``error:`` line; fails on a traceback."""
    assert "Traceback" not in err, err
    lines = [line for line in err.splitlines() if "error:" in line]
    assert len(lines) == 1, err
    return lines[0]


def test_help_shows_the_json_the_option_takes(capsys: pytest.CaptureFixture[str]) -> None:
    result = run_main(capsys, "segmentation", "--help")
    help_text = " ".join(result.out.split())
    assert f"Given as JSON, e.g. '{EXAMPLE}'" in help_text
    assert "points" in EXAMPLE


def test_the_json_the_help_shows_is_taken(capsys: pytest.CaptureFixture[str]) -> None:
    points = '{"points": [[0.5, 0.5]], "labels": [1]}'
    result = run_main(capsys, *SEGMENT, "--points-positive", points, "--json")
    assert result.code == 0, result.err
    assert json.loads(result.out)["artwork"]["parameters"]["pointsPositive"] == json.loads(points)


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("[[0.5,0.5]]", "a JSON object"),  # a list where an object goes: was a TypeError traceback
        ("[]", "a JSON object"),  # was "pointsPositive=None: is required"
        ("0.5,0.5", "not JSON"),
        ('{"points": [[0.5, 0.5]]', "not JSON"),
    ],
)
def test_anything_else_is_refused_in_one_line_naming_the_option(
    value: str, expected: str, capsys: pytest.CaptureFixture[str]
) -> None:
    result = run_main(capsys, *SEGMENT, "--points-positive", value)
    assert result.code == 2
    line = _one_error_line(result.err)
    assert "--points-positive" in line
    assert expected in line
    assert EXAMPLE in line  # what to write instead
