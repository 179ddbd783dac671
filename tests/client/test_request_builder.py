"""The runners' request builder builds exactly what ``httpx.Client.build_request`` builds, only cheaper."""

from __future__ import annotations

from typing import Any

import httpx
import pytest

from tengrai._engine.request_builder import RequestBuilder
from tengrai._engine.runners import Send

API_HEADERS = {"Authorization": "Bearer k", "Accept": "application/json"}


def _send(**overrides: Any) -> Send:
    fields: dict[str, Any] = {
        "method": "GET",
        "url": "https://api.example.test/v2/artworks/a1",
        "headers": API_HEADERS,
        "params": None,
        "json": None,
        "timeout": None,
    }
    fields.update(overrides)
    return Send(**fields)


def _client() -> httpx.Client:
    return httpx.Client(headers={"User-Agent": "tengrai/test", "X-Default": "1"}, timeout=httpx.Timeout(7.0))


def _same(built: httpx.Request, expected: httpx.Request) -> None:
    assert built.method == expected.method
    assert built.url == expected.url
    assert built.headers.multi_items() == expected.headers.multi_items()
    assert built.read() == expected.read()
    assert built.extensions == expected.extensions


EFFECTS = {
    "a read": _send(),
    "no API headers": _send(headers=None),
    "a query": _send(url="https://api.example.test/v2/artworks", params={"offset": 0, "limit": 50}),
    "a JSON body": _send(method="POST", url="https://api.example.test/v2/artworks/quantum", json={"prompt": "ü"}),
    "a timeout": _send(timeout=2.5),
    "per-call headers": _send(headers={**API_HEADERS, "X-Trace": "t1"}),
    "a POST without body": _send(method="POST", url="https://api.example.test/v2/artworks/a1/cancel"),
    "a result on another host": _send(url="https://cdn.example.test:8443/r/a1.png", headers=None),
}


@pytest.mark.parametrize("effect", EFFECTS.values(), ids=EFFECTS.keys())
def test_own_client_requests_equal_build_request(effect: Send) -> None:
    with _client() as http:
        builder = RequestBuilder(http, own=True)
        expected = http.build_request(
            effect.method,
            effect.url,
            headers=effect.headers,
            params=effect.params,
            json=effect.json,
            timeout=httpx.USE_CLIENT_DEFAULT if effect.timeout is None else effect.timeout,
        )
        _same(builder.build(effect), expected)
        _same(builder.build(effect), expected)  # again, from the cached merge


def test_alternating_header_sets_never_mix() -> None:
    with _client() as http:
        builder = RequestBuilder(http, own=True)
        traced = _send(headers={**API_HEADERS, "X-Trace": "t1"})
        plain = _send()
        for _ in range(3):
            assert "x-trace" not in builder.build(plain).headers
            assert builder.build(traced).headers["x-trace"] == "t1"
            assert builder.build(_send(headers=None)).headers.get("authorization") is None


def test_requests_without_body_to_other_hosts_and_methods_never_mix() -> None:
    with _client() as http:
        builder = RequestBuilder(http, own=True)
        effects = [EFFECTS["a read"], EFFECTS["a POST without body"], EFFECTS["a result on another host"]]
        for _ in range(2):
            for effect in effects:
                expected = http.build_request(effect.method, effect.url, headers=effect.headers)
                _same(builder.build(effect), expected)


def test_a_request_gets_its_own_headers() -> None:
    with _client() as http:
        builder = RequestBuilder(http, own=True)
        first = builder.build(_send())
        first.headers["X-Changed"] = "by an event hook"
        assert "x-changed" not in builder.build(_send()).headers


def test_cookies_set_by_the_server_are_sent_back() -> None:
    with _client() as http:
        builder = RequestBuilder(http, own=True)
        http.cookies.set("lb", "node-7", domain="api.example.test")
        assert builder.build(_send()).headers["cookie"] == "lb=node-7"


def test_a_client_the_user_passed_is_built_by_httpx_itself() -> None:
    with httpx.Client(base_url="https://api.example.test", params={"tenant": "t"}) as http:
        builder = RequestBuilder(http, own=False)
        http.headers["X-Later"] = "changed after the builder was made"
        request = builder.build(_send(url="/v2/artworks/a1"))
        assert request.url == "https://api.example.test/v2/artworks/a1?tenant=t"
        assert request.headers["x-later"] == "changed after the builder was made"
