"""The two runners that perform the sans-IO core's effects (`tengrai._engine.effects`): blocking and async.

Every piece of client logic (retries, create recovery, polling, downloads) is written once, as a generator that
*yields* what it needs done (send this request, sleep this long, report this event, run these flows side by side)
and receives the outcome. `SyncRunner` performs the effects with an `httpx.Client` and blocking sleeps;
`AsyncRunner` with an `httpx.AsyncClient`, awaited sleeps and task groups. So the sync and async clients cannot
drift apart: they share all decisions and differ only in how an effect is carried out.

Flows should yield through the typed helpers (`send`, `sleep`, `emit`, `gather`, `blocking`), whose ``yield
from`` gives the outcome its type. Each runner has one dispatch (`_perform`) and one step (`_step`: perform an
effect, hand its outcome or error to the flow) that its `run` and `iterate` share, so the rules of what goes back
into the flow are written once per runner, and the same in both:

* an error while performing a `Send`, a `Gather` or a `Blocking` call (any `Exception`) is thrown into the flow,
  which decides what it means (for a request: could it have reached the server?);
* a `Send` whose request cannot even be built raises `RequestNotSent` into the flow;
* errors of a `Sleep`, of a progress callback, and cancellation propagate to the caller unchanged.
"""

from __future__ import annotations

import inspect
import threading
import time
from collections.abc import AsyncIterator, Awaitable, Callable, Iterator
from typing import TYPE_CHECKING, Any, TypeVar

import httpx

from .._exceptions import TengraiError
from .._logging import scrub_error
from .effects import (
    DONE,
    Blocking,
    Driver,
    Effect,
    Emit,
    Flow,
    Gather,
    RequestNotSent,
    Send,
    Sleep,
    blocking,
    emit,
    gather,
    not_sent,
    send,
    sleep,
)
from .limits import aread_capped, read_capped, restore_deadline, set_deadline
from .request_builder import RequestBuilder

if TYPE_CHECKING:
    from ..types import StatusEvent

T = TypeVar("T")

__all__ = [
    "AsyncRunner",
    "Blocking",
    "Emit",
    "Flow",
    "Gather",
    "RequestNotSent",
    "Send",
    "Sleep",
    "SyncRunner",
    "blocking",
    "emit",
    "gather",
    "send",
    "sleep",
]


class SyncRunner:
    """Performs effects with blocking calls."""

    def __init__(
        self,
        http: httpx.Client,
        sleep: Callable[[float], None] | None = None,
        *,
        own: bool = False,
    ) -> None:
        self.http = http
        self.sleep = sleep or time.sleep
        self._builder = RequestBuilder(http, own=own)

    def _send(self, effect: Send) -> httpx.Response:
        try:
            request = self._builder.build(effect)
        except Exception as exc:
            raise not_sent(exc) from exc
        previous = set_deadline(effect.total)
        try:
            if effect.max_bytes is None:
                return self.http.send(request, follow_redirects=effect.follow_redirects)
            response = self.http.send(request, follow_redirects=effect.follow_redirects, stream=True)
            return read_capped(response, effect.max_bytes, effect.sink)  # closes what it streamed
        finally:
            restore_deadline(previous)

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

    def _perform(self, effect: Effect) -> Any:
        """The one dispatch: perform ``effect`` (not `Emit`) and return its outcome."""
        if type(effect) is Send:
            return self._send(effect)
        if type(effect) is Sleep:
            if effect.seconds > 0:
                self.sleep(effect.seconds)
            return None
        if type(effect) is Gather:
            return self._gather(effect)
        if type(effect) is Blocking:
            return effect.func()
        raise TypeError(f"unknown effect {effect!r}")  # pragma: no cover - a programming error in a flow

    def _step(self, driver: Driver, effect: Effect) -> None:
        """Perform one effect (not `Emit`) and hand its outcome to the flow, by the rules of the module docstring."""
        try:
            driver.value = self._perform(effect)
        except Exception as exc:
            if type(effect) is Sleep:
                raise
            scrub_error(exc)  # before any frame of the flow holds it (a local shown by --showlocals, rich)
            driver.error = exc

    def run(self, flow: Flow[T], on_event: Callable[[StatusEvent], object] | None = None) -> T:
        """Perform ``flow`` to completion, handing each progress event to ``on_event``."""
        driver = Driver(flow)
        try:
            while (effect := driver.next()) is not DONE:
                if type(effect) is Emit:
                    if on_event is not None:
                        on_event(effect.event)
                else:
                    self._step(driver, effect)
        except Exception as exc:
            scrub_error(exc)  # no text a server sent carries the API key out of the SDK
            raise
        finally:
            flow.close()  # interrupted (Ctrl-C): the flow's own cleanup runs now, not at garbage collection
        result: T = driver.result
        return result

    def iterate(self, flow: Flow[Any]) -> Iterator[StatusEvent]:
        """Perform ``flow``, yielding its progress events (the flow's result is discarded)."""
        driver = Driver(flow)
        try:
            while (effect := driver.next()) is not DONE:
                if type(effect) is Emit:
                    yield effect.event
                else:
                    self._step(driver, effect)
        except Exception as exc:
            scrub_error(exc)
            raise
        finally:
            flow.close()


