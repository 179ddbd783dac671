from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="ImageAsset")


@_attrs_define
class ImageAsset:
    """An image made by a synchronous Style DNA operation: its URL works until `expiresAt`."""

    image_url: str
    """ URL of the image; it stops working at `expiresAt`. """
    expires_at: datetime.datetime
    """ When the image URL expires. """
    credits_used: float
    """ Credits the call used. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        image_url = self.image_url

        expires_at = self.expires_at.isoformat()

        credits_used = self.credits_used

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "imageUrl": image_url,
                "expiresAt": expires_at,
                "creditsUsed": credits_used,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        image_url = d.pop("imageUrl")

        from dateutil.parser import isoparse

        expires_at = isoparse(d.pop("expiresAt"))

        credits_used = d.pop("creditsUsed")

        image_asset = cls(
            image_url=image_url,
            expires_at=expires_at,
            credits_used=credits_used,
        )

        image_asset.additional_properties = d
        return image_asset

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
