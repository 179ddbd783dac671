"""Schemathesis against the in-process mock with the hand-written spec: every built-in check, positive and
negative data, the examples, coverage and fuzzing phases, and a stateful run that follows the spec's links.

The mock's clock moves on after every call, so later cases see tasks in every status (including failed ones
and finished ones with result URLs) and the response checks cover all of those shapes.
"""

from __future__ import annotations

from typing import Any

import pytest
import schemathesis
from hypothesis import HealthCheck, settings

from tengrai.mock import TEST_ADMIN_KEY, create_app

from .support import AUTH_CONFIG, SPEC_PATH, contract_config, map_case, seed_v1_artworks

pytestmark = [pytest.mark.contract, pytest.mark.slow]

FUZZ_EXAMPLES = 15
"""Per operation, in `make test` (the shipped checker's own runs in test_checker.py cover every check over loopback
too); `make contract` runs the checker with 100 on loopback."""
STATEFUL_EXAMPLES = 15
SECONDS_PER_CALL = 0.75
"""Mock-clock time that passes after each call (tasks take 4 s by `contract_config`)."""

app = create_app(contract_config(max_recorded_requests=100_000))
state = app.state.mock
seed_v1_artworks(state)

schema = schemathesis.openapi.from_path(
    SPEC_PATH,
    config=schemathesis.Config.from_dict(
        {
            **AUTH_CONFIG,
            "generation": {"max-examples": FUZZ_EXAMPLES, "mode": "all"},
            "phases": {"examples": {"enabled": True}, "coverage": {"enabled": True}, "fuzzing": {"enabled": True}},
            "checks": {"enabled": True},
        }
    ),
)
schema.app = app
schema.hook(map_case)


@schema.parametrize()
@settings(deadline=None, database=None, suppress_health_check=[HealthCheck.too_slow])
def test_api_conforms_to_the_spec(case: Any) -> None:
    response = case.call_and_validate()
    state.advance(SECONDS_PER_CALL)
    # Every 401 is a documented answer, so a wrong key would let every case pass: make sure it is not wrong.
    if response.request.headers.get("Authorization") == f"Bearer {TEST_ADMIN_KEY}":
        assert response.status_code != 401, "the suite's key was refused: is its auth configured right?"


class LinkedStateMachine(schema.as_state_machine()):  # type: ignore[misc]
    """Creates artworks and follows ``GetCreatedArtwork`` links to read them back, time passing in between."""

    def after_call(self, response: Any, case: Any) -> None:
        state.advance(SECONDS_PER_CALL)


TestLinkedStateMachine = LinkedStateMachine.TestCase
TestLinkedStateMachine.settings = settings(
    max_examples=STATEFUL_EXAMPLES,
    stateful_step_count=6,
    deadline=None,
    database=None,
    suppress_health_check=list(HealthCheck),
)
