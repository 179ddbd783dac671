from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define

from ..models.create_detailer_upscaler_artwork_request_scale_factor import (
    CreateDetailerUpscalerArtworkRequestScaleFactor,
    check_create_detailer_upscaler_artwork_request_scale_factor,
)
from ..models.output_format import OutputFormat, check_output_format
from ..types import UNSET, Unset

T = TypeVar("T", bound="CreateDetailerUpscalerArtworkRequest")


@_attrs_define
class CreateDetailerUpscalerArtworkRequest:
    """Body of POST /v2/artworks/detailer-upscaler."""

    image_url: str
    """ URL of the image to process. Its total area (width x height) must not exceed 1,478,656 pixels (e.g. 1216 x
    1216); accepted formats are JPEG, JPG, PNG and WebP. """
    scale_factor: CreateDetailerUpscalerArtworkRequestScaleFactor | Unset = 2
    """ 1 sharpens details only; 2, 4 and 8 sharpen details and upscale by that factor. """
    details: int | Unset = 2
    """ Detail strength: 1 Low, 2 Medium, 3 High. """
    modification: int | Unset = 2
    """ How much the image may change: 1 Subtle, 2 Balanced, 3 Strong. """
    seed: int | Unset = UNSET
    """ Optional random seed for deterministic generation. The pipeline applies the transform floor(seed * 1.2) + 17
    before submitting to the workflow engine. Omit to let the server pick one. """
    webhook: str | Unset = UNSET
    """ Optional webhook URL. When provided, the server POSTs the final artwork to it upon completion. Must be HTTPS
    and a publicly routable host: loopback, link-local, private and cloud-metadata addresses are rejected. """
    output_format: OutputFormat | Unset = UNSET
    """ Output image format. `auto` (the default) uses the server default (webp with high-quality settings); `png`
    is lossless; `webp` is equivalent to `auto`. """

    def to_dict(self) -> dict[str, Any]:
        image_url = self.image_url

        scale_factor: int | Unset = UNSET
        if not isinstance(self.scale_factor, Unset):
            scale_factor = self.scale_factor

        details = self.details

        modification = self.modification

        seed = self.seed

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
        if scale_factor is not UNSET:
            field_dict["scaleFactor"] = scale_factor
        if details is not UNSET:
            field_dict["details"] = details
        if modification is not UNSET:
            field_dict["modification"] = modification
        if seed is not UNSET:
            field_dict["seed"] = seed
        if webhook is not UNSET:
            field_dict["webhook"] = webhook
        if output_format is not UNSET:
            field_dict["outputFormat"] = output_format

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        image_url = d.pop("imageUrl")

        _scale_factor = d.pop("scaleFactor", UNSET)
        scale_factor: CreateDetailerUpscalerArtworkRequestScaleFactor | Unset
        if isinstance(_scale_factor, Unset):
            scale_factor = UNSET
        else:
            scale_factor = check_create_detailer_upscaler_artwork_request_scale_factor(_scale_factor)

        details = d.pop("details", UNSET)

        modification = d.pop("modification", UNSET)

        seed = d.pop("seed", UNSET)

        webhook = d.pop("webhook", UNSET)

        _output_format = d.pop("outputFormat", UNSET)
        output_format: OutputFormat | Unset
        if isinstance(_output_format, Unset):
            output_format = UNSET
        else:
            output_format = check_output_format(_output_format)

        create_detailer_upscaler_artwork_request = cls(
            image_url=image_url,
            scale_factor=scale_factor,
            details=details,
            modification=modification,
            seed=seed,
            webhook=webhook,
            output_format=output_format,
        )

        return create_detailer_upscaler_artwork_request
