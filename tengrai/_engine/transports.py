"""The clients' own transports: httpcore pools built with our network backends, behind httpx's transport interface.

A client built without ``transport=`` or ``http_client=`` sends through a transport made here (and, for proxies
named by the environment, through mounts made here), each an httpcore pool given its network backend when it is
constructed (httpcore's public ``network_backend`` argument): nothing of httpx or httpcore is patched afterwards.
The backends add:

* **the blocking client's deadline**: every socket operation (name resolution included) gets at most the time
  left before the request's deadline (`tengrai._engine.limits.set_deadline`), and fails with a timeout once it has
  passed; a request whose deadline passed before its first byte was written fails as "not sent", so a create is
  never reported as possibly billed when nothing left the machine. The async client needs no such bound: its runner
  cancels a request at its deadline.
* **the public-address check**: with an API on a public host, hosts other than the API's (result URLs) are connected
  to only at public addresses, checked after resolving (the address checked is the one connected to: no DNS
  rebinding). The API's own host, and proxies, are trusted as configured.

With a transport or ``http_client`` of the caller's, none of this applies: the caller's client is used as it is
(its own timeouts, per read and write; the whole-request deadline is then enforced only by the async runner).
Imported when a client is made, not by ``import tengrai``.
"""

from __future__ import annotations

import ipaddress
import socket
import threading
import time
import urllib.request
from collections.abc import AsyncIterator, Iterable, Iterator
from typing import Any

import httpcore
import httpx

from .limits import current_deadline, mark_sending

__all__ = ["async_transports", "sync_transports"]

Mounts = dict[str, httpx.BaseTransport | None]
AsyncMounts = dict[str, httpx.AsyncBaseTransport | None]


# ---------------------------------------------------------------------- deadlines (blocking client)


def _within(timeout: float | None, *, reading: bool) -> float | None:
    deadline = current_deadline()
    if deadline is None:
        return timeout
    remaining = deadline - time.monotonic()
    if remaining <= 0:
        if reading:
            raise httpcore.ReadTimeout("the request's deadline passed")
        if mark_sending():  # the request's first write: nothing of it has left the machine
            raise httpcore.ConnectTimeout("the request's deadline passed before it was sent")
        raise httpcore.WriteTimeout("the request's deadline passed")
    return remaining if timeout is None else min(timeout, remaining)


def _connect_within(timeout: float | None) -> float | None:
    deadline = current_deadline()
    if deadline is None:
        return timeout
    remaining = deadline - time.monotonic()
    if remaining <= 0:
        raise httpcore.ConnectTimeout("the request's deadline passed before it was sent")
    return remaining if timeout is None else min(timeout, remaining)


class _Stream(httpcore.NetworkStream):
    def __init__(self, inner: httpcore.NetworkStream) -> None:
        self._inner = inner

    def read(self, max_bytes: int, timeout: float | None = None) -> bytes:
        return self._inner.read(max_bytes, _within(timeout, reading=True))

    def write(self, buffer: bytes, timeout: float | None = None) -> None:
        bounded = _within(timeout, reading=False)
        mark_sending()
        self._inner.write(buffer, bounded)

    def close(self) -> None:
        self._inner.close()

    def start_tls(self, ssl_context: Any, server_hostname: str | None = None, timeout: float | None = None) -> Any:
        return _Stream(self._inner.start_tls(ssl_context, server_hostname, _connect_within(timeout)))

    def get_extra_info(self, info: str) -> Any:
        return self._inner.get_extra_info(info)


# ---------------------------------------------------------------------- resolving and checking addresses


def _is_address(host: str) -> bool:
    try:
        ipaddress.ip_address(host.strip("[]").split("%", 1)[0])
    except ValueError:
        return False
    return True


def _resolve(host: str, port: int, timeout: float | None) -> list[tuple[Any, ...]]:
    """``getaddrinfo`` bounded by ``timeout`` (a stalled resolver cannot hold the caller past its deadline)."""
    if timeout is None:
        try:
            return socket.getaddrinfo(host, port, type=socket.SOCK_STREAM)
        except OSError as exc:
            raise httpcore.ConnectError(f"cannot resolve {host}: {exc}") from exc
    outcome: list[Any] = []
    done = threading.Event()

    def work() -> None:
        try:
            outcome.append(socket.getaddrinfo(host, port, type=socket.SOCK_STREAM))
        except OSError as exc:
            outcome.append(exc)
        finally:
            done.set()

    # A daemon thread: a resolver that never answers is left behind, not waited for (at exit either).
    threading.Thread(target=work, name="tengrai-resolve", daemon=True).start()
    if not done.wait(timeout):
        raise httpcore.ConnectTimeout(f"resolving {host} took longer than {timeout:.3g}s")
    result = outcome[0]
    if isinstance(result, OSError):
        raise httpcore.ConnectError(f"cannot resolve {host}: {result}") from result
    infos: list[tuple[Any, ...]] = result
    return infos


