"""What the sync and async resources share: argument checks, deadlines, paging, and running the flows.

A resource method is a thin shell: it checks its arguments, builds a flow from `tengrai._tasks.create`,
`tengrai._tasks.waiting` or `tengrai._tasks.downloads`, and hands it to the client's runner (blocking or awaited).
"""

from __future__ import annotations

import contextlib
import copy
import json
import math
from collections.abc import AsyncIterator, Callable, Iterator, Mapping
from typing import TYPE_CHECKING, Any, ClassVar, Self, TypeVar

from .._artwork_errors import ArtworkError
from .._client_state import Ambiguous, DeadlineExpired
from .._engine.runners import Flow
from .._exceptions import APITimeoutError, TengraiError, ValidationError
from .._paging import DEFAULT_PAGE_SIZE, Pager, async_pages, sync_pages
from ..types import Artwork, AsyncArtwork, SavedImage, StatusEvent, SyncArtwork

if TYPE_CHECKING:
    import os

    from .._client_state import Core
    from .._engine.runners import AsyncRunner, SyncRunner
    from .._request_options import Extras
    from .._retry import RequestKind

__all__ = [
    "DEFAULT_PAGE_SIZE",
    "AsyncResource",
    "Pager",
    "ProgressCallback",
    "SyncResource",
    "noted",
    "target_id",
]

T = TypeVar("T")


ProgressCallback = Callable[[StatusEvent], object]
"""Called with every `StatusEvent` while waiting (the async client also accepts a coroutine function)."""


def target_id(target: Artwork | str) -> str:
    if isinstance(target, Artwork):
        return target.id
    if isinstance(target, str) and target:
        return target
    raise ValidationError("id", target, "pass an Artwork or a non-empty artwork id string")


@contextlib.contextmanager
def noted(artwork_id: str) -> Iterator[None]:
    """Make sure any error escaping a wait names the artwork id, so a paid task is never lost."""
    try:
        yield
    except ArtworkError:
        raise
    except BaseException as exc:
        if not isinstance(exc, GeneratorExit):
            exc.add_note(f"artwork id {artwork_id}: resume with client.artworks.wait({artwork_id!r})")
        raise


def _out_of_time(expired: DeadlineExpired, timeout: float, method: str, url: Callable[[], str]) -> TengraiError:
    """The error of a call whose ``timeout=`` (its total deadline) passed: the failure that could not be retried in
    the time left, else an `APITimeoutError`."""
    cause = expired.cause
    if isinstance(cause, TengraiError):
        cause.add_note(f"not retried: the call's timeout={timeout:g}s left no time")
        return cause
    where = f"{method} {url()}"
    return APITimeoutError(f"{where}: no answer within the call's timeout={timeout:g}s", method=method, url=url())


def _bounded(flow: Flow[T], timeout: float, method: str, url: Callable[[], str]) -> Flow[T]:
    """``flow`` (run with a deadline from ``timeout=``), its expired deadline raised as the SDK error."""
    try:
        return (yield from flow)
    except DeadlineExpired as expired:
        raise _out_of_time(expired, timeout, method, url) from None


