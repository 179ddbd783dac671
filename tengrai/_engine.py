"""The sans-IO core's effects, and the two runners that perform them (blocking and async).

Every piece of client logic (retries, create recovery, polling, downloads) is written once, as a generator that
*yields* what it needs done (send this request, sleep this long, report this event, run these flows side by side)
and receives the outcome. `SyncRunner` performs the effects with an `httpx.Client` and blocking sleeps;
`AsyncRunner` with an `httpx.AsyncClient`, awaited sleeps and task groups. So the sync and async clients cannot
drift apart: they share all decisions and differ only in how an effect is carried out.

A request that fails in transport (`httpx.RequestError`), a failed sub-flow of a `Gather` and a failed
`Blocking` call are thrown back into the flow, which decides what they mean. Errors of anything else (a
callback, a sleep, cancellation, a transport bug) propagate to the caller unchanged.
"""

from __future__ import annotations

import inspect
import time
from collections.abc import AsyncIterator, Awaitable, Callable, Generator, Iterator, Mapping, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any, TypeVar

import httpx

if TYPE_CHECKING:
    from .types import StatusEvent

__all__ = ["AsyncRunner", "Blocking", "Emit", "Flow", "Gather", "Send", "Sleep", "SyncRunner"]

T = TypeVar("T")


@dataclass(slots=True)
class Send:
    """Send one HTTP request; the flow receives the `httpx.Response` (any status) or gets the transport error."""

    method: str
    url: str
    headers: Mapping[str, str] | None = None
    params: Mapping[str, Any] | None = None
    json: Any = None
    timeout: float | None = None
    """Seconds for this request (None: the client's timeout)."""
    follow_redirects: bool = False
    total: float | None = None
    """Seconds left before the caller's deadline: the whole request must end by then (None: no deadline).

    httpx applies ``timeout`` to each phase (pool, connect, write, read) separately, so without this cap a slow
    request could outlast the deadline by several timeouts. The async runner enforces it; the sync one cannot
    interrupt a blocking request and relies on ``timeout`` (which is never longer than ``total``).
    """


@dataclass(slots=True)
class Sleep:
    """Wait ``seconds`` on the client's clock (an injected sleep in tests)."""

    seconds: float


@dataclass(slots=True)
class Emit:
    """Report a progress event to the caller (callback or events iterator)."""

    event: StatusEvent


@dataclass(slots=True)
class Gather:
    """Run ``flows`` concurrently, at most ``limit`` at a time; the flow receives their results in order."""

    flows: Sequence[Generator[Any, Any, Any]]
    limit: int


@dataclass(slots=True)
class Blocking:
    """Run a blocking function (file I/O); the async runner moves it to a worker thread."""

    func: Callable[[], Any]


Effect = Send | Sleep | Emit | Gather | Blocking
Flow = Generator[Effect, Any, T]
"""A client operation written as a generator of effects, returning ``T``."""


class SyncRunner:
    """Performs effects with blocking calls."""

    def __init__(self, http: httpx.Client, sleep: Callable[[float], None] | None = None) -> None:
        self.http = http
        self.sleep = sleep or time.sleep

    def _send(self, effect: Send) -> httpx.Response:
        return self.http.request(
            effect.method,
            effect.url,
            headers=effect.headers,
            params=effect.params,
            json=effect.json,
            timeout=httpx.USE_CLIENT_DEFAULT if effect.timeout is None else effect.timeout,
            follow_redirects=effect.follow_redirects,
        )

    def _gather(self, effect: Gather) -> list[Any]:
        if len(effect.flows) <= 1 or effect.limit <= 1:
            return [self.run(flow) for flow in effect.flows]
        from concurrent.futures import ThreadPoolExecutor  # only downloads run flows side by side

        with ThreadPoolExecutor(max_workers=min(effect.limit, len(effect.flows))) as pool:
            futures = [pool.submit(self.run, flow) for flow in effect.flows]
            try:
                return [future.result() for future in futures]
            except BaseException:
                for future in futures:
                    future.cancel()
                raise

    def _other(self, effect: Effect) -> tuple[Any, BaseException | None]:
        """Perform a sleep, gather or blocking call: (value, None), or (None, error) for the flow to handle."""
        if type(effect) is Sleep:
            if effect.seconds > 0:
                self.sleep(effect.seconds)
            return None, None
        try:
            if type(effect) is Gather:
                return self._gather(effect), None
            if type(effect) is Blocking:
                return effect.func(), None
        except Exception as exc:  # a failed sub-flow or file write: the flow may handle it
            return None, exc
        raise TypeError(f"unknown effect {effect!r}")  # pragma: no cover - a programming error in a flow

    def drive(self, flow: Flow[T]) -> Generator[StatusEvent, None, T]:
        """Perform ``flow``'s effects, yielding its progress events; returns the flow's result."""
        value: Any = None
        error: BaseException | None = None
        while True:
            try:
                effect = flow.send(value) if error is None else flow.throw(error)
            except StopIteration as stop:
                result: T = stop.value
                return result
            value = error = None
            if type(effect) is Send:
                try:
                    value = self._send(effect)
                except httpx.RequestError as exc:
                    error = exc
            elif type(effect) is Emit:
                yield effect.event
            else:
                value, error = self._other(effect)

    def run(self, flow: Flow[T], on_event: Callable[[StatusEvent], object] | None = None) -> T:
        """Perform ``flow`` to completion, handing each progress event to ``on_event``."""
        # The loop of `drive` without its generator layer: this is the path of every plain call.
        value: Any = None
        error: BaseException | None = None
        while True:
            try:
                effect = flow.send(value) if error is None else flow.throw(error)
            except StopIteration as stop:
                result: T = stop.value
                return result
            value = error = None
            if type(effect) is Send:
                try:
                    value = self._send(effect)
                except httpx.RequestError as exc:
                    error = exc
            elif type(effect) is Emit:
                if on_event is not None:
                    on_event(effect.event)
            else:
                value, error = self._other(effect)

    def iterate(self, flow: Flow[Any]) -> Iterator[StatusEvent]:
        """Perform ``flow``, yielding its progress events (the flow's result is discarded)."""
        yield from self.drive(flow)


