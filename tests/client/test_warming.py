"""A fresh client warms its poll schedule from the key's newest artworks: one list request, never in the way."""

from __future__ import annotations

import asyncio
import logging
from dataclasses import dataclass, field

import httpx
import pytest

from tengrai import AsyncTengrai, Tengrai
from tengrai._tasks.durations import FIRST_WAIT_LATENCY, TARGET_LATENCY, DurationStats, LognormalHazard
from tengrai._tasks.waiting import WARM_PAGE, PollSchedule

from .support import API_KEY, BASE_URL, LIST, QUANTUM, FakeClock, artwork_json, error_response, json_response, new_id

HISTORY = 20
"""Succeeded quantum artworks the key already has."""
TYPICAL = 30.0
"""Seconds the key's quantum tasks take."""


@dataclass
class FakeApi:
    """Creates quantum tasks that end `TYPICAL` fake seconds later; lists the key's artworks, newest first."""

    clock: FakeClock
    list_reply: httpx.Response | BaseException | None = None
    """Instead of the list (a failure to warm from)."""
    created: dict[str, float] = field(default_factory=dict)
    requests: list[tuple[str, str]] = field(default_factory=list)
    gets_at: list[float] = field(default_factory=list)

    def _view(self, artwork_id: str) -> dict[str, object]:
        done = self.clock.now >= self.created[artwork_id] + TYPICAL
        return artwork_json(
            artwork_id,
            status="succeeded" if done else "processing",
            results=[f"https://cdn.test/{artwork_id}.webp"] if done else [],
            duration=TYPICAL if done else 0.0,
        )

    def __call__(self, request: httpx.Request) -> httpx.Response:
        path = request.url.path
        if request.method == "POST" and path == QUANTUM:
            self.requests.append(("create", ""))
            artwork_id = new_id()
            self.created[artwork_id] = self.clock.now
            return json_response(202, artwork_json(artwork_id))
        if request.method == "GET" and path == LIST:
            self.requests.append(("list", str(request.url.params)))
            if isinstance(self.list_reply, BaseException):
                raise self.list_reply
            if self.list_reply is not None:
                return self.list_reply
            history = [
                artwork_json(status="succeeded", duration=TYPICAL + (n % 5) - 2, results=["https://cdn.test/h.webp"])
                for n in range(HISTORY)
            ]
            return json_response(200, [self._view(i) for i in reversed(self.created)] + history)
        artwork_id = path.rsplit("/", 1)[1]
        self.requests.append(("get", artwork_id))
        self.gets_at.append(self.clock.now - self.created[artwork_id])
        return json_response(200, self._view(artwork_id))

    async def handle_async(self, request: httpx.Request) -> httpx.Response:
        return self(request)

    def count(self, kind: str) -> int:
        return sum(1 for seen, _ in self.requests if seen == kind)


def _sync(api: FakeApi) -> Tengrai:
    return Tengrai(
        api_key=API_KEY,
        base_url=BASE_URL,
        transport=httpx.MockTransport(api),
        clock=api.clock,
        sleep=api.clock.sleep,
        seed=3,
    )


def _async(api: FakeApi) -> AsyncTengrai:
    return AsyncTengrai(
        api_key=API_KEY,
        base_url=BASE_URL,
        transport=httpx.MockTransport(api.handle_async),
        clock=api.clock,
        sleep=api.clock.async_sleep,
        seed=3,
    )


def _cold_gets() -> list[float]:
    """When a fresh client polls a task of a key with no history (nothing to learn from the list)."""
    api = FakeApi(FakeClock(), list_reply=json_response(200, []))
    with _sync(api) as client:
        client.quantum.generate(prompt="a cat")
    assert api.count("list") == 1
    return api.gets_at


