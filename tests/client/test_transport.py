"""The clients' own transports: one deadline-bounded pool for single calls and batches, name resolution bounded by
the deadline, and hardening built from httpx/httpcore's public interfaces (nothing of theirs written afterwards)."""

from __future__ import annotations

import re
import socket
import sys
import threading
import time
from collections.abc import Iterator
from pathlib import Path
from types import FrameType
from typing import Any

import pytest

from tengrai import APIConnectionError, APITimeoutError, CreateOutcomeUnknownError, Tengrai

from .loopback import Exchange, loopback, raw_answer
from .support import API_KEY, LIST, QUANTUM, artwork_json, json_response

pytestmark = pytest.mark.slow

TRICKLE = 0.05
SLACK = 2.5
"""Generous room on a busy 2-core machine; an unbounded request would take far longer."""
PACKAGE = Path(__file__).resolve().parents[2] / "tengrai"


def _socket_readers() -> list[str]:
    """Names of the threads (other than the loopback server's) whose stack is inside httpcore or httpx now."""
    found = []
    names = {thread.ident: thread.name for thread in threading.enumerate()}
    for ident, frame in sys._current_frames().items():
        if ident == threading.get_ident():
            continue
        stack = []
        current: FrameType | None = frame
        while current is not None:
            stack.append(current.f_code.co_filename)
            current = current.f_back
        if any("/httpcore/" in name or "/httpx/" in name for name in stack):
            found.append(names.get(ident, str(ident)))
    return found


class TrickledCreate:
    """A server answering creates one byte every 50 ms (a 2 KB answer: 100 s) and recording when each create's
    connection was given up by the client; every other request is answered at once."""

    def __init__(self) -> None:
        self.create_spans: list[float] = []

    def __call__(self, exchange: Exchange) -> None:
        if exchange.method == "POST":
            started = time.monotonic()
            body = json_response(202, artwork_json()).content + b" " * 2000
            data = raw_answer(202, body)
            for index in range(len(data)):
                if exchange.stop.wait(TRICKLE):
                    break
                try:
                    exchange.wfile.write(data[index : index + 1])
                    exchange.wfile.flush()
                except OSError:
                    break
            self.create_spans.append(time.monotonic() - started)
        elif exchange.path.split("?")[0] == LIST:
            exchange.answer_json(200, [])
        else:
            exchange.answer_json(404, {"message": "no"})


def test_a_batch_create_ends_at_its_deadline_and_leaves_no_socket_read_behind() -> None:
    handler = TrickledCreate()
    with (
        loopback(handler) as server,
        Tengrai(api_key=API_KEY, base_url=server.base_url, timeout=1, max_retries=0) as client,
    ):
        [result] = client.batch([{"operation": "quantum", "prompt": "a slow answer"}])
        readers = _socket_readers()
        deadline = time.monotonic() + 5
        while not handler.create_spans and time.monotonic() < deadline:
            time.sleep(0.05)  # the server notices the closed connection at its next byte
        assert result.status == "may_exist"
        assert readers == []
        assert handler.create_spans
        assert handler.create_spans[0] < 1 + SLACK
    assert server.count("POST", QUANTUM) == 1


def test_a_plain_create_against_the_same_server_is_cut_the_same_way() -> None:
    handler = TrickledCreate()
    with (
        loopback(handler) as server,
        Tengrai(api_key=API_KEY, base_url=server.base_url, timeout=1, max_retries=0) as client,
    ):
        with pytest.raises(CreateOutcomeUnknownError):
            client.quantum.create(prompt="a slow answer")
        assert _socket_readers() == []
        deadline = time.monotonic() + 5
        while not handler.create_spans and time.monotonic() < deadline:
            time.sleep(0.05)
        assert handler.create_spans
        assert handler.create_spans[0] < 1 + SLACK


@pytest.fixture
def stalled_resolver(monkeypatch: pytest.MonkeyPatch) -> Iterator[threading.Event]:
    """Name resolution of ``*.stalled.test`` hangs until the test ends (other names resolve as usual)."""
    release = threading.Event()
    real = socket.getaddrinfo

    def getaddrinfo(host: Any, *args: Any, **kwargs: Any) -> Any:
        if isinstance(host, str) and host.endswith("stalled.test"):
            release.wait(30)
            raise socket.gaierror("stalled")
        return real(host, *args, **kwargs)

    monkeypatch.setattr(socket, "getaddrinfo", getaddrinfo)
    yield release
    release.set()


