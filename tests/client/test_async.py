"""`AsyncTengrai`: the same behaviour as the sync client, awaited, without blocking the loop."""

from __future__ import annotations

import json
import threading
from collections.abc import Callable
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import anyio
import httpx
import pytest

from tengrai import (
    ArtworkFailedError,
    ArtworkTimeoutError,
    AsyncArtwork,
    AsyncTengrai,
    CreateOutcomeUnknownError,
    InternalServerError,
    StatusEvent,
    ValidationError,
)

from .support import (
    LIST,
    QUANTUM,
    FakeClock,
    Script,
    artwork_json,
    artwork_path,
    async_client,
    error_response,
    json_response,
    new_id,
)

pytestmark = pytest.mark.anyio

PNG = b"\x89PNG\r\n\x1a\n fake png"


def lifecycle(clock: FakeClock, ends_after: float, end: str = "succeeded") -> Callable[[httpx.Request], httpx.Response]:
    """A get_artwork handler for any id: each task ends ``ends_after`` fake seconds after its first poll."""
    first_seen: dict[str, float] = {}

    def handler(request: httpx.Request) -> httpx.Response:
        artwork_id = request.url.path.rsplit("/", 1)[1]
        start = first_seen.setdefault(artwork_id, clock.now)
        done = clock.now - start >= ends_after
        results = [f"https://cdn.test/{artwork_id}.png"] if done and end == "succeeded" else []
        return json_response(200, artwork_json(artwork_id, status=end if done else "processing", results=results))

    return handler


class AnyArtwork(Script):
    """A script that answers get_artwork for every id with one handler."""

    def __init__(self, handler: Callable[[httpx.Request], httpx.Response]) -> None:
        super().__init__()
        self._artwork_handler = handler

    def __call__(self, request: httpx.Request) -> httpx.Response:
        if request.method == "GET" and request.url.path.startswith(artwork_path("")):
            request.read()
            self.requests.append(request)
            return self._artwork_handler(request)
        return super().__call__(request)


async def test_get_create_and_wait() -> None:
    clock = FakeClock()
    artwork_id = new_id()
    script = AnyArtwork(lifecycle(clock, 6)).on("POST", QUANTUM, json_response(202, artwork_json(artwork_id)))
    async with async_client(script, clock) as client:
        created = await client.quantum.create(prompt="a cat")
        assert isinstance(created, AsyncArtwork)
        events: list[StatusEvent] = []

        async def on_progress(event: StatusEvent) -> None:
            events.append(event)

        done = await client.artworks.wait(created, on_progress=on_progress)
        assert done.status == "succeeded"
        assert (await client.artworks.get(artwork_id)).status == "succeeded"
        assert (await done.refresh()).id == artwork_id
    assert events[-1].status == "succeeded"
    assert events[0].status == "starting"


async def test_generate_raises_on_failure_with_the_artwork() -> None:
    clock = FakeClock()
    artwork_id = new_id()
    script = AnyArtwork(lifecycle(clock, 4, end="failed")).on(
        "POST", QUANTUM, json_response(202, artwork_json(artwork_id))
    )
    async with async_client(script, clock) as client:
        with pytest.raises(ArtworkFailedError) as caught:
            await client.quantum.generate(prompt="a cat")
    assert caught.value.artwork_id == artwork_id


async def test_deadline_on_a_fake_clock() -> None:
    clock = FakeClock()
    artwork_id = new_id()
    script = AnyArtwork(lifecycle(clock, 10**6))
    async with async_client(script, clock) as client:
        with pytest.raises(ArtworkTimeoutError) as caught:
            await client.artworks.wait(artwork_id, timeout=90)
    assert caught.value.artwork_id == artwork_id
    assert clock.now - 1000 <= 90


async def test_events_async_iterator() -> None:
    clock = FakeClock()
    script = AnyArtwork(lifecycle(clock, 5))
    async with async_client(script, clock) as client:
        statuses = [event.status async for event in client.artworks.events(new_id())]
    assert statuses[0] == "processing"
    assert statuses[-1] == "succeeded"


async def test_list_walks_pages() -> None:
    items = [artwork_json() for _ in range(7)]

    def paged(request: httpx.Request) -> httpx.Response:
        offset, limit = int(request.url.params["offset"]), int(request.url.params["limit"])
        return json_response(200, items[offset : offset + limit])

    script = Script().on("GET", LIST, paged)
    async with async_client(script) as client:
        ids = [artwork.id async for artwork in client.artworks.list(page_size=3)]
        with pytest.raises(ValidationError):
            client.artworks.list(page_size=0)
    assert ids == [item["id"] for item in items]
    assert len(script.requests) == 3


async def test_retries_and_create_recovery_are_shared_with_the_sync_client() -> None:
    artwork_id = new_id()
    lost = artwork_json(parameters={"prompt": "a cat"}, status="processing", created_at=datetime.now(UTC))
    script = (
        Script()
        .on("GET", artwork_path(artwork_id), error_response(503), json_response(200, artwork_json(artwork_id)))
        .on("POST", QUANTUM, httpx.ConnectError("refused"), httpx.ReadTimeout("lost"))
        .on("GET", LIST, json_response(200, [lost]))
    )
    async with async_client(script) as client:
        assert (await client.artworks.get(artwork_id)).id == artwork_id
        recovered = await client.quantum.create(prompt="a cat")
    assert recovered.id == lost["id"]
    assert script.count("POST") == 2  # one retry after the refused connection, none after the read timeout


