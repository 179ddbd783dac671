"""The commands of the spec's plain request operations: organizations (API keys, webhook secret) and V1 reads.

Every operation that carries ``x-sdk-resource`` and is not an artwork task (`tengrai._fields`) becomes
``tengrai <group> <command>``: the group is the first part of its resource (``organizations``, ``v1``), the command
its ``x-cli-command`` or its method in kebab-case (``create-api-key``, ``list``), or, when two operations of a group
share a method name, the rest of the resource and the method (``artworks-list``). A command of several words nests
(``tengrai v1 style-dna generate``; ``style-dna-generate`` stays a hidden alias). Path parameters are positional
arguments in path order, query parameters and body fields ``--options`` (`tengrai.cli._spec_options`), all read from
the spec: a spec edit plus ``make generate`` adds or changes the commands. The call goes through the generated client
method, so the library's validation checks every value before anything is sent.

Answer fields the spec marks ``x-secret`` (a freshly minted key, a rotated webhook secret) are the one place the
CLI prints a secret: once, last, and labelled as such.
"""

from __future__ import annotations

import argparse
import inspect
import itertools
import json
from collections import defaultdict
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from .. import _fields
from ._errors import CommandFailed, RequestInterrupted, UsageError
from ._output import artwork_details, artwork_table, dumps
from ._spec_options import add_spec_options, collect_params

if TYPE_CHECKING:
    from .._model.artwork import V1Artwork
    from ._output import Streams

__all__ = ["RequestCommand", "add_request_parsers", "cmd_request", "request_commands", "request_parser"]

_WEAKEST_SCOPE = "generator"
_IMAGES = frozenset({"V1Artwork", "ImageAsset"})
"""Answers whose images a synchronous command saves (``-o DIR``, like the V2 commands)."""


@dataclass(frozen=True)
class RequestCommand:
    """A plain request operation of the spec as ``tengrai <group> <name>``.

    Attributes:
        operation_id: the spec's operationId (``create_api_key``).
        group: the top-level command (``organizations``, ``v1``).
        name: the command inside the group (``create-api-key``, ``list``); several words (``style-dna generate``)
            nest, and the words joined by hyphens (``style-dna-generate``) are a hidden alias.
        resource: the client attribute path (``organizations``, ``v1.artworks``).
        method: the client method (``create_api_key``, ``list``).
        summary: one line for the command list.
        description: the operation's description, for ``--help``.
    """

    operation_id: str
    group: str
    name: str
    resource: str
    method: str
    summary: str
    description: str

    @property
    def words(self) -> tuple[str, ...]:
        """The command's words inside its group: one, or several for a nested command (``style-dna generate``)."""
        return tuple(self.name.split())


def request_commands() -> list[RequestCommand]:
    """Every plain request operation of the spec (``x-sdk-resource``, not an artwork task), in spec order."""
    model = _fields.model()
    commands = []
    for op in model.request_operations():
        group, name = model.cli_command(op)  # the naming rule the generated docs use too
        commands.append(
            RequestCommand(
                operation_id=op.operation_id,
                group=group,
                name=name,
                resource=op.resource or "",
                method=op.method_name or op.operation_id,
                summary=op.summary or op.operation_id,
                description=op.description or op.summary,
            )
        )
    return commands


def add_request_parsers(
    sub: argparse._SubParsersAction[argparse.ArgumentParser], connection: argparse.ArgumentParser
) -> None:
    """Add one group command per resource, holding one command per operation (see the module docstring)."""
    groups: dict[str, list[RequestCommand]] = defaultdict(list)
    for command in request_commands():
        groups[command.group].append(command)
    for group, commands in groups.items():
        listed = ", ".join(command.summary for command in commands)
        parent = sub.add_parser(
            group,
            help=listed,
            description=f"{listed}: the {group} operations of the API.",
            epilog=_mock_epilog(commands),
            formatter_class=argparse.RawDescriptionHelpFormatter,
            allow_abbrev=False,
        )
        levels: dict[tuple[str, ...], argparse._SubParsersAction[argparse.ArgumentParser]] = {}
        levels[()] = parent.add_subparsers(dest="request_name", metavar="COMMAND", required=True)
        for command in commands:
            inner = _level(levels, command, commands)
            parser = inner.add_parser(
                command.words[-1],
                help=command.summary,
                description=command.description,
                parents=[connection],
                allow_abbrev=False,
            )
            if len(command.words) > 1:  # the words joined by hyphens: a hidden alias of the nested command
                levels[()].choices.setdefault("-".join(command.words), parser)
            _add_request_options(parser, command)


