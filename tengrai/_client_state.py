"""The client's shared state (`Core`) and its request flow: retries, error mapping, and the read operations.

`Core` holds everything a flow needs and nothing that does I/O: the base URL, the redacted auth header, the retry
policy, the clock, the random source for jitter, what has been learnt about task durations, and how to build an
artwork handle bound to the client. `Tengrai` and `AsyncTengrai` each own one and run its flows with their runner.
"""

from __future__ import annotations

import functools
import json
import logging
import random
import time
from collections.abc import Callable, Mapping
from typing import TYPE_CHECKING, Any, BinaryIO, NamedTuple

from . import _endpoints
from ._engine.runners import Flow, RequestNotSent, Send, send, sleep
from ._exceptions import APIConnectionError, APITimeoutError, TengraiError
from ._logging import logger
from ._parsing import error_from_response, response_error
from ._request_ids import stamp
from ._retry import Decision, RequestKind, RetryPolicy, decide, parse_retry_after

if TYPE_CHECKING:
    import httpx

    from ._tasks.durations import DurationStats
    from .types import Artwork

__all__ = ["MAX_ANSWER_BYTES", "Ambiguous", "Core", "DeadlineExpired", "Secret"]

MAX_ANSWER_BYTES = 32 * 1024 * 1024
"""The most bytes an API answer may have once decoded (a full list page of 500 artworks is about 1 MB): a server
that sends more gets `BodyTooLarge` after at most this much was read, so memory stays bounded whatever it sends."""


class Secret(str):
    """A string whose repr never shows its value (the API key and the header built from it)."""

    __slots__ = ()

    def __repr__(self) -> str:
        return "'<redacted>'"

    def __getitem__(self, index: Any) -> str:
        # Pretty-printers shorten long strings by slicing them (rich shows the first 73 characters of a key).
        return Secret(str.__getitem__(self, index))


class Ambiguous(Exception):
    """A create attempt failed in a way that leaves open whether the server accepted it (internal)."""

    def __init__(self, cause: BaseException, sent_at: float, ended: float) -> None:
        self.cause = cause
        self.sent_at = sent_at
        """When the attempt's sending began (client clock)."""
        self.ended = ended
        """When its answer window closed (client clock): a task it created was created in between."""
        super().__init__(str(cause))


class DeadlineExpired(Exception):
    """The caller's overall deadline passed during a request flow (internal; turned into ArtworkTimeoutError)."""

    def __init__(self, cause: BaseException | None = None) -> None:
        self.cause = cause
        super().__init__("deadline expired")


def transport_error(exc: BaseException, method: str, url: str) -> APIConnectionError:
    """The SDK exception for an httpx transport error."""
    import httpx

    cls = APITimeoutError if isinstance(exc, httpx.TimeoutException) else APIConnectionError
    detail = str(exc) or type(exc).__name__
    return cls(f"{method} {url} failed: {type(exc).__name__}: {detail}", method=method, url=url)


