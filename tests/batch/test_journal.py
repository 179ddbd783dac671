"""The journal file itself: one run at a time, one file, owner-only, shards that see each other, failed writes.

The runs that hold a journal are real processes (the lock is the operating system's), started by these tests and
stopped by them.
"""

from __future__ import annotations

import os
import shutil
import signal
import sqlite3
import stat
import subprocess
import sys
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import pytest

from tengrai import Tengrai
from tengrai.batch import JournalBusyError, JournalError
from tengrai.batch._journal import Journal
from tengrai.mock import TEST_API_KEY
from tests.batch.support import quantum, served_mock

_HOLDER = """
import sys
from tengrai.batch._journal import Journal
journal = Journal(sys.argv[1])
for n in range(int(sys.argv[2])):
    journal.about_to_send(f"k{n}", n + 1, "create_quantum_artwork", "{}")
    journal.created(f"k{n}", f"id-{n}")
print("held", flush=True)
sys.stdin.read()
journal.close()
"""


@contextmanager
def held(path: Path, rows: int = 0) -> Iterator[subprocess.Popen[str]]:
    """Another process that opens the journal at ``path``, writes ``rows`` created rows, and holds it."""
    child = subprocess.Popen(
        [sys.executable, "-c", _HOLDER, str(path), str(rows)],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    try:
        assert child.stdout is not None
        line = child.stdout.readline()
        assert line == "held\n", child.communicate(timeout=10)
        yield child
    finally:
        if child.poll() is None:
            child.kill()
        child.communicate(timeout=10)


def test_a_second_run_on_a_held_journal_is_refused_at_once_naming_the_first(tmp_path: Path) -> None:
    path = tmp_path / "journal.sqlite"
    with held(path) as first:
        started = time.monotonic()
        with pytest.raises(JournalBusyError) as caught:
            Journal(path)
        assert time.monotonic() - started < 5  # at once, not after a wait
        message = str(caught.value)
        assert f"process {first.pid} on " in message
        assert "running since" in message
        assert "nothing was sent" in message
        assert caught.value.owner["pid"] == first.pid
    # Once the first run ends, the journal is free again.
    Journal(path).close()


def test_client_batch_on_a_held_journal_sends_nothing(tmp_path: Path) -> None:
    path = tmp_path / "journal.sqlite"
    with served_mock() as server, Tengrai(api_key=TEST_API_KEY, base_url=server.url) as client, held(path) as first:
        with pytest.raises(JournalBusyError, match=f"process {first.pid} "):
            client.batch(quantum(3), journal=path)
        assert server.state.created_count == 0


def test_a_killed_run_does_not_hold_the_journal(tmp_path: Path) -> None:
    path = tmp_path / "journal.sqlite"
    with held(path, rows=2) as first:
        first.send_signal(signal.SIGKILL)
        first.wait(timeout=10)
    with Journal(path) as journal:
        assert {row.artwork_id for row in journal.rows().values()} == {"id-0", "id-1"}


def test_the_journal_is_one_file_even_after_a_kill(tmp_path: Path) -> None:
    """Everything a resume needs is in the journal file itself: a copy of it alone holds every committed row."""
    path = tmp_path / "run" / "journal.sqlite"
    with held(path, rows=5) as first:
        first.send_signal(signal.SIGKILL)
        first.wait(timeout=10)
    assert not (tmp_path / "run" / "journal.sqlite-wal").exists()
    alone = tmp_path / "copy" / "journal.sqlite"
    alone.parent.mkdir()
    shutil.copyfile(path, alone)
    with Journal(alone) as journal:
        assert sorted(row.artwork_id or "" for row in journal.rows().values()) == [f"id-{n}" for n in range(5)]


@pytest.mark.skipif(os.name != "posix", reason="POSIX file modes")
def test_the_journal_is_created_owner_only(tmp_path: Path) -> None:
    path = tmp_path / "out" / "journal.sqlite"
    with Journal(path) as journal:
        journal.about_to_send("k", 1, "create_quantum_artwork", '{"webhookUrl": "https://x.example/?token=s"}')
        assert stat.S_IMODE(path.stat().st_mode) == 0o600
        for beside in path.parent.iterdir():
            assert stat.S_IMODE(beside.stat().st_mode) & 0o077 == 0, beside


@pytest.mark.parametrize(
    ("content", "message"),
    [
        (b"", r"is empty \(0 bytes\)"),
        (b"not a database at all, " * 300, "damaged"),
    ],
)
def test_an_empty_or_damaged_journal_stops_the_run_before_anything_is_sent(
    tmp_path: Path, content: bytes, message: str
) -> None:
    path = tmp_path / "journal.sqlite"
    path.write_bytes(content)
    with served_mock() as server, Tengrai(api_key=TEST_API_KEY, base_url=server.url) as client:
        with pytest.raises(JournalError, match=message):
            client.batch(quantum(3), journal=path)
        assert server.state.created_count == 0
    assert path.read_bytes() == content  # left as it was, for the user to restore


def test_a_truncated_journal_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "journal.sqlite"
    with Journal(path) as journal:
        for n in range(300):
            journal.about_to_send(f"k{n}", n + 1, "create_quantum_artwork", "x" * 500)
    data = path.read_bytes()
    path.write_bytes(data[: len(data) // 2])
    with pytest.raises(JournalError, match="damaged"):
        Journal(path)


def test_a_database_that_is_not_a_journal_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "journal.sqlite"
    other = sqlite3.connect(path)
    other.execute("CREATE TABLE photos (name TEXT)")
    other.commit()
    other.close()
    with pytest.raises(JournalError, match="is not a tengrai batch journal"):
        Journal(path)


@pytest.mark.skipif(os.name != "posix" or os.geteuid() == 0, reason="POSIX permissions, which root ignores")
def test_a_read_only_journal_is_refused_before_anything_is_sent(tmp_path: Path) -> None:
    path = tmp_path / "journal.sqlite"
    Journal(path).close()
    path.chmod(0o400)
    with pytest.raises(JournalError, match="cannot be opened for writing"):
        Journal(path)


def test_shards_of_one_input_see_each_other(tmp_path: Path) -> None:
    whole = tmp_path / ".tengrai-batch.sqlite"
    with Journal(tmp_path / ".tengrai-batch-shard-1-of-2.sqlite") as one:
        one.about_to_send("a", 1, "op", "{}")
        one.created("a", "id-a")
        one.done("a", "succeeded", ["a.png"], None)
        one.about_to_send("b", 2, "op", "{}")
    with Journal(whole) as journal:
        rows = journal.rows()
        assert rows["a"].state == "done"
        assert rows["a"].files == ["a.png"]
        assert rows["b"].state == "sending"
        journal.created("b", "id-b")
    # The shard sees what the plain run learned, and a further row never goes back.
    with Journal(tmp_path / ".tengrai-batch-shard-1-of-2.sqlite") as one:
        assert one.rows()["b"].artwork_id == "id-b"
        assert one.rows()["a"].state == "done"


def test_a_run_whose_shard_overlaps_a_held_one_is_refused(tmp_path: Path) -> None:
    with held(tmp_path / ".tengrai-batch-shard-2-of-2.sqlite") as other:
        with pytest.raises(JournalBusyError, match=f"process {other.pid} "):
            Journal(tmp_path / ".tengrai-batch.sqlite")
        with pytest.raises(JournalBusyError):
            Journal(tmp_path / ".tengrai-batch-shard-1-of-3.sqlite")
        Journal(tmp_path / ".tengrai-batch-shard-1-of-2.sqlite").close()  # the same N: no line in common


def test_a_failed_write_keeps_the_row_in_memory_and_stops_sending(tmp_path: Path) -> None:
    journal = Journal(tmp_path / "journal.sqlite")
    stopped: list[bool] = []
    journal.on_failure = lambda: stopped.append(True)
    pages = journal._db.execute("PRAGMA page_count").fetchone()[0]
    journal._db.execute(f"PRAGMA max_page_count = {pages}")  # the disk is full
    for n in range(100):
        try:
            journal.about_to_send(f"k{n}", n + 1, "op", "x" * 1000)
        except JournalError:
            break  # not sent
        journal.created(f"k{n}", f"id-{n}")
    assert "cannot be written (database or disk is full)" in str(journal.failure)
    assert stopped == [True]
    assert journal.failure is not None
    known = {row.artwork_id for row in journal.rows().values()}
    with pytest.raises(JournalError):  # nothing more is sent
        journal.about_to_send("late", 500, "op", "{}")
    journal.close()
    assert "late" not in journal.rows()
    assert None not in known
