"""Benchmark 3: polling efficiency of our waiter against fixed-interval pollers, on a simulated clock.

The workload (`_simulation.Workload`) is a list of task durations; `SEEDS` workloads are run and pooled (the
spread across them is reported: with 200 tasks a workload's own sample noise moves the ratios by a few
percent). Our side is the real client: `Tengrai` with an `httpx.MockTransport` playing the API and a simulated
clock injected as ``clock=`` and ``sleep=`` (a sleep moves the clock; requests take no time). Each task is
started with ``client.quantum.generate`` one after the other, so the client learns typical durations from the
artworks it has seen finish, as it would in a batch job. Two more runs use a fresh client per task: one on a key
whose earlier artworks the client warms itself from (its first poll is one list request), one on a key with no
history ("cold": nothing to learn, pure backoff). The fixed-interval pollers of fal-client (0.1 s),
replicate-python (0.5 s) and openai-python (1.0 s) sleep their interval before every poll; they are computed
exactly from the same durations.

Detection latency is the time between a task finishing and the poll that sees it finished. Requests are status
requests per task (gets and lists; the create is one request for every poller and is not counted).
"""

from __future__ import annotations

import itertools
import json
import statistics
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field
from typing import Any

import httpx

from ._fixtures import BASE_URL, canned_artwork, operation_path
from ._report import Detail, Row, Section
from ._simulation import PollStats, Workload, fixed_interval, run_schedule
from ._stats import mean, percentile

FIXED_INTERVALS = {0.1: "fal-client", 0.5: "replicate-python", 1.0: "openai-python"}
TARGET_INTERVAL = 0.5
TARGET_POLLS = 0.85
"""Polls per task of the learning client at most, as a share of the fixed 0.5 s poller's (at no worse latency)."""
FRESH_LATENCY = 0.5
"""Mean detection latency of a fresh client (warming itself) at most, at no more polls than fixed 1 s."""
SEEDS = (20240423, 1, 2, 3, 4)
"""Workloads run (and pooled) by the full benchmark; the quick one runs the first, with half the tasks."""


@dataclass
class _Task:
    id: str
    created: float
    duration: float
    polls: int = 0
    detected: float | None = None


@dataclass
class SimulatedApi:
    """Answers creates and gets of quantum artworks on a simulated clock; counts polls and detection times."""

    durations: Iterator[float]
    now: float = 0.0
    tasks: dict[str, _Task] = field(default_factory=dict)
    _template: dict[str, Any] = field(default_factory=dict)
    _ids: Iterator[int] = field(default_factory=itertools.count)
    lists: int = 0
    history: bool = True
    """False: the list shows nothing (a key with no earlier artworks to warm from)."""

    def __post_init__(self) -> None:
        _, body, _ = canned_artwork()
        self._template = json.loads(body)
        self._create_path = operation_path("create_quantum_artwork")
        self._get_prefix = operation_path("get_artwork").split("{", 1)[0]
        self._list_path = operation_path("list_artworks")

    def sleep(self, seconds: float) -> None:
        """The client's injected sleep: time passes instantly."""
        self.now += seconds

    def clock(self) -> float:
        """The client's injected monotonic clock."""
        return self.now

    def _view(self, task: _Task) -> dict[str, Any]:
        done = self.now >= task.created + task.duration
        body = dict(self._template)
        body["id"] = task.id
        body["status"] = "succeeded" if done else "processing"
        body["duration"] = round(min(self.now - task.created, task.duration), 3)
        body["results"] = self._template["results"] if done else []
        return body

    def handle(self, request: httpx.Request) -> httpx.Response:
        """The `httpx.MockTransport` handler."""
        path = request.url.path
        if request.method == "GET" and path == self._list_path:
            # The key's newest artworks: what a fresh client warms up from (one request, counted; it shows the
            # awaited task too, so it may be the poll that sees it finished).
            self.lists += 1
            limit = int(request.url.params.get("limit", "10"))
            newest = list(self.tasks.values())[::-1][:limit] if self.history else []
            views = [self._view(task) for task in newest]
            for task, body in zip(newest, views, strict=True):
                if body["status"] == "succeeded" and task.detected is None:
                    task.detected = self.now
            return httpx.Response(200, json=views)
        if request.method == "POST" and path == self._create_path:
            task = _Task(f"00000000-0000-4000-8000-{next(self._ids):012d}", self.now, next(self.durations))
            self.tasks[task.id] = task
            body = self._view(task)
            body["status"] = "starting"
            return httpx.Response(202, json=body)
        if request.method == "GET" and path.startswith(self._get_prefix):
            task = self.tasks[path.removeprefix(self._get_prefix)]
            task.polls += 1
            body = self._view(task)
            if body["status"] == "succeeded" and task.detected is None:
                task.detected = self.now
            return httpx.Response(200, json=body)
        return httpx.Response(404, json={"message": f"not simulated: {request.method} {path}", "statusCode": 404})


