"""Objects that travel (failure reasons, JSON, copies, type hints, request ids) and per-request options."""

from __future__ import annotations

import copy
import json
import pickle
import re
import traceback
import typing

import httpx
import pytest

import tengrai
from tengrai import ArtworkFailedError, NotFoundError, RateLimitError, Tengrai, ValidationError
from tengrai.mock import ManualClock, MockConfig
from tengrai.testing import TengraiMock

from ..cli._support import connection, run_main, served_mock


@pytest.fixture
def failing() -> typing.Iterator[TengraiMock]:
    mock = TengraiMock(MockConfig(clock=ManualClock(), failure_rate=1.0))
    try:
        yield mock
    finally:
        mock.close()


def test_a_failed_task_says_why(failing: TengraiMock) -> None:
    with failing.client() as client:
        with pytest.raises(ArtworkFailedError) as caught:
            client.quantum.generate(prompt="doomed")
        reason = failing.artworks[caught.value.artwork_id]["error"]
        assert reason  # the mock's own words
        assert reason in str(caught.value)
        assert caught.value.artwork is not None
        assert caught.value.artwork.error == reason
        fetched = client.artworks.get(caught.value.artwork_id)
    assert fetched.error == reason
    assert json.loads(fetched.to_json())["error"] == reason
    assert fetched.extra["error"] == reason


def test_the_cli_json_keeps_the_reason_and_every_field(capsys: pytest.CaptureFixture[str]) -> None:
    with served_mock(failure_rate=1.0) as server:
        result = run_main(capsys, "quantum", "doomed", "--json", *connection(server))
        assert result.code == 1
        (artwork_id,) = server.state.artworks
        reason = server.state.artworks[artwork_id]["error"]
        assert reason in result.err
        shown = run_main(capsys, "get", artwork_id, "--json", *connection(server))
        described = run_main(capsys, "get", artwork_id, *connection(server))
    assert json.loads(shown.out)["error"] == reason
    assert re.search(rf"^error +{re.escape(reason)}$", described.out, re.MULTILINE)


def test_artworks_serialise_copy_and_pickle(tengrai_client: Tengrai) -> None:
    artwork = tengrai_client.quantum.generate(prompt="travels", seed=7)
    assert json.loads(json.dumps(artwork.parameters))["prompt"] == "travels"
    assert json.loads(artwork.to_json()) == artwork.to_dict()
    assert json.loads(artwork.to_json(indent=2))["id"] == artwork.id
    duplicate = copy.deepcopy(artwork)
    assert duplicate == artwork
    assert duplicate.parameters is not artwork.parameters
    assert pickle.loads(pickle.dumps(artwork)) == artwork  # noqa: S301 - our own bytes


def test_type_hints_of_every_public_method_resolve(tengrai_client: Tengrai) -> None:
    hints = typing.get_type_hints(tengrai_client.artworks.save)
    assert hints["return"] == list[tengrai.SavedImage]
    for resource in ("artworks", "quantum", "selena_variete", "face_refiner"):
        bound = getattr(tengrai_client, resource)
        for name in dir(type(bound)):
            if not name.startswith("_") and callable(getattr(bound, name)):
                typing.get_type_hints(getattr(bound, name))


def _answering(status: int, headers: dict[str, str], seen: list[httpx.Request] | None = None) -> httpx.MockTransport:
    def handler(request: httpx.Request) -> httpx.Response:
        if seen is not None:
            seen.append(request)
        return httpx.Response(status, json={"message": "nope", "statusCode": status}, headers=headers)

    return httpx.MockTransport(handler)


def test_errors_carry_the_request_id() -> None:
    transport = _answering(404, {"x-request-id": "req_42"})
    client = Tengrai(api_key="k", base_url="https://api.example.com", transport=transport)
    with client, pytest.raises(NotFoundError) as caught:
        client.artworks.get("00000000-0000-4000-8000-000000000000")
    assert caught.value.request_id == "req_42"
    assert "request id req_42" in str(caught.value)
    without = NotFoundError("gone", status_code=404, body=None, headers={})
    assert without.request_id is None


def test_tracebacks_name_the_public_module() -> None:
    assert RateLimitError.__module__ == "tengrai"
    assert tengrai.Artwork.__module__ == "tengrai"
    assert Tengrai.__module__ == "tengrai"
    error = NotFoundError("gone", status_code=404, body=None, headers={})
    assert traceback.format_exception_only(error)[0].startswith("tengrai.NotFoundError: 404")


def test_with_options_returns_a_configured_copy_sharing_the_pool() -> None:
    seen: list[httpx.Request] = []
    transport = _answering(503, {}, seen)
    with Tengrai(api_key="k", base_url="https://api.example.com", transport=transport, sleep=lambda s: None) as client:
        fast = client.with_options(max_retries=0, timeout=5, wait_timeout=9, extra_headers={"X-Trace-Id": "t-1"})
        assert fast._http is client._http
        with pytest.raises(tengrai.InternalServerError):
            fast.artworks.get("00000000-0000-4000-8000-000000000000")
        assert len(seen) == 1  # no retry
        assert seen[0].headers["x-trace-id"] == "t-1"
        assert seen[0].headers["authorization"] == "Bearer k"
        seen.clear()
        with pytest.raises(tengrai.InternalServerError):
            client.artworks.get("00000000-0000-4000-8000-000000000000")
        assert len(seen) == 3  # the original still retries twice, without the extra header
        assert "x-trace-id" not in seen[0].headers
        assert (fast._core.wait_timeout, client._core.wait_timeout) == (9.0, 600.0)
        fast.close()  # leaves the shared pool open
        seen.clear()
        with pytest.raises(tengrai.InternalServerError):
            client.with_options(max_retries=1).artworks.get("00000000-0000-4000-8000-000000000000")
        assert len(seen) == 2


def test_with_options_checks_its_arguments() -> None:
    with Tengrai(api_key="k", base_url="https://api.example.com") as client:
        with pytest.raises(ValidationError, match="max_retries"):
            client.with_options(max_retries=-1)
        with pytest.raises(ValidationError, match="Authorization"):
            client.with_options(extra_headers={"authorization": "Bearer other"})
        with pytest.raises(ValidationError, match="wait_timeout"):
            client.with_options(wait_timeout=0)


def test_with_options_on_the_async_client(tengrai_mock: TengraiMock) -> None:
    import asyncio

    async def main() -> str:
        async with tengrai.AsyncTengrai() as client:
            artwork = await client.with_options(wait_timeout=100).quantum.generate(prompt="async options")
            return artwork.status

    assert asyncio.run(main()) == "succeeded"
