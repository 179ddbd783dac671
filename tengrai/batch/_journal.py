"""The batch journal: one SQLite file that says which lines were sent, what came back, and which run owns it.

The journal is the one file at its path (``DIR/.tengrai-batch.sqlite`` for the CLI): every commit is in that file
before the call returns (rollback journal, ``synchronous=FULL``; never WAL, whose commits can live in a ``-wal``
file beside it). A ``-journal`` file next to it holds at most one half-written commit of a killed run, which the
next open rolls back. The rules that make a killed batch safe to resume:

* a line has no row until its create is about to be handed to the connection (after any pacing or ``Retry-After``
  wait): a line without a row was never sent, and a re-run sends it like any other;
* just before the create is sent, its row is committed with state ``sending`` and the wall-clock time;
* as soon as the create answers, the artwork id is committed (state ``created``);
* a create that certainly created nothing (429, a refused request, a connection that never opened) deletes the
  row, so a later run sends it again;
* an ambiguous create (no readable answer) keeps ``sending`` until a lookup finds its task or gives up
  (state ``unknown``: the task may exist; only an explicit resend sends it again);
* a finished item is ``done`` with its final status, saved files and error.

One run at a time: opening takes an exclusive lock on the file for as long as the run lasts (the operating system
drops it when the process dies, SIGKILL included), and a second run on the same file fails at once with
`JournalBusyError`, naming the process that holds it. Journals of other shards of the same input beside it
(``<name>-shard-I-of-N.sqlite``) are read too, so that no run sends a line another run of that input sent: their
rows for this run's lines are copied in, and one that another run holds stops this one (shards of the same N run
side by side: they cannot share a line). A journal that cannot be trusted (empty, damaged, not a journal) stops
the run before anything is sent. A write that fails later (a full disk) keeps the record in memory, so no id is
lost, and sets `Journal.failure`; the batch then stops and raises it.
"""

from __future__ import annotations

import hashlib
import json
import os
import re
import sqlite3
import time
from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager, suppress
from dataclasses import dataclass, replace
from typing import Any, Literal

from .._logging import logger
from ._journal_file import COPY, SCHEMA, SELECT, JournalBusyError, JournalError, open_locked, read_other, write_owner

__all__ = [
    "Journal",
    "JournalBusyError",
    "JournalError",
    "JournalRow",
    "RowState",
    "in_shard",
    "journal_name",
]

RowState = Literal["sending", "created", "unknown", "done"]

_RANK: dict[str, int] = {"sending": 1, "unknown": 2, "created": 3, "done": 4}
"""How far a row got: of two journals' rows for one item, the further one wins (`Journal._adopt`)."""
_SHARD = re.compile(r"^(?P<stem>.+?)(?:-shard-(?P<index>[0-9]+)-of-(?P<count>[0-9]+))?\.sqlite$")


@dataclass(frozen=True, slots=True)
class JournalRow:
    """One journal row (see the module docstring for the states)."""

    item: str
    line: int
    operation: str
    body: str
    state: RowState
    sent_at: float | None
    artwork_id: str | None
    status: str | None
    files: list[str]
    error: str | None


def journal_name(stem: str, shard: tuple[int, int] | None) -> str:
    """The file name of the journal called ``stem`` for ``shard`` (I, N) or for the whole input (None)."""
    return f"{stem}.sqlite" if shard is None else f"{stem}-shard-{shard[0]}-of-{shard[1]}.sqlite"


def in_shard(item: str, shard: tuple[int, int] | None) -> bool:
    """Whether an item (its key, or ``line:<n>``) belongs to ``shard``: a stable hash of its name, not ``hash()``."""
    if shard is None:
        return True
    digest = hashlib.sha256(item.encode("utf-8")).digest()
    return int.from_bytes(digest[:8], "big") % shard[1] == shard[0] - 1


def _parse_name(path: str) -> tuple[str, tuple[int, int] | None] | None:
    """(stem, shard) of a journal file name, or None if it is not one."""
    found = _SHARD.match(os.path.basename(path))
    if found is None:
        return None
    if found["index"] is None:
        return found["stem"], None
    return found["stem"], (int(found["index"]), int(found["count"]))


def _disjoint(one: tuple[int, int] | None, other: tuple[int, int] | None) -> bool:
    """Whether two shards can share no line: slices of the same N."""
    return one is not None and other is not None and one[1] == other[1] and one[0] != other[0]


