"""The spec carries the facts of section 11 of the reference facts for the V1 synchronous operations (the 1.3.0
pages: txt2img, upscaling, Hamilton, Textcraft, Style DNA generate / generate asset / edit / remove background, and
the V1 organization operations), field by field, with their answers and documented response codes.

As in `test_seed_facts`, the expected values are transcribed from the documentation, not read from the spec.
"""

from __future__ import annotations

from typing import Any

import pytest

from tengrai.mock import _openapi as _spec

from .test_seed_facts import SELENA_RATIOS, SELENA_STYLES, V1_MODELS, enum_of, prop

HAMILTON_STYLES = [
    "default", "stained-glass", "line-drawing", "simple-sketch", "hand-sketch", "coloring-book", "plasticine",
    "photographer", "analog", "abstract-flat", "surreal", "manga",
]  # fmt: skip
HAMILTON_RATIOS = ["1:1", "2:3", "3:4", "4:3", "9:16", "3:2", "16:9"]
SYNC_CODES = ["201", "400", "401", "403", "429", "500", "504"]
STYLE_DNA_AREA = 1_763_584

# (operationId, method, path) of every V1 operation of section 11 this issue adds.
OPERATIONS = [
    ("v1_txt2img", "post", "/v1/artworks/txt2img"),  # §11.3
    ("v1_upscaling", "post", "/v1/artworks/upscaling"),  # §11.4
    ("v1_hamilton", "post", "/v1/artworks/hamilton"),  # §11.5
    ("v1_textcraft", "post", "/v1/textcraft"),  # §11.8
    ("v1_style_dna_generate", "post", "/v1/style-dna/generate"),  # §11.9
    ("v1_style_dna_generate_asset", "post", "/v1/style-dna/generate/asset"),  # §11.10
    ("v1_style_dna_edit", "post", "/v1/style-dna/edit"),  # §11.11
    ("v1_style_dna_remove_background", "post", "/v1/style-dna/remove-background"),  # §11.12
    ("v1_create_api_key", "post", "/v1/organizations/{orgId}/api-keys"),  # §11.13
    ("v1_revoke_api_key", "delete", "/v1/organizations/{orgId}/api-keys/{keyId}"),  # §11.14
    ("v1_rotate_webhook_secret", "post", "/v1/organizations/{orgId}/webhook-secret"),  # §11.15
]

