"""The batch runner against a served mock: results in order, status by the page, throttling, resuming."""

from __future__ import annotations

import json
import random
import time
from collections.abc import Mapping, Sequence
from pathlib import Path
from typing import Any

import httpx
import pytest

from tengrai import AsyncTengrai, Tengrai
from tengrai.batch import BatchProgress, BatchResult
from tengrai.batch._journal import Journal
from tengrai.mock import TEST_API_KEY, Faults, RateLimit
from tests.batch.support import quantum, request_counts, served_mock
from tests.paths import LIST


@pytest.mark.slow
def test_results_come_in_input_order_with_saved_files(tmp_path: Path) -> None:
    seen: list[BatchResult] = []
    with served_mock() as server, Tengrai(api_key=TEST_API_KEY, base_url=server.url) as client:
        results = client.batch(quantum(12), output_dir=tmp_path, on_result=seen.append)
        assert [result.key for result in results] == [f"k{n}" for n in range(12)]
        assert {result.status for result in results} == {"succeeded"}
        assert len({result.artwork_id for result in results}) == 12
        for result in results:
            assert result.files
            assert all(Path(path).is_file() for path in result.files)
            assert result.artwork is not None
            assert result.artwork.id == result.artwork_id
            assert result.artwork.parameters["prompt"] == f"a lighthouse, study {result.key[1:]}"  # type: ignore[index]
        assert sorted(result.line for result in seen) == list(range(1, 13))
        assert request_counts(server)["create"] == 12


def test_status_is_read_by_the_page_not_per_task() -> None:
    with served_mock() as server, Tengrai(api_key=TEST_API_KEY, base_url=server.url) as client:
        results = client.batch(quantum(40))
        assert {result.status for result in results} == {"succeeded"}
        counts = request_counts(server)
        assert counts["create"] == 40
        assert counts["get"] == 0  # every task was found on the first page of the list
        assert 1 <= counts["list"] < 40


@pytest.mark.slow
@pytest.mark.anyio
async def test_async_client_batch(tmp_path: Path) -> None:
    progress: list[BatchProgress] = []
    with served_mock() as server:
        async with AsyncTengrai(api_key=TEST_API_KEY, base_url=server.url) as client:
            results = await client.batch(quantum(8), output_dir=tmp_path, on_progress=progress.append)
        assert {result.status for result in results} == {"succeeded"}
        assert type(results[0].artwork).__name__ == "AsyncArtwork"
        assert progress[-1].finished == progress[-1].total == 8
        assert progress[-1].created == 8


def test_failed_tasks_are_reported_with_their_artwork_id() -> None:
    with served_mock(failure_rate=1.0) as server, Tengrai(api_key=TEST_API_KEY, base_url=server.url) as client:
        results = client.batch(quantum(3), output_dir=None)
        assert {result.status for result in results} == {"failed"}
        assert all(result.artwork_id and result.error for result in results)


@pytest.mark.slow
def test_a_429_pauses_and_halves_then_every_request_is_created_once() -> None:
    progress: list[BatchProgress] = []
    with (
        served_mock(rate_limit=RateLimit(requests=6, window=0.5)) as server,
        Tengrai(api_key=TEST_API_KEY, base_url=server.url) as client,
    ):
        results = client.batch(quantum(14), concurrency=8, on_progress=progress.append)
        assert {result.status for result in results} == {"succeeded"}
        counts = request_counts(server)
        assert counts["create:202"] == 14
        assert counts["create:429"] >= 1
        assert progress[-1].throttled >= 1
        assert min(step.window for step in progress) < 8


def test_a_rerun_with_the_journal_creates_nothing_again(tmp_path: Path) -> None:
    journal = tmp_path / "journal.sqlite"
    with served_mock() as server, Tengrai(api_key=TEST_API_KEY, base_url=server.url) as client:
        first = client.batch(quantum(5), output_dir=tmp_path, journal=journal)
        again = client.batch(quantum(5), output_dir=tmp_path, journal=journal)
        assert [result.artwork_id for result in again] == [result.artwork_id for result in first]
        assert [result.files for result in again] == [result.files for result in first]
        assert server.state.created_count == 5


def test_a_changed_input_line_is_refused_on_resume(tmp_path: Path) -> None:
    journal = tmp_path / "journal.sqlite"
    with served_mock() as server, Tengrai(api_key=TEST_API_KEY, base_url=server.url) as client:
        client.batch(quantum(2), journal=journal)
        changed = quantum(2)
        changed[1]["prompt"] = "something else"
        with pytest.raises(Exception, match="input changed since the journal"):
            client.batch(changed, journal=journal)
        assert server.state.created_count == 2