def _addresses(host: str, infos: Iterable[tuple[Any, ...]], *, public_only: bool) -> list[str]:
    """The addresses ``host`` resolved to (every one checked public with ``public_only``); else a ConnectError."""
    from .._netcheck import address_problem

    found: list[str] = []
    for info in infos:
        text = str(info[4][0]).split("%", 1)[0]
        try:
            address = ipaddress.ip_address(text)
        except ValueError:
            continue
        problem = address_problem(address) if public_only else None
        if problem is not None:
            raise httpcore.ConnectError(
                f"refusing to connect to {host}: it resolves to {address}, {problem} (the API is on a public host, "
                "so the client only connects to public addresses)"
            )
        if text not in found:
            found.append(text)
    if not found:
        raise httpcore.ConnectError(f"{host} did not resolve to any address")
    return found


class _Backend(httpcore.NetworkBackend):
    """Bounds every socket operation, name resolution included, by the request's deadline; with ``api_host``,
    connects to other hosts only at public addresses (see the module docstring)."""

    def __init__(self, *, api_host: str | None) -> None:
        self._inner = httpcore.SyncBackend()
        self.api_host = api_host

    def connect_tcp(
        self,
        host: str,
        port: int,
        timeout: float | None = None,
        local_address: str | None = None,
        socket_options: Iterable[Any] | None = None,
    ) -> httpcore.NetworkStream:
        public_only = self.api_host is not None and host.lower() != self.api_host
        if _is_address(host) and not public_only:
            addresses = [host]
        else:
            addresses = _addresses(host, _resolve(host, port, _connect_within(timeout)), public_only=public_only)
        last: Exception | None = None
        for address in addresses:  # in the resolver's order, as socket.create_connection would try them
            try:
                stream = self._inner.connect_tcp(address, port, _connect_within(timeout), local_address, socket_options)
            except (httpcore.ConnectError, httpcore.ConnectTimeout) as exc:
                last = exc
                continue
            return _Stream(stream)
        assert last is not None
        raise last

    def connect_unix_socket(
        self, path: str, timeout: float | None = None, socket_options: Iterable[Any] | None = None
    ) -> httpcore.NetworkStream:
        return _Stream(self._inner.connect_unix_socket(path, _connect_within(timeout), socket_options))

    def sleep(self, seconds: float) -> None:
        self._inner.sleep(seconds)


class _AsyncBackend(httpcore.AsyncNetworkBackend):
    """Connects to hosts other than the API's only at public addresses, checked after resolving (see `_Backend`)."""

    def __init__(self, api_host: str) -> None:
        self._inner = httpcore.AnyIOBackend()
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
        import anyio

        try:
            with anyio.fail_after(timeout):
                infos = await anyio.getaddrinfo(host, port, type=socket.SOCK_STREAM)
        except TimeoutError:
            raise httpcore.ConnectTimeout(f"resolving {host} took longer than {timeout}s") from None
        except OSError as exc:
            raise httpcore.ConnectError(f"cannot resolve {host}: {exc}") from exc
        address = _addresses(host, infos, public_only=True)[0]
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


# ---------------------------------------------------------------------- httpx transports over the pools

_ERRORS: tuple[tuple[type[Exception], type[httpx.TransportError]], ...] = (
    (httpcore.ConnectTimeout, httpx.ConnectTimeout),
    (httpcore.ReadTimeout, httpx.ReadTimeout),
    (httpcore.WriteTimeout, httpx.WriteTimeout),
    (httpcore.PoolTimeout, httpx.PoolTimeout),
    (httpcore.TimeoutException, httpx.TimeoutException),
    (httpcore.ConnectError, httpx.ConnectError),
    (httpcore.ReadError, httpx.ReadError),
    (httpcore.WriteError, httpx.WriteError),
    (httpcore.ProxyError, httpx.ProxyError),
    (httpcore.UnsupportedProtocol, httpx.UnsupportedProtocol),
    (httpcore.NetworkError, httpx.NetworkError),
    (httpcore.LocalProtocolError, httpx.LocalProtocolError),
    (httpcore.RemoteProtocolError, httpx.RemoteProtocolError),
    (httpcore.ProtocolError, httpx.ProtocolError),
)
"""httpcore's errors and the httpx errors they become, the most specific first."""


def _as_httpx(exc: Exception) -> Exception:
    for source, target in _ERRORS:
        if isinstance(exc, source):
            return target(str(exc))
    return exc


def _core_request(request: httpx.Request, content: Any) -> httpcore.Request:
    url = request.url
    return httpcore.Request(
        method=request.method,
        url=httpcore.URL(scheme=url.raw_scheme, host=url.raw_host, port=url.port, target=url.raw_path),
        headers=request.headers.raw,
        content=content,
        extensions=request.extensions,
    )


class _Body(httpx.SyncByteStream):
    def __init__(self, stream: Any) -> None:
        self._stream = stream

    def __iter__(self) -> Iterator[bytes]:
        try:
            yield from self._stream
        except Exception as exc:
            mapped = _as_httpx(exc)
            if mapped is exc:
                raise
            raise mapped from exc

    def close(self) -> None:
        self._stream.close()


