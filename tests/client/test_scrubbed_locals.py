"""No local of the SDK's frames holds an unscrubbed error: a proxy's 502 page echoing the key, seen while polling,
must not show it in ``pytest --showlocals``, rich tracebacks or ``traceback.TracebackException(capture_locals=True)``
of the error that ends the wait."""

from __future__ import annotations

import traceback

import httpx
import pytest

from tengrai import ArtworkTimeoutError

from .support import API_KEY, FakeClock, Script, artwork_json, artwork_path, json_response, sync_client

ECHO = f"<html>502 Bad Gateway<pre>authorization: Bearer {API_KEY}</pre></html>"


def _reflecting_gateway(_: httpx.Request) -> httpx.Response:
    return httpx.Response(502, text=ECHO, headers={"content-type": "text/html"})


def test_a_reflected_key_seen_while_polling_is_in_no_local_of_the_traceback() -> None:
    running = json_response(200, artwork_json("a1", status="processing"))
    script = Script().on("GET", artwork_path("a1"), running, *([_reflecting_gateway] * 40))
    with sync_client(script, FakeClock()) as client, pytest.raises(ArtworkTimeoutError) as caught:
        client.artworks.wait("a1", timeout=30)
    assert len(script.requests) > 2  # the reflecting gateway answered polls
    shown = "".join(traceback.TracebackException.from_exception(caught.value, capture_locals=True).format())
    assert "last_error" in shown  # the wait loop's frame and its locals are in what was formatted
    assert "502" in shown
    assert API_KEY not in shown, "the key is in a local of a frame of the traceback"
