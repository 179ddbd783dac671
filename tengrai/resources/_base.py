"""What the sync and async resources share: argument checks, deadlines, paging, and running the flows.

A resource method is a thin shell: it checks its arguments, builds a flow from `tengrai._create`,
`tengrai._polling` or `tengrai._download`, and hands it to the client's runner (blocking or awaited).
"""

from __future__ import annotations

import contextlib
import functools
import inspect
import math
from collections.abc import Callable, Iterator, Mapping
from typing import TYPE_CHECKING, Any, ClassVar, TypeVar

from .. import _spec
from .._core import DeadlineExpired
from .._engine import Flow
from .._exceptions import ArtworkError, ValidationError
from ..types import Artwork, SavedImage, StatusEvent

if TYPE_CHECKING:
    import os

    from .._core import Core
    from .._engine import AsyncRunner, SyncRunner

__all__ = [
    "AsyncResource",
    "Pager",
    "ProgressCallback",
    "SyncResource",
    "create_params",
    "documented",
    "noted",
    "target_id",
]

ProgressCallback = Callable[[StatusEvent], object]
"""Called with every `StatusEvent` while waiting (the async client also accepts a coroutine function)."""

_NOT_PARAMS = frozenset({"self", "timeout", "on_progress", "__class__"})


def create_params(local_vars: Mapping[str, Any]) -> dict[str, Any]:
    """The API arguments among a create method's ``locals()`` (None values stay: they mean "not given")."""
    return {name: value for name, value in local_vars.items() if name not in _NOT_PARAMS}


@functools.cache
def _limit_range() -> tuple[int, int]:
    schema = _spec.document()["components"]["parameters"]["Limit"]["schema"]
    return int(schema["minimum"]), int(schema["maximum"])


class Pager:
    """Walks offset/limit pages: asks for the next page, drops repeats, stops at a short page or the limit."""

    def __init__(self, limit: int | None, page_size: int) -> None:
        low, high = _limit_range()
        if isinstance(page_size, bool) or not isinstance(page_size, int) or not low <= page_size <= high:
            raise ValidationError("limit", page_size, f"page_size must be an integer from {low} to {high}")
        if limit is not None and (isinstance(limit, bool) or not isinstance(limit, int) or limit < 0):
            raise ValidationError("limit", limit, "limit (the total number of artworks) must be an integer >= 0")
        self.limit = limit
        self.page_size = page_size
        self.offset = 0
        self.done = limit == 0
        self._yielded = 0
        self._seen: set[str] = set()

    @property
    def request_size(self) -> int:
        """The ``limit`` to ask the next page with."""
        if self.limit is None:
            return self.page_size
        return max(1, min(self.page_size, self.limit - self._yielded))

    def accept(self, page: list[Artwork], asked: int) -> Iterator[Artwork]:
        """The new artworks of a page (a list can shift while being walked, so ids seen before are skipped)."""
        self.offset += len(page)
        if len(page) < asked:
            self.done = True
        for artwork in page:
            if artwork.id in self._seen:
                continue
            self._seen.add(artwork.id)
            self._yielded += 1
            if self.limit is not None and self._yielded >= self.limit:
                self.done = True
                yield artwork
                return
            yield artwork


def target_id(target: Artwork | str) -> str:
    if isinstance(target, Artwork):
        return target.id
    if isinstance(target, str) and target:
        return target
    raise ValidationError("id", target, "pass an Artwork or a non-empty artwork id string")


@contextlib.contextmanager
def noted(artwork_id: str) -> Iterator[None]:
    """Make sure any error escaping a wait names the artwork id, so a paid task is never lost."""
    try:
        yield
    except ArtworkError:
        raise
    except BaseException as exc:
        if not isinstance(exc, GeneratorExit):
            exc.add_note(f"artwork id {artwork_id}: resume with client.artworks.wait({artwork_id!r})")
        raise


