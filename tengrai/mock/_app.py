"""The mock Tengr.ai server as a Starlette app: routing from the spec, auth, validation, handlers, faults."""

from __future__ import annotations

import asyncio
import json
import math
import re
from collections.abc import Awaitable, Callable, MutableMapping
from dataclasses import dataclass
from typing import Any

import httpx
from starlette.applications import Starlette
from starlette.concurrency import run_in_threadpool
from starlette.middleware import Middleware
from starlette.requests import Request
from starlette.responses import JSONResponse, Response

from . import _openapi as _spec
from ._config import ApiKey, MockConfig
from ._errors import error_response
from ._images import CONTENT_TYPES
from ._lifecycle import iso_time
from ._orgs import AccessDenied, domain_of, min_scope, opens
from ._plain import PlainAnswer, plain_answer
from ._rules import CreateRules, body_rules, create_rules, query_rules
from ._state import FILES_PATH, MockState, RecordedRequest

__all__ = ["DroppedConnection", "create_app", "error_response"]

JSON = dict[str, Any]
Scope = MutableMapping[str, Any]
Message = MutableMapping[str, Any]
Receive = Callable[[], Awaitable[Message]]
Send = Callable[[Message], Awaitable[None]]
Handler = Callable[[Request, dict[str, str], ApiKey], Awaitable[Response]]

MAX_BODY_BYTES = 1024 * 1024
"""Create bodies beyond this are refused (the documented fields fit in a few kilobytes)."""


class DroppedConnection(httpx.RemoteProtocolError):
    """Raised by the mock to break a connection on purpose (``Faults(drop_rate=...)``).

    Served by uvicorn, the client sees the connection close mid-answer; in-process (``httpx.ASGITransport``,
    `SyncASGITransport`) this exception reaches the client as the transport error it would get.
    """


@dataclass(frozen=True)
class _Route:
    template: str
    pattern: re.Pattern[str]
    literal_segments: int
    operations: dict[str, str]

    @property
    def allow(self) -> str:
        return ", ".join(sorted(self.operations))


def _routes() -> list[_Route]:
    by_path: dict[str, dict[str, str]] = {}
    for method, path, op in _spec.operations():
        by_path.setdefault(path, {})[method] = op["operationId"]
    routes = []
    for template, operations in by_path.items():
        regex = re.sub(r"\\\{(\w+)\\\}", r"(?P<\1>[^/]+)", re.escape(template))
        literal = sum(1 for segment in template.split("/") if segment and not segment.startswith("{"))
        routes.append(_Route(template, re.compile(regex), literal, operations))
    return routes


def _match(routes: list[_Route], path: str) -> tuple[_Route, dict[str, str]] | None:
    """The most specific route for ``path``: literal segments beat parameters (``/quantum`` before ``/{id}``)."""
    found = [(route, m.groupdict()) for route in routes if (m := route.pattern.fullmatch(path))]
    if not found:
        return None
    return max(found, key=lambda item: item[0].literal_segments)


def _reject_constant(name: str) -> Any:
    raise ValueError(f"{name} is not a JSON number")


def _finite_float(text: str) -> float:
    value = float(text)
    if not math.isfinite(value):
        raise ValueError(f"{text} is out of the range of JSON numbers")
    return value


def _parse_json(raw: bytes) -> Any:
    return json.loads(raw, parse_constant=_reject_constant, parse_float=_finite_float)


async def _bounded_body(request: Request) -> bytes | None:
    """The request body, or None as soon as it is known to exceed `MAX_BODY_BYTES` (a declared Content-Length
    over the cap is refused unread; a longer stream is cut off at the cap), so memory stays bounded."""
    declared = request.headers.get("content-length", "")
    if declared.isdigit() and int(declared) > MAX_BODY_BYTES:
        return None
    chunks: list[bytes] = []
    size = 0
    async for chunk in request.stream():
        size += len(chunk)
        if size > MAX_BODY_BYTES:
            return None
        chunks.append(chunk)
    return b"".join(chunks)


