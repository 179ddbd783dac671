"""Rate limiting (429 + Retry-After on the mock clock) and fault injection (5xx, dropped connections)."""

from __future__ import annotations

import asyncio
from collections.abc import AsyncIterator

import httpx
import pytest

from tengrai.mock import TEST_API_KEY, ApiKey, DroppedConnection, Faults, ManualClock, MockConfig, RateLimit, create_app

from .support import LIST, QUANTUM, running_mock


def test_nothing_is_limited_or_injected_by_default() -> None:
    with running_mock() as mock:
        statuses = {mock.http.get(LIST).status_code for _ in range(300)}
        assert statuses == {200}


def test_rate_limit_answers_429_with_retry_after_until_the_window_reopens() -> None:
    with running_mock(rate_limit=RateLimit(requests=3, window=10)) as mock:
        assert [mock.http.get(LIST).status_code for _ in range(3)] == [200, 200, 200]
        mock.state.advance(2.5)
        limited = mock.http.get(LIST)
        assert limited.status_code == 429
        assert limited.json()["statusCode"] == 429
        assert limited.headers["retry-after"] == "8"
        assert mock.http.post(QUANTUM, json={}).status_code == 429
        assert mock.state.created_count == 0
        mock.state.advance(7.4)
        assert mock.http.get(LIST).headers["retry-after"] == "1"
        mock.state.advance(0.1)
        assert mock.http.get(LIST).status_code == 200


def test_rate_limit_is_per_key() -> None:
    keys = {TEST_API_KEY: ApiKey("a"), "other": ApiKey("b")}
    config = MockConfig(clock=ManualClock(), keys=keys, rate_limit=RateLimit(requests=1, window=60))
    with running_mock(config) as mock:
        assert mock.http.get(LIST).status_code == 200
        assert mock.http.get(LIST).status_code == 429
        assert mock.http.get(LIST, headers={"Authorization": "Bearer other"}).status_code == 200


def test_files_are_not_rate_limited() -> None:
    with running_mock(rate_limit=RateLimit(requests=2)) as mock:
        done = mock.finished(QUANTUM)
        assert mock.http.get(LIST).status_code == 429
        assert mock.http.get(done["results"][0]).status_code == 200


@pytest.mark.parametrize("statuses", [(500,), (503,), (500, 503)])
def test_injected_errors_use_the_configured_statuses_and_change_nothing(statuses: tuple[int, ...]) -> None:
    with running_mock(faults=Faults(error_rate=1.0, error_statuses=statuses)) as mock:
        answers = [mock.http.post(QUANTUM, json={}) for _ in range(20)]
        assert {answer.status_code for answer in answers} == set(statuses)
        assert all(answer.json()["statusCode"] == answer.status_code for answer in answers)
        assert mock.state.created_count == 0


def test_error_rate_is_a_share() -> None:
    with running_mock(faults=Faults(error_rate=0.3), seed=3) as mock:
        failures = sum(mock.http.get(LIST).status_code >= 500 for _ in range(300))
        assert 50 < failures < 130


def test_dropped_connections_happen_after_the_request_took_effect() -> None:
    with running_mock(faults=Faults(drop_rate=1.0)) as mock:
        with pytest.raises(httpx.RemoteProtocolError) as caught:
            mock.http.post(QUANTUM, json={"prompt": "lost answer"})
        assert isinstance(caught.value, DroppedConnection)
        assert mock.state.created_count == 1
        (recorded,) = mock.state.requests
        assert recorded.status_code == 202


def test_faults_are_validated() -> None:
    with pytest.raises(ValueError, match="error_rate"):
        Faults(error_rate=1.5)
    with pytest.raises(ValueError, match="error_statuses"):
        Faults(error_statuses=(404,))
    with pytest.raises(ValueError, match="must not exceed 1"):
        Faults(error_rate=0.6, drop_rate=0.6)
    with pytest.raises(ValueError, match="requests"):
        RateLimit(requests=0)


def _huge_create(declared: bool) -> tuple[int, int]:
    """POST a 64 MiB create body in 64 KiB chunks to the in-process mock; returns (status, bytes the mock pulled)."""
    chunk, chunks = b"x" * 65536, 1024
    pulled = 0

    async def body() -> AsyncIterator[bytes]:
        nonlocal pulled
        for _ in range(chunks):
            pulled += len(chunk)
            yield chunk

    async def send() -> int:
        app = create_app(MockConfig(clock=ManualClock()))
        headers = {"Authorization": f"Bearer {TEST_API_KEY}", "Content-Type": "application/json"}
        if declared:
            headers["Content-Length"] = str(len(chunk) * chunks)
        transport = httpx.ASGITransport(app=app)
        async with httpx.AsyncClient(transport=transport, base_url="http://mock.test") as client:
            response = await client.post(QUANTUM, content=body(), headers=headers)
        app.state.mock.close()
        return response.status_code

    return asyncio.run(send()), pulled


@pytest.mark.parametrize("declared", [True, False], ids=["content-length", "chunked"])
def test_an_oversized_create_body_is_refused_without_reading_it_all(declared: bool) -> None:
    """Issue 20 #17: memory stays bounded: the mock stops reading at its 1 MiB cap (at once for a declared length)."""
    status, pulled = _huge_create(declared)
    assert status == 400
    assert pulled <= 2 * 1024 * 1024
