"""Webhook deliveries: when sent, what they carry, signatures, retries, and that they never block requests."""

from __future__ import annotations

import json
import threading
from collections.abc import Iterator
from contextlib import contextmanager

import httpx
import pytest
from starlette.applications import Starlette
from starlette.requests import Request
from starlette.responses import Response
from starlette.routing import Route

from tengrai import WebhookVerificationError, webhooks
from tengrai.mock import TEST_API_KEY, Durations, ManualClock, MockConfig, MockServer

from .support import AUTH, QUANTUM, artwork_path, running_mock

HOOK = "https://hooks.example.com/tengrai"
SECRET = "whsec_" + "dGVuZ3JhaS1tb2NrLXdlYmhvb2stc2VjcmV0"


class Receiver:
    """An in-process webhook receiver (an httpx.MockTransport handler) that records what it gets."""

    def __init__(self, statuses: list[int] | None = None) -> None:
        self.requests: list[httpx.Request] = []
        self._statuses = list(statuses or [])

    def __call__(self, request: httpx.Request) -> httpx.Response:
        self.requests.append(request)
        return httpx.Response(self._statuses.pop(0) if self._statuses else 204)

    @property
    def transport(self) -> httpx.MockTransport:
        return httpx.MockTransport(self)


def test_final_artwork_is_posted_when_the_task_ends() -> None:
    receiver = Receiver()
    with running_mock(webhook_transport=receiver.transport) as mock:
        created = mock.create(QUANTUM, prompt="hooked", webhook=HOOK)
        mock.state.advance(1)
        assert mock.state.flush_webhooks()
        assert receiver.requests == []
        mock.state.finish_all()
        assert mock.state.flush_webhooks()
        (request,) = receiver.requests
        assert str(request.url) == HOOK
        assert request.method == "POST"
        assert request.headers["content-type"] == "application/json"
        delivered = json.loads(request.content)
        assert delivered == mock.get(created["id"])
        assert delivered["status"] == "succeeded"
        (record,) = mock.state.webhook_deliveries
        assert (record.delivered, record.status_code, record.attempts, record.artwork_id) == (
            True,
            204,
            1,
            created["id"],
        )


def test_failed_tasks_are_delivered_too() -> None:
    receiver = Receiver()
    with running_mock(webhook_transport=receiver.transport, failure_rate=1.0) as mock:
        mock.create(QUANTUM, webhook=HOOK)
        mock.state.finish_all()
        mock.state.flush_webhooks()
        assert json.loads(receiver.requests[0].content)["status"] == "failed"


def test_tasks_without_webhook_send_nothing() -> None:
    receiver = Receiver()
    with running_mock(webhook_transport=receiver.transport) as mock:
        mock.create(QUANTUM)
        mock.state.finish_all()
        mock.state.flush_webhooks()
        assert receiver.requests == []
        assert mock.state.webhook_deliveries == []


def test_deliveries_are_signed_when_a_secret_is_configured() -> None:
    receiver = Receiver()
    with running_mock(webhook_transport=receiver.transport, webhook_secret=SECRET) as mock:
        mock.create(QUANTUM, webhook=HOOK)
        mock.state.finish_all()
        mock.state.flush_webhooks()
        (request,) = receiver.requests
        webhooks.verify(request.content, dict(request.headers), SECRET)
        with pytest.raises(WebhookVerificationError):
            webhooks.verify(request.content + b" ", dict(request.headers), SECRET)


def test_unsigned_without_a_secret() -> None:
    receiver = Receiver()
    with running_mock(webhook_transport=receiver.transport) as mock:
        mock.create(QUANTUM, webhook=HOOK)
        mock.state.finish_all()
        mock.state.flush_webhooks()
        assert "webhook-signature" not in receiver.requests[0].headers


def test_failed_deliveries_are_retried_then_recorded() -> None:
    receiver = Receiver(statuses=[500, 503, 500])
    with running_mock(webhook_transport=receiver.transport, webhook_attempts=3, webhook_secret=SECRET) as mock:
        mock.create(QUANTUM, webhook=HOOK)
        mock.state.finish_all()
        assert mock.state.flush_webhooks()
        assert len(receiver.requests) == 3
        ids = {request.headers["webhook-id"] for request in receiver.requests}
        assert len(ids) == 1, "every attempt of one delivery carries the same webhook-id"
        (record,) = mock.state.webhook_deliveries
        assert (record.delivered, record.status_code, record.attempts) == (False, 500, 3)
        assert "HTTP 500" in (record.error or "")


