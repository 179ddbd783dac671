"""The spec carries every fact of the five seed pages (../shared/seeds/), checked field by field.

The expected values below are transcribed from the seed documents on purpose: this test is the bridge between
the documentation and the spec, so it must not read its expectations from the spec it checks.
"""

from __future__ import annotations

from typing import Any

import pytest

from tengrai import _spec

SELENA_STYLES = [
    "default", "portraiture", "landscape", "photographer", "analog", "car", "food", "horror", "stained-glass",
    "impasto", "abstract-ink", "illustration", "aquarelle", "water-cute", "sphericute", "fairytale", "machinart",
    "isometric", "logo", "abstractpen", "lineart", "manga", "infiny-weave", "infiny-pattern", "infiny-flow",
]  # fmt: skip
QUANTUM_STYLES = [*SELENA_STYLES, "tengrai-anime", "folktale"]
SELENA_RATIOS = ["1:1", "7:9", "2:3", "4:7", "9:16", "9:21", "9:7", "3:2", "7:4", "16:9", "21:9"]
QUANTUM_RATIOS = ["1:1", "9:16", "2:3", "3:4", "16:9", "3:2", "4:3"]
MODELS = ["tengrai-20231128-m-d.safetensors", "tengrai-20240423-m-f.safetensors"]
V1_MODELS = ["tengrai-20231128-m-d", "tengrai-20240423-m-f"]
STATUSES = ["starting", "processing", "succeeded", "failed", "canceled"]
COLOR_TONES = ["cool", "warm", "blackAndWhite", "pastel", "vibrantColors", "sepia", "mutedColors", "neonColors"]
CAMERA_ANGLES = [
    "closeUp", "eyeLevel", "lowAngle", "highAngle", "wormsEye", "birdsEye", "fishEye", "aerialView", "dutchAngle",
    "firstPersonView",
]  # fmt: skip
PROCESSING_MODES = ["sketch-to-image", "reimagine", "3d", "ai-rchitect", "human-pose", "retake"]
OUTPUT_FORMATS = ["auto", "png", "webp"]
MAX_AREA = 1_478_656
SEED_MAX = 2_147_483_647


def prop(operation_id: str, name: str) -> dict[str, Any]:
    """The resolved schema of one request-body property (keywords beside a $ref kept)."""
    return _spec.resolve(_spec.request_schema(operation_id)["properties"][name])


def enum_of(schema: dict[str, Any]) -> list[str]:
    """The enum values of a (resolved) schema."""
    values: list[str] = schema["enum"]
    return values


# (operation, field, expected facts) from seeds 002 (Selena Variete), 003 (Quantum), 004 (Face refiner).
REQUEST_FACTS: list[tuple[str, str, dict[str, Any]]] = [
    # Quantum (seed 003)
    ("create_quantum_artwork", "prompt", {"type": "string", "x-max-words": 200}),
    ("create_quantum_artwork", "negativePrompt", {"type": "string", "x-max-words": 64}),
    ("create_quantum_artwork", "style", {"enum": QUANTUM_STYLES}),
    ("create_quantum_artwork", "promptMode", {"enum": ["seer", "servitor"], "default": "servitor"}),
    ("create_quantum_artwork", "aspectRatio", {"enum": QUANTUM_RATIOS}),
    ("create_quantum_artwork", "width", {"type": "integer", "minimum": 512, "maximum": 1360}),
    ("create_quantum_artwork", "height", {"type": "integer", "minimum": 512, "maximum": 1360}),
    ("create_quantum_artwork", "nsfw", {"type": "boolean", "default": False}),
    ("create_quantum_artwork", "transparentBackground", {"type": "boolean"}),
    ("create_quantum_artwork", "seed", {"type": "integer", "minimum": 1, "maximum": SEED_MAX}),
    ("create_quantum_artwork", "webhook", {"type": "string", "format": "uri"}),
    ("create_quantum_artwork", "outputFormat", {"enum": OUTPUT_FORMATS, "default": "auto"}),
    # Selena Variete (seed 002)
    ("create_selena_variete_artwork", "imageUrl", {"type": "string", "format": "uri"}),
    ("create_selena_variete_artwork", "model", {"enum": MODELS}),
    ("create_selena_variete_artwork", "batch", {"type": "integer", "minimum": 1, "maximum": 2, "default": 2}),
    ("create_selena_variete_artwork", "prompt", {"type": "string", "default": "cat", "x-max-words": 256}),
    ("create_selena_variete_artwork", "negativePrompt", {"type": "string", "x-max-words": 64}),
    ("create_selena_variete_artwork", "style", {"enum": SELENA_STYLES, "default": "default"}),
    ("create_selena_variete_artwork", "processingMode", {"enum": PROCESSING_MODES}),
    ("create_selena_variete_artwork", "promptMode", {"enum": ["seer", "servitor"], "default": "servitor"}),
    ("create_selena_variete_artwork", "creativity", {"type": "integer", "minimum": 1, "maximum": 5, "default": 3}),
    ("create_selena_variete_artwork", "details", {"type": "integer", "minimum": 1, "maximum": 5, "default": 3}),
    ("create_selena_variete_artwork", "denoising", {"type": "integer", "minimum": 1, "maximum": 5, "default": 3}),
    ("create_selena_variete_artwork", "aspectRatio", {"enum": SELENA_RATIOS}),
    ("create_selena_variete_artwork", "width", {"type": "integer", "minimum": 512, "maximum": 2048}),
    ("create_selena_variete_artwork", "height", {"type": "integer", "minimum": 512, "maximum": 2048}),
    ("create_selena_variete_artwork", "nsfw", {"type": "boolean", "default": False}),
    ("create_selena_variete_artwork", "transparentBackground", {"type": "boolean"}),
    ("create_selena_variete_artwork", "colorTone", {"enum": COLOR_TONES}),
    ("create_selena_variete_artwork", "webhook", {"type": "string", "format": "uri"}),
    # Face refiner (seed 004)
    ("create_face_refiner_artwork", "imageUrl", {"type": "string", "format": "uri"}),
    ("create_face_refiner_artwork", "model", {"enum": MODELS}),
    ("create_face_refiner_artwork", "denoising", {"type": "integer", "minimum": 1, "maximum": 5, "default": 3}),
    ("create_face_refiner_artwork", "seed", {"type": "integer", "minimum": 1, "maximum": SEED_MAX}),
    ("create_face_refiner_artwork", "webhook", {"type": "string", "format": "uri"}),
    ("create_face_refiner_artwork", "outputFormat", {"enum": OUTPUT_FORMATS, "default": "auto"}),
]


