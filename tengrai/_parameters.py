# Generated from openapi/tengrai.yaml by `make generate` (openapi/generate_sdk.py) — do not edit.
"""The parameters of each artwork type as the API echoes them: the read-only dict (camelCase keys, as sent) with a
typed snake_case attribute per documented field (None when the echo leaves it out).

An enum field is typed with its Literal; the API may echo a value this version does not know yet, which is kept as
the string it is. `PARAMETERS` maps each artwork union's ``artworkType`` to its class (`tengrai._parsing`).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from ._readonly import ReadOnlyDict

if TYPE_CHECKING:
    from collections.abc import Mapping
    from typing import Any

    from ._literals import (
        AspectRatio,
        CameraAngle,
        ColorTone,
        DepthModel,
        DepthNormalizationMode,
        HamiltonAspectRatio,
        HamiltonStyle,
        ImageFormat,
        Model,
        OutputFormat,
        ProcessingMode,
        PromptMode,
        QuantumAspectRatio,
        QuantumStyle,
        SegmentationMethod,
        Style,
        V1Model,
    )

__all__ = [
    "PARAMETERS",
    "DepthMapArtworkParameters",
    "DetailerUpscalerArtworkParameters",
    "FaceRefinerArtworkParameters",
    "FaceSwapArtworkParameters",
    "HamiltonArtworkParameters",
    "PhotoPilotArtworkParameters",
    "QuantumArtworkParameters",
    "RemoveBackgroundArtworkParameters",
    "SegmentationArtworkParameters",
    "SelenaArtworkParameters",
    "SelenaVarieteArtworkParameters",
    "StyleDnaAnchorArtworkParameters",
    "StyleDnaArtworkParameters",
    "StyleDnaEditArtworkParameters",
    "Txt2ImgArtworkParameters",
    "UpscalingArtworkParameters",
    "V1HamiltonArtworkParameters",
]


class DepthMapArtworkParameters(ReadOnlyDict):
    """The parameters of DepthMapArtwork as the API echoes them."""

    __slots__ = ()

    @property
    def image_url(self) -> str | None:
        """``imageUrl``."""
        return self.get("imageUrl")

    @property
    def invert_depth(self) -> bool | None:
        """``invertDepth``."""
        return self.get("invertDepth")

    @property
    def resolution_lower_limit(self) -> int | None:
        """``resolutionLowerLimit``."""
        return self.get("resolutionLowerLimit")

    @property
    def use_post_resize(self) -> bool | None:
        """``usePostResize``."""
        return self.get("usePostResize")

    @property
    def use_version3(self) -> bool | None:
        """``useVersion3``."""
        return self.get("useVersion3")

    @property
    def model(self) -> DepthModel | None:
        """``model``."""
        return self.get("model")

    @property
    def normalization_mode(self) -> DepthNormalizationMode | None:
        """``normalizationMode``."""
        return self.get("normalizationMode")

    @property
    def webhook(self) -> str | None:
        """``webhook``: The webhook URL the task was created with."""
        return self.get("webhook")


class DetailerUpscalerArtworkParameters(ReadOnlyDict):
    """The parameters of DetailerUpscalerArtwork as the API echoes them."""

    __slots__ = ()

    @property
    def image_url(self) -> str | None:
        """``imageUrl``."""
        return self.get("imageUrl")

    @property
    def scale_factor(self) -> int | None:
        """``scaleFactor``: 1 sharpens details only; 2, 4 and 8 sharpen details and upscale by that factor."""
        return self.get("scaleFactor")

    @property
    def details(self) -> int | None:
        """``details``."""
        return self.get("details")

    @property
    def modification(self) -> int | None:
        """``modification``."""
        return self.get("modification")

    @property
    def seed(self) -> int | None:
        """``seed``: Optional random seed for deterministic generation. The pipeline applies the transform floor(seed *
        1.2) + 17 before submitting to the workflow engine. Omit to let the server pick one."""
        return self.get("seed")

    @property
    def webhook(self) -> str | None:
        """``webhook``: The webhook URL the task was created with."""
        return self.get("webhook")

    @property
    def output_format(self) -> OutputFormat | None:
        """``outputFormat``."""
        return self.get("outputFormat")


class FaceRefinerArtworkParameters(ReadOnlyDict):
    """The parameters of FaceRefinerArtwork as the API echoes them."""

    __slots__ = ()

    @property
    def image_url(self) -> str | None:
        """``imageUrl``: URL of the source image to refine."""
        return self.get("imageUrl")

    @property
    def model(self) -> Model | None:
        """``model``."""
        return self.get("model")

    @property
    def denoising(self) -> int | None:
        """``denoising``."""
        return self.get("denoising")

    @property
    def seed(self) -> int | None:
        """``seed``: Optional random seed for deterministic generation. The pipeline applies the transform floor(seed *
        1.2) + 17 before submitting to the workflow engine. Omit to let the server pick one."""
        return self.get("seed")

    @property
    def webhook(self) -> str | None:
        """``webhook``: The webhook URL the task was created with."""
        return self.get("webhook")

    @property
    def output_format(self) -> OutputFormat | None:
        """``outputFormat``."""
        return self.get("outputFormat")


class FaceSwapArtworkParameters(ReadOnlyDict):
    """The parameters of FaceSwapArtwork as the API echoes them."""

    __slots__ = ()

    @property
    def source_image(self) -> str | None:
        """``sourceImage``."""
        return self.get("sourceImage")

    @property
    def target_image(self) -> str | None:
        """``targetImage``."""
        return self.get("targetImage")

    @property
    def denoising(self) -> int | None:
        """``denoising``."""
        return self.get("denoising")

    @property
    def seed(self) -> int | None:
        """``seed``: Optional random seed for deterministic generation. The pipeline applies the transform floor(seed *
        1.2) + 17 before submitting to the workflow engine. Omit to let the server pick one."""
        return self.get("seed")

    @property
    def webhook(self) -> str | None:
        """``webhook``: The webhook URL the task was created with."""
        return self.get("webhook")

    @property
    def output_format(self) -> OutputFormat | None:
        """``outputFormat``."""
        return self.get("outputFormat")


class HamiltonArtworkParameters(ReadOnlyDict):
    """The parameters of HamiltonArtwork as the API echoes them."""

    __slots__ = ()

    @property
    def prompt(self) -> str | None:
        """``prompt``: Limited to 256 words; additional content will be truncated."""
        return self.get("prompt")

    @property
    def negative_prompt(self) -> str | None:
        """``negativePrompt``: Limited to 64 words; additional content will be truncated."""
        return self.get("negativePrompt")

    @property
    def style(self) -> HamiltonStyle | None:
        """``style``."""
        return self.get("style")

    @property
    def prompt_mode(self) -> PromptMode | None:
        """``promptMode``."""
        return self.get("promptMode")

    @property
    def creativity(self) -> int | None:
        """``creativity``."""
        return self.get("creativity")

    @property
    def effort(self) -> int | None:
        """``effort``."""
        return self.get("effort")

    @property
    def aspect_ratio(self) -> HamiltonAspectRatio | None:
        """``aspectRatio``."""
        return self.get("aspectRatio")

    @property
    def width(self) -> int | None:
        """``width``: Use aspectRatio instead of custom width and height for better quality. If defined, the total area
        (width x height) must not exceed 1,478,656 pixels, or 1,763,584 pixels with highResolution."""
        return self.get("width")

    @property
    def height(self) -> int | None:
        """``height``: Use aspectRatio instead of custom width and height for better quality. If defined, the total area
        (width x height) must not exceed 1,478,656 pixels, or 1,763,584 pixels with highResolution."""
        return self.get("height")

    @property
    def nsfw(self) -> bool | None:
        """``nsfw``: Set to true to allow NSFW output. When false (the default), safety negatives are injected into the
        negative prompt to suppress NSFW content."""
        return self.get("nsfw")

    @property
    def high_resolution(self) -> bool | None:
        """``highResolution``."""
        return self.get("highResolution")

    @property
    def transparent_background(self) -> bool | None:
        """``transparentBackground``."""
        return self.get("transparentBackground")

    @property
    def webhook(self) -> str | None:
        """``webhook``: The webhook URL the task was created with."""
        return self.get("webhook")


class PhotoPilotArtworkParameters(ReadOnlyDict):
    """The parameters of PhotoPilotArtwork as the API echoes them."""

    __slots__ = ()

    @property
    def image_url(self) -> str | None:
        """``imageUrl``."""
        return self.get("imageUrl")

    @property
    def prompt(self) -> str | None:
        """``prompt``: Limited to 256 words; additional content will be truncated."""
        return self.get("prompt")

    @property
    def negative_prompt(self) -> str | None:
        """``negativePrompt``: Limited to 64 words; additional content will be truncated."""
        return self.get("negativePrompt")

    @property
    def image_guidance(self) -> float | None:
        """``imageGuidance``."""
        return self.get("imageGuidance")

    @property
    def modification(self) -> float | None:
        """``modification``."""
        return self.get("modification")

    @property
    def creativity(self) -> float | None:
        """``creativity``."""
        return self.get("creativity")

    @property
    def effort(self) -> float | None:
        """``effort``."""
        return self.get("effort")

    @property
    def aspect_ratio(self) -> HamiltonAspectRatio | None:
        """``aspectRatio``."""
        return self.get("aspectRatio")

    @property
    def high_resolution(self) -> bool | None:
        """``highResolution``."""
        return self.get("highResolution")

    @property
    def width(self) -> float | None:
        """``width``."""
        return self.get("width")

    @property
    def height(self) -> float | None:
        """``height``."""
        return self.get("height")

    @property
    def webhook(self) -> str | None:
        """``webhook``: The webhook URL the task was created with."""
        return self.get("webhook")


class QuantumArtworkParameters(ReadOnlyDict):
    """The parameters of QuantumArtwork as the API echoes them."""

    __slots__ = ()

    @property
    def prompt(self) -> str | None:
        """``prompt``: Limited to 200 words; additional content will be truncated. If empty, uses the style's default
        prompt."""
        return self.get("prompt")

    @property
    def negative_prompt(self) -> str | None:
        """``negativePrompt``: Limited to 64 words; additional content will be truncated."""
        return self.get("negativePrompt")

    @property
    def style(self) -> QuantumStyle | None:
        """``style``."""
        return self.get("style")

    @property
    def prompt_mode(self) -> PromptMode | None:
        """``promptMode``."""
        return self.get("promptMode")

    @property
    def aspect_ratio(self) -> QuantumAspectRatio | None:
        """``aspectRatio``."""
        return self.get("aspectRatio")

    @property
    def width(self) -> int | None:
        """``width``: Use aspectRatio instead of custom width and height for better quality. If defined, the total area
        (width x height) must not exceed 1,478,656 pixels (e.g. 1216 x 1216)."""
        return self.get("width")

    @property
    def height(self) -> int | None:
        """``height``: Use aspectRatio instead of custom width and height for better quality. If defined, the total area
        (width x height) must not exceed 1,478,656 pixels (e.g. 1216 x 1216)."""
        return self.get("height")

    @property
    def nsfw(self) -> bool | None:
        """``nsfw``: Set to true to allow NSFW output. When false (the default), safety negatives are injected into the
        negative prompt to suppress NSFW content."""
        return self.get("nsfw")

    @property
    def transparent_background(self) -> bool | None:
        """``transparentBackground``."""
        return self.get("transparentBackground")

    @property
    def seed(self) -> int | None:
        """``seed``: Optional random seed for deterministic generation. The pipeline applies the transform floor(seed *
        1.2) + 17 before submitting to the workflow engine. Omit to let the server pick one."""
        return self.get("seed")

    @property
    def webhook(self) -> str | None:
        """``webhook``: The webhook URL the task was created with."""
        return self.get("webhook")

    @property
    def output_format(self) -> OutputFormat | None:
        """``outputFormat``."""
        return self.get("outputFormat")


class RemoveBackgroundArtworkParameters(ReadOnlyDict):
    """The parameters of RemoveBackgroundArtwork as the API echoes them."""

    __slots__ = ()

    @property
    def image_url(self) -> str | None:
        """``imageUrl``."""
        return self.get("imageUrl")

    @property
    def webhook(self) -> str | None:
        """``webhook``: The webhook URL the task was created with."""
        return self.get("webhook")

    @property
    def output_format(self) -> OutputFormat | None:
        """``outputFormat``."""
        return self.get("outputFormat")

    @property
    def image_format(self) -> str | None:
        """``imageFormat``: The older snapshot's output format (png or webp)."""
        return self.get("imageFormat")


