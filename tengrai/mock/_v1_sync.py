"""The mock's synchronous V1 operations (``x-synchronous``): V1 creates, Style DNA assets, Textcraft, V1 keys.

Each call answers when its work is done: on a real-time clock the handler waits the artwork type's duration
(`MockConfig.durations`) before answering; on a `ManualClock` it answers at once with that duration recorded.

* V1 creates (``x-recover-with: {artworkType}``) store a V1 artwork (``done``, or ``failed`` at
  `MockConfig.failure_rate`) that ``GET /v1/artworks`` lists, with result images the mock serves.
* Style DNA operations answer ``{imageUrl, expiresAt, creditsUsed}``: the image is served until ``expiresAt``,
  `MockConfig.asset_ttl` seconds later on the mock clock, and answers 404 after.
* Textcraft answers a made-up text whose ``tokens`` and ``creditsUsed`` grow with the prompt.
* ``Faults(gateway_timeout_rate=...)``: the work is done (and stored) and the answer is 504 Gateway Timeout.

Scopes and domains are checked before a handler runs (a key without ``textcraft`` gets 403 on /v1/textcraft).
"""

from __future__ import annotations

import asyncio
import math
import uuid
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

from starlette.responses import JSONResponse, Response

from . import _openapi as _spec
from ._errors import error_response
from ._images import ImageRecipe
from ._lifecycle import iso_time
from ._orgs import AccessDenied
from ._rules import CreateRules

if TYPE_CHECKING:
    from collections.abc import Awaitable, Callable

    from starlette.requests import Request

    from ._config import ApiKey
    from ._state import MockState

    Handler = Callable[[Request, dict[str, str], ApiKey], Awaitable[Response]]

__all__ = ["sync_handlers"]

JSON = dict[str, Any]
_ASSET_KINDS = {
    "v1_style_dna_generate": "style_dna",
    "v1_style_dna_generate_asset": "style_dna",
    "v1_style_dna_edit": "style_dna_edit",
    "v1_style_dna_remove_background": "remove_background",
}
"""The kind of image each Style DNA operation draws (and the durations it takes)."""
_TEXTCRAFT_KIND = "textcraft"
_IMAGE_TOKENS = 85
"""Tokens an image adds to a Textcraft prompt."""


def _rules(operation_id: str, kind: str) -> CreateRules:
    method, path, _ = _spec.operation(operation_id)
    schema = _spec.request_schema(operation_id)
    properties = {wire: _spec.resolve(node) for wire, node in schema.get("properties", {}).items()}
    return CreateRules(operation_id, method, path, kind, schema, properties)


def sync_handlers(api: Any) -> dict[str, Handler]:
    """The handler of every synchronous operation of the spec, and of the V1 organization operations."""
    handlers: dict[str, Handler] = {}
    for _, _, op in _spec.operations():
        op_id = op["operationId"]
        if not op.get("x-synchronous"):
            continue
        recover = op.get("x-recover-with")
        if recover:
            handlers[op_id] = _V1Create(api, _rules(op_id, recover["artworkType"])).handle
        elif op_id in _ASSET_KINDS:
            handlers[op_id] = _Asset(api, _rules(op_id, _ASSET_KINDS[op_id])).handle
        else:
            handlers[op_id] = _Textcraft(api, op_id).handle
    handlers["v1_create_api_key"] = _create_v1_key(api)
    return handlers


