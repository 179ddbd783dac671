"""Poll spacing from a learnt duration distribution: the fewest polls for a given mean detection latency.

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
from collections.abc import Sequence
from dataclasses import dataclass

__all__ = ["MIN_SAMPLES", "PRIOR_SIGMA", "PRIOR_WEIGHT", "LognormalHazard"]

MIN_SAMPLES = 1
"""Durations needed for a model (none: the backoff schedule of `tengrai._polling`)."""
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
