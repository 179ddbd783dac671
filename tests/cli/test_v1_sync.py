"""``tengrai v1 ...`` for the synchronous V1 operations: V1 creates save their images, Style DNA assets are saved,
Textcraft prints its text; bad input is refused before sending; a 504 is found through the V1 list."""

from __future__ import annotations

import json
import re
from collections.abc import Iterator
from pathlib import Path

import pytest

from tengrai.mock import TEST_ADMIN_KEY, TEST_ORG_ID, Faults, MockServer

from ._support import assert_images, connection, run_main, served_mock

pytestmark = pytest.mark.timeout(60)


@pytest.fixture
def server() -> Iterator[MockServer]:
    with served_mock() as running:
        yield running


def _posts(server: MockServer, path: str) -> int:
    return sum(1 for request in server.state.requests if request.method == "POST" and request.path == path)


def test_txt2img_takes_its_prompt_and_saves_the_image(
    capsys: pytest.CaptureFixture[str], server: MockServer, tmp_path: Path
) -> None:
    result = run_main(
        capsys, "v1", "txt2img", "a", "fox", "--style", "illustration", "-o", str(tmp_path), *connection(server)
    )
    assert result.code == 0, result.err
    assert re.search(r"^status +done$", result.out, re.MULTILINE)
    saved = sorted(tmp_path.glob("*.png"))
    assert len(saved) == 1
    assert_images(saved)
    (artwork,) = server.state.v1_page(owner="test", offset=0, limit=10)
    assert artwork["parameters"]["prompt"] == "a fox"
    assert saved[0].name == f"{artwork['id']}-0.png"


def test_upscaling_and_hamilton_answer_as_json(
    capsys: pytest.CaptureFixture[str], server: MockServer, tmp_path: Path
) -> None:
    made = run_main(capsys, "v1", "hamilton", "a fox", "--effort", "2", "--json", "--no-save", *connection(server))
    assert made.code == 0, made.err
    artwork = json.loads(made.out)
    assert (artwork["artworkType"], artwork["status"]) == ("hamilton", "done")
    url = artwork["results"][0]
    bigger = run_main(capsys, "v1", "upscaling", "--image-url", url, "-o", str(tmp_path), *connection(server))
    assert bigger.code == 0, bigger.err
    assert_images(sorted(tmp_path.glob("*.png")))


def test_textcraft_prints_the_text(capsys: pytest.CaptureFixture[str], server: MockServer) -> None:
    result = run_main(capsys, "v1", "textcraft", "Write", "a", "haiku", "--model", "m1", *connection(server))
    assert result.code == 0, result.err
    assert result.out.strip() == "(m1) You asked about: Write a haiku"
    assert "tokens" in result.err
    assert "credits used" in result.err


def test_style_dna_commands_save_the_asset(
    capsys: pytest.CaptureFixture[str], server: MockServer, tmp_path: Path
) -> None:
    style = ["--visual-prompt", "a teapot", "--anchor-image-url", "https://cdn.example.com/a.png"]
    result = run_main(
        capsys, "v1", "style-dna", "generate", *style, "--description", "flat", "-o", str(tmp_path), *connection(server)
    )
    assert result.code == 0, result.err
    assert "expiresAt" in result.out
    (saved,) = tmp_path.glob("*.png")
    assert_images([saved])
    edit = ["--image-guidance", "2", "--modification", "2", "--creativity", "3", "--effort", "3"]
    edited = run_main(
        capsys, "v1", "style-dna", "edit", "make it red", "--image-url", "https://cdn.example.com/a.png", *edit,
        "--no-save", *connection(server),
    )  # fmt: skip
    assert edited.code == 0, edited.err


def test_bad_input_is_refused_before_sending(capsys: pytest.CaptureFixture[str], server: MockServer) -> None:
    result = run_main(capsys, "v1", "textcraft", "no model given", *connection(server))
    assert result.code != 0
    assert "model" in result.err
    refused = run_main(
        capsys, "v1", "upscaling", "--image-url", "https://x/a.png", "--scale-factor", "9", *connection(server)
    )
    assert refused.code != 0
    assert "scaleFactor" in refused.err
    assert server.state.requests == []


def test_a_504_is_found_through_the_v1_list_not_sent_twice(capsys: pytest.CaptureFixture[str]) -> None:
    with served_mock(faults=Faults(gateway_timeout_rate=1.0)) as server:
        result = run_main(capsys, "v1", "txt2img", "a lost fox", "--no-save", *connection(server))
        assert result.code == 0, result.err
        assert re.search(r"^status +done$", result.out, re.MULTILINE)
        assert _posts(server, "/v1/artworks/txt2img") == 1
        lost = run_main(capsys, "v1", "textcraft", "a haiku", "--model", "m", *connection(server))
        assert lost.code != 0
        assert "may have been billed" in lost.err
        assert _posts(server, "/v1/textcraft") == 1


def test_v1_key_commands(capsys: pytest.CaptureFixture[str], server: MockServer) -> None:
    admin = ["--base-url", server.url, "--api-key", TEST_ADMIN_KEY]
    minted = run_main(
        capsys, "v1", "create-api-key", TEST_ORG_ID, "--label", "legacy", "--scope", "generator",
        "--domains", "artworks", "textcraft", "--json", *admin,
    )  # fmt: skip
    assert minted.code == 0, minted.err
    key_id = json.loads(minted.out)["keyId"]
    revoked = run_main(capsys, "v1", "revoke-api-key", TEST_ORG_ID, key_id, *admin)
    assert revoked.code == 0, revoked.err
    rotated = run_main(capsys, "v1", "rotate-webhook-secret", TEST_ORG_ID, "--json", *admin)
    assert rotated.code == 0, rotated.err
    assert len(json.loads(rotated.out)["secret"]) == 64


def test_no_key_runs_against_the_in_process_mock(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    result = run_main(capsys, "v1", "txt2img", "an offline fox", "-o", str(tmp_path))
    assert result.code == 0, result.err
    assert_images(sorted(tmp_path.glob("*.png")))
