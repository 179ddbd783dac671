from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define

from ..models.hamilton_aspect_ratio import (
    HamiltonAspectRatio,
    check_hamilton_aspect_ratio,
)
from ..models.image_format import ImageFormat, check_image_format
from ..models.v1_style_dna_edit_request_image_guidance import (
    V1StyleDnaEditRequestImageGuidance,
    check_v1_style_dna_edit_request_image_guidance,
)
from ..types import UNSET, Unset

T = TypeVar("T", bound="V1StyleDnaEditRequest")


@_attrs_define
class V1StyleDnaEditRequest:
    """Body of POST /v1/style-dna/edit."""

    image_guidance: V1StyleDnaEditRequestImageGuidance
    """ How closely the result follows the source image. """
    modification: float
    """ How much the image is changed, from 1 to 5. """
    creativity: float
    """ Creativity from 1 to 5. """
    effort: float
    """ Effort from 1 (fastest) to 5 (best quality). """
    image_url: str
    """ URL of the source image. """
    prompt: str | Unset = UNSET
    """ Limited to 256 words; additional content will be truncated. """
    negative_prompt: str | Unset = UNSET
    """ Limited to 64 words; additional content will be truncated. """
    aspect_ratio: HamiltonAspectRatio | Unset = UNSET
    """ Aspect ratio of Hamilton, Photo Pilot and Style DNA edit. Defaults to 1:1 (1024 x 1024) when width and
    height are not given; 1:1 is 1328 x 1328 with highResolution. """
    width: float | Unset = UNSET
    """ Width in pixels; the total area (width x height) must not exceed 1,763,584 pixels. """
    height: float | Unset = UNSET
    """ Height in pixels; the total area (width x height) must not exceed 1,763,584 pixels. """
    image_format: ImageFormat | Unset = UNSET
    """ Format of the result image of the Style DNA operations. """

    def to_dict(self) -> dict[str, Any]:
        image_guidance: int = self.image_guidance

        modification = self.modification

        creativity = self.creativity

        effort = self.effort

        image_url = self.image_url

        prompt = self.prompt

        negative_prompt = self.negative_prompt

        aspect_ratio: str | Unset = UNSET
        if not isinstance(self.aspect_ratio, Unset):
            aspect_ratio = self.aspect_ratio

        width = self.width

        height = self.height

        image_format: str | Unset = UNSET
        if not isinstance(self.image_format, Unset):
            image_format = self.image_format

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "imageGuidance": image_guidance,
                "modification": modification,
                "creativity": creativity,
                "effort": effort,
                "imageUrl": image_url,
            }
        )
        if prompt is not UNSET:
            field_dict["prompt"] = prompt
        if negative_prompt is not UNSET:
            field_dict["negativePrompt"] = negative_prompt
        if aspect_ratio is not UNSET:
            field_dict["aspectRatio"] = aspect_ratio
        if width is not UNSET:
            field_dict["width"] = width
        if height is not UNSET:
            field_dict["height"] = height
        if image_format is not UNSET:
            field_dict["imageFormat"] = image_format

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        image_guidance = check_v1_style_dna_edit_request_image_guidance(d.pop("imageGuidance"))

        modification = d.pop("modification")

        creativity = d.pop("creativity")

        effort = d.pop("effort")

        image_url = d.pop("imageUrl")

        prompt = d.pop("prompt", UNSET)

        negative_prompt = d.pop("negativePrompt", UNSET)

        _aspect_ratio = d.pop("aspectRatio", UNSET)
        aspect_ratio: HamiltonAspectRatio | Unset
        if isinstance(_aspect_ratio, Unset):
            aspect_ratio = UNSET
        else:
            aspect_ratio = check_hamilton_aspect_ratio(_aspect_ratio)

        width = d.pop("width", UNSET)

        height = d.pop("height", UNSET)

        _image_format = d.pop("imageFormat", UNSET)
        image_format: ImageFormat | Unset
        if isinstance(_image_format, Unset):
            image_format = UNSET
        else:
            image_format = check_image_format(_image_format)

        v1_style_dna_edit_request = cls(
            image_guidance=image_guidance,
            modification=modification,
            creativity=creativity,
            effort=effort,
            image_url=image_url,
            prompt=prompt,
            negative_prompt=negative_prompt,
            aspect_ratio=aspect_ratio,
            width=width,
            height=height,
            image_format=image_format,
        )

        return v1_style_dna_edit_request
