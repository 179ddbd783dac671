"""What a new user of the command trips on: the output directory, advice in CLI terms, wording, the contact sheet."""

from __future__ import annotations

import io
import re
from pathlib import Path

import pytest

from tengrai.cli._app import guarded

from ._support import connection, run_main, served_mock


def test_an_unusable_out_is_refused_before_the_paid_task_is_created(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    afile = tmp_path / "afile"
    afile.write_text("not a directory")
    with served_mock() as server:
        result = run_main(capsys, "quantum", "a fox", "-o", str(afile), *connection(server))
        assert result.code == 2
        assert f"-o {afile}" in result.err
        assert "not a directory" in result.err
        assert "nothing was sent" in result.err
        assert server.state.created_count == 0
        inside = run_main(capsys, "quantum", "a fox", "-o", str(afile / "below"), *connection(server))
        assert inside.code == 2
        assert server.state.created_count == 0


def test_a_tilde_in_out_is_the_home_directory(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("HOME", str(tmp_path / "home"))
    monkeypatch.chdir(tmp_path)
    with served_mock() as server:
        result = run_main(capsys, "quantum", "a fox", "-o", "~/pictures", *connection(server))
    assert result.code == 0, result.err
    assert not (tmp_path / "~").exists()
    assert list((tmp_path / "home" / "pictures").glob("*.png")) or list((tmp_path / "home" / "pictures").iterdir())


def test_batch_expands_a_tilde_in_out(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("HOME", str(tmp_path / "home"))
    monkeypatch.chdir(tmp_path)
    requests = tmp_path / "r.jsonl"
    requests.write_text('{"operation": "quantum", "prompt": "a fox"}\n')
    with served_mock() as server:
        result = run_main(capsys, "batch", str(requests), "-o", "~/run", "--no-save", *connection(server))
    assert result.code == 0, result.err
    assert not (tmp_path / "~").exists()
    assert (tmp_path / "home" / "run" / "results.jsonl").is_file()


def test_a_not_found_artwork_gets_cli_advice(capsys: pytest.CaptureFixture[str]) -> None:
    with served_mock() as server:
        result = run_main(capsys, "get", "nope", *connection(server))
    assert result.code == 1
    assert "tengrai list" in result.err
    assert "client." not in result.err  # no Python advice in a terminal
    assert "()" not in result.err


def _guarded_error(exc: Exception) -> str:
    def action() -> int:
        raise exc

    err = io.StringIO()
    assert guarded(action, err) == 1
    return err.getvalue()


def test_a_429_shows_its_retry_after() -> None:
    from tengrai import RateLimitError

    exc = RateLimitError("slow down", status_code=429, body=None, headers={"Retry-After": "17"})
    message = _guarded_error(exc)
    assert "retry after 17 s" in message.lower()


def test_an_unknown_create_outcome_is_advised_in_cli_terms() -> None:
    from tengrai import CreateOutcomeUnknownError

    exc = CreateOutcomeUnknownError(
        "no matching quantum artwork was found among the newest artworks of this key. The task may exist and be "
        "billed: check client.artworks.list() before creating it again.",
        operation="create_quantum_artwork",
        body={"prompt": "x"},
    )
    message = _guarded_error(exc)
    assert "`tengrai list`" in message
    assert "client." not in message


def test_download_of_an_unfinished_artwork_says_it_plainly(capsys: pytest.CaptureFixture[str]) -> None:
    with served_mock() as server:
        created = run_main(capsys, "selena-variete", "--image-url", "https://example.com/a.png", "--no-wait",
                           *connection(server))  # fmt: skip
        artwork_id = created.out.strip()
        result = run_main(capsys, "download", artwork_id, *connection(server))
    assert result.code == 1
    assert not re.search(r"is (succeeded|failed|canceled)\b", result.err), result.err
    assert "not finished yet" in result.err


def test_required_options_are_shown_as_required_in_the_usage(capsys: pytest.CaptureFixture[str]) -> None:
    result = run_main(capsys, "selena-variete", "--help")
    usage = " ".join(result.out.split("\n\n")[0].split())
    assert "[--image-url URL]" not in usage
    assert "--image-url URL" in usage


def test_a_second_run_into_the_same_folder_keeps_the_first_contact_sheet(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    out = tmp_path / "out"
    ids = []
    with served_mock() as server:
        for _ in range(2):
            created = run_main(capsys, "selena-variete", "--image-url", "https://example.com/fox.png", "--batch",
                               "2", "--no-wait", *connection(server))  # fmt: skip
            ids.append(created.out.strip())
            server.state.finish_all()
            done = run_main(capsys, "wait", ids[-1], "-o", str(out), *connection(server))
            assert done.code == 0, done.err
    page = (out / "index.html").read_text()
    assert ids[0] in page  # the first run's artwork is still on the sheet
    assert ids[1] in page
    assert page.count("<section") == 2


def test_the_demo_asks_for_a_key_only_when_none_is_set() -> None:
    from tengrai.demo import mock_note

    assert "set TENGRAI_API_KEY" in mock_note({})
    with_key = mock_note({"TENGRAI_API_KEY": "k", "TENGRAI_DEMO_MOCK": "1"})
    assert "set TENGRAI_API_KEY" not in with_key
    assert "TENGRAI_DEMO_MOCK" in with_key
