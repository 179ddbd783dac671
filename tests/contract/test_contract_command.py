"""``tengrai contract``'s own refusals (before anything runs) and the checker's pure parts: the drift classifier, the
billing verdicts and the rule probes, each against the shipped spec."""

from __future__ import annotations

import contextlib
import io

import pytest

from tengrai.cli import main
from tengrai.contract._drift import AnswerChecker
from tengrai.contract._probes import probe_bodies
from tengrai.contract._rules import load_spec, loopback

SPEC = load_spec()
IMAGE = "https://cdn.example.com/a.png"


def cli(*argv: str) -> tuple[int, str, str]:
    out, err = io.StringIO(), io.StringIO()
    with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
        code = main(["contract", *argv])
    return code, out.getvalue(), err.getvalue()


def test_a_server_without_a_key_is_refused_before_anything_runs(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("TENGRAI_API_KEY", raising=False)
    code, _, err = cli("--url", "https://api.example.com")
    assert code == 1
    assert "TENGRAI_API_KEY" in err


def test_a_negative_paid_budget_is_a_usage_error() -> None:
    code, _, err = cli("--allow-paid", "-1")
    assert code == 2
    assert "--allow-paid" in err


def test_only_loopback_is_local() -> None:
    assert loopback("http://127.0.0.1:8000")
    assert loopback("http://localhost:1")
    assert loopback("http://[::1]:9")
    assert not loopback("https://api.tengr.ai")
    assert not loopback("http://10.0.0.1")


def test_billing_verdicts_follow_the_documented_rules_only() -> None:
    quantum = SPEC.by_id["create_quantum_artwork"]
    assert SPEC.refusal(quantum, {"prompt": "a fox"}) is None  # could succeed: billable
    assert SPEC.refusal(quantum, {"prompt": 7}) is not None
    # an unknown field alone proves nothing: many servers ignore them, so it could still bill
    assert SPEC.refusal(quantum, {"prompt": "a fox", "mood": "sunny"}) is None
    assert SPEC.refusal(quantum, {"width": 1360, "height": 1360}) is not None  # x-max-pixel-area
    assert SPEC.refusal(quantum, {"webhook": "https://127.0.0.1/h"}) is not None  # x-webhook-policy
    # x-sdk-own rules are the SDK's reading: a server may accept them, so such a create could bill
    assert SPEC.refusal(quantum, {"width": 1024}) is None
    depth = SPEC.by_id["create_depth_map_artwork"]
    assert SPEC.refusal(depth, {"imageUrl": IMAGE, "model": "huge"}) is None
    variete = SPEC.by_id["create_selena_variete_artwork"]
    body = {"imageUrl": IMAGE, "processingMode": "reimagine", "webhook": "http://hooks.example.com/h"}
    assert SPEC.refusal(variete, body) is None


def test_fitting_makes_a_valid_body_keep_the_extension_rules() -> None:
    quantum = SPEC.by_id["create_quantum_artwork"]
    fitted = SPEC.fit(quantum, {"width": 1360, "height": 1360, "webhook": "https://10.0.0.1/h"})
    assert fitted["width"] * fitted["height"] <= 1478656
    assert fitted["webhook"].startswith("https://hooks.example.com/")
    assert SPEC.refusal(quantum, fitted) is None
    assert SPEC.fit(quantum, {"width": "wide"}) == {"width": "wide"}  # a negative case is left alone


def test_every_probe_is_one_the_spec_says_must_be_refused() -> None:
    probes = list(probe_bodies(SPEC))
    assert {rule for _, rule, _ in probes} == {"x-max-pixel-area", "x-webhook-policy"}
    assert all(SPEC.refusal(operation, body) is not None for operation, _, body in probes)
    assert "create_selena_variete_artwork" not in {
        op.operation_id for op, rule, _ in probes if rule == "x-webhook-policy"
    }


def test_drift_is_named_by_operation_and_schema_path() -> None:
    checker = AnswerChecker(SPEC)
    get = SPEC.by_id["get_artwork"]
    artwork = {"id": "3fa85f64-5717-4562-b3fc-2c963f660003", "artworkType": "quantum", "parameters": {},
               "duration": 1.0, "results": [], "status": "exploded", "createdAt": "2026-03-01T12:00:00.000Z",
               "mood": "sunny"}  # fmt: skip
    found = {(d.kind, d.where): d for d in checker.answer_drift(get, 200, artwork)}
    new_status = found[("new enum value", "/status")]  # the spec's status enum is open: a warning
    assert new_status.severity == "warning"
    assert "exploded" in new_status.detail
    assert found[("unknown field", "/mood")].severity == "warning"
    assert found[("unknown field", "/mood")].schema_path.startswith("#/components/schemas/QuantumArtwork")
    del artwork["createdAt"], artwork["mood"]
    artwork["status"] = "succeeded"
    (missing,) = checker.answer_drift(get, 200, artwork)
    assert missing.kind == "missing required field"
    assert "createdAt" in missing.detail
    (status,) = checker.answer_drift(get, 418, None)
    assert status.kind == "unlisted status"
    assert status.operation == "get_artwork"
    assert checker.answer_drift(get, 200, {**artwork, "createdAt": "2026-03-01T12:00:00.000Z"}) == []


def test_importing_the_package_registers_no_schemathesis_hook() -> None:
    """Only ``tengrai.contract.hooks`` (loaded on purpose, e.g. through SCHEMATHESIS_HOOKS) changes Schemathesis."""
    import subprocess
    import sys

    script = (
        "import schemathesis.hooks as h, tengrai.contract, sys; "
        "print(sorted(n for n, f in h.GLOBAL_HOOK_DISPATCHER._hooks.items() if f)); "
        "print('tengrai.contract.hooks' in sys.modules)"
    )
    result = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, check=True, timeout=60)
    assert result.stdout.split("\n")[:2] == ["[]", "False"]
