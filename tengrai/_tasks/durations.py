"""What a client has learnt about task durations (`DurationStats`), and poll spacing from the learnt distribution:
the fewest polls for a given mean detection latency.

With a task's duration distribution known (density ``f``, survival ``S``, hazard ``h = f / S``), polling at a
density ``rho(t)`` costs about ``integral S(t) rho(t) dt`` polls and ``integral f(t) / (2 rho(t)) dt`` of mean
detection latency. Minimising polls for a given latency gives ``rho`` proportional to ``sqrt(h)``: polls are
placed where the cumulative ``integral sqrt(h(u)) du`` crosses multiples of a step ``c``, and ``c`` follows
from the target latency, ``L = (c / 2) * integral sqrt(f(t) S(t)) dt``.

The distribution is a lognormal fitted to the durations seen (the log-durations' mean and standard deviation):
task durations are positive and right-skewed, and two numbers are enough to learn from a few dozen tasks. From
the very first duration seen it is used as a prediction, not as a point estimate: the spread is pulled toward a
wide prior (`PRIOR_SIGMA`, worth `PRIOR_WEIGHT` durations) and widened for the uncertainty of the mean, so with
few durations the polls start earlier and spread wider, and with many the fit is the plain one.
"""

from __future__ import annotations

import functools
import math
import statistics
import threading
from collections import OrderedDict
from collections.abc import Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from ..types import Artwork

__all__ = [
    "FIRST_WAIT_LATENCY",
    "MIN_SAMPLES",
    "PRIOR_SIGMA",
    "PRIOR_WEIGHT",
    "TARGET_LATENCY",
    "DurationStats",
    "LognormalHazard",
]

TARGET_LATENCY = 0.225
"""Mean seconds between a task ending and the poll that sees it, aimed at once the client has watched a task of
the type end (a fixed 0.5 s poller's latency, at about 0.8x of its polls on the benchmark's workload)."""
FIRST_WAIT_LATENCY = 0.47
"""The mean detection latency aimed at before that (a fixed 1 s poller's, at about 0.8x of its polls)."""
MIN_SAMPLES = 1
"""Durations needed for a model (none: the backoff schedule of `tengrai._tasks.waiting`)."""
PRIOR_SIGMA = 0.6
"""The spread of log-durations assumed before any is seen (wider than a generation task's usually is)."""
PRIOR_WEIGHT = 2.0
"""How many durations the prior spread counts as."""
_MIN_SIGMA = 0.05
_SQRT2 = math.sqrt(2.0)
_STEP = 0.02
"""Integration step of the poll placement, in seconds."""


def _phi(z: float) -> float:
    return math.exp(-0.5 * z * z) / math.sqrt(2.0 * math.pi)


def _mills(z: float) -> float:
    """phi(z) / (1 - Phi(z)), the standard normal hazard, stable far in the right tail."""
    if z > 6.0:
        return z + 1.0 / z
    tail = 0.5 * math.erfc(z / _SQRT2)
    return _phi(z) / tail if tail > 0 else z + 1.0 / z


@dataclass(frozen=True, slots=True)
class LognormalHazard:
    """A lognormal duration model: ``ln(duration) ~ Normal(mu, sigma)``."""

    mu: float
    sigma: float

    @classmethod
    def fit(cls, durations: Sequence[float]) -> LognormalHazard | None:
        """The predicted distribution of the next duration given ``durations`` (None with no positive one).

        The spread is the seen one pooled with `PRIOR_SIGMA` (weight `PRIOR_WEIGHT`), times ``sqrt(1 + 1/n)``
        for the uncertainty of the mean of ``n`` durations.
        """
        logs = [math.log(value) for value in durations if value > 0]
        n = len(logs)
        if n < MIN_SAMPLES:
            return None
        mean = math.fsum(logs) / n
        spread = math.fsum((value - mean) ** 2 for value in logs)  # statistics.variance is exact, and slow
        pooled = math.sqrt((spread + PRIOR_WEIGHT * PRIOR_SIGMA**2) / (n - 1 + PRIOR_WEIGHT))
        return cls(mean, max(_MIN_SIGMA, pooled * math.sqrt(1.0 + 1.0 / n)))

    def hazard(self, t: float) -> float:
        """The hazard rate at ``t`` seconds: the chance per second of ending now, given not ended yet."""
        if t <= 0:
            return 0.0
        z = (math.log(t) - self.mu) / self.sigma
        if z < -8.0:
            return 0.0
        return _mills(z) / (self.sigma * t)

    def step(self, latency: float) -> float:
        """The spacing constant ``c`` that gives a mean detection latency of ``latency`` seconds."""
        return 2.0 * latency / _root_integral(self.sigma, self.mu)

    def next_delay(self, elapsed: float, step: float, cap: float) -> float:
        """Seconds from ``elapsed`` until ``integral sqrt(h)`` has grown by ``step`` (at most ``cap``)."""
        total = 0.0
        t = elapsed
        end = elapsed + cap
        while t < end:
            dt = min(_STEP, end - t)
            total += math.sqrt(self.hazard(t + dt / 2)) * dt
            t += dt
            if total >= step:
                return t - elapsed
        return cap