class _Resource:
    """Deadlines and flows, independent of how they are run."""

    _core: Core
    _operation: ClassVar[str] = ""

    def _extras(self, options: Mapping[str, Any], method: str, operation_id: str, *, body: bool) -> Extras:
        """The checked per-request ``options`` of a call (`tengrai._request_options`)."""
        from .._request_options import extras

        return extras(self._core, options, method=method, operation_id=operation_id, body=body)

    def _scoped(self, options: Mapping[str, Any], method: str, operation_id: str = "get_artwork") -> Self:
        """A copy of this resource for one call of a read ``method`` with per-request ``options``: its core sends
        the extra headers with every request to the API and the extra query with every read (get, poll, page)."""
        from .._request_options import extras

        checked = extras(self._core, options, method=method, operation_id=operation_id, body=False, reads=True)
        scoped = copy.copy(self)
        scoped._core = checked.core
        return scoped

    def _until(self, timeout: float | None) -> float | None:
        """The deadline of a call with ``timeout=`` seconds in all (None: no bound beyond each request's own)."""
        return None if timeout is None else self._deadline(timeout)[1]

    def _get_flow(self, artwork_id: str, timeout: float | None) -> Flow[Artwork]:
        if timeout is None:
            return self._core.get(artwork_id)
        flow = self._core.get(artwork_id, deadline=self._until(timeout))
        return _bounded(flow, timeout, "GET", lambda: self._core.artwork_url(artwork_id))

    def _page_flow(self, pager: Pager, timeout: float | None) -> Flow[list[Artwork]]:
        flow = self._core.list_page(pager.offset, pager.request_size, self._until(timeout))
        if timeout is None:
            return flow
        return _bounded(flow, timeout, "GET", lambda: self._core.url("list_artworks"))

    def _deadline(self, timeout: float | None) -> tuple[float, float]:
        """(start, deadline) on the client's clock for a job with total ``timeout`` (None: the client default)."""
        total = self._core.wait_timeout if timeout is None else timeout
        if isinstance(total, bool) or not isinstance(total, int | float) or not 0 < total < math.inf:
            raise ValidationError("timeout", timeout, "the total timeout must be a positive, finite number of seconds")
        start = self._core.clock()
        return start, start + total

    def _wait_flow(
        self,
        target: Artwork | str,
        deadline: tuple[float, float],
        *,
        raise_on_failure: bool = True,
        core: Core | None = None,
    ) -> Flow[Artwork]:
        """Wait for ``target`` through ``core`` (default: this resource's; a call's own sends its extra headers)."""
        start, end = deadline
        from .._tasks.waiting import wait_flow  # the flows load on first use: keeps `import tengrai` cheap

        return wait_flow(core or self._core, target, deadline=end, started=start, raise_on_failure=raise_on_failure)

    def _create_flow(
        self, params: Mapping[str, Any], deadline: float | None, options: Mapping[str, Any] | None, method: str
    ) -> tuple[Flow[Artwork], Core]:
        """The flow creating this resource's task for a call of ``method`` with per-request ``options``, and the
        core the rest of the call goes through (the client's, or a copy sending the call's extra headers)."""
        from .._tasks.create import create_flow

        if not options:
            return create_flow(self._core, self._operation, params, deadline=deadline), self._core
        extra = self._extras(options, method, self._operation, body=True)
        flow = create_flow(
            extra.core, self._operation, params, deadline=deadline, extra_query=extra.query, extra_body=extra.body
        )
        return flow, extra.core

    def _finished_flow(self, target: Artwork | str, deadline: tuple[float, float]) -> Flow[Artwork]:
        """Wait for ``target`` unless it is already known to have succeeded."""
        if isinstance(target, Artwork) and target.succeeded:
            return _done(target)
        return self._wait_flow(target, deadline)

    def _save_flow(
        self, target: Artwork | str, directory: str | os.PathLike[str], sidecar: bool, deadline: tuple[float, float]
    ) -> Flow[list[SavedImage]]:
        artwork = yield from self._finished_flow(target, deadline)
        try:
            from .._tasks.downloads import save_flow

            saved = yield from save_flow(self._core, artwork, directory, sidecar=sidecar, deadline=deadline[1])
        except DeadlineExpired as expired:
            from .._tasks.waiting import timeout_error

            raise timeout_error(artwork.id, artwork, deadline[1] - deadline[0], expired.cause) from None
        return saved

    def _download_flow(self, target: Artwork | str, deadline: tuple[float, float]) -> Flow[list[bytes]]:
        artwork = yield from self._finished_flow(target, deadline)
        try:
            from .._tasks.downloads import download_flow

            fetched = yield from download_flow(self._core, artwork, deadline[1])
        except DeadlineExpired as expired:
            from .._tasks.waiting import timeout_error

            raise timeout_error(artwork.id, artwork, deadline[1] - deadline[0], expired.cause) from None
        return [content for _url, content, _type in fetched]

    def _call_flow(
        self,
        operation_id: str,
        path: Mapping[str, Any],
        query: Mapping[str, Any],
        body: Mapping[str, Any],
        timeout: float | None = None,
        options: Mapping[str, Any] | None = None,
    ) -> Flow[Any]:
        """Send a plain (non-artwork) operation of the spec and return its answer (None if empty): the SDK record of
        its schema (`tengrai._model`) when there is one, else the decoded JSON.

        The body is validated like a create's and the path and query arguments by their parameter schemas; a GET,
        PUT or DELETE is retried like a read, a POST or PATCH only when it certainly did not reach the server
        (otherwise the error says so, and nothing is sent again). ``timeout`` bounds the whole call, retries
        included; ``options`` are the call's per-request options (`tengrai._request_options`).
        """
        from .. import _fields
        from ..validation import build_request_body, check_parameters

        op = _fields.model().operation(operation_id)
        core = self._core
        extra = (
            self._extras(options, op.method_name or operation_id, operation_id, body=bool(op.body)) if options else None
        )
        if extra is not None:
            core = extra.core
        # A synchronous operation (x-synchronous) waits for its result like a generate: one deadline, by default
        # the client's wait_timeout.
        deadline = self._deadline(timeout)[1] if op.synchronous else self._until(timeout)
        for name, value in path.items():
            if not isinstance(value, str) or not value:
                raise ValidationError(name, value, f"the path parameter {name} of {op.title} is a non-empty string")
        check_parameters(operation_id, path)
        params = check_parameters(operation_id, query)
        if extra is not None and extra.query:
            params.update(extra.query)
        validated = build_request_body(operation_id, body, strict=core.strict) if op.body else None
        # Method, URL, query and body as the generated client builds them (its sans-IO endpoint functions).
        method, url, params, json_body = core.build(
            operation_id, *path.values(), params=params or None, json_body=validated
        )
        if extra is not None and extra.body and json_body is not None:
            json_body = {**json_body, **extra.body}
        return (yield from _answer_flow(core, op, (method, url, params, json_body), deadline, timeout, validated))