def _journal_intents(journal: Path, requests: Sequence[Mapping[str, object]], sent_at: float) -> None:
    """Write 'sending' rows as a batch killed between recording its creates and their answers leaves them."""
    from tengrai.batch import parse_requests

    valid, _ = parse_requests(requests)
    with Journal(journal) as opened:
        for r in valid:
            opened.about_to_send(r.item, r.line, r.operation_id, r.canonical_body)
        opened._db.execute("UPDATE items SET sent_at = ?", (sent_at,))


@pytest.mark.slow
def test_unknown_outcomes_of_a_killed_run_are_found_not_sent_again(tmp_path: Path) -> None:
    journal = tmp_path / "journal.sqlite"
    requests = quantum(4)
    with served_mock() as server, Tengrai(api_key=TEST_API_KEY, base_url=server.url) as client:
        intent = time.time() - 10  # resumed well after the kill: one look
        _journal_intents(journal, requests, intent)
        # The killed run (another process, so another client) got two creates to the server, not the others.
        with Tengrai(api_key=TEST_API_KEY, base_url=server.url) as killed:
            created = [killed.quantum.create(prompt=str(request["prompt"])) for request in requests[:2]]
        results = client.batch(requests, journal=journal)
        assert [result.status for result in results] == ["succeeded", "succeeded", "may_exist", "may_exist"]
        assert [result.artwork_id for result in results[:2]] == [artwork.id for artwork in created]
        assert "may have reached the server" in str(results[2].error)
        assert server.state.created_count == 2
        # Still unknown on a plain rerun; sent only when asked.
        assert [r.status for r in client.batch(requests, journal=journal)][2:] == ["may_exist", "may_exist"]
        assert server.state.created_count == 2
        resent = client.batch(requests, journal=journal, resend_unknown=True)
        assert {result.status for result in resent} == {"succeeded"}
        assert server.state.created_count == 4
        assert resent[0].artwork_id == created[0].id


@pytest.mark.slow
def test_a_resume_does_not_adopt_a_teammates_task_its_create_cannot_account_for(tmp_path: Path) -> None:
    # A run killed a minute ago had sent (or was sending) a create that never reached the API; its requests
    # ended within the 10 s timeout. Now a teammate on the same key creates the same prompt: the resumed line must
    # not report that task as its own.
    journal = tmp_path / "journal.sqlite"
    requests = quantum(1)
    with served_mock() as server, Tengrai(api_key=TEST_API_KEY, base_url=server.url, timeout=10) as client:
        _journal_intents(journal, requests, time.time() - 60)
        with Tengrai(api_key=TEST_API_KEY, base_url=server.url) as teammate:
            theirs = teammate.quantum.create(prompt=str(requests[0]["prompt"]))
        [result] = client.batch(requests, journal=journal)
        assert result.status == "may_exist"
        assert result.artwork_id != theirs.id
        assert server.state.created_count == 1  # and nothing was sent


def test_identical_requests_each_get_their_own_task(tmp_path: Path) -> None:
    journal = tmp_path / "journal.sqlite"
    requests = [{"operation": "quantum", "prompt": "same"} for _ in range(3)]
    with served_mock() as server, Tengrai(api_key=TEST_API_KEY, base_url=server.url) as client:
        _journal_intents(journal, requests, time.time() - 10)
        with Tengrai(api_key=TEST_API_KEY, base_url=server.url) as killed:
            created = {killed.quantum.create(prompt="same").id for _ in range(2)}
        results = client.batch(requests, journal=journal)
        assert {result.artwork_id for result in results[:2]} == created
        assert results[2].status == "may_exist"


def test_dropped_create_answers_are_recovered_without_doubles() -> None:
    faults = Faults(drop_rate=0.3)
    with served_mock(faults=faults) as server, Tengrai(api_key=TEST_API_KEY, base_url=server.url) as client:
        results = client.batch(quantum(12))
        ids = [result.artwork_id for result in results if result.artwork_id]
        assert len(ids) == len(set(ids))
        assert set(server.state.artworks) == set(ids)  # every task the server created belongs to one line
        assert {result.status for result in results} <= {"succeeded", "may_exist", "error"}


def test_the_pacer_estimates_the_limit_from_the_first_429_then_cuts() -> None:
    from tengrai.batch._scheduler import _Pacer

    pacer = _Pacer()
    for n in range(50):  # 50 answers in the first 0.4 s of a window, then a 429 asking for 1 s
        pacer.answered(100.0 + n * 0.008)
    pacer.limited(100.4, 1.0)
    # The window is the whole number of seconds in (0.4 + 1 - 1, 0.4 + 1]: 50 per second, sent at 97% of it.
    assert pacer.rate == pytest.approx(_Pacer.HEADROOM * 50)
    before = pacer.rate
    assert before is not None
    pacer.limited(103.0, 1.0)
    assert pacer.rate == pytest.approx(before * _Pacer.CUT)