def test_a_stalled_resolver_ends_generate_at_its_deadline_without_claiming_a_task(
    stalled_resolver: threading.Event,
) -> None:
    with Tengrai(api_key=API_KEY, base_url="http://api.stalled.test", timeout=30) as client:
        start = time.monotonic()
        with pytest.raises(APIConnectionError) as raised:
            client.quantum.generate(prompt="a cat", timeout=2)
        elapsed = time.monotonic() - start
    assert elapsed < 2 + SLACK
    assert not isinstance(raised.value, CreateOutcomeUnknownError)  # no POST left the machine
    assert isinstance(raised.value, APITimeoutError)
    assert "may exist" not in str(raised.value)
    assert "no task was created" in str(raised.value)


def test_a_stalled_resolver_ends_a_single_request_at_its_timeout(stalled_resolver: threading.Event) -> None:
    with Tengrai(api_key=API_KEY, base_url="http://api.stalled.test", timeout=1, max_retries=0) as client:
        start = time.monotonic()
        with pytest.raises(APITimeoutError):
            client.artworks.get("00000000-0000-4000-8000-000000000000")
        assert time.monotonic() - start < 1 + SLACK


_PRIVATE_WRITE = re.compile(r"(?<![\w.])([A-Za-z_]\w*(?:\.\w+)*)\.(_(?!_)\w+)\s*(?:\[[^\]]*\])?\s*=(?!=)")
"""An assignment to an underscore attribute (or an item of one) of some object."""
_OWN = ("self", "cls", "clone", "scoped", "handler")
"""Names the SDK gives its own objects (a client's copy, a per-call resource, its log handler)."""


def test_no_private_attribute_of_httpx_or_httpcore_is_written() -> None:
    """Only the SDK's own objects (``self``) get underscore attributes set: no httpx or httpcore internals."""
    offenders = []
    for path in sorted(PACKAGE.rglob("*.py")):
        text = path.read_text()
        for name in ("_network_backend", "._mounts", "._pool", "._content"):
            if name in text:
                offenders.append(f"{path.relative_to(PACKAGE.parent)}: mentions {name}")
        for number, line in enumerate(text.splitlines(), 1):
            for match in _PRIVATE_WRITE.finditer(line.split("#", 1)[0]):
                if match.group(1) not in _OWN:
                    offenders.append(f"{path.relative_to(PACKAGE.parent)}:{number}: {line.strip()}")
    assert offenders == []


def test_the_proxy_the_environment_names_is_used_as_httpx_would(monkeypatch: pytest.MonkeyPatch) -> None:
    """The client's own pool mounts the environment's proxies itself (httpx skips them for a given transport)."""
    artwork = artwork_json(status="succeeded")
    with loopback(lambda exchange: exchange.answer_json(200, artwork)) as proxy:
        for name in ("HTTP_PROXY", "HTTPS_PROXY", "ALL_PROXY", "NO_PROXY"):
            monkeypatch.delenv(name, raising=False)
            monkeypatch.delenv(name.lower(), raising=False)
        monkeypatch.setenv("HTTP_PROXY", proxy.base_url)
        monkeypatch.setenv("NO_PROXY", "direct.test")
        with Tengrai(api_key=API_KEY, base_url="http://api.proxied.test", max_retries=0) as client:
            assert client.artworks.get(str(artwork["id"])).id == artwork["id"]
    [exchange] = proxy.exchanges
    assert exchange.path.startswith("http://api.proxied.test/")  # the absolute form a proxy is sent


def test_a_host_the_environment_exempts_from_the_proxy_is_reached_directly(monkeypatch: pytest.MonkeyPatch) -> None:
    artwork = artwork_json(status="succeeded")
    with (
        loopback(lambda exchange: exchange.answer_json(502, {"message": "the proxy was used"})) as proxy,
        loopback(lambda exchange: exchange.answer_json(200, artwork)) as server,
    ):
        monkeypatch.setenv("HTTP_PROXY", proxy.base_url)
        monkeypatch.setenv("NO_PROXY", "127.0.0.1")
        with Tengrai(api_key=API_KEY, base_url=server.base_url, max_retries=0) as client:
            assert client.artworks.get(str(artwork["id"])).id == artwork["id"]
    assert proxy.exchanges == []


def test_scrubbing_an_error_writes_no_attribute_of_httpx_that_holds_no_secret() -> None:
    import httpx

    from tengrai._logging import register_secret, scrub_error

    writes: list[str] = []

    class Watched(httpx.ReadTimeout):
        def __setattr__(self, name: str, value: Any) -> None:
            writes.append(name)
            super().__setattr__(name, value)

    register_secret(API_KEY)
    error = Watched(f"no answer for {API_KEY}", request=httpx.Request("GET", "https://api.tengr.test/v2/artworks"))
    writes.clear()
    scrub_error(error)
    assert API_KEY not in str(error)
    assert [name for name in writes if name.startswith("_")] == []  # httpx's `_request` is left alone
