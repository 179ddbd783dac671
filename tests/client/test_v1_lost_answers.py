"""A synchronous V1 call whose answer was lost, through the async client: the paid call is never sent twice.

A 504 or a connection dropped after sending is an unknown outcome of a paid call: a V1 create is looked for in
``GET /v1/artworks`` and returned when it is certainly this call's; a call whose result cannot be looked up (Style
DNA, Textcraft) raises `CreateOutcomeUnknownError` saying it may have been billed.
"""

from __future__ import annotations

import asyncio
import datetime
from collections.abc import Awaitable, Callable
from typing import Any, TypeVar

import httpx
import pytest

from tengrai import AsyncTengrai, CreateOutcomeUnknownError, V1Artwork
from tengrai.mock import Faults, ManualClock, MockConfig
from tengrai.testing import TengraiMock

from .support import (
    BASE_URL,
    EPOCH,
    FakeClock,
    Script,
    async_client,
    error_response,
    json_response,
    request_error,
    sync_client,
)

T = TypeVar("T")
TXT2IMG, UPSCALING, LIST_V1 = "/v1/artworks/txt2img", "/v1/artworks/upscaling", "/v1/artworks"


def _run(mock: TengraiMock, call: Callable[[AsyncTengrai], Awaitable[T]]) -> T:
    async def run() -> T:
        async with mock.async_client() as client:
            return await call(client)

    return asyncio.run(run())


def _posts(mock: TengraiMock, path: str) -> int:
    return sum(1 for request in mock.requests if request.method == "POST" and request.path == path)


@pytest.fixture
def failing_mock() -> Any:
    config = MockConfig(clock=ManualClock(), faults=Faults(gateway_timeout_rate=1.0), foreign_image_urls="synthesize")
    mock = TengraiMock(config)
    yield mock
    mock.close()


def test_a_504_after_the_work_finds_the_artwork_through_the_async_client(failing_mock: TengraiMock) -> None:
    found = _run(failing_mock, lambda client: client.v1.txt2img.create(prompt="an async fox at the gate"))
    assert isinstance(found, V1Artwork)
    assert (found.status, found.parameters["prompt"]) == ("done", "an async fox at the gate")
    assert _posts(failing_mock, TXT2IMG) == 1
    assert failing_mock.state.created_count == 1
    assert failing_mock.requests[0].status_code == 504


@pytest.mark.parametrize("operation", ["textcraft", "style_dna"])
def test_a_504_of_a_call_that_cannot_be_looked_up_says_it_may_have_been_billed_async(
    failing_mock: TengraiMock, operation: str
) -> None:
    async def call(client: AsyncTengrai) -> object:
        if operation == "textcraft":
            return await client.v1.textcraft.create(prompt="an async haiku", model="m")
        return await client.v1.style_dna.generate(
            visual_prompt="a teapot", anchor_image_url="https://cdn.example.com/a.png", description="flat"
        )

    with pytest.raises(CreateOutcomeUnknownError, match="may have been billed") as lost:
        _run(failing_mock, call)
    assert lost.value.operation == {"textcraft": "v1_textcraft", "style_dna": "v1_style_dna_generate"}[operation]
    assert sum(1 for request in failing_mock.requests if request.method == "POST") == 1
    assert all(request.method == "POST" for request in failing_mock.requests)  # nothing to look in


def _v1(prompt: str, created: datetime.datetime) -> dict[str, object]:
    return {
        "id": f"3fa85f64-5717-4562-b3fc-{abs(hash((prompt, created))) % 10**12:012d}",
        "artworkType": "txt2img",
        "parameters": {"prompt": prompt, "promptMode": "seer"},
        "duration": 9.0,
        "results": [],
        "status": "done",
        "createdAt": created.isoformat().replace("+00:00", "Z"),
    }


def test_a_dropped_connection_finds_the_artwork_through_the_async_client() -> None:
    now = datetime.datetime.now(datetime.UTC)
    ours, older = _v1("a dropped fox", now), _v1("a dropped fox", now - datetime.timedelta(hours=2))
    script = Script().on("POST", TXT2IMG, request_error(httpx.ReadError))
    script.on("GET", LIST_V1, json_response(200, [ours, older]))

    async def run() -> V1Artwork:
        async with async_client(script) as client:
            return await client.v1.txt2img.create(prompt="a dropped fox")

    assert asyncio.run(run()).id == ours["id"]
    assert script.count("POST") == 1


def test_nothing_found_says_the_call_may_have_been_billed_async() -> None:
    script = Script().on("POST", UPSCALING, error_response(504, "Gateway Timeout"))
    script.on("GET", LIST_V1, json_response(200, []))

    async def run() -> V1Artwork:
        async with async_client(script, FakeClock(EPOCH.timestamp())) as client:
            return await client.v1.upscaling.create(image_url="https://cdn.example.com/a.png")

    with pytest.raises(CreateOutcomeUnknownError, match="may have been billed") as lost:
        asyncio.run(run())
    assert lost.value.candidates == []
    assert script.count("POST") == 1
    assert script.count("GET") >= 1


