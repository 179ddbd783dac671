"""What a newcomer meets first on the command line: usage lines, a closed pipe, deadlines, --no-wait, no extra."""

from __future__ import annotations

import contextlib
import io
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

from tengrai.cli import main
from tengrai.mock import INSTALL_HINT, MockServer

from ._support import REPO, clean_env, connection, run_main, served_mock

MOCK_MODULES = ("starlette", "uvicorn", "jsonschema_rs", "PIL")

_BLOCKER = f"""
import sys

class _NotInstalled:
    # Stands in for an installation without the `mock` extra: these imports fail as if the modules were absent.
    def find_spec(self, name, path=None, target=None):
        if name.partition(".")[0] in {MOCK_MODULES!r}:
            raise ModuleNotFoundError(f"No module named {{name!r}}", name=name)
        return None

sys.meta_path.insert(0, _NotInstalled())
"""


@pytest.fixture
def without_mock_extra(tmp_path: Path) -> dict[str, str]:
    """An environment whose Python cannot import the `mock` extra's modules (a plain ``pip install tengrai``)."""
    site = tmp_path / "site"
    site.mkdir()
    (site / "sitecustomize.py").write_text(_BLOCKER)
    env = clean_env()
    env["PYTHONPATH"] = str(site)
    return env


def _python(env: dict[str, str], *args: str, cwd: Path = REPO) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, *args], capture_output=True, text=True, env=env, cwd=cwd, timeout=120, check=False
    )


def test_the_blocker_really_hides_the_mock_extra(without_mock_extra: dict[str, str]) -> None:
    done = _python(without_mock_extra, "-c", "import starlette")
    assert done.returncode != 0
    assert "No module named 'starlette'" in done.stderr


@pytest.mark.parametrize(
    "command",
    [["-m", "tengrai", "quantum", "a fox"], ["-m", "tengrai.demo"], ["-m", "tengrai", "mock"]],
    ids=["cli", "demo", "served-mock"],
)
def test_without_the_mock_extra_commands_say_what_to_install(
    without_mock_extra: dict[str, str], command: list[str], tmp_path: Path
) -> None:
    done = _python(without_mock_extra, *command, cwd=tmp_path)
    assert done.returncode != 0
    assert "Traceback" not in done.stderr
    assert INSTALL_HINT in done.stderr
    if command[1] != "tengrai" or command[2] != "mock":
        assert "TENGRAI_API_KEY" in done.stderr  # the other way out: the real API
    assert "using a mock server" not in done.stderr  # no announcement of what cannot run


def test_without_the_mock_extra_the_pytest_fixtures_say_what_to_install(
    without_mock_extra: dict[str, str], tmp_path: Path
) -> None:
    (tmp_path / "test_user.py").write_text(
        textwrap.dedent(
            """
            def test_uses_the_mock(tengrai_client):
                tengrai_client.quantum.generate(prompt="a fox")
            """
        )
    )
    # Only tengrai's plugin, as in a user's project (this venv's schemathesis plugin needs jsonschema_rs itself).
    env = {**without_mock_extra, "PYTEST_DISABLE_PLUGIN_AUTOLOAD": "1"}
    done = _python(env, "-m", "pytest", "-q", "-p", "tengrai.testing", "test_user.py", cwd=tmp_path)
    assert done.returncode == 1
    assert INSTALL_HINT in done.stdout
    assert "ModuleNotFoundError" not in done.stdout
    assert "exception" not in done.stdout  # no chained import error


@pytest.mark.slow
def test_a_closed_stdout_ends_the_command_quietly(tmp_path: Path) -> None:
    # `tengrai ... | head -c1`: the reader is gone before the command writes its result.
    process = subprocess.Popen(
        [sys.executable, "-m", "tengrai", "quantum", "a fox", "--mock", "--no-save"],
        stdout=subprocess.PIPE, stderr=subprocess.PIPE, env=clean_env(), cwd=tmp_path,
    )  # fmt: skip
    assert process.stdout is not None
    assert process.stderr is not None
    process.stdout.close()
    err = process.stderr.read().decode()
    assert process.wait(timeout=60) == 0
    assert "Broken pipe" not in err
    assert "Traceback" not in err
    assert "Exception ignored" not in err


@pytest.mark.slow
def test_a_broken_pipe_in_process_is_not_an_error() -> None:
    class Closed(io.StringIO):
        def write(self, text: str) -> int:
            raise BrokenPipeError(32, "Broken pipe")

    err = io.StringIO()
    with contextlib.redirect_stdout(Closed()), contextlib.redirect_stderr(err):
        assert main(["quantum", "a fox", "--mock", "--no-save"]) == 0
    assert "error" not in err.getvalue()


def test_mock_help_names_the_command_the_user_typed(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as exit_info:
        main(["mock", "--help"])
    assert exit_info.value.code == 0
    out = capsys.readouterr().out
    assert out.startswith("usage: tengrai mock ")
    assert "--api-key" in out
    assert "--synthesize-sources" in out


def test_an_unknown_option_prints_the_usage_of_the_subcommand(capsys: pytest.CaptureFixture[str]) -> None:
    result = run_main(capsys, "quantum", "a fox", "--colour", "red")
    assert result.code == 2
    assert result.err.startswith("usage: tengrai quantum ")
    assert "tengrai quantum: error: unrecognized arguments: --colour red" in result.err


def test_a_passed_timeout_names_the_users_deadline_and_the_cli_resume_command(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    with served_mock() as server:  # face-refiner tasks only end when the test moves the mock's clock
        result = run_main(
            capsys, "face-refiner", "--image-url", "https://example.com/f.png", "--timeout", "0.2",
            "-o", str(tmp_path), *connection(server),
        )  # fmt: skip
        (artwork_id,) = server.state.artworks
        url = server.url
    assert result.code == 1
    assert f"artwork {artwork_id} did not finish within --timeout 0.2 seconds" in result.err
    assert f"Resume with: tengrai wait {artwork_id} -o {tmp_path} --base-url {url}" in result.err
    assert "client.artworks.wait" not in result.err  # a CLI user gets the CLI command, not Python


def test_no_wait_is_refused_against_the_implicit_in_process_mock(capsys: pytest.CaptureFixture[str]) -> None:
    result = run_main(capsys, "quantum", "a fox", "--no-wait")  # no key: the mock was not the user's choice
    assert result.code == 2
    assert result.out == ""
    assert "--no-wait needs a server that outlives this command" in result.err
    assert "tengrai mock" in result.err
    assert "TENGRAI_API_KEY" in result.err


def test_no_wait_then_wait_works_against_a_served_mock(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    server: MockServer
    with served_mock() as server:
        created = run_main(capsys, "quantum", "a fox", "--no-wait", *connection(server))
        assert created.code == 0
        artwork_id = created.out.strip()
        done = run_main(capsys, "wait", artwork_id, "-o", str(tmp_path), *connection(server))
    assert done.code == 0, done.err
    assert f"artwork {artwork_id} succeeded" in done.out


def test_no_wait_with_an_explicit_mock_prints_the_id_and_the_caveat(capsys: pytest.CaptureFixture[str]) -> None:
    result = run_main(capsys, "quantum", "a fox", "--no-wait", "--mock")
    assert result.code == 0
    assert len(result.out.strip()) == 36  # the artwork id
    assert "the in-process mock ends with this command" in result.err
