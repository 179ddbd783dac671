"""Finding the task of a create whose answer was lost: one set of rules for single calls and batches.

When a create may have reached the server without its answer reaching the client, the client looks at the key's
newest artworks for its task. An artwork is a candidate (`Candidates.fits`) only when the create can account for
it:

* same artwork type, and every parameter that was sent echoed back equal (`parameters_match`);
* created while that create was in flight: after its sending began and before its answer window closed, on the
  server's clock (`ServerTime`), so a teammate's identical task created after this create ended is never taken;
* not already owned by a create of this client (the client's one registry, `tengrai._tasks.registry.Ledger`).

A candidate is taken only when it is certainly this create's: the one candidate, confirmed by a second look for a
single call, while no other create of this client with the same parameters (single or batch) is in flight or ended
not knowing its outcome, and claimed atomically in the registry (one task is never handed to two callers).
Otherwise the outcome stays unknown (`CreateOutcomeUnknownError`; ``may_exist`` in a batch) and the candidates
are named. After a 503 (`resendable`), looks that all succeeded and saw no candidate at all prove that no task was
created: `NotCreated` is raised instead, and the caller may send the create once more.

The server's clock is read from the list answer's ``Date`` header (1 s resolution), mapped onto the client's clock
by when the list request was sent and answered, so client and server clocks need not agree. A server that sends no
``Date`` leaves only the local wall clock, with a minute's slack either side (`LOCAL_MARGIN`).
"""

from __future__ import annotations

import datetime
import email.utils
import json
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any, Generic, Protocol, TypeVar, cast

from .._client_state import Ambiguous, DeadlineExpired
from .._engine.runners import Flow, sleep
from .._exceptions import CreateOutcomeUnknownError, TengraiError
from .._logging import logger
from .._parsing import artwork_type_of, response_error
from .._request_ids import stamp

if TYPE_CHECKING:
    import httpx

    from .._client_state import Core
    from ..types import Artwork
    from .registry import CreateRecord

__all__ = [
    "RECOVERY_DELAYS",
    "Attempt",
    "Candidates",
    "Listed",
    "Listing",
    "NotCreated",
    "ServerTime",
    "find_flow",
    "parameters_match",
    "read_page",
    "recover_flow",
    "resendable",
    "server_now",
]

RECOVERY_DELAYS = (0.0, 1.0, 3.0)
"""Pauses before each look for a task whose create outcome is unknown. A single match is taken only when one more
look, `CONFIRM_DELAY` later, shows it again."""
CONFIRM_DELAY = 1.0
"""Pause before the look that confirms a single match."""
RECOVERY_PAGE_SIZE = 50
RECOVERY_MAX_PAGES = 4
DATE_MARGIN = 5.0
"""Seconds of slack before a create's time window when it is read on the server's clock."""
LATE_MARGIN = 2.0
"""Seconds of slack after it (beyond the Date header's 1 s resolution): a task created later than that, after the
create's answer window closed, is not its task (a teammate's identical create, say)."""
LOCAL_MARGIN = 60.0
"""Seconds of slack when the server sends no Date header and the local wall clock has to stand in for it."""


class NotCreated(Exception):
    """Every look after a 503 succeeded and saw no candidate: the create made no task and may be sent again."""

    def __init__(self, cause: BaseException) -> None:
        self.cause = cause
        super().__init__(str(cause))


def resendable(cause: BaseException) -> bool:
    """Whether a create that failed with ``cause`` may be sent again once looks prove it made no task (a 503)."""
    return getattr(cause, "status_code", None) == 503


class Listed(Protocol):
    """What recovery reads of a listed artwork (a V2 `Artwork`, a `V1Artwork`)."""

    @property
    def id(self) -> str:
        """The artwork id."""

    @property
    def artwork_type(self) -> str:
        """Its type, as the list shows it."""

    @property
    def created_at(self) -> datetime.datetime:
        """When the server created it."""

    @property
    def parameters(self) -> Mapping[str, Any]:
        """The request parameters it echoes."""


A = TypeVar("A", bound=Listed)


