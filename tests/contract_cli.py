"""``make contract``: the Schemathesis CLI against the mock served over loopback, with every check on.

Starts `tengrai.mock.MockServer` on 127.0.0.1 (real clock, short task durations, some failures, webhooks
captured in-process), runs ``schemathesis run openapi/tengrai.yaml --url <server> --checks all`` with more
examples than the pytest suite, then stops the server and exits with Schemathesis' status. The run happens in a
temporary directory so ``.hypothesis/`` and ``.schemathesis/`` stay out of the tree.

Usage: ``python -m tests.contract_cli [--max-examples N] [--workers N] [-- extra schemathesis run options]``
"""

from __future__ import annotations

import argparse
import os
import subprocess
import sys
import tempfile
from collections.abc import Sequence
from pathlib import Path

from tengrai.mock import TEST_ADMIN_KEY, Durations, MockServer

from .contract.support import SPEC_PATH, contract_config, seed_v1_artworks

ROOT = Path(__file__).resolve().parents[1]
HOOKS_MODULE = "tests.contract.cli_hooks"

CONFIG_TEMPLATE = """\
[auth.openapi.bearerAuth]
bearer = "{key}"

[warnings]
fail-on = ["missing_auth", "missing_test_data", "validation_mismatch", "unused_openapi_auth"]

# The mock makes no V1 artworks; the run reads one it was given (Schemathesis' links reach it only when stateful).
[[operations]]
include-operation-id = "get_v1_artwork"
parameters = {{ "path.id" = "{v1_artwork_id}" }}
"""


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="python -m tests.contract_cli", description=__doc__.splitlines()[0])
    parser.add_argument("--max-examples", type=int, default=300, help="examples per operation (default: %(default)s)")
    # One worker: with several, Hypothesis parses lambda sources in parallel threads, which trips a CPython 3.11
    # bug ("AST constructor recursion depth mismatch").
    parser.add_argument("--workers", default="1", help="Schemathesis workers (default: %(default)s)")
    parser.add_argument("extra", nargs="*", help="more `schemathesis run` options (after --)")
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    """Serve the mock, run the Schemathesis CLI against it, stop the mock; returns Schemathesis' exit status."""
    args = _parser().parse_args(argv)
    config = contract_config(clock=None, default_durations=Durations(starting=0.2, processing=0.8))
    server = MockServer(config, log_level="error")
    with tempfile.TemporaryDirectory(prefix="tengrai-contract-") as workdir, server:
        v1_artwork_id = seed_v1_artworks(server.state)[0]
        config_file = Path(workdir) / "schemathesis.toml"
        config_file.write_text(
            CONFIG_TEMPLATE.format(key=TEST_ADMIN_KEY, v1_artwork_id=v1_artwork_id), encoding="utf-8"
        )
        command = [
            sys.executable,
            "-m",
            "schemathesis.cli",
            "--config-file",
            str(config_file),
            "run",
            str(SPEC_PATH),
            "--url",
            server.url,
            "--checks",
            "all",
            "--mode",
            "all",
            "--phases",
            "examples,coverage,fuzzing,stateful",
            "--max-examples",
            str(args.max_examples),
            "--workers",
            args.workers,
            *args.extra,
        ]
        env = {
            **os.environ,
            "SCHEMATHESIS_HOOKS": HOOKS_MODULE,
            "PYTHONPATH": os.pathsep.join(filter(None, [str(ROOT), os.environ.get("PYTHONPATH")])),
        }
        print(f"mock server on {server.url}; running: schemathesis run {SPEC_PATH.name} --checks all", flush=True)
        result = subprocess.run(command, cwd=workdir, env=env, check=False)
        print(f"the mock server accepted {server.state.created_count} creates", flush=True)
    return result.returncode


if __name__ == "__main__":
    sys.exit(main())
