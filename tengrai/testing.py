"""pytest fixtures for testing code that calls Tengr.ai: an in-process mock server, no network, no sleeping.

Installed with ``tengrai[mock]``, pytest loads this plugin on its own (``pytest11`` entry point). Fixtures:

* ``tengrai_mock`` -- a `TengraiMock`: the mock app, its `ManualClock`, the requests it received, and helpers to
  move time (`TengraiMock.advance`, `TengraiMock.finish_all`). While it is active, every ``Tengrai()`` /
  ``AsyncTengrai()`` built without ``transport=``/``http_client=`` -- also inside the code under test -- talks to
  it (`TengraiMock.route_default_clients`), and webhooks are never sent over the network: deliveries are
  recorded (`TengraiMock.webhook_deliveries`) and handed to `TengraiMock.webhook_handler` when one is set.
* ``tengrai_client`` / ``tengrai_async_client`` -- a `tengrai.Tengrai` / `tengrai.AsyncTengrai` wired to it,
  whose sleeps move the mock's clock: ``generate()`` goes through every status without waiting.
* ``tengrai_mock_config`` -- the `MockConfig` used; override this fixture to change it.

Without the ``mock`` extra the fixtures fail with the command that installs it, not an import traceback.

Example::

    def test_thumbnail(tengrai_client, tengrai_mock, tmp_path):
        artwork = tengrai_client.quantum.generate(prompt="a lighthouse")   # no real waiting
        (saved,) = artwork.save(tmp_path)
        assert tengrai_mock.requests[0].json()["prompt"] == "a lighthouse"

This module imports nothing heavy at load time: the mock (Starlette, Pillow, ...) and the client are imported
when a fixture is first used.
"""

from __future__ import annotations

import asyncio
import dataclasses
import json
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from typing import TYPE_CHECKING, Any

import pytest

from tengrai.mock._config import IN_PROCESS_BASE_URL

if TYPE_CHECKING:
    import httpx
    from starlette.applications import Starlette

    from tengrai import AsyncTengrai, Tengrai
    from tengrai._default_connection import DefaultConnection
    from tengrai.mock import ManualClock, MockConfig, MockState, RecordedRequest, WebhookDelivery

__all__ = [
    "MOCK_BASE_URL",
    "TengraiMock",
    "WebhookHandler",
    "tengrai_async_client",
    "tengrai_client",
    "tengrai_mock",
    "tengrai_mock_config",
]

MOCK_BASE_URL = IN_PROCESS_BASE_URL
"""The base URL clients of the in-process mock use; no request ever leaves the process
(`tengrai.mock.IN_PROCESS_BASE_URL`)."""


WebhookHandler = Callable[["httpx.Request"], "httpx.Response | int | None"]
"""Receives a webhook delivery in-process: the signed POST as an `httpx.Request` (``request.content`` is the raw
body, ``request.headers`` the signature headers). Returns the receiver's answer: an `httpx.Response`, a status
code, or None for 200."""


