"""`Tengrai` and `AsyncTengrai`: the clients users construct.

Both own one `httpx` client (or use the one given), a `Core` with the shared state, and a runner that performs
the core's flows; the resources (`quantum`, `selena_variete`, `face_refiner`, `artworks`) are thin shells over
them. The API key is sent as a per-request header to the API's origin only: the connection pool itself carries
no credentials, so result downloads through the same pool can never leak it.
"""

from __future__ import annotations

import math
import os
import random
from collections.abc import Awaitable, Callable, Iterable
from pathlib import Path
from types import TracebackType
from typing import TYPE_CHECKING, Any, Self
from urllib.parse import urlsplit

import httpx

from . import __version__, _spec
from ._core import Core, Secret
from ._engine import AsyncRunner, SyncRunner
from ._exceptions import TengraiError, ValidationError
from ._logging import configure_from_env
from ._retry import RetryPolicy
from .resources import (
    Artworks,
    AsyncArtworks,
    AsyncFaceRefiner,
    AsyncQuantum,
    AsyncSelenaVariete,
    FaceRefiner,
    Quantum,
    SelenaVariete,
)
from .types import Artwork, AsyncArtwork

if TYPE_CHECKING:
    from tengrai_api.client import AuthenticatedClient

    from .batch import BatchProgress, BatchResult

__all__ = ["AsyncTengrai", "Tengrai", "default_base_url"]

API_KEY_ENV = "TENGRAI_API_KEY"
BASE_URL_ENV = "TENGRAI_BASE_URL"


def default_base_url() -> str:
    """The production URL: the first server of the spec."""
    url: str = _spec.document()["servers"][0]["url"]
    return url


def _api_key(api_key: str | None) -> str:
    key = api_key if api_key is not None else os.environ.get(API_KEY_ENV)
    if not key:
        raise TengraiError(f"no API key: pass Tengrai(api_key=...) or set the {API_KEY_ENV} environment variable")
    if not isinstance(key, str):
        raise TengraiError(f"the API key must be a string, got {type(key).__name__}")
    if any(ch.isspace() or ord(ch) < 32 or ord(ch) == 127 for ch in key):
        # Never echo the key itself, not even in an error.
        raise TengraiError("the API key contains whitespace or control characters; check how it was copied")
    return key


def _base_url(base_url: str | None) -> str:
    url = base_url or os.environ.get(BASE_URL_ENV) or default_base_url()
    parts = urlsplit(url)
    if parts.scheme not in ("http", "https") or not parts.hostname:
        raise ValidationError("base_url", url, "the base URL must be an absolute http(s) URL such as https://host")
    if parts.query or parts.fragment:
        raise ValidationError("base_url", url, "the base URL must not have a query or fragment")
    return url.rstrip("/")


def _timeout(timeout: float | httpx.Timeout | None) -> httpx.Timeout:
    if isinstance(timeout, httpx.Timeout):
        return timeout
    if timeout is not None and (isinstance(timeout, bool) or not isinstance(timeout, int | float) or timeout <= 0):
        raise ValidationError("timeout", timeout, "the per-request timeout must be a positive number of seconds")
    return httpx.Timeout(timeout)


def _positive(name: str, value: Any, *, integer: bool = False) -> None:
    kind = int if integer else int | float
    if isinstance(value, bool) or not isinstance(value, kind) or (not integer and math.isnan(value)) or value <= 0:
        rule = "a positive integer" if integer else "a positive number of seconds"
        raise ValidationError(name, value, f"{name} must be {rule}")


