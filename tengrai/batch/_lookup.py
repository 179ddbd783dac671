"""Looking for the tasks of a batch's creates whose outcome is unknown, by the rules single calls follow.

A create of this run that may have reached the server without a readable answer, or one an earlier run recorded as
being sent and never answered, is looked for among the key's newest artworks with `tengrai._tasks.recovery`: an artwork
is taken only if the create can account for it (same type and parameters, created while that create was in flight
by the server's clock, not owned by any create of this client) and no other create of this client with the same
parameters (a single call running beside the batch, say) could own it; it is claimed in the client's one registry
of tasks. The creates of one lookup with equal bodies share its candidates, the earliest create taking the
earliest task. One not found is reported as ``may_exist``.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from .._exceptions import APIConnectionError, InternalServerError, RateLimitError, TengraiError
from .._logging import logger
from .._tasks.recovery import LOCAL_MARGIN, Candidates, Page, ServerTime, read_page
from ._state import Unknown
from ._watch import Watching, page_size

if TYPE_CHECKING:
    from ..types import Artwork

__all__ = ["LOOK_ATTEMPTS", "RECOVERY_LOOKS", "RECOVERY_PAGES", "Lookups"]

RECOVERY_PAGES = 20
"""Pages of the list looked through at most for tasks whose create outcome is unknown."""
RECOVERY_LOOKS = (0.0, 1.0, 4.0)
"""Seconds after the newest unknown create's answer window closed at which its task is looked for (the server may
still be storing it): one look at once, then those of these times that are still to come."""
LOOK_ATTEMPTS = 5
"""Tries of one look whose list request failed on the wire or with a 5xx/429 (a read: safe to send again) before
the look counts as failed; a failed last look leaves the creates it was for as ``may_exist``."""


class Lookups(Watching):
    """The lookups of a run's unknown outcomes (on top of watching: a task found is watched)."""

    async def _recover(self) -> None:
        """Look for the tasks of creates whose outcome is unknown; report the ones not found as ``may_exist``."""
        import anyio

        pending = list(self.unknown)
        self.unknown.clear()
        if not pending:
            return
        clock = self.core.clock
        newest = max(unknown.attempt.ended for unknown in pending)
        # One look now, then the later ones that are still in the future.
        looks = [0.0, *(delay for delay in RECOVERY_LOOKS[1:] if newest + delay > clock())]
        error = "no matching task was created while it was in flight, among the key's newest artworks"
        contested: set[str] = set()
        failed = False
        for index, delay in enumerate(looks):
            wait = newest + delay - clock()
            if index and wait > 0:
                await anyio.sleep(wait)
            try:
                pending = await self._look_tried(pending, contested)
            except TengraiError as exc:
                logger.warning("looking for tasks with unknown outcomes failed: %s", exc)
                error, failed = f"{exc}", True
                if index == len(looks) - 1:
                    break
                continue
            if not pending:
                return
        for unknown in pending:
            if unknown.resendable and not failed and unknown.request.item not in contested:
                self._not_created(unknown)
                continue
            why = (
                "a matching task was found, but another create of this client with the same parameters was in "
                "flight at the same time, so whose it is cannot be told"
                if unknown.request.item in contested
                else error
            )
            message = (
                f"the create may have reached the server, but {why}; the task may exist. "
                "Check `tengrai list` before sending it again (--resend-unknown)"
            )
            self.core.ledger.end(unknown.record, clock(), unknown=True)
            self.journal.unknown(unknown.request.item, message)
            self._finish(self._result(unknown.request, "may_exist", error=message), unknown.request)

    def _not_created(self, unknown: Unknown) -> None:
        """A 503'd create that every look proved created nothing: sent once more, or reported not created."""
        request = unknown.request
        self.core.ledger.end(unknown.record, self.core.clock())
        self.journal.forget(request.item)
        if request.item in self.resent:
            self._finish(self._result(request, "error", error="not created: answered 503 twice"), request)
            return
        logger.warning(
            "create of %s (line %d) answered 503 and created no task; sending it again", request.item, request.line
        )
        self.resent.add(request.item)
        self.queue.append(request)

    async def _look_tried(self, pending: list[Unknown], contested: set[str]) -> list[Unknown]:
        """`_look`, tried again (after 0.25 s, 0.5 s, ...) when its list request failed in a passing way."""
        import anyio

        for attempt in range(LOOK_ATTEMPTS):
            try:
                return await self._look(pending, contested)
            except (APIConnectionError, InternalServerError, RateLimitError) as exc:
                if attempt == LOOK_ATTEMPTS - 1:
                    raise
                if isinstance(exc, RateLimitError):
                    self._throttled(exc, self.core.clock())
                logger.info("looking for tasks with unknown outcomes failed (%s); trying again", exc)
                await anyio.sleep(0.25 * 2**attempt)
        raise AssertionError("unreachable")  # pragma: no cover

    async def _pages(self, searches: list[Candidates]) -> list[Page]:
        """The newest pages of the list, back to before the earliest of ``searches``' creates."""
        pages: list[Page] = []
        size = page_size()
        offset = 0
        for _ in range(RECOVERY_PAGES):
            await self._ready()
            asked = self.core.clock()
            page = read_page(self.core, await self._send(self._list_request(offset, size)), asked)
            pages.append(page)
            if page.size < size or all(search.past(page) for search in searches):
                break
            offset += page.size
        return pages

    async def _look(self, pending: list[Unknown], contested: set[str]) -> list[Unknown]:
        """One look through the newest artworks; claims matches and returns the creates still unmatched (the
        items of those whose match another create of the client could own are added to ``contested``)."""
        from .._parsing import artwork_type_of

        searches = [
            Candidates(artwork_type_of(unknown.request.operation_id), unknown.request.body, unknown.attempt)
            for unknown in pending
        ]
        pages = await self._pages(searches)
        found: list[tuple[Artwork, ServerTime]] = sorted(
            ((artwork, page.time) for page in pages for artwork in page.artworks),
            key=lambda entry: entry[0].created_at,
        )
        ledger = self.core.ledger
        allies = [unknown.record for unknown in pending]
        unmatched = []
        for unknown, search in sorted(zip(pending, searches, strict=True), key=_oldest_first):
            match = next((artwork for artwork, time in found if search.fits(self.core, artwork, time)), None)
            since = unknown.attempt.sent - LOCAL_MARGIN
            if match is not None and ledger.rivals(unknown.record, since, allies=allies):
                contested.add(unknown.request.item)
                match = None
            if match is None or not ledger.claim(match.id, self.core.clock()):
                unmatched.append(unknown)
                continue
            self._adopt(unknown, match)
        return unmatched

    def _adopt(self, unknown: Unknown, artwork: Artwork) -> None:
        request = unknown.request
        logger.warning(
            "found artwork %s for %s (line %d), whose create had an unknown outcome",
            artwork.id,
            request.item,
            request.line,
        )
        now = self.core.clock()
        self.core.ledger.end(unknown.record, now, artwork_id=artwork.id)
        self.core.ledger.remember(artwork, now)
        self.journal.created(request.item, artwork.id)
        self.progress.created += 1
        self._watch(request, artwork.id, artwork)


def _oldest_first(entry: tuple[Unknown, Candidates]) -> tuple[float, int]:
    return entry[0].attempt.sent, entry[0].request.line
