"""``make contract``: the shipped checker (``tengrai contract``) with many examples, every check and phase.

Without ``--url`` it serves the embedded mock on loopback (real clock, short tasks, some failures, webhooks
captured in-process); with ``--url`` (``make contract CONTRACT_ARGS="--url https://..."``, key from
``TENGRAI_API_KEY``) it checks that server, sending nothing billable unless ``--allow-paid N``. Exits 0 when
Schemathesis found nothing and no answer drifted from the spec.

Usage: ``python -m tests.contract_cli [tengrai contract options]`` (default ``--max-examples 100``)
"""

from __future__ import annotations

import sys
from collections.abc import Sequence

from tengrai.cli._contract import cmd_contract

DEFAULT_EXAMPLES = "100"


def main(argv: Sequence[str] | None = None) -> int:
    """Run ``tengrai contract`` with ``make contract``'s defaults; returns its exit status."""
    args = list(sys.argv[1:] if argv is None else argv)
    if not any(arg == "--max-examples" or arg.startswith("--max-examples=") for arg in args):
        args = ["--max-examples", DEFAULT_EXAMPLES, *args]
    return cmd_contract(args)


if __name__ == "__main__":
    sys.exit(main())
