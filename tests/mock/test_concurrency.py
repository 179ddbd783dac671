"""Many concurrent clients: no lost or duplicated artworks, every task ends exactly once."""

from __future__ import annotations

import threading
from concurrent.futures import ThreadPoolExecutor

import anyio
import httpx
import pytest

from tengrai.mock import ManualClock, MockConfig, MockServer, create_app

from .support import AUTH, BASE_URL, LIST, QUANTUM, artwork_path, running_mock

THREADS = 8
PER_THREAD = 25


def test_threads_sharing_one_in_process_client() -> None:
    with running_mock() as mock:

        def work(_: int) -> list[str]:
            return [mock.create(QUANTUM)["id"] for _ in range(PER_THREAD)]

        with ThreadPoolExecutor(THREADS) as pool:
            ids = [artwork_id for batch in pool.map(work, range(THREADS)) for artwork_id in batch]
        assert len(ids) == len(set(ids)) == THREADS * PER_THREAD
        assert mock.state.created_count == THREADS * PER_THREAD
        listed = mock.http.get(LIST, params={"limit": 500}).json()
        assert sorted(a["id"] for a in listed) == sorted(ids)


@pytest.mark.anyio
async def test_concurrent_async_clients() -> None:
    app = create_app(MockConfig(clock=ManualClock()))
    ids: list[str] = []

    async def create(http: httpx.AsyncClient) -> None:
        response = await http.post(QUANTUM, json={"prompt": "many"})
        ids.append(response.json()["id"])

    transport = httpx.ASGITransport(app=app)
    async with (
        httpx.AsyncClient(transport=transport, base_url=BASE_URL, headers=AUTH) as http,
        anyio.create_task_group() as group,
    ):
        for _ in range(200):
            group.start_soon(create, http)
    assert len(set(ids)) == 200 == app.state.mock.created_count
    app.state.mock.close()


@pytest.mark.slow
def test_every_task_ends_once_while_time_moves_under_load() -> None:
    seen: list[str] = []
    lock = threading.Lock()

    def receiver(request: httpx.Request) -> httpx.Response:
        with lock:
            seen.append(request.read().decode())
        return httpx.Response(200)

    config = MockConfig(clock=ManualClock(), webhook_transport=httpx.MockTransport(receiver))
    with running_mock(config) as mock:
        stop = threading.Event()

        def move_time() -> None:
            while not stop.is_set():
                mock.state.advance(0.25)

        def work(_: int) -> list[str]:
            made = []
            for _ in range(PER_THREAD):
                made.append(mock.create(QUANTUM, webhook="https://hooks.example.com/x")["id"])
                mock.http.get(artwork_path(made[-1]))
            return made

        mover = threading.Thread(target=move_time)
        mover.start()
        try:
            with ThreadPoolExecutor(THREADS) as pool:
                ids = [artwork_id for batch in pool.map(work, range(THREADS)) for artwork_id in batch]
        finally:
            stop.set()
            mover.join()
        mock.state.finish_all()
        assert mock.state.flush_webhooks(timeout=60)
        statuses = {mock.get(artwork_id)["status"] for artwork_id in ids}
        assert statuses == {"succeeded"}
        delivered = sorted(d.artwork_id for d in mock.state.webhook_deliveries)
        assert delivered == sorted(ids), "each artwork's webhook is sent exactly once"
        assert len(seen) == len(ids)


def test_many_clients_against_the_served_mock() -> None:
    with MockServer(MockConfig(clock=ManualClock())) as server:

        def work(_: int) -> list[str]:
            with httpx.Client(base_url=server.url, headers=AUTH) as http:
                return [http.post(QUANTUM, json={}).json()["id"] for _ in range(10)]

        with ThreadPoolExecutor(THREADS) as pool:
            ids = [artwork_id for batch in pool.map(work, range(THREADS)) for artwork_id in batch]
        assert len(set(ids)) == THREADS * 10 == server.state.created_count