class _Sync:
    """What the synchronous handlers share: the body, the wait, the 504 fault."""

    def __init__(self, api: Any, operation_id: str) -> None:
        self.api = api
        self.state: MockState = api.state
        self.operation_id = operation_id

    async def body(self, request: Request, problems_of: Any) -> JSON | Response:
        body = await self.api._json_body(request)
        if isinstance(body, Response):
            return body
        problems = problems_of(body)
        if problems:
            return error_response(400, [str(problem) for problem in problems])
        assert isinstance(body, dict)  # a body without problems is an object
        return body

    async def work(self, kind: str) -> float:
        """Wait while the work is done (real-time clock only); returns its duration in seconds."""
        seconds = self.state.config.durations_for(kind).total
        if self.state.clock.realtime and seconds > 0:
            await asyncio.sleep(seconds)
        return seconds

    def base(self, request: Request) -> str:
        """The base URL of the files it serves (`MockConfig.public_url`, else the one the request came in on)."""
        return self.state.config.public_url or str(request.base_url)

    def answer(self, document: JSON, status: int = 201) -> Response:
        """The answer, or the documented 504 when the gateway-timeout fault strikes (the work is done anyway)."""
        rate = self.state.config.faults.gateway_timeout_rate
        if rate and self.state.chance() < rate:
            return error_response(504, "Gateway Timeout: the operation took longer than the gateway waits")
        return JSONResponse(document, status_code=status)

    def source(self, url: Any, name: str) -> tuple[ImageRecipe | None, str]:
        if not isinstance(url, str):
            return None, ""
        return self.state._read_source(url, name)


class _V1Create(_Sync):
    """A V1 artwork create: stores a finished V1 artwork and answers with it."""

    def __init__(self, api: Any, rules: CreateRules) -> None:
        super().__init__(api, rules.operation_id)
        self.rules = rules

    async def handle(self, request: Request, _: dict[str, str], key: ApiKey) -> Response:
        body = await self.body(request, self.rules.problems)
        if isinstance(body, Response):
            return body
        params = self.rules.normalized(body)
        duration = await self.work(self.rules.artwork_type)
        artwork_id = str(uuid.uuid4())
        failed = self.state.chance() < self.state.config.failure_rate
        results: list[str] = []
        if not failed:
            recipes, _error = self._recipes(params, artwork_id)
            failed = recipes is None
            if recipes is not None:
                results = self.state.files.add(artwork_id, recipes, self.base(request))
        artwork = self.state.add_v1_artwork(
            self.rules.artwork_type,
            owner=key.name,
            status="failed" if failed else "done",
            parameters=params,
            results=results,
            duration=duration,
            extra={"id": artwork_id},
        )
        self.state.files.count_paid()
        return self.answer(artwork)

    def _recipes(self, params: Mapping[str, Any], artwork_id: str) -> tuple[tuple[ImageRecipe, ...] | None, str]:
        source, error = self.source(params.get("imageUrl"), "imageUrl")
        if "imageUrl" in params and source is None:
            return None, error
        size = self.rules.size(params)
        scale = params.get("scaleFactor")
        if size is None and source is not None:
            factor = scale if isinstance(scale, int) else 1
            size = (source.width * factor, source.height * factor)
        width, height = size or (1024, 1024)
        seed = int(artwork_id.replace("-", "")[:8], 16)
        transparent = params.get("transparentBackground") is True
        fmt = self.rules.output_format(params) or "png"
        return (ImageRecipe(self.rules.artwork_type, seed, 0, width, height, fmt, transparent, source),), ""


class _Asset(_Sync):
    """A Style DNA operation: an image served until its ``expiresAt``."""

    def __init__(self, api: Any, rules: CreateRules) -> None:
        super().__init__(api, rules.operation_id)
        self.rules = rules

    async def handle(self, request: Request, _: dict[str, str], key: ApiKey) -> Response:
        body = await self.body(request, self.rules.problems)
        if isinstance(body, Response):
            return body
        params = self.rules.normalized(body)
        source, error = self.source(params.get("imageUrl"), "imageUrl")
        if "imageUrl" in params and source is None:
            return error_response(400, [error])
        side = self.rules.properties.get("imageUrl", {}).get("x-max-image-side")
        area = self.rules.properties.get("imageUrl", {}).get("x-max-image-pixel-area")
        if source is not None and (
            (side is not None and max(source.width, source.height) > side)
            or (area is not None and source.width * source.height > area)
        ):
            limits = f"at most {side} x {side} and {area:,} pixels"
            return error_response(400, [f"imageUrl: the image is {source.width} x {source.height}; {limits}"])
        await self.work(self.rules.artwork_type)
        key_id = str(uuid.uuid4())
        width, height = self.rules.size(params) or ((source.width, source.height) if source else (1024, 1024))
        transparent = params.get("backgroundMode", "transparent") == "transparent" or (
            self.rules.artwork_type == "remove_background"
        )
        fmt = self.rules.output_format(params) or "png"
        recipe = ImageRecipe(self.rules.artwork_type, int(key_id[:8], 16), 0, width, height, fmt, transparent, source)
        expires_at = self.state.clock.now() + self.state.config.asset_ttl
        (url,) = self.state.files.add(key_id, (recipe,), self.base(request), expires_at)
        self.state.files.count_paid()
        credits = max(1, math.ceil(width * height / 262_144))
        return self.answer({"imageUrl": url, "expiresAt": iso_time(expires_at), "creditsUsed": credits})