def _level(
    levels: dict[tuple[str, ...], argparse._SubParsersAction[argparse.ArgumentParser]],
    command: RequestCommand,
    commands: Sequence[RequestCommand],
) -> argparse._SubParsersAction[argparse.ArgumentParser]:
    """The subcommands that hold ``command``'s last word, made on first use (``style-dna`` in ``v1``)."""
    for depth in range(1, len(command.words)):
        prefix = command.words[:depth]
        if prefix in levels:
            continue
        below = [other for other in commands if other.words[:depth] == prefix]
        listed = ", ".join(other.summary for other in below)
        nested = levels[prefix[:-1]].add_parser(prefix[-1], help=listed, description=f"{listed}.", allow_abbrev=False)
        levels[prefix] = nested.add_subparsers(dest=f"request_name_{depth}", metavar="COMMAND", required=True)
    return levels[command.words[:-1]]


def _add_request_options(parser: argparse.ArgumentParser, command: RequestCommand) -> None:
    """The path parameters (positional), the spec's options, and ``-o``/``--no-save`` for answers with images."""
    op = _fields.model().operation(command.operation_id)
    for field in op.path_params:
        parser.add_argument(
            field.name,
            metavar=field.name.upper(),
            help=(field.description + " Required.").strip().replace("%", "%%"),
        )
    add_spec_options(
        parser, command.operation_id, positional=_fields.PROMPT_FIELD if _fields.PROMPT_FIELD in op.by_wire else None
    )
    if op.synchronous and op.response_schema in _IMAGES:
        parser.add_argument("-o", "--out", default="out/", metavar="DIR", help="directory (default: out/)")
        parser.add_argument("--no-save", action="store_true", help="show the answer, save no image")
    parser.set_defaults(request_command=command)


def request_parser(parser: argparse.ArgumentParser, command: RequestCommand) -> argparse.ArgumentParser:
    """The parser of ``tengrai <group> <name>`` inside the whole command line ``parser`` (for its usage line)."""
    for level in (command.group, *command.words):
        parser = next(
            action.choices[level]
            for action in parser._actions
            if isinstance(action, argparse._SubParsersAction) and level in action.choices
        )
    return parser


def cmd_request(args: argparse.Namespace, command: RequestCommand, streams: Streams) -> int:
    """``tengrai <group> <name> ...``: send one plain request operation and show its answer."""
    from ._session import open_session

    op = _fields.model().operation(command.operation_id)
    positional = [getattr(args, field.name) for field in op.path_params]
    params = collect_params(args, command.operation_id)
    from .._exceptions import APIResponseError, NotFoundError

    with open_session(args, streams.stderr, mock_admin=_needs_more_than_generator(command.operation_id)) as session:
        method = _client_method(session.client, command)
        paged = "page_size" in inspect.signature(method).parameters  # an x-sdk-paged list: it walks the pages
        if paged:
            call = _page_walk(method, params, command)
        _check_arguments(method, params, command)
        try:
            answer = call(*positional) if paged else method(*positional, **params)
        except KeyboardInterrupt as signal:
            if op.method in ("GET", "HEAD"):
                raise  # nothing changed: the plain "interrupted"
            raise RequestInterrupted(f"{op.title} ({op.method} {op.path})", signal=signal) from None
        except APIResponseError as exc:
            if op.method != "GET":
                _show_unreadable(exc.body, op, streams)
                for note in getattr(exc, "__notes__", ()):  # what probably happened, and how to undo it
                    streams.stderr.write(f"{note}\n")
            raise
        except NotFoundError as exc:
            if session.in_process_mock and _takes_org(command):
                from ..mock import TEST_ORG_ID

                raise CommandFailed(
                    f"{exc}; the in-process mock has one organization, its test organization {TEST_ORG_ID}"
                ) from None
            raise
        in_process_mock = session.in_process_mock
        saved = _save(session.client, answer, args) if op.synchronous and not getattr(args, "no_save", True) else []
    _show(answer, op, args, streams, in_process_mock=in_process_mock)
    for item in saved:
        streams.stderr.write(f"saved {item.path}\n")
    return 0


