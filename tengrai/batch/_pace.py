"""The pace of a batch's requests: the AIMD window of creates in flight, and the pacer that learns a rate limit."""

from __future__ import annotations

import math
from collections.abc import Callable

__all__ = ["Pacer", "Window"]


class Window:
    """AIMD concurrency: +1 per answer up to the first 429 (slow start), then +1/size; halved on a 429."""

    def __init__(self, limit: int) -> None:
        self.limit = limit
        self.size = float(min(limit, 4))
        self.threshold = float(limit)

    def grow(self) -> None:
        step = 1.0 if self.size < self.threshold else 1.0 / self.size
        self.size = min(float(self.limit), self.size + step)

    def cut(self) -> None:
        self.size = max(1.0, self.size / 2)
        self.threshold = self.size

    @property
    def slots(self) -> int:
        return max(1, int(self.size))


class Pacer:
    """Spaces requests once a rate limit has been hit, so that the limit is met without waiting out 429s.

    A 429's ``Retry-After`` is honoured in full, but whole seconds round the real wait up, so every 429 of a batch
    sending near the limit costs most of a second. After the first 429 the pacer estimates the limit: the requests
    answered since the window began, over the window's length. That length is taken to be a whole number of
    seconds (limits are set per second or per minute): the one whole number in ``(t + r - 1, t + r]`` for a 429
    ``t`` seconds into the window asking to wait ``r`` whole seconds. From then on it sends at `HEADROOM` of the
    estimate, growing the rate by `GROWTH` per second (a freed limit is found again, slowly) and cutting it by
    `CUT` at every further 429.
    """

    HEADROOM = 0.97
    GROWTH = 1.001
    CUT = 0.95

    def __init__(self) -> None:
        self.rate: float | None = None
        self._next = 0.0
        self._grown_at = 0.0
        self._window_start: float | None = None
        self._answered = 0

    async def take(self, clock: Callable[[], float]) -> None:
        """Wait for this request's slot (at once while no limit is known)."""
        if self.rate is None:
            return
        import anyio

        now = clock()
        if now - self._grown_at >= 1.0:
            self.rate *= self.GROWTH
            self._grown_at = now
        slot = max(now, self._next)
        self._next = slot + 1.0 / self.rate
        if slot > now:
            await anyio.sleep(slot - now)

    def answered(self, now: float) -> None:
        """Count an answer below 400 (a request the limit let through)."""
        if self._window_start is None:
            self._window_start = now
        self._answered += 1

    def limited(self, now: float, retry_after: float | None) -> None:
        """The first 429 of a pause: estimate the limit or cut the rate."""
        start = self._window_start if self._window_start is not None else now
        if self.rate is None and self._answered:
            wait = retry_after if retry_after is not None and retry_after > 0 else 1.0
            window = max(wait, float(math.floor(now - start + wait)))
            self.rate = self.HEADROOM * self._answered / window
            self._grown_at = now
        elif self.rate is not None:
            self.rate *= self.CUT
        self._window_start = None
        self._answered = 0