class SegmentationArtworkParameters(ReadOnlyDict):
    """The parameters of SegmentationArtwork as the API echoes them."""

    __slots__ = ()

    @property
    def image_url(self) -> str | None:
        """``imageUrl``."""
        return self.get("imageUrl")

    @property
    def method(self) -> SegmentationMethod | None:
        """``method``."""
        return self.get("method")

    @property
    def text_prompt(self) -> str | None:
        """``textPrompt``."""
        return self.get("textPrompt")

    @property
    def text_confidence(self) -> float | None:
        """``textConfidence``."""
        return self.get("textConfidence")

    @property
    def text_max_detections(self) -> int | None:
        """``textMaxDetections``."""
        return self.get("textMaxDetections")

    @property
    def text_combine_masks(self) -> bool | None:
        """``textCombineMasks``."""
        return self.get("textCombineMasks")

    @property
    def points_positive(self) -> Mapping[str, Any] | None:
        """``pointsPositive``."""
        return self.get("pointsPositive")

    @property
    def points_negative(self) -> Mapping[str, Any] | None:
        """``pointsNegative``."""
        return self.get("pointsNegative")

    @property
    def mask_expand(self) -> int | None:
        """``maskExpand``."""
        return self.get("maskExpand")

    @property
    def mask_tapered_corners(self) -> bool | None:
        """``maskTaperedCorners``."""
        return self.get("maskTaperedCorners")

    @property
    def mask_blur_sigma(self) -> float | None:
        """``maskBlurSigma``."""
        return self.get("maskBlurSigma")

    @property
    def mask_kernel_size(self) -> int | None:
        """``maskKernelSize``."""
        return self.get("maskKernelSize")

    @property
    def webhook(self) -> str | None:
        """``webhook``: The webhook URL the task was created with."""
        return self.get("webhook")

    @property
    def output_format(self) -> OutputFormat | None:
        """``outputFormat``."""
        return self.get("outputFormat")