async def test_outcome_unknown_and_status_errors() -> None:
    script = (
        Script()
        .on("POST", QUANTUM, httpx.ReadTimeout("lost"), error_response(500))
        .on("GET", LIST, json_response(200, []))
    )
    async with async_client(script) as client:
        with pytest.raises(CreateOutcomeUnknownError):
            await client.quantum.create(prompt="a cat")
        with pytest.raises(InternalServerError):
            await client.quantum.create(prompt="a cat")
    assert script.count("POST") == 2


async def test_save_writes_files_off_the_event_loop(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    import tengrai._tasks.downloads as download

    writer_threads: list[threading.Thread] = []
    real_write_all = download._place_all

    def recording_write_all(*args: Any) -> Any:
        writer_threads.append(threading.current_thread())
        return real_write_all(*args)

    monkeypatch.setattr(download, "_place_all", recording_write_all)
    url = "https://cdn.example.net/1.png"
    script = Script().on("GET", url, httpx.Response(200, content=PNG, headers={"content-type": "image/png"}))
    async with async_client(script) as client:
        artwork = client._core.make_artwork(artwork_json(status="succeeded", results=[url], parameters={"seed": 3}))
        assert isinstance(artwork, AsyncArtwork)
        saved = await artwork.save(tmp_path, sidecar=True)
        assert await artwork.download() == [PNG]
    assert saved[0].path.read_bytes() == PNG
    assert json.loads((tmp_path / f"{artwork.id}.json").read_text())["seed"] == 3
    assert writer_threads
    assert all(thread is not threading.main_thread() for thread in writer_threads)


async def test_downloads_are_bounded_and_concurrent() -> None:
    limit = 4
    urls = [f"https://cdn.example.net/{n}.png" for n in range(10)]
    in_flight = 0
    peak = 0
    full = anyio.Event()

    async def handler(request: httpx.Request) -> httpx.Response:
        nonlocal in_flight, peak
        in_flight += 1
        peak = max(peak, in_flight)
        if in_flight == limit:
            full.set()
        with anyio.fail_after(10):  # guards against a hang; the wait ends as soon as `limit` are in flight
            await full.wait()
        in_flight -= 1
        return httpx.Response(200, content=request.url.path.encode(), headers={"content-type": "image/png"})

    client = async_client(Script(), max_concurrent_downloads=limit)
    client._http._transport = httpx.MockTransport(handler)
    async with client:
        artwork = client._core.make_artwork(artwork_json(status="succeeded", results=urls))
        contents = await client.artworks.download(artwork)
    assert contents == [f"/{n}.png".encode() for n in range(10)]
    assert peak == limit


@pytest.mark.slow
async def test_hundreds_of_concurrent_generates() -> None:
    clock = FakeClock()
    created: list[str] = []

    def create(request: httpx.Request) -> httpx.Response:
        artwork_id = new_id()
        created.append(artwork_id)
        return json_response(202, artwork_json(artwork_id, parameters=json.loads(request.content)))

    script = AnyArtwork(lifecycle(clock, 20)).on("POST", QUANTUM, create)
    results: list[AsyncArtwork] = []
    async with async_client(script, clock, max_connections=10) as client:

        async def one(n: int) -> None:
            results.append(await client.quantum.generate(prompt=f"cat number {n}"))

        async with anyio.create_task_group() as group:
            for n in range(300):
                group.start_soon(one, n)
    assert len(results) == 300
    assert {artwork.status for artwork in results} == {"succeeded"}
    assert sorted(artwork.id for artwork in results) == sorted(created)
    assert script.count("POST") == 300


@pytest.mark.anyio
async def test_requests_queue_for_the_connection_limit_instead_of_failing() -> None:
    in_flight = 0
    peak = 0

    async def handler(request: httpx.Request) -> httpx.Response:
        nonlocal in_flight, peak
        in_flight += 1
        peak = max(peak, in_flight)
        await anyio.sleep(0.001)
        in_flight -= 1
        return json_response(200, artwork_json(request.url.path.rsplit("/", 1)[-1], status="succeeded"))

    ids = [new_id() for _ in range(40)]
    results: list[str] = []
    async with AsyncTengrai(
        api_key="k", base_url="https://api.example", transport=httpx.MockTransport(handler), max_connections=3
    ) as client:

        async def get(artwork_id: str) -> None:
            results.append((await client.artworks.get(artwork_id)).id)

        async with anyio.create_task_group() as group:
            for artwork_id in ids:
                group.start_soon(get, artwork_id)
    assert sorted(results) == sorted(ids)
    assert peak == 3


@pytest.mark.anyio
async def test_a_request_that_never_answers_cannot_outlast_the_deadline() -> None:
    # httpx applies timeouts per phase, and a stalled transport (here one that ignores them) would hold a poll
    # far past the caller's deadline; the whole request is capped at the time left.
    async def stalled(request: httpx.Request) -> httpx.Response:
        await anyio.sleep(3600)
        raise AssertionError("the request should have been cut off")

    artwork_id = new_id()
    async with AsyncTengrai(api_key="k", base_url="https://api.example", transport=httpx.MockTransport(stalled)) as c:
        with pytest.raises(ArtworkTimeoutError) as caught:
            await c.artworks.wait(artwork_id, timeout=0.3)
    assert caught.value.artwork_id == artwork_id
