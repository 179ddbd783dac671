"""Running a batch: creates at an adaptive rate, status read by the page, results saved, all of it journalled.

One run goes through four phases, every one of them resumable:

1. **Reconcile** the input with the journal: finished items are skipped, items with an artwork id are waited
   for (never created again), items whose create outcome is unknown are looked up among the key's newest
   artworks (same type, echoed parameters equal, created after the intent was recorded, not claimed by another
   item) and, if not found, reported as ``may_exist`` (sent again only with ``resend_unknown``).
2. **Create** the remaining items with at most ``window`` creates in flight. The window grows by one per answered
   create (AIMD: additive increase) and halves on a 429, when every request also pauses for the server's
   ``Retry-After``. A create that certainly created nothing (429, 503, a connection that never opened) goes back
   to the queue; one that may have reached the server is looked up after the other creates are done.
3. **Watch** every created task by the page: one ``GET /v2/artworks?limit=<max>`` answers for that many of the
   key's newest tasks per round; tasks not on the first pages are polled one by one.
4. **Finish** each task as it ends: save its images (when an output directory is given) and record the outcome.

Results come back in input order. The async engine runs on anyio; the blocking client drives it in an event
loop of its own (see `run_batch_blocking`).
"""

from __future__ import annotations

import collections
import json
import math
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any, Literal

from .._core import Ambiguous
from .._exceptions import (
    APIConnectionError,
    APIResponseError,
    AuthenticationError,
    InternalServerError,
    NotFoundError,
    PermissionDeniedError,
    RateLimitError,
    TengraiError,
)
from .._logging import logger
from ._journal import Journal, JournalError, JournalRow
from ._requests import DEFAULT_CONCURRENCY, BatchRequest

if TYPE_CHECKING:
    import httpx

    from .._core import Core
    from .._engine import AsyncRunner, Flow
    from ..types import Artwork

__all__ = ["DEFAULT_CONCURRENCY", "BatchOptions", "BatchProgress", "BatchResult", "ResultStatus", "run_batch"]

ResultStatus = Literal["succeeded", "failed", "canceled", "error", "may_exist", "timeout", "invalid"]
"""What became of one request:

* ``succeeded`` / ``failed`` / ``canceled``: the task ended so (``artwork_id`` set; ``files`` when saved);
* ``error``: no task was created (the create was refused; a re-run sends it again), or the task succeeded but
  its images could not be saved (``artwork_id`` set; a re-run downloads again);
* ``may_exist``: the create may have reached the server but no matching task was found; not sent again unless
  asked (``resend_unknown``), since the task may exist and be billed;
* ``timeout``: the task was still running when the wait ended (``artwork_id`` set; a re-run waits again);
* ``invalid``: the request was skipped as invalid (only with ``skip_invalid``).
"""

POLL_INTERVAL = 0.5
"""Seconds between status rounds while tasks are expected to end."""
CREATING_INTERVAL = 2.0
"""Seconds between status rounds at least while creates are still being sent: status reads count against the
same rate limit as the creates, and until the last create the wall time does not depend on noticing ends soon."""
CREATING_STATUS_SHARE = 0.05
"""Once a rate limit is known, the share of it status rounds may take at most while creates are being sent (under
a limit of 1 request/s, a round every 20 s)."""
MAX_POLL_INTERVAL = 5.0
"""Seconds between status rounds at most."""
STATUS_PAGES = 4
"""Pages of the list read per status round; tasks beyond them are polled one by one."""
RECOVERY_PAGES = 20
"""Pages of the list looked through at most for tasks whose create outcome is unknown."""
RECOVERY_LOOKS = (0.0, 1.0, 4.0)
"""Seconds after the newest unknown create's intent at which its task is looked for (the server may still be
storing it): one look at once, then those of these times that are still to come."""
LOOK_ATTEMPTS = 5
"""Tries of one look whose list request failed on the wire or with a 5xx/429 (a read: safe to send again) before
the look counts as failed; a failed last look leaves the creates it was for as ``may_exist``."""
INDIVIDUAL_POLLS = 8
"""Single-artwork polls in flight at most."""
DOWNLOADS = 8
"""Artworks whose images are downloaded at the same time at most."""
VANISHED_AFTER = 30.0
"""Seconds after its create answered before a task this run created counts as gone when the API answers 404."""
CREATE_ATTEMPTS = 8
"""Attempts of a create that failed without creating anything (connection refused, 503) before giving up;
429s do not count."""


