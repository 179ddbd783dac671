"""`tengrai batch`: validation before sending, results.jsonl, summary, contact sheet, shards."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from tengrai.cli._batch import in_shard, parse_shard
from tengrai.mock import TEST_API_KEY
from tests.batch.support import request_counts, served_mock
from tests.cli._support import run_main


def _write(path: Path, rows: list[object]) -> Path:
    path.write_text("".join((row if isinstance(row, str) else json.dumps(row)) + "\n" for row in rows))
    return path


def _results(path: Path) -> list[dict[str, object]]:
    return [json.loads(line) for line in path.read_text().splitlines()]


def test_an_invalid_line_stops_the_batch_before_anything_is_sent(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    requests = _write(
        tmp_path / "r.jsonl",
        [{"operation": "quantum", "prompt": "ok"}, {"operation": "selena-variete", "prompt": "no image"}],
    )
    with served_mock() as server:
        result = run_main(
            capsys,
            "batch",
            str(requests),
            "-o",
            str(tmp_path / "out"),
            "--base-url",
            server.url,
            "--api-key",
            TEST_API_KEY,
        )
        assert result.code == 2
        assert "line 2" in result.err
        assert "imageUrl" in result.err
        assert "nothing was sent" in result.err
        assert request_counts(server)["create"] == 0


@pytest.mark.slow
def test_batch_writes_results_images_and_a_summary(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    requests = _write(
        tmp_path / "r.jsonl",
        [
            {"operation": "quantum", "prompt": "a fox", "key": "fox"},
            "",
            {"operation": "selena-variete", "imageUrl": "https://example.com/a.png", "processing_mode": "reimagine"},
            {"operation": "quantum", "prompt": "x", "width": 3},
        ],
    )
    out = tmp_path / "out"
    with served_mock() as server:
        argv = ["batch", str(requests), "-o", str(out), "--base-url", server.url, "--api-key", TEST_API_KEY]
        result = run_main(capsys, *argv, "--skip-invalid")
        assert result.code == 1  # one line was invalid
        rows = _results(out / "results.jsonl")
        assert [(row["line"], row["key"], row["status"]) for row in rows] == [
            (1, "fox", "succeeded"),
            (3, None, "failed"),  # the mock fails image-to-image tasks on foreign URLs
            (4, None, "invalid"),
        ]
        assert all(Path(str(path)).is_file() for path in rows[0]["files"])  # type: ignore[attr-defined]
        assert "succeeded" in result.out
        assert "results:" in result.out
        assert (out / "contact-sheet.png").is_file()
        # The same command again resumes: nothing new is created.
        again = run_main(capsys, *argv, "--skip-invalid")
        assert again.code == 1
        assert [row["artworkId"] for row in _results(out / "results.jsonl")] == [row["artworkId"] for row in rows]
        assert server.state.created_count == 2


@pytest.mark.slow
def test_shards_split_the_input_deterministically(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    requests = _write(tmp_path / "r.jsonl", [{"operation": "quantum", "prompt": f"p{n}"} for n in range(10)])
    out = tmp_path / "out"
    with served_mock() as server:
        for shard in ("1/2", "2/2"):
            argv = ["batch", str(requests), "-o", str(out), "--base-url", server.url, "--api-key", TEST_API_KEY]
            assert run_main(capsys, *argv, "--shard", shard, "--no-save").code == 0
        one = _results(out / "results-shard-1-of-2.jsonl")
        two = _results(out / "results-shard-2-of-2.jsonl")
        assert sorted(int(str(row["line"])) for row in one + two) == list(range(1, 11))
        assert server.state.created_count == 10
        assert (out / ".tengrai-batch-shard-1-of-2.sqlite").is_file()
    assert [in_shard(f"line:{n}", (1, 2)) for n in range(1, 11)] == [
        in_shard(f"line:{n}", (1, 2)) for n in range(1, 11)
    ]


def test_parse_shard() -> None:
    import argparse

    assert parse_shard("2/4") == (2, 4)
    for bad in ("0/4", "5/4", "x", "1/"):
        with pytest.raises(argparse.ArgumentTypeError):
            parse_shard(bad)
