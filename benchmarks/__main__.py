"""`python -m benchmarks [--quick] [--only NAME ...]`: run the benchmarks, print the table, write RESULTS.md."""

from __future__ import annotations

import argparse
import importlib
import sys
import time
import traceback
from collections.abc import Sequence
from pathlib import Path

from ._report import Row, Section, machine_lines, render_markdown, render_text

# name -> (module, summary label used when the benchmark itself fails)
BENCHMARKS: dict[str, tuple[str, str]] = {
    "import": ("benchmarks.import_time", "1 import time"),
    "overhead": ("benchmarks.call_overhead", "2 per-call overhead"),
    "polling": ("benchmarks.polling", "3 polling efficiency"),
    "concurrency": ("benchmarks.concurrency", "4 concurrency"),
    "mock": ("benchmarks.mock_throughput", "5 mock throughput"),
    "batch": ("benchmarks.batch", "6 batch"),
}
DEFAULT_OUTPUT = Path(__file__).resolve().parent / "RESULTS.md"


def _run_one(name: str, *, quick: bool) -> tuple[Section, bool]:
    """Run one benchmark; a crash becomes an ERROR row instead of hiding the other results."""
    module_name, label = BENCHMARKS[name]
    started = time.perf_counter()
    try:
        section: Section = importlib.import_module(module_name).run(quick=quick)
    except Exception as exc:
        traceback.print_exc(file=sys.stderr)
        row = Row(label, "benchmark crashed", f"{type(exc).__name__}: {exc}", "-", "-", "-", False, error=True)
        return Section(rows=[row]), False
    print(f"  {name}: {time.perf_counter() - started:.1f} s", file=sys.stderr, flush=True)
    return section, True


def main(argv: Sequence[str] | None = None) -> int:
    """Entry point; returns 1 when a benchmark crashed (a missed target is reported, not an error)."""
    parser = argparse.ArgumentParser(prog="python -m benchmarks", description=__doc__)
    parser.add_argument("--quick", action="store_true", help="fewer rounds and smaller workloads (a smoke run)")
    parser.add_argument("--only", nargs="+", choices=sorted(BENCHMARKS), help="run only these benchmarks")
    parser.add_argument("--output", type=Path, default=DEFAULT_OUTPUT, help="Markdown file to write")
    parser.add_argument("--no-write", action="store_true", help="print only; leave the Markdown file alone")
    args = parser.parse_args(argv)

    names = [n for n in BENCHMARKS if not args.only or n in args.only]
    print(f"running {', '.join(names)}{' (quick)' if args.quick else ''} ...", file=sys.stderr, flush=True)
    results = [_run_one(name, quick=args.quick) for name in names]
    sections = [section for section, _ in results]
    machine = machine_lines()
    print(render_text(sections, machine))
    if not args.no_write:
        command = "python -m benchmarks" + (" --quick" if args.quick else "")
        args.output.write_text(render_markdown(sections, machine, command))
        print(f"wrote {args.output}", file=sys.stderr)
    return 0 if all(ok for _, ok in results) else 1


if __name__ == "__main__":
    sys.exit(main())
