"""A one-line progress display for waiting on an artwork: spinner, status and elapsed time on a terminal.

When the stream is not a terminal the display prints nothing, so logs and pipes stay clean.
"""

from __future__ import annotations

import threading
import time
from types import TracebackType
from typing import TYPE_CHECKING, TextIO

if TYPE_CHECKING:
    from ..types import StatusEvent

__all__ = ["Progress"]

_UNICODE_FRAMES = "⠋⠙⠹⠸⠼⠴⠦⠧⠇⠏"
_ASCII_FRAMES = "|/-\\"
_TICK_SECONDS = 0.1


class Progress:
    """Shows ``⠹ quantum 0f3c… processing  2.4s`` on ``stream`` while a wait runs, redrawn by a background thread.

    Use as a context manager; pass :meth:`update` as the client's ``on_progress`` callback. On exit the line is
    cleared (a final result is for the caller to print).
    """

    def __init__(self, stream: TextIO, label: str, *, enabled: bool | None = None) -> None:
        self._stream = stream
        self._label = label
        self._enabled = _is_terminal(stream) if enabled is None else enabled
        self._status = "waiting"
        self._started = time.monotonic()
        self._stop = threading.Event()
        self._thread: threading.Thread | None = None
        self._lock = threading.Lock()
        encoding = (getattr(stream, "encoding", None) or "ascii").lower()
        self._frames = _UNICODE_FRAMES if encoding.replace("-", "") == "utf8" else _ASCII_FRAMES
        self._width = 0

    @property
    def enabled(self) -> bool:
        """True when the display draws (the stream is a terminal)."""
        return self._enabled

    def update(self, event: StatusEvent) -> None:
        """Record the latest status (the client's ``on_progress`` callback)."""
        with self._lock:
            self._status = str(event.status)

    def set_status(self, status: str) -> None:
        """Record a status that did not come from a poll (e.g. ``downloading``)."""
        with self._lock:
            self._status = status

    def __enter__(self) -> Progress:
        self._started = time.monotonic()
        if self._enabled:
            self._thread = threading.Thread(target=self._run, name="tengrai-progress", daemon=True)
            self._thread.start()
        return self

    def __exit__(
        self, exc_type: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> None:
        self._stop.set()
        if self._thread is not None:
            self._thread.join()
            self._write("\r" + " " * self._width + "\r")

    def _run(self) -> None:
        frame = 0
        while True:  # draws at least once, however short the wait
            with self._lock:
                status = self._status
            elapsed = time.monotonic() - self._started
            line = f"{self._frames[frame % len(self._frames)]} {self._label} {status}  {elapsed:.1f}s"
            pad = max(0, self._width - len(line))
            self._width = len(line)
            self._write("\r" + line + " " * pad)
            frame += 1
            if self._stop.wait(_TICK_SECONDS):
                return

    def _write(self, text: str) -> None:
        try:
            self._stream.write(text)
            self._stream.flush()
        except (OSError, ValueError):  # the terminal went away: drawing is best effort
            self._stop.set()


def _is_terminal(stream: TextIO) -> bool:
    try:
        return stream.isatty()
    except (AttributeError, ValueError):
        return False
