"""Result rows, the machine description, and rendering as a plain-text or Markdown table."""

from __future__ import annotations

import datetime as dt
import os
import platform
import subprocess
import sys
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path


@dataclass(frozen=True)
class Row:
    """One measurement set beside its baseline and target.

    `passed` is None for informational rows that have no target.
    """

    benchmark: str
    metric: str
    ours: str
    baseline: str
    ratio: str
    target: str
    passed: bool | None
    error: bool = False

    @property
    def verdict(self) -> str:
        """PASS, MISS, ERROR (the benchmark crashed), or "-" for an informational row."""
        if self.error:
            return "ERROR"
        if self.passed is None:
            return "-"
        return "PASS" if self.passed else "MISS"


@dataclass(frozen=True)
class Detail:
    """A detail table printed under the summary (e.g. every polling schedule)."""

    title: str
    headers: Sequence[str]
    rows: Sequence[Sequence[str]]
    notes: Sequence[str] = ()


@dataclass(frozen=True)
class Section:
    """What one benchmark module returns."""

    rows: Sequence[Row]
    details: Sequence[Detail] = field(default_factory=tuple)
    notes: Sequence[str] = field(default_factory=tuple)


SUMMARY_HEADERS = ("Benchmark", "Metric", "tengrai", "Baseline", "Ratio", "Target", "Result")


def summary_cells(row: Row) -> list[str]:
    """The cells of `row` in SUMMARY_HEADERS order."""
    return [row.benchmark, row.metric, row.ours, row.baseline, row.ratio, row.target, row.verdict]


def ratio_text(ours: float, baseline: float) -> str:
    """`ours / baseline` as "1.07x" (or "n/a" when the baseline is zero)."""
    if baseline <= 0:
        return "n/a"
    return f"{ours / baseline:.2f}x"


def cpu_model() -> str:
    """The CPU model name as the OS reports it."""
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                return line.split(":", 1)[1].strip()
    except OSError:
        pass
    return platform.processor() or platform.machine() or "unknown"


def git_revision() -> str:
    """The short commit hash of the working tree, or "unknown" outside a git checkout."""
    try:
        out = subprocess.run(
            ["git", "rev-parse", "--short", "HEAD"],  # noqa: S607 - git from PATH is what a developer runs
            capture_output=True,
            text=True,
            check=True,
            timeout=10,
            cwd=Path(__file__).resolve().parent,
        )
    except (OSError, subprocess.SubprocessError):
        return "unknown"
    return out.stdout.strip() or "unknown"


def machine_lines() -> list[str]:
    """Where and when the benchmarks ran, one fact per line."""
    import httpx

    now = dt.datetime.now(dt.UTC).strftime("%Y-%m-%d %H:%M UTC")
    return [
        f"Date: {now}",
        f"CPU: {cpu_model()} ({os.cpu_count()} logical cores)",
        f"OS: {platform.system()} {platform.release()} ({platform.machine()})",
        f"Python: {platform.python_implementation()} {sys.version.split()[0]}; httpx {httpx.__version__}",
        f"Commit: {git_revision()}",
    ]


def _widths(headers: Sequence[str], rows: Sequence[Sequence[str]]) -> list[int]:
    widths = [len(h) for h in headers]
    for row in rows:
        for i, cell in enumerate(row):
            widths[i] = max(widths[i], len(cell))
    return widths


def text_table(headers: Sequence[str], rows: Sequence[Sequence[str]]) -> str:
    """A plain aligned table for the terminal."""
    widths = _widths(headers, rows)

    def line(cells: Sequence[str]) -> str:
        return "  ".join(cell.ljust(w) for cell, w in zip(cells, widths, strict=True)).rstrip()

    rule = "  ".join("-" * w for w in widths)
    return "\n".join([line(headers), rule, *(line(r) for r in rows)])


def markdown_table(headers: Sequence[str], rows: Sequence[Sequence[str]]) -> str:
    """A GitHub-flavoured Markdown table ("|" inside cells escaped)."""

    def line(cells: Sequence[str]) -> str:
        return "| " + " | ".join(cell.replace("|", "\\|") for cell in cells) + " |"

    return "\n".join([line(headers), line(["---"] * len(headers)), *(line(r) for r in rows)])


def render_text(sections: Sequence[Section], machine: Sequence[str]) -> str:
    """Everything for the terminal: summary table, machine, then details and notes."""
    rows = [summary_cells(r) for s in sections for r in s.rows]
    parts = [text_table(SUMMARY_HEADERS, rows), "", *machine]
    for section in sections:
        for detail in section.details:
            parts += ["", detail.title, text_table(detail.headers, detail.rows), *detail.notes]
        if section.notes:
            parts += ["", *section.notes]
    return "\n".join(parts) + "\n"


def render_markdown(sections: Sequence[Section], machine: Sequence[str], command: str) -> str:
    """The same content as Markdown, ready to paste into the README."""
    rows = [summary_cells(r) for s in sections for r in s.rows]
    parts = [
        "# Benchmark results",
        "",
        f"Produced by `{command}`. Ratios are tengrai / baseline measured side by side in the same run.",
        "",
        markdown_table(SUMMARY_HEADERS, rows),
        "",
        *(f"- {fact}" for fact in machine),
    ]
    for section in sections:
        for detail in section.details:
            parts += ["", f"### {detail.title}", "", markdown_table(detail.headers, detail.rows)]
            if detail.notes:
                parts += ["", *(f"- {note}" for note in detail.notes)]
        if section.notes:
            parts += ["", *(f"- {note}" for note in section.notes)]
    return "\n".join(parts) + "\n"
