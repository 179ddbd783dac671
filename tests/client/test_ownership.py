"""Who owns a task: recovery never hands one id to two callers or takes another create's task, and a client can
always tell which of its tasks it has not seen end (even after cancellation)."""

from __future__ import annotations

import asyncio
from datetime import timedelta

import anyio
import anyio.lowlevel
import httpx
import pytest

from tengrai import AsyncTengrai, CreateOutcomeUnknownError

from .support import (
    API_KEY,
    BASE_URL,
    LIST,
    QUANTUM,
    FakeClock,
    Script,
    artwork_json,
    json_response,
    new_id,
    sync_client,
)
from .test_create_recovery import SERVER_NOW, create, fox, page

pytestmark = pytest.mark.anyio


async def test_two_identical_concurrent_creates_never_get_the_same_id() -> None:
    # The first POST breaks (maybe sent); the second creates `theirs`, which shows up in the list before its own
    # answer arrives. The first create must not take it.
    theirs = fox()
    second_sent = anyio.Event()
    released = anyio.Event()
    posts = 0

    async def handler(request: httpx.Request) -> httpx.Response:
        nonlocal posts
        if request.method == "POST":
            posts += 1
            if posts == 1:
                await second_sent.wait()
                raise httpx.ReadError("connection reset")
            second_sent.set()
            await released.wait()
            return json_response(202, theirs)
        released.set()
        return page(theirs)

    clock = FakeClock()
    client = AsyncTengrai(
        api_key=API_KEY,
        base_url=BASE_URL,
        transport=httpx.MockTransport(handler),
        clock=clock,
        sleep=clock.async_sleep,
    )
    outcomes: list[object] = [None, None]

    async def one(index: int) -> None:
        try:
            outcomes[index] = (await client.quantum.create(prompt="a red fox", style="analog", seed=42)).id
        except CreateOutcomeUnknownError as exc:
            outcomes[index] = exc

    async with client, anyio.create_task_group() as group:
        group.start_soon(one, 0)
        await anyio.lowlevel.checkpoint()
        group.start_soon(one, 1)
    ids = [o for o in outcomes if isinstance(o, str)]
    errors = [o for o in outcomes if isinstance(o, CreateOutcomeUnknownError)]
    assert ids == [theirs["id"]]
    assert len(errors) == 1
    assert errors[0].candidates == [theirs["id"]]


def test_a_briefly_stale_list_does_not_make_another_clients_task_ours() -> None:
    # Another client made the same request a moment earlier; our task shows up one look later.
    other = fox(created_at=SERVER_NOW - timedelta(seconds=3))
    ours = fox(created_at=SERVER_NOW - timedelta(seconds=1))
    script = (
        Script().on("POST", QUANTUM, httpx.ReadTimeout("no answer")).on("GET", LIST, page(other), page(ours, other))
    )
    with sync_client(script) as client, pytest.raises(CreateOutcomeUnknownError) as caught:
        create(client)
    assert set(caught.value.candidates) == {other["id"], ours["id"]}
    assert script.count("POST") == 1


def test_a_teammates_task_created_after_our_create_ended_is_not_taken_however_stale_the_list() -> None:
    # Our create's answer is lost at once, and our own task never shows (the list stays stale, or the create never
    # reached the API). A teammate on the same key creates the same prompt 3.5 s later, by the server's clock (its
    # Date header), and from then on every look shows that task alone: our create cannot account for it.
    clock = FakeClock()
    start = clock.now
    teammates = fox(created_at=SERVER_NOW + timedelta(seconds=3.5))

    def stale_list(request: httpx.Request) -> httpx.Response:
        elapsed = clock.now - start
        return page(*([teammates] if elapsed >= 3.5 else []), now=SERVER_NOW + timedelta(seconds=elapsed))

    script = Script().on("POST", QUANTUM, httpx.ReadTimeout("no answer")).on("GET", LIST, stale_list)
    with sync_client(script, clock) as client, pytest.raises(CreateOutcomeUnknownError) as caught:
        create(client)
    assert caught.value.candidates == []
    assert "may exist" in str(caught.value)
    assert script.count("POST") == 1
    assert clock.now - start > 3.5  # it looked after the teammate's task appeared, and still did not take it


def test_a_match_that_cannot_be_confirmed_is_named_not_taken() -> None:
    lost = fox()
    script = Script().on("POST", QUANTUM, httpx.ReadTimeout("no answer")).on("GET", LIST, page(lost), page())
    with sync_client(script) as client, pytest.raises(CreateOutcomeUnknownError) as caught:
        create(client)
    assert caught.value.candidates == [lost["id"]]


async def test_cancelled_generates_leave_their_ids_on_the_client() -> None:
    count = 30
    created: list[str] = []
    polled: set[str] = set()
    all_polled = asyncio.Event()

    def handler(request: httpx.Request) -> httpx.Response:
        if request.method == "POST":
            created.append(new_id())
            return json_response(202, artwork_json(created[-1]))
        if request.url.path == "/v2/artworks":
            return json_response(200, [])  # the first wait's warming list: no history
        artwork_id = request.url.path.rsplit("/", 1)[1]
        polled.add(artwork_id)
        if len(polled) == count:
            all_polled.set()
        return json_response(200, artwork_json(artwork_id, status="processing"))

    async with AsyncTengrai(api_key=API_KEY, base_url=BASE_URL, transport=httpx.MockTransport(handler)) as client:
        tasks = [asyncio.create_task(client.quantum.generate(prompt="a cat", timeout=60)) for _ in range(count)]
        await asyncio.wait_for(all_polled.wait(), 20)
        for task in tasks:
            task.cancel()
        results = await asyncio.gather(*tasks, return_exceptions=True)
        assert all(isinstance(r, asyncio.CancelledError) for r in results)
        unfinished = client.unfinished
    assert sorted(a.id for a in unfinished) == sorted(created)
    assert all(a.status == "processing" for a in unfinished)  # the last state seen


def test_finished_tasks_leave_the_unfinished_list() -> None:
    done_id, open_id = new_id(), new_id()
    script = (
        Script()
        .on("POST", QUANTUM, json_response(202, artwork_json(done_id)), json_response(202, artwork_json(open_id)))
        .on("GET", f"/v2/artworks/{done_id}", json_response(200, artwork_json(done_id, status="failed")))
    )
    with sync_client(script) as client:
        client.quantum.create(prompt="a")
        client.quantum.create(prompt="b")
        assert [a.id for a in client.unfinished] == [done_id, open_id]
        client.artworks.get(done_id)
        assert [a.id for a in client.unfinished] == [open_id]