class Journal:
    """The journal of one batch (``path`` None: in memory only, for a batch that need not survive a crash).

    Not thread-safe: use it from the thread that opened it (the batch's event loop). Every write is one durable
    commit; the rows are mirrored in memory, so reading costs no I/O and a failed write loses nothing the run knows.
    """

    def __init__(self, path: str | os.PathLike[str] | None) -> None:
        self.path = None if path is None else os.fspath(path)
        self.failure: JournalError | None = None
        """The first write that failed (the rows in memory are still complete); the batch stops on it."""
        self.on_failure: Callable[[], object] | None = None
        """Called once, when `failure` is first set."""
        self._unsaved: set[str] = set()
        """Items whose latest change is only in memory (a write failed)."""
        self._owner: str | None = None
        if self.path is None:
            self._db = sqlite3.connect(":memory:", isolation_level=None)
            self._db.executescript(SCHEMA)
            self._rows: dict[str, JournalRow] = {}
            return
        self._db = open_locked(self.path)
        try:
            self._rows = self._read_rows()
            self._owner = write_owner(self.path)
            self._read_siblings()
        except BaseException:
            self.close()
            raise

    def close(self) -> None:
        """Release the journal (every commit is already on disk) and the note naming this run."""
        if self.path is not None:
            with suppress(sqlite3.Error):
                self._db.execute("PRAGMA journal_mode=DELETE")  # removes the empty -journal file beside it
        self._db.close()
        if self._owner is not None:
            with suppress(OSError):
                os.unlink(self._owner)

    def __enter__(self) -> Journal:
        return self

    def __exit__(self, *exc_info: object) -> None:
        self.close()

    # ------------------------------------------------------------------ reading

    def rows(self) -> dict[str, JournalRow]:
        """Every row by item."""
        return dict(self._rows)

    def artwork_ids(self) -> set[str]:
        """Every artwork id the journal holds (tasks that belong to an item)."""
        return {row.artwork_id for row in self._rows.values() if row.artwork_id is not None}

    def unsaved(self) -> list[JournalRow]:
        """The rows whose latest change did not reach the file (after a failed write), by line."""
        return sorted((self._rows[item] for item in self._unsaved if item in self._rows), key=lambda row: row.line)

    # ------------------------------------------------------------------ writing (each call is one durable commit)

    def about_to_send(self, item: str, line: int, operation: str, body: str) -> float:
        """Record, durably, that this create is handed to the connection now; returns the time recorded.

        Raises `JournalError` (and the create must not be sent) when the record cannot be written.
        """
        if self.failure is not None:
            raise self.failure
        now = time.time()
        row = JournalRow(item, line, operation, body, "sending", now, None, None, [], None)
        self._write(
            row,
            "INSERT INTO items (item, line, operation, body, state, sent_at) VALUES (?, ?, ?, ?, 'sending', ?) "
            "ON CONFLICT(item) DO UPDATE SET state = 'sending', sent_at = excluded.sent_at, "
            "body = excluded.body, operation = excluded.operation, line = excluded.line, error = NULL",
            (item, line, operation, body, now),
        )
        if self.failure is not None:
            del self._rows[item]  # not sent after all
            self._unsaved.discard(item)
            raise self.failure
        return now

    def created(self, item: str, artwork_id: str) -> None:
        """Record the artwork id a create answered with (or a lookup found)."""
        row = self._rows.get(item)
        if row is None:
            return
        self._write(
            replace(row, state="created", artwork_id=artwork_id, error=None),
            "UPDATE items SET state = 'created', artwork_id = ?, error = NULL WHERE item = ?",
            (artwork_id, item),
        )

    def forget(self, item: str) -> None:
        """Drop the row of a create that certainly created nothing (a later run sends it again)."""
        row = self._rows.get(item)
        if row is None or row.artwork_id is not None:
            return
        self._write(None, "DELETE FROM items WHERE item = ? AND artwork_id IS NULL", (item,), item=item)

    def retry(self, item: str) -> None:
        """Drop a finished item's row, task id and all, so a later run sends it again as a new task (billed again):
        ``tengrai batch --retry-failed`` does it for the items that failed or were canceled."""
        row = self._rows.get(item)
        if row is not None and row.state == "done":
            self._write(None, "DELETE FROM items WHERE item = ? AND state = 'done'", (item,), item=item)

    def unknown(self, item: str, error: str) -> None:
        """Record that a create's outcome stays unknown after looking for its task."""
        row = self._rows.get(item)
        if row is not None:
            self._write(
                replace(row, state="unknown", error=error),
                "UPDATE items SET state = 'unknown', error = ? WHERE item = ?",
                (error, item),
            )

    def done(self, item: str, status: str, files: Iterable[str], error: str | None) -> None:
        """Record an item's final outcome."""
        row = self._rows.get(item)
        if row is None:
            return
        saved = list(files)
        self._write(
            replace(row, state="done", status=status, files=saved, error=error),
            "UPDATE items SET state = 'done', status = ?, files = ?, error = ? WHERE item = ?",
            (status, json.dumps(saved), error, item),
        )

    def _write(self, row: JournalRow | None, sql: str, parameters: tuple[Any, ...], *, item: str = "") -> None:
        """Apply a change in memory, then commit it; a failed commit sets `failure` instead of raising."""
        name = row.item if row is not None else item
        if row is None:
            self._rows.pop(name, None)
        else:
            self._rows[name] = row
        if self.failure is None:
            try:
                with self._transaction():
                    self._db.execute(sql, parameters)
                return
            except sqlite3.Error as exc:
                self._failed(exc)
        self._unsaved.add(name)

    def _failed(self, exc: sqlite3.Error) -> None:
        self.failure = JournalError(
            f"the batch journal {self.path or '(in memory)'} cannot be written ({exc}); the batch stopped sending. "
            "Free space (or fix the file's permissions), then run the batch again (the tasks it created are named "
            "with this error; the ones the journal missed are found again by their parameters)"
        )
        logger.info("%s", self.failure)  # raised when the batch has stopped: not shown twice
        if self.on_failure is not None:
            self.on_failure()

    @contextmanager
    def _transaction(self) -> Iterator[None]:
        self._db.execute("BEGIN IMMEDIATE")
        try:
            yield
            self._db.execute("COMMIT")
        except BaseException:
            if self._db.in_transaction:  # SQLite rolls some failures back itself (a full disk)
                with suppress(sqlite3.Error):
                    self._db.execute("ROLLBACK")
            raise

    # ------------------------------------------------------------------ opening

    def _read_rows(self) -> dict[str, JournalRow]:
        return {row[0]: _row(row) for row in self._db.execute(SELECT)}

    def _read_siblings(self) -> None:
        """Copy in what the journals of other shards of this input know about this journal's lines."""
        assert self.path is not None
        mine = _parse_name(self.path)
        if mine is None:
            return
        stem, shard = mine
        directory = os.path.dirname(os.path.abspath(self.path))
        for name in sorted(os.listdir(directory)):
            other = _parse_name(name)
            path = os.path.join(directory, name)
            if other is None or other[0] != stem or os.path.samefile(path, self.path) or _disjoint(shard, other[1]):
                continue
            rows = [_row(values) for values in read_other(path)]
            adopted = [row for row in rows if in_shard(row.item, shard) and self._adopt(row)]
            if adopted:
                logger.info("took %d line(s) from the journal %s, another shard of this input", len(adopted), path)

    def _adopt(self, row: JournalRow) -> bool:
        """Take another journal's row for an item if it got further than this journal's; True if taken."""
        mine = self._rows.get(row.item)
        if mine is not None and _RANK.get(mine.state, 0) >= _RANK.get(row.state, 0):
            return False
        if mine is not None and mine.artwork_id is not None and mine.artwork_id != row.artwork_id:
            logger.warning("%s: the journals disagree on its task (%s, %s)", row.item, mine.artwork_id, row.artwork_id)
            return False
        if row.artwork_id is not None and any(
            other.artwork_id == row.artwork_id and other.item != row.item for other in self._rows.values()
        ):
            return False
        with self._transaction():
            self._db.execute(COPY, _values(row))
        self._rows[row.item] = row
        return True


def _values(row: JournalRow) -> tuple[Any, ...]:
    files = json.dumps(row.files) if row.files else None
    return (
        row.item,
        row.line,
        row.operation,
        row.body,
        row.state,
        row.sent_at,
        row.artwork_id,
        row.status,
        files,
        row.error,
    )


def _row(values: tuple[Any, ...]) -> JournalRow:
    item, line, operation, body, state, sent_at, artwork_id, status, files, error = values
    return JournalRow(
        item=item,
        line=line,
        operation=operation,
        body=body,
        state=state,
        sent_at=sent_at,
        artwork_id=artwork_id,
        status=status,
        files=json.loads(files) if files else [],
        error=error,
    )
