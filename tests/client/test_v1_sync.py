"""The V1 synchronous operations through the sync and async clients against the in-process mock: V1 creates,
Style DNA image assets, Textcraft and the V1 organization operations; validation before sending; a lost answer
of a paid call is found (never sent twice) or reported as maybe billed; an asset saved before and after expiry."""

from __future__ import annotations

import asyncio
import dataclasses
import datetime
from collections.abc import Iterator
from pathlib import Path

import httpx
import pytest

from tengrai import (
    ApiKey,
    ApiKeyRevocation,
    ArtworkFailedError,
    AssetExpiredError,
    CreateOutcomeUnknownError,
    ImageAsset,
    PermissionDeniedError,
    SavedImage,
    Tengrai,
    TextcraftAnswer,
    V1Artwork,
    ValidationError,
    WebhookSecret,
)
from tengrai.mock import TEST_ADMIN_KEY, TEST_API_KEY, TEST_ORG_ID, Faults, ManualClock, MockConfig
from tengrai.mock import ApiKey as MockKey
from tengrai.testing import TengraiMock

from .support import Script, error_response, json_response, request_error, sync_client

ANCHOR = "https://cdn.example.com/style/anchor.png"
PROMPT, DESCRIPTION = "a teapot", "flat pastel"
NAN = float("nan")


def _mock(**options: object) -> TengraiMock:
    config = {"clock": ManualClock(), "foreign_image_urls": "synthesize", **options}
    return TengraiMock(MockConfig(**config))  # type: ignore[arg-type]


@pytest.fixture
def mock() -> Iterator[TengraiMock]:
    server = _mock()
    yield server
    server.close()


def _posts(mock: TengraiMock, path: str) -> int:
    return sum(1 for request in mock.requests if request.method == "POST" and request.path == path)


# ---------------------------------------------------------------------------------------------- V1 creates


def test_v1_creates_answer_finished_artworks_listed_with_their_images(mock: TengraiMock, tmp_path: Path) -> None:
    with mock.client() as client:
        fox = client.v1.txt2img.create(prompt="a fox", style="illustration", width=1024, height=768)
        assert isinstance(fox, V1Artwork)
        assert (fox.artwork_type, fox.status, fox.is_terminal) == ("txt2img", "done", True)
        assert fox.parameters["promptMode"] == "seer"  # the V1 default, echoed
        assert fox.parameters["model"] == "tengrai-20231128-m-d"
        bigger = client.v1.upscaling.create(image_url=fox.results[0], scale_factor=2)
        sketch = client.v1.hamilton.create(prompt="a fox", style="hand-sketch", transparent_background=True)
        assert [bigger.artwork_type, sketch.artwork_type] == ["upscaling", "hamilton"]
        listed = client.v1.artworks.list()
        assert [artwork.id for artwork in listed] == [sketch.id, bigger.id, fox.id]
        assert client.v1.artworks.get(sketch.id) == sketch
        image = httpx.Client(transport=mock.transport()).get(bigger.results[0])
        assert image.status_code == 200
        assert image.content.startswith(b"\x89PNG")
    assert mock.state.created_count == 3


def test_v1_artworks_save_writes_the_results_of_an_artwork_or_an_id(mock: TengraiMock, tmp_path: Path) -> None:
    with mock.client() as client:
        fox = client.v1.txt2img.create(prompt="a fox to keep")
        saved = client.v1.artworks.save(fox, tmp_path / "by-record")
        again = client.v1.artworks.save(fox.id, tmp_path / "by-id", timeout=30)
    assert [item.path.name for item in saved] == [f"{fox.id}-{n}.png" for n in range(len(fox.results))]
    assert [item.url for item in saved] == list(fox.results)
    assert all(item.path.read_bytes().startswith(b"\x89PNG") for item in saved)
    assert [item.path.read_bytes() for item in again] == [item.path.read_bytes() for item in saved]

    async def run() -> list[SavedImage]:
        async with mock.async_client() as client:
            return await client.v1.artworks.save(fox.id, tmp_path / "async")

    assert [item.size_bytes for item in asyncio.run(run())] == [item.size_bytes for item in saved]


