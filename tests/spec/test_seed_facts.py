"""The spec carries every fact of the five seed pages (../shared/seeds/), checked field by field: the request
fields of seeds 002-004, the artwork object, the response `parameters` echoes of all five pages (ranges, defaults,
formats; enums open to new values), pagination and errors; then the facts of the other documented pages
(reference facts §10.6-10.17), that every echo documents its request's ranges, and that every example is valid.

The expected values below are transcribed from the seed documents on purpose: this test is the bridge between
the documentation and the spec, so it must not read its expectations from the spec it checks.
"""

from __future__ import annotations

from typing import Any

import pytest

from tengrai.mock import _openapi as _spec

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


def echo(component: str, name: str) -> dict[str, Any]:
    """The resolved schema of one echoed parameter of a response; a widened enum (``anyOf: [<enum>, string]``)
    shows the documented enum, with the keywords written beside the ``$ref`` kept."""
    schema = _spec.resolve(_spec.component(component)["properties"][name])
    for branch in schema.get("anyOf", ()):
        if "$ref" in branch:
            schema = {**_spec.resolve(branch), **{k: v for k, v in schema.items() if k != "anyOf"}}
    return schema


SELENA_SIZE = {"type": "integer", "minimum": 512, "maximum": 2048}
LEVEL = {"type": "integer", "minimum": 1, "maximum": 5, "default": 3}
# (response parameters schema, field, expected facts): the echoes of seeds 000-004, transcribed from the pages.
ECHO_FACTS: list[tuple[str, str, dict[str, Any]]] = [
    # seed 000: the Selena artwork
    ("SelenaArtworkParameters", "model", {"enum": MODELS}),
    ("SelenaArtworkParameters", "batch", {"type": "integer", "minimum": 1, "maximum": 2, "default": 2}),
    ("SelenaArtworkParameters", "promptMode", {"enum": ["seer", "servitor"], "default": "servitor"}),
    ("SelenaArtworkParameters", "prompt", {"type": "string", "default": "cat", "x-max-words": 256}),
    ("SelenaArtworkParameters", "negativePrompt", {"type": "string", "x-max-words": 64}),
    ("SelenaArtworkParameters", "style", {"enum": SELENA_STYLES, "default": "default"}),
    ("SelenaArtworkParameters", "creativity", LEVEL),
    ("SelenaArtworkParameters", "details", LEVEL),
    ("SelenaArtworkParameters", "aspectRatio", {"enum": SELENA_RATIOS, "x-default": "1:1"}),
    ("SelenaArtworkParameters", "width", SELENA_SIZE),
    ("SelenaArtworkParameters", "height", SELENA_SIZE),
    ("SelenaArtworkParameters", "nsfw", {"type": "boolean", "default": False}),
    ("SelenaArtworkParameters", "transparentBackground", {"type": "boolean"}),
    ("SelenaArtworkParameters", "colorTone", {"enum": COLOR_TONES}),
    ("SelenaArtworkParameters", "cameraAngle", {"enum": CAMERA_ANGLES}),
    ("SelenaArtworkParameters", "webhook", {"type": "string", "format": "uri"}),
    # seed 001: the V1 txt2img and upscaling artworks
    ("Txt2ImgArtworkParameters", "model", {"enum": V1_MODELS, "default": "tengrai-20231128-m-d"}),
    ("Txt2ImgArtworkParameters", "promptMode", {"enum": ["seer", "servitor"], "default": "seer"}),
    ("Txt2ImgArtworkParameters", "prompt", {"type": "string", "default": "cat", "x-max-words": 256}),
    ("Txt2ImgArtworkParameters", "negativePrompt", {"type": "string", "x-max-words": 64}),
    ("Txt2ImgArtworkParameters", "style", {"enum": SELENA_STYLES, "default": "default"}),
    ("Txt2ImgArtworkParameters", "creativity", LEVEL),
    ("Txt2ImgArtworkParameters", "details", LEVEL),
    ("Txt2ImgArtworkParameters", "aspectRatio", {"enum": SELENA_RATIOS, "x-default": "1:1"}),
    ("Txt2ImgArtworkParameters", "width", SELENA_SIZE),
    ("Txt2ImgArtworkParameters", "height", SELENA_SIZE),
    ("UpscalingArtworkParameters", "imageUrl", {"type": "string", "format": "uri", "x-max-image-pixel-area": MAX_AREA}),
    ("UpscalingArtworkParameters", "scaleFactor", {"type": "integer", "minimum": 2, "maximum": 8, "default": 2}),
    # seed 002: the Selena Variete artwork
    ("SelenaVarieteArtworkParameters", "imageUrl", {"type": "string", "format": "uri"}),
    ("SelenaVarieteArtworkParameters", "model", {"enum": MODELS}),
    ("SelenaVarieteArtworkParameters", "batch", {"type": "integer", "minimum": 1, "maximum": 2, "default": 2}),
    ("SelenaVarieteArtworkParameters", "prompt", {"type": "string", "default": "cat", "x-max-words": 256}),
    ("SelenaVarieteArtworkParameters", "negativePrompt", {"type": "string", "x-max-words": 64}),
    ("SelenaVarieteArtworkParameters", "style", {"enum": SELENA_STYLES, "default": "default"}),
    ("SelenaVarieteArtworkParameters", "processingMode", {"enum": PROCESSING_MODES}),
    ("SelenaVarieteArtworkParameters", "promptMode", {"enum": ["seer", "servitor"], "default": "servitor"}),
    ("SelenaVarieteArtworkParameters", "creativity", LEVEL),
    ("SelenaVarieteArtworkParameters", "details", LEVEL),
    ("SelenaVarieteArtworkParameters", "denoising", LEVEL),
    ("SelenaVarieteArtworkParameters", "aspectRatio", {"enum": SELENA_RATIOS, "x-default": "1:1"}),
    ("SelenaVarieteArtworkParameters", "width", SELENA_SIZE),
    ("SelenaVarieteArtworkParameters", "height", SELENA_SIZE),
    ("SelenaVarieteArtworkParameters", "nsfw", {"type": "boolean", "default": False}),
    ("SelenaVarieteArtworkParameters", "transparentBackground", {"type": "boolean"}),
    ("SelenaVarieteArtworkParameters", "colorTone", {"enum": COLOR_TONES}),
    ("SelenaVarieteArtworkParameters", "webhook", {"type": "string", "format": "uri"}),
    # seed 003: the Quantum artwork
    ("QuantumArtworkParameters", "prompt", {"type": "string", "x-max-words": 200}),
    ("QuantumArtworkParameters", "negativePrompt", {"type": "string", "x-max-words": 64}),
    ("QuantumArtworkParameters", "style", {"enum": QUANTUM_STYLES}),
    ("QuantumArtworkParameters", "promptMode", {"enum": ["seer", "servitor"], "default": "servitor"}),
    ("QuantumArtworkParameters", "aspectRatio", {"enum": QUANTUM_RATIOS, "x-default": "1:1"}),
    ("QuantumArtworkParameters", "width", {"type": "integer", "minimum": 512, "maximum": 1360}),
    ("QuantumArtworkParameters", "height", {"type": "integer", "minimum": 512, "maximum": 1360}),
    ("QuantumArtworkParameters", "nsfw", {"type": "boolean", "default": False}),
    ("QuantumArtworkParameters", "transparentBackground", {"type": "boolean"}),
    ("QuantumArtworkParameters", "seed", {"type": "integer", "minimum": 1, "maximum": SEED_MAX}),
    ("QuantumArtworkParameters", "webhook", {"type": "string", "format": "uri"}),
    ("QuantumArtworkParameters", "outputFormat", {"enum": OUTPUT_FORMATS, "default": "auto"}),
    # seed 004: the face refiner artwork
    ("FaceRefinerArtworkParameters", "imageUrl", {"type": "string", "format": "uri"}),
    ("FaceRefinerArtworkParameters", "model", {"enum": MODELS}),
    ("FaceRefinerArtworkParameters", "denoising", LEVEL),
    ("FaceRefinerArtworkParameters", "seed", {"type": "integer", "minimum": 1, "maximum": SEED_MAX}),
    ("FaceRefinerArtworkParameters", "webhook", {"type": "string", "format": "uri"}),
    ("FaceRefinerArtworkParameters", "outputFormat", {"enum": OUTPUT_FORMATS, "default": "auto"}),
]


