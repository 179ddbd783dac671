"""The records ``make generate`` writes into ``tengrai/_model/`` (``answers.py``, ``envelopes.py``).

Two kinds, both read from the spec only:

* the answer object of every plain operation (``ApiKey``, ``WebhookSecret``, ...): one record class each;
* the envelope of every artwork union: the union names, with ``x-envelope``, the one schema holding the fields
  every branch shares (``ArtworkEnvelope``); the branches take them with a YAML merge. Its properties become the
  typed attributes of the union's record (`tengrai.Artwork`, `tengrai.V1Artwork`), so a new common field of the
  artwork answers is one edit of the envelope. `envelope_problems` refuses a branch whose envelope was copied and
  has drifted (a field missing, changed, or not required as in the envelope), naming the schema.

Per attribute the generator writes its Python type and the check that parses it (a function of
``tengrai/_model/record.py``); each class gets a ``_parse`` made of those calls, so parsing an answer interprets
nothing at run time.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Mapping
from typing import Any

from spec_model import SpecModel, snake

__all__ = ["envelope_classes", "envelope_problems", "record_classes"]

_RESERVED = frozenset({"extra", "to_dict", "to_json", "from_dict", "raw", "record", "error", "succeeded"})
"""Names of the records' own members: no property may become an attribute of one of these names."""
_CHECKS = {
    "string": ("string", "str"),
    "number": ("number", "float"),
    "integer": ("integer", "int"),
    "boolean": ("boolean", "bool"),
    "object": ("json_object", "Mapping[str, Any]"),
    "array": ("array", "list[Any]"),
}


def _branches(spec: SpecModel, node: Mapping[str, Any]) -> list[dict[str, Any]]:
    resolved = spec.resolve(node)
    found: list[dict[str, Any]] = []
    for branch in resolved.get("anyOf", ()) or resolved.get("oneOf", ()) or ():
        found.extend(_branches(spec, branch))
    return found or [resolved]


def _json_types(branch: Mapping[str, Any]) -> list[str]:
    kind = branch.get("type")
    if kind is None:
        return ["string"] if "enum" in branch or "const" in branch else []
    return [kind] if isinstance(kind, str) else list(kind)


def field_check(
    spec: SpecModel, node: Mapping[str, Any], annotate: Callable[[Mapping[str, Any]], str]
) -> dict[str, Any]:
    """How one property parses: the check function, the Python type, what the message says it must be, and
    whether it may be null. ``annotate`` types a string property (a Literal for an enum)."""
    branches = _branches(spec, node)
    types = sorted({kind for branch in branches for kind in _json_types(branch)})
    nullable = "null" in types
    concrete = [kind for kind in types if kind != "null"]
    what = " or ".join(types) if types else "any JSON value"
    if len(concrete) != 1:
        return {"check": "anything", "type": "Any", "what": what, "nullable": nullable}
    kind = concrete[0]
    if kind == "string" and any(branch.get("format") == "date-time" for branch in branches):
        return {"check": "date_time", "type": "datetime.datetime", "what": what, "nullable": nullable}
    if kind == "array":
        items = [spec.resolve(branch.get("items", {})) for branch in branches if "items" in branch]
        if items and all(_json_types(item) == ["string"] for item in items):
            return {"check": "string_array", "type": "list[str]", "what": what + " of string", "nullable": nullable}
    check, python = _CHECKS[kind]
    if kind == "string":
        python = annotate(node)
    return {"check": check, "type": python, "what": what, "nullable": nullable}


def _fields(
    spec: SpecModel, name: str, schema: Mapping[str, Any], annotate: Callable[[Mapping[str, Any]], str]
) -> list[dict[str, Any]]:
    """The attributes of a record read from ``schema``'s properties, in the spec's order."""
    required = set(schema.get("required", ()))
    fields = []
    for wire, node in schema.get("properties", {}).items():
        python = snake(wire)
        if not python.isidentifier() or python.startswith("_") or python in _RESERVED:
            raise SystemExit(f"{name}.{wire}: {python!r} cannot be a record attribute; rename it")
        resolved = spec.resolve(node)
        parsed = field_check(spec, node, annotate)
        kind = parsed["type"]
        if (parsed["nullable"] or wire not in required) and kind != "Any":
            kind += " | None"
        description = " ".join(str(resolved.get("description") or "").split())
        fields.append(
            {
                **parsed,
                "name": python,
                "wire": wire,
                "type": kind,
                "required": wire in required,
                "secret": bool(resolved.get("x-secret")),
                "doc": f"``{wire}``" + (f": {description.rstrip('.')}." if description else "."),
            }
        )
    return fields


