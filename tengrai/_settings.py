"""The clients' settings, checked: the key, the base URL, the timeouts and limits, and the httpx clients they build.

What `Tengrai` and `AsyncTengrai` (`tengrai._client`) do with their constructor's arguments before anything is
sent: every check raises a clear error naming the argument.
"""

from __future__ import annotations

import math
import os
import random
from collections.abc import Callable
from typing import TYPE_CHECKING, Any
from urllib.parse import urlsplit

import httpx

from ._client_state import Core, Secret
from ._environment import API_KEY_ENV, BASE_URL_ENV
from ._exceptions import TengraiError, ValidationError
from ._logging import register_secret
from ._retry import RetryPolicy
from ._version import __version__

if TYPE_CHECKING:
    from ._default_connection import DefaultConnection

__all__ = ["DEFAULT_MAX_DOWNLOAD_BYTES", "default_base_url"]

DEFAULT_MAX_DOWNLOAD_BYTES = 256 * 1024 * 1024
"""Default cap on one result image (decompressed): far above any real image, far below a decompression bomb."""


UNSET: Any = object()
"""A `with_options` argument not given: keep the client's setting."""


def change_settings(
    core: Core, *, timeout: float | httpx.Timeout | None, max_retries: int, wait_timeout: float, strict: bool
) -> None:
    """Apply the settings `with_options` was given (those not `UNSET`) to ``core``, checked like the constructor's."""
    if timeout is not UNSET:
        core.read_timeout = parse_timeout(timeout).read
    if max_retries is not UNSET:
        check_retries(max_retries)
        core.retry = core.retry.replace(max_retries=max_retries)
    if wait_timeout is not UNSET:
        check_positive("wait_timeout", wait_timeout)
        core.wait_timeout = float(wait_timeout)
    if strict is not UNSET:
        core.strict = bool(strict)


def default_base_url() -> str:
    """The production URL: the first server of the spec."""
    from ._compiled import SERVER_URL

    return SERVER_URL


def redacted(api_key: Any) -> Any:
    """The key wrapped at the boundary: from here on no frame's locals hold it as a plain ``str`` (tracebacks
    with locals, pytest ``--showlocals`` and rich print ``'<redacted>'``)."""
    return Secret(api_key) if isinstance(api_key, str) else api_key


def checked_api_key(api_key: str | None) -> Secret:
    key = redacted(api_key if api_key is not None else os.environ.get(API_KEY_ENV))
    if not key:
        raise TengraiError(f"no API key: pass Tengrai(api_key=...) or set the {API_KEY_ENV} environment variable")
    if not isinstance(key, str):
        raise TengraiError(f"the API key must be a string, got {type(key).__name__}")
    # Never echo the key itself, not even in an error.
    if any(ch.isspace() or ord(ch) < 32 or ord(ch) == 127 for ch in key):
        raise TengraiError("the API key contains whitespace or control characters; check how it was copied")
    if not key.isascii():
        raise TengraiError(
            "the API key contains non-ASCII characters, which cannot be sent in an HTTP header; check how it was "
            "copied (a typographic dash or quote, a look-alike letter)"
        )
    register_secret(key)
    return Secret(key)


def checked_base_url(base_url: str | None) -> str:
    url = base_url or os.environ.get(BASE_URL_ENV) or default_base_url()
    if not isinstance(url, str):
        raise ValidationError("base_url", url, "the base URL must be a string such as https://host")
    from ._netcheck import split_url

    problem = split_url(url)
    if isinstance(problem, str):
        raise ValidationError(
            "base_url", url, f"the base URL must be an absolute http(s) URL such as https://host: {problem}"
        )
    parts = urlsplit(url)
    if parts.query or parts.fragment:
        raise ValidationError("base_url", url, "the base URL must not have a query or fragment")
    return url.rstrip("/")


def parse_timeout(timeout: float | httpx.Timeout | None) -> httpx.Timeout:
    if isinstance(timeout, httpx.Timeout):
        return timeout
    if timeout is not None and (
        isinstance(timeout, bool) or not isinstance(timeout, int | float) or not 0 < timeout < math.inf
    ):
        raise ValidationError(
            "timeout", timeout, "the per-request timeout must be a positive, finite number of seconds (or None)"
        )
    return httpx.Timeout(timeout)


def check_positive(name: str, value: Any, *, integer: bool = False) -> None:
    kind = int if integer else int | float
    if isinstance(value, bool) or not isinstance(value, kind) or not 0 < value < math.inf:
        rule = "a positive integer" if integer else "a positive, finite number of seconds"
        raise ValidationError(name, value, f"{name} must be {rule}")


