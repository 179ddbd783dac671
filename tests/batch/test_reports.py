"""What `tengrai batch` tells about a run: --json, why each task failed, every failure counted, re-running failures."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from tengrai import Tengrai
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
