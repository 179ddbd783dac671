"""A request on a real connection does no work that grows with the environment, such as searching for modules."""

from __future__ import annotations

import asyncio
import sys
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from importlib.machinery import ModuleSpec
from types import ModuleType

from tengrai import AsyncTengrai, Tengrai

from .loopback import Exchange, loopback
from .support import API_KEY, artwork_json

ARTWORK_ID = "8d0b3c1e-2f4a-4c5e-9a7b-1d2e3f4a5b6c"


class _Recorder:
    """A finder placed first on ``sys.meta_path`` that only notes which modules were looked for."""

    def __init__(self) -> None:
        self.searched: list[str] = []

    def find_spec(
        self, name: str, path: Sequence[str] | None = None, target: ModuleType | None = None
    ) -> ModuleSpec | None:
        self.searched.append(name)
        return None


@contextmanager
def module_searches() -> Iterator[list[str]]:
    recorder = _Recorder()
    sys.meta_path.insert(0, recorder)
    try:
        yield recorder.searched
    finally:
        sys.meta_path.remove(recorder)


def answer(exchange: Exchange) -> None:
    exchange.answer_json(200, artwork_json(ARTWORK_ID, status="processing"))


def test_async_requests_search_for_no_module() -> None:
    """httpcore asks sniffio for the running async library on every pool operation; without sniffio installed
    that is a failed import, a walk of sys.path each time (about 0.5 ms of CPU per request)."""
    with loopback(answer) as server:

        async def gets() -> list[str]:
            async with AsyncTengrai(api_key=API_KEY, base_url=server.base_url) as client:
                await client.artworks.get(ARTWORK_ID)  # first use: imports are allowed here
                with module_searches() as searched:
                    for _ in range(5):
                        await client.artworks.get(ARTWORK_ID)
                return list(searched)

        assert asyncio.run(gets()) == []


def test_sync_requests_search_for_no_module() -> None:
    with loopback(answer) as server, Tengrai(api_key=API_KEY, base_url=server.base_url) as client:
        client.artworks.get(ARTWORK_ID)
        with module_searches() as searched:
            for _ in range(5):
                client.artworks.get(ARTWORK_ID)
        assert searched == []
