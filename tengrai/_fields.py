# Generated from openapi/field_model.py by `make generate` (openapi/generate_sdk.py) — do not edit.
"""The field model of the spec: every operation with its Python names, wire names, types, enums, defaults and rules.

One definition for both sides. ``openapi/spec_model.py`` compiles each operation of the spec into plain data (the
``OPERATIONS`` of ``tengrai/_compiled.py``: every ``$ref`` resolved, a component's name kept as ``x-component``)
and builds this model from it at ``make generate``; ``make generate`` copies this file into
``tengrai/_fields.py``, where the SDK builds the same model from the same data at run time, without the spec.
Per operation: the client resource and method it becomes, and per input field its Python name, wire name, JSON
type, enum values (and the generated Literal type that holds them), documented default, required flag,
description and every documented rule. Validation, the CLI options, the batch requests and the mock read it, so a
spec edit plus ``make generate`` reaches every layer. The naming rules are in ``openapi/NOTES.md``.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any

__all__ = [
    "ANNOTATIONS",
    "PROMPT_FIELD",
    "REQUEST_KEYWORDS",
    "CompiledModel",
    "Field",
    "Operation",
    "json_type",
    "kebab",
    "request_problem",
    "schema_problem",
    "schema_problems",
    "snake",
]

PROMPT_FIELD = "prompt"
"""The body field the CLI takes from its positional words (``tengrai v1 txt2img "a fox"``)."""

_BOUNDARY = re.compile(r"(?<=[a-z0-9])(?=[A-Z])|(?<=[A-Z])(?=[A-Z][a-z])")


def snake(name: str) -> str:
    """The one camelCase -> snake_case rule: ``negativePrompt`` -> ``negative_prompt``, ``imageURL`` -> ``image_url``.

    Hyphens become underscores too (``face-swap`` -> ``face_swap``).
    """
    return _BOUNDARY.sub("_", name).replace("-", "_").lower()


def kebab(name: str) -> str:
    """``negativePrompt`` -> ``negative-prompt``: the CLI spelling of an API field or operation name."""
    return snake(name).replace("_", "-")


# ---------------------------------------------------------------------------------------------- what validation reads

ANNOTATIONS = frozenset({"description", "default", "title", "examples", "example", "deprecated", "$comment"})
"""Schema keywords that state no rule."""
REQUEST_KEYWORDS = frozenset({"type", "properties", "required", "additionalProperties", "dependentRequired", "allOf"})
"""The keywords of a request body schema that `tengrai.validation` checks (besides `ANNOTATIONS` and ``x-``)."""
_ARRAY_RULES = frozenset({"items", "minItems", "maxItems", "uniqueItems"})
_OBJECT_RULES = frozenset({"properties", "required", "additionalProperties"})
_FIELD_RULES = frozenset(
    {"type", "enum", "minimum", "maximum", "exclusiveMinimum", "exclusiveMaximum", "multipleOf"}
    | {"minLength", "maxLength", "pattern", "format"}
    | _ARRAY_RULES
    | _OBJECT_RULES
)
_FORMATS = frozenset({"uri"})
_WEBHOOK_POLICIES = frozenset({"https-public-host"})
_TYPES = frozenset({"string", "integer", "number", "boolean", "array", "object"})


def _not_understood(schema: Mapping[str, Any], allowed: frozenset[str], where: str) -> str | None:
    unknown = {key for key in schema if not key.startswith("x-")} - allowed - ANNOTATIONS
    if not unknown:
        return None
    return (
        f"tengrai.validation does not understand the schema keywords {sorted(unknown)} of {where}; "
        "teach it the rule before using this spec"
    )


def json_type(schema: Mapping[str, Any]) -> str | None:
    """The JSON type of a field's schema: its ``type``, or ``string`` for an enum of strings without one."""
    enum = schema.get("enum")
    if schema.get("type") is None and enum is not None and all(isinstance(item, str) for item in enum):
        return "string"
    kind = schema.get("type")
    return None if kind is None else str(kind)