def test_v1_artworks_save_of_a_failed_artwork_names_it(tmp_path: Path) -> None:
    mock = _mock(failure_rate=1.0)
    try:
        with mock.client() as client:
            failed = client.v1.txt2img.create(prompt="a fox that fails")
            assert failed.status == "failed"
            with pytest.raises(ArtworkFailedError, match=failed.id) as refused:
                client.v1.artworks.save(failed.id, tmp_path)
            assert refused.value.artwork_id == failed.id
            with pytest.raises(ValidationError, match="timeout"):
                client.v1.artworks.save(failed, tmp_path, timeout=0)
    finally:
        mock.close()
    assert not list(tmp_path.iterdir())


def test_v1_creates_through_the_async_client(mock: TengraiMock) -> None:
    async def run() -> tuple[V1Artwork, list[V1Artwork]]:
        async with mock.async_client() as client:
            made = await client.v1.txt2img.create(prompt="an async fox")
            return made, [artwork async for artwork in client.v1.artworks.list()]

    made, listed = asyncio.run(run())
    assert made.status == "done"
    assert [artwork.id for artwork in listed] == [made.id]


def test_bad_v1_input_is_refused_before_sending_naming_the_field(mock: TengraiMock) -> None:
    with mock.client() as client:
        with pytest.raises(ValidationError, match="width") as refused:
            client.v1.txt2img.create(width=1216, height=1300)
        assert refused.value.field == "width"
        with pytest.raises(ValidationError, match="scaleFactor"):
            client.v1.upscaling.create(image_url="https://cdn.example.com/a.png", scale_factor=9)
        with pytest.raises(ValidationError, match="imageUrl"):
            client.v1.upscaling.create(image_url=None)  # type: ignore[arg-type]
        with pytest.raises(ValidationError, match="style"):
            client.v1.hamilton.create(style="watercolor")  # type: ignore[arg-type]
        with pytest.raises(ValidationError, match="backgroundMode"):
            client.v1.style_dna.generate_asset(
                visual_prompt=PROMPT,
                anchor_image_url=ANCHOR,
                description=DESCRIPTION,
                background_mode="black",  # type: ignore[arg-type]
            )
        with pytest.raises(ValidationError, match="imageGuidance"):
            client.v1.style_dna.edit(
                image_url=ANCHOR,
                image_guidance=4,  # type: ignore[arg-type]
                modification=2,
                creativity=3,
                effort=3,
            )
        with pytest.raises(ValidationError, match="model"):
            client.v1.textcraft.create(prompt="hi", model=None)  # type: ignore[arg-type]
        with pytest.raises(ValidationError, match=r"tools=\['search'\]: must be a mapping \(JSON object\)"):
            client.v1.textcraft.create(prompt="hi", model="m", tools=["search"])  # type: ignore[arg-type]
        with pytest.raises(ValidationError, match=r"tools\.search=.*needs the key 'parameters'"):
            client.v1.textcraft.create(prompt="hi", model="m", tools={"search": {"description": "d"}})
        with pytest.raises(ValidationError, match=r"additionalModelRequestFields='top_k=5': must be a mapping"):
            client.v1.textcraft.create(
                prompt="hi",
                model="m",
                additional_model_request_fields="top_k=5",  # type: ignore[arg-type]
            )
        with pytest.raises(ValidationError, match=r"additionalModelRequestFields\.x\.y=nan: must be a finite"):
            client.v1.textcraft.create(prompt="hi", model="m", additional_model_request_fields={"x": {"y": NAN}})
        with pytest.raises(ValidationError, match="budgetTokens"):
            client.v1.textcraft.create(prompt="hi", model="m", reasoning_config={"budgetTokens": "many"})
    assert mock.requests == []


# ---------------------------------------------------------------------------------------------- lost answers


