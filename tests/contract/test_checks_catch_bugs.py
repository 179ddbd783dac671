"""The contract checks are really on: the same Schemathesis setup fails against deliberately broken mocks.

Each mutation wraps the real app and breaks one promise of the spec. The unbroken app must pass the very same
case, so a failure can only come from the mutation.
"""

from __future__ import annotations

import json
from collections.abc import Callable, MutableMapping
from typing import Any

import pytest
import schemathesis

from tengrai.mock import TEST_API_KEY, create_app

from .support import AUTH_CONFIG, SPEC_PATH, contract_config

pytestmark = pytest.mark.contract

Message = MutableMapping[str, Any]
ASGIApp = Callable[..., Any]
AUTH = {"Authorization": f"Bearer {TEST_API_KEY}"}


def answer_422_for_400(app: ASGIApp) -> ASGIApp:
    async def broken(scope: Message, receive: Any, send: Any) -> None:
        async def rewrite(message: Message) -> None:
            if message["type"] == "http.response.start" and message["status"] == 400:
                message = {**message, "status": 422}
            await send(message)

        await app(scope, receive, rewrite)

    return broken


def ignore_auth(app: ASGIApp) -> ASGIApp:
    async def broken(scope: Message, receive: Any, send: Any) -> None:
        if scope["type"] == "http":
            headers = [(k, v) for k, v in scope["headers"] if k != b"authorization"]
            scope = {**scope, "headers": [*headers, (b"authorization", AUTH["Authorization"].encode())]}
        await app(scope, receive, send)

    return broken


def drop_created_at(app: ASGIApp) -> ASGIApp:
    async def broken(scope: Message, receive: Any, send: Any) -> None:
        if scope["type"] != "http":
            await app(scope, receive, send)
            return
        held: list[Message] = []

        async def rewrite(message: Message) -> None:
            held.append(message)
            if message["type"] == "http.response.body" and not message.get("more_body"):
                start, *chunks = held
                data = json.loads(b"".join(chunk.get("body", b"") for chunk in chunks))
                data.pop("createdAt", None)
                body = json.dumps(data).encode()
                headers = [(k, v) for k, v in start["headers"] if k != b"content-length"]
                await send({**start, "headers": [*headers, (b"content-length", str(len(body)).encode())]})
                await send({"type": "http.response.body", "body": body})

        await app(scope, receive, rewrite)

    return broken


CASES: list[tuple[str, str, str, dict[str, Any], Callable[[ASGIApp], ASGIApp], str]] = [
    ("undocumented 422", "/v2/artworks/quantum", "POST", {"body": {"width": 1}}, answer_422_for_400, "422"),
    ("auth ignored", "/v2/artworks", "GET", {}, ignore_auth, "without authentication"),
    ("auth ignored on create", "/v2/artworks/quantum", "POST", {"body": {}}, ignore_auth, "without authentication"),
    ("body breaks schema", "/v2/artworks/quantum", "POST", {"body": {}}, drop_created_at, "createdAt"),
]


def call(app: ASGIApp, path: str, method: str, case_kwargs: dict[str, Any]) -> None:
    schema = schemathesis.openapi.from_path(SPEC_PATH, config=schemathesis.Config.from_dict(AUTH_CONFIG))
    schema.app = app
    case = schema[path][method].Case(headers=dict(AUTH), **case_kwargs)
    case.call_and_validate()


@pytest.mark.parametrize(
    ("name", "path", "method", "case_kwargs", "mutation", "expected"), CASES, ids=[c[0] for c in CASES]
)
def test_a_broken_mock_fails_the_checks(
    name: str,
    path: str,
    method: str,
    case_kwargs: dict[str, Any],
    mutation: Callable[[ASGIApp], ASGIApp],
    expected: str,
) -> None:
    call(create_app(contract_config()), path, method, case_kwargs)
    with pytest.raises(BaseExceptionGroup) as failure:
        call(mutation(create_app(contract_config())), path, method, case_kwargs)
    assert expected in str(failure.value) or any(expected in str(exc) for exc in failure.value.exceptions)
