"""The API key never shows: not in reprs, exceptions, tracebacks with locals, or log records."""

from __future__ import annotations

import logging
import os
import subprocess
import sys
import textwrap
import traceback

import httpx
import pytest

from tengrai import (
    APIConnectionError,
    ArtworkTimeoutError,
    AsyncTengrai,
    AuthenticationError,
    CreateOutcomeUnknownError,
    Tengrai,
    TengraiError,
)
from tengrai._logging import logger, redact_headers

from .support import (
    API_KEY,
    LIST,
    QUANTUM,
    Script,
    artwork_json,
    artwork_path,
    error_response,
    json_response,
    new_id,
    sync_client,
)


def _everything_about(exc: BaseException) -> str:
    """str, repr, attributes and the full traceback (with every frame's locals) of an exception."""
    parts = [str(exc), repr(exc), repr(vars(exc))]
    parts += traceback.TracebackException.from_exception(exc, capture_locals=True).format()
    return "\n".join(parts)


def test_client_reprs_hide_the_key() -> None:
    script = Script()
    with sync_client(script) as client:
        for text in (repr(client), str(client), repr(client._core), repr(client._core.auth_headers)):
            assert API_KEY not in text
        assert "<redacted>" in repr(client)
        assert API_KEY not in repr(client.generated)


async def _async_repr() -> str:
    client = AsyncTengrai(api_key=API_KEY, base_url="https://api.tengr.test")
    try:
        return repr(client) + repr(client.generated)
    finally:
        await client.close()


@pytest.mark.anyio
async def test_async_client_repr_hides_the_key() -> None:
    assert API_KEY not in await _async_repr()


def test_the_key_is_still_sent_to_the_api() -> None:
    artwork_id = new_id()
    script = Script().on("GET", artwork_path(artwork_id), json_response(200, artwork_json(artwork_id)))
    with sync_client(script) as client:
        client.artworks.get(artwork_id)
    assert script.requests[0].headers["authorization"] == f"Bearer {API_KEY}"


def test_status_errors_hide_the_key() -> None:
    artwork_id = new_id()
    script = Script().on("GET", artwork_path(artwork_id), error_response(401, "invalid key"))
    with sync_client(script) as client, pytest.raises(AuthenticationError) as caught:
        client.artworks.get(artwork_id)
    assert API_KEY not in _everything_about(caught.value)


def test_connection_errors_hide_the_key() -> None:
    artwork_id = new_id()
    script = Script().on("GET", artwork_path(artwork_id), httpx.ConnectError("refused"))
    with sync_client(script, max_retries=1) as client, pytest.raises(APIConnectionError) as caught:
        client.artworks.get(artwork_id)
    assert API_KEY not in _everything_about(caught.value)


def test_outcome_unknown_errors_hide_the_key() -> None:
    script = Script().on("POST", QUANTUM, httpx.ReadTimeout("lost")).on("GET", LIST, json_response(200, []))
    with sync_client(script) as client, pytest.raises(CreateOutcomeUnknownError) as caught:
        client.quantum.create(prompt="a cat")
    assert API_KEY not in _everything_about(caught.value)


def test_timeout_errors_hide_the_key() -> None:
    artwork = artwork_json(new_id(), status="processing")
    script = Script().on("GET", artwork_path(artwork["id"]), json_response(200, artwork))
    with sync_client(script) as client, pytest.raises(ArtworkTimeoutError) as caught:
        client.artworks.wait(artwork["id"], timeout=5)
    assert API_KEY not in _everything_about(caught.value)


@pytest.mark.parametrize("bad_key", [f"{API_KEY}\n", f" {API_KEY}", f"{API_KEY} extra"])
def test_a_malformed_key_is_rejected_without_echoing_it(bad_key: str) -> None:
    with pytest.raises(TengraiError) as caught:
        Tengrai(api_key=bad_key, base_url="https://api.tengr.test")
    assert API_KEY not in str(caught.value)


def test_log_records_hide_the_key(caplog: pytest.LogCaptureFixture) -> None:
    artwork_id = new_id()
    script = (
        Script()
        .on("GET", artwork_path(artwork_id), error_response(503), json_response(200, artwork_json(artwork_id)))
        .on("POST", QUANTUM, httpx.ReadTimeout("lost"))
        .on("GET", LIST, json_response(200, []))
    )
    with caplog.at_level(logging.DEBUG, logger="tengrai"), sync_client(script) as client:
        client.artworks.get(artwork_id)
        with pytest.raises(CreateOutcomeUnknownError):
            client.quantum.create(prompt="a cat")
        logger.debug("headers as someone might log them: %s", {"Authorization": f"Bearer {API_KEY}"})
        logger.debug(f"an f-string with Bearer {API_KEY} inside")
    assert len(caplog.records) >= 5  # requests, answers, the retry, the lost create
    for record in caplog.records:
        assert API_KEY not in record.getMessage()
    assert any("retry" in record.getMessage() for record in caplog.records)


def test_redact_headers() -> None:
    headers = {"Authorization": "Bearer x", "X-Api-Key": "y", "Content-Type": "application/json"}
    assert redact_headers(headers) == {
        "Authorization": "<redacted>",
        "X-Api-Key": "<redacted>",
        "Content-Type": "application/json",
    }


def test_tengrai_log_env_turns_logging_on_without_leaking() -> None:
    code = textwrap.dedent(
        f"""
        import httpx
        from tengrai import Tengrai

        def handler(request):
            return httpx.Response(503) if handler.calls == 0 else httpx.Response(200, json=[])

        handler.calls = 0

        def counting(request):
            try:
                return handler(request)
            finally:
                handler.calls += 1

        client = Tengrai(api_key={API_KEY!r}, base_url="https://api.tengr.test",
                         transport=httpx.MockTransport(counting), sleep=lambda s: None)
        list(client.artworks.list())
        """
    )
    env = {**os.environ, "TENGRAI_LOG": "debug"}
    result = subprocess.run([sys.executable, "-c", code], env=env, capture_output=True, text=True, check=True)
    assert "tengrai DEBUG GET https://api.tengr.test" in result.stderr
    assert "retry 1/2" in result.stderr
    assert API_KEY not in result.stderr + result.stdout
