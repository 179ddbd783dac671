"""Waiting: one deadline, adaptive polls, terminal states, progress, on a fake clock (nothing really sleeps)."""

from __future__ import annotations

import math
import random
import warnings
from collections.abc import Callable
from typing import Any

import httpx
import pytest

from tengrai import (
    Artwork,
    ArtworkCanceledError,
    ArtworkFailedError,
    ArtworkTimeoutError,
    NotFoundError,
    StatusEvent,
    UnknownStatusWarning,
    ValidationError,
)
from tengrai._tasks.durations import DurationStats
from tengrai._tasks.waiting import PollSchedule

from .support import (
    LIST,
    QUANTUM,
    FakeClock,
    Script,
    artwork_json,
    artwork_path,
    error_response,
    json_response,
    new_id,
    sync_client,
)


def lifecycle(
    clock: FakeClock, artwork_id: str, *, ends_after: float, end: str = "succeeded", duration: float | None = None
) -> Callable[[httpx.Request], httpx.Response]:
    """A get_artwork handler whose task ends ``ends_after`` fake seconds from now."""
    started = clock.now
    ends_at = started + ends_after

    def handler(request: httpx.Request) -> httpx.Response:
        done = clock.now >= ends_at
        status = end if done else ("starting" if clock.now < started + ends_after / 2 else "processing")
        results = [f"https://cdn.test/{artwork_id}.webp"] if done and end == "succeeded" else []
        body = artwork_json(artwork_id, status=status, results=results, duration=duration or ends_after)
        return json_response(200, body)

    return handler


def test_wait_returns_the_finished_artwork() -> None:
    clock = FakeClock()
    artwork_id = new_id()
    script = Script().on("GET", artwork_path(artwork_id), lifecycle(clock, artwork_id, ends_after=12))
    with sync_client(script, clock) as client:
        artwork = client.artworks.wait(artwork_id)
    assert artwork.status == "succeeded"
    assert artwork.results == [f"https://cdn.test/{artwork_id}.webp"]
    assert clock.now >= 1000 + 12


def test_deadline_expiry_raises_with_id_and_last_state() -> None:
    clock = FakeClock()
    artwork_id = new_id()
    script = Script().on(
        "GET", artwork_path(artwork_id), json_response(200, artwork_json(artwork_id, status="processing"))
    )
    start = clock.now
    with sync_client(script, clock) as client, pytest.raises(ArtworkTimeoutError) as caught:
        client.artworks.wait(artwork_id, timeout=60)
    error = caught.value
    assert error.artwork_id == artwork_id
    assert error.artwork is not None
    assert error.artwork.status == "processing"
    assert artwork_id in str(error)
    assert "processing" in str(error)
    assert clock.now - start <= 60  # never slept past the deadline
    assert clock.now - start >= 59  # and used (almost) all of it: the last poll is just before the deadline
    assert script.count("GET") < 30  # one last look, not ever shorter sleeps towards the deadline


def test_the_client_default_deadline_is_finite() -> None:
    clock = FakeClock()
    artwork_id = new_id()
    script = Script().on("GET", artwork_path(artwork_id), lifecycle(clock, artwork_id, ends_after=10**9))
    with sync_client(script, clock) as client, pytest.raises(ArtworkTimeoutError):
        client.artworks.wait(artwork_id)
    assert clock.now - 1000 <= 600


def test_client_wait_timeout_sets_the_default() -> None:
    clock = FakeClock()
    artwork_id = new_id()
    script = Script().on("GET", artwork_path(artwork_id), lifecycle(clock, artwork_id, ends_after=10**9))
    with sync_client(script, clock, wait_timeout=30) as client, pytest.raises(ArtworkTimeoutError):
        client.artworks.wait(artwork_id)
    assert clock.now - 1000 <= 30


def test_requests_near_the_deadline_get_a_shorter_timeout() -> None:
    clock = FakeClock()
    artwork_id = new_id()
    seen_timeouts: list[float] = []
    handler = lifecycle(clock, artwork_id, ends_after=10**9)

    def recording(request: httpx.Request) -> httpx.Response:
        seen_timeouts.append(request.extensions["timeout"]["read"])
        return handler(request)

    script = Script().on("GET", artwork_path(artwork_id), recording)
    with sync_client(script, clock, timeout=30) as client, pytest.raises(ArtworkTimeoutError):
        client.artworks.wait(artwork_id, timeout=20)
    assert max(seen_timeouts) <= 20
    assert seen_timeouts[-1] <= 1.0  # the last poll has only the end of the budget left


