"""``make demo`` / ``python -m tengrai.demo``: the SDK's main job end to end, with progress and a summary.

1. a Quantum text-to-image generation,
2. a face-refiner pass on its image,
3. a Selena Variete variation (reimagine, two images) of the refined image,

each created, waited for (a progress line on a terminal) and saved under ``out/demo/`` (or ``--out DIR``), then a
table of ids, statuses, timings and files, and a contact sheet (``index.html``) showing every image.

With no ``TENGRAI_API_KEY`` it runs against the mock server inside the process: no key, no network, a few
seconds. With ``TENGRAI_API_KEY=... make demo`` the same script runs against the real API (and spends credits);
``TENGRAI_DEMO_MOCK=1`` forces the mock even when a key is set.
"""

from __future__ import annotations

import argparse
import os
import sys
import time
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any, TextIO

from ._environment import API_KEY_ENV, BASE_URL_ENV
from .cli._app import guarded
from .cli._commands import save_results, wait_for
from .cli._errors import Interrupted
from .cli._output import Sheet, Streams, format_table, human_size, write_contact_sheet
from .cli._session import Session, connect, in_process_mock_config

if TYPE_CHECKING:
    from .types import Artwork, SavedImage

__all__ = ["DEFAULT_OUT", "DEMO_MOCK_ENV", "main", "mock_note", "uses_mock"]

DEMO_MOCK_ENV = "TENGRAI_DEMO_MOCK"
DEFAULT_OUT = Path("out") / "demo"

# The demo's mock tasks: each step takes about a second, so the whole demo stays within a few seconds in CI.
_MOCK_STARTING = 0.2
_MOCK_PROCESSING = 0.6

_PROMPT = "portrait of an old lighthouse keeper at golden hour, weathered face, soft rim light, 85mm photo"


@dataclass
class _Step:
    """One stage of the demo and what came of it."""

    name: str
    artwork: Artwork | None = None
    seconds: float = 0.0
    saved: list[SavedImage] = field(default_factory=list)


def main(argv: Sequence[str] | None = None) -> int:
    """Run the demo; returns the exit code (0 when every step succeeded)."""
    parser = argparse.ArgumentParser(
        prog="python -m tengrai.demo",
        description="Generate, refine and vary an image end to end (against the in-process mock unless "
        f"{API_KEY_ENV} is set).",
    )
    parser.add_argument("--out", type=Path, default=DEFAULT_OUT, help=f"output directory (default: {DEFAULT_OUT}/)")
    args = parser.parse_args(argv)
    streams = Streams(stdout=sys.stdout, stderr=sys.stderr)
    return guarded(lambda: _run(args.out, streams), streams.stderr)


def uses_mock(environ: Mapping[str, str]) -> bool:
    """Whether the demo runs against the in-process mock: no API key, or ``TENGRAI_DEMO_MOCK`` set (not 0)."""
    return not environ.get(API_KEY_ENV) or environ.get(DEMO_MOCK_ENV, "") not in ("", "0")


def mock_note(environ: Mapping[str, str]) -> str:
    """How to run the demo against the real API instead of the mock, given what is set."""
    if environ.get(API_KEY_ENV):
        return f"({DEMO_MOCK_ENV} is set: unset it to run the same steps against the real API with your {API_KEY_ENV})"
    return f"(set {API_KEY_ENV} to run the same steps against the real API)"


def _run(out: Path, streams: Streams) -> int:
    use_mock = uses_mock(os.environ)
    api_key = None if use_mock else os.environ[API_KEY_ENV]
    say = _printer(streams.stdout)
    if use_mock:
        from .mock import require_extra

        require_extra()  # before announcing anything: says what to install
        say("tengrai demo against the mock server inside this process: no key, no network, placeholder images.")
        say(mock_note(os.environ))
        mock_config = in_process_mock_config(starting=_MOCK_STARTING, processing=_MOCK_PROCESSING)
    else:
        say(f"tengrai demo against {os.environ.get(BASE_URL_ENV) or 'the Tengr.ai API'} (this spends credits)")
        mock_config = None
    say(f"images go to {out}/\n")

    steps = [_Step("quantum"), _Step("face-refiner"), _Step("selena-variete")]
    with connect(api_key=api_key, base_url=None, mock_config=mock_config) as session:
        quantum = _stage(
            session,
            steps[0],
            out,
            streams,
            lambda: session.client.quantum.create(prompt=_PROMPT, aspect_ratio="3:2", seed=42, output_format="png"),
        )
        source = quantum.results[0]
        refined = _stage(
            session, steps[1], out, streams, lambda: session.client.face_refiner.create(image_url=source, denoising=2)
        )
        _stage(
            session,
            steps[2],
            out,
            streams,
            lambda: session.client.selena_variete.create(
                image_url=refined.results[0],
                processing_mode="reimagine",
                prompt="the same lighthouse keeper as a watercolour sketch",
                style="aquarelle",
                batch=2,
            ),
        )

    say(f"\nsummary (files in {out}/; WAITED = create to finished as seen here, API = reported processing time)")
    say(_summary(steps))
    sheet = write_contact_sheet(
        out, [Sheet(step.artwork, step.saved, caption=step.name) for step in steps if step.artwork is not None]
    )
    say(f"\ncontact sheet: {sheet}  (open it in a browser)")
    return 0


def _stage(session: Session, step: _Step, out: Path, streams: Streams, create: Callable[[], Artwork]) -> Artwork:
    say = _printer(streams.stdout)
    started = time.monotonic()
    try:
        created = create()
    except KeyboardInterrupt as signal:
        raise Interrupted(None, stage="create", in_process_mock=session.in_process_mock, signal=signal) from None
    say(f"{step.name}: created {created.artwork_type} artwork {created.id}")
    done = wait_for(session, created, timeout=None, streams=streams)
    step.seconds = time.monotonic() - started
    step.artwork = done
    step.saved = save_results(session, done, out, streams=streams)
    say(f"  {done.status} after {step.seconds:.1f} s")
    for item in step.saved:
        say(f"  saved {item.path} ({human_size(item.size_bytes)})")
    return done


def _summary(steps: Sequence[_Step]) -> str:
    rows: list[list[str]] = []
    for step in steps:
        artwork = step.artwork
        first = [
            step.name,
            artwork.id if artwork else "-",
            str(artwork.status) if artwork else "not run",
            f"{step.seconds:.1f}",
            f"{artwork.duration:.1f}" if artwork else "-",
        ]
        files = [f"{Path(item.path).name} ({human_size(item.size_bytes)})" for item in step.saved] or ["-"]
        rows.append([*first, files[0]])
        rows += [[""] * len(first) + [name] for name in files[1:]]
    return format_table(["STEP", "ARTWORK ID", "STATUS", "WAITED S", "API S", "FILES"], rows)


def _printer(stream: TextIO) -> Callable[[str], Any]:
    def say(text: str) -> None:
        stream.write(text + "\n")
        stream.flush()

    return say


if __name__ == "__main__":
    raise SystemExit(main())
