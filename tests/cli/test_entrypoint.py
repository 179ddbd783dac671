"""The console entry point as a user runs it: ``python -m tengrai`` in a subprocess, Ctrl-C included."""

from __future__ import annotations

import json
import re
import signal
import subprocess
import sys
from pathlib import Path

import pytest

from tengrai.cli._progress import Progress

from ._support import (
    REPO,
    assert_images,
    clean_env,
    connection,
    polled,
    run_main,
    run_subprocess,
    served_mock,
    wait_until,
)

pytestmark = [pytest.mark.timeout(60), pytest.mark.slow]


def test_help_and_version() -> None:
    shown = run_subprocess("--help")
    assert shown.code == 0
    assert "quantum" in shown.out
    assert "tengrai wait ID" in shown.out
    version = run_subprocess("--version")
    assert version.code == 0
    assert re.fullmatch(r"tengrai \d+\.\d+\.\d+\S*\n", version.out)


def test_without_a_key_it_runs_against_the_in_process_mock(tmp_path: Path) -> None:
    result = run_subprocess("quantum", "a red fox in snow", "--seed", "42", "--json", "-o", str(tmp_path))
    assert result.code == 0, result.err
    assert "no API key" in result.err
    document = json.loads(result.out)
    assert document["artwork"]["status"] == "succeeded"
    assert document["artwork"]["parameters"]["seed"] == 42
    assert_images([Path(item["path"]) for item in document["files"]])


def test_bad_input_in_a_subprocess_exits_2_without_traceback() -> None:
    result = run_subprocess("quantum", "a fox", "--seed", "-5", "--mock")
    assert result.code == 2
    assert result.err.startswith("error: seed=-5: ")
    assert "Traceback" not in result.err


def _default_sigint() -> None:
    signal.signal(signal.SIGINT, signal.SIG_DFL)


@pytest.mark.parametrize("signum", [signal.SIGINT, signal.SIGTERM], ids=["ctrl-c", "sigterm"])
def test_ctrl_c_during_a_wait_prints_the_id_and_the_resume_command_and_nothing_is_lost(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], signum: signal.Signals
) -> None:
    with served_mock() as server:  # face_refiner tasks only finish when the test moves the clock
        process = subprocess.Popen(
            [sys.executable, "-m", "tengrai", "face-refiner", "--image-url", "https://example.com/face.png",
             "-o", str(tmp_path), *connection(server)],
            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, env=clean_env(), cwd=REPO,
            # A suite started in the background of a non-interactive shell (`make compat &`) inherits SIGINT as
            # ignored, and Python then leaves it ignored: the Ctrl-C under test would never arrive.
            preexec_fn=_default_sigint,
        )  # fmt: skip
        try:
            wait_until(lambda: len(server.state.artworks) == 1, what="the create request")
            (artwork_id,) = server.state.artworks
            wait_until(lambda: polled(server, artwork_id), what="the first poll")
            process.send_signal(signum)
            out, err = process.communicate(timeout=30)
        finally:
            if process.poll() is None:
                process.kill()
                process.communicate()
        assert process.returncode == (143 if signum == signal.SIGTERM else 130)  # 128 + the signal number
        assert f"created face_refiner artwork {artwork_id}" in err
        assert f"interrupted: artwork {artwork_id} keeps running on the server" in err
        assert (
            f"resume with: tengrai wait {artwork_id} -o {tmp_path} --base-url {server.url} --api-key <your key>" in err
        )
        assert "Traceback" not in err
        assert out == ""
        assert server.state.created_count == 1

        server.state.finish_all()
        resumed = run_main(capsys, "wait", artwork_id, "-o", str(tmp_path), *connection(server))
        assert resumed.code == 0, resumed.err
        assert server.state.created_count == 1  # resuming never creates again
        assert_images(sorted(tmp_path.glob(f"{artwork_id}*")))


def test_ctrl_c_with_the_in_process_mock_says_there_is_nothing_to_resume(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.delenv("TENGRAI_API_KEY", raising=False)

    def interrupt(self: object, event: object) -> None:  # Ctrl-C arriving while the wait is under way
        raise KeyboardInterrupt

    monkeypatch.setattr(Progress, "update", interrupt)
    result = run_main(capsys, "face-refiner", "--image-url", "https://example.com/a.png", "--mock", "-o", str(tmp_path))
    assert result.code == 130
    artwork_id = re.search(r"created face_refiner artwork (\S+)", result.err).group(1)  # type: ignore[union-attr]
    assert f"artwork {artwork_id} lived in the in-process mock server" in result.err
    assert "nothing to resume" in result.err
    assert not list(tmp_path.iterdir())


def test_ctrl_c_before_the_create_answer_says_the_task_may_exist(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    from tengrai.resources import Quantum

    def interrupt(self: object, **params: object) -> None:
        raise KeyboardInterrupt

    monkeypatch.setattr(Quantum, "create", interrupt)
    result = run_main(capsys, "quantum", "a fox", "--mock")
    assert result.code == 130
    assert "may or may not exist" in result.err
    assert "tengrai list" in result.err


def test_mock_subcommand_serves_on_loopback(capsys: pytest.CaptureFixture[str]) -> None:
    process = subprocess.Popen(
        [sys.executable, "-m", "tengrai", "mock", "--port", "0", "--log-level", "warning"],
        stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, env=clean_env(), cwd=REPO,
    )  # fmt: skip
    try:
        assert process.stdout is not None
        first = process.stdout.readline()
        match = re.search(r"on (http://127\.0\.0\.1:\d+)", first)
        assert match, first
        key = re.search(r"API key: (\S+)", process.stdout.readline())
        assert key
        url = match.group(1)
        created = run_main(capsys, "face-refiner", "--image-url", "https://example.com/a.png", "--no-wait",
                           "--base-url", url, "--api-key", key.group(1))  # fmt: skip
        assert created.code == 0, created.err
        listed = run_main(capsys, "list", "--json", "--base-url", url, "--api-key", key.group(1))
        assert [artwork["id"] for artwork in json.loads(listed.out)] == [created.out.strip()]
        process.send_signal(signal.SIGINT)
        process.communicate(timeout=30)
        assert process.returncode == 0
    finally:
        if process.poll() is None:
            process.kill()
            process.communicate()


def test_help_imports_neither_the_http_stack_nor_the_mock() -> None:
    probe = (
        "import contextlib, io, sys\n"
        "from tengrai.cli import main\n"
        "with contextlib.redirect_stdout(io.StringIO()):\n"
        "    assert main(['quantum', '--help']) == 0\n"
        "heavy = {'httpx', 'tengrai_api', 'starlette', 'uvicorn', 'PIL', 'tengrai.mock', 'tengrai._client'}\n"
        "print(sorted(heavy & set(sys.modules)))\n"
    )
    done = subprocess.run(
        [sys.executable, "-c", probe], capture_output=True, text=True, env=clean_env(), cwd=REPO, check=False
    )
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip() == "[]"
