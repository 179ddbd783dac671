"""The create subcommands and their options are derived from the spec: every request property is an option."""

from __future__ import annotations

import io
import re

import pytest

from tengrai.cli._parser import build_parser
from tengrai.cli._progress import Progress
from tengrai.cli._spec_options import (
    add_spec_options,
    camel_to_kebab,
    camel_to_snake,
    collect_params,
    create_commands,
    spec_options,
)
from tengrai.mock import _openapi as _spec

from ._support import run_main

CREATE_OPERATIONS = [
    op["operationId"] for _, _, op in _spec.operations() if re.fullmatch(r"create_\w+_artwork", op["operationId"])
]


def test_one_subcommand_per_create_operation() -> None:
    names = {command.operation_id: command.name for command in create_commands()}
    assert sorted(names) == sorted(CREATE_OPERATIONS)
    assert names["create_quantum_artwork"] == "quantum"
    assert names["create_selena_variete_artwork"] == "selena-variete"
    assert names["create_face_refiner_artwork"] == "face-refiner"


@pytest.mark.parametrize("operation_id", CREATE_OPERATIONS)
def test_help_shows_every_request_property_with_its_values(
    operation_id: str, capsys: pytest.CaptureFixture[str]
) -> None:
    command = next(c for c in create_commands() if c.operation_id == operation_id)
    result = run_main(capsys, command.name, "--help")
    assert result.code == 0
    help_text = " ".join(result.out.split())  # argparse wraps lines
    compact = "".join(result.out.split())  # ... also inside hyphenated values
    schema = _spec.request_schema(operation_id)
    for field, node in schema["properties"].items():
        prop = _spec.resolve(node)
        if not (operation_id == "create_quantum_artwork" and field == "prompt"):
            assert f"--{camel_to_kebab(field)}" in help_text, field
        first_words = " ".join(prop["description"].split()[:4])
        assert first_words in help_text, (field, first_words)
        for value in prop.get("enum", ()):
            assert str(value) in compact, (field, value)
        if prop.get("type") == "integer" and "minimum" in prop and "maximum" in prop:
            assert f"Integer {prop['minimum']}-{prop['maximum']}" in help_text, field


def test_names_follow_the_api_fields() -> None:
    assert camel_to_snake("negativePrompt") == "negative_prompt"
    assert camel_to_snake("imageUrl") == "image_url"
    assert camel_to_kebab("transparentBackground") == "transparent-background"
    assert camel_to_kebab("nsfw") == "nsfw"


def test_quantum_prompt_is_positional_and_options_become_client_arguments() -> None:
    parser = build_parser(create_commands(), version="test")
    args = parser.parse_args(
        ["quantum", "a", "red fox", "--aspect-ratio", "16:9", "--seed", "42", "--no-nsfw", "--output-format", "png"]
    )
    assert collect_params(args, "create_quantum_artwork") == {
        "prompt": "a red fox",
        "aspect_ratio": "16:9",
        "seed": 42,
        "nsfw": False,
        "output_format": "png",
    }


def test_required_fields_are_passed_even_when_missing_so_validation_names_them() -> None:
    parser = build_parser(create_commands(), version="test")
    args = parser.parse_args(["selena-variete", "--mode", "reimagine", "--batch", "1", "--transparent-background"])
    assert collect_params(args, "create_selena_variete_artwork") == {
        "image_url": None,
        "processing_mode": "reimagine",
        "batch": 1,
        "transparent_background": True,
    }


def test_non_integer_text_reaches_validation_unchanged() -> None:
    parser = build_parser(create_commands(), version="test")
    args = parser.parse_args(["face-refiner", "--image-url", "https://example.com/a.png", "--denoising", "high"])
    assert collect_params(args, "create_face_refiner_artwork")["denoising"] == "high"


def test_spec_options_carry_kind_and_choices() -> None:
    options = {option.field: option for option in spec_options("create_selena_variete_artwork")}
    assert options["processingMode"].kind == "enum"
    assert options["processingMode"].choices == tuple(_spec.component("ProcessingMode")["enum"])
    assert options["processingMode"].flags == ("--processing-mode", "--mode")
    assert options["batch"].kind == "integer"
    assert options["nsfw"].kind == "boolean"
    assert options["imageUrl"].required
    assert not options["prompt"].required


def test_add_spec_options_on_a_fresh_parser() -> None:
    import argparse

    parser = argparse.ArgumentParser()
    add_spec_options(parser, "create_face_refiner_artwork")
    args = parser.parse_args(["--image-url", "https://example.com/a.png", "--seed", "7"])
    assert args.image_url == "https://example.com/a.png"
    assert args.seed == 7
    assert args.webhook is None


class _Terminal(io.StringIO):
    def isatty(self) -> bool:
        return True


class _Event:
    def __init__(self, status: str) -> None:
        self.status = status


def test_progress_draws_status_and_elapsed_on_a_terminal_and_clears_the_line() -> None:
    stream = _Terminal()
    progress = Progress(stream, "quantum 1234abcd")
    progress.update(_Event("processing"))  # type: ignore[arg-type]
    with progress:
        pass
    text = stream.getvalue()
    assert "quantum 1234abcd processing" in text
    assert "s" in text.split("processing", 1)[1]
    assert text.endswith("\r")  # the line is wiped at the end


def test_progress_is_silent_when_not_a_terminal() -> None:
    stream = io.StringIO()
    progress = Progress(stream, "quantum 1234abcd")
    with progress:
        progress.update(_Event("processing"))  # type: ignore[arg-type]
    assert not progress.enabled
    assert stream.getvalue() == ""


def test_top_level_help_lists_every_command(capsys: pytest.CaptureFixture[str]) -> None:
    result = run_main(capsys, "--help")
    assert result.code == 0
    for name in ["quantum", "selena-variete", "face-refiner", "get", "list", "wait", "download", "mock"]:
        assert name in result.out
    assert "TENGRAI_API_KEY" in result.out


def test_an_option_the_client_does_not_take_is_a_usage_error_not_a_traceback(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    # A spec edited without `make generate`: the CLI offers a field the generated resource does not take yet.
    from tengrai.cli import _commands
    from tengrai.cli import _spec_options as _options

    real = _options.collect_params
    monkeypatch.setattr(_commands, "collect_params", lambda args, op: {**real(args, op), "color_tone": "warm"})
    result = run_main(capsys, "quantum", "a fox", "--mock", "--no-wait")
    assert result.code == 2
    assert "--color-tone" in result.err
    assert "make generate" in result.err
    assert "Traceback" not in result.err
