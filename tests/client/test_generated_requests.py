"""Every request the SDK sends is built by the generated client's sans-IO endpoint functions.

``make generate`` writes, per tag of `tengrai_api.api`, a request builder and an answer parser for each operation
(``openapi/templates/endpoint_init.py.jinja``); the SDK takes the method, the URL, the query and the JSON body from
them (`tengrai._endpoints`). Here a client runs every kind of call against the in-process mock while the builders
are recorded: each request that reached the server is one the generated code built.
"""

from __future__ import annotations

import json
from typing import Any

import httpx
import pytest

from tengrai import Tengrai, _endpoints, _fields
from tengrai.mock import TEST_ADMIN_KEY, TEST_ORG_ID, ManualClock, MockConfig, SyncASGITransport, create_app
from tengrai.mock._openapi import operations, request_schema


class Recording(httpx.BaseTransport):
    """The mock's transport, keeping what was sent to it."""

    def __init__(self, inner: httpx.BaseTransport) -> None:
        self.inner = inner
        self.sent: list[tuple[str, str, Any]] = []

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        body = json.loads(request.content) if request.content else None
        self.sent.append((request.method, str(request.url.copy_with(query=None)), body))
        return self.inner.handle_request(request)


@pytest.fixture
def built(monkeypatch: pytest.MonkeyPatch) -> list[tuple[str, str, Any]]:
    """Every request the generated builders made, as (method, path, JSON body)."""
    made: list[tuple[str, str, Any]] = []
    real = _endpoints.build

    def recording(operation_id: str, *path: str, **kwargs: Any) -> dict[str, Any]:
        request = real(operation_id, *path, **kwargs)
        made.append((request["method"], request["url"], request["json"]))
        return request

    monkeypatch.setattr(_endpoints, "build", recording)
    return made


def test_every_request_sent_is_one_the_generated_client_built(built: list[tuple[str, str, Any]]) -> None:
    app = create_app(MockConfig(clock=ManualClock(), foreign_image_urls="synthesize"))
    transport = Recording(SyncASGITransport(app))
    base = "http://mock.invalid"
    with Tengrai(api_key=TEST_ADMIN_KEY, base_url=base, transport=transport, max_retries=0) as client:
        artwork = client.quantum.create(prompt="a fox", aspect_ratio="16:9", seed=7)
        client.artworks.get(artwork.id)
        list(client.artworks.list(limit=2))
        client.organizations.rotate_webhook_secret(TEST_ORG_ID)
        list(client.v1.artworks.list())
    api_requests = [(method, url.removeprefix(base), body) for method, url, body in transport.sent]
    assert api_requests, "nothing was sent"
    built_paths = {(method, path) for method, path, _ in built}
    for method, path, body in api_requests:
        if body is not None:
            assert (method, path, body) in built, (method, path, body)
        # list pages take their path from the generated route (``core.url``); everything else is built whole
        assert (method, path) in built_paths or path == _endpoints.route("list_artworks")[1], (method, path)
    assert ("POST", _endpoints.route("create_quantum_artwork")[1]) in built_paths


def test_the_generated_routes_are_the_operations_of_the_spec() -> None:
    for op in _fields.model().operations:
        method, path = _endpoints.route(op.operation_id)
        assert method == op.method
        template = op.path
        for item in op.path_params:
            template = template.replace("{" + item.wire + "}", "{" + item.name + "}")
        assert path == template


@pytest.mark.parametrize(
    "operation_id",
    [
        op["operationId"]
        for _, _, op in operations()
        if "requestBody" in op and "examples" in request_schema(op["operationId"])
    ],
)
def test_the_generated_request_model_writes_the_validated_body_unchanged(operation_id: str) -> None:
    from tengrai.validation import build_request_body

    path = ["x"] * len(_fields.model().operation(operation_id).path_params)
    for example in request_schema(operation_id)["examples"]:
        body = build_request_body(operation_id, {_fields.snake(key): value for key, value in example.items()})
        assert _endpoints.build(operation_id, *path, json_body=body)["json"] == body


def test_path_parameters_are_quoted_by_the_generated_builder() -> None:
    request = _endpoints.build("get_artwork", "a/b c")
    assert request == {"method": "GET", "url": "/v2/artworks/a%2Fb%20c", "params": None, "json": None}


def test_answers_parse_into_the_generated_models() -> None:
    from tengrai_api.models import ErrorResponse, WebhookSecret

    secret = _endpoints.answer("rotate_webhook_secret", 200, json.dumps({"secret": "ab" * 32}).encode())
    assert isinstance(secret, WebhookSecret)
    assert secret.secret == "ab" * 32
    error = _endpoints.answer("rotate_webhook_secret", 404, b'{"statusCode": 404, "message": "no", "error": "x"}')
    assert isinstance(error, ErrorResponse)
