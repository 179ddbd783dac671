"""The ``tengrai`` command line: generate, vary and refine images from a shell.

Only the standard library and the spec reader are imported to build the parser; the HTTP client and the mock
server are imported by the subcommands that use them, so ``tengrai --help`` starts fast.
"""

from __future__ import annotations

import signal
import threading
from collections.abc import Sequence
from types import FrameType

__all__ = ["main"]


def _terminated(signum: int, frame: FrameType | None) -> None:
    from ._errors import Terminated

    raise Terminated  # a SIGTERM (a container stop, a CI timeout) leaves the same resumable id as Ctrl-C


def main(argv: Sequence[str] | None = None) -> int:
    """Run the ``tengrai`` command line with ``argv`` (default: ``sys.argv[1:]``); returns the exit code."""
    from ._app import run

    if threading.current_thread() is not threading.main_thread():
        return run(argv)
    previous = signal.signal(signal.SIGTERM, _terminated)
    try:
        return run(argv)
    finally:
        signal.signal(signal.SIGTERM, previous)