def record_classes(spec: SpecModel, annotate: Callable[[Mapping[str, Any]], str], wrap: Any) -> dict[str, Any]:
    """The typed record of each flat answer object of the plain operations (by component name): its fields in
    dataclass order (required ones first), each with its Python type, check, whether it is required and secret."""
    schemas: Mapping[str, Any] = spec.document.get("components", {}).get("schemas", {})
    answers = sorted({op.response_schema for op in spec.request_operations() if op.response_schema})
    classes: dict[str, Any] = {}
    for name in answers:
        schema = schemas[name]
        if "properties" not in schema:
            continue
        fields = _fields(spec, name, schema, annotate)
        fields.sort(key=lambda field: not field["required"])
        text = " ".join(str(schema.get("description") or f"The {name} answer.").split())
        base = schema.get("x-sdk-base")  # "<module>.<class>": a hand-written mixin of this record (tengrai/)
        if base is not None and not re.fullmatch(r"_[a-z_]+\.[A-Z]\w*", str(base)):
            raise SystemExit(f"{name}: x-sdk-base {base!r} must be '<private module>.<Class>' of the tengrai package")
        classes[name] = {"fields": fields, "doc": wrap(text, 4), "base": base}
    return classes


def _envelopes(spec: SpecModel) -> dict[str, str]:
    """Artwork union -> its envelope schema (``x-envelope``)."""
    schemas: Mapping[str, Any] = spec.document.get("components", {}).get("schemas", {})
    found = {}
    for name, schema in schemas.items():
        envelope = schema.get("x-envelope")
        if envelope is None:
            continue
        if envelope not in schemas or "properties" not in schemas[envelope] or "oneOf" not in schema:
            raise SystemExit(f"{name}: x-envelope {envelope!r} must name an object schema, on a oneOf")
        found[name] = str(envelope)
    return found


def envelope_classes(spec: SpecModel, annotate: Callable[[Mapping[str, Any]], str], wrap: Any) -> dict[str, Any]:
    """The fields class of each artwork union (``<Union>Fields``), from its envelope: the attributes (the
    ``parameters`` one typed by the record's parameters class), the statuses and the final ones (``x-terminal``)."""
    schemas: Mapping[str, Any] = spec.document.get("components", {}).get("schemas", {})
    classes: dict[str, Any] = {}
    for union, envelope in sorted(_envelopes(spec).items()):
        schema = schemas[envelope]
        fields = _fields(spec, envelope, schema, annotate)
        statuses: dict[str, list[str]] = {"enum": [], "terminal": []}
        for item in fields:
            if item["name"] == "parameters":
                item["type"] = "P"
            if item["wire"] == "status":
                for branch in _branches(spec, schema["properties"]["status"]):
                    if "x-terminal" in branch:
                        statuses = {"enum": list(branch["enum"]), "terminal": list(branch["x-terminal"])}
                if item["type"] not in ("str", "str | None"):
                    item["type"] = item["type"].replace(" | None", "") + " | str"  # a newer status stays a str
        fields.sort(key=lambda field: not field["required"])
        doc = f"The fields every {union} answer has (the spec's {envelope}, read by every branch)."
        classes[union + "Fields"] = {
            "union": union,
            "envelope": envelope,
            "fields": fields,
            "doc": wrap(doc, 4),
            "statuses": statuses,
        }
    return classes


_PROSE = frozenset({"description", "title", "example", "examples"})
SDK_READS = ("id", "artworkType", "parameters", "status", "results", "createdAt", "duration")
"""The envelope fields the SDK's own code reads from every artwork (``tengrai/_model/artwork.py``, the task flows):
an envelope that drops one, or makes it optional, would break the SDK at run time."""


def _shape(node: Any) -> Any:
    """A schema without its prose (what it accepts, not how it is described)."""
    if isinstance(node, dict):
        return {key: _shape(value) for key, value in node.items() if key not in _PROSE}
    if isinstance(node, list):
        return [_shape(item) for item in node]
    return node


def envelope_problems(spec: SpecModel) -> list[str]:
    """Branches of an artwork union whose envelope fields are not the envelope's (a copy that drifted, a field
    missing or not required as in the envelope), each naming the schema and the field."""
    schemas: Mapping[str, Any] = spec.document.get("components", {}).get("schemas", {})
    problems = []
    for union, envelope in _envelopes(spec).items():
        shared = schemas[envelope]
        required = set(shared.get("required", ()))
        for wire in SDK_READS:
            if wire not in shared["properties"] or wire not in required:
                problems.append(
                    f"{envelope}: {wire!r} must be a required property (the SDK reads it from every artwork)"
                )
        for ref in schemas[union]["oneOf"]:
            branch_name = str(ref.get("$ref", "")).rsplit("/", 1)[-1]
            branch = spec.resolve(ref)
            properties = branch.get("properties", {})
            for wire, node in shared["properties"].items():
                if wire not in properties:
                    problems.append(
                        f"{branch_name}: lacks {envelope}'s field {wire!r} (merge the envelope, do not copy it)"
                    )
                elif wire not in ("artworkType", "parameters") and _shape(properties[wire]) != _shape(node):
                    problems.append(f"{branch_name}: its {wire!r} differs from {envelope}'s (merge the envelope)")
            if set(branch.get("required", ())) != required:
                problems.append(f"{branch_name}: its required fields are not {envelope}'s {sorted(required)}")
    return problems