REQUEST_FACTS: list[tuple[str, str, dict[str, Any]]] = [
    # §11.3 txt2img
    ("v1_txt2img", "model", {"enum": V1_MODELS, "default": "tengrai-20231128-m-d"}),
    ("v1_txt2img", "promptMode", {"enum": ["seer", "servitor"], "default": "seer"}),
    ("v1_txt2img", "prompt", {"type": "string", "default": "cat", "x-max-words": 256}),
    ("v1_txt2img", "negativePrompt", {"type": "string", "x-max-words": 64}),
    ("v1_txt2img", "style", {"enum": SELENA_STYLES, "default": "default"}),
    ("v1_txt2img", "creativity", {"type": "integer", "minimum": 1, "maximum": 5, "default": 3}),
    ("v1_txt2img", "details", {"type": "integer", "minimum": 1, "maximum": 5, "default": 3}),
    ("v1_txt2img", "aspectRatio", {"enum": SELENA_RATIOS, "default": "1:1"}),
    ("v1_txt2img", "width", {"type": "integer", "minimum": 512, "maximum": 2048}),
    ("v1_txt2img", "height", {"type": "integer", "minimum": 512, "maximum": 2048}),
    ("v1_txt2img", "nsfw", {"type": "boolean"}),
    # §11.4 upscaling
    ("v1_upscaling", "imageUrl", {"type": "string", "format": "uri", "x-max-image-pixel-area": 1_478_656}),
    ("v1_upscaling", "scaleFactor", {"type": "integer", "minimum": 2, "maximum": 8, "default": 2}),
    # §11.5 Hamilton (as 10.6, promptMode default seer, three booleans)
    ("v1_hamilton", "prompt", {"type": "string", "default": "cat", "x-max-words": 256}),
    ("v1_hamilton", "negativePrompt", {"type": "string", "x-max-words": 64}),
    ("v1_hamilton", "style", {"enum": HAMILTON_STYLES}),
    ("v1_hamilton", "promptMode", {"enum": ["seer", "servitor"], "default": "seer"}),
    ("v1_hamilton", "creativity", {"type": "integer", "minimum": 1, "maximum": 5, "default": 3}),
    ("v1_hamilton", "effort", {"type": "integer", "minimum": 1, "maximum": 5, "default": 3}),
    ("v1_hamilton", "aspectRatio", {"enum": HAMILTON_RATIOS}),
    ("v1_hamilton", "width", {"type": "integer", "minimum": 512, "maximum": 2048}),
    ("v1_hamilton", "nsfw", {"type": "boolean"}),
    ("v1_hamilton", "transparentBackground", {"type": "boolean"}),
    ("v1_hamilton", "highResolution", {"type": "boolean"}),
    # §11.8 Textcraft (1.x fields, and the V1-deprecated / V2 Text2TextRequest additions)
    ("v1_textcraft", "prompt", {"type": "string"}),
    ("v1_textcraft", "model", {"type": "string"}),
    ("v1_textcraft", "temperature", {"type": "number"}),
    ("v1_textcraft", "maxTokens", {"type": "number"}),
    ("v1_textcraft", "imageUrl", {"type": "string"}),
    ("v1_textcraft", "imageData", {"type": "string"}),
    ("v1_textcraft", "thinking", {"type": "boolean"}),
    ("v1_textcraft", "additionalModelRequestFields", {"type": "object", "additionalProperties": True}),
    # §11.9 Style DNA generate (10.16 without webhook)
    ("v1_style_dna_generate", "visualPrompt", {"type": "string"}),
    ("v1_style_dna_generate", "anchorImageUrl", {"type": "string"}),
    ("v1_style_dna_generate", "description", {"type": "string"}),
    ("v1_style_dna_generate", "aspectRatio", {"type": "string"}),
    ("v1_style_dna_generate", "width", {"type": "number", "minimum": 512, "maximum": 2048}),
    ("v1_style_dna_generate", "height", {"type": "number", "minimum": 512, "maximum": 2048}),
    ("v1_style_dna_generate", "imageFormat", {"enum": ["png", "webp"], "default": "png"}),
    # §11.10 generate asset
    ("v1_style_dna_generate_asset", "visualPrompt", {"type": "string"}),
    (
        "v1_style_dna_generate_asset",
        "backgroundMode",
        {"enum": ["transparent", "white", "chroma_green"], "default": "transparent"},
    ),
    ("v1_style_dna_generate_asset", "imageFormat", {"enum": ["png", "webp"], "default": "png"}),
    # §11.11 edit
    ("v1_style_dna_edit", "prompt", {"type": "string"}),
    ("v1_style_dna_edit", "negativePrompt", {"type": "string"}),
    ("v1_style_dna_edit", "imageGuidance", {"enum": [1, 2, 3]}),
    ("v1_style_dna_edit", "modification", {"type": "number", "minimum": 1, "maximum": 5}),
    ("v1_style_dna_edit", "creativity", {"type": "number", "minimum": 1, "maximum": 5}),
    ("v1_style_dna_edit", "effort", {"type": "number", "minimum": 1, "maximum": 5}),
    ("v1_style_dna_edit", "aspectRatio", {"enum": HAMILTON_RATIOS}),
    ("v1_style_dna_edit", "width", {"type": "number", "minimum": 512, "maximum": 2048}),
    ("v1_style_dna_edit", "imageUrl", {"type": "string"}),
    ("v1_style_dna_edit", "imageFormat", {"enum": ["png", "webp"], "default": "png"}),
    # §11.12 remove background (input ≤ 2048 x 2048 and ≤ 1,763,584 pixels)
    ("v1_style_dna_remove_background", "imageFormat", {"enum": ["png", "webp"], "default": "png"}),
    (
        "v1_style_dna_remove_background",
        "imageUrl",
        {"type": "string", "x-max-image-side": 2048, "x-max-image-pixel-area": STYLE_DNA_AREA},
    ),
    # §11.13 create API key (1.3.0 page + V1 CreateApiKeyRequest)
    ("v1_create_api_key", "label", {"type": "string", "minLength": 1, "maxLength": 100}),
    ("v1_create_api_key", "scope", {"enum": ["generator", "manager", "admin"]}),
    ("v1_create_api_key", "credits", {"type": "integer", "default": 0}),
    ("v1_create_api_key", "domains", {"type": "array", "minItems": 1}),
]

