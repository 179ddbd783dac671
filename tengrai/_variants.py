"""Client variants: another account (``with_options(api_key=, base_url=)``), default query parameters, and the
raw HTTP answer of a call (``client.with_raw_response.<resource>.<method>(...)``).

    raw = client.with_raw_response.quantum.create(prompt="a lighthouse")
    raw.status_code, raw.request_id, raw.headers["content-type"]
    artwork = raw.parse()                          # what client.quantum.create(...) returns

The raw answer is the last API answer of the call: the create's for ``create``, the last poll's for ``generate`` or
``wait``, the page's for a plain request; ``raw.responses`` holds every API answer of the call in order (a
``generate``'s create first). Result downloads are not API answers (they never carry the key).
"""

from __future__ import annotations

import copy
import inspect
from collections.abc import Awaitable, Mapping, Sequence
from typing import TYPE_CHECKING, Any, Generic, TypeVar

from ._exceptions import TengraiError, ValidationError
from ._request_options import query_value_problem

if TYPE_CHECKING:
    import httpx

    from ._client_state import Core

__all__ = ["RawResponse", "RawResponses", "check_default_query", "for_account", "varied"]

T = TypeVar("T")


class RawResponse(Generic[T]):
    """The HTTP answer behind a call's result (`client.with_raw_response`).

    A call may send several API requests (``generate``: the create, then its polls): `http_response` is the last
    answer, the one the result was read from, and `responses` holds every one in order (``responses[0]`` is a
    ``generate``'s create).

    Attributes:
        http_response: the `httpx.Response` of the last API request the call made (its body already read).
        responses: every API answer of the call below 400, in order, the last one included (retried failures and
            result downloads are not API answers here).
        status_code: the last answer's HTTP status.
        headers: its headers.
        request_id: the server's ``x-request-id`` for it, or None if it sent none (quote it to support).
        request_ids: the ``x-request-id`` of every answer in `responses` (None where there was none).
    """

    __slots__ = ("_parsed", "http_response", "responses")

    def __init__(
        self, http_response: httpx.Response, parsed: T, responses: Sequence[httpx.Response] | None = None
    ) -> None:
        self.http_response = http_response
        self.responses: tuple[httpx.Response, ...] = tuple(responses) if responses else (http_response,)
        self._parsed = parsed

    @property
    def status_code(self) -> int:
        """The HTTP status of the answer."""
        return self.http_response.status_code

    @property
    def headers(self) -> httpx.Headers:
        """The answer's headers (case-insensitive)."""
        return self.http_response.headers

    @property
    def request_id(self) -> str | None:
        """The server's ``x-request-id``, or None."""
        from ._request_ids import request_id

        return request_id(self.http_response.headers)

    @property
    def request_ids(self) -> list[str | None]:
        """The server's ``x-request-id`` of every answer of the call, in order (None where it sent none)."""
        from ._request_ids import request_id

        return [request_id(response.headers) for response in self.responses]

    def parse(self) -> T:
        """What the call returns without ``with_raw_response`` (an `Artwork`, a record, ...)."""
        return self._parsed

    def __repr__(self) -> str:
        return f"<RawResponse [{self.status_code}] request_id={self.request_id!r}>"


class RawResponses:
    """``client.with_raw_response``: the client's resources, whose methods return a `RawResponse` around what they
    would return. Methods that return a lazy iterator (``artworks.list``, ``artworks.events``) are refused: their
    pages are fetched while iterating, so there is no one answer to show."""

    __slots__ = ("_client", "_path")

    def __init__(self, client: Any, path: tuple[str, ...] = ()) -> None:
        self._client = client
        self._path = path

    def __getattr__(self, name: str) -> RawResponses:
        if name.startswith("_"):
            raise AttributeError(name)
        target: Any = self._client
        for part in (*self._path, name):
            target = getattr(target, part)  # an AttributeError here names the missing resource or method
        return RawResponses(self._client, (*self._path, name))

    def __call__(self, *args: Any, **kwargs: Any) -> Any:
        where = ".".join(self._path)
        copy_of = self._client.with_options()
        captured: list[httpx.Response] = []
        copy_of._core.captured = captured
        method: Any = copy_of
        for part in self._path:
            method = getattr(method, part)
        if not callable(method):
            raise TypeError(f"client.with_raw_response.{where} is not a method")
        result = method(*args, **kwargs)
        if inspect.isawaitable(result):
            return _wrapped_async(result, captured, where)
        return _wrapped(result, captured, where)

    def __repr__(self) -> str:
        return f"<with_raw_response {'.'.join(self._path) or 'client'}>"


def _wrapped(result: Any, captured: list[httpx.Response], where: str) -> RawResponse[Any]:
    if not captured:
        if inspect.isgenerator(result):
            result.close()  # never started: nothing was sent
        raise TypeError(
            f"client.with_raw_response.{where}(...) has no single API answer to show (a lazy iterator fetches its "
            f"pages while iterating, a batch sends many): call client.{where}(...) instead"
        )
    return RawResponse(captured[-1], result, captured)


async def _wrapped_async(result: Awaitable[Any], captured: list[httpx.Response], where: str) -> RawResponse[Any]:
    return _wrapped(await result, captured, where)


def varied(core: Core, *, api_key: str | None, base_url: str | None, default_query: Any) -> Core:
    """``core`` (a copy already) with `with_options`'s ``api_key``, ``base_url`` and ``default_query`` applied."""
    if api_key is not None or base_url is not None:
        core = for_account(core, api_key=api_key, base_url=base_url)
    if default_query is not None:
        core.default_query = {**(core.default_query or {}), **check_default_query(default_query)}
    return core


def check_default_query(query: Any) -> dict[str, Any]:
    """``with_options(default_query=...)``: a mapping of names to plain values (lists of them too)."""
    if not isinstance(query, Mapping):
        raise ValidationError("default_query", query, "must be a mapping of query parameter names to values")
    for name, value in query.items():
        if not isinstance(name, str) or not name or query_value_problem(value):
            raise ValidationError(
                "default_query", {name: value}, "names must be non-empty strings, values strings, numbers or booleans"
            )
    return dict(query)


def for_account(core: Core, *, api_key: str | None, base_url: str | None) -> Core:
    """A copy of ``core`` for another key and/or API URL: checked like the constructor's, with task state of its
    own (which tasks were created and are unfinished belongs to one account on one API)."""
    from ._client_state import Secret, api_is_local
    from ._settings import checked_api_key, checked_base_url
    from ._tasks.durations import DurationStats
    from ._tasks.registry import Ledger

    if api_key is not None and not (isinstance(api_key, str) and api_key):
        raise TengraiError("with_options(api_key=...): the API key must be a non-empty string")
    if base_url is not None and not (isinstance(base_url, str) and base_url):
        raise ValidationError("base_url", base_url, "the base URL must be a string such as https://host")
    other = copy.copy(core)
    if api_key is not None:
        other.auth_headers = {**core.auth_headers, "Authorization": Secret(f"Bearer {checked_api_key(api_key)}")}
    if base_url is not None:
        other.base_url = checked_base_url(base_url)
        other.api_is_local = api_is_local(other.base_url)
        other.durations = DurationStats()
    other.ledger = Ledger()
    return other


from ._exports import publish  # noqa: E402 - after every class is defined

publish(globals())
