"""Contains all the data models used in inputs/outputs (each loaded on first access)."""

from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from .api_key import ApiKey
    from .api_key_domain import ApiKeyDomain
    from .api_key_environment import ApiKeyEnvironment
    from .api_key_revocation import ApiKeyRevocation
    from .api_key_scope import ApiKeyScope
    from .api_key_status import ApiKeyStatus
    from .artwork_envelope import ArtworkEnvelope
    from .artwork_envelope_parameters import ArtworkEnvelopeParameters
    from .artwork_status import ArtworkStatus
    from .artwork_type import ArtworkType
    from .aspect_ratio import AspectRatio
    from .camera_angle import CameraAngle
    from .color_tone import ColorTone
    from .create_api_key_request import CreateApiKeyRequest
    from .create_depth_map_artwork_request import CreateDepthMapArtworkRequest
    from .create_detailer_upscaler_artwork_request import (
        CreateDetailerUpscalerArtworkRequest,
    )
    from .create_detailer_upscaler_artwork_request_scale_factor import (
        CreateDetailerUpscalerArtworkRequestScaleFactor,
    )
    from .create_face_refiner_artwork_request import CreateFaceRefinerArtworkRequest
    from .create_face_swap_artwork_request import CreateFaceSwapArtworkRequest
    from .create_hamilton_artwork_request import CreateHamiltonArtworkRequest
    from .create_photo_pilot_artwork_request import CreatePhotoPilotArtworkRequest
    from .create_photo_pilot_artwork_request_image_guidance import (
        CreatePhotoPilotArtworkRequestImageGuidance,
    )
    from .create_quantum_artwork_request import CreateQuantumArtworkRequest
    from .create_remove_background_artwork_request import (
        CreateRemoveBackgroundArtworkRequest,
    )
    from .create_segmentation_artwork_request import CreateSegmentationArtworkRequest
    from .create_selena_artwork_request import CreateSelenaArtworkRequest
    from .create_selena_variete_artwork_request import CreateSelenaVarieteArtworkRequest
    from .create_style_dna_anchor_artwork_request import (
        CreateStyleDnaAnchorArtworkRequest,
    )
    from .create_style_dna_artwork_request import CreateStyleDnaArtworkRequest
    from .create_style_dna_edit_artwork_request import CreateStyleDnaEditArtworkRequest
    from .create_style_dna_edit_artwork_request_image_guidance import (
        CreateStyleDnaEditArtworkRequestImageGuidance,
    )
    from .create_upscaling_artwork_request import CreateUpscalingArtworkRequest
    from .create_v1_hamilton_request import CreateV1HamiltonRequest
    from .create_v1_txt_2_img_request import CreateV1Txt2ImgRequest
    from .create_v1_upscaling_request import CreateV1UpscalingRequest
    from .depth_map_artwork import DepthMapArtwork
    from .depth_map_artwork_parameters import DepthMapArtworkParameters
    from .depth_model import DepthModel
    from .depth_normalization_mode import DepthNormalizationMode
    from .detailer_upscaler_artwork import DetailerUpscalerArtwork
    from .detailer_upscaler_artwork_parameters import DetailerUpscalerArtworkParameters
    from .error_response import ErrorResponse
    from .face_refiner_artwork import FaceRefinerArtwork
    from .face_refiner_artwork_parameters import FaceRefinerArtworkParameters
    from .face_swap_artwork import FaceSwapArtwork
    from .face_swap_artwork_parameters import FaceSwapArtworkParameters
    from .hamilton_artwork import HamiltonArtwork
    from .hamilton_artwork_parameters import HamiltonArtworkParameters
    from .hamilton_aspect_ratio import HamiltonAspectRatio
    from .hamilton_style import HamiltonStyle
    from .image_asset import ImageAsset
    from .image_format import ImageFormat
    from .mintable_api_key_scope import MintableApiKeyScope
    from .model import Model
    from .output_format import OutputFormat
    from .photo_pilot_artwork import PhotoPilotArtwork
    from .photo_pilot_artwork_parameters import PhotoPilotArtworkParameters
    from .point_list import PointList
    from .processing_mode import ProcessingMode
    from .prompt_mode import PromptMode
    from .quantum_artwork import QuantumArtwork
    from .quantum_artwork_parameters import QuantumArtworkParameters
    from .quantum_aspect_ratio import QuantumAspectRatio
    from .quantum_style import QuantumStyle
    from .remove_background_artwork import RemoveBackgroundArtwork
    from .remove_background_artwork_parameters import RemoveBackgroundArtworkParameters
    from .segmentation_artwork import SegmentationArtwork
    from .segmentation_artwork_parameters import SegmentationArtworkParameters
    from .segmentation_artwork_parameters_points_negative import (
        SegmentationArtworkParametersPointsNegative,
    )
    from .segmentation_artwork_parameters_points_positive import (
        SegmentationArtworkParametersPointsPositive,
    )
    from .segmentation_method import SegmentationMethod
    from .selena_artwork import SelenaArtwork
    from .selena_artwork_parameters import SelenaArtworkParameters
    from .selena_variete_artwork import SelenaVarieteArtwork
    from .selena_variete_artwork_parameters import SelenaVarieteArtworkParameters
    from .style import Style
    from .style_dna_anchor_artwork import StyleDnaAnchorArtwork
    from .style_dna_anchor_artwork_parameters import StyleDnaAnchorArtworkParameters
    from .style_dna_artwork import StyleDnaArtwork
    from .style_dna_artwork_parameters import StyleDnaArtworkParameters
    from .style_dna_background_mode import StyleDnaBackgroundMode
    from .style_dna_edit_artwork import StyleDnaEditArtwork
    from .style_dna_edit_artwork_parameters import StyleDnaEditArtworkParameters
    from .textcraft_answer import TextcraftAnswer
    from .textcraft_reasoning_config import TextcraftReasoningConfig
    from .textcraft_reasoning_config_type import TextcraftReasoningConfigType
    from .textcraft_request import TextcraftRequest
    from .textcraft_request_additional_model_request_fields import (
        TextcraftRequestAdditionalModelRequestFields,
    )
    from .textcraft_request_tools import TextcraftRequestTools
    from .textcraft_tool import TextcraftTool
    from .textcraft_tool_call import TextcraftToolCall
    from .textcraft_tool_call_args import TextcraftToolCallArgs
    from .textcraft_tool_parameters import TextcraftToolParameters
    from .txt_2_img_artwork import Txt2ImgArtwork
    from .txt_2_img_artwork_parameters import Txt2ImgArtworkParameters
    from .unknown_artwork import UnknownArtwork
    from .unknown_artwork_parameters import UnknownArtworkParameters
    from .unknown_v1_artwork import UnknownV1Artwork
    from .unknown_v1_artwork_parameters import UnknownV1ArtworkParameters
    from .upscaling_artwork import UpscalingArtwork
    from .upscaling_artwork_parameters import UpscalingArtworkParameters
    from .upscaling_v2_artwork import UpscalingV2Artwork
    from .v1_api_key_domain import V1ApiKeyDomain
    from .v1_artwork_envelope import V1ArtworkEnvelope
    from .v1_artwork_envelope_parameters import V1ArtworkEnvelopeParameters
    from .v1_artwork_status import V1ArtworkStatus
    from .v1_artwork_type import V1ArtworkType
    from .v1_create_api_key_request import V1CreateApiKeyRequest
    from .v1_hamilton_artwork import V1HamiltonArtwork
    from .v1_hamilton_artwork_parameters import V1HamiltonArtworkParameters
    from .v1_model import V1Model
    from .v1_style_dna_edit_request import V1StyleDnaEditRequest
    from .v1_style_dna_edit_request_image_guidance import (
        V1StyleDnaEditRequestImageGuidance,
    )
    from .v1_style_dna_generate_asset_request import V1StyleDnaGenerateAssetRequest
    from .v1_style_dna_generate_request import V1StyleDnaGenerateRequest
    from .v1_style_dna_remove_background_request import (
        V1StyleDnaRemoveBackgroundRequest,
    )
    from .webhook_secret import WebhookSecret

