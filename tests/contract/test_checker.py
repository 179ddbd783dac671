"""``tengrai contract`` / `tengrai.contract.run` (issue 22): 0 failures against a correct server (the embedded and
the served mock), every deviation of a wrong server named by operation and schema path, and nothing billable sent
to a non-local server unless allowed.

Each run is a real Schemathesis run over loopback, kept small here (``make contract`` runs a large one).
"""

from __future__ import annotations

import contextlib
import io
import json
import threading
from collections.abc import Awaitable, Callable, Iterator, MutableMapping, Sequence
from contextlib import contextmanager
from typing import Any

import httpx
import pytest
import uvicorn

from tengrai.cli import main
from tengrai.contract import ContractReport, run
from tengrai.mock import TEST_ADMIN_KEY, TEST_API_KEY, Durations, MockConfig, MockServer, MockState, create_app

pytestmark = [pytest.mark.contract, pytest.mark.slow]

EXAMPLES = 2
"""Examples per operation and phase: each run is ~10-20 s on 2 cores."""
Scope = MutableMapping[str, Any]
ASGI = Callable[[Scope, Any, Any], Awaitable[None]]


def mock_config() -> MockConfig:
    return MockConfig(
        default_durations=Durations(starting=0.1, processing=0.3),
        failure_rate=0.2,
        foreign_image_urls="synthesize",
        webhook_transport=httpx.MockTransport(lambda request: httpx.Response(204)),
        seed=None,
        max_recorded_requests=50_000,
    )


def errors_only(report: ContractReport) -> list[Any]:
    return [(drift, count) for drift, count in report.drift if drift.severity == "error"]


def _included(operation_ids: Sequence[str]) -> list[str]:
    """Schemathesis options that keep a run to ``operation_ids``."""
    return [option for operation_id in operation_ids for option in ("--include-operation-id", operation_id)]


def test_the_embedded_mock_passes_every_check_with_no_drift() -> None:
    # Every operation; the (long) coverage phase is left to the served-mock test below (each kind of operation) and
    # to make contract (every operation).
    report = run(max_examples=EXAMPLES, seed=22001, phases="examples,fuzzing,stateful", output=io.StringIO())
    assert report.failures == []
    assert report.errors == []
    assert errors_only(report) == []
    assert report.ok
    assert report.exit_code == 0
    assert not report.remote
    assert report.created  # it did create artworks: the creates were really exercised
    assert {drift.kind for drift, _ in report.drift} <= {"mock addition"}


SERVED_OPERATIONS = (
    *("list_v1_artworks", "v1_upscaling", "get_v1_artwork"),
    *("list_artworks", "create_quantum_artwork", "get_artwork"),
    *("create_api_key", "revoke_api_key"),
)
"""Each kind of operation once (V1 list, synchronous create and read; V2 list, task create and read; an admin pair),
with the links between them for the stateful phase. Over every operation the coverage phase alone sends ~2,900
requests (~100 s on 2 busy cores): ``make contract`` runs that; the embedded-mock test above runs every operation
in the other phases, and tests/contract/test_schemathesis.py runs every operation's coverage cases in process."""


def test_the_served_mock_passes_every_check_stateful_included() -> None:
    with MockServer(mock_config(), log_level="error") as server:
        out = io.StringIO()
        report = run(server.url, api_key=TEST_ADMIN_KEY, max_examples=EXAMPLES, seed=22002, output=out,
                     extra_args=_included(SERVED_OPERATIONS))  # fmt: skip
    assert "Stateful" in out.getvalue()
    assert report.failures == [], report.render()
    assert report.errors == [], report.render()
    assert errors_only(report) == []
    assert TEST_ADMIN_KEY not in out.getvalue() + json.dumps(report.to_dict()) + report.render()


# ------------------------------------------------------------------------------------------------ a wrong server


def _wrong(app: ASGI) -> ASGI:
    """The mock, made wrong three ways: GET /v1/artworks answers 418 (a status the spec does not list), artworks
    read back (V2 or V1) lack the required ``createdAt``, and Quantum accepts a pixel area over ``x-max-pixel-area``."""

    async def wrong(scope: Scope, receive: Any, send: Any) -> None:
        if scope["type"] != "http":
            await app(scope, receive, send)
            return
        path, method = scope["path"], scope["method"]
        if method == "GET" and path == "/v1/artworks":
            await send({"type": "http.response.start", "status": 418, "headers": [(b"content-type", b"text/plain")]})
            await send({"type": "http.response.body", "body": b"teapot"})
            return
        if method == "POST" and path == "/v2/artworks/quantum":
            receive = _shrunk(await _read(receive))
        messages: list[dict[str, Any]] = []

        async def keep(message: dict[str, Any]) -> None:
            messages.append(message)

        await app(scope, receive, keep)
        body = b"".join(m.get("body", b"") for m in messages if m["type"] == "http.response.body")
        start = next(m for m in messages if m["type"] == "http.response.start")
        if method == "GET" and path.startswith(("/v2/artworks/", "/v1/artworks/")) and start["status"] == 200:
            artwork = json.loads(body)
            artwork.pop("createdAt", None)
            body = json.dumps(artwork).encode()
        headers = [(k, v) for k, v in start["headers"] if k.lower() != b"content-length"]
        await send({**start, "headers": [*headers, (b"content-length", str(len(body)).encode())]})
        await send({"type": "http.response.body", "body": body})

    return wrong


async def _read(receive: Any) -> bytes:
    chunks = []
    while True:
        message = await receive()
        chunks.append(message.get("body", b""))
        if not message.get("more_body"):
            return b"".join(chunks)