def test_the_pacer_takes_a_per_minute_limit_for_one() -> None:
    from tengrai.batch._scheduler import _Pacer

    pacer = _Pacer()
    for n in range(50):
        pacer.answered(100.0 + n * 0.008)
    pacer.limited(100.4, 60.0)  # 50 answered, then "come back in a minute"
    assert pacer.rate == pytest.approx(_Pacer.HEADROOM * 50 / 60)


@pytest.mark.anyio
async def test_status_rounds_are_rare_until_the_last_create_is_answered() -> None:
    import anyio

    from tengrai.batch import parse_requests
    from tengrai.batch._scheduler import CREATING_INTERVAL, CREATING_STATUS_SHARE, POLL_INTERVAL, BatchOptions, _Batch

    valid, _ = parse_requests(quantum(1))
    async with AsyncTengrai(api_key=TEST_API_KEY, base_url="http://127.0.0.1:9") as client:
        with Journal(None) as journal:
            batch = _Batch(client._core, client._runner, valid, BatchOptions(), journal)
            batch._creates_done = anyio.Event()
            batch._watch(valid[0], "00000000-0000-4000-8000-000000000001")
            assert batch._next_round() == CREATING_INTERVAL  # status reads would eat the creates' rate budget
            batch.pacer.rate = 1.0  # a limit of about 1 request/s: rounds take at most 5% of it
            assert batch._next_round() == pytest.approx(1 / CREATING_STATUS_SHARE)
            batch._creates_done.set()
            assert batch._next_round() == POLL_INTERVAL


@pytest.mark.anyio
async def test_the_pacer_spaces_requests_once_a_rate_is_known() -> None:
    from tengrai.batch._scheduler import _Pacer

    now = [0.0]
    pacer = _Pacer()
    await pacer.take(lambda: now[0])  # no limit known: no wait
    pacer.rate = 1000.0
    pacer._grown_at = 0.0
    slots = []
    for _ in range(3):
        await pacer.take(lambda: now[0])
        slots.append(pacer._next)
    assert slots == pytest.approx([0.001, 0.002, 0.003])


def test_a_resumed_artwork_the_api_does_not_know_ends_as_an_error(tmp_path: Path) -> None:
    from tengrai.batch import parse_requests

    journal = tmp_path / "journal.sqlite"
    requests = quantum(1)
    valid, _ = parse_requests(requests)
    with Journal(journal) as opened:
        for r in valid:
            opened.about_to_send(r.item, r.line, r.operation_id, r.canonical_body)
        opened.created(valid[0].item, "00000000-0000-4000-8000-000000000000")  # e.g. made against another server
    with served_mock() as server, Tengrai(api_key=TEST_API_KEY, base_url=server.url) as client:
        [result] = client.batch(requests, journal=journal)
        assert result.status == "error"
        assert result.artwork_id == "00000000-0000-4000-8000-000000000000"
        assert "does not know" in str(result.error)
        assert request_counts(server)["get"] == 1  # one 404 ends it: not polled until the deadline
        assert server.state.created_count == 0  # and never created again


@pytest.mark.parametrize("client_class", [Tengrai, AsyncTengrai])
def test_the_batch_options_record_names_every_option_of_both_clients(client_class: type[object]) -> None:
    import dataclasses
    import inspect

    from tengrai.batch._scheduler import BatchOptions

    method = client_class.batch  # type: ignore[attr-defined]
    options = [p.name for p in inspect.signature(method).parameters.values() if p.kind is p.KEYWORD_ONLY]
    assert options == [f.name for f in dataclasses.fields(BatchOptions)]
    values = {name: object() for name in options}
    record = BatchOptions.named({"self": None, "requests": [], **values})
    assert all(getattr(record, name) is value for name, value in values.items())


def test_a_bad_concurrency_is_refused_before_anything_is_sent() -> None:
    from tengrai import ValidationError

    with served_mock() as server, Tengrai(api_key=TEST_API_KEY, base_url=server.url) as client:
        with pytest.raises(ValidationError, match="concurrency"):
            client.batch(quantum(2), concurrency=0)
        assert server.state.created_count == 0


