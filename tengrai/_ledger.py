"""What a client knows about its creates: who owns which task.

Create recovery looks for a lost task among the key's newest artworks. To never hand one task to two callers,
and never take a task another create may own, it needs to know (one `Ledger` per client):

* the ids already owned (answered to a create, or recovered), which no recovery may take again;
* the creates in flight or ended without a known outcome, per request body: while another create with the same
  body could own a matching task, recovery cannot tell whose task it is.
"""

from __future__ import annotations

import collections
import itertools
import json
import threading
from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any

__all__ = ["CreateRecord", "Ledger", "body_key"]

KEEP_OWNED = 10_000
"""Owned ids remembered per key (the oldest are forgotten first; recovery's time window excludes them anyway)."""
KEEP_ENDED = 600.0
"""Seconds an ended create stays relevant to other creates' recovery (longer than any recovery's window)."""

PRUNE_EVERY = KEEP_ENDED / 10
"""Seconds between two sweeps for ended records (a sweep reads every record: once per create would make a
thousand concurrent creates cost a million reads). A record may so outlive `KEEP_ENDED` by this much."""

_counter = itertools.count()


@dataclass(eq=False)
class CreateRecord:
    """One create call: when it started, and how it ended (on the local monotonic clock of its client)."""

    operation: str
    body_key: str
    started: float
    number: int = field(default_factory=lambda: next(_counter))
    ended: float | None = None
    artwork_id: str | None = None
    unknown: bool = False
    """It ended without knowing whether a task was created (its task may be among the candidates)."""


class Ledger:
    """Owned ids and create records of one client (thread-safe; times on the client's clock)."""

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._owned: collections.OrderedDict[str, None] = collections.OrderedDict()
        self._records: dict[int, CreateRecord] = {}
        self._pruned_at: float | None = None

    def start(self, operation: str, body: Mapping[str, Any], now: float) -> CreateRecord:
        """Register a create about to be sent."""
        record = CreateRecord(operation, body_key(body), now)
        with self._lock:
            self._prune(now)
            self._records[record.number] = record
        return record

    def end(self, record: CreateRecord, now: float, *, artwork_id: str | None = None, unknown: bool = False) -> None:
        """Record how a create ended: with its task, with no task, or not knowing (``unknown``)."""
        with self._lock:
            record.ended = now
            record.artwork_id = artwork_id
            record.unknown = unknown
            if artwork_id is not None:
                self._own(artwork_id)

    def owned(self, artwork_id: str) -> bool:
        """Whether a create of this key already owns ``artwork_id``."""
        return artwork_id in self._owned

    def own(self, artwork_id: str) -> None:
        """Record that a create of this client owns ``artwork_id``."""
        with self._lock:
            self._own(artwork_id)

    def claim(self, artwork_id: str) -> bool:
        """Take ``artwork_id`` for a recovering create; False if it is owned already."""
        with self._lock:
            if artwork_id in self._owned:
                return False
            self._own(artwork_id)
            return True

    def rivals(self, record: CreateRecord, since: float) -> list[CreateRecord]:
        """Other creates with the same body that may own a task created after ``since``: still in flight, or ended
        not knowing whether they created one."""
        with self._lock:
            return [
                other
                for other in self._records.values()
                if other is not record
                and other.operation == record.operation
                and other.body_key == record.body_key
                and (other.ended is None or (other.unknown and other.ended >= since))
            ]

    def _own(self, artwork_id: str) -> None:
        self._owned[artwork_id] = None
        self._owned.move_to_end(artwork_id)
        while len(self._owned) > KEEP_OWNED:
            self._owned.popitem(last=False)

    def _prune(self, now: float) -> None:
        if self._pruned_at is not None and now - self._pruned_at < PRUNE_EVERY:
            return
        self._pruned_at = now
        for number, record in list(self._records.items()):
            if record.ended is not None and now - record.ended > KEEP_ENDED:
                del self._records[number]


def body_key(body: Mapping[str, Any]) -> str:
    """A canonical form of a request body, equal for equal bodies."""
    return json.dumps(body, sort_keys=True, default=repr)