@pytest.mark.parametrize(("end", "error"), [("failed", ArtworkFailedError), ("canceled", ArtworkCanceledError)])
def test_failed_and_canceled_raise_with_the_artwork(end: str, error: type[Exception]) -> None:
    clock = FakeClock()
    artwork_id = new_id()
    script = Script().on("GET", artwork_path(artwork_id), lifecycle(clock, artwork_id, ends_after=5, end=end))
    with sync_client(script, clock) as client, pytest.raises(error) as caught:
        client.artworks.wait(artwork_id)
    assert caught.value.artwork_id == artwork_id  # type: ignore[attr-defined]
    assert caught.value.artwork.status == end  # type: ignore[attr-defined]


def test_a_finished_artwork_needs_no_request() -> None:
    script = Script()
    with sync_client(script) as client:
        done = client._core.make_artwork(artwork_json(status="succeeded"))
        assert client.artworks.wait(done) is done
    assert script.requests == []


def test_waiting_by_id_looks_at_once() -> None:
    clock = FakeClock()
    artwork_id = new_id()
    script = Script().on(
        "GET", artwork_path(artwork_id), json_response(200, artwork_json(artwork_id, status="succeeded"))
    )
    with sync_client(script, clock) as client:
        client.artworks.wait(artwork_id)
    assert clock.sleeps == []


def test_without_history_polls_back_off_with_jitter_up_to_a_cap() -> None:
    clock = FakeClock()
    artwork_id = new_id()
    script = Script().on("GET", artwork_path(artwork_id), lifecycle(clock, artwork_id, ends_after=300))
    with sync_client(script, clock) as client:
        client.artworks.wait(artwork_id)
    sleeps = clock.sleeps
    schedule = PollSchedule(None)
    assert sleeps[0] <= schedule.min_interval * (1 + schedule.jitter)
    assert max(sleeps) <= schedule.max_interval * (1 + schedule.jitter)
    assert sleeps[8] > 4 * sleeps[0]  # backed off
    assert len(set(sleeps)) == len(sleeps)  # jittered: no two the same
    assert len(sleeps) < 45  # 300 s in far fewer polls than a fixed 1 s interval would need


def test_learnt_durations_make_early_polls_rare_and_late_ones_quick() -> None:
    clock = FakeClock()
    history = [artwork_json(status="succeeded", duration=d) for d in (56.0, 57.0, 58.0, 59.0, 60.0, 61.0, 62.0, 63.0)]
    artwork_id = new_id()
    script = (
        Script()
        .on("GET", LIST, json_response(200, history))
        .on("GET", artwork_path(artwork_id), lifecycle(clock, artwork_id, ends_after=60))
    )
    with sync_client(script, clock) as client:
        list(client.artworks.list())  # the client learns that quantum tasks take about 60 s
        assert client._core.durations.expected("quantum") == 59.5
        start = clock.now
        polled_at: list[float] = []
        client.artworks.wait(
            client._core.make_artwork(artwork_json(artwork_id)),
            on_progress=lambda event: polled_at.append(clock.now - start),
        )
    polls = polled_at[1:]  # the first event is the artwork as passed in
    assert len([t for t in polls if t < 30]) <= 4  # rare while far from the expected end
    assert polls[-1] - 60 < 1.0  # and the end is noticed within a second


def test_history_of_another_type_is_not_used() -> None:
    stats = DurationStats()
    stats.observe(Artwork.from_dict(artwork_json(artwork_type="face_refiner", status="succeeded", duration=9)))
    assert stats.expected("quantum") is None
    assert stats.expected("face_refiner") == 9


def test_duration_stats_count_each_artwork_once_and_keep_the_newest() -> None:
    stats = DurationStats(keep=3)
    same = Artwork.from_dict(artwork_json(status="succeeded", duration=100))
    for _ in range(5):
        stats.observe(same)
    stats.observe(Artwork.from_dict(artwork_json(status="succeeded", duration=1)))
    stats.observe(Artwork.from_dict(artwork_json(status="succeeded", duration=2)))
    assert stats.expected("quantum") == 2  # median of 100, 1, 2
    stats.observe(Artwork.from_dict(artwork_json(status="succeeded", duration=3)))
    assert stats.expected("quantum") == 2  # median of 1, 2, 3: the 100 s artwork dropped out
    stats.observe(Artwork.from_dict(artwork_json(status="succeeded", duration=0)))  # no information
    assert stats.expected("quantum") == 2


