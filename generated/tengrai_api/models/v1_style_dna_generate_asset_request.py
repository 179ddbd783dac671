from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define

from ..models.image_format import ImageFormat, check_image_format
from ..models.style_dna_background_mode import (
    StyleDnaBackgroundMode,
    check_style_dna_background_mode,
)
from ..types import UNSET, Unset

T = TypeVar("T", bound="V1StyleDnaGenerateAssetRequest")


@_attrs_define
class V1StyleDnaGenerateAssetRequest:
    """Body of POST /v1/style-dna/generate/asset (generate's fields and backgroundMode)."""

    visual_prompt: str
    """ What the asset shows. """
    anchor_image_url: str
    """ URL of the Style DNA's anchor image. """
    description: str
    """ Description of the Style DNA. """
    aspect_ratio: str | Unset = UNSET
    """ Aspect ratio of the image (no values are documented). """
    width: float | Unset = UNSET
    """ Width in pixels; the total area (width x height) must not exceed 1,763,584 pixels. """
    height: float | Unset = UNSET
    """ Height in pixels; the total area (width x height) must not exceed 1,763,584 pixels. """
    image_format: ImageFormat | Unset = UNSET
    """ Format of the result image of the Style DNA operations. """
    background_mode: StyleDnaBackgroundMode | Unset = UNSET
    """ The background of a generated Style DNA asset. """

    def to_dict(self) -> dict[str, Any]:
        visual_prompt = self.visual_prompt

        anchor_image_url = self.anchor_image_url

        description = self.description

        aspect_ratio = self.aspect_ratio

        width = self.width

        height = self.height

        image_format: str | Unset = UNSET
        if not isinstance(self.image_format, Unset):
            image_format = self.image_format

        background_mode: str | Unset = UNSET
        if not isinstance(self.background_mode, Unset):
            background_mode = self.background_mode

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "visualPrompt": visual_prompt,
                "anchorImageUrl": anchor_image_url,
                "description": description,
            }
        )
        if aspect_ratio is not UNSET:
            field_dict["aspectRatio"] = aspect_ratio
        if width is not UNSET:
            field_dict["width"] = width
        if height is not UNSET:
            field_dict["height"] = height
        if image_format is not UNSET:
            field_dict["imageFormat"] = image_format
        if background_mode is not UNSET:
            field_dict["backgroundMode"] = background_mode

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        visual_prompt = d.pop("visualPrompt")

        anchor_image_url = d.pop("anchorImageUrl")

        description = d.pop("description")

        aspect_ratio = d.pop("aspectRatio", UNSET)

        width = d.pop("width", UNSET)

        height = d.pop("height", UNSET)

        _image_format = d.pop("imageFormat", UNSET)
        image_format: ImageFormat | Unset
        if isinstance(_image_format, Unset):
            image_format = UNSET
        else:
            image_format = check_image_format(_image_format)

        _background_mode = d.pop("backgroundMode", UNSET)
        background_mode: StyleDnaBackgroundMode | Unset
        if isinstance(_background_mode, Unset):
            background_mode = UNSET
        else:
            background_mode = check_style_dna_background_mode(_background_mode)

        v1_style_dna_generate_asset_request = cls(
            visual_prompt=visual_prompt,
            anchor_image_url=anchor_image_url,
            description=description,
            aspect_ratio=aspect_ratio,
            width=width,
            height=height,
            image_format=image_format,
            background_mode=background_mode,
        )

        return v1_style_dna_generate_asset_request
