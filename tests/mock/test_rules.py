"""The request rules the mock reads from the spec: validation messages, defaults, truncation, sizes, seeds."""

from __future__ import annotations

import math
from fractions import Fraction
from typing import Any

import pytest

from tengrai.mock import _openapi as _spec
from tengrai.mock._rules import create_rules, query_rules

CREATE_OPS = ["create_quantum_artwork", "create_selena_variete_artwork", "create_face_refiner_artwork"]


def fields(problems: list[Any]) -> list[str]:
    return sorted(problem.field for problem in problems)


def test_every_create_operation_names_its_artwork_type_from_the_202_schema() -> None:
    types = {op: create_rules(op).artwork_type for op in CREATE_OPS}
    assert types == {
        "create_quantum_artwork": "quantum",
        "create_selena_variete_artwork": "selena_variete",
        "create_face_refiner_artwork": "face_refiner",
    }


@pytest.mark.parametrize("op", CREATE_OPS)
def test_required_fields_come_from_the_spec(op: str) -> None:
    rules = create_rules(op)
    required = set(rules.schema.get("required", []))
    assert set(fields(rules.problems({}))) == required


def test_unknown_fields_are_named() -> None:
    problems = create_rules("create_quantum_artwork").problems({"prompt": "x", "colour": "red"})
    assert [(p.field, p.message) for p in problems] == [("colour", "is not a known field")]


def test_enum_message_lists_the_allowed_values_and_suggests_the_closest() -> None:
    rules = create_rules("create_quantum_artwork")
    (problem,) = rules.problems({"style": "portraitur"})
    assert problem.field == "style"
    assert "did you mean 'portraiture'?" in problem.message
    for value in _spec.component("QuantumStyle")["enum"]:
        assert value in problem.message


def test_width_without_height_names_the_missing_field_and_why() -> None:
    (problem,) = create_rules("create_quantum_artwork").problems({"width": 1024})
    assert (problem.field, problem.message) == ("height", "is required when width is given")


def test_integer_range_is_enforced_at_the_exact_boundary() -> None:
    rules = create_rules("create_quantum_artwork")
    maximum = rules.properties["width"]["maximum"]
    assert rules.problems({"width": maximum, "height": 512}) == []
    (problem,) = rules.problems({"width": maximum + 1, "height": 512})
    assert problem.field == "width"
    assert str(maximum) in problem.message


def test_integers_written_as_floats_are_accepted_and_stored_as_ints() -> None:
    rules = create_rules("create_quantum_artwork")
    body = {"width": 929.0, "height": 600, "seed": 5.0}
    assert rules.problems(body) == []
    normalized = rules.normalized(body)
    assert normalized["width"] == 929
    assert isinstance(normalized["width"], int)
    assert isinstance(normalized["seed"], int)


def test_pixel_area_limit_from_the_extension() -> None:
    rules = create_rules("create_selena_variete_artwork")
    area = _spec.extension(rules.schema, "max-pixel-area")
    side = math.isqrt(area)
    assert rules.problems({"imageUrl": "https://example.com/a.png", "width": side, "height": side}) == []
    (problem,) = rules.problems({"imageUrl": "https://example.com/a.png", "width": side + 1, "height": side + 1})
    assert problem.field == "width"
    assert f"{area:,}" in problem.message


def test_empty_webhook_is_rejected_by_format_and_pattern() -> None:
    problems = create_rules("create_quantum_artwork").problems({"webhook": ""})
    assert problems
    assert {p.field for p in problems} == {"webhook"}


@pytest.mark.parametrize(
    ("webhook", "allow_loopback", "accepted"),
    [
        ("https://hooks.example.com/tengrai", False, True),
        ("http://hooks.example.com/tengrai", False, False),
        ("https://127.0.0.1/hook", False, False),
        ("https://10.1.2.3/hook", False, False),
        ("https://169.254.169.254/latest/meta-data", False, False),
        ("http://127.0.0.1:8080/hook", True, True),
        ("https://localhost/hook", True, True),
        ("http://10.1.2.3/hook", True, False),
        ("https://192.168.0.10/hook", True, False),
    ],
)
def test_webhook_policy_and_the_loopback_switch(webhook: str, allow_loopback: bool, accepted: bool) -> None:
    problems = create_rules("create_face_refiner_artwork").problems(
        {"imageUrl": "https://example.com/a.png", "webhook": webhook}, allow_loopback_webhooks=allow_loopback
    )
    assert (problems == []) is accepted, problems
    assert all(p.field == "webhook" for p in problems)


