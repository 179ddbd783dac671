"""The create ledger forgets ended creates once they cannot matter to recovery, and never forgets one in flight."""

from __future__ import annotations

from tengrai._tasks.registry import KEEP_ENDED, PRUNE_EVERY, Ledger


def _rival_count(ledger: Ledger, now: float) -> int:
    probe = ledger.start("quantum", {"prompt": "a fox"}, now)
    return len(ledger.rivals(probe, since=0.0))


def test_an_ended_create_is_forgotten_after_keep_ended_and_one_sweep() -> None:
    ledger = Ledger()
    ended = ledger.start("quantum", {"prompt": "a fox"}, 0.0)
    ledger.end(ended, 1.0, unknown=True)  # ended not knowing: a rival of later identical creates
    assert _rival_count(ledger, 2.0) == 1
    assert _rival_count(ledger, 1.0 + KEEP_ENDED / 2) >= 1  # still relevant
    # Past KEEP_ENDED plus at most one sweep interval it is gone (the probes above are still in flight).
    later = 1.0 + KEEP_ENDED + PRUNE_EVERY + 1.0
    probe = ledger.start("quantum", {"prompt": "a fox"}, later)
    assert ended not in ledger.rivals(probe, since=0.0)


def test_creates_in_flight_are_never_forgotten() -> None:
    ledger = Ledger()
    first = ledger.start("quantum", {"prompt": "a fox"}, 0.0)
    probe = ledger.start("quantum", {"prompt": "a fox"}, 100 * KEEP_ENDED)
    assert first in ledger.rivals(probe, since=0.0)


def test_many_creates_keep_every_record_in_flight() -> None:
    ledger = Ledger()
    records = [ledger.start("quantum", {"prompt": "same"}, float(i)) for i in range(2000)]
    probe = ledger.start("quantum", {"prompt": "same"}, 2001.0)
    assert set(map(id, ledger.rivals(probe, since=0.0))) == set(map(id, records))
