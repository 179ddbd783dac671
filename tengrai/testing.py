"""pytest fixtures for testing code that calls Tengr.ai: an in-process mock server, no network, no sleeping.

Installed with ``tengrai[mock]``, pytest loads this plugin on its own (``pytest11`` entry point). Fixtures:

* ``tengrai_mock`` -- a `TengraiMock`: the mock app, its `ManualClock`, the requests it received, and helpers to
  move time (`TengraiMock.advance`, `TengraiMock.finish_all`).
* ``tengrai_client`` / ``tengrai_async_client`` -- a `tengrai.Tengrai` / `tengrai.AsyncTengrai` wired to it,
  whose sleeps move the mock's clock: ``generate()`` goes through every status without waiting.
* ``tengrai_mock_config`` -- the `MockConfig` used; override this fixture to change it.

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
from collections.abc import Iterator
from typing import TYPE_CHECKING, Any

import pytest

if TYPE_CHECKING:
    import httpx
    from starlette.applications import Starlette

    from tengrai import AsyncTengrai, Tengrai
    from tengrai.mock import ManualClock, MockConfig, MockState, RecordedRequest, WebhookDelivery

__all__ = [
    "MOCK_BASE_URL",
    "TengraiMock",
    "tengrai_async_client",
    "tengrai_client",
    "tengrai_mock",
    "tengrai_mock_config",
]

MOCK_BASE_URL = "http://tengrai-mock.invalid"
"""The base URL clients of the in-process mock use; no request ever leaves the process."""


class TengraiMock:
    """An in-process mock Tengr.ai server and handles to drive and inspect it."""

    def __init__(self, config: MockConfig) -> None:
        from tengrai.mock import ManualClock, create_app

        self.app: Starlette = create_app(config)
        self.state: MockState = self.app.state.mock
        self.base_url = MOCK_BASE_URL
        self._transports: list[httpx.BaseTransport] = []
        self._manual = isinstance(self.state.clock, ManualClock)

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

    def close(self) -> None:
        """Close the transports handed out and stop the webhook thread."""
        for transport in self._transports:
            transport.close()
        self._transports.clear()
        self.state.close()

    def __repr__(self) -> str:
        return f"TengraiMock(base_url={self.base_url!r}, artworks={len(self.state.artworks)})"


@pytest.fixture
def tengrai_mock_config() -> MockConfig:
    """The configuration of ``tengrai_mock``: a `ManualClock` and otherwise defaults. Override to change it."""
    from tengrai.mock import ManualClock, MockConfig

    return MockConfig(clock=ManualClock())


@pytest.fixture
def tengrai_mock(tengrai_mock_config: MockConfig) -> Iterator[TengraiMock]:
    """A fresh in-process mock Tengr.ai server for one test."""
    mock = TengraiMock(tengrai_mock_config)
    try:
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
