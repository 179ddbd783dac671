"""Waiting for a task: one overall deadline, and polls timed by what the client knows about the task.

Once the client has seen a task of a type end, the schedule predicts the duration distribution of the next one
(`tengrai._tasks.durations`) and spaces polls by the inverse square root of its hazard rate, which gives the fewest
polls for a target mean detection latency: rare polls where an end is unlikely, dense ones where it is likely. The
target is `FIRST_WAIT_LATENCY` while the client has not yet watched a task of that type end itself (its first
wait: a CLI run, a short script), and `TARGET_LATENCY` from then on (a client that waits again is in a loop,
where detection latency adds up task after task).

**Warming.** A fresh client knows nothing, so its first wait would back off blindly. Instead, the first poll of
the first wait of a client that knows fewer than `WARM_BELOW` durations of the type is one list request of the
key's `WARM_PAGE` newest artworks (at most once per client, its copies included): the succeeded ones of every type
teach it their durations, and the awaited task is usually on that page too, so the list stands in for the poll
(a get follows only when it is not). A warming that fails is logged at debug level and the wait goes on as usual.

With no duration of the type known at all, the schedule (`PollSchedule`) polls once quickly (a task that fails
at once is reported at once), then backs off exponentially from ``min_interval``. Given an explicit window of
expected ends instead of a model, it polls rarely before the window (a share ``approach`` of the time left, up to
``max_interval``), every ``dense_interval`` inside it, and backs off slowly past it (``overdue_factor``). Every
delay gets +-``jitter`` random spread, a ``Retry-After`` answer is honoured, and no sleep goes past the
deadline: the last poll happens shortly before it.

What is learnt is, for tasks this client created, the time from sending the create to the task's end (queueing
included), estimated as the midpoint between the last poll that saw it running and the one that saw it finished
(learning the detection time instead would teach the schedule to look later and later); for other artworks, the
`duration` the API reports.

A failed poll (connection trouble, 429, 5xx) does not end the wait: the deadline is the only limit, so a short
outage costs nothing. Errors that polling again cannot fix (401, 403, 404, an unreadable body) end it at once.
"""

from __future__ import annotations

import json
import warnings
from dataclasses import dataclass, field
from random import Random
from typing import TYPE_CHECKING

from .._artwork_errors import ArtworkCanceledError, ArtworkFailedError, ArtworkTimeoutError
from .._client_state import DeadlineExpired
from .._engine.runners import Emit, Flow, Sleep
from .._exceptions import APIConnectionError, InternalServerError, RateLimitError, TengraiError
from .._logging import logger
from .._parsing import known_statuses
from .._request_ids import stamp
from ..types import Artwork, StatusEvent, UnknownStatusWarning
from .durations import TARGET_LATENCY

if TYPE_CHECKING:
    from .._client_state import Core
    from .durations import LognormalHazard

__all__ = ["PollSchedule", "timeout_error", "wait_flow"]

_TRANSIENT = (APIConnectionError, RateLimitError, InternalServerError)

WARM_PAGE = 100
"""Newest artworks of the key read by the warming list request."""
WARM_BELOW = 8
"""A client warms on its first wait when it knows fewer durations of the type than this."""
WARM_TIMEOUT = 2.0
"""Seconds the warming list request may take at most: a slow list must not spend the wait's own deadline."""
WARM_SHARE = 0.25
"""The share of the time left before the wait's deadline the warming list request may take at most."""


