"""Benchmark 4: 1,000 concurrent generations with `AsyncTengrai` against raw `httpx.AsyncClient`, on loopback.

The mock serves on 127.0.0.1 in a thread of this process with short task durations; each side runs in its own
fresh process (so peak RSS is its own) against its own fresh mock. The raw side is what a careful user would
write by hand: POST the create, then sleep and GET until the status is terminal, with the very same delay
schedule as the client (`tengrai._tasks.waiting.PollSchedule`, nothing learnt) and the same pool limits and timeouts.
Both sides start every generation at once with `asyncio.gather`.

Two workloads: the targeted one (1,000 generations, a connection per generation; best of 4 runs per side in ABBA
order, since the client's CPU time there, mostly httpcore matching queued requests to connections, swings by a
fifth from run to run with how the queue happens to form) and, for information, one on the default pool size of
100 connections. Throughput is completed generations per second of wall time;
requests/s counts every request the mock answered. Peak RSS growth is the child's peak resident set size minus
its size just before the workload started.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import os
import random
import resource
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any

import httpx

from ._child import emit, run_worker
from ._fixtures import operation_path, terminal_statuses
from ._report import Detail, Row, Section
from ._serving import served_mock

TARGET_RATIO = 0.8
SIDES = ("raw", "tengrai")
STARTING, PROCESSING = 0.2, 0.8
"""Mock task durations (seconds of real time) for this benchmark."""


def client_timeout() -> httpx.Timeout:
    """The per-request timeouts of both sides: 30 s, except no limit on waiting for a pooled connection.

    With the default pool timeout (= the request timeout), a thousand requests queued on 100 connections time out
    before their turn comes, on either side.
    """
    return httpx.Timeout(30.0, pool=None)


def _rss_bytes() -> int:
    """The current resident set size of this process (Linux /proc; 0 elsewhere)."""
    try:
        with open("/proc/self/statm") as statm:
            pages = int(statm.read().split()[1])
    except OSError:
        return 0
    return pages * os.sysconf("SC_PAGE_SIZE")


def _peak_rss_bytes() -> int:
    # ru_maxrss is in KiB on Linux.
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss * 1024


async def _raw(base_url: str, api_key: str, tasks: int, connections: int) -> tuple[int, list[str]]:
    from tengrai._tasks.waiting import PollSchedule

    create_path = operation_path("create_quantum_artwork")
    get_prefix = operation_path("get_artwork").split("{", 1)[0]
    terminal = terminal_statuses()
    rng = random.Random(11)
    async with httpx.AsyncClient(
        base_url=base_url,
        headers={"Authorization": f"Bearer {api_key}"},
        timeout=client_timeout(),
        limits=httpx.Limits(max_connections=connections, max_keepalive_connections=min(connections, 20)),
    ) as client:

        async def one(index: int) -> dict[str, Any]:
            started = time.monotonic()
            response = await client.post(create_path, json={"prompt": f"concurrency {index}"})
            response.raise_for_status()
            artwork: dict[str, Any] = json.loads(response.content)
            schedule = PollSchedule(None)
            while artwork["status"] not in terminal:
                await asyncio.sleep(schedule.next_delay(time.monotonic() - started, rng))
                response = await client.get(get_prefix + artwork["id"])
                response.raise_for_status()
                artwork = json.loads(response.content)
            return artwork

        results = await asyncio.gather(*(one(i) for i in range(tasks)), return_exceptions=True)
    return _tally(results, lambda r: isinstance(r, dict) and r.get("status") == "succeeded")


async def _tengrai(base_url: str, api_key: str, tasks: int, connections: int) -> tuple[int, list[str]]:
    from tengrai import AsyncTengrai

    async with AsyncTengrai(
        api_key=api_key, base_url=base_url, seed=11, timeout=client_timeout(), max_connections=connections
    ) as client:
        results = await asyncio.gather(
            *(client.quantum.generate(prompt=f"concurrency {i}") for i in range(tasks)), return_exceptions=True
        )
    return _tally(results, lambda r: getattr(r, "status", None) == "succeeded")


def _tally(results: Sequence[object], ok: Callable[[object], bool]) -> tuple[int, list[str]]:
    errors = [f"{type(r).__name__}: {r}" for r in results if not ok(r)]
    return len(results) - len(errors), errors[:5]


async def _work(side: str, base_url: str, api_key: str, tasks: int, connections: int) -> dict[str, Any]:
    work = _raw if side == "raw" else _tengrai
    # Load what each side imports before taking the RSS baseline, so the growth is the workload's alone.
    if side == "tengrai":
        pass
    else:
        pass
    rss_before = _rss_bytes()
    started = time.perf_counter()
    succeeded, errors = await work(base_url, api_key, tasks, connections)
    wall = time.perf_counter() - started
    return {
        "succeeded": succeeded,
        "errors": errors,
        "wall": wall,
        "rss_before": rss_before,
        "peak_rss": _peak_rss_bytes(),
    }


def measure(side: str, tasks: int, connections: int) -> dict[str, Any]:
    """Serve a fresh mock and run one side's workload in a child process; adds the mock's request count."""
    from tengrai.mock import TEST_API_KEY, Durations, MockConfig

    config = MockConfig(
        default_durations=Durations(starting=STARTING, processing=PROCESSING),
        max_recorded_requests=100 * tasks,
        max_artworks=2 * tasks,
    )
    with served_mock(config) as server:
        result = run_worker(
            "benchmarks.concurrency", [side, server.url, TEST_API_KEY, str(tasks), str(connections)], timeout=300
        )
        result["requests"] = len(server.state.requests)
        result["created"] = server.state.created_count
    if result["succeeded"] != tasks:
        raise RuntimeError(f"{side}: only {result['succeeded']} of {tasks} generations succeeded: {result['errors']}")
    return result


def _mib(value: float) -> str:
    return f"{value / 2**20:.1f} MiB"


@dataclass(frozen=True)
class Scenario:
    """A workload: ``tasks`` generations started at once, each side's pool limited to ``connections``."""

    tasks: int
    connections: int
    targeted: bool
    repeats: int = 1
    """Runs per side, in ABBA order; the fastest run of each side is kept."""

    @property
    def label(self) -> str:
        """Words for the report."""
        runs = f", best of {self.repeats}" if self.repeats > 1 else ""
        return f"{self.tasks} at once, {self.connections} connections{runs}"


