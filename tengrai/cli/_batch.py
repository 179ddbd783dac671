"""``tengrai batch REQUESTS.jsonl -o DIR``: many tasks from a JSONL file, crash-safe and resumable.

Each line is a JSON object: ``{"operation": "quantum", "prompt": "...", "aspect_ratio": "16:9", "key": "fox"}``
(operation = resource name, CLI subcommand or operation id; arguments in snake_case or camelCase; ``key``
optional). Every line is validated first; any invalid line stops the command before anything is sent, unless
``--skip-invalid``. The run writes into DIR:

* the images, named ``<artwork id>-<n>.<ext>``;
* ``results.jsonl``: one line per input line (line, key, operation as the line named it, status, artworkId, files,
  and error: why it failed, in the server's words when it gave a reason);
* ``contact-sheet.png``: thumbnails of every image in one grid (needs Pillow; skipped with a note otherwise);
* ``.tengrai-batch.sqlite``: the journal. Running the same command again resumes: finished lines are skipped,
  created tasks are waited for, and nothing is ever created twice. ``--retry-failed`` also sends the lines whose
  task failed or was canceled again, as new tasks.

``--shard I/N`` runs the lines whose item name hashes to slot I of N (1-based), with a journal and results file
of its own (``results-shard-I-of-N.jsonl``), so N processes or machines can share one input with no coordination.
"""

from __future__ import annotations

import argparse
import json
import os
import tempfile
import threading
import time
from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any, TextIO

from ._errors import EXIT_API, UsageError

if TYPE_CHECKING:
    from ..batch import BatchProgress, BatchRequest, BatchResult, RequestProblem
    from ._output import Streams

__all__ = ["add_batch_parser", "cmd_batch", "parse_shard", "write_contact_sheet_image"]

RESULTS = "results"
JOURNAL = ".tengrai-batch"
CONTACT_SHEET = "contact-sheet"
_THUMBNAIL = 160
_SHEET_COLUMNS = 8
_SHEET_MAX_IMAGES = 400


def add_batch_parser(sub: Any, connection: argparse.ArgumentParser) -> None:
    """Add the ``batch`` subcommand to the CLI's subparsers."""
    from ..batch import DEFAULT_CONCURRENCY

    batch = sub.add_parser(
        "batch",
        help="run many requests from a JSONL file (crash-safe, resumable)",
        description=(
            "Run every request of a JSONL file (one JSON object per line: operation, arguments, optional key), "
            "save the images and results.jsonl into DIR. Re-running the same command resumes it; no request is "
            "ever created twice."
        ),
        parents=[connection],
        allow_abbrev=False,
    )
    batch.add_argument("requests", metavar="REQUESTS.jsonl", help="one request per line")
    batch.add_argument("-o", "--out", required=True, metavar="DIR", help="directory for images, results, journal")
    batch.add_argument(
        "--concurrency",
        type=int,
        default=DEFAULT_CONCURRENCY,
        metavar="N",
        help=f"creates in flight at most; adapts to rate limits (default {DEFAULT_CONCURRENCY})",
    )
    batch.add_argument("--skip-invalid", action="store_true", help="run the valid lines even if some are invalid")
    batch.add_argument(
        "--resend-unknown",
        action="store_true",
        help="send again the lines whose earlier create had an unknown outcome (their task may exist and be billed)",
    )
    batch.add_argument(
        "--retry-failed",
        action="store_true",
        help="send again the lines whose task failed or was canceled in an earlier run (new tasks, billed again)",
    )
    batch.add_argument("--shard", type=parse_shard, metavar="I/N", help="run only slice I of N (1-based)")
    batch.add_argument("--no-save", action="store_true", help="do not download the images")


def parse_shard(text: str) -> tuple[int, int]:
    """``"2/4"`` -> (2, 4); argparse error unless 1 <= I <= N."""
    index, _, count = text.partition("/")
    try:
        shard = int(index), int(count)
    except ValueError:
        raise argparse.ArgumentTypeError(f"{text!r}: write the shard as I/N, e.g. 1/4") from None
    if not 1 <= shard[0] <= shard[1]:
        raise argparse.ArgumentTypeError(f"{text!r}: I must be between 1 and N")
    return shard


def in_shard(item: str, shard: tuple[int, int] | None) -> bool:
    """Whether an item (its key, or ``line:<n>``) belongs to ``shard`` (see `tengrai.batch._journal.in_shard`)."""
    from ..batch._journal import in_shard as belongs

    return belongs(item, shard)


def _suffix(shard: tuple[int, int] | None) -> str:
    return "" if shard is None else f"-shard-{shard[0]}-of-{shard[1]}"


