"""The subcommands: each takes the parsed arguments and the output streams and returns an exit code."""

from __future__ import annotations

import argparse
import os
import time
from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any

from ._errors import CommandFailed, Interrupted, UsageError
from ._output import (
    Sheet,
    Streams,
    artwork_details,
    artwork_json,
    artwork_table,
    dumps,
    human_size,
    saved_json,
    write_contact_sheet,
)
from ._parser import DEFAULT_OUT
from ._progress import Progress
from ._session import Session, open_session
from ._spec_options import CreateCommand, collect_params

if TYPE_CHECKING:
    from .._artwork_errors import ArtworkTimeoutError
    from ..types import Artwork, SavedImage

__all__ = [
    "cmd_create",
    "cmd_download",
    "cmd_get",
    "cmd_list",
    "cmd_mock",
    "cmd_wait",
    "no_wait_in_process",
    "resume_args",
    "save_results",
    "wait_for",
]


def resume_args(args: argparse.Namespace) -> str:
    """The options a resume command needs, as typed by the user (directory, API URL); never the key itself."""
    extra = ""
    if getattr(args, "out", DEFAULT_OUT) != DEFAULT_OUT:
        extra += f" -o {args.out}"
    if getattr(args, "base_url", None):
        extra += f" --base-url {args.base_url}"
    if getattr(args, "api_key", None):
        extra += " --api-key <your key>"
    return extra


def checked_out(args: argparse.Namespace) -> None:
    """Expand ``~`` in ``-o`` and refuse a directory that cannot be written before anything is sent (a paid task
    must not run only to fail on saving)."""
    if getattr(args, "no_save", False):
        return
    given = str(args.out)
    path = Path(given).expanduser()
    probe = path
    while not probe.exists() and probe.parent != probe:
        probe = probe.parent
    if not probe.is_dir():
        where = "" if probe == path else f" ({probe} is a file)"
        raise UsageError(f"-o {given}: not a directory{where}; nothing was sent")
    if not os.access(probe, os.W_OK | os.X_OK):
        raise UsageError(f"-o {given}: {probe} is not writable; nothing was sent")
    args.out = str(path)


def wait_for(
    session: Session, artwork: Artwork | str, *, timeout: float | None, streams: Streams, resume: str = ""
) -> Artwork:
    """Wait until ``artwork`` ends, with a progress line on a terminal; Ctrl-C becomes `Interrupted`."""
    artwork_id = artwork if isinstance(artwork, str) else artwork.id
    kind = "artwork" if isinstance(artwork, str) else str(artwork.artwork_type)
    progress = Progress(streams.stderr, f"{kind} {artwork_id[:8]}")
    if not isinstance(artwork, str):
        progress.set_status(str(artwork.status))
    from .._artwork_errors import ArtworkTimeoutError

    try:
        with progress:
            return session.client.artworks.wait(artwork, timeout=timeout, on_progress=progress.update)
    except KeyboardInterrupt as signal:
        raise Interrupted(
            artwork_id, stage="wait", in_process_mock=session.in_process_mock, resume_args=resume, signal=signal
        ) from None
    except ArtworkTimeoutError as exc:
        raise CommandFailed(_timeout_message(exc, timeout, session, resume)) from None


def save_results(
    session: Session, artwork: Artwork, directory: Path, *, streams: Streams, resume: str = ""
) -> list[SavedImage]:
    """Download the artwork's images into ``directory``; Ctrl-C becomes `Interrupted` (resumable by download)."""
    progress = Progress(streams.stderr, f"{artwork.artwork_type} {artwork.id[:8]}")
    progress.set_status("downloading")
    try:
        with progress:
            return list(session.client.artworks.save(artwork, directory))
    except KeyboardInterrupt as signal:
        raise Interrupted(
            artwork.id,
            stage="download",
            in_process_mock=session.in_process_mock,
            resume_args=resume,
            signal=signal,
        ) from None