def test_schedule_near_the_expected_end_is_short() -> None:
    rng = random.Random(3)
    schedule = PollSchedule(expected=100.0)
    first = schedule.next_delay(0.0, rng)
    far = schedule.next_delay(1.0, rng)
    near = schedule.next_delay(98.0, rng)
    after = [schedule.next_delay(100.0 + n, rng) for n in range(6)]
    assert first <= 0.55
    assert far >= schedule.max_interval * 0.9
    assert near <= (100.0 - 98.0) * schedule.approach * (1 + schedule.jitter)
    assert after[-1] > after[0]  # overdue: back off again


def test_inside_the_learnt_window_polls_are_dense_and_before_it_rare() -> None:
    rng = random.Random(5)
    schedule = PollSchedule(window=(40.0, 80.0))
    schedule.next_delay(0.0, rng)  # the quick first look
    early = schedule.next_delay(1.0, rng)
    inside = [schedule.next_delay(t, rng) for t in (40.0, 55.0, 79.0)]
    assert early >= schedule.max_interval * (1 - schedule.jitter)
    assert max(inside) <= schedule.dense_interval * (1 + schedule.jitter)


def test_the_window_spans_the_5th_to_95th_percentile_of_what_was_seen() -> None:
    stats = DurationStats()
    for duration in range(1, 101):
        stats.observe(Artwork.from_dict(artwork_json(status="succeeded", duration=duration)))
    earliest, latest = stats.window("quantum") or (0.0, 0.0)
    assert 5.0 <= earliest <= 6.5
    assert 94.5 <= latest <= 96.0
    assert stats.window("face_refiner") is None


def test_what_is_learnt_from_an_own_task_is_create_to_end_not_detection() -> None:
    clock = FakeClock()
    history = [artwork_json(status="succeeded", duration=d) for d in (56.0, 57.0, 58.0, 59.0, 60.0, 61.0, 62.0, 63.0)]
    script = Script().on("GET", LIST, json_response(200, history))
    created: dict[str, Any] = {}

    def create(request: httpx.Request) -> httpx.Response:
        created["id"] = new_id()
        created["at"] = clock.now
        return json_response(202, artwork_json(created["id"], status="starting"))

    def get(request: httpx.Request) -> httpx.Response:
        done = clock.now - created["at"] >= 30.0
        status = "succeeded" if done else "processing"
        if done:
            created.setdefault("seen_done_after", clock.now - created["at"])
        return json_response(200, artwork_json(created["id"], status=status, duration=5.0))

    script.on("POST", QUANTUM, create).fallback = get
    with sync_client(script, clock) as client:
        list(client.artworks.list())
        client.quantum.generate(prompt="a fox")
        learnt = client._core.durations._values("quantum")[-1]
    # It ended at 30 s (not the API's processing duration of 5 s); what is learnt lies between the last look that
    # saw it running and the one that saw it done: within one poll interval of 30 s, and before the detection.
    assert 30.0 - 10.0 <= learnt <= 30.0 + 10.0
    assert learnt < created["seen_done_after"]


def test_retry_after_during_polling_is_honoured() -> None:
    clock = FakeClock()
    artwork_id = new_id()
    done = json_response(200, artwork_json(artwork_id, status="succeeded"))
    script = Script().on("GET", artwork_path(artwork_id), error_response(429, headers={"Retry-After": "20"}), done)
    with sync_client(script, clock) as client:
        client.artworks.wait(artwork_id)
    assert clock.sleeps[-1] >= 20


@pytest.mark.parametrize(
    "blip",
    [error_response(503), error_response(500), httpx.ConnectError("refused"), httpx.ReadTimeout("slow")],
    ids=repr,
)
def test_transient_poll_failures_do_not_end_the_wait(blip: Any) -> None:
    clock = FakeClock()
    artwork_id = new_id()
    processing = json_response(200, artwork_json(artwork_id, status="processing"))
    done = json_response(200, artwork_json(artwork_id, status="succeeded"))
    script = Script().on("GET", artwork_path(artwork_id), processing, blip, blip, blip, blip, done)
    with sync_client(script, clock, max_retries=0) as client:
        assert client.artworks.wait(artwork_id).status == "succeeded"
    assert script.count("GET") == 6


def test_transient_failures_until_the_deadline_raise_timeout_with_the_cause() -> None:
    clock = FakeClock()
    artwork_id = new_id()
    script = Script().on("GET", artwork_path(artwork_id), error_response(503, "maintenance"))
    with sync_client(script, clock) as client, pytest.raises(ArtworkTimeoutError, match="maintenance") as caught:
        client.artworks.wait(artwork_id, timeout=30)
    assert caught.value.artwork is None
    assert "never seen" in str(caught.value)


