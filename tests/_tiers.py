"""The unit tier: test modules that drive the SDK in process (scripted transports, fake clocks), with no socket,
thread or subprocess of their own. ``make test-fast`` runs them; ``make test`` runs everything.

A test of this tier that opens a socket, starts a thread or runs a subprocess fails (see ``tests/conftest.py``),
so the tier stays what its name says: move such a module out of `UNIT_MODULES`.
"""

from __future__ import annotations

UNIT_MODULES = frozenset(
    {
        "batch/test_scheduler_unit.py",
        "client/test_answer_caps.py",
        "client/test_clear_errors.py",
        "client/test_client.py",
        "client/test_create_recovery.py",
        "client/test_errors.py",
        "client/test_hazard.py",
        "client/test_key_hygiene.py",
        "client/test_ledger.py",
        "client/test_ownership.py",
        "client/test_pagination.py",
        "client/test_parsing.py",
        "client/test_polling.py",
        "client/test_post_send.py",
        "client/test_records.py",
        "client/test_request_builder.py",
        "client/test_retry.py",
        "client/test_routing_headers.py",
        "client/test_v1_lost_answers.py",
        "client/test_warming.py",
        "mock/test_image_rendering.py",
        "mock/test_mock_options.py",
        "spec/test_forward_compat.py",
        "spec/test_literal_exports.py",
        "spec/test_seed_facts.py",
        "test_structure.py",
        "test_webhooks.py",
        "validation/test_api_key_request.py",
        "validation/test_helpers.py",
        "validation/test_operation_rules.py",
        "validation/test_request_body.py",
        "validation/test_sdk_own_rules.py",
        "validation/test_webhook.py",
    }
)
"""Paths under ``tests/`` of the unit tier's modules."""
