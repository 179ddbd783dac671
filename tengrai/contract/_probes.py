"""Requests that break one documented ``x-`` rule each, which a server must refuse (free: nothing is created).

Schemathesis cannot generate them (the rules are not JSON Schema), so the checker sends them itself: per create
operation, its spec example with the pixel area over ``x-max-pixel-area`` (width and height within their own
ranges), and with a webhook on a loopback address (``x-webhook-policy: https-public-host``). Rules labelled
``x-sdk-own`` are not probed: no page says a server must refuse them.
"""

from __future__ import annotations

import math
from collections.abc import Iterator
from typing import Any

import httpx

from ._drift import Drift
from ._rules import Operation, Spec

__all__ = ["probe_bodies", "send_probes"]

_LOOPBACK_HOOK = "https://127.0.0.1/tengrai-contract-probe"


def _over_area(spec: Spec, operation: Operation, base: dict[str, Any]) -> dict[str, Any] | None:
    properties = spec.request_schema(operation).get("properties", {})
    if "width" not in properties or "height" not in properties:
        return None
    area = spec.max_pixel_area(operation, base)
    width, height = spec.resolve(properties["width"]), spec.resolve(properties["height"])
    if area is None or "maximum" not in width or "maximum" not in height:
        return None
    side = min(int(width["maximum"]), int(height["maximum"]))
    if side * side <= area:
        return None
    low = max(int(width.get("minimum", 1)), math.isqrt(area) + 1)
    side = min(side, low + (-low % 64))  # a round size just over the limit
    return {**base, "width": side, "height": side}


def probe_bodies(spec: Spec) -> Iterator[tuple[Operation, str, dict[str, Any]]]:
    """``(operation, rule, body)`` for each probe; every body is one the spec says must be refused."""
    for operation in spec.by_id.values():
        if not operation.creates:
            continue
        examples = spec.request_schema(operation).get("examples") or [{}]
        base = {key: value for key, value in examples[0].items() if key not in ("width", "height")}
        candidates = [("x-max-pixel-area", _over_area(spec, operation, base))]
        if spec.webhook_fields(operation, documented=True):
            name = spec.webhook_fields(operation, documented=True)[0]
            candidates.append(("x-webhook-policy", {**base, name: _LOOPBACK_HOOK}))
        for rule, body in candidates:
            if body is not None and spec.refusal(operation, body) is not None:
                yield operation, rule, body


def send_probes(spec: Spec, client: httpx.Client) -> tuple[list[Drift], list[dict[str, Any]]]:
    """Send every probe; returns the rules not enforced (as `Drift`) and what the server created anyway."""
    drift: list[Drift] = []
    created: list[dict[str, Any]] = []
    for operation, rule, body in probe_bodies(spec):
        answer = client.request(operation.method, operation.path, json=body)
        if 200 <= answer.status_code < 300:
            try:
                artwork_id = answer.json().get("id")
            except (ValueError, AttributeError):
                artwork_id = None
            detail = f"{spec.refusal(operation, body)} (accepted with {answer.status_code}, artwork {artwork_id})"
            drift.append(Drift(operation.operation_id, "rule not enforced", "request", rule, detail))
            created.append({"operation": operation.operation_id, "id": artwork_id})
    return drift, created