REQUIRED = {
    "v1_txt2img": set(),
    "v1_upscaling": {"imageUrl"},  # labelled x-sdk-own (no flag visible)
    "v1_hamilton": set(),
    "v1_textcraft": {"prompt", "model"},
    "v1_style_dna_generate": {"visualPrompt", "anchorImageUrl", "description"},
    "v1_style_dna_generate_asset": {"visualPrompt", "anchorImageUrl", "description"},
    "v1_style_dna_edit": {"imageGuidance", "modification", "creativity", "effort", "imageUrl"},
    "v1_style_dna_remove_background": {"imageUrl"},  # labelled x-sdk-own (name not visible)
    "v1_create_api_key": {"label", "scope", "domains"},
}


def _answer(operation_id: str, status: str) -> dict[str, Any]:
    _, _, op = _spec.operation(operation_id)
    return _spec.resolve(op["responses"][status]["content"]["application/json"]["schema"])


@pytest.mark.parametrize(("operation_id", "method", "path"), OPERATIONS)
def test_every_v1_operation_is_in_the_spec(operation_id: str, method: str, path: str) -> None:
    found_method, found_path, _ = _spec.operation(operation_id)
    assert (found_method, found_path) == (method.upper(), path)


@pytest.mark.parametrize(("operation_id", "field", "facts"), REQUEST_FACTS)
def test_v1_request_fields(operation_id: str, field: str, facts: dict[str, Any]) -> None:
    schema = prop(operation_id, field)
    for keyword, value in facts.items():
        assert (enum_of(schema) if keyword == "enum" else schema.get(keyword)) == value, (field, keyword)


@pytest.mark.parametrize(("operation_id", "required"), REQUIRED.items())
def test_v1_required_fields_and_closed_bodies(operation_id: str, required: set[str]) -> None:
    schema = _spec.request_schema(operation_id)
    assert set(schema.get("required", ())) == required
    assert schema["additionalProperties"] is False


def test_v1_area_limits() -> None:
    for operation_id in ("v1_txt2img", "v1_hamilton"):  # 1.3.0: 1,478,656 (Hamilton too, §14.12)
        assert _spec.request_schema(operation_id)["x-max-pixel-area"] == 1_478_656
        assert "x-max-pixel-area-with" not in _spec.request_schema(operation_id)
    for operation_id in ("v1_style_dna_generate", "v1_style_dna_generate_asset", "v1_style_dna_edit"):
        assert _spec.request_schema(operation_id)["x-max-pixel-area"] == STYLE_DNA_AREA
    assert "webhook" not in _spec.request_schema("v1_style_dna_generate")["properties"]  # §11.9: no webhook


@pytest.mark.parametrize(
    "operation_id",
    [op for op, _, _ in OPERATIONS if not op.startswith(("v1_create_api", "v1_revoke", "v1_rotate"))],
)
def test_synchronous_operations_answer_201_or_504(operation_id: str) -> None:
    _, _, op = _spec.operation(operation_id)
    assert sorted(op["responses"]) == SYNC_CODES
    assert op["x-synchronous"] is True
    error = _spec.resolve(_spec.resolve(op["responses"]["504"])["content"]["application/json"]["schema"])
    assert set(error["required"]) == {"message", "statusCode"}


