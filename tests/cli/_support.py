"""Helpers for the CLI tests: run the command in-process or as a subprocess, and serve a mock that persists."""

from __future__ import annotations

import os
import subprocess
import sys
import time
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest

from tengrai.cli import main
from tengrai.mock import TEST_API_KEY, Durations, ManualClock, MockConfig, MockServer

ENV_VARS = ("TENGRAI_API_KEY", "TENGRAI_BASE_URL", "TENGRAI_DEMO_MOCK")
REPO = Path(__file__).resolve().parents[2]


@dataclass(frozen=True)
class Result:
    """What one run of the command produced."""

    code: int
    out: str
    err: str


def run_main(capsys: pytest.CaptureFixture[str], *args: str) -> Result:
    """Run ``tengrai args...`` in this process through the console entry point function."""
    capsys.readouterr()
    code = main(list(args))
    captured = capsys.readouterr()
    return Result(code, captured.out, captured.err)


def clean_env() -> dict[str, str]:
    """The current environment without any tengrai setting (so no test reaches the real API)."""
    return {key: value for key, value in os.environ.items() if key not in ENV_VARS}


def run_subprocess(*args: str, env: dict[str, str] | None = None, timeout: float = 60) -> Result:
    """Run ``python -m tengrai args...`` and wait for it."""
    done = subprocess.run(
        [sys.executable, "-m", "tengrai", *args],
        capture_output=True,
        text=True,
        env=clean_env() if env is None else env,
        cwd=REPO,
        timeout=timeout,
        check=False,
    )
    return Result(done.returncode, done.stdout, done.stderr)


def mock_config(**overrides: Any) -> MockConfig:
    """A mock on a hand-driven clock: quantum tasks end at the first poll, every other type only when told."""
    settings: dict[str, Any] = {
        "clock": ManualClock(),
        "durations": {"quantum": Durations(starting=0, processing=0)},
        "default_durations": Durations(starting=1, processing=4),
        "foreign_image_urls": "synthesize",
        **overrides,
    }
    return MockConfig(**settings)


@contextmanager
def served_mock(**overrides: Any) -> Iterator[MockServer]:
    """A mock server on 127.0.0.1 (free port) that persists across CLI invocations; stopped afterwards."""
    with MockServer(mock_config(**overrides)) as server:
        yield server


def connection(server: MockServer) -> list[str]:
    """The CLI options that point a command at ``server``."""
    return ["--base-url", server.url, "--api-key", TEST_API_KEY]


def wait_until(condition: Callable[[], bool], *, what: str, limit: float = 20.0) -> None:
    """Block until ``condition()`` holds (a bounded wait for another process, not a timing assertion)."""
    deadline = time.monotonic() + limit
    while not condition():
        if time.monotonic() > deadline:
            raise AssertionError(f"gave up waiting for {what}")
        time.sleep(0.02)


def polled(server: MockServer, artwork_id: str) -> bool:
    """Whether the server has been asked for ``artwork_id`` (a wait is under way)."""
    return any(
        request.method == "GET" and request.path.endswith(f"/artworks/{artwork_id}")
        for request in server.state.requests
    )


def created_ids(server: MockServer) -> list[str]:
    """Ids of the artworks the server holds."""
    return list(server.state.artworks)


def image_format(path: Path) -> str:
    """The format Pillow reads from the file's bytes (``PNG``, ``WEBP``); fails if it is not an image."""
    from PIL import Image

    with Image.open(path) as image:
        image.verify()
        return str(image.format)


EXPECTED_FORMAT = {".png": "PNG", ".webp": "WEBP", ".jpg": "JPEG"}


def assert_images(paths: Sequence[Path]) -> None:
    """Every path is a real image whose content matches its extension."""
    assert paths
    for path in paths:
        assert path.is_file(), path
        assert image_format(path) == EXPECTED_FORMAT[path.suffix], path