def run_client(durations: Sequence[float], *, learn: bool, history: bool = True) -> PollStats:
    """Wait for every task with the real client on the simulated clock (one client throughout if ``learn``).

    Every client warms itself on its first wait (one list request, counted); with ``history=False`` the list is
    empty, so a fresh client learns nothing from it.
    """
    from tengrai import Tengrai

    api = SimulatedApi(iter(durations), history=history)

    def client() -> Tengrai:
        return Tengrai(
            api_key="bench-key",
            base_url=BASE_URL,
            transport=httpx.MockTransport(api.handle),
            clock=api.clock,
            sleep=api.sleep,
            seed=7,
            wait_timeout=10 * max(durations),
        )

    shared = client() if learn else None
    for _ in durations:
        current = shared or client()
        artwork = current.quantum.generate(prompt="polling benchmark")
        if artwork.status != "succeeded":
            raise RuntimeError(f"simulated task ended {artwork.status!r}")
        if current is not shared:
            current.close()
    if shared is not None:
        shared.close()
    tasks = list(api.tasks.values())
    if len(tasks) != len(durations) or any(t.detected is None for t in tasks):
        raise RuntimeError("the client returned before seeing every task finish")
    latencies = [(t.detected or 0.0) - (t.created + t.duration) for t in tasks]
    return PollStats(
        requests_per_task=mean([float(t.polls) for t in tasks]) + api.lists / len(tasks),
        mean_latency=mean(latencies),
        p95_latency=percentile(latencies, 95),
        max_requests=max(t.polls for t in tasks),
        latencies=tuple(latencies),
    )


def _pooled(runs: Sequence[PollStats]) -> PollStats:
    """Workloads of equal size taken together."""
    latencies = tuple(latency for run in runs for latency in run.latencies)
    return PollStats(
        requests_per_task=mean([run.requests_per_task for run in runs]),
        mean_latency=mean(latencies),
        p95_latency=percentile(latencies, 95),
        max_requests=max(run.max_requests for run in runs),
        latencies=latencies,
    )


def _spread(values: Sequence[float]) -> str:
    """Mean and standard deviation across workloads, e.g. "0.81x +-0.03"."""
    if len(values) < 2:
        return f"{values[0]:.2f}x"
    return f"{mean(values):.2f}x +-{statistics.stdev(values):.2f}"


def _cells(name: str, stats: PollStats) -> list[str]:
    return [
        name,
        f"{stats.requests_per_task:.1f}",
        f"{stats.max_requests}",
        f"{stats.mean_latency:.2f} s",
        f"{stats.p95_latency:.2f} s",
    ]


def _schedule_words() -> str:
    from tengrai._tasks.durations import FIRST_WAIT_LATENCY, PRIOR_SIGMA, PRIOR_WEIGHT, TARGET_LATENCY
    from tengrai._tasks.waiting import WARM_PAGE, PollSchedule

    s = PollSchedule(expected=None)
    return (
        "Our schedule (tengrai._tasks.waiting): from the first duration of the type known on, a predicted lognormal "
        f"(spread pooled with a prior of sigma {PRIOR_SIGMA:g} worth {PRIOR_WEIGHT:g} durations, widened for the "
        "uncertainty of the mean), polls spaced by the inverse square root of its hazard rate for a mean latency of "
        f"{FIRST_WAIT_LATENCY:g} s on a client's first wait and {TARGET_LATENCY:g} s once it has watched a task of "
        f"the type end (tengrai._tasks.durations). A client's first poll is one list request of the key's {WARM_PAGE} "
        "newest artworks, which teaches it their durations and usually shows the awaited task too. With no duration "
        f"known: a first poll after {s.min_interval:g} s, then backoff x{s.factor:g} (cap {s.max_interval:g} s); "
        f"+-{s.jitter:.0%} jitter on every delay."
    )


def _tail_words(durations: Sequence[float], stats: PollStats) -> str:
    """How latency splits between tasks shorter and longer than the workload's median duration."""
    middle = percentile(durations, 50)
    short = [lat for d, lat in zip(durations, stats.latencies, strict=True) if d <= middle]
    long = [lat for d, lat in zip(durations, stats.latencies, strict=True) if d > middle]
    return (
        f"tengrai's mean latency is {mean(short):.2f} s for the tasks up to the median duration ({middle:.1f} s) "
        f"and {mean(long):.2f} s for the longer half. The learning client's first task (nothing known: backoff) "
        "and rare very short tasks (polled late: the model says an early end is unlikely) carry most of the "
        "latency."
    )