@pytest.mark.parametrize(("component", "field", "facts"), ECHO_FACTS, ids=lambda v: str(v)[:40])
def test_response_echo_carries_seed_facts(component: str, field: str, facts: dict[str, Any]) -> None:
    schema = echo(component, field)
    for key, expected in facts.items():
        if key == "enum":
            assert sorted(enum_of(schema)) == sorted(expected), f"{component}.{field} enum"
        else:
            assert schema.get(key) == expected, f"{component}.{field}: {key}"


@pytest.mark.parametrize(
    "component",
    [
        "SelenaArtworkParameters",
        "Txt2ImgArtworkParameters",
        "SelenaVarieteArtworkParameters",
        "QuantumArtworkParameters",
    ],
)
def test_echoes_carry_the_documented_pixel_area_of_width_and_height(component: str) -> None:
    # seeds 000-003: "the total area (width x height) must not exceed 1,478,656 pixels", on the echoes too
    assert _spec.component(component)["x-max-pixel-area"] == MAX_AREA
    assert "1,478,656 pixels" in echo(component, "width")["description"]


def test_the_v1_upscaling_echo_states_the_source_limits() -> None:
    # seed 001: the image's area must not exceed 1,478,656 pixels; accepted formats JPEG, JPG, PNG and WebP
    description = echo("UpscalingArtworkParameters", "imageUrl")["description"]
    assert "1,478,656 pixels" in description
    assert "JPEG, JPG, PNG, and WebP" in description


