"""The documented rules refuse bad input to every artwork-creating operation of the generated resource layer before
anything is sent (every operation's create and generate, sync and async, are in `tests/test_operation_matrix.py`)."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import pytest

from tengrai import Tengrai, ValidationError, _fields
from tengrai.mock import TEST_API_KEY, ManualClock, MockConfig, MockState, SyncASGITransport, create_app
from tengrai.mock import _openapi as _spec
from tests.validation.test_operation_rules import BAD

BASE_URL = "http://tengrai-mock.test"


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