def _timeout_message(exc: ArtworkTimeoutError, timeout: float | None, session: Session, resume: str) -> str:
    """The CLI's words for a passed deadline: the limit as the user gave it, and the command that resumes."""
    limit = f"--timeout {timeout:g}" if timeout is not None else f"the client's wait_timeout of {_default_wait():g}"
    last = exc.artwork.status if exc.artwork is not None else "not seen yet"
    message = f"artwork {exc.artwork_id} did not finish within {limit} seconds (last status: {last})"
    if session.in_process_mock:
        return message + "; it lived in the in-process mock server, which ends with this command"
    return f"{message}; it keeps running on the server. Resume with: tengrai wait {exc.artwork_id}{resume}"


def _default_wait() -> float:
    import inspect

    from .._client import Tengrai

    default: float = inspect.signature(Tengrai).parameters["wait_timeout"].default
    return default


def no_wait_in_process() -> str:
    """Why ``--no-wait`` is refused against the in-process mock, and what works instead."""
    from .._environment import API_KEY_ENV
    from ..mock import TEST_API_KEY
    from ..mock.__main__ import DEFAULT_PORT

    return (
        "--no-wait needs a server that outlives this command, but with no API key the command runs against a "
        "mock inside this process, which ends with it (a later `tengrai wait ID` could never find the artwork). "
        f"Set {API_KEY_ENV} for the real API, or serve the mock with `tengrai mock` in another terminal and pass "
        f"--base-url http://127.0.0.1:{DEFAULT_PORT} --api-key {TEST_API_KEY}"
    )


def cmd_create(args: argparse.Namespace, command: CreateCommand, streams: Streams) -> int:
    """``tengrai quantum|selena-variete|face-refiner``: create, wait, save and show the result."""
    params = collect_params(args, command.operation_id)
    checked_out(args)
    resume = resume_args(args)
    with open_session(args, streams.stderr, strict=args.strict) as session:
        resource = getattr(session.client, command.resource, None)
        if resource is None:
            raise UsageError(f"this client has no `{command.resource}` resource for {command.operation_id}")
        _check_arguments(resource.create, params, command)
        if args.no_wait and session.in_process_mock and not args.mock:
            # Chosen implicitly (no key): a later `tengrai wait ID` would look for the artwork in vain.
            raise UsageError(no_wait_in_process())
        try:
            artwork: Artwork = resource.create(**params)
        except KeyboardInterrupt as signal:
            raise Interrupted(None, stage="create", in_process_mock=session.in_process_mock, signal=signal) from None
        if args.no_wait:
            streams.stdout.write(dumps({"artwork": artwork_json(artwork)}) + "\n" if args.json else artwork.id + "\n")
            if session.in_process_mock:  # --mock asked for it explicitly: allowed, with the caveat
                streams.stderr.write("note: the in-process mock ends with this command; its artworks go with it\n")
            return 0
        streams.stderr.write(f"created {artwork.artwork_type} artwork {artwork.id}\n")
        return _finish(session, artwork, args, streams, resume)


def _check_arguments(create: Any, params: dict[str, Any], command: CreateCommand) -> None:
    """Refuse options the client's ``create`` does not take (a spec edited without ``make generate``)."""
    import inspect

    parameters = inspect.signature(create).parameters.values()
    # A generated method's ``**options`` takes the per-request options only (`tengrai.types.BodyRequestOptions`),
    # no field; any other ``**`` (a stand-in) takes everything.
    if any(p.kind is inspect.Parameter.VAR_KEYWORD and p.name != "options" for p in parameters):
        return
    accepted = {p.name for p in parameters if p.kind is not inspect.Parameter.VAR_KEYWORD}
    unknown = [name for name in params if name not in accepted]
    if unknown:
        options = ", ".join("--" + name.replace("_", "-") for name in unknown)
        raise UsageError(
            f"{options}: not an argument of client.{command.resource}.create in this installation (the spec and "
            "the generated resources disagree: run `make generate`)"
        )


def cmd_wait(args: argparse.Namespace, streams: Streams) -> int:
    """``tengrai wait ID``: wait for an artwork started earlier, then save and show it like a create."""
    checked_out(args)
    with open_session(args, streams.stderr) as session:
        return _finish(session, args.artwork_id, args, streams, resume_args(args))


