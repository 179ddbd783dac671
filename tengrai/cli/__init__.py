"""The ``tengrai`` command line: generate, vary and refine images from a shell.

Only the standard library and the spec reader are imported to build the parser; the HTTP client and the mock
server are imported by the subcommands that use them, so ``tengrai --help`` starts fast.
"""

from __future__ import annotations

from collections.abc import Sequence

__all__ = ["main"]


def main(argv: Sequence[str] | None = None) -> int:
    """Run the ``tengrai`` command line with ``argv`` (default: ``sys.argv[1:]``); returns the exit code."""
    from ._app import run

    return run(argv)
