"""Answers the spec does not know yet (new enum values, types, statuses, fields, RFC 3339 spellings) must parse."""

from __future__ import annotations

import datetime
import json
from typing import Any

import httpx
import pytest
from tengrai_api.api.artworks import get_artwork, list_artworks
from tengrai_api.client import AuthenticatedClient
from tengrai_api.models import FaceRefinerArtwork, QuantumArtwork, SelenaVarieteArtwork, UnknownArtwork


def quantum(**overrides: Any) -> dict[str, Any]:
    """A documented Quantum artwork payload (from the seed example), with overrides."""
    payload: dict[str, Any] = {
        "id": "3fa85f64-5717-4562-b3fc-2c963f66afa6",
        "artworkType": "quantum",
        "parameters": {"prompt": "a fox", "style": "default", "aspectRatio": "1:1", "outputFormat": "auto"},
        "duration": 0,
        "results": ["https://cdn.example/a.webp"],
        "status": "starting",
        "createdAt": "2024-07-29T15:51:28.071Z",
    }
    payload.update(overrides)
    return payload


def client_answering(payload: Any) -> AuthenticatedClient:
    def handler(request: httpx.Request) -> httpx.Response:
        return httpx.Response(200, content=json.dumps(payload).encode(), headers={"content-type": "application/json"})

    return AuthenticatedClient(
        base_url="https://api.example", token="k", httpx_args={"transport": httpx.MockTransport(handler)}
    )


def get(payload: Any) -> Any:
    return get_artwork.sync_detailed("x", client=client_answering(payload)).parsed


def test_documented_payload_parses_with_known_values() -> None:
    parsed = get(quantum())
    assert isinstance(parsed, QuantumArtwork)
    assert parsed.status == "starting"
    assert parsed.parameters.style == "default"
    assert parsed.created_at == datetime.datetime(2024, 7, 29, 15, 51, 28, 71000, tzinfo=datetime.UTC)


@pytest.mark.parametrize(
    ("field", "value"),
    [("style", "neo-noir"), ("aspectRatio", "5:4"), ("outputFormat", "avif"), ("promptMode", "oracle")],
)
def test_unknown_parameter_enum_values_are_kept_as_strings(field: str, value: str) -> None:
    payload = quantum()
    payload["parameters"][field] = value
    parsed = get(payload)
    assert isinstance(parsed, QuantumArtwork)
    assert parsed.parameters.to_dict()[field] == value


def test_unknown_status_is_kept() -> None:
    parsed = get(quantum(status="queued_for_gpu"))
    assert isinstance(parsed, QuantumArtwork)
    assert parsed.status == "queued_for_gpu"


def test_unknown_artwork_type_parses_into_the_fallback() -> None:
    parsed = get(quantum(artworkType="video_magic", parameters={"fps": 24}))
    assert isinstance(parsed, UnknownArtwork)
    assert parsed.artwork_type == "video_magic"
    assert parsed.parameters.to_dict() == {"fps": 24}


def test_extra_fields_are_kept() -> None:
    payload = quantum(creditsUsed=3, progress={"percent": 40})
    payload["parameters"]["guidanceScale"] = 7.5
    parsed = get(payload)
    assert isinstance(parsed, QuantumArtwork)
    assert parsed.additional_properties == {"creditsUsed": 3, "progress": {"percent": 40}}
    assert parsed.parameters.additional_properties == {"guidanceScale": 7.5}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("2024-07-29t15:51:28.071z", datetime.datetime(2024, 7, 29, 15, 51, 28, 71000, tzinfo=datetime.UTC)),
        ("2024-07-29T15:51:28Z", datetime.datetime(2024, 7, 29, 15, 51, 28, tzinfo=datetime.UTC)),
        (
            "2024-07-29T17:51:28.5+02:00",
            datetime.datetime(2024, 7, 29, 17, 51, 28, 500000, tzinfo=datetime.timezone(datetime.timedelta(hours=2))),
        ),
    ],
)
def test_rfc3339_date_time_spellings(text: str, expected: datetime.datetime) -> None:
    parsed = get(quantum(createdAt=text))
    assert isinstance(parsed, QuantumArtwork)
    assert parsed.created_at == expected


def test_each_type_in_a_list_parses_into_its_own_class_even_beside_unknown_ones() -> None:
    page = [
        quantum(),
        quantum(artworkType="face_refiner", parameters={"imageUrl": "https://x/y.png", "denoising": 3}),
        quantum(artworkType="selena_variete", parameters={"processingMode": "teleport", "batch": 1}),
        quantum(artworkType="brand_new_type"),
    ]
    parsed = list_artworks.sync_detailed(client=client_answering(page)).parsed
    assert isinstance(parsed, list)
    assert [type(item) for item in parsed] == [QuantumArtwork, FaceRefinerArtwork, SelenaVarieteArtwork, UnknownArtwork]


def test_error_body_with_a_list_message_parses() -> None:
    def handler(request: httpx.Request) -> httpx.Response:
        body = {"message": ["width must not be greater than 1360"], "statusCode": 400, "error": "Bad Request"}
        return httpx.Response(400, json=body)

    client = AuthenticatedClient(
        base_url="https://api.example", token="k", httpx_args={"transport": httpx.MockTransport(handler)}
    )
    parsed = get_artwork.sync_detailed("x", client=client).parsed
    assert parsed is not None
    assert parsed.to_dict()["message"] == ["width must not be greater than 1360"]
