"""Helpers of the batch tests: a served mock with short tasks, and what it recorded."""

from __future__ import annotations

import collections
from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any

from tengrai.mock import Durations, Faults, MockConfig, MockServer, RateLimit
from tests.paths import LIST

FAST = Durations(starting=0.05, processing=0.15)
"""Tasks of the batch tests end 0.2 s after creation."""


@contextmanager
def served_mock(
    *, rate_limit: RateLimit | None = None, faults: Faults | None = None, failure_rate: float = 0.0
) -> Iterator[MockServer]:
    """A mock on loopback with fast tasks that records every request."""
    config = MockConfig(
        default_durations=FAST,
        rate_limit=rate_limit,
        faults=faults or Faults(),
        failure_rate=failure_rate,
        max_recorded_requests=100_000,
        seed=None,
    )
    with MockServer(config) as server:
        yield server


def request_counts(server: MockServer) -> collections.Counter[str]:
    """Recorded requests by kind: ``create``, ``list``, ``get``, ``file`` (each also with ``:<status>``)."""
    counts: collections.Counter[str] = collections.Counter()
    for request in server.state.requests:
        if request.method == "POST":
            kind = "create"
        elif request.path == LIST:
            kind = "list"
        elif "/files/" in request.path:
            kind = "file"
        else:
            kind = "get"
        counts[kind] += 1
        counts[f"{kind}:{request.status_code}"] += 1
    return counts


def quantum(count: int, **extra: Any) -> list[dict[str, Any]]:
    """``count`` distinct Quantum requests keyed ``k0``, ``k1``, ..."""
    return [
        {"operation": "quantum", "prompt": f"a lighthouse, study {n}", "key": f"k{n}", **extra} for n in range(count)
    ]
