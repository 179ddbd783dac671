"""The batch scheduler in the unit tier: `AsyncTengrai.batch` on an event loop on virtual time against the artworks
API on that time (`tests.batch.virtual_time`), so the pacing, the watching by the page, the deadlines and the
recovery of a lost answer are checked against the time they happened at, with no socket, thread or real wait."""

from __future__ import annotations

from typing import Any

from tengrai import AsyncTengrai
from tengrai.batch._watch import POLL_INTERVAL
from tests.batch.support import quantum
from tests.batch.virtual_time import VirtualApi, VirtualTimeLoop, run_virtual
from tests.client.support import error_response


def _batch(requests: list[dict[str, Any]], **options: Any) -> Any:
    async def main(client: AsyncTengrai, loop: VirtualTimeLoop) -> tuple[list[Any], float]:
        results = await client.batch(requests, **options)
        return results, loop.time()

    return main


def test_tasks_are_watched_by_the_page_and_each_end_is_seen_within_a_round() -> None:
    api = VirtualApi(duration=30.0)
    results, ended = run_virtual(_batch(quantum(20)), api)
    assert [result.status for result in results] == ["succeeded"] * 20
    assert sorted(result.artwork_id for result in results) == sorted(api.tasks)  # one task per line, none twice
    assert api.times("get") == []  # every task is on the first page: no task is read on its own
    lists = api.times("list")
    assert lists
    assert len(lists) <= 30.0 / POLL_INTERVAL + 3
    last_end = max(created for created, _ in api.tasks.values()) + 30.0
    assert last_end <= ended <= last_end + POLL_INTERVAL + 1.0


def test_a_429_halves_the_window_and_no_create_is_sent_before_its_retry_after() -> None:
    throttled = error_response(429, "slow down", {"retry-after": "7"})
    api = VirtualApi(duration=5.0, create_replies=["ok", "ok", throttled])
    results, _ = run_virtual(_batch(quantum(8)), api)
    assert [result.status for result in results] == ["succeeded"] * 8
    assert len(api.tasks) == 8
    (refused_at,) = [at for at, kind, status in api.log if kind == "create" and status == 429]
    later = [at for at, kind, status in api.log if kind == "create" and at > refused_at]
    assert later
    assert min(later) >= refused_at + 7.0


def test_a_task_that_never_ends_times_out_wait_timeout_after_its_create() -> None:
    api = VirtualApi(duration=None)
    results, ended = run_virtual(_batch(quantum(3)), api, wait_timeout=60.0)
    assert [result.status for result in results] == ["timeout"] * 3
    assert all(result.artwork_id in api.tasks for result in results)  # the ids are kept: the tasks may still end
    created = max(at for at, _ in api.tasks.values())
    assert created + 60.0 <= ended <= created + 60.0 + POLL_INTERVAL + 1.0


def test_a_create_whose_answer_was_lost_is_found_and_claimed_not_sent_again() -> None:
    api = VirtualApi(duration=10.0, create_replies=["ok", "drop"])
    results, _ = run_virtual(_batch(quantum(4)), api)
    assert [result.status for result in results] == ["succeeded"] * 4
    assert len(api.tasks) == 4  # the lost one was found among the newest artworks, not created twice
    assert sorted(result.artwork_id for result in results) == sorted(api.tasks)
