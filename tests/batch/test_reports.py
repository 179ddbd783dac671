"""What `tengrai batch` tells about a run: --json, why each task failed, every failure counted, re-running failures."""

from __future__ import annotations

import asyncio
import json
from collections.abc import Callable
from pathlib import Path

import pytest

from tengrai import AsyncTengrai, Tengrai
from tengrai.batch import BatchResult
from tengrai.mock import TEST_API_KEY
from tests.batch.support import served_mock
from tests.cli._support import run_main


def _write(path: Path, rows: list[dict[str, object]]) -> Path:
    path.write_text("".join(json.dumps(row) + "\n" for row in rows))
    return path


def _results(path: Path) -> list[dict[str, object]]:
    return [json.loads(line) for line in path.read_text().splitlines()]


def test_batch_json_prints_one_json_document_with_every_result(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    requests = _write(
        tmp_path / "r.jsonl",
        [{"operation": "quantum", "prompt": "a fox", "key": "fox"}, {"operation": "quantum", "prompt": "an owl"}],
    )
    with served_mock() as server:
        argv = ["batch", str(requests), "-o", str(tmp_path / "out"), "--base-url", server.url]
        result = run_main(capsys, *argv, "--api-key", TEST_API_KEY, "--no-save", "--json")
    assert result.code == 0, result.err
    document = json.loads(result.out)  # the whole of stdout is one JSON document, no table
    assert document["counts"] == {"succeeded": 2}
    assert document["lines"] == 2
    assert document["resultsFile"] == str(tmp_path / "out" / "results.jsonl")
    assert [(row["line"], row["key"], row["status"]) for row in document["results"]] == [
        (1, "fox", "succeeded"),
        (2, None, "succeeded"),
    ]
    assert document["requests"] >= 2


def test_results_and_summary_say_why_each_task_failed_and_count_every_failure(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    requests = _write(tmp_path / "r.jsonl", [{"operation": "quantum", "prompt": f"p{n}"} for n in range(12)])
    out = tmp_path / "out"
    with served_mock(failure_rate=1.0) as server:
        argv = ["batch", str(requests), "-o", str(out), "--base-url", server.url, "--api-key", TEST_API_KEY]
        result = run_main(capsys, *argv, "--no-save")
    assert result.code == 1
    rows = _results(out / "results.jsonl")
    assert len(rows) == 12
    for row in rows:
        assert row["status"] == "failed"
        assert "failed this task on purpose" in str(row["error"]), row  # the server's reason, not "task failed"
        assert row["operation"] == "quantum"  # as the line said it, not create_quantum_artwork
    assert "failed this task on purpose" in result.out
    assert "and 2 more" in result.out  # 10 listed, the rest counted
    assert "--retry-failed" in result.out  # how to run just those again


def test_batch_result_error_carries_the_reason_and_the_operation_as_given(tmp_path: Path) -> None:
    with served_mock(failure_rate=1.0) as server, Tengrai(api_key=TEST_API_KEY, base_url=server.url) as client:
        [result] = client.batch([{"operation": "face-refiner", "image_url": "https://example.com/a.png"}])
    assert result.status == "failed"
    assert result.error is not None
    assert "failed this task on purpose" in result.error
    assert result.operation_id == "create_face_refiner_artwork"
    assert result.to_json()["operation"] == "face-refiner"


def test_retry_failed_reruns_only_the_lines_that_did_not_succeed(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    requests = _write(tmp_path / "r.jsonl", [{"operation": "quantum", "prompt": f"p{n}"} for n in range(3)])
    out = tmp_path / "out"
    with served_mock(failure_rate=1.0) as failing:
        argv = ["batch", str(requests), "-o", str(out), "--api-key", TEST_API_KEY, "--no-save"]
        assert run_main(capsys, *argv, "--base-url", failing.url).code == 1
    with served_mock() as server:
        # A plain re-run resumes: failures are final, nothing is sent again.
        again = run_main(capsys, *argv, "--base-url", server.url)
        assert again.code == 1
        assert server.state.created_count == 0
        # --retry-failed sends the failed lines again (new tasks), and the results file shows their new outcome.
        retried = run_main(capsys, *argv, "--base-url", server.url, "--retry-failed")
        assert retried.code == 0, retried.err
        assert server.state.created_count == 3
    assert [row["status"] for row in _results(out / "results.jsonl")] == ["succeeded"] * 3


_REQUESTS = [{"operation": "quantum", "prompt": "a fox"}, {"operation": "quantum", "prompt": "an owl"}]
Run = Callable[[str, int, bool], list[BatchResult]]
"""``run(url, lines, retry_failed)``: the first ``lines`` of `_REQUESTS` as a batch with one journal."""


def _check_retry_failed(run: Run) -> None:
    """Line 1 succeeded and line 2 failed in earlier runs: only ``retry_failed`` sends line 2 again, once."""
    with served_mock() as server:
        assert [result.status for result in run(server.url, 1, False)] == ["succeeded"]
    with served_mock(failure_rate=1.0) as failing:
        assert [result.status for result in run(failing.url, 2, False)] == ["succeeded", "failed"]
        assert failing.state.created_count == 1  # line 1 was finished already
    with served_mock() as server:
        kept = run(server.url, 2, False)
        assert [result.status for result in kept] == ["succeeded", "failed"]  # a failure is final by default
        assert server.state.created_count == 0
        retried = run(server.url, 2, True)
        assert [result.status for result in retried] == ["succeeded", "succeeded"]
        assert server.state.created_count == 1  # only the failed line, as a new task
        assert retried[0].artwork_id == kept[0].artwork_id
        assert retried[1].artwork_id not in (None, kept[1].artwork_id)
        again = run(server.url, 2, True)  # nothing failed any more: nothing is sent
        assert server.state.created_count == 1
        assert [result.artwork_id for result in again] == [result.artwork_id for result in retried]


def test_client_batch_retry_failed_sends_only_the_failed_lines_again(tmp_path: Path) -> None:
    def run(url: str, lines: int, retry_failed: bool) -> list[BatchResult]:
        with Tengrai(api_key=TEST_API_KEY, base_url=url) as client:
            return client.batch(_REQUESTS[:lines], journal=tmp_path / "j.sqlite", retry_failed=retry_failed)

    _check_retry_failed(run)


def test_async_client_batch_retry_failed_sends_only_the_failed_lines_again(tmp_path: Path) -> None:
    async def batch(url: str, lines: int, retry_failed: bool) -> list[BatchResult]:
        async with AsyncTengrai(api_key=TEST_API_KEY, base_url=url) as client:
            return await client.batch(_REQUESTS[:lines], journal=tmp_path / "j.sqlite", retry_failed=retry_failed)

    _check_retry_failed(lambda url, lines, retry_failed: asyncio.run(batch(url, lines, retry_failed)))
