"""Contains all the data models used in inputs/outputs (each loaded on first access)."""

from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from .api_key import ApiKey
    from .api_key_domain import ApiKeyDomain
    from .api_key_environment import ApiKeyEnvironment
    from .api_key_scope import ApiKeyScope
    from .api_key_status import ApiKeyStatus
    from .artwork_status import ArtworkStatus
    from .artwork_type import ArtworkType
    from .aspect_ratio import AspectRatio
    from .camera_angle import CameraAngle
    from .color_tone import ColorTone
    from .create_api_key_request import CreateApiKeyRequest
    from .create_face_refiner_artwork_request import CreateFaceRefinerArtworkRequest
    from .create_quantum_artwork_request import CreateQuantumArtworkRequest
    from .create_selena_variete_artwork_request import CreateSelenaVarieteArtworkRequest
    from .depth_map_artwork import DepthMapArtwork
    from .depth_map_artwork_parameters import DepthMapArtworkParameters
    from .detailer_upscaler_artwork import DetailerUpscalerArtwork
    from .detailer_upscaler_artwork_parameters import DetailerUpscalerArtworkParameters
    from .error_response import ErrorResponse
    from .face_refiner_artwork import FaceRefinerArtwork
    from .face_refiner_artwork_parameters import FaceRefinerArtworkParameters
    from .face_swap_artwork import FaceSwapArtwork
    from .face_swap_artwork_parameters import FaceSwapArtworkParameters
    from .hamilton_artwork import HamiltonArtwork
    from .hamilton_artwork_parameters import HamiltonArtworkParameters
    from .mintable_api_key_scope import MintableApiKeyScope
    from .model import Model
    from .output_format import OutputFormat
    from .photo_pilot_artwork import PhotoPilotArtwork
    from .photo_pilot_artwork_parameters import PhotoPilotArtworkParameters
    from .processing_mode import ProcessingMode
    from .prompt_mode import PromptMode
    from .quantum_artwork import QuantumArtwork
    from .quantum_artwork_parameters import QuantumArtworkParameters
    from .quantum_aspect_ratio import QuantumAspectRatio
    from .quantum_style import QuantumStyle
    from .remove_background_artwork import RemoveBackgroundArtwork
    from .remove_background_artwork_parameters import RemoveBackgroundArtworkParameters
    from .revoke_api_key_response import RevokeApiKeyResponse
    from .segmentation_artwork import SegmentationArtwork
    from .segmentation_artwork_parameters import SegmentationArtworkParameters
    from .selena_artwork import SelenaArtwork
    from .selena_artwork_parameters import SelenaArtworkParameters
    from .selena_variete_artwork import SelenaVarieteArtwork
    from .selena_variete_artwork_parameters import SelenaVarieteArtworkParameters
    from .style import Style
    from .txt_2_img_artwork import Txt2ImgArtwork
    from .txt_2_img_artwork_parameters import Txt2ImgArtworkParameters
    from .unknown_artwork import UnknownArtwork
    from .unknown_artwork_parameters import UnknownArtworkParameters
    from .unknown_v1_artwork import UnknownV1Artwork
    from .unknown_v1_artwork_parameters import UnknownV1ArtworkParameters
    from .upscaling_artwork import UpscalingArtwork
    from .upscaling_artwork_parameters import UpscalingArtworkParameters
    from .upscaling_v2_artwork import UpscalingV2Artwork
    from .v1_artwork_status import V1ArtworkStatus
    from .v1_artwork_type import V1ArtworkType
    from .v1_model import V1Model
    from .webhook_secret import WebhookSecret