def test_a_504_after_the_work_finds_the_artwork_and_never_creates_twice() -> None:
    mock = _mock(faults=Faults(gateway_timeout_rate=1.0))
    try:
        with mock.client() as client:
            found = client.v1.txt2img.create(prompt="a fox at the gate")
            assert found.status == "done"
            assert found.parameters["prompt"] == "a fox at the gate"
        assert _posts(mock, "/v1/artworks/txt2img") == 1
        assert [request.status_code for request in mock.requests] == [504, 200, 200]  # the POST, a look, a confirmation
        assert mock.state.created_count == 1
    finally:
        mock.close()


def test_a_504_of_a_call_that_cannot_be_looked_up_says_it_may_have_been_billed() -> None:
    mock = _mock(faults=Faults(gateway_timeout_rate=1.0))
    try:
        with mock.client() as client:
            with pytest.raises(CreateOutcomeUnknownError, match="may have been billed") as lost:
                client.v1.textcraft.create(prompt="a haiku", model="m")
            assert lost.value.operation == "v1_textcraft"
            with pytest.raises(CreateOutcomeUnknownError, match="may have been billed"):
                client.v1.style_dna.generate(visual_prompt=PROMPT, anchor_image_url=ANCHOR, description=DESCRIPTION)
        assert _posts(mock, "/v1/textcraft") == 1
        assert _posts(mock, "/v1/style-dna/generate") == 1
    finally:
        mock.close()


def _v1(prompt: str, created: datetime.datetime, artwork_type: str = "txt2img") -> dict[str, object]:
    return {
        "id": f"3fa85f64-5717-4562-b3fc-{abs(hash((prompt, created))) % 10**12:012d}",
        "artworkType": artwork_type,
        "parameters": {"prompt": prompt, "promptMode": "seer"},
        "duration": 9.0,
        "results": [],
        "status": "done",
        "createdAt": created.isoformat().replace("+00:00", "Z"),
    }


def test_a_dropped_connection_finds_the_artwork_through_the_v1_list() -> None:
    now = datetime.datetime.now(datetime.UTC)
    ours, older = _v1("a dropped fox", now), _v1("a dropped fox", now - datetime.timedelta(hours=2))
    script = Script().on("POST", "/v1/artworks/txt2img", request_error(httpx.ReadError))
    script.on("GET", "/v1/artworks", json_response(200, [ours, older]))
    with sync_client(script) as client:
        found = client.v1.txt2img.create(prompt="a dropped fox")
    assert found.id == ours["id"]
    assert script.count("POST") == 1


def test_several_candidates_are_named_not_guessed() -> None:
    now = datetime.datetime.now(datetime.UTC)
    first, second = _v1("twins", now), _v1("twins", now - datetime.timedelta(seconds=1))
    script = Script().on("POST", "/v1/artworks/txt2img", error_response(504, "Gateway Timeout"))
    script.on("GET", "/v1/artworks", json_response(200, [first, second]))
    with sync_client(script) as client, pytest.raises(CreateOutcomeUnknownError, match="several") as lost:
        client.v1.txt2img.create(prompt="twins")
    assert lost.value.candidates == [first["id"], second["id"]]
    assert script.count("POST") == 1


def test_nothing_found_says_the_call_may_have_been_billed() -> None:
    script = Script().on("POST", "/v1/artworks/upscaling", error_response(504, "Gateway Timeout"))
    script.on("GET", "/v1/artworks", json_response(200, []))
    with sync_client(script) as client, pytest.raises(CreateOutcomeUnknownError, match="may have been billed"):
        client.v1.upscaling.create(image_url="https://cdn.example.com/a.png")
    assert script.count("POST") == 1
    assert script.count("GET") == 3  # three looks, no second create


# ---------------------------------------------------------------------------------------------- Style DNA assets


