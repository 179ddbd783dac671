"""Canned answers taken from the mock server, so benchmark payloads are real artworks and not hand-typed JSON."""

from __future__ import annotations

import functools
import json
from typing import Any

import httpx

from tengrai.mock import _openapi as _spec

BASE_URL = "http://tengrai.bench.invalid"
"""Base URL of the in-process benchmarks (never resolved: the transports answer)."""


def operation_path(operation_id: str) -> str:
    """The path template of an operation, from the spec."""
    _, path, _ = _spec.operation(operation_id)
    return path


@functools.cache
def terminal_statuses() -> frozenset[str]:
    """The V2 statuses after which an artwork no longer changes (the spec's ``x-terminal``)."""
    terminal = _spec.extension(_spec.component("ArtworkStatus"), "terminal")
    if not terminal:
        raise RuntimeError("the spec's ArtworkStatus has no x-terminal extension")
    return frozenset(terminal)


@functools.cache
def canned_artwork() -> tuple[str, bytes, str]:
    """(artwork id, JSON body, API key) of a succeeded quantum artwork, produced by the in-process mock."""
    from tengrai.mock import TEST_API_KEY, ManualClock, MockConfig, SyncASGITransport, create_app

    app = create_app(MockConfig(clock=ManualClock()))
    transport = SyncASGITransport(app)
    try:
        with httpx.Client(
            transport=transport, base_url=BASE_URL, headers={"Authorization": f"Bearer {TEST_API_KEY}"}
        ) as http:
            created = http.post(operation_path("create_quantum_artwork"), json={"prompt": "a lighthouse at dusk"})
            created.raise_for_status()
            artwork_id = created.json()["id"]
            app.state.mock.finish_all()
            answer = http.get(operation_path("get_artwork").replace("{id}", artwork_id))
            answer.raise_for_status()
    finally:
        transport.close()
        app.state.mock.close()
    data: dict[str, Any] = json.loads(answer.content)
    if data["status"] not in terminal_statuses() or not data["results"]:
        raise RuntimeError(f"the mock did not finish the canned artwork: {data!r}")
    return artwork_id, answer.content, TEST_API_KEY
