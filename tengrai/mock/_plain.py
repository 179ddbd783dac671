"""Operations the mock serves from what the spec says, with no handler of their own.

A plain operation (not an artwork create, no state behind it) is answered with its first documented 2xx status
and a body built from its answer schema: the schema's ``example`` / ``examples`` / ``default`` where given, else
the simplest value of each type. The request is still checked (query parameters and JSON body against the spec),
so a new plain operation in the spec is served, validated, without mock code. The built answer is validated
against its own schema when the app is made: an answer schema the mock cannot satisfy (a ``pattern`` with no
example) fails at once, naming the operation.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Mapping
from datetime import UTC, datetime
from typing import Any

import jsonschema_rs

from . import _openapi

__all__ = ["PlainAnswer", "plain_answer"]

JSON = dict[str, Any]
_DIALECT = "https://json-schema.org/draft/2020-12/schema"
_FORMATS: dict[str, Callable[[], str]] = {
    "date-time": lambda: datetime.now(UTC).isoformat(timespec="milliseconds").replace("+00:00", "Z"),
    "date": lambda: datetime.now(UTC).date().isoformat(),
    "uri": lambda: "https://cdn.example.com/mock",
    "uuid": lambda: "00000000-0000-4000-8000-000000000000",
    "email": lambda: "mock@example.com",
}


def example_of(node: Mapping[str, Any], depth: int = 0) -> Any:
    """The simplest value ``node`` (a schema of the spec) accepts, preferring the spec's own examples."""
    schema = _openapi.resolve(node)
    for keyword in ("const", "example", "default"):
        if keyword in schema:
            return schema[keyword]
    if schema.get("examples"):
        return schema["examples"][0]
    if "enum" in schema:
        return schema["enum"][0]
    for keyword in ("oneOf", "anyOf"):
        if keyword in schema:
            return example_of(schema[keyword][0], depth + 1)
    if "allOf" in schema:
        merged: JSON = {}
        for part in schema["allOf"]:
            value = example_of(part, depth + 1)
            if isinstance(value, dict):
                merged.update(value)
        return merged
    kind = schema.get("type")
    if isinstance(kind, list):
        kind = next((item for item in kind if item != "null"), "null")
    return _of_type(schema, kind, depth)


def _of_type(schema: Mapping[str, Any], kind: Any, depth: int) -> Any:
    if kind == "object" or (kind is None and "properties" in schema):
        properties: Mapping[str, Any] = schema.get("properties", {})
        return {name: example_of(properties[name], depth + 1) for name in properties if depth < 8}
    if kind == "array":
        minimum = int(schema.get("minItems", 0))
        return [example_of(schema.get("items", {}), depth + 1) for _ in range(minimum)]
    if kind == "string":
        made = _FORMATS.get(str(schema.get("format")))
        text = made() if made is not None else "mock"
        return text.ljust(int(schema.get("minLength", 0)), "x")
    if kind in ("integer", "number"):
        return schema.get("minimum", 0)
    if kind == "boolean":
        return True
    return None


class PlainAnswer:
    """The documented answer of one plain operation: status, body (None: no JSON body) and what it accepts."""

    def __init__(self, operation_id: str) -> None:
        self.operation_id = operation_id
        self.status, schema = _openapi.success_answer(operation_id)
        self.request_schema = _openapi.request_schema(operation_id)
        self.body: Any = None if schema is None else example_of(schema)
        if schema is not None:
            root = {"$schema": _DIALECT, **schema, "components": _openapi.document()["components"]}
            validator = jsonschema_rs.validator_for(root, validate_formats=True)
            errors = [error.message for error in validator.iter_errors(self.body)]
            if errors:
                raise ValueError(
                    f"the mock cannot build a valid answer for operation {operation_id!r} from the spec "
                    f"({errors[0]}): give its answer schema an example"
                )

    def fresh_body(self) -> Any:
        """A copy of the answer body (callers may not share one mutable object)."""
        return json.loads(json.dumps(self.body))


def plain_answer(operation_id: str) -> PlainAnswer:
    """The `PlainAnswer` of an operation (raises ValueError when the spec does not let the mock build one)."""
    return PlainAnswer(operation_id)