@dataclass(slots=True)
class BatchResult:
    """The outcome of one request of a batch.

    Attributes:
        line: 1-based position of the request in the input (its line number in a JSONL file).
        key: the request's ``key``, or None.
        operation_id: the operation (``create_quantum_artwork``).
        status: see `ResultStatus`.
        artwork_id: the task's id, whenever one is known (also with ``error`` and ``timeout``).
        files: paths of the saved images (empty without an output directory).
        error: what went wrong, or None.
        artwork: the finished artwork as last seen in this run (None for items finished by an earlier run).
        operation: the operation as the request named it (``quantum``); ``results.jsonl`` shows it.
    """

    line: int
    key: str | None
    operation_id: str
    status: ResultStatus
    artwork_id: str | None = None
    files: list[str] = field(default_factory=list)
    error: str | None = None
    artwork: Artwork | None = field(default=None, repr=False)
    operation: str = ""

    def to_json(self) -> dict[str, Any]:
        """The result as one line of ``results.jsonl`` (camelCase keys, like the API)."""
        return {
            "line": self.line,
            "key": self.key,
            "operation": self.operation or self.operation_id,
            "status": self.status,
            "artworkId": self.artwork_id,
            "files": list(self.files),
            "error": self.error,
        }


@dataclass(slots=True)
class BatchProgress:
    """Counts of a running batch, handed to ``on_progress`` after every change.

    Attributes:
        total: requests in the batch (this shard).
        created: tasks known to exist (created now or by an earlier run).
        finished: requests with a final result.
        failed: final results other than ``succeeded``.
        window: creates allowed in flight now (the adaptive concurrency).
        throttled: 429 answers seen.
        requests: API requests sent by this run (creates, lists, polls; not image downloads).
    """

    total: int
    created: int = 0
    finished: int = 0
    failed: int = 0
    window: float = 0.0
    throttled: int = 0
    requests: int = 0


@dataclass(frozen=True, slots=True)
class BatchOptions:
    """How to run a batch: the arguments of `Tengrai.batch` and `AsyncTengrai.batch` after the requests (see there).

    The one place those arguments are listed below the clients' signatures: `tengrai.batch._drive` and `run_batch`
    take this record.
    """

    concurrency: int | None = None
    output_dir: str | Path | None = None
    journal: str | Path | None = None
    resend_unknown: bool = False
    skip_invalid: bool = False
    on_result: Callable[[BatchResult], object] | None = None
    on_progress: Callable[[BatchProgress], object] | None = None

    @classmethod
    def named(cls, arguments: Mapping[str, Any]) -> BatchOptions:
        """The options among ``arguments`` (a batch method's ``locals()``): its parameters of these names."""
        return cls(**{name: arguments[name] for name in cls.__dataclass_fields__})


class _Window:
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


class _Pacer:
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


@dataclass(slots=True)
class _Task:
    """A created task being watched."""

    request: BatchRequest
    artwork_id: str
    created_at: float
    """When its creation became known, on the client's clock."""
    resumed: bool = False
    """Created by an earlier run (known from the journal)."""
    server_created: float | None = None
    """Its createdAt (Unix seconds), once seen."""
    last: Artwork | None = None


