"""Records of the non-artwork answers (API keys, webhook secrets, revocations) and V1 artworks, parsed from the
mock's real answers and from edge-case payloads."""

from __future__ import annotations

import dataclasses
import datetime
import json
from typing import Any

import pytest

from tengrai import ApiKey, ApiKeyRevocation, V1Artwork, WebhookSecret
from tengrai._fields import snake  # the package's one camelCase -> snake_case rule
from tengrai._model.answers import RECORDS
from tengrai._model.artwork import parse_answer
from tengrai.mock import TEST_ADMIN_KEY, TEST_ORG_ID
from tengrai.mock import _openapi as _spec
from tests.mock.support import LIST_V1, running_mock
from tests.paths import api_key_path, api_keys_path, webhook_secret_path

ADMIN = {"Authorization": f"Bearer {TEST_ADMIN_KEY}"}
NEW_KEY = {"label": "nightly", "scope": "manager", "domains": ["artworks-internal"], "credits": 25}
# The 1.0.0 example of GET /v1/artworks (facts §11.1).
DOC_EXAMPLE = {
    "id": "3fa85f64-5717-4562-b3fc-2c963f66afa6",
    "artworkType": "txt2img",
    "parameters": {
        "model": "tengrai-20231128-m-d",
        "promptMode": "seer",
        "prompt": "cat",
        "negativePrompt": "string",
        "style": "default",
        "creativity": 3,
        "details": 3,
        "aspectRatio": "1:1",
        "nsfw": False,
    },
    "duration": 0,
    "results": ["string"],
    "status": "done",
    "createdAt": "2024-07-29T15:51:28.071Z",
}


@pytest.mark.parametrize("component", sorted(RECORDS))
def test_each_record_has_exactly_the_properties_of_its_spec_component(component: str) -> None:
    cls = RECORDS[component]
    attributes = {item.name for item in dataclasses.fields(cls) if not item.name.startswith("_")}  # type: ignore[arg-type]
    assert attributes == {snake(name) for name in _spec.component(component)["properties"]}


def test_a_minted_key_parses_and_hides_its_secret() -> None:
    with running_mock() as mock:
        answer = mock.http.post(api_keys_path(TEST_ORG_ID), json=NEW_KEY, headers=ADMIN).json()
    key = ApiKey.from_dict(answer)
    assert key.api_key == answer["apiKey"]
    assert (key.label, key.scope, key.credits, key.status) == ("nightly", "manager", 25, "active")
    assert key.key_prefix == answer["apiKey"][:10]
    assert key.created_at.tzinfo is not None
    assert key.last_used_at is None
    assert answer["apiKey"] not in repr(key)
    assert answer["apiKey"] not in str(key)
    assert "api_key=<redacted>" in repr(key)
    assert key.to_dict() == answer
    # The generated model of the component parses the same answer (``raw``, for power users).
    from tengrai_api.models import ApiKey as GeneratedApiKey

    assert isinstance(key.raw, GeneratedApiKey)
    assert (key.raw.key_id, key.raw.created_at) == (key.key_id, key.created_at)


def test_a_key_record_without_the_secret_says_none() -> None:
    with running_mock() as mock:
        answer = mock.http.post(api_keys_path(TEST_ORG_ID), json=NEW_KEY, headers=ADMIN).json()
    del answer["apiKey"]
    key = ApiKey.from_dict(answer)
    assert key.api_key is None
    assert "api_key=None" in repr(key)


def test_unknown_values_and_fields_still_parse() -> None:
    with running_mock() as mock:
        answer = mock.http.post(api_keys_path(TEST_ORG_ID), json=NEW_KEY, headers=ADMIN).json()
    newer = {
        **answer,
        "scope": "auditor",
        "status": "suspended",
        "domains": ["*"],
        "lastUsedAt": "2026-01-02T03:04:05Z",
    }
    key = ApiKey.from_dict(newer)
    assert (key.scope, key.status) == ("auditor", "suspended")
    assert key.last_used_at == datetime.datetime(2026, 1, 2, 3, 4, 5, tzinfo=datetime.UTC)
    assert key.to_dict()["domains"] == ["*"]
    assert key.extra == {"domains": ["*"]}  # a field this version does not know stays reachable