def test_a_fresh_client_warms_with_exactly_one_list_request_and_uses_what_it_learnt() -> None:
    api = FakeApi(FakeClock())
    with _sync(api) as client:
        first = client.quantum.generate(prompt="a cat")
        assert first.status == "succeeded"
        assert api.count("list") == 1
        assert api.requests[1] == ("list", f"offset=0&limit={WARM_PAGE}")  # the first poll, right after the create
        assert client._core.durations.count("quantum") >= HISTORY  # learnt the key's durations
        # The warmed schedule: rare gets in the first half of a typical task (far fewer than the backoff of a
        # client that learnt nothing), and the end is seen soon after it.
        early = [t for t in api.gets_at if t < TYPICAL / 2]
        assert len(early) <= 1
        assert len(early) < len([t for t in _cold_gets() if t < TYPICAL / 2]) / 4
        assert max(api.gets_at) - TYPICAL < 1.5
        client.quantum.generate(prompt="a dog")
        client.quantum.generate(prompt="a fox")
        copy = client.with_options(max_retries=1)  # shares what the client learnt, and that it warmed
        copy.quantum.generate(prompt="an owl")
    assert api.count("list") == 1  # once per client, however many waits
    assert api.count("create") == 4


def test_the_list_stands_in_for_the_poll_that_sees_a_finished_task() -> None:
    clock = FakeClock()
    api = FakeApi(clock)
    with _sync(api) as client:
        artwork = client.quantum.create(prompt="a cat")
        clock.sleep(TYPICAL + 1)  # it ended before anyone looked
        done = client.artworks.wait(artwork)
    assert done.status == "succeeded"
    assert [kind for kind, _ in api.requests] == ["create", "list"]  # no get at all


@pytest.mark.parametrize(
    "failure",
    [
        error_response(500, "down"),
        error_response(429, "slow down", {"Retry-After": "3"}),
        error_response(404, "no list here"),
        json_response(200, {"not": "a list"}),
        httpx.Response(200, content=b"<html>"),
        httpx.ConnectError("refused"),
        httpx.ReadTimeout("slow"),
    ],
    ids=["500", "429", "404", "not-a-list", "not-json", "connect-error", "read-timeout"],
)
def test_a_failed_warming_is_swallowed_and_the_wait_goes_on(
    failure: httpx.Response | BaseException, caplog: pytest.LogCaptureFixture
) -> None:
    api = FakeApi(FakeClock(), list_reply=failure)
    with caplog.at_level(logging.DEBUG, logger="tengrai"), _sync(api) as client:
        artwork = client.quantum.generate(prompt="a cat")
        client.quantum.generate(prompt="a dog")
    assert artwork.status == "succeeded"
    assert api.count("create") == 2  # the create was neither delayed nor sent again
    assert api.count("list") == 1  # not retried, and not tried again by the second wait
    assert api.count("get") >= 2
    warming = [record for record in caplog.records if "warming" in record.getMessage()]
    assert warming
    assert {record.levelno for record in warming} == {logging.DEBUG}


def test_unreadable_entries_of_the_list_spoil_nothing_else() -> None:
    clock = FakeClock()
    good = [artwork_json(status="succeeded", duration=TYPICAL) for _ in range(10)]
    broken = [{"id": 3}, "nonsense", artwork_json(status="succeeded", duration=TYPICAL, createdAt="yesterday")]
    api = FakeApi(clock, list_reply=json_response(200, broken + good))
    with _sync(api) as client:
        assert client.quantum.generate(prompt="a cat").status == "succeeded"
        assert client._core.durations.count("quantum") >= 10


def test_a_client_that_knows_the_type_already_does_not_warm() -> None:
    api = FakeApi(FakeClock())
    with _sync(api) as client:
        for _ in range(10):
            client._core.durations.observe(client._core.make_artwork(artwork_json(status="succeeded", duration=30)))
        client.quantum.generate(prompt="a cat")
    assert api.count("list") == 0


def test_a_wait_by_id_warms_too() -> None:
    api = FakeApi(FakeClock())
    with _sync(api) as creator:
        artwork = creator.quantum.create(prompt="a cat")
    with _sync(api) as waiter:  # another process resuming the wait, say
        assert waiter.artworks.wait(artwork.id).status == "succeeded"
        assert waiter._core.durations.count("quantum") >= HISTORY
    assert api.count("list") == 1


