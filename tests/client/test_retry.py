"""Retries: the decision table, Retry-After parsing, backoff bounds, and attempt counts through a real client."""

from __future__ import annotations

import random
from datetime import UTC, datetime, timedelta

import httpx
import pytest

from tengrai import (
    APIConnectionError,
    APIStatusError,
    APITimeoutError,
    AuthenticationError,
    BadRequestError,
    InternalServerError,
    NotFoundError,
    PermissionDeniedError,
    RateLimitError,
)
from tengrai._retry import Decision, RetryPolicy, decide, parse_retry_after

from .support import (
    QUANTUM,
    FakeClock,
    Script,
    artwork_json,
    artwork_path,
    error_response,
    http_date,
    json_response,
    new_id,
    sync_client,
)

# ---------------------------------------------------------------------------------------------- decision table

EXCEPTION_TABLE = [
    # exception class, read, create
    (httpx.ConnectError, Decision.RETRY, Decision.RETRY),
    (httpx.ConnectTimeout, Decision.RETRY, Decision.RETRY),
    (httpx.PoolTimeout, Decision.RETRY, Decision.RETRY),
    (httpx.ProxyError, Decision.RETRY, Decision.RETRY),
    (httpx.ReadTimeout, Decision.RETRY, Decision.AMBIGUOUS),
    (httpx.WriteTimeout, Decision.RETRY, Decision.AMBIGUOUS),
    (httpx.ReadError, Decision.RETRY, Decision.AMBIGUOUS),
    (httpx.WriteError, Decision.RETRY, Decision.AMBIGUOUS),
    (httpx.RemoteProtocolError, Decision.RETRY, Decision.AMBIGUOUS),
    (httpx.CloseError, Decision.RETRY, Decision.AMBIGUOUS),
    (httpx.UnsupportedProtocol, Decision.RAISE, Decision.RAISE),
    # Anything else a sent create ran into may have happened after the server got it.
    (httpx.LocalProtocolError, Decision.RAISE, Decision.AMBIGUOUS),
    (httpx.DecodingError, Decision.RAISE, Decision.AMBIGUOUS),
    (httpx.TooManyRedirects, Decision.RAISE, Decision.AMBIGUOUS),
    (RuntimeError, Decision.RAISE, Decision.AMBIGUOUS),
]

STATUS_TABLE = [
    # status, read, create
    (400, Decision.RAISE, Decision.RAISE),
    (401, Decision.RAISE, Decision.RAISE),
    (403, Decision.RAISE, Decision.RAISE),
    (404, Decision.RAISE, Decision.RAISE),
    (408, Decision.RETRY, Decision.RAISE),
    (409, Decision.RAISE, Decision.RAISE),
    (422, Decision.RAISE, Decision.RAISE),
    (429, Decision.RETRY, Decision.RETRY),
    (500, Decision.RETRY, Decision.RAISE),
    (501, Decision.RETRY, Decision.RAISE),
    (502, Decision.RETRY, Decision.AMBIGUOUS),
    (503, Decision.RETRY, Decision.AMBIGUOUS),
    (504, Decision.RETRY, Decision.AMBIGUOUS),
    (599, Decision.RETRY, Decision.RAISE),
]


@pytest.mark.parametrize(("exc_class", "read", "create"), EXCEPTION_TABLE)
def test_decision_for_transport_errors(exc_class: type[Exception], read: Decision, create: Decision) -> None:
    assert decide("read", exc=exc_class("x")) is read
    assert decide("create", exc=exc_class("x")) is create


@pytest.mark.parametrize(("status", "read", "create"), STATUS_TABLE)
def test_decision_for_statuses(status: int, read: Decision, create: Decision) -> None:
    assert decide("read", status=status) is read
    assert decide("create", status=status) is create


def test_decision_needs_an_outcome() -> None:
    with pytest.raises(ValueError, match="status or an exception"):
        decide("read")


# ---------------------------------------------------------------------------------------------- Retry-After


