"""Benchmark 3: polling efficiency of our waiter against fixed-interval pollers, on a simulated clock.

The workload (`_simulation.Workload`) is a list of task durations. Our side is the real client: `Tengrai` with an
`httpx.MockTransport` playing the API and a simulated clock injected as ``clock=`` and ``sleep=`` (a sleep moves
the clock; requests take no time). Each task is started with ``client.quantum.generate`` one after the other,
so the client learns typical durations from the artworks it has seen finish, as it would in a batch job. A
second run uses a fresh client per task ("cold": nothing learnt, pure backoff). The fixed-interval pollers of
fal-client (0.1 s), replicate-python (0.5 s) and openai-python (1.0 s) sleep their interval before every poll;
they are computed exactly from the same durations.

Detection latency is the time between a task finishing and the poll that sees it finished. Requests are status
polls per task (the create is one request for every poller and is not counted).
"""

from __future__ import annotations

import itertools
import json
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
"""Mean detection latency of a fresh client (warmed by one list request) at most, at no more polls than fixed 1 s."""
WARM_LIMIT = 100


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
            # The key's newest artworks: what a fresh client warms up from (one request, counted).
            self.lists += 1
            limit = int(request.url.params.get("limit", "10"))
            newest = list(self.tasks.values())[::-1][:limit]
            return httpx.Response(200, json=[self._view(task) for task in newest])
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


def run_client(durations: Sequence[float], *, learn: bool, warm: bool = False) -> PollStats:
    """Wait for every task with the real client on the simulated clock (one client throughout if ``learn``).

    ``warm``: each fresh client first reads the key's newest artworks (one list request of `WARM_LIMIT`, counted
    as a poll of its task), which teaches it their durations.
    """
    from tengrai import Tengrai

    api = SimulatedApi(iter(durations))

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
        if warm and current is not shared:
            list(current.artworks.list(limit=WARM_LIMIT, page_size=WARM_LIMIT))
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


def _cells(name: str, stats: PollStats) -> list[str]:
    return [
        name,
        f"{stats.requests_per_task:.1f}",
        f"{stats.max_requests}",
        f"{stats.mean_latency:.2f} s",
        f"{stats.p95_latency:.2f} s",
    ]


def _schedule_words() -> str:
    from tengrai._hazard import MIN_SAMPLES
    from tengrai._polling import TARGET_LATENCY, PollSchedule

    s = PollSchedule(expected=None)
    return (
        f"Our schedule (tengrai._polling.PollSchedule): once {MIN_SAMPLES} durations of the type are known, a "
        "lognormal fitted to them, polls spaced by the inverse square root of its hazard rate for a mean latency "
        f"of {TARGET_LATENCY:g} s (tengrai._hazard); before that, a first poll after {s.min_interval:g} s, then "
        f"{s.approach:.0%} of the time left to the learnt window, every {s.dense_interval:g} s inside it, or "
        f"backoff x{s.factor:g} with no history (cap {s.max_interval:g} s, +-{s.jitter:.0%} jitter)."
    )


def _tail_words(durations: Sequence[float], stats: PollStats) -> str:
    """How latency splits between tasks shorter and longer than the workload's median duration."""
    middle = percentile(durations, 50)
    short = [lat for d, lat in zip(durations, stats.latencies, strict=True) if d <= middle]
    long = [lat for d, lat in zip(durations, stats.latencies, strict=True) if d > middle]
    return (
        f"tengrai's mean latency is {mean(short):.2f} s for the tasks up to the median duration ({middle:.1f} s) "
        f"and {mean(long):.2f} s for the longer half. The learning client's first tasks (before enough durations "
        "are known) and rare very short tasks (polled late: the model says an early end is unlikely) carry most "
        "of the latency."
    )


def run(*, quick: bool) -> Section:
    """Simulate the workload for every poller; the target compares ours (learning) with the 0.5 s schedule."""
    workload = Workload(tasks=100 if quick else 200)
    durations = workload.durations()
    ours = run_client(durations, learn=True)
    cold = run_client(durations, learn=False)
    warm = run_client(durations, learn=False, warm=True)
    fixed = {interval: run_schedule(fixed_interval(interval), durations) for interval in FIXED_INTERVALS}
    base = fixed[TARGET_INTERVAL]
    one = fixed[1.0]
    fewer = ours.requests_per_task <= TARGET_POLLS * base.requests_per_task
    no_slower = ours.mean_latency <= base.mean_latency
    rows = [
        Row(
            benchmark="3 polling efficiency",
            metric=f"status polls per task ({workload.tasks} simulated tasks, median {workload.median_seconds:g} s)",
            ours=f"{ours.requests_per_task:.1f}",
            baseline=f"{base.requests_per_task:.1f} (fixed {TARGET_INTERVAL} s)",
            ratio=f"{ours.requests_per_task / base.requests_per_task:.2f}x",
            target=f"<= {TARGET_POLLS}x fixed 0.5 s",
            passed=fewer,
        ),
        Row(
            benchmark="3 polling efficiency",
            metric="mean detection latency (p95 in brackets)",
            ours=f"{ours.mean_latency:.2f} s ({ours.p95_latency:.2f} s)",
            baseline=f"{base.mean_latency:.2f} s ({base.p95_latency:.2f} s)",
            ratio=f"{ours.mean_latency / base.mean_latency:.2f}x" if base.mean_latency else "n/a",
            target="<= fixed 0.5 s",
            passed=no_slower,
        ),
        Row(
            benchmark="3 polling efficiency",
            metric="fresh client per task, warmed by one list request (counted): mean latency (polls/task)",
            ours=f"{warm.mean_latency:.2f} s ({warm.requests_per_task:.1f})",
            baseline=f"{one.mean_latency:.2f} s ({one.requests_per_task:.1f}) (fixed 1 s)",
            ratio=f"{warm.requests_per_task / one.requests_per_task:.2f}x polls",
            target=f"<= {FRESH_LATENCY} s at <= fixed 1 s polls",
            passed=warm.mean_latency <= FRESH_LATENCY and warm.requests_per_task <= one.requests_per_task,
        ),
    ]
    detail_rows = [
        _cells("tengrai (one client, learns durations)", ours),
        _cells("tengrai (fresh client per task: nothing learnt)", cold),
        _cells("tengrai (fresh client per task, warmed by one list request)", warm),
        *(_cells(f"fixed {interval:g} s ({who})", fixed[interval]) for interval, who in FIXED_INTERVALS.items()),
    ]
    detail = Detail(
        title=f"Polling on a simulated clock: {workload.describe()}",
        headers=("Poller", "Polls/task", "Max polls", "Mean latency", "p95 latency"),
        rows=detail_rows,
        notes=[
            "Latency = time from a task finishing to the poll that sees it; polls exclude the create request.",
            _schedule_words(),
            _tail_words(durations, ours),
        ],
    )
    return Section(rows=rows, details=[detail])
