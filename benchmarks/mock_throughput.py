"""Benchmark 5: how many get-by-id requests per second the mock server answers, so tests know its capacity.

Served: the mock runs under uvicorn on 127.0.0.1 in a thread of this process (`MockServer`); a separate process
sends it keep-alive HTTP/1.1 requests over ``CONNECTIONS`` sockets. On a small machine httpx itself costs more CPU
per request than the mock does, so the capacity row uses a minimal asyncio-streams load generator; the row driven
by an `httpx.AsyncClient` shows what one client process gets. In-process: an `httpx.AsyncClient` over
`httpx.ASGITransport` calls the app directly (what most tests do), one request at a time.
"""

from __future__ import annotations

import argparse
import asyncio
import time
from collections.abc import Sequence
from typing import Any
from urllib.parse import urlsplit

import httpx

from ._child import emit, run_worker
from ._fixtures import BASE_URL, operation_path
from ._report import Row, Section
from ._serving import listener_has_nodelay, served_mock
from ._stats import median, percentile

CONNECTIONS = 16


def _artwork_path(artwork_id: str) -> str:
    return operation_path("get_artwork").replace("{id}", artwork_id)


async def _stream_requests(reader: asyncio.StreamReader, writer: asyncio.StreamWriter, request: bytes) -> int:
    """Send one keep-alive request and read its answer; returns the status code."""
    writer.write(request)
    await writer.drain()
    head = await reader.readuntil(b"\r\n\r\n")
    status_line, *header_lines = head.decode("latin-1").split("\r\n")
    length = 0
    for line in header_lines:
        name, _, value = line.partition(":")
        if name.strip().lower() == "content-length":
            length = int(value)
    await reader.readexactly(length)
    return int(status_line.split()[1])


