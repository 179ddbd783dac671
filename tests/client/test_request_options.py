"""Per-request options on every request method, sync and async: ``extra_headers``, ``extra_query``, ``extra_body``
and the call's own ``timeout=``; what they reach, what they cannot change (Authorization, validated fields), and
that they hold no surprise for create recovery."""

from __future__ import annotations

import asyncio
import contextlib
import json
from collections.abc import Callable
from datetime import timedelta
from pathlib import Path
from typing import Any

import httpx
import pytest

from tengrai import (
    APITimeoutError,
    AsyncTengrai,
    BadRequestError,
    InternalServerError,
    Tengrai,
    ValidationError,
)
from tests.paths import LIST_V1, api_key_path, api_keys_path

from .support import (
    API_KEY,
    LIST,
    QUANTUM,
    FakeClock,
    Script,
    artwork_json,
    artwork_path,
    error_response,
    json_response,
    sync_client,
)
from .support import async_client as make_async_client
from .test_create_recovery import SERVER_NOW, fox, page

TRACE = {"X-Trace-Id": "trace-1"}
QUERY = {"debug": "1", "tags": ["a", "b"]}
IMAGE_URL = "https://cdn.example.net/result.png"
PNG = b"\x89PNG\r\n\x1a\n" + b"\x00" * 64


def traced(request: httpx.Request) -> bool:
    return bool(request.headers.get("x-trace-id") == "trace-1")


def queried(request: httpx.Request) -> bool:
    return request.url.params.get("debug") == "1" and request.url.params.get_list("tags") == ["a", "b"]


def done(artwork_id: str) -> dict[str, Any]:
    return artwork_json(artwork_id, status="succeeded", results=[IMAGE_URL], duration=1.0)


def image(request: httpx.Request) -> httpx.Response:
    return httpx.Response(200, content=PNG, headers={"content-type": "image/png"})


def run_async(script: Script, use: Callable[[AsyncTengrai], Any]) -> Any:
    async def main() -> Any:
        async with make_async_client(script) as client:
            return await use(client)

    return asyncio.run(main())


# ------------------------------------------------------------------------------------------------ generated methods


def test_create_sends_the_extras_with_the_create_request() -> None:
    created = artwork_json()
    script = Script().on("POST", QUANTUM, json_response(202, created))
    with sync_client(script) as client:
        artwork = client.quantum.create(
            prompt="a fox", extra_headers=TRACE, extra_query=QUERY, extra_body={"futureField": {"deep": [1, 2]}}
        )
    assert artwork.id == created["id"]
    (request,) = script.requests
    assert traced(request)
    assert queried(request)
    assert request.headers["authorization"] == f"Bearer {API_KEY}"
    assert json.loads(request.content) == {"prompt": "a fox", "futureField": {"deep": [1, 2]}}


def test_async_generate_sends_headers_everywhere_but_query_and_body_with_the_create_only() -> None:
    artwork_id = artwork_json()["id"]
    script = (
        Script()
        .on("POST", QUANTUM, json_response(202, artwork_json(artwork_id)))
        .on("GET", artwork_path(artwork_id), json_response(200, done(artwork_id)))
    )
    artwork = run_async(
        script,
        lambda client: client.quantum.generate(
            prompt="a fox", extra_headers=TRACE, extra_query=QUERY, extra_body={"futureField": True}
        ),
    )
    assert artwork.succeeded
    post, *polls = script.requests
    assert polls
    assert traced(post)
    assert queried(post)
    assert json.loads(post.content) == {"prompt": "a fox", "futureField": True}
    assert all(traced(poll) for poll in polls)
    assert not any(poll.url.params for poll in polls)


def test_without_options_nothing_extra_is_sent() -> None:
    created = artwork_json()
    script = Script().on("POST", QUANTUM, json_response(202, created))
    with sync_client(script) as client:
        client.quantum.create(prompt="a fox")
        client.with_options(extra_headers=TRACE).quantum.create(prompt="a fox")
    plain, configured = script.requests
    assert "x-trace-id" not in plain.headers
    assert not plain.url.params
    assert traced(configured)  # the extra headers of one call stay with that call (and with_options with its copy)