def test_style_dna_assets_expire_on_the_mock_clock(mock: TengraiMock, tmp_path: Path) -> None:
    with mock.client() as client:
        asset = client.v1.style_dna.generate(
            visual_prompt=PROMPT,
            anchor_image_url=ANCHOR,
            description=DESCRIPTION,
            width=768,
            height=768,
            image_format="webp",
        )
        assert isinstance(asset, ImageAsset)
        assert isinstance(asset.expires_at, datetime.datetime)
        assert asset.expires_at.tzinfo is not None
        saved = asset.save(tmp_path / "teapot")
        assert saved.path == tmp_path / "teapot.webp"
        assert saved.path.read_bytes()[8:12] == b"WEBP"
        assert asset.download() == saved.path.read_bytes()
        mock.advance(mock.state.config.asset_ttl + 1)
        with pytest.raises(AssetExpiredError, match="expires_at") as gone:
            asset.save(tmp_path / "late.png")
        assert gone.value.expires_at == asset.expires_at
        assert not (tmp_path / "late.png").exists()


def test_an_asset_past_its_expires_at_is_not_fetched(mock: TengraiMock, tmp_path: Path) -> None:
    with mock.client() as client:
        asset = client.v1.style_dna.remove_background(image_url=ANCHOR)
        past = datetime.datetime.now(datetime.UTC) - datetime.timedelta(seconds=1)
        expired = dataclasses.replace(asset, expires_at=past)
        expired.attach(getattr(asset, "_fetcher"))  # noqa: B009 - the client's fetcher, a private slot
        before = len(mock.requests)
        with pytest.raises(AssetExpiredError, match=r"has expired .*expires_at"):
            expired.download()
        assert len(mock.requests) == before


def test_every_style_dna_operation_sync_and_async(mock: TengraiMock, tmp_path: Path) -> None:
    with mock.client() as client:
        made = [
            client.v1.style_dna.generate(visual_prompt=PROMPT, anchor_image_url=ANCHOR, description=DESCRIPTION),
            client.v1.style_dna.generate_asset(
                visual_prompt=PROMPT, anchor_image_url=ANCHOR, description=DESCRIPTION, background_mode="white"
            ),
            client.v1.style_dna.edit(
                image_url=ANCHOR, prompt="make it red", image_guidance=2, modification=2, creativity=3, effort=3
            ),
            client.v1.style_dna.remove_background(image_url=ANCHOR, image_format="png"),
        ]
        assert all(isinstance(asset, ImageAsset) and asset.credits_used > 0 for asset in made)
        with pytest.raises(TypeError, match="asave"):
            asyncio.run(made[0].asave(tmp_path))

    async def run() -> Path:
        async with mock.async_client() as client:
            asset = await client.v1.style_dna.edit(
                image_url=ANCHOR, image_guidance=2, modification=2, creativity=3, effort=3
            )
            with pytest.raises(TypeError, match="asave"):
                asset.save(tmp_path)
            saved: SavedImage = await asset.asave(tmp_path)
            return saved.path

    written = asyncio.run(run())
    assert written.parent == tmp_path
    assert written.read_bytes().startswith(b"\x89PNG")


# ---------------------------------------------------------------------------------------------- Textcraft


def test_textcraft_tokens_and_credits_grow_with_the_prompt(mock: TengraiMock) -> None:
    with mock.client() as client:
        short = client.v1.textcraft.create(prompt="hi", model="m1")
        long = client.v1.textcraft.create(prompt="tell me about the sea " * 80, model="m1", thinking=True)
        assert isinstance(short, TextcraftAnswer)
        assert short.text
        assert short.reasoning is None
        assert long.tokens is not None
        assert short.tokens is not None
        assert long.tokens > short.tokens
        assert long.credits_used > short.credits_used
        assert long.reasoning
        with_extra = client.v1.textcraft.create(prompt="hi", model="m1", reasoning_config={"type": "enabled"})
        assert with_extra.text

    async def run() -> TextcraftAnswer:
        async with mock.async_client() as client:
            return await client.v1.textcraft.create(prompt="async", model="m2", max_tokens=50)

    assert asyncio.run(run()).text


