"""The field model of the spec, read at ``make generate`` time by ``openapi/generate_sdk.py``.

Answers, per operation of an OpenAPI document: the client resource and method it becomes, and per input field
its Python name, wire name, JSON type, enum values (and the Literal type that holds them), documented default,
required flag, description and every documented rule. The generator compiles what the SDK needs at run time out of
it (`compile_operation`, `deep`) into ``tengrai/_compiled.py``, so nothing in the SDK reads the spec at run time;
the model itself (`Field`, `Operation`, `CompiledModel`) is ``openapi/field_model.py``, built from that same data
here and in the SDK (``make generate`` copies it into ``tengrai/_fields.py``).

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
from typing import Any

from field_model import CompiledModel, Field, Operation, kebab, snake  # the generator's own module, beside it

__all__ = [
    "CompiledModel",
    "Field",
    "Operation",
    "SpecModel",
    "kebab",
    "snake",
]

_CREATE_ID = re.compile(r"^create_(?P<name>[a-z][a-z0-9_]*)_artwork$")
_METHODS = ("get", "post", "put", "patch", "delete")
_IDENTIFIER = re.compile(r"^[a-z_][a-z0-9_]*$")
_RESERVED = frozenset({"artworks", "base_url", "close", "generated"})
"""Client attributes that are not generated: no resource of the spec may take these names."""


class SpecModel(CompiledModel):
    """The operations of one OpenAPI document, compiled once (`compile_operation`) and read as a `CompiledModel`."""

    def __init__(self, document: Mapping[str, Any]) -> None:
        self.document = document
        self.compiled: dict[str, dict[str, Any]] = dict(self._compile_operations())
        super().__init__(self.compiled)
        self._check_names()

    # ------------------------------------------------------------------ lookups

    def resolve(self, node: Mapping[str, Any]) -> dict[str, Any]:
        """Follow local ``$ref``s; keywords beside a ``$ref`` win over the target's."""
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
        """What the SDK needs of ``op`` at run time, as plain data (`CompiledModel` reads it back)."""
        return self.compiled[op.operation_id]

    # ------------------------------------------------------------------ reading

    def _compile_operations(self) -> Iterator[tuple[str, dict[str, Any]]]:
        for path, item in self.document.get("paths", {}).items():
            shared = list(item.get("parameters", ()))
            for method, op in item.items():
                if method in _METHODS:
                    yield str(op["operationId"]), self._compile(method.upper(), path, op, shared)

    def _compile(self, method: str, path: str, op: Mapping[str, Any], shared: list[Any]) -> dict[str, Any]:
        response_schema, response_kind, artwork_type = self._response(op)
        resource: str | None = op.get("x-sdk-resource")
        method_name: str | None = op.get("x-sdk-method")
        match = _CREATE_ID.match(str(op["operationId"]))
        if match is not None and artwork_type is not None:
            resource, method_name = match["name"], None
        elif resource is not None:
            method_name = method_name or str(op["operationId"])
        else:
            artwork_type = None
        return {
            "method": method,
            "path": path,
            "summary": str(op.get("summary") or ""),
            "description": _one_line(op.get("description") or ""),
            "resource": resource,
            "method_name": method_name,
            "artwork_type": artwork_type,
            "response_schema": response_schema,
            "response_kind": response_kind,
            "min_scope": op.get("x-min-scope"),
            "synchronous": bool(op.get("x-synchronous", False)),
            "recover_with": op.get("x-recover-with"),
            "cli_command": op.get("x-cli-command"),
            "paged": op.get("x-sdk-paged") is True,
            "body": self.deep(self._request_body(op)),
            "params": self._params(path, [self.resolve(p) for p in [*shared, *op.get("parameters", ())]]),
        }

    def _params(self, path: str, params: list[dict[str, Any]]) -> list[dict[str, Any]]:
        """The path parameters in path order (undeclared ones are strings), then the query parameters."""
        by_path = {p["name"]: p for p in params if p.get("in") == "path"}
        declared = [
            by_path.get(name, {"name": name, "schema": {"type": "string"}}) for name in re.findall(r"{([^}]+)}", path)
        ]
        compiled = []
        for location, group in (("path", declared), ("query", [p for p in params if p.get("in") == "query"])):
            for p in group:
                schema = self.deep(p.get("schema", {}))
                compiled.append(
                    {
                        "wire": p["name"],
                        "location": location,
                        "required": location == "path" or bool(p.get("required")),
                        "description": _one_line(schema.get("description") or p.get("description", "")),
                        "schema": schema,
                    }
                )
        return compiled

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