def schema_problem(schema: Mapping[str, Any], where: str) -> str | None:
    """Why `tengrai.validation` could not check a field whose resolved schema is ``schema`` (one level, not its
    items or members), or None. ``make generate`` refuses a spec with such a field (`schema_problems`); the SDK
    raises NotImplementedError rather than skip a rule it does not know."""
    kind, keys = json_type(schema), set(schema)
    problems = [
        _not_understood(schema, _FIELD_RULES, f"property {where}"),
        f"{where}: unsupported type {kind!r}" if kind not in _TYPES else None,
        f"{where}: unsupported format {schema['format']!r}" if schema.get("format", "uri") not in _FORMATS else None,
        f"{where}: unknown x-webhook-policy {schema['x-webhook-policy']!r}"
        if schema.get("x-webhook-policy", "https-public-host") not in _WEBHOOK_POLICIES
        else None,
        f"{where}: an array needs an items schema" if kind == "array" and "items" not in schema else None,
        f"{where}: an object must state additionalProperties: false (closed), true (any JSON values) or a schema"
        if kind == "object" and not _known_additional(schema.get("additionalProperties"))
        else None,
        f"{where}: object keywords on a {kind} property" if kind != "object" and _OBJECT_RULES & keys else None,
        f"{where}: array keywords on a {kind} property" if kind != "array" and _ARRAY_RULES & keys else None,
    ]
    sizes = schema.get("x-sizes")
    if sizes and (set(sizes) != set(schema.get("enum", ())) or schema.get("x-default") not in sizes):
        problems.append(f"{where}: x-sizes/x-default do not match the enum")
    return next((problem for problem in problems if problem is not None), None)


def _known_additional(rule: Any) -> bool:
    """An ``additionalProperties`` the validation checks: stated, and ``false``, ``true`` or a schema (a map)."""
    return isinstance(rule, bool | Mapping)


def schema_problems(schema: Mapping[str, Any], where: str) -> list[str]:
    """`schema_problem` of a field's schema, its items' and its members', all the way down."""
    problem = schema_problem(schema, where)
    if problem is not None:
        return [problem]
    found = schema_problems(schema["items"], f"{where}[]") if "items" in schema else []
    if isinstance(schema.get("additionalProperties"), Mapping):
        found += schema_problems(schema["additionalProperties"], f"{where}.*")
    for name, member in schema.get("properties", {}).items():
        found += schema_problems(member, f"{where}.{name}")
    return found


def request_problem(schema: Mapping[str, Any], operation_id: str) -> str | None:
    """Why `tengrai.validation` could not check a request body schema as a whole (its fields aside), or None."""
    problems = [
        _not_understood(schema, REQUEST_KEYWORDS, f"the request of {operation_id}"),
        f"{operation_id}: the request body is not an object" if schema.get("type", "object") != "object" else None,
        f"{operation_id}: only closed request schemas (additionalProperties: false)"
        if schema.get("additionalProperties", True) is not False
        else None,
    ]
    return next((problem for problem in problems if problem is not None), None)


@dataclass(frozen=True, slots=True)
class Field:
    """One documented input of an operation (a body property, a path or a query parameter).

    Attributes:
        wire: the name on the wire (camelCase for body fields): ``negativePrompt``.
        name: the Python argument name: ``negative_prompt``.
        location: ``body``, ``path`` or ``query``.
        json_type: ``string``, ``integer``, ``number``, ``boolean``, ``array`` or ``object`` (None if unstated).
        enum: the allowed values, or None.
        enum_name: the component name of a ``$ref``-ed enum: the generated Literal type of the same name.
        required: the operation requires it.
        has_default: the spec documents a default (``default``, or ``x-default`` on an aspect-ratio enum).
        default: that default (None when there is none).
        description: the spec's description, on one line.
        schema: the resolved schema: every rule (ranges, pattern, format, ``x-`` extensions); a component it
            came from is named by ``x-component``.
        items: for an array, the field model of its items (named like the array); None otherwise.
    """

    wire: str
    name: str
    location: str
    json_type: str | None
    enum: tuple[Any, ...] | None
    enum_name: str | None
    required: bool
    has_default: bool
    default: Any
    description: str
    schema: Mapping[str, Any]
    items: Field | None = None

    @property
    def option(self) -> str:
        """The CLI option: ``--negative-prompt``."""
        return "--" + kebab(self.wire)

    def rule(self, keyword: str, default: Any = None) -> Any:
        """A rule of the resolved schema (``minimum``, ``x-max-words``, ...)."""
        return self.schema.get(keyword, default)


