"""The clients against the stateful mock server: in-process (sync and async) and over loopback sockets.

Time is the mock's `ManualClock`: the clients' injected sleep moves it, so tasks that take seconds of API time
finish without any real waiting.
"""

from __future__ import annotations

import json
import threading
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any

import httpx
import pytest

from tengrai import (
    Artwork,
    AsyncTengrai,
    AuthenticationError,
    CreateOutcomeUnknownError,
    Tengrai,
    WebhookVerificationError,
    webhooks,
)
from tengrai.mock import (
    TEST_API_KEY,
    Durations,
    Faults,
    ManualClock,
    MockConfig,
    MockServer,
    MockState,
    RateLimit,
    SyncASGITransport,
    create_app,
)
from tengrai.mock import _openapi as _spec

BASE_URL = "http://tengrai-mock.test"
SECRET = "3f4a8c1b2d6e9f0a7b5c8d1e2f4a6b8c0d2e4f6a8b0c2d4e6f8a0b2c4d6e8f0"
PNG_MAGIC = b"\x89PNG\r\n\x1a\n"


def resolved_format(value: str) -> str:
    """The format an ``outputFormat`` value yields (the spec's ``x-resolved``)."""
    resolved: str = _spec.extension(_spec.component("OutputFormat"), "resolved")[value]
    return resolved


def magic_of(fmt: str) -> bytes:
    """The first bytes of an image file of this format."""
    return PNG_MAGIC if fmt == "png" else b"RIFF"


class Mock:
    """An in-process mock app, its state and a sync client wired to it."""

    def __init__(self, **config: Any) -> None:
        config.setdefault("clock", ManualClock())
        config.setdefault("durations", {"quantum": Durations(2, 18), "face_refiner": Durations(1, 6)})
        self.app = create_app(MockConfig(**config))
        self.state: MockState = self.app.state.mock
        self.transport = SyncASGITransport(self.app)

    def client(self, transport: httpx.BaseTransport | None = None, **options: Any) -> Tengrai:
        """A client whose sleeps move the mock's clock."""
        return Tengrai(
            api_key=TEST_API_KEY,
            base_url=BASE_URL,
            transport=transport or self.transport,
            sleep=self.state.advance,
            clock=self.state.clock.now,
            **options,
        )

    def close(self) -> None:
        """Stop the transport's loop thread and the webhook thread."""
        self.transport.close()
        self.state.close()


@pytest.fixture
def mock() -> Iterator[Mock]:
    """A fresh in-process mock."""
    instance = Mock()
    yield instance
    instance.close()


def test_generate_then_refine_the_faces_and_save_both(mock: Mock, tmp_path: Path) -> None:
    with mock.client() as client:
        portrait = client.quantum.generate(prompt="a portrait of an old sailor", seed=11, output_format="png")
        assert portrait.status == "succeeded"
        assert portrait.results
        refined = client.face_refiner.generate(image_url=portrait.results[0], denoising=2)
        assert refined.artwork_type == "face_refiner"
        assert refined.parameters["imageUrl"] == portrait.results[0]
        saved = client.artworks.save(portrait, tmp_path, sidecar=True) + refined.save(tmp_path)
    assert mock.state.created_count == 2
    assert saved[0].path.suffix == f".{resolved_format('png')}"
    assert saved[0].path.read_bytes().startswith(magic_of("png"))
    assert saved[-1].path.suffix == f".{resolved_format('auto')}"  # the default format
    assert saved[-1].path.read_bytes().startswith(magic_of(resolved_format("auto")))
    sidecar = json.loads((tmp_path / f"{portrait.id}.json").read_text())
    assert sidecar["prompt"] == "a portrait of an old sailor"
    assert sidecar["parameters"]["seed"] == portrait.parameters["seed"]
    # The mock keeps only a redacted Authorization header: the key reached it, and it never stored it.
    assert all(r.headers.get("authorization") == "Bearer <redacted>" for r in mock.state.requests if r.key_name)


def test_wait_learns_durations_and_reports_progress(mock: Mock) -> None:
    with mock.client() as client:
        first = client.quantum.generate(prompt="a lighthouse")
        learnt = client._core.durations.expected("quantum")
        # What is learnt for a task this client created is create-to-finish, queueing included.
        assert learnt is not None
        assert learnt >= first.duration
        events: list[str] = []
        second = client.quantum.generate(prompt="a second lighthouse", on_progress=lambda e: events.append(e.status))
    assert second.status == "succeeded"
    assert events[0] == "starting"
    assert events[-1] == "succeeded"
    assert "processing" in events