def plain_method_requests(use_sync: bool) -> list[httpx.Request]:
    """The requests of the generated plain methods (a POST with a body, a DELETE, a GET list), sync or async."""
    script = Script(fallback=lambda request: error_response(400, "scripted"))
    script.on("GET", LIST_V1, json_response(200, []))
    options: dict[str, Any] = {"extra_headers": TRACE, "extra_query": QUERY}

    def walk(listed: Any) -> Any:  # the paged V1 list sends its page when iterated
        if use_sync:
            return list(listed)

        async def collect() -> list[Any]:
            return [item async for item in listed]

        return collect()

    def calls(client: Any) -> list[Any]:
        return [
            lambda: client.organizations.create_api_key(
                "org-1", label="ci", scope="generator", domains=["style-dna"], extra_body={"note": "x"}, **options
            ),
            lambda: client.organizations.revoke_api_key("org-1", "key-1", **options),
            lambda: walk(client.v1.artworks.list(limit=5, **options)),
        ]

    if use_sync:
        with sync_client(script) as client:
            for call in calls(client):
                with contextlib.suppress(BadRequestError):  # the scripted answer: only the request matters
                    call()
    else:

        async def use(client: AsyncTengrai) -> None:
            for call in calls(client):
                with contextlib.suppress(BadRequestError):
                    await call()

        run_async(script, use)
    return script.requests


@pytest.mark.parametrize("use_sync", [True, False], ids=["sync", "async"])
def test_plain_methods_send_the_extras(use_sync: bool) -> None:
    create, revoke, listing = plain_method_requests(use_sync)
    assert (create.method, create.url.path) == ("POST", api_keys_path("org-1"))
    assert json.loads(create.content) == {
        "label": "ci",
        "scope": "generator",
        "domains": ["style-dna"],
        "note": "x",
    }
    assert (revoke.method, revoke.url.path) == ("DELETE", api_key_path("org-1", "key-1"))
    assert listing.url.params["limit"] == "5"
    for request in (create, revoke, listing):
        assert traced(request)
        assert queried(request)
        assert request.headers["authorization"] == f"Bearer {API_KEY}"


# --------------------------------------------------------------------------------------------- hand-written methods


def artwork_script(artwork_id: str) -> Script:
    return (
        Script()
        .on("GET", artwork_path(artwork_id), json_response(200, done(artwork_id)))
        .on("GET", LIST, json_response(200, [done(artwork_id)]))
        .on("GET", IMAGE_URL, image)
    )


def test_every_artworks_method_sends_the_extras_to_the_api_and_never_to_result_downloads(tmp_path: Path) -> None:
    artwork_id = artwork_json()["id"]
    script = artwork_script(artwork_id)
    options: dict[str, Any] = {"extra_headers": TRACE, "extra_query": QUERY}
    with sync_client(script) as client:
        artworks = client.artworks
        handle = artworks.get(artwork_id, **options)
        assert [a.id for a in artworks.list(limit=1, page_size=1, **options)] == [artwork_id]
        artworks.wait(artwork_id, **options)
        assert [e.status for e in artworks.events(artwork_id, **options)] == ["succeeded"]
        assert len(artworks.save(artwork_id, tmp_path, **options)) == 1
        assert artworks.download(artwork_id, **options) == [PNG]
        handle.refresh(**options)
        handle.wait(**options)  # already finished: no request
        handle.download(**options)  # finished: only the image
    api = [r for r in script.requests if r.url.host == "api.tengr.test"]
    downloads = [r for r in script.requests if r.url.host != "api.tengr.test"]
    assert len(api) == 7  # get, one page, a poll each for wait, events, save and download, and refresh
    assert all(traced(r) and queried(r) for r in api)
    assert {r.url.params["limit"] for r in api if r.url.path == LIST} == {"1"}  # paging kept
    assert len(downloads) == 3
    assert not any("x-trace-id" in r.headers or r.url.params or "authorization" in r.headers for r in downloads)


def test_every_async_artworks_method_sends_the_extras(tmp_path: Path) -> None:
    artwork_id = artwork_json()["id"]
    script = artwork_script(artwork_id)
    options: dict[str, Any] = {"extra_headers": TRACE, "extra_query": QUERY}

    async def use(client: AsyncTengrai) -> None:
        artworks = client.artworks
        handle = await artworks.get(artwork_id, **options)
        assert [a.id async for a in artworks.list(limit=1, **options)] == [artwork_id]
        await artworks.wait(artwork_id, **options)
        assert [e.status async for e in artworks.events(artwork_id, **options)] == ["succeeded"]
        await artworks.save(artwork_id, tmp_path, **options)
        await artworks.download(artwork_id, **options)
        await handle.refresh(**options)

    run_async(script, use)
    api = [r for r in script.requests if r.url.host == "api.tengr.test"]
    assert len(api) == 7
    assert all(traced(r) and queried(r) for r in api)
    assert not any(traced(r) for r in script.requests if r.url.host != "api.tengr.test")


