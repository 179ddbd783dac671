"""Run N concurrent tasks against the served mock with faults, then check what became of every one.

A task is ``generate`` and then, for the tasks that finish, ``download`` of the result images. Every task has its
own prompt, so each artwork the mock created can be traced back to the task that asked for it.

The client gets an injected clock, sleep and transport that note, per task (through a context variable), every
clock reading, sleep and request with its timeout. The deadline checks compare what the client *planned* with the
deadline of the call, both on the client's own clock: a request's timeout (or a sleep) starting from the earliest
clock reading the client could have planned it from must end by the deadline. That is exact: it needs no timing
tolerance and cannot fail because the machine is slow.
"""

from __future__ import annotations

import contextvars
import time
from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass, field
from typing import Any

import anyio
import httpx

from tengrai import (
    APIConnectionError,
    APIStatusError,
    Artwork,
    ArtworkError,
    ArtworkFailedError,
    ArtworkTimeoutError,
    AsyncTengrai,
    CreateOutcomeUnknownError,
    StatusEvent,
    TengraiError,
)
from tengrai.mock import TEST_API_KEY, Durations, Faults, MockConfig, MockServer, create_app

from ._edge import FaultyEdge

IMAGE_MAGIC = (b"\x89PNG\r\n\x1a\n", b"RIFF")
"""How PNG and WebP files start (the formats the API returns)."""


@dataclass(frozen=True)
class SoakConfig:
    """One soak run. Fault rates are shares of all requests; ``slow_share`` of the tasks cannot finish in time."""

    tasks: int
    error_rate: float = 0.10
    drop_rate: float = 0.02
    throttle_rate: float = 0.05
    retry_after: int = 1
    max_latency: float = 0.03
    failure_rate: float = 0.05
    slow_share: float = 0.1
    download: bool = True
    deadline: float = 60.0
    """Total timeout of each call (generate, download) of a normal task, seconds."""
    slow_deadline: float = 5.0
    """Total timeout of a slow task's generate (its mock task takes far longer), seconds."""
    fast: Durations = field(default_factory=lambda: Durations(starting=0.2, processing=0.8))
    slow: Durations = field(default_factory=lambda: Durations(starting=0.2, processing=600.0))
    seed: int = 1234


# --------------------------------------------------------------------------- what the client did, per task


@dataclass(frozen=True)
class Planned:
    """A request or a sleep the client started for a task, with the budget it gave it."""

    phase: str
    """``create`` (the create and any recovery), ``wait`` (polling) or ``download``."""
    what: str
    seconds: float | None
    """The request's read timeout, or the sleep's length."""
    planned_from: float
    """The earliest client-clock reading the client could have planned it from (see `TaskRecord.plan_start`)."""
    deadline: float
    """The deadline of the call it belongs to, on the client's clock."""

    def overruns(self) -> bool:
        """Whether it could end after the deadline."""
        return self.seconds is None or self.planned_from + self.seconds > self.deadline


@dataclass
class TaskRecord:
    """What one task asked for, what the client did for it, and how it ended."""

    index: int
    kind: str
    """``fast`` (quantum, finishes) or ``slow`` (selena variete, outlasts its deadline)."""
    timeout: float
    phase: str = "create"
    call_timeout: float = 0.0
    call_started: float | None = None
    """The first clock reading of the current call: its deadline starts there (`_deadline` reads the clock first)."""
    readings: list[float] = field(default_factory=list)
    """Clock readings since the previous request or sleep."""
    last_reading: float = float("-inf")
    planned: list[Planned] = field(default_factory=list)
    artwork: Artwork | None = None
    images: list[bytes] | None = None
    error: BaseException | None = None

    @property
    def prompt(self) -> str:
        """The task's unique prompt."""
        return f"soak task {self.index}"

    def begin_call(self, phase: str, timeout: float) -> None:
        """A new client call with its own deadline starts."""
        self.phase, self.call_timeout, self.call_started = phase, timeout, None

    def read_clock(self, now: float) -> None:
        """The client read its clock in this task."""
        if self.call_started is None:
            self.call_started = now
        self.readings.append(now)

    def plan_start(self) -> float:
        """The earliest reading since the previous request or sleep, and start a new interval.

        The client plans a request or sleep from a clock reading taken after its previous one. Without any reading
        in between it did not look at the clock, and the latest earlier reading stands in.
        """
        if self.readings:
            earliest, self.last_reading = self.readings[0], self.readings[-1]
            self.readings = []
            return earliest
        return self.last_reading

    def note(self, what: str, seconds: float | None) -> None:
        """Record a request or sleep the client is starting."""
        if self.call_started is None:
            raise RuntimeError(f"task {self.index}: the client acted before reading its clock")
        deadline = self.call_started + self.call_timeout
        self.planned.append(Planned(self.phase, what, seconds, self.plan_start(), deadline))


