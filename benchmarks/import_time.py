"""Benchmark 1: import time of tengrai against httpx (our floor), in fresh interpreter processes.

Each statement runs in a new `python -c` process, interleaved round by round (the order reversed every other
round, so no statement always runs right after the same one) so drifts in machine load hit all statements alike.
Two numbers per statement: the wall time of the whole process (what `time python -c ...` shows, interpreter
start-up included) and the time of the import statement alone, measured inside the child. The median over the
rounds is reported; the ratio to httpx is the median of the per-round ratios (each statement against the httpx
run of the same round), which cancels load that drifts between rounds better than a ratio of two medians.

`import tengrai` alone is cheap because the package exports lazily, so the row that carries the target is
`from tengrai import Tengrai`: what a user's first line actually costs. The client classes leave the artwork
records and the resources for later (the records and ``client.artworks`` load when the first client is made, each
generated resource when it is first used), so an information row also times making a first client, against making
a first `httpx.Client`: the cost a program pays before its first request.

`import httpx` also imports httpx's optional command-line dependencies (click, rich, pygments) when they are
installed, as they are in the development environment. A user who installs only tengrai does not have them, so
every statement is measured twice: as the environment is, and with those packages hidden (``sys.modules[name] =
None`` makes their import fail, exactly as if they were not installed).

The children always run with bytecode caching on (``PYTHONDONTWRITEBYTECODE`` removed from their environment, and
every package precompiled first), as after a ``pip install``: otherwise an editable checkout would be measured
compiling its own source on every run while httpx, installed from a wheel, loads its cached bytecode.
"""

from __future__ import annotations

import compileall
import os
import subprocess
import sys
import time
from dataclasses import dataclass

from ._report import Detail, Row, Section, ratio_text
from ._stats import median

TARGET_RATIO = 1.2
BASELINE = "import httpx"
TARGETED = "from tengrai import Tengrai"
HTTPX_CLIENT = "import httpx; httpx.Client()"
TENGRAI_CLIENT = "from tengrai import Tengrai; Tengrai(api_key='sk-bench')"
STATEMENTS = (BASELINE, "import tengrai", TARGETED, "from tengrai import AsyncTengrai", HTTPX_CLIENT, TENGRAI_CLIENT)
BASELINES = {TENGRAI_CLIENT: HTTPX_CLIENT}
"""Statements compared with another than `BASELINE`: a first client against a first httpx client (tengrai loads
its records and builds its httpx client when the first client is made, so the import alone does not show that)."""
HIDDEN = ("click", "rich", "pygments")
"""Packages httpx imports only for its own CLI, absent from a runtime-only install of tengrai."""
ENVIRONMENTS = {
    "dev venv": "",
    "runtime deps only": f"import sys; sys.modules.update(dict.fromkeys({HIDDEN!r})); ",
}

_CHILD = "{prelude}import time; _t = time.perf_counter(); {stmt}; print(time.perf_counter() - _t)"


@dataclass(frozen=True)
class ImportTiming:
    """Medians over the rounds, in seconds, and the median per-round ratio of the process time to httpx's."""

    environment: str
    statement: str
    process: float
    import_only: float
    paired_ratio: float = 1.0


_CHILD_ENV = {name: value for name, value in os.environ.items() if name != "PYTHONDONTWRITEBYTECODE"}


def _precompile() -> None:
    import tengrai_api

    import tengrai

    for package in (tengrai, tengrai_api):
        compileall.compile_dir(os.path.dirname(str(package.__file__)), quiet=1)


def _run_once(environment: str, statement: str) -> tuple[float, float]:
    code = _CHILD.format(prelude=ENVIRONMENTS[environment], stmt=statement)
    start = time.perf_counter()
    out = subprocess.run(  # noqa: S603 - our own interpreter, our own fixed statements
        [sys.executable, "-c", code], capture_output=True, text=True, check=False, timeout=60, env=_CHILD_ENV
    )
    process = time.perf_counter() - start
    if out.returncode != 0:
        last = (out.stderr.strip().splitlines() or ["no output"])[-1]
        raise RuntimeError(f"`python -c {code!r}` failed: {last}")
    return process, float(out.stdout.strip().splitlines()[-1])


def measure(rounds: int) -> list[ImportTiming]:
    """Median process and import-only times of every statement in every environment, over interleaved rounds."""
    cases = [(env, stmt) for env in ENVIRONMENTS for stmt in STATEMENTS]
    _precompile()
    for case in cases:  # warm the OS page cache
        _run_once(*case)
    samples: dict[tuple[str, str], list[tuple[float, float]]] = {case: [] for case in cases}
    for round_number in range(rounds):
        for case in cases if round_number % 2 == 0 else reversed(cases):
            samples[case].append(_run_once(*case))

    def paired(env: str, stmt: str) -> float:
        base = samples[env, BASELINES.get(stmt, BASELINE)]
        return median([p / b for (p, _), (b, _) in zip(samples[env, stmt], base, strict=True)])

    return [
        ImportTiming(
            env,
            stmt,
            median([p for p, _ in samples[env, stmt]]),
            median([i for _, i in samples[env, stmt]]),
            paired(env, stmt),
        )
        for env, stmt in cases
    ]


def run(*, quick: bool) -> Section:
    """Measure and build the summary rows and the detail table."""
    rounds = 5 if quick else 31
    timings = {(t.environment, t.statement): t for t in measure(rounds)}
    rows = []
    for env in ENVIRONMENTS:
        for statement in STATEMENTS[1:]:
            if statement == HTTPX_CLIENT or (env != "dev venv" and statement not in (TARGETED, TENGRAI_CLIENT)):
                continue
            t = timings[env, statement]
            base = timings[env, BASELINES.get(statement, BASELINE)]
            targeted = statement == TARGETED
            rows.append(
                Row(
                    benchmark="1 import time",
                    metric=f"`{statement}`, {env} (process wall, median of {rounds}; ratio: median per-round ratio"
                    + (f" to `{base.statement}`)" if base.statement != BASELINE else ")"),
                    ours=f"{t.process * 1e3:.0f} ms",
                    baseline=f"{base.process * 1e3:.0f} ms",
                    ratio=f"{t.paired_ratio:.2f}x",
                    target=f"<= {TARGET_RATIO:.2f}x httpx" if targeted else "(info)",
                    passed=(t.paired_ratio <= TARGET_RATIO) if targeted else None,
                )
            )
    detail = Detail(
        title=f"Import time (median of {rounds} fresh processes; statement only = timed inside the child)",
        headers=("Environment", "Statement", "Process wall", "Statement only", "Process vs httpx", "Statement vs"),
        rows=[
            (
                t.environment,
                f"`{t.statement}`",
                f"{t.process * 1e3:.1f} ms",
                f"{t.import_only * 1e3:.1f} ms",
                f"{t.paired_ratio:.2f}x",
                ratio_text(t.import_only, timings[t.environment, BASELINES.get(t.statement, BASELINE)].import_only),
            )
            for t in timings.values()
        ],
        notes=[
            f"runtime deps only: {', '.join(HIDDEN)} hidden, as in an install of tengrai without dev tools.",
            f"`{TENGRAI_CLIENT}` is compared with `{HTTPX_CLIENT}`, every other statement with `{BASELINE}`.",
        ],
    )
    return Section(rows=rows, details=[detail])