# ------------------------------------------------------------------------------------------ what options cannot do


@pytest.mark.parametrize("name", ["Authorization", "authorization", "AUTHORIZATION"])
def test_extra_headers_cannot_replace_the_api_key(name: str) -> None:
    script = Script()
    with sync_client(script) as client:
        for call in (
            lambda: client.artworks.get("a1", extra_headers={name: "Bearer stolen"}),
            lambda: client.quantum.create(prompt="a fox", extra_headers={name: "Bearer stolen"}),
            lambda: client.v1.artworks.get("a1", extra_headers={name: "Bearer stolen"}),
        ):
            with pytest.raises(ValidationError, match="comes from the API key") as caught:
                call()
            assert "stolen" not in str(caught.value)
            assert API_KEY not in str(caught.value)
    assert script.requests == []  # nothing was sent


@pytest.mark.parametrize(
    ("headers", "rule"),
    [
        ({"X-Evil": "a\r\nAuthorization: Bearer stolen"}, "without line breaks"),
        ({"X-Name": "café"}, "printable ASCII"),
        ({"Bad Name": "x"}, "token characters"),
        ({"X-Number": 5}, "is a string"),
    ],
)
def test_extra_header_values_are_checked_before_sending(headers: dict[str, Any], rule: str) -> None:
    script = Script()
    with sync_client(script) as client, pytest.raises(ValidationError, match=rule) as caught:
        client.artworks.get("a1", extra_headers=headers)
    assert "stolen" not in str(caught.value)  # a value is never shown: it may be a credential
    assert script.requests == []


def test_an_extra_header_replaces_the_clients_whatever_its_case() -> None:
    script = Script().on("GET", artwork_path("a1"), json_response(200, done("a1")))
    with sync_client(script) as client:
        traced_client = client.with_options(extra_headers={"X-Trace-Id": "from-with-options"})
        traced_client.artworks.get("a1", extra_headers={"accept": "application/json; v=2", "x-trace-id": "call"})
    (request,) = script.requests
    assert request.headers.get_list("accept") == ["application/json; v=2"]
    assert request.headers.get_list("x-trace-id") == ["call"]  # the call's own value wins over with_options
    assert request.headers["authorization"] == f"Bearer {API_KEY}"


@pytest.mark.parametrize(
    ("name", "argument"),
    [("prompt", "prompt"), ("negativePrompt", "negative_prompt"), ("negative_prompt", "negative_prompt")],
)
def test_extra_body_cannot_smuggle_a_field_past_validation(name: str, argument: str) -> None:
    script = Script()
    with sync_client(script) as client, pytest.raises(ValidationError, match=f"pass {argument}="):
        client.quantum.create(prompt="a fox", extra_body={name: 12345})
    assert script.requests == []


def test_extra_query_cannot_override_an_argument() -> None:
    script = Script()
    with sync_client(script) as client:
        with pytest.raises(ValidationError, match="pass limit="):
            list(client.artworks.list(extra_query={"limit": 500}))
        with pytest.raises(ValidationError, match="pass offset="):
            list(client.v1.artworks.list(extra_query={"offset": 3}))
        with pytest.raises(ValidationError, match="string, number or boolean"):
            client.artworks.get("a1", extra_query={"filter": {"nested": 1}})
        with pytest.raises(ValidationError, match="cannot be sent as JSON"):
            client.quantum.create(prompt="a fox", extra_body={"future": float("nan")})
    assert script.requests == []


def test_unknown_keywords_are_type_errors_as_in_python() -> None:
    script = Script()
    with sync_client(script) as client:
        with pytest.raises(TypeError, match="create\\(\\) got an unexpected keyword argument 'promt'"):
            client.quantum.create(promt="a fox")  # type: ignore[call-arg]
        with pytest.raises(TypeError, match="'extra_body'"):  # a GET has no body
            client.artworks.get("a1", extra_body={"x": 1})  # type: ignore[call-arg]
        with pytest.raises(TypeError, match="'extra_body'"):
            client.organizations.revoke_api_key("o", "k", extra_body={"x": 1})  # type: ignore[call-arg]
        with pytest.raises(TypeError, match="wait\\(\\) got an unexpected keyword argument 'extra_headers_'"):
            client.artworks.wait("a1", extra_headers_={})  # type: ignore[call-arg]
    assert script.requests == []


