"""Where a server's answers differ from the spec: each difference named by operation and schema path.

An answer is checked against the schema the spec documents for its status, made strict first: every object schema
gets ``unevaluatedProperties: false``, so a field the spec does not list shows up (as a warning: an added field
breaks no client). A ``oneOf`` is narrowed to the branch whose ``const`` matches the answer (``artworkType``), so a
difference inside an artwork is named by its own path instead of "matches no branch".
"""

from __future__ import annotations

import copy
import functools
import json
from collections.abc import Iterator, Mapping
from dataclasses import asdict, dataclass
from typing import Any

from ._rules import Operation, Spec

__all__ = ["AnswerChecker", "Drift", "answer_drift", "strict_document"]

_DIALECT = "https://json-schema.org/draft/2020-12/schema"
_KINDS = {
    "unevaluatedProperties": "unknown field",
    "additionalProperties": "unknown field",
    "enum": "new enum value",
    "const": "new value",
    "required": "missing required field",
    "type": "wrong type",
}


@dataclass(frozen=True)
class Drift:
    """One difference between a server and the spec.

    Attributes:
        operation: the operationId (``METHOD /path`` when the spec has no such operation).
        kind: ``unlisted status``, ``unknown field``, ``new enum value``, ``missing required field``,
            ``wrong type``, ``rule not enforced``, ``mock addition`` or another JSON Schema keyword.
        where: the place in the answer (``/data/0/status``) or request.
        schema_path: the place in the spec (``#/components/schemas/QuantumArtwork/properties/status``).
        detail: what was seen.
        severity: ``error`` (a client can break) or ``warning`` (additive: an unknown field).
    """

    operation: str
    kind: str
    where: str
    schema_path: str
    detail: str
    severity: str = "error"

    def to_dict(self) -> dict[str, str]:
        """The drift as JSON-ready data."""
        return asdict(self)


def _referenced_from_all_of(document: Mapping[str, Any]) -> set[str]:
    """Components used as parts of an ``allOf`` (strictness belongs on the whole, not on a part)."""
    parts: set[str] = set()

    def walk(node: Any) -> None:
        if isinstance(node, dict):
            for item in node.get("allOf", ()):
                if isinstance(item, dict) and "$ref" in item:
                    parts.add(str(item["$ref"]))
            for value in node.values():
                walk(value)
        elif isinstance(node, list):
            for value in node:
                walk(value)

    walk(document)
    return parts


def strict_document(document: Mapping[str, Any]) -> dict[str, Any]:
    """A copy of the spec in which every object schema with ``properties`` refuses fields it does not list."""
    strict: dict[str, Any] = copy.deepcopy(dict(document))
    parts = _referenced_from_all_of(document)

    def walk(node: Any, *, in_part: bool) -> None:
        if isinstance(node, dict):
            if "properties" in node and not in_part and "additionalProperties" not in node:
                node.setdefault("unevaluatedProperties", False)
            for key, value in node.items():
                if key == "allOf":
                    for item in value:
                        walk(item, in_part=True)
                elif key != "examples":
                    walk(value, in_part=False)
        elif isinstance(node, list):
            for value in node:
                walk(value, in_part=False)

    for name, schema in strict.get("components", {}).get("schemas", {}).items():
        walk(schema, in_part=f"#/components/schemas/{name}" in parts)
    return strict


@functools.lru_cache(maxsize=512)
def _validator(schema_json: str, components_json: str) -> Any:
    import jsonschema_rs

    root = {"$schema": _DIALECT, **json.loads(schema_json), "components": json.loads(components_json)}
    return jsonschema_rs.validator_for(root, validate_formats=True)