def test_v1_creates_answer_v1_artworks_done_or_failed() -> None:
    branches = {_spec.resolve(branch)["properties"]["artworkType"].get("const") for branch in
                _answer("v1_txt2img", "201")["oneOf"]}  # fmt: skip
    assert {"txt2img", "upscaling", "hamilton"} <= branches
    assert enum_of(_spec.component("V1ArtworkStatus")) == ["done", "failed"]
    for operation_id, artwork_type in (("v1_txt2img", "txt2img"), ("v1_upscaling", "upscaling"),
                                       ("v1_hamilton", "hamilton")):  # fmt: skip
        _, _, op = _spec.operation(operation_id)
        assert op["x-recover-with"] == {"operationId": "list_v1_artworks", "artworkType": artwork_type}


def test_style_dna_answers_are_expiring_image_assets() -> None:
    for operation_id in ("v1_style_dna_generate", "v1_style_dna_generate_asset", "v1_style_dna_edit",
                         "v1_style_dna_remove_background"):  # fmt: skip
        answer = _answer(operation_id, "201")
        assert set(answer["required"]) == {"imageUrl", "expiresAt", "creditsUsed"}
        assert answer["properties"]["expiresAt"] == {**answer["properties"]["expiresAt"], "format": "date-time"}
        assert answer["properties"]["creditsUsed"]["type"] == "number"


def test_textcraft_answer() -> None:
    answer = _answer("v1_textcraft", "201")
    assert set(answer["required"]) == {"text", "creditsUsed"}
    assert {name: answer["properties"][name]["type"] for name in answer["properties"]} == {
        "text": "string", "reasoning": "string", "tokens": "number", "toolCalls": "array", "creditsUsed": "number"
    }  # fmt: skip
    call = _spec.resolve(answer["properties"]["toolCalls"]["items"])
    assert set(call["required"]) == {"toolName", "toolCallId"}
    reasoning = prop("v1_textcraft", "reasoningConfig")
    assert enum_of(reasoning["properties"]["type"]) == ["enabled", "disabled"]
    assert reasoning["properties"]["budgetTokens"]["type"] == "integer"


def test_v1_organization_operations() -> None:
    assert enum_of(_spec.resolve(prop("v1_create_api_key", "domains")["items"])) == [
        "artworks", "style-dna", "textcraft", "*"
    ]  # fmt: skip
    answers = {
        "v1_create_api_key": ("201", "ApiKey", "admin"),
        "v1_revoke_api_key": ("200", "ApiKeyRevocation", "admin"),
        "v1_rotate_webhook_secret": ("200", "WebhookSecret", "manager"),
    }
    for operation_id, (status, component, scope) in answers.items():
        _, _, op = _spec.operation(operation_id)
        schema = op["responses"][status]["content"]["application/json"]["schema"]
        assert schema["$ref"].rsplit("/", 1)[-1] == component
        assert op["x-min-scope"] == scope
    key = _spec.component("ApiKey")
    assert set(key["required"]) == {
        "keyId", "keyPrefix", "label", "scope", "environment", "credits", "status", "usageCount", "lastUsedAt",
        "expiresAt", "createdAt",
    }  # fmt: skip


def test_textcraft_tools_are_a_map_of_name_to_description_and_parameters() -> None:
    # §10.18: `tools` map name -> {description string REQUIRED, parameters object REQUIRED (param -> description)}
    tools = prop("v1_textcraft", "tools")
    assert tools["type"] == "object"
    tool = _spec.resolve(tools["additionalProperties"])
    assert tool["type"] == "object"
    assert set(tool["required"]) == {"description", "parameters"}
    assert tool["properties"]["description"]["type"] == "string"
    assert tool["properties"]["parameters"]["type"] == "object"
    assert tool["properties"]["parameters"]["additionalProperties"] == {"type": "string"}
    assert tool["x-sdk-own"] == ["additionalProperties"]  # closed to other keys: the SDK's reading (NOTES)