# ------------------------------------------------------------------------------------------------ create recovery


def test_recovery_compares_the_validated_body_and_sends_the_headers_but_not_the_query() -> None:
    lost = fox()  # the server echoes the fields it knows: not the extra one
    script = Script().on("POST", QUANTUM, httpx.ReadTimeout("no answer")).on("GET", LIST, page(lost))
    with sync_client(script) as client:
        artwork = client.quantum.create(
            prompt="a red fox",
            style="analog",
            seed=42,
            extra_headers=TRACE,
            extra_query={"debug": "1"},
            extra_body={"futureField": "x"},
        )
    assert artwork.id == lost["id"]
    post, *looks = script.requests
    assert json.loads(post.content)["futureField"] == "x"
    assert script.count("POST") == 1
    assert looks
    assert all(traced(look) for look in looks)
    assert all("debug" not in look.url.params for look in looks)  # the recovery's own list, paged as it needs


# ------------------------------------------------------------------------------------------- the call's own timeout


def test_a_calls_timeout_bounds_each_request_and_its_retries() -> None:
    script = Script().on("GET", artwork_path("a1"), error_response(503, "busy"))
    clock = FakeClock()
    with sync_client(script, clock) as client, pytest.raises(InternalServerError) as caught:
        client.artworks.get("a1", timeout=0.2)
    assert len(script.requests) == 1  # the retry's backoff would have ended after the call's deadline
    assert script.requests[0].extensions["timeout"]["read"] == pytest.approx(0.2)
    assert any("timeout=0.2s" in note for note in caught.value.__notes__)
    script.requests.clear()
    with sync_client(script, clock) as client, pytest.raises(InternalServerError):
        client.artworks.get("a1")
    assert len(script.requests) == 3  # without one, the client's retries


def test_a_create_with_a_spent_timeout_sends_nothing() -> None:
    script = Script()
    clock = FakeClock()

    def slow_clock() -> float:
        clock.now += 10  # every look at the clock takes 10 s: the deadline passes before the send
        return clock.now

    with Tengrai(
        api_key=API_KEY, base_url="https://api.tengr.test", transport=httpx.MockTransport(script), clock=slow_clock
    ) as client:
        with pytest.raises(APITimeoutError, match="no task was created"):
            client.quantum.create(prompt="a fox", timeout=5)
        with pytest.raises(APITimeoutError, match="within the call's timeout=5s"):
            list(client.v1.artworks.list(timeout=5))
    assert script.requests == []


@pytest.mark.parametrize("timeout", [0, -1, float("inf"), True, "5"])
def test_a_bad_call_timeout_is_a_validation_error(timeout: Any) -> None:
    script = Script()
    with sync_client(script) as client:
        for call in (
            lambda: client.artworks.get("a1", timeout=timeout),
            lambda: client.artworks.list(timeout=timeout),
            lambda: client.quantum.create(prompt="a fox", timeout=timeout),
            lambda: client.organizations.revoke_api_key("o", "k", timeout=timeout),
        ):
            with pytest.raises(ValidationError, match="timeout"):
                call()
    assert script.requests == []


def test_a_list_timeout_bounds_each_page() -> None:
    older = SERVER_NOW - timedelta(days=1)
    first = [artwork_json(created_at=older) for _ in range(2)]
    script = Script().on("GET", LIST, json_response(200, first), json_response(200, []))
    with sync_client(script) as client:
        assert len(list(client.artworks.list(page_size=2, timeout=7))) == 2
    assert [r.extensions["timeout"]["read"] for r in script.requests] == [pytest.approx(7), pytest.approx(7)]


def test_with_options_headers_follow_the_same_rules() -> None:
    script = Script().on("GET", artwork_path("a1"), json_response(200, done("a1")))
    with sync_client(script) as client:
        with pytest.raises(ValidationError, match="without line breaks"):
            client.with_options(extra_headers={"X-Evil": "a\nb"})  # refused at once, not while sending
        client.with_options(extra_headers={"accept": "application/json; v=2"}).artworks.get("a1")
    (request,) = script.requests
    assert request.headers.get_list("accept") == ["application/json; v=2"]  # replaced, not sent twice