@pytest.mark.parametrize(("operation_id", "field", "facts"), REQUEST_FACTS, ids=lambda v: str(v)[:40])
def test_request_field_carries_seed_facts(operation_id: str, field: str, facts: dict[str, Any]) -> None:
    schema = prop(operation_id, field)
    for key, expected in facts.items():
        if key == "enum":
            assert sorted(enum_of(schema)) == sorted(expected), f"{operation_id}.{field} enum"
        else:
            assert schema.get(key) == expected, f"{operation_id}.{field}: {key}"


@pytest.mark.parametrize(
    ("operation_id", "fields", "required"),
    [
        (
            "create_quantum_artwork",
            {"prompt", "negativePrompt", "style", "promptMode", "aspectRatio", "width", "height", "nsfw",
             "transparentBackground", "seed", "webhook", "outputFormat"},
            set(),
        ),
        (
            "create_selena_variete_artwork",
            {"imageUrl", "model", "batch", "prompt", "negativePrompt", "style", "processingMode", "promptMode",
             "creativity", "details", "denoising", "aspectRatio", "width", "height", "nsfw", "transparentBackground",
             "colorTone", "webhook"},
            {"imageUrl"},
        ),
        (
            "create_face_refiner_artwork",
            {"imageUrl", "model", "denoising", "seed", "webhook", "outputFormat"},
            {"imageUrl"},
        ),
    ],
)  # fmt: skip
def test_request_has_exactly_the_documented_fields(operation_id: str, fields: set[str], required: set[str]) -> None:
    schema = _spec.request_schema(operation_id)
    assert set(schema["properties"]) == fields
    assert set(schema.get("required", [])) == required
    assert schema["additionalProperties"] is False


@pytest.mark.parametrize("operation_id", ["create_quantum_artwork", "create_selena_variete_artwork"])
def test_pixel_area_limit_and_size_pairing(operation_id: str) -> None:
    schema = _spec.request_schema(operation_id)
    assert schema["x-max-pixel-area"] == MAX_AREA
    assert 1216 * 1216 <= MAX_AREA < 1217 * 1216
    assert schema["dependentRequired"] == {"width": ["height"], "height": ["width"]}


@pytest.mark.parametrize("operation_id", ["create_quantum_artwork", "create_face_refiner_artwork"])
def test_seed_transform_and_webhook_rule(operation_id: str) -> None:
    seed = prop(operation_id, "seed")
    assert seed["x-seed-transform"] == {"multiplier": 1.2, "offset": 17}
    webhook = prop(operation_id, "webhook")
    assert webhook["x-webhook-policy"] == "https-public-host"
    assert webhook["pattern"] == "^https://"


def test_aspect_ratio_default_is_one_to_one_at_1024() -> None:
    for name in ("AspectRatio", "QuantumAspectRatio"):
        schema = _spec.component(name)
        assert schema["x-default"] == "1:1"
        assert schema["x-sizes"]["1:1"] == [1024, 1024]
        assert sorted(schema["x-sizes"]) == sorted(schema["enum"])


def test_auto_output_format_means_webp() -> None:
    assert _spec.component("OutputFormat")["x-resolved"] == {"auto": "webp", "png": "png", "webp": "webp"}


# Seed 000 (GET /v2/artworks/{id}): the artwork object and the Selena branch of the oneOf.
ARTWORK_FIELDS = {"id", "artworkType", "parameters", "duration", "results", "status", "createdAt"}
SELENA_RESPONSE_PARAMETERS = {
    "model", "batch", "promptMode", "prompt", "negativePrompt", "style", "creativity", "details", "aspectRatio",
    "width", "height", "nsfw", "transparentBackground", "colorTone", "cameraAngle", "webhook",
}  # fmt: skip


