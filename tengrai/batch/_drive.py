"""The batch entry points of both clients: validate, then run the async engine (in a private loop for `Tengrai`).

The blocking client has no event loop, so `run_blocking` runs the engine with `asyncio.run` in the calling thread
(or, when that thread already runs a loop, in a worker thread), sending each request through the client's own
blocking `httpx.Client` from a worker thread. The artworks it returns are ordinary `Artwork`s bound to the
blocking client; its ``sleep`` hook is not used.
"""

from __future__ import annotations

import functools
from collections.abc import Callable, Coroutine, Iterable
from typing import TYPE_CHECKING, Any, TypeVar, cast

from ._runner import BatchOptions, BatchResult, check_concurrency, merge, prepare, run_batch

if TYPE_CHECKING:
    import httpx

    from .._core import Core
    from .._engine import AsyncRunner
    from ._requests import BatchRequest

__all__ = ["run_async", "run_blocking"]

T = TypeVar("T")

_THREADS = 32
"""Requests of a blocking client's batch in flight at once (each occupies a worker thread)."""


class _ThreadedHttp:
    """The part of `httpx.AsyncClient` the async runner uses, served by a blocking `httpx.Client` in threads."""

    def __init__(self, http: httpx.Client) -> None:
        self.http = http
        self.timeout = http.timeout
        self._limiter: Any = None

    def build_request(self, method: str, url: str, **kwargs: Any) -> httpx.Request:
        """Build a request as the blocking client would (no I/O)."""
        return self.http.build_request(method, url, **kwargs)

    async def send(self, request: httpx.Request, **kwargs: Any) -> httpx.Response:
        """Send a built request from a worker thread."""
        import anyio
        import anyio.to_thread

        if self._limiter is None:
            self._limiter = anyio.CapacityLimiter(_THREADS)
        call = functools.partial(self.http.send, request, **kwargs)
        return await anyio.to_thread.run_sync(call, limiter=self._limiter)

    async def send_capped(self, request: httpx.Request, limit: int, **kwargs: Any) -> httpx.Response:
        """Send a built request and read at most ``limit`` body bytes, in a worker thread (see `read_capped`)."""
        import anyio
        import anyio.to_thread

        from .._bounded import read_capped

        def call() -> httpx.Response:
            response = self.http.send(request, stream=True, **kwargs)
            try:
                return read_capped(response, limit)
            finally:
                response.close()

        if self._limiter is None:
            self._limiter = anyio.CapacityLimiter(_THREADS)
        return await anyio.to_thread.run_sync(call, limiter=self._limiter)

    async def request(self, method: str, url: str, **kwargs: Any) -> httpx.Response:
        import anyio
        import anyio.to_thread

        if self._limiter is None:
            self._limiter = anyio.CapacityLimiter(_THREADS)
        call = functools.partial(self.http.request, method, url, **kwargs)
        return await anyio.to_thread.run_sync(call, limiter=self._limiter)


def _in_loop(factory: Callable[[], Coroutine[Any, Any, T]]) -> T:
    import asyncio

    try:
        asyncio.get_running_loop()
    except RuntimeError:
        return asyncio.run(factory())
    from concurrent.futures import ThreadPoolExecutor

    with ThreadPoolExecutor(1, thread_name_prefix="tengrai-batch") as pool:
        return pool.submit(lambda: asyncio.run(factory())).result()


def _validated(
    core: Core, requests: Iterable[Any], options: BatchOptions
) -> tuple[list[BatchRequest], list[BatchResult]]:
    """Every check of both entry points, before anything is sent: the options, then every request."""
    check_concurrency(options.concurrency)
    return prepare(requests, strict=core.strict, skip_invalid=options.skip_invalid)


def run_blocking(core: Core, http: httpx.Client, requests: Iterable[Any], options: BatchOptions) -> list[BatchResult]:
    """`Tengrai.batch`: validate everything, then run the engine in an event loop of its own."""
    from .._engine import AsyncRunner

    valid, skipped = _validated(core, requests, options)
    notes: list[str] = []

    async def main() -> list[BatchResult]:
        runner = AsyncRunner(cast("httpx.AsyncClient", _ThreadedHttp(http)))
        return await run_batch(core, runner, valid, options, notes)

    try:
        return merge(_in_loop(main), skipped)
    except BaseException as exc:
        for note in notes:  # Ctrl-C arrives here as KeyboardInterrupt, not as the exception the note was added to
            if note not in getattr(exc, "__notes__", ()):
                exc.add_note(note)
        raise


async def run_async(
    core: Core, runner: AsyncRunner, requests: Iterable[Any], options: BatchOptions
) -> list[BatchResult]:
    """`AsyncTengrai.batch`: validate everything, then run the engine on the client's runner."""
    valid, skipped = _validated(core, requests, options)
    return merge(await run_batch(core, runner, valid, options), skipped)
