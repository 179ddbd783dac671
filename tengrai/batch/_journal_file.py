"""The journal's file: created owner-only and whole, checked before it is trusted, held by one run at a time.

See `tengrai.batch._journal` for what the rows mean. The lock is SQLite's own (``locking_mode=EXCLUSIVE``, taken by
``BEGIN EXCLUSIVE`` and kept until the connection closes): the operating system drops it when the process dies,
SIGKILL included, so a killed run never blocks the next one.
"""

from __future__ import annotations

import json
import os
import socket
import sqlite3
import tempfile
import time
from contextlib import suppress
from typing import Any

from .._exceptions import TengraiError

__all__ = [
    "COPY",
    "SCHEMA",
    "SELECT",
    "VERSION",
    "JournalBusyError",
    "JournalError",
    "open_locked",
    "read_other",
    "read_owner",
    "write_owner",
]

SCHEMA = """
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
SELECT = "SELECT item, line, operation, body, state, sent_at, artwork_id, status, files, error FROM items"
COPY = (
    "INSERT OR REPLACE INTO items (item, line, operation, body, state, sent_at, artwork_id, status, files, error) "
    "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"
)
VERSION = "1"
OWNER_SUFFIX = ".owner"
"""Beside the journal, a note of the process holding it (pid, host, start time), only to name it to a second run."""


class JournalError(TengraiError):
    """The batch journal cannot be used: empty, damaged, not a journal, unreadable or not writable (the message
    names the file and what to do). Raised before anything is sent when opening fails; raised at the end of a run
    whose journal stopped accepting writes (a full disk), with a note naming every task the run created."""


class JournalBusyError(JournalError):
    """Another run holds the journal (or a journal of an overlapping shard beside it); nothing was sent.

    Attributes:
        path: the journal that is held.
        owner: what the holding run wrote about itself (pid, host, start time), or an empty dict.
    """

    def __init__(self, path: str, owner: dict[str, Any]) -> None:
        self.path = path
        self.owner = owner
        who = (
            f"process {owner.get('pid')} on {owner.get('host')}, running since {owner.get('started')}"
            if owner
            else "a process that has not said which"
        )
        super().__init__(
            f"another batch run holds the journal {path} ({who}); nothing was sent. Two runs on one journal would "
            "send the same lines twice: wait for that run to end, or stop it, then run this again"
        )


def connect(path: str) -> sqlite3.Connection:
    """A connection that fails at once, instead of waiting, when another run holds the file."""
    return sqlite3.connect(path, isolation_level=None, timeout=0)


def open_locked(path: str) -> sqlite3.Connection:
    """Create or check the journal at ``path`` and hold it exclusively until the connection closes."""
    create_if_missing(path)
    if os.path.getsize(path) == 0:
        raise JournalError(
            f"the batch journal {path} is empty (0 bytes): its records were lost, so a run could send lines again "
            "that were already billed; nothing was sent. Restore it from a copy, or, if no batch ever ran with it, "
            "delete it"
        )
    db = connect(path)
    try:
        db.execute("PRAGMA locking_mode=EXCLUSIVE")
        db.execute("PRAGMA journal_mode=PERSIST")
        db.execute("PRAGMA synchronous=FULL")
        db.execute("BEGIN EXCLUSIVE")
        check(db, path)
        db.execute("INSERT OR REPLACE INTO meta VALUES ('opened', ?)", (str(time.time()),))  # writable?
        db.execute("COMMIT")
    except sqlite3.Error as exc:
        db.close()
        raise open_error(path, exc) from None
    except BaseException:
        db.close()
        raise
    return db


def check(db: sqlite3.Connection, path: str) -> None:
    """Raise `JournalError` unless ``db`` is an intact journal of this version."""
    problems = [row[0] for row in db.execute("PRAGMA quick_check")]
    if problems != ["ok"]:
        raise JournalError(
            f"the batch journal {path} is damaged ({'; '.join(problems[:3])}); nothing was sent. Restore it from a "
            "copy; running without it could send lines again that were already billed"
        )
    tables = {row[0] for row in db.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
    version = db.execute("SELECT value FROM meta WHERE name = 'version'").fetchone() if "meta" in tables else None
    if not {"items", "meta"} <= tables or version is None:
        raise JournalError(f"{path} is not a tengrai batch journal; nothing was sent. Use another output directory")
    if version[0] != VERSION:
        raise JournalError(f"{path}: journal version {version[0]}, this tengrai writes version {VERSION}")


def open_error(path: str, exc: sqlite3.Error) -> JournalError:
    """The `JournalError` for a SQLite error met while opening or reading the journal at ``path``."""
    text = str(exc)
    if "locked" in text or "busy" in text:
        return JournalBusyError(path, read_owner(path))
    if "not a database" in text or "malformed" in text or "corrupt" in text:
        return JournalError(
            f"the batch journal {path} is damaged ({text}); nothing was sent. Restore it from a copy; running "
            "without it could send lines again that were already billed"
        )
    return JournalError(f"the batch journal {path} cannot be opened for writing ({text}); nothing was sent")


def create_if_missing(path: str) -> None:
    """Create an empty journal at ``path``, owner-only (it holds every request body), unless one is there.

    It is built under a temporary name and linked into place, so no run ever sees a half-created journal.
    """
    directory = os.path.dirname(os.path.abspath(path))
    os.makedirs(directory, exist_ok=True)
    if os.path.lexists(path):
        return
    handle, temporary = tempfile.mkstemp(dir=directory, prefix=f".{os.path.basename(path)}.", suffix=".new")
    os.close(handle)  # mkstemp creates it 0o600; SQLite's -journal files take the same mode
    try:
        db = sqlite3.connect(temporary, isolation_level=None)
        try:
            db.executescript(SCHEMA)
            db.execute("INSERT INTO meta VALUES ('version', ?)", (VERSION,))
        finally:
            db.close()
        with suppress(FileExistsError):  # another run created it at the same moment: use that one
            os.link(temporary, path)
    finally:
        os.unlink(temporary)


def write_owner(path: str) -> str:
    """Note which process holds ``path`` beside it (replaced, never written through a link); its path."""
    owner = path + OWNER_SUFFIX
    started = time.strftime("%Y-%m-%d %H:%M:%S %Z", time.localtime())
    text = json.dumps({"pid": os.getpid(), "host": socket.gethostname(), "started": started})
    handle, temporary = tempfile.mkstemp(dir=os.path.dirname(os.path.abspath(path)), prefix=".owner.", suffix=".new")
    try:
        with os.fdopen(handle, "w", encoding="utf-8") as stream:
            stream.write(text)
        os.replace(temporary, owner)
    except OSError:
        os.unlink(temporary)
        raise
    return owner


def read_owner(path: str) -> dict[str, Any]:
    """What the run holding ``path`` wrote about itself (see `write_owner`), or an empty dict."""
    try:
        with open(path + OWNER_SUFFIX, encoding="utf-8") as stream:
            found = json.load(stream)
    except (OSError, ValueError):
        return {}
    return found if isinstance(found, dict) else {}


def read_other(path: str) -> list[tuple[Any, ...]]:
    """The rows of another shard's journal; `JournalBusyError` if a run holds it, `JournalError` if unusable."""
    if os.path.getsize(path) == 0:
        raise JournalError(f"the batch journal {path} beside this one is empty (0 bytes); nothing was sent")
    db = connect(path)
    try:
        db.execute("BEGIN")
        check(db, path)
        rows = list(db.execute(SELECT))
        db.execute("COMMIT")
    except sqlite3.Error as exc:
        raise open_error(path, exc) from None
    finally:
        db.close()
    return rows