def test_list_iterates_everything_the_key_created(mock: Mock) -> None:
    with mock.client() as client:
        ids = {client.quantum.create(prompt=f"cat {n}").id for n in range(7)}
        listed = [artwork.id for artwork in client.artworks.list(page_size=3)]
    assert set(listed) == ids
    assert len(listed) == 7


def test_a_wrong_key_is_an_authentication_error(mock: Mock) -> None:
    with (
        Tengrai(api_key="wrong-key", base_url=BASE_URL, transport=mock.transport) as client,
        pytest.raises(AuthenticationError) as caught,
    ):
        client.quantum.create(prompt="a cat")
    assert caught.value.status_code == 401
    assert "wrong-key" not in str(caught.value)


def test_rate_limit_retry_after_is_honoured_on_the_mock_clock(mock: Mock) -> None:
    limited = Mock(rate_limit=RateLimit(requests=2, window=30))
    try:
        with limited.client(max_retries=1) as client:
            created = [client.quantum.create(prompt=f"cat {n}") for n in range(3)]
        assert len({artwork.id for artwork in created}) == 3
        assert limited.state.created_count == 3
        assert [r.status_code for r in limited.state.requests] == [202, 202, 429, 202]
    finally:
        limited.close()


class LoseCreateAnswers(httpx.BaseTransport):
    """Forwards every request; the answers of creates are lost on the way back (a read timeout)."""

    def __init__(self, inner: httpx.BaseTransport) -> None:
        self.inner = inner

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        response = self.inner.handle_request(request)
        if request.method == "POST":
            response.read()
            raise httpx.ReadTimeout("the answer was lost", request=request)
        return response


def test_a_lost_create_answer_is_recovered_without_a_second_task(mock: Mock) -> None:
    with mock.client(transport=LoseCreateAnswers(mock.transport)) as client:
        client.quantum.create(prompt="somebody else's cat")  # older, different: must not be picked
        artwork = client.quantum.create(prompt="a cat on a piano", style="analog")
        assert artwork.parameters["prompt"] == "a cat on a piano"
        done = artwork.wait()
    assert done.status == "succeeded"
    assert mock.state.created_count == 2
    assert artwork.id in mock.state.artworks


def test_dropped_connections_never_create_twice() -> None:
    dropping = Mock(faults=Faults(drop_rate=1.0))
    try:
        with dropping.client() as client, pytest.raises(CreateOutcomeUnknownError, match="may exist"):
            client.quantum.create(prompt="a cat")
        assert dropping.state.created_count == 1
    finally:
        dropping.close()


# ---------------------------------------------------------------------------------------------- async


@pytest.mark.anyio
async def test_async_chain_in_process(tmp_path: Path) -> None:
    clock = ManualClock()
    app = create_app(MockConfig(clock=clock, durations={"quantum": Durations(1, 9)}))
    state: MockState = app.state.mock

    async def sleep(seconds: float) -> None:
        state.advance(seconds)

    try:
        async with AsyncTengrai(
            api_key=TEST_API_KEY,
            base_url=BASE_URL,
            transport=httpx.ASGITransport(app=app),
            sleep=sleep,
            clock=clock.now,
        ) as client:
            portrait = await client.quantum.generate(prompt="a portrait")
            refined = await client.face_refiner.generate(image_url=portrait.results[0])
            saved = await refined.save(tmp_path, sidecar=True)
            listed = [artwork.id async for artwork in client.artworks.list()]
        assert saved[0].path.read_bytes()[:4] in (PNG_MAGIC[:4], b"RIFF")
        assert set(listed) == {portrait.id, refined.id}
    finally:
        state.close()


# ---------------------------------------------------------------------------------------------- loopback sockets


@pytest.fixture
def server() -> Iterator[MockServer]:
    """The mock served by uvicorn on 127.0.0.1."""
    with MockServer(MockConfig(clock=ManualClock(), durations={"quantum": Durations(1, 4)})) as running:
        yield running