class _Textcraft(_Sync):
    """Textcraft: a made-up answer; tokens and credits grow with the prompt."""

    async def handle(self, request: Request, _: dict[str, str], key: ApiKey) -> Response:
        from ._rules import body_rules

        body = await self.body(request, body_rules(self.operation_id).problems)
        if isinstance(body, Response):
            return body
        await self.work(_TEXTCRAFT_KIND)
        self.state.files.count_paid()
        return self.answer(textcraft_answer(body))


def textcraft_answer(body: Mapping[str, Any]) -> JSON:
    """The mock's Textcraft answer to a validated request ``body``."""
    prompt, model = str(body["prompt"]), str(body["model"])
    words = prompt.split()
    with_image = bool(body.get("imageUrl") or body.get("imageData"))
    input_tokens = math.ceil(len(words) * 4 / 3) + (_IMAGE_TOKENS if with_image else 0)
    reply = f"({model}) You asked about: {' '.join(words[:24])}".strip()
    limit = body.get("maxTokens")
    reply_words = reply.split()
    if isinstance(limit, int | float) and 1 <= limit < len(reply_words) * 4 / 3:
        reply_words = reply_words[: max(1, int(limit * 3 / 4))]
    output_tokens = math.ceil(len(reply_words) * 4 / 3)
    tokens = input_tokens + output_tokens
    answer: JSON = {"text": " ".join(reply_words), "tokens": tokens, "creditsUsed": max(1, math.ceil(tokens / 100))}
    if body.get("thinking") is True:
        answer["reasoning"] = f"The prompt has {len(words)} words; answering briefly."
    tools: Mapping[str, Any] = body.get("tools") or {}
    if tools:  # the model calls the first tool, with an empty value for each of its parameters
        name = next(iter(tools))
        args = {param: "" for param in tools[name].get("parameters", {})}
        answer["toolCalls"] = [{"toolName": name, "toolCallId": f"call-{tokens}", "args": args}]
    return answer


def _create_v1_key(api: Any) -> Handler:
    """POST /v1/organizations/{orgId}/api-keys: the V1 domain names (``artworks`` is ``artworks-internal``) and an
    admin key's domains set to ``['*']``."""
    from ._rules import body_rules

    scheme = _spec.document()["components"]["securitySchemes"]["bearerAuth"]
    aliases: Mapping[str, str] = scheme.get("x-domain-aliases", {})
    everything = scheme.get("x-all-domains")

    async def create(request: Request, params: dict[str, str], key: ApiKey) -> Response:
        body = await api._json_body(request)
        if isinstance(body, Response):
            return body
        rules = body_rules("v1_create_api_key")
        problems = rules.problems(body)
        if problems:
            return error_response(400, [str(problem) for problem in problems])
        normalized = rules.normalized(body)
        domains = [aliases.get(domain, domain) for domain in normalized["domains"]]
        if normalized["scope"] == "admin":
            domains = [everything]
        try:
            created = api.state.organizations.mint(params["orgId"], key, {**normalized, "domains": domains}, iso_time)
        except AccessDenied as denied:
            return error_response(denied.status, denied.message)
        return JSONResponse(created, status_code=201)

    return create
