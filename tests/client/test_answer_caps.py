"""API answers have a size cap (`tengrai._client_state.MAX_ANSWER_BYTES`): a server that sends more is stopped after at
most that much was read, decompressed or not, so memory stays bounded whatever it sends; a create whose answer is
too large may still have created a task, so it is looked for (never sent again)."""

from __future__ import annotations

import gzip
from collections.abc import AsyncIterator, Iterator

import httpx
import pytest

from tengrai import CreateOutcomeUnknownError, TengraiError
from tengrai._client_state import MAX_ANSWER_BYTES

from .support import LIST, QUANTUM, Script, artwork_path, async_client, sync_client
from .test_create_recovery import page

CAP = 64 * 1024
CHUNK = 16 * 1024


class Endless:
    """An answer body that never ends, counting the chunks the client pulled."""

    def __init__(self, chunk: bytes = b"[" + b" " * (CHUNK - 1)) -> None:
        self.pulled = 0
        self.chunk = chunk

    def __iter__(self) -> Iterator[bytes]:
        while True:
            self.pulled += 1
            yield self.chunk


def test_the_cap_is_far_above_any_documented_answer() -> None:
    assert MAX_ANSWER_BYTES >= 16 * 1024 * 1024


def test_an_endless_answer_is_cut_off_at_the_cap() -> None:
    body = Endless()
    script = Script().on("GET", artwork_path("a1"), lambda _: httpx.Response(200, content=body))
    with sync_client(script) as client:
        client._core.max_answer_bytes = CAP
        with pytest.raises(TengraiError, match=f"larger than {CAP} bytes"):
            client.artworks.get("a1")
    assert body.pulled <= CAP // CHUNK + 2  # stopped reading right after the cap, not at the end (there is none)


def test_a_compressed_answer_is_inflated_no_further_than_the_cap() -> None:
    bomb = gzip.compress(b" " * (64 * CAP))  # 4 MiB of spaces in a few KB
    assert len(bomb) < CAP // 8
    script = Script().on(
        "GET",
        artwork_path("a1"),
        lambda _: httpx.Response(200, content=iter([bomb]), headers={"content-encoding": "gzip"}),
    )
    with sync_client(script) as client:
        client._core.max_answer_bytes = CAP
        with pytest.raises(TengraiError, match="larger than"):
            client.artworks.get("a1")


def test_a_declared_length_past_the_cap_is_refused_before_reading() -> None:
    body = Endless()
    script = Script().on(
        "GET",
        artwork_path("a1"),
        lambda _: httpx.Response(200, content=body, headers={"content-length": str(10 * CAP)}),
    )
    with sync_client(script) as client:
        client._core.max_answer_bytes = CAP
        with pytest.raises(TengraiError, match=f"more than {CAP}"):
            client.artworks.get("a1")
    assert body.pulled == 0


@pytest.mark.anyio
async def test_the_async_client_cuts_an_endless_answer_off_too() -> None:
    body = Endless()

    async def endless() -> AsyncIterator[bytes]:
        for chunk in body:
            yield chunk

    script = Script().on("GET", artwork_path("a1"), lambda _: httpx.Response(200, content=endless()))
    async with async_client(script) as client:
        client._core.max_answer_bytes = CAP
        with pytest.raises(TengraiError, match="larger than"):
            await client.artworks.get("a1")
    assert body.pulled <= CAP // CHUNK + 2


def test_a_create_whose_answer_is_too_large_is_looked_for_not_sent_again() -> None:
    script = Script().on("POST", QUANTUM, lambda _: httpx.Response(201, content=Endless())).on("GET", LIST, page())
    with sync_client(script) as client:
        client._core.max_answer_bytes = CAP
        with pytest.raises(CreateOutcomeUnknownError, match="may exist"):
            client.quantum.create(prompt="a red fox")
    assert script.count("POST") == 1


def test_ordinary_answers_are_read_as_before() -> None:
    from .support import artwork_json, json_response

    script = Script().on("GET", artwork_path("a1"), json_response(200, artwork_json("a1")))
    with sync_client(script) as client:
        assert client.artworks.get("a1").id == "a1"
    (request,) = script.requests
    assert request.headers["accept-encoding"] == "gzip, deflate"
