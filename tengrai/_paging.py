"""Offset/limit paging, shared by ``client.artworks.list`` and the generated ``x-sdk-paged`` list methods."""

from __future__ import annotations

import functools
from collections.abc import AsyncIterator, Awaitable, Callable, Iterator, Mapping
from typing import Any, TypeVar

from ._exceptions import ValidationError

__all__ = ["DEFAULT_PAGE_SIZE", "Pager", "async_pages", "sync_pages"]

T = TypeVar("T")

DEFAULT_PAGE_SIZE = 100
"""How many items a list asks for per request unless told (``page_size=``)."""


@functools.cache
def _limit_range() -> tuple[int, int]:
    from ._fields import model

    limit = model().operation("list_artworks").by_name["limit"]
    return int(limit.rule("minimum")), int(limit.rule("maximum"))


class Pager:
    """Walks offset/limit pages: asks for the next page, drops repeats, stops at a short page or the limit."""

    def __init__(self, limit: int | None, page_size: int) -> None:
        low, high = _limit_range()
        if isinstance(page_size, bool) or not isinstance(page_size, int) or not low <= page_size <= high:
            raise ValidationError(
                "page_size", page_size, f"must be an integer from {low} to {high} (the API's limit per request)"
            )
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

    def accept(self, page: list[T], asked: int) -> Iterator[T]:
        """The new artworks of a page (a list can shift while being walked, so ids seen before are skipped)."""
        self.offset += len(page)
        if len(page) < asked:
            self.done = True
        for artwork in page:
            artwork_id: str = getattr(artwork, "id")  # noqa: B009 - an Artwork or an answer record, each with an id
            if artwork_id in self._seen:
                continue
            self._seen.add(artwork_id)
            self._yielded += 1
            if self.limit is not None and self._yielded >= self.limit:
                self.done = True
                yield artwork
                return
            yield artwork


def _page_query(query: Mapping[str, Any], pager: Pager, asked: int) -> dict[str, Any]:
    return {**query, "offset": pager.offset, "limit": asked}


def sync_pages(
    call: Callable[..., Any],
    operation_id: str,
    path: Mapping[str, Any],
    query: Mapping[str, Any],
    pager: Pager,
    timeout: float | None,
    options: Mapping[str, Any],
) -> Iterator[Any]:
    """The items of ``operation_id``, page after page, each page sent by ``call`` (a resource's ``_call``)."""
    while not pager.done:
        asked = pager.request_size
        page = call(operation_id, path, _page_query(query, pager, asked), {}, timeout, options)
        yield from pager.accept(page, asked)


async def async_pages(
    call: Callable[..., Awaitable[Any]],
    operation_id: str,
    path: Mapping[str, Any],
    query: Mapping[str, Any],
    pager: Pager,
    timeout: float | None,  # noqa: ASYNC109 - each page's deadline, the documented API
    options: Mapping[str, Any],
) -> AsyncIterator[Any]:
    """The items of ``operation_id`` (``async for``), page after page, each page sent by ``call``."""
    while not pager.done:
        asked = pager.request_size
        page = await call(operation_id, path, _page_query(query, pager, asked), {}, timeout, options)
        for item in pager.accept(page, asked):
            yield item