_MODULE_OF = {
    "ApiKey": ".api_key",
    "ApiKeyDomain": ".api_key_domain",
    "ApiKeyEnvironment": ".api_key_environment",
    "ApiKeyScope": ".api_key_scope",
    "ApiKeyStatus": ".api_key_status",
    "ArtworkStatus": ".artwork_status",
    "ArtworkType": ".artwork_type",
    "AspectRatio": ".aspect_ratio",
    "CameraAngle": ".camera_angle",
    "ColorTone": ".color_tone",
    "CreateApiKeyRequest": ".create_api_key_request",
    "CreateFaceRefinerArtworkRequest": ".create_face_refiner_artwork_request",
    "CreateQuantumArtworkRequest": ".create_quantum_artwork_request",
    "CreateSelenaVarieteArtworkRequest": ".create_selena_variete_artwork_request",
    "DepthMapArtwork": ".depth_map_artwork",
    "DepthMapArtworkParameters": ".depth_map_artwork_parameters",
    "DetailerUpscalerArtwork": ".detailer_upscaler_artwork",
    "DetailerUpscalerArtworkParameters": ".detailer_upscaler_artwork_parameters",
    "ErrorResponse": ".error_response",
    "FaceRefinerArtwork": ".face_refiner_artwork",
    "FaceRefinerArtworkParameters": ".face_refiner_artwork_parameters",
    "FaceSwapArtwork": ".face_swap_artwork",
    "FaceSwapArtworkParameters": ".face_swap_artwork_parameters",
    "HamiltonArtwork": ".hamilton_artwork",
    "HamiltonArtworkParameters": ".hamilton_artwork_parameters",
    "MintableApiKeyScope": ".mintable_api_key_scope",
    "Model": ".model",
    "OutputFormat": ".output_format",
    "PhotoPilotArtwork": ".photo_pilot_artwork",
    "PhotoPilotArtworkParameters": ".photo_pilot_artwork_parameters",
    "ProcessingMode": ".processing_mode",
    "PromptMode": ".prompt_mode",
    "QuantumArtwork": ".quantum_artwork",
    "QuantumArtworkParameters": ".quantum_artwork_parameters",
    "QuantumAspectRatio": ".quantum_aspect_ratio",
    "QuantumStyle": ".quantum_style",
    "RemoveBackgroundArtwork": ".remove_background_artwork",
    "RemoveBackgroundArtworkParameters": ".remove_background_artwork_parameters",
    "RevokeApiKeyResponse": ".revoke_api_key_response",
    "SegmentationArtwork": ".segmentation_artwork",
    "SegmentationArtworkParameters": ".segmentation_artwork_parameters",
    "SelenaArtwork": ".selena_artwork",
    "SelenaArtworkParameters": ".selena_artwork_parameters",
    "SelenaVarieteArtwork": ".selena_variete_artwork",
    "SelenaVarieteArtworkParameters": ".selena_variete_artwork_parameters",
    "Style": ".style",
    "Txt2ImgArtwork": ".txt_2_img_artwork",
    "Txt2ImgArtworkParameters": ".txt_2_img_artwork_parameters",
    "UnknownArtwork": ".unknown_artwork",
    "UnknownArtworkParameters": ".unknown_artwork_parameters",
    "UnknownV1Artwork": ".unknown_v1_artwork",
    "UnknownV1ArtworkParameters": ".unknown_v1_artwork_parameters",
    "UpscalingArtwork": ".upscaling_artwork",
    "UpscalingArtworkParameters": ".upscaling_artwork_parameters",
    "UpscalingV2Artwork": ".upscaling_v2_artwork",
    "V1ArtworkStatus": ".v1_artwork_status",
    "V1ArtworkType": ".v1_artwork_type",
    "V1Model": ".v1_model",
    "WebhookSecret": ".webhook_secret",
}


def __getattr__(name: str) -> Any:
    module = _MODULE_OF.get(name)
    if module is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    import importlib

    value = getattr(importlib.import_module(module, __name__), name)
    globals()[name] = value
    return value


__all__ = (
    "ApiKey",
    "ApiKeyDomain",
    "ApiKeyEnvironment",
    "ApiKeyScope",
    "ApiKeyStatus",
    "ArtworkStatus",
    "ArtworkType",
    "AspectRatio",
    "CameraAngle",
    "ColorTone",
    "CreateApiKeyRequest",
    "CreateFaceRefinerArtworkRequest",
    "CreateQuantumArtworkRequest",
    "CreateSelenaVarieteArtworkRequest",
    "DepthMapArtwork",
    "DepthMapArtworkParameters",
    "DetailerUpscalerArtwork",
    "DetailerUpscalerArtworkParameters",
    "ErrorResponse",
    "FaceRefinerArtwork",
    "FaceRefinerArtworkParameters",
    "FaceSwapArtwork",
    "FaceSwapArtworkParameters",
    "HamiltonArtwork",
    "HamiltonArtworkParameters",
    "MintableApiKeyScope",
    "Model",
    "OutputFormat",
    "PhotoPilotArtwork",
    "PhotoPilotArtworkParameters",
    "ProcessingMode",
    "PromptMode",
    "QuantumArtwork",
    "QuantumArtworkParameters",
    "QuantumAspectRatio",
    "QuantumStyle",
    "RemoveBackgroundArtwork",
    "RemoveBackgroundArtworkParameters",
    "RevokeApiKeyResponse",
    "SegmentationArtwork",
    "SegmentationArtworkParameters",
    "SelenaArtwork",
    "SelenaArtworkParameters",
    "SelenaVarieteArtwork",
    "SelenaVarieteArtworkParameters",
    "Style",
    "Txt2ImgArtwork",
    "Txt2ImgArtworkParameters",
    "UnknownArtwork",
    "UnknownArtworkParameters",
    "UnknownV1Artwork",
    "UnknownV1ArtworkParameters",
    "UpscalingArtwork",
    "UpscalingArtworkParameters",
    "UpscalingV2Artwork",
    "V1ArtworkStatus",
    "V1ArtworkType",
    "V1Model",
    "WebhookSecret",
)