def _save(client: Any, answer: Any, args: argparse.Namespace) -> list[Any]:
    """Save the images of a synchronous answer into ``--out`` (a V1 artwork's results, a Style DNA asset)."""
    from .._model.answers import ImageAsset
    from .._model.artwork import V1Artwork

    if isinstance(answer, ImageAsset):
        return [answer.save(args.out)]
    if isinstance(answer, V1Artwork) and answer.results:
        saved: list[Any] = client.v1.artworks.save(answer, args.out)
        return saved
    return []


def _needs_more_than_generator(operation_id: str) -> bool:
    """Whether the operation's ``x-min-scope`` is above the weakest scope (the in-process mock then uses its
    admin key: the one key of its test organization that may call everything)."""
    scope = _fields.model().operation(operation_id).min_scope
    return (scope or _WEAKEST_SCOPE) != _WEAKEST_SCOPE


def _client_method(client: Any, command: RequestCommand) -> Any:
    target = client
    for part in command.resource.split("."):
        target = getattr(target, part, None)
    method = getattr(target, command.method, None)
    if method is None:
        raise UsageError(
            f"this client has no client.{command.resource}.{command.method} for {command.operation_id} (the spec "
            "and the generated resources disagree: run `make generate`)"
        )
    return method


def _page_walk(method: Any, params: dict[str, Any], command: RequestCommand) -> Callable[..., list[Any]]:
    """The call of a paged list method for ``--offset``/``--limit``: skip ``offset`` items, show ``limit`` (all
    without ``--limit``), both checked by the spec's rules first; ``params`` keeps the other options."""
    from ..validation import check_parameters

    offset, limit = params.pop("offset", None), params.pop("limit", None)
    check_parameters(command.operation_id, {"offset": offset, "limit": limit})
    skip = offset or 0
    total = None if limit is None else skip + limit

    def call(*positional: Any) -> list[Any]:
        return list(itertools.islice(method(*positional, limit=total, **params), skip, None))

    return call


def _check_arguments(method: Any, params: Mapping[str, Any], command: RequestCommand) -> None:
    """Refuse options the client method does not take (a spec edited without ``make generate``)."""
    accepted = inspect.signature(method).parameters
    unknown = [name for name in params if name not in accepted]
    if unknown:
        options = ", ".join("--" + name.replace("_", "-") for name in unknown)
        raise UsageError(
            f"{options}: not an argument of client.{command.resource}.{command.method} in this installation (the "
            "spec and the generated resources disagree: run `make generate`)"
        )


# ---------------------------------------------------------------------------------------------------- output


