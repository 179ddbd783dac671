"""`artworks.list`: every page through offset/limit, a short page ends it, lazily."""

from __future__ import annotations

from typing import Any

import httpx
import pytest

from tengrai import InternalServerError, ValidationError
from tengrai.mock import _openapi as _spec

from .support import LIST, Script, artwork_json, error_response, json_response, sync_client


def paged(items: list[dict[str, Any]]) -> Any:
    """A list handler serving ``items`` by offset and limit."""

    def handler(request: httpx.Request) -> httpx.Response:
        offset = int(request.url.params["offset"])
        limit = int(request.url.params["limit"])
        return json_response(200, items[offset : offset + limit])

    return handler


def asked(script: Script) -> list[tuple[int, int]]:
    """(offset, limit) of every list request."""
    return [(int(r.url.params["offset"]), int(r.url.params["limit"])) for r in script.requests]


def test_all_pages_are_walked_until_a_short_one() -> None:
    items = [artwork_json() for _ in range(237)]
    script = Script().on("GET", LIST, paged(items))
    with sync_client(script) as client:
        ids = [artwork.id for artwork in client.artworks.list(page_size=100)]
    assert ids == [item["id"] for item in items]
    assert asked(script) == [(0, 100), (100, 100), (200, 100)]


def test_an_empty_page_ends_a_list_of_full_pages() -> None:
    items = [artwork_json() for _ in range(20)]
    script = Script().on("GET", LIST, paged(items))
    with sync_client(script) as client:
        assert len(list(client.artworks.list(page_size=10))) == 20
    assert asked(script) == [(0, 10), (10, 10), (20, 10)]


def test_limit_caps_the_total_and_the_last_request() -> None:
    items = [artwork_json() for _ in range(400)]
    script = Script().on("GET", LIST, paged(items))
    with sync_client(script) as client:
        assert len(list(client.artworks.list(limit=150, page_size=100))) == 150
    assert asked(script) == [(0, 100), (100, 50)]


def test_limit_zero_sends_nothing() -> None:
    script = Script()
    with sync_client(script) as client:
        assert list(client.artworks.list(limit=0)) == []
    assert script.requests == []


def test_the_list_is_fetched_lazily() -> None:
    items = [artwork_json() for _ in range(5)]
    script = Script().on("GET", LIST, paged(items))
    with sync_client(script) as client:
        iterator = client.artworks.list(page_size=2)
        assert script.requests == []
        next(iterator)
        assert len(script.requests) == 1


def test_artworks_that_shift_into_the_next_page_are_not_repeated() -> None:
    first = [artwork_json() for _ in range(3)]
    newcomer = artwork_json()
    # A new artwork was created between the two requests: the old third item reappears at offset 3.
    second = [first[2], artwork_json()]
    script = Script().on("GET", LIST, json_response(200, first), json_response(200, second))
    with sync_client(script) as client:
        ids = [artwork.id for artwork in client.artworks.list(page_size=3)]
    assert ids == [first[0]["id"], first[1]["id"], first[2]["id"], second[1]["id"]]
    assert newcomer["id"] not in ids


def test_page_size_range_comes_from_the_spec() -> None:
    schema = _spec.document()["components"]["parameters"]["Limit"]["schema"]
    script = Script().on("GET", LIST, json_response(200, []))
    with sync_client(script) as client:
        bad_sizes: list[Any] = [schema["minimum"] - 1, schema["maximum"] + 1, True, 2.5]
        for bad in bad_sizes:
            with pytest.raises(ValidationError, match="page_size"):
                client.artworks.list(page_size=bad)
        with pytest.raises(ValidationError, match="limit"):
            client.artworks.list(limit=-1)
        assert list(client.artworks.list(page_size=schema["maximum"])) == []
    assert asked(script) == [(0, schema["maximum"])]


def test_a_failing_page_raises_after_its_retries() -> None:
    items = [artwork_json() for _ in range(4)]
    script = Script().on("GET", LIST, json_response(200, items[:2]), error_response(500))
    with sync_client(script, max_retries=1) as client:
        iterator = client.artworks.list(page_size=2)
        assert [a.id for a in (next(iterator), next(iterator))] == [items[0]["id"], items[1]["id"]]
        with pytest.raises(InternalServerError):
            next(iterator)
    assert len(script.requests) == 3