def test_sync_client_over_loopback(server: MockServer, tmp_path: Path) -> None:
    with Tengrai(
        api_key=TEST_API_KEY, base_url=server.url, sleep=server.state.advance, clock=server.state.clock.now
    ) as client:
        artwork = client.quantum.generate(prompt="a harbour at night")
        saved = artwork.save(tmp_path)
    assert saved[0].url.startswith(server.url)
    assert saved[0].size_bytes > 0


@pytest.mark.anyio
async def test_many_async_tasks_share_a_small_pool(server: MockServer) -> None:
    import anyio

    async def sleep(seconds: float) -> None:
        server.state.advance(seconds)
        await anyio.lowlevel.checkpoint()

    results: list[Artwork] = []
    async with AsyncTengrai(
        api_key=TEST_API_KEY, base_url=server.url, sleep=sleep, clock=server.state.clock.now, max_connections=5
    ) as client:

        async def one(n: int) -> None:
            results.append(await client.quantum.generate(prompt=f"boat {n}"))

        async with anyio.create_task_group() as group:
            for n in range(80):
                group.start_soon(one, n)
    assert len(results) == 80
    assert {artwork.status for artwork in results} == {"succeeded"}
    assert server.state.created_count == 80


# ---------------------------------------------------------------------------------------------- webhooks


class Receiver:
    """A webhook receiver on 127.0.0.1 that verifies every delivery with the organization secret."""

    def __init__(self) -> None:
        self.received: list[Artwork] = []
        self.rejected: list[str] = []
        self.arrived = threading.Event()
        receiver = self

        class Handler(BaseHTTPRequestHandler):
            def do_POST(self) -> None:
                body = self.rfile.read(int(self.headers["content-length"]))
                try:
                    artwork = webhooks.unwrap(body, dict(self.headers.items()), SECRET)
                except WebhookVerificationError as exc:
                    receiver.rejected.append(str(exc))
                    self.send_response(400)
                else:
                    receiver.received.append(artwork)
                    self.send_response(204)
                self.end_headers()
                receiver.arrived.set()

            def log_message(self, format: str, *args: Any) -> None:
                return

        self.http = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.url = f"http://127.0.0.1:{self.http.server_address[1]}/hooks/tengrai"
        self.thread = threading.Thread(target=self.http.serve_forever, daemon=True)
        self.thread.start()

    def close(self) -> None:
        """Stop serving."""
        self.http.shutdown()
        self.http.server_close()


class ToLoopback(httpx.BaseTransport):
    """Sends every delivery to the loopback receiver, whatever public URL it was addressed to."""

    def __init__(self, target: str) -> None:
        self.target = httpx.URL(target)
        self.inner = httpx.HTTPTransport()

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        request.url = self.target
        request.headers["host"] = self.target.netloc.decode()
        return self.inner.handle_request(request)


def test_webhook_delivery_is_verified_and_parsed_on_loopback() -> None:
    receiver = Receiver()
    hooked = Mock(webhook_secret=SECRET, webhook_transport=ToLoopback(receiver.url))
    try:
        with hooked.client() as client:
            # The client only accepts public HTTPS webhooks; the mock's transport brings them to loopback.
            artwork = client.quantum.generate(prompt="a lantern", webhook="https://hooks.example.com/tengrai")
        assert hooked.state.flush_webhooks(10)
        assert receiver.arrived.wait(10)
    finally:
        hooked.close()
        receiver.close()
    assert receiver.rejected == []
    (delivered,) = receiver.received
    assert delivered.id == artwork.id
    assert delivered.status == "succeeded"
    assert delivered.results == artwork.results
    assert delivered.parameters["webhook"] == "https://hooks.example.com/tengrai"


def test_a_delivery_signed_with_another_secret_is_rejected() -> None:
    receiver = Receiver()
    hooked = Mock(
        webhook_secret="not-the-organization-secret", webhook_transport=ToLoopback(receiver.url), webhook_attempts=1
    )
    try:
        with hooked.client() as client:
            client.quantum.generate(prompt="a lantern", webhook="https://hooks.example.com/tengrai")
        hooked.state.flush_webhooks(10)
        assert receiver.arrived.wait(10)
    finally:
        hooked.close()
        receiver.close()
    assert receiver.received == []
    assert receiver.rejected
    assert "no webhook signature matches" in receiver.rejected[0]
