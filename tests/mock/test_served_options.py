"""``tengrai mock`` options a developer needs locally: their own key, foreign source images, local webhooks."""

from __future__ import annotations

import http.server
import json
import os
import signal
import subprocess
import sys
import threading
from collections.abc import Iterator
from contextlib import contextmanager

import httpx
import pytest

from tengrai import AuthenticationError, Tengrai, webhooks
from tengrai.mock import TEST_ADMIN_KEY, TEST_API_KEY, TEST_ORG_ID

KEY = "my-local-key"
SECRET = "whsec_bG9jYWwtd2ViaG9vay1zZWNyZXQ="


@contextmanager
def served(*options: str) -> Iterator[str]:
    """``python -m tengrai mock --port 0 options...`` in a subprocess; yields its URL, stops it with Ctrl-C."""
    process = subprocess.Popen(
        [sys.executable, "-m", "tengrai", "mock", "--port", "0", "--starting", "0", "--processing", "0",
         "--log-level", "warning", *options],
        stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True, env={**os.environ, "PYTHONUNBUFFERED": "1"},
    )  # fmt: skip
    try:
        assert process.stdout is not None
        banner = process.stdout.readline()
        assert " on " in banner, banner + process.stdout.read()
        yield banner.split(" on ", 1)[1].strip()
        process.send_signal(signal.SIGINT)
        process.communicate(timeout=30)
    finally:
        if process.poll() is None:
            process.kill()
            process.communicate()


@contextmanager
def receiver() -> Iterator[tuple[str, list[tuple[bytes, dict[str, str]]]]]:
    """A webhook receiver on loopback; yields its URL and the deliveries it got."""
    got: list[tuple[bytes, dict[str, str]]] = []

    class Handler(http.server.BaseHTTPRequestHandler):
        def do_POST(self) -> None:
            body = self.rfile.read(int(self.headers["content-length"]))
            got.append((body, dict(self.headers.items())))
            self.send_response(204)
            self.end_headers()

        def log_message(self, format: str, *args: object) -> None:
            pass

    server = http.server.HTTPServer(("127.0.0.1", 0), Handler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{server.server_address[1]}/hook", got
    finally:
        server.shutdown()
        server.server_close()
        thread.join()


@pytest.mark.slow
def test_served_mock_with_own_key_foreign_sources_and_a_local_webhook() -> None:
    options = ("--api-key", KEY, "--synthesize-sources", "--allow-loopback-webhooks", "--webhook-secret", SECRET)
    with served(*options) as url, receiver() as (hook, got), Tengrai(api_key=KEY, base_url=url) as client:
        artwork = client.selena_variete.generate(
            image_url="https://example.com/fox.png", processing_mode="reimagine", webhook=hook
        )
        assert artwork.status == "succeeded"
        with Tengrai(api_key=TEST_API_KEY, base_url=url, max_retries=0) as other, pytest.raises(AuthenticationError):
            other.artworks.get(artwork.id)
        for _ in range(200):  # deliveries leave from the server's background thread
            if got:
                break
            threading.Event().wait(0.05)
    (body, headers) = got[0]
    assert webhooks.unwrap(body, headers, secret=SECRET).id == artwork.id
    assert json.loads(body)["status"] == "succeeded"


def test_served_mock_says_why_it_refuses_a_foreign_source() -> None:
    with served() as url, Tengrai(api_key=TEST_API_KEY, base_url=url) as client:
        created = client.selena_variete.create(image_url="https://example.com/fox.png", processing_mode="reimagine")
        raw = client.generated.get_httpx_client().get(f"/v2/artworks/{created.id}").json()
    assert raw["status"] == "failed"
    assert "--synthesize-sources" in raw["error"]


@pytest.mark.slow
def test_own_key_replaces_the_published_keys_and_admin_routes_need_an_admin_key_of_ones_own() -> None:
    """Issue 20 #16: with --api-key, the published TEST_ADMIN_KEY (which can mint keys and revoke the user's) is
    refused; --admin-key gives the user an admin key of their own."""
    mint = f"/v2/organizations/{TEST_ORG_ID}/api-keys"
    body = {"label": "ci", "scope": "generator", "domains": ["style-dna"]}
    with served("--api-key", KEY) as url, httpx.Client(base_url=url) as http:
        published = http.post(mint, json=body, headers={"Authorization": f"Bearer {TEST_ADMIN_KEY}"})
        with_own = http.post(mint, json=body, headers={"Authorization": f"Bearer {KEY}"})
        listed = http.get("/v2/artworks", headers={"Authorization": f"Bearer {KEY}"})
    assert published.status_code == 401
    assert with_own.status_code == 403  # the user's key keeps the test key's (generator) rights
    assert listed.status_code == 200
    with served("--api-key", KEY, "--admin-key", "my-admin") as url, httpx.Client(base_url=url) as http:
        assert http.post(mint, json=body, headers={"Authorization": f"Bearer {TEST_ADMIN_KEY}"}).status_code == 401
        assert http.post(mint, json=body, headers={"Authorization": "Bearer my-admin"}).status_code == 201
