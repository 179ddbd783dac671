"""`SyncASGITransport`: drive an ASGI app in-process from synchronous httpx code."""

from __future__ import annotations

import asyncio
import concurrent.futures
import threading
from typing import Any

import httpx

__all__ = ["SyncASGITransport"]


class SyncASGITransport(httpx.BaseTransport):
    """A synchronous httpx transport that hands each request to an ASGI app running on a background event loop.

    httpx ships `httpx.ASGITransport` for async clients only; this bridges a sync `httpx.Client` (and so the sync
    `tengrai.Tengrai` client) to the mock app without sockets. The loop thread starts on first use and stops on
    `close`. Exceptions raised by the app reach the caller, as with `httpx.ASGITransport`. A request's read
    timeout is honoured: an app that does not answer in time raises `httpx.ReadTimeout`.
    """

    def __init__(self, app: Any, *, raise_app_exceptions: bool = True, root_path: str = "") -> None:
        self._asgi = httpx.ASGITransport(app=app, raise_app_exceptions=raise_app_exceptions, root_path=root_path)
        self._loop: asyncio.AbstractEventLoop | None = None
        self._thread: threading.Thread | None = None
        self._lock = threading.Lock()
        self._closed = False

    def _running_loop(self) -> asyncio.AbstractEventLoop:
        with self._lock:
            if self._closed:
                raise RuntimeError("SyncASGITransport is closed")
            if self._loop is None:
                loop = asyncio.new_event_loop()
                thread = threading.Thread(target=loop.run_forever, name="tengrai-sync-asgi", daemon=True)
                thread.start()
                self._loop, self._thread = loop, thread
            return self._loop

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        """Send ``request`` to the app and return its complete response."""
        loop = self._running_loop()
        body = request.read()
        forwarded = httpx.Request(
            request.method, request.url, headers=request.headers, stream=httpx.ByteStream(body), extensions={}
        )

        async def call() -> tuple[int, httpx.Headers, bytes]:
            response = await self._asgi.handle_async_request(forwarded)
            content = await response.aread()
            return response.status_code, response.headers, content

        future = asyncio.run_coroutine_threadsafe(call(), loop)
        timeout = request.extensions.get("timeout", {}).get("read")
        try:
            status, headers, content = future.result(timeout)
        except concurrent.futures.TimeoutError:
            future.cancel()
            raise httpx.ReadTimeout(f"the app did not answer within {timeout} s", request=request) from None
        return httpx.Response(status, headers=headers, stream=httpx.ByteStream(content), request=request)

    def close(self) -> None:
        """Stop the background loop (idempotent)."""
        with self._lock:
            self._closed = True
            loop, thread = self._loop, self._thread
            self._loop = self._thread = None
        if loop is not None and thread is not None:
            loop.call_soon_threadsafe(loop.stop)
            thread.join(timeout=10)
            loop.close()
