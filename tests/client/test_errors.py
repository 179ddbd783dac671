"""Error mapping: each status to its class, with status, parsed body, method, URL and headers; bad bodies."""

from __future__ import annotations

from typing import Any

import httpx
import pytest

from tengrai import (
    APIResponseError,
    APIStatusError,
    AuthenticationError,
    BadRequestError,
    InternalServerError,
    NotFoundError,
    PermissionDeniedError,
    RateLimitError,
    TengraiError,
)

from .support import (
    BASE_URL,
    LIST,
    QUANTUM,
    Script,
    artwork_json,
    artwork_path,
    json_response,
    new_id,
    sync_client,
)


@pytest.mark.parametrize(
    ("status", "error"),
    [
        (400, BadRequestError),
        (401, AuthenticationError),
        (403, PermissionDeniedError),
        (404, NotFoundError),
        (409, APIStatusError),
        (418, APIStatusError),
        (429, RateLimitError),
        (500, InternalServerError),
        (503, InternalServerError),
        (507, InternalServerError),
    ],
)
def test_status_maps_to_its_exception(status: int, error: type[APIStatusError]) -> None:
    artwork_id = new_id()
    body = {"statusCode": status, "message": "it went wrong", "error": "Some Error"}
    script = Script().on("GET", artwork_path(artwork_id), json_response(status, body, {"X-Request-Id": "req-1"}))
    with sync_client(script, max_retries=0) as client, pytest.raises(error) as caught:
        client.artworks.get(artwork_id)
    exc = caught.value
    assert type(exc) is error
    assert isinstance(exc, TengraiError)
    assert exc.status_code == status
    assert exc.body == body
    assert exc.message == "it went wrong"
    assert exc.error == "Some Error"
    assert exc.method == "GET"
    assert exc.url == f"{BASE_URL}{artwork_path(artwork_id)}"
    assert exc.headers["x-request-id"] == "req-1"
    assert str(status) in str(exc)
    assert "it went wrong" in str(exc)


def test_validation_messages_in_a_list_are_joined() -> None:
    body = {"statusCode": 400, "message": ["prompt must be a string", "width must not be less than 512"]}
    script = Script().on("POST", QUANTUM, json_response(400, body))
    with sync_client(script) as client, pytest.raises(BadRequestError) as caught:
        client.quantum.create(prompt="a cat")
    assert caught.value.message == "prompt must be a string; width must not be less than 512"
    assert caught.value.method == "POST"


@pytest.mark.parametrize(
    ("content", "expected_body", "in_message"),
    [
        (b"<html>Bad Gateway</html>", None, "Bad Gateway"),
        (b"", None, "Forbidden"),
        (b'{"detail": "no"}', {"detail": "no"}, "Forbidden"),
        (b'{"message": "custom shape", "code": 7}', {"message": "custom shape", "code": 7}, "custom shape"),
        (b"[1, 2]", [1, 2], "Forbidden"),
    ],
)
def test_error_bodies_outside_the_schema_still_give_a_clear_error(
    content: bytes, expected_body: Any, in_message: str
) -> None:
    artwork_id = new_id()
    script = Script().on("GET", artwork_path(artwork_id), httpx.Response(403, content=content))
    with sync_client(script) as client, pytest.raises(PermissionDeniedError) as caught:
        client.artworks.get(artwork_id)
    assert caught.value.body == expected_body
    assert in_message in str(caught.value)


def test_rate_limit_error_exposes_retry_after() -> None:
    artwork_id = new_id()
    response = json_response(429, {"statusCode": 429, "message": "slow down"}, {"Retry-After": "120"})
    script = Script().on("GET", artwork_path(artwork_id), response)
    with sync_client(script) as client, pytest.raises(RateLimitError) as caught:
        client.artworks.get(artwork_id)
    assert caught.value.retry_after == 120.0


BROKEN_ARTWORKS: list[tuple[bytes, str]] = [
    (b"not json", "not JSON"),
    (b"[]", "must be a JSON object"),
    (b'{"id": "x"}', "artworkType"),
    (b"null", "must be a JSON object"),
]


def _broken(**changes: Any) -> bytes:
    data = artwork_json(new_id())
    data.update(changes)
    for key in [k for k, v in changes.items() if v is ...]:
        del data[key]
    return json_response(200, data).content


BROKEN_ARTWORKS += [
    (_broken(status=3), "'status'"),
    (_broken(results="https://x/1.png"), "'results'"),
    (_broken(results=[1, 2]), "'results'"),
    (_broken(duration="fast"), "'duration'"),
    (_broken(duration=True), "'duration'"),
    (_broken(parameters=[]), "'parameters'"),
    (_broken(id=12), "'id'"),
    (_broken(createdAt=...), "createdAt"),
    (_broken(createdAt="yesterday"), "'createdAt'"),
    (_broken(createdAt=17), "'createdAt'"),
]


@pytest.mark.parametrize(("content", "named"), BROKEN_ARTWORKS)
def test_unreadable_artwork_becomes_api_response_error(content: bytes, named: str) -> None:
    artwork_id = new_id()
    script = Script().on("GET", artwork_path(artwork_id), httpx.Response(200, content=content))
    with sync_client(script) as client, pytest.raises(APIResponseError) as caught:
        client.artworks.get(artwork_id)
    exc = caught.value
    assert exc.status_code == 200
    assert exc.body == content
    assert exc.method == "GET"
    assert exc.url is not None
    assert exc.url.endswith(artwork_id)
    assert named in str(exc)


def test_an_id_the_generated_model_rejects_still_parses_but_raw_says_why() -> None:
    data = artwork_json("not-a-uuid")
    script = Script().on("GET", artwork_path("not-a-uuid"), json_response(200, data))
    with sync_client(script) as client:
        artwork = client.artworks.get("not-a-uuid")
    assert artwork.id == "not-a-uuid"
    with pytest.raises(ValueError, match="not a valid 'quantum' artwork"):
        _ = artwork.raw


@pytest.mark.parametrize("status", [204, 302])
def test_unexpected_success_status_is_an_api_response_error(status: int) -> None:
    artwork_id = new_id()
    script = Script().on("GET", artwork_path(artwork_id), httpx.Response(status, headers={"Location": "/elsewhere"}))
    with sync_client(script) as client, pytest.raises(APIResponseError, match=f"unexpected status {status}"):
        client.artworks.get(artwork_id)


def test_unreadable_list_item_names_its_index() -> None:
    good = artwork_json(new_id())
    script = Script().on("GET", LIST, json_response(200, [good, {"id": "x"}]))
    with sync_client(script) as client, pytest.raises(APIResponseError, match="item 1"):
        list(client.artworks.list())