@pytest.mark.parametrize(
    ("headers", "expected"),
    [
        ({"Retry-After": "3"}, 3.0),
        ({"retry-after": "2.5"}, 2.5),
        ({"RETRY-AFTER": " 7 "}, 7.0),
        ({"Retry-After": "-4"}, 0.0),
        ({"retry-after-ms": "1500"}, 1.5),
        ({"retry-after-ms": "250", "Retry-After": "9"}, 0.25),
        ({"retry-after-ms": "soon", "Retry-After": "9"}, 9.0),
        ({"Retry-After": "soon"}, None),
        ({"Retry-After": "nan"}, None),
        ({"Retry-After": "inf"}, None),
        ({}, None),
    ],
)
def test_parse_retry_after_seconds(headers: dict[str, str], expected: float | None) -> None:
    assert parse_retry_after(headers) == expected


def test_parse_retry_after_http_date() -> None:
    now = datetime(2026, 1, 1, 12, 0, 0, tzinfo=UTC)
    later = http_date(now + timedelta(seconds=42))
    assert parse_retry_after({"Retry-After": later}, now=now.timestamp()) == 42.0
    earlier = http_date(now - timedelta(seconds=42))
    assert parse_retry_after({"Retry-After": earlier}, now=now.timestamp()) == 0.0


def test_parse_retry_after_accepts_httpx_headers() -> None:
    assert parse_retry_after(httpx.Headers({"Retry-After": "5"})) == 5.0


# ---------------------------------------------------------------------------------------------- backoff


def test_backoff_grows_exponentially_within_jitter_and_cap() -> None:
    policy = RetryPolicy(base_delay=0.5, max_delay=8.0, jitter=0.25)
    rng = random.Random(1)
    for retry in range(1, 10):
        nominal = min(8.0, 0.5 * 2 ** (retry - 1))
        for _ in range(50):
            assert nominal * 0.75 <= policy.backoff(retry, rng) <= nominal


def test_retry_after_replaces_backoff_up_to_the_cap() -> None:
    policy = RetryPolicy(max_retry_after=60.0)
    rng = random.Random(1)
    assert policy.delay(1, 12.0, rng) == 12.0
    assert policy.delay(1, 60.0, rng) == 60.0
    assert policy.delay(1, 61.0, rng) is None


@pytest.mark.parametrize("bad", [{"max_retries": -1}, {"jitter": 1.0}, {"jitter": -0.1}])
def test_policy_rejects_nonsense(bad: dict[str, float]) -> None:
    with pytest.raises(ValueError, match="must be"):
        RetryPolicy(**bad)  # type: ignore[arg-type]


# ---------------------------------------------------------------------------------------------- through the client

RETRIED_FOR_GET: list[object] = [
    httpx.ConnectError("refused"),
    httpx.ConnectTimeout("slow connect"),
    httpx.ReadTimeout("slow read"),
    httpx.RemoteProtocolError("server hung up"),
    408,
    429,
    500,
    502,
    503,
    504,
]


def _reply(outcome: object) -> httpx.Response | BaseException:
    return error_response(outcome) if isinstance(outcome, int) else outcome  # type: ignore[return-value]


@pytest.mark.parametrize("outcome", RETRIED_FOR_GET, ids=repr)
def test_get_retries_transient_failures_then_succeeds(outcome: object) -> None:
    artwork_id = new_id()
    script = Script().on(
        "GET", artwork_path(artwork_id), _reply(outcome), _reply(outcome), json_response(200, artwork_json(artwork_id))
    )
    clock = FakeClock()
    with sync_client(script, clock, max_retries=2) as client:
        artwork = client.artworks.get(artwork_id)
    assert artwork.id == artwork_id
    assert script.count("GET") == 3
    assert len(clock.sleeps) == 2
    assert clock.sleeps[1] > clock.sleeps[0] * 0.75  # backoff does not shrink (beyond jitter)


@pytest.mark.parametrize("outcome", RETRIED_FOR_GET, ids=repr)
def test_get_gives_up_after_max_retries(outcome: object) -> None:
    artwork_id = new_id()
    script = Script().on("GET", artwork_path(artwork_id), _reply(outcome))
    with sync_client(script, max_retries=3) as client, pytest.raises((APIConnectionError, APIStatusError)) as caught:
        client.artworks.get(artwork_id)
    assert script.count("GET") == 4
    if isinstance(outcome, int):
        assert isinstance(caught.value, APIStatusError)
        assert caught.value.status_code == outcome
    elif isinstance(outcome, httpx.TimeoutException):
        assert isinstance(caught.value, APITimeoutError)
    else:
        assert type(caught.value) is APIConnectionError