def test_echo_enums_stay_open_for_values_the_api_adds_later() -> None:
    for component, field, facts in ECHO_FACTS:
        if "enum" in facts:
            raw = _spec.resolve(_spec.component(component)["properties"][field])
            assert {"type": "string"} in raw["anyOf"], f"{component}.{field} must accept any string"


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


# The other documented pages (reference facts §10.6-10.17), transcribed the same way: requests first.
HAMILTON_STYLES = [
    "default", "stained-glass", "line-drawing", "simple-sketch", "hand-sketch", "coloring-book", "plasticine",
    "photographer", "analog", "abstract-flat", "surreal", "manga",
]  # fmt: skip
SEVEN_RATIOS = ["1:1", "2:3", "3:4", "4:3", "9:16", "3:2", "16:9"]
DEPTH_MODELS = ["small", "base", "large", "giant", "mono_large", "metric_large", "nested_giant_large"]
NEW_PAGE_FACTS: list[tuple[str, str, dict[str, Any]]] = [
    ("create_selena_artwork", "batch", {"type": "integer", "minimum": 1, "maximum": 2, "default": 2}),
    ("create_selena_artwork", "cameraAngle", {"enum": CAMERA_ANGLES}),
    ("create_hamilton_artwork", "style", {"enum": HAMILTON_STYLES}),
    ("create_hamilton_artwork", "promptMode", {"default": "servitor"}),
    ("create_hamilton_artwork", "creativity", LEVEL),
    ("create_hamilton_artwork", "effort", LEVEL),
    ("create_hamilton_artwork", "aspectRatio", {"enum": SEVEN_RATIOS}),
    ("create_hamilton_artwork", "width", SELENA_SIZE),
    ("create_hamilton_artwork", "highResolution", {"type": "boolean"}),
    ("create_photo_pilot_artwork", "imageGuidance", {"type": "number", "enum": [1, 2, 3]}),
    ("create_photo_pilot_artwork", "modification", {"type": "number", "minimum": 1, "maximum": 5}),
    ("create_photo_pilot_artwork", "width", {"type": "number", "minimum": 512, "maximum": 2048}),
    ("create_face_swap_artwork", "sourceImage", {"type": "string", "format": "uri"}),
    ("create_face_swap_artwork", "targetImage", {"type": "string", "format": "uri"}),
    ("create_face_swap_artwork", "denoising", LEVEL),
    ("create_upscaling_artwork", "scaleFactor", {"type": "integer", "minimum": 2, "maximum": 8, "default": 2}),
    ("create_upscaling_artwork", "imageUrl", {"format": "uri", "x-max-image-pixel-area": MAX_AREA}),
    ("create_detailer_upscaler_artwork", "scaleFactor", {"enum": [1, 2, 4, 8], "default": 2}),
    ("create_detailer_upscaler_artwork", "details", {"type": "integer", "minimum": 1, "maximum": 3, "default": 2}),
    ("create_detailer_upscaler_artwork", "modification", {"minimum": 1, "maximum": 3, "default": 2}),
    ("create_remove_background_artwork", "outputFormat", {"enum": OUTPUT_FORMATS, "default": "auto"}),
    ("create_segmentation_artwork", "method", {"enum": ["text", "points"]}),
    ("create_segmentation_artwork", "maskExpand", {"minimum": -16384, "maximum": 16384, "default": 0}),
    ("create_segmentation_artwork", "maskBlurSigma", {"type": "number", "minimum": 0.1, "maximum": 100}),
    ("create_segmentation_artwork", "maskKernelSize", {"maximum": 100, "default": 0}),
    ("create_segmentation_artwork", "textConfidence", {"maximum": 1, "default": 0.2}),
    ("create_segmentation_artwork", "textMaxDetections", {"minimum": -1, "maximum": 100, "default": -1}),
    ("create_segmentation_artwork", "textCombineMasks", {"type": "boolean", "default": True}),
    ("create_depth_map_artwork", "resolutionLowerLimit",
     {"minimum": 256, "maximum": 2048, "multipleOf": 64, "default": 1024}),
    ("create_depth_map_artwork", "model", {"enum": DEPTH_MODELS, "default": "large"}),
    ("create_depth_map_artwork", "normalizationMode", {"enum": ["Standard", "V2-Style", "Raw"], "default": "Standard"}),
    ("create_style_dna_artwork", "width", {"type": "number", "minimum": 512, "maximum": 2048}),
    ("create_style_dna_artwork", "imageFormat", {"enum": ["png", "webp"], "default": "png"}),
    ("create_style_dna_edit_artwork", "imageGuidance", {"enum": [1, 2, 3]}),
    ("create_style_dna_edit_artwork", "negativePrompt", {"default": "", "x-max-words": 64}),
    ("create_style_dna_edit_artwork", "aspectRatio", {"enum": SEVEN_RATIOS}),
]  # fmt: skip


