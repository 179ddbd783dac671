"""The server's id of an API answer (its ``x-request-id`` header): on errors, on raw responses, and on the records
read from an answer (``artwork.request_id``), so that a successful call can be quoted to support too.

The API documentation names no request id header; ``x-request-id`` is the common one, so a server that sends none
(or another) leaves every ``request_id`` None.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, TypeVar

if TYPE_CHECKING:
    import httpx

__all__ = ["REQUEST_ID_HEADER", "RequestIdSlot", "request_id", "stamp"]

REQUEST_ID_HEADER = "x-request-id"
"""The answer header that carries the server's id of the request."""

T = TypeVar("T")


class RequestIdSlot:
    """The slot of the answer records (`tengrai._model.base.Record`, `tengrai._assets.ImageAssetMixin`) that holds the
    request id `stamp` sets, and the ``request_id`` property reading it. A base of its own, importing nothing of
    the SDK, so that both bases of a record share one instance layout."""

    __slots__ = ("_request_id",)

    @property
    def request_id(self) -> str | None:
        """The server's ``x-request-id`` of the API answer this record was read from, to quote to support; None
        when the server sent none. Not compared by ``==``; kept by copies and pickling."""
        found: str | None = getattr(self, "_request_id", None)
        return found


def request_id(headers: Mapping[str, str]) -> str | None:
    """The request id among ``headers`` (names compared case-insensitively), or None."""
    for name, value in headers.items():
        if name.lower() == REQUEST_ID_HEADER:
            return value
    return None


def stamp(value: T, response: httpx.Response) -> T:
    """``value`` (an artwork or record read from ``response``, or a list of them) with the answer's request id set
    on each; returns ``value``. Objects without a ``_request_id`` slot are left alone."""
    found = response.headers.get(REQUEST_ID_HEADER)
    if found is None:
        return value
    for item in value if isinstance(value, list) else (value,):
        if hasattr(type(item), "_request_id"):
            object.__setattr__(item, "_request_id", found)  # a frozen record: set once, as it is built
    return value
