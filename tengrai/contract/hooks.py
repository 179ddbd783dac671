"""Schemathesis hooks that teach a run the spec's ``x-`` rules and keep it from billing: load them in your own run
with ``SCHEMATHESIS_HOOKS=tengrai.contract.hooks schemathesis run ...`` (``tengrai contract`` does this for you).

Registered on import (Schemathesis' global hooks):

* ``filter_case``: a schema-valid create body is fitted to the rules JSON Schema cannot express (webhook host,
  pixel area), so a correct server yields no "schema-valid request rejected"; path parameters that would spell
  another operation's literal path (``/v2/artworks/segmentation`` for ``get_artwork``) are changed. Against a
  non-local server, a create that could succeed (one the spec does not say must be refused) is dropped unless the
  paid budget allows it.
* ``before_call``: the last guard before anything is sent: such a create beyond the budget, or an admin operation
  (minting, revoking keys, rotating the webhook secret) not named explicitly, is never sent.
* ``after_call``: every answer is compared with the spec (`tengrai.contract.Drift`), a create the spec says must be
  refused that was accepted is reported as a rule the server does not enforce, and every billable create is
  recorded with its id.

Configuration comes from the ``TENGRAI_CONTRACT`` environment variable (JSON: ``allow_paid``, ``remote`` (true,
false, or absent to decide by the base URL: only loopback is local), ``admin`` (operationIds allowed),
``events`` (a file the findings are appended to as JSON lines), ``spec`` (the spec file, default the installed
one)). Without it: no paid creates, no admin operations, findings kept in `FINDINGS`.
"""

from __future__ import annotations

import json
import os
import threading
from typing import Any

import schemathesis

from ._drift import AnswerChecker
from ._rules import ENV, Operation, Spec, load_spec, loopback

__all__ = ["FINDINGS", "Guard", "HeldBack", "after_call", "before_call", "filter_case"]

FINDINGS: list[dict[str, Any]] = []
"""Findings of this process when no ``events`` file is configured (JSON-ready dicts)."""


class Guard:
    """What may be sent, and the findings of the run (one per process; thread-safe)."""

    def __init__(self, settings: dict[str, Any]) -> None:
        self.allow_paid = int(settings.get("allow_paid", 0))
        self.remote: bool | None = settings.get("remote")
        self.admin = frozenset(settings.get("admin", ()))
        self.events: str | None = settings.get("events")
        self.spec: Spec = load_spec(settings.get("spec"))
        self.checker = AnswerChecker(self.spec)
        self.paid_sent = 0
        self.lock = threading.Lock()
        self.verdicts: dict[int, str | None] = {}

    def is_remote(self, case: Any) -> bool:
        """Whether the case goes to a non-local server (where creates can bill)."""
        if self.remote is not None:
            return self.remote
        return not loopback(case.operation.schema.get_base_url())

    def operation(self, case: Any) -> Operation | None:
        return self.spec.operation(case.method, case.path)

    def billable(self, case: Any, operation: Operation) -> bool:
        """Whether sending the case could create a paid task (the spec does not say it must be refused)."""
        if not operation.creates:
            return False
        return self.spec.refusal(operation, _body(case)) is None

    def record(self, finding: dict[str, Any]) -> None:
        with self.lock:
            if self.events is None:
                FINDINGS.append(finding)
                return
            with open(self.events, "a", encoding="utf-8") as stream:
                stream.write(json.dumps(finding) + "\n")


def _body(case: Any) -> Any:
    body = case.body
    return body if isinstance(body, dict | list | str | int | float | bool) or body is None else None


_guard: Guard | None = None


def guard() -> Guard:
    """The process's `Guard`, made from ``TENGRAI_CONTRACT`` on first use."""
    global _guard
    if _guard is None:
        _guard = Guard(json.loads(os.environ.get(ENV) or "{}"))
    return _guard


def _avoid_literal_paths(spec: Spec, case: Any) -> None:
    parameters = dict(case.path_parameters or {})
    concrete = case.path
    for name, value in parameters.items():
        concrete = concrete.replace("{" + name + "}", str(value))
    if concrete != case.path and concrete in spec.document.get("paths", {}):
        case.path_parameters = {k: f"{v}-0" if isinstance(v, str) else v for k, v in parameters.items()}


@schemathesis.hook
def filter_case(context: Any, case: Any) -> bool:
    """Fit create bodies to the ``x-`` rules, avoid literal paths, drop creates the budget does not allow."""
    current = guard()
    operation = current.operation(case)
    if operation is None:
        return True
    if case.path_parameters:
        _avoid_literal_paths(current.spec, case)
    if operation.creates and isinstance(case.body, dict):
        case.body = current.spec.fit(operation, case.body)
    if not current.is_remote(case):
        return True
    if operation.admin and operation.operation_id not in current.admin:
        return False
    return not (current.billable(case, operation) and current.paid_sent >= current.allow_paid)


class HeldBack(Exception):
    """A request the guard kept from a non-local server (a billable create beyond the budget, an admin operation
    nobody named). Raised instead of sending it."""


@schemathesis.hook
def before_call(context: Any, case: Any, kwargs: dict[str, Any]) -> None:
    """Never send a billable create beyond the budget, nor an admin operation nobody named, to a remote server."""
    current = guard()
    operation = current.operation(case)
    if operation is None or (not operation.creates and not operation.admin):
        return
    refusal = current.spec.refusal(operation, _body(case)) if operation.creates else None
    if not current.is_remote(case):
        current.verdicts[id(case)] = refusal
        return
    if operation.admin and operation.operation_id not in current.admin:
        current.record({"type": "held", "operation": operation.operation_id, "reason": "admin operation"})
        raise HeldBack(f"tengrai contract: {operation.operation_id} is an admin operation; name it to send it")
    if operation.creates and refusal is None:
        with current.lock:
            allowed = current.paid_sent < current.allow_paid
            if allowed:
                current.paid_sent += 1
        if not allowed:
            current.record({"type": "held", "operation": operation.operation_id, "reason": "paid create"})
            raise HeldBack(f"tengrai contract: a create of {operation.operation_id} that could bill, beyond the budget")
    current.verdicts[id(case)] = refusal  # read (and dropped) by after_call once the answer is in


@schemathesis.hook
def after_call(context: Any, case: Any, response: Any) -> None:
    """Compare the answer with the spec; report unenforced rules and billable creates."""
    current = guard()
    refusal = current.verdicts.pop(id(case), None)
    operation = current.operation(case)
    if operation is None:
        return
    try:
        body = response.json()
    except Exception:  # not JSON: only the status is compared
        body = None
    for drift in current.checker.answer_drift(operation, response.status_code, body):
        current.record({"type": "drift", **drift.to_dict()})
    if not operation.creates or not 200 <= response.status_code < 300:
        return
    created = body.get("id") if isinstance(body, dict) else None
    if refusal is not None:
        current.record({"type": "drift", "operation": operation.operation_id, "kind": "rule not enforced",
                        "where": "request", "schema_path": "", "severity": "error",
                        "detail": f"{refusal} (accepted, artwork {created})"})  # fmt: skip
    current.record({"type": "created", "operation": operation.operation_id, "id": created, "paid": refusal is None})
