"""The effects a flow yields, the typed steps that yield them, and the driver that feeds their outcomes back.

Every piece of client logic is a generator of these effects (`Flow`); a runner (`tengrai._engine.runners`)
performs them.
Kept apart from the runners so that the flows need neither httpx's clients nor an event loop to be read.
"""

from __future__ import annotations

from collections.abc import Callable, Generator, Mapping, Sequence
from typing import TYPE_CHECKING, Any, BinaryIO, TypeVar, cast

if TYPE_CHECKING:
    import httpx

    from ..types import StatusEvent

__all__ = [
    "DONE",
    "Blocking",
    "Driver",
    "Effect",
    "Emit",
    "Flow",
    "Gather",
    "RequestNotSent",
    "Send",
    "Sleep",
    "blocking",
    "emit",
    "gather",
    "not_sent",
    "send",
    "sleep",
]

T = TypeVar("T")


class _Effect:
    """What a flow yields for its runner to perform. Effects are plain slotted classes rather than dataclasses:
    they are created on every request, never compared, and a dataclass costs about a millisecond each when
    ``tengrai`` is imported."""

    __slots__ = ()

    def __repr__(self) -> str:
        names: tuple[str, ...] = type(self).__slots__
        fields = ", ".join(f"{name}={getattr(self, name)!r}" for name in names)
        return f"{type(self).__name__}({fields})"


class Send(_Effect):
    """Send one HTTP request; the flow receives the `httpx.Response` (any status) or gets the error.

    Attributes:
        method, url, headers, params, json: the request.
        timeout: seconds for each phase of this request (None: the client's timeout).
        follow_redirects: follow redirects (result downloads only).
        max_bytes: the most bytes the body may have once decoded (None: no cap). A capped body is streamed and
            decoded with bounded memory; going past the cap raises `BodyTooLarge` into the flow.
        total: seconds the whole request may take, all phases and every byte of the body (None: no bound).
            httpx applies ``timeout`` to each read and write separately, so a server trickling bytes could
            stretch a request without end; both runners end it after ``total`` seconds with a read timeout.
        sink: a file open for binary writing (needs ``max_bytes``). A 2xx body is written there as it arrives,
            after emptying the file (a retry starts over), instead of being held in memory: the flow receives a
            response with an empty body. Other answers (redirects, errors) are read into memory as usual.
    """

    __slots__ = (
        "follow_redirects",
        "headers",
        "json",
        "max_bytes",
        "method",
        "params",
        "sink",
        "timeout",
        "total",
        "url",
    )

    def __init__(
        self,
        *,
        method: str,
        url: str,
        headers: Mapping[str, str] | None = None,
        params: Mapping[str, Any] | None = None,
        json: Any = None,
        timeout: float | None = None,
        follow_redirects: bool = False,
        max_bytes: int | None = None,
        total: float | None = None,
        sink: BinaryIO | None = None,
    ) -> None:
        self.method = method
        self.url = url
        self.headers = headers
        self.params = params
        self.json = json
        self.timeout = timeout
        self.follow_redirects = follow_redirects
        self.max_bytes = max_bytes
        self.total = total
        self.sink = sink


class Sleep(_Effect):
    """Wait ``seconds`` on the client's clock (an injected sleep in tests)."""

    __slots__ = ("seconds",)

    def __init__(self, seconds: float) -> None:
        self.seconds = seconds


class Emit(_Effect):
    """Report a progress event to the caller (callback or events iterator)."""

    __slots__ = ("event",)

    def __init__(self, event: StatusEvent) -> None:
        self.event = event


class Gather(_Effect):
    """Run ``flows`` concurrently, at most ``limit`` at a time; the flow receives their results in order."""

    __slots__ = ("flows", "limit")

    def __init__(self, flows: Sequence[Generator[Any, Any, Any]], limit: int) -> None:
        self.flows = flows
        self.limit = limit


class Blocking(_Effect):
    """Run a blocking function (file I/O); the async runner moves it to a worker thread."""

    __slots__ = ("func",)

    def __init__(self, func: Callable[[], Any]) -> None:
        self.func = func


class RequestNotSent(Exception):
    """The request could not be built (e.g. a URL httpx rejects), so nothing was sent (internal)."""

    def __init__(self, cause: BaseException) -> None:
        self.cause = cause
        super().__init__(f"{type(cause).__name__}: {cause}")


Effect = Send | Sleep | Emit | Gather | Blocking
Flow = Generator[Effect, Any, T]
"""A client operation written as a generator of effects, returning ``T``."""


# Typed steps: ``response = yield from send(...)`` gives the flow a typed outcome.


def send(effect: Send) -> Flow[httpx.Response]:
    """Perform a `Send` and return its response."""
    response: httpx.Response = yield effect
    return response


def sleep(seconds: float) -> Flow[None]:
    """Wait ``seconds`` (nothing for zero or less)."""
    if seconds > 0:
        yield Sleep(seconds)


def emit(event: StatusEvent) -> Flow[None]:
    """Report a progress event."""
    yield Emit(event)


def gather(flows: Sequence[Flow[T]], limit: int) -> Flow[list[T]]:
    """Run ``flows`` side by side (at most ``limit`` at once) and return their results in order."""
    results: list[T] = yield Gather(flows, limit)
    return results


def blocking(func: Callable[[], T]) -> Flow[T]:
    """Run a blocking function (in a worker thread under the async runner)."""
    result: T = yield Blocking(func)
    return result


DONE = cast("Effect", object())  # typed once here: `typing.cast` is a call, and `next` runs for every effect


class Driver:
    """A driven flow's state: feeds outcomes into the flow and hands back its next effect."""

    __slots__ = ("error", "flow", "result", "value")

    def __init__(self, flow: Flow[Any]) -> None:
        self.flow = flow
        self.value: Any = None
        self.error: BaseException | None = None
        self.result: Any = None

    def next(self) -> Effect:
        """The flow's next effect, or `DONE` once it returned (its value in `result`)."""
        value, error = self.value, self.error
        self.value = self.error = None
        try:
            return self.flow.send(value) if error is None else self.flow.throw(error)
        except StopIteration as stop:
            self.result = stop.value
            return DONE


def not_sent(exc: Exception) -> RequestNotSent:
    return RequestNotSent(exc)