def _first_leaf(group: BaseExceptionGroup[BaseException]) -> BaseException:
    first = group.exceptions[0]
    return _first_leaf(first) if isinstance(first, BaseExceptionGroup) else first


def _current_loop() -> object:
    """The running event loop (asyncio) or run (trio): connections belong to one and cannot move to another."""
    import asyncio

    loop = asyncio._get_running_loop()
    if loop is not None:
        return loop
    try:
        import trio.lowlevel  # type: ignore[import-not-found, unused-ignore]
    except ImportError:  # pragma: no cover - only reached outside asyncio without trio installed
        raise TengraiError("AsyncTengrai must be used inside a running event loop") from None
    return trio.lowlevel.current_trio_token()


def _is_closed(loop: object) -> bool:
    is_closed = getattr(loop, "is_closed", None)
    return bool(is_closed()) if is_closed is not None else False


class _LoopState:
    """The connections and request slots of one event loop."""

    __slots__ = ("builder", "http", "is_asyncio", "loop", "slots")

    def __init__(self, loop: object, http: httpx.AsyncClient, *, own: bool) -> None:
        self.loop = loop
        self.http = http
        self.builder = RequestBuilder(http, own=own)
        self.slots: Any = None
        import asyncio

        self.is_asyncio = isinstance(loop, asyncio.AbstractEventLoop)