def _first_leaf(group: BaseExceptionGroup[BaseException]) -> BaseException:
    first = group.exceptions[0]
    return _first_leaf(first) if isinstance(first, BaseExceptionGroup) else first


class AsyncRunner:
    """Performs effects without blocking the event loop (works under asyncio and trio through anyio)."""

    def __init__(
        self,
        http: httpx.AsyncClient,
        sleep: Callable[[float], Awaitable[None]] | None = None,
        request_slots: int | None = None,
    ) -> None:
        self.http = http
        self.sleep = sleep
        self._slot_count = request_slots
        self._slots: Any = None

    async def _send(self, effect: Send) -> httpx.Response:
        """Send ``effect``, first waiting (in arrival order) for one of ``request_slots`` requests in flight.

        With hundreds of tasks, handing every request straight to httpx's pool makes it spend its time matching
        waiters to connections, and requests fail with PoolTimeout; a FIFO semaphore sized to the pool keeps the
        pool's queue short. Waiting for a slot is bounded by the request's own timeout and then reported as a
        PoolTimeout: the request was never sent, which the retry rules treat as safe to retry, even for a create.
        """
        if self._slot_count is None:
            return await self._request(effect)
        import anyio

        if self._slots is None:
            self._slots = anyio.Semaphore(self._slot_count)
        try:
            self._slots.acquire_nowait()  # the common case, without the cost of a cancel scope
        except anyio.WouldBlock:
            limit = effect.timeout if effect.timeout is not None else self.http.timeout.pool
            try:
                with anyio.fail_after(limit):
                    await self._slots.acquire()
            except TimeoutError:
                raise httpx.PoolTimeout(f"no free connection within {limit:g}s") from None
        try:
            return await self._request(effect)
        finally:
            self._slots.release()

    async def _request(self, effect: Send) -> httpx.Response:
        call = self.http.request(
            effect.method,
            effect.url,
            headers=effect.headers,
            params=effect.params,
            json=effect.json,
            timeout=httpx.USE_CLIENT_DEFAULT if effect.timeout is None else effect.timeout,
            follow_redirects=effect.follow_redirects,
        )
        if effect.total is None:
            return await call
        import anyio

        with anyio.move_on_after(effect.total):
            return await call
        # Whether the server got the request is unknown: a read timeout is what the retry rules treat as ambiguous.
        raise httpx.ReadTimeout(f"no complete answer within the {effect.total:.3g}s left before the deadline")

    async def _sleep(self, seconds: float) -> None:
        if self.sleep is not None:
            await self.sleep(seconds)
        else:
            import anyio

            await anyio.sleep(seconds)

    async def _gather(self, effect: Gather) -> list[Any]:
        import anyio

        results: list[Any] = [None] * len(effect.flows)
        limiter = anyio.Semaphore(max(1, effect.limit))

        async def one(index: int, flow: Flow[Any]) -> None:
            async with limiter:
                results[index] = await self.run(flow)

        try:
            async with anyio.create_task_group() as group:
                for index, flow in enumerate(effect.flows):
                    group.start_soon(one, index, flow)
        except BaseExceptionGroup as group_error:  # report the first failure itself, not a group
            raise _first_leaf(group_error) from None
        return results

    async def _perform(self, effect: Effect) -> Any:
        if type(effect) is Send:
            return await self._send(effect)
        if type(effect) is Sleep:
            if effect.seconds > 0:
                await self._sleep(effect.seconds)
            return None
        if type(effect) is Gather:
            return await self._gather(effect)
        if type(effect) is Blocking:
            import anyio.to_thread

            return await anyio.to_thread.run_sync(effect.func)
        raise TypeError(f"unknown effect {effect!r}")  # pragma: no cover - a programming error in a flow

    async def run(
        self, flow: Flow[T], on_event: Callable[[StatusEvent], object | Awaitable[object]] | None = None
    ) -> T:
        """Perform ``flow`` to completion, handing each progress event to ``on_event`` (awaited if async)."""
        value: Any = None
        error: BaseException | None = None
        while True:
            try:
                effect = flow.send(value) if error is None else flow.throw(error)
            except StopIteration as stop:
                result: T = stop.value
                return result
            value = error = None
            if type(effect) is Send:  # the hot path
                try:
                    value = await self._send(effect)
                except httpx.RequestError as exc:
                    error = exc
            elif type(effect) is Emit:
                if on_event is not None:
                    outcome = on_event(effect.event)
                    if inspect.isawaitable(outcome):
                        await outcome
            else:
                try:
                    value = await self._perform(effect)
                except Exception as exc:  # a failed sub-flow or file write: the flow may handle it
                    error = exc

    async def iterate(self, flow: Flow[Any]) -> AsyncIterator[StatusEvent]:
        """Perform ``flow``, yielding its progress events (the flow's result is discarded)."""
        value: Any = None
        error: BaseException | None = None
        try:
            while True:
                try:
                    effect = flow.send(value) if error is None else flow.throw(error)
                except StopIteration:
                    return
                value = error = None
                if type(effect) is Emit:
                    yield effect.event
                    continue
                try:
                    value = await self._perform(effect)
                except httpx.RequestError as exc:
                    error = exc
                except Exception as exc:
                    if type(effect) is Send:
                        raise
                    error = exc
        finally:
            flow.close()
