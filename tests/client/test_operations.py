"""Every artwork-creating operation of the spec through the generated resource layer: ``client.<name>.create`` and
``generate``, sync and async, against the in-process mock; and the documented rules refusing bad input before
anything is sent."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import httpx
import pytest

from tengrai import AsyncTengrai, Tengrai, ValidationError, _fields
from tengrai.mock import TEST_API_KEY, ManualClock, MockConfig, MockState, SyncASGITransport, create_app
from tengrai.mock import _openapi as _spec
from tests.validation.test_operation_rules import BAD

BASE_URL = "http://tengrai-mock.test"


def _operations() -> list[tuple[str, str, dict[str, Any], str]]:
    """(resource name, operation id, the spec's example as snake_case arguments, the artwork type it makes)."""
    found = []
    for _method, _path, op in _spec.operations():
        operation_id: str = op["operationId"]
        if not (operation_id.startswith("create_") and operation_id.endswith("_artwork")):
            continue
        example = _spec.request_schema(operation_id)["examples"][0]
        accepted = _spec.resolve(op["responses"]["202"]["content"]["application/json"]["schema"])
        name = operation_id.removeprefix("create_").removesuffix("_artwork")
        arguments = {_fields.snake(key): value for key, value in example.items()}
        found.append((name, operation_id, arguments, accepted["properties"]["artworkType"]["const"]))
    return found


OPERATIONS = _operations()


@pytest.fixture
def app() -> Iterator[Any]:
    application = create_app(MockConfig(clock=ManualClock(), foreign_image_urls="synthesize"))
    yield application
    application.state.mock.close()


def _sync_client(app: Any) -> tuple[Tengrai, SyncASGITransport]:
    state: MockState = app.state.mock
    transport = SyncASGITransport(app)
    client = Tengrai(
        api_key=TEST_API_KEY, base_url=BASE_URL, transport=transport, sleep=state.advance, clock=state.clock.now
    )
    return client, transport


def test_the_operations_are_every_documented_artwork_creating_endpoint() -> None:
    names = {name for name, *_ in OPERATIONS}
    assert {"quantum", "selena_variete", "face_refiner"} <= names
    assert len(names) == 15


@pytest.mark.parametrize(("name", "operation_id", "arguments", "artwork_type"), OPERATIONS, ids=lambda v: str(v)[:24])
def test_sync_create_and_generate(
    app: Any, name: str, operation_id: str, arguments: dict[str, Any], artwork_type: str
) -> None:
    client, transport = _sync_client(app)
    try:
        with client:
            resource = getattr(client, name)
            created = resource.create(**arguments)
            assert (created.artwork_type, created.status) == (artwork_type, "starting")
            done = resource.generate(**arguments)
            assert (done.artwork_type, done.status) == (artwork_type, "succeeded")
            assert done.results
            assert client.artworks.download(done)[0][:4] in (b"\x89PNG", b"RIFF")
    finally:
        transport.close()
    assert app.state.mock.created_count == 2


@pytest.mark.anyio
@pytest.mark.parametrize(("name", "operation_id", "arguments", "artwork_type"), OPERATIONS, ids=lambda v: str(v)[:24])
async def test_async_create_and_generate(
    app: Any, name: str, operation_id: str, arguments: dict[str, Any], artwork_type: str
) -> None:
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
        resource = getattr(client, name)
        created = await resource.create(**arguments)
        assert (created.artwork_type, created.status) == (artwork_type, "starting")
        done = await resource.generate(**arguments)
        assert (done.artwork_type, done.status) == (artwork_type, "succeeded")
        assert done.results
    assert state.created_count == 2


def _signature_error(name: str, params: dict[str, Any], field: str) -> bool:
    """Whether Python's keyword-only signature refuses ``params`` before the SDK sees them (TypeError): an unknown
    argument or a missing one the schema always requires. Those cases stay with the validation tests."""
    schema = _spec.request_schema(f"create_{name}_artwork")
    unknown = any(key not in _snake_fields(name) for key in params)
    return unknown or (field in schema.get("required", []) and _fields.snake(field) not in params)


def _snake_fields(name: str) -> set[str]:
    return {_fields.snake(wire) for wire in _spec.request_schema(f"create_{name}_artwork")["properties"]}


RULES = [case for case in BAD if not _signature_error(case[0], case[1], case[2])]


@pytest.mark.parametrize(("name", "params", "field", "fragments"), RULES, ids=lambda v: str(v)[:40])
def test_bad_input_raises_before_anything_is_sent(
    app: Any, name: str, params: dict[str, Any], field: str, fragments: tuple[str, ...]
) -> None:
    client, transport = _sync_client(app)
    try:
        with client, pytest.raises(ValidationError) as caught:
            getattr(client, name).create(**params)
    finally:
        transport.close()
    assert caught.value.field == field
    assert app.state.mock.requests == []
