"""The mock's own reading of the OpenAPI description, at run time.

The mock is an independent oracle for the SDK: it never asks the SDK what the spec says (no ``tengrai._*``
module), it opens the spec itself. The spec ships as ``openapi.json`` inside the generated package
``tengrai_api`` (written by ``make generate`` from ``openapi/tengrai.yaml``); it is located without importing that
package and read through its loader, so a zipped wheel works too.
"""

from __future__ import annotations

import functools
import importlib.util
import json
import os
from collections.abc import Iterator, Mapping
from typing import Any

__all__ = [
    "component",
    "document",
    "envelope_values",
    "extension",
    "operation",
    "operation_for",
    "operations",
    "request_schema",
    "resolve",
    "success_answer",
]

JSON = dict[str, Any]
_METHODS = ("get", "post", "put", "patch", "delete")


@functools.cache
def document() -> JSON:
    """The whole OpenAPI document (parsed once per process)."""
    found = importlib.util.find_spec("tengrai_api")
    if found is None or found.loader is None or not found.submodule_search_locations:
        raise RuntimeError("the mock server needs the spec in tengrai_api/openapi.json, which is not installed")
    path = os.path.join(next(iter(found.submodule_search_locations)), "openapi.json")
    data: bytes = found.loader.get_data(path)  # type: ignore[attr-defined]
    loaded: JSON = json.loads(data)
    return loaded


def component(name: str) -> JSON:
    """The component schema called ``name``."""
    schema: JSON = document()["components"]["schemas"][name]
    return schema


def resolve(node: Mapping[str, Any]) -> JSON:
    """Follow local ``$ref``s; keywords written beside a ``$ref`` win over the target's."""
    result: JSON = dict(node)
    while "$ref" in result:
        target: Any = document()
        for part in str(result.pop("$ref")).removeprefix("#/").split("/"):
            target = target[part]
        result = {**target, **result}
    return result


def extension(schema: Mapping[str, Any], name: str, default: Any = None) -> Any:
    """The value of ``x-<name>`` on ``schema`` (after resolving a ``$ref``)."""
    return resolve(schema).get(f"x-{name}", default)


def operations() -> Iterator[tuple[str, str, JSON]]:
    """Every operation as ``(METHOD, path, operation)``."""
    for path, item in document()["paths"].items():
        for method, op in item.items():
            if method in _METHODS:
                yield method.upper(), path, op


@functools.cache
def _by_id() -> dict[str, tuple[str, str, JSON]]:
    return {op["operationId"]: (method, path, op) for method, path, op in operations()}


def operation(operation_id: str) -> tuple[str, str, JSON]:
    """``(METHOD, path, operation)`` of an operationId."""
    return _by_id()[operation_id]


def operation_for(method: str, path: str) -> JSON | None:
    """The operation of ``method`` on the templated ``path``, or None."""
    found: JSON | None = document()["paths"].get(path, {}).get(method.lower())
    return found


def request_schema(operation_id: str) -> JSON:
    """The resolved JSON request-body schema of an operation (empty when it takes none)."""
    _, _, op = operation(operation_id)
    content = op.get("requestBody", {}).get("content", {})
    if "application/json" not in content:
        return {}
    return resolve(content["application/json"].get("schema", {}))


def success_answer(operation_id: str) -> tuple[int, JSON | None]:
    """The first documented 2xx status of an operation and its resolved JSON schema (None: no JSON body)."""
    _, _, op = operation(operation_id)
    for status, answer in sorted(op.get("responses", {}).items()):
        if str(status).startswith("2"):
            schema = resolve(answer).get("content", {}).get("application/json", {}).get("schema")
            return int(status), None if schema is None else resolve(schema)
    raise LookupError(f"operation {operation_id!r} documents no 2xx answer")


_PLACEHOLDERS: dict[str, Any] = {"string": "", "number": 0, "integer": 0, "boolean": False, "array": [], "object": {}}


@functools.cache
def _envelope_values(union: str) -> tuple[tuple[str, str], ...]:
    schema = component(union)
    envelope = schema.get("x-envelope")
    if envelope is None:
        return ()
    shared = component(str(envelope))
    required = set(shared.get("required", ()))
    values = []
    for wire, node in shared.get("properties", {}).items():
        prop = resolve(node)
        if "example" in prop:
            value = prop["example"]
        elif prop.get("examples"):
            value = prop["examples"][0]
        elif "default" in prop:
            value = prop["default"]
        elif wire in required and isinstance(prop.get("type"), str):
            value = _PLACEHOLDERS.get(prop["type"])
        else:
            continue
        values.append((wire, json.dumps(value)))
    return tuple(values)


def envelope_values(union: str, data: JSON) -> JSON:
    """``data`` (an artwork of the oneOf ``union`` as the mock built it) with every field of the union's shared
    envelope (``x-envelope``) that the mock does not compute itself: the field's ``example`` (or ``examples[0]``,
    or ``default``; a required field without one gets a placeholder of its type), so a common field the spec adds
    is sent at once."""
    for wire, value in _envelope_values(union):
        if wire not in data:
            data[wire] = json.loads(value)
    return data