def cmd_get(args: argparse.Namespace, streams: Streams) -> int:
    """``tengrai get ID``: show one artwork as it is now."""
    with open_session(args, streams.stderr) as session:
        artwork = session.client.artworks.get(args.artwork_id)
    if args.json:
        streams.stdout.write(dumps(artwork_json(artwork)) + "\n")
    else:
        streams.stdout.write(artwork_details(artwork, _show) + "\n")
    return 0


def cmd_list(args: argparse.Namespace, streams: Streams) -> int:
    """``tengrai list [--limit N]``: the newest artworks of the key."""
    if args.limit < 1:
        raise UsageError(f"--limit={args.limit}: must be at least 1")
    with open_session(args, streams.stderr) as session:
        artworks = list(session.client.artworks.list(limit=args.limit))
    if args.json:
        streams.stdout.write(dumps([artwork_json(artwork) for artwork in artworks]) + "\n")
        return 0
    if artworks:
        streams.stdout.write(artwork_table(artworks) + "\n")
    else:
        streams.stderr.write("no artworks\n")
    return 0


def cmd_download(args: argparse.Namespace, streams: Streams) -> int:
    """``tengrai download ID -o DIR``: save the images of a finished artwork."""
    checked_out(args)
    with open_session(args, streams.stderr) as session:
        artwork = session.client.artworks.get(args.artwork_id)
        if not artwork.succeeded:
            raise CommandFailed(_no_images(artwork))
        saved = save_results(session, artwork, Path(args.out), streams=streams, resume=resume_args(args))
    _report(artwork, saved, Path(args.out), args, streams)
    return 0


def _no_images(artwork: Artwork) -> str:
    """Why an artwork has nothing to download, in plain words."""
    if not artwork.is_terminal:
        return (
            f"artwork {artwork.id} is {artwork.status} (not finished yet), so it has no images to download; "
            f"wait for it with `tengrai wait {artwork.id}`"
        )
    reason = f": {artwork.error}" if getattr(artwork, "error", None) else ""
    ended = "was canceled" if artwork.status == "canceled" else str(artwork.status)
    return f"artwork {artwork.id} {ended}{reason}, so it has no images to download"


def cmd_mock(mock_argv: Sequence[str]) -> int:
    """``tengrai mock [options]``: serve the mock server on loopback until Ctrl-C (``python -m tengrai.mock``).

    The options are the mock's own (``--port``, ``--starting``, ``--processing``, ...), passed through unchanged.
    """
    from ..mock.__main__ import main as serve_mock

    return serve_mock(list(mock_argv), prog="tengrai mock")


def _finish(session: Session, artwork: Artwork | str, args: argparse.Namespace, streams: Streams, resume: str) -> int:
    started = time.monotonic()
    done = wait_for(session, artwork, timeout=args.timeout, streams=streams, resume=resume)
    waited = time.monotonic() - started
    if args.no_save:
        saved: list[SavedImage] = []
    else:
        saved = save_results(session, done, Path(args.out), streams=streams, resume=resume)
    _report(done, saved, Path(args.out), args, streams, waited=waited)
    return 0


def _report(
    artwork: Artwork,
    saved: Sequence[SavedImage],
    directory: Path,
    args: argparse.Namespace,
    streams: Streams,
    *,
    waited: float | None = None,
) -> None:
    sheet = write_contact_sheet(directory, [Sheet(artwork, saved)]) if len(saved) > 1 else None
    if args.json:
        document: dict[str, Any] = {"artwork": artwork_json(artwork), "files": saved_json(saved)}
        document["contactSheet"] = str(sheet) if sheet else None
        streams.stdout.write(dumps(document) + "\n")
        return
    took = f" after {waited:.1f} s" if waited is not None else ""
    lines = [f"{artwork.artwork_type} artwork {artwork.id} {artwork.status}{took}"]
    if saved:
        lines += [f"  {item.path}  {human_size(item.size_bytes)}" for item in saved]
    else:
        lines += [f"  {url}" for url in artwork.results]
    if sheet:
        lines.append(f"  contact sheet: {sheet}")
    streams.stdout.write("\n".join(lines) + "\n")


def _show(value: object) -> str:
    return str(value).lower() if isinstance(value, bool) else str(value)
