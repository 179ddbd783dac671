"""Turning a `Send` effect into an ``httpx.Request``, doing once the merging ``build_request`` redoes every call.

``httpx.Client.build_request`` merges the client's base URL, default headers, cookies and query parameters into
every request. For the client's own pool (made by the SDK, so no base URL, no default query, nobody else changing
its default headers) all of that is fixed, except the cookies a server may set: the client's default headers
merged with the API's headers are built once per header set, and ``build_request`` itself is used whenever the pool
holds cookies, the URL is not absolute, or the pool is a client the user passed in (its settings are the user's
and may change).
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

import httpx

if TYPE_CHECKING:
    from collections.abc import Mapping

    from .effects import Send

__all__ = ["RequestBuilder"]


class RequestBuilder:
    """Builds the requests of one httpx client (sync or async); see the module docstring."""

    __slots__ = ("_merged", "_plain", "_source", "_timeout", "http", "own")

    def __init__(self, http: Any, *, own: bool) -> None:
        self.http: httpx.Client | httpx.AsyncClient = http  # or a stand-in with build_request (the batch's)
        self.own = own
        """The SDK made ``http``: its base URL, default headers, query and timeout are the SDK's and fixed."""
        self._source: Mapping[str, str] | None = None
        if own:
            self._plain = httpx.Headers(http.headers)
            self._merged = self._plain
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
        return httpx.Request(
            effect.method,
            effect.url,
            headers=self._headers(effect.headers),
            params=effect.params,
            json=effect.json,
            extensions={"timeout": self._timeout if effect.timeout is None else _timeout(effect.timeout)},
        )

    def _headers(self, extra: Mapping[str, str] | None) -> httpx.Headers:
        if extra is None:
            return self._plain
        if extra is self._source:  # the API's headers are one mapping per client: merged once
            return self._merged
        merged = httpx.Headers(self._plain)
        merged.update(extra)
        self._source, self._merged = extra, merged
        return merged


def _timeout(seconds: Any) -> dict[str, float | None]:
    return httpx.Timeout(seconds).as_dict()
