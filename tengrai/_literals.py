# Generated from openapi/tengrai.yaml by `make generate` (openapi/generate_sdk.py) — do not edit.
"""The spec's named enums as the generated package's Literal types, re-exported by `tengrai.types`.

Imported only for type checkers; at run time `tengrai.types` loads each from `MODULES` on first access.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from tengrai_api.models.api_key_domain import ApiKeyDomain as ApiKeyDomain
    from tengrai_api.models.api_key_environment import ApiKeyEnvironment as ApiKeyEnvironment
    from tengrai_api.models.api_key_scope import ApiKeyScope as ApiKeyScope
    from tengrai_api.models.api_key_status import ApiKeyStatus as ApiKeyStatus
    from tengrai_api.models.artwork_status import ArtworkStatus as ArtworkStatus
    from tengrai_api.models.artwork_type import ArtworkType as ArtworkType
    from tengrai_api.models.aspect_ratio import AspectRatio as AspectRatio
    from tengrai_api.models.camera_angle import CameraAngle as CameraAngle
    from tengrai_api.models.color_tone import ColorTone as ColorTone
    from tengrai_api.models.depth_model import DepthModel as DepthModel
    from tengrai_api.models.depth_normalization_mode import DepthNormalizationMode as DepthNormalizationMode
    from tengrai_api.models.hamilton_aspect_ratio import HamiltonAspectRatio as HamiltonAspectRatio
    from tengrai_api.models.hamilton_style import HamiltonStyle as HamiltonStyle
    from tengrai_api.models.image_format import ImageFormat as ImageFormat
    from tengrai_api.models.mintable_api_key_scope import MintableApiKeyScope as MintableApiKeyScope
    from tengrai_api.models.model import Model as Model
    from tengrai_api.models.output_format import OutputFormat as OutputFormat
    from tengrai_api.models.processing_mode import ProcessingMode as ProcessingMode
    from tengrai_api.models.prompt_mode import PromptMode as PromptMode
    from tengrai_api.models.quantum_aspect_ratio import QuantumAspectRatio as QuantumAspectRatio
    from tengrai_api.models.quantum_style import QuantumStyle as QuantumStyle
    from tengrai_api.models.segmentation_method import SegmentationMethod as SegmentationMethod
    from tengrai_api.models.style import Style as Style
    from tengrai_api.models.v1_artwork_status import V1ArtworkStatus as V1ArtworkStatus
    from tengrai_api.models.v1_artwork_type import V1ArtworkType as V1ArtworkType
    from tengrai_api.models.v1_model import V1Model as V1Model

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
    "V1ArtworkStatus",
    "V1ArtworkType",
    "V1Model",
]

MODULES = {
    "ApiKeyDomain": "api_key_domain",
    "ApiKeyEnvironment": "api_key_environment",
    "ApiKeyScope": "api_key_scope",
    "ApiKeyStatus": "api_key_status",
    "ArtworkStatus": "artwork_status",
    "ArtworkType": "artwork_type",
    "AspectRatio": "aspect_ratio",
    "CameraAngle": "camera_angle",
    "ColorTone": "color_tone",
    "DepthModel": "depth_model",
    "DepthNormalizationMode": "depth_normalization_mode",
    "HamiltonAspectRatio": "hamilton_aspect_ratio",
    "HamiltonStyle": "hamilton_style",
    "ImageFormat": "image_format",
    "MintableApiKeyScope": "mintable_api_key_scope",
    "Model": "model",
    "OutputFormat": "output_format",
    "ProcessingMode": "processing_mode",
    "PromptMode": "prompt_mode",
    "QuantumAspectRatio": "quantum_aspect_ratio",
    "QuantumStyle": "quantum_style",
    "SegmentationMethod": "segmentation_method",
    "Style": "style",
    "V1ArtworkStatus": "v1_artwork_status",
    "V1ArtworkType": "v1_artwork_type",
    "V1Model": "v1_model",
}
"""Literal type name -> the `tengrai_api.models` module that defines it."""
