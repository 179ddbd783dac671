"""A value that breaks a documented rule of an artwork-creating subcommand exits 2 with the library's message, sending
nothing (every operation's subcommand creating, waiting and saving is in `tests/test_operation_matrix.py`)."""

from __future__ import annotations

import pytest

from tengrai.mock import MockServer

from ._support import connection, run_main

pytestmark = pytest.mark.timeout(60)


@pytest.mark.parametrize(
    ("argv", "fragment"),
    [
        (["depth-map", "--image-url", "https://cdn.example.com/a.png", "--resolution-lower-limit", "1000"],
         "multiple of 64"),
        (["detailer-upscaler", "--image-url", "https://cdn.example.com/a.png", "--scale-factor", "3"],
         "Allowed: 1, 2, 4, 8"),
        (["segmentation", "--image-url", "https://cdn.example.com/a.png", "--method", "points",
          "--points-positive", '{"points": [[0.5, 2]]}'], "pointsPositive.points[0][1]"),
        (["segmentation", "--image-url", "https://cdn.example.com/a.png", "--method", "text"], "textPrompt"),
        (["hamilton", "--width", "1328", "--height", "1328"], "x-max-pixel-area"),
        (["photo-pilot", "--image-url", "https://cdn.example.com/a.png", "--image-guidance", "two",
          "--modification", "1", "--creativity", "1", "--effort", "1"], "must be a number"),
    ],
)  # fmt: skip
def test_bad_values_exit_2_with_the_librarys_message_and_send_nothing(
    server: MockServer, capsys: pytest.CaptureFixture[str], argv: list[str], fragment: str
) -> None:
    before = len(server.state.requests)
    result = run_main(capsys, *argv, *connection(server))
    assert result.code == 2, result.err
    assert fragment in result.err
    assert len(server.state.requests) == before