CURRENT: contextvars.ContextVar[TaskRecord | None] = contextvars.ContextVar("soak_task", default=None)


def client_clock() -> float:
    """The clock injected into the client: monotonic time, noted for the task that reads it."""
    now = time.monotonic()
    record = CURRENT.get()
    if record is not None:
        record.read_clock(now)
    return now


async def client_sleep(seconds: float) -> None:
    """The sleep injected into the client: a real sleep, noted for the task that takes it."""
    record = CURRENT.get()
    if record is not None:
        record.note("sleep", seconds)
    await anyio.sleep(seconds)


class RecordingTransport(httpx.AsyncBaseTransport):
    """Notes each request and its read timeout for the task that sends it, then sends it.

    Given as ``transport=``, it replaces the client's connection pool, so it brings one with the client's limits.
    """

    def __init__(self) -> None:
        self._inner = httpx.AsyncHTTPTransport(limits=httpx.Limits(max_connections=100, max_keepalive_connections=20))

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        """Record, then forward to a real connection pool."""
        record = CURRENT.get()
        if record is not None:
            record.note(f"{request.method} {request.url.path}", request.extensions.get("timeout", {}).get("read"))
        return await self._inner.handle_async_request(request)

    async def aclose(self) -> None:
        """Close the pool."""
        await self._inner.aclose()


# --------------------------------------------------------------------------- the run


@dataclass
class SoakResult:
    """Everything the checks need, taken after the run."""

    config: SoakConfig
    records: list[TaskRecord]
    artworks: dict[str, dict[str, Any]]
    created_count: int
    statuses: Counter[int]
    throttled: int

    def summary(self) -> str:
        """Outcome counts and injected faults, for the test log."""
        outcomes = Counter(outcome_name(r) for r in self.records)
        prompts = {a["parameters"].get("prompt") for a in self.artworks.values()}
        behind_unknown = sum(
            1 for r in self.records if isinstance(r.error, CreateOutcomeUnknownError) and r.prompt in prompts
        )
        faults = {code: n for code, n in sorted(self.statuses.items()) if code >= 500}
        return (
            f"{self.config.tasks} tasks: {dict(sorted(outcomes.items()))}; the mock created {self.created_count} "
            f"artworks ({behind_unknown} behind a CreateOutcomeUnknownError); injected: {self.throttled} x 429, "
            f"5xx {faults}"
        )


def outcome_name(record: TaskRecord) -> str:
    """How the task ended: ``images``, ``artwork`` (no download asked) or the error's class name."""
    if record.error is not None:
        return type(record.error).__name__
    return "images" if record.images is not None else "artwork"


def _mock_config(config: SoakConfig) -> MockConfig:
    return MockConfig(
        default_durations=config.fast,
        durations={"selena_variete": config.slow},
        failure_rate=config.failure_rate,
        faults=Faults(error_rate=config.error_rate, error_statuses=(500, 502, 503, 504), drop_rate=config.drop_rate),
        foreign_image_urls="synthesize",
        max_recorded_requests=1_000_000,
        max_artworks=10 * config.tasks,
        seed=config.seed,
    )