@dataclass
class PollSchedule:
    """Delays between polls for one wait; see the module docstring.

    ``window`` is (earliest, latest) end expected, in seconds after creation; ``expected`` alone means the window
    is that one point.
    """

    expected: float | None = None
    window: tuple[float, float] | None = None
    model: LognormalHazard | None = None
    latency: float = TARGET_LATENCY
    min_interval: float = 0.5
    dense_interval: float = 0.4
    max_interval: float = 10.0
    factor: float = 1.25
    overdue_factor: float = 1.05
    approach: float = 0.6
    jitter: float = 0.1
    _polls: int = field(default=0, init=False)
    _backoff: int = field(default=0, init=False)

    def __post_init__(self) -> None:
        if self.window is None and self.expected is not None:
            self.window = (self.expected, self.expected)

    def learn(
        self, window: tuple[float, float] | None, model: LognormalHazard | None = None, *, replace: bool = False
    ) -> None:
        """Use ``window`` (and ``model``) from now on if none was known when the wait started (or ``replace``)."""
        if self.window is None or replace:
            self.window = window
        if self.model is None or replace:
            self.model = model

    def next_delay(self, elapsed: float, rng: Random) -> float:
        """Seconds to wait before the next poll, ``elapsed`` seconds after the task was created."""
        self._polls += 1
        if self.model is not None:
            # Enough durations seen: polls spaced by the inverse square root of the hazard rate (no quick first
            # look: the distribution says how likely an early end is).
            base = self.model.next_delay(elapsed, self.model.step(self.latency), self.max_interval)
        elif self._polls == 1:
            base = self.min_interval
        elif self.window is not None and elapsed < self.window[1]:
            earliest = self.window[0]
            base = min(self.max_interval, max(self.dense_interval, (earliest - elapsed) * self.approach))
        elif self.window is not None:
            # Overdue: most tasks of this type would have ended by now; grow the delay slowly.
            base = min(self.max_interval, self.dense_interval * self.overdue_factor**self._backoff)
            self._backoff += 1
        else:
            base = min(self.max_interval, self.min_interval * self.factor**self._backoff)
            self._backoff += 1
        return base * (1.0 + self.jitter * (2.0 * rng.random() - 1.0))


def timeout_error(
    artwork_id: str, artwork: Artwork | None, limit: float, cause: BaseException | None = None
) -> ArtworkTimeoutError:
    """The error for a deadline that passed while waiting for ``artwork_id``; ``limit`` is the timeout as given
    (``timeout=1.5`` reads "within 1.5s", not the time left at the last look)."""
    state = f"last seen status {artwork.status!r}" if artwork is not None else "never seen"
    reason = f"; last error: {cause}" if cause is not None else ""
    return ArtworkTimeoutError(
        f"the task did not finish within {limit:g}s ({state}{reason})", artwork_id=artwork_id, artwork=artwork
    )


def _finished(artwork: Artwork, raise_on_failure: bool) -> Artwork:
    reason = f": {artwork.error}" if artwork.error else ""  # the server's own words, when it gives any
    if raise_on_failure and artwork.status == "failed":
        raise ArtworkFailedError(f"the task failed{reason}", artwork_id=artwork.id, artwork=artwork)
    if raise_on_failure and artwork.status == "canceled":
        raise ArtworkCanceledError(f"the task was canceled{reason}", artwork_id=artwork.id, artwork=artwork)
    return artwork


FINAL_MARGIN = 0.05
"""Seconds before the deadline the last poll starts at the latest (more when polls have been slower)."""


def _final_margin(remaining: float, latency: float) -> float:
    # How long before the deadline the last poll starts: time for one request as long as the slowest seen so far.
    return min(remaining / 2, max(FINAL_MARGIN, latency))


def wait_flow(
    core: Core,
    target: Artwork | str,
    *,
    deadline: float,
    started: float,
    raise_on_failure: bool = True,
) -> Flow[Artwork]:
    """Poll ``target`` until it ends or ``deadline`` (on ``core.clock``) passes.

    Emits a `StatusEvent` for every observation. Returns the finished artwork; with ``raise_on_failure`` a
    ``failed``/``canceled`` end raises `ArtworkFailedError`/`ArtworkCanceledError`. Raises `ArtworkTimeoutError`
    (id, last seen state) when the deadline passes first.
    """
    watch = _Watch.start(core, target, deadline=deadline, started=started)
    artwork = watch.artwork
    if artwork is not None:
        yield Emit(StatusEvent(watch.artwork_id, artwork.status, core.clock() - started, artwork))
        if artwork.is_terminal:
            return _finished(artwork, raise_on_failure)
    while True:
        delay = watch.next_delay()
        if delay > 0:
            yield Sleep(delay)
        observed = yield from watch.look()
        if observed is None:
            continue  # a failed poll that polling again may fix: the deadline is the only limit
        watch.observe(observed)
        yield Emit(StatusEvent(watch.artwork_id, observed.status, core.clock() - started, observed))
        if observed.is_terminal:
            watch.learn_duration(observed)
            return _finished(observed, raise_on_failure)
        watch.warn_if_unknown(observed.status)


