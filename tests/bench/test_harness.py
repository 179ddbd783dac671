"""The benchmark harness computes what it claims: simulated polling, statistics and the report table."""

from __future__ import annotations

import itertools

import httpx
import pytest

from benchmarks._fixtures import BASE_URL, operation_path
from benchmarks._report import Detail, Row, Section, markdown_table, ratio_text, render_markdown, render_text
from benchmarks._simulation import Workload, detect, fixed_interval, run_schedule
from benchmarks._stats import percentile
from benchmarks.polling import SimulatedApi, run_client


def test_fixed_interval_detects_at_the_first_poll_after_the_end() -> None:
    # A 1.2 s task polled every 0.5 s is seen finished by the 3rd poll, at 1.5 s.
    polls, latency = detect(1.2, fixed_interval(0.5)())
    assert polls == 3
    assert latency == pytest.approx(0.3)


def test_a_poll_exactly_at_the_end_sees_the_task_finished() -> None:
    assert detect(1.0, fixed_interval(0.5)()) == (2, 0.0)


def test_a_schedule_that_gives_up_is_an_error() -> None:
    with pytest.raises(RuntimeError, match="gave up"):
        detect(5.0, iter([1.0, 1.0]))
    with pytest.raises(ValueError, match="negative"):
        detect(5.0, iter([-1.0]))


def test_run_schedule_aggregates_over_the_workload() -> None:
    stats = run_schedule(fixed_interval(1.0), [0.5, 1.5, 2.5, 3.5])
    assert stats.requests_per_task == pytest.approx(2.5)  # 1, 2, 3, 4 polls
    assert stats.mean_latency == pytest.approx(0.5)
    assert stats.max_requests == 4


def test_workload_is_reproducible_and_centred_on_its_median() -> None:
    workload = Workload(tasks=401, median_seconds=8.0, sigma=0.5, seed=3)
    durations = workload.durations()
    assert durations == workload.durations()
    assert 6.5 < sorted(durations)[200] < 9.5
    assert all(d > 0 for d in durations)


def test_percentile_is_nearest_rank() -> None:
    values = [float(v) for v in range(1, 21)]
    assert percentile(values, 95) == 19.0
    assert percentile(values, 100) == 20.0
    assert percentile([7.0], 50) == 7.0
    with pytest.raises(ValueError, match="empty"):
        percentile([], 50)


def test_simulated_api_finishes_tasks_on_its_clock_and_notes_detection() -> None:
    api = SimulatedApi(iter([2.0]))
    created = api.handle(httpx.Request("POST", BASE_URL + operation_path("create_quantum_artwork"), json={}))
    assert created.status_code == 202
    artwork_id = created.json()["id"]
    url = BASE_URL + operation_path("get_artwork").replace("{id}", artwork_id)
    api.sleep(1.0)
    early = api.handle(httpx.Request("GET", url)).json()
    assert (early["status"], early["results"]) == ("processing", [])
    api.sleep(1.5)
    done = api.handle(httpx.Request("GET", url)).json()
    assert done["status"] == "succeeded"
    assert done["results"]
    task = api.tasks[artwork_id]
    assert (task.polls, task.detected) == (2, 2.5)


def test_client_on_the_simulated_clock_polls_every_task_to_its_end() -> None:
    stats = run_client([3.0, 5.0, 4.0, 6.0], learn=True)
    assert stats.requests_per_task >= 2  # nothing finishes before the first poll
    assert 0 <= stats.mean_latency < 10


def test_report_marks_verdicts_and_escapes_markdown() -> None:
    rows = [
        Row("1 x", "a|b", "1 ms", "2 ms", ratio_text(1, 2), "<= 1x", True),
        Row("1 x", "m", "3 ms", "2 ms", ratio_text(3, 2), "<= 1x", False),
        Row("1 x", "m", "3 ms", "-", "-", "(info)", None),
        Row("1 x", "crashed", "boom", "-", "-", "-", False, error=True),
    ]
    assert [r.verdict for r in rows] == ["PASS", "MISS", "-", "ERROR"]
    assert ratio_text(1, 0) == "n/a"
    section = Section(rows=rows, details=[Detail("Detail", ("k", "v"), [("x", "1")], notes=["a note"])])
    text = render_text([section], ["CPU: test"])
    markdown = render_markdown([section], ["CPU: test"], "python -m benchmarks")
    assert "MISS" in text
    assert "CPU: test" in text
    assert "a\\|b" in markdown
    assert "- a note" in markdown
    assert markdown_table(("h",), [("c",)]).splitlines() == ["| h |", "| --- |", "| c |"]


def test_fixed_interval_schedule_is_endless() -> None:
    assert list(itertools.islice(fixed_interval(0.1)(), 3)) == [0.1, 0.1, 0.1]