_MODULE_OF = {
    "ApiKey": ".api_key",
    "ApiKeyDomain": ".api_key_domain",
    "ApiKeyEnvironment": ".api_key_environment",
    "ApiKeyRevocation": ".api_key_revocation",
    "ApiKeyScope": ".api_key_scope",
    "ApiKeyStatus": ".api_key_status",
    "ArtworkEnvelope": ".artwork_envelope",
    "ArtworkEnvelopeParameters": ".artwork_envelope_parameters",
    "ArtworkStatus": ".artwork_status",
    "ArtworkType": ".artwork_type",
    "AspectRatio": ".aspect_ratio",
    "CameraAngle": ".camera_angle",
    "ColorTone": ".color_tone",
    "CreateApiKeyRequest": ".create_api_key_request",
    "CreateDepthMapArtworkRequest": ".create_depth_map_artwork_request",
    "CreateDetailerUpscalerArtworkRequest": ".create_detailer_upscaler_artwork_request",
    "CreateDetailerUpscalerArtworkRequestScaleFactor": ".create_detailer_upscaler_artwork_request_scale_factor",
    "CreateFaceRefinerArtworkRequest": ".create_face_refiner_artwork_request",
    "CreateFaceSwapArtworkRequest": ".create_face_swap_artwork_request",
    "CreateHamiltonArtworkRequest": ".create_hamilton_artwork_request",
    "CreatePhotoPilotArtworkRequest": ".create_photo_pilot_artwork_request",
    "CreatePhotoPilotArtworkRequestImageGuidance": ".create_photo_pilot_artwork_request_image_guidance",
    "CreateQuantumArtworkRequest": ".create_quantum_artwork_request",
    "CreateRemoveBackgroundArtworkRequest": ".create_remove_background_artwork_request",
    "CreateSegmentationArtworkRequest": ".create_segmentation_artwork_request",
    "CreateSelenaArtworkRequest": ".create_selena_artwork_request",
    "CreateSelenaVarieteArtworkRequest": ".create_selena_variete_artwork_request",
    "CreateStyleDnaAnchorArtworkRequest": ".create_style_dna_anchor_artwork_request",
    "CreateStyleDnaArtworkRequest": ".create_style_dna_artwork_request",
    "CreateStyleDnaEditArtworkRequest": ".create_style_dna_edit_artwork_request",
    "CreateStyleDnaEditArtworkRequestImageGuidance": ".create_style_dna_edit_artwork_request_image_guidance",
    "CreateUpscalingArtworkRequest": ".create_upscaling_artwork_request",
    "CreateV1HamiltonRequest": ".create_v1_hamilton_request",
    "CreateV1Txt2ImgRequest": ".create_v1_txt_2_img_request",
    "CreateV1UpscalingRequest": ".create_v1_upscaling_request",
    "DepthMapArtwork": ".depth_map_artwork",
    "DepthMapArtworkParameters": ".depth_map_artwork_parameters",
    "DepthModel": ".depth_model",
    "DepthNormalizationMode": ".depth_normalization_mode",
    "DetailerUpscalerArtwork": ".detailer_upscaler_artwork",
    "DetailerUpscalerArtworkParameters": ".detailer_upscaler_artwork_parameters",
    "ErrorResponse": ".error_response",
    "FaceRefinerArtwork": ".face_refiner_artwork",
    "FaceRefinerArtworkParameters": ".face_refiner_artwork_parameters",
    "FaceSwapArtwork": ".face_swap_artwork",
    "FaceSwapArtworkParameters": ".face_swap_artwork_parameters",
    "HamiltonArtwork": ".hamilton_artwork",
    "HamiltonArtworkParameters": ".hamilton_artwork_parameters",
    "HamiltonAspectRatio": ".hamilton_aspect_ratio",
    "HamiltonStyle": ".hamilton_style",
    "ImageAsset": ".image_asset",
    "ImageFormat": ".image_format",
    "MintableApiKeyScope": ".mintable_api_key_scope",
    "Model": ".model",
    "OutputFormat": ".output_format",
    "PhotoPilotArtwork": ".photo_pilot_artwork",
    "PhotoPilotArtworkParameters": ".photo_pilot_artwork_parameters",
    "PointList": ".point_list",
    "ProcessingMode": ".processing_mode",
    "PromptMode": ".prompt_mode",
    "QuantumArtwork": ".quantum_artwork",
    "QuantumArtworkParameters": ".quantum_artwork_parameters",
    "QuantumAspectRatio": ".quantum_aspect_ratio",
    "QuantumStyle": ".quantum_style",
    "RemoveBackgroundArtwork": ".remove_background_artwork",
    "RemoveBackgroundArtworkParameters": ".remove_background_artwork_parameters",
    "SegmentationArtwork": ".segmentation_artwork",
    "SegmentationArtworkParameters": ".segmentation_artwork_parameters",
    "SegmentationArtworkParametersPointsNegative": ".segmentation_artwork_parameters_points_negative",
    "SegmentationArtworkParametersPointsPositive": ".segmentation_artwork_parameters_points_positive",
    "SegmentationMethod": ".segmentation_method",
    "SelenaArtwork": ".selena_artwork",
    "SelenaArtworkParameters": ".selena_artwork_parameters",
    "SelenaVarieteArtwork": ".selena_variete_artwork",
    "SelenaVarieteArtworkParameters": ".selena_variete_artwork_parameters",
    "Style": ".style",
    "StyleDnaAnchorArtwork": ".style_dna_anchor_artwork",
    "StyleDnaAnchorArtworkParameters": ".style_dna_anchor_artwork_parameters",
    "StyleDnaArtwork": ".style_dna_artwork",
    "StyleDnaArtworkParameters": ".style_dna_artwork_parameters",
    "StyleDnaBackgroundMode": ".style_dna_background_mode",
    "StyleDnaEditArtwork": ".style_dna_edit_artwork",
    "StyleDnaEditArtworkParameters": ".style_dna_edit_artwork_parameters",
    "TextcraftAnswer": ".textcraft_answer",
    "TextcraftReasoningConfig": ".textcraft_reasoning_config",
    "TextcraftReasoningConfigType": ".textcraft_reasoning_config_type",
    "TextcraftRequest": ".textcraft_request",
    "TextcraftRequestAdditionalModelRequestFields": ".textcraft_request_additional_model_request_fields",
    "TextcraftRequestTools": ".textcraft_request_tools",
    "TextcraftTool": ".textcraft_tool",
    "TextcraftToolCall": ".textcraft_tool_call",
    "TextcraftToolCallArgs": ".textcraft_tool_call_args",
    "TextcraftToolParameters": ".textcraft_tool_parameters",
    "Txt2ImgArtwork": ".txt_2_img_artwork",
    "Txt2ImgArtworkParameters": ".txt_2_img_artwork_parameters",
    "UnknownArtwork": ".unknown_artwork",
    "UnknownArtworkParameters": ".unknown_artwork_parameters",
    "UnknownV1Artwork": ".unknown_v1_artwork",
    "UnknownV1ArtworkParameters": ".unknown_v1_artwork_parameters",
    "UpscalingArtwork": ".upscaling_artwork",
    "UpscalingArtworkParameters": ".upscaling_artwork_parameters",
    "UpscalingV2Artwork": ".upscaling_v2_artwork",
    "V1ApiKeyDomain": ".v1_api_key_domain",
    "V1ArtworkEnvelope": ".v1_artwork_envelope",
    "V1ArtworkEnvelopeParameters": ".v1_artwork_envelope_parameters",
    "V1ArtworkStatus": ".v1_artwork_status",
    "V1ArtworkType": ".v1_artwork_type",
    "V1CreateApiKeyRequest": ".v1_create_api_key_request",
    "V1HamiltonArtwork": ".v1_hamilton_artwork",
    "V1HamiltonArtworkParameters": ".v1_hamilton_artwork_parameters",
    "V1Model": ".v1_model",
    "V1StyleDnaEditRequest": ".v1_style_dna_edit_request",
    "V1StyleDnaEditRequestImageGuidance": ".v1_style_dna_edit_request_image_guidance",
    "V1StyleDnaGenerateAssetRequest": ".v1_style_dna_generate_asset_request",
    "V1StyleDnaGenerateRequest": ".v1_style_dna_generate_request",
    "V1StyleDnaRemoveBackgroundRequest": ".v1_style_dna_remove_background_request",
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
    "ApiKeyRevocation",
    "ApiKeyScope",
    "ApiKeyStatus",
    "ArtworkEnvelope",
    "ArtworkEnvelopeParameters",
    "ArtworkStatus",
    "ArtworkType",
    "AspectRatio",
    "CameraAngle",
    "ColorTone",
    "CreateApiKeyRequest",
    "CreateDepthMapArtworkRequest",
    "CreateDetailerUpscalerArtworkRequest",
    "CreateDetailerUpscalerArtworkRequestScaleFactor",
    "CreateFaceRefinerArtworkRequest",
    "CreateFaceSwapArtworkRequest",
    "CreateHamiltonArtworkRequest",
    "CreatePhotoPilotArtworkRequest",
    "CreatePhotoPilotArtworkRequestImageGuidance",
    "CreateQuantumArtworkRequest",
    "CreateRemoveBackgroundArtworkRequest",
    "CreateSegmentationArtworkRequest",
    "CreateSelenaArtworkRequest",
    "CreateSelenaVarieteArtworkRequest",
    "CreateStyleDnaAnchorArtworkRequest",
    "CreateStyleDnaArtworkRequest",
    "CreateStyleDnaEditArtworkRequest",
    "CreateStyleDnaEditArtworkRequestImageGuidance",
    "CreateUpscalingArtworkRequest",
    "CreateV1HamiltonRequest",
    "CreateV1Txt2ImgRequest",
    "CreateV1UpscalingRequest",
    "DepthMapArtwork",
    "DepthMapArtworkParameters",
    "DepthModel",
    "DepthNormalizationMode",
    "DetailerUpscalerArtwork",
    "DetailerUpscalerArtworkParameters",
    "ErrorResponse",
    "FaceRefinerArtwork",
    "FaceRefinerArtworkParameters",
    "FaceSwapArtwork",
    "FaceSwapArtworkParameters",
    "HamiltonArtwork",
    "HamiltonArtworkParameters",
    "HamiltonAspectRatio",
    "HamiltonStyle",
    "ImageAsset",
    "ImageFormat",
    "MintableApiKeyScope",
    "Model",
    "OutputFormat",
    "PhotoPilotArtwork",
    "PhotoPilotArtworkParameters",
    "PointList",
    "ProcessingMode",
    "PromptMode",
    "QuantumArtwork",
    "QuantumArtworkParameters",
    "QuantumAspectRatio",
    "QuantumStyle",
    "RemoveBackgroundArtwork",
    "RemoveBackgroundArtworkParameters",
    "SegmentationArtwork",
    "SegmentationArtworkParameters",
    "SegmentationArtworkParametersPointsNegative",
    "SegmentationArtworkParametersPointsPositive",
    "SegmentationMethod",
    "SelenaArtwork",
    "SelenaArtworkParameters",
    "SelenaVarieteArtwork",
    "SelenaVarieteArtworkParameters",
    "Style",
    "StyleDnaAnchorArtwork",
    "StyleDnaAnchorArtworkParameters",
    "StyleDnaArtwork",
    "StyleDnaArtworkParameters",
    "StyleDnaBackgroundMode",
    "StyleDnaEditArtwork",
    "StyleDnaEditArtworkParameters",
    "TextcraftAnswer",
    "TextcraftReasoningConfig",
    "TextcraftReasoningConfigType",
    "TextcraftRequest",
    "TextcraftRequestAdditionalModelRequestFields",
    "TextcraftRequestTools",
    "TextcraftTool",
    "TextcraftToolCall",
    "TextcraftToolCallArgs",
    "TextcraftToolParameters",
    "Txt2ImgArtwork",
    "Txt2ImgArtworkParameters",
    "UnknownArtwork",
    "UnknownArtworkParameters",
    "UnknownV1Artwork",
    "UnknownV1ArtworkParameters",
    "UpscalingArtwork",
    "UpscalingArtworkParameters",
    "UpscalingV2Artwork",
    "V1ApiKeyDomain",
    "V1ArtworkEnvelope",
    "V1ArtworkEnvelopeParameters",
    "V1ArtworkStatus",
    "V1ArtworkType",
    "V1CreateApiKeyRequest",
    "V1HamiltonArtwork",
    "V1HamiltonArtworkParameters",
    "V1Model",
    "V1StyleDnaEditRequest",
    "V1StyleDnaEditRequestImageGuidance",
    "V1StyleDnaGenerateAssetRequest",
    "V1StyleDnaGenerateRequest",
    "V1StyleDnaRemoveBackgroundRequest",
    "WebhookSecret",
)
