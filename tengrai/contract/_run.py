"""Run Schemathesis (its CLI, every check and phase) with the contract hooks, and gather one report."""

from __future__ import annotations

import contextlib
import json
import os
import re
import subprocess
import sys
import tempfile
from collections import Counter
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, TextIO

from .._environment import API_KEY_ENV
from ._drift import Drift
from ._probes import send_probes
from ._rules import ENV, load_spec, loopback

__all__ = ["ContractReport", "ContractSetupError", "run"]

PHASES = "examples,coverage,fuzzing,stateful"


class ContractSetupError(Exception):
    """The contract run could not start (no key for a server, the mock extra missing, ...)."""


@dataclass
class ContractReport:
    """What a contract run found.

    Attributes:
        target: the base URL checked (the embedded mock's loopback URL when none was given).
        remote: whether the target was treated as a non-local server (creates can bill).
        failures: Schemathesis' failed checks: ``{"title", "count", "operations", "severity"}`` each.
        errors: Schemathesis' errors: ``{"title", "count"}`` each.
        drift: every difference from the spec, with how often it was seen (`Drift`, count).
        created: billable creates sent (``{"operation", "id"}``): at most ``allow_paid`` against a remote server.
        held_back: requests the guard kept from a remote server, by reason.
        schemathesis_exit: Schemathesis' own exit status.
    """

    target: str
    remote: bool
    failures: list[dict[str, Any]] = field(default_factory=list)
    errors: list[dict[str, Any]] = field(default_factory=list)
    drift: list[tuple[Drift, int]] = field(default_factory=list)
    created: list[dict[str, Any]] = field(default_factory=list)
    held_back: dict[str, int] = field(default_factory=dict)
    schemathesis_exit: int = 0

    @property
    def ok(self) -> bool:
        """No failed check, no error, no drift of severity ``error``."""
        return not self.failures and not self.errors and not any(d.severity == "error" for d, _ in self.drift)

    @property
    def exit_code(self) -> int:
        """0 when `ok`, else 1 (for CI)."""
        return 0 if self.ok else 1

    def to_dict(self) -> dict[str, Any]:
        """The report as JSON-ready data (``tengrai contract --json``)."""
        return {
            "target": self.target,
            "remote": self.remote,
            "ok": self.ok,
            "failures": self.failures,
            "errors": self.errors,
            "drift": [{**drift.to_dict(), "count": count} for drift, count in self.drift],
            "created": self.created,
            "held_back": self.held_back,
        }

    def render(self) -> str:
        """The report as text: failures, then drift by operation and schema path, then what was billed."""
        lines = [f"contract check of {self.target} ({'remote' if self.remote else 'local'} server)"]
        for failure in self.failures:
            operations = ", ".join(failure.get("operations", [])) or "-"
            lines.append(f"FAILED {failure['title']} x{failure['count']}: {operations}")
        lines.extend(f"ERROR {error['title']} x{error['count']}" for error in self.errors)
        by_operation: dict[str, list[tuple[Drift, int]]] = {}
        for drift, count in self.drift:
            by_operation.setdefault(drift.operation, []).append((drift, count))
        for operation, items in sorted(by_operation.items()):
            lines.append(f"drift in {operation}:")
            for drift, count in items:
                lines.append(f"  {drift.severity}: {drift.kind} at {drift.where} ({drift.schema_path}): "
                             f"{drift.detail} x{count}")  # fmt: skip
        if self.remote:
            lines.extend(f"billable create sent: {item['operation']} -> {item['id']}" for item in self.created)
        else:
            lines.append(f"creates accepted: {len(self.created)} (a local server: nothing billed)")
        lines.extend(f"held back (not sent): {count} x {reason}" for reason, count in self.held_back.items())
        lines.append("result: OK" if self.ok else "result: FAILED")
        return "\n".join(lines)