class AnswerChecker:
    """Checks answers against a spec (made strict once)."""

    def __init__(self, spec: Spec) -> None:
        self.spec = spec
        self.strict = Spec(strict_document(spec.document))
        self.components = json.dumps(self.strict.document.get("components", {}), sort_keys=True)
        self.mock_additions = _mock_additions(spec.document)

    def answer_drift(self, operation: Operation, status: int, body: Any) -> list[Drift]:
        """Every difference between an answer (status, parsed JSON body or None) and the spec."""
        responses: Mapping[str, Any] = operation.raw.get("responses", {})
        documented = next((key for key in (str(status), f"{status // 100}XX", "default") if key in responses), None)
        if documented is None:
            listed = ", ".join(sorted(responses))
            return [Drift(operation.operation_id, "unlisted status", "status", f"#/paths/{_escape(operation.path)}/"
                          f"{operation.method.lower()}/responses", f"{status} (the spec lists {listed})")]  # fmt: skip
        answer = self.strict.resolve(responses[documented])
        node = answer.get("content", {}).get("application/json", {}).get("schema")
        if node is None or body is None:
            return []
        base = f"#/paths/{_escape(operation.path)}/{operation.method.lower()}/responses/{documented}"
        return list(self._check(operation.operation_id, node, body, "", base))

    def _check(
        self, operation_id: str, node: Mapping[str, Any], instance: Any, where: str, base: str
    ) -> Iterator[Drift]:
        schema = self.strict.resolve(node)
        schema_base = str(node["$ref"]) if "$ref" in node else base
        branches = schema.get("oneOf") or schema.get("anyOf")
        if branches and isinstance(instance, str | int) and not isinstance(instance, bool):
            known = [value for branch in branches for value in self.strict.resolve(branch).get("enum", ())]
            if known and instance not in known:  # an open enum ("... or a value this spec does not know yet")
                yield Drift(operation_id, "new enum value", where or "/", schema_base,
                            f"{instance!r} is not one of {known}", "warning")  # fmt: skip
        if branches and isinstance(instance, Mapping):
            chosen = self._branch(branches, instance)
            if chosen is not None:
                yield from self._check(operation_id, chosen, instance, where, base)
                return
        schema = dict(schema)
        properties = schema.get("properties")
        if isinstance(instance, Mapping) and isinstance(properties, Mapping):
            narrowed: dict[str, Any] = {}
            for name, child in properties.items():
                if name in instance and self._branching(child):
                    narrowed[name] = {}
                    yield from self._check(operation_id, child, instance[name], f"{where}/{name}",
                                           f"{schema_base}/properties/{name}")  # fmt: skip
            schema["properties"] = {**properties, **narrowed}
        items = schema.get("items")
        if isinstance(instance, list) and isinstance(items, Mapping) and self._branching(items):
            for index, item in enumerate(instance):
                yield from self._check(operation_id, items, item, f"{where}/{index}", f"{schema_base}/items")
            schema["items"] = {}
        validator = _validator(json.dumps(schema, sort_keys=True), self.components)
        for error in validator.iter_errors(instance):
            yield from self._drift(operation_id, error, where, schema_base)

    def _branching(self, node: Mapping[str, Any]) -> bool:
        """Whether a schema (or the items of an array schema) is a ``oneOf``/``anyOf`` worth narrowing."""
        schema = self.strict.resolve(node)
        if "oneOf" in schema or "anyOf" in schema:
            return True
        items = schema.get("items")
        return isinstance(items, Mapping) and self._branching(items)

    def _branch(self, branches: list[Any], instance: Mapping[str, Any]) -> Any:
        """The branch whose ``const`` properties all match ``instance`` (None if none or several)."""
        matching = []
        for branch in branches:
            properties = self.strict.resolve(branch).get("properties", {})
            consts = {key: self.strict.resolve(value)["const"] for key, value in properties.items()
                      if "const" in self.strict.resolve(value)}  # fmt: skip
            if consts and all(instance.get(key) == value for key, value in consts.items()):
                matching.append(branch)
        return matching[0] if len(matching) == 1 else None

    def _drift(self, operation_id: str, error: Any, where: str, schema_base: str) -> Iterator[Drift]:
        keyword: str = error.kind.name
        path = where + "".join(f"/{part}" for part in error.instance_path)
        schema_path = schema_base + "".join(f"/{part}" for part in error.schema_path)
        kind = _KINDS.get(keyword, keyword)
        if keyword in ("unevaluatedProperties", "additionalProperties"):
            details = error.kind.as_dict()
            names = details.get("unexpected") or details.get("unevaluated") or []
            for name in names:
                if name in self.mock_additions:
                    yield Drift(operation_id, "mock addition", f"{path}/{name}", "x-mock-adds",
                                f"{name!r}: {self.mock_additions[name]}", "warning")  # fmt: skip
                else:
                    yield Drift(operation_id, kind, f"{path}/{name}", schema_path, f"{name!r} is not in the spec",
                                "warning")  # fmt: skip
            return
        message = error.message if len(error.message) <= 300 else error.message[:297] + "..."
        yield Drift(operation_id, kind, path or "/", schema_path, message)


def _mock_additions(document: Mapping[str, Any]) -> dict[str, str]:
    """Fields the mock adds to answers (``x-mock-adds`` on any schema): reported, never as a failure."""
    found: dict[str, str] = {}

    def walk(node: Any) -> None:
        if isinstance(node, dict):
            found.update(node.get("x-mock-adds", {}))
            for value in node.values():
                walk(value)
        elif isinstance(node, list):
            for value in node:
                walk(value)

    walk(document.get("components", {}))
    return found


def _escape(path: str) -> str:
    return path.replace("~", "~0").replace("/", "~1")


def answer_drift(spec: Spec, operation: Operation, status: int, body: Any) -> list[Drift]:
    """Every difference between one answer and the spec (see `AnswerChecker`)."""
    return AnswerChecker(spec).answer_drift(operation, status, body)