@pytest.mark.parametrize(
    ("status", "error"),
    [(400, BadRequestError), (401, AuthenticationError), (403, PermissionDeniedError), (404, NotFoundError)],
)
def test_get_does_not_retry_client_errors(status: int, error: type[Exception]) -> None:
    artwork_id = new_id()
    script = Script().on("GET", artwork_path(artwork_id), error_response(status))
    clock = FakeClock()
    with sync_client(script, clock) as client, pytest.raises(error):
        client.artworks.get(artwork_id)
    assert script.count("GET") == 1
    assert clock.sleeps == []


def test_max_retries_zero_means_one_attempt() -> None:
    artwork_id = new_id()
    script = Script().on("GET", artwork_path(artwork_id), error_response(503))
    with sync_client(script, max_retries=0) as client, pytest.raises(InternalServerError):
        client.artworks.get(artwork_id)
    assert script.count("GET") == 1


def test_retry_after_seconds_is_honoured() -> None:
    artwork_id = new_id()
    script = Script().on(
        "GET",
        artwork_path(artwork_id),
        error_response(429, headers={"Retry-After": "7"}),
        json_response(200, artwork_json(artwork_id)),
    )
    clock = FakeClock()
    with sync_client(script, clock) as client:
        client.artworks.get(artwork_id)
    assert clock.sleeps == [7.0]


def test_retry_after_http_date_is_honoured() -> None:
    artwork_id = new_id()
    when = http_date(datetime.now(UTC) + timedelta(seconds=30))
    script = Script().on(
        "GET",
        artwork_path(artwork_id),
        error_response(503, headers={"Retry-After": when}),
        json_response(200, artwork_json(artwork_id)),
    )
    clock = FakeClock()
    with sync_client(script, clock) as client:
        client.artworks.get(artwork_id)
    assert len(clock.sleeps) == 1
    assert 25.0 <= clock.sleeps[0] <= 30.0  # an HTTP-date has 1 s resolution; the test itself takes some time


def test_retry_after_beyond_the_cap_is_not_waited_for() -> None:
    artwork_id = new_id()
    script = Script().on("GET", artwork_path(artwork_id), error_response(429, headers={"Retry-After": "3600"}))
    clock = FakeClock()
    with sync_client(script, clock) as client, pytest.raises(RateLimitError) as caught:
        client.artworks.get(artwork_id)
    assert script.count("GET") == 1
    assert clock.sleeps == []
    assert caught.value.retry_after == 3600.0


@pytest.mark.parametrize(
    "outcome",
    [httpx.ConnectError("refused"), httpx.ConnectTimeout("slow"), httpx.PoolTimeout("pool"), 429],
    ids=repr,
)
def test_create_is_retried_when_it_certainly_did_not_reach_the_server(outcome: object) -> None:
    created = artwork_json()
    script = Script().on("POST", QUANTUM, _reply(outcome), json_response(202, created))
    with sync_client(script) as client:
        artwork = client.quantum.create(prompt="a cat")
    assert artwork.id == created["id"]
    assert script.count("POST") == 2
    assert script.count("GET") == 0


@pytest.mark.parametrize(
    ("status", "error"), [(400, BadRequestError), (401, AuthenticationError), (500, InternalServerError)]
)
def test_create_is_not_retried_after_an_error_answer(status: int, error: type[Exception]) -> None:
    script = Script().on("POST", QUANTUM, error_response(status))
    clock = FakeClock()
    with sync_client(script, clock) as client, pytest.raises(error):
        client.quantum.create(prompt="a cat")
    assert script.count("POST") == 1
    assert script.count("GET") == 0
    assert clock.sleeps == []


def test_create_retries_stop_at_max_retries() -> None:
    script = Script().on("POST", QUANTUM, httpx.ConnectError("refused"))
    with sync_client(script, max_retries=2) as client, pytest.raises(APIConnectionError):
        client.quantum.create(prompt="a cat")
    assert script.count("POST") == 3