@contextlib.contextmanager
def _embedded_mock() -> Iterator[tuple[str, str, dict[str, str]]]:
    """Serve the mock on loopback; yields its URL, the admin key, and parameters for operations it has no data for."""
    try:
        import httpx

        from tengrai.mock import TEST_ADMIN_KEY, Durations, MockConfig, MockServer, require_extra

        require_extra(serve=True)
    except ImportError as exc:
        raise ContractSetupError(
            f"the embedded mock needs the mock extra: pip install 'tengrai[contract]' ({exc})"
        ) from None
    config = MockConfig(
        default_durations=Durations(starting=0.2, processing=0.8),
        failure_rate=0.2,
        foreign_image_urls="synthesize",
        webhook_transport=httpx.MockTransport(lambda request: httpx.Response(204)),
        seed=None,
        max_recorded_requests=1000,
    )
    with MockServer(config, log_level="error") as server:
        owner = config.keys[TEST_ADMIN_KEY].name
        v1 = server.state.add_v1_artwork(
            "upscaling", owner=owner, parameters={"imageUrl": "https://cdn.example.com/a.png", "scaleFactor": 2}
        )
        yield server.url, TEST_ADMIN_KEY, {"get_v1_artwork": v1["id"]}


def _config_file(
    directory: Path, key: str, known_ids: dict[str, str], strict_warnings: bool, no_examples: Sequence[str] = ()
) -> Path:
    lines = ["[auth.openapi.bearerAuth]", f"bearer = {json.dumps(key)}", ""]
    for operation_id in no_examples:  # the spec's examples of a create are valid, so they would bill
        lines += ["[[operations]]", f"include-operation-id = {json.dumps(operation_id)}",
                  "phases.examples.enabled = false", ""]  # fmt: skip
    if strict_warnings:
        lines += ["[warnings]", 'fail-on = ["missing_auth", "validation_mismatch", "unused_openapi_auth"]', ""]
    for operation_id, artwork_id in known_ids.items():
        lines += ["[[operations]]", f"include-operation-id = {json.dumps(operation_id)}",
                  f'parameters = {{ "path.id" = {json.dumps(artwork_id)} }}', ""]  # fmt: skip
    path = directory / "schemathesis.toml"
    fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)  # it holds the key
    with os.fdopen(fd, "w", encoding="utf-8") as stream:
        stream.write("\n".join(lines))
    return path


def _normalized(where: str) -> str:
    return re.sub(r"/\d+(?=/|$)", "/*", where)


def _gather(report: ContractReport, events: Path, summary: Path) -> None:
    if summary.exists():
        data = json.loads(summary.read_text(encoding="utf-8"))
        report.failures = [{k: failure.get(k) for k in ("title", "count", "operations", "severity")}
                           for failure in data.get("failures", [])]  # fmt: skip
        report.errors = list(data.get("errors", []))
    drift: Counter[Drift] = Counter()
    held: Counter[str] = Counter()
    if events.exists():
        for line in events.read_text(encoding="utf-8").splitlines():
            finding = json.loads(line)
            kind = finding.pop("type")
            if kind == "drift":
                finding["where"] = _normalized(finding["where"])
                drift[Drift(**finding)] += 1
            elif kind == "created" and finding.pop("paid"):
                report.created.append(finding)
            elif kind == "held":
                held[f"{finding['reason']} ({finding['operation']})"] += 1
    report.drift = sorted(drift.items(), key=lambda item: (item[0].operation, item[0].kind, item[0].where))
    report.held_back = dict(held)


def _probe(report: ContractReport, url: str, key: str, spec: str | os.PathLike[str] | None = None) -> None:
    """Send the rule probes (each must be refused; see `_probes`) and add what they found to ``report``."""
    import httpx

    headers = {"Authorization": f"Bearer {key}"}
    with httpx.Client(base_url=url, headers=headers, timeout=30) as client:
        drift, created = send_probes(load_spec(spec), client)
    report.drift.extend((item, 1) for item in drift)
    report.created.extend(created)


def _target(url: str | None, api_key: str | None, stack: contextlib.ExitStack) -> tuple[str, str, dict[str, str]]:
    """The base URL, key and known artwork ids to check: the embedded mock's, or the given server's."""
    if url is None:
        served: tuple[str, str, dict[str, str]] = stack.enter_context(_embedded_mock())
        return served
    key = api_key or os.environ.get(API_KEY_ENV) or ""
    if not key:
        raise ContractSetupError(f"checking {url} needs an API key: set {API_KEY_ENV}")
    return url, key, {}


def _command(
    config_file: Path,
    spec_file: Path,
    url: str,
    phases: str,
    max_examples: int,
    summary: Path,
    seed: int | None,
    excluded: Sequence[str],
) -> list[str]:
    """The ``schemathesis run`` command line: every check, both modes, a JSON report, one worker, output sanitized."""
    command = [sys.executable, "-m", "schemathesis.cli", "--config-file", str(config_file), "run", str(spec_file),
               "--url", url, "--checks", "all", "--mode", "all", "--phases", phases,
               "--max-examples", str(max_examples), "--workers", "1", "--output-sanitize", "true",
               "--report", "json", "--report-json-path", str(summary), "--no-color"]  # fmt: skip
    if seed is not None:
        command += ["--seed", str(seed)]
    for operation_id in excluded:
        command += ["--exclude-operation-id", operation_id]
    return command


