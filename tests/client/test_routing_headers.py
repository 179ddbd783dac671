"""``extra_headers`` (per call or through ``with_options``) cannot change where a request goes or how it is framed:
``Host`` would send the key to another virtual host, ``Content-Length`` and ``Transfer-Encoding`` could make a
server read half a create as a second request. Refused before anything is sent."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from tengrai import ValidationError

from .support import Script, async_client, sync_client

REFUSED = [
    "Host",
    "host",
    "Content-Length",
    "TRANSFER-ENCODING",
    "Connection",
    "Keep-Alive",
    "Upgrade",
    "TE",
    "Trailer",
    "Expect",
    "Content-Encoding",
    "Proxy-Connection",
    "Proxy-Authorization",
    "Forwarded",
    "X-Forwarded-Host",
    "X-HTTP-Method-Override",
]


@pytest.mark.parametrize("name", REFUSED)
def test_a_routing_or_framing_header_is_refused_per_call_before_sending(name: str) -> None:
    script = Script()
    with sync_client(script) as client:
        calls: list[Callable[[], object]] = [
            lambda: client.artworks.get("a1", extra_headers={name: "0"}),
            lambda: client.quantum.create(prompt="a fox", extra_headers={name: "0"}),
        ]
        for call in calls:
            with pytest.raises(ValidationError, match="where the request goes or how its bytes are framed") as caught:
                call()
            assert caught.value.field == "extra_headers"
            assert caught.value.value == name
    assert script.requests == []


@pytest.mark.parametrize("name", ["Host", "Content-Length", "Transfer-Encoding", "Connection"])
def test_with_options_refuses_them_too(name: str) -> None:
    script = Script()
    with sync_client(script) as client, pytest.raises(ValidationError, match="framed"):
        client.with_options(extra_headers={name: "evil.example"})
    assert script.requests == []


@pytest.mark.anyio
async def test_the_async_client_refuses_them() -> None:
    script = Script()
    async with async_client(script) as client:
        with pytest.raises(ValidationError, match="framed"):
            client.with_options(extra_headers={"Transfer-Encoding": "chunked"})
        with pytest.raises(ValidationError, match="framed"):
            await client.artworks.get("a1", extra_headers={"Host": "evil.example"})
    assert script.requests == []


def test_ordinary_headers_still_pass() -> None:
    from .support import artwork_json, artwork_path, json_response

    script = Script().on("GET", artwork_path("a1"), json_response(200, artwork_json("a1")))
    with sync_client(script) as client:
        client.artworks.get("a1", extra_headers={"X-Trace-Id": "t", "Accept-Language": "en", "Cache-Control": "no"})
    (request,) = script.requests
    assert request.headers["x-trace-id"] == "t"