class Core:
    """Configuration and state shared by every flow of one client."""

    read_query: Mapping[str, Any] | None = None
    """Query parameters added to every read of one artwork (`get`, so every poll) and every list page: set on the
    per-call copy of a core that a call's ``extra_query`` makes (`tengrai._request_options`)."""
    default_query: Mapping[str, Any] | None = None
    """Query parameters added to every request to the API (``with_options(default_query=...)``); a request's own
    parameters win over them."""
    captured: list[httpx.Response] | None = None
    """When a list (on the per-call copy `client.with_raw_response` makes), every API answer below 400 is appended."""

    def __init__(
        self,
        *,
        api_key: str,
        base_url: str,
        read_timeout: float | None,
        retry: RetryPolicy,
        wait_timeout: float,
        strict: bool,
        max_concurrent_downloads: int,
        max_download_bytes: int,
        clock: Callable[[], float] | None,
        rng: random.Random | None,
        artwork_factory: Callable[..., Artwork] | None = None,
    ) -> None:
        from ._tasks.durations import DurationStats

        self.base_url = base_url.rstrip("/")
        self.auth_headers: Mapping[str, str] = {
            "Authorization": Secret(f"Bearer {api_key}"),
            "Accept": "application/json",
            "Accept-Encoding": "gzip, deflate",  # what the bounded decoder of capped answers reads (`_engine.limits`)
        }
        """Headers of every request to the API (and only to it): result downloads go without them."""
        self.read_timeout = read_timeout
        self.retry = retry
        self.wait_timeout = wait_timeout
        self.strict = strict
        self.max_concurrent_downloads = max_concurrent_downloads
        self.max_download_bytes = max_download_bytes
        """The most bytes one result image may have (after decompression)."""
        self.max_answer_bytes = MAX_ANSWER_BYTES
        """The most bytes one API answer may have (after decompression)."""
        self.api_is_local = api_is_local(self.base_url)
        """The API is on a loopback, private or local-only host (the mock): its results may be too."""
        self.clock: Callable[[], float] = clock or time.monotonic
        self.wall: Callable[[], float] = time.time
        """Unix time on the local wall clock (only used when the server sends no Date header)."""
        self.rng = rng or random.Random()
        from ._model.artwork import Artwork, parse_artwork, parse_artwork_list  # the records load with a client

        self._parse_artwork = parse_artwork
        self._parse_artwork_list = parse_artwork_list
        if artwork_factory is None:
            artwork_factory = Artwork
        self.artwork_factory = artwork_factory
        """Builds the artworks this client returns from their fields: a plain `Artwork`, or the client's bound
        handle (`SyncArtwork`/`AsyncArtwork` with its ``artworks`` resource; set by the client)."""
        self.durations: DurationStats = DurationStats()
        from ._tasks.registry import Ledger

        self.ledger = Ledger()
        """The one registry of this client's tasks: owned ids, creates in flight, unfinished tasks
        (`tengrai._tasks.registry`). Every create registers and claims there, single or batch."""

    def __repr__(self) -> str:
        return f"Core(base_url={self.base_url!r})"

    # ------------------------------------------------------------------ helpers

    def url(self, operation_id: str) -> str:
        """The absolute URL of an operation without path parameters (the generated client's route)."""
        return self.base_url + _endpoints.route(operation_id)[1]

    def artwork_url(self, artwork_id: str) -> str:
        """The absolute URL of one artwork (the generated ``get_artwork`` request's)."""
        return self.base_url + _artwork_path(artwork_id)

    def build(
        self,
        operation_id: str,
        *path: str,
        params: Mapping[str, Any] | None = None,
        json_body: Mapping[str, Any] | None = None,
    ) -> tuple[str, str, Any, Any]:
        """``(method, absolute URL, query, JSON body)`` of an operation as the generated client builds it."""
        built = _endpoints.build(operation_id, *path, params=params, json_body=json_body)
        return built["method"], self.base_url + built["url"], built["params"], built["json"]

    def make_artwork(self, data: Any) -> Artwork:
        """Parse an artwork bound to this client, learning from its duration."""
        return self._learn(self._parse_artwork(data, factory=self.artwork_factory))

    def timeout_within(self, deadline: float | None) -> float | None:
        """The per-request timeout, shortened so that a request cannot outlast ``deadline``."""
        if deadline is None:
            return None
        remaining = deadline - self.clock()
        if remaining <= 0:
            raise DeadlineExpired()
        return remaining if self.read_timeout is None else min(self.read_timeout, remaining)

    # ------------------------------------------------------------------ the request flow

    def request(
        self,
        method: str,
        url: str,
        *,
        kind: RequestKind = "read",
        json: Any = None,
        params: Mapping[str, Any] | None = None,
        auth: bool = True,
        follow_redirects: bool = False,
        deadline: float | None = None,
        max_retries: int | None = None,
        max_bytes: int | None = None,
        headers: Mapping[str, str] | None = None,
        sink: BinaryIO | None = None,
    ) -> Flow[httpx.Response]:
        """Send a request with retries; return the first answer below 400, raise the mapped error otherwise.

        A create (``kind="create"``) is retried only when it certainly did not reach the server; a failure that
        may have reached it raises `Ambiguous` for the caller to recover from. With a ``deadline``, per-request
        timeouts and retry sleeps never go past it (`DeadlineExpired`).
        """
        retries = self.retry.max_retries if max_retries is None else max_retries
        if auth:
            headers, params = self._with_auth(headers, params)
        debug = logger.isEnabledFor(logging.DEBUG)
        attempt = 0
        while True:
            attempt += 1
            timeout = self.timeout_within(deadline)
            sent_at = self.clock()
            if debug:
                logger.debug("%s %s (attempt %d/%d)", method, url, attempt, retries + 1)
            try:
                response = yield from send(
                    Send(
                        method=method,
                        url=url,
                        headers=headers,
                        params=params,
                        json=json,
                        timeout=timeout,
                        follow_redirects=follow_redirects,
                        total=self.read_timeout if deadline is None else timeout,  # the whole request, every byte
                        max_bytes=self.max_answer_bytes if max_bytes is None else max_bytes,
                        sink=sink,
                    )
                )
            except Exception as exc:  # whatever went wrong while sending or reading, thrown in by the runner
                failed = _Failed(decide(kind, exc=exc), exc, None, type(exc).__name__, sent_at)
            else:
                if debug:
                    logger.debug("%s %s -> %d in %.3fs", method, url, response.status_code, self.clock() - sent_at)
                if response.status_code < 400:
                    if auth and self.captured is not None:
                        self.captured.append(response)
                    return response
                failed = _Failed.answered(kind, response, sent_at)
            yield from sleep(self._retry_delay(failed, method, url, attempt, retries, deadline))

    def _with_auth(
        self, headers: Mapping[str, str] | None, params: Mapping[str, Any] | None
    ) -> tuple[Mapping[str, str], Mapping[str, Any] | None]:
        """A request's headers and query with the API's own (the key, the client's default query) added."""
        headers = self.auth_headers if headers is None else {**self.auth_headers, **headers}
        if self.default_query:
            params = {**self.default_query, **(params or {})}
        return headers, params

    def _retry_delay(
        self, failed: _Failed, method: str, url: str, attempt: int, retries: int, deadline: float | None
    ) -> float:
        """The seconds to wait before the next attempt of a failed request, or (raised) the error that ends it."""
        decision, failure, status = failed.decision, failed.failure, failed.status
        if decision is Decision.AMBIGUOUS:
            logger.warning("%s %s: outcome unknown after %s; looking for the task", method, url, status)
            raise Ambiguous(failure, failed.sent_at, self.clock())
        delay = self.retry.delay(attempt, failed.retry_after, self.rng) if attempt <= retries else None
        if decision is Decision.RETRY and delay is not None:
            if deadline is not None and self.clock() + delay >= deadline:
                raise DeadlineExpired(_as_sdk_error(failure, method, url))
            logger.info("%s %s failed with %s; retry %d/%d in %.2fs", method, url, status, attempt, retries, delay)
            return delay
        if not isinstance(failure, TengraiError | RequestNotSent) and not _is_httpx_error(failure):
            raise failure  # not a transport failure: a bug somewhere, shown as it is
        error = _as_sdk_error(failure, method, url)
        raise error from (None if error is failure else failure)

    # ------------------------------------------------------------------ read operations

    def get(self, artwork_id: str, *, deadline: float | None = None, max_retries: int | None = None) -> Flow[Artwork]:
        """Fetch one artwork."""
        if not isinstance(artwork_id, str) or not artwork_id:
            from ._exceptions import ValidationError

            raise ValidationError("id", artwork_id, "an artwork id is a non-empty string")
        response = yield from self.request(
            "GET", self.artwork_url(artwork_id), params=self.read_query, deadline=deadline, max_retries=max_retries
        )
        artwork = self.artwork_from(response)
        if artwork.id != artwork_id:
            raise response_error(response, f"asked for artwork {artwork_id}, got artwork {artwork.id!r}")
        return artwork

    def list_page(self, offset: int, limit: int, deadline: float | None = None) -> Flow[list[Artwork]]:
        """Fetch one page of the key's artworks, newest first."""
        params: dict[str, Any] = {"offset": offset, "limit": limit}
        if self.read_query:
            params.update(self.read_query)
        response = yield from self.request("GET", self.url("list_artworks"), params=params, deadline=deadline)
        data = _json_or_error(response)
        try:
            page = self._parse_artwork_list(data, factory=self.artwork_factory)
            return stamp([self._learn(artwork) for artwork in page], response)
        except ValueError as exc:
            raise response_error(response, str(exc)) from exc

    def _learn(self, artwork: Artwork) -> Artwork:
        if artwork.is_terminal and artwork.status == "succeeded":
            self.durations.observe(artwork)
        self.ledger.seen(artwork)
        return artwork

    def artwork_from(self, response: httpx.Response) -> Artwork:
        """Parse a 2xx answer holding one artwork, or raise `APIResponseError`."""
        data = _json_or_error(response)
        try:
            return stamp(self.make_artwork(data), response)
        except ValueError as exc:
            raise response_error(response, str(exc)) from exc


