"""Forward-compatible parsing: new statuses, artwork types, enum values and fields never crash the client."""

from __future__ import annotations

import dataclasses
import json
from datetime import UTC, datetime
from typing import Any

import pytest
import tengrai_api.models as models

from tengrai import Artwork, TengraiError, webhooks
from tengrai._parsing import known_statuses, terminal_statuses
from tengrai.mock import _openapi as _spec

from .support import Script, artwork_json, artwork_path, json_response, new_id, sync_client


def _types_and_classes() -> list[tuple[str, str]]:
    pairs = []
    for branch in _spec.component("Artwork")["oneOf"]:
        name = branch["$ref"].rsplit("/", 1)[-1]
        const = _spec.resolve(branch)["properties"]["artworkType"].get("const")
        if const is not None:
            pairs.append((const, name))
    return pairs


@pytest.mark.parametrize(("artwork_type", "class_name"), _types_and_classes())
def test_each_documented_type_parses_into_its_generated_class(artwork_type: str, class_name: str) -> None:
    artwork = Artwork.from_dict(artwork_json(artwork_type=artwork_type, parameters={}))
    assert type(artwork.raw) is getattr(models, class_name)
    assert artwork.artwork_type == artwork_type


def test_terminal_statuses_come_from_the_spec() -> None:
    assert terminal_statuses() == frozenset(_spec.component("ArtworkStatus")["x-terminal"])
    for status in known_statuses():
        assert Artwork.from_dict(artwork_json(status=status)).is_terminal is (status in terminal_statuses())


def test_unknown_status_is_kept_and_not_terminal() -> None:
    artwork = Artwork.from_dict(artwork_json(status="queued_for_gpu"))
    assert artwork.status == "queued_for_gpu"
    assert artwork.is_terminal is False
    assert artwork.raw.status == "queued_for_gpu"


def test_unknown_artwork_type_parses() -> None:
    data = artwork_json(artwork_type="hologram", parameters={"depth": 3, "mode": "x"}, status="succeeded")
    artwork = Artwork.from_dict(data)
    assert artwork.artwork_type == "hologram"
    assert type(artwork.raw) is models.UnknownArtwork
    assert artwork.parameters == {"depth": 3, "mode": "x"}
    assert artwork.is_terminal


def test_unknown_enum_values_in_parameters_are_kept_as_strings() -> None:
    data = artwork_json(parameters={"style": "brand-new-style", "aspectRatio": "5:4", "outputFormat": "jxl"})
    artwork = Artwork.from_dict(data)
    assert artwork.parameters["style"] == "brand-new-style"
    assert artwork.raw.parameters.style == "brand-new-style"
    assert artwork.raw.parameters.output_format == "jxl"


def test_extra_fields_are_kept() -> None:
    data = artwork_json(parameters={"prompt": "x", "upscaleHint": 2}, creditsUsed=4, region="eu")
    artwork = Artwork.from_dict(data)
    assert artwork.raw.additional_properties == {"creditsUsed": 4, "region": "eu"}
    assert artwork.parameters["upscaleHint"] == 2
    assert artwork.to_dict()["creditsUsed"] == 4
    assert artwork.to_dict()["parameters"]["upscaleHint"] == 2


def test_id_is_kept_as_sent() -> None:
    upper = new_id().upper()
    assert Artwork.from_dict(artwork_json(upper)).id == upper


def test_created_at_is_always_timezone_aware() -> None:
    data = artwork_json()
    data["createdAt"] = "2026-03-01T12:00:00"
    assert Artwork.from_dict(data).created_at == datetime(2026, 3, 1, 12, 0, tzinfo=UTC)
    data["createdAt"] = "2026-03-01t12:00:00.5z"
    assert Artwork.from_dict(data).created_at == datetime(2026, 3, 1, 12, 0, 0, 500000, tzinfo=UTC)


def test_artwork_is_immutable_and_hashable() -> None:
    artwork = Artwork.from_dict(artwork_json(status="processing"))
    with pytest.raises(dataclasses.FrozenInstanceError):
        artwork.status = "succeeded"  # type: ignore[misc]
    with pytest.raises(TypeError):
        artwork.parameters["prompt"] = "changed"
    assert artwork == Artwork.from_dict(artwork.to_dict())
    assert len({artwork, Artwork.from_dict(artwork.to_dict())}) == 1
    assert "processing" in repr(artwork)


def test_parsed_artwork_is_not_bound_to_a_client() -> None:
    # A parsed artwork is a plain record: it has no I/O methods (not even for the type checker), and asking for
    # one says where to find it.
    artwork = Artwork.from_dict(artwork_json())
    for name in ("wait", "refresh", "download"):
        with pytest.raises(TengraiError, match="not bound to a client"):
            getattr(artwork, name)()
    with pytest.raises(TengraiError, match="not bound to a client"):
        getattr(artwork, "save")("out")  # noqa: B009 - the record's type has no save
    assert not hasattr(artwork, "wait")


def test_webhook_body_parses_into_an_artwork() -> None:
    data = artwork_json(status="succeeded", results=["https://cdn.test/a.webp"], duration=4.5, futureField=[1])
    artwork = webhooks.parse(json.dumps(data))
    assert isinstance(artwork, Artwork)
    assert artwork.results == ["https://cdn.test/a.webp"]
    assert artwork.duration == 4.5


def test_a_new_status_does_not_break_get() -> None:
    data: dict[str, Any] = artwork_json(new_id(), status="paused")
    script = Script().on("GET", artwork_path(data["id"]), json_response(200, data))
    with sync_client(script) as client:
        artwork = client.artworks.get(data["id"])
    assert artwork.status == "paused"
    assert not artwork.is_terminal