def _core(
    *,
    api_key: str | None,
    base_url: str | None,
    timeout: httpx.Timeout,
    max_retries: int,
    wait_timeout: float,
    strict: bool,
    max_concurrent_downloads: int,
    clock: Callable[[], float] | None,
    seed: int | None,
    factory: type[Artwork],
) -> Core:
    if isinstance(max_retries, bool) or not isinstance(max_retries, int) or max_retries < 0:
        raise ValidationError("max_retries", max_retries, "max_retries must be an integer >= 0")
    _positive("wait_timeout", wait_timeout)
    _positive("max_concurrent_downloads", max_concurrent_downloads, integer=True)
    return Core(
        api_key=_api_key(api_key),
        base_url=_base_url(base_url),
        read_timeout=timeout.read,
        retry=RetryPolicy(max_retries=max_retries),
        wait_timeout=float(wait_timeout),
        strict=strict,
        max_concurrent_downloads=max_concurrent_downloads,
        clock=clock,
        rng=random.Random(seed) if seed is not None else None,
        artwork_factory=factory,
    )


def _headers() -> dict[str, str]:
    return {"User-Agent": f"tengrai-python/{__version__}"}


def _limits(max_connections: int) -> httpx.Limits:
    _positive("max_connections", max_connections, integer=True)
    return httpx.Limits(max_connections=max_connections, max_keepalive_connections=min(max_connections, 20))


class _ClientBase:
    _core: Core
    _generated: AuthenticatedClient | None
    _transport: Any
    _owns_http: bool

    def _configure(
        self,
        *,
        api_key: str | None,
        base_url: str | None,
        timeout: float | httpx.Timeout | None,
        max_retries: int,
        wait_timeout: float,
        strict: bool,
        max_concurrent_downloads: int,
        clock: Callable[[], float] | None,
        seed: int | None,
        factory: type[Artwork],
        transport: Any,
        http_client: Any,
    ) -> httpx.Timeout:
        """What both clients' constructors do before building their httpx client; returns the request timeout."""
        configure_from_env()
        if transport is not None and http_client is not None:
            raise TengraiError("pass either transport= or http_client=, not both")
        request_timeout = _timeout(timeout)
        self._core = _core(
            api_key=api_key,
            base_url=base_url,
            timeout=request_timeout,
            max_retries=max_retries,
            wait_timeout=wait_timeout,
            strict=strict,
            max_concurrent_downloads=max_concurrent_downloads,
            clock=clock,
            seed=seed,
            factory=factory,
        )
        self._transport = transport
        self._generated = None
        self._owns_http = http_client is None
        return request_timeout

    def __repr__(self) -> str:
        return (
            f"{type(self).__name__}(base_url={self._core.base_url!r}, api_key='<redacted>', "
            f"max_retries={self._core.retry.max_retries}, wait_timeout={self._core.wait_timeout})"
        )

    @property
    def base_url(self) -> str:
        """The API's base URL."""
        return self._core.base_url

    @property
    def generated(self) -> AuthenticatedClient:
        """The generated low-level client (`tengrai_api`), configured like this one, for power users.

        Its functions (``tengrai_api.api.artworks.get_artwork.sync_detailed(...)``) get none of this client's
        retries, error mapping or validation. Built on first access; closed with this client.
        """
        if self._generated is None:
            from tengrai_api.client import AuthenticatedClient

            key = self._core.auth_headers["Authorization"].removeprefix("Bearer ")
            args = {"transport": self._transport} if self._transport is not None else {}
            self._generated = AuthenticatedClient(
                base_url=self._core.base_url,
                token=Secret(key),
                timeout=httpx.Timeout(self._core.read_timeout),
                httpx_args=args,
            )
        return self._generated