@dataclass(frozen=True)
class Listing(Generic[A]):
    """Where the task of one kind of create is looked for: the list operation, its artwork type, how an entry is
    read, and the call that shows the list to the user."""

    operation_id: str
    artwork_type: str
    read: Callable[[Any], A]
    shown_by: str


def v2_listing(core: Core, operation_id: str) -> Listing[Artwork]:
    """Where a V2 create's task is looked for: ``GET /v2/artworks``."""
    return Listing("list_artworks", artwork_type_of(operation_id), core.make_artwork, "client.artworks.list()")


@dataclass(frozen=True, slots=True)
class Attempt:
    """When one create was in flight, on the client's clock: only then can it have created a task."""

    sent: float
    """When its sending began."""
    ended: float
    """When its answer window closed (the failure, or the unreadable answer, arrived)."""


@dataclass(frozen=True, slots=True)
class ServerTime:
    """The server's clock, read from one list answer and mapped onto the client's clock.

    The answer's ``Date`` (whole seconds, truncated) was stamped between the list request's sending (``asked``)
    and its answer's arrival (``received``); without one, the local wall clock at ``received`` stands in.
    """

    date: float
    asked: float
    received: float
    early: float
    """Slack before the window (seconds)."""
    late: float
    """Slack after it: the Date header's resolution and `LATE_MARGIN`."""

    @classmethod
    def of(cls, core: Core, response: httpx.Response, asked: float) -> ServerTime:
        """The server time of ``response``, a list answer to a request sent at ``asked`` (client clock)."""
        received = core.clock()
        date = server_now(response)
        if date is None:
            return cls(core.wall(), received, received, LOCAL_MARGIN, LOCAL_MARGIN)
        return cls(date, asked, received, DATE_MARGIN, 1.0 + LATE_MARGIN)

    def window(self, attempt: Attempt) -> tuple[float, float]:
        """The earliest and latest server time (Unix seconds) at which ``attempt`` can have created its task."""
        since = self.date + (attempt.sent - self.received) - self.early
        until = self.date + (attempt.ended - self.asked) + self.late
        return since, until


def server_now(response: httpx.Response) -> float | None:
    """The server's time (Unix seconds) from a response's ``Date`` header, or None without a usable one."""
    date = response.headers.get("date")
    if not date:
        return None
    try:
        parsed = email.utils.parsedate_to_datetime(date)
    except (TypeError, ValueError, IndexError):
        return None
    return parsed.timestamp() if parsed.tzinfo is not None else None


def parameters_match(sent: Mapping[str, Any], echoed: Mapping[str, Any]) -> bool:
    """Whether an artwork's echoed parameters show every field that was sent, with the value that was sent.

    Fields the server added (its defaults) are ignored. A seed may come back as sent or transformed.
    """
    for key, value in sent.items():
        if key not in echoed:
            return False
        got = echoed[key]
        if _same(got, value):
            continue
        if key == "seed" and isinstance(value, int) and not isinstance(value, bool):
            from ..validation import transformed_seed

            if _same(got, transformed_seed(value)):
                continue
        return False
    return True


def _same(got: Any, sent: Any) -> bool:
    # JSON does not tell 3 from 3.0, but it does tell true from 1.
    return bool(got == sent) and isinstance(got, bool) == isinstance(sent, bool)


@dataclass
class Page:
    """One page of the key's newest artworks, as recovery reads it."""

    time: ServerTime
    artworks: list[Any]
    """The entries that could be read, newest first."""
    unreadable: list[Any]
    """Entries that could not be read as artworks (never taken; named when they may be the task)."""
    size: int
    """Entries on the page."""
    oldest: float | None
    """The oldest createdAt (Unix seconds) among the readable entries."""


def read_page(core: Core, response: httpx.Response, asked: float, read: Callable[[Any], Listed] | None = None) -> Page:
    """A list answer to a request sent at ``asked``; an entry that cannot be read (by ``read``, default the core's
    artwork factory) is kept apart, not fatal."""
    read = read or core.make_artwork
    time = ServerTime.of(core, response, asked)
    try:
        items = json.loads(response.content)
    except (ValueError, RecursionError) as exc:
        raise response_error(response, f"not JSON ({type(exc).__name__})") from exc
    if not isinstance(items, list):
        raise response_error(response, f"a page of artworks must be a JSON array, got {type(items).__name__}")
    page = Page(time, [], [], len(items), None)
    for item in items:
        try:
            artwork = stamp(read(item), response)
            created = artwork.created_at.timestamp()
        except (ValueError, OverflowError, TypeError):
            page.unreadable.append(item)
            continue
        page.artworks.append(artwork)
        page.oldest = created if page.oldest is None else min(page.oldest, created)
    return page


