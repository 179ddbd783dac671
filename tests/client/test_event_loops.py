"""One `AsyncTengrai` used from several event loops: each loop gets its own connections, nothing is lost."""

from __future__ import annotations

import asyncio
import threading

import httpx
import pytest

from tengrai import AsyncTengrai, TengraiError

from .loopback import Exchange, loopback
from .support import API_KEY, QUANTUM, artwork_json


def created(exchange: Exchange) -> None:
    """Answer every create with a new task (keep-alive, so a pooled connection is reused)."""
    exchange.answer_json(202, artwork_json(parameters=exchange.json()))


def test_one_async_client_in_two_consecutive_asyncio_runs() -> None:
    with loopback(created) as server:
        client = AsyncTengrai(api_key=API_KEY, base_url=server.base_url, max_retries=0)

        async def create() -> str:
            return (await client.quantum.create(prompt="a cat")).id

        first = asyncio.run(create())
        second = asyncio.run(create())  # the first loop (and its pooled connection) is closed now
        asyncio.run(client.close())
    assert first != second
    assert server.count("POST", QUANTUM) == 2


def test_one_async_client_in_threads_with_their_own_loops() -> None:
    with loopback(created) as server:
        client = AsyncTengrai(api_key=API_KEY, base_url=server.base_url, max_retries=0)
        ids: list[str] = []
        errors: list[BaseException] = []

        async def creates() -> None:
            for _ in range(3):
                ids.append((await client.quantum.create(prompt="a cat")).id)

        def run() -> None:
            try:
                asyncio.run(creates())
            except BaseException as exc:  # collected for the assertion below
                errors.append(exc)

        threads = [threading.Thread(target=run) for _ in range(6)]
        for thread in threads:
            thread.start()
        for thread in threads:
            thread.join(30)
    assert errors == []
    assert len(set(ids)) == 18
    assert server.count("POST", QUANTUM) == 18


@pytest.mark.slow
def test_a_passed_http_client_used_from_another_loop_is_refused_before_sending() -> None:
    with loopback(created) as server:
        http = httpx.AsyncClient()
        client = AsyncTengrai(api_key=API_KEY, base_url=server.base_url, http_client=http, max_retries=0)

        async def create() -> str:
            return (await client.quantum.create(prompt="a cat")).id

        asyncio.run(create())
        with pytest.raises(TengraiError, match="event loop"):
            asyncio.run(create())
    assert server.count("POST", QUANTUM) == 1
