"""`FaultyEdge`: an ASGI layer in front of the mock that adds the faults the mock itself does not inject.

The mock injects 5xx answers and dropped connections (`tengrai.mock.Faults`) but its added latency is constant
and its 429s come only from a per-key rate limit. A soak wants both at random: this layer answers a share of
requests with 429 and a ``Retry-After`` header before they reach the mock (nothing is processed), and delays
every other request by a random amount.
"""

from __future__ import annotations

import asyncio
import random
import threading
from typing import Any

from tengrai.mock._app import error_response

Scope = dict[str, Any]


class FaultyEdge:
    """Wraps the mock app. ``state`` is the wrapped app's, so `MockServer(app=edge).state` is the mock's state."""

    def __init__(
        self, app: Any, *, throttle_rate: float, retry_after: int, max_latency: float, seed: int | None = None
    ) -> None:
        self.app = app
        self.state = app.state
        self.throttle_rate = throttle_rate
        self.retry_after = retry_after
        self.max_latency = max_latency
        self._rng = random.Random(seed)
        self._lock = threading.Lock()
        self.throttled = 0
        """How many requests this layer answered with 429."""

    def _roll(self) -> tuple[bool, float]:
        with self._lock:
            throttle = self._rng.random() < self.throttle_rate
            if throttle:
                self.throttled += 1
            return throttle, self._rng.uniform(0.0, self.max_latency)

    async def __call__(self, scope: Scope, receive: Any, send: Any) -> None:
        """Answer 429 to a share of requests; delay and forward the others."""
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        throttle, latency = self._roll()
        if throttle:
            response = error_response(
                429, "Too many requests (injected by the soak)", {"Retry-After": str(self.retry_after)}
            )
            await response(scope, receive, send)
            return
        if latency:
            await asyncio.sleep(latency)
        await self.app(scope, receive, send)
