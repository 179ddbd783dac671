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


TEXTCRAFT = _fields.model().operation("v1_textcraft").by_name
TOOLS = json.dumps(TEXTCRAFT["tools"].schema["examples"][0])
MODEL_FIELDS = json.dumps(TEXTCRAFT["additional_model_request_fields"].schema["examples"][0])
CRAFT = ["v1", "textcraft", "the weather in Oslo?", "--model", "m1", "--mock"]


def test_textcraft_takes_the_tools_and_model_fields_its_help_shows(capsys: pytest.CaptureFixture[str]) -> None:
    help_text = " ".join(run_main(capsys, "v1", "textcraft", "--help").out.split())
    assert f"Given as JSON, e.g. '{TOOLS}'" in help_text
    assert f"Given as JSON, e.g. '{MODEL_FIELDS}'" in help_text
    result = run_main(capsys, *CRAFT, "--tools", TOOLS, "--additional-model-request-fields", MODEL_FIELDS, "--json")
    assert result.code == 0, result.err
    (call,) = json.loads(result.out)["toolCalls"]
    assert call["toolName"] in json.loads(TOOLS)


@pytest.mark.parametrize(
    ("option", "value", "expected"),
    [
        ("--tools", "[]", "is not a JSON object"),
        ("--tools", "get_weather", "not JSON"),
        ("--tools", '{"get_weather": {"description": "d"}}', "needs the key 'parameters'"),
        ("--additional-model-request-fields", "top_k=50", "not JSON"),
        ("--additional-model-request-fields", '"top_k"', "is not a JSON object"),
        ("--additional-model-request-fields", '{"top_k": NaN}', "must be a finite number"),  # not JSON either
    ],
)
def test_textcraft_refuses_other_tools_and_model_fields_in_one_line(
    option: str, value: str, expected: str, capsys: pytest.CaptureFixture[str]
) -> None:
    result = run_main(capsys, *CRAFT, option, value)
    assert result.code == 2
    line = _one_error_line(result.err)
    assert expected in line
    assert option in line or ("tools" if option == "--tools" else "additionalModelRequestFields") in line
