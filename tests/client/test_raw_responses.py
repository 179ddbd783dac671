"""What openai users expect: ``with_raw_response`` (status, headers, request id, parsed answer) and ``with_options``
taking ``api_key``, ``base_url`` and default headers/query."""

from __future__ import annotations

import asyncio
import copy
import json
import pickle

import httpx
import pytest

import tengrai
from tengrai import AsyncTengrai, Tengrai, ValidationError
from tengrai.mock import TEST_ADMIN_KEY, TEST_API_KEY, TEST_ORG_ID, SyncASGITransport, create_app

_ARTWORK = {
    "id": "a1",
    "artworkType": "quantum",
    "status": "succeeded",
    "parameters": {},
    "results": [],
    "createdAt": "2026-01-01T00:00:00Z",
    "duration": 1.0,
}


def _recording(seen: list[httpx.Request]) -> httpx.MockTransport:
    def handler(request: httpx.Request) -> httpx.Response:
        seen.append(request)
        if request.url.path.endswith("/artworks"):
            return httpx.Response(200, json=[_ARTWORK], headers={"x-request-id": "req-list"})
        return httpx.Response(200, json=_ARTWORK, headers={"x-request-id": f"req-{len(seen)}"})

    return httpx.MockTransport(handler)


def _mock_client() -> Tengrai:
    app = create_app()
    return Tengrai(api_key=TEST_API_KEY, base_url="http://mock.invalid", transport=SyncASGITransport(app))


def test_with_raw_response_gives_status_headers_request_id_and_the_parsed_answer() -> None:
    seen: list[httpx.Request] = []
    with Tengrai(api_key="k" * 20, base_url="https://api.tengr.test", transport=_recording(seen)) as client:
        raw = client.with_raw_response.artworks.get("a1")
        assert raw.status_code == 200
        assert raw.request_id == "req-1"
        assert raw.headers["content-type"] == "application/json"
        assert raw.parse() == client.artworks.get("a1")
        assert isinstance(raw, tengrai.RawResponse)
        with pytest.raises(TypeError, match="no single API answer"):
            client.with_raw_response.artworks.list()
        with pytest.raises(AttributeError):
            _ = client.with_raw_response.no_such_resource


def test_with_raw_response_of_a_create_and_of_a_plain_request() -> None:
    with _mock_client() as client:
        raw = client.with_raw_response.quantum.create(prompt="a lighthouse")
        assert raw.status_code == 202
        assert raw.parse().status == "starting"
        assert raw.http_response.request.method == "POST"
    app = create_app()
    admin = Tengrai(api_key=TEST_ADMIN_KEY, base_url="http://mock.invalid", transport=SyncASGITransport(app))
    with admin:
        minted = admin.with_raw_response.organizations.create_api_key(
            TEST_ORG_ID, label="ci", scope="generator", domains=["style-dna"]
        )
        assert 200 <= minted.status_code < 300
        assert minted.parse().label == "ci"


def test_with_raw_response_on_the_async_client() -> None:
    seen: list[httpx.Request] = []

    async def main() -> tengrai.RawResponse[tengrai.Artwork]:
        transport = _recording(seen)
        async with AsyncTengrai(api_key="k" * 20, base_url="https://api.tengr.test", transport=transport) as client:
            raw: tengrai.RawResponse[tengrai.Artwork] = await client.with_raw_response.artworks.get("a1")
            return raw

    raw = asyncio.run(main())
    assert raw.request_id == "req-1"
    assert raw.parse().id == "a1"
    assert raw.parse().request_id == "req-1"  # the returned artwork carries it too


def test_with_options_takes_another_key_and_url_and_keeps_the_original() -> None:
    seen: list[httpx.Request] = []
    transport = _recording(seen)
    with Tengrai(api_key="first-key-0123456789", base_url="https://api.tengr.test", transport=transport) as client:
        other = client.with_options(api_key="second-key-0123456789", base_url="https://eu.tengr.test/")
        other.artworks.get("a1")
        client.artworks.get("a1")
        assert other.base_url == "https://eu.tengr.test"
        assert "second-key" not in repr(other)
    assert [(r.url.host, r.headers["authorization"]) for r in seen] == [
        ("eu.tengr.test", "Bearer second-key-0123456789"),
        ("api.tengr.test", "Bearer first-key-0123456789"),
    ]


def test_another_account_has_task_state_of_its_own() -> None:
    with _mock_client() as client:
        client.quantum.create(prompt="mine")
        assert len(client.unfinished) == 1
        assert client.with_options(api_key=TEST_ADMIN_KEY).unfinished == []
        assert len(client.with_options(timeout=5).unfinished) == 1  # same account: shared


def test_with_options_default_headers_and_query_go_to_every_api_request() -> None:
    seen: list[httpx.Request] = []
    with Tengrai(api_key="k" * 20, base_url="https://api.tengr.test", transport=_recording(seen)) as client:
        tagged = client.with_options(default_headers={"X-Team": "art"}, default_query={"trace": "t1"})
        tagged.artworks.get("a1")
        list(tagged.artworks.list(limit=1))
        client.artworks.get("a1")
    assert [r.headers.get("x-team") for r in seen] == ["art", "art", None]
    assert [r.url.params.get("trace") for r in seen] == ["t1", "t1", None]
    assert seen[1].url.params["limit"] == "1"  # the request's own parameters are kept