@pytest.mark.parametrize("op", CREATE_OPS)
def test_defaults_are_applied_including_those_written_beside_a_ref(op: str) -> None:
    rules = create_rules(op)
    body = {"imageUrl": "https://example.com/a.png"} if "imageUrl" in rules.properties else {}
    normalized = rules.normalized(body)
    raw_properties = rules.schema["properties"]
    for name, prop in raw_properties.items():
        default = _spec.resolve(prop).get("default")
        if default is not None:
            assert normalized[name] == default, name
    beside_ref = [name for name, prop in raw_properties.items() if "$ref" in prop and "default" in prop]
    assert beside_ref, "the spec writes some defaults beside a $ref; this test must cover them"


def test_given_values_win_over_defaults() -> None:
    rules = create_rules("create_quantum_artwork")
    assert rules.normalized({"promptMode": "seer", "nsfw": True}) == {
        **rules.normalized({}),
        "promptMode": "seer",
        "nsfw": True,
    }


def test_aspect_ratio_default_only_when_no_size_is_given() -> None:
    rules = create_rules("create_quantum_artwork")
    default_ratio = _spec.extension(rules.properties["aspectRatio"], "default")
    assert rules.normalized({})["aspectRatio"] == default_ratio
    assert "aspectRatio" not in rules.normalized({"width": 800, "height": 800})


@pytest.mark.parametrize("field", ["prompt", "negativePrompt"])
@pytest.mark.parametrize("op", ["create_quantum_artwork", "create_selena_variete_artwork"])
def test_over_long_prompts_are_truncated_to_the_word_limit(op: str, field: str) -> None:
    rules = create_rules(op)
    limit = rules.properties[field]["x-max-words"]
    words = [f"w{i}" for i in range(limit + 7)]
    normalized = rules.normalized({"imageUrl": "https://example.com/a.png", field: "  ".join(words)})
    assert normalized[field] == " ".join(words[:limit])


def test_prompts_within_the_limit_are_kept_exactly() -> None:
    rules = create_rules("create_quantum_artwork")
    prompt = "  a  cat\tin the\nrain "
    assert rules.normalized({"prompt": prompt})["prompt"] == prompt


@pytest.mark.parametrize("op", ["create_quantum_artwork", "create_selena_variete_artwork"])
def test_every_aspect_ratio_maps_to_its_documented_size(op: str) -> None:
    rules = create_rules(op)
    ratio = rules.properties["aspectRatio"]
    sizes = _spec.extension(ratio, "sizes")
    assert set(sizes) == set(ratio["enum"])
    for name, (width, height) in sizes.items():
        assert rules.size(rules.normalized({"aspectRatio": name})) == (width, height)
    assert rules.size({"width": 700, "height": 900, "aspectRatio": "1:1"}) == (700, 900)


def test_face_refiner_size_follows_the_source_image() -> None:
    assert create_rules("create_face_refiner_artwork").size({"imageUrl": "x"}) is None


def test_output_format_resolution_reads_x_resolved() -> None:
    rules = create_rules("create_quantum_artwork")
    resolved = _spec.extension(rules.properties["outputFormat"], "resolved")
    for value, fmt in resolved.items():
        assert rules.output_format({"outputFormat": value}) == fmt
    assert rules.output_format(rules.normalized({})) == resolved[rules.properties["outputFormat"]["default"]]
    assert create_rules("create_selena_variete_artwork").output_format({}) is None


def test_seed_transform_uses_exact_arithmetic() -> None:
    rules = create_rules("create_quantum_artwork")
    transform = _spec.extension(rules.properties["seed"], "seed-transform")
    for seed in (1, 5, 15, 2_147_483_647):
        expected = math.floor(seed * Fraction(str(transform["multiplier"]))) + transform["offset"]
        assert rules.transformed_seed(seed) == expected


def test_query_parameters_are_typed_defaulted_and_named_when_wrong() -> None:
    rules = query_rules("list_artworks")
    values, problems = rules.parse([("offset", "5"), ("limit", "20.0"), ("unknown", "x")])
    assert (values, problems) == ({"offset": 5, "limit": 20}, [])
    defaults = {name: schema["default"] for name, schema in rules.parameters.items()}
    assert rules.parse([]) == (defaults, [])
    maximum = rules.parameters["limit"]["maximum"]
    _, problems = rules.parse([("limit", str(maximum + 1)), ("offset", "ten")])
    assert fields(problems) == ["limit", "offset"]
    _, problems = rules.parse([("limit", "1"), ("limit", "2")])
    assert [(p.field, p.message) for p in problems] == [("limit", "is given more than once")]