class Tengrai(_ClientBase):
    """The Tengr.ai client (blocking). Thread-safe; reuse one instance.

    Args:
        api_key: the API key (default: ``TENGRAI_API_KEY``). Never shown in reprs, errors or logs.
        base_url: the API's URL (default: ``TENGRAI_BASE_URL``, else the production URL).
        timeout: per-request timeout in seconds (or an `httpx.Timeout`).
        max_retries: retries of a failed request (creates only when they certainly did not reach the server).
        wait_timeout: default total deadline of `wait`, `generate`, `save` and `download`, in seconds.
        transport: an httpx transport (e.g. `httpx.MockTransport` or the mock server's in-process transport).
        http_client: an httpx client to use instead of building one (not closed by `close`).
        strict: raise instead of warning when a prompt exceeds its word limit.
        max_connections: connection pool size.
        max_concurrent_downloads: result images fetched at the same time.
        clock: a monotonic clock in seconds (for tests; default `time.monotonic`).
        sleep: the sleep function (for tests; default `time.sleep`).
        seed: seed of the random jitter (for reproducible tests).
    """

    def __init__(
        self,
        api_key: str | None = None,
        base_url: str | None = None,
        *,
        timeout: float | httpx.Timeout | None = 30.0,
        max_retries: int = 2,
        wait_timeout: float = 600.0,
        transport: httpx.BaseTransport | None = None,
        http_client: httpx.Client | None = None,
        strict: bool = False,
        max_connections: int = 100,
        max_concurrent_downloads: int = 4,
        clock: Callable[[], float] | None = None,
        sleep: Callable[[float], None] | None = None,
        seed: int | None = None,
    ) -> None:
        request_timeout = self._configure(
            api_key=api_key,
            base_url=base_url,
            timeout=timeout,
            max_retries=max_retries,
            wait_timeout=wait_timeout,
            strict=strict,
            max_concurrent_downloads=max_concurrent_downloads,
            clock=clock,
            seed=seed,
            factory=Artwork,
            transport=transport,
            http_client=http_client,
        )
        self._http = http_client or httpx.Client(
            transport=transport, timeout=request_timeout, limits=_limits(max_connections), headers=_headers()
        )
        runner = SyncRunner(self._http, sleep)
        self.quantum = Quantum(self._core, runner)
        """Quantum text-to-image tasks."""
        self.selena_variete = SelenaVariete(self._core, runner)
        """Selena Variete image-to-image tasks."""
        self.face_refiner = FaceRefiner(self._core, runner)
        """Face refinement tasks."""
        self.artworks = Artworks(self._core, runner)
        """Read, list, wait for and download artworks."""
        self._core.binding = self.artworks

    def batch(
        self,
        requests: Iterable[Any],
        *,
        concurrency: int | None = None,
        output_dir: str | Path | None = None,
        journal: str | Path | None = None,
        resend_unknown: bool = False,
        skip_invalid: bool = False,
        on_result: Callable[[BatchResult], object] | None = None,
        on_progress: Callable[[BatchProgress], object] | None = None,
    ) -> list[BatchResult]:
        """Run many creates, wait for them all, and return one `BatchResult` per request, in input order.

        Args:
            requests: mappings like ``{"operation": "quantum", "prompt": "...", "key": "fox"}``: the operation
                (resource name, CLI subcommand or operation id), its arguments in snake_case or camelCase, and an
                optional ``key`` naming the item (else it is named by its 1-based position).
            concurrency: creates in flight at most (default `tengrai.batch.DEFAULT_CONCURRENCY`); the actual
                number adapts to 429s (halved, then grown again).
            output_dir: save each succeeded task's images there (None: do not download).
            journal: a SQLite file recording every create before it is sent and its id once answered; running
                the same requests with the same journal again resumes without creating anything twice.
                None keeps it in memory (not crash-safe).
            resend_unknown: send again the requests whose earlier create had an unknown outcome (``may_exist``).
            skip_invalid: run the valid requests when some are invalid (the invalid ones become ``invalid``
                results) instead of raising `tengrai.batch.InvalidRequestsError` before sending anything.
            on_result: called with each final result as it arrives.
            on_progress: called with a `tengrai.batch.BatchProgress` (counts) after every change.

        The batch runs on an asyncio event loop of its own (in a worker thread if this thread already runs
        one), sending through this client's connection pool from worker threads. Status is read by the page
        (one list request answers for up to the documented page size of tasks), not one poll per task.
        """
        from .batch._drive import run_blocking

        return run_blocking(
            self._core,
            self._http,
            requests,
            concurrency=concurrency,
            output_dir=output_dir,
            journal=journal,
            resend_unknown=resend_unknown,
            skip_invalid=skip_invalid,
            on_result=on_result,
            on_progress=on_progress,
        )

    def close(self) -> None:
        """Close the connection pool (unless it was passed in as ``http_client``)."""
        if self._owns_http:
            self._http.close()
        generated = self._generated
        if generated is not None and generated._client is not None:
            generated._client.close()

    def __enter__(self) -> Self:
        return self

    def __exit__(
        self, exc_type: type[BaseException] | None, exc: BaseException | None, traceback: TracebackType | None
    ) -> None:
        self.close()