class AsyncRunner:
    """Performs effects without blocking the event loop (works under asyncio and trio through anyio).

    httpx connections belong to the event loop that opened them. With ``make_http`` (the client's own pool) each
    event loop that uses the client gets its own `httpx.AsyncClient`, so one client works across consecutive
    ``asyncio.run()`` calls and in threads with their own loops. A client passed in (``http``) is tied to the first
    loop that used it: using it from another loop is refused before anything is sent.
    """

    def __init__(
        self,
        http: httpx.AsyncClient | None = None,
        sleep: Callable[[float], Awaitable[None]] | None = None,
        request_slots: int | None = None,
        *,
        make_http: Callable[[], httpx.AsyncClient] | None = None,
    ) -> None:
        if (http is None) == (make_http is None):
            raise TypeError("pass exactly one of http and make_http")
        self._given = http
        self._make_http = make_http
        self.sleep = sleep
        self._slot_count = request_slots
        self._states: dict[int, _LoopState] = {}
        self._last: _LoopState | None = None
        self._lock = threading.Lock()

    # ------------------------------------------------------------------ connections per event loop

    def _state(self) -> _LoopState:
        loop = _current_loop()
        last = self._last
        if last is not None and last.loop is loop:
            return last
        with self._lock:
            state = self._states.get(id(loop))
            if state is None or state.loop is not loop:
                state = self._new_state(loop)
            self._last = state
        return state

    def _new_state(self, loop: object) -> _LoopState:
        if self._given is not None:
            if self._states:
                raise TengraiError(
                    "this AsyncTengrai was given an http_client that was first used in another event loop, and "
                    "httpx connections cannot move between event loops; nothing was sent. Create the "
                    "httpx.AsyncClient inside the loop that uses it, or let AsyncTengrai build its own client "
                    "(it keeps one connection pool per event loop)."
                )
            http = self._given
        else:
            assert self._make_http is not None
            http = self._make_http()
        for key, old in list(self._states.items()):
            if _is_closed(old.loop):  # a finished asyncio.run(): its connections died with it
                del self._states[key]
        state = self._states[id(loop)] = _LoopState(loop, http, own=self._given is None)
        return state

    @property
    def http(self) -> httpx.AsyncClient:
        """The httpx client of the running event loop."""
        return self._state().http

    async def aclose(self, *, owned: bool) -> None:
        """Close the running loop's client (when ``owned``) and forget the connections of other loops."""
        with self._lock:
            states = list(self._states.values())
            self._states.clear()
            self._last = None
        if not owned:
            return
        try:
            loop = _current_loop()
        except TengraiError:  # pragma: no cover - close() is a coroutine: a loop is running
            loop = None
        for state in states:
            if state.loop is loop:
                await state.http.aclose()

    # ------------------------------------------------------------------ effects

    async def _send(self, effect: Send) -> httpx.Response:
        """Send ``effect``, first waiting (in arrival order) for one of ``request_slots`` requests in flight.

        With hundreds of tasks, handing every request straight to httpx's pool makes it spend its time matching
        waiters to connections, and requests fail with PoolTimeout; a FIFO semaphore sized to the pool keeps the
        pool's queue short. Waiting for a slot is bounded by the request's own timeout and then reported as a
        PoolTimeout: the request was never sent, which the retry rules treat as safe to retry, even for a create.
        """
        state = self._state()
        if self._slot_count is None:
            return await self._request(state, effect)
        import anyio

        if state.slots is None:
            state.slots = anyio.Semaphore(self._slot_count)
        slots = state.slots
        try:
            slots.acquire_nowait()  # the common case, without the cost of a cancel scope
        except anyio.WouldBlock:
            limit = effect.timeout if effect.timeout is not None else state.http.timeout.pool
            try:
                with anyio.fail_after(limit):
                    await slots.acquire()
            except TimeoutError:
                raise httpx.PoolTimeout(f"no free connection within {limit:g}s") from None
        try:
            return await self._request(state, effect)
        finally:
            slots.release()

    async def _request(self, state: _LoopState, effect: Send) -> httpx.Response:
        http = state.http
        try:
            request = state.builder.build(effect)
        except Exception as exc:
            raise not_sent(exc) from exc
        call = (
            http.send(request, follow_redirects=effect.follow_redirects)
            if effect.max_bytes is None
            else self._capped(http, request, effect)
        )
        if effect.total is None:
            return await call
        if state.is_asyncio:  # asyncio's own timeout costs a fraction of a cancel scope on this hot path
            import asyncio

            try:
                async with asyncio.timeout(effect.total):
                    return await call
            except TimeoutError:
                pass
        else:
            import anyio

            with anyio.move_on_after(effect.total):
                return await call
        # Whether the server got the request is unknown: a read timeout is what the retry rules treat as ambiguous.
        raise httpx.ReadTimeout(f"no complete answer within {effect.total:.3g}s", request=request)

    async def _capped(self, http: httpx.AsyncClient, request: httpx.Request, effect: Send) -> httpx.Response:
        assert effect.max_bytes is not None
        response = await http.send(request, follow_redirects=effect.follow_redirects, stream=True)
        return await aread_capped(response, effect.max_bytes, effect.sink)  # closes what it streamed

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
        """The one dispatch: perform ``effect`` (not `Emit`) and return its outcome."""
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

    async def _step(self, driver: Driver, effect: Effect) -> None:
        """Perform one effect (not `Emit`) and hand its outcome to the flow, by the rules of the module docstring."""
        try:
            driver.value = await self._perform(effect)
        except Exception as exc:
            if type(effect) is Sleep:
                raise
            scrub_error(exc)  # before any frame of the flow holds it (a local shown by --showlocals, rich)
            driver.error = exc

    async def run(
        self, flow: Flow[T], on_event: Callable[[StatusEvent], object | Awaitable[object]] | None = None
    ) -> T:
        """Perform ``flow`` to completion, handing each progress event to ``on_event`` (awaited if async)."""
        driver = Driver(flow)
        try:
            while (effect := driver.next()) is not DONE:
                if type(effect) is Emit:
                    if on_event is not None:
                        outcome = on_event(effect.event)
                        if inspect.isawaitable(outcome):
                            await outcome
                else:
                    await self._step(driver, effect)
        except Exception as exc:
            scrub_error(exc)  # no text a server sent carries the API key out of the SDK
            raise
        finally:
            flow.close()
        result: T = driver.result
        return result

    async def iterate(self, flow: Flow[Any]) -> AsyncIterator[StatusEvent]:
        """Perform ``flow``, yielding its progress events (the flow's result is discarded)."""
        driver = Driver(flow)
        try:
            while (effect := driver.next()) is not DONE:
                if type(effect) is Emit:
                    yield effect.event
                else:
                    await self._step(driver, effect)
        except Exception as exc:
            scrub_error(exc)
            raise
        finally:
            flow.close()