def cmd_batch(args: argparse.Namespace, streams: Streams) -> int:
    """Run the batch; exit 0 when every line succeeded, 1 when some did not, 2 for invalid input."""
    from ..batch import JournalError
    from ._session import open_session

    valid, problems = _load(args, streams)
    chosen = [request for request in valid if in_shard(request.item, args.shard)]
    skipped = [problem for problem in problems if in_shard(problem.key or f"line:{problem.line}", args.shard)]
    out = Path(args.out).expanduser()
    out.mkdir(parents=True, exist_ok=True)
    suffix = _suffix(args.shard)
    from ..batch._journal import journal_name

    journal = out / journal_name(JOURNAL, args.shard)
    if args.retry_failed:
        _announce_retries(journal, chosen, streams.stderr)
    with open_session(args, streams.stderr) as session:
        if session.in_process_mock:
            streams.stderr.write("note: the in-process mock ends with this command: a re-run cannot resume it\n")
        bar = _Bar(streams.stderr, len(chosen))
        started = time.monotonic()
        try:
            with bar:
                results = session.client.batch(
                    chosen,
                    concurrency=args.concurrency,
                    output_dir=None if args.no_save else out,
                    journal=journal,
                    resend_unknown=args.resend_unknown,
                    retry_failed=args.retry_failed,
                    on_progress=bar.update,
                )
        except JournalError as failed:
            for note in getattr(failed, "__notes__", ()):  # every task the run created, by id
                streams.stderr.write(f"{note}\n")
            raise
        except KeyboardInterrupt as stop:
            from ._errors import EXIT_INTERRUPTED, EXIT_TERMINATED, Terminated

            streams.stderr.write(
                f"\ninterrupted: every task created so far is recorded in {journal}; "
                "run the same command again to resume (nothing is created twice)\n"
            )
            raise SystemExit(EXIT_TERMINATED if isinstance(stop, Terminated) else EXIT_INTERRUPTED) from None
        took = time.monotonic() - started
    from ..batch import BatchResult

    invalid = [BatchResult(line=p.line, key=p.key, operation_id="", status="invalid", error=p.message) for p in skipped]
    everything = sorted([*results, *invalid], key=lambda result: result.line)
    results_path = out / f"{RESULTS}{suffix}.jsonl"
    _write_results(results_path, everything)
    sheet = _contact_sheet(out / f"{CONTACT_SHEET}{suffix}.png", everything, args.no_save)
    if args.json:
        streams.stdout.write(_json_summary(everything, took, results_path, sheet, bar.requests) + "\n")
    else:
        streams.stdout.write(_summary(everything, took, results_path, sheet, bar.requests) + "\n")
    return 0 if all(result.status == "succeeded" for result in everything) else EXIT_API


def _load(args: argparse.Namespace, streams: Streams) -> tuple[list[BatchRequest], list[RequestProblem]]:
    """The valid requests of the file and its invalid lines (shown on stderr); `UsageError` when nothing may run."""
    from ..batch import load_requests

    if args.concurrency < 1:
        raise UsageError(f"--concurrency={args.concurrency}: must be at least 1")
    try:
        valid, problems = load_requests(args.requests)
    except FileNotFoundError:
        raise UsageError(f"no such file: {args.requests}") from None
    for problem in problems:
        streams.stderr.write(f"{args.requests}: {problem}\n")
    if problems and not args.skip_invalid:
        raise UsageError(
            f"{len(problems)} invalid line(s) in {args.requests}; nothing was sent. Fix them, or pass --skip-invalid"
        )
    return valid, problems


def _write_results(path: Path, results: Sequence[BatchResult]) -> None:
    lines = "".join(json.dumps(result.to_json(), ensure_ascii=False) + "\n" for result in results)
    handle, temporary = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.", suffix=".part")
    with os.fdopen(handle, "w", encoding="utf-8") as stream:
        stream.write(lines)
        stream.flush()
        os.fsync(stream.fileno())
    os.replace(temporary, path)


_SHOWN_PROBLEMS = 10


def _announce_retries(journal: Path, chosen: Sequence[BatchRequest], stderr: TextIO) -> None:
    """Name the chosen lines whose task failed or was canceled in an earlier run: the batch sends them again."""
    from ..batch._journal import Journal
    from ..batch._results import RETRYABLE

    if not journal.exists():
        return
    with Journal(journal) as records:
        rows = records.rows()
    for request in chosen:
        row = rows.get(request.item)
        if row is not None and row.state == "done" and row.status in RETRYABLE:
            stderr.write(f"retrying line {request.line}: artwork {row.artwork_id} {row.status}: {row.error}\n")