@functools.lru_cache(maxsize=64)
def _root_integral(sigma: float, mu: float) -> float:
    """``integral sqrt(f(t) S(t)) dt`` of the lognormal, by substitution ``t = exp(mu + sigma z)``."""
    total = 0.0
    dz = 0.01
    z = -8.0
    while z < 8.0:
        mid = z + dz / 2
        t = math.exp(mu + sigma * mid)
        survival = 0.5 * math.erfc(mid / _SQRT2)
        total += math.sqrt(sigma * t * _phi(mid) * survival) * dz
        z += dz
    return total


class DurationStats:
    """How long finished artworks took, per artwork type (the newest ``keep`` of each), as seen by this client."""

    def __init__(self, keep: int = 100) -> None:
        self._keep = keep
        self._by_type: dict[str, OrderedDict[str, float]] = {}
        self._watched: dict[str, int] = {}
        self._models: dict[str, LognormalHazard | None] = {}
        """Fitted models by type, dropped when a duration of the type is learnt (every wait asks for one)."""
        self._warming_claimed = False
        self._lock = threading.Lock()

    def observe(self, artwork: Artwork, total: float | None = None) -> None:
        """Learn from a succeeded artwork: ``total`` seconds from create to finish when known, else its duration.

        An artwork already known is only updated by a ``total`` (the better measure); each id counts once.
        """
        value = artwork.duration if total is None else total
        if not value > 0:
            return
        seen = self._by_type.get(artwork.artwork_type)
        if total is None and seen is not None and artwork.id in seen:
            return  # already known: the common case when the same artwork is fetched again
        with self._lock:
            seen = self._by_type.get(artwork.artwork_type)
            if seen is None:
                seen = self._by_type[artwork.artwork_type] = OrderedDict()
            seen[artwork.id] = value
            seen.move_to_end(artwork.id)
            self._models.pop(artwork.artwork_type, None)
            if total is not None:
                self._watched[artwork.artwork_type] = self._watched.get(artwork.artwork_type, 0) + 1
            while len(seen) > self._keep:
                seen.popitem(last=False)

    def _values(self, artwork_type: str) -> list[float]:
        with self._lock:
            seen = self._by_type.get(artwork_type)
            return list(seen.values()) if seen else []

    def count(self, artwork_type: str) -> int:
        """How many durations of this type are known."""
        with self._lock:
            seen = self._by_type.get(artwork_type)
            return len(seen) if seen else 0

    def watched(self, artwork_type: str) -> int:
        """How many tasks of this type this client watched end itself (measured from create to end)."""
        return self._watched.get(artwork_type, 0)

    def latency(self, artwork_type: str) -> float:
        """The mean detection latency to aim at for a task of this type (see the module docstring)."""
        return TARGET_LATENCY if self.watched(artwork_type) else FIRST_WAIT_LATENCY

    def claim_warming(self) -> bool:
        """True once per client (the first caller warms; later ones never do)."""
        with self._lock:
            claimed, self._warming_claimed = self._warming_claimed, True
            return not claimed

    def expected(self, artwork_type: str) -> float | None:
        """The typical duration of this type (median of those seen), or None before any was seen."""
        values = self._values(artwork_type)
        return statistics.median(values) if values else None

    def model(self, artwork_type: str) -> LognormalHazard | None:
        """The predicted duration distribution of this type, once `tengrai._tasks.durations.MIN_SAMPLES` were seen."""

        with self._lock:
            if artwork_type in self._models:
                return self._models[artwork_type]
            seen = self._by_type.get(artwork_type)
            model = LognormalHazard.fit(list(seen.values()) if seen else [])
            self._models[artwork_type] = model
            return model

    def window(self, artwork_type: str) -> tuple[float, float] | None:
        """When a task of this type usually ends: the 5th and 95th percentiles of those seen (None: no data)."""
        values = self._values(artwork_type)
        if len(values) < 2:
            return (values[0], values[0]) if values else None
        cuts = statistics.quantiles(values, n=20, method="inclusive")
        return cuts[0], cuts[-1]