def _answer_flow(
    core: Core,
    op: Any,
    request: tuple[str, str, Any, Any],
    deadline: float | None,
    timeout: float | None,
    body: Mapping[str, Any] | None = None,
) -> Flow[Any]:
    """Send a plain operation's built ``request`` (method, URL, query, JSON body) once and read its answer (see
    `_Resource._call_flow`); a synchronous operation is a paid create (`tengrai._synchronous`): its lost answer is
    looked for, never sent again."""
    from .._client_state import transport_error

    method, url, params, json_body = request
    kind: RequestKind = "create" if method in ("POST", "PATCH") else "read"
    try:
        if op.synchronous:
            from .._synchronous import synchronous_flow

            # It answers when its work is done: its one request may take the whole deadline, not just the
            # client's per-request timeout (which would give up on a paid call still running).
            return (yield from synchronous_flow(core, _whole_deadline(core), op, request, body or {}, deadline))
        response = yield from core.request(method, url, kind=kind, json=json_body, params=params, deadline=deadline)
    except Ambiguous as ambiguous:
        cause = ambiguous.cause
        error = cause if isinstance(cause, TengraiError) else transport_error(cause, op.method, url)
        error.add_note(f"{op.method} {url} may have reached the server; it was not sent again")
        raise error from (None if error is cause else cause)
    except DeadlineExpired as expired:
        total = core.wait_timeout if timeout is None else timeout  # only a call with a deadline has one expire
        raise _out_of_time(expired, total, op.method, lambda: url) from None
    if response.status_code == 204 or not response.content:
        return None
    from .._model.artwork import parse_answer
    from .._parsing import response_error
    from .._request_ids import stamp

    try:
        return stamp(parse_answer(op.response_schema, op.response_kind, json.loads(response.content)), response)
    except (ValueError, RecursionError) as exc:  # not JSON, or not the documented record
        error = response_error(response, str(exc) or "nested too deeply")
        if op.method != "GET":
            error.add_note(took_effect(op, response.content))
        raise error from None


