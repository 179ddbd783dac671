"""The operation matrix: every artwork-creating operation of the spec (read at test time, `tests.operations`) through
every way in: the mock's HTTP API, the sync and the async client (``client.<name>.create`` and ``generate``), the
CLI (``tengrai <name>`` with the spec's example typed as options) and ``client.batch``. Each creates the artwork
with exactly the example's parameters, waits for it and gets real images."""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import httpx
import pytest

from tengrai import AsyncTengrai, Tengrai, _fields
from tengrai.cli._spec_options import camel_to_kebab
from tengrai.mock import (
    TEST_API_KEY,
    Durations,
    ManualClock,
    MockConfig,
    MockServer,
    MockState,
    SyncASGITransport,
    create_app,
)
from tests.cli._support import assert_images, connection, run_main, served_mock
from tests.mock.support import image_of, running_mock
from tests.operations import OPERATIONS, Operation

pytestmark = [pytest.mark.timeout(60), pytest.mark.usefixtures("no_tengrai_env")]

BASE_URL = "http://tengrai-mock.test"


def _id(operation: Operation) -> str:
    return operation.name


def test_the_operations_are_every_documented_artwork_creating_endpoint() -> None:
    names = {operation.name for operation in OPERATIONS}
    assert {"quantum", "selena_variete", "face_refiner"} <= names
    assert len(names) == 15


# ------------------------------------------------------------------------------------------------ the mock's API


@pytest.mark.parametrize("operation", OPERATIONS, ids=_id)
def test_the_mock_runs_the_lifecycle_with_the_spec_example(operation: Operation) -> None:
    with running_mock(foreign_image_urls="synthesize") as mock:
        created = mock.create(operation.path, **operation.example)
        assert (created["status"], created["artworkType"]) == ("starting", operation.artwork_type)
        mock.state.advance(1.5)
        assert mock.get(created["id"])["status"] == "processing"
        done = mock.finished(operation.path, **operation.example)
        assert done["status"] == "succeeded"
        assert done["results"]
        for url in done["results"]:
            response = mock.http.get(url)
            assert response.status_code == 200, response.text
            assert image_of(response.content).size[0] >= 1


# ------------------------------------------------------------------------------------------------ the clients


@pytest.fixture
def app() -> Iterator[Any]:
    application = create_app(MockConfig(clock=ManualClock(), foreign_image_urls="synthesize"))
    yield application
    application.state.mock.close()


@pytest.mark.parametrize("operation", OPERATIONS, ids=_id)
def test_sync_create_and_generate(app: Any, operation: Operation) -> None:
    state: MockState = app.state.mock
    transport = SyncASGITransport(app)
    try:
        with Tengrai(
            api_key=TEST_API_KEY, base_url=BASE_URL, transport=transport, sleep=state.advance, clock=state.clock.now
        ) as client:
            resource = getattr(client, operation.name)
            created = resource.create(**operation.arguments)
            assert (created.artwork_type, created.status) == (operation.artwork_type, "starting")
            done = resource.generate(**operation.arguments)
            assert (done.artwork_type, done.status) == (operation.artwork_type, "succeeded")
            assert done.results
            assert client.artworks.download(done)[0][:4] in (b"\x89PNG", b"RIFF")
    finally:
        transport.close()
    assert state.created_count == 2


@pytest.mark.anyio
@pytest.mark.parametrize("operation", OPERATIONS, ids=_id)
async def test_async_create_and_generate(app: Any, operation: Operation) -> None:
    state: MockState = app.state.mock

    async def sleep(seconds: float) -> None:
        state.advance(seconds)

    async with AsyncTengrai(
        api_key=TEST_API_KEY,
        base_url=BASE_URL,
        transport=httpx.ASGITransport(app=app),
        sleep=sleep,
        clock=state.clock.now,
    ) as client:
        resource = getattr(client, operation.name)
        created = await resource.create(**operation.arguments)
        assert (created.artwork_type, created.status) == (operation.artwork_type, "starting")
        done = await resource.generate(**operation.arguments)
        assert (done.artwork_type, done.status) == (operation.artwork_type, "succeeded")
        assert done.results
    assert state.created_count == 2


# ------------------------------------------------------------------------------------------------ the CLI and the batch


@pytest.fixture(scope="module")
def server() -> Iterator[MockServer]:
    with served_mock(default_durations=Durations(starting=0, processing=0)) as running:
        yield running


def _argv(operation: Operation) -> list[str]:
    """The spec's example body as CLI options (lists and objects as JSON, booleans as flags); the prompt of a
    text-to-image command (one that requires nothing) is given as words."""
    example = operation.example
    op = _fields.model().operation(operation.operation_id)
    words = "prompt" in example and not any(field.required for field in op.fields)
    argv: list[str] = example["prompt"].split() if words else []
    for wire, value in example.items():
        if words and wire == "prompt":
            continue
        flag = f"--{camel_to_kebab(wire)}"
        if isinstance(value, bool):
            argv.append(flag if value else f"--no-{flag[2:]}")
        elif isinstance(value, list | dict):
            argv += [flag, json.dumps(value)]
        else:
            argv += [flag, str(value)]
    return argv


@pytest.mark.parametrize("operation", OPERATIONS, ids=_id)
def test_the_cli_subcommand_creates_waits_and_saves(
    server: MockServer, tmp_path: Path, capsys: pytest.CaptureFixture[str], operation: Operation
) -> None:
    before = set(server.state.artworks)
    result = run_main(capsys, operation.command, *_argv(operation), "-o", str(tmp_path), *connection(server))
    assert result.code == 0, result.err
    (artwork_id,) = set(server.state.artworks) - before
    parameters = server.state.artworks[artwork_id]["parameters"]
    assert {key: parameters[key] for key in operation.example} == operation.example
    assert server.state.artworks[artwork_id]["status"] == "succeeded"
    assert_images(sorted(tmp_path.glob(f"{artwork_id}*")))
    assert _fields.model().operation(operation.operation_id).resource == operation.name


@pytest.mark.parametrize("operation", OPERATIONS, ids=_id)
def test_the_batch_creates_waits_and_saves(server: MockServer, tmp_path: Path, operation: Operation) -> None:
    before = set(server.state.artworks)
    with Tengrai(api_key=TEST_API_KEY, base_url=server.url) as client:
        (result,) = client.batch([{"operation": operation.command, **operation.arguments}], output_dir=tmp_path)
    assert (result.status, result.operation_id) == ("succeeded", operation.operation_id), result.error
    assert set(server.state.artworks) - before == {result.artwork_id}
    stored = server.state.artworks[str(result.artwork_id)]
    assert {key: stored["parameters"][key] for key in operation.example} == operation.example
    assert stored["artworkType"] == operation.artwork_type
    assert_images([Path(file) for file in result.files])
