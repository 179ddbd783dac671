"""The documented rules of the operations beyond the seed pages, checked before sending: each broken rule is a
`ValidationError` naming the field, the value and the rule (``tests/client`` checks that nothing is sent)."""

from __future__ import annotations

import warnings
from typing import Any

import pytest

from tengrai import ValidationError
from tengrai.mock import _openapi as _spec
from tengrai.validation import build_request_body

IMAGE = "https://cdn.example.com/a.png"
POINTS = {"points": [[0.25, 0.75]], "labels": [1]}


def reject(operation: str, params: dict[str, Any]) -> ValidationError:
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        with pytest.raises(ValidationError) as caught:
            build_request_body(operation, params)
    return caught.value


def area_of(operation: str, extension: str = "x-max-pixel-area") -> Any:
    return _spec.request_schema(f"create_{operation}_artwork")[extension]


BAD: list[tuple[str, dict[str, Any], str, tuple[str, ...]]] = [
    # Hamilton: 1,478,656 pixels, or 1,763,584 with highResolution
    ("hamilton", {"width": 1217, "height": 1216}, "width", ("1,479,872", "1,478,656", "highResolution=True allows")),
    ("hamilton", {"width": 1329, "height": 1328, "high_resolution": True}, "width", ("1,763,584", "highResolution")),
    ("hamilton", {"style": "anime"}, "style", ("HamiltonStyle",)),
    ("hamilton", {"aspect_ratio": "21:9"}, "aspectRatio", ("HamiltonAspectRatio", "Selena, Selena Variete, not")),
    ("hamilton", {"effort": 6}, "effort", ("maximum 5", "Hamilton")),
    ("hamilton", {"width": 1024}, "height", ("required when width is given",)),
    # Photo Pilot: required fields, the guidance enum, number ranges
    ("photo_pilot", {"image_url": IMAGE}, "imageGuidance", ("required by Photo Pilot",)),
    (
        "photo_pilot",
        {"image_url": IMAGE, "image_guidance": 4, "modification": 1, "creativity": 1, "effort": 1},
        "imageGuidance",
        ("Allowed: 1, 2, 3",),
    ),
    (
        "photo_pilot",
        {"image_url": IMAGE, "image_guidance": 1, "modification": 5.5, "creativity": 1, "effort": 1},
        "modification",
        ("maximum 5",),
    ),
    # Style DNA: 1,763,584 pixels
    (
        "style_dna",
        {"visual_prompt": "a", "anchor_image_url": "a", "description": "a", "width": 1329, "height": 1328},
        "width",
        ("1,763,584",),
    ),
    ("style_dna", {"visual_prompt": "a", "description": "a"}, "anchorImageUrl", ("required",)),
    (
        "style_dna",
        {"visual_prompt": "a", "anchor_image_url": "a", "description": "a", "image_format": "jpg"},
        "imageFormat",
        ("ImageFormat",),
    ),
    (
        "style_dna_edit",
        {
            "image_url": IMAGE,
            "image_guidance": 1,
            "modification": 1,
            "creativity": 1,
            "effort": 1,
            "width": 2048,
            "height": 1024,
        },
        "width",
        ("1,763,584",),
    ),
    # upscalers
    ("upscaling", {"image_url": IMAGE, "scale_factor": 9}, "scaleFactor", ("maximum 8",)),
    ("upscaling", {"image_url": IMAGE, "scale_factor": 1}, "scaleFactor", ("minimum 2",)),
    ("detailer_upscaler", {"image_url": IMAGE, "scale_factor": 3}, "scaleFactor", ("Allowed: 1, 2, 4, 8",)),
    ("detailer_upscaler", {"image_url": IMAGE, "details": 4}, "details", ("maximum 3",)),
    ("detailer_upscaler", {"image_url": IMAGE, "modification": 0}, "modification", ("minimum 1",)),
    # face swap, remove background
    ("face_swap", {"source_image": IMAGE}, "targetImage", ("required by Face swap",)),
    ("face_swap", {"source_image": IMAGE, "target_image": "poster.png"}, "targetImage", ("absolute",)),
    ("remove_background", {"image_url": IMAGE, "output_format": "jpeg"}, "outputFormat", ("OutputFormat",)),
    # segmentation: method-dependent fields, points
    ("segmentation", {"image_url": IMAGE}, "method", ("required",)),
    ("segmentation", {"image_url": IMAGE, "method": "text"}, "textPrompt", ("when method is 'text'", "if/then")),
    ("segmentation", {"image_url": IMAGE, "method": "points"}, "pointsPositive", ("when method is 'points'",)),
    (
        "segmentation",
        {"image_url": IMAGE, "method": "points", "points_positive": {"points": [[0.5, 1.5]]}},
        "pointsPositive.points[0][1]",
        ("maximum 1",),
    ),
    (
        "segmentation",
        {"image_url": IMAGE, "method": "points", "points_positive": {"points": [[-0.1, 0.5]]}},
        "pointsPositive.points[0][0]",
        ("minimum 0",),
    ),
    (
        "segmentation",
        {"image_url": IMAGE, "method": "points", "points_positive": {"points": [[0.5, 0.5, 0.5]]}},
        "pointsPositive.points[0]",
        ("exactly 2 items",),
    ),
    (
        "segmentation",
        {"image_url": IMAGE, "method": "points", "points_positive": {"points": [0.5, 0.5]}},
        "pointsPositive.points[0]",
        ("must be a list",),
    ),
    (
        "segmentation",
        {"image_url": IMAGE, "method": "points", "points_positive": {"points": [[0.5, 0.5]], "labels": ["yes"]}},
        "pointsPositive.labels[0]",
        ("must be an integer",),
    ),
    (
        "segmentation",
        {"image_url": IMAGE, "method": "points", "points_positive": {"point": [[0.5, 0.5]]}},
        "pointsPositive",
        ("unknown key 'point'", "points"),
    ),
    (
        "segmentation",
        {"image_url": IMAGE, "method": "points", "points_positive": [[0.5, 0.5]]},
        "pointsPositive",
        ("must be a mapping",),
    ),
    (
        "segmentation",
        {**{"image_url": IMAGE, "method": "text", "text_prompt": "dog"}, "text_confidence": 1.5},
        "textConfidence",
        ("maximum 1",),
    ),
    (
        "segmentation",
        {**{"image_url": IMAGE, "method": "text", "text_prompt": "dog"}, "text_max_detections": -2},
        "textMaxDetections",
        ("minimum -1",),
    ),
    (
        "segmentation",
        {**{"image_url": IMAGE, "method": "text", "text_prompt": "dog"}, "mask_blur_sigma": 0.05},
        "maskBlurSigma",
        ("minimum 0.1",),
    ),
    (
        "segmentation",
        {**{"image_url": IMAGE, "method": "text", "text_prompt": "dog"}, "mask_expand": 16385},
        "maskExpand",
        ("maximum 16,384",),
    ),
    # depth map: resolution range and step, model names per version
    ("depth_map", {"image_url": IMAGE, "resolution_lower_limit": 1000}, "resolutionLowerLimit", ("multiple of 64",)),
    ("depth_map", {"image_url": IMAGE, "resolution_lower_limit": 192}, "resolutionLowerLimit", ("minimum 256",)),
    ("depth_map", {"image_url": IMAGE, "resolution_lower_limit": 2112}, "resolutionLowerLimit", ("maximum 2048",)),
    (
        "depth_map",
        {"image_url": IMAGE, "use_version3": False, "model": "mono_large"},
        "model",
        ("when useVersion3 is False", "'giant', 'large', 'base', 'small'"),
    ),
    ("depth_map", {"image_url": IMAGE, "model": "huge"}, "model", ("DepthModel",)),
    ("depth_map", {"image_url": IMAGE, "normalization_mode": "standard"}, "normalizationMode", ("'Standard'",)),
    # Selena (inferred from seed 000)
    ("selena", {"batch": 3}, "batch", ("maximum 2", "Selena")),
    ("selena", {"camera_angle": "top"}, "cameraAngle", ("CameraAngle",)),
    ("selena", {"width": 1217, "height": 1216}, "width", ("1,478,656",)),
    # Style DNA anchor: only the webhook is documented
    ("style_dna_anchor", {"webhook": "http://hooks.example.com/"}, "webhook", ("HTTPS",)),
    ("style_dna_anchor", {"reference_image": IMAGE}, "reference_image", ("not a field",)),
]


