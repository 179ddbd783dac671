"""Request rules of each operation, read from the spec (`._openapi`): nothing here restates a documented fact.

Bodies and query parameters are validated with jsonschema_rs against the spec's own schemas (formats on), and
the limits JSON Schema cannot express are read from the spec's ``x-`` extensions.
"""

from __future__ import annotations

import difflib
import functools
import json
import math
import re
from collections.abc import Mapping
from dataclasses import dataclass
from fractions import Fraction
from typing import Any
from urllib.parse import urlsplit

import jsonschema_rs

from . import _openapi as _spec
from ._netpolicy import host_kind, webhook_problem

__all__ = [
    "BodyRules",
    "CreateRules",
    "Problem",
    "QueryRules",
    "body_rules",
    "create_rules",
    "query_rules",
    "resolved_format",
]

JSON = dict[str, Any]
_DIALECT = "https://json-schema.org/draft/2020-12/schema"
_MAX_MESSAGE = 400
"""Longest problem text; the validator quotes offending values in full, which can be huge."""
_NUMBER = re.compile(r"-?\d+(\.\d+)?([eE][+-]?\d+)?")


@dataclass(frozen=True)
class Problem:
    """One broken rule in a request: the field (as the API spells it) and what is wrong with it."""

    field: str
    message: str
    keyword: str

    def __str__(self) -> str:
        text = f"{self.field}: {self.message}"
        return text if len(text) <= _MAX_MESSAGE else text[: _MAX_MESSAGE - 3] + "..."


@functools.cache
def _validator(schema_json: str) -> Any:
    schema: JSON = json.loads(schema_json)
    root = {"$schema": _DIALECT, **schema, "components": _spec.document()["components"]}
    return jsonschema_rs.validator_for(root, validate_formats=True)


def _validator_for(schema: Mapping[str, Any]) -> Any:
    return _validator(json.dumps(schema, sort_keys=True))


def _schema_at(schema: Mapping[str, Any], path: list[str | int]) -> Any:
    node: Any = {**schema, "components": _spec.document()["components"]}
    for part in path:
        try:
            node = node[part]
        except (KeyError, IndexError, TypeError):
            return None
    return node


def _short(value: Any) -> str:
    text = repr(value)
    return text if len(text) <= 80 else text[:77] + "..."


def _problems(schema: Mapping[str, Any], instance: Any, *, field: str | None = None) -> list[Problem]:
    """Every violation of ``schema`` by ``instance``, each naming the field it is about."""
    problems: list[Problem] = []
    for error in _validator_for(schema).iter_errors(instance):
        keyword: str = error.kind.name
        details: JSON = error.kind.as_dict()
        path = [str(part) for part in error.instance_path]
        name = field or (".".join(path) if path else "body")
        if keyword == "additionalProperties":
            problems.extend(Problem(extra, "is not a known field", keyword) for extra in details["unexpected"])
        elif keyword == "required":
            missing = details["property"]
            schema_path = list(error.schema_path)
            if schema_path and schema_path[-1] == "dependentRequired" and isinstance(instance, Mapping):
                rule = _schema_at(schema, schema_path) or {}
                given = [key for key, needs in rule.items() if key in instance and missing in needs]
                reason = f"is required when {' and '.join(given)} is given" if given else "is required"
                problems.append(Problem(missing, reason, "dependentRequired"))
            else:
                problems.append(Problem(missing, "is required", keyword))
        elif keyword == "enum":
            options = [str(option) for option in details["options"]]
            message = f"{_short(error.instance)} is not one of: {', '.join(options)}"
            if isinstance(error.instance, str):
                close = difflib.get_close_matches(error.instance, options, n=1)
                if close:
                    message += f" (did you mean {close[0]!r}?)"
            problems.append(Problem(name, message, keyword))
        else:
            problems.append(Problem(name, error.message, keyword))
    return problems


def resolved_format(schema: Mapping[str, Any], value: str) -> str:
    """The file format an ``outputFormat`` value stands for (``x-resolved``: auto -> webp)."""
    mapping: Mapping[str, str] = _spec.extension(schema, "resolved", {})
    return mapping.get(value, value)


def _word_truncated(text: str, limit: int) -> str:
    words = text.split()
    return " ".join(words[:limit]) if len(words) > limit else text