def test_bad_with_options_values_are_refused_naming_the_argument() -> None:
    with Tengrai(api_key="k" * 20, base_url="https://api.tengr.test", transport=_recording([])) as client:
        with pytest.raises(ValidationError, match="base_url"):
            client.with_options(base_url="not a url")
        with pytest.raises(ValidationError, match="default_query"):
            client.with_options(default_query={"trace": object()})
        with pytest.raises(tengrai.TengraiError, match="API key"):
            client.with_options(api_key="")
        with pytest.raises(tengrai.TengraiError, match="whitespace"):
            client.with_options(api_key="a key with spaces")


def test_the_raw_body_is_the_answer_as_sent() -> None:
    with _mock_client() as client:
        raw = client.with_raw_response.quantum.create(prompt="a lighthouse")
        assert json.loads(raw.http_response.content)["id"] == raw.parse().id


def _task_transport(seen: list[httpx.Request]) -> httpx.MockTransport:
    """A create answered ``starting`` (request id ``req-create``), then every read ``succeeded`` (``req-<n>``)."""

    def handler(request: httpx.Request) -> httpx.Response:
        seen.append(request)
        rid = {"x-request-id": f"req-{len(seen)}"}
        if request.method == "POST":
            return httpx.Response(202, json={**_ARTWORK, "status": "starting"}, headers={"x-request-id": "req-create"})
        if request.url.path.endswith("/artworks"):
            return httpx.Response(200, json=[_ARTWORK], headers=rid)
        return httpx.Response(200, json=_ARTWORK, headers=rid)

    return httpx.MockTransport(handler)


def test_returned_artworks_carry_the_request_id_of_the_answer_they_were_read_from() -> None:
    seen: list[httpx.Request] = []
    with Tengrai(api_key="k" * 20, base_url="https://api.tengr.test", transport=_task_transport(seen)) as client:
        created = client.quantum.create(prompt="a lighthouse")
        assert created.request_id == "req-create"
        fetched = client.artworks.get("a1")
        assert fetched.request_id == f"req-{len(seen)}"
        assert [artwork.request_id for artwork in client.artworks.list(limit=1)] == [f"req-{len(seen)}"]
        done = client.quantum.generate(prompt="a lighthouse")  # its result is read from the last answer
        assert done.request_id == f"req-{len(seen)}" != "req-create"
        again = client.artworks.get("a1")
    assert again == fetched  # the request id is not part of the value
    assert hash(again) == hash(fetched)
    assert again.request_id != fetched.request_id
    assert pickle.loads(pickle.dumps(fetched)).request_id == fetched.request_id  # noqa: S301 - our own bytes
    assert copy.deepcopy(fetched).request_id == fetched.request_id
    assert fetched.record.request_id == fetched.request_id


def test_a_status_event_carries_the_request_id_of_the_answer_it_saw() -> None:
    seen: list[httpx.Request] = []
    with Tengrai(api_key="k" * 20, base_url="https://api.tengr.test", transport=_task_transport(seen)) as client:
        events = list(client.artworks.events("a1"))
    assert events
    assert [event.request_id for event in events] == [event.artwork.request_id for event in events]
    assert events[-1].request_id == f"req-{len(seen)}"


def test_returned_records_carry_the_request_id_of_their_answer() -> None:
    app = create_app()

    def with_ids(request: httpx.Request) -> httpx.Response:
        response = SyncASGITransport(app).handle_request(request)
        response.headers["x-request-id"] = f"req-{request.method}"
        return response

    admin = Tengrai(api_key=TEST_ADMIN_KEY, base_url="http://mock.invalid", transport=httpx.MockTransport(with_ids))
    with admin:
        minted = admin.organizations.create_api_key(TEST_ORG_ID, label="ci", scope="generator", domains=["style-dna"])
        assert minted.request_id == "req-POST"
        assert pickle.loads(pickle.dumps(minted)).request_id == "req-POST"  # noqa: S301 - our own bytes
        assert copy.copy(minted).request_id == "req-POST"
        assert pickle.loads(pickle.dumps(minted)) == minted  # noqa: S301 - our own bytes
        revoked = admin.organizations.revoke_api_key(TEST_ORG_ID, minted.key_id)
        assert revoked.request_id == "req-DELETE"
    with _mock_client() as plain:  # the mock sends no request id: None, as from any server that sends none
        assert plain.quantum.create(prompt="a fox").request_id is None


def test_the_raw_response_of_a_generate_holds_every_answer_in_order() -> None:
    seen: list[httpx.Request] = []
    with Tengrai(api_key="k" * 20, base_url="https://api.tengr.test", transport=_task_transport(seen)) as client:
        raw = client.with_raw_response.quantum.generate(prompt="a lighthouse")
    assert [response.request.method for response in raw.responses] == [request.method for request in seen]
    assert raw.responses[0].status_code == 202  # the create
    assert raw.request_ids[0] == "req-create"
    assert raw.http_response is raw.responses[-1]
    assert raw.request_id == raw.request_ids[-1] == raw.parse().request_id
    single = Tengrai(api_key="k" * 20, base_url="https://api.tengr.test", transport=_task_transport([]))
    with single:
        got = single.with_raw_response.artworks.get("a1")
    assert got.responses == (got.http_response,)
