# Generated from openapi/tengrai.yaml by `make generate` (openapi/generate_sdk.py) — do not edit.
"""The spec's named enums as Literal types, re-exported by `tengrai.types` (the argument and answer types)."""

from __future__ import annotations

from typing import Literal

__all__ = [
    "ApiKeyDomain",
    "ApiKeyEnvironment",
    "ApiKeyScope",
    "ApiKeyStatus",
    "ArtworkStatus",
    "ArtworkType",
    "AspectRatio",
    "CameraAngle",
    "ColorTone",
    "DepthModel",
    "DepthNormalizationMode",
    "HamiltonAspectRatio",
    "HamiltonStyle",
    "ImageFormat",
    "MintableApiKeyScope",
    "Model",
    "OutputFormat",
    "ProcessingMode",
    "PromptMode",
    "QuantumAspectRatio",
    "QuantumStyle",
    "SegmentationMethod",
    "Style",
    "StyleDnaBackgroundMode",
    "V1ApiKeyDomain",
    "V1ArtworkStatus",
    "V1ArtworkType",
    "V1Model",
]

ApiKeyDomain = Literal["artworks-internal", "style-dna", "textcraft"]
"""An area of the API a key may call, enforced on every request beside its scope: `artworks-internal` (artwork
generation, editing and utility endpoints), `style-dna`, `textcraft`."""

ApiKeyEnvironment = Literal["live", "test"]
"""Whether a key works on live or test data."""

ApiKeyScope = Literal["generator", "manager", "admin"]
"""What a key may do, weakest first; each scope includes the rights of the ones before it (admin ⊃ manager ⊃ generator).
`generator` creates artworks and reads its own results; `manager` also rotates the organization's webhook secret;
`admin` also mints and revokes manager and generator keys."""

ApiKeyStatus = Literal["active", "revoked", "expired"]
"""Lifecycle of an API key."""

ArtworkStatus = Literal["starting", "processing", "succeeded", "failed", "canceled"]
"""Lifecycle of a V2 artwork task."""

ArtworkType = Literal[
    "selena",
    "selena_variete",
    "quantum",
    "face_refiner",
    "face_swap",
    "upscaling_v2",
    "detailer_upscaler",
    "remove_background",
    "segmentation",
    "depth_map",
    "hamilton",
    "photo_pilot",
    "style_dna_anchor",
    "style_dna",
    "style_dna_edit",
]
"""Every documented V2 artwork type."""

AspectRatio = Literal["1:1", "7:9", "2:3", "4:7", "9:16", "9:21", "9:7", "3:2", "7:4", "16:9", "21:9"]
"""Aspect ratio of the Selena family. Defaults to 1:1 (1024 x 1024) when width and height are not given."""

CameraAngle = Literal[
    "closeUp",
    "eyeLevel",
    "lowAngle",
    "highAngle",
    "wormsEye",
    "birdsEye",
    "fishEye",
    "aerialView",
    "dutchAngle",
    "firstPersonView",
]
"""Camera framing or perspective. Prepended to the prompt; flows through SEER improvement."""

ColorTone = Literal["cool", "warm", "blackAndWhite", "pastel", "vibrantColors", "sepia", "mutedColors", "neonColors"]
"""Overall color palette. Prepended to the prompt; flows through SEER improvement."""

DepthModel = Literal["small", "base", "large", "giant", "mono_large", "metric_large", "nested_giant_large"]
"""Depth Anything model. Version 2 (useVersion3 false) has giant, large, base and small; version 3 (useVersion3 true)
adds mono_large, metric_large and nested_giant_large."""

DepthNormalizationMode = Literal["Standard", "V2-Style", "Raw"]
"""Normalization of the depth values (Depth Anything V3 only)."""

HamiltonAspectRatio = Literal["1:1", "2:3", "3:4", "4:3", "9:16", "3:2", "16:9"]
"""Aspect ratio of Hamilton, Photo Pilot and Style DNA edit. Defaults to 1:1 (1024 x 1024) when width and height are not
given; 1:1 is 1328 x 1328 with highResolution."""

HamiltonStyle = Literal[
    "default",
    "stained-glass",
    "line-drawing",
    "simple-sketch",
    "hand-sketch",
    "coloring-book",
    "plasticine",
    "photographer",
    "analog",
    "abstract-flat",
    "surreal",
    "manga",
]
"""Style of Hamilton."""

ImageFormat = Literal["png", "webp"]
"""Format of the result image of the Style DNA operations."""

MintableApiKeyScope = Literal["manager", "generator"]
"""The scopes create_api_key accepts; admin keys cannot be minted (Tengr.ai creates them)."""

Model = Literal["tengrai-20231128-m-d.safetensors", "tengrai-20240423-m-f.safetensors"]
"""Generation model (V2 names carry the `.safetensors` suffix)."""

OutputFormat = Literal["auto", "png", "webp"]
"""Output image format. `auto` (the default) uses the server default (webp with high-quality settings); `png` is
lossless; `webp` is equivalent to `auto`."""

ProcessingMode = Literal["sketch-to-image", "reimagine", "3d", "ai-rchitect", "human-pose", "retake"]
"""How Selena Variete uses the source image."""

PromptMode = Literal["seer", "servitor"]
"""Prompt enhancement. `seer` enables AI-powered improvement, `servitor` uses the prompt as-is."""

QuantumAspectRatio = Literal["1:1", "9:16", "2:3", "3:4", "16:9", "3:2", "4:3"]
"""Aspect ratio of Quantum. Defaults to 1:1 (1024 x 1024) when width and height are not given."""

QuantumStyle = Literal[
    "default",
    "portraiture",
    "landscape",
    "photographer",
    "analog",
    "car",
    "food",
    "horror",
    "stained-glass",
    "impasto",
    "abstract-ink",
    "illustration",
    "aquarelle",
    "water-cute",
    "sphericute",
    "fairytale",
    "machinart",
    "isometric",
    "logo",
    "abstractpen",
    "lineart",
    "manga",
    "infiny-weave",
    "infiny-pattern",
    "infiny-flow",
    "tengrai-anime",
    "folktale",
]
"""Style of Quantum (the Selena styles plus tengrai-anime and folktale)."""

SegmentationMethod = Literal["text", "points"]
"""How segmentation selects the area to mask."""

Style = Literal[
    "default",
    "portraiture",
    "landscape",
    "photographer",
    "analog",
    "car",
    "food",
    "horror",
    "stained-glass",
    "impasto",
    "abstract-ink",
    "illustration",
    "aquarelle",
    "water-cute",
    "sphericute",
    "fairytale",
    "machinart",
    "isometric",
    "logo",
    "abstractpen",
    "lineart",
    "manga",
    "infiny-weave",
    "infiny-pattern",
    "infiny-flow",
]
"""Style of the Selena family (Selena, Selena Variete, txt2img)."""

StyleDnaBackgroundMode = Literal["transparent", "white", "chroma_green"]
"""The background of a generated Style DNA asset."""

V1ApiKeyDomain = Literal["artworks", "style-dna", "textcraft", "*"]
"""A key's API area with the V1 names (`*` opens every area)."""

V1ArtworkStatus = Literal["done", "failed"]
"""Status of a V1 (synchronous) artwork."""

V1ArtworkType = Literal["txt2img", "upscaling", "hamilton"]
"""Every documented V1 artwork type."""

V1Model = Literal["tengrai-20231128-m-d", "tengrai-20240423-m-f"]
"""Generation model of the V1 API."""