def test_a_retry_that_succeeds_counts_as_delivered() -> None:
    receiver = Receiver(statuses=[502, 200])
    with running_mock(webhook_transport=receiver.transport) as mock:
        mock.create(QUANTUM, webhook=HOOK)
        mock.state.finish_all()
        mock.state.flush_webhooks()
        (record,) = mock.state.webhook_deliveries
        assert (record.delivered, record.attempts) == (True, 2)


def test_receiver_errors_are_recorded_not_raised() -> None:
    def broken(request: httpx.Request) -> httpx.Response:
        raise httpx.ConnectError("connection refused", request=request)

    with running_mock(webhook_transport=httpx.MockTransport(broken), webhook_attempts=1) as mock:
        mock.create(QUANTUM, webhook=HOOK)
        mock.state.finish_all()
        mock.state.flush_webhooks()
        (record,) = mock.state.webhook_deliveries
        assert not record.delivered
        assert "ConnectError" in (record.error or "")


def test_delivery_can_be_switched_off() -> None:
    receiver = Receiver()
    with running_mock(webhook_transport=receiver.transport, deliver_webhooks=False) as mock:
        mock.create(QUANTUM, webhook=HOOK)
        mock.state.finish_all()
        assert receiver.requests == []
        (record,) = mock.state.webhook_deliveries
        assert (record.delivered, record.attempts, record.url) == (False, 0, HOOK)


def test_a_slow_receiver_does_not_block_request_handling() -> None:
    release = threading.Event()
    arrived = threading.Event()

    def slow(request: httpx.Request) -> httpx.Response:
        arrived.set()
        release.wait(timeout=30)
        return httpx.Response(200)

    with running_mock(webhook_transport=httpx.MockTransport(slow)) as mock:
        created = mock.create(QUANTUM, webhook=HOOK)
        mock.state.finish_all()
        assert arrived.wait(timeout=30)
        # The delivery is stuck in the receiver; the API still answers.
        assert mock.get(created["id"])["status"] == "succeeded"
        assert mock.http.post(QUANTUM, json={}).status_code == 202
        assert not mock.state.flush_webhooks(timeout=0)
        release.set()
        assert mock.state.flush_webhooks()
        assert mock.state.webhook_deliveries[0].delivered


def test_non_public_webhooks_are_refused_unless_loopback_is_allowed() -> None:
    with running_mock() as mock:
        refused = mock.http.post(QUANTUM, json={"webhook": "http://127.0.0.1:9/hook"})
        assert refused.status_code == 400
        assert refused.json()["message"][0].startswith("webhook:")
    with running_mock(allow_loopback_webhooks=True) as mock:
        assert mock.http.post(QUANTUM, json={"webhook": "http://127.0.0.1:9/hook"}).status_code == 202
        still_refused = mock.http.post(QUANTUM, json={"webhook": "https://10.0.0.7/hook"})
        assert still_refused.status_code == 400


@contextmanager
def loopback_receiver() -> Iterator[tuple[str, list[tuple[bytes, dict[str, str]]]]]:
    received: list[tuple[bytes, dict[str, str]]] = []

    async def hook(request: Request) -> Response:
        received.append((await request.body(), dict(request.headers)))
        return Response(status_code=204)

    with MockServer(app=Starlette(routes=[Route("/hook", hook, methods=["POST"])])) as server:
        yield f"{server.url}/hook", received


def test_end_to_end_delivery_over_loopback() -> None:
    config = MockConfig(clock=ManualClock(), allow_loopback_webhooks=True, webhook_secret=SECRET)
    with loopback_receiver() as (url, received), MockServer(config) as server:
        with httpx.Client(base_url=server.url, headers=AUTH) as http:
            created = http.post(QUANTUM, json={"webhook": url}).json()
            server.state.finish_all()
            assert server.state.flush_webhooks()
            final = http.get(artwork_path(created["id"])).json()
        ((body, headers),) = received
        assert json.loads(body) == final
        webhooks.verify(body, headers, SECRET)
        assert TEST_API_KEY not in body.decode()


def test_on_a_real_clock_webhooks_fire_without_anyone_polling() -> None:
    """With wall-clock time the app schedules each task's end on its event loop (the feature under test here)."""
    arrived = threading.Event()

    def receiver(request: httpx.Request) -> httpx.Response:
        arrived.set()
        return httpx.Response(204)

    config = MockConfig(default_durations=Durations(0, 0.05), webhook_transport=httpx.MockTransport(receiver))
    with MockServer(config) as server:
        created = httpx.post(f"{server.url}{QUANTUM}", json={"webhook": HOOK}, headers=AUTH).json()
        assert arrived.wait(timeout=30), "the task's end was never scheduled"
        assert server.state.flush_webhooks()
        (delivery,) = server.state.webhook_deliveries
        assert json.loads(delivery.payload)["id"] == created["id"]
        assert len([r for r in server.state.requests if r.method == "GET"]) == 0
