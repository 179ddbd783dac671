"""Bounds on a request: the blocking client's whole-request deadline and the size cap of a response body.

httpx applies its timeouts to each read and write separately: a server that trickles one byte just inside the
read timeout can keep a request alive for ever. The async runner cancels a request at its deadline; a blocking
request cannot be cancelled from outside, so instead every socket operation of the client's own connection pool
is given at most the time left before the request's deadline: a thread-local set here around each request, and
read by the pool wrappers of `tengrai._engine.transports` (kept apart so that ``import tengrai`` does not import
httpcore, which httpx itself loads only when a client is made).
"""

from __future__ import annotations

import threading
import time
from typing import Any, BinaryIO

import httpx

from .._exceptions import TengraiError

__all__ = [
    "BodyTooLarge",
    "CappedBody",
    "aread_capped",
    "current_deadline",
    "mark_sending",
    "read_capped",
    "restore_deadline",
    "set_deadline",
]

_local = threading.local()


def set_deadline(seconds: float | None) -> float | None:
    """From now on, socket operations of bounded pools on this thread end ``seconds`` from now (None: no bound).

    Returns the deadline it replaced, for `restore_deadline` (a plain pair instead of a context manager: this runs
    for every request).
    """
    previous: float | None = getattr(_local, "deadline", None)
    _local.deadline = None if seconds is None else time.monotonic() + seconds
    _local.sending = False
    return previous


def restore_deadline(previous: float | None) -> None:
    """Put back the deadline `set_deadline` replaced."""
    _local.deadline = previous


def mark_sending() -> bool:
    """Note that the current request is writing to a socket; True if it had not written before (its first write)."""
    first = not getattr(_local, "sending", False)
    _local.sending = True
    return first


def current_deadline() -> float | None:
    """The `time.monotonic` deadline `set_deadline` put on this thread, or None."""
    deadline: float | None = getattr(_local, "deadline", None)
    return deadline


class BodyTooLarge(TengraiError):
    """A response body went past its size cap."""


class CappedBody:
    """Collects a response body from its raw bytes, decoding gzip/deflate with bounded output.

    httpx's own decoders inflate a whole chunk at once (a 250 KB gzip chunk can become 256 MiB before any check
    could run); here every step inflates at most what is still allowed, so memory stays below ``limit``.
    """

    def __init__(self, limit: int, content_encoding: str | None, sink: BinaryIO | None = None) -> None:
        import zlib

        self.limit = limit
        self._sink = sink
        self._chunks: list[bytes] = []
        self._size = 0
        encoding = (content_encoding or "identity").strip().lower()
        if encoding in ("identity", ""):
            self._inflater: Any = None
        elif encoding in ("gzip", "x-gzip"):
            self._inflater = zlib.decompressobj(16 + zlib.MAX_WBITS)
        elif encoding == "deflate":
            self._inflater = zlib.decompressobj()
        else:
            raise httpx.DecodingError(f"unsupported Content-Encoding {content_encoding!r} for a download")

    def _keep(self, data: bytes) -> None:
        self._size += len(data)
        if self._size > self.limit:
            raise BodyTooLarge(f"the body is larger than {self.limit} bytes")
        if self._sink is None:
            self._chunks.append(data)
        elif data:
            self._sink.write(data)

    def feed(self, raw: bytes) -> None:
        """Add the next raw (possibly compressed) chunk."""
        import zlib

        if self._inflater is None:
            self._keep(raw)
            return
        pending = raw
        try:
            while pending:
                self._keep(self._inflater.decompress(pending, self.limit - self._size + 1))
                pending = self._inflater.unconsumed_tail
        except zlib.error as exc:
            raise httpx.DecodingError(f"the compressed body is corrupt: {exc}") from None

    def content(self) -> bytes:
        """The whole decoded body (empty when it went to a sink)."""
        if self._inflater is not None:
            self._keep(self._inflater.flush())
        return b"".join(self._chunks)


def check_declared_size(response: httpx.Response, limit: int) -> None:
    """Refuse at once a body whose Content-Length is already past ``limit``."""
    declared = response.headers.get("content-length", "")
    if declared.isdigit() and int(declared) > limit:
        raise BodyTooLarge(f"the body is {int(declared)} bytes, more than {limit}")


def _already_read(response: httpx.Response, limit: int) -> bool:
    """True for a response a transport handed over already read (an in-process one): only its size is checked."""
    try:
        content = response.content
    except httpx.ResponseNotRead:
        return False
    if len(content) > limit:
        raise BodyTooLarge(f"the body is {len(content)} bytes, more than {limit}")
    return True


def _decoded(response: httpx.Response, content: bytes) -> httpx.Response:
    """A read response holding ``content``, the body already decoded (so without its encoding headers)."""
    headers = [
        (name, value)
        for name, value in response.headers.multi_items()
        if name.lower() not in ("content-encoding", "content-length", "transfer-encoding")
    ]
    return httpx.Response(
        response.status_code,
        headers=headers,
        content=content,
        request=response.request,
        extensions=response.extensions,
    )


def _sink_for(response: httpx.Response, sink: BinaryIO | None) -> BinaryIO | None:
    """``sink``, emptied, when this answer's body goes to it (a 2xx answer), else None."""
    if sink is None or not 200 <= response.status_code < 300:
        return None
    sink.seek(0)
    sink.truncate()
    return sink


def read_capped(response: httpx.Response, limit: int, sink: BinaryIO | None = None) -> httpx.Response:
    """Read a streamed response's body, decoded, refusing more than ``limit`` bytes (a new, read response); the
    stream is closed after (a response an in-process transport handed over already read is only measured).

    With a ``sink``, a 2xx body is written to it as it arrives and the response returned has an empty body.
    """
    target = _sink_for(response, sink)
    if _already_read(response, limit):
        if target is None:
            return response
        target.write(response.content)
        return _decoded(response, b"")
    try:
        check_declared_size(response, limit)
        body = CappedBody(limit, response.headers.get("content-encoding"), target)
        for chunk in response.iter_raw():
            body.feed(chunk)
        content = body.content()
    finally:
        response.close()
    return _decoded(response, content)


async def aread_capped(response: httpx.Response, limit: int, sink: BinaryIO | None = None) -> httpx.Response:
    """The async flavour of `read_capped` (a sink is written on the event loop: local file writes of a chunk)."""
    target = _sink_for(response, sink)
    if _already_read(response, limit):
        if target is None:
            return response
        target.write(response.content)
        return _decoded(response, b"")
    try:
        check_declared_size(response, limit)
        body = CappedBody(limit, response.headers.get("content-encoding"), target)
        async for chunk in response.aiter_raw():
            body.feed(chunk)
        content = body.content()
    finally:
        await response.aclose()
    return _decoded(response, content)
