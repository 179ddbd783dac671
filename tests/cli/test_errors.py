"""Bad input exits with 2 and the library's message (field, value, rule) before anything is sent; API and task
failures exit with 1 and name the artwork; no user error ever shows a traceback."""

from __future__ import annotations

import pytest

from tengrai.mock import MockServer

from ._support import connection, run_main, served_mock

pytestmark = pytest.mark.timeout(60)


# (command line, field=value as printed, words of the rule)
BAD_INPUT = [
    (["quantum", "x", "--style", "anime"], "style='anime'", "not a documented QuantumStyle"),
    (["quantum", "x", "--aspect-ratio", "5:4"], "aspectRatio='5:4'", "did you mean '3:4'"),
    (["quantum", "x", "--seed", "0"], "seed=0", "below the documented minimum 1"),
    (["quantum", "x", "--seed", "abc"], "seed='abc'", "must be an integer"),
    (["quantum", "x", "--width", "1024"], "height=None", "required when width is given"),
    (["quantum", "x", "--width", "1360", "--height", "1360"], "width=1360", "maximum pixel area 1,478,656"),
    (["quantum", "x", "--webhook", "http://example.com/hook"], "webhook='http://example.com/hook'", "HTTPS"),
    (["quantum", "x", "--webhook", "https://169.254.169.254/hook"], "webhook='https://169.254.169.254/hook'", ""),
    (["selena-variete", "--mode", "reimagine"], "imageUrl=None", "is required"),
    (["selena-variete", "--image-url", "https://example.com/a.png", "--batch", "3"], "batch=3", "maximum 2"),
    (["selena-variete", "--image-url", "https://example.com/a.png", "--mode", "remix"], "processingMode='remix'", ""),
    (["face-refiner", "--image-url", "not-a-url"], "imageUrl='not-a-url'", "absolute"),
    (["face-refiner", "--image-url", "https://example.com/a.png", "--denoising", "9"], "denoising=9", "maximum 5"),
]


@pytest.mark.parametrize(("argv", "named", "rule"), BAD_INPUT)
def test_bad_input_exits_2_with_the_librarys_message_and_sends_nothing(
    server: MockServer, capsys: pytest.CaptureFixture[str], argv: list[str], named: str, rule: str
) -> None:
    before = len(server.state.requests)
    result = run_main(capsys, *argv, *connection(server))
    assert result.code == 2
    assert result.err.startswith(f"error: {named}: ")
    assert rule in result.err
    assert "Traceback" not in result.err
    assert result.out == ""
    assert len(server.state.requests) == before


def test_validation_message_is_the_library_message(server: MockServer, capsys: pytest.CaptureFixture[str]) -> None:
    from tengrai import ValidationError
    from tengrai.validation import build_request_body

    with pytest.raises(ValidationError) as raised:
        build_request_body("create_quantum_artwork", {"style": "anime"})
    result = run_main(capsys, "quantum", "--style", "anime", *connection(server))
    assert result.err == f"error: {raised.value}\n"


@pytest.mark.parametrize(
    ("argv", "message"),
    [
        (["quantum", "x", "--bogus"], "unrecognized arguments: --bogus"),
        (["list", "--limit", "0"], "--limit=0: must be at least 1"),
        (["quantum", "x", "--timeout", "-1"], "must be a finite number of seconds > 0"),
        (["wait"], "the following arguments are required: ID"),
        (["frobnicate"], "invalid choice: 'frobnicate'"),
    ],
)
def test_command_line_mistakes_exit_2(
    server: MockServer, capsys: pytest.CaptureFixture[str], argv: list[str], message: str
) -> None:
    result = run_main(capsys, *argv, *connection(server))
    assert result.code == 2
    assert message in result.err
    assert "Traceback" not in result.err


def test_base_url_without_a_key_is_refused(capsys: pytest.CaptureFixture[str]) -> None:
    result = run_main(capsys, "list", "--base-url", "http://127.0.0.1:9")
    assert result.code == 2
    assert "no API key for http://127.0.0.1:9" in result.err


def test_mock_and_base_url_exclude_each_other(capsys: pytest.CaptureFixture[str]) -> None:
    result = run_main(capsys, "list", "--mock", "--base-url", "http://127.0.0.1:9")
    assert result.code == 2
    assert "--mock" in result.err


def test_unknown_artwork_exits_1(server: MockServer, capsys: pytest.CaptureFixture[str]) -> None:
    missing = "00000000-0000-4000-8000-000000000000"
    result = run_main(capsys, "get", missing, *connection(server))
    assert result.code == 1
    assert result.err.startswith("error: 404")
    assert "Traceback" not in result.err


@pytest.mark.slow
def test_unreachable_api_exits_1_without_traceback(capsys: pytest.CaptureFixture[str]) -> None:
    import socket

    with socket.socket() as sock:  # a port nobody listens on
        sock.bind(("127.0.0.1", 0))
        port = sock.getsockname()[1]
    result = run_main(capsys, "list", "--base-url", f"http://127.0.0.1:{port}", "--api-key", "k")
    assert result.code == 1
    assert result.err.startswith("error: ")
    assert "Traceback" not in result.err


def test_failed_task_exits_1_and_names_the_artwork(capsys: pytest.CaptureFixture[str]) -> None:
    with served_mock(failure_rate=1.0) as failing:
        result = run_main(capsys, "quantum", "a fox", "-o", "unused", *connection(failing))
        (artwork_id,) = failing.state.artworks
    assert result.code == 1
    assert f"artwork id {artwork_id}" in result.err
    assert "failed" in result.err
    assert result.out == ""


def test_wait_timeout_exits_1_with_the_id_and_how_to_resume(
    server: MockServer, capsys: pytest.CaptureFixture[str]
) -> None:
    created = run_main(
        capsys, "face-refiner", "--image-url", "https://example.com/a.png", "--no-wait", *connection(server)
    )
    artwork_id = created.out.strip()
    result = run_main(capsys, "wait", artwork_id, "--timeout", "0.05", *connection(server))
    assert result.code == 1
    assert artwork_id in result.err
    assert f"tengrai wait {artwork_id}" in result.err
    assert "did not finish" in result.err
