"""The create rule: never resend a create that may have reached the server; find the task instead."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from typing import Any

import httpx
import pytest

from tengrai import (
    APITimeoutError,
    Artwork,
    ArtworkTimeoutError,
    CreateOutcomeUnknownError,
    InternalServerError,
    Tengrai,
)
from tengrai._tasks.create import RECOVERY_DELAYS, RECOVERY_RESERVE, parameters_match
from tengrai._tasks.registry import KEEP_OWNED
from tengrai.validation import transformed_seed

from .support import (
    LIST,
    QUANTUM,
    FakeClock,
    Script,
    artwork_json,
    artwork_path,
    error_response,
    http_date,
    json_response,
    sync_client,
)

SERVER_NOW = datetime(2030, 5, 5, 8, 0, 0, tzinfo=UTC)
"""The server's clock in these tests: far from the local one, which the Date header makes irrelevant."""
SENT: dict[str, Any] = {"prompt": "a red fox", "style": "analog", "seed": 42}


def create(client: Tengrai) -> Artwork:
    """The create whose answer gets lost in these tests (its body is `SENT`)."""
    return client.quantum.create(prompt="a red fox", style="analog", seed=42)


def page(*artworks: dict[str, Any], now: datetime = SERVER_NOW) -> httpx.Response:
    """A list answer carrying the server's Date."""
    return json_response(200, list(artworks), {"Date": http_date(now)})


def fox(created_at: datetime = SERVER_NOW - timedelta(seconds=2), **overrides: Any) -> dict[str, Any]:
    """The artwork the lost create made (by default)."""
    parameters = {**SENT, "seed": transformed_seed(42), "promptMode": "servitor", "nsfw": False}
    parameters.update(overrides.pop("parameters", {}))
    return artwork_json(parameters=parameters, created_at=created_at, status="processing", **overrides)


AMBIGUOUS = [
    httpx.ReadTimeout("no answer in time"),
    httpx.WriteTimeout("stuck while sending"),
    httpx.ReadError("connection reset"),
    httpx.RemoteProtocolError("server disconnected without a response"),
    error_response(502),
    error_response(504),
    httpx.Response(202, content=b"<html>gateway hiccup</html>"),
]


@pytest.mark.parametrize("outcome", AMBIGUOUS, ids=repr)
def test_ambiguous_create_is_not_resent_and_the_task_is_recovered(outcome: Any) -> None:
    lost = fox()
    other = fox(parameters={"prompt": "a dog"})
    script = Script().on("POST", QUANTUM, outcome).on("GET", LIST, page(other, lost))
    with sync_client(script) as client:
        artwork = create(client)
    assert artwork.id == lost["id"]
    assert script.count("POST") == 1
    assert script.count("GET", LIST) == 2  # found, then confirmed by one more look


def test_recovery_finds_nothing_and_says_the_task_may_exist() -> None:
    script = Script().on("POST", QUANTUM, httpx.ReadTimeout("no answer")).on("GET", LIST, page())
    clock = FakeClock()
    with sync_client(script, clock) as client, pytest.raises(CreateOutcomeUnknownError) as caught:
        create(client)
    error = caught.value
    assert "may exist" in str(error)
    assert error.operation == "create_quantum_artwork"
    assert error.body == {"prompt": "a red fox", "style": "analog", "seed": 42}
    assert isinstance(error.cause, httpx.ReadTimeout)
    assert script.count("POST") == 1
    assert script.count("GET", LIST) == len(RECOVERY_DELAYS)  # looked again while the server may still store it
    assert clock.sleeps == [d for d in RECOVERY_DELAYS if d]


def test_recovery_resumes_a_task_that_shows_up_on_a_later_look() -> None:
    lost = fox()
    script = Script().on("POST", QUANTUM, httpx.ReadTimeout("no answer")).on("GET", LIST, page(), page(lost))
    with sync_client(script) as client:
        assert create(client).id == lost["id"]
    assert script.count("GET", LIST) == 3  # nothing, found, confirmed


