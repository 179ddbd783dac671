"""Small statistics helpers shared by the benchmarks."""

from __future__ import annotations

import math
import statistics
from collections.abc import Sequence


def percentile(values: Sequence[float], pct: float) -> float:
    """The nearest-rank percentile (`pct` in 0..100) of a non-empty sample."""
    if not values:
        raise ValueError("percentile of an empty sample")
    ordered = sorted(values)
    rank = max(1, math.ceil(pct / 100 * len(ordered)))
    return ordered[rank - 1]


def median(values: Sequence[float]) -> float:
    """The median of a non-empty sample."""
    return statistics.median(values)


def mean(values: Sequence[float]) -> float:
    """The arithmetic mean of a non-empty sample."""
    return statistics.fmean(values)
