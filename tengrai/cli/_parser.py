"""The argparse parser of the ``tengrai`` command; create subcommands and their options come from the spec."""

from __future__ import annotations

import argparse
from collections.abc import Iterator, Sequence
from contextlib import contextmanager

from .. import _fields
from .._environment import API_KEY_ENV, BASE_URL_ENV
from ._errors import EXIT_API, EXIT_INTERRUPTED, EXIT_TERMINATED, EXIT_USAGE
from ._spec_options import SHOWN_REQUIRED, CreateCommand, add_spec_options

__all__ = ["DEFAULT_LIST_LIMIT", "DEFAULT_OUT", "build_parser", "subcommand_parser"]

DEFAULT_OUT = "out"
DEFAULT_LIST_LIMIT = 20

_EPILOG = f"""\
examples:
  tengrai quantum "a red fox in snow" --aspect-ratio 16:9 --seed 42 -o out/
  tengrai selena-variete --image-url https://example.com/fox.png --mode reimagine
  tengrai quantum "a lighthouse" --no-wait        # prints the artwork id (needs a key or a served mock)
  tengrai wait ID -o out/                          # wait for it later and save its images
  tengrai batch prompts.jsonl -o out/             # many at once; re-run to resume
  tengrai v1 list                                  # the V1 artworks of a legacy key
  tengrai organizations create-api-key ORG_ID --label ci --scope generator --domains style-dna

credentials: {API_KEY_ENV} or --api-key; {BASE_URL_ENV} or --base-url. With no key the commands run against
a mock server inside the process (and say so); --mock forces it.

exit codes: 0 done, {EXIT_API} API error or failed task, {EXIT_USAGE} bad input,
  {EXIT_INTERRUPTED} interrupted (Ctrl-C), {EXIT_TERMINATED} terminated (SIGTERM)
"""


class _Parser(argparse.ArgumentParser):
    """An argument parser whose usage and help show the options of required API fields as required
    (``--image-url URL``, not ``[--image-url URL]``); the client's validation still reports a missing one."""

    def format_usage(self) -> str:
        with _shown_required(self):
            return super().format_usage()

    def format_help(self) -> str:
        with _shown_required(self):
            return super().format_help()


@contextmanager
def _shown_required(parser: argparse.ArgumentParser) -> Iterator[None]:
    marked = [action for action in parser._actions if action in SHOWN_REQUIRED and not action.required]
    for action in marked:
        action.required = True
    try:
        yield
    finally:
        for action in marked:
            action.required = False


def build_parser(commands: Sequence[CreateCommand], *, version: str) -> argparse.ArgumentParser:
    """The whole command line: one subcommand per create operation, get/list/wait/download/batch/mock, and one
    group per resource of the spec's plain request operations (``organizations``, ``v1``)."""
    parser: argparse.ArgumentParser = _Parser(
        prog="tengrai",
        description="Generate, vary and refine images with the Tengr.ai API.",
        epilog=_EPILOG,
        formatter_class=argparse.RawDescriptionHelpFormatter,
        allow_abbrev=False,
    )
    parser.add_argument("--version", action="version", version=f"tengrai {version}")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND", required=True)

    connection = _connection_options()
    waiting = _waiting_options()
    _add_create_parsers(sub, commands, connection, waiting)
    _add_artwork_parsers(sub, connection, waiting)

    from ._batch import add_batch_parser

    add_batch_parser(sub, connection)

    from ._requests import add_request_parsers

    add_request_parsers(sub, connection)  # organizations, v1: the spec's plain request operations

    _add_tool_parsers(sub)
    return parser


def _add_create_parsers(
    sub: argparse._SubParsersAction[argparse.ArgumentParser],
    commands: Sequence[CreateCommand],
    connection: argparse.ArgumentParser,
    waiting: argparse.ArgumentParser,
) -> None:
    """One subcommand per create operation of the spec."""
    for command in commands:
        create = sub.add_parser(
            command.name,
            help=command.summary,
            description=command.description,
            parents=[connection, waiting],
            allow_abbrev=False,
        )
        create.add_argument("--no-wait", action="store_true", help="print the artwork id and return at once")
        create.add_argument(
            "--strict",
            action="store_true",
            help="reject prompts over the documented word limit instead of letting the server truncate them",
        )
        positional = _fields.PROMPT_FIELD if _takes_positional_prompt(command) else None
        add_spec_options(create, command.operation_id, positional=positional)
        create.set_defaults(create_command=command)