class _Api:
    """Answers every request: the spec's operations (after auth and rate limiting) and the result files."""

    def __init__(self, state: MockState) -> None:
        self.state = state
        self.config: MockConfig = state.config
        self.routes = _routes()
        self.handlers: dict[str, Handler] = {}
        explicit: dict[str, Handler] = {
            "list_artworks": self._list_artworks,
            "list_v1_artworks": self._list_v1_artworks,
            "get_artwork": self._get_artwork,
            "get_v1_artwork": self._get_v1_artwork,
            "create_api_key": self._create_api_key,
            "revoke_api_key": self._revoke_api_key,
            "rotate_webhook_secret": self._rotate_webhook_secret,
            "v1_revoke_api_key": self._revoke_api_key,
            "v1_rotate_webhook_secret": self._rotate_webhook_secret,
        }
        from ._v1_sync import sync_handlers  # its handlers use this module's helpers

        explicit.update(sync_handlers(self))
        for _, _, op in _spec.operations():
            op_id = op["operationId"]
            if op_id in explicit:
                self.handlers[op_id] = explicit[op_id]
            elif "202" in op.get("responses", {}):
                self.handlers[op_id] = self._creator(create_rules(op_id))
            else:  # served from what the spec says: a new plain operation needs no mock code
                self.handlers[op_id] = self._plain(plain_answer(op_id))

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        request = Request(scope, receive)
        response = await self.answer(request)
        await response(scope, receive, send)

    async def answer(self, request: Request) -> Response:
        path, method = request.url.path, request.method
        if FILES_PATH.fullmatch(path):
            if method != "GET":
                return error_response(405, f"Method {method} is not allowed on {path}", {"Allow": "GET"})
            return await self._file(path)
        matched = _match(self.routes, path)
        if matched is None:
            return error_response(404, f"Cannot {method} {path}")
        route, params = matched
        op_id = route.operations.get(method)
        if op_id is None:
            message = f"Method {method} is not allowed on {route.template}; allowed: {route.allow}"
            return error_response(405, message, {"Allow": route.allow})
        key_or_error = self._authorize(request, op_id, route.template)
        if isinstance(key_or_error, Response):
            return key_or_error
        retry_after = self.state.throttle(key_or_error.name)
        if retry_after is not None:
            seconds = max(1, math.ceil(retry_after))
            limit = self.config.rate_limit
            assert limit is not None
            return error_response(
                429,
                f"Too many requests: at most {limit.requests} per {limit.window:g} s per key; retry in {seconds} s",
                {"Retry-After": str(seconds)},
            )
        self.state.note_origin(str(request.base_url))
        return await self.handlers[op_id](request, params, key_or_error)

    def _authorize(self, request: Request, op_id: str, template: str) -> ApiKey | Response:
        header = request.headers.get("authorization")
        if not header:
            return error_response(401, "Missing API key: send it as 'Authorization: Bearer <key>'")
        scheme, _, token = header.partition(" ")
        if scheme.lower() != "bearer" or not token.strip():
            return error_response(401, "The Authorization header must be 'Bearer <key>'")
        key = self.state.organizations.authenticate(token.strip())
        if isinstance(key, str):
            return error_response(401, key)
        domain = domain_of(template)
        if domain is not None and not opens(key.domains, domain):
            return error_response(
                403, f"API key {key.name!r} has domains {list(key.domains)}; {template} needs the domain {domain!r}"
            )
        needed = min_scope(op_id, self.config.required_scopes)
        if not key.has_scope(needed):
            return error_response(403, f"API key {key.name!r} has scope {key.scope!r}; {op_id} needs {needed!r}")
        return key

    # ------------------------------------------------------------------ operations

    async def _json_body(self, request: Request) -> Any:
        """The request's JSON body, or the 400 `Response` saying why there is none."""
        media_type = request.headers.get("content-type", "").split(";")[0].strip().lower()
        if media_type != "application/json":
            return error_response(400, ["body: must be sent as JSON (Content-Type: application/json)"])
        raw = await _bounded_body(request)
        if raw is None:
            return error_response(400, [f"body: larger than the mock accepts ({MAX_BODY_BYTES} bytes)"])
        try:
            body = _parse_json(raw)
            json.dumps(body, ensure_ascii=False).encode()
        except (ValueError, RecursionError) as exc:
            return error_response(400, [f"body: is not valid JSON ({exc})"])
        return body

    def _creator(self, rules: CreateRules) -> Handler:
        async def create(request: Request, _: dict[str, str], key: ApiKey) -> Response:
            body = await self._json_body(request)
            if isinstance(body, Response):
                return body
            problems = rules.problems(body, allow_loopback_webhooks=self.config.allow_loopback_webhooks)
            if problems:
                return error_response(400, [str(problem) for problem in problems])
            view, seconds = self.state.create(
                rules, rules.normalized(body), owner=key.name, base_url=str(request.base_url), org_id=key.org_id
            )
            if self.state.clock.realtime and seconds > 0:
                asyncio.get_running_loop().call_later(seconds, self.state.tick)
            return JSONResponse(view, status_code=202)

        return create

    def _plain(self, answer: PlainAnswer) -> Handler:
        query = query_rules(answer.operation_id)

        async def serve(request: Request, _: dict[str, str], key: ApiKey) -> Response:
            _, problems = query.parse(request.query_params.multi_items())
            if answer.request_schema:
                body = await self._json_body(request)
                if isinstance(body, Response):
                    return body
                problems += body_rules(answer.operation_id).problems(body)
            if problems:
                return error_response(400, [str(problem) for problem in problems])
            if answer.body is None:
                return Response(status_code=answer.status)
            return JSONResponse(answer.fresh_body(), status_code=answer.status)

        return serve

    def _page_args(self, request: Request, op_id: str) -> tuple[int, int] | Response:
        values, problems = query_rules(op_id).parse(request.query_params.multi_items())
        if problems:
            return error_response(400, [str(problem) for problem in problems])
        return int(values.get("offset", 0)), int(values["limit"])

    async def _list_artworks(self, request: Request, _: dict[str, str], key: ApiKey) -> Response:
        args = self._page_args(request, "list_artworks")
        if isinstance(args, Response):
            return args
        offset, limit = args
        return JSONResponse(self.state.page(owner=key.name, offset=offset, limit=limit))

    async def _list_v1_artworks(self, request: Request, _: dict[str, str], key: ApiKey) -> Response:
        # A key's V1 artworks: those its synchronous V1 creates made (`tengrai.mock._v1_sync`) and those tests
        # stored with `MockState.add_v1_artwork`.
        args = self._page_args(request, "list_v1_artworks")
        if isinstance(args, Response):
            return args
        offset, limit = args
        return JSONResponse(self.state.v1_page(owner=key.name, offset=offset, limit=limit))

    async def _get_v1_artwork(self, request: Request, params: dict[str, str], key: ApiKey) -> Response:
        found = self.state.v1_get(params["id"], owner=key.name)
        if found is None:
            return error_response(404, f"Artwork {params['id']} not found")
        return JSONResponse(found)

    # ------------------------------------------------------------------ organizations

    async def _create_api_key(self, request: Request, params: dict[str, str], key: ApiKey) -> Response:
        body = await self._json_body(request)
        if isinstance(body, Response):
            return body
        rules = body_rules("create_api_key")
        problems = rules.problems(body)
        if problems:
            return error_response(400, [str(problem) for problem in problems])
        try:
            created = self.state.organizations.mint(params["orgId"], key, rules.normalized(body), iso_time)
        except AccessDenied as denied:
            return error_response(denied.status, denied.message)
        return JSONResponse(created, status_code=201)

    async def _revoke_api_key(self, request: Request, params: dict[str, str], key: ApiKey) -> Response:
        try:
            message = self.state.organizations.revoke(params["orgId"], key, params["keyId"])
        except AccessDenied as denied:
            return error_response(denied.status, denied.message)
        return JSONResponse({"success": True, "message": message})

    async def _rotate_webhook_secret(self, request: Request, params: dict[str, str], key: ApiKey) -> Response:
        try:
            secret = self.state.organizations.rotate(params["orgId"], key)
        except AccessDenied as denied:
            return error_response(denied.status, denied.message)
        return JSONResponse({"secret": secret})

    async def _get_artwork(self, request: Request, params: dict[str, str], key: ApiKey) -> Response:
        view = self.state.get(params["id"], owner=key.name)
        if view is None:
            return error_response(404, f"Artwork {params['id']} not found")
        return JSONResponse(view)

    async def _file(self, path: str) -> Response:
        found = FILES_PATH.fullmatch(path)
        assert found is not None
        recipe = self.state.file(found["artwork_id"], int(found["index"]), found["ext"])
        if recipe is None:
            return error_response(404, f"File {path} not found")
        data = await run_in_threadpool(self.state.images.get, recipe)
        return Response(data, media_type=CONTENT_TYPES[recipe.fmt])


