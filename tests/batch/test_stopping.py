"""A batch that ends early (a callback raises, the caller cancels) stops creating, raises the real exception, and
names every task it created and did not see end, so no artwork id is lost even with the journal in memory."""

from __future__ import annotations

import asyncio
import re
from collections.abc import Iterator
from pathlib import Path

import pytest

from tengrai.batch import BatchProgress, BatchResult
from tengrai.mock import Durations, MockConfig
from tengrai.testing import TengraiMock
from tests.batch.support import quantum

SLOW = Durations(starting=0.05, processing=30.0)
"""Tasks that do not end while a test runs: what is left is the created-but-unfinished state."""
UUID = re.compile(r"[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}")


class Stop(Exception):
    """The user's own exception, raised from a callback."""


@pytest.fixture
def slow_mock() -> Iterator[TengraiMock]:
    mock = TengraiMock(MockConfig(default_durations=SLOW))
    try:
        yield mock
    finally:
        mock.close()


def named_ids(exc: BaseException) -> set[str]:
    return {match for note in getattr(exc, "__notes__", ()) for match in UUID.findall(note)}


def test_a_raising_progress_callback_stops_the_creates_and_names_every_task(slow_mock: TengraiMock) -> None:
    def stop_after_three(progress: BatchProgress) -> None:
        if progress.created >= 3:
            raise Stop("enough")

    with slow_mock.client() as client, pytest.raises(Stop, match="enough") as caught:
        client.batch(quantum(20), concurrency=2, on_progress=stop_after_three)
    created = set(slow_mock.artworks)
    assert 3 <= len(created) <= 3 + 2  # the creates in flight when it raised were answered; no new ones were sent
    assert named_ids(caught.value) == created
    (note,) = caught.value.__notes__
    assert "requests were not sent" in note
    assert "journal was in memory" in note


def test_a_raising_result_callback_is_raised_as_it_is_and_called_no_more() -> None:
    mock = TengraiMock(MockConfig(default_durations=Durations(starting=0.0, processing=0.05)))
    calls: list[BatchResult] = []

    def stop(result: BatchResult) -> None:
        calls.append(result)
        raise Stop(f"line {result.line}")

    try:
        with mock.client() as client, pytest.raises(Stop) as caught:
            client.batch(quantum(6), concurrency=6, on_result=stop)
    finally:
        mock.close()
    assert type(caught.value) is Stop  # not an ExceptionGroup of one copy per finished task
    assert len(calls) == 1
    finished = {calls[0].artwork_id}
    assert named_ids(caught.value) | finished >= {
        artwork_id for artwork_id, artwork in mock.artworks.items() if artwork["status"] != "succeeded"
    }


def test_a_stopped_batch_resumes_from_its_journal_without_doubles(slow_mock: TengraiMock, tmp_path: Path) -> None:
    journal = tmp_path / "journal.sqlite"

    def stop_after_two(progress: BatchProgress) -> None:
        if progress.created >= 2:
            raise Stop("later")

    with slow_mock.client(wait_timeout=0.5) as client:
        with pytest.raises(Stop) as caught:
            client.batch(quantum(6), concurrency=1, journal=journal, on_progress=stop_after_two)
        assert f"journal={str(journal)!r}" in caught.value.__notes__[0]
        first = set(slow_mock.artworks)
        results = client.batch(quantum(6), concurrency=1, journal=journal)
    assert len(slow_mock.artworks) == 6  # one task per request: the stopped run's tasks were waited for, not re-sent
    assert first <= {result.artwork_id for result in results}
    assert {result.status for result in results} == {"timeout"}  # still processing after wait_timeout


@pytest.mark.anyio
async def test_a_cancelled_async_batch_names_what_it_created(slow_mock: TengraiMock) -> None:
    async with slow_mock.async_client() as client:
        task = asyncio.ensure_future(client.batch(quantum(30), concurrency=3))
        for _ in range(500):
            if len(slow_mock.artworks) >= 4:
                break
            await asyncio.sleep(0.01)
        task.cancel()
        with pytest.raises(asyncio.CancelledError) as caught:
            await task
    created = set(slow_mock.artworks)
    assert len(created) < 30
    (note,) = caught.value.__notes__
    unknown = re.search(r"(\d+) creates have an unknown outcome", note)
    # Every task the server made is named, except those of creates cut off in flight, which are counted.
    assert len(created - named_ids(caught.value)) <= (int(unknown.group(1)) if unknown else 0)
    assert named_ids(caught.value) <= created
