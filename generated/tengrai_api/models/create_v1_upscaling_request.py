from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define

from ..types import UNSET, Unset

T = TypeVar("T", bound="CreateV1UpscalingRequest")


@_attrs_define
class CreateV1UpscalingRequest:
    """Body of POST /v1/artworks/upscaling."""

    image_url: str
    """ URL of the image to process. Its total area (width x height) must not exceed 1,478,656 pixels (e.g. 1216 x
    1216); accepted formats are JPEG, JPG, PNG and WebP. """
    scale_factor: int | Unset = 2
    """ Upscaling factor from 2 to 8. """

    def to_dict(self) -> dict[str, Any]:
        image_url = self.image_url

        scale_factor = self.scale_factor

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "imageUrl": image_url,
            }
        )
        if scale_factor is not UNSET:
            field_dict["scaleFactor"] = scale_factor

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        image_url = d.pop("imageUrl")

        scale_factor = d.pop("scaleFactor", UNSET)

        create_v1_upscaling_request = cls(
            image_url=image_url,
            scale_factor=scale_factor,
        )

        return create_v1_upscaling_request