class _FaultsAndRecording:
    """Outermost layer: injects the configured faults and records every answered request."""

    def __init__(self, app: Callable[[Scope, Receive, Send], Awaitable[None]], state: MockState) -> None:
        self.app = app
        self.state = state

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        faults = self.state.config.faults
        chunks: list[bytes] = []
        status: list[int] = []

        async def recording_receive() -> Message:
            message = await receive()
            if message["type"] == "http.request":
                chunks.append(message.get("body", b""))
            return message

        recorded = False

        async def recording_send(message: Message) -> None:
            nonlocal recorded
            if message["type"] == "http.response.start":
                status.append(message["status"])
            elif message["type"] == "http.response.body" and not message.get("more_body", False) and not recorded:
                # Recorded before the last byte leaves: a client that has its whole answer finds its request in
                # the log (a test counting requests right after a call must not miss the call's own request).
                recorded = True
                self._record(scope, b"".join(chunks), status[0] if status else 0)
            await send(message)

        try:
            if faults.latency:
                await asyncio.sleep(faults.latency)
            roll = self.state.chance() if faults.active else 1.0
            if roll < faults.error_rate:
                code = self.state.choose(faults.error_statuses)
                response = error_response(code, "Internal server error (injected by the mock server)")
                await response(scope, recording_receive, recording_send)
            elif roll < faults.error_rate + faults.drop_rate:
                await self._dropped(scope, recording_receive, send, status)
            else:
                await self.app(scope, recording_receive, recording_send)
        finally:
            if not recorded:
                self._record(scope, b"".join(chunks), status[0] if status else 0)

    async def _dropped(self, scope: Scope, receive: Receive, send: Send, status: list[int]) -> None:
        """Process the request, then break the connection halfway through the answer."""
        messages: list[Message] = []

        async def buffer(message: Message) -> None:
            messages.append(message)

        await self.app(scope, receive, buffer)
        start = next(message for message in messages if message["type"] == "http.response.start")
        body = b"".join(message.get("body", b"") for message in messages if message["type"] == "http.response.body")
        status.append(start["status"])
        await send(start)
        await send({"type": "http.response.body", "body": body[: len(body) // 2], "more_body": True})
        raise DroppedConnection("the mock server dropped the connection on purpose (Faults.drop_rate)")

    def _record(self, scope: Scope, body: bytes, status: int) -> None:
        headers: dict[str, str] = {}
        key_name = None
        for raw_name, raw_value in scope.get("headers", []):
            name, value = raw_name.decode("latin-1").lower(), raw_value.decode("latin-1")
            if name == "authorization":
                key_name = self.state.organizations.key_name(value.partition(" ")[2].strip())
                value = "Bearer <redacted>"
            headers[name] = value
        self.state.record(
            RecordedRequest(
                method=scope["method"],
                path=scope["path"],
                query=scope.get("query_string", b"").decode("latin-1"),
                headers=headers,
                body=body,
                status_code=status,
                key_name=key_name,
                at=self.state.clock.now(),
            )
        )


async def _internal_error(request: Request, exc: Exception) -> Response:
    return error_response(500, f"Internal server error: {type(exc).__name__}")


def create_app(config: MockConfig | None = None) -> Starlette:
    """A new mock Tengr.ai server (Starlette ASGI app) with its own state in ``app.state.mock`` (`MockState`)."""
    state = MockState(config if config is not None else MockConfig())
    app = Starlette(
        middleware=[Middleware(_FaultsAndRecording, state=state)], exception_handlers={Exception: _internal_error}
    )
    # Every path goes to `_Api`, which routes by the spec; Starlette's own path patterns would miss paths with
    # a newline in them (``/v2/artworks/%0A``) and answer those with a plain-text 404.
    app.router.default = _Api(state)
    app.state.mock = state
    return app