@dataclass
class _Watch:
    """What one wait knows between its polls: the last look at the task, the schedule, and how polls have gone."""

    core: Core
    artwork_id: str
    artwork: Artwork | None
    """The task as last seen (None while waiting by id and not yet seen)."""
    deadline: float
    started: float
    origin: float
    """When the task was created (client clock): the poll schedule counts from it."""
    schedule: PollSchedule
    warm: bool
    """Whether this wait's first poll may warm the client (it does if no other wait of the client did)."""
    look_now: bool
    """Look at once (waiting by id)."""
    pending_seen_at: float
    """When a poll last saw the task not finished."""
    last_look: bool = False
    """The last poll before the deadline has been taken."""
    latency: float = 0.0
    """The longest a poll has taken in this wait: the last poll starts at least that long before the deadline."""
    hint: float | None = None
    """The ``Retry-After`` of the last failed poll: the next one waits at least that long."""
    last_error: BaseException | None = None
    warned: set[str] = field(default_factory=set)

    @classmethod
    def start(cls, core: Core, target: Artwork | str, *, deadline: float, started: float) -> _Watch:
        """The state of a wait for ``target`` that began at ``started``, with what the client knows of its type."""
        artwork = target if isinstance(target, Artwork) else None
        durations = core.durations
        schedule = PollSchedule(
            window=durations.window(artwork.artwork_type) if artwork is not None else None,
            model=durations.model(artwork.artwork_type) if artwork is not None else None,
            latency=durations.latency(artwork.artwork_type) if artwork is not None else TARGET_LATENCY,
        )
        artwork_id = target.id if isinstance(target, Artwork) else target
        learnt_at = core.ledger.learnt_at(artwork_id)
        origin = started if learnt_at is None else learnt_at
        return cls(
            core=core,
            artwork_id=artwork_id,
            artwork=artwork,
            deadline=deadline,
            started=started,
            origin=origin,
            schedule=schedule,
            warm=artwork is None or durations.count(artwork.artwork_type) < WARM_BELOW,
            look_now=artwork is None,
            pending_seen_at=origin,
        )

    def timed_out(self, cause: BaseException | None = None) -> ArtworkTimeoutError:
        """The error for the deadline that passed (``cause``, else the last failed poll's error, as its reason)."""
        return timeout_error(self.artwork_id, self.artwork, self.deadline - self.started, cause or self.last_error)

    def next_delay(self) -> float:
        """Seconds to sleep before the next poll; raises the timeout once the deadline passed or the last look
        before it was taken."""
        now = self.core.clock()
        remaining = self.deadline - now
        if remaining <= 0 or self.last_look:
            raise self.timed_out()
        delay = self.schedule.next_delay(now - self.origin, self.core.rng)
        if self.look_now:
            delay, self.look_now = 0.0, False  # counts as the quick first poll
        if self.hint is not None:
            delay, self.hint = max(delay, self.hint), None
        margin = _final_margin(remaining, self.latency)
        if delay > remaining - margin:
            # The next regular poll would come after the deadline: take one last look just before it instead.
            delay = max(0.0, remaining - margin)
            self.last_look = True
        return delay

    def look(self) -> Flow[Artwork | None]:
        """One poll (the warming list on the client's first wait); None after a failure polling again may fix."""
        core = self.core
        asked_at = core.clock()
        observed: Artwork | None = None
        if self.warm:
            self.warm = False
            observed = yield from self._warm_once()
        try:
            if observed is None:
                observed = yield from core.get(self.artwork_id, deadline=self.deadline, max_retries=0)
        except DeadlineExpired as expired:
            raise self.timed_out(expired.cause) from None
        except _TRANSIENT as exc:
            self.latency = max(self.latency, core.clock() - asked_at)
            self.last_error = exc
            self.hint = exc.retry_after if isinstance(exc, RateLimitError) else _retry_after(exc)
            logger.info("polling artwork %s failed (%s); trying again", self.artwork_id, exc)
            return None
        self.latency = max(self.latency, core.clock() - asked_at)
        return observed

    def _warm_once(self) -> Flow[Artwork | None]:
        durations = self.core.durations
        if not durations.claim_warming():
            return None
        observed = yield from _warm(self.core, self.artwork_id, self.deadline)
        if self.artwork is not None:  # learnt from the list: fit again, even if a model was known
            kind = self.artwork.artwork_type
            self.schedule.learn(durations.window(kind), durations.model(kind), replace=True)
        return observed

    def observe(self, observed: Artwork) -> None:
        """Take in what a poll saw: log a new status, note when the task was last seen running, fit the schedule."""
        core = self.core
        if self.artwork is None or observed.status != self.artwork.status:
            logger.info("artwork %s is %s after %.1fs", self.artwork_id, observed.status, core.clock() - self.started)
        self.artwork = observed
        if not observed.is_terminal:
            self.pending_seen_at = core.clock()
        if self.schedule.model is None:
            durations = core.durations
            self.schedule.learn(durations.window(observed.artwork_type), durations.model(observed.artwork_type))
            self.schedule.latency = durations.latency(observed.artwork_type)

    def learn_duration(self, ended: Artwork) -> None:
        """Learn how long a task this client created took, if it succeeded."""
        if ended.status == "succeeded" and self.core.ledger.owned(self.artwork_id):
            # It ended between the last look that saw it running and this one: learn the midpoint, so that late
            # looks do not teach the schedule to look later still.
            total = (self.pending_seen_at + self.core.clock()) / 2 - self.origin
            self.core.durations.observe(ended, total=total)

    def warn_if_unknown(self, status: str) -> None:
        """Warn once per wait about a status this SDK does not know (the wait goes on: it may end later)."""
        if status not in known_statuses() and status not in self.warned:
            self.warned.add(status)
            warnings.warn(
                UnknownStatusWarning(
                    f"artwork {self.artwork_id} has status {status!r}, which this SDK does not know; "
                    "treating it as not finished"
                ),
                stacklevel=3,  # the caller of the wait flow, as before the flow's steps were methods
            )