class _Failed(NamedTuple):
    """A failed attempt of a request: what to do about it, and what to tell."""

    decision: Decision
    failure: BaseException
    """The exception the attempt raised, or the SDK error of its answer."""
    retry_after: float | None
    """The answer's ``Retry-After``, in seconds."""
    status: str
    """The answer's status, or the exception's name (for the logs)."""
    sent_at: float
    """When the attempt's sending began (client clock)."""

    @classmethod
    def answered(cls, kind: RequestKind, response: httpx.Response, sent_at: float) -> _Failed:
        """The failure of an attempt answered with an error status."""
        decision = decide(kind, status=response.status_code)
        failure = error_from_response(response)
        return cls(decision, failure, parse_retry_after(response.headers), str(response.status_code), sent_at)


def api_is_local(base_url: str) -> bool:
    """Whether ``base_url`` is on a loopback, private or local-only host (a mock), not a public one."""
    from ._netcheck import public_host_problem, split_url

    parts = split_url(base_url)
    return isinstance(parts, str) or public_host_problem(parts.host) is not None


@functools.lru_cache(maxsize=4096)
def _artwork_path(artwork_id: str) -> str:
    """The path of the generated ``get_artwork`` request (cached: a wait asks for the same id at every poll)."""
    url: str = _endpoints.build("get_artwork", artwork_id)["url"]
    return url


def _json_or_error(response: httpx.Response) -> Any:
    if not 200 <= response.status_code < 300 or response.status_code == 204:
        raise response_error(response, f"unexpected status {response.status_code}")
    try:
        return json.loads(response.content)  # JSON is UTF-8 (RFC 8259): no charset sniffing needed
    except (ValueError, RecursionError) as exc:
        raise response_error(response, f"not JSON ({exc})") from exc


def _is_httpx_error(exc: BaseException) -> bool:
    import httpx

    return isinstance(exc, httpx.HTTPError | httpx.InvalidURL)


def _as_sdk_error(failure: BaseException, method: str, url: str) -> TengraiError:
    if isinstance(failure, TengraiError):
        return failure
    if isinstance(failure, RequestNotSent):
        return APIConnectionError(f"{method} {url}: the request could not be sent ({failure})", method=method, url=url)
    return transport_error(failure, method, url)
