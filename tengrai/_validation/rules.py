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

ANNOTATIONS: Final = _fields.ANNOTATIONS
"""Schema keywords that state no rule."""


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
    additional: Rules | None = None
    """An object's ``additionalProperties`` schema: the rules of every key that is not a member (a map)."""
    any_values: bool = False
    """An object with ``additionalProperties: true``: any other key, with any JSON value (and nothing more)."""
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
    members, additional = None, None
    if json_type == "object":
        members = {name: build_rules(name, node, owner) for name, node in schema.get("properties", {}).items()}
        extra = schema["additionalProperties"]  # stated: `_accepted` checked it
        additional = build_rules(api_name, extra, owner) if isinstance(extra, Mapping) else None
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
        additional=additional,
        any_values=json_type == "object" and schema["additionalProperties"] is True,
        pattern=re.compile(pattern) if pattern is not None else None,
        uri=schema.get("format") == "uri",
        webhook_policy=schema.get("x-webhook-policy"),
        max_words=schema.get("x-max-words"),
        sizes=_sizes(schema),
        default_ratio=schema.get("x-default"),
        unique_items=bool(schema.get("uniqueItems", False)),
    )


def _accepted(schema: Mapping[str, Any], where: str) -> tuple[str, tuple[Any, ...] | None]:
    """The JSON type and enum of a schema the checks fully understand (else NotImplementedError; ``make generate``
    refuses such a spec first, by the same rule: `tengrai._fields.schema_problem`)."""
    problem = _fields.schema_problem(schema, where)
    if problem is not None:
        raise NotImplementedError(problem)
    return str(_fields.json_type(schema)), tuple(schema["enum"]) if "enum" in schema else None


def _sizes(schema: Mapping[str, Any]) -> dict[str, tuple[int, int]] | None:
    """``x-sizes``: aspect ratio -> (width, height) (`_accepted` checked it sizes every enum value)."""
    raw = schema.get("x-sizes")
    if not raw:
        return None
    return {str(ratio): (int(size[0]), int(size[1])) for ratio, size in raw.items()}
