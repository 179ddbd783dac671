"""The contract checker's own reading of the spec: which requests the API must accept, refuse, or would bill.

This is the third, independent reading of the spec's ``x-`` rules (the SDK validates with its own, the mock serves
with its own): the contract suite judges both, so its oracle must be neither. It needs only the rules that decide a
case's fate:

* `fit` makes a schema-valid create body satisfy the rules JSON Schema cannot express, so a correct server accepts
  it: ``x-webhook-policy`` (the webhook becomes a public HTTPS URL) and ``x-max-pixel-area`` (the height shrinks).
* `refusal` says why the spec requires a server to refuse a body (a documented schema rule, or an ``x-`` rule
  broken beyond doubt), or None. Rules the spec marks ``x-sdk-own`` (the SDK's reading, stated by no page) are
  left out: a server may accept what only the SDK refuses.
"""

from __future__ import annotations

import copy
import functools
import importlib.util
import ipaddress
import itertools
import json
import os
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any
from urllib.parse import urlsplit

__all__ = ["ENV", "Operation", "Spec", "load_spec", "loopback"]

ENV = "TENGRAI_CONTRACT"
"""The environment variable that configures `tengrai.contract.hooks` (JSON)."""

JSON = dict[str, Any]
_DIALECT = "https://json-schema.org/draft/2020-12/schema"
_PUBLIC_HOOK = "https://hooks.example.com/tengrai-contract/{}"
_METHODS = ("get", "post", "put", "patch", "delete")
_hook_numbers = itertools.count(1)
_TOLERATED = frozenset({"additionalProperties", "unevaluatedProperties"})
"""Violations a server may well let pass (unknown fields): never taken as proof that a create is refused."""


def _shipped_spec() -> JSON:
    """The spec the installed SDK was generated from (``tengrai_api/openapi.json``)."""
    found = importlib.util.find_spec("tengrai_api")
    if found is None or found.loader is None or not found.submodule_search_locations:
        raise RuntimeError("the spec (tengrai_api/openapi.json) is not installed")
    path = os.path.join(next(iter(found.submodule_search_locations)), "openapi.json")
    loaded: JSON = json.loads(found.loader.get_data(path))  # type: ignore[attr-defined]
    return loaded


def _without_sdk_own(node: Any, document: Mapping[str, Any]) -> Any:
    """A copy of a spec node with every keyword its ``x-sdk-own`` lists removed (the documented rules only); a label
    beside a ``$ref`` applies to the schema it refers to, which is then copied in place."""
    if isinstance(node, list):
        return [_without_sdk_own(item, document) for item in node]
    if not isinstance(node, dict):
        return node
    own = set(node.get("x-sdk-own", ()))
    if own and "$ref" in node:
        target: Any = document
        for part in str(node["$ref"]).removeprefix("#/").split("/"):
            target = target[part]
        node = {**target, **{key: value for key, value in node.items() if key != "$ref"}}
    return {key: _without_sdk_own(value, document) for key, value in node.items() if key not in own}


@dataclass(frozen=True)
class Operation:
    """One operation of the spec, as the contract checker needs it."""

    operation_id: str
    method: str
    path: str
    raw: Mapping[str, Any]

    @property
    def creates(self) -> bool:
        """Whether it is billable work: it answers 202 (a task), or it is ``x-synchronous`` (a V1 create, a Style
        DNA asset, Textcraft: the finished result in the answer)."""
        return "202" in self.raw.get("responses", {}) or self.raw.get("x-synchronous") is True

    @property
    def admin(self) -> bool:
        """Whether it changes something other than a task: a write that is not a create (minting, revoking keys,
        rotating the webhook secret; also any such operation the spec gains later)."""
        return self.method != "GET" and not self.creates


