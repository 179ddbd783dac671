"""Run a benchmark worker in a fresh interpreter and read the JSON it prints.

Load generators run in their own process so that they do not share the GIL (or the peak-RSS counter) with the
mock server they measure, which runs in a thread of the parent.
"""

from __future__ import annotations

import json
import subprocess
import sys
from typing import Any


def run_worker(module: str, args: list[str], *, timeout: float) -> dict[str, Any]:
    """Run ``python -m module *args`` and return the JSON object on its last stdout line."""
    out = subprocess.run(  # noqa: S603 - our own interpreter running our own module
        [sys.executable, "-m", module, *args],
        capture_output=True,
        text=True,
        check=False,
        timeout=timeout,
    )
    lines = out.stdout.strip().splitlines()
    if out.returncode != 0 or not lines:
        tail = "\n".join(out.stderr.strip().splitlines()[-15:])
        raise RuntimeError(f"worker {module} {' '.join(args)} exited with {out.returncode}:\n{tail}")
    result: dict[str, Any] = json.loads(lines[-1])
    return result


def emit(result: dict[str, Any]) -> None:
    """Print a worker's result as the last stdout line (the parent reads it with `run_worker`)."""
    print(json.dumps(result), flush=True)