@pytest.mark.parametrize(("operation_id", "field", "facts"), NEW_PAGE_FACTS, ids=lambda v: str(v)[:40])
def test_request_field_carries_the_new_pages_facts(operation_id: str, field: str, facts: dict[str, Any]) -> None:
    test_request_field_carries_seed_facts(operation_id, field, facts)


@pytest.mark.parametrize(
    ("operation_id", "required", "area"),
    [
        ("create_hamilton_artwork", set(), MAX_AREA),
        ("create_photo_pilot_artwork", {"imageUrl", "imageGuidance", "modification", "creativity", "effort"}, MAX_AREA),
        ("create_face_swap_artwork", {"sourceImage", "targetImage"}, None),
        ("create_segmentation_artwork", {"imageUrl", "method"}, None),
        ("create_style_dna_artwork", {"visualPrompt", "anchorImageUrl", "description"}, 1_763_584),
        ("create_style_dna_edit_artwork", {"imageUrl", "imageGuidance", "modification", "creativity", "effort"},
         1_763_584),
    ],
)  # fmt: skip
def test_new_pages_required_fields_and_areas(operation_id: str, required: set[str], area: int | None) -> None:
    schema = _spec.request_schema(operation_id)
    assert set(schema.get("required", [])) == required
    assert schema.get("x-max-pixel-area") == area


def _echo_pairs() -> list[tuple[str, str, str]]:
    """(operation, echo schema, field) for every field an operation's response echoes."""
    pairs = []
    for _method, _path, op in _spec.operations():
        if not op["operationId"].endswith("_artwork") or "202" not in op["responses"]:
            continue
        accepted = _spec.resolve(op["responses"]["202"]["content"]["application/json"]["schema"])
        component = accepted["properties"]["parameters"]["$ref"].rsplit("/", 1)[-1]
        request = _spec.request_schema(op["operationId"])["properties"]
        pairs += [(op["operationId"], component, name) for name in request if name in echo_fields(component)]
    return pairs


def echo_fields(component: str) -> set[str]:
    """The fields a response parameters schema lists."""
    return set(_spec.component(component)["properties"])


