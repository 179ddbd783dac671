"""Every subcommand, in-process through `tengrai.cli.main`, against a mock server that persists across calls."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

from tengrai.mock import TEST_API_KEY, MockServer

from ._support import Result, assert_images, connection, run_main

pytestmark = pytest.mark.timeout(60)


def _created_id(result: Result) -> str:
    match = re.search(r"created \w+ artwork (\S+)", result.err)
    assert match, result.err
    return match.group(1)


def _no_wait(capsys: pytest.CaptureFixture[str], server: MockServer, *args: str) -> str:
    result = run_main(capsys, *args, "--no-wait", *connection(server))
    assert result.code == 0, result.err
    artwork_id = result.out.strip()
    assert artwork_id in server.state.artworks
    return artwork_id


def test_quantum_generates_saves_and_prints_paths_and_sizes(
    server: MockServer, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    result = run_main(
        capsys, "quantum", "a red fox in snow", "--aspect-ratio", "16:9", "--seed", "42", "--output-format", "png",
        "-o", str(tmp_path), *connection(server),
    )  # fmt: skip
    assert result.code == 0, result.err
    artwork_id = _created_id(result)
    files = sorted(tmp_path.glob(f"{artwork_id}*"))
    assert [f.suffix for f in files] == [".png"]
    assert_images(files)
    size = files[0].stat().st_size
    assert f"quantum artwork {artwork_id} succeeded" in result.out
    assert str(files[0]) in result.out
    assert (f"{size} B" if size < 1024 else f"{size / 1024:.1f} KiB") in result.out
    # what was sent is what was typed, in the API's names
    body = server.state.artworks[artwork_id]["parameters"]
    assert body["prompt"] == "a red fox in snow"
    assert body["aspectRatio"] == "16:9"
    assert body["seed"] == 42
    assert not (tmp_path / "index.html").exists()  # one image: no contact sheet


def test_json_output_is_machine_readable(
    server: MockServer, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    result = run_main(capsys, "quantum", "a lighthouse", "--json", "-o", str(tmp_path), *connection(server))
    assert result.code == 0, result.err
    document = json.loads(result.out)
    artwork = document["artwork"]
    assert artwork["status"] == "succeeded"
    assert artwork["artworkType"] == "quantum"
    assert artwork["parameters"]["prompt"] == "a lighthouse"
    assert len(document["files"]) == len(artwork["results"]) == 1
    saved = document["files"][0]
    assert Path(saved["path"]).stat().st_size == saved["sizeBytes"]
    assert saved["url"] == artwork["results"][0]
    assert document["contactSheet"] is None
    assert_images([Path(saved["path"])])


def test_no_wait_prints_only_the_id_then_wait_resumes_and_saves(
    server: MockServer, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    artwork_id = _no_wait(capsys, server, "face-refiner", "--image-url", "https://example.com/face.png")
    assert server.state.artworks[artwork_id]["status"] == "starting"
    server.state.finish_all()
    result = run_main(capsys, "wait", artwork_id, "-o", str(tmp_path), *connection(server))
    assert result.code == 0, result.err
    assert f"face_refiner artwork {artwork_id} succeeded" in result.out
    assert_images(sorted(tmp_path.glob(f"{artwork_id}*")))


def test_no_wait_json_gives_the_created_artwork(server: MockServer, capsys: pytest.CaptureFixture[str]) -> None:
    result = run_main(
        capsys, "face-refiner", "--image-url", "https://example.com/face.png", "--no-wait", "--json",
        *connection(server),
    )  # fmt: skip
    assert result.code == 0, result.err
    artwork = json.loads(result.out)["artwork"]
    assert artwork["status"] == "starting"
    assert artwork["results"] == []
    assert artwork["id"] in server.state.artworks


def test_selena_variete_batch_writes_a_contact_sheet(
    server: MockServer, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    artwork_id = _no_wait(
        capsys, server, "selena-variete", "--image-url", "https://example.com/fox.png", "--mode", "reimagine",
        "--batch", "2", "--style", "aquarelle",
    )  # fmt: skip
    assert server.state.artworks[artwork_id]["parameters"]["processingMode"] == "reimagine"
    server.state.finish_all()
    result = run_main(capsys, "wait", artwork_id, "--json", "-o", str(tmp_path), *connection(server))
    assert result.code == 0, result.err
    document = json.loads(result.out)
    paths = [Path(item["path"]) for item in document["files"]]
    assert len(paths) == 2
    assert_images(paths)
    sheet = Path(document["contactSheet"])
    assert sheet == tmp_path / "index.html"
    page = sheet.read_text(encoding="utf-8")
    for path in paths:
        assert f'src="{path.name}"' in page
    assert "aquarelle" in page
    assert "reimagine" in page
    assert artwork_id in page


def test_get_shows_one_artwork(server: MockServer, capsys: pytest.CaptureFixture[str]) -> None:
    artwork_id = _no_wait(capsys, server, "face-refiner", "--image-url", "https://example.com/face.png")
    text = run_main(capsys, "get", artwork_id, *connection(server))
    assert text.code == 0, text.err
    assert re.search(rf"^id\s+{artwork_id}$", text.out, re.M)
    assert re.search(r"^status\s+starting$", text.out, re.M)
    as_json = run_main(capsys, "get", artwork_id, "--json", *connection(server))
    assert json.loads(as_json.out)["id"] == artwork_id
    assert json.loads(as_json.out)["parameters"]["imageUrl"] == "https://example.com/face.png"


def test_list_shows_the_newest_artworks(server: MockServer, capsys: pytest.CaptureFixture[str]) -> None:
    first = _no_wait(capsys, server, "face-refiner", "--image-url", "https://example.com/1.png")
    second = _no_wait(capsys, server, "face-refiner", "--image-url", "https://example.com/2.png")
    listed = run_main(capsys, "list", "--limit", "2", "--json", *connection(server))
    assert listed.code == 0, listed.err
    assert [artwork["id"] for artwork in json.loads(listed.out)] == [second, first]
    table = run_main(capsys, "list", "--limit", "2", *connection(server))
    lines = table.out.splitlines()
    assert lines[0].split() == ["ID", "TYPE", "STATUS", "CREATED", "IMAGES"]
    assert lines[2].startswith(second)
    assert lines[3].startswith(first)
    assert len(lines) == 4


def test_download_saves_a_finished_artwork_and_refuses_an_unfinished_one(
    server: MockServer, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    artwork_id = _no_wait(capsys, server, "face-refiner", "--image-url", "https://example.com/face.png")
    early = run_main(capsys, "download", artwork_id, "-o", str(tmp_path), *connection(server))
    assert early.code == 1
    assert f"artwork {artwork_id} is starting" in early.err
    assert f"tengrai wait {artwork_id}" in early.err
    server.state.finish_all()
    done = run_main(capsys, "download", artwork_id, "-o", str(tmp_path), *connection(server))
    assert done.code == 0, done.err
    files = sorted(tmp_path.glob(f"{artwork_id}*"))
    assert_images(files)
    assert str(files[0]) in done.out


def test_no_save_prints_result_urls(server: MockServer, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    result = run_main(capsys, "quantum", "a fox", "--no-save", "-o", str(tmp_path), *connection(server))
    assert result.code == 0, result.err
    artwork_id = _created_id(result)
    assert f"{server.url}/files/{artwork_id}/" in result.out
    assert not list(tmp_path.iterdir())


def test_over_long_prompt_warns_and_strict_refuses(server: MockServer, capsys: pytest.CaptureFixture[str]) -> None:
    from tengrai.mock import _openapi as _spec

    limit = _spec.resolve(_spec.request_schema("create_quantum_artwork")["properties"]["prompt"])["x-max-words"]
    prompt = " ".join(["fox"] * (limit + 5))
    before = server.state.created_count
    strict = run_main(capsys, "quantum", prompt, "--strict", "--no-wait", *connection(server))
    assert strict.code == 2
    assert "error: prompt=" in strict.err
    assert str(limit) in strict.err
    assert server.state.created_count == before
    lenient = run_main(capsys, "quantum", prompt, "--no-wait", *connection(server))
    assert lenient.code == 0
    assert "warning:" in lenient.err
    assert str(limit) in lenient.err
    assert "Traceback" not in lenient.err


def test_mock_flag_runs_in_process(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    from tengrai.cli import _session

    monkeypatch.setattr(_session, "_MOCK_STARTING", 0.0)
    monkeypatch.setattr(_session, "_MOCK_PROCESSING", 0.0)
    result = run_main(
        capsys, "face-refiner", "--image-url", "https://example.com/face.png", "--mock", "-o", str(tmp_path)
    )
    assert result.code == 0, result.err
    assert "note:" not in result.err  # asked for explicitly: nothing to explain
    assert_images(sorted(tmp_path.glob("*.webp")))


def test_no_key_falls_back_to_the_in_process_mock_and_says_so(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    from tengrai.cli import _session

    monkeypatch.setattr(_session, "_MOCK_STARTING", 0.0)
    monkeypatch.setattr(_session, "_MOCK_PROCESSING", 0.0)
    result = run_main(capsys, "quantum", "a fox", "--json", "-o", str(tmp_path))
    assert result.code == 0, result.err
    assert "no API key" in result.err
    assert "mock" in result.err
    document = json.loads(result.out)
    assert document["artwork"]["status"] == "succeeded"
    assert_images([Path(item["path"]) for item in document["files"]])


def test_the_key_never_appears_in_output(server: MockServer, capsys: pytest.CaptureFixture[str]) -> None:
    secret = "sk-this-must-not-leak-0123456789"
    result = run_main(capsys, "list", "--base-url", server.url, "--api-key", secret)
    assert result.code == 1
    assert "401" in result.err
    assert secret not in result.err + result.out
    assert TEST_API_KEY not in result.err + result.out