@dataclass
class Candidates:
    """The artworks that one create can account for (see the module docstring), as found on list pages."""

    artwork_type: str
    body: Mapping[str, Any]
    attempt: Attempt
    matches: list[Listed] = field(default_factory=list)
    unreadable: list[str] = field(default_factory=list)
    """Ids of unreadable entries whose type and parameters match (never taken, only named)."""

    def fits(self, core: Core, artwork: Listed, time: ServerTime) -> bool:
        """Whether ``artwork`` may be this create's task."""
        since, until = time.window(self.attempt)
        return (
            artwork.artwork_type == self.artwork_type
            and since <= artwork.created_at.timestamp() <= until
            and not core.ledger.owned(artwork.id)
            and parameters_match(self.body, artwork.parameters)
        )

    def add(self, core: Core, page: Page) -> None:
        """Collect the candidates of one page."""
        self.matches += [artwork for artwork in page.artworks if self.fits(core, artwork, page.time)]
        for item in page.unreadable:
            suspect = self._maybe(item)
            if suspect is not None and not core.ledger.owned(suspect):
                self.unreadable.append(suspect)

    def past(self, page: Page) -> bool:
        """Whether the page reaches back before this create (older pages cannot hold its task)."""
        return page.oldest is not None and page.oldest < page.time.window(self.attempt)[0]

    def _maybe(self, item: Any) -> str | None:
        if not isinstance(item, dict):
            return None
        artwork_id, parameters = item.get("id"), item.get("parameters")
        if not isinstance(artwork_id, str) or not isinstance(parameters, dict):
            return None
        if item.get("artworkType") != self.artwork_type or not parameters_match(self.body, parameters):
            return None
        return artwork_id


def _look(core: Core, found: Candidates, deadline: float | None, listing: Listing[Any]) -> Flow[Candidates]:
    """One look through the newest artworks of ``listing`` for ``found``'s candidates (a fresh, empty copy
    filled)."""
    fresh = Candidates(found.artwork_type, found.body, found.attempt)
    offset = 0
    for _ in range(RECOVERY_MAX_PAGES):
        asked = core.clock()
        response = yield from core.request(
            "GET",
            core.url(listing.operation_id),
            params={"offset": offset, "limit": RECOVERY_PAGE_SIZE},
            deadline=deadline,
        )
        page = read_page(core, response, asked, listing.read)
        fresh.add(core, page)
        if page.size < RECOVERY_PAGE_SIZE or fresh.past(page):
            break
        offset += page.size
    return fresh


def recover_flow(
    core: Core,
    operation_id: str,
    body: Mapping[str, Any],
    ambiguous: Ambiguous,
    *,
    deadline: float | None = None,
    record: CreateRecord | None = None,
) -> Flow[Artwork]:
    """Find the task an ambiguous V2 create may have started; raise `CreateOutcomeUnknownError` if it cannot.

    With a ``deadline``, no look or pause between looks runs past it.
    """
    listing = v2_listing(core, operation_id)
    return (yield from find_flow(core, operation_id, body, ambiguous, listing, deadline=deadline, record=record))