class SelenaArtworkParameters(ReadOnlyDict):
    """The parameters of SelenaArtwork as the API echoes them."""

    __slots__ = ()

    @property
    def model(self) -> Model | None:
        """``model``."""
        return self.get("model")

    @property
    def batch(self) -> int | None:
        """``batch``: Number of images to generate per task (1-2). Default 2."""
        return self.get("batch")

    @property
    def prompt_mode(self) -> PromptMode | None:
        """``promptMode``."""
        return self.get("promptMode")

    @property
    def prompt(self) -> str | None:
        """``prompt``: Limited to 256 words; additional content will be truncated."""
        return self.get("prompt")

    @property
    def negative_prompt(self) -> str | None:
        """``negativePrompt``: Limited to 64 words; additional content will be truncated."""
        return self.get("negativePrompt")

    @property
    def style(self) -> Style | None:
        """``style``."""
        return self.get("style")

    @property
    def creativity(self) -> int | None:
        """``creativity``."""
        return self.get("creativity")

    @property
    def details(self) -> int | None:
        """``details``."""
        return self.get("details")

    @property
    def aspect_ratio(self) -> AspectRatio | None:
        """``aspectRatio``."""
        return self.get("aspectRatio")

    @property
    def width(self) -> int | None:
        """``width``: Use aspectRatio instead of custom width and height for better quality. If defined, the total area
        (width x height) must not exceed 1,478,656 pixels (e.g. 1216 x 1216)."""
        return self.get("width")

    @property
    def height(self) -> int | None:
        """``height``: Use aspectRatio instead of custom width and height for better quality. If defined, the total area
        (width x height) must not exceed 1,478,656 pixels (e.g. 1216 x 1216)."""
        return self.get("height")

    @property
    def nsfw(self) -> bool | None:
        """``nsfw``: Set to true to allow NSFW output. When false (the default), safety negatives are injected into the
        negative prompt to suppress NSFW content."""
        return self.get("nsfw")

    @property
    def transparent_background(self) -> bool | None:
        """``transparentBackground``."""
        return self.get("transparentBackground")

    @property
    def color_tone(self) -> ColorTone | None:
        """``colorTone``."""
        return self.get("colorTone")

    @property
    def camera_angle(self) -> CameraAngle | None:
        """``cameraAngle``."""
        return self.get("cameraAngle")

    @property
    def seed(self) -> int | None:
        """``seed``."""
        return self.get("seed")

    @property
    def webhook(self) -> str | None:
        """``webhook``: The webhook URL the task was created with."""
        return self.get("webhook")


