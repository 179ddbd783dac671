"""Helpers for the client's unit tests: a scripted `httpx.MockTransport`, a fake clock, artwork JSON."""

from __future__ import annotations

import json
import uuid
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from datetime import UTC, datetime
from email.utils import format_datetime
from typing import Any

import httpx

from tengrai import AsyncTengrai, Tengrai
from tests.paths import (  # re-exported: the suite imports them from here
    FACE_REFINER as FACE_REFINER,
)
from tests.paths import (
    LIST as LIST,
)
from tests.paths import (
    QUANTUM as QUANTUM,
)
from tests.paths import (
    VARIETE as VARIETE,
)
from tests.paths import (
    artwork_path as artwork_path,
)
from tests.paths import (
    path_of as path_of,
)

API_KEY = "sk-live-DO-NOT-LEAK-4f9a1c"
"""A distinctive key: tests assert it never shows up where it must not."""
BASE_URL = "https://api.tengr.test"
EPOCH = datetime(2026, 3, 1, 12, 0, 0, tzinfo=UTC)


def new_id() -> str:
    """A fresh artwork id."""
    return str(uuid.uuid4())


def artwork_json(
    artwork_id: str | None = None,
    *,
    status: str = "starting",
    artwork_type: str = "quantum",
    parameters: dict[str, Any] | None = None,
    results: Iterable[str] = (),
    duration: float = 0.0,
    created_at: datetime = EPOCH,
    **extra: Any,
) -> dict[str, Any]:
    """An artwork object as the API sends it."""
    return {
        "id": artwork_id or new_id(),
        "artworkType": artwork_type,
        "parameters": {"prompt": "a cat"} if parameters is None else parameters,
        "duration": duration,
        "results": list(results),
        "status": status,
        "createdAt": created_at.isoformat().replace("+00:00", "Z"),
        **extra,
    }


def json_response(status: int, body: Any, headers: dict[str, str] | None = None) -> httpx.Response:
    """A response with a JSON body."""
    return httpx.Response(
        status, content=json.dumps(body).encode(), headers={"content-type": "application/json", **(headers or {})}
    )


def error_response(status: int, message: str = "nope", headers: dict[str, str] | None = None) -> httpx.Response:
    """A documented error answer."""
    return json_response(status, {"statusCode": status, "message": message}, headers)


def http_date(moment: datetime) -> str:
    """``moment`` as an HTTP-date."""
    return format_datetime(moment, usegmt=True)


class FakeClock:
    """A monotonic clock that only moves when something sleeps on it."""

    def __init__(self, start: float = 1000.0) -> None:
        self.now = start
        self.sleeps: list[float] = []

    def __call__(self) -> float:
        return self.now

    def sleep(self, seconds: float) -> None:
        """Record the sleep and move time forward instead of waiting."""
        assert seconds >= 0
        self.sleeps.append(seconds)
        self.now += seconds

    async def async_sleep(self, seconds: float) -> None:
        """The async flavour of `sleep`."""
        self.sleep(seconds)


Reply = httpx.Response | BaseException | Callable[[httpx.Request], httpx.Response]


@dataclass
class Script:
    """A scripted server: replies are consumed in order per ``(method, path)``; every request is recorded.

    A reply is a response, an exception to raise (a transport failure), or a function of the request. The last
    reply of a route repeats once the others are used up. Requests to routes without replies fail the test.
    """

    routes: dict[tuple[str, str], list[Reply]] = field(default_factory=dict)
    requests: list[httpx.Request] = field(default_factory=list)
    fallback: Callable[[httpx.Request], httpx.Response] | None = None

    def on(self, method: str, path: str, *replies: Reply) -> Script:
        """Add replies for a route (``path`` without the base URL; for other hosts, the full URL)."""
        self.routes.setdefault((method, path), []).extend(replies)
        return self

    def _key(self, request: httpx.Request) -> tuple[str, str]:
        if f"{request.url.scheme}://{request.url.netloc.decode()}" == BASE_URL:
            return request.method, request.url.path
        return request.method, str(request.url.copy_with(query=None))

    def __call__(self, request: httpx.Request) -> httpx.Response:
        request.read()
        self.requests.append(request)
        replies = self.routes.get(self._key(request))
        if not replies:
            if self.fallback is not None:
                return self.fallback(request)
            raise AssertionError(f"unexpected request {request.method} {request.url}")
        reply = replies.pop(0) if len(replies) > 1 else replies[0]
        if isinstance(reply, BaseException):
            raise reply
        if isinstance(reply, httpx.Response):
            return reply
        return reply(request)

    def count(self, method: str, path: str | None = None) -> int:
        """How many requests were made with ``method`` (to ``path``)."""
        return sum(1 for r in self.requests if r.method == method and (path is None or r.url.path == path))

    async def handle_async(self, request: httpx.Request) -> httpx.Response:
        """The async flavour of `__call__` (for `httpx.MockTransport` in async clients)."""
        return self(request)


def sync_client(script: Script, clock: FakeClock | None = None, *, warm: bool = False, **options: Any) -> Tengrai:
    """A `Tengrai` on the scripted transport, with a fake clock and reproducible jitter.

    Unless ``warm``, the client counts as warmed already: its first wait polls with a get, not the warming list
    request (scripts of other behaviours need not answer it; `tests/client/test_warming.py` tests warming).
    """
    clock = clock or FakeClock()
    options.setdefault("seed", 7)
    client = Tengrai(
        api_key=API_KEY,
        base_url=BASE_URL,
        transport=httpx.MockTransport(script),
        clock=clock,
        sleep=clock.sleep,
        **options,
    )
    if not warm:
        client._core.durations.claim_warming()
    return client


def async_client(script: Script, clock: FakeClock | None = None, *, warm: bool = False, **options: Any) -> AsyncTengrai:
    """An `AsyncTengrai` on the scripted transport, with a fake clock and reproducible jitter (``warm``: see
    `sync_client`)."""
    clock = clock or FakeClock()
    options.setdefault("seed", 7)
    client = AsyncTengrai(
        api_key=API_KEY,
        base_url=BASE_URL,
        transport=httpx.MockTransport(script.handle_async),
        clock=clock,
        sleep=clock.async_sleep,
        **options,
    )
    if not warm:
        client._core.durations.claim_warming()
    return client


def request_error(cls: type[httpx.RequestError], message: str = "boom") -> httpx.RequestError:
    """An httpx transport error (the request object is attached when raised by the transport)."""
    return cls(message)