def _integral(value: Any) -> Any:
    """JSON numbers like ``929.0`` are integers to JSON Schema; store them as ints."""
    if isinstance(value, float) and value.is_integer():
        return int(value)
    return value


@dataclass(frozen=True)
class CreateRules:
    """The rules of one create operation: validation, defaults, truncation, and what the result looks like."""

    operation_id: str
    method: str
    path: str
    artwork_type: str
    schema: JSON
    properties: Mapping[str, JSON]

    def problems(self, body: Any, *, allow_loopback_webhooks: bool = False) -> list[Problem]:
        """Every documented rule ``body`` breaks (an empty list when it is acceptable)."""
        problems = _problems(self.schema, body)
        if not isinstance(body, Mapping):
            return problems
        webhook = body.get("webhook")
        if isinstance(webhook, str) and "webhook" in self.properties:
            if allow_loopback_webhooks and _is_loopback_http(webhook):
                # The https pattern does not bind the local receivers this configuration lets through.
                problems = [p for p in problems if not (p.field == "webhook" and p.keyword == "pattern")]
            if not any(p.field == "webhook" for p in problems):
                reason = webhook_problem(webhook, allow_loopback=allow_loopback_webhooks)
                if reason is not None:
                    problems.append(Problem("webhook", f"{_short(webhook)} {reason}", "x-webhook-policy"))
        area = self.max_pixel_area(body)
        width, height = body.get("width"), body.get("height")
        if area and isinstance(width, int | float) and isinstance(height, int | float) and width * height > area:
            message = f"width x height = {width:g} x {height:g} = {width * height:,.0f} pixels exceeds the maximum area"
            problems.append(Problem("width", f"{message} of {area:,} pixels (x-max-pixel-area)", "x-max-pixel-area"))
        return problems

    def max_pixel_area(self, body: Mapping[str, Any]) -> int | None:
        """The largest width x height for ``body``: ``x-max-pixel-area``, or the larger area of
        ``x-max-pixel-area-with`` when its boolean field (``highResolution``) is true."""
        area: int | None = _spec.extension(self.schema, "max-pixel-area")
        larger: Mapping[str, int] = _spec.extension(self.schema, "max-pixel-area-with", {})
        for flag, value in larger.items():
            if body.get(flag) is True and (area is None or value > area):
                area = value
        return area

    def normalized(self, body: Mapping[str, Any]) -> JSON:
        """The parameters the server stores: integers as ints, defaults filled in, over-long prompts truncated."""
        params: JSON = {key: _integral(value) for key, value in body.items()}
        for name, prop in self.properties.items():
            if name not in params and "default" in prop:
                params[name] = prop["default"]
            limit = prop.get("x-max-words")
            if limit is not None and isinstance(params.get(name), str):
                params[name] = _word_truncated(params[name], limit)
        ratio = self.properties.get("aspectRatio")
        if ratio is not None and "aspectRatio" not in params and "width" not in params:
            default_ratio = _spec.extension(ratio, "default")
            if default_ratio is not None:
                params["aspectRatio"] = default_ratio
        return params

    def size(self, params: Mapping[str, Any]) -> tuple[int, int] | None:
        """The result size in pixels, or None when it follows the source image (no size fields in the operation,
        or an aspect ratio whose sizes the spec does not give)."""
        if "width" in params and "height" in params:
            return int(params["width"]), int(params["height"])
        ratio = self.properties.get("aspectRatio")
        if ratio is None:
            return None
        sizes: Mapping[str, list[int]] = _spec.extension(ratio, "sizes", {})
        if params.get("highResolution") is True:
            sizes = _spec.extension(ratio, "high-resolution-sizes", sizes)
        key = params.get("aspectRatio") or _spec.extension(ratio, "default")
        if key not in sizes:
            return None
        width, height = sizes[key]
        return width, height

    def output_format(self, params: Mapping[str, Any]) -> str | None:
        """The result file format (``png``/``webp``), or None when the operation has no format field
        (``outputFormat``, or ``imageFormat`` of the Style DNA operations)."""
        for name in ("outputFormat", "imageFormat"):
            prop = self.properties.get(name)
            if prop is not None:
                return resolved_format(prop, params.get(name, prop.get("default", "")))
        return None

    @property
    def image_fields(self) -> tuple[str, ...]:
        """The request fields that carry the URL of an input image (``format: uri``, not the webhook)."""
        return tuple(
            name
            for name, prop in self.properties.items()
            if prop.get("format") == "uri" and "x-webhook-policy" not in prop
        )

    def max_image_area(self, name: str) -> int | None:
        """The documented largest pixel area of the image behind field ``name`` (``x-max-image-pixel-area``)."""
        area = self.properties[name].get("x-max-image-pixel-area")
        return None if area is None else int(area)

    def transformed_seed(self, seed: int) -> int:
        """The seed the generation pipeline uses: ``floor(seed * multiplier) + offset`` (``x-seed-transform``)."""
        transform: Mapping[str, Any] = _spec.extension(self.properties["seed"], "seed-transform", {})
        multiplier = Fraction(str(transform.get("multiplier", 1)))
        return math.floor(seed * multiplier) + int(transform.get("offset", 0))


