"""The batch journal: what was sent and what came back, on disk before and after each create.

A SQLite database (WAL, ``synchronous=FULL``: every commit is on disk before the call returns) with one row per
item that may have created a task. The rules that make a killed batch safe to resume:

* before a create is sent, its row is committed with state ``sending`` and the wall-clock time (the *intent*);
* as soon as the create answers, the artwork id is committed (state ``created``);
* a create that certainly created nothing (429, a refused request, a connection that never opened) deletes the
  row, so a later run sends it again;
* an ambiguous create (no readable answer) keeps ``sending`` until a lookup finds its task or gives up
  (state ``unknown``: the task may exist; only an explicit resend sends it again);
* a finished item is ``done`` with its final status, saved files and error.

So after a crash every row is one of: ``sending`` (outcome unknown: look it up), ``created`` (wait for it, never
create it again), ``unknown`` (report "may exist"), ``done`` (skip).
"""

from __future__ import annotations

import json
import os
import sqlite3
import time
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import Any, Literal

__all__ = ["Journal", "JournalRow", "RowState"]

RowState = Literal["sending", "created", "unknown", "done"]

_SCHEMA = """
CREATE TABLE IF NOT EXISTS items (
    item TEXT PRIMARY KEY,
    line INTEGER NOT NULL,
    operation TEXT NOT NULL,
    body TEXT NOT NULL,
    state TEXT NOT NULL,
    sent_at REAL,
    artwork_id TEXT UNIQUE,
    status TEXT,
    files TEXT,
    error TEXT
);
CREATE TABLE IF NOT EXISTS meta (name TEXT PRIMARY KEY, value TEXT NOT NULL);
"""
_VERSION = "1"


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


class Journal:
    """The journal of one batch (``path`` None: in memory only, for a batch that need not survive a crash).

    Not thread-safe: use it from the thread that opened it (the batch's event loop).
    """

    def __init__(self, path: str | os.PathLike[str] | None) -> None:
        self.path = None if path is None else os.fspath(path)
        if self.path is not None:
            directory = os.path.dirname(os.path.abspath(self.path))
            os.makedirs(directory, exist_ok=True)
        self._db = sqlite3.connect(self.path or ":memory:", isolation_level=None)
        self._db.execute("PRAGMA journal_mode=WAL")
        self._db.execute("PRAGMA synchronous=FULL")
        self._db.executescript(_SCHEMA)
        found = self._db.execute("SELECT value FROM meta WHERE name = 'version'").fetchone()
        if found is None:
            self._db.execute("INSERT INTO meta VALUES ('version', ?)", (_VERSION,))
        elif found[0] != _VERSION:
            raise RuntimeError(f"{self.path}: journal version {found[0]}, this tengrai writes version {_VERSION}")

    def close(self) -> None:
        """Close the database (every commit is already on disk)."""
        self._db.close()

    def __enter__(self) -> Journal:
        return self

    def __exit__(self, *exc_info: object) -> None:
        self.close()

    # ------------------------------------------------------------------ reading

    def rows(self) -> dict[str, JournalRow]:
        """Every row by item."""
        cursor = self._db.execute(
            "SELECT item, line, operation, body, state, sent_at, artwork_id, status, files, error FROM items"
        )
        return {row[0]: _row(row) for row in cursor}

    def artwork_ids(self) -> set[str]:
        """Every artwork id the journal holds (tasks that belong to an item)."""
        return {row[0] for row in self._db.execute("SELECT artwork_id FROM items WHERE artwork_id IS NOT NULL")}

    # ------------------------------------------------------------------ writing (each call is one durable commit)

    def intend(self, entries: Sequence[tuple[str, int, str, str]]) -> float:
        """Record that creates are about to be sent: (item, line, operation id, canonical body) each.

        Returns the wall-clock time recorded as their ``sent_at``.
        """
        now = time.time()
        with self._transaction():
            self._db.executemany(
                "INSERT INTO items (item, line, operation, body, state, sent_at) VALUES (?, ?, ?, ?, 'sending', ?) "
                "ON CONFLICT(item) DO UPDATE SET state = 'sending', sent_at = excluded.sent_at, "
                "body = excluded.body, operation = excluded.operation, line = excluded.line, error = NULL",
                [(item, line, operation, body, now) for item, line, operation, body in entries],
            )
        return now

    def created(self, item: str, artwork_id: str) -> None:
        """Record the artwork id a create answered with (or a lookup found)."""
        with self._transaction():
            self._db.execute(
                "UPDATE items SET state = 'created', artwork_id = ?, error = NULL WHERE item = ?", (artwork_id, item)
            )

    def forget(self, item: str) -> None:
        """Drop the row of a create that certainly created nothing (a later run sends it again)."""
        with self._transaction():
            self._db.execute("DELETE FROM items WHERE item = ? AND artwork_id IS NULL", (item,))

    def retry(self, item: str) -> None:
        """Drop a finished item's row, task id and all, so a later run sends it again as a new task (billed again):
        ``tengrai batch --retry-failed`` does it for the items that failed or were canceled."""
        with self._transaction():
            self._db.execute("DELETE FROM items WHERE item = ? AND state = 'done'", (item,))

    def unknown(self, item: str, error: str) -> None:
        """Record that a create's outcome stays unknown after looking for its task."""
        with self._transaction():
            self._db.execute("UPDATE items SET state = 'unknown', error = ? WHERE item = ?", (error, item))

    def done(self, item: str, status: str, files: Iterable[str], error: str | None) -> None:
        """Record an item's final outcome."""
        with self._transaction():
            self._db.execute(
                "UPDATE items SET state = 'done', status = ?, files = ?, error = ? WHERE item = ?",
                (status, json.dumps(list(files)), error, item),
            )

    def _transaction(self) -> _Transaction:
        return _Transaction(self._db)


class _Transaction:
    def __init__(self, db: sqlite3.Connection) -> None:
        self._db = db

    def __enter__(self) -> None:
        self._db.execute("BEGIN IMMEDIATE")

    def __exit__(self, exc_type: type[BaseException] | None, *rest: object) -> None:
        self._db.execute("COMMIT" if exc_type is None else "ROLLBACK")


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
