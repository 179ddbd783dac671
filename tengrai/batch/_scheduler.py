"""Running a batch: creates at an adaptive rate, status read by the page, results saved, all of it journalled.

One run goes through four phases, every one of them resumable:

1. **Reconcile** the input with the journal: finished items are skipped, items with an artwork id are waited
   for (never created again), items whose create outcome is unknown are looked up among the key's newest
   artworks (`tengrai.batch._lookup`) and, if not found, reported as ``may_exist`` (sent again only with
   ``resend_unknown``). Items whose task failed or was canceled are final, unless ``retry_failed`` sends them
   again as new tasks.
2. **Create** the remaining items with at most ``window`` creates in flight. The window grows by one per answered
   create (AIMD: additive increase) and halves on a 429, when every request also pauses for the server's
   ``Retry-After`` (at most the client's cap, as for a single call). A create that certainly created nothing (429,
   503, a connection that never opened) goes back to the queue; one that may have reached the server is looked up
   after the other creates are done. Every create registers in the client's one registry of tasks, as single
   calls' creates do, so neither ever takes a task the other could own.
3. **Watch** every created task by the page (`tengrai.batch._watch`): one ``GET /v2/artworks?limit=<max>``
   answers for that many of the key's newest tasks per round; tasks not on the first pages are polled one by one.
   A task's wait ends ``wait_timeout`` after its creation became known, whether or not a status read succeeds.
4. **Finish** each task as it ends: save its images (when an output directory is given) and record the outcome.

Results come back in input order. The async engine runs on anyio; the blocking client runs it on an event loop of
its own (`tengrai.batch._entry`).
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from typing import TYPE_CHECKING, Any

from .._client_state import Ambiguous
from .._exceptions import (
    APIConnectionError,
    APIResponseError,
    AuthenticationError,
    PermissionDeniedError,
    RateLimitError,
    TengraiError,
)
from .._logging import logger
from ._journal import Journal, JournalError, JournalRow
from ._lookup import Lookups
from ._pace import Pacer as _Pacer
from ._requests import DEFAULT_CONCURRENCY, BatchRequest
from ._results import RETRYABLE, BatchOptions, BatchProgress, BatchResult, ResultStatus
from ._state import Unknown
from ._watch import CREATING_INTERVAL, CREATING_STATUS_SHARE, DOWNLOADS, POLL_INTERVAL

if TYPE_CHECKING:
    from .._client_state import Core
    from .._engine.runners import AsyncRunner
    from .._tasks.recovery import Attempt
    from .._tasks.registry import CreateRecord
    from ..types import Artwork

__all__ = [
    "CREATING_INTERVAL",
    "CREATING_STATUS_SHARE",
    "DEFAULT_CONCURRENCY",
    "POLL_INTERVAL",
    "BatchOptions",
    "BatchProgress",
    "BatchResult",
    "ResultStatus",
    "_Pacer",
    "merge",
    "prepare",
    "run_batch",
]

CREATE_ATTEMPTS = 8
"""Attempts of a create that failed without creating anything (connection refused, 503) before giving up;
429s do not count."""


class _Batch(Lookups):
    """One run: phases 1 and 2 here, the lookups, the watching and the finishing in the classes below it."""

    # ------------------------------------------------------------------ phase 1: reconcile with the journal

    def _reconcile(self) -> None:
        rows = self.journal.rows()
        now = self.core.clock()
        wall = self.core.wall()
        for artwork_id in self.journal.artwork_ids():  # tasks of earlier runs: no recovery may take them
            self.core.ledger.claim(artwork_id, now)
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
            elif row.state == "done" and self.retry_failed and row.status in RETRYABLE:
                logger.warning(
                    "retrying line %d (%s): artwork %s %s: %s",
                    request.line,
                    request.item,
                    row.artwork_id,
                    row.status,
                    row.error,
                )
                self.journal.retry(request.item)
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
                self._unknown_outcome(request, self._earlier_attempt(row.sent_at or 0.0, now, wall))

    def _earlier_attempt(self, sent_at: float, now: float, wall: float) -> Attempt:
        """When an earlier run's create (intent recorded at wall time ``sent_at``) was in flight, on this client's
        clock (which read ``now`` when the wall clock read ``wall``): from its intent for at most the per-request
        timeout (the whole request ends within it)."""
        from .._tasks.recovery import Attempt

        sent = now - max(0.0, wall - sent_at)
        bound = self.core.read_timeout
        return Attempt(sent, now if bound is None else min(now, sent + bound))

    def _unknown_outcome(
        self, request: BatchRequest, attempt: Attempt, record: CreateRecord | None = None, resendable: bool = False
    ) -> None:
        """Queue a create whose outcome is unknown for a lookup (registered as open until then)."""
        if record is None:
            record = self.core.ledger.start(request.operation_id, request.body, self.core.clock())
        self.unknown.append(Unknown(request, attempt, record, resendable))

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

    def _resend_due(self) -> bool:
        """Whether lines queued again after a proven-empty 503 are to be sent (never once the run is stopping)."""
        stopping = self.aborted is not None or self.callback_error is not None or self.journal.failure is not None
        return bool(self.queue) and bool(self.resent) and not stopping

    def _abandon_queue(self) -> None:
        while self.queue:
            request = self.queue.popleft()
            self._finish(self._result(request, "error", error=f"not sent: {self.aborted}"), request)

    async def _create(self, request: BatchRequest, attempt: int = 1) -> None:
        """Send one create, registered in the client's registry of tasks as every create is."""
        from .._tasks.recovery import Attempt, resendable

        core = self.core
        record = core.ledger.start(request.operation_id, request.body, core.clock())
        started = core.clock()
        try:
            artwork = await self._send_create(request, started)
        except JournalError:
            core.ledger.end(record, core.clock())
            self.queue.appendleft(request)  # not sent: the journal could not record it (the batch stops)
        except Ambiguous as ambiguous:
            logger.warning("create of %s (line %d): outcome unknown (%s)", request.item, request.line, ambiguous.cause)
            attempt_ = Attempt(ambiguous.sent_at, ambiguous.ended)
            self._unknown_outcome(request, attempt_, record, resendable(ambiguous.cause))
        except RateLimitError as exc:
            core.ledger.end(record, core.clock())
            self._throttled(exc, started)
            self.journal.forget(request.item)
            self.queue.appendleft(request)
        except TengraiError as exc:
            core.ledger.end(record, core.clock())
            self._refused(request, exc, started, attempt)
        except BaseException:
            core.ledger.end(record, core.clock(), unknown=True)  # cancelled while the outcome was open
            raise
        else:
            self.window.grow()
            core.ledger.end(record, core.clock(), artwork_id=artwork.id)
            core.ledger.remember(artwork, core.clock())
            self.journal.created(request.item, artwork.id)
            self.progress.created += 1
            self._watch(request, artwork.id, artwork)
        finally:
            self.inflight -= 1
            self._poke()

    async def _send_create(self, request: BatchRequest, started: float) -> Artwork:
        """Record the create in the journal just before it is sent (after any pacing), send it, read its answer."""
        core = self.core
        method, url, _, json_body = core.build(request.operation_id, json_body=request.body)

        def about_to_send() -> None:
            self.journal.about_to_send(request.item, request.line, request.operation_id, request.canonical_body)

        response = await self._send(
            core.request(method, url, kind="create", json=json_body, max_retries=0), about_to_send
        )
        try:
            return core.artwork_from(response)
        except APIResponseError as unreadable:
            raise Ambiguous(unreadable, started, core.clock()) from unreadable

    def _refused(self, request: BatchRequest, exc: TengraiError, started: float, attempt: int) -> None:
        """A create that certainly created nothing: try again later if that can help, else report it."""
        self.journal.forget(request.item)
        if isinstance(exc, APIConnectionError) and attempt < CREATE_ATTEMPTS:
            self._throttled(None, started)
            self.queue.append(request)
            return
        if isinstance(exc, AuthenticationError | PermissionDeniedError):
            self.aborted = exc
        self._finish(self._result(request, "error", error=f"not created: {exc}"), request)

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
                while self._resend_due():  # 503s whose looks proved that they created nothing
                    await self._dispatch()
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
