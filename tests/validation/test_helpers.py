"""Public helpers: transformed_seed, aspect_ratio_size, word_count; and the guard against unknown schema rules."""

from __future__ import annotations

from typing import Any

import pytest

from tengrai import ValidationError
from tengrai._validation.requests import plan
from tengrai._validation.rules import build_rules
from tengrai._validation.scalars import check
from tengrai.mock import _openapi as _spec
from tengrai.validation import aspect_ratio_size, build_request_body, transformed_seed, word_count

from .spec_lookup import base_params, create_operations, properties

SEED = _spec.component("Seed")


# ---------------------------------------------------------------------------------------------- seed transform


@pytest.mark.parametrize(
    ("seed", "expected"),
    [
        (42, 67),  # floor(50.4) + 17
        (1, 18),  # floor(1.2) + 17
        (5, 23),  # exactly 6.0: no float rounding down to 5.999...
        (10, 29),
        (2147483647, 2576980393),  # floor(2576980376.4) + 17
    ],
)
def test_seed_transform_matches_the_documented_formula(seed: int, expected: int) -> None:
    assert transformed_seed(seed) == expected


def test_seed_transform_agrees_with_the_documented_formula_across_the_range() -> None:
    # floor(seed * 1.2) + 17 (seed documents 003/004) in exact integer arithmetic, against the helper, which
    # reads multiplier and offset from the spec's x-seed-transform.
    low, high = SEED["minimum"], SEED["maximum"]
    for seed in [*range(low, low + 200), *range(high - 200, high + 1), *range(10**6, 10**9, 9_999_991)]:
        assert transformed_seed(seed) == seed * 12 // 10 + 17


@pytest.mark.parametrize("seed", [0, -1, 2**31, True, 1.5, "42", None])
def test_seed_transform_rejects_seeds_outside_the_documented_range(seed: Any) -> None:
    with pytest.raises(ValidationError) as caught:
        transformed_seed(seed)
    assert caught.value.field == "seed"


# ---------------------------------------------------------------------------------------------- aspect ratios


def _ratio_fields() -> list[tuple[str, dict[str, Any]]]:
    return [
        (operation_id, schema)
        for operation_id in create_operations()
        for schema in properties(operation_id).values()
        if "x-sizes" in schema
    ]


@pytest.mark.parametrize(("operation_id", "schema"), _ratio_fields())
def test_aspect_ratio_sizes_come_from_the_spec(operation_id: str, schema: dict[str, Any]) -> None:
    for ratio in schema["enum"]:
        assert aspect_ratio_size(ratio, operation_id=operation_id) == tuple(schema["x-sizes"][ratio])
    assert aspect_ratio_size(operation_id=operation_id) == tuple(schema["x-sizes"][schema["x-default"]])


@pytest.mark.parametrize(("operation_id", "schema"), _ratio_fields())
def test_every_aspect_ratio_size_is_itself_a_valid_width_and_height(operation_id: str, schema: dict[str, Any]) -> None:
    for ratio in schema["enum"]:
        width, height = aspect_ratio_size(ratio, operation_id=operation_id)
        params = {**base_params(operation_id), "width": width, "height": height}
        assert build_request_body(operation_id, params, strict=True)["width"] == width


def test_aspect_ratio_size_matches_the_seed_documents() -> None:
    # "Defaults to 1:1 (1024 x 1024)" on both families' pages.
    assert aspect_ratio_size(operation_id="quantum") == (1024, 1024)
    assert aspect_ratio_size("1:1", operation_id="create_selena_variete_artwork") == (1024, 1024)


def test_aspect_ratio_size_is_per_family() -> None:
    assert aspect_ratio_size("16:9", operation_id="quantum") != aspect_ratio_size("16:9", operation_id="selena_variete")
    with pytest.raises(ValidationError) as caught:
        aspect_ratio_size("21:9", operation_id="quantum")
    assert caught.value.field == "aspectRatio"
    assert "Selena Variete, not for Quantum" in caught.value.rule
    with pytest.raises(ValidationError, match="did you mean '16:9'"):
        aspect_ratio_size("16:09", operation_id="quantum")


def test_aspect_ratio_size_of_an_operation_without_ratios_or_unknown() -> None:
    with pytest.raises(ValueError, match="takes no aspect ratio"):
        aspect_ratio_size("1:1", operation_id="face_refiner")
    with pytest.raises(ValueError, match="did you mean 'quantum'"):
        aspect_ratio_size("1:1", operation_id="quantun")


# ---------------------------------------------------------------------------------------------- words


@pytest.mark.parametrize(
    ("text", "count"),
    [
        ("", 0),
        ("   ", 0),
        ("cat", 1),
        ("a red fox", 3),
        ("  leading and trailing  ", 3),
        ("tabs\tand\nnewlines\r\nhere", 4),
        ("non\u00a0breaking\u2003spaces", 3),
        ("hyphenated-word counts once", 3),
        ("日本語 の テキスト", 3),
    ],
)
def test_word_count(text: str, count: int) -> None:
    assert word_count(text) == count


# ---------------------------------------------------------------------------------------------- schema guard


@pytest.mark.parametrize(
    ("schema", "match"),
    [
        ({"type": "integer", "const": 8}, "const"),
        ({"type": "array", "items": {"type": "string"}, "prefixItems": []}, "prefixItems"),
        ({"type": "array"}, "needs an items schema"),
        ({"type": "object", "properties": {}}, "must state additionalProperties"),
        ({"type": "object", "additionalProperties": "yes"}, "must state additionalProperties"),
        ({"type": "object", "additionalProperties": {"type": "null"}}, "unsupported type"),
        ({"type": "object", "additionalProperties": {"type": "object"}}, "must state additionalProperties"),
        ({"type": "string", "items": {"type": "string"}}, "array keywords on a string"),
        ({"type": "null"}, "unsupported type"),
        ({"type": "array", "items": {"type": "string"}, "contains": {"const": "a"}}, "contains"),
        ({"type": "string", "format": "email"}, "unsupported format"),
        ({"type": "string", "x-webhook-policy": "anything-goes"}, "x-webhook-policy"),
        ({"type": "string", "enum": ["a"], "x-sizes": {"b": [1, 1]}, "x-default": "b"}, "x-sizes"),
        ({"anyOf": [{"type": "string"}, {"type": "null"}]}, "anyOf"),
    ],
)
def test_a_schema_rule_the_validator_does_not_know_fails_loudly(schema: dict[str, Any], match: str) -> None:
    with pytest.raises(NotImplementedError, match=match):
        build_rules("field", schema, "Test")


def test_rules_without_a_spec_user_yet_are_enforced() -> None:
    # exclusiveMinimum/Maximum, minLength and number are understood although no current request uses them.
    number = build_rules("ratio", {"type": "number", "exclusiveMinimum": 0, "exclusiveMaximum": 1}, "T")
    assert check(number, 0.5, strict=False) == 0.5
    for bad in (0, 1, float("inf"), "0.5", True):
        with pytest.raises(ValidationError):
            check(number, bad, strict=False)
    text = build_rules("label", {"type": "string", "minLength": 1, "pattern": "^[a-z]+$"}, "T")
    assert check(text, "ok", strict=False) == "ok"
    for bad in ("", "Not OK"):
        with pytest.raises(ValidationError):
            check(text, bad, strict=False)


def test_every_create_operation_compiles() -> None:
    for operation_id in create_operations():
        compiled = plan(operation_id)
        assert set(compiled.by_api) == set(properties(operation_id))
