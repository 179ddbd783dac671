"""Contains all the data models used in inputs/outputs"""

from .artwork_status import ArtworkStatus
from .artwork_type import ArtworkType
from .aspect_ratio import AspectRatio
from .camera_angle import CameraAngle
from .color_tone import ColorTone
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

__all__ = (
    "ArtworkStatus",
    "ArtworkType",
    "AspectRatio",
    "CameraAngle",
    "ColorTone",
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
)