# ------------------------------------------------------------------ one recovery protocol with the V2 creates


def _v1_at(prompt: str, seconds_ago: float = 0.0) -> dict[str, object]:
    return _v1(prompt, datetime.datetime.now(datetime.UTC) - datetime.timedelta(seconds=seconds_ago))


def test_an_artwork_answered_to_an_earlier_call_is_never_taken_for_a_lost_one() -> None:
    # Two identical calls: the first is answered, the second's answer is lost. The only matching artwork is the
    # first call's own: the client owns it, so the second call's outcome is unknown (never the first's artwork).
    first = _v1_at("the same fox twice")
    script = Script().on("POST", TXT2IMG, json_response(201, first), error_response(504, "Gateway Timeout"))
    script.on("GET", LIST_V1, json_response(200, [first]))
    with sync_client(script) as client:
        assert client.v1.txt2img.create(prompt="the same fox twice").id == first["id"]
        with pytest.raises(CreateOutcomeUnknownError, match="may have been billed") as lost:
            client.v1.txt2img.create(prompt="the same fox twice")
    assert lost.value.candidates == []
    assert script.count("POST") == 2


def test_a_single_match_is_taken_only_when_the_next_look_shows_it_again() -> None:
    ours, twin = _v1_at("a fox seen twice"), _v1_at("a fox seen twice", 1.0)
    script = Script().on("POST", TXT2IMG, error_response(504, "Gateway Timeout"))
    script.on("GET", LIST_V1, json_response(200, [ours]), json_response(200, [ours, twin]))
    with sync_client(script) as client, pytest.raises(CreateOutcomeUnknownError, match="several") as lost:
        client.v1.txt2img.create(prompt="a fox seen twice")
    assert lost.value.candidates == [ours["id"], twin["id"]]
    assert script.count("POST") == 1


def test_a_confirmed_single_match_is_returned_and_owned() -> None:
    ours = _v1_at("a confirmed fox")
    script = Script().on("POST", TXT2IMG, error_response(504, "Gateway Timeout"))
    script.on("GET", LIST_V1, json_response(200, [ours]))
    with sync_client(script) as client:
        assert client.v1.txt2img.create(prompt="a confirmed fox").id == ours["id"]
        assert client._core.ledger.owned(str(ours["id"]))
    assert script.count("GET") == 2  # found, then confirmed


def test_two_identical_calls_lost_at_once_do_not_share_out_one_artwork() -> None:
    # Both answers are lost and one matching artwork exists: whose it is cannot be told, so neither takes it.
    only = _v1_at("twin calls")
    script = Script().on("POST", TXT2IMG, error_response(504, "Gateway Timeout"))
    script.on("GET", LIST_V1, json_response(200, [only]))

    async def answer(request: httpx.Request) -> httpx.Response:
        await asyncio.sleep(0)  # the other call runs meanwhile, as over a network
        return script(request)

    async def run() -> list[object]:
        clock = FakeClock()
        transport = httpx.MockTransport(answer)
        options = {"clock": clock, "sleep": clock.async_sleep, "transport": transport}
        async with AsyncTengrai(api_key="sk-test", base_url=BASE_URL, **options) as client:  # type: ignore[arg-type]
            client._core.durations.claim_warming()
            calls = [client.v1.txt2img.create(prompt="twin calls") for _ in range(2)]
            return list(await asyncio.gather(*calls, return_exceptions=True))

    outcomes = asyncio.run(run())
    unknown = [outcome for outcome in outcomes if isinstance(outcome, CreateOutcomeUnknownError)]
    assert len(unknown) == 2, outcomes
    assert all(outcome.candidates == [only["id"]] for outcome in unknown)
    assert script.count("POST") == 2


def test_a_503_whose_looks_prove_nothing_was_made_is_sent_once_more() -> None:
    made = _v1_at("a fox after a 503")
    script = Script().on("POST", TXT2IMG, error_response(503, "Service Unavailable"), json_response(201, made))
    script.on("GET", LIST_V1, json_response(200, []))
    with sync_client(script) as client:
        assert client.v1.txt2img.create(prompt="a fox after a 503").id == made["id"]
    assert script.count("POST") == 2


def test_an_image_asset_save_is_typed_as_the_saved_image() -> None:
    import typing

    from tengrai import ImageAsset, SavedImage

    for method in (ImageAsset.save, ImageAsset.asave):
        assert typing.get_type_hints(method)["return"] is SavedImage, method
    assert SavedImage.__module__ == "tengrai"
