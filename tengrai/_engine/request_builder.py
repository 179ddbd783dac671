"""Turning a `Send` effect into an ``httpx.Request``, doing once the work ``build_request`` redoes every call.

``httpx.Client.build_request`` merges the client's base URL, default headers, cookies and query parameters into
every request, parses the URL string again, and ``httpx.Request`` then adds its own headers (``Host``, and
``Content-Length: 0`` for a bodiless POST) by building the header list anew. For the client's own pool (made by the
SDK, so no base URL, no default query, nobody else changing its default headers) all of that is fixed, except the
cookies a server may set: URLs are parsed once per URL string (a wait polls the same one), the client's default
headers merged with the API's once per header set, and a request without a body gets the complete header list httpx
computed for the previous one of its method and host. ``build_request`` itself is used whenever the pool holds
cookies, the URL is not absolute, or the pool is a client the user passed in (its settings are the user's and may
change).
"""

from __future__ import annotations

import functools
from typing import TYPE_CHECKING, Any

import httpx

if TYPE_CHECKING:
    from collections.abc import Mapping

    from .effects import Send

__all__ = ["RequestBuilder"]

_parsed_url = functools.lru_cache(maxsize=4096)(httpx.URL)
"""``httpx.URL(url)``, parsed once per URL string (URLs are immutable, so requests can share one)."""

_NO_BODY = httpx.ByteStream(b"")
"""The body stream httpx gives a request without content (immutable, so requests can share it)."""


class RequestBuilder:
    """Builds the requests of one httpx client (sync or async); see the module docstring."""

    __slots__ = ("_bodiless", "_merge", "_plain", "_timeout", "http", "own")

    def __init__(self, http: Any, *, own: bool) -> None:
        self.http: httpx.Client | httpx.AsyncClient = http  # or a stand-in with build_request (the batch's)
        self.own = own
        """The SDK made ``http``: its base URL, default headers, query and timeout are the SDK's and fixed."""
        self._bodiless: tuple[httpx.Headers, str, bytes, httpx.Headers] | None = None
        """(merged headers, method, host) of the last request without a body, and the headers httpx gave it."""
        if own:
            self._plain = httpx.Headers(http.headers)
            self._merge: tuple[Mapping[str, str], httpx.Headers] | None = None
            """The last header set merged, and the result (one tuple: threads share the builder)."""
            self._timeout = http.timeout.as_dict()

    def build(self, effect: Send) -> httpx.Request:
        """The request ``effect`` describes, exactly as ``http.build_request`` would build it."""
        http = self.http
        if not self.own or http.cookies or not effect.url.startswith(("https://", "http://")):
            return http.build_request(
                effect.method,
                effect.url,
                headers=effect.headers,
                params=effect.params,
                json=effect.json,
                timeout=httpx.USE_CLIENT_DEFAULT if effect.timeout is None else effect.timeout,
            )
        url = _parsed_url(effect.url) if effect.params is None else httpx.URL(effect.url, params=effect.params)
        headers = self._headers(effect.headers)
        extensions = {"timeout": self._timeout if effect.timeout is None else _timeout(effect.timeout)}
        if effect.json is not None:
            return httpx.Request(effect.method, url, headers=headers, json=effect.json, extensions=extensions)
        request = httpx.Request(
            effect.method,
            url,
            headers=self._prepared(headers, effect.method, url),
            stream=_NO_BODY,
            extensions=extensions,
        )
        request.read()  # as httpx does for a request it encoded itself: its content is b""
        return request

    def _headers(self, extra: Mapping[str, str] | None) -> httpx.Headers:
        if extra is None:
            return self._plain
        last = self._merge
        if last is not None and last[0] is extra:  # the API's headers are one mapping per client: merged once
            return last[1]
        merged = httpx.Headers(self._plain)
        merged.update(extra)
        self._merge = (extra, merged)
        return merged

    def _prepared(self, headers: httpx.Headers, method: str, url: httpx.URL) -> httpx.Headers:
        """``headers`` with what httpx adds to a bodiless request of ``method`` to ``url``'s host, in its order."""
        last = self._bodiless
        if last is not None and last[0] is headers and last[1] == method and last[2] == url.netloc:
            return last[3]
        prepared = httpx.Request(method, url, headers=headers).headers
        self._bodiless = (headers, method, url.netloc, prepared)
        return prepared


def _timeout(seconds: Any) -> dict[str, float | None]:
    return httpx.Timeout(seconds).as_dict()