class SelenaVarieteArtworkParameters(ReadOnlyDict):
    """The parameters of SelenaVarieteArtwork as the API echoes them."""

    __slots__ = ()

    @property
    def image_url(self) -> str | None:
        """``imageUrl``: URL of the source image to process."""
        return self.get("imageUrl")

    @property
    def model(self) -> Model | None:
        """``model``."""
        return self.get("model")

    @property
    def batch(self) -> int | None:
        """``batch``: Number of images to generate per task (1-2). Default 2."""
        return self.get("batch")

    @property
    def prompt(self) -> str | None:
        """``prompt``: Limited to 256 words; additional content will be truncated."""
        return self.get("prompt")

    @property
    def negative_prompt(self) -> str | None:
        """``negativePrompt``: Limited to 64 words; additional content will be truncated."""
        return self.get("negativePrompt")

    @property
    def style(self) -> Style | None:
        """``style``."""
        return self.get("style")

    @property
    def processing_mode(self) -> ProcessingMode | None:
        """``processingMode``."""
        return self.get("processingMode")

    @property
    def prompt_mode(self) -> PromptMode | None:
        """``promptMode``."""
        return self.get("promptMode")

    @property
    def creativity(self) -> int | None:
        """``creativity``."""
        return self.get("creativity")

    @property
    def details(self) -> int | None:
        """``details``."""
        return self.get("details")

    @property
    def denoising(self) -> int | None:
        """``denoising``."""
        return self.get("denoising")

    @property
    def aspect_ratio(self) -> AspectRatio | None:
        """``aspectRatio``."""
        return self.get("aspectRatio")

    @property
    def width(self) -> int | None:
        """``width``: Use aspectRatio instead of custom width and height for better quality. If defined, the total area
        (width x height) must not exceed 1,478,656 pixels (e.g. 1216 x 1216)."""
        return self.get("width")

    @property
    def height(self) -> int | None:
        """``height``: Use aspectRatio instead of custom width and height for better quality. If defined, the total area
        (width x height) must not exceed 1,478,656 pixels (e.g. 1216 x 1216)."""
        return self.get("height")

    @property
    def nsfw(self) -> bool | None:
        """``nsfw``: Set to true to allow NSFW output. When false (the default), safety negatives are injected into the
        negative prompt to suppress NSFW content."""
        return self.get("nsfw")

    @property
    def transparent_background(self) -> bool | None:
        """``transparentBackground``."""
        return self.get("transparentBackground")

    @property
    def color_tone(self) -> ColorTone | None:
        """``colorTone``."""
        return self.get("colorTone")

    @property
    def webhook(self) -> str | None:
        """``webhook``: The webhook URL the task was created with."""
        return self.get("webhook")


