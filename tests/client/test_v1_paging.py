"""``client.v1.artworks.list`` walks every page lazily, like ``client.artworks.list`` (issue 21: 11), sync and async;
the paging is one fact of the spec (``x-sdk-paged``), and ``tengrai v1 list`` keeps working."""

from __future__ import annotations

from collections.abc import Iterator
from urllib.parse import parse_qs

import pytest

from tengrai import V1Artwork, ValidationError
from tengrai.mock import ManualClock, MockConfig
from tengrai.testing import TengraiMock

from ..paths import LIST_V1
from ..spec.test_fields import ROOT, load_generator


@pytest.fixture
def mock() -> Iterator[TengraiMock]:
    server = TengraiMock(MockConfig(clock=ManualClock()))
    yield server
    server.close()


def _stored(mock: TengraiMock, count: int) -> list[str]:
    """Store ``count`` V1 artworks, one second apart; their ids newest first (the list's order)."""
    ids = []
    for number in range(count):
        ids.append(mock.state.add_v1_artwork("txt2img", parameters={"prompt": f"cat {number}"})["id"])
        mock.advance(1)
    return ids[::-1]


def _pages(mock: TengraiMock) -> list[tuple[str, str]]:
    """(offset, limit) of every V1 list request sent so far."""
    pages = []
    for request in mock.requests:
        if request.path == LIST_V1:
            query = parse_qs(request.query)
            pages.append((query["offset"][0], query["limit"][0]))
    return pages


def test_the_v1_list_yields_every_page_lazily(mock: TengraiMock) -> None:
    newest_first = _stored(mock, 7)
    with mock.client() as client:
        listed = client.v1.artworks.list(page_size=3)
        assert isinstance(listed, Iterator)
        assert _pages(mock) == []  # nothing is fetched before the first item is asked for
        first = next(listed)
        assert isinstance(first, V1Artwork)
        assert _pages(mock) == [("0", "3")]
        assert [first.id, *(artwork.id for artwork in listed)] == newest_first
        assert _pages(mock) == [("0", "3"), ("3", "3"), ("6", "3")]  # the short page ends the walk


def test_the_v1_list_limit_caps_the_total_and_bad_sizes_fail_before_sending(mock: TengraiMock) -> None:
    newest_first = _stored(mock, 5)
    with mock.client() as client:
        assert [artwork.id for artwork in client.v1.artworks.list(limit=4, page_size=3)] == newest_first[:4]
        assert _pages(mock) == [("0", "3"), ("3", "1")]
        with pytest.raises(ValidationError) as caught:
            client.v1.artworks.list(page_size=501)
        assert caught.value.field == "page_size"
        with pytest.raises(ValidationError) as caught:
            client.v1.artworks.list(limit=-1)
        assert caught.value.field == "limit"
        assert list(client.v1.artworks.list(limit=0)) == []
    assert len(_pages(mock)) == 2


@pytest.mark.anyio
async def test_the_async_v1_list_yields_every_page(mock: TengraiMock) -> None:
    newest_first = _stored(mock, 5)
    async with mock.async_client() as client:
        assert [artwork.id async for artwork in client.v1.artworks.list(page_size=2)] == newest_first
    assert _pages(mock) == [("0", "2"), ("2", "2"), ("4", "2")]


def test_the_paging_is_a_fact_of_the_spec() -> None:
    generator = load_generator()
    document = generator.yaml.safe_load((ROOT / "openapi" / "tengrai.yaml").read_text(encoding="utf-8"))
    model = generator.SpecModel(document)
    assert model.operation("list_v1_artworks").paged
    assert not model.operation("get_v1_artwork").paged
