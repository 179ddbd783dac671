"""What the strictest public OpenAPI linter (Redocly ``recommended-strict``) checks, kept true without running it.

``no-required-schema-properties-undefined``: every property a schema requires is defined in that schema's own
``properties``, also inside an ``if``/``then`` (the linter does not look at the enclosing schema).
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

from tengrai.mock import _openapi as _spec


def _schemas(node: Any, where: str) -> Iterator[tuple[str, dict[str, Any]]]:
    if isinstance(node, dict):
        yield where, node
        for key, value in node.items():
            yield from _schemas(value, f"{where}/{key}")
    elif isinstance(node, list):
        for index, value in enumerate(node):
            yield from _schemas(value, f"{where}/{index}")


def test_every_required_property_of_an_if_then_is_defined_in_it() -> None:
    undefined = []
    for where, schema in _schemas(_spec.document()["components"]["schemas"], "#/components/schemas"):
        for rule in schema.get("allOf", ()) if isinstance(schema.get("allOf"), list) else ():
            then = rule.get("then", {}) if isinstance(rule, dict) else {}
            defined = then.get("properties", {})
            undefined += [f"{where}: then requires {name}" for name in then.get("required", ()) if name not in defined]
    assert undefined == []
