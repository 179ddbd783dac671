"""`Artwork` is a plain data record; the clients hand out sync/async handles of it that can do I/O."""

# ruff: noqa: S301 - the tests pickle their own objects

from __future__ import annotations

import copy
import json
import pickle
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from tengrai import ArtworkNotBoundError, AsyncArtwork, SyncArtwork
from tengrai.types import Artwork, SavedImage, StatusEvent

from .support import Script, artwork_json, artwork_path, async_client, json_response, new_id, sync_client


def record(**overrides: Any) -> Artwork:
    return Artwork.from_dict(artwork_json(status="succeeded", results=["https://cdn.test/a.webp"], **overrides))


def test_a_record_pickles_and_deep_copies_with_its_fields() -> None:
    artwork = record(futureField={"nested": [1, 2]})
    for copied in (pickle.loads(pickle.dumps(artwork)), copy.deepcopy(artwork)):
        assert type(copied) is Artwork
        assert copied == artwork
        assert copied.parameters == artwork.parameters
        assert copied.created_at == artwork.created_at
        assert copied.to_dict() == artwork.to_dict()
        assert copied.extra == {"futureField": {"nested": [1, 2]}}
    assert copy.copy(artwork) is artwork


def test_parameters_encode_as_json_and_stay_read_only() -> None:
    artwork = record()
    assert json.loads(json.dumps(artwork.parameters)) == artwork.to_dict()["parameters"]
    changes: list[Callable[[Any], object]] = [
        lambda p: p.update(x=1),
        lambda p: p.pop("prompt"),
        lambda p: p.clear(),
        lambda p: p.setdefault("x", 1),
    ]
    for change in changes:
        with pytest.raises(TypeError, match="read-only"):
            change(artwork.parameters)
    mutable = dict(artwork.parameters)
    mutable["x"] = 1
    assert "x" not in artwork.parameters


def test_unknown_server_fields_stay_available() -> None:
    artwork = record(futureField=[1], otherField="x")
    assert artwork.extra == {"futureField": [1], "otherField": "x"}
    assert artwork.to_dict()["futureField"] == [1]


def test_status_events_and_saved_images_pickle_and_deep_copy() -> None:
    event = StatusEvent(artwork_id="a", status="succeeded", elapsed=1.5, artwork=record())
    saved = SavedImage(path=Path("out/a-0.webp"), size_bytes=10, content_type="image/webp", url="https://cdn.test/a")
    for value in (event, saved):
        assert pickle.loads(pickle.dumps(value)) == value
        assert copy.deepcopy(value) == value


def test_a_sync_handle_does_io_and_pickles_as_its_record() -> None:
    artwork_id = new_id()
    script = Script().on("GET", artwork_path(artwork_id), json_response(200, artwork_json(artwork_id)))
    with sync_client(script) as client:
        handle = client.artworks.get(artwork_id)
        assert isinstance(handle, SyncArtwork)
        assert handle.refresh() == handle
        restored = pickle.loads(pickle.dumps(handle))
        assert type(restored) is Artwork
        assert restored == handle == handle.record
        duplicate = copy.deepcopy(handle)
        assert type(duplicate) is SyncArtwork
        assert duplicate.refresh() == handle  # a deep copy keeps its client
        with pytest.raises(ArtworkNotBoundError, match=r"client\.artworks\.wait"):
            getattr(restored, "wait")()  # noqa: B009 - a record's type has no wait


@pytest.mark.anyio
async def test_an_async_handle_does_io_and_pickles_as_its_record() -> None:
    artwork_id = new_id()
    script = Script().on("GET", artwork_path(artwork_id), json_response(200, artwork_json(artwork_id)))
    async with async_client(script) as client:
        handle = await client.artworks.get(artwork_id)
        assert isinstance(handle, AsyncArtwork)
        assert (await handle.refresh()) == handle
        restored = pickle.loads(pickle.dumps(handle))
        assert type(restored) is Artwork
        assert restored == handle


def test_the_record_has_no_io_methods_and_the_handles_do_not_override_each_other() -> None:
    for name in ("wait", "save", "download", "refresh"):
        assert name not in vars(Artwork)
        assert name in vars(SyncArtwork)
        assert name in vars(AsyncArtwork)
    assert not issubclass(AsyncArtwork, SyncArtwork)
    assert not issubclass(SyncArtwork, AsyncArtwork)
