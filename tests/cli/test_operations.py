"""Every artwork-creating operation as a CLI subcommand (``tengrai <name>`` in kebab-case) with the spec's example
typed as options: the artwork is created with exactly those parameters, waited for and saved as real images; and a
value that breaks a documented rule exits 2 with the library's message, sending nothing."""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from tengrai import _fields
from tengrai.cli._spec_options import camel_to_kebab
from tengrai.mock import Durations, MockServer
from tengrai.mock import _openapi as _spec

from ._support import assert_images, connection, run_main, served_mock

pytestmark = pytest.mark.timeout(60)


@pytest.fixture(scope="module")
def server() -> Iterator[MockServer]:
    with served_mock(default_durations=Durations(starting=0, processing=0)) as running:
        yield running


def _argv(operation_id: str, example: dict[str, Any]) -> list[str]:
    """The spec's example body as CLI options (lists and objects as JSON, booleans as flags); the prompt of a
    text-to-image command (one that requires nothing) is given as words."""
    op = _fields.model().operation(operation_id)
    words = "prompt" in example and not any(field.required for field in op.fields)
    argv: list[str] = example["prompt"].split() if words else []
    for wire, value in example.items():
        if words and wire == "prompt":
            continue
        flag = f"--{camel_to_kebab(wire)}"
        if isinstance(value, bool):
            argv.append(flag if value else f"--no-{flag[2:]}")
        elif isinstance(value, list | dict):
            argv += [flag, json.dumps(value)]
        else:
            argv += [flag, str(value)]
    return argv


def _commands() -> list[tuple[str, str, dict[str, Any]]]:
    found = []
    for _method, _path, op in _spec.operations():
        operation_id: str = op["operationId"]
        if operation_id.startswith("create_") and operation_id.endswith("_artwork"):
            name = operation_id.removeprefix("create_").removesuffix("_artwork").replace("_", "-")
            found.append((name, operation_id, _spec.request_schema(operation_id)["examples"][0]))
    return found


@pytest.mark.parametrize(("command", "operation_id", "example"), _commands(), ids=lambda v: str(v)[:24])
def test_every_operation_is_a_subcommand_that_creates_waits_and_saves(
    server: MockServer,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    command: str,
    operation_id: str,
    example: dict[str, Any],
) -> None:
    before = set(server.state.artworks)
    result = run_main(capsys, command, *_argv(operation_id, example), "-o", str(tmp_path), *connection(server))
    assert result.code == 0, result.err
    (artwork_id,) = set(server.state.artworks) - before
    parameters = server.state.artworks[artwork_id]["parameters"]
    assert {key: parameters[key] for key in example} == example
    assert server.state.artworks[artwork_id]["status"] == "succeeded"
    assert_images(sorted(tmp_path.glob(f"{artwork_id}*")))
    assert _fields.model().operation(operation_id).resource == command.replace("-", "_")


@pytest.mark.parametrize(
    ("argv", "fragment"),
    [
        (["depth-map", "--image-url", "https://cdn.example.com/a.png", "--resolution-lower-limit", "1000"],
         "multiple of 64"),
        (["detailer-upscaler", "--image-url", "https://cdn.example.com/a.png", "--scale-factor", "3"],
         "Allowed: 1, 2, 4, 8"),
        (["segmentation", "--image-url", "https://cdn.example.com/a.png", "--method", "points",
          "--points-positive", '{"points": [[0.5, 2]]}'], "pointsPositive.points[0][1]"),
        (["segmentation", "--image-url", "https://cdn.example.com/a.png", "--method", "text"], "textPrompt"),
        (["hamilton", "--width", "1328", "--height", "1328"], "x-max-pixel-area"),
        (["photo-pilot", "--image-url", "https://cdn.example.com/a.png", "--image-guidance", "two",
          "--modification", "1", "--creativity", "1", "--effort", "1"], "must be a number"),
    ],
)  # fmt: skip
def test_bad_values_exit_2_with_the_librarys_message_and_send_nothing(
    server: MockServer, capsys: pytest.CaptureFixture[str], argv: list[str], fragment: str
) -> None:
    before = len(server.state.requests)
    result = run_main(capsys, *argv, *connection(server))
    assert result.code == 2, result.err
    assert fragment in result.err
    assert len(server.state.requests) == before