class _AsyncBody(httpx.AsyncByteStream):
    def __init__(self, stream: Any) -> None:
        self._stream = stream

    async def __aiter__(self) -> AsyncIterator[bytes]:
        try:
            async for part in self._stream:
                yield part
        except Exception as exc:
            mapped = _as_httpx(exc)
            if mapped is exc:
                raise
            raise mapped from exc

    async def aclose(self) -> None:
        await self._stream.aclose()


class PoolTransport(httpx.BaseTransport):
    """An httpx transport over an httpcore pool built by this module (``pool`` is public: tests look at it)."""

    def __init__(self, pool: httpcore.ConnectionPool) -> None:
        self.pool = pool

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        """Send ``request`` through the pool."""
        try:
            response = self.pool.handle_request(_core_request(request, request.stream))
        except Exception as exc:
            mapped = _as_httpx(exc)
            if mapped is exc:
                raise
            raise mapped from exc
        return httpx.Response(
            status_code=response.status,
            headers=response.headers,
            stream=_Body(response.stream),
            extensions=response.extensions,
        )

    def close(self) -> None:
        """Close the pool's connections."""
        self.pool.close()


class AsyncPoolTransport(httpx.AsyncBaseTransport):
    """The async flavour of `PoolTransport`."""

    def __init__(self, pool: httpcore.AsyncConnectionPool) -> None:
        self.pool = pool

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        """Send ``request`` through the pool."""
        try:
            response = await self.pool.handle_async_request(_core_request(request, request.stream))
        except Exception as exc:
            mapped = _as_httpx(exc)
            if mapped is exc:
                raise
            raise mapped from exc
        return httpx.Response(
            status_code=response.status,
            headers=response.headers,
            stream=_AsyncBody(response.stream),
            extensions=response.extensions,
        )

    async def aclose(self) -> None:
        """Close the pool's connections."""
        await self.pool.aclose()


# ---------------------------------------------------------------------- building a client's transports


def _pool_arguments(limits: httpx.Limits) -> dict[str, Any]:
    return {
        "ssl_context": httpx.create_ssl_context(trust_env=True),
        "max_connections": limits.max_connections,
        "max_keepalive_connections": limits.max_keepalive_connections,
        "keepalive_expiry": limits.keepalive_expiry,
    }


def _proxy_url(url: str) -> httpcore.URL:
    parsed = httpx.URL(url if "://" in url else f"http://{url}")
    return httpcore.URL(scheme=parsed.raw_scheme, host=parsed.raw_host, port=parsed.port, target=parsed.raw_path)


def environment_proxies() -> dict[str, str | None]:
    """Mount patterns of the proxies the environment names (``HTTPS_PROXY``, ``ALL_PROXY``, ``NO_PROXY``, ...),
    as httpx reads them for a client built without a transport: pattern -> proxy URL, or None for a direct host."""
    found = urllib.request.getproxies()
    patterns: dict[str, str | None] = {}
    for scheme in ("http", "https", "all"):
        url = found.get(scheme)
        if url:
            patterns[f"{scheme}://"] = url
    for entry in (found.get("no", "") or "").split(","):
        host = entry.strip()
        if not host:
            continue
        if host == "*":
            return {}
        if "://" in host:
            patterns[host] = None
        elif _is_address(host):
            patterns[f"all://[{host}]" if ":" in host else f"all://{host}"] = None
        elif host == "localhost":
            patterns["all://localhost"] = None
        else:
            patterns[f"all://*{host.lstrip('.')}"] = None
    return patterns


def sync_transports(*, limits: httpx.Limits, api_host: str | None) -> tuple[httpx.BaseTransport, Mounts]:
    """The blocking client's transport and its proxy mounts (both deadline-bounded; the public-address check
    with ``api_host`` on the direct one only: a proxy may well be on a private address)."""
    arguments = _pool_arguments(limits)
    direct = PoolTransport(httpcore.ConnectionPool(network_backend=_Backend(api_host=api_host), **arguments))
    mounts: Mounts = {}
    for pattern, url in environment_proxies().items():
        if url is None:
            mounts[pattern] = None
            continue
        proxy_class = httpcore.SOCKSProxy if url.startswith("socks") else httpcore.HTTPProxy
        pool = proxy_class(proxy_url=_proxy_url(url), network_backend=_Backend(api_host=None), **arguments)
        mounts[pattern] = PoolTransport(pool)
    return direct, mounts


def async_transports(*, limits: httpx.Limits, api_host: str | None) -> tuple[httpx.AsyncBaseTransport, AsyncMounts]:
    """The async client's transport and its proxy mounts (the public-address check, with ``api_host``, on the
    direct one only)."""
    arguments = _pool_arguments(limits)
    backend = _AsyncBackend(api_host) if api_host is not None else None
    direct = AsyncPoolTransport(httpcore.AsyncConnectionPool(network_backend=backend, **arguments))
    mounts: AsyncMounts = {}
    for pattern, url in environment_proxies().items():
        if url is None:
            mounts[pattern] = None
            continue
        proxy_class = httpcore.AsyncSOCKSProxy if url.startswith("socks") else httpcore.AsyncHTTPProxy
        mounts[pattern] = AsyncPoolTransport(proxy_class(proxy_url=_proxy_url(url), **arguments))
    return direct, mounts
