"""Clocks for the mock server: real time for serving, a hand-driven one for tests."""

from __future__ import annotations

import threading
import time
import weakref
from collections.abc import Callable
from datetime import datetime
from typing import Protocol, runtime_checkable

__all__ = ["Clock", "ManualClock", "SystemClock"]


@runtime_checkable
class Clock(Protocol):
    """What the mock needs from a clock: the current time in Unix seconds."""

    realtime: bool
    """True when time passes on its own (the mock then schedules task completion on its event loop)."""

    def now(self) -> float:
        """The current time in Unix seconds."""
        ...


class SystemClock:
    """Wall-clock time (``time.time()``); the default when serving the mock for real."""

    realtime = True

    def now(self) -> float:
        """The current wall-clock time in Unix seconds."""
        return time.time()

    def __repr__(self) -> str:
        return "SystemClock()"


class ManualClock:
    """A clock that only moves when told to, so tests drive task lifecycles without sleeping.

    ``start`` is a Unix timestamp or an aware datetime; it defaults to the wall-clock time at construction, so
    timestamps the mock prints look current. Every mock app using the clock is told when it moves, finishes the
    tasks that became due and sends their webhooks.
    """

    realtime = False

    def __init__(self, start: float | datetime | None = None) -> None:
        if isinstance(start, datetime):
            if start.tzinfo is None:
                raise ValueError("ManualClock(start=...) needs an aware datetime (e.g. tzinfo=timezone.utc)")
            start = start.timestamp()
        self._now = time.time() if start is None else float(start)
        self._lock = threading.Lock()
        self._listeners: list[weakref.WeakMethod[Callable[[], None]]] = []

    def now(self) -> float:
        """The clock's current time in Unix seconds."""
        with self._lock:
            return self._now

    def advance(self, seconds: float) -> None:
        """Move the clock forward by ``seconds`` (>= 0) and let the apps using it catch up."""
        if not seconds >= 0:
            raise ValueError(f"ManualClock.advance(seconds={seconds!r}): seconds must be a number >= 0")
        with self._lock:
            self._now += seconds
            listeners = list(self._listeners)
        for ref in listeners:
            callback = ref()
            if callback is not None:
                callback()

    def subscribe(self, callback: Callable[[], None]) -> None:
        """Call the bound method ``callback`` after every `advance` (held weakly: it does not keep its owner alive)."""
        with self._lock:
            self._listeners = [ref for ref in self._listeners if ref() is not None]
            self._listeners.append(weakref.WeakMethod(callback))

    def __repr__(self) -> str:
        return f"ManualClock(start={self.now()!r})"
