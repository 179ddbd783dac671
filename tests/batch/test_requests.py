"""Batch requests are all validated before anything is sent, with line numbers and both naming styles."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from tengrai import Tengrai, ValidationError
from tengrai.batch import BatchRequest, InvalidRequestsError, load_requests, parse_requests
from tengrai.batch._requests import parse_request
from tengrai.mock import TEST_API_KEY
from tests.batch.support import request_counts, served_mock


def test_operation_by_resource_name_cli_name_or_operation_id() -> None:
    for name in ("selena_variete", "selena-variete", "create_selena_variete_artwork"):
        request = parse_request({"operation": name, "image_url": "https://example.com/a.png"}, 1)
        assert request.operation_id == "create_selena_variete_artwork"


def test_camel_case_and_snake_case_arguments_give_the_same_body() -> None:
    snake = parse_request(
        {"operation": "quantum", "prompt": "fox", "negative_prompt": "blur", "aspect_ratio": "16:9"}, 1
    )
    camel = parse_request({"operation": "quantum", "prompt": "fox", "negativePrompt": "blur", "aspectRatio": "16:9"}, 2)
    assert snake.body == camel.body == {"prompt": "fox", "negativePrompt": "blur", "aspectRatio": "16:9"}
    assert camel.params == {"prompt": "fox", "negative_prompt": "blur", "aspect_ratio": "16:9"}


def test_an_argument_given_in_both_styles_is_rejected() -> None:
    with pytest.raises(ValidationError, match="given twice"):
        parse_request({"operation": "quantum", "aspect_ratio": "16:9", "aspectRatio": "1:1"}, 1)


def test_key_names_the_item_and_is_not_sent() -> None:
    request = parse_request({"operation": "quantum", "prompt": "fox", "key": "fox-1"}, 7)
    assert (request.item, request.key, request.line) == ("fox-1", "fox-1", 7)
    assert "key" not in request.body
    unnamed = parse_request({"operation": "quantum", "prompt": "fox"}, 7)
    assert (unnamed.item, unnamed.key) == ("line:7", None)


def test_every_problem_is_reported_with_its_line_number(tmp_path: Path) -> None:
    path = tmp_path / "requests.jsonl"
    lines = [
        json.dumps({"operation": "quantum", "prompt": "fine", "key": "a"}),
        "",  # blank lines are skipped but still counted
        json.dumps({"operation": "quantum", "aspect_ratio": "17:9"}),
        "{not json",
        json.dumps({"operation": "quantom", "prompt": "typo"}),
        json.dumps({"operation": "quantum", "prompt": "again", "key": "a"}),
        json.dumps(["not", "an", "object"]),
        json.dumps({"operation": "quantum", "prompt": "fine too"}),
    ]
    path.write_text("\n".join(lines) + "\n")
    valid, problems = load_requests(path)
    assert [request.line for request in valid] == [8]
    by_line = {problem.line: str(problem) for problem in problems}
    assert sorted(by_line) == [1, 3, 4, 5, 6, 7]
    assert "aspectRatio='17:9'" in by_line[3]
    assert "did you mean" in by_line[3]
    assert "not valid JSON" in by_line[4]
    assert "unknown operation 'quantom'" in by_line[5]
    assert "'quantum'" in by_line[5]
    assert "also used on line(s) 6" in by_line[1]
    assert "also used on line(s) 1" in by_line[6]
    assert "JSON object" in by_line[7]


def test_parse_requests_accepts_parsed_requests() -> None:
    request = parse_request({"operation": "quantum", "prompt": "fox"}, 3)
    valid, problems = parse_requests([request])
    assert valid == [request]
    assert isinstance(valid[0], BatchRequest)
    assert not problems


def test_nothing_is_sent_when_a_request_is_invalid() -> None:
    requests = [{"operation": "quantum", "prompt": "fine"}, {"operation": "quantum", "width": 5}]
    with served_mock() as server, Tengrai(api_key=TEST_API_KEY, base_url=server.url) as client:
        with pytest.raises(InvalidRequestsError) as caught:
            client.batch(requests)
        assert [problem.line for problem in caught.value.problems] == [2]
        assert "line 2" in str(caught.value)
        assert "nothing was sent" in str(caught.value)
        assert request_counts(server)["create"] == 0


def test_skip_invalid_runs_the_valid_requests_and_reports_the_others() -> None:
    requests = [{"operation": "quantum", "prompt": "fine"}, {"operation": "quantum", "width": 5}]
    with served_mock() as server, Tengrai(api_key=TEST_API_KEY, base_url=server.url) as client:
        results = client.batch(requests, skip_invalid=True)
        assert [(result.line, result.status) for result in results] == [(1, "succeeded"), (2, "invalid")]
        assert results[1].error is not None
        assert "width" in results[1].error
        assert request_counts(server)["create"] == 1