def _warm(core: Core, artwork_id: str, deadline: float) -> Flow[Artwork | None]:
    """The warming list request: learn from the key's newest artworks; the awaited one if it is among them.

    Never fails: whatever goes wrong is logged at debug level and the wait polls as usual (None). It has a budget
    of its own (`WARM_TIMEOUT`, at most `WARM_SHARE` of the time left), so a slow list leaves the wait its time.
    """
    now = core.clock()
    budget = min(WARM_TIMEOUT, WARM_SHARE * max(0.0, deadline - now))
    try:
        response = yield from core.request(
            "GET",
            core.url("list_artworks"),
            params={"offset": 0, "limit": WARM_PAGE},
            deadline=min(deadline, now + budget),
            max_retries=0,
        )
        items = json.loads(response.content)
    except (TengraiError, DeadlineExpired, ValueError, RecursionError) as exc:
        logger.debug("warming the poll schedule from the newest artworks failed (%s); polling as usual", exc)
        return None
    if response.status_code != 200 or not isinstance(items, list):
        logger.debug("warming: GET %s answered %d without a list; polling as usual", response.url, response.status_code)
        return None
    found = None
    for item in items:
        try:
            seen = stamp(core.make_artwork(item), response)  # learns the durations of the succeeded ones
        except (ValueError, TypeError, OverflowError):
            continue  # one unreadable entry spoils nothing else
        if seen.id == artwork_id:
            found = seen
    logger.debug("warmed from %d artworks; the awaited one %s among them", len(items), "is" if found else "is not")
    return found


def _retry_after(exc: TengraiError) -> float | None:
    headers = getattr(exc, "headers", None)
    if not headers:
        return None
    from .._retry import parse_retry_after

    return parse_retry_after(headers)
