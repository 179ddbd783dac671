"""Fault soak: every task ends accounted for, nothing is billed twice, no task outlives its deadline.

`make soak` runs the long version (500 tasks); the short one runs in `make test`. A task is ``generate`` (quantum,
or a selena variete task that cannot finish before its deadline) followed by ``download`` of its images.
"""

from __future__ import annotations

import pytest

from ._harness import (
    SoakConfig,
    SoakResult,
    deadline_problems,
    outcome_name,
    problems,
    run_soak,
)

pytestmark = pytest.mark.anyio


def _check(result: SoakResult) -> None:
    print(result.summary())
    found = problems(result)
    shown = "\n".join(found[:30])
    assert not found, f"{len(found)} broken invariants ({result.summary()}):\n{shown}"


def _met_every_fault(result: SoakResult) -> None:
    """The run really met every fault and every ending (otherwise the checks prove little)."""
    outcomes = {outcome_name(r) for r in result.records}
    assert result.throttled > 0, result.summary()
    assert {500, 503} & set(result.statuses), result.summary()
    assert {502, 504} & set(result.statuses), result.summary()
    assert {"images", "ArtworkTimeoutError", "ArtworkFailedError"} <= outcomes, result.summary()


@pytest.mark.slow
async def test_short_soak_under_faults() -> None:
    """40 tasks with every fault kind, at rates high enough that each kind occurs even in a short run."""
    config = SoakConfig(tasks=40, error_rate=0.15, drop_rate=0.05, throttle_rate=0.08, failure_rate=0.25)
    result = await run_soak(config)
    _check(result)
    _met_every_fault(result)


@pytest.mark.soak
@pytest.mark.timeout(900)
async def test_soak_500_tasks() -> None:
    """500 tasks: 10% 5xx, 5% 429 with Retry-After, 2% dropped connections, random latency."""
    result = await run_soak(SoakConfig(tasks=500))
    _check(result)
    _met_every_fault(result)


@pytest.mark.slow
async def test_create_phase_respects_a_short_deadline() -> None:
    """With less time left than the client's per-request timeout, the create gets a shorter one (no faults)."""
    config = SoakConfig(
        tasks=2, error_rate=0, drop_rate=0, throttle_rate=0, failure_rate=0, slow_share=1.0, slow_deadline=1.0
    )
    result = await run_soak(config)
    creates = [step for r in result.records for step in r.planned if step.phase == "create"]
    assert creates, "no create-phase request was recorded"
    found = [p for r in result.records for p in deadline_problems(r, frozenset({"create"}))]
    assert not found, "\n".join(found)
    assert {outcome_name(r) for r in result.records} == {"ArtworkTimeoutError"}
