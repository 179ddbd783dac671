"""After a create may have reached the server, any failure leads to recovery, never to a blind error or a resend."""

from __future__ import annotations

import json
from typing import Any

import httpx
import pytest

from tengrai import APIResponseError, CreateOutcomeUnknownError

from .support import LIST, QUANTUM, Script, artwork_json, sync_client
from .test_create_recovery import create, fox, page

HUGE = "1" + "0" * 400
"""A valid JSON integer no float can hold."""


def with_duration(artwork: dict[str, Any], raw: str) -> bytes:
    """``artwork`` as JSON whose duration is the literal ``raw``."""
    return json.dumps({**artwork, "duration": 0}).replace('"duration": 0', f'"duration": {raw}').encode()


def unread(body: bytes, headers: dict[str, str]) -> httpx.Response:
    """An answer whose body is read (and decoded) by the client, not here."""
    return httpx.Response(202, headers=headers, stream=httpx.ByteStream(body))


JSON = {"Content-Type": "application/json"}
UNREADABLE_202 = {
    "corrupt-gzip": (b"\x1f\x8b not really gzip", {"Content-Encoding": "gzip"}),
    "huge-duration": (with_duration(artwork_json(), HUGE), JSON),
    "deep-nesting": (b"[" * 100_000, JSON),
    "bad-utf8": (b'{"id": "\xff\xfe"}', JSON),
}


@pytest.mark.parametrize("name", UNREADABLE_202)
def test_an_unreadable_202_leads_to_recovery(name: str) -> None:
    lost = fox()
    script = Script().on("POST", QUANTUM, unread(*UNREADABLE_202[name])).on("GET", LIST, page(lost))
    with sync_client(script) as client:
        assert create(client).id == lost["id"]
    assert script.count("POST") == 1


@pytest.mark.parametrize("name", ["corrupt-gzip", "huge-duration"])
def test_an_unreadable_202_with_nothing_found_is_an_unknown_outcome(name: str) -> None:
    script = Script().on("POST", QUANTUM, unread(*UNREADABLE_202[name])).on("GET", LIST, page())
    with sync_client(script) as client, pytest.raises(CreateOutcomeUnknownError, match="may exist"):
        create(client)
    assert script.count("POST") == 1


def test_an_unexpected_error_from_the_transport_after_sending_is_not_resent() -> None:
    lost = fox()
    script = Script().on("POST", QUANTUM, RuntimeError("transport bug")).on("GET", LIST, page(lost))
    with sync_client(script) as client:
        assert create(client).id == lost["id"]
    assert script.count("POST") == 1


def test_one_bad_item_in_the_recovery_page_does_not_break_recovery() -> None:
    lost = fox()
    broken = json.loads(with_duration(fox(parameters={"prompt": "other"}), "0"))
    body = json.dumps([broken, lost]).replace('"duration": 0', f'"duration": {HUGE}', 1).encode()
    listing = httpx.Response(
        200, content=body, headers={"Content-Type": "application/json", "Date": page().headers["Date"]}
    )
    script = Script().on("POST", QUANTUM, httpx.ReadTimeout("no answer")).on("GET", LIST, listing)
    with sync_client(script) as client:
        assert create(client).id == lost["id"]


def test_an_unreadable_item_that_may_be_the_task_is_named_not_skipped() -> None:
    lost = fox()
    body = with_duration(lost, HUGE)
    listing = httpx.Response(
        200, content=b"[" + body + b"]", headers={"Content-Type": "application/json", "Date": page().headers["Date"]}
    )
    script = Script().on("POST", QUANTUM, httpx.ReadTimeout("no answer")).on("GET", LIST, listing)
    with sync_client(script) as client, pytest.raises(CreateOutcomeUnknownError) as caught:
        create(client)
    assert lost["id"] in str(caught.value)


def test_a_huge_duration_in_a_read_is_an_api_response_error() -> None:
    answer = httpx.Response(200, content=with_duration(artwork_json("a1"), HUGE), headers=JSON)
    script = Script().on("GET", "/v2/artworks/a1", answer)
    with sync_client(script) as client, pytest.raises(APIResponseError, match="duration"):
        client.artworks.get("a1")