def _summary(results: Sequence[BatchResult], took: float, path: Path, sheet: Path | str, requests: int) -> str:
    from collections import Counter

    from ..batch._results import RETRYABLE
    from ._output import format_table

    counts = Counter(result.status for result in results)
    rows = [[status, str(count)] for status, count in sorted(counts.items(), key=lambda item: -item[1])]
    lines = [format_table(["STATUS", "LINES"], rows), ""]
    lines.append(f"{len(results)} line(s) in {took:.1f} s, {requests} API request(s) by this run")
    lines.append(f"results: {path}")
    lines.append(f"contact sheet: {sheet}")
    problems = [result for result in results if result.status != "succeeded"]
    for result in problems[:_SHOWN_PROBLEMS]:
        name = f" ({result.key})" if result.key else ""
        ident = f" artwork {result.artwork_id}" if result.artwork_id else ""
        lines.append(f"  line {result.line}{name}: {result.status}{ident}: {result.error}")
    if len(problems) > _SHOWN_PROBLEMS:
        lines.append(f"  ... and {len(problems) - _SHOWN_PROBLEMS} more (every line is in {path})")
    if any(result.status in RETRYABLE for result in results):
        lines.append("send the failed lines again (new tasks): the same command with --retry-failed")
    return "\n".join(lines)


def _json_summary(results: Sequence[BatchResult], took: float, path: Path, sheet: Path | str, requests: int) -> str:
    """``--json``: the counts, the files written and every line's result as one JSON document."""
    from collections import Counter

    from ._output import dumps

    return dumps(
        {
            "lines": len(results),
            "counts": dict(Counter(result.status for result in results)),
            "seconds": round(took, 3),
            "requests": requests,
            "resultsFile": str(path),
            "contactSheet": str(sheet) if isinstance(sheet, Path) else None,
            "results": [result.to_json() for result in results],
        }
    )


def _contact_sheet(target: Path, results: Sequence[BatchResult], no_save: bool) -> Path | str:
    """The contact sheet written, or why there is none."""
    files = [Path(path) for result in results for path in result.files]
    if no_save or not files:
        return "none (no images saved)"
    try:
        return write_contact_sheet_image(target, files)
    except ImportError:
        return "skipped (needs Pillow: pip install pillow)"


def write_contact_sheet_image(target: Path, files: Sequence[Path]) -> Path:
    """One PNG grid of thumbnails of ``files`` (the first `_SHEET_MAX_IMAGES`); ImportError without Pillow."""
    from PIL import Image

    shown = list(files)[:_SHEET_MAX_IMAGES]
    columns = min(_SHEET_COLUMNS, len(shown))
    rows = -(-len(shown) // columns)
    sheet = Image.new("RGB", (columns * _THUMBNAIL, rows * _THUMBNAIL), "white")
    for index, path in enumerate(shown):
        try:
            with Image.open(path) as image:
                image.thumbnail((_THUMBNAIL - 4, _THUMBNAIL - 4))
                x = (index % columns) * _THUMBNAIL + (_THUMBNAIL - image.width) // 2
                y = (index // columns) * _THUMBNAIL + (_THUMBNAIL - image.height) // 2
                sheet.paste(image.convert("RGB"), (x, y))
        except OSError:
            continue  # not an image Pillow can read: leave its cell empty
    import io

    from .._tasks.downloads import _write_atomically

    png = io.BytesIO()
    sheet.save(png, format="PNG")
    _write_atomically(target, png.getvalue())  # as the images are: a link planted at the target is replaced
    return target


class _Bar:
    """``[#####-----] 45/100 done · 3 not ok · 60 created · 12 s left`` on a terminal; silent otherwise."""

    def __init__(self, stream: TextIO, total: int) -> None:
        self._stream = stream
        self._total = total
        self._enabled = _is_terminal(stream)
        self._started = time.monotonic()
        self._last = 0.0
        self._width = 0
        self._lock = threading.Lock()
        self.requests = 0

    def __enter__(self) -> _Bar:
        self._started = time.monotonic()
        return self

    def __exit__(self, *exc_info: object) -> None:
        if self._enabled and self._width:
            self._write("\r" + " " * self._width + "\r")

    def update(self, progress: BatchProgress) -> None:
        self.requests = progress.requests
        if not self._enabled:
            return
        now = time.monotonic()
        if now - self._last < 0.1 and progress.finished < progress.total:
            return
        self._last = now
        self._write("\r" + self._line(progress, now))

    def _line(self, progress: BatchProgress, now: float) -> str:
        total = max(1, progress.total)
        filled = int(20 * progress.finished / total)
        elapsed = now - self._started
        eta = ""
        if 0 < progress.finished < progress.total:
            eta = f" · {elapsed / progress.finished * (progress.total - progress.finished):.0f} s left"
        line = (
            f"[{'#' * filled}{'-' * (20 - filled)}] {progress.finished}/{progress.total} done"
            f" · {progress.failed} not ok · {progress.created} created{eta}"
        )
        pad = max(0, self._width - len(line))
        self._width = len(line)
        return line + " " * pad

    def _write(self, text: str) -> None:
        with self._lock:
            try:
                self._stream.write(text)
                self._stream.flush()
            except (OSError, ValueError):
                self._enabled = False


def _is_terminal(stream: TextIO) -> bool:
    try:
        return stream.isatty()
    except (AttributeError, ValueError):
        return False