class _Batch:
    def __init__(
        self, core: Core, runner: AsyncRunner, requests: Sequence[BatchRequest], options: BatchOptions, journal: Journal
    ) -> None:
        self.core = core
        self.runner = runner
        self.requests = list(requests)
        self.output_dir = None if options.output_dir is None else Path(options.output_dir)
        self.journal = journal
        self.resend_unknown = options.resend_unknown
        self.on_result = options.on_result
        self.on_progress = options.on_progress
        self.wait_timeout = core.wait_timeout
        self.window = _Window(check_concurrency(options.concurrency))
        self.pacer = _Pacer()
        self.results: dict[str, BatchResult] = {}
        self.progress = BatchProgress(total=len(self.requests), window=self.window.size)
        self.queue: collections.deque[BatchRequest] = collections.deque()
        self.unknown: list[tuple[BatchRequest, float]] = []
        self.watching: dict[str, _Task] = {}
        self.inflight = 0
        self.pause_until = 0.0
        self.last_cut = -math.inf
        self.creating = True
        self._creates_done: Any = None
        self.aborted: TengraiError | None = None
        self.callback_error: Exception | None = None
        """The first exception a callback (``on_result``/``on_progress``) raised: it stops the batch."""
        self._scope: Any = None
        self._wake: Any = None
        self._watch_wake: Any = None
        self._downloads: Any = None
        journal.on_failure = self._stop_when_answered  # a write that failed (a full disk): send nothing more

    # ------------------------------------------------------------------ bookkeeping

    def _changed(self) -> None:
        self.progress.window = self.window.size
        self._call_back(self.on_progress, self.progress)

    def _finish(self, result: BatchResult, request: BatchRequest) -> None:
        self.results[request.item] = result
        self.progress.finished += 1
        if result.status != "succeeded":
            self.progress.failed += 1
        self._call_back(self.on_result, result)
        self._changed()

    def _call_back(self, callback: Callable[[Any], object] | None, value: Any) -> None:
        """Call the user's ``callback``; if it raises, stop the batch and raise that exception once it stopped."""
        if callback is None or self.callback_error is not None:
            return
        try:
            callback(value)
        except Exception as exc:
            self.callback_error = exc
            self._stop_when_answered()

    def _stop_when_answered(self) -> None:
        """Send no more creates; end the run once the creates in flight are answered (so their ids are known)."""
        if self.inflight == 0 and self._scope is not None:
            self._scope.cancel()
        else:
            self._poke()

    def _result(self, request: BatchRequest, status: ResultStatus, **fields: Any) -> BatchResult:
        return BatchResult(
            line=request.line,
            key=request.key,
            operation_id=request.operation_id,
            status=status,
            operation=request.operation,
            **fields,
        )

    def _poke(self) -> None:
        if self._wake is not None:
            self._wake.set()
        if self._watch_wake is not None:
            self._watch_wake.set()

    async def _send(self, flow: Flow[Any], before: Callable[[], object] | None = None) -> Any:
        await self.pacer.take(self.core.clock)
        if before is not None:
            before()  # the journal's record of a create, as close to the wire as the run gets
        self.progress.requests += 1
        result = await self.runner.run(flow)
        self.pacer.answered(self.core.clock())
        return result

    def _throttled(self, exc: RateLimitError | None, sent_at: float) -> None:
        """A 429 (or 503): pause every request for Retry-After and halve the window (once per pause)."""
        self.progress.throttled += 1
        if sent_at <= self.last_cut:
            return  # sent before the pause began: the pause already accounts for it
        wait = exc.retry_after if exc is not None else None
        now = self.core.clock()
        self.pause_until = max(self.pause_until, now + (wait if wait is not None else 1.0))
        if exc is not None:
            self.pacer.limited(now, wait)
        self.window.cut()
        self.last_cut = now
        self._changed()

    async def _ready(self) -> None:
        """Wait out a pause asked for by the server."""
        import anyio

        while True:
            delay = self.pause_until - self.core.clock()
            if delay <= 0:
                return
            await anyio.sleep(delay)

    # ------------------------------------------------------------------ phase 1: reconcile with the journal

    def _reconcile(self) -> None:
        rows = self.journal.rows()
        changed = [
            f"line {request.line} ({request.item}) differs from what the journal recorded when it was sent"
            for request in self.requests
            if request.item in rows and rows[request.item].body != request.canonical_body
        ]
        if changed:
            raise TengraiError(
                f"the input changed since the journal {self.journal.path} was written; restore it or use another "
                "output directory:\n  " + "\n  ".join(changed[:20])
            )
        for request in self.requests:
            row = rows.get(request.item)
            if row is None:
                self.queue.append(request)
            elif row.state == "done":
                self.progress.created += 1
                self._finish(self._from_row(request, row), request)
            elif row.state == "created":
                assert row.artwork_id is not None
                self.progress.created += 1
                self._watch(request, row.artwork_id, resumed=True)
            elif row.state == "unknown" and self.resend_unknown:
                logger.warning(
                    "resending %s (line %d), whose earlier create had an unknown outcome", request.item, request.line
                )
                self.queue.append(request)
            elif row.state == "unknown":
                self._finish(self._result(request, "may_exist", error=row.error), request)
            else:  # sending: a create of an earlier run whose outcome was never recorded
                self.unknown.append((request, row.sent_at or 0.0))

    def _from_row(self, request: BatchRequest, row: JournalRow) -> BatchResult:
        status = row.status if row.status in ("succeeded", "failed", "canceled", "error", "timeout") else "error"
        return self._result(request, status, artwork_id=row.artwork_id, files=row.files, error=row.error)  # type: ignore[arg-type]

    # ------------------------------------------------------------------ phase 2: create

    async def _dispatch(self) -> None:
        import anyio
        import anyio.lowlevel

        async with anyio.create_task_group() as group:
            while self.queue or self.inflight:
                await self._ready()
                if self.callback_error is not None or self.journal.failure is not None:
                    if not self.inflight:
                        self._scope.cancel()
                        return
                    self._wake = anyio.Event()
                    await self._wake.wait()
                    continue
                free = self.window.slots - self.inflight
                if self.queue and free > 0 and self.aborted is None:
                    chosen = [self.queue.popleft() for _ in range(min(free, len(self.queue)))]
                    for request in chosen:
                        self.inflight += 1
                        group.start_soon(self._create, request)
                    await anyio.lowlevel.checkpoint()
                    continue
                if self.aborted is not None:
                    self._abandon_queue()
                    if not self.inflight:
                        break
                self._wake = anyio.Event()
                await self._wake.wait()

    def _abandon_queue(self) -> None:
        while self.queue:
            request = self.queue.popleft()
            self._finish(self._result(request, "error", error=f"not sent: {self.aborted}"), request)

    async def _create(self, request: BatchRequest, attempt: int = 1) -> None:
        core = self.core
        method, url, _, json_body = core.build(request.operation_id, json_body=request.body)
        started = core.clock()
        sent_at = 0.0

        def about_to_send() -> None:
            nonlocal sent_at
            sent_at = self.journal.about_to_send(
                request.item, request.line, request.operation_id, request.canonical_body
            )

        try:
            response = await self._send(
                core.request(method, url, kind="create", json=json_body, max_retries=0), about_to_send
            )
            try:
                artwork = core.artwork_from(response)
            except APIResponseError as unreadable:
                raise Ambiguous(unreadable, started) from unreadable
        except JournalError:
            self.queue.appendleft(request)  # not sent: the journal could not record it (the batch stops)
        except Ambiguous as ambiguous:
            logger.warning("create of %s (line %d): outcome unknown (%s)", request.item, request.line, ambiguous.cause)
            self.unknown.append((request, sent_at))
        except RateLimitError as exc:
            self._throttled(exc, started)
            self.journal.forget(request.item)
            self.queue.appendleft(request)
        except TengraiError as exc:
            self._refused(request, exc, started, attempt)
        else:
            self.window.grow()
            self.journal.created(request.item, artwork.id)
            core.remember_created(artwork, core.clock())
            self.progress.created += 1
            self._watch(request, artwork.id, artwork)
        finally:
            self.inflight -= 1
            self._poke()

    def _refused(self, request: BatchRequest, exc: TengraiError, started: float, attempt: int) -> None:
        """A create that certainly created nothing: try again later if that can help, else report it."""
        self.journal.forget(request.item)
        status = getattr(exc, "status_code", None)
        if (isinstance(exc, APIConnectionError) or status == 503) and attempt < CREATE_ATTEMPTS:
            self._throttled(None, started)
            self.queue.append(request)
            return
        if isinstance(exc, AuthenticationError | PermissionDeniedError):
            self.aborted = exc
        self._finish(self._result(request, "error", error=f"not created: {exc}"), request)

    # ------------------------------------------------------------------ lookups of unknown outcomes

    async def _recover(self) -> None:
        """Look for the tasks of creates whose outcome is unknown; report the ones not found as ``may_exist``."""
        import time

        import anyio

        pending = list(self.unknown)
        self.unknown.clear()
        if not pending:
            return
        newest = max(sent_at for _, sent_at in pending)
        # One look now, then the later ones that are still in the future.
        looks = [0.0, *(delay for delay in RECOVERY_LOOKS[1:] if newest + delay > time.time())]
        for index, delay in enumerate(looks):
            wait = newest + delay - time.time()
            if index and wait > 0:
                await anyio.sleep(wait)
            try:
                pending = await self._look_tried(pending)
            except TengraiError as exc:
                logger.warning("looking for tasks with unknown outcomes failed: %s", exc)
                error = f"{exc}"
                if index == len(looks) - 1:
                    break
                continue
            if not pending:
                return
            error = "no matching task found among the key's newest artworks"
        for request, _ in pending:
            message = (
                f"the create may have reached the server, but {error}; the task may exist. "
                "Check `tengrai list` before sending it again (--resend-unknown)"
            )
            self.journal.unknown(request.item, message)
            self._finish(self._result(request, "may_exist", error=message), request)

    async def _look_tried(self, pending: list[tuple[BatchRequest, float]]) -> list[tuple[BatchRequest, float]]:
        """`_look`, tried again (after 0.25 s, 0.5 s, ...) when its list request failed in a passing way."""
        import anyio

        for attempt in range(LOOK_ATTEMPTS):
            try:
                return await self._look(pending)
            except (APIConnectionError, InternalServerError, RateLimitError) as exc:
                if attempt == LOOK_ATTEMPTS - 1:
                    raise
                if isinstance(exc, RateLimitError):
                    self._throttled(exc, self.core.clock())
                logger.info("looking for tasks with unknown outcomes failed (%s); trying again", exc)
                await anyio.sleep(0.25 * 2**attempt)
        raise AssertionError("unreachable")  # pragma: no cover

    async def _look(self, pending: list[tuple[BatchRequest, float]]) -> list[tuple[BatchRequest, float]]:
        """One look through the newest artworks; claims matches and returns the requests still unmatched."""
        import time

        from .._create import DATE_MARGIN, LOCAL_MARGIN, parameters_match
        from .._parsing import artwork_type_of

        claimed = self.journal.artwork_ids() | set(self.core.created)
        earliest = min(sent_at for _, sent_at in pending)
        candidates: list[Artwork] = []
        skew, margin = 0.0, LOCAL_MARGIN
        offset = 0
        size = _page_size()
        for _ in range(RECOVERY_PAGES):
            await self._ready()
            response = await self._send(self._list_request(offset, size))
            server_now = _server_now(response)
            if server_now is not None:
                skew, margin = server_now - time.time(), DATE_MARGIN
            page = self._parse_page(response)
            candidates += [artwork for artwork in page if artwork.id not in claimed]
            if len(page) < size or page[-1].created_at.timestamp() < earliest + skew - margin:
                break
            offset += len(page)
        candidates.sort(key=lambda artwork: artwork.created_at)
        unmatched = []
        for request, sent_at in sorted(pending, key=lambda entry: entry[1]):
            artwork_type = artwork_type_of(request.operation_id)
            since = sent_at + skew - margin
            match = next(
                (
                    artwork
                    for artwork in candidates
                    if artwork.artwork_type == artwork_type
                    and artwork.created_at.timestamp() >= since
                    and parameters_match(request.body, artwork.parameters)
                ),
                None,
            )
            if match is None:
                unmatched.append((request, sent_at))
                continue
            candidates.remove(match)
            logger.warning(
                "found artwork %s for %s (line %d), whose create had an unknown outcome",
                match.id,
                request.item,
                request.line,
            )
            self.journal.created(request.item, match.id)
            self.core.remember_created(match, self.core.clock())
            self.progress.created += 1
            self._watch(request, match.id, match)
        return unmatched

    # ------------------------------------------------------------------ phase 3: watch by the page

    def _watch(
        self, request: BatchRequest, artwork_id: str, artwork: Artwork | None = None, *, resumed: bool = False
    ) -> None:
        task = _Task(request, artwork_id, self.core.clock(), resumed=resumed)
        if artwork is not None:
            task.server_created = artwork.created_at.timestamp()
            task.last = artwork
        self.watching[artwork_id] = task
        self._changed()
        self._poke()

    def _list_request(self, offset: int, limit: int) -> Flow[httpx.Response]:
        return self.core.request(
            "GET", self.core.url("list_artworks"), params={"offset": offset, "limit": limit}, max_retries=0
        )

    def _parse_page(self, response: httpx.Response) -> list[Artwork]:
        from .._parsing import response_error

        try:
            data = json.loads(response.content)
            if not isinstance(data, list):
                raise ValueError(f"a page of artworks must be a JSON array, got {type(data).__name__}")
            return [self.core.make_artwork(item) for item in data]
        except ValueError as exc:
            raise response_error(response, str(exc)) from exc

    def _next_round(self) -> float:
        """Seconds until the next status round: soon, unless every task is known to need longer (or creates are
        still being sent: then at least `CREATING_INTERVAL`, and a round takes at most `CREATING_STATUS_SHARE` of
        a known rate limit)."""
        now = self.core.clock()
        soonest = math.inf
        windows: dict[str, tuple[float, float] | None] = {}
        for task in self.watching.values():
            kind = task.last.artwork_type if task.last is not None else None
            if kind is not None and kind not in windows:
                windows[kind] = self.core.durations.window(kind)
            window = windows[kind] if kind is not None else None
            expected = task.created_at + window[0] if window is not None else now
            soonest = min(soonest, expected)
        if self._creates_done is None or self._creates_done.is_set():
            return min(MAX_POLL_INTERVAL, max(POLL_INTERVAL, soonest - now))
        rate = self.pacer.rate
        share = 1.0 / (CREATING_STATUS_SHARE * rate) if rate else 0.0
        return max(CREATING_INTERVAL, share, min(MAX_POLL_INTERVAL, soonest - now))

    async def _watcher(self, group: Any) -> None:
        import anyio

        while True:
            if not self.watching:
                if not self.creating:
                    return
                self._watch_wake = anyio.Event()
                await self._watch_wake.wait()
                continue
            if not self._creates_done.is_set():
                with anyio.move_on_after(self._next_round()) as nap:
                    await self._creates_done.wait()
                if not nap.cancelled_caught:
                    continue  # the last create answered: from now on, the usual pace
            else:
                await anyio.sleep(self._next_round())
            await self._ready()
            try:
                await self._round(group)
            except RateLimitError as exc:
                self._throttled(exc, self.core.clock())
            except TengraiError as exc:
                logger.info("status round failed (%s); trying again", exc)

    async def _round(self, group: Any) -> None:
        """One status round: the newest pages of the list, then single polls for tasks not on them."""
        import anyio

        size = _page_size()
        seen: dict[str, Artwork] = {}
        # Creates go on while the list is read: a task whose create answered after the list was asked for is not on
        # it yet, and belongs to the next round, not to a single poll of its own.
        watched = set(self.watching)
        oldest = min(
            (task.server_created for task in self.watching.values() if task.server_created is not None),
            default=-math.inf,
        )
        offset = 0
        for _ in range(STATUS_PAGES):
            await self._ready()
            started = self.core.clock()
            try:
                page = self._parse_page(await self._send(self._list_request(offset, size)))
            except RateLimitError as exc:
                self._throttled(exc, started)
                return
            seen.update((artwork.id, artwork) for artwork in page if artwork.id in self.watching)
            if watched <= seen.keys() or len(page) < size or page[-1].created_at.timestamp() < oldest:
                break
            offset += len(page)
        for artwork in seen.values():
            self._observe(artwork, group)
        missing = [artwork_id for artwork_id in watched if artwork_id not in seen and artwork_id in self.watching]
        if not missing:
            return
        limiter = anyio.Semaphore(INDIVIDUAL_POLLS)

        async def poll(artwork_id: str) -> None:
            async with limiter:
                await self._ready()
                started = self.core.clock()
                try:
                    artwork = await self._send(self.core.get(artwork_id, max_retries=0))
                except RateLimitError as exc:
                    self._throttled(exc, started)
                    return
                except NotFoundError as exc:
                    self._vanished(artwork_id, exc)
                    return
                except TengraiError as exc:
                    logger.info("polling artwork %s failed (%s)", artwork_id, exc)
                    return
                self._observe(artwork, group)

        async with anyio.create_task_group() as polls:
            for artwork_id in missing:
                polls.start_soon(poll, artwork_id)

    def _vanished(self, artwork_id: str, exc: NotFoundError) -> None:
        """A watched artwork the API no longer knows (deleted, or the journal belongs to another key or server)."""
        task = self.watching.get(artwork_id)
        if task is None or (not task.resumed and self.core.clock() - task.created_at < VANISHED_AFTER):
            return  # a task created moments ago may not be readable everywhere yet
        del self.watching[artwork_id]
        error = f"the API does not know artwork {artwork_id} ({exc}): deleted, or created with another key or server"
        self.journal.done(task.request.item, "error", [], error)
        self._finish(self._result(task.request, "error", artwork_id=artwork_id, error=error), task.request)

    def _observe(self, artwork: Artwork, group: Any) -> None:
        task = self.watching.get(artwork.id)
        if task is None:
            return
        task.last = artwork
        task.server_created = artwork.created_at.timestamp()
        if artwork.is_terminal:
            del self.watching[artwork.id]
            if artwork.status == "succeeded" and artwork.id in self.core.created:
                self.core.durations.observe(artwork, total=self.core.clock() - task.created_at)
            group.start_soon(self._complete, task, artwork)
        elif self.core.clock() - task.created_at > self.wait_timeout:
            del self.watching[artwork.id]
            message = f"still {artwork.status} after {self.wait_timeout:g} s; a re-run waits for it again"
            self._finish(
                self._result(task.request, "timeout", artwork_id=artwork.id, error=message, artwork=artwork),
                task.request,
            )

    # ------------------------------------------------------------------ phase 4: finish

    async def _complete(self, task: _Task, artwork: Artwork) -> None:
        request = task.request
        if artwork.status != "succeeded":
            status: ResultStatus = "canceled" if artwork.status == "canceled" else "failed"
            reason = artwork.error  # the server's reason, as `tengrai get ID` shows it
            error = f"the task {artwork.status}: {reason}" if reason else f"the task {artwork.status}"
            self.journal.done(request.item, status, [], error)
            self._finish(self._result(request, status, artwork_id=artwork.id, error=error, artwork=artwork), request)
            return
        files: list[str] = []
        if self.output_dir is not None:
            from .._download import save_flow

            async with self._downloads:
                try:
                    saved = await self.runner.run(
                        save_flow(self.core, artwork, self.output_dir, sidecar=False, deadline=None)
                    )
                except (TengraiError, OSError) as exc:
                    error = f"the task succeeded but its images could not be saved: {exc}"
                    self._finish(
                        self._result(request, "error", artwork_id=artwork.id, error=error, artwork=artwork), request
                    )
                    return
            files = [str(item.path) for item in saved]
        self.journal.done(request.item, "succeeded", files, None)
        self._finish(self._result(request, "succeeded", artwork_id=artwork.id, files=files, artwork=artwork), request)

    # ------------------------------------------------------------------ the whole run

    async def run(self) -> list[BatchResult]:
        import anyio

        self._downloads = anyio.Semaphore(DOWNLOADS)
        self._creates_done = anyio.Event()
        with anyio.CancelScope() as self._scope:
            self._reconcile()
            self._changed()
            async with anyio.create_task_group() as group:
                group.start_soon(self._watcher, group)
                await self._recover()  # earlier runs' unknown outcomes, before anything new could be mistaken for them
                await self._dispatch()
                self._creates_done.set()
                await self._recover()
                self.creating = False
                self._poke()
        if self.callback_error is not None:
            raise self.callback_error
        if self.journal.failure is not None:
            raise self.journal.failure
        return [self.results[request.item] for request in self.requests]

    def stopped_note(self) -> str | None:
        """What a batch that ends with an exception leaves behind, from its journal: the ids of the tasks it created
        and did not see end (so none is lost even with a journal in memory), and how to resume. None if nothing."""
        rows = self.journal.rows()
        waiting = sorted(row.artwork_id for row in rows.values() if row.state == "created" and row.artwork_id)
        unknown = sum(1 for row in rows.values() if row.state in ("sending", "unknown"))
        finished = sum(1 for row in rows.values() if row.state == "done")
        unsent = sum(1 for request in self.requests if request.item not in rows)
        # A journal that stopped accepting writes may miss any of them: then every task is named, finished or not.
        ended = [row for row in rows.values() if row.state == "done" and row.artwork_id] if self.journal.failure else []
        if not (waiting or unknown or ended):
            return None
        parts = [f"the batch stopped: {finished} of {len(self.requests)} requests finished"]
        if waiting:
            parts.append(
                f"{len(waiting)} created tasks were not waited for (client.artworks.wait(id) waits for one): "
                + ", ".join(waiting)
            )
        if ended:
            parts.append(
                f"{len(ended)} tasks ended: "
                + ", ".join(f"{row.artwork_id} (line {row.line}, {row.status})" for row in sorted(ended, key=_line))
            )
        if self.journal.unsaved():
            parts.append(f"the journal missed the last change of {len(self.journal.unsaved())} requests")
        if unknown:
            parts.append(f"{unknown} creates have an unknown outcome (their tasks may exist)")
        if unsent:
            parts.append(f"{unsent} requests were not sent")
        resume = (
            f"run it again with journal={self.journal.path!r} to resume without creating anything twice"
            if self.journal.path is not None
            else "the journal was in memory: keep these ids (pass journal= to make a batch resumable)"
        )
        return "; ".join(parts) + "; " + resume