def _whole_deadline(core: Core) -> Core:
    """A copy of ``core`` whose requests are bounded by the call's deadline alone."""
    waiting = copy.copy(core)
    waiting.read_timeout = None
    return waiting


_UNSEEN = {
    "create_api_key": (
        "an API key may have been minted that nobody has seen. Find it by its label among the organization's keys "
        "and revoke it: client.organizations.revoke_api_key(org_id, key_id), or tengrai organizations "
        "revoke-api-key ORG_ID KEY_ID"
    ),
    "rotate_webhook_secret": (
        "the webhook secret may have been rotated to one nobody has seen (deliveries then fail to verify): rotate it "
        "again to get one you can read: client.organizations.rotate_webhook_secret(org_id), or tengrai organizations "
        "rotate-webhook-secret ORG_ID"
    ),
}
"""What an unreadable answer of an operation whose answer holds a secret leaves behind, and how to undo it."""


def secret_fields(op: Any) -> list[str]:
    """The answer properties of an operation (`tengrai._fields.Operation`) the spec marks ``x-secret: true``."""
    from .._model.artwork import answer_types

    record = answer_types().get(op.response_schema or "")
    return list(getattr(record, "_secrets", {}).values())


def took_effect(op: Any, content: bytes) -> str:
    """The note of an unreadable 2xx answer to an operation that changes something: it probably took effect."""
    note = f"{op.title} ({op.method} {op.path}) was answered with success, so it probably took effect"
    note += ": do not send it again"
    secrets = secret_fields(op)
    if not secrets:
        return note
    try:
        document = json.loads(content)
    except (ValueError, RecursionError):
        document = None
    found = document if isinstance(document, dict) else {}
    named = f" (its id: {found['id']})" if isinstance(found.get("id"), str) else ""
    shown = [name for name in secrets if isinstance(found.get(name), str)]
    undo = _UNSEEN.get(op.operation_id, f"a new {', '.join(secrets)} may exist that nobody has seen")
    if shown:
        kept = f"The answer's {', '.join(shown)}{named} is in this error's body: store it now"
        return f"{note}. {kept}. If it is lost, {undo}"
    return f"{note}{named}. {undo[0].upper()}{undo[1:]}"


_Handle = TypeVar("_Handle", SyncArtwork, AsyncArtwork)


def _bound(core: Core, artwork: Artwork, handle_type: type[_Handle]) -> _Handle:
    """A plain ``artwork`` as a handle bound as the client binds the ones its core builds (to its ``artworks``)."""
    handle = core.artwork_factory(**artwork.record_fields())
    if not isinstance(handle, handle_type):  # a core that no client has bound: a bug, not a user error
        raise TypeError(f"this core builds {type(handle).__name__}, not {handle_type.__name__}")
    return handle


def _done(artwork: Artwork) -> Flow[Artwork]:
    return artwork
    yield  # makes this a generator  # pragma: no cover