def _plan(config: SoakConfig) -> list[TaskRecord]:
    slow_every = round(1 / config.slow_share) if config.slow_share else 0
    records = []
    for index in range(config.tasks):
        slow = bool(slow_every) and index % slow_every == slow_every - 1
        records.append(TaskRecord(index, "slow" if slow else "fast", config.slow_deadline if slow else config.deadline))
    return records


async def _task(client: AsyncTengrai, record: TaskRecord, download: bool) -> None:
    CURRENT.set(record)  # each task runs in its own context copy

    def waiting(event: StatusEvent) -> None:
        # The first progress event comes as the wait starts, right after the create returned.
        record.phase = "wait"

    try:
        record.begin_call("create", record.timeout)
        if record.kind == "slow":
            record.artwork = await client.selena_variete.generate(
                image_url=f"https://images.example.com/soak/{record.index}.png",
                prompt=record.prompt,
                timeout=record.timeout,
                on_progress=waiting,
            )
        else:
            record.artwork = await client.quantum.generate(
                prompt=record.prompt, timeout=record.timeout, on_progress=waiting
            )
        if download:
            record.begin_call("download", record.timeout)
            record.images = await client.artworks.download(record.artwork, timeout=record.timeout)
    except TengraiError as exc:
        record.error = exc


async def run_soak(config: SoakConfig) -> SoakResult:
    """Serve a faulty mock, run every task at once, stop the server, and collect the evidence."""
    app = create_app(_mock_config(config))
    edge = FaultyEdge(
        app,
        throttle_rate=config.throttle_rate,
        retry_after=config.retry_after,
        max_latency=config.max_latency,
        seed=config.seed,
    )
    records = _plan(config)
    state = app.state.mock
    try:
        with MockServer(app=edge) as server:
            async with (
                AsyncTengrai(
                    api_key=TEST_API_KEY,
                    base_url=server.url,
                    transport=RecordingTransport(),
                    clock=client_clock,
                    sleep=client_sleep,
                    seed=config.seed,
                ) as client,
                anyio.create_task_group() as group,
            ):
                for record in records:
                    group.start_soon(_task, client, record, config.download)
            requests = state.requests
            artworks = state.artworks
            created = state.created_count
    finally:
        state.close()
    return SoakResult(
        config=config,
        records=records,
        artworks=artworks,
        created_count=created,
        statuses=Counter(r.status_code for r in requests),
        throttled=edge.throttled,
    )


# --------------------------------------------------------------------------- the checks

CHECKED_PHASES = frozenset({"create", "wait", "download"})
"""Every phase of a task is held to its call's deadline: the create (and any recovery of a lost answer), the
polling, and the download."""


def _ambiguous(cause: BaseException | None) -> bool:
    """Whether a create failure leaves open that the server took the request: the answer was lost in transit,
    or a gateway (502/503/504) answered for a server that may have processed it (a 503'd create is looked for
    first: a task it made is claimed, never made twice)."""
    if isinstance(cause, APIStatusError):
        return cause.status_code in (502, 503, 504)
    return isinstance(cause, httpx.TransportError | APIConnectionError)


def _names_artwork(error: BaseException, artwork_id: str) -> bool:
    """Whether an error tells the user which artwork it is about (attribute or note)."""
    if getattr(error, "artwork_id", None) == artwork_id:
        return True
    return any(artwork_id in note for note in getattr(error, "__notes__", ()))