class _Resource:
    """Deadlines and flows, independent of how they are run."""

    _core: Core

    def _deadline(self, timeout: float | None) -> tuple[float, float]:
        """(start, deadline) on the client's clock for a job with total ``timeout`` (None: the client default)."""
        total = self._core.wait_timeout if timeout is None else timeout
        if isinstance(total, bool) or not isinstance(total, int | float) or math.isnan(total) or total <= 0:
            raise ValidationError("timeout", timeout, "the total timeout must be a positive number of seconds")
        start = self._core.clock()
        return start, start + total

    def _wait_flow(
        self, target: Artwork | str, deadline: tuple[float, float], *, raise_on_failure: bool = True
    ) -> Flow[Artwork]:
        start, end = deadline
        from .._polling import wait_flow  # the flows load on first use: keeps `import tengrai` cheap

        return wait_flow(self._core, target, deadline=end, started=start, raise_on_failure=raise_on_failure)

    def _finished_flow(self, target: Artwork | str, deadline: tuple[float, float]) -> Flow[Artwork]:
        """Wait for ``target`` unless it is already known to have succeeded."""
        if isinstance(target, Artwork) and target.succeeded:
            return _done(target)
        return self._wait_flow(target, deadline)

    def _save_flow(
        self, target: Artwork | str, directory: str | os.PathLike[str], sidecar: bool, deadline: tuple[float, float]
    ) -> Flow[list[SavedImage]]:
        artwork = yield from self._finished_flow(target, deadline)
        try:
            from .._download import save_flow

            saved = yield from save_flow(self._core, artwork, directory, sidecar=sidecar, deadline=deadline[1])
        except DeadlineExpired as expired:
            from .._polling import timeout_error

            raise timeout_error(artwork.id, artwork, self._core.clock() - deadline[0], expired.cause) from None
        return saved

    def _download_flow(self, target: Artwork | str, deadline: tuple[float, float]) -> Flow[list[bytes]]:
        artwork = yield from self._finished_flow(target, deadline)
        try:
            from .._download import download_flow

            fetched = yield from download_flow(self._core, artwork, deadline[1])
        except DeadlineExpired as expired:
            from .._polling import timeout_error

            raise timeout_error(artwork.id, artwork, self._core.clock() - deadline[0], expired.cause) from None
        return [content for _url, content, _type in fetched]


def _done(artwork: Artwork) -> Flow[Artwork]:
    return artwork
    yield  # makes this a generator  # pragma: no cover


class SyncResource(_Resource):
    """A resource of `Tengrai`: runs flows with blocking I/O."""

    _operation: ClassVar[str] = ""

    def __init__(self, core: Core, runner: SyncRunner) -> None:
        self._core = core
        self._runner = runner

    def _create(self, params: Mapping[str, Any], deadline: float | None = None) -> Artwork:
        from .._create import create_flow

        return self._runner.run(create_flow(self._core, self._operation, params, deadline=deadline))

    def _generate(
        self, params: Mapping[str, Any], timeout: float | None, on_progress: ProgressCallback | None
    ) -> Artwork:
        deadline = self._deadline(timeout)
        artwork = self._create(params, deadline[1])
        with noted(artwork.id):
            return self._runner.run(self._wait_flow(artwork, deadline), on_progress)


class AsyncResource(_Resource):
    """A resource of `AsyncTengrai`: runs flows without blocking the event loop."""

    _operation: ClassVar[str] = ""

    def __init__(self, core: Core, runner: AsyncRunner) -> None:
        self._core = core
        self._runner = runner

    async def _create(self, params: Mapping[str, Any], deadline: float | None = None) -> Any:
        from .._create import create_flow

        return await self._runner.run(create_flow(self._core, self._operation, params, deadline=deadline))

    async def _generate(
        self,
        params: Mapping[str, Any],
        timeout: float | None,  # noqa: ASYNC109 - a total deadline, the documented API
        on_progress: ProgressCallback | None,
    ) -> Any:
        deadline = self._deadline(timeout)
        artwork = await self._create(params, deadline[1])
        with noted(artwork.id):
            return await self._runner.run(self._wait_flow(artwork, deadline), on_progress)


def _camel_to_snake(name: str) -> str:
    return "".join(f"_{c.lower()}" if c.isupper() else c for c in name)


@functools.cache
def _arguments_doc(operation_id: str) -> str:
    schema = _spec.request_schema(operation_id)
    required = set(schema.get("required", ()))
    lines = []
    for field, node in schema.get("properties", {}).items():
        prop = _spec.resolve(node)
        text = " ".join(str(prop.get("description", "")).split())
        flag = " (required)" if field in required else ""
        lines.append(f"    {_camel_to_snake(field)}{flag}: ``{field}``. {text}".rstrip())
    return "\n".join(lines)


F = TypeVar("F", bound=Callable[..., Any])


def documented(operation_id: str) -> Callable[[F], F]:
    """Append the operation's arguments, described by the spec, to a create/generate method's docstring."""

    def decorate(func: F) -> F:
        head = inspect.cleandoc(func.__doc__ or "")
        func.__doc__ = f"{head}\n\nArguments (from the API description):\n{_arguments_doc(operation_id)}\n"
        return func

    return decorate
