"""A success answer the SDK cannot read, to a request that changes something (a minted key, a rotated secret):
the error says it probably took effect, keeps what can be read, and says how to undo it; the CLI prints it."""

from __future__ import annotations

import http.server
import json
import threading
from collections.abc import Iterator
from contextlib import contextmanager

import httpx
import pytest

from tengrai import APIResponseError
from tests.cli._support import run_main
from tests.paths import api_keys_path, webhook_secret_path

from .support import Script, json_response, sync_client

MINTED = "tgr_live_0123456789abcdef0123456789abcdef"
UNREADABLE = {"id": "key_1", "label": 5, "apiKey": MINTED}  # the label is not a string: the record cannot be built


def _mint(script: Script) -> APIResponseError:
    with sync_client(script) as client, pytest.raises(APIResponseError) as caught:
        client.organizations.create_api_key("org1", label="ci", scope="generator", domains=["style-dna"])
    return caught.value


def test_an_unreadable_mint_answer_keeps_the_key_and_says_how_to_revoke_it() -> None:
    error = _mint(Script().on("POST", api_keys_path("org1"), json_response(201, UNREADABLE)))
    (note,) = error.__notes__
    assert "probably took effect" in note
    assert "apiKey (its id: key_1) is in this error's body: store it now" in note
    assert "revoke-api-key ORG_ID KEY_ID" in note
    assert MINTED.encode() in error.body


def test_a_mint_answer_that_is_not_json_says_a_key_may_exist_unseen() -> None:
    script = Script().on("POST", api_keys_path("org1"), httpx.Response(201, text="<html>upstream says ok</html>"))
    error = _mint(script)
    (note,) = error.__notes__
    assert "An API key may have been minted that nobody has seen" in note
    assert "revoke_api_key(org_id, key_id)" in note


def test_an_unreadable_rotation_answer_says_to_rotate_again() -> None:
    script = Script().on("POST", webhook_secret_path("org1"), json_response(200, {"secret": 7}))
    with sync_client(script) as client, pytest.raises(APIResponseError) as caught:
        client.organizations.rotate_webhook_secret("org1")
    assert "rotate it again" in caught.value.__notes__[0]


@contextmanager
def _answering(status: int, body: bytes) -> Iterator[str]:
    """A loopback server answering every request with ``status`` and ``body`` (JSON)."""

    class Handler(http.server.BaseHTTPRequestHandler):
        def do_POST(self) -> None:
            self.rfile.read(int(self.headers.get("content-length", "0")))
            self.send_response(status)
            self.send_header("content-type", "application/json")
            self.send_header("content-length", str(len(body)))
            self.end_headers()
            self.wfile.write(body)

        def log_message(self, *args: object) -> None:
            pass

    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{server.server_address[1]}"
    finally:
        server.shutdown()
        server.server_close()
        thread.join()


def test_the_cli_prints_what_it_can_of_an_unreadable_mint_answer(capsys: pytest.CaptureFixture[str]) -> None:
    with _answering(201, json.dumps(UNREADABLE).encode()) as url:
        result = run_main(
            capsys,
            "organizations",
            "create-api-key",
            "org1",
            "--label",
            "ci",
            "--scope",
            "generator",
            "--domains",
            "style-dna",
            "--base-url",
            url,
            "--api-key",
            "tgr_caller_key_0123456789",
        )
    assert result.code == 1
    assert (
        f"apiKey (a secret, shown only this once: store it now, it cannot be retrieved again):\n  {MINTED}"
        in result.out
    )
    assert "key_1" in result.out
    assert "revoke-api-key ORG_ID KEY_ID" in result.err
    assert result.err.rstrip().splitlines()[-1].startswith("error: ")
