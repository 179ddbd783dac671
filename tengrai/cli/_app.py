"""Running one command line: parse, dispatch, and turn every user-facing failure into a message and an exit code."""

from __future__ import annotations

import os
import re
import sys
import warnings
from collections.abc import Callable, Sequence
from typing import TextIO

from ._errors import (
    EXIT_API,
    EXIT_INTERRUPTED,
    EXIT_TERMINATED,
    EXIT_USAGE,
    CommandFailed,
    Interrupted,
    Terminated,
    UsageError,
)

__all__ = ["guarded", "run"]


def run(argv: Sequence[str] | None = None, *, stdout: TextIO | None = None, stderr: TextIO | None = None) -> int:
    """Run ``tengrai`` with ``argv`` (default ``sys.argv[1:]``) and return the exit code."""
    from ._parser import build_parser, subcommand_parser
    from ._spec_options import create_commands

    out, err = stdout or sys.stdout, stderr or sys.stderr
    arguments = list(sys.argv[1:] if argv is None else argv)
    if arguments[:1] == ["mock"]:  # the mock parses its own options
        from ._commands import cmd_mock

        return guarded(lambda: cmd_mock(arguments[1:]), err)
    if arguments[:1] == ["contract"]:  # so does the contract checker
        from ._contract import cmd_contract

        return guarded(lambda: cmd_contract(arguments[1:], out, err), err)
    parser = build_parser(create_commands(), version=_version())
    try:
        args, unknown = parser.parse_known_args(arguments)
        if unknown:  # argparse would print the top-level usage; the subcommand's is the helpful one
            request = getattr(args, "request_command", None)
            if request is not None:
                from ._requests import request_parser

                request_parser(parser, request).error(f"unrecognized arguments: {' '.join(unknown)}")
            subcommand_parser(parser, args.command).error(f"unrecognized arguments: {' '.join(unknown)}")
    except SystemExit as exc:  # --help, --version, or a syntax error argparse already reported
        return exc.code if isinstance(exc.code, int) else EXIT_USAGE

    from ._commands import cmd_create, cmd_download, cmd_get, cmd_list, cmd_wait
    from ._output import Streams

    streams = Streams(stdout=out, stderr=err)

    from ._batch import cmd_batch

    handlers = {"get": cmd_get, "list": cmd_list, "wait": cmd_wait, "download": cmd_download, "batch": cmd_batch}
    request = getattr(args, "request_command", None)
    if request is not None:  # tengrai organizations ..., tengrai v1 ...
        from ._requests import cmd_request

        return guarded(lambda: cmd_request(args, request, streams), streams.stderr)
    handler = handlers.get(args.command)
    if handler is not None:
        return guarded(lambda: handler(args, streams), streams.stderr)
    return guarded(lambda: cmd_create(args, args.create_command, streams), streams.stderr)


def guarded(action: Callable[[], int], stderr: TextIO) -> int:
    """Run ``action`` and map what a user can cause to ``error: ...`` on ``stderr`` and an exit code.

    Library warnings (an over-long prompt) are shown as ``warning: ...`` lines. A closed stdout (``tengrai get ID |
    head -c1``) ends the command quietly. Anything else is a bug and keeps its traceback.
    """
    from .._environment import API_KEY_ENV
    from .._exceptions import BadRequestError, TengraiError, ValidationError
    from ..mock import MockExtraMissingError

    def error(message: str, code: int) -> int:
        stderr.write(f"error: {message}\n")
        return code

    with warnings.catch_warnings():
        warnings.simplefilter("default")
        warnings.showwarning = _warning_printer(stderr)
        try:
            return action()
        except BrokenPipeError:
            _silence_stdout()
            return 0  # the reader has all it wanted (`| head`): not an error
        except Interrupted as exc:
            stderr.write(f"\n{exc}\n")
            return exc.exit_code
        except Terminated:
            stderr.write("\nterminated\n")
            return EXIT_TERMINATED
        except KeyboardInterrupt:
            stderr.write("\ninterrupted\n")
            return EXIT_INTERRUPTED
        except MockExtraMissingError as exc:
            return error(f"{exc}; or set {API_KEY_ENV} to use the real API", EXIT_API)
        except (UsageError, ValidationError) as exc:
            return error(str(exc), EXIT_USAGE)
        except BadRequestError as exc:
            return error(f"the API rejected the request: {exc}", EXIT_USAGE)
        except TengraiError as exc:
            return error(in_cli_terms(exc), EXIT_API)
        except CommandFailed as exc:
            return error(str(exc), EXIT_API)
        except OSError as exc:
            where = f": {exc.filename}" if exc.filename else ""
            return error(f"{exc.strerror or exc}{where}", EXIT_API)


_PYTHON_ADVICE = (
    (re.compile(r"client\.artworks\.list\(\)"), "`tengrai list`"),
    (re.compile(r"client\.artworks\.wait\('([^']+)'\)(?: or `tengrai wait \1`)?"), r"`tengrai wait \1`"),
)


def in_cli_terms(exc: BaseException) -> str:
    """A library error's message for a terminal: the advice as commands (`tengrai list`, not
    ``client.artworks.list()``), a 429's Retry-After, and where to look for an artwork that is not found."""
    from .._exceptions import NotFoundError, RateLimitError

    message = str(exc)
    for pattern, command in _PYTHON_ADVICE:
        message = pattern.sub(command, message)
    if isinstance(exc, RateLimitError) and exc.retry_after is not None:
        message += f"; the API asks to retry after {exc.retry_after:g} s"
    elif isinstance(exc, NotFoundError) and "/artworks/" in (exc.url or ""):
        listing = "tengrai v1 list" if "/v1/" in (exc.url or "") else "tengrai list"
        message += f"; `{listing}` shows the artworks of this key"
    return message


def _silence_stdout() -> None:
    """Point stdout at /dev/null so the interpreter's final flush does not fail on the closed pipe again."""
    try:
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
        os.close(devnull)
    except (OSError, ValueError):  # stdout is not a real file (a test's StringIO): nothing to flush later
        pass


def _version() -> str:
    from .._version import __version__

    return __version__


def _warning_printer(stream: TextIO) -> Callable[..., None]:
    def show(
        message: Warning | str,
        category: type[Warning],
        filename: str,
        lineno: int,
        file: TextIO | None = None,
        line: str | None = None,
    ) -> None:
        stream.write(f"warning: {message}\n")  # the library's message already names field, value and rule

    return show