@pytest.mark.parametrize(
    "impostor",
    [
        fox(parameters={"prompt": "a red fox, oil painting"}),  # another prompt
        fox(parameters={"style": "manga"}),  # another style
        fox(parameters={"seed": 43}),  # another seed
        fox(artwork_type="face_refiner"),  # another type
        fox(created_at=SERVER_NOW - timedelta(minutes=10)),  # created long before the request
        fox(created_at=SERVER_NOW + timedelta(minutes=10)),  # created after it
        artwork_json(parameters={"style": "analog", "seed": 42}, created_at=SERVER_NOW),  # prompt not echoed
    ],
    ids=["prompt", "style", "seed", "type", "too-early", "too-late", "missing-field"],
)
def test_recovery_does_not_take_someone_elses_task(impostor: dict[str, Any]) -> None:
    script = Script().on("POST", QUANTUM, httpx.ReadTimeout("no answer")).on("GET", LIST, page(impostor))
    with sync_client(script) as client, pytest.raises(CreateOutcomeUnknownError):
        create(client)
    assert script.count("POST") == 1


def test_recovery_skips_artworks_this_client_created_itself() -> None:
    first = fox()
    script = (
        Script()
        .on("POST", QUANTUM, json_response(202, first), httpx.ReadTimeout("no answer"))
        .on("GET", LIST, page(first))
    )
    with sync_client(script) as client:
        assert create(client).id == first["id"]
        with pytest.raises(CreateOutcomeUnknownError):
            create(client)  # the same request again, answer lost: `first` is not its task
    assert script.count("POST") == 2


def test_several_candidates_are_reported_not_guessed() -> None:
    one, two = fox(), fox(created_at=SERVER_NOW - timedelta(seconds=1))
    script = Script().on("POST", QUANTUM, httpx.ReadTimeout("no answer")).on("GET", LIST, page(one, two))
    with sync_client(script) as client, pytest.raises(CreateOutcomeUnknownError) as caught:
        create(client)
    assert one["id"] in str(caught.value)
    assert two["id"] in str(caught.value)


def test_window_uses_local_clock_when_the_server_sends_no_date() -> None:
    lost = fox(created_at=datetime.now(UTC))
    stale = fox(created_at=datetime.now(UTC) - timedelta(hours=1))
    script = (
        Script().on("POST", QUANTUM, httpx.ReadTimeout("no answer")).on("GET", LIST, json_response(200, [stale, lost]))
    )
    with sync_client(script) as client:
        assert create(client).id == lost["id"]


def test_window_covers_the_time_the_request_was_in_flight() -> None:
    # The read timed out 30 s after sending: a task created 25 s before the list answer is still in the window.
    lost = fox(created_at=SERVER_NOW - timedelta(seconds=25))
    clock = FakeClock()

    def slow_timeout(request: httpx.Request) -> httpx.Response:
        clock.now += 30
        raise httpx.ReadTimeout("no answer in 30 s")

    script = Script().on("POST", QUANTUM, slow_timeout).on("GET", LIST, page(lost))
    with sync_client(script, clock) as client:
        assert create(client).id == lost["id"]


def test_recovery_looks_through_more_than_one_page() -> None:
    lost = fox(created_at=SERVER_NOW - timedelta(seconds=3))
    newer = [fox(parameters={"prompt": f"other {n}"}, created_at=SERVER_NOW - timedelta(seconds=1)) for n in range(50)]

    def listing(request: httpx.Request) -> httpx.Response:
        offset = int(request.url.params["offset"])
        limit = int(request.url.params["limit"])
        return page(*[*newer, lost][offset : offset + limit])

    script = Script().on("POST", QUANTUM, httpx.ReadTimeout("no answer")).on("GET", LIST, listing)
    with sync_client(script) as client:
        assert create(client).id == lost["id"]
    assert script.count("GET", LIST) == 4  # two pages per look, and a confirming look


def test_failing_lookups_end_in_outcome_unknown() -> None:
    script = Script().on("POST", QUANTUM, httpx.ReadTimeout("no answer")).on("GET", LIST, error_response(401))
    with sync_client(script) as client, pytest.raises(CreateOutcomeUnknownError, match="looking for it failed"):
        create(client)
    assert script.count("POST") == 1


def test_a_500_answer_is_an_error_not_an_unknown_outcome() -> None:
    script = Script().on("POST", QUANTUM, error_response(500))
    with sync_client(script) as client, pytest.raises(InternalServerError):
        create(client)
    assert script.count("GET") == 0


def test_generate_resumes_the_recovered_task() -> None:
    lost = fox()
    done = {**lost, "status": "succeeded", "results": ["https://cdn.test/1.webp"], "duration": 3.0}
    script = (
        Script()
        .on("POST", QUANTUM, httpx.ReadTimeout("no answer"))
        .on("GET", LIST, page(lost))
        .on("GET", artwork_path(lost["id"]), json_response(200, done))
    )
    with sync_client(script) as client:
        artwork = client.quantum.generate(prompt="a red fox", style="analog", seed=42)
    assert artwork.id == lost["id"]
    assert artwork.status == "succeeded"
    assert script.count("POST") == 1


