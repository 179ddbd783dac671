"""Waiting for a task: one overall deadline, and polls timed by what the client knows about the task.

The schedule (`PollSchedule`) polls once quickly (a task that fails at once is reported at once), then:

* when the client has seen earlier artworks of the same type finish (`DurationStats`), it expects this one to
  take about their median duration and polls rarely while far from that point (half the remaining time, up to
  ``max_interval``) and often near it;
* past the expected end, or with nothing learnt yet, it backs off exponentially from ``min_interval``;
* every delay gets +-``jitter`` random spread, a ``Retry-After`` answer is honoured, and no sleep goes past the
  deadline: the last poll happens shortly before it.

A failed poll (connection trouble, 429, 5xx) does not end the wait: the deadline is the only limit, so a short
outage costs nothing. Errors that polling again cannot fix (401, 403, 404, an unreadable body) end it at once.
"""

from __future__ import annotations

import statistics
import threading
import warnings
from collections import OrderedDict
from dataclasses import dataclass, field
from random import Random
from typing import TYPE_CHECKING

from ._core import DeadlineExpired
from ._engine import Emit, Flow, Sleep
from ._exceptions import (
    APIConnectionError,
    ArtworkCanceledError,
    ArtworkFailedError,
    ArtworkTimeoutError,
    InternalServerError,
    RateLimitError,
    TengraiError,
)
from ._logging import logger
from ._parsing import known_statuses
from .types import Artwork, StatusEvent, UnknownStatusWarning

if TYPE_CHECKING:
    from ._core import Core

__all__ = ["DurationStats", "PollSchedule", "timeout_error", "wait_flow"]

_TRANSIENT = (APIConnectionError, RateLimitError, InternalServerError)


class DurationStats:
    """Durations of finished artworks this client has seen, per artwork type (the newest ``keep`` of each)."""

    def __init__(self, keep: int = 25) -> None:
        self._keep = keep
        self._by_type: dict[str, OrderedDict[str, float]] = {}
        self._lock = threading.Lock()

    def observe(self, artwork: Artwork) -> None:
        """Learn from a succeeded artwork (each id counts once)."""
        duration = artwork.duration
        if not duration > 0:
            return
        seen = self._by_type.get(artwork.artwork_type)
        if seen is not None and seen.get(artwork.id) == duration:
            return  # already known: the common case when the same artwork is fetched again
        with self._lock:
            seen = self._by_type.get(artwork.artwork_type)
            if seen is None:
                seen = self._by_type[artwork.artwork_type] = OrderedDict()
            seen[artwork.id] = duration
            seen.move_to_end(artwork.id)
            while len(seen) > self._keep:
                seen.popitem(last=False)

    def expected(self, artwork_type: str) -> float | None:
        """The typical duration of this type (median of those seen), or None before any was seen."""
        with self._lock:
            seen = self._by_type.get(artwork_type)
            values = list(seen.values()) if seen else []
        return statistics.median(values) if values else None


@dataclass
class PollSchedule:
    """Delays between polls for one wait; see the module docstring."""

    expected: float | None
    min_interval: float = 0.5
    max_interval: float = 10.0
    factor: float = 1.5
    jitter: float = 0.1
    _polls: int = field(default=0, init=False)
    _backoff: int = field(default=0, init=False)

    def next_delay(self, elapsed: float, rng: Random) -> float:
        """Seconds to wait before the next poll, ``elapsed`` seconds after the task was created."""
        self._polls += 1
        if self._polls == 1:
            base = self.min_interval
        elif self.expected is not None and elapsed < self.expected - self.min_interval:
            base = min(self.max_interval, max(self.min_interval, (self.expected - elapsed) / 2))
        else:
            base = min(self.max_interval, self.min_interval * self.factor**self._backoff)
            self._backoff += 1
        return base * (1.0 + self.jitter * (2.0 * rng.random() - 1.0))