class _LostAnswerThenFlakyLists(httpx.BaseTransport):
    """The first create is processed by the server but its answer is lost; then ``list_failures`` list requests
    fail on the wire (the lookup for that create's task must try again, not give up)."""

    def __init__(self, inner: httpx.BaseTransport, list_failures: int) -> None:
        self.inner = inner
        self.list_failures = list_failures
        self.answer_lost = False

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        if request.method == "POST" and not self.answer_lost:
            self.inner.handle_request(request).read()  # the server created the task
            self.answer_lost = True
            raise httpx.RemoteProtocolError("peer closed connection without sending complete message body")
        if request.method == "GET" and request.url.path == "/v2/artworks" and self.list_failures:
            self.list_failures -= 1
            raise httpx.ReadError("connection reset by peer")
        return self.inner.handle_request(request)


@pytest.mark.slow
def test_a_lookup_that_fails_on_the_wire_is_tried_again_before_reporting_may_exist() -> None:
    from tengrai.mock import MockConfig, SyncASGITransport, create_app
    from tests.batch.support import FAST

    app = create_app(MockConfig(default_durations=FAST))
    transport = _LostAnswerThenFlakyLists(SyncASGITransport(app), list_failures=3)
    with Tengrai(api_key=TEST_API_KEY, base_url="http://127.0.0.1:9", transport=transport) as client:
        (result,) = client.batch(quantum(1))
    assert transport.answer_lost
    assert transport.list_failures == 0
    assert result.status == "succeeded", result.error
    assert [result.artwork_id] == list(app.state.mock.artworks)


ANSWERED_503 = {"study 1": 1, "study 5": 1, "study 9": 2}
"""Prompts (of `quantum`) whose first creates are answered 503: lines 2 and 6 once, line 10 twice."""


def _with_503s(app: Any, rate: float) -> Any:
    """``app`` behind 503s that process nothing: the creates of `ANSWERED_503`, and a share ``rate`` of the reads of
    tasks and files. The list of artworks is always answered: with the mock's own faults (every request alike) the
    looks' list requests failed too, and five in a row (about one run in 70) leave a look failed, when ``may_exist``
    is the right answer (test_a_lookup_that_fails_on_the_wire_is_tried_again_before_reporting_may_exist)."""
    left = dict(ANSWERED_503)
    chance = random.Random()

    async def faulty(scope: Any, receive: Any, send: Any) -> None:
        if scope["type"] != "http" or scope["path"] == LIST:
            await app(scope, receive, send)
            return
        if scope["method"] == "POST":
            raw = b""
            while True:
                message = await receive()
                raw += message.get("body", b"")
                if not message.get("more_body"):
                    break
            prompt = next((p for p in left if json.loads(raw).get("prompt", "").endswith(p)), None)
            if prompt is not None and left[prompt]:
                left[prompt] -= 1
                await _answer_503(send)
                return
            await app(scope, _replay(raw), send)
            return
        if chance.random() < rate:
            await _answer_503(send)
            return
        await app(scope, receive, send)

    return faulty


async def _answer_503(send: Any) -> None:
    body = json.dumps({"message": "injected by the test", "error": "Service Unavailable", "statusCode": 503}).encode()
    headers = [(b"content-type", b"application/json"), (b"content-length", str(len(body)).encode())]
    await send({"type": "http.response.start", "status": 503, "headers": headers})
    await send({"type": "http.response.body", "body": body})


def _replay(raw: bytes) -> Any:
    sent = False

    async def receive() -> dict[str, Any]:
        nonlocal sent
        if sent:
            return {"type": "http.disconnect"}
        sent = True
        return {"type": "http.request", "body": raw, "more_body": False}

    return receive


def test_creates_answered_503_are_looked_for_then_sent_again_once_without_doubles() -> None:
    # A 503 processes nothing: the looks after each prove it, so each such line is sent once more (issue 20: 7);
    # none becomes may_exist, no line gets two tasks, and a line answered 503 twice is reported not created.
    from tengrai.mock import MockConfig, MockServer, create_app
    from tests.batch.support import FAST

    app = create_app(MockConfig(default_durations=FAST, seed=None))
    try:
        with (
            MockServer(app=_with_503s(app, rate=0.3)) as server,
            Tengrai(api_key=TEST_API_KEY, base_url=server.url) as client,
        ):
            results = client.batch(quantum(12))
    finally:
        app.state.mock.close()
    ids = [result.artwork_id for result in results if result.artwork_id]
    assert len(ids) == len(set(ids))
    assert set(app.state.mock.artworks) == set(ids)  # every task the server created belongs to one line
    assert "may_exist" not in {result.status for result in results}
    refused = [result for result in results if result.status == "error"]
    assert all("503 twice" in str(result.error) for result in refused)
    assert [result.line for result in refused] == [10]
    assert len(ids) == 11