def _error_problems(name: str, record: TaskRecord, error: BaseException, mock: dict[str, Any] | None) -> Iterator[str]:
    mock_id = mock["id"] if mock is not None else None
    if isinstance(error, ArtworkError):
        if error.artwork_id != mock_id:
            yield f"{name}: {type(error).__name__} names artwork {error.artwork_id}, the mock made {mock_id}"
        if isinstance(error, ArtworkFailedError) and mock is not None and mock["status"] != "failed":
            yield f"{name}: reported failed but the mock says {mock['status']}"
        if record.kind == "fast" and isinstance(error, ArtworkTimeoutError):
            yield f"{name}: the {record.timeout:g} s deadline passed for a short task: {error}"
    elif isinstance(error, CreateOutcomeUnknownError):
        if error.body.get("prompt") != record.prompt:
            yield f"{name}: CreateOutcomeUnknownError carries body {error.body!r}, not this task's request"
        if not _ambiguous(error.cause):
            yield f"{name}: CreateOutcomeUnknownError after {error.cause!r}, which shows the create was refused"
    elif mock is not None:
        # The task exists (and is billed): whatever went wrong, the error must say which artwork it is.
        if not _names_artwork(error, mock["id"]):
            yield f"{name}: {type(error).__name__} ({error}) does not name artwork {mock['id']}, which exists"
    elif not isinstance(error, APIStatusError | APIConnectionError):
        yield f"{name}: unexpected {type(error).__name__}: {error}"
    # Otherwise the create was refused or never got through, and indeed no artwork exists: nothing was billed.


def _success_problems(name: str, record: TaskRecord, mock: dict[str, Any] | None, download: bool) -> Iterator[str]:
    artwork = record.artwork
    if artwork is None:
        yield f"{name}: ended with neither an artwork nor an error"
        return
    mock_id = mock["id"] if mock is not None else None
    if record.kind == "slow":
        yield f"{name}: finished although its mock task takes longer than its deadline"
    if artwork.id != mock_id:
        yield f"{name}: returned artwork {artwork.id}, the mock made {mock_id}"
    if artwork.status != "succeeded" or not artwork.results:
        yield f"{name}: returned artwork {artwork.id} without results (status {artwork.status})"
    if download:
        images = record.images or []
        if len(images) != len(artwork.results) or not all(image.startswith(IMAGE_MAGIC) for image in images):
            yield f"{name}: downloaded {len(images)} files for {len(artwork.results)} results, or not images"


def deadline_problems(record: TaskRecord, phases: frozenset[str]) -> Iterator[str]:
    """Requests and sleeps in ``phases`` that the client planned to end after their call's deadline."""
    for step in record.planned:
        if step.phase in phases and step.overruns():
            budget = "no timeout" if step.seconds is None else f"{step.seconds:.3f} s"
            yield (
                f"task {record.index} ({record.kind}): {step.phase} phase: {step.what} with {budget} planned "
                f"{step.deadline - step.planned_from:.3f} s before the deadline: it could outlive it"
            )


def problems(result: SoakResult) -> list[str]:
    """Every broken invariant, in words (empty when the run was clean)."""
    found: list[str] = []
    by_prompt: dict[str, list[dict[str, Any]]] = {}
    for artwork in result.artworks.values():
        by_prompt.setdefault(artwork["parameters"].get("prompt", ""), []).append(artwork)
    prompts = {r.prompt for r in result.records}
    if result.created_count > result.config.tasks:
        found.append(f"the mock created {result.created_count} artworks for {result.config.tasks} tasks")
    if result.created_count != len(result.artworks):
        found.append(f"created_count is {result.created_count} but the mock keeps {len(result.artworks)} artworks")
    for prompt, artworks in by_prompt.items():
        if prompt not in prompts:
            found.append(f"artworks {[a['id'] for a in artworks]} (prompt {prompt!r}) belong to no task")
        if len(artworks) > 1:
            found.append(f"{prompt!r} was billed {len(artworks)} times: {[a['id'] for a in artworks]}")
    for record in result.records:
        name = f"task {record.index} ({record.kind})"
        mock = by_prompt.get(record.prompt, [None])[0]
        if record.error is not None:
            found += _error_problems(name, record, record.error, mock)
        else:
            found += _success_problems(name, record, mock, result.config.download)
        found += deadline_problems(record, CHECKED_PHASES)
    return found