@pytest.mark.parametrize(
    ("echoed", "expected"),
    [
        ({"prompt": "x", "seed": 5, "nsfw": False}, True),
        ({"prompt": "x", "seed": transformed_seed(5), "nsfw": False}, True),
        ({"prompt": "x", "seed": 6, "nsfw": False}, False),
        ({"prompt": "x", "seed": 5, "nsfw": 0}, False),  # JSON tells false from 0
        ({"prompt": "x", "seed": 5.0, "nsfw": False}, True),  # but not 5 from 5.0
        ({"prompt": "x", "nsfw": False}, False),
        ({"prompt": "x", "seed": 5, "nsfw": False, "style": "default"}, True),  # server defaults are ignored
    ],
)
def test_parameters_match(echoed: dict[str, Any], expected: bool) -> None:
    assert parameters_match({"prompt": "x", "seed": 5, "nsfw": False}, echoed) is expected


def test_ids_of_created_artworks_are_remembered_up_to_a_bound() -> None:
    script = Script().on("POST", QUANTUM, json_response(202, artwork_json()))
    with sync_client(script) as client:
        first = client.quantum.create(prompt="x")
        ledger = client._core.ledger
        assert ledger.owned(first.id)
        for _ in range(KEEP_OWNED + 5):
            ledger.remember(client._core.make_artwork(artwork_json()), 0.0)
        assert sum(1 for _ in ledger._owned) == KEEP_OWNED
        assert not ledger.owned(first.id)  # the oldest go first


# ---------------------------------------------------------------------------------------------- within a deadline


def test_generate_bounds_the_create_by_its_deadline_and_keeps_time_to_look() -> None:
    clock = FakeClock()
    lost = fox(created_at=datetime.now(UTC))
    timeouts: list[tuple[str, float]] = []

    def slow_create(request: httpx.Request) -> httpx.Response:
        timeouts.append(("create", request.extensions["timeout"]["read"]))
        clock.now += request.extensions["timeout"]["read"]  # the answer never comes: the timeout runs out
        raise httpx.ReadTimeout("no answer")

    def listing(request: httpx.Request) -> httpx.Response:
        timeouts.append(("look", request.extensions["timeout"]["read"]))
        return json_response(200, [lost])

    script = (
        Script()
        .on("POST", QUANTUM, slow_create)
        .on("GET", LIST, listing)
        .on("GET", artwork_path(lost["id"]), json_response(200, lost))
    )
    start = clock.now
    with sync_client(script, clock, timeout=30) as client, pytest.raises(ArtworkTimeoutError) as caught:
        client.quantum.generate(prompt="a red fox", style="analog", seed=42, timeout=8)
    assert caught.value.artwork_id == lost["id"]  # found, but too little time was left to wait: the id is kept
    (kind, create_timeout), *looks = timeouts
    assert kind == "create"
    assert [look_kind for look_kind, _ in looks] == ["look", "look"]  # found, then confirmed
    assert create_timeout <= 8 - min(RECOVERY_RESERVE, 8 / 4)
    assert start + create_timeout + looks[0][1] <= start + 8
    assert clock.now - start <= 8


def test_create_retries_stop_at_the_generate_deadline() -> None:
    clock = FakeClock()
    script = Script().on("POST", QUANTUM, httpx.ConnectError("refused"))
    with (
        sync_client(script, clock, max_retries=50) as client,
        pytest.raises(APITimeoutError, match="no task was created"),
    ):
        client.quantum.generate(prompt="a cat", timeout=6)
    assert clock.now - 1000 <= 6
    assert 1 < script.count("POST") < 10


def test_lookups_stop_at_the_generate_deadline() -> None:
    clock = FakeClock()

    def lost(request: httpx.Request) -> httpx.Response:
        clock.now += 3
        raise httpx.ReadTimeout("no answer")

    script = Script().on("POST", QUANTUM, lost).on("GET", LIST, page())
    with sync_client(script, clock) as client, pytest.raises(CreateOutcomeUnknownError, match="may exist"):
        client.quantum.generate(prompt="a cat", timeout=5)
    assert clock.now - 1000 <= 5
    assert script.count("GET", LIST) < len(RECOVERY_DELAYS)  # no time for every look