class TengraiMock:
    """An in-process mock Tengr.ai server and handles to drive and inspect it.

    Webhook deliveries never leave the process: unless ``config`` names its own ``webhook_transport``, each one is
    recorded (`webhook_deliveries`) and handed to `webhook_handler` when set (else answered 200).

    Attributes:
        webhook_handler: called with each webhook delivery (a `WebhookHandler`), or None to just record them.
    """

    def __init__(self, config: MockConfig) -> None:
        import httpx

        from tengrai.mock import ManualClock, create_app

        if config.webhook_transport is None:
            config = dataclasses.replace(config, webhook_transport=httpx.MockTransport(self._receive_webhook))
        self.webhook_handler: WebhookHandler | None = None
        self.app: Starlette = create_app(config)
        self.state: MockState = self.app.state.mock
        self.base_url = MOCK_BASE_URL
        self._transports: list[httpx.BaseTransport] = []
        self._manual = isinstance(self.state.clock, ManualClock)

    def _receive_webhook(self, request: httpx.Request) -> httpx.Response:
        import httpx

        handler = self.webhook_handler
        answer = handler(request) if handler is not None else None
        if isinstance(answer, httpx.Response):
            return answer
        return httpx.Response(200 if answer is None else answer)

    def webhook_payloads(self) -> list[dict[str, Any]]:
        """The JSON bodies of the webhook deliveries so far (after `flush_webhooks`), oldest first."""
        payloads: list[dict[str, Any]] = [json.loads(delivery.payload) for delivery in self.webhook_deliveries]
        return payloads

    @property
    def clock(self) -> ManualClock:
        """The mock's `ManualClock` (TypeError if the config chose another clock)."""
        from tengrai.mock import ManualClock

        clock = self.state.clock
        if not isinstance(clock, ManualClock):
            raise TypeError(f"tengrai_mock_config chose {clock!r}; only a ManualClock can be driven")
        return clock

    @property
    def requests(self) -> list[RecordedRequest]:
        """Every request the mock answered, oldest first."""
        return self.state.requests

    @property
    def artworks(self) -> dict[str, dict[str, Any]]:
        """Every artwork by id, as the API would return it now."""
        return self.state.artworks

    @property
    def webhook_deliveries(self) -> list[WebhookDelivery]:
        """Webhook deliveries made so far (see `flush_webhooks`)."""
        return self.state.webhook_deliveries

    def advance(self, seconds: float) -> None:
        """Move the mock's clock forward; tasks that became due finish and send their webhooks."""
        self.state.advance(seconds)

    def finish_all(self) -> None:
        """Move the clock until every task created so far has ended."""
        self.state.finish_all()

    def flush_webhooks(self, timeout: float | None = 10.0) -> bool:
        """Wait for queued webhook deliveries; False if ``timeout`` seconds passed first."""
        return self.state.flush_webhooks(timeout)

    def transport(self) -> httpx.BaseTransport:
        """A new sync httpx transport into the mock (closed with the fixture)."""
        from tengrai.mock import SyncASGITransport

        transport = SyncASGITransport(self.app)
        self._transports.append(transport)
        return transport

    def async_transport(self) -> httpx.AsyncBaseTransport:
        """A new async httpx transport into the mock."""
        import httpx

        return httpx.ASGITransport(app=self.app)

    def client(self, **options: Any) -> Tengrai:
        """A `tengrai.Tengrai` wired to the mock (``options`` go to its constructor).

        On a `ManualClock` the client also keeps time by it: its sleeps (between polls, before retries) move the
        mock's clock instead of waiting, so ``generate()`` and ``wait()`` finish at once in real time while the
        tasks still go through every status, and ``wait_timeout`` counts mock seconds.
        """
        from tengrai import Tengrai
        from tengrai.mock import TEST_API_KEY

        options.setdefault("api_key", TEST_API_KEY)
        options.setdefault("base_url", self.base_url)
        options.setdefault("transport", self.transport())
        if self._manual:
            options.setdefault("clock", self.state.clock.now)
            options.setdefault("sleep", self.advance)
        return Tengrai(**options)

    def async_client(self, **options: Any) -> AsyncTengrai:
        """A `tengrai.AsyncTengrai` wired to the mock (``options`` go to its constructor); time as in `client`."""
        from tengrai import AsyncTengrai
        from tengrai.mock import TEST_API_KEY

        options.setdefault("api_key", TEST_API_KEY)
        options.setdefault("base_url", self.base_url)
        options.setdefault("transport", self.async_transport())
        if self._manual:

            async def sleep(seconds: float) -> None:
                self.advance(seconds)

            options.setdefault("clock", self.state.clock.now)
            options.setdefault("sleep", sleep)
        return AsyncTengrai(**options)

    def _connection(self) -> DefaultConnection:
        from tengrai._default_connection import DefaultConnection
        from tengrai.mock import TEST_API_KEY

        def transport(is_async: bool) -> Any:
            return self.async_transport() if is_async else self.transport()

        sleep: Callable[[bool], Any] | None = None
        if self._manual:

            async def async_sleep(seconds: float) -> None:
                self.advance(seconds)

            def sleep(is_async: bool) -> Any:
                return async_sleep if is_async else self.advance

        return DefaultConnection(
            api_key=TEST_API_KEY,
            base_url=self.base_url,
            transport=transport,
            clock=self.state.clock.now if self._manual else None,
            sleep=sleep,
        )

    @contextmanager
    def route_default_clients(self) -> Iterator[TengraiMock]:
        """While active, every `tengrai.Tengrai` / `tengrai.AsyncTengrai` built without ``transport=`` or
        ``http_client=`` talks to this mock, whatever ``api_key`` / ``base_url`` it is given (the key is replaced
        by the mock's, so a real key is never sent anywhere). The ``tengrai_mock`` fixture keeps this on for the
        whole test, like moto's patching: code under test needs no change.
        """
        from tengrai._client import set_default_connection

        previous = set_default_connection(self._connection())
        try:
            yield self
        finally:
            set_default_connection(previous)

    def close(self) -> None:
        """Close the transports handed out and stop the webhook thread."""
        for transport in self._transports:
            transport.close()
        self._transports.clear()
        self.state.close()

    def __repr__(self) -> str:
        return f"TengraiMock(base_url={self.base_url!r}, artworks={len(self.state.artworks)})"


def _require_mock_extra() -> None:
    from tengrai.mock import MockExtraMissingError, require_extra

    try:
        require_extra()
    except MockExtraMissingError as exc:
        problem = f"tengrai's pytest fixtures: {exc}"
    else:
        return
    pytest.fail(problem, pytrace=False)  # outside the except block: no chained import traceback


@pytest.fixture
def tengrai_mock_config() -> MockConfig:
    """The configuration of ``tengrai_mock``: a `ManualClock`, loopback webhook URLs accepted (deliveries stay
    in-process anyway), otherwise defaults. Override to change it."""
    _require_mock_extra()
    from tengrai.mock import ManualClock, MockConfig

    return MockConfig(clock=ManualClock(), allow_loopback_webhooks=True)


@pytest.fixture
def tengrai_mock(tengrai_mock_config: MockConfig) -> Iterator[TengraiMock]:
    """A fresh in-process mock Tengr.ai server for one test; clients built during the test talk to it."""
    _require_mock_extra()
    mock = TengraiMock(tengrai_mock_config)
    try:
        with mock.route_default_clients():
            yield mock
    finally:
        mock.close()


@pytest.fixture
def tengrai_client(tengrai_mock: TengraiMock) -> Iterator[Tengrai]:
    """A sync `tengrai.Tengrai` client talking to ``tengrai_mock``."""
    client = tengrai_mock.client()
    try:
        yield client
    finally:
        client.close()


@pytest.fixture
def tengrai_async_client(tengrai_mock: TengraiMock) -> Iterator[AsyncTengrai]:
    """An async `tengrai.AsyncTengrai` client talking to ``tengrai_mock`` (use it from async tests)."""
    client = tengrai_mock.async_client()
    try:
        yield client
    finally:
        # In-process transports hold no sockets, so closing is bookkeeping; it needs an event loop of its own,
        # and is left to garbage collection when the teardown itself runs inside one.
        try:
            asyncio.get_running_loop()
        except RuntimeError:
            asyncio.run(client.close())
