"""Watching a batch's tasks: status read by the page, single polls for the rest, and each task finished as it ends.

Every created task is watched until it ends or its wait ends (``wait_timeout`` after its creation became known),
whether or not a status read ever succeeds: the watcher wakes for the first wait to end, through pauses a 429 asked
for, and every status read is cut at it.
"""

from __future__ import annotations

import json
import math
from typing import TYPE_CHECKING, Any

from .._client_state import DeadlineExpired
from .._exceptions import NotFoundError, RateLimitError, TengraiError
from .._logging import logger
from .._request_ids import stamp
from ._results import ResultStatus
from ._state import BatchState, Task

if TYPE_CHECKING:
    import httpx

    from .._engine.runners import Flow
    from ..types import Artwork
    from ._requests import BatchRequest

__all__ = [
    "CREATING_INTERVAL",
    "CREATING_STATUS_SHARE",
    "DOWNLOADS",
    "MAX_POLL_INTERVAL",
    "POLL_INTERVAL",
    "Watching",
    "page_size",
]

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
INDIVIDUAL_POLLS = 8
"""Single-artwork polls in flight at most."""
DOWNLOADS = 8
"""Artworks whose images are downloaded at the same time at most."""
VANISHED_AFTER = 30.0
"""Seconds after its create answered before a task this run created counts as gone when the API answers 404."""


class Watching(BatchState):
    """Phases 3 and 4 of a run: watch by the page, finish each task."""

    def _watch(
        self, request: BatchRequest, artwork_id: str, artwork: Artwork | None = None, *, resumed: bool = False
    ) -> None:
        task = Task(request, artwork_id, self.core.clock(), resumed=resumed)
        if artwork is not None:
            task.server_created = artwork.created_at.timestamp()
            task.last = artwork
        self.watching[artwork_id] = task
        self._changed()
        self._poke()

    def _list_request(self, offset: int, limit: int, deadline: float | None = None) -> Flow[httpx.Response]:
        return self.core.request(
            "GET",
            self.core.url("list_artworks"),
            params={"offset": offset, "limit": limit},
            max_retries=0,
            deadline=_finite(deadline),
        )

    def _parse_page(self, response: httpx.Response) -> list[Artwork]:
        from .._parsing import response_error

        try:
            data = json.loads(response.content)
            if not isinstance(data, list):
                raise ValueError(f"a page of artworks must be a JSON array, got {type(data).__name__}")
            return stamp([self.core.make_artwork(item) for item in data], response)
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
            pause = min(MAX_POLL_INTERVAL, max(POLL_INTERVAL, soonest - now))
        else:
            rate = self.pacer.rate
            share = 1.0 / (CREATING_STATUS_SHARE * rate) if rate else 0.0
            pause = max(CREATING_INTERVAL, share, min(MAX_POLL_INTERVAL, soonest - now))
        return min(pause, max(0.0, self._next_expiry() - now))  # a task's wait ends on time, seen or not

    async def _watcher(self, group: Any) -> None:
        import anyio

        while True:
            self._expire()
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
            await self._ready(self._next_expiry())
            if self.core.clock() >= self._next_expiry():
                continue  # a wait ended during the pause: end it before reading on
            await self._status_round(group)

    async def _status_round(self, group: Any) -> None:
        """One round; a failed or cut one is tried again at the next (each task's wait still ends on time)."""
        try:
            await self._round(group)
        except RateLimitError as exc:
            self._throttled(exc, self.core.clock())
        except TengraiError as exc:
            logger.info("status round failed (%s); trying again", exc)
        except DeadlineExpired:
            logger.info("a status read reached the end of a task's wait")

    def _next_expiry(self) -> float:
        """When the first watched task's wait ends (client clock; infinity with none)."""
        return min((task.expires(self.wait_timeout) for task in self.watching.values()), default=math.inf)

    def _expire(self) -> None:
        """End the wait of every watched task whose time is up, whether or not it was ever seen."""
        now = self.core.clock()
        for task in [task for task in self.watching.values() if now >= task.expires(self.wait_timeout)]:
            del self.watching[task.artwork_id]
            status = task.last.status if task.last is not None else "not seen"
            message = f"still {status} after {self.wait_timeout:g} s; a re-run waits for it again"
            self._finish(
                self._result(task.request, "timeout", artwork_id=task.artwork_id, error=message, artwork=task.last),
                task.request,
            )

    async def _round(self, group: Any) -> None:
        """One status round: the newest pages of the list, then single polls for tasks not on them."""
        import anyio

        size = page_size()
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
                page = self._parse_page(await self._send(self._list_request(offset, size, self._next_expiry())))
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
                    task = self.watching.get(artwork_id)
                    deadline = task.expires(self.wait_timeout) if task is not None else None
                    artwork = await self._send(self.core.get(artwork_id, max_retries=0, deadline=_finite(deadline)))
                except RateLimitError as exc:
                    self._throttled(exc, started)
                    return
                except NotFoundError as exc:
                    self._vanished(artwork_id, exc)
                    return
                except (TengraiError, DeadlineExpired) as exc:
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
            if artwork.status == "succeeded" and self.core.ledger.owned(artwork.id):
                self.core.durations.observe(artwork, total=self.core.clock() - task.created_at)
            group.start_soon(self._complete, task, artwork)
        else:
            self._expire()

    async def _complete(self, task: Task, artwork: Artwork) -> None:
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
            from .._tasks.downloads import save_flow

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


def page_size() -> int:
    """The largest page the list operation documents (its ``limit`` maximum)."""
    from .._paging import _limit_range

    return _limit_range()[1]


def _finite(deadline: float | None) -> float | None:
    return deadline if deadline is not None and math.isfinite(deadline) else None
