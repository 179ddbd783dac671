"""Read access to the OpenAPI description the SDK was generated from.

`make generate` writes `openapi/tengrai.yaml` as JSON into the generated package (`tengrai_api/openapi.json`).
Everything in the SDK that needs a documented fact (an enum, a range, a default, an `x-` limit) reads it from
here, so one edit of the spec plus regeneration updates the whole SDK. The document is loaded on first use.
"""

from __future__ import annotations

import functools
import json
import os
from collections.abc import Iterator, Mapping
from typing import Any

__all__ = [
    "component",
    "document",
    "extension",
    "operation",
    "operation_for",
    "operations",
    "request_schema",
    "resolve",
]

JSON = dict[str, Any]


@functools.cache
def document() -> JSON:
    """The whole OpenAPI document as a dict (parsed once per process).

    The file is located without importing `tengrai_api` (whose `__init__` imports httpx and the client), and read
    through the package's loader so that it also works from a zipped wheel.
    """
    import importlib.util  # here, not at the top: `from tengrai import Tengrai` does not need it

    found = importlib.util.find_spec("tengrai_api")
    if found is None or found.loader is None or not found.submodule_search_locations:
        raise RuntimeError("the generated package tengrai_api is not installed; run `make generate`")
    path = os.path.join(next(iter(found.submodule_search_locations)), "openapi.json")
    data: bytes = found.loader.get_data(path)  # type: ignore[attr-defined]
    loaded: JSON = json.loads(data)
    return loaded


def component(name: str) -> JSON:
    """The component schema called ``name`` (KeyError if the spec has none)."""
    schema: JSON = document()["components"]["schemas"][name]
    return schema


def resolve(node: Mapping[str, Any]) -> JSON:
    """Follow a local ``$ref`` (transitively) and return the schema it points at; other nodes come back as is.

    Keywords written beside a ``$ref`` (a ``default`` or ``description``) are kept and win over the target's.
    """
    result: JSON = dict(node)
    while "$ref" in result:
        ref = result.pop("$ref")
        target: Any = document()
        for part in ref.removeprefix("#/").split("/"):
            target = target[part]
        result = {**target, **result}
    return result


def extension(schema: Mapping[str, Any], name: str, default: Any = None) -> Any:
    """The value of the ``x-<name>`` extension on ``schema`` (after resolving a ``$ref``)."""
    return resolve(schema).get(f"x-{name}", default)


def operations() -> Iterator[tuple[str, str, JSON]]:
    """Every operation of the spec as ``(method, path, operation)`` triples."""
    for path, item in document()["paths"].items():
        for method, op in item.items():
            if method in {"get", "post", "put", "patch", "delete"}:
                yield method.upper(), path, op


@functools.cache
def _operations_by_id() -> dict[str, tuple[str, str, JSON]]:
    return {op["operationId"]: (method, path, op) for method, path, op in operations()}


def operation(operation_id: str) -> tuple[str, str, JSON]:
    """``(method, path, operation)`` of the operation with this ``operationId``."""
    return _operations_by_id()[operation_id]


def operation_for(method: str, path: str) -> JSON | None:
    """The operation declared for ``method`` on the templated ``path``, or None."""
    item = document()["paths"].get(path)
    if item is None:
        return None
    found: JSON | None = item.get(method.lower())
    return found


def request_schema(operation_id: str) -> JSON:
    """The (resolved) JSON request-body schema of an operation."""
    _, _, op = operation(operation_id)
    return resolve(op["requestBody"]["content"]["application/json"]["schema"])
