"""V1 artworks in the mock: stored for legacy keys through the state API, listed and fetched like the real ones."""

from __future__ import annotations

from tengrai.mock import TEST_ADMIN_KEY, TEST_API_KEY, ApiKey, ManualClock, MockConfig
from tests.paths import v1_artwork_path

from .support import LIST_V1, running_mock
from .test_http import assert_error

TXT2IMG = {"model": "tengrai-20231128-m-d", "promptMode": "seer", "prompt": "cat", "style": "default"}


def test_v1_lists_are_empty_until_artworks_are_stored() -> None:
    with running_mock() as mock:
        assert mock.http.get(LIST_V1).json() == []


def test_stored_v1_artworks_are_listed_newest_first_and_fetched_by_id() -> None:
    with running_mock() as mock:
        first = mock.state.add_v1_artwork("txt2img", parameters=TXT2IMG, results=["https://cdn.example/1.png"])
        mock.state.advance(5)
        second = mock.state.add_v1_artwork("upscaling", parameters={"imageUrl": "https://cdn.example/1.png"})
        assert (first["status"], first["artworkType"], second["artworkType"]) == ("done", "txt2img", "upscaling")
        listed = mock.http.get(LIST_V1).json()
        assert [artwork["id"] for artwork in listed] == [second["id"], first["id"]]
        assert listed[1] == first
        assert mock.http.get(LIST_V1, params={"offset": 1, "limit": 1}).json() == [first]
        assert mock.http.get(v1_artwork_path(first["id"])).json() == first


def test_v1_artworks_belong_to_their_key() -> None:
    keys = {TEST_API_KEY: ApiKey("test"), TEST_ADMIN_KEY: ApiKey("test-admin", "admin")}
    with running_mock(MockConfig(clock=ManualClock(), keys=keys)) as mock:
        mine = mock.state.add_v1_artwork()
        theirs = mock.state.add_v1_artwork(owner="test-admin")
        assert [artwork["id"] for artwork in mock.http.get(LIST_V1).json()] == [mine["id"]]
        assert_error(mock.http.get(v1_artwork_path(theirs["id"])), 404)
        assert_error(mock.http.get(v1_artwork_path("no-such-artwork")), 404)


def test_extra_fields_and_new_statuses_are_served_as_stored() -> None:
    with running_mock() as mock:
        stored = mock.state.add_v1_artwork("sketch2img", status="archived", extra={"bucket": "b1"})
        assert mock.http.get(v1_artwork_path(stored["id"])).json() == stored
        assert stored["bucket"] == "b1"


def test_v1_page_parameters_are_validated() -> None:
    with running_mock() as mock:
        assert_error(mock.http.get(LIST_V1, params={"limit": 0}), 400)