def _is_loopback_http(url: str) -> bool:
    try:
        parts = urlsplit(url)
        host = parts.hostname
    except ValueError:
        return False
    return parts.scheme in ("http", "https") and host is not None and host_kind(host) == "loopback"


@dataclass(frozen=True)
class BodyRules:
    """The request-body rules of an operation that is not an artwork task (e.g. ``create_api_key``)."""

    operation_id: str
    schema: JSON

    def problems(self, body: Any) -> list[Problem]:
        """Every documented rule ``body`` breaks (an empty list when it is acceptable)."""
        return _problems(self.schema, body)

    def normalized(self, body: Mapping[str, Any]) -> JSON:
        """``body`` with integers as ints and the documented defaults filled in."""
        params: JSON = {key: _integral(value) for key, value in body.items()}
        for name, node in self.schema.get("properties", {}).items():
            prop = _spec.resolve(node)
            if name not in params and "default" in prop:
                params[name] = prop["default"]
        return params


@functools.cache
def body_rules(operation_id: str) -> BodyRules:
    """The `BodyRules` of an operation with a JSON request body."""
    return BodyRules(operation_id, _spec.request_schema(operation_id))


@functools.cache
def create_rules(operation_id: str) -> CreateRules:
    """The `CreateRules` of a create operation (its 202 answer names the artwork type it makes)."""
    method, path, _ = _spec.operation(operation_id)
    status, accepted = _spec.success_answer(operation_id)
    if status != 202 or accepted is None:
        raise LookupError(f"operation {operation_id!r} does not answer 202 with an artwork")
    artwork_type = _spec.resolve(accepted["properties"]["artworkType"])["const"]
    schema = _spec.request_schema(operation_id)
    properties = {wire: _spec.resolve(node) for wire, node in schema.get("properties", {}).items()}
    return CreateRules(operation_id, method, path, artwork_type, schema, properties)


@dataclass(frozen=True)
class QueryRules:
    """The query parameters of one operation and their schemas."""

    operation_id: str
    parameters: Mapping[str, JSON]

    def parse(self, query: list[tuple[str, str]]) -> tuple[JSON, list[Problem]]:
        """Typed values of the documented query parameters (defaults filled in) and the problems found.

        Unknown parameters are ignored, as the API does.
        """
        values: JSON = {}
        problems: list[Problem] = []
        seen: set[str] = set()
        for name, raw in query:
            schema = self.parameters.get(name)
            if schema is None:
                continue
            if name in seen:
                problems.append(Problem(name, "is given more than once", "duplicate"))
                continue
            seen.add(name)
            value: Any = raw
            if schema.get("type") in ("integer", "number") and _NUMBER.fullmatch(raw):
                value = _integral(float(raw)) if any(c in raw for c in ".eE") else int(raw)
            found = _problems(schema, value, field=name)
            problems.extend(found)
            if not found:
                values[name] = value
        for name, schema in self.parameters.items():
            if name not in values and "default" in schema:
                values[name] = schema["default"]
        return values, problems


@functools.cache
def query_rules(operation_id: str) -> QueryRules:
    """The `QueryRules` of an operation."""
    _, _, op = _spec.operation(operation_id)
    parameters = {}
    for parameter in op.get("parameters", []):
        resolved = _spec.resolve(parameter)
        if resolved.get("in") == "query":
            parameters[resolved["name"]] = _spec.resolve(resolved["schema"])
    return QueryRules(operation_id, parameters)