class AsyncTengrai(_ClientBase):
    """The Tengr.ai client for asyncio (and trio): the same surface as `Tengrai`, awaitable.

    Never blocks the event loop (file writes run in a worker thread). Hundreds of concurrent tasks share a pool
    of at most ``max_connections`` connections. Arguments as for `Tengrai`, except that ``transport`` and
    ``http_client`` are async ones and ``sleep`` is a coroutine function.
    """

    def __init__(
        self,
        api_key: str | None = None,
        base_url: str | None = None,
        *,
        timeout: float | httpx.Timeout | None = 30.0,
        max_retries: int = 2,
        wait_timeout: float = 600.0,
        transport: httpx.AsyncBaseTransport | None = None,
        http_client: httpx.AsyncClient | None = None,
        strict: bool = False,
        max_connections: int = 100,
        max_concurrent_downloads: int = 4,
        clock: Callable[[], float] | None = None,
        sleep: Callable[[float], Awaitable[None]] | None = None,
        seed: int | None = None,
    ) -> None:
        request_timeout = self._configure(
            api_key=api_key,
            base_url=base_url,
            timeout=timeout,
            max_retries=max_retries,
            wait_timeout=wait_timeout,
            strict=strict,
            max_concurrent_downloads=max_concurrent_downloads,
            clock=clock,
            seed=seed,
            factory=AsyncArtwork,
            transport=transport,
            http_client=http_client,
        )
        self._http = http_client or httpx.AsyncClient(
            transport=transport, timeout=request_timeout, limits=_limits(max_connections), headers=_headers()
        )
        # A user-supplied client keeps its own pool limits; ours queue requests fairly before the pool.
        runner = AsyncRunner(self._http, sleep, request_slots=max_connections if http_client is None else None)
        self._runner = runner
        self.quantum = AsyncQuantum(self._core, runner)
        """Quantum text-to-image tasks."""
        self.selena_variete = AsyncSelenaVariete(self._core, runner)
        """Selena Variete image-to-image tasks."""
        self.face_refiner = AsyncFaceRefiner(self._core, runner)
        """Face refinement tasks."""
        self.artworks = AsyncArtworks(self._core, runner)
        """Read, list, wait for and download artworks."""
        self._core.binding = self.artworks

    async def batch(
        self,
        requests: Iterable[Any],
        *,
        concurrency: int | None = None,
        output_dir: str | Path | None = None,
        journal: str | Path | None = None,
        resend_unknown: bool = False,
        skip_invalid: bool = False,
        on_result: Callable[[BatchResult], object] | None = None,
        on_progress: Callable[[BatchProgress], object] | None = None,
    ) -> list[BatchResult]:
        """Run many creates, wait for them all, and return one `BatchResult` per request, in input order.

        The same arguments as `Tengrai.batch`; runs on the caller's event loop (asyncio or trio).
        """
        from .batch._drive import run_async

        return await run_async(
            self._core,
            self._runner,
            requests,
            concurrency=concurrency,
            output_dir=output_dir,
            journal=journal,
            resend_unknown=resend_unknown,
            skip_invalid=skip_invalid,
            on_result=on_result,
            on_progress=on_progress,
        )

    async def close(self) -> None:
        """Close the connection pool (unless it was passed in as ``http_client``)."""
        if self._owns_http:
            await self._http.aclose()
        generated = self._generated
        if generated is not None and generated._async_client is not None:
            await generated._async_client.aclose()

    async def __aenter__(self) -> Self:
        return self

    async def __aexit__(
        self, exc_type: type[BaseException] | None, exc: BaseException | None, traceback: TracebackType | None
    ) -> None:
        await self.close()