def _line(row: JournalRow) -> int:
    return row.line


def _server_now(response: httpx.Response) -> float | None:
    import email.utils

    date = response.headers.get("date")
    if not date:
        return None
    try:
        parsed = email.utils.parsedate_to_datetime(date)
    except (TypeError, ValueError, IndexError):
        return None
    return parsed.timestamp() if parsed.tzinfo is not None else None


def _page_size() -> int:
    """The largest page the list operation documents (its ``limit`` maximum)."""
    from ..resources._base import _limit_range

    return _limit_range()[1]


async def run_batch(
    core: Core,
    runner: AsyncRunner,
    requests: Sequence[BatchRequest],
    options: BatchOptions,
    notes: list[str] | None = None,
) -> list[BatchResult]:
    """Run validated ``requests`` with ``core`` and an async ``runner``; the results in input order.

    An exception that ends the run early (a callback's, a cancellation, Ctrl-C) carries a note naming the tasks
    created and not yet seen end (`_Batch.stopped_note`); ``notes`` receives it too, for the blocking client, which
    sees Ctrl-C as a KeyboardInterrupt rather than as this coroutine's cancellation.
    """
    with Journal(options.journal) as opened:
        batch = _Batch(core, runner, requests, options, opened)
        try:
            return await batch.run()
        except BaseException as exc:
            note = batch.stopped_note()
            if note is not None:
                exc.add_note(note)
                if notes is not None:
                    notes.append(note)
            raise


