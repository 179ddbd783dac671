"""The batch entry points of both clients: validate, then run the async engine (on a portal's loop for `Tengrai`).

The blocking client has no event loop, so `run_blocking` runs the engine on an event loop of its own, in a thread
of an anyio blocking portal, with an `httpx.AsyncClient` the client makes for it (`Tengrai._batch_http`): on the
client's own pool, an async pool built like it (`tengrai._engine.transports`), so a request is cancelled at its
deadline as every async request is; on a caller's transport or ``http_client``, `ThreadedTransport`. The artworks
it returns are ordinary `Artwork`s bound to the blocking client; its ``sleep`` hook is not used.
"""

from __future__ import annotations

from collections.abc import AsyncIterator, Callable, Iterable
from typing import TYPE_CHECKING, Any

import httpx

from ._requests import check_concurrency
from ._scheduler import BatchOptions, BatchResult, merge, prepare, run_batch

if TYPE_CHECKING:
    from .._client_state import Core
    from .._engine.runners import AsyncRunner
    from ._requests import BatchRequest

__all__ = ["ThreadedTransport", "run_async", "run_blocking"]

THREADS = 32
"""Requests of a batch in flight at once through a `ThreadedTransport` (each occupies a worker thread)."""


class ThreadedTransport(httpx.AsyncBaseTransport):
    """A caller's blocking httpx client behind the async transport interface: each request is sent, and its body
    read chunk by chunk, in a worker thread.

    Only for a blocking client built on a caller's ``transport=`` or ``http_client=`` (there are no sockets of the
    SDK's to bound): a request ends when that client's own timeouts end it, and the batch waits for its thread.
    """

    def __init__(self, http: httpx.Client) -> None:
        self._http = http
        self._limiter: Any = None

    async def _in_thread(self, func: Callable[..., Any], *args: Any) -> Any:
        import anyio
        import anyio.to_thread

        if self._limiter is None:
            self._limiter = anyio.CapacityLimiter(THREADS)
        return await anyio.to_thread.run_sync(func, *args, limiter=self._limiter)

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        """Send ``request`` through the blocking client in a worker thread."""
        content = await request.aread()
        blocking = httpx.Request(
            request.method, request.url, headers=request.headers, content=content, extensions=request.extensions
        )
        response: httpx.Response = await self._in_thread(lambda: self._http.send(blocking, stream=True))
        return httpx.Response(
            status_code=response.status_code,
            headers=response.headers,
            stream=_ThreadedBody(self, response),
            extensions=response.extensions,
        )


class _ThreadedBody(httpx.AsyncByteStream):
    def __init__(self, transport: ThreadedTransport, response: httpx.Response) -> None:
        self._transport = transport
        self._response = response

    async def __aiter__(self) -> AsyncIterator[bytes]:
        chunks = self._response.iter_raw()
        while True:
            chunk = await self._transport._in_thread(next, chunks, None)
            if chunk is None:
                return
            yield chunk

    async def aclose(self) -> None:
        await self._transport._in_thread(self._response.close)


def _validated(
    core: Core, requests: Iterable[Any], options: BatchOptions
) -> tuple[list[BatchRequest], list[BatchResult]]:
    """Every check of both entry points, before anything is sent: the options, then every request."""
    check_concurrency(options.concurrency)
    return prepare(requests, strict=core.strict, skip_invalid=options.skip_invalid)


def run_blocking(
    core: Core, make_http: Callable[[], httpx.AsyncClient], requests: Iterable[Any], options: BatchOptions
) -> list[BatchResult]:
    """`Tengrai.batch`: validate everything, then run the engine on a blocking portal's event loop."""
    from anyio.from_thread import start_blocking_portal

    from .._engine.runners import AsyncRunner

    valid, skipped = _validated(core, requests, options)
    notes: list[str] = []

    async def main() -> list[BatchResult]:
        runner = AsyncRunner(make_http=make_http)
        try:
            return await run_batch(core, runner, valid, options, notes)
        finally:
            await runner.aclose(owned=True)

    try:
        with start_blocking_portal(name="tengrai-batch") as portal:
            results = portal.call(main)
    except BaseException as exc:
        for note in notes:  # Ctrl-C arrives here as KeyboardInterrupt, not as the exception the note was added to
            if note not in getattr(exc, "__notes__", ()):
                exc.add_note(note)
        raise
    return merge(results, skipped)


async def run_async(
    core: Core, runner: AsyncRunner, requests: Iterable[Any], options: BatchOptions
) -> list[BatchResult]:
    """`AsyncTengrai.batch`: validate everything, then run the engine on the client's runner."""
    valid, skipped = _validated(core, requests, options)
    return merge(await run_batch(core, runner, valid, options), skipped)