@pytest.mark.parametrize(
    ("change", "message"),
    [
        ({"keyId": None}, "'keyId' must be string"),
        ({"usageCount": "many"}, "'usageCount' must be number"),
        ({"usageCount": True}, "'usageCount' must be number"),
        ({"createdAt": "yesterday"}, "'createdAt' must be an RFC 3339 date-time"),
        ({"expiresAt": 5}, "'expiresAt' must be null or string"),
    ],
)
def test_broken_key_answers_name_the_field(change: dict[str, Any], message: str) -> None:
    with running_mock() as mock:
        answer = mock.http.post(api_keys_path(TEST_ORG_ID), json=NEW_KEY, headers=ADMIN).json()
    with pytest.raises(ValueError, match=message):
        ApiKey.from_dict({**answer, **change})


def test_a_missing_required_field_is_named() -> None:
    with pytest.raises(ValueError, match="'secret' is missing"):
        WebhookSecret.from_dict({})
    with pytest.raises(ValueError, match="must be a JSON object"):
        WebhookSecret.from_dict(["not", "an", "object"])


def test_a_rotated_secret_parses_and_hides_itself() -> None:
    with running_mock() as mock:
        answer = mock.http.post(webhook_secret_path(TEST_ORG_ID), headers=ADMIN).json()
    secret = WebhookSecret.from_dict(answer)
    assert secret.secret == answer["secret"]
    assert answer["secret"] not in repr(secret)
    assert repr(secret) == "WebhookSecret(secret=<hidden, 64 characters>)"


def test_a_revocation_parses() -> None:
    with running_mock() as mock:
        answer = mock.http.delete(api_key_path(TEST_ORG_ID, "test"), headers=ADMIN).json()
    revocation = ApiKeyRevocation.from_dict(answer)
    assert revocation.success is True
    assert "test" in revocation.message


# ---------------------------------------------------------------------------------------------- V1 artworks


def test_the_documented_v1_example_parses_as_a_final_txt2img() -> None:
    artwork = V1Artwork.from_dict(json.loads(json.dumps(DOC_EXAMPLE)))
    assert isinstance(artwork, V1Artwork)
    assert (artwork.artwork_type, artwork.status, artwork.is_terminal) == ("txt2img", "done", True)
    assert artwork.parameters["promptMode"] == "seer"
    assert artwork.created_at.tzinfo is not None
    assert type(artwork.raw).__name__ == "Txt2ImgArtwork"
    assert artwork.to_dict() == DOC_EXAMPLE


def test_v1_statuses_come_from_the_spec() -> None:
    status = _spec.component("V1ArtworkStatus")
    final = {value for value in status["enum"] if V1Artwork.from_dict({**DOC_EXAMPLE, "status": value}).is_terminal}
    assert final == set(status["x-terminal"])
    assert "done" in final


def test_the_mocks_v1_artworks_parse_into_their_types() -> None:
    with running_mock() as mock:
        mock.state.add_v1_artwork("txt2img", parameters={"prompt": "cat"}, results=["https://cdn.example/c.png"])
        mock.state.add_v1_artwork("upscaling", status="failed", parameters={"imageUrl": "https://a.example/x.png"})
        page = parse_answer("V1Artwork", "array", mock.http.get(LIST_V1).json())
    assert [(a.artwork_type, a.status, a.is_terminal) for a in page] == [
        ("upscaling", "failed", True),
        ("txt2img", "done", True),
    ]
    assert [type(a.raw).__name__ for a in page] == ["UpscalingArtwork", "Txt2ImgArtwork"]


def test_unknown_v1_types_statuses_and_fields_still_parse() -> None:
    newer = {**DOC_EXAMPLE, "artworkType": "sketch2img", "status": "archived", "bucket": "b1"}
    artwork = V1Artwork.from_dict(newer)
    assert (artwork.artwork_type, artwork.status, artwork.is_terminal) == ("sketch2img", "archived", False)
    assert type(artwork.raw).__name__ == "UnknownV1Artwork"
    assert artwork.to_dict()["bucket"] == "b1"
    assert "sketch2img" in repr(artwork)


def test_broken_v1_pages_name_the_item_and_field() -> None:
    with pytest.raises(ValueError, match="item 1: field 'status'"):
        parse_answer("V1Artwork", "array", [DOC_EXAMPLE, {**DOC_EXAMPLE, "status": 3}])
    with pytest.raises(ValueError, match="JSON array"):
        parse_answer("V1Artwork", "array", {"items": []})
