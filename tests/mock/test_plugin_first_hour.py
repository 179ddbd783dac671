"""The pytest plugin as a user's project meets it: code that builds its own client, webhooks, rate limits."""

from __future__ import annotations

import asyncio
import json
import re
import subprocess
import sys
import textwrap
from pathlib import Path

import httpx
import pytest

from tengrai import AsyncTengrai, Tengrai, ValidationError, webhooks
from tengrai.mock import ManualClock, MockConfig
from tengrai.testing import MOCK_BASE_URL, TengraiMock

README = Path(__file__).resolve().parents[2] / "README.md"
SECRET = "whsec_dGVzdC13ZWJob29rLXNlY3JldA=="


def make_thumbnail(prompt: str) -> str:
    """Stands for user code under test: it builds its own client from the environment, as in production."""
    with Tengrai() as client:
        return client.quantum.generate(prompt=prompt).results[0]


def test_a_client_built_by_the_code_under_test_talks_to_the_mock(
    tengrai_mock: TengraiMock, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("TENGRAI_API_KEY", "a-real-looking-key")  # never sent anywhere while the fixture is active
    monkeypatch.setenv("TENGRAI_BASE_URL", "https://api.example.com")
    url = make_thumbnail("a lighthouse")
    assert url.startswith(f"{MOCK_BASE_URL}/files/")
    (create,) = [request for request in tengrai_mock.requests if request.method == "POST"]
    assert create.json()["prompt"] == "a lighthouse"
    assert create.key_name == "test"  # the mock's own key replaced the one from the environment


def test_an_async_client_built_by_the_code_under_test_talks_to_the_mock(tengrai_mock: TengraiMock) -> None:
    async def user_code() -> str:
        async with AsyncTengrai(api_key="whatever") as client:
            artwork = await client.quantum.generate(prompt="async fox")
            return artwork.status

    assert asyncio.run(user_code()) == "succeeded"
    assert tengrai_mock.state.created_count == 1


def test_routing_ends_with_the_fixture() -> None:
    mock = TengraiMock(MockConfig(clock=ManualClock()))
    try:
        with mock.route_default_clients():
            routed = Tengrai()
            assert routed.base_url == MOCK_BASE_URL
            routed.close()
        with Tengrai(api_key="k", base_url="https://api.example.com") as plain:
            assert plain.base_url == "https://api.example.com"
    finally:
        mock.close()


def test_an_explicit_transport_is_left_alone(tengrai_mock: TengraiMock) -> None:
    transport = httpx.MockTransport(lambda request: httpx.Response(200, json=[]))
    with Tengrai(api_key="k", base_url="https://api.example.com", transport=transport) as client:
        assert client.base_url == "https://api.example.com"


def test_webhooks_are_recorded_and_handed_to_a_handler_never_sent(tengrai_mock: TengraiMock) -> None:
    received: list[httpx.Request] = []
    tengrai_mock.webhook_handler = received.append
    with Tengrai() as client:
        artwork = client.quantum.generate(prompt="hooked", webhook="https://hooks.example.com/tengrai")
    assert tengrai_mock.flush_webhooks()
    (delivery,) = tengrai_mock.webhook_deliveries
    assert delivery.delivered
    assert delivery.attempts == 1
    assert delivery.error is None
    (request,) = received
    assert str(request.url) == "https://hooks.example.com/tengrai"
    assert json.loads(request.content)["id"] == artwork.id
    assert tengrai_mock.webhook_payloads()[0]["status"] == "succeeded"


def test_a_handler_can_verify_signed_deliveries(tengrai_mock: TengraiMock) -> None:
    # The fixture's config has no secret; a mock built with one signs, and the handler verifies like a receiver.
    mock = TengraiMock(MockConfig(clock=ManualClock(), webhook_secret=SECRET))
    verified: list[str] = []
    mock.webhook_handler = lambda request: verified.append(
        webhooks.unwrap(request.content, request.headers, secret=SECRET).id
    )
    try:
        with mock.client() as client:
            artwork = client.quantum.generate(prompt="signed", webhook="https://hooks.example.com/x")
        assert mock.flush_webhooks()
    finally:
        mock.close()
    assert verified == [artwork.id]


def test_a_handler_answer_decides_the_delivery_outcome(tengrai_mock: TengraiMock) -> None:
    tengrai_mock.webhook_handler = lambda request: 503
    with Tengrai() as client:
        client.quantum.generate(prompt="refused", webhook="https://hooks.example.com/x")
    assert tengrai_mock.flush_webhooks()
    (delivery,) = tengrai_mock.webhook_deliveries
    assert not delivery.delivered
    assert delivery.status_code == 503


def test_loopback_webhooks_are_accepted_when_the_api_is_local(tengrai_mock: TengraiMock) -> None:
    with Tengrai() as client:
        client.quantum.generate(prompt="local receiver", webhook="http://127.0.0.1:9000/hook")
    assert tengrai_mock.flush_webhooks()
    assert tengrai_mock.webhook_deliveries[0].url == "http://127.0.0.1:9000/hook"


def test_loopback_webhooks_stay_refused_for_a_remote_api() -> None:
    transport = httpx.MockTransport(lambda request: httpx.Response(500))
    with Tengrai(api_key="k", base_url="https://api.example.com", transport=transport) as client:
        with pytest.raises(ValidationError, match="webhook"):
            client.quantum.create(prompt="x", webhook="http://127.0.0.1:9000/hook")
        with pytest.raises(ValidationError, match="webhook"):
            client.quantum.create(prompt="x", webhook="https://localhost/hook")


def _readme_block(marker: str) -> str:
    text = README.read_text()
    found = re.search(rf"<!-- {marker} -->\s*```python\n(.*?)```", text, re.DOTALL)
    assert found is not None, f"README has no python block after <!-- {marker} -->"
    return found.group(1)


@pytest.mark.slow
@pytest.mark.parametrize("marker", ["example:plugin", "example:rate-limit"])
def test_the_readme_plugin_examples_pass_as_written(tmp_path: Path, marker: str) -> None:
    (tmp_path / "test_readme_example.py").write_text(_readme_block(marker))
    done = subprocess.run(
        [sys.executable, "-m", "pytest", "-q", "-p", "no:randomly", "-p", "no:cacheprovider", tmp_path],
        capture_output=True, text=True, cwd=tmp_path, timeout=120, check=False,
    )  # fmt: skip
    assert done.returncode == 0, done.stdout + done.stderr
    assert re.search(r"\b[1-9]\d* passed", done.stdout), done.stdout


def test_rate_limit_example_is_about_a_real_429() -> None:
    # The documented example must show a 429 reaching the test, not one hidden by retries.
    block = textwrap.dedent(_readme_block("example:rate-limit"))
    assert "RateLimitError" in block
    assert "max_retries=0" in block


@pytest.mark.slow
def test_the_readme_quick_start_runs_against_the_mock(tmp_path: Path) -> None:
    (tmp_path / "quick_start.py").write_text(_readme_block("example:quick-start"))
    done = subprocess.run(
        [sys.executable, "quick_start.py"], capture_output=True, text=True, cwd=tmp_path, timeout=120, check=False
    )
    assert done.returncode == 0, done.stderr
    assert ".webp" in done.stdout
    assert any((tmp_path / "out").iterdir())