class SyncResource(_Resource):
    """A resource of `Tengrai`: runs flows with blocking I/O."""

    def __init__(self, core: Core, runner: SyncRunner) -> None:
        self._core = core
        self._runner = runner

    def _handle(self, artwork: Artwork) -> SyncArtwork:
        """``artwork`` as this client's handle (the client's core already builds them; a plain record is bound)."""
        if isinstance(artwork, SyncArtwork):
            return artwork
        return _bound(self._core, artwork, SyncArtwork)

    def _create(
        self, params: Mapping[str, Any], timeout: float | None = None, options: Mapping[str, Any] | None = None
    ) -> SyncArtwork[Any]:
        flow, _core = self._create_flow(params, self._until(timeout), options, "create")
        return self._handle(self._runner.run(flow))

    def _generate(
        self,
        params: Mapping[str, Any],
        timeout: float | None,
        on_progress: ProgressCallback | None,
        options: Mapping[str, Any] | None = None,
    ) -> SyncArtwork[Any]:
        deadline = self._deadline(timeout)
        flow, core = self._create_flow(params, deadline[1], options, "generate")
        artwork = self._handle(self._runner.run(flow))
        with noted(artwork.id):
            return self._handle(self._runner.run(self._wait_flow(artwork, deadline, core=core), on_progress))

    def _call(
        self,
        operation_id: str,
        path: Mapping[str, Any],
        query: Mapping[str, Any],
        body: Mapping[str, Any],
        timeout: float | None = None,
        options: Mapping[str, Any] | None = None,
    ) -> Any:
        from .._asset_fetch import bind_answer

        answer = self._runner.run(self._call_flow(operation_id, path, query, body, timeout, options))
        return bind_answer(answer, self._core, self._runner, asynchronous=False)

    def _paged(
        self,
        operation_id: str,
        path: Mapping[str, Any],
        query: Mapping[str, Any],
        limit: int | None,
        page_size: int,
        timeout: float | None,
        options: Mapping[str, Any],
    ) -> Iterator[Any]:
        """Every item of an ``x-sdk-paged`` operation, page after page (its arguments checked now, not at the first
        page)."""
        pager = Pager(limit, page_size)
        self._until(timeout)
        return sync_pages(self._call, operation_id, path, query, pager, timeout, options)


class AsyncResource(_Resource):
    """A resource of `AsyncTengrai`: runs flows without blocking the event loop."""

    def __init__(self, core: Core, runner: AsyncRunner) -> None:
        self._core = core
        self._runner = runner

    def _handle(self, artwork: Artwork) -> AsyncArtwork:
        """``artwork`` as this client's handle (the client's core already builds them; a plain record is bound)."""
        if isinstance(artwork, AsyncArtwork):
            return artwork
        return _bound(self._core, artwork, AsyncArtwork)

    async def _create(
        self,
        params: Mapping[str, Any],
        timeout: float | None = None,  # noqa: ASYNC109 - a total deadline, the documented API
        options: Mapping[str, Any] | None = None,
    ) -> AsyncArtwork[Any]:
        flow, _core = self._create_flow(params, self._until(timeout), options, "create")
        return self._handle(await self._runner.run(flow))

    async def _generate(
        self,
        params: Mapping[str, Any],
        timeout: float | None,  # noqa: ASYNC109 - a total deadline, the documented API
        on_progress: ProgressCallback | None,
        options: Mapping[str, Any] | None = None,
    ) -> AsyncArtwork[Any]:
        deadline = self._deadline(timeout)
        flow, core = self._create_flow(params, deadline[1], options, "generate")
        artwork = self._handle(await self._runner.run(flow))
        with noted(artwork.id):
            return self._handle(await self._runner.run(self._wait_flow(artwork, deadline, core=core), on_progress))

    async def _call(
        self,
        operation_id: str,
        path: Mapping[str, Any],
        query: Mapping[str, Any],
        body: Mapping[str, Any],
        timeout: float | None = None,  # noqa: ASYNC109 - a total deadline, the documented API
        options: Mapping[str, Any] | None = None,
    ) -> Any:
        from .._asset_fetch import bind_answer

        answer = await self._runner.run(self._call_flow(operation_id, path, query, body, timeout, options))
        return bind_answer(answer, self._core, self._runner, asynchronous=True)

    def _paged(
        self,
        operation_id: str,
        path: Mapping[str, Any],
        query: Mapping[str, Any],
        limit: int | None,
        page_size: int,
        timeout: float | None,
        options: Mapping[str, Any],
    ) -> AsyncIterator[Any]:
        """Every item of an ``x-sdk-paged`` operation (``async for``); see `SyncResource._paged`."""
        pager = Pager(limit, page_size)
        self._until(timeout)
        return async_pages(self._call, operation_id, path, query, pager, timeout, options)
