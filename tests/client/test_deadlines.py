"""One deadline bounds the whole job: no request outlasts the per-request timeout or the job's deadline, however
slowly a server trickles its answer, and a wait uses all the time it was given."""

from __future__ import annotations

import time
from collections.abc import Callable

import pytest

from tengrai import (
    APIResponseError,
    APITimeoutError,
    ArtworkTimeoutError,
    AsyncTengrai,
    CreateOutcomeUnknownError,
    Tengrai,
)

from .loopback import Exchange, loopback, raw_answer
from .support import (
    API_KEY,
    LIST,
    QUANTUM,
    FakeClock,
    Script,
    artwork_json,
    artwork_path,
    async_client,
    json_response,
    new_id,
    sync_client,
)

pytestmark = pytest.mark.slow

TRICKLE = 0.05
"""Seconds between bytes: a 2 KB answer would take 100 s."""
SLACK = 2.5
"""Generous room on a busy 2-core machine; an unbounded request would take far longer."""


def trickling(*, on: str, artwork: dict[str, object] | None = None) -> Callable[[Exchange], None]:
    """A server that answers requests whose method and path start with ``on`` one byte at a time (others at once)."""
    body = artwork or artwork_json(results=["/result.png"], status="succeeded")

    def handle(exchange: Exchange) -> None:
        if f"{exchange.method} {exchange.path}".startswith(on):
            padded = json_response(202 if exchange.method == "POST" else 200, body).content + b" " * 2000
            exchange.trickle(raw_answer(200 if exchange.method == "GET" else 202, padded), TRICKLE)
        elif exchange.path.split("?")[0] == LIST:
            exchange.answer_json(200, [])
        elif exchange.path == "/result.png":
            exchange.answer(200, b"\x89PNG\r\n\x1a\n", {"Content-Type": "image/png"})
        else:
            exchange.answer_json(200, body)

    return handle


def test_sync_per_request_timeout_bounds_a_trickled_answer() -> None:
    artwork_id = new_id()
    with (
        loopback(trickling(on=f"GET {artwork_path(artwork_id)}")) as server,
        Tengrai(api_key=API_KEY, base_url=server.base_url, timeout=1, max_retries=0) as client,
    ):
        start = time.monotonic()
        with pytest.raises(APITimeoutError):
            client.artworks.get(artwork_id)
        assert time.monotonic() - start < 1 + SLACK


def test_sync_generate_deadline_bounds_a_trickled_create() -> None:
    with (
        loopback(trickling(on=f"POST {QUANTUM}")) as server,
        Tengrai(api_key=API_KEY, base_url=server.base_url, timeout=30, max_retries=0) as client,
    ):
        start = time.monotonic()
        with pytest.raises(CreateOutcomeUnknownError):
            client.quantum.generate(prompt="a cat", timeout=3)
        assert time.monotonic() - start < 3 + SLACK
    assert server.count("POST", QUANTUM) == 1


def test_sync_wait_deadline_bounds_a_trickled_poll() -> None:
    artwork_id = new_id()
    with (
        loopback(trickling(on=f"GET {artwork_path(artwork_id)}")) as server,
        Tengrai(api_key=API_KEY, base_url=server.base_url, timeout=30) as client,
    ):
        start = time.monotonic()
        with pytest.raises(ArtworkTimeoutError):
            client.artworks.wait(artwork_id, timeout=2)
        assert time.monotonic() - start < 2 + SLACK


def test_sync_save_deadline_bounds_a_trickled_download(tmp_path: object) -> None:
    artwork = artwork_json(results=["/result.png"], status="succeeded")
    with (
        loopback(trickling(on="GET /result.png", artwork=artwork)) as server,
        Tengrai(api_key=API_KEY, base_url=server.base_url, timeout=30) as client,
    ):
        start = time.monotonic()
        with pytest.raises(ArtworkTimeoutError):
            client.artworks.download(str(artwork["id"]), timeout=2)
        assert time.monotonic() - start < 2 + SLACK


@pytest.mark.anyio
async def test_async_per_request_timeout_bounds_a_trickled_answer() -> None:
    artwork_id = new_id()
    with loopback(trickling(on=f"GET {artwork_path(artwork_id)}")) as server:
        async with AsyncTengrai(api_key=API_KEY, base_url=server.base_url, timeout=1, max_retries=0) as client:
            start = time.monotonic()
            with pytest.raises(APITimeoutError):
                await client.artworks.get(artwork_id)
            assert time.monotonic() - start < 1 + SLACK


@pytest.mark.parametrize("timeout", [1.0, 1.5, 3.0, 10.0])
def test_a_wait_uses_the_time_it_was_given(timeout: float) -> None:
    artwork_id = new_id()
    clock = FakeClock()
    script = Script().on("GET", artwork_path(artwork_id), json_response(200, artwork_json(artwork_id)))
    with sync_client(script, clock) as client, pytest.raises(ArtworkTimeoutError):
        client.artworks.wait(artwork_id, timeout=timeout)
    waited = clock.now - 1000
    assert timeout - 0.1 <= waited <= timeout


def test_a_poll_answer_for_another_artwork_is_an_api_response_error() -> None:
    artwork_id = new_id()
    script = Script().on("GET", artwork_path(artwork_id), json_response(200, artwork_json(new_id())))
    with sync_client(script) as client:
        with pytest.raises(APIResponseError, match=artwork_id):
            client.artworks.get(artwork_id)
        with pytest.raises(APIResponseError, match=artwork_id):
            client.artworks.wait(artwork_id, timeout=5)


@pytest.mark.anyio
async def test_async_poll_answer_for_another_artwork_is_an_api_response_error() -> None:
    artwork_id = new_id()
    script = Script().on("GET", artwork_path(artwork_id), json_response(200, artwork_json(new_id())))
    async with async_client(script) as client:
        with pytest.raises(APIResponseError, match=artwork_id):
            await client.artworks.wait(artwork_id, timeout=5)