def _scenarios(quick: bool) -> list[Scenario]:
    if quick:
        return [Scenario(200, 200, targeted=True), Scenario(150, 100, targeted=False)]
    return [Scenario(1000, 1000, targeted=True, repeats=4), Scenario(300, 100, targeted=False)]


def _measure_both(scenario: Scenario) -> dict[str, dict[str, Any]]:
    best: dict[str, dict[str, Any]] = {}
    for repeat in range(scenario.repeats):
        for side in SIDES if repeat % 2 == 0 else tuple(reversed(SIDES)):
            result = measure(side, scenario.tasks, scenario.connections)
            if side not in best or result["wall"] < best[side]["wall"]:
                best[side] = result
    return {side: best[side] for side in SIDES}


def _growth(result: dict[str, Any]) -> float:
    return float(result["peak_rss"] - result["rss_before"])


def _detail_row(scenario: Scenario, side: str, result: dict[str, Any]) -> list[str]:
    return [
        scenario.label,
        "tengrai AsyncTengrai" if side == "tengrai" else "raw httpx.AsyncClient",
        f"{result['wall']:.2f} s",
        f"{scenario.tasks / result['wall']:.1f}",
        f"{result['requests']:,}",
        f"{result['requests'] / result['wall']:.0f}",
        _mib(result["peak_rss"]),
        _mib(_growth(result)),
        f"{_growth(result) / scenario.tasks / 1024:.1f} KiB",
    ]


def run(*, quick: bool) -> Section:
    """Run both sides of every scenario; the target is tengrai's generation throughput >= 0.8x raw httpx's."""
    rows: list[Row] = []
    detail_rows: list[list[str]] = []
    for scenario in _scenarios(quick):
        results = _measure_both(scenario)
        raw, ours = results["raw"], results["tengrai"]
        ratio = raw["wall"] / ours["wall"]  # same number of generations: throughput ratio = inverse wall ratio
        rows.append(
            Row(
                benchmark="4 concurrency",
                metric=f"generations/s on the loopback mock, {scenario.label}",
                ours=f"{scenario.tasks / ours['wall']:.1f}/s ({ours['wall']:.1f} s)",
                baseline=f"{scenario.tasks / raw['wall']:.1f}/s ({raw['wall']:.1f} s)",
                ratio=f"{ratio:.2f}x",
                target=f">= {TARGET_RATIO}x raw httpx" if scenario.targeted else "(info)",
                passed=ratio >= TARGET_RATIO if scenario.targeted else None,
            )
        )
        if scenario.targeted:
            rows.append(
                Row(
                    benchmark="4 concurrency",
                    metric=f"peak RSS growth during the workload, {scenario.label}",
                    ours=_mib(_growth(ours)),
                    baseline=_mib(_growth(raw)),
                    ratio=f"{_growth(ours) / max(1.0, _growth(raw)):.2f}x",
                    target="(info: bounded)",
                    passed=None,
                )
            )
        detail_rows += [_detail_row(scenario, side, r) for side, r in results.items()]
    detail = Detail(
        title=f"Concurrency: generations started at once; mock tasks take {STARTING:g} s starting + "
        f"{PROCESSING:g} s processing",
        headers=("Workload", "Side", "Wall", "Gen/s", "Requests", "Req/s", "Peak RSS", "RSS growth", "Per task"),
        rows=detail_rows,
        notes=[
            "Requests include the creates; both sides poll with tengrai's PollSchedule (nothing learnt) and wait "
            "for a pooled connection without a pool timeout.",
            "The targeted workload gives each side as many connections as tasks: with 1,000 requests queued on "
            "a 100-connection pool, httpcore spends most of its time matching queued requests to connections "
            "(its cost per event grows with queue length x pool size), which swamps both sides alike.",
        ],
    )
    return Section(rows=rows, details=[detail])


def main(argv: Sequence[str] | None = None) -> None:
    """Worker entry point: ``python -m benchmarks.concurrency {raw|tengrai} URL KEY TASKS``."""
    parser = argparse.ArgumentParser()
    parser.add_argument("side", choices=SIDES)
    parser.add_argument("base_url")
    parser.add_argument("api_key")
    parser.add_argument("tasks", type=int)
    parser.add_argument("connections", type=int)
    args = parser.parse_args(argv)
    emit(asyncio.run(_work(args.side, args.base_url, args.api_key, args.tasks, args.connections)))


if __name__ == "__main__":
    main()