def _shrunk(raw: bytes) -> Any:
    """A receive() whose body has width x height shrunk to fit (so the mock creates what it should refuse)."""
    try:
        body = json.loads(raw)
        if isinstance(body, dict) and isinstance(body.get("width"), int) and isinstance(body.get("height"), int):
            body["width"] = body["height"] = 1024
        raw = json.dumps(body).encode()
    except ValueError:
        pass
    sent = False

    async def receive() -> dict[str, Any]:
        nonlocal sent
        if sent:
            return {"type": "http.disconnect"}
        sent = True
        return {"type": "http.request", "body": raw, "more_body": False}

    return receive


@contextmanager
def serving(app: ASGI) -> Iterator[str]:
    """Serve an ASGI app on a free loopback port; yields its URL."""
    config = uvicorn.Config(app, host="127.0.0.1", port=0, log_level="error", lifespan="off")
    server = uvicorn.Server(config)
    thread = threading.Thread(target=server.run, daemon=True)
    thread.start()
    while not server.started:
        threading.Event().wait(0.02)
    port = server.servers[0].sockets[0].getsockname()[1]
    try:
        yield f"http://127.0.0.1:{port}"
    finally:
        server.should_exit = True
        thread.join(timeout=10)


WRONG_OPERATIONS = ("list_v1_artworks", "v1_upscaling", "get_v1_artwork")
"""Where two of the wrong server's faults show (the 418 of the V1 list; ``createdAt`` missing from a V1 artwork read
back, created by ``v1_upscaling`` before it is read); the third (the pixel area) is found by the rule probes sent
after Schemathesis, whatever it ran. The other operations only make the run slower (~100 s over all of them)."""


def test_a_wrong_server_is_reported_by_operation_and_schema_path() -> None:
    app = create_app(mock_config())
    try:
        with serving(_wrong(app)) as url:
            out = io.StringIO()
            code = cli_main_run(["contract", "--url", url, "--max-examples", "2", "--seed", "22003", "--json",
                                 "--phases", "examples,coverage", "--", *_included(WRONG_OPERATIONS)],
                                out, TEST_ADMIN_KEY)  # fmt: skip
    finally:
        app.state.mock.close()
    assert code == 1
    found = json.loads(out.getvalue())
    drift = {(item["operation"], item["kind"]): item for item in found["drift"]}
    status = drift[("list_v1_artworks", "unlisted status")]
    assert "418" in status["detail"]
    assert status["schema_path"] == "#/paths/~1v1~1artworks/get/responses"
    # The artwork read back is whichever id Schemathesis reuses from an earlier answer: a V2 task or a V1 artwork.
    missing = (
        drift.get(("get_artwork", "missing required field")) or drift[("get_v1_artwork", "missing required field")]
    )
    assert "createdAt" in missing["detail"]
    assert missing["schema_path"].startswith("#/components/schemas/")
    assert missing["schema_path"].endswith("/required")
    area = drift[("create_quantum_artwork", "rule not enforced")]
    assert area["schema_path"] == "x-max-pixel-area"
    assert found["ok"] is False
    assert any(failure["operations"] for failure in found["failures"])  # Schemathesis' own checks agree


def cli_main_run(argv: list[str], out: io.StringIO, key: str) -> int:
    """Run the CLI in-process with ``TENGRAI_API_KEY`` set to ``key``."""
    with pytest.MonkeyPatch.context() as patch:
        patch.setenv("TENGRAI_API_KEY", key)
        return cli_main_with(argv, out)


def cli_main_with(argv: list[str], out: io.StringIO) -> int:
    with contextlib.redirect_stdout(out), contextlib.redirect_stderr(io.StringIO()):
        return main(argv)


# ------------------------------------------------------------------------------------- nothing billed by default


def _accepted_creates(state: MockState) -> list[str]:
    """Paid work the mock did: a task (202) or a synchronous V1 call answered with its result (201)."""
    return [
        f"{r.method} {r.path}"
        for r in state.requests
        if r.method == "POST" and r.status_code in (201, 202) and "/organizations/" not in r.path
    ]


def _admin_calls(state: MockState) -> list[str]:
    return [
        f"{r.method} {r.path}"
        for r in state.requests
        if r.path.startswith(("/v2/organizations/", "/v1/organizations/"))
    ]


@pytest.mark.parametrize("allow_paid", [0, 2])
def test_a_non_local_server_gets_no_create_that_could_succeed_beyond_allow_paid(allow_paid: int) -> None:
    """The mock records every request; ``remote=True`` makes the checker treat this loopback server as the real
    API. A create the mock accepts (202) is one that could bill: none without ``allow_paid``, at most N with it."""
    with MockServer(mock_config(), log_level="error") as server:
        report = run(server.url, api_key=TEST_API_KEY, remote=True, allow_paid=allow_paid, max_examples=EXAMPLES,
                     seed=22004, phases="fuzzing,stateful", output=io.StringIO())  # fmt: skip
        accepted, admin = _accepted_creates(server.state), _admin_calls(server.state)
        refused = [r for r in server.state.requests if r.method == "POST" and r.status_code == 400]
    assert report.remote
    assert len(accepted) <= allow_paid, accepted
    assert admin == []
    assert refused  # the free creates (those the spec says must be refused) were sent
    assert len(report.created) == len(accepted)
    assert all(item["id"] for item in report.created)
    if allow_paid:
        assert "billable create sent" in report.render()