@pytest.mark.parametrize(("operation_id", "component", "field"), _echo_pairs(), ids=lambda v: str(v)[:40])
def test_every_echo_documents_the_ranges_and_defaults_of_its_request(
    operation_id: str, component: str, field: str
) -> None:
    request, echoed = prop(operation_id, field), echo(component, field)
    for key in ("type", "minimum", "maximum", "multipleOf", "default", "x-max-words", "format"):
        if key in request and not (key == "format" and field == "webhook" and echoed.get(key) == "uri"):
            assert echoed.get(key) == request[key], f"{component}.{field}: {key}"
    if "enum" in request and isinstance(request["enum"][0], str):
        assert sorted(enum_of(echoed)) == sorted(request["enum"]), f"{component}.{field}: enum"


def test_every_operation_echoes_every_request_field() -> None:
    for _method, _path, op in _spec.operations():
        if op["operationId"].endswith("_artwork") and "202" in op["responses"]:
            accepted = _spec.resolve(op["responses"]["202"]["content"]["application/json"]["schema"])
            component = accepted["properties"]["parameters"]["$ref"].rsplit("/", 1)[-1]
            missing = set(_spec.request_schema(op["operationId"])["properties"]) - echo_fields(component)
            assert not missing, (op["operationId"], missing)


def _schemas_with_examples() -> list[str]:
    return [name for name, schema in _spec.document()["components"]["schemas"].items() if "examples" in schema]


def test_every_request_and_artwork_schema_has_an_example() -> None:
    named = set(_schemas_with_examples())
    for _method, _path, op in _spec.operations():
        if op["operationId"].endswith("_artwork") and "202" in op["responses"]:
            request = op["requestBody"]["content"]["application/json"]["schema"]["$ref"].rsplit("/", 1)[-1]
            assert request in named, request
    branches = [b["$ref"].rsplit("/", 1)[-1] for b in _spec.component("Artwork")["oneOf"]]
    assert set(branches[:-1]) <= named  # every branch but UnknownArtwork


def test_every_request_body_and_answer_record_has_an_example() -> None:
    # so that spec-driven tools (mock servers, docs) produce realistic, in-range bodies for every operation
    named = set(_schemas_with_examples())
    for _method, _path, op in _spec.operations():
        body = op.get("requestBody", {}).get("content", {}).get("application/json", {}).get("schema")
        if body is not None:
            assert body["$ref"].rsplit("/", 1)[-1] in named, op["operationId"]
        for status, answer in op["responses"].items():
            schema = _spec.resolve(answer).get("content", {}).get("application/json", {}).get("schema", {})
            target = schema.get("items", schema)
            if status.startswith("2") and "$ref" in target:
                name = target["$ref"].rsplit("/", 1)[-1]
                union = _spec.component(name).get("oneOf")
                members = [b["$ref"].rsplit("/", 1)[-1] for b in union[:-1]] if union else [name]
                assert set(members) <= named, (op["operationId"], set(members) - named)


@pytest.mark.parametrize("name", _schemas_with_examples())
def test_schema_examples_are_valid_and_in_range(name: str) -> None:
    import jsonschema_rs

    document = _spec.document()
    schema = {"$schema": "https://json-schema.org/draft/2020-12/schema", **_spec.component(name)}
    validator = jsonschema_rs.validator_for({**schema, "components": document["components"]}, validate_formats=True)
    for example in _spec.component(name)["examples"]:
        assert not [error.message for error in validator.iter_errors(example)], example


# The five seed pages field by field. The unit of this count is one documented field of one schema as a page shows
# it (a body field, a path or query parameter, a field of the artwork object, an echoed parameter), with every fact
# the page states about it (type, format, enum, range, default, word limit, required flag). Each one is checked by
# a row above or by the artwork-object test below; the count is recorded and explained in openapi/NOTES.md.
ARTWORK_OBJECT = ["id", "artworkType", "parameters", "duration", "results", "status", "createdAt"]
V1_SHOWN = ["artworkType", "parameters", "status"]  # seed 001 renders only these of the V1 artwork objects


def _rows(facts: list[tuple[str, str, dict[str, Any]]], owner: str) -> list[str]:
    return [f"{owner}.{field}" for who, field, _ in facts if who == owner]


