"""Spec look-ups shared by the validation tests: expectations come from the spec, not from retyped values."""

from __future__ import annotations

import functools
from typing import Any

import jsonschema_rs

from tengrai._fields import snake  # the package's one camelCase -> snake_case rule
from tengrai.mock import _openapi as _spec

# A valid value for each required field, so that a test can vary one other field at a time.
REQUIRED_VALUES: dict[str, Any] = {
    "imageUrl": "https://cdn.example.com/source.png",
    "label": "CI generator",
    "scope": "generator",
    "domains": ["artworks-internal"],
}


def create_operations() -> list[str]:
    """Operation ids that take a JSON request body."""
    return [
        op["operationId"]
        for _, _, op in _spec.operations()
        if "application/json" in op.get("requestBody", {}).get("content", {})
    ]


def prop(operation_id: str, api_name: str) -> dict[str, Any]:
    """The resolved schema of one request property."""
    return _spec.resolve(_spec.request_schema(operation_id)["properties"][api_name])


def properties(operation_id: str) -> dict[str, dict[str, Any]]:
    """Every resolved request property of an operation, by camelCase name."""
    return {name: prop(operation_id, name) for name in _spec.request_schema(operation_id)["properties"]}


def base_params(operation_id: str) -> dict[str, Any]:
    """The smallest valid snake_case arguments of an operation: its required fields (with the values of the
    schema's first example, or `REQUIRED_VALUES`) plus what its if/then rules require for those values."""
    schema = _spec.request_schema(operation_id)
    example = {**REQUIRED_VALUES, **schema.get("examples", [{}])[0]}
    needed = list(schema.get("required", []))
    for rule in schema.get("allOf", []):
        ((field, test),) = rule["if"]["properties"].items()
        if field in needed and example.get(field) == test["const"]:
            needed += rule["then"].get("required", [])
    return {snake(name): example[name] for name in needed}


def completed(operation_id: str, params: dict[str, Any]) -> dict[str, Any]:
    """``params`` plus what the request's if/then rules require for the values given (from schema examples)."""
    schema = _spec.request_schema(operation_id)
    result = dict(params)
    for rule in schema.get("allOf", []):
        ((field, test),) = rule["if"]["properties"].items()
        if result.get(snake(field)) == test["const"]:
            for needed in rule["then"].get("required", []):
                node = _spec.resolve(schema["properties"][needed])
                result.setdefault(snake(needed), node.get("examples", ["example"])[0])
    return result


@functools.cache
def _validator(operation_id: str) -> Any:
    document = _spec.document()
    schema = {**_spec.request_schema(operation_id), "components": document["components"]}
    return jsonschema_rs.Draft202012Validator(schema, validate_formats=True)


def schema_accepts(operation_id: str, body: dict[str, Any]) -> bool:
    """Whether a JSON Schema 2020-12 validator (with formats) accepts ``body`` for the operation's request."""
    return bool(_validator(operation_id).is_valid(body))
