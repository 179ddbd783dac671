"""The state of one running batch and its bookkeeping, shared by its phases (`tengrai.batch._scheduler`)."""

from __future__ import annotations

import collections
import math
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

from ._pace import Pacer, Window
from ._results import BatchOptions, BatchProgress, BatchResult, ResultStatus

if TYPE_CHECKING:
    from .._client_state import Core
    from .._engine.runners import AsyncRunner, Flow
    from .._exceptions import RateLimitError, TengraiError
    from .._tasks.recovery import Attempt
    from .._tasks.registry import CreateRecord
    from ..types import Artwork
    from ._journal import Journal
    from ._requests import BatchRequest

__all__ = ["BatchState", "Task", "Unknown"]


@dataclass(slots=True)
class Task:
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

    def expires(self, wait_timeout: float) -> float:
        """When waiting for it ends (client clock)."""
        return self.created_at + wait_timeout


@dataclass(frozen=True, slots=True)
class Unknown:
    """A create whose outcome is unknown, to be looked for: when it was in flight, and its record in the client's
    registry of tasks (open until the lookup ends)."""

    request: BatchRequest
    attempt: Attempt
    record: CreateRecord
    resendable: bool = False
    """It failed with a 503: looks that all succeeded and saw no candidate prove it created nothing."""


class BatchState:
    """Everything one run knows, and the bookkeeping every phase shares."""

    def __init__(
        self, core: Core, runner: AsyncRunner, requests: Sequence[BatchRequest], options: BatchOptions, journal: Journal
    ) -> None:
        from ._requests import check_concurrency

        self.core = core
        self.runner = runner
        self.requests = list(requests)
        self.output_dir = None if options.output_dir is None else Path(options.output_dir)
        self.journal = journal
        self.resend_unknown = options.resend_unknown
        self.retry_failed = options.retry_failed
        self.on_result = options.on_result
        self.on_progress = options.on_progress
        self.wait_timeout = core.wait_timeout
        self.window = Window(check_concurrency(options.concurrency))
        self.pacer = Pacer()
        self.results: dict[str, BatchResult] = {}
        self.progress = BatchProgress(total=len(self.requests), window=self.window.size)
        self.queue: collections.deque[BatchRequest] = collections.deque()
        self.unknown: list[Unknown] = []
        self.resent: set[str] = set()
        """Items sent once more after a 503 whose looks proved that it created nothing (never a third time)."""
        self.watching: dict[str, Task] = {}
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
        if wait is not None:
            wait = min(wait, self.core.retry.max_retry_after)  # as a single call: never longer than its cap
        now = self.core.clock()
        self.pause_until = max(self.pause_until, now + (wait if wait is not None else 1.0))
        if exc is not None:
            self.pacer.limited(now, wait)
        self.window.cut()
        self.last_cut = now
        self._changed()

    async def _ready(self, until: float = math.inf) -> None:
        """Wait out a pause asked for by the server (at most until ``until``, on the client's clock)."""
        import anyio

        while True:
            now = self.core.clock()
            delay = min(self.pause_until, until) - now
            if delay <= 0:
                return
            await anyio.sleep(delay)