class StyleDnaAnchorArtworkParameters(ReadOnlyDict):
    """The parameters of StyleDnaAnchorArtwork as the API echoes them."""

    __slots__ = ()

    @property
    def webhook(self) -> str | None:
        """``webhook``: The webhook URL the task was created with."""
        return self.get("webhook")


class StyleDnaArtworkParameters(ReadOnlyDict):
    """The parameters of StyleDnaArtwork as the API echoes them."""

    __slots__ = ()

    @property
    def visual_prompt(self) -> str | None:
        """``visualPrompt``."""
        return self.get("visualPrompt")

    @property
    def anchor_image_url(self) -> str | None:
        """``anchorImageUrl``."""
        return self.get("anchorImageUrl")

    @property
    def description(self) -> str | None:
        """``description``."""
        return self.get("description")

    @property
    def aspect_ratio(self) -> str | None:
        """``aspectRatio``."""
        return self.get("aspectRatio")

    @property
    def width(self) -> float | None:
        """``width``."""
        return self.get("width")

    @property
    def height(self) -> float | None:
        """``height``."""
        return self.get("height")

    @property
    def image_format(self) -> ImageFormat | None:
        """``imageFormat``."""
        return self.get("imageFormat")

    @property
    def webhook(self) -> str | None:
        """``webhook``: The webhook URL the task was created with."""
        return self.get("webhook")


