"""The generated client's sans-IO endpoints, which build every request the SDK sends and parse its plain answers.

``make generate`` writes, beside each tag's endpoint modules of `tengrai_api.api`, a request builder and an answer
parser per operation (``openapi/templates/endpoint_init.py.jinja``): the method, the path with its parameters
quoted, the query and the JSON body as the generated request model writes it. The SDK does the I/O (retries,
deadlines, recovery) and takes everything it sends from them.
"""

from __future__ import annotations

import functools
from collections.abc import Callable, Mapping
from typing import Any

__all__ = ["answer", "build", "route"]

Request = dict[str, Any]
"""``method``, ``url`` (below the base URL), ``params``, ``json``: what a generated request builder returns."""


@functools.cache
def _tags() -> tuple[dict[str, tuple[Callable[..., Request], Callable[[int, bytes], Any]]], dict[str, tuple[str, str]]]:
    """Every operation's (builder, parser) and (method, templated path), from each tag package of the client."""
    import importlib
    import pkgutil

    import tengrai_api.api as api

    operations: dict[str, tuple[Callable[..., Request], Callable[[int, bytes], Any]]] = {}
    routes: dict[str, tuple[str, str]] = {}
    for info in pkgutil.iter_modules(api.__path__):
        if info.ispkg:
            tag = importlib.import_module(f"{api.__name__}.{info.name}")
            operations.update(tag.OPERATIONS)
            routes.update(tag.ROUTES)
    return operations, routes


def route(operation_id: str) -> tuple[str, str]:
    """``(METHOD, path)`` of an operation, its path parameters as ``{python_name}`` placeholders."""
    return _tags()[1][operation_id]


def build(
    operation_id: str, *path: str, params: Mapping[str, Any] | None = None, json_body: Mapping[str, Any] | None = None
) -> Request:
    """The request of ``operation_id`` as the generated client builds it (path parameters in path order; the
    query and the body by wire name), without sending it."""
    builder = _tags()[0][operation_id][0]
    if json_body is None:
        return builder(*path, params=params)
    return builder(*path, params=params, json_body=json_body)


def answer(operation_id: str, status_code: int, content: bytes) -> Any:
    """An answer of ``operation_id`` parsed into the generated models; raises KeyError, TypeError or ValueError
    when the body does not parse."""
    return _tags()[0][operation_id][1](status_code, content)