def _show(
    answer: Any, op: _fields.Operation, args: argparse.Namespace, streams: Streams, *, in_process_mock: bool
) -> None:
    from .._model.answers import TextcraftAnswer
    from .._model.artwork import V1Artwork

    if args.json:
        streams.stdout.write(dumps(_plain(answer)) + "\n")
    elif answer is None:
        streams.stderr.write(f"{op.title}: done\n")
    elif isinstance(answer, list) and all(isinstance(item, V1Artwork) for item in answer):
        _show_v1_list(answer, streams)
    elif isinstance(answer, V1Artwork):
        streams.stdout.write(artwork_details(answer, _text) + "\n")
    elif isinstance(answer, TextcraftAnswer):  # the text on stdout, what it cost on stderr
        if answer.reasoning:
            streams.stderr.write(f"reasoning: {answer.reasoning}\n")
        streams.stdout.write(answer.text + ("" if answer.text.endswith("\n") else "\n"))
        for call in answer.tool_calls or ():
            streams.stderr.write(f"tool call: {dumps(call)}\n")
        streams.stderr.write(f"tokens {_text(answer.tokens)}, credits used {_text(answer.credits_used)}\n")
    elif hasattr(answer, "to_dict"):
        _show_record(answer.to_dict(), op, streams)
    else:  # an answer without an SDK record: the JSON as sent
        streams.stdout.write(dumps(answer) + "\n")
    document = _plain(answer)
    if in_process_mock and isinstance(document, dict) and any(key in document for key in _secret_fields(op)):
        streams.stderr.write(
            "note: this secret belongs to the in-process mock, which ends with this command; it works nowhere else\n"
        )


def _plain(answer: Any) -> Any:
    if isinstance(answer, list):
        return [_plain(item) for item in answer]
    return answer.to_dict() if hasattr(answer, "to_dict") else answer


def _show_record(document: Mapping[str, Any], op: _fields.Operation, streams: Streams) -> None:
    """Every field as ``name  value``; fields the spec marks secret last, labelled, printed this once."""
    secrets = _secret_fields(op)
    rows = [(key, _text(value)) for key, value in document.items() if key not in secrets]
    if rows:
        width = max(len(key) for key, _ in rows)
        streams.stdout.write("\n".join(f"{key.ljust(width)}  {value}".rstrip() for key, value in rows) + "\n")
    for key in secrets:
        if key in document:
            gap = "\n" if rows else ""
            streams.stdout.write(
                f"{gap}{key} (a secret, shown only this once: store it now, it cannot be retrieved again):\n"
                f"  {document[key]}\n"
            )


def _secret_fields(op: _fields.Operation) -> list[str]:
    """The answer properties the spec marks ``x-secret: true``, in spec order."""
    from ..resources._base import secret_fields

    return secret_fields(op)


def _show_unreadable(body: bytes, op: _fields.Operation, streams: Streams) -> None:
    """What can be read of a success answer the SDK could not parse (a minted key must not be lost with it)."""
    try:
        document = json.loads(body)
    except (ValueError, RecursionError):
        document = None
    if isinstance(document, dict):
        streams.stderr.write("the answer, as far as it can be read:\n")
        _show_record({key: value for key, value in document.items() if isinstance(key, str)}, op, streams)
    elif body:
        text = body[:4000].decode("utf-8", "replace")
        streams.stderr.write("the answer as sent:\n")
        streams.stdout.write(text + ("\n" if not text.endswith("\n") else ""))


def _show_v1_list(artworks: Sequence[V1Artwork], streams: Streams) -> None:
    if artworks:
        streams.stdout.write(artwork_table(artworks) + "\n")
    else:
        streams.stderr.write("no V1 artworks\n")


def _text(value: object) -> str:
    if value is None:
        return "-"
    if isinstance(value, bool):
        return str(value).lower()
    if isinstance(value, list):
        return ", ".join(_text(item) for item in value)
    return str(value)


def _takes_org(command: RequestCommand) -> bool:
    return any(field.wire == "orgId" for field in _fields.model().operation(command.operation_id).path_params)


def _mock_epilog(commands: Sequence[RequestCommand]) -> str:
    """For groups with an organization path parameter: which organization the in-process mock has."""
    if not any(_takes_org(command) for command in commands):
        return ""
    return (
        "With no API key the commands run against a mock inside this process, which has one organization: its test "
        "organization (tengrai.mock.TEST_ORG_ID; an unknown organization's error names its id)."
    )