class StyleDnaEditArtworkParameters(ReadOnlyDict):
    """The parameters of StyleDnaEditArtwork as the API echoes them."""

    __slots__ = ()

    @property
    def image_url(self) -> str | None:
        """``imageUrl``."""
        return self.get("imageUrl")

    @property
    def prompt(self) -> str | None:
        """``prompt``: Limited to 256 words; additional content will be truncated."""
        return self.get("prompt")

    @property
    def negative_prompt(self) -> str | None:
        """``negativePrompt``: Limited to 64 words; additional content will be truncated."""
        return self.get("negativePrompt")

    @property
    def image_guidance(self) -> float | None:
        """``imageGuidance``."""
        return self.get("imageGuidance")

    @property
    def modification(self) -> float | None:
        """``modification``."""
        return self.get("modification")

    @property
    def creativity(self) -> float | None:
        """``creativity``."""
        return self.get("creativity")

    @property
    def effort(self) -> float | None:
        """``effort``."""
        return self.get("effort")

    @property
    def aspect_ratio(self) -> HamiltonAspectRatio | None:
        """``aspectRatio``."""
        return self.get("aspectRatio")

    @property
    def width(self) -> float | None:
        """``width``."""
        return self.get("width")

    @property
    def height(self) -> float | None:
        """``height``."""
        return self.get("height")

    @property
    def image_format(self) -> ImageFormat | None:
        """``imageFormat``."""
        return self.get("imageFormat")

    @property
    def webhook(self) -> str | None:
        """``webhook``: The webhook URL the task was created with."""
        return self.get("webhook")


class Txt2ImgArtworkParameters(ReadOnlyDict):
    """The parameters of Txt2ImgArtwork as the API echoes them."""

    __slots__ = ()

    @property
    def model(self) -> V1Model | None:
        """``model``."""
        return self.get("model")

    @property
    def prompt_mode(self) -> PromptMode | None:
        """``promptMode``."""
        return self.get("promptMode")

    @property
    def prompt(self) -> str | None:
        """``prompt``: Limited to 256 words; additional content will be truncated."""
        return self.get("prompt")

    @property
    def negative_prompt(self) -> str | None:
        """``negativePrompt``: Limited to 64 words; additional content will be truncated."""
        return self.get("negativePrompt")

    @property
    def style(self) -> Style | None:
        """``style``."""
        return self.get("style")

    @property
    def creativity(self) -> int | None:
        """``creativity``."""
        return self.get("creativity")

    @property
    def details(self) -> int | None:
        """``details``."""
        return self.get("details")

    @property
    def aspect_ratio(self) -> AspectRatio | None:
        """``aspectRatio``."""
        return self.get("aspectRatio")

    @property
    def width(self) -> int | None:
        """``width``: Use aspectRatio instead of custom width and height for better quality. If defined, the total area
        (width x height) must not exceed 1,478,656 pixels (e.g. 1216 x 1216)."""
        return self.get("width")

    @property
    def height(self) -> int | None:
        """``height``: Use aspectRatio instead of custom width and height for better quality. If defined, the total area
        (width x height) must not exceed 1,478,656 pixels (e.g. 1216 x 1216)."""
        return self.get("height")

    @property
    def nsfw(self) -> bool | None:
        """``nsfw``."""
        return self.get("nsfw")


