from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define

from ..models.image_format import ImageFormat, check_image_format
from ..types import UNSET, Unset

T = TypeVar("T", bound="V1StyleDnaRemoveBackgroundRequest")


@_attrs_define
class V1StyleDnaRemoveBackgroundRequest:
    """Body of POST /v1/style-dna/remove-background. The page hides the image field's name: `imageUrl` is this SDK's
    reading (NOTES).

    """

    image_url: str
    """ URL of the image. It must be at most 2048 x 2048 pixels and 1,763,584 pixels in total area. """
    image_format: ImageFormat | Unset = UNSET
    """ Format of the result image of the Style DNA operations. """

    def to_dict(self) -> dict[str, Any]:
        image_url = self.image_url

        image_format: str | Unset = UNSET
        if not isinstance(self.image_format, Unset):
            image_format = self.image_format

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "imageUrl": image_url,
            }
        )
        if image_format is not UNSET:
            field_dict["imageFormat"] = image_format

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        image_url = d.pop("imageUrl")

        _image_format = d.pop("imageFormat", UNSET)
        image_format: ImageFormat | Unset
        if isinstance(_image_format, Unset):
            image_format = UNSET
        else:
            image_format = check_image_format(_image_format)

        v1_style_dna_remove_background_request = cls(
            image_url=image_url,
            image_format=image_format,
        )

        return v1_style_dna_remove_background_request