@pytest.mark.anyio
async def test_concurrent_first_waits_of_an_async_client_warm_once() -> None:
    api = FakeApi(FakeClock())
    async with _async(api) as client:
        results = await asyncio.gather(*(client.quantum.generate(prompt=f"cat {n}") for n in range(5)))
    assert {artwork.status for artwork in results} == {"succeeded"}
    assert api.count("list") == 1
    assert api.count("create") == 5


@pytest.mark.anyio
async def test_a_failed_warming_does_not_break_an_async_generate() -> None:
    api = FakeApi(FakeClock(), list_reply=httpx.ConnectError("refused"))
    async with _async(api) as client:
        artwork = await client.quantum.generate(prompt="a cat")
    assert artwork.status == "succeeded"
    assert api.count("list") == 1


def test_the_first_wait_aims_at_the_first_wait_latency_then_at_the_target() -> None:
    stats = DurationStats()
    api_seen = artwork_json(status="succeeded", duration=30)
    from tengrai import Artwork

    stats.observe(Artwork.from_dict(api_seen))  # learnt from the key's history: not watched by this client
    assert stats.latency("quantum") == FIRST_WAIT_LATENCY
    stats.observe(Artwork.from_dict(artwork_json(status="succeeded")), total=31.0)  # one of its own ended
    assert stats.watched("quantum") == 1
    assert stats.latency("quantum") == TARGET_LATENCY
    assert stats.latency("face_refiner") == FIRST_WAIT_LATENCY


def test_a_lower_latency_aim_polls_more() -> None:
    import random

    model = LognormalHazard.fit([TYPICAL] * 20)
    assert model is not None

    def polls(latency: float) -> int:
        schedule, rng, now, count = PollSchedule(model=model, latency=latency, jitter=0.0), random.Random(1), 0.0, 0
        while now < TYPICAL:
            now += schedule.next_delay(now, rng)
            count += 1
        return count

    assert polls(TARGET_LATENCY) > polls(FIRST_WAIT_LATENCY)


def test_the_prediction_starts_wide_and_narrows_to_the_fit() -> None:
    from tengrai._tasks.durations import PRIOR_SIGMA

    one = LognormalHazard.fit([10.0])
    assert one is not None
    assert one.sigma > PRIOR_SIGMA  # one duration: the prior's spread, widened for the unknown mean
    many = LognormalHazard.fit([9.0, 11.0] * 200)
    assert many is not None
    assert many.sigma < 0.15  # 400 durations: about their own spread (0.1)
    assert LognormalHazard.fit([]) is None


def test_a_slow_warming_list_leaves_the_wait_its_time() -> None:
    """The warming list has a budget of its own: a list that takes as long as it is allowed to, and then times out,
    spends at most that budget, and the wait polls the task (which had succeeded) in the time left."""
    from tengrai._tasks.waiting import WARM_TIMEOUT

    clock = FakeClock()
    api = FakeApi(clock)
    budgets: list[float] = []

    def slow_list(request: httpx.Request) -> httpx.Response:
        if request.url.path == LIST:
            budget = float(request.extensions["timeout"]["read"])
            budgets.append(budget)
            clock.sleep(budget)  # the list takes its whole budget, then times out
            raise httpx.ReadTimeout("the list is slow today", request=request)
        return api(request)

    client = Tengrai(
        api_key=API_KEY, base_url=BASE_URL, transport=httpx.MockTransport(slow_list), clock=clock, sleep=clock.sleep
    )
    with client:
        artwork = client.quantum.create(prompt="a cat")
        clock.sleep(TYPICAL + 1)  # it ended before anyone looked
        done = client.artworks.wait(artwork, timeout=10)
    assert done.status == "succeeded"
    assert budgets
    assert max(budgets) <= WARM_TIMEOUT
    assert api.count("get") >= 1