class Spec:
    """An OpenAPI document with the look-ups and validators of the contract checker."""

    def __init__(self, document: Mapping[str, Any]) -> None:
        self.document: JSON = copy.deepcopy(dict(document))
        self.documented: JSON = _without_sdk_own(self.document, self.document)
        self.operations = {
            (method.upper(), path): Operation(op["operationId"], method.upper(), path, op)
            for path, item in self.document.get("paths", {}).items()
            for method, op in item.items()
            if method in _METHODS
        }
        self.by_id = {op.operation_id: op for op in self.operations.values()}

    def resolve(self, node: Mapping[str, Any], document: Mapping[str, Any] | None = None) -> JSON:
        """Follow local ``$ref``s; keywords beside a ``$ref`` win."""
        result: JSON = dict(node)
        while "$ref" in result:
            target: Any = document if document is not None else self.document
            for part in str(result.pop("$ref")).removeprefix("#/").split("/"):
                target = target[part]
            result = {**target, **result}
        return result

    def operation(self, method: str, path: str) -> Operation | None:
        """The operation of ``method`` on a templated ``path``."""
        return self.operations.get((method.upper(), path))

    def request_schema(self, operation: Operation, *, documented: bool = False) -> JSON:
        """The resolved JSON request-body schema (``documented``: without the ``x-sdk-own`` rules)."""
        document = self.documented if documented else self.document
        raw = document["paths"][operation.path][operation.method.lower()]
        content = raw.get("requestBody", {}).get("content", {})
        if "application/json" not in content:
            return {}
        return self.resolve(content["application/json"].get("schema", {}), document)

    def schema_errors(
        self, operation: Operation, body: Any, *, documented: bool = False, ignore: frozenset[str] = frozenset()
    ) -> list[str]:
        """The JSON Schema rules ``body`` breaks, as ``field: message`` lines (keywords in ``ignore`` left out)."""
        schema = self.request_schema(operation, documented=documented)
        if not schema:
            return []
        document = self.documented if documented else self.document
        validator = _validator(json.dumps(schema, sort_keys=True), json.dumps(document["components"]))
        return [
            f"{'.'.join(map(str, error.instance_path)) or 'body'}: {error.message}"
            for error in validator.iter_errors(body)
            if error.kind.name not in ignore
        ]

    # ------------------------------------------------------------------ the x- rules

    def max_pixel_area(self, operation: Operation, body: Mapping[str, Any]) -> int | None:
        """The largest width x height for ``body`` (``x-max-pixel-area``, larger with ``x-max-pixel-area-with``)."""
        schema = self.request_schema(operation)
        area: int | None = schema.get("x-max-pixel-area")
        for flag, larger in schema.get("x-max-pixel-area-with", {}).items():
            if body.get(flag) is True and (area is None or larger > area):
                area = int(larger)
        return area

    def webhook_fields(self, operation: Operation, *, documented: bool = False) -> list[str]:
        """The request fields that carry an ``x-webhook-policy`` (``documented``: not labelled ``x-sdk-own``)."""
        document = self.documented if documented else self.document
        properties = self.request_schema(operation, documented=documented).get("properties", {})
        return [name for name, node in properties.items() if "x-webhook-policy" in self.resolve(node, document)]

    def extension_refusal(self, operation: Operation, body: Mapping[str, Any]) -> str | None:
        """The ``x-`` rule ``body`` breaks beyond doubt (None when it breaks none, or only maybe)."""
        area, size = self.max_pixel_area(operation, body), _size(body)
        if area and size is not None and size[0] * size[1] > area:
            return f"x-max-pixel-area: width x height = {size[0] * size[1]:g} exceeds {area}"
        for name in self.webhook_fields(operation, documented=True):
            value = body.get(name)
            if isinstance(value, str) and _surely_not_public_https(value):
                return f"x-webhook-policy: {name} {value!r} is not HTTPS to a public host"
        return None

    def refusal(self, operation: Operation, body: Any) -> str | None:
        """Why the spec says a server must refuse this create body (documented rules only), or None.

        An unknown field alone does not count: many servers ignore fields they do not know, so such a body could
        still create (and bill) a task.
        """
        errors = self.schema_errors(operation, body, documented=True, ignore=_TOLERATED)
        if errors:
            return errors[0]
        return self.extension_refusal(operation, body) if isinstance(body, Mapping) else None

    def fit(self, operation: Operation, body: Any) -> Any:
        """A schema-valid create body adjusted so that it also keeps the ``x-`` rules; other bodies unchanged."""
        if not isinstance(body, dict) or self.schema_errors(operation, body):
            return body
        fitted = dict(body)
        for name in self.webhook_fields(operation):
            if name in fitted:
                fitted[name] = _PUBLIC_HOOK.format(next(_hook_numbers))
        area, size = self.max_pixel_area(operation, fitted), _size(fitted)
        if area and size is not None and size[0] * size[1] > area:
            fitted["height"] = int(area // size[0])
            if self.schema_errors(operation, fitted):
                fitted["width"] = fitted["height"] = 1024
        return fitted


def loopback(url: str) -> bool:
    """Whether a base URL is on this machine (``localhost`` or a loopback address): the only local servers."""
    host = (urlsplit(url).hostname or "").lower()
    if host == "localhost" or host.endswith(".localhost"):
        return True
    try:
        return ipaddress.ip_address(host).is_loopback
    except ValueError:
        return False


def _size(body: Mapping[str, Any]) -> tuple[float, float] | None:
    """``(width, height)`` when both are JSON numbers (positive), else None."""
    width, height = body.get("width"), body.get("height")
    numbers = [value for value in (width, height) if isinstance(value, int | float) and not isinstance(value, bool)]
    if len(numbers) != 2 or min(numbers) <= 0:
        return None
    return float(numbers[0]), float(numbers[1])


def _surely_not_public_https(url: str) -> bool:
    """Whether a webhook URL breaks ``https-public-host`` without any doubt: not https, no host, a loopback or
    private address literal, or ``localhost``. Names that only might be private are given the benefit of doubt."""
    try:
        parts = urlsplit(url)
        host = parts.hostname
    except ValueError:
        return True
    if parts.scheme.lower() != "https" or not host:
        return True
    if host == "localhost" or host.endswith(".localhost"):
        return True
    try:
        address = ipaddress.ip_address(host)
    except ValueError:
        return False
    return not address.is_global


@functools.lru_cache(maxsize=256)
def _validator(schema_json: str, components_json: str) -> Any:
    import jsonschema_rs

    root = {"$schema": _DIALECT, **json.loads(schema_json), "components": json.loads(components_json)}
    return jsonschema_rs.validator_for(root, validate_formats=True)


@functools.cache
def _cached_spec() -> Spec:
    return Spec(_shipped_spec())


def load_spec(path: str | os.PathLike[str] | None = None) -> Spec:
    """The `Spec` of an OpenAPI file (JSON or YAML), or of the spec the installed SDK was generated from."""
    if path is None:
        return _cached_spec()
    text = open(path, encoding="utf-8").read()  # noqa: SIM115 - read at once
    if str(path).endswith((".yaml", ".yml")):
        import yaml

        return Spec(yaml.safe_load(text))
    return Spec(json.loads(text))
