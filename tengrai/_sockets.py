"""Wrappers around httpcore's connection pools: the blocking client's deadline and the public-address check.

Every socket operation of the blocking client's own pool gets at most the time left before the request's deadline
(`tengrai._bounded.set_deadline`) and fails with a timeout once it has passed; the pool's network backend is swapped
for a wrapper (httpcore's ``_network_backend``, a private attribute: `bound_transports` leaves any pool it does not
recognise alone). With an API on a public host, both clients connect to other hosts (result URLs) only at public
addresses, checked after DNS resolution. Imported when a client is made, not by ``import tengrai``.
"""

from __future__ import annotations

import time
from collections.abc import Iterable
from typing import Any

import httpcore
import httpx

from ._bounded import current_deadline

__all__ = ["bound_transports", "public_only_async"]


def _within(timeout: float | None, *, reading: bool) -> float | None:
    deadline = current_deadline()
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
