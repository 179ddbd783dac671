"""A simulated polling workload: task durations from a stated distribution, polled by a delay schedule.

Time here is simulated: a poll costs no time and sees the task finished when the simulated clock has reached the
task's duration. Requests counted are the status polls after the create (the create is the same for every poller).
"""

from __future__ import annotations

import itertools
import math
import random
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass

from ._stats import mean, percentile

DelaySchedule = Callable[[], Iterator[float]]
"""Makes a fresh iterator of the delays (seconds) one waiter sleeps before each status poll of one task."""


@dataclass(frozen=True)
class Workload:
    """Task durations drawn from a lognormal distribution with a fixed seed (the same for every poller)."""

    tasks: int = 200
    median_seconds: float = 8.0
    sigma: float = 0.5
    seed: int = 20240423

    def describe(self) -> str:
        """The distribution in words, for the report."""
        return (
            f"{self.tasks} tasks, durations lognormal(median {self.median_seconds:g} s, sigma {self.sigma:g}), "
            f"seed {self.seed}"
        )

    def durations(self) -> list[float]:
        """The task durations in seconds."""
        rng = random.Random(self.seed)
        return [rng.lognormvariate(math.log(self.median_seconds), self.sigma) for _ in range(self.tasks)]


@dataclass(frozen=True)
class PollStats:
    """How one poller did on the workload."""

    requests_per_task: float
    mean_latency: float
    p95_latency: float
    max_requests: int
    latencies: tuple[float, ...] = ()
    """Detection latency of each task, in workload order."""


def detect(duration: float, delays: Iterator[float], *, max_polls: int = 100_000) -> tuple[int, float]:
    """(polls made, detection latency) for one task of `duration` seconds polled after each delay in `delays`."""
    now = 0.0
    for polls, delay in enumerate(itertools.islice(delays, max_polls), start=1):
        if delay < 0:
            raise ValueError(f"schedule produced a negative delay {delay!r}")
        now += delay
        if now >= duration:
            return polls, now - duration
    raise RuntimeError(f"schedule gave up before a {duration:.1f} s task finished")


def run_schedule(schedule: DelaySchedule, durations: Sequence[float]) -> PollStats:
    """Poll every task of the workload with `schedule`."""
    results = [detect(d, schedule()) for d in durations]
    latencies = [latency for _, latency in results]
    return PollStats(
        requests_per_task=mean([float(polls) for polls, _ in results]),
        mean_latency=mean(latencies),
        p95_latency=percentile(latencies, 95),
        max_requests=max(polls for polls, _ in results),
        latencies=tuple(latencies),
    )


def fixed_interval(seconds: float) -> DelaySchedule:
    """The schedule of a fixed-interval poller (fal-client 0.1 s, replicate-python 0.5 s, openai-python 1.0 s)."""
    return lambda: itertools.repeat(seconds)
