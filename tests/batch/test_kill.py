"""`tengrai batch` killed with SIGKILL at random moments, then resumed: no task lost, no input line doubled.

The command runs as a child process against a mock served on loopback by this test; the mock's own record of
the artworks it created is compared with ``results.jsonl``.
"""

from __future__ import annotations

import collections
import json
import os
import random
import subprocess
import sys
import time
from pathlib import Path
from typing import Any

import pytest

from tengrai.mock import TEST_API_KEY, Durations, MockConfig, MockServer, RateLimit

pytestmark = pytest.mark.slow

LINES = 40


def _command(requests: Path, out: Path, url: str, *extra: str) -> list[str]:
    return [sys.executable, "-m", "tengrai", "batch", str(requests), "-o", str(out), "--base-url", url, *extra]


def _env() -> dict[str, str]:
    env = {name: value for name, value in os.environ.items() if not name.startswith("TENGRAI_")}
    env["TENGRAI_API_KEY"] = TEST_API_KEY
    return env


def _results(out: Path) -> list[dict[str, Any]]:
    with open(out / "results.jsonl", encoding="utf-8") as stream:
        return [json.loads(line) for line in stream]


def _check(server: MockServer, out: Path) -> list[dict[str, Any]]:
    results = _results(out)
    assert [result["line"] for result in results] == list(range(1, LINES + 1))
    ids = [result["artworkId"] for result in results if result["artworkId"]]
    assert len(ids) == len(set(ids)), "an artwork appears on two lines"
    created = server.state.artworks
    assert set(created) == set(ids), "the server created a task that results.jsonl does not show (or the reverse)"
    prompts = collections.Counter(artwork["parameters"]["prompt"] for artwork in created.values())
    assert max(prompts.values()) == 1, f"an input line got two tasks: {prompts.most_common(3)}"
    return results


def kill_and_resume(tmp_path: Path, kills: int, seed: int) -> None:
    """Start, SIGKILL after a random delay ``kills`` times, then run to the end and check the invariants."""
    rng = random.Random(seed)
    requests = tmp_path / "requests.jsonl"
    requests.write_text(
        "".join(json.dumps({"operation": "quantum", "prompt": f"kill test {n}"}) + "\n" for n in range(LINES))
    )
    out = tmp_path / "out"
    config = MockConfig(default_durations=Durations(0.2, 0.6), rate_limit=RateLimit(requests=12, window=0.5), seed=seed)
    with MockServer(config) as server:
        for _ in range(kills):
            child = subprocess.Popen(
                _command(requests, out, server.url),
                env=_env(),
                stdout=subprocess.DEVNULL,
                stderr=subprocess.DEVNULL,
            )
            time.sleep(rng.uniform(0.4, 2.5))
            child.kill()
            child.wait()
        finished = subprocess.run(
            _command(requests, out, server.url), env=_env(), capture_output=True, text=True, timeout=120
        )
        assert finished.returncode in (0, 1), finished.stderr
        results = _check(server, out)
        if any(result["status"] == "may_exist" for result in results):
            # The lookup found no task for these: resending them must still not double any line.
            again = subprocess.run(
                _command(requests, out, server.url, "--resend-unknown"),
                env=_env(),
                capture_output=True,
                text=True,
                timeout=120,
            )
            assert again.returncode in (0, 1), again.stderr
            results = _check(server, out)
        assert {result["status"] for result in results} == {"succeeded"}, (seed, results)


def test_sigkill_at_random_moments_loses_and_doubles_nothing(tmp_path: Path) -> None:
    kill_and_resume(tmp_path, kills=3, seed=int(os.environ.get("TENGRAI_KILL_SEED", "20261202")))


@pytest.mark.soak
@pytest.mark.parametrize("seed", range(5))
def test_sigkill_soak(tmp_path: Path, seed: int) -> None:
    kill_and_resume(tmp_path, kills=8, seed=seed)


def test_sigterm_exits_143_and_says_how_to_resume(tmp_path: Path) -> None:
    requests = tmp_path / "requests.jsonl"
    requests.write_text("".join(json.dumps({"operation": "quantum", "prompt": f"term {n}"}) + "\n" for n in range(4)))
    out = tmp_path / "out"
    with MockServer(MockConfig(default_durations=Durations(30, 30), seed=None)) as server:
        child = subprocess.Popen(
            _command(requests, out, server.url),
            env=_env(),
            stdout=subprocess.DEVNULL,
            stderr=subprocess.PIPE,
            text=True,
        )
        deadline = time.monotonic() + 30
        while len(server.state.artworks) < 4 and time.monotonic() < deadline:  # every task created: it is waiting
            time.sleep(0.05)
        child.terminate()
        _, err = child.communicate(timeout=30)
    assert child.returncode == 143, err
    assert "run the same command again to resume" in err
