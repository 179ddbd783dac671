"""`tengrai batch` and its journal: two runs on one directory, shards, a full disk, bad files, planted links.

Runs that must overlap are real ``python -m tengrai`` processes against a mock this test serves on loopback.
"""

from __future__ import annotations

import collections
import json
import os
import sqlite3
import subprocess
import sys
import time
from collections.abc import Callable
from pathlib import Path

import pytest

import tengrai.batch._journal as journal_module
import tengrai.batch._journal_file as journal_file
from tengrai.mock import TEST_API_KEY, Durations, MockConfig, MockServer, RateLimit
from tests.batch.support import request_counts, served_mock
from tests.cli._support import run_main

JOURNAL = ".tengrai-batch.sqlite"


def _requests(path: Path, count: int, tag: str = "p") -> Path:
    path.write_text("".join(json.dumps({"operation": "quantum", "prompt": f"{tag} {n}"}) + "\n" for n in range(count)))
    return path


def _command(requests: Path, out: Path, url: str, *extra: str) -> list[str]:
    return [sys.executable, "-m", "tengrai", "batch", str(requests), "-o", str(out), "--base-url", url, *extra]


def _env() -> dict[str, str]:
    env = {name: value for name, value in os.environ.items() if not name.startswith("TENGRAI_")}
    env["TENGRAI_API_KEY"] = TEST_API_KEY
    return env


def _argv(requests: Path, out: Path, url: str, *extra: str) -> list[str]:
    return ["batch", str(requests), "-o", str(out), "--base-url", url, "--api-key", TEST_API_KEY, *extra]


def _prompts_created(server: MockServer) -> collections.Counter[str]:
    return collections.Counter(artwork["parameters"]["prompt"] for artwork in server.state.artworks.values())


def _wait_for(condition: Callable[[], bool], seconds: float = 30) -> None:
    deadline = time.monotonic() + seconds
    while not condition():
        assert time.monotonic() < deadline, "timed out"
        time.sleep(0.05)


@pytest.mark.slow
def test_a_second_batch_on_the_same_directory_is_refused_and_nothing_is_billed_twice(tmp_path: Path) -> None:
    requests = _requests(tmp_path / "r.jsonl", 12)
    out = tmp_path / "out"
    # Tasks of 8 s keep the first run going while the second starts, however loaded the machine is.
    with MockServer(MockConfig(default_durations=Durations(0.5, 7.5), seed=None)) as server:
        first = subprocess.Popen(
            _command(requests, out, server.url, "--no-save", "--concurrency", "2"),
            env=_env(),
            stdout=subprocess.DEVNULL,
            stderr=subprocess.PIPE,
            text=True,
        )
        try:
            _wait_for(lambda: server.state.created_count >= 1)
            second = subprocess.run(
                _command(requests, out, server.url, "--no-save"), env=_env(), capture_output=True, text=True, timeout=60
            )
            assert first.poll() is None, "the first run ended before the second one started: nothing was tested"
            assert second.returncode == 1, second.stderr
            assert f"another batch run holds the journal {out / JOURNAL} (process {first.pid} on " in second.stderr
            assert "Traceback" not in second.stderr
            assert second.stdout == ""
            _, err = first.communicate(timeout=120)
        finally:
            if first.poll() is None:
                first.kill()
                first.wait()
        assert first.returncode == 0, err
        assert _prompts_created(server) == collections.Counter(f"p {n}" for n in range(12))


