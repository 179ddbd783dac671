"""The key is wrapped at the boundary, scrubbed from whatever a server sends back, and refused when it could not
be sent at all: it never shows in locals, exceptions, CLI errors or log records."""

from __future__ import annotations

import io
import logging
import traceback

import httpx
import pytest

from tengrai import APIStatusError, AsyncTengrai, AuthenticationError, Tengrai, TengraiError

from .support import API_KEY, Script, artwork_json, artwork_path, error_response, json_response, new_id, sync_client

LONG_KEY = "sk-live-" + "0123456789abcdef" * 8
"""Longer than rich's 73-character string preview."""


def _locals_text(exc: BaseException) -> str:
    return "".join(traceback.TracebackException.from_exception(exc, capture_locals=True).format())


@pytest.mark.parametrize("client_class", [Tengrai, AsyncTengrai])
@pytest.mark.parametrize("bad", [{"timeout": "soon"}, {"max_retries": -1}, {"base_url": "ftp://x"}])
def test_a_rejected_argument_does_not_show_the_key_among_the_locals(
    client_class: type[Tengrai] | type[AsyncTengrai], bad: dict[str, object]
) -> None:
    options: dict[str, object] = {"base_url": "https://api.tengr.test", **bad}
    with pytest.raises(TengraiError) as caught:
        client_class(api_key=LONG_KEY, **options)  # type: ignore[arg-type]
    text = _locals_text(caught.value)
    assert "<redacted>" in text
    assert LONG_KEY[:20] not in text


def test_rich_tracebacks_with_locals_do_not_show_the_key() -> None:
    rich_console = pytest.importorskip("rich.console")
    rich_traceback = pytest.importorskip("rich.traceback")
    with pytest.raises(TengraiError) as caught:
        Tengrai(api_key=LONG_KEY, base_url="https://api.tengr.test", timeout="soon")  # type: ignore[arg-type]
    out = io.StringIO()
    console = rich_console.Console(file=out, width=200, color_system=None)
    console.print(rich_traceback.Traceback.from_exception(type(caught.value), caught.value, None, show_locals=True))
    console.print(
        rich_traceback.Traceback.from_exception(
            type(caught.value), caught.value, caught.value.__traceback__, show_locals=True
        )
    )
    assert LONG_KEY[8:30] not in out.getvalue()


@pytest.mark.parametrize("key", ["sk-live-caf\u00e9-1234", "sk\u2013live-12345678", "sk-live-\u200b12345678"])
def test_a_key_that_cannot_be_sent_in_a_header_is_refused_at_construction(key: str) -> None:
    with pytest.raises(TengraiError, match="non-ASCII") as caught:
        Tengrai(api_key=key, base_url="https://api.tengr.test")
    assert key not in str(caught.value)


def echoing(status: int) -> httpx.Response:
    """A server that puts the key it was sent into its error answer."""
    return error_response(status, f"invalid key {API_KEY} (Authorization: Bearer {API_KEY})")


def test_a_server_echoing_the_key_does_not_put_it_into_the_exception() -> None:
    artwork_id = new_id()
    script = Script().on("GET", artwork_path(artwork_id), echoing(401))
    with sync_client(script) as client, pytest.raises(AuthenticationError) as caught:
        client.artworks.get(artwork_id)
    error = caught.value
    assert "<redacted>" in str(error)
    for text in (str(error), repr(error), repr(vars(error)), error.message, repr(error.body)):
        assert API_KEY not in text


def test_a_proxy_page_reflecting_the_headers_does_not_leak_the_key() -> None:
    artwork_id = new_id()
    page = f"<html><pre>GET /v2/artworks\nAuthorization: Bearer {API_KEY}\n</pre></html>".encode()
    script = Script().on("GET", artwork_path(artwork_id), httpx.Response(502, content=page))
    with sync_client(script, max_retries=0) as client, pytest.raises(APIStatusError) as caught:
        client.artworks.get(artwork_id)
    assert API_KEY not in str(caught.value) + repr(vars(caught.value))


def test_log_records_of_echoed_errors_do_not_carry_the_key(caplog: pytest.LogCaptureFixture) -> None:
    artwork_id = new_id()
    done = json_response(200, artwork_json(artwork_id, status="succeeded"))
    script = Script().on("GET", artwork_path(artwork_id), echoing(500), done)
    with caplog.at_level(logging.INFO, logger="tengrai"), sync_client(script) as client:
        client.artworks.wait(artwork_id, timeout=30)
    assert any("<redacted>" in record.getMessage() for record in caplog.records)
    assert all(API_KEY not in record.getMessage() for record in caplog.records)


def test_the_cli_error_line_does_not_carry_an_echoed_key() -> None:
    from tengrai.cli._app import guarded

    artwork_id = new_id()
    script = Script().on("GET", artwork_path(artwork_id), echoing(403))
    stderr = io.StringIO()
    with sync_client(script) as client:

        def action() -> int:
            client.artworks.get(artwork_id)
            return 0

        assert guarded(action, stderr) != 0
    assert stderr.getvalue().startswith("error: ")
    assert API_KEY not in stderr.getvalue()