@dataclass(frozen=True, slots=True)
class Operation:
    """One operation of the spec as the SDK presents it.

    Attributes:
        operation_id: the spec's operationId.
        method: the HTTP method, upper case.
        path: the templated path (``/v2/artworks/quantum``).
        summary: the spec's summary (a title: ``Quantum``).
        description: the spec's description, on one line.
        resource: the client attribute path (``quantum``, ``organizations``, ``v1.artworks``); None for operations
            served by the hand-written ``artworks`` resource.
        method_name: the method of a plain request operation (``create_api_key``); None for artwork tasks.
        artwork_type: the ``artworkType`` an artwork task answers with (its 202 response's const), else None.
        response_schema: the component name of the success answer's schema (``QuantumArtwork``), or of its items
            for an array (``V1Artwork``), if any.
        response_kind: ``object``, ``array`` or ``none`` (no JSON body) for the success answer.
        min_scope: the weakest key scope that may call it (``x-min-scope``), None when unstated.
        fields: the request-body fields, in spec order.
        path_params: the path parameters, in path order.
        query_params: the query parameters.
        body: the resolved request-body schema (empty when the operation takes no JSON body).
        synchronous: ``x-synchronous``: the answer is the finished result (a lost answer leaves a paid call's
            outcome unknown).
        recover_with: ``x-recover-with``: ``{operationId, artworkType}``, the list operation where a synchronous
            call's lost result (an artwork of that type) can be found.
        cli_command: ``x-cli-command``: the CLI command of a plain request operation inside its group (default:
            derived from the method, `tengrai.cli`).
        paged: ``x-sdk-paged: true``: a list read page by page with its ``offset``/``limit`` query parameters; its
            method iterates over every page lazily (``limit=`` the total, ``page_size=`` per request), as
            ``client.artworks.list`` does.
    """

    operation_id: str
    method: str
    path: str
    summary: str
    description: str
    resource: str | None
    method_name: str | None
    artwork_type: str | None
    response_schema: str | None
    response_kind: str
    min_scope: str | None
    fields: tuple[Field, ...]
    path_params: tuple[Field, ...]
    query_params: tuple[Field, ...]
    body: Mapping[str, Any]
    by_name: Mapping[str, Field] = field(compare=False, repr=False)
    by_wire: Mapping[str, Field] = field(compare=False, repr=False)
    synchronous: bool = False
    recover_with: Mapping[str, str] | None = None
    cli_command: str | None = None
    paged: bool = False

    @property
    def is_artwork_task(self) -> bool:
        """True for ``create_<name>_artwork`` operations (``create`` and ``generate``)."""
        return self.artwork_type is not None

    @property
    def command(self) -> str:
        """The CLI subcommand of an artwork task (``selena-variete``)."""
        return kebab(self.resource or self.operation_id)

    @property
    def title(self) -> str:
        """The summary, or the operationId when there is none (for messages)."""
        return self.summary or self.operation_id


