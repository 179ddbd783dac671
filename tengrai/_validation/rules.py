"""One property's schema compiled into the `Rules` the checks read, refusing any keyword they do not understand.

The schemas come from `tengrai._compiled` (``make generate`` resolved every ``$ref``; ``x-component`` names a
component, and so the Literal type of an enum). Nothing here restates a documented value: ranges, enums, limits
and defaults are the spec's, so a spec change plus ``make generate`` updates the checks.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any, Final

from .. import _fields
from .._exceptions import ValidationError

__all__ = ["ANNOTATIONS", "Rules", "build_rules", "reject_unknown"]

ANNOTATIONS: Final = frozenset({"description", "default", "title", "examples", "example", "deprecated", "$comment"})
"""Schema keywords that state no rule."""

_FIELD_RULES: Final = frozenset(
    {
        *("type", "enum", "minimum", "maximum", "exclusiveMinimum", "exclusiveMaximum", "multipleOf"),
        *("minLength", "maxLength", "pattern", "format"),
        *("items", "minItems", "maxItems", "uniqueItems", "properties", "required", "additionalProperties"),
    }
)
_ARRAY_RULES: Final = frozenset({"items", "minItems", "maxItems", "uniqueItems"})
_OBJECT_RULES: Final = frozenset({"properties", "required", "additionalProperties"})
_FORMATS: Final = frozenset({"uri"})
_WEBHOOK_POLICIES: Final = frozenset({"https-public-host"})
_TYPES: Final = frozenset({"string", "integer", "number", "boolean", "array", "object"})


@dataclass(frozen=True, slots=True)
class Rules:
    """One request-body property (or parameter) and the rules the spec gives it."""

    api_name: str
    py_name: str
    owner: str
    json_type: str
    description: str = ""
    enum: tuple[Any, ...] | None = None
    enum_set: frozenset[Any] | None = None
    enum_name: str | None = None
    minimum: float | None = None
    maximum: float | None = None
    exclusive_minimum: float | None = None
    exclusive_maximum: float | None = None
    min_length: int | None = None
    max_length: int | None = None
    sdk_max_length: int | None = None
    sdk_own: frozenset[str] = frozenset()
    multiple_of: float | None = None
    items: Rules | None = None
    min_items: int | None = None
    max_items: int | None = None
    members: Mapping[str, Rules] | None = None
    members_required: tuple[str, ...] = ()
    pattern: re.Pattern[str] | None = None
    uri: bool = False
    webhook_policy: str | None = None
    max_words: int | None = None
    sizes: Mapping[str, tuple[int, int]] | None = None
    default_ratio: str | None = None
    unique_items: bool = False

    def error(self, value: Any, rule: str) -> ValidationError:
        """The `ValidationError` of ``value`` breaking ``rule`` on this field."""
        return ValidationError(self.api_name, value, rule)


def reject_unknown(keys: Mapping[str, Any] | set[str], allowed: frozenset[str], where: str) -> None:
    """Fail loudly (NotImplementedError) on a schema keyword the checks do not understand."""
    unknown = set(keys) - allowed
    if unknown:
        raise NotImplementedError(
            f"tengrai.validation does not understand the schema keywords {sorted(unknown)} of {where}; "
            "teach it the rule before using this spec"
        )


def build_rules(api_name: str, schema: Mapping[str, Any], owner: str) -> Rules:
    """The rules of one property from its resolved schema (``x-component`` names an enum's component)."""
    where = f"{owner}.{api_name}"
    json_type, enum = _accepted(schema, where)
    items = build_rules(f"{api_name}[]", schema["items"], owner) if json_type == "array" else None
    members = None
    if json_type == "object":
        members = {name: build_rules(name, node, owner) for name, node in schema.get("properties", {}).items()}
    pattern = schema.get("pattern")
    return Rules(
        api_name=api_name,
        py_name=_fields.snake(api_name),
        owner=owner,
        json_type=json_type,
        description=str(schema.get("description", "")).strip(),
        enum=enum,
        enum_set=frozenset(enum) if enum is not None else None,
        enum_name=schema.get("x-component") if enum is not None else None,
        minimum=schema.get("minimum"),
        maximum=schema.get("maximum"),
        exclusive_minimum=schema.get("exclusiveMinimum"),
        exclusive_maximum=schema.get("exclusiveMaximum"),
        min_length=schema.get("minLength"),
        max_length=schema.get("maxLength"),
        sdk_max_length=schema.get("x-sdk-max-length"),
        sdk_own=frozenset(schema.get("x-sdk-own", ())),
        multiple_of=schema.get("multipleOf"),
        items=items,
        min_items=schema.get("minItems"),
        max_items=schema.get("maxItems"),
        members=members,
        members_required=tuple(schema.get("required", ())) if members is not None else (),
        pattern=re.compile(pattern) if pattern is not None else None,
        uri=schema.get("format") == "uri",
        webhook_policy=schema.get("x-webhook-policy"),
        max_words=schema.get("x-max-words"),
        sizes=_sizes(schema, enum, where),
        default_ratio=schema.get("x-default"),
        unique_items=bool(schema.get("uniqueItems", False)),
    )


def _accepted(schema: Mapping[str, Any], where: str) -> tuple[str, tuple[Any, ...] | None]:
    """The JSON type and enum of a schema the checks fully understand (else NotImplementedError)."""
    reject_unknown({key for key in schema if not key.startswith("x-")}, _FIELD_RULES | ANNOTATIONS, f"property {where}")
    enum = tuple(schema["enum"]) if "enum" in schema else None
    json_type = schema.get("type")
    if json_type is None and enum is not None and all(isinstance(item, str) for item in enum):
        json_type = "string"
    if json_type not in _TYPES:
        raise NotImplementedError(f"{where}: unsupported type {json_type!r}")
    fmt = schema.get("format")
    if fmt is not None and fmt not in _FORMATS:
        raise NotImplementedError(f"{where}: unsupported format {fmt!r}")
    policy = schema.get("x-webhook-policy")
    if policy is not None and policy not in _WEBHOOK_POLICIES:
        raise NotImplementedError(f"{where}: unknown x-webhook-policy {policy!r}")
    if json_type == "array" and "items" not in schema:
        raise NotImplementedError(f"{where}: an array needs an items schema")
    if json_type == "object" and schema.get("additionalProperties", True) is not False:
        raise NotImplementedError(f"{where}: only closed objects (additionalProperties: false)")
    if json_type != "object" and _OBJECT_RULES & set(schema):
        raise NotImplementedError(f"{where}: object keywords on a {json_type} property")
    if json_type != "array" and _ARRAY_RULES & set(schema):
        raise NotImplementedError(f"{where}: array keywords on a {json_type} property")
    return json_type, enum


def _sizes(schema: Mapping[str, Any], enum: tuple[Any, ...] | None, where: str) -> dict[str, tuple[int, int]] | None:
    """``x-sizes``: aspect ratio -> (width, height); it must size every enum value and hold ``x-default``."""
    raw = schema.get("x-sizes")
    if not raw:
        return None
    sizes = {str(ratio): (int(size[0]), int(size[1])) for ratio, size in raw.items()}
    if enum is None or set(sizes) != set(enum) or schema.get("x-default") not in sizes:
        raise NotImplementedError(f"{where}: x-sizes/x-default do not match the enum")
    return sizes