def check_concurrency(concurrency: Any) -> int:
    """``concurrency`` as a positive int, or `ValidationError`."""
    from .._exceptions import ValidationError

    if concurrency is None:
        return DEFAULT_CONCURRENCY
    if isinstance(concurrency, bool) or not isinstance(concurrency, int) or concurrency < 1:
        raise ValidationError(
            "concurrency", concurrency, "concurrency (creates in flight at most) must be an integer >= 1"
        )
    return concurrency


def prepare(
    requests: Iterable[Any], *, strict: bool, skip_invalid: bool
) -> tuple[list[BatchRequest], list[BatchResult]]:
    """Validate every request; raise `InvalidRequestsError` unless ``skip_invalid`` (then they become results)."""
    from ._requests import InvalidRequestsError, parse_requests

    valid, problems = parse_requests(requests, strict=strict)
    if problems and not skip_invalid:
        raise InvalidRequestsError(problems)
    skipped = [
        BatchResult(line=problem.line, key=problem.key, operation_id="", status="invalid", error=problem.message)
        for problem in problems
    ]
    return valid, skipped


def merge(results: list[BatchResult], skipped: list[BatchResult]) -> list[BatchResult]:
    """Results and skipped invalid requests together, in input order."""
    return sorted([*results, *skipped], key=lambda result: result.line)
