"""Benchmark 2: per-call overhead of `client.artworks.get(id)` against raw httpx on the same canned answer.

Both sides talk to an `httpx.MockTransport` that returns the same artwork JSON (taken once from the mock server,
so it is a real succeeded artwork). The raw side is `httpx.Client.get` + `json.loads`, i.e. the least a user could
write; the tengrai side adds validation of the id, auth headers, retry bookkeeping, status mapping and parsing
into an `Artwork`. Rounds alternate the two sides; the best round's µs per call is shown (as `timeit` does:
on a shared machine the slower rounds measure the neighbours, not the code), timed in CPU time of this process
(time spent preempted is not the code's either), 30 rounds of 500 calls; the ratio is the median of the rounds'
ratios (a slow phase of the machine hits both sides of a round). The target is issue 13's 1.15x, for the sync pair
and (issue 18) the async one (`AsyncTengrai` against `httpx.AsyncClient`).
"""

from __future__ import annotations

import asyncio
import json
import time
from collections.abc import Awaitable, Callable
from typing import Any

import httpx

from ._fixtures import BASE_URL, canned_artwork
from ._report import Row, Section
from ._stats import median

TARGET_RATIO = 1.15


def _handler(body: bytes) -> Callable[[httpx.Request], httpx.Response]:
    headers = {"content-type": "application/json"}

    def handle(request: httpx.Request) -> httpx.Response:
        return httpx.Response(200, content=body, headers=headers)

    return handle


def _per_call(fn: Callable[[], object], calls: int) -> float:
    start = time.process_time()
    for _ in range(calls):
        fn()
    return (time.process_time() - start) / calls


async def _per_call_async(fn: Callable[[], Awaitable[object]], calls: int) -> float:
    start = time.process_time()
    for _ in range(calls):
        await fn()
    return (time.process_time() - start) / calls


Timing = tuple[float, float, float]
"""Best tengrai round and best raw round (seconds per call), and the median of the per-round ratios."""


def _summary(ours_samples: list[float], raw_samples: list[float]) -> Timing:
    ratios = [ours / raw for ours, raw in zip(ours_samples, raw_samples, strict=True)]
    return min(ours_samples), min(raw_samples), median(ratios)


def _alternate(ours: Callable[[int], float], raw: Callable[[int], float], calls: int, rounds: int) -> Timing:
    ours(calls // 5)  # warm-up: first-call imports and caches
    raw(calls // 5)
    ours_samples, raw_samples = [], []
    for _ in range(rounds):
        raw_samples.append(raw(calls))
        ours_samples.append(ours(calls))
    return _summary(ours_samples, raw_samples)


def measure_sync(calls: int, rounds: int) -> Timing:
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


async def _measure_async(calls: int, rounds: int) -> Timing:
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
        return _summary(ours_samples, raw_samples)


def measure_async(calls: int, rounds: int) -> Timing:
    """(tengrai, raw) seconds per call, async."""
    return asyncio.run(_measure_async(calls, rounds))


def _row(metric: str, timing: Timing) -> Row:
    ours, raw, ratio = timing
    return Row(
        benchmark="2 per-call overhead",
        metric=metric,
        ours=f"{ours * 1e6:.0f} µs/call",
        baseline=f"{raw * 1e6:.0f} µs/call",
        ratio=f"{ratio:.2f}x",
        target=f"<= {TARGET_RATIO}x raw httpx",
        passed=ratio <= TARGET_RATIO,
    )


def run(*, quick: bool) -> Section:
    """Measure sync and async per-call cost."""
    calls, rounds = (500, 5) if quick else (500, 30)
    sync = measure_sync(calls, rounds)
    async_ = measure_async(calls, rounds)
    label = f"best of {rounds} rounds of {calls} calls; ratio: median per-round ratio"
    return Section(
        rows=[
            _row(f"`Tengrai.artworks.get` vs `httpx.Client.get`+`json.loads` ({label})", sync),
            _row(f"`AsyncTengrai.artworks.get` vs `httpx.AsyncClient.get`+`json.loads` ({label})", async_),
        ]
    )