def _object(component: str, fields: list[str] = ARTWORK_OBJECT) -> list[str]:
    return [f"{component}.{field}" for field in fields]


SEED_PAGES: dict[str, list[str]] = {
    "000 GET /v2/artworks/{id}": [
        "get_artwork.id", *_object("SelenaArtwork"), *_rows(ECHO_FACTS, "SelenaArtworkParameters"),
    ],
    "001 GET /v1/artworks": [
        "list_v1_artworks.offset", "list_v1_artworks.limit",
        *_object("Txt2ImgArtwork", V1_SHOWN), *_rows(ECHO_FACTS, "Txt2ImgArtworkParameters"),
        *_object("UpscalingArtwork", V1_SHOWN), *_rows(ECHO_FACTS, "UpscalingArtworkParameters"),
    ],
    "002 POST /v2/artworks/selena-variete": [
        *_rows(REQUEST_FACTS, "create_selena_variete_artwork"), *_object("SelenaVarieteArtwork"),
        *_rows(ECHO_FACTS, "SelenaVarieteArtworkParameters"),
    ],
    "003 POST /v2/artworks/quantum": [
        *_rows(REQUEST_FACTS, "create_quantum_artwork"), *_object("QuantumArtwork"),
        *_rows(ECHO_FACTS, "QuantumArtworkParameters"),
    ],
    "004 POST /v2/artworks/face-refiner": [
        *_rows(REQUEST_FACTS, "create_face_refiner_artwork"), *_object("FaceRefinerArtwork"),
        *_rows(ECHO_FACTS, "FaceRefinerArtworkParameters"),
    ],
}  # fmt: skip
PAGE_FIELD_COUNTS = {
    "000 GET /v2/artworks/{id}": 24,
    "001 GET /v1/artworks": 20,
    "002 POST /v2/artworks/selena-variete": 43,
    "003 POST /v2/artworks/quantum": 31,
    "004 POST /v2/artworks/face-refiner": 19,
}  # counted on the pages by hand
SEED_FIELD_FACTS = 137


def test_every_field_the_five_seed_pages_show_is_checked() -> None:
    counts = {page: len(set(fields)) for page, fields in SEED_PAGES.items()}
    assert counts == PAGE_FIELD_COUNTS
    assert sum(counts.values()) == SEED_FIELD_FACTS
    assert all(len(set(fields)) == len(fields) for fields in SEED_PAGES.values()), "a field counted twice"


@pytest.mark.parametrize(
    ("component", "artwork_type", "statuses"),
    [
        ("SelenaArtwork", "selena", STATUSES),
        ("Txt2ImgArtwork", "txt2img", ["done", "failed"]),
        ("UpscalingArtwork", "upscaling", ["done", "failed"]),
        ("SelenaVarieteArtwork", "selena_variete", STATUSES),
        ("QuantumArtwork", "quantum", STATUSES),
        ("FaceRefinerArtwork", "face_refiner", STATUSES),
    ],
)
def test_the_artwork_object_of_each_seed_page(component: str, artwork_type: str, statuses: list[str]) -> None:
    schema = _spec.component(component)
    assert set(schema["required"]) == set(ARTWORK_OBJECT)
    props = {name: _spec.resolve(node) for name, node in schema["properties"].items()}
    assert (props["id"]["type"], props["id"]["format"]) == ("string", "uuid")
    assert props["artworkType"]["const"] == artwork_type
    assert props["parameters"]["type"] == "object"
    assert props["duration"]["type"] == "number"
    assert (props["results"]["type"], _spec.resolve(props["results"]["items"])["type"]) == ("array", "string")
    assert (props["createdAt"]["type"], props["createdAt"]["format"]) == ("string", "date-time")
    status = props["status"]
    documented = [_spec.resolve(branch) for branch in status.get("anyOf", [status])]
    assert any(branch.get("enum") == statuses for branch in documented), component
    _, _, op = _spec.operation("get_artwork")
    (path_id,) = [p for p in map(_spec.resolve, op["parameters"]) if p["name"] == "id"]
    assert (path_id["in"], path_id["required"], path_id["schema"]["type"]) == ("path", True, "string")
