"""The one registry of a client's tasks: which it owns, which creates are open, which tasks have not ended.

Every create of a client (a single call, `generate`, a batch line, the CLI) registers here before it is sent and
ends here with its task, with none, or not knowing; a recovered task is claimed here, atomically. One `Ledger` per
client (its copies share it), thread-safe (a batch runs on a thread of its own). It holds:

* the ids the client owns (answered to a create, or recovered) and when it learnt of each (on its clock; polls are
  timed from it), which no recovery may take again;
* the creates in flight or ended without a known outcome, per request body: while another create with the same
  body could own a matching task, recovery cannot tell whose task it is;
* the tasks the client created (or recovered) and has not yet seen end (`Tengrai.unfinished`).
"""

from __future__ import annotations

import collections
import itertools
import json
import threading
from collections.abc import Collection, Mapping
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from ..types import Artwork

__all__ = ["CreateRecord", "Ledger", "body_key"]

KEEP_OWNED = 10_000
"""Owned ids remembered per client (the oldest are forgotten first; recovery's time window excludes them anyway)."""
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
    """Owned ids, create records and unfinished tasks of one client (thread-safe; times on the client's clock)."""

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._owned: collections.OrderedDict[str, float] = collections.OrderedDict()
        self._records: dict[int, CreateRecord] = {}
        self._pruned_at: float | None = None
        self._unfinished: dict[str, Artwork] = {}

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
                self._own(artwork_id, now)

    def owned(self, artwork_id: str) -> bool:
        """Whether a create of this client already owns ``artwork_id``."""
        return artwork_id in self._owned

    def learnt_at(self, artwork_id: str) -> float | None:
        """When this client learnt of a task it owns (its clock), or None for a task it does not own."""
        return self._owned.get(artwork_id)

    def claim(self, artwork_id: str, now: float) -> bool:
        """Take ``artwork_id`` for a recovering create; False if it is owned already."""
        with self._lock:
            if artwork_id in self._owned:
                return False
            self._own(artwork_id, now)
            return True

    def remember(self, artwork: Artwork, now: float) -> None:
        """Record a task this client created or recovered (owned; unfinished until it is seen end)."""
        with self._lock:
            if artwork.id not in self._owned:
                self._own(artwork.id, now)
            if not artwork.is_terminal:
                self._unfinished[artwork.id] = artwork

    def seen(self, artwork: Artwork) -> None:
        """Note the newest state seen of a task (it leaves the unfinished ones once it ended)."""
        if not self._unfinished:
            return
        with self._lock:
            if artwork.is_terminal:
                self._unfinished.pop(artwork.id, None)
            elif artwork.id in self._unfinished:
                self._unfinished[artwork.id] = artwork

    def unfinished(self) -> list[Artwork]:
        """The tasks created or recovered and not yet seen end, oldest first, each as last seen."""
        with self._lock:
            return list(self._unfinished.values())

    def rivals(
        self, record: CreateRecord, since: float, *, allies: Collection[CreateRecord] = ()
    ) -> list[CreateRecord]:
        """Other creates with the same body that may own a task created after ``since``: still in flight, or ended
        not knowing whether they created one. ``allies`` (creates recovered together, whose tasks are handed out
        among them) are not rivals."""
        with self._lock:
            return [
                other
                for other in self._records.values()
                if other is not record
                and other not in allies
                and other.operation == record.operation
                and other.body_key == record.body_key
                and (other.ended is None or (other.unknown and other.ended >= since))
            ]

    def _own(self, artwork_id: str, now: float) -> None:
        self._owned[artwork_id] = now
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