def _add_artwork_parsers(
    sub: argparse._SubParsersAction[argparse.ArgumentParser],
    connection: argparse.ArgumentParser,
    waiting: argparse.ArgumentParser,
) -> None:
    """``get``, ``list``, ``wait`` and ``download``: the commands on artworks that exist."""
    get = sub.add_parser(
        "get", help="show one artwork", description="Show one artwork as it is now.", parents=[connection]
    )
    get.add_argument("artwork_id", metavar="ID")

    listing = sub.add_parser(
        "list",
        help="list your newest artworks",
        description="List the artworks of your key, newest first.",
        parents=[connection],
        allow_abbrev=False,
    )
    listing.add_argument(
        "--limit",
        type=int,
        default=DEFAULT_LIST_LIMIT,
        metavar="N",
        help=f"show at most N artworks (default {DEFAULT_LIST_LIMIT})",
    )

    wait = sub.add_parser(
        "wait",
        help="wait for an artwork started earlier and save its images",
        description="Wait for an artwork (e.g. after --no-wait or Ctrl-C), then save its images like a create.",
        parents=[connection, waiting],
        allow_abbrev=False,
    )
    wait.add_argument("artwork_id", metavar="ID")

    download = sub.add_parser(
        "download",
        help="save the images of a finished artwork",
        description="Save the images of a finished artwork.",
        parents=[connection],
        allow_abbrev=False,
    )
    download.add_argument("artwork_id", metavar="ID")
    download.add_argument("-o", "--out", default=DEFAULT_OUT, metavar="DIR", help="directory (default: out/)")


def _add_tool_parsers(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    """``mock`` and ``contract``: the tools that parse their own options."""
    mock = sub.add_parser(
        "mock",
        help="serve the mock Tengr.ai server on loopback (see `tengrai mock --help`)",
        description="Serve the mock Tengr.ai server on this machine until Ctrl-C.",
        add_help=False,
    )
    mock.add_argument("mock_args", nargs=argparse.REMAINDER, help="the mock's options (`tengrai mock --help`)")
    contract = sub.add_parser(
        "contract",
        help="check a server (default: the embedded mock) against the spec (see `tengrai contract --help`)",
        description="Check the embedded mock, your own server or the live API against the spec.",
        add_help=False,
    )
    contract.add_argument("contract_args", nargs=argparse.REMAINDER, help="`tengrai contract --help`")


def subcommand_parser(parser: argparse.ArgumentParser, name: str) -> argparse.ArgumentParser:
    """The parser of subcommand ``name`` (for its usage line in error messages)."""
    for action in parser._actions:
        if isinstance(action, argparse._SubParsersAction):
            found: argparse.ArgumentParser = action.choices[name]
            return found
    raise KeyError(name)  # pragma: no cover - build_parser always adds the subcommands


def _takes_positional_prompt(command: CreateCommand) -> bool:
    # A prompt is the main input only of a request that needs nothing else (text-to-image); it may be required.
    op = _fields.model().operation(command.operation_id)
    others = [field for field in op.fields if field.wire != _fields.PROMPT_FIELD]
    return _fields.PROMPT_FIELD in op.by_wire and not any(field.required for field in others)


def _connection_options() -> argparse.ArgumentParser:
    parent = argparse.ArgumentParser(add_help=False, allow_abbrev=False)
    group = parent.add_argument_group("connection and output")
    group.add_argument("--api-key", metavar="KEY", help=f"API key (default: ${API_KEY_ENV})")
    group.add_argument("--base-url", metavar="URL", help=f"API base URL (default: ${BASE_URL_ENV} or the real API)")
    group.add_argument("--mock", action="store_true", help="use a mock server inside this process (no key, no network)")
    group.add_argument("--json", action="store_true", help="print machine-readable JSON on stdout")
    return parent


def _waiting_options() -> argparse.ArgumentParser:
    parent = argparse.ArgumentParser(add_help=False, allow_abbrev=False)
    group = parent.add_argument_group("waiting and saving")
    group.add_argument(
        "--timeout", type=_seconds, metavar="SECONDS", help="give up waiting after this long (default: the client's)"
    )
    group.add_argument(
        "-o", "--out", default=DEFAULT_OUT, metavar="DIR", help="directory for the images (default: out/)"
    )
    group.add_argument("--no-save", action="store_true", help="print the result URLs instead of downloading")
    return parent


def _seconds(text: str) -> float:
    try:
        value = float(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"{text!r} is not a number of seconds") from None
    if not value > 0 or value == float("inf"):
        raise argparse.ArgumentTypeError(f"{text!r}: must be a finite number of seconds > 0")
    return value