def build_core(
    *,
    api_key: str | None,
    base_url: str | None,
    timeout: httpx.Timeout,
    max_retries: int,
    wait_timeout: float,
    strict: bool,
    max_concurrent_downloads: int,
    max_download_bytes: int,
    clock: Callable[[], float] | None,
    seed: int | None,
) -> Core:
    check_retries(max_retries)
    check_positive("wait_timeout", wait_timeout)
    check_positive("max_concurrent_downloads", max_concurrent_downloads, integer=True)
    check_positive("max_download_bytes", max_download_bytes, integer=True)
    return Core(
        api_key=checked_api_key(api_key),
        base_url=checked_base_url(base_url),
        read_timeout=timeout.read,
        retry=RetryPolicy(max_retries=max_retries),
        wait_timeout=float(wait_timeout),
        strict=strict,
        max_concurrent_downloads=max_concurrent_downloads,
        max_download_bytes=max_download_bytes,
        clock=clock,
        rng=random.Random(seed) if seed is not None else None,
    )


def check_retries(max_retries: Any) -> None:
    if isinstance(max_retries, bool) or not isinstance(max_retries, int) or max_retries < 0:
        raise ValidationError("max_retries", max_retries, "max_retries must be an integer >= 0")


def default_headers() -> dict[str, str]:
    return {"User-Agent": f"tengrai-python/{__version__}"}


def pool_limits(max_connections: int) -> httpx.Limits:
    check_positive("max_connections", max_connections, integer=True)
    return httpx.Limits(max_connections=max_connections, max_keepalive_connections=min(max_connections, 20))


def async_http(
    transport: httpx.AsyncBaseTransport | None, timeout: httpx.Timeout, limits: httpx.Limits, api_host: str | None
) -> httpx.AsyncClient:
    """An async httpx client: on ``transport``, else on this SDK's own pool (`tengrai._engine.transports`)."""
    if transport is not None:
        return httpx.AsyncClient(transport=transport, timeout=timeout, headers=default_headers())
    from ._engine.transports import async_transports

    own, mounts = async_transports(limits=limits, api_host=api_host)
    return httpx.AsyncClient(transport=own, mounts=mounts, timeout=timeout, headers=default_headers())


def sync_http(
    transport: httpx.BaseTransport | None, timeout: httpx.Timeout, limits: httpx.Limits, api_host: str | None
) -> httpx.Client:
    """A blocking httpx client: on ``transport``, else on this SDK's own pool (`tengrai._engine.transports`)."""
    if transport is not None:
        return httpx.Client(transport=transport, timeout=timeout, headers=default_headers())
    from ._engine.transports import sync_transports

    own, mounts = sync_transports(limits=limits, api_host=api_host)
    return httpx.Client(transport=own, mounts=mounts, timeout=timeout, headers=default_headers())


_default_connection: DefaultConnection | None = None


def set_default_connection(connection: DefaultConnection | None) -> DefaultConnection | None:
    """Route every `Tengrai` / `AsyncTengrai` built from now on without ``transport=`` or ``http_client=`` to
    ``connection`` (None restores normal behaviour); returns the previous setting so it can be put back.

    This is the hook behind the pytest plugin's ``tengrai_mock`` fixture (`tengrai.testing`): code under test
    that builds its own ``Tengrai()`` talks to the mock without being changed. Clients built before the call
    keep their connection.
    """
    global _default_connection
    previous, _default_connection = _default_connection, connection
    return previous


def routed(
    is_async: bool, api_key: str | None, base_url: str | None, transport: Any, http_client: Any, clock: Any, sleep: Any
) -> tuple[str | None, str | None, Any, Any, Any]:
    """The constructor's connection arguments, replaced by the `set_default_connection` hook when it is set."""
    hook = _default_connection
    if hook is None or transport is not None or http_client is not None:
        return api_key, base_url, transport, clock, sleep
    if sleep is None and hook.sleep is not None:
        sleep = hook.sleep(is_async)
    return redacted(hook.api_key), hook.base_url, hook.transport(is_async), clock or hook.clock, sleep


def batch_http(
    http: httpx.Client, own_pool: bool, timeout: httpx.Timeout, limits: httpx.Limits, api_host: str | None
) -> httpx.AsyncClient:
    """The async httpx client a blocking client's batch sends through: with the client's ``own_pool``, an async
    pool built the same way (same limits, timeouts, proxies and public-address check); on a caller's transport or
    ``http_client``, that client (``http``) served from worker threads (`tengrai.batch._entry.ThreadedTransport`)."""
    if own_pool:
        return async_http(None, timeout, limits, api_host)
    from .batch._entry import ThreadedTransport

    return httpx.AsyncClient(transport=ThreadedTransport(http), timeout=timeout, headers=default_headers())
