"""``tengrai contract``: check the embedded mock, your own server or the live API against the spec (Schemathesis)."""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Sequence
from typing import TextIO

__all__ = ["cmd_contract", "contract_parser"]

EXTRA_HINT = 'pip install "tengrai[contract]"'


def contract_parser(prog: str = "tengrai contract") -> argparse.ArgumentParser:
    """The options of ``tengrai contract``."""
    parser = argparse.ArgumentParser(
        prog=prog,
        description="Run Schemathesis (every check and phase) against a server with the spec's x- rules taught, and "
        "report every drift from the spec. Default: the embedded mock. Against a non-local server nothing that can "
        "bill is sent unless --allow-paid, and no admin operation unless named with --admin. The key comes from "
        "TENGRAI_API_KEY. Exit status 0: no failure and no drift of severity error.",
        allow_abbrev=False,
    )
    parser.add_argument("--url", default=None, help="the server's base URL (default: the embedded mock)")
    parser.add_argument(
        "--allow-paid", type=int, default=0, metavar="N",
        help="send at most N creates that could succeed (and bill) to a non-local server, each reported with its id",
    )  # fmt: skip
    parser.add_argument(
        "--admin", action="append", default=[], metavar="OPERATION_ID",
        help="also send this admin operation (create_api_key, revoke_api_key, rotate_webhook_secret) to a non-local "
        "server; repeatable",
    )  # fmt: skip
    parser.add_argument(
        "--remote", action="store_true",
        help="treat the server as non-local even on loopback (a tunnel to a real API)",
    )  # fmt: skip
    parser.add_argument("--max-examples", type=int, default=20, metavar="N", help="examples per operation and phase")
    parser.add_argument("--seed", type=int, default=None, help="Schemathesis seed (reproducible runs)")
    parser.add_argument("--phases", default=None, help="Schemathesis phases (default: all four)")
    parser.add_argument("--spec", default=None, metavar="FILE", help="check against this OpenAPI file instead")
    parser.add_argument("--json", action="store_true", help="print the report as JSON (Schemathesis output to stderr)")
    parser.add_argument("extra", nargs="*", help="more `schemathesis run` options, after --")
    return parser


def cmd_contract(argv: Sequence[str], stdout: TextIO | None = None, stderr: TextIO | None = None) -> int:
    """Run ``tengrai contract`` with ``argv``; returns the exit status."""
    out, err = stdout or sys.stdout, stderr or sys.stderr
    try:
        args = contract_parser().parse_args(list(argv))
    except SystemExit as exc:
        return exc.code if isinstance(exc.code, int) else 2
    if args.allow_paid < 0:
        err.write("error: --allow-paid takes a number of creates, 0 or more\n")
        return 2
    try:
        from ..contract import ContractSetupError, run
        from ..contract._run import PHASES
    except ImportError as exc:
        err.write(f"error: tengrai contract needs Schemathesis and the mock: {EXTRA_HINT} ({exc})\n")
        return 1
    try:
        report = run(
            args.url,
            allow_paid=args.allow_paid,
            admin_operations=args.admin,
            max_examples=args.max_examples,
            seed=args.seed,
            phases=args.phases or PHASES,
            remote=True if args.remote else None,
            spec=args.spec,
            output=err if args.json else out,
            extra_args=args.extra,
        )
    except ContractSetupError as exc:
        err.write(f"error: {exc}\n")
        return 1
    out.write(json.dumps(report.to_dict(), indent=2) + "\n" if args.json else report.render() + "\n")
    return report.exit_code
