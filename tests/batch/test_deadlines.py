"""A batch ends on time whatever its status reads do, honours Retry-After only up to the single calls' cap, and
registers its creates where single calls do (neither takes a task the other could own)."""

from __future__ import annotations

import email.utils
import threading
import time
from datetime import UTC, datetime
from typing import Any

import pytest

from tengrai import CreateOutcomeUnknownError, Tengrai
from tests.client.loopback import Exchange, loopback, raw_answer
from tests.client.support import API_KEY, LIST, QUANTUM, artwork_json, json_response

pytestmark = pytest.mark.slow

WAIT = 4.0
"""The client's wait_timeout in these tests."""
SLACK = 4.0
"""Generous room on a busy 2-core machine; the defects these tests reproduce ran for minutes or for ever."""


def _in_thread(func: Any, limit: float) -> tuple[bool, list[Any]]:
    """Run ``func`` in a daemon thread for at most ``limit`` seconds: (ended, [result or exception])."""
    outcome: list[Any] = []

    def run() -> None:
        try:
            outcome.append(func())
        except BaseException as exc:  # handed to the test
            outcome.append(exc)

    thread = threading.Thread(target=run, daemon=True)
    thread.start()
    thread.join(limit)
    return not thread.is_alive(), outcome


class RunningTask:
    """Creates answer at once with a running task; reads are answered by ``read`` (by default: still running)."""

    def __init__(self, read: str) -> None:
        self.read = read
        self.artwork: dict[str, Any] | None = None
        self.reads = 0

    def __call__(self, exchange: Exchange) -> None:
        if exchange.method == "POST":
            self.artwork = artwork_json(parameters=exchange.json(), status="processing", created_at=datetime.now(UTC))
            exchange.answer_json(202, self.artwork)
            return
        self.reads += 1
        listing = exchange.path.split("?")[0] == LIST
        data: Any = [self.artwork] if listing else self.artwork
        if self.read == "fail":
            exchange.answer_json(500, {"message": "status store unavailable"})
        elif self.read == "trickle":
            body = json_response(200, data).content + b" " * 4000
            exchange.trickle(raw_answer(200, body, {"Content-Type": "application/json"}), 0.05)
        elif self.read.startswith("retry-after ") and self.reads == 1:
            exchange.answer_json(429, {"message": "slow down"}, {"Retry-After": self.read.split(" ", 1)[1]})
        else:
            exchange.answer_json(200, data)


@pytest.mark.parametrize("read", ["fail", "trickle", "retry-after 1e9", "retry-after 40"])
def test_a_batch_ends_at_wait_timeout_whatever_its_status_reads_do(read: str) -> None:
    handler = RunningTask(read)
    with (
        loopback(handler) as server,
        Tengrai(api_key=API_KEY, base_url=server.base_url, wait_timeout=WAIT, timeout=30, max_retries=0) as client,
    ):
        started = time.monotonic()
        ended, outcome = _in_thread(lambda: client.batch([{"operation": "quantum", "prompt": "a cat"}]), WAIT + SLACK)
        elapsed = time.monotonic() - started
        assert ended, f"the batch was still running {elapsed:.1f} s after it began (wait_timeout={WAIT:g})"
        [result] = outcome[0]
        assert result.status == "timeout"
        assert handler.artwork is not None
        assert result.artwork_id == handler.artwork["id"]
        assert "re-run waits for it again" in str(result.error)
    assert server.count("POST", QUANTUM) == 1


class LostAnswers:
    """The first create that arrives is carried out and the second is not, and neither gets an answer (each
    connection is closed without one), once both have arrived. The list shows what was created, with a Date."""

    def __init__(self) -> None:
        self.arrived = threading.Barrier(2)
        self.lock = threading.Lock()
        self.created: list[dict[str, Any]] = []
        self.posts = 0

    def __call__(self, exchange: Exchange) -> None:
        if exchange.method == "POST":
            with self.lock:
                self.posts += 1
                first = self.posts == 1
                if first:
                    now = datetime.now(UTC)
                    self.created.append(artwork_json(parameters=exchange.json(), status="processing", created_at=now))
            self.arrived.wait(10)
            raise ConnectionAbortedError("dropped")  # the server closes the connection without an answer
        date = email.utils.formatdate(usegmt=True)
        if exchange.path.split("?")[0] == LIST:
            exchange.answer_json(200, list(reversed(self.created)), {"Date": date})
        else:
            exchange.answer_json(200, self.created[0], {"Date": date})


def test_a_batch_create_and_a_single_create_at_once_share_one_registry() -> None:
    # Same parameters, sent at the same time on one client; one of them created a task, neither got an answer.
    # The task may be either's: the single create and the batch line each see the other in the client's registry
    # of tasks, so neither takes it (the old batch did not register, so one of them took it).
    handler = LostAnswers()
    with (
        loopback(handler) as server,
        Tengrai(api_key=API_KEY, base_url=server.base_url, timeout=10, max_retries=0, wait_timeout=5) as client,
    ):
        single: list[Any] = []

        def create() -> None:
            try:
                single.append(client.quantum.create(prompt="a lighthouse"))
            except CreateOutcomeUnknownError as exc:
                single.append(exc)

        thread = threading.Thread(target=create, daemon=True)
        thread.start()
        [result] = client.batch([{"operation": "quantum", "prompt": "a lighthouse"}])
        thread.join(30)
        [task] = handler.created
        assert isinstance(single[0], CreateOutcomeUnknownError), single
        assert single[0].candidates == [task["id"]]
        assert "in flight at the same time" in str(single[0])
        assert result.status == "may_exist"
        assert result.artwork_id is None
        assert "another create of this client" in str(result.error)
        assert client.unfinished == []  # nobody took it
    assert server.count("POST", QUANTUM) == 2  # and nothing was sent again