def test_textcraft_sends_tools_and_model_fields_by_their_wire_names_and_the_mock_calls_a_tool(
    mock: TengraiMock,
) -> None:
    tools = {"get_weather": {"description": "The weather in a city.", "parameters": {"city": "The city name."}}}
    extra = {"top_k": 50, "stop": ["\n\n", None], "nested": {"ok": True, "ratio": 0.5}}
    with mock.client() as client:
        answer = client.v1.textcraft.create(
            prompt="weather in Oslo?", model="m1", tools=tools, additional_model_request_fields=extra
        )
        plain = client.v1.textcraft.create(prompt="weather in Oslo?", model="m1")
    sent = mock.requests[0].json()
    assert sent["tools"] == tools
    assert sent["additionalModelRequestFields"] == extra
    assert "additional_model_request_fields" not in sent
    assert answer.tool_calls is not None
    assert [call["toolName"] for call in answer.tool_calls] == ["get_weather"]
    assert answer.tool_calls[0]["args"] == {"city": ""}
    assert plain.tool_calls is None


def test_textcraft_answers_any_max_tokens_the_spec_allows(mock: TengraiMock) -> None:
    """`maxTokens` is a plain number in the spec: the mock answered 500 (OverflowError) to one near the largest
    float, as the contract suite's fuzzing found; a limit at or above the reply's length leaves the reply whole."""
    with mock.client() as client:
        whole = client.v1.textcraft.create(prompt="a lighthouse at dusk", model="m1")
        huge = client.v1.textcraft.create(prompt="a lighthouse at dusk", model="m1", max_tokens=1.7e308)
        one = client.v1.textcraft.create(prompt="a lighthouse at dusk", model="m1", max_tokens=1)
    assert huge.text == whole.text
    assert len(one.text.split()) == 1


def test_a_key_without_the_textcraft_domain_gets_403() -> None:
    keys = {TEST_API_KEY: MockKey("artist", domains=("artworks", "style-dna"))}
    mock = _mock(keys=keys)
    try:
        with mock.client() as client:
            assert client.v1.txt2img.create(prompt="allowed").status == "done"
            with pytest.raises(PermissionDeniedError, match="textcraft"):
                client.v1.textcraft.create(prompt="not allowed", model="m")
    finally:
        mock.close()


# ---------------------------------------------------------------------------------------------- V1 organizations


def test_v1_organization_operations(mock: TengraiMock) -> None:
    with mock.client(api_key=TEST_ADMIN_KEY) as admin:
        key = admin.v1.organizations.create_api_key(
            TEST_ORG_ID, label="legacy", scope="generator", domains=["artworks"]
        )
        assert isinstance(key, ApiKey)
        assert key.api_key
        with mock.client(api_key=key.api_key) as legacy:
            assert legacy.v1.txt2img.create(prompt="with a V1 key").status == "done"
            with pytest.raises(PermissionDeniedError):
                legacy.v1.textcraft.create(prompt="outside its domains", model="m")
        assert isinstance(admin.v1.organizations.revoke_api_key(TEST_ORG_ID, key.key_id), ApiKeyRevocation)
        assert isinstance(admin.v1.organizations.rotate_webhook_secret(TEST_ORG_ID), WebhookSecret)
        with pytest.raises(ValidationError, match="domains"):
            admin.v1.organizations.create_api_key(TEST_ORG_ID, label="x", scope="generator", domains=["everything"])  # type: ignore[list-item]


def test_a_synchronous_call_may_take_longer_than_the_per_request_timeout() -> None:
    # The server answers when the work is done (0.5 s here): the client's per-request timeout (0.2 s) must not
    # give up on it (a paid call still running); only the call's deadline bounds it. Nothing is looked up.
    from tengrai.mock import Durations, MockServer, SystemClock

    config = MockConfig(clock=SystemClock(), default_durations=Durations(starting=0.0, processing=0.5))
    with MockServer(config, log_level="error") as server:
        with Tengrai(api_key=TEST_API_KEY, base_url=server.url, timeout=0.2) as client:
            made = client.v1.txt2img.create(prompt="a patient fox", timeout=10)
        assert made.status == "done"
        assert [(r.method, r.path) for r in server.state.requests] == [("POST", "/v1/artworks/txt2img")]