@pytest.mark.parametrize(("operation", "params", "field", "fragments"), BAD, ids=lambda v: str(v)[:40])
def test_documented_rules_refuse_bad_input(
    operation: str, params: dict[str, Any], field: str, fragments: tuple[str, ...]
) -> None:
    error = reject(operation, params)
    assert error.field == field, str(error)
    for fragment in fragments:
        assert fragment in str(error), (fragment, str(error))


GOOD: list[tuple[str, dict[str, Any], dict[str, Any]]] = [
    ("hamilton", {"width": 1328, "height": 1328, "high_resolution": True}, {"width": 1328}),
    ("hamilton", {"width": 1216, "height": 1216}, {"height": 1216}),
    (
        "style_dna",
        {"visual_prompt": "a", "anchor_image_url": "a", "description": "a", "width": 1328.0, "height": 1328},
        {"width": 1328},
    ),
    ("detailer_upscaler", {"image_url": IMAGE, "scale_factor": 8}, {"scaleFactor": 8}),
    ("detailer_upscaler", {"image_url": IMAGE, "scale_factor": 1}, {"scaleFactor": 1}),
    ("upscaling", {"image_url": IMAGE, "scale_factor": 8.0}, {"scaleFactor": 8}),
    (
        "segmentation",
        {"image_url": IMAGE, "method": "points", "points_positive": {"points": [(0, 1.0)]}},
        {"pointsPositive": {"points": [[0, 1.0]]}},
    ),
    (
        "segmentation",
        {"image_url": IMAGE, "method": "points", "points_positive": POINTS, "points_negative": POINTS},
        {"pointsNegative": POINTS},
    ),
    (
        "segmentation",
        {"image_url": IMAGE, "method": "text", "text_prompt": "the dog", "text_confidence": 0.5},
        {"textConfidence": 0.5},
    ),
    ("depth_map", {"image_url": IMAGE, "resolution_lower_limit": 256}, {"resolutionLowerLimit": 256}),
    ("depth_map", {"image_url": IMAGE, "use_version3": True, "model": "mono_large"}, {"model": "mono_large"}),
    ("depth_map", {"image_url": IMAGE, "use_version3": False, "model": "giant"}, {"model": "giant"}),
    (
        "photo_pilot",
        {"image_url": IMAGE, "image_guidance": 2, "modification": 2.5, "creativity": 1, "effort": 5},
        {"imageGuidance": 2, "modification": 2.5},
    ),
    ("style_dna_anchor", {}, {}),
]


@pytest.mark.parametrize(("operation", "params", "expected"), GOOD, ids=lambda v: str(v)[:40])
def test_documented_values_pass(operation: str, params: dict[str, Any], expected: dict[str, Any]) -> None:
    body = build_request_body(operation, params)
    assert {key: body[key] for key in expected} == expected


def test_pairs_are_sent_as_json_arrays() -> None:
    body = build_request_body(
        "segmentation", {"image_url": IMAGE, "method": "points", "points_positive": {"points": ((0.1, 0.2),)}}
    )
    assert body["pointsPositive"] == {"points": [[0.1, 0.2]]}


def test_the_limits_are_read_from_the_spec() -> None:
    assert area_of("hamilton") == 1_478_656  # transcribed from the Hamilton page as a cross-check
    assert area_of("hamilton", "x-max-pixel-area-with") == {"highResolution": 1_763_584}
    assert area_of("style_dna") == area_of("style_dna_edit") == 1_763_584
