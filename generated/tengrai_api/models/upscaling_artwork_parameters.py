from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="UpscalingArtworkParameters")


@_attrs_define
class UpscalingArtworkParameters:
    """Parameters of a V1 `upscaling` and a V2 `upscaling_v2` artwork."""

    image_url: str | Unset = UNSET
    """ The URL of the image to be upscaled. The image's total area (width x height) must not exceed 1,478,656
    pixels (e.g. 1216 x 1216). Accepted image formats: JPEG, JPG, PNG, and WebP. """
    scale_factor: int | Unset = 2
    webhook: str | Unset = UNSET
    """ The webhook URL the task was created with. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        image_url = self.image_url

        scale_factor = self.scale_factor

        webhook = self.webhook

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if image_url is not UNSET:
            field_dict["imageUrl"] = image_url
        if scale_factor is not UNSET:
            field_dict["scaleFactor"] = scale_factor
        if webhook is not UNSET:
            field_dict["webhook"] = webhook

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        image_url = d.pop("imageUrl", UNSET)

        scale_factor = d.pop("scaleFactor", UNSET)

        webhook = d.pop("webhook", UNSET)

        upscaling_artwork_parameters = cls(
            image_url=image_url,
            scale_factor=scale_factor,
            webhook=webhook,
        )

        upscaling_artwork_parameters.additional_properties = d
        return upscaling_artwork_parameters

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties
