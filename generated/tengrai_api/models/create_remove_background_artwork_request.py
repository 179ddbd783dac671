from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define

from ..models.output_format import OutputFormat, check_output_format
from ..types import UNSET, Unset

T = TypeVar("T", bound="CreateRemoveBackgroundArtworkRequest")


@_attrs_define
class CreateRemoveBackgroundArtworkRequest:
    """Body of POST /v2/artworks/remove-background (the newer snapshot; see NOTES)."""

    image_url: str
    """ URL of the source image. """
    webhook: str | Unset = UNSET
    """ Optional webhook URL. When provided, the server POSTs the final artwork to it upon completion. Must be HTTPS
    and a publicly routable host: loopback, link-local, private and cloud-metadata addresses are rejected. """
    output_format: OutputFormat | Unset = UNSET
    """ Output image format. `auto` (the default) uses the server default (webp with high-quality settings); `png`
    is lossless; `webp` is equivalent to `auto`. """

    def to_dict(self) -> dict[str, Any]:
        image_url = self.image_url

        webhook = self.webhook

        output_format: str | Unset = UNSET
        if not isinstance(self.output_format, Unset):
            output_format = self.output_format

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "imageUrl": image_url,
            }
        )
        if webhook is not UNSET:
            field_dict["webhook"] = webhook
        if output_format is not UNSET:
            field_dict["outputFormat"] = output_format

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        image_url = d.pop("imageUrl")

        webhook = d.pop("webhook", UNSET)

        _output_format = d.pop("outputFormat", UNSET)
        output_format: OutputFormat | Unset
        if isinstance(_output_format, Unset):
            output_format = UNSET
        else:
            output_format = check_output_format(_output_format)

        create_remove_background_artwork_request = cls(
            image_url=image_url,
            webhook=webhook,
            output_format=output_format,
        )

        return create_remove_background_artwork_request