class CompiledModel:
    """The operations of the compiled spec (``OPERATIONS``: operationId -> the data of one operation)."""

    def __init__(self, operations: Mapping[str, Mapping[str, Any]]) -> None:
        self.operations: tuple[Operation, ...] = tuple(_operation(key, data) for key, data in operations.items())
        self._by_id = {op.operation_id: op for op in self.operations}

    def operation(self, operation_id: str) -> Operation:
        """The operation with this operationId (KeyError if none)."""
        return self._by_id[operation_id]

    def artwork_operations(self) -> list[Operation]:
        """The artwork tasks (``create_<name>_artwork``), in spec order."""
        return [op for op in self.operations if op.is_artwork_task]

    def request_operations(self) -> list[Operation]:
        """The plain request operations (``x-sdk-resource``), in spec order."""
        return [op for op in self.operations if op.resource is not None and not op.is_artwork_task]

    def body_operations(self) -> list[Operation]:
        """Every operation with a JSON request body, in spec order."""
        return [op for op in self.operations if op.body]

    def cli_command(self, op: Operation) -> tuple[str, str]:
        """``(group, command)`` of a plain request operation: ``tengrai <group> <command>`` in the CLI.

        The group is the first part of its resource in kebab-case (``v1`` for ``v1.organizations``); the command is
        ``x-cli-command``, else its method in kebab-case, after the rest of its resource when another operation of
        the group has a method of the same name (``artworks-list`` beside ``list``). A command of several words
        (``style-dna generate``) is nested in the CLI.
        """
        resource, method = op.resource or "", op.method_name or op.operation_id
        group = kebab(resource.split(".")[0])
        same = [
            other
            for other in self.request_operations()
            if kebab((other.resource or "").split(".")[0]) == group and other.method_name == method
        ]
        rest = resource.split(".")[1:] if len(same) > 1 else []
        return group, op.cli_command or "-".join(kebab(part) for part in [*rest, method])


def _operation(operation_id: str, data: Mapping[str, Any]) -> Operation:
    body: Mapping[str, Any] = data["body"]
    required = set(body.get("required", ()))
    fields = tuple(
        _field(wire, schema, "body", required=wire in required) for wire, schema in body.get("properties", {}).items()
    )
    params = [
        _field(p["wire"], p["schema"], p["location"], required=p["required"], description=p["description"])
        for p in data["params"]
    ]
    path_params = tuple(p for p in params if p.location == "path")
    query_params = tuple(p for p in params if p.location == "query")
    return Operation(
        operation_id=operation_id,
        method=data["method"],
        path=data["path"],
        summary=data["summary"],
        description=data["description"],
        resource=data["resource"],
        method_name=data["method_name"],
        artwork_type=data["artwork_type"],
        response_schema=data["response_schema"],
        response_kind=data["response_kind"],
        min_scope=data["min_scope"],
        fields=fields,
        path_params=path_params,
        query_params=query_params,
        body=body,
        by_name={f.name: f for f in (*path_params, *query_params, *fields)},
        by_wire={f.wire: f for f in fields},
        synchronous=bool(data.get("synchronous", False)),
        recover_with=data.get("recover_with"),
        cli_command=data.get("cli_command"),
        paged=bool(data.get("paged", False)),
    )


def _field(wire: str, schema: Mapping[str, Any], location: str, *, required: bool, description: str = "") -> Field:
    enum = tuple(schema["enum"]) if "enum" in schema else None
    return Field(
        wire=wire,
        name=snake(wire),
        location=location,
        json_type=json_type(schema),
        enum=enum,
        enum_name=schema.get("x-component") if enum is not None else None,
        required=required,
        has_default="default" in schema or "x-default" in schema,
        default=schema.get("default", schema.get("x-default")),
        description=" ".join(str(schema.get("description") or description).split()),
        schema=schema,
        items=_field(wire, schema["items"], location, required=True) if "items" in schema else None,
    )


_MODEL: list[CompiledModel] = []


def model() -> CompiledModel:
    """The model of the shipped spec, as ``make generate`` compiled it (`tengrai._compiled`; built once per process)."""
    if not _MODEL:
        from ._compiled import OPERATIONS

        _MODEL.append(CompiledModel(OPERATIONS))
    return _MODEL[0]