class UpscalingArtworkParameters(ReadOnlyDict):
    """The parameters of UpscalingV2Artwork as the API echoes them."""

    __slots__ = ()

    @property
    def image_url(self) -> str | None:
        """``imageUrl``: The URL of the image to be upscaled. The image's total area (width x height) must not exceed
        1,478,656 pixels (e.g. 1216 x 1216). Accepted image formats: JPEG, JPG, PNG, and WebP."""
        return self.get("imageUrl")

    @property
    def scale_factor(self) -> int | None:
        """``scaleFactor``."""
        return self.get("scaleFactor")

    @property
    def webhook(self) -> str | None:
        """``webhook``: The webhook URL the task was created with."""
        return self.get("webhook")


class V1HamiltonArtworkParameters(ReadOnlyDict):
    """The parameters of V1HamiltonArtwork as the API echoes them."""

    __slots__ = ()

    @property
    def prompt(self) -> str | None:
        """``prompt``: Limited to 256 words; additional content will be truncated."""
        return self.get("prompt")

    @property
    def negative_prompt(self) -> str | None:
        """``negativePrompt``: Limited to 64 words; additional content will be truncated."""
        return self.get("negativePrompt")

    @property
    def style(self) -> HamiltonStyle | None:
        """``style``."""
        return self.get("style")

    @property
    def prompt_mode(self) -> PromptMode | None:
        """``promptMode``."""
        return self.get("promptMode")

    @property
    def creativity(self) -> int | None:
        """``creativity``."""
        return self.get("creativity")

    @property
    def effort(self) -> int | None:
        """``effort``."""
        return self.get("effort")

    @property
    def aspect_ratio(self) -> HamiltonAspectRatio | None:
        """``aspectRatio``."""
        return self.get("aspectRatio")

    @property
    def width(self) -> int | None:
        """``width``: Use aspectRatio instead of custom width and height for better quality. If defined, the total area
        (width x height) must not exceed 1,478,656 pixels (e.g. 1216 x 1216)."""
        return self.get("width")

    @property
    def height(self) -> int | None:
        """``height``: Use aspectRatio instead of custom width and height for better quality. If defined, the total area
        (width x height) must not exceed 1,478,656 pixels (e.g. 1216 x 1216)."""
        return self.get("height")

    @property
    def nsfw(self) -> bool | None:
        """``nsfw``."""
        return self.get("nsfw")

    @property
    def transparent_background(self) -> bool | None:
        """``transparentBackground``."""
        return self.get("transparentBackground")

    @property
    def high_resolution(self) -> bool | None:
        """``highResolution``."""
        return self.get("highResolution")


PARAMETERS: dict[str, dict[str, type[ReadOnlyDict]]] = {
    "Artwork": {
        "selena": SelenaArtworkParameters,
        "selena_variete": SelenaVarieteArtworkParameters,
        "quantum": QuantumArtworkParameters,
        "face_refiner": FaceRefinerArtworkParameters,
        "face_swap": FaceSwapArtworkParameters,
        "upscaling_v2": UpscalingArtworkParameters,
        "detailer_upscaler": DetailerUpscalerArtworkParameters,
        "remove_background": RemoveBackgroundArtworkParameters,
        "segmentation": SegmentationArtworkParameters,
        "depth_map": DepthMapArtworkParameters,
        "hamilton": HamiltonArtworkParameters,
        "photo_pilot": PhotoPilotArtworkParameters,
        "style_dna_anchor": StyleDnaAnchorArtworkParameters,
        "style_dna": StyleDnaArtworkParameters,
        "style_dna_edit": StyleDnaEditArtworkParameters,
    },
    "V1Artwork": {
        "txt2img": Txt2ImgArtworkParameters,
        "upscaling": UpscalingArtworkParameters,
        "hamilton": V1HamiltonArtworkParameters,
    },
}
"""Artwork union -> ``artworkType`` -> the parameters class (other types: a plain `ReadOnlyDict`)."""