def test_errors_polling_cannot_fix_end_the_wait_and_name_the_id() -> None:
    artwork_id = new_id()
    script = Script().on("GET", artwork_path(artwork_id), error_response(404, "Artwork not found"))
    with sync_client(script) as client, pytest.raises(NotFoundError) as caught:
        client.artworks.wait(artwork_id)
    assert script.count("GET") == 1
    assert any(artwork_id in note for note in caught.value.__notes__)


def test_unknown_status_is_waited_through_with_one_warning() -> None:
    artwork_id = new_id()
    paused = json_response(200, artwork_json(artwork_id, status="paused"))
    queued = json_response(200, artwork_json(artwork_id, status="queued"))
    done = json_response(200, artwork_json(artwork_id, status="succeeded"))
    script = Script().on("GET", artwork_path(artwork_id), paused, paused, paused, queued, queued, done)
    with sync_client(script) as client, warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        assert client.artworks.wait(artwork_id).status == "succeeded"
    unknown = [w for w in caught if issubclass(w.category, UnknownStatusWarning)]
    assert len(unknown) == 2  # one for "paused", one for "queued"
    assert "'paused'" in str(unknown[0].message)


def test_progress_callback_sees_every_observation() -> None:
    clock = FakeClock()
    artwork_id = new_id()
    script = Script().on("GET", artwork_path(artwork_id), lifecycle(clock, artwork_id, ends_after=8))
    events: list[StatusEvent] = []
    with sync_client(script, clock) as client:
        client.artworks.wait(artwork_id, on_progress=events.append)
    assert len(events) == script.count("GET")
    assert [e.elapsed for e in events] == sorted(e.elapsed for e in events)
    assert {e.artwork_id for e in events} == {artwork_id}
    assert events[0].status == "starting"
    assert events[-1].status == "succeeded"
    assert events[-1].is_terminal
    assert not any(e.is_terminal for e in events[:-1])


def test_events_iterator_ends_at_the_terminal_status_without_raising() -> None:
    clock = FakeClock()
    artwork_id = new_id()
    script = Script().on("GET", artwork_path(artwork_id), lifecycle(clock, artwork_id, ends_after=8, end="failed"))
    with sync_client(script, clock) as client:
        statuses = [event.status for event in client.artworks.events(artwork_id)]
    assert statuses[-1] == "failed"
    assert "processing" in statuses


def test_events_iterator_respects_the_deadline() -> None:
    clock = FakeClock()
    artwork_id = new_id()
    script = Script().on("GET", artwork_path(artwork_id), lifecycle(clock, artwork_id, ends_after=10**6))
    with sync_client(script, clock) as client, pytest.raises(ArtworkTimeoutError):
        for _event in client.artworks.events(artwork_id, timeout=15):
            pass
    assert clock.now - 1000 <= 15


def test_generate_is_create_then_wait_within_one_deadline() -> None:
    clock = FakeClock()
    artwork_id = new_id()
    script = (
        Script()
        .on("POST", QUANTUM, json_response(202, artwork_json(artwork_id)))
        .on("GET", artwork_path(artwork_id), lifecycle(clock, artwork_id, ends_after=10**6))
    )
    with sync_client(script, clock) as client, pytest.raises(ArtworkTimeoutError) as caught:
        client.quantum.generate(prompt="a cat", timeout=45)
    assert caught.value.artwork_id == artwork_id
    assert clock.now - 1000 <= 45


def test_artwork_wait_is_bound_to_its_client() -> None:
    clock = FakeClock()
    artwork_id = new_id()
    script = (
        Script()
        .on("POST", QUANTUM, json_response(202, artwork_json(artwork_id)))
        .on("GET", artwork_path(artwork_id), lifecycle(clock, artwork_id, ends_after=3))
    )
    with sync_client(script, clock) as client:
        artwork = client.quantum.create(prompt="a cat")
        assert artwork.status == "starting"
        done = artwork.wait()
        assert isinstance(done, Artwork)
        assert done.status == "succeeded"
        assert artwork.refresh().status == "succeeded"


@pytest.mark.parametrize("bad", [0, -1, math.nan, "60", True])
def test_bad_timeouts_are_rejected_before_any_request(bad: Any) -> None:
    script = Script()
    with sync_client(script) as client:
        with pytest.raises(ValidationError, match="timeout"):
            client.artworks.wait(new_id(), timeout=bad)
        with pytest.raises(ValidationError, match="timeout"):
            client.quantum.generate(prompt="a cat", timeout=bad)
    assert script.requests == []
