"""Poll spacing by the hazard rate of the learnt duration distribution."""

from __future__ import annotations

import math
import random

import pytest

from tengrai import Artwork
from tengrai._tasks.durations import MIN_SAMPLES, TARGET_LATENCY, DurationStats, LognormalHazard
from tengrai._tasks.waiting import PollSchedule

from .support import artwork_json


def _durations(n: int = 200, median: float = 8.0, sigma: float = 0.5) -> list[float]:
    rng = random.Random(4)
    return [rng.lognormvariate(math.log(median), sigma) for _ in range(n)]


def test_the_fit_needs_enough_samples_and_recovers_the_distribution() -> None:
    assert LognormalHazard.fit([8.0] * (MIN_SAMPLES - 1)) is None
    model = LognormalHazard.fit(_durations(2000))
    assert model is not None
    assert model.mu == pytest.approx(math.log(8.0), abs=0.05)
    assert model.sigma == pytest.approx(0.5, abs=0.05)


def test_polls_are_rare_where_an_end_is_unlikely_and_dense_where_it_is_likely() -> None:
    model = LognormalHazard.fit(_durations())
    assert model is not None
    step = model.step(TARGET_LATENCY)
    early = model.next_delay(0.0, step, 10.0)
    around_median = model.next_delay(8.0, step, 10.0)
    assert early > 1.5  # nothing is likely to end in the first seconds
    assert around_median < 0.6
    assert model.hazard(8.0) > model.hazard(3.0) > model.hazard(1.0) >= 0.0


def test_the_step_gives_the_target_latency_on_the_model_itself() -> None:
    durations = _durations(400)
    model = LognormalHazard.fit(durations)
    assert model is not None
    step = model.step(TARGET_LATENCY)
    polls, latencies = 0, []
    for duration in durations:
        now = 0.0
        while now < duration:
            now += model.next_delay(now, step, 10.0)
            polls += 1
        latencies.append(now - duration)
    mean_latency = sum(latencies) / len(latencies)
    assert mean_latency == pytest.approx(TARGET_LATENCY, rel=0.15)
    # A fixed poller with the same mean latency (an interval of twice it) needs clearly more polls.
    fixed = sum(math.ceil(duration / (2 * TARGET_LATENCY)) for duration in durations)
    assert polls < 0.85 * fixed


def test_the_schedule_switches_to_hazard_spacing_once_enough_durations_are_known() -> None:
    stats = DurationStats()
    for duration in _durations(MIN_SAMPLES):
        stats.observe(Artwork.from_dict(artwork_json(status="succeeded", duration=duration)))
    model = stats.model("quantum")
    assert model is not None
    schedule = PollSchedule(window=stats.window("quantum"), model=model)
    first = schedule.next_delay(0.0, random.Random(1))
    assert first > PollSchedule().min_interval * 2  # no quick first look: an early end is unlikely
    assert stats.model("face_refiner") is None


def test_the_fit_matches_the_exact_sample_statistics() -> None:
    import statistics

    from tengrai._tasks.durations import PRIOR_SIGMA, PRIOR_WEIGHT

    durations = _durations(57)
    logs = [math.log(value) for value in durations]
    n = len(logs)
    pooled = math.sqrt((statistics.variance(logs) * (n - 1) + PRIOR_WEIGHT * PRIOR_SIGMA**2) / (n - 1 + PRIOR_WEIGHT))
    model = LognormalHazard.fit(durations)
    assert model is not None
    assert model.mu == pytest.approx(statistics.fmean(logs), rel=1e-12)
    assert model.sigma == pytest.approx(pooled * math.sqrt(1 + 1 / n), rel=1e-12)


def test_the_model_follows_every_newly_learnt_duration() -> None:
    stats = DurationStats()
    for value in (4.0, 5.0, 6.0):
        stats.observe(Artwork.from_dict(artwork_json(status="succeeded", duration=value)))
    first = stats.model("quantum")
    assert first is not None
    assert stats.model("quantum") is first  # asked again with nothing new: the same fit
    stats.observe(Artwork.from_dict(artwork_json(status="succeeded", duration=60.0)))
    later = stats.model("quantum")
    assert later is not None
    assert later.mu > first.mu
    assert later == LognormalHazard.fit([4.0, 5.0, 6.0, 60.0])
