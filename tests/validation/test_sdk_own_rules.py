"""No rule the docs do not state is presented as documented: a rule keyword the spec lists in ``x-sdk-own`` (the
SDK's reading, e.g. ``offset >= 0``) is still checked, and its message says it is the SDK's own."""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from typing import Any

import pytest

from tengrai import ValidationError
from tengrai.mock import _openapi as _spec
from tengrai.validation import build_request_body, check_parameters


def _own_rules(node: Any, where: str = "#") -> Iterator[tuple[str, Mapping[str, Any]]]:
    if isinstance(node, Mapping):
        if "x-sdk-own" in node:
            yield where, node
        for key, value in node.items():
            yield from _own_rules(value, f"{where}/{key}")
    elif isinstance(node, list):
        for index, value in enumerate(node):
            yield from _own_rules(value, f"{where}/{index}")


def test_every_sdk_own_rule_names_keywords_its_schema_has() -> None:
    found = list(_own_rules(_spec.document()))
    assert found, "the spec labels no rule as the SDK's own: drop this test or the x-sdk-own support"
    for where, schema in found:
        # a label beside a $ref names keywords of the schema it refers to
        assert set(schema["x-sdk-own"]) <= set(_spec.resolve(schema)), where


IMG = "https://a.example.com/x.png"

# The five rules no documentation page states (issue 22): each is labelled x-sdk-own and its message says so.
UNSTATED = [
    ("create_quantum_artwork", {"prompt": "x", "width": 1024}, "height"),
    ("create_depth_map_artwork", {"image_url": IMG, "model": "huge"}, "model"),
    ("create_detailer_upscaler_artwork", {"image_url": IMG, "scale_factor": 3}, "scaleFactor"),
    ("create_segmentation_artwork", {"image_url": IMG, "method": "points"}, "pointsPositive"),
    ("create_selena_variete_artwork",
     {"image_url": IMG, "processing_mode": "reimagine", "webhook": "http://a.example.com/h"},
     "webhook"),
    ("create_selena_variete_artwork",
     {"image_url": IMG, "processing_mode": "reimagine", "webhook": "https://10.0.0.1/h"},
     "webhook"),
]  # fmt: skip


@pytest.mark.parametrize(("operation_id", "body", "field"), UNSTATED)
def test_rules_no_page_states_are_refused_as_the_sdks_own(operation_id: str, body: dict[str, Any], field: str) -> None:
    with pytest.raises(ValidationError) as caught:
        build_request_body(operation_id, body)
    assert caught.value.field == field
    assert "x-sdk-own" in caught.value.rule
    assert "documented" not in caught.value.rule.replace("not a documented API rule", "")


def test_the_webhook_rule_stays_documented_where_a_page_states_it() -> None:
    with pytest.raises(ValidationError) as caught:
        build_request_body("create_quantum_artwork", {"prompt": "x", "webhook": "https://10.0.0.1/h"})
    assert "x-sdk-own" not in caught.value.rule


@pytest.mark.parametrize("operation_id", ["list_v1_artworks", "list_artworks"])
def test_a_negative_offset_is_refused_as_the_sdks_rule_not_a_documented_one(operation_id: str) -> None:
    with pytest.raises(ValidationError) as caught:
        check_parameters(operation_id, {"offset": -1})
    assert caught.value.field == "offset"
    assert "x-sdk-own" in caught.value.rule
    assert "documented" not in caught.value.rule.replace("not a documented API rule", "")
    assert check_parameters(operation_id, {"offset": 0}) == {"offset": 0}


def test_a_documented_bound_is_still_called_documented() -> None:
    with pytest.raises(ValidationError) as caught:
        check_parameters("list_v1_artworks", {"limit": 501})
    assert "documented maximum 500" in caught.value.rule