def timeout_error(
    artwork_id: str, artwork: Artwork | None, waited: float, cause: BaseException | None = None
) -> ArtworkTimeoutError:
    """The error for a deadline that passed while waiting for ``artwork_id``."""
    state = f"last seen status {artwork.status!r}" if artwork is not None else "never seen"
    reason = f"; last error: {cause}" if cause is not None else ""
    return ArtworkTimeoutError(
        f"the task did not finish within {waited:.6g}s ({state}{reason})", artwork_id=artwork_id, artwork=artwork
    )


def _finished(artwork: Artwork, raise_on_failure: bool) -> Artwork:
    if raise_on_failure and artwork.status == "failed":
        raise ArtworkFailedError("the task failed", artwork_id=artwork.id, artwork=artwork)
    if raise_on_failure and artwork.status == "canceled":
        raise ArtworkCanceledError("the task was canceled", artwork_id=artwork.id, artwork=artwork)
    return artwork


def _final_margin(remaining: float) -> float:
    # How long before the deadline the last poll starts: enough for one quick request.
    return min(1.0, remaining / 2)


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
    artwork = target if isinstance(target, Artwork) else None
    artwork_id = target.id if isinstance(target, Artwork) else target
    warned: set[str] = set()
    last_error: BaseException | None = None
    schedule = PollSchedule(core.durations.expected(artwork.artwork_type) if artwork is not None else None)
    hint: float | None = None
    origin = core.created.get(artwork_id, started)
    if artwork is not None:
        yield Emit(StatusEvent(artwork_id, artwork.status, core.clock() - started, artwork))
        if artwork.is_terminal:
            return _finished(artwork, raise_on_failure)
    look_now = artwork is None  # waiting by id: look at once
    last_look = False
    while True:
        now = core.clock()
        remaining = deadline - now
        if remaining <= 0 or last_look:
            raise timeout_error(artwork_id, artwork, now - started, last_error)
        if look_now:
            delay = 0.0
            look_now = False
            schedule.next_delay(now - origin, core.rng)  # counts as the quick first poll
        else:
            delay = schedule.next_delay(now - origin, core.rng)
        if hint is not None:
            delay = max(delay, hint)
            hint = None
        if delay > remaining - _final_margin(remaining):
            # The next regular poll would come after the deadline: take one last look just before it instead.
            delay = max(0.0, remaining - _final_margin(remaining))
            last_look = True
        if delay > 0:
            yield Sleep(delay)
        try:
            observed = yield from core.get(artwork_id, deadline=deadline, max_retries=0)
        except DeadlineExpired as expired:
            raise timeout_error(artwork_id, artwork, core.clock() - started, expired.cause or last_error) from None
        except _TRANSIENT as exc:
            last_error = exc
            hint = exc.retry_after if isinstance(exc, RateLimitError) else _retry_after(exc)
            logger.info("polling artwork %s failed (%s); trying again", artwork_id, exc)
            continue
        if artwork is None or observed.status != artwork.status:
            logger.info("artwork %s is %s after %.1fs", artwork_id, observed.status, core.clock() - started)
        artwork = observed
        if schedule.expected is None:
            schedule.expected = core.durations.expected(artwork.artwork_type)
        yield Emit(StatusEvent(artwork_id, artwork.status, core.clock() - started, artwork))
        if artwork.is_terminal:
            return _finished(artwork, raise_on_failure)
        if artwork.status not in known_statuses() and artwork.status not in warned:
            warned.add(artwork.status)
            warnings.warn(
                UnknownStatusWarning(
                    f"artwork {artwork_id} has status {artwork.status!r}, which this SDK does not know; "
                    "treating it as not finished"
                ),
                stacklevel=2,
            )


def _retry_after(exc: TengraiError) -> float | None:
    headers = getattr(exc, "headers", None)
    if not headers:
        return None
    from ._retry import parse_retry_after

    return parse_retry_after(headers)