def test_artwork_object_fields_and_status_enum() -> None:
    for name in ("SelenaArtwork", "SelenaVarieteArtwork", "QuantumArtwork", "FaceRefinerArtwork"):
        schema = _spec.component(name)
        assert set(schema["required"]) == ARTWORK_FIELDS, name
        assert schema["properties"]["id"]["format"] == "uuid"
        assert schema["properties"]["createdAt"]["format"] == "date-time"
        assert schema["properties"]["results"]["items"]["type"] == "string"
    status = _spec.component("ArtworkStatus")
    assert status["enum"] == STATUSES
    assert set(status["x-terminal"]) == {"succeeded", "failed", "canceled"}
    assert set(_spec.component("SelenaArtworkParameters")["properties"]) >= SELENA_RESPONSE_PARAMETERS
    assert sorted(_spec.component("CameraAngle")["enum"]) == sorted(CAMERA_ANGLES)


def test_get_artwork_is_a_oneof_of_every_documented_type() -> None:
    branches = [_spec.resolve(b) for b in _spec.component("Artwork")["oneOf"]]
    pinned = [b["properties"]["artworkType"].get("const") for b in branches]
    documented = [
        "selena", "selena_variete", "quantum", "face_refiner", "face_swap", "upscaling_v2", "detailer_upscaler",
        "remove_background", "segmentation", "depth_map", "hamilton", "photo_pilot",
    ]  # fmt: skip
    inferred = [b["properties"]["artworkType"]["const"] for b in branches if b.get("x-inferred-artwork-type")]
    assert inferred == ["style_dna_anchor", "style_dna", "style_dna_edit"], "Style DNA pages show no artworkType"
    assert [p for p in pinned if p is not None and p not in inferred] == documented
    assert pinned[-1] is None, "the last branch takes artwork types the spec does not know yet"
    assert sorted(_spec.component("ArtworkType")["enum"]) == sorted(documented + inferred)


# Seed 001 (GET /v1/artworks): pagination, the two V1 branches, the V1 status enum and the error body.
def test_v1_list_pagination_and_branches() -> None:
    _, path, op = _spec.operation("list_v1_artworks")
    assert path == "/v1/artworks"
    params = {p["name"]: _spec.resolve(p)["schema"] for p in map(_spec.resolve, op["parameters"])}
    assert params["offset"]["default"] == 0
    assert (params["limit"]["minimum"], params["limit"]["maximum"], params["limit"]["default"]) == (1, 500, 10)
    assert set(op["responses"]) == {"200", "400", "401", "403", "429", "500"}
    consts = [_spec.resolve(b)["properties"]["artworkType"].get("const") for b in _spec.component("V1Artwork")["oneOf"]]
    assert consts[:2] == ["txt2img", "upscaling"]
    assert _spec.component("V1ArtworkStatus")["enum"] == ["done", "failed"]
    assert _spec.component("V1Model")["enum"] == V1_MODELS
    assert _spec.component("V1Model")["default"] == "tengrai-20231128-m-d"


def test_error_body() -> None:
    error = _spec.component("ErrorResponse")
    assert set(error["required"]) == {"message", "statusCode"}
    assert error["properties"]["statusCode"]["type"] == "number"
    assert "error" in error["properties"]


@pytest.mark.parametrize(
    ("operation_id", "method", "path", "codes"),
    [
        ("get_artwork", "GET", "/v2/artworks/{id}", {"200", "400", "401", "403", "404", "429", "500"}),
        ("list_artworks", "GET", "/v2/artworks", {"200", "400", "401", "403", "429", "500"}),
        ("create_quantum_artwork", "POST", "/v2/artworks/quantum", {"202", "400", "401", "403", "429", "500"}),
        ("create_selena_variete_artwork", "POST", "/v2/artworks/selena-variete",
         {"202", "400", "401", "403", "429", "500"}),
        ("create_face_refiner_artwork", "POST", "/v2/artworks/face-refiner",
         {"202", "400", "401", "403", "429", "500"}),
    ],
)  # fmt: skip
def test_operations_paths_and_responses(operation_id: str, method: str, path: str, codes: set[str]) -> None:
    found_method, found_path, op = _spec.operation(operation_id)
    assert (found_method, found_path) == (method, path)
    assert set(op["responses"]) == codes
    if method == "POST":
        link = _spec.resolve(op["responses"]["202"]["links"]["GetCreatedArtwork"])
        assert link == {**link, "operationId": "get_artwork", "parameters": {"id": "$response.body#/id"}}


def test_bearer_auth_everywhere() -> None:
    doc = _spec.document()
    assert doc["components"]["securitySchemes"]["bearerAuth"] == {
        **doc["components"]["securitySchemes"]["bearerAuth"],
        "type": "http",
        "scheme": "bearer",
    }
    assert doc["security"] == [{"bearerAuth": []}]
    assert "artworkCompleted" in doc["webhooks"]