async def _load_sockets(base_url: str, api_key: str, path: str, requests: int, connections: int) -> list[float]:
    parts = urlsplit(base_url)
    host, port = parts.hostname or "127.0.0.1", parts.port or 80
    request = (
        f"GET {path} HTTP/1.1\r\nHost: {host}:{port}\r\nAuthorization: Bearer {api_key}\r\n"
        "Accept: application/json\r\n\r\n"
    ).encode()
    latencies: list[float] = []

    async def worker(count: int) -> None:
        reader, writer = await asyncio.open_connection(host, port)
        try:
            for _ in range(count):
                started = time.perf_counter()
                status = await _stream_requests(reader, writer, request)
                if status != 200:
                    raise RuntimeError(f"GET {path} answered {status}")
                latencies.append(time.perf_counter() - started)
        finally:
            writer.close()
            await writer.wait_closed()

    await asyncio.gather(*(worker(requests // connections) for _ in range(connections)))
    return latencies


async def _load_httpx(base_url: str, api_key: str, path: str, requests: int, connections: int) -> list[float]:
    limits = httpx.Limits(max_connections=connections, max_keepalive_connections=connections)
    latencies: list[float] = []
    async with httpx.AsyncClient(
        base_url=base_url, headers={"Authorization": f"Bearer {api_key}"}, limits=limits, timeout=30
    ) as client:

        async def worker(count: int) -> None:
            for _ in range(count):
                started = time.perf_counter()
                (await client.get(path)).raise_for_status()
                latencies.append(time.perf_counter() - started)

        await asyncio.gather(*(worker(requests // connections) for _ in range(connections)))
    return latencies


async def _hammer(generator: str, base_url: str, api_key: str, artwork_id: str, requests: int) -> dict[str, Any]:
    load = _load_sockets if generator == "sockets" else _load_httpx
    path = _artwork_path(artwork_id)
    await load(base_url, api_key, path, CONNECTIONS, CONNECTIONS)  # open connections, warm the server
    started = time.perf_counter()
    latencies = await load(base_url, api_key, path, requests, CONNECTIONS)
    wall = time.perf_counter() - started
    return {
        "requests": len(latencies),
        "wall": wall,
        "p50_ms": median(latencies) * 1e3,
        "p99_ms": percentile(latencies, 99) * 1e3,
    }


def _served(generator: str, requests: int, *, nodelay: bool) -> dict[str, Any]:
    from tengrai.mock import TEST_API_KEY, MockConfig

    with served_mock(MockConfig(), nodelay=nodelay) as server, httpx.Client(base_url=server.url) as http:
        created = http.post(
            operation_path("create_quantum_artwork"),
            json={"prompt": "throughput"},
            headers={"Authorization": f"Bearer {TEST_API_KEY}"},
        )
        created.raise_for_status()
        args = [generator, server.url, TEST_API_KEY, created.json()["id"], str(requests)]
        result = run_worker("benchmarks.mock_throughput", args, timeout=120)
        result["listener_nodelay"] = bool(listener_has_nodelay(server))
        return result


async def _in_process(requests: int) -> dict[str, Any]:
    from tengrai.mock import TEST_API_KEY, MockConfig, create_app

    app = create_app(MockConfig())
    try:
        async with httpx.AsyncClient(
            transport=httpx.ASGITransport(app=app),
            base_url=BASE_URL,
            headers={"Authorization": f"Bearer {TEST_API_KEY}"},
        ) as client:
            created = await client.post(operation_path("create_quantum_artwork"), json={"prompt": "throughput"})
            created.raise_for_status()
            path = _artwork_path(created.json()["id"])
            started = time.perf_counter()
            for _ in range(requests):
                (await client.get(path)).raise_for_status()
            return {"requests": requests, "wall": time.perf_counter() - started}
    finally:
        app.state.mock.close()


FILES = 60
"""Result files fetched for the first time in the file-serving row (a batch that saves its images)."""


async def _first_fetches(count: int) -> dict[str, Any]:
    """Create ``count`` Quantum artworks (1024 x 1024, the default WebP and PNG), finish them, then fetch each
    result file once, in process, one at a time: the CPU time and wall time per file (the mock renders a file on
    its first fetch)."""
    from tengrai.mock import TEST_API_KEY, ManualClock, MockConfig, create_app

    app = create_app(MockConfig(clock=ManualClock()))
    try:
        async with httpx.AsyncClient(
            transport=httpx.ASGITransport(app=app),
            base_url=BASE_URL,
            headers={"Authorization": f"Bearer {TEST_API_KEY}"},
        ) as client:
            ids = []
            for n in range(count):
                body = {"prompt": f"a lighthouse, study {n}", "outputFormat": ("webp", "png")[n % 2]}
                created = await client.post(operation_path("create_quantum_artwork"), json=body)
                ids.append(created.raise_for_status().json()["id"])
            app.state.mock.finish_all()
            urls = []
            for artwork_id in ids:
                answer = (await client.get(_artwork_path(artwork_id))).raise_for_status().json()
                urls.extend(answer["results"])
            cpu, started = time.process_time(), time.perf_counter()
            for url in urls:
                (await client.get(url)).raise_for_status()
            wall, cpu = time.perf_counter() - started, time.process_time() - cpu
            return {"files": len(urls), "cpu_ms": cpu / len(urls) * 1e3, "wall_ms": wall / len(urls) * 1e3}
    finally:
        app.state.mock.close()


def _files_row(result: dict[str, Any]) -> Row:
    metric = (
        "first fetch of a result file (1024 x 1024, half WebP, half PNG; the mock renders it then), in-process, "
        f"one at a time, {result['files']} files: CPU of the process per file (wall per file)"
    )
    ours = f"{float(result['cpu_ms']):.1f} ms ({float(result['wall_ms']):.1f} ms)"
    return Row("5 mock throughput", metric, ours, "-", "-", "(info)", None)


def _rate(result: dict[str, Any]) -> float:
    return float(result["requests"]) / float(result["wall"])


def _info(metric: str, result: dict[str, Any]) -> Row:
    latency = f", p50 {result['p50_ms']:.1f} ms" if "p50_ms" in result else ""
    return Row("5 mock throughput", metric, f"{_rate(result):,.0f} req/s{latency}", "-", "-", "(info)", None)


def run(*, quick: bool) -> Section:
    """Measure the served and in-process request rates (informational: no target)."""
    scale = 1 if quick else 3
    capacity = _served("sockets", 3200 * scale, nodelay=True)
    via_httpx = _served("httpx", 800 * scale, nodelay=True)
    shipped = _served("sockets", 160 * scale, nodelay=False)
    local = asyncio.run(_in_process(500 * scale))
    files = asyncio.run(_first_fetches(FILES * scale))
    where = f"uvicorn on loopback, {CONNECTIONS} keep-alive connections from another process"
    rows = [
        _info(f"GET /v2/artworks/{{id}}, {where}, asyncio-streams load", capacity),
        _info(f"same, load from one httpx.AsyncClient ({CONNECTIONS} connections)", via_httpx),
        _info("GET /v2/artworks/{id}, in-process httpx.ASGITransport, one at a time", local),
        _files_row(files),
    ]
    notes = [
        f"Mock capacity: {capacity['requests']:,} requests in {capacity['wall']:.2f} s, latency p50 "
        f"{capacity['p50_ms']:.1f} ms, p99 {capacity['p99_ms']:.1f} ms with {CONNECTIONS} connections; "
        f"an httpx.AsyncClient load generator reaches {_rate(via_httpx):,.0f} req/s (the client's own CPU cost).",
    ]
    # Accepted connections get TCP_NODELAY from asyncio when the listener is a real TCP socket; show the as-shipped
    # server only when it is markedly slower (a delayed-ACK stall), as it was before MockServer's socket fix.
    if shipped["p50_ms"] > 4 * capacity["p50_ms"]:
        rows.append(_info("same as the first row, MockServer as shipped (no TCP_NODELAY)", shipped))
        notes.append(
            "MockServer as shipped leaves TCP_NODELAY off on accepted connections, so each answer waits for the "
            f"client's delayed ACK (p50 {shipped['p50_ms']:.0f} ms per request). The benchmarks set TCP_NODELAY on "
            "the listening socket (benchmarks/_serving.py) to measure the server rather than that timer."
        )
    return Section(rows=rows, notes=notes)


def main(argv: Sequence[str] | None = None) -> None:
    """Worker entry point: ``python -m benchmarks.mock_throughput {sockets|httpx} URL KEY ARTWORK_ID REQUESTS``."""
    parser = argparse.ArgumentParser()
    parser.add_argument("generator", choices=("sockets", "httpx"))
    parser.add_argument("base_url")
    parser.add_argument("api_key")
    parser.add_argument("artwork_id")
    parser.add_argument("requests", type=int)
    args = parser.parse_args(argv)
    emit(asyncio.run(_hammer(args.generator, args.base_url, args.api_key, args.artwork_id, args.requests)))


if __name__ == "__main__":
    main()
