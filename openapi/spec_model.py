"""The field model of the spec, read at ``make generate`` time by ``openapi/generate_sdk.py``.

Answers, per operation of an OpenAPI document: the client resource and method it becomes, and per input field
its Python name, wire name, JSON type, enum values (and the Literal type that holds them), documented default,
required flag, description and every documented rule. The generator compiles what the SDK needs at run time out of
it (`compile_operation`, `deep`) into ``tengrai/_compiled.py``, so nothing in the SDK reads the spec at run time.

Naming rules (documented in ``openapi/NOTES.md``):

* camelCase wire name -> snake_case Python name by `snake` (``imageURL`` -> ``image_url``), -> ``--kebab-case``
  CLI option by `kebab`.
* An operation whose ``operationId`` is ``create_<name>_artwork`` and whose 202 answer pins ``artworkType`` is an
  artwork task: ``client.<name>.create(...)`` / ``generate(...)``, CLI subcommand ``<name>`` in kebab-case.
* Any other operation carrying ``x-sdk-resource`` (a dotted attribute path such as ``organizations`` or
  ``v1.artworks``) becomes the plain request method ``client.<resource>.<x-sdk-method>(...)`` (default method name:
  the operationId): path parameters positional (snake_case), query and body fields keyword-only.
* Operations with neither are served by the hand-written ``client.artworks`` resource.
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Mapping
from dataclasses import dataclass, field
from typing import Any

__all__ = [
    "Field",
    "Operation",
    "SpecModel",
    "kebab",
    "snake",
]

_BOUNDARY = re.compile(r"(?<=[a-z0-9])(?=[A-Z])|(?<=[A-Z])(?=[A-Z][a-z])")
_CREATE_ID = re.compile(r"^create_(?P<name>[a-z][a-z0-9_]*)_artwork$")
_METHODS = ("get", "post", "put", "patch", "delete")
_IDENTIFIER = re.compile(r"^[a-z_][a-z0-9_]*$")
_RESERVED = frozenset({"artworks", "base_url", "close", "generated"})
"""Client attributes that are not generated: no resource of the spec may take these names."""


def snake(name: str) -> str:
    """The one camelCase -> snake_case rule: ``negativePrompt`` -> ``negative_prompt``, ``imageURL`` -> ``image_url``.

    Hyphens become underscores too (``face-swap`` -> ``face_swap``).
    """
    return _BOUNDARY.sub("_", name).replace("-", "_").lower()


def kebab(name: str) -> str:
    """``negativePrompt`` -> ``negative-prompt``: the CLI spelling of an API field or operation name."""
    return snake(name).replace("_", "-")


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
        schema: the resolved schema: every rule (ranges, pattern, format, ``x-`` extensions).
        node: the schema as written in the spec (a ``$ref`` kept), for code that needs the reference.
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
    node: Mapping[str, Any]
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
        min_scope: the ``x-min-scope`` of the operation, if any.
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
    fields: tuple[Field, ...]
    path_params: tuple[Field, ...]
    query_params: tuple[Field, ...]
    body: Mapping[str, Any]
    min_scope: str | None = None
    paged: bool = False
    by_name: Mapping[str, Field] = field(default_factory=dict, compare=False, repr=False)
    by_wire: Mapping[str, Field] = field(default_factory=dict, compare=False, repr=False)
    synchronous: bool = False
    recover_with: Mapping[str, str] | None = None
    cli_command: str | None = None

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


class SpecModel:
    """The operations of one OpenAPI document, read once."""

    def __init__(self, document: Mapping[str, Any]) -> None:
        self.document = document
        self.operations: tuple[Operation, ...] = tuple(self._read_operations())
        self._by_id = {op.operation_id: op for op in self.operations}
        self._check_names()

    # ------------------------------------------------------------------ lookups

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

    def resolve(self, node: Mapping[str, Any]) -> dict[str, Any]:
        """Follow local ``$ref``s; keywords beside a ``$ref`` win over the target's (as in `tengrai._spec`)."""
        result: dict[str, Any] = dict(node)
        while "$ref" in result:
            target: Any = self.document
            for part in str(result.pop("$ref")).removeprefix("#/").split("/"):
                target = target[part]
            result = {**target, **result}
        return result

    def deep(self, node: Any, seen: tuple[str, ...] = ()) -> Any:
        """``node`` with every local ``$ref`` followed all the way down (keywords beside a ``$ref`` win); a followed
        component schema keeps its name under ``x-component`` (an enum's Literal type). Recursion is refused."""
        if isinstance(node, list):
            return [self.deep(item, seen) for item in node]
        if not isinstance(node, Mapping):
            return node
        name = None
        if "$ref" in node:
            ref = str(node["$ref"])
            if ref in seen:
                raise ValueError(f"{ref}: a recursive schema cannot be compiled for the SDK")
            seen = (*seen, ref)
            if ref.startswith("#/components/schemas/"):
                name = ref.rsplit("/", 1)[-1]
            node = self.resolve(node)
        result = {str(key): self.deep(value, seen) for key, value in node.items()}
        if name is not None:
            result["x-component"] = name
        return result

    def compile_operation(self, op: Operation) -> dict[str, Any]:
        """What the SDK needs of ``op`` at run time, as plain data (``tengrai._fields`` reads it back)."""
        return {
            "method": op.method,
            "path": op.path,
            "summary": op.summary,
            "description": op.description,
            "resource": op.resource,
            "method_name": op.method_name,
            "artwork_type": op.artwork_type,
            "response_schema": op.response_schema,
            "response_kind": op.response_kind,
            "min_scope": op.min_scope,
            "synchronous": op.synchronous,
            "recover_with": op.recover_with,
            "cli_command": op.cli_command,
            "body": self.deep(op.body),
            "params": [
                {
                    "wire": item.wire,
                    "location": item.location,
                    "required": item.required,
                    "description": item.description,
                    "schema": self.deep(item.node),
                }
                for item in (*op.path_params, *op.query_params)
            ],
        }

    # ------------------------------------------------------------------ reading

    def _read_operations(self) -> Iterator[Operation]:
        for path, item in self.document.get("paths", {}).items():
            shared = list(item.get("parameters", ()))
            for method, op in item.items():
                if method in _METHODS:
                    yield self._read_operation(method.upper(), path, op, shared)

    def _read_operation(self, method: str, path: str, op: Mapping[str, Any], shared: list[Any]) -> Operation:
        operation_id = str(op["operationId"])
        response_schema, response_kind, artwork_type = self._response(op)
        resource: str | None = op.get("x-sdk-resource")
        method_name: str | None = op.get("x-sdk-method")
        match = _CREATE_ID.match(operation_id)
        if match is not None and artwork_type is not None:
            resource, method_name = match["name"], None
        elif resource is not None:
            method_name = method_name or operation_id
        else:
            artwork_type = None
        body = self._request_body(op)
        required = set(body.get("required", ()))
        fields = tuple(
            self._field(wire, node, "body", required=wire in required)
            for wire, node in body.get("properties", {}).items()
        )
        params = [self.resolve(p) for p in [*shared, *op.get("parameters", ())]]
        path_order = re.findall(r"{([^}]+)}", path)
        by_path = {p["name"]: p for p in params if p.get("in") == "path"}
        path_params = tuple(
            self._field(name, by_path.get(name, {"schema": {"type": "string"}}).get("schema", {}), "path",
                        required=True, description=by_path.get(name, {}).get("description", ""))
            for name in path_order
        )  # fmt: skip
        query_params = tuple(
            self._field(p["name"], p.get("schema", {}), "query", required=bool(p.get("required")),
                        description=p.get("description", ""))
            for p in params
            if p.get("in") == "query"
        )  # fmt: skip
        everything = (*path_params, *query_params, *fields)
        return Operation(
            operation_id=operation_id,
            method=method,
            path=path,
            summary=str(op.get("summary") or ""),
            description=_one_line(op.get("description") or ""),
            resource=resource,
            method_name=method_name,
            artwork_type=artwork_type,
            response_schema=response_schema,
            response_kind=response_kind,
            fields=fields,
            path_params=path_params,
            query_params=query_params,
            body=body,
            min_scope=op.get("x-min-scope"),
            paged=op.get("x-sdk-paged") is True,
            by_name={f.name: f for f in everything},
            by_wire={f.wire: f for f in fields},
            synchronous=bool(op.get("x-synchronous", False)),
            recover_with=op.get("x-recover-with"),
            cli_command=op.get("x-cli-command"),
        )

    def _request_body(self, op: Mapping[str, Any]) -> dict[str, Any]:
        content = op.get("requestBody", {}).get("content", {})
        if "application/json" not in content:
            return {}
        return self.resolve(content["application/json"].get("schema", {}))

    def _response(self, op: Mapping[str, Any]) -> tuple[str | None, str, str | None]:
        """(component name, kind, artworkType const) of the first 2xx answer."""
        for status, answer in sorted(op.get("responses", {}).items()):
            if not str(status).startswith("2"):
                continue
            schema_node = self.resolve(answer).get("content", {}).get("application/json", {}).get("schema")
            if schema_node is None:
                return None, "none", None
            schema = self.resolve(schema_node)
            kind = "array" if schema.get("type") == "array" else "object"
            named = schema.get("items", {}) if kind == "array" else schema_node  # an array names its items' schema
            name = str(named["$ref"]).rsplit("/", 1)[-1] if "$ref" in named else None
            const = self.resolve(schema.get("properties", {}).get("artworkType", {})).get("const")
            return name, kind, const if status == "202" else None
        return None, "none", None

    def _field(
        self, wire: str, node: Mapping[str, Any], location: str, *, required: bool, description: str = ""
    ) -> Field:
        schema = self.resolve(node)
        enum = tuple(schema["enum"]) if "enum" in schema else None
        enum_name = None
        if enum is not None and "$ref" in node:
            enum_name = str(node["$ref"]).rsplit("/", 1)[-1]
        json_type = schema.get("type")
        if json_type is None and enum is not None and all(isinstance(item, str) for item in enum):
            json_type = "string"
        has_default = "default" in schema or "x-default" in schema
        return Field(
            wire=wire,
            name=snake(wire),
            location=location,
            json_type=json_type,
            enum=enum,
            enum_name=enum_name,
            required=required,
            has_default=has_default,
            default=schema.get("default", schema.get("x-default")),
            description=_one_line(schema.get("description") or description),
            schema=schema,
            node=node,
            items=self._field(wire, schema["items"], location, required=True) if "items" in schema else None,
        )

    def _check_names(self) -> None:
        """Fail at once on a spec the naming rules cannot turn into Python (clashing or invalid names)."""
        seen: dict[tuple[str, str], str] = {}
        for op in self.operations:
            if op.resource is None:
                continue
            for part in op.resource.split("."):
                if not _IDENTIFIER.match(part):
                    raise ValueError(f"{op.operation_id}: x-sdk-resource {op.resource!r} is not a dotted identifier")
            if op.resource.split(".")[0] in _RESERVED:
                raise ValueError(f"{op.operation_id}: client.{op.resource} would replace a hand-written attribute")
            names = ("create", "generate") if op.is_artwork_task else (op.method_name or "",)
            for name in names:
                if not _IDENTIFIER.match(name):
                    raise ValueError(f"{op.operation_id}: method name {name!r} is not an identifier")
                other = seen.setdefault((op.resource, name), op.operation_id)
                if other != op.operation_id:
                    raise ValueError(f"{op.operation_id} and {other} both map to client.{op.resource}.{name}")
            names_seen: set[str] = set()
            for item in (*op.path_params, *op.query_params, *op.fields):
                if not _IDENTIFIER.match(item.name) or item.name in names_seen:
                    raise ValueError(f"{op.operation_id}: argument {item.name!r} is not a unique identifier")
                names_seen.add(item.name)


def _one_line(text: str) -> str:
    return " ".join(str(text).split())