def run(*, quick: bool) -> Section:
    """Simulate the workloads for every poller; the targets compare ours with the fixed 0.5 s and 1 s pollers."""
    seeds = SEEDS[:1] if quick else SEEDS
    workloads = [Workload(tasks=100 if quick else 200, seed=seed) for seed in seeds]
    each: dict[str, list[PollStats]] = {}
    all_durations: list[float] = []
    for workload in workloads:
        durations = workload.durations()
        all_durations += durations
        runs = {
            "ours": run_client(durations, learn=True),
            "warm": run_client(durations, learn=False),
            "cold": run_client(durations, learn=False, history=False),
            **{
                f"fixed {interval:g}": run_schedule(fixed_interval(interval), durations) for interval in FIXED_INTERVALS
            },
        }
        for name, stats in runs.items():
            each.setdefault(name, []).append(stats)
    pooled = {name: _pooled(runs) for name, runs in each.items()}
    ours, warm, cold = pooled["ours"], pooled["warm"], pooled["cold"]
    base, one = pooled[f"fixed {TARGET_INTERVAL:g}"], pooled["fixed 1"]

    def ratios(side: str, versus: str, metric: str) -> list[float]:
        return [getattr(a, metric) / getattr(b, metric) for a, b in zip(each[side], each[versus], strict=True)]

    fewer = ours.requests_per_task <= TARGET_POLLS * base.requests_per_task
    no_slower = ours.mean_latency <= base.mean_latency
    first = workloads[0]
    scope = (
        f"{len(workloads)} workloads of {first.tasks} simulated tasks, median {first.median_seconds:g} s; "
        "ratio: pooled, and mean +-sd across workloads"
    )
    rows = [
        Row(
            benchmark="3 polling efficiency",
            metric=f"status requests per task ({scope})",
            ours=f"{ours.requests_per_task:.1f}",
            baseline=f"{base.requests_per_task:.1f} (fixed {TARGET_INTERVAL} s)",
            ratio=f"{ours.requests_per_task / base.requests_per_task:.2f}x "
            f"({_spread(ratios('ours', 'fixed 0.5', 'requests_per_task'))})",
            target=f"<= {TARGET_POLLS}x fixed 0.5 s",
            passed=fewer,
        ),
        Row(
            benchmark="3 polling efficiency",
            metric="mean detection latency (p95 in brackets)",
            ours=f"{ours.mean_latency:.3f} s ({ours.p95_latency:.2f} s)",
            baseline=f"{base.mean_latency:.3f} s ({base.p95_latency:.2f} s)",
            ratio=f"{ours.mean_latency / base.mean_latency:.2f}x "
            f"({_spread(ratios('ours', 'fixed 0.5', 'mean_latency'))})",
            target="<= fixed 0.5 s",
            passed=no_slower,
        ),
        Row(
            benchmark="3 polling efficiency",
            metric="fresh client per task, warming itself (its list request counted): mean latency (requests/task)",
            ours=f"{warm.mean_latency:.2f} s ({warm.requests_per_task:.1f})",
            baseline=f"{one.mean_latency:.2f} s ({one.requests_per_task:.1f}) (fixed 1 s)",
            ratio=f"{warm.requests_per_task / one.requests_per_task:.2f}x requests "
            f"({_spread(ratios('warm', 'fixed 1', 'requests_per_task'))})",
            target=f"<= {FRESH_LATENCY} s at <= fixed 1 s requests",
            passed=warm.mean_latency <= FRESH_LATENCY and warm.requests_per_task <= one.requests_per_task,
        ),
    ]
    detail_rows = [
        _cells("tengrai (one client, learns durations)", ours),
        _cells("tengrai (fresh client per task, warming itself from the key's artworks)", warm),
        _cells("tengrai (fresh client per task, key with no history: nothing to learn)", cold),
        *(
            _cells(f"fixed {interval:g} s ({who})", pooled[f"fixed {interval:g}"])
            for interval, who in FIXED_INTERVALS.items()
        ),
    ]
    detail = Detail(
        title=f"Polling on a simulated clock: {first.describe()}, and seeds {', '.join(map(str, seeds[1:])) or '-'}",
        headers=("Poller", "Requests/task", "Max requests", "Mean latency", "p95 latency"),
        rows=detail_rows,
        notes=[
            "Latency = time from a task finishing to the poll that sees it; requests exclude the create.",
            _schedule_words(),
            _tail_words(all_durations, ours),
        ],
    )
    return Section(rows=rows, details=[detail])