@pytest.mark.slow
def test_runs_over_one_input_see_every_shard_journal(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    requests = _requests(tmp_path / "r.jsonl", 16)
    out = tmp_path / "out"
    with served_mock() as server:
        assert run_main(capsys, *_argv(requests, out, server.url, "--no-save", "--shard", "1/2")).code == 0
        assert run_main(capsys, *_argv(requests, out, server.url, "--no-save", "--shard", "2/2")).code == 0
        assert server.state.created_count == 16
        # A plain run "to collect the results" creates nothing: every line is in a shard's journal.
        assert run_main(capsys, *_argv(requests, out, server.url, "--no-save")).code == 0
        assert server.state.created_count == 16
        rows = [json.loads(line) for line in (out / "results.jsonl").read_text().splitlines()]
        assert {row["status"] for row in rows} == {"succeeded"}
        assert {row["artworkId"] for row in rows} == set(server.state.artworks)
        # Other shardings after it, and overlapping ones, bill nothing either.
        for shard in ("1/1", "2/3", "1/3"):
            assert run_main(capsys, *_argv(requests, out, server.url, "--no-save", "--shard", shard)).code == 0
        assert server.state.created_count == 16
        assert max(_prompts_created(server).values()) == 1


def _full_disk_after(monkeypatch: pytest.MonkeyPatch, pages: int) -> None:
    """Every journal this test opens fills up (SQLite's "database or disk is full") after ``pages`` more pages."""
    opened = journal_file.open_locked

    def tiny(path: str) -> sqlite3.Connection:
        db: sqlite3.Connection = opened(path)
        count = db.execute("PRAGMA page_count").fetchone()[0]
        db.execute(f"PRAGMA max_page_count = {count + pages}")
        return db

    monkeypatch.setattr(journal_module, "open_locked", tiny)


@pytest.mark.slow
def test_a_full_disk_ends_the_batch_with_one_error_naming_every_created_task(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    _full_disk_after(monkeypatch, 2)
    requests = _requests(tmp_path / "r.jsonl", 40, tag="a long prompt to fill the journal's pages " * 4)
    with served_mock() as server:
        result = run_main(capsys, *_argv(requests, tmp_path / "out", server.url, "--no-save"))
        created = set(server.state.artworks)
    assert result.code == 1
    assert 0 < len(created) < 40  # it stopped sending
    errors = [line for line in result.err.splitlines() if line.startswith("error:")]
    assert len(errors) == 1, result.err
    assert "cannot be written (database or disk is full)" in errors[0]
    assert "Traceback" not in result.err
    missing = [artwork_id for artwork_id in created if artwork_id not in result.err]
    assert not missing, f"{len(missing)} of {len(created)} created tasks not named:\n{result.err}"


@pytest.mark.slow
def test_a_full_disk_raises_from_client_batch_with_every_created_task_in_its_note(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from tengrai import Tengrai
    from tengrai.batch import JournalError
    from tests.batch.support import quantum

    _full_disk_after(monkeypatch, 2)
    requests = quantum(40, negative_prompt="filler " * 60)
    with served_mock() as server, Tengrai(api_key=TEST_API_KEY, base_url=server.url) as client:
        with pytest.raises(JournalError) as caught:
            client.batch(requests, journal=tmp_path / "journal.sqlite")
        created = set(server.state.artworks)
    notes = "\n".join(getattr(caught.value, "__notes__", []))
    assert created
    assert [artwork_id for artwork_id in created if artwork_id not in notes] == []


@pytest.mark.slow
def test_lines_never_sent_by_a_killed_run_are_sent_by_a_plain_rerun(tmp_path: Path) -> None:
    """Creates waiting for their turn under a rate limit have not been sent: a kill leaves them unsent, not unknown."""
    requests = _requests(tmp_path / "r.jsonl", 40)
    out = tmp_path / "out"
    # Under 10 requests per 4 s, the batch paces its creates about 0.5 s apart once it met the limit.
    config = MockConfig(default_durations=Durations(0.1, 0.2), rate_limit=RateLimit(requests=10, window=4.0), seed=None)
    with MockServer(config) as server:
        child = subprocess.Popen(
            _command(requests, out, server.url, "--no-save"),
            env=_env(),
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
        )
        _wait_for(lambda: request_counts(server)["create:429"] >= 1 and server.state.created_count >= 12)
        child.kill()
        killed_at = time.time()
        child.wait()
        time.sleep(0.5)  # the mock records a request once it answered it
        creates = [request for request in server.state.requests if request.method == "POST"]
        posted = {json.loads(request.body)["prompt"] for request in creates if request.body}
        # A create refused (429) before the mock read its body, so late that the kill came before it was forgotten.
        blank = sum(1 for request in creates if not request.body and request.at > killed_at - 0.25)
        with sqlite3.connect(out / JOURNAL) as db:
            sending = [
                json.loads(body)["prompt"] for (body,) in db.execute("SELECT body FROM items WHERE state = 'sending'")
            ]
        assert len(set(sending) - posted) <= blank, f"recorded as sent, never sent: {sorted(set(sending) - posted)}"
        again = subprocess.run(
            _command(requests, out, server.url, "--no-save"), env=_env(), capture_output=True, text=True, timeout=120
        )
        assert again.returncode in (0, 1), again.stderr
        rows = [json.loads(line) for line in (out / "results.jsonl").read_text().splitlines()]
        unknown = {f"p {row['line'] - 1}" for row in rows if row["status"] == "may_exist"}
        assert len(unknown - posted) <= blank, unknown
        assert max(_prompts_created(server).values()) == 1


@pytest.mark.parametrize(
    ("content", "message"),
    [
        (b"", "is empty (0 bytes)"),
        (b"garbage " * 600, "is damaged"),
    ],
)
def test_an_untrustworthy_journal_is_one_error_and_nothing_is_sent(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], content: bytes, message: str
) -> None:
    requests = _requests(tmp_path / "r.jsonl", 3)
    out = tmp_path / "out"
    out.mkdir()
    (out / JOURNAL).write_bytes(content)
    with served_mock() as server:
        result = run_main(capsys, *_argv(requests, out, server.url))
        assert request_counts(server)["create"] == 0
    assert result.code == 1
    assert result.err.count("\n") == 1, result.err
    assert result.err.startswith("error: the batch journal ")
    assert message in result.err


@pytest.mark.parametrize(
    ("content", "expected"),
    [
        (b'{"operation": "quantum", "prompt": "caf\xe9"}\n', "line 1: not valid UTF-8 (byte 0xe9 at column 40)"),
        (b'{"operation": "quantum", "prompt": ' + b"[" * 200_000 + b"]" * 200_000 + b"}\n", "nested too deeply"),
    ],
)
def test_an_unreadable_requests_file_is_reported_by_line(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], content: bytes, expected: str
) -> None:
    requests = tmp_path / "r.jsonl"
    requests.write_bytes(content)
    result = run_main(capsys, "batch", str(requests), "-o", str(tmp_path / "out"), "--api-key", TEST_API_KEY)
    assert result.code == 2
    assert expected in result.err
    assert "Traceback" not in result.err
    assert not (tmp_path / "out" / JOURNAL).exists()


def test_a_byte_order_mark_is_not_part_of_line_one(tmp_path: Path) -> None:
    from tengrai.batch import load_requests

    requests = tmp_path / "r.jsonl"
    requests.write_bytes(b'\xef\xbb\xbf{"operation": "quantum", "prompt": "a fox"}\n')
    valid, problems = load_requests(requests)
    assert problems == []
    assert [request.body["prompt"] for request in valid] == ["a fox"]


@pytest.mark.skipif(not hasattr(os, "symlink"), reason="symbolic links")
def test_the_contact_sheets_replace_a_planted_link_instead_of_writing_through_it(tmp_path: Path) -> None:
    pytest.importorskip("PIL")
    from tengrai.cli._batch import write_contact_sheet_image
    from tengrai.cli._output import write_contact_sheet

    out = tmp_path / "out"
    out.mkdir()
    victims = {}
    for name in ("contact-sheet.png", "index.html", "tengrai-contact-sheet.html"):
        victims[name] = tmp_path / f"victim-{name}"
        victims[name].write_text("precious")
        (out / name).symlink_to(victims[name])
    sheet = write_contact_sheet_image(out / "contact-sheet.png", [tmp_path / "missing.png"])
    page = write_contact_sheet(out, [])  # index.html is not a contact sheet: the sheet goes beside it
    assert [victim.read_text() for victim in victims.values()] == ["precious"] * 3
    for written in (sheet, page):
        assert not written.is_symlink()
        assert written.stat().st_size > 0
