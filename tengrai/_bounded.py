"""A whole-request deadline for the blocking client.

httpx applies its timeouts to each read and write separately: a server that trickles one byte just inside the
read timeout can keep a request alive for ever. The async runner cancels a request at its deadline; a blocking
request cannot be cancelled from outside, so instead every socket operation of the client's own connection pool
is given at most the time left before the request's deadline (a thread-local set around each request), and fails
with a timeout once it has passed. The pool is httpcore's, whose network backend is swapped for a wrapper.
"""

from __future__ import annotations

import threading
import time
from collections.abc import Iterable
from typing import Any

import httpcore
import httpx

from ._exceptions import TengraiError

__all__ = [
    "BodyTooLarge",
    "CappedBody",
    "aread_capped",
    "bound_transports",
    "public_only_async",
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
    return previous


def restore_deadline(previous: float | None) -> None:
    """Put back the deadline `set_deadline` replaced."""
    _local.deadline = previous


def _within(timeout: float | None, *, reading: bool) -> float | None:
    deadline: float | None = getattr(_local, "deadline", None)
    if deadline is None:
        return timeout
    remaining = deadline - time.monotonic()
    if remaining <= 0:
        exc = httpcore.ReadTimeout if reading else httpcore.WriteTimeout
        raise exc("the request's deadline passed")
    return remaining if timeout is None else min(timeout, remaining)


class _Stream(httpcore.NetworkStream):
    def __init__(self, inner: httpcore.NetworkStream) -> None:
        self._inner = inner

    def read(self, max_bytes: int, timeout: float | None = None) -> bytes:
        return self._inner.read(max_bytes, _within(timeout, reading=True))

    def write(self, buffer: bytes, timeout: float | None = None) -> None:
        self._inner.write(buffer, _within(timeout, reading=False))

    def close(self) -> None:
        self._inner.close()

    def start_tls(self, ssl_context: Any, server_hostname: str | None = None, timeout: float | None = None) -> Any:
        return _Stream(self._inner.start_tls(ssl_context, server_hostname, _within(timeout, reading=True)))

    def get_extra_info(self, info: str) -> Any:
        return self._inner.get_extra_info(info)


def _checked_address(host: str, infos: Iterable[tuple[Any, ...]]) -> str:
    """The first address ``host`` resolved to, if every one of them is public; else a ConnectError."""
    import ipaddress

    from ._netcheck import address_problem

    first: str | None = None
    for info in infos:
        text = str(info[4][0]).split("%", 1)[0]
        try:
            address = ipaddress.ip_address(text)
        except ValueError:
            continue
        problem = address_problem(address)
        if problem is not None:
            raise httpcore.ConnectError(
                f"refusing to connect to {host}: it resolves to {address}, {problem} (the API is on a public host, "
                "so the client only connects to public addresses)"
            )
        first = first or text
    if first is None:
        raise httpcore.ConnectError(f"{host} did not resolve to any address")
    return first


class _Backend(httpcore.NetworkBackend):
    """Bounds every socket operation by the request's deadline. With ``api_host`` (an API on a public host), hosts
    other than the API's are connected to only at public addresses, checked after resolving (the address checked
    is the one connected to: no DNS rebinding). The API's own host is trusted as configured."""

    def __init__(self, inner: httpcore.NetworkBackend, *, api_host: str | None = None) -> None:
        self._inner = inner
        self.api_host = api_host

    def connect_tcp(
        self,
        host: str,
        port: int,
        timeout: float | None = None,
        local_address: str | None = None,
        socket_options: Iterable[Any] | None = None,
    ) -> httpcore.NetworkStream:
        bounded = _connect_within(timeout)
        if self.api_host is not None and host.lower() != self.api_host:
            import socket

            try:
                infos = socket.getaddrinfo(host, port, type=socket.SOCK_STREAM)
            except OSError as exc:
                raise httpcore.ConnectError(f"cannot resolve {host}: {exc}") from exc
            host = _checked_address(host, infos)
        return _Stream(self._inner.connect_tcp(host, port, bounded, local_address, socket_options))

    def connect_unix_socket(
        self, path: str, timeout: float | None = None, socket_options: Iterable[Any] | None = None
    ) -> httpcore.NetworkStream:
        return _Stream(self._inner.connect_unix_socket(path, _connect_within(timeout), socket_options))

    def sleep(self, seconds: float) -> None:
        self._inner.sleep(seconds)


def _connect_within(timeout: float | None) -> float | None:
    try:
        return _within(timeout, reading=False)
    except httpcore.WriteTimeout as exc:
        raise httpcore.ConnectTimeout(str(exc)) from None


def bound_transports(http: httpx.Client, *, api_host: str | None = None) -> bool:
    """Make the deadlines of `set_deadline` apply to ``http``'s own pools; False if it has none it can bound.

    With ``api_host``, the direct pool (not a proxy's: a proxy may well be on a private address) connects to other
    hosts only at public addresses. Only httpx's standard transports are bounded (a MockTransport has no sockets).
    """
    bounded = False
    for transport in [http._transport, *(t for t in http._mounts.values() if t is not None)]:
        pool = getattr(transport, "_pool", None)
        backend = getattr(pool, "_network_backend", None)
        if isinstance(backend, httpcore.NetworkBackend) and not isinstance(backend, _Backend):
            direct = transport is http._transport and type(pool) is httpcore.ConnectionPool
            pool._network_backend = _Backend(backend, api_host=api_host if direct else None)  # type: ignore[union-attr]
            bounded = True
    return bounded


class _AsyncBackend(httpcore.AsyncNetworkBackend):
    """Connects to hosts other than the API's only at public addresses, checked after resolving (see `_Backend`)."""

    def __init__(self, inner: httpcore.AsyncNetworkBackend, api_host: str) -> None:
        self._inner = inner
        self.api_host = api_host

    async def connect_tcp(
        self,
        host: str,
        port: int,
        timeout: float | None = None,  # noqa: ASYNC109 - httpcore's interface
        local_address: str | None = None,
        socket_options: Iterable[Any] | None = None,
    ) -> httpcore.AsyncNetworkStream:
        if host.lower() == self.api_host:
            return await self._inner.connect_tcp(host, port, timeout, local_address, socket_options)
        import socket

        import anyio

        try:
            with anyio.fail_after(timeout):
                infos = await anyio.getaddrinfo(host, port, type=socket.SOCK_STREAM)
        except TimeoutError:
            raise httpcore.ConnectTimeout(f"resolving {host} took longer than {timeout}s") from None
        except OSError as exc:
            raise httpcore.ConnectError(f"cannot resolve {host}: {exc}") from exc
        address = _checked_address(host, infos)
        return await self._inner.connect_tcp(address, port, timeout, local_address, socket_options)

    async def connect_unix_socket(
        self,
        path: str,
        timeout: float | None = None,  # noqa: ASYNC109 - httpcore's interface
        socket_options: Iterable[Any] | None = None,
    ) -> httpcore.AsyncNetworkStream:
        return await self._inner.connect_unix_socket(path, timeout, socket_options)

    async def sleep(self, seconds: float) -> None:
        await self._inner.sleep(seconds)


def public_only_async(http: httpx.AsyncClient, api_host: str) -> None:
    """Make ``http``'s direct pool connect to hosts other than ``api_host`` only at public addresses."""
    pool = getattr(http._transport, "_pool", None)
    backend = getattr(pool, "_network_backend", None)
    if (
        type(pool) is httpcore.AsyncConnectionPool
        and isinstance(backend, httpcore.AsyncNetworkBackend)
        and not isinstance(backend, _AsyncBackend)
    ):
        pool._network_backend = _AsyncBackend(backend, api_host)


class BodyTooLarge(TengraiError):
    """A response body went past its size cap."""


class CappedBody:
    """Collects a response body from its raw bytes, decoding gzip/deflate with bounded output.

    httpx's own decoders inflate a whole chunk at once (a 250 KB gzip chunk can become 256 MiB before any check
    could run); here every step inflates at most what is still allowed, so memory stays below ``limit``.
    """

    def __init__(self, limit: int, content_encoding: str | None) -> None:
        import zlib

        self.limit = limit
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
        self._chunks.append(data)

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
        """The whole decoded body."""
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
    content = getattr(response, "_content", None)
    if content is None:
        return False
    if len(content) > limit:
        raise BodyTooLarge(f"the body is {len(content)} bytes, more than {limit}")
    return True


def read_capped(response: httpx.Response, limit: int) -> httpx.Response:
    """Read a streamed response's body, decoded, refusing more than ``limit`` bytes."""
    if _already_read(response, limit):
        return response
    check_declared_size(response, limit)
    body = CappedBody(limit, response.headers.get("content-encoding"))
    for chunk in response.iter_raw():
        body.feed(chunk)
    response._content = body.content()
    return response


async def aread_capped(response: httpx.Response, limit: int) -> httpx.Response:
    """The async flavour of `read_capped`."""
    if _already_read(response, limit):
        return response
    check_declared_size(response, limit)
    body = CappedBody(limit, response.headers.get("content-encoding"))
    async for chunk in response.aiter_raw():
        body.feed(chunk)
    response._content = body.content()
    return response
