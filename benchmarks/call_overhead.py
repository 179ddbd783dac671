"""Benchmark 2: per-call overhead of `client.artworks.get(id)` against raw httpx on the same canned answer.

Both sides talk to an `httpx.MockTransport` that returns the same artwork JSON (taken once from the mock server,
so it is a real succeeded artwork). The raw side is `httpx.Client.get` + `json.loads`, i.e. the least a user could
write; the tengrai side adds validation of the id, auth headers, retry bookkeeping, status mapping and parsing
into an `Artwork`. Rounds alternate the two sides; the best round's µs per call is reported (as `timeit` does:
on a shared machine the slower rounds measure the neighbours, not the code). The async pair
(`AsyncTengrai` against `httpx.AsyncClient`) is shown for information.
"""

from __future__ import annotations

import asyncio
import json
import time
from collections.abc import Awaitable, Callable
from typing import Any

import httpx

from ._fixtures import BASE_URL, canned_artwork
from ._report import Row, Section, ratio_text

TARGET_RATIO = 1.3


def _handler(body: bytes) -> Callable[[httpx.Request], httpx.Response]:
    headers = {"content-type": "application/json"}

    def handle(request: httpx.Request) -> httpx.Response:
        return httpx.Response(200, content=body, headers=headers)

    return handle


def _per_call(fn: Callable[[], object], calls: int) -> float:
    start = time.perf_counter()
    for _ in range(calls):
        fn()
    return (time.perf_counter() - start) / calls


async def _per_call_async(fn: Callable[[], Awaitable[object]], calls: int) -> float:
    start = time.perf_counter()
    for _ in range(calls):
        await fn()
    return (time.perf_counter() - start) / calls


def _alternate(
    ours: Callable[[int], float], raw: Callable[[int], float], calls: int, rounds: int
) -> tuple[float, float]:
    ours(calls // 5)  # warm-up: first-call imports and caches
    raw(calls // 5)
    ours_samples, raw_samples = [], []
    for _ in range(rounds):
        raw_samples.append(raw(calls))
        ours_samples.append(ours(calls))
    return min(ours_samples), min(raw_samples)


def measure_sync(calls: int, rounds: int) -> tuple[float, float]:
    """(tengrai, raw) seconds per call, sync."""
    from tengrai import Tengrai

    artwork_id, body, api_key = canned_artwork()
    path = f"{BASE_URL}/v2/artworks/{artwork_id}"
    with (
        Tengrai(api_key=api_key, base_url=BASE_URL, transport=httpx.MockTransport(_handler(body))) as client,
        httpx.Client(
            transport=httpx.MockTransport(_handler(body)), headers={"Authorization": f"Bearer {api_key}"}
        ) as raw,
    ):

        def raw_get() -> Any:
            return json.loads(raw.get(path).content)

        if client.artworks.get(artwork_id).id != json.loads(body)["id"]:
            raise RuntimeError("tengrai parsed a different artwork than the canned answer")
        return _alternate(
            lambda n: _per_call(lambda: client.artworks.get(artwork_id), n),
            lambda n: _per_call(raw_get, n),
            calls,
            rounds,
        )


async def _measure_async(calls: int, rounds: int) -> tuple[float, float]:
    from tengrai import AsyncTengrai

    artwork_id, body, api_key = canned_artwork()
    path = f"{BASE_URL}/v2/artworks/{artwork_id}"
    async with (
        AsyncTengrai(api_key=api_key, base_url=BASE_URL, transport=httpx.MockTransport(_handler(body))) as client,
        httpx.AsyncClient(
            transport=httpx.MockTransport(_handler(body)), headers={"Authorization": f"Bearer {api_key}"}
        ) as raw,
    ):

        async def raw_get() -> Any:
            return json.loads((await raw.get(path)).content)

        async def ours_get() -> Any:
            return await client.artworks.get(artwork_id)

        await _per_call_async(ours_get, calls // 5)
        await _per_call_async(raw_get, calls // 5)
        ours_samples, raw_samples = [], []
        for _ in range(rounds):
            raw_samples.append(await _per_call_async(raw_get, calls))
            ours_samples.append(await _per_call_async(ours_get, calls))
        return min(ours_samples), min(raw_samples)


def measure_async(calls: int, rounds: int) -> tuple[float, float]:
    """(tengrai, raw) seconds per call, async."""
    return asyncio.run(_measure_async(calls, rounds))


def _row(metric: str, ours: float, raw: float, *, targeted: bool) -> Row:
    return Row(
        benchmark="2 per-call overhead",
        metric=metric,
        ours=f"{ours * 1e6:.0f} µs/call",
        baseline=f"{raw * 1e6:.0f} µs/call",
        ratio=ratio_text(ours, raw),
        target=f"<= {TARGET_RATIO}x raw httpx" if targeted else "(info)",
        passed=(ours <= TARGET_RATIO * raw) if targeted else None,
    )


def run(*, quick: bool) -> Section:
    """Measure sync (targeted) and async (informational) per-call cost."""
    calls, rounds = (500, 5) if quick else (1000, 15)
    sync_ours, sync_raw = measure_sync(calls, rounds)
    async_ours, async_raw = measure_async(calls, rounds)
    label = f"best of {rounds} rounds of {calls} calls"
    return Section(
        rows=[
            _row(
                f"`Tengrai.artworks.get` vs `httpx.Client.get`+`json.loads` ({label})",
                sync_ours,
                sync_raw,
                targeted=True,
            ),
            _row(
                f"`AsyncTengrai.artworks.get` vs `httpx.AsyncClient.get`+`json.loads` ({label})",
                async_ours,
                async_raw,
                targeted=False,
            ),
        ]
    )
