"""An asyncio event loop on virtual time, and the artworks API on that time, for the batch's unit tests.

`VirtualTimeLoop` never sleeps: when every task waits, its clock jumps to the next timer (``anyio.sleep``,
``move_on_after``, a deadline), so a batch whose tasks take minutes runs in milliseconds, and what it did can be
checked against the time it did it at. A wait with no timer set (a deadlock) fails at once instead of hanging.

`VirtualApi` answers creates, list pages and reads of artworks as the API does, with tasks that end ``duration``
seconds after their create on the loop's clock; ``create_replies`` scripts the answers to the first creates.
"""

from __future__ import annotations

import asyncio
import json
import selectors
from collections.abc import Callable, Coroutine, Mapping
from datetime import timedelta
from typing import Any

import anyio
import httpx

from tengrai import AsyncTengrai
from tests.client.support import API_KEY, BASE_URL, EPOCH, artwork_json, http_date
from tests.paths import LIST, QUANTUM


class _JumpingSelector(selectors.BaseSelector):
    """A selector that, instead of blocking for ``timeout`` seconds, moves the loop's clock on by them."""

    def __init__(self, jump: Callable[[float], None]) -> None:
        self._real = selectors.DefaultSelector()  # the loop's self-pipe (no socket is connected or bound)
        self._jump = jump

    def register(self, fileobj: Any, events: int, data: Any = None) -> selectors.SelectorKey:
        return self._real.register(fileobj, events, data)

    def unregister(self, fileobj: Any) -> selectors.SelectorKey:
        return self._real.unregister(fileobj)

    def select(self, timeout: float | None = None) -> list[tuple[selectors.SelectorKey, int]]:
        ready = self._real.select(0)
        if ready or timeout == 0:
            return ready
        if timeout is None:
            raise RuntimeError("every task waits and no timer is set: the run would hang")
        self._jump(timeout)
        return []

    def close(self) -> None:
        self._real.close()

    def get_map(self) -> Mapping[Any, selectors.SelectorKey]:
        return self._real.get_map()


class VirtualTimeLoop(asyncio.SelectorEventLoop):
    """An event loop whose clock moves only when every task waits, straight to the next timer."""

    def __init__(self) -> None:
        self.now = 0.0
        super().__init__(_JumpingSelector(self._jump))

    def _jump(self, seconds: float) -> None:
        self.now += seconds

    def time(self) -> float:
        """The virtual time, in seconds since the loop was made."""
        return self.now


def run_virtual(
    main: Callable[[AsyncTengrai, VirtualTimeLoop], Coroutine[Any, Any, Any]], api: VirtualApi, **options: Any
) -> Any:
    """Run ``main(client, loop)`` on ``api``'s `VirtualTimeLoop`, with an `AsyncTengrai` on ``api`` and its clock."""
    loop = api.loop

    async def with_client() -> Any:
        async with AsyncTengrai(
            api_key=API_KEY, base_url=BASE_URL, transport=httpx.MockTransport(api.handle), clock=loop.time, **options
        ) as client:
            return await main(client, loop)

    return anyio.run(with_client, backend="asyncio", backend_options={"loop_factory": lambda: loop})


Reply = httpx.Response | str
"""A scripted answer to a create: a response, or ``"drop"``: create the task, then lose the answer."""


class VirtualApi:
    """The artworks API on a `VirtualTimeLoop`'s clock; records ``(time, kind, status)`` of every request."""

    def __init__(self, *, duration: float | None = 30.0, create_replies: list[Reply] | None = None) -> None:
        self.loop = VirtualTimeLoop()
        self.duration = duration
        """Seconds a task takes from its create to its end (None: it never ends)."""
        self.create_replies = list(create_replies or [])
        self.tasks: dict[str, tuple[float, dict[str, Any]]] = {}
        """Every task created: its creation time and its parameters."""
        self.log: list[tuple[float, str, int]] = []

    def times(self, kind: str) -> list[float]:
        """When the requests of a kind (``create``, ``list``, ``get``) were answered."""
        return [at for at, logged, _ in self.log if logged == kind]

    def _artwork(self, artwork_id: str, now: float) -> dict[str, Any]:
        created, parameters = self.tasks[artwork_id]
        done = self.duration is not None and now >= created + self.duration
        return artwork_json(
            artwork_id,
            status="succeeded" if done else "processing",
            parameters=parameters,
            results=[f"{BASE_URL}/files/{artwork_id}/0.png"] if done else [],
            created_at=EPOCH + timedelta(seconds=created),
        )

    def _answer(self, status: int, body: Any, now: float, headers: Mapping[str, str] | None = None) -> httpx.Response:
        date = http_date(EPOCH + timedelta(seconds=now))
        content = json.dumps(body).encode()
        return httpx.Response(
            status, content=content, headers={"content-type": "application/json", "date": date, **(headers or {})}
        )

    async def handle(self, request: httpx.Request) -> httpx.Response:
        """Answer one request at the loop's current time."""
        now = self.loop.time()
        path = request.url.path
        if request.method == "POST" and path == QUANTUM:
            reply = self.create_replies.pop(0) if self.create_replies else None
            if isinstance(reply, httpx.Response):
                self.log.append((now, "create", reply.status_code))
                return reply
            artwork_id = f"task-{len(self.tasks)}"
            self.tasks[artwork_id] = (now, json.loads(request.content))
            self.log.append((now, "create", 202))
            if reply == "drop":
                raise httpx.ReadError("the connection dropped before the answer")
            return self._answer(202, self._artwork(artwork_id, now), now)
        if request.method == "GET" and path == LIST:
            offset, limit = int(request.url.params["offset"]), int(request.url.params["limit"])
            newest = sorted(self.tasks, key=lambda known: self.tasks[known][0], reverse=True)
            self.log.append((now, "list", 200))
            return self._answer(200, [self._artwork(known, now) for known in newest[offset : offset + limit]], now)
        artwork_id = path.rsplit("/", 1)[-1]
        self.log.append((now, "get", 200 if artwork_id in self.tasks else 404))
        if artwork_id not in self.tasks:
            return self._answer(404, {"statusCode": 404, "message": "not found"}, now)
        return self._answer(200, self._artwork(artwork_id, now), now)
