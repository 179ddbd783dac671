"""No rule the docs do not state is presented as documented: a rule keyword the spec lists in ``x-sdk-own`` (the
SDK's reading, e.g. ``offset >= 0``) is still checked, and its message says it is the SDK's own."""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from typing import Any

import pytest

from tengrai import _spec
from tengrai._exceptions import ValidationError
from tengrai.validation import check_parameters


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
        assert set(schema["x-sdk-own"]) <= set(schema), where


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