def _schemathesis(command: list[str], workdir: Path, env: dict[str, str], output: TextIO) -> int:
    """Run the Schemathesis CLI; its output goes to ``output`` (live when it is a real file)."""
    try:
        output.flush()
        fileno = output.fileno()
    except (AttributeError, OSError, ValueError):
        fileno = None
    if fileno is not None:
        ran = subprocess.run(command, cwd=workdir, env=env, check=False, stdout=fileno, stderr=subprocess.STDOUT)  # noqa: S603
        return ran.returncode
    done = subprocess.run(command, cwd=workdir, env=env, check=False, capture_output=True, text=True)  # noqa: S603
    output.write(done.stdout + done.stderr)
    return done.returncode


def run(
    url: str | None = None,
    *,
    api_key: str | None = None,
    allow_paid: int = 0,
    admin_operations: Sequence[str] = (),
    max_examples: int = 20,
    seed: int | None = None,
    phases: str = PHASES,
    remote: bool | None = None,
    spec: str | os.PathLike[str] | None = None,
    output: TextIO | None = None,
    extra_args: Sequence[str] = (),
) -> ContractReport:
    """Check a server against the spec with Schemathesis (every check) and the spec's ``x-`` rules.

    Args:
        url: the server's base URL; None serves the embedded mock on loopback (needs ``tengrai[contract]``).
        api_key: the key for ``url`` (default: ``TENGRAI_API_KEY``). Never printed.
        allow_paid: how many creates that could succeed (and bill) may be sent to a non-local server.
        admin_operations: operationIds of admin operations (minting, revoking keys, rotating the webhook secret)
            that may be sent to a non-local server; none by default.
        max_examples: examples per operation and phase.
        seed: Schemathesis' seed (reproducible runs).
        phases: Schemathesis phases, comma-separated.
        remote: treat the server as non-local (True) or local (False); default: only loopback is local.
        spec: the OpenAPI file to check against (default: the spec this SDK was generated from).
        output: where Schemathesis' own progress goes (default: stdout; ``subprocess.DEVNULL``-like: pass
            ``open(os.devnull, "w")``).
        extra_args: more ``schemathesis run`` options.
    """
    if allow_paid < 0:
        raise ValueError(f"allow_paid must be 0 or more, not {allow_paid}")
    with contextlib.ExitStack() as stack:
        url, key, known_ids = _target(url, api_key, stack)
        is_remote = (not loopback(url)) if remote is None else remote
        workdir = Path(stack.enter_context(tempfile.TemporaryDirectory(prefix="tengrai-contract-")))
        spec_file = workdir / "openapi.json"
        spec_file.write_text(json.dumps(load_spec(spec).document), encoding="utf-8")
        creates = [op.operation_id for op in load_spec(spec).by_id.values() if op.creates] if is_remote else []
        config_file = _config_file(workdir, key, known_ids, strict_warnings=bool(known_ids), no_examples=creates)
        report = ContractReport(target=url, remote=is_remote)
        admin = [op.operation_id for op in load_spec(spec).by_id.values() if op.admin]
        excluded = [op for op in admin if op not in admin_operations] if is_remote else []
        events, summary = workdir / "events.jsonl", workdir / "report.json"
        command = _command(config_file, spec_file, url, phases, max_examples, summary, seed, excluded)
        settings = {"allow_paid": allow_paid, "remote": is_remote, "admin": list(admin_operations),
                    "events": str(events), "spec": str(spec_file)}  # fmt: skip
        env = {**os.environ, "SCHEMATHESIS_HOOKS": "tengrai.contract.hooks", ENV: json.dumps(settings)}
        env.pop(API_KEY_ENV, None)
        result = _schemathesis([*command, *extra_args], workdir, env, output if output is not None else sys.stdout)
        report.schemathesis_exit = result
        _gather(report, events, summary)
        _probe(report, url, key, spec)
        if result != 0 and not report.failures and not report.errors:
            report.errors.append({"title": f"schemathesis exited with status {result}", "count": 1})
        return report