def find_flow(
    core: Core,
    operation_id: str,
    body: Mapping[str, Any],
    ambiguous: Ambiguous,
    listing: Listing[A],
    *,
    deadline: float | None = None,
    record: CreateRecord | None = None,
) -> Flow[A]:
    """Find the result of an ambiguous create of ``operation_id`` in ``listing`` (a V2 task, a V1 synchronous
    create's artwork) by the rules of this module; raise `CreateOutcomeUnknownError` if it cannot, `NotCreated`
    when looks after a 503 prove it made nothing."""
    search = _Search(core, operation_id, body, ambiguous, record, listing)
    pauses = list(RECOVERY_DELAYS)
    failed = False
    while pauses:
        pause = CONFIRM_DELAY if search.previous is not None else pauses.pop(0)
        if deadline is not None and core.clock() + pause >= deadline:
            search.lookup_error = search.lookup_error or TengraiError(
                "the deadline passed before the task could be looked for"
            )
            break
        yield from sleep(pause)
        try:
            found = yield from _look(core, search.empty, deadline, listing)
        except TengraiError as exc:
            search.lookup_error, failed = exc, True
            continue
        except DeadlineExpired as expired:
            search.lookup_error = expired.cause or TengraiError("the deadline passed while looking for the task")
            break
        taken = search.judge(found)
        if taken is not None:
            logger.warning("recovered artwork %s after the ambiguous create POST %s", taken.id, search.url)
            return cast("A", taken)
    if not pauses and not failed and not search.suspects and resendable(ambiguous.cause):
        raise NotCreated(ambiguous.cause)
    raise search.give_up() from ambiguous.cause


class _Search:
    """What the looks of one single-call recovery have learnt so far."""

    def __init__(
        self,
        core: Core,
        operation_id: str,
        body: Mapping[str, Any],
        ambiguous: Ambiguous,
        record: CreateRecord | None,
        listing: Listing[Any],
    ) -> None:
        self.core = core
        self.operation_id = operation_id
        self.body = body
        self.ambiguous = ambiguous
        self.record = record
        self.url = core.url(operation_id)
        self.shown_by = listing.shown_by
        self.empty = Candidates(listing.artwork_type, body, Attempt(ambiguous.sent_at, ambiguous.ended))
        self.lookup_error: BaseException | None = None
        self.previous: str | None = None
        """The id a look found as the only candidate, to be confirmed by the next look."""
        self.suspects: dict[str, None] = {}
        self.contested = False

    def judge(self, found: Candidates) -> Listed | None:
        """The task to take after a look, or None to look again; raises when several candidates were seen."""
        for artwork_id in [*(artwork.id for artwork in found.matches), *found.unreadable]:
            self.suspects[artwork_id] = None
        if len(found.matches) + len(found.unreadable) > 1:
            raise self._unknown(
                f"several matching {found.artwork_type} artworks were created in that time window "
                f"({', '.join(self.suspects)}); one of them may be this request's task. Check them before creating "
                "it again."
            ) from self.ambiguous.cause
        since = self.ambiguous.sent_at - LOCAL_MARGIN
        rivals = self.core.ledger.rivals(self.record, since) if self.record is not None else []
        if found.unreadable or len(found.matches) != 1 or rivals:
            self.contested = self.contested or bool(rivals and found.matches)
            self.previous = None
            return None
        only = found.matches[0]
        if self.previous != only.id:
            self.previous = only.id  # take it only when the next look shows the same
            return None
        if not self.core.ledger.claim(only.id, self.core.clock()):
            self.previous = None
            return None
        return only

    def give_up(self) -> CreateOutcomeUnknownError:
        """The error once every look is spent."""
        kind = self.empty.artwork_type
        error = self.lookup_error
        lookup = f"; looking for it failed too: {error}" if error is not None else ""
        if self.suspects:
            why = (
                "another create with the same parameters was in flight at the same time"
                if self.contested
                else "the match could not be confirmed"
            )
            return self._unknown(
                f"matching {kind} artworks were found ({', '.join(self.suspects)}), but {why}, so which task is "
                f"this request's cannot be told{lookup}. One of them may be this request's task: check them before "
                "creating it again."
            )
        return self._unknown(
            f"no matching {kind} artwork was created while the request was in flight, among the newest artworks "
            f"of this key{lookup}. The task may exist and may have been billed: check {self.shown_by} before "
            "creating it again."
        )

    def _unknown(self, reason: str) -> CreateOutcomeUnknownError:
        return CreateOutcomeUnknownError(
            f"POST {self.url} may have reached the server ({self.ambiguous.cause}); {reason}",
            operation=self.operation_id,
            body=self.body,
            cause=self.ambiguous.cause,
            candidates=list(self.suspects),
        )
