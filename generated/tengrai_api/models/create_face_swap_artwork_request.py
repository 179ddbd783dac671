from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define

from ..models.output_format import OutputFormat, check_output_format
from ..types import UNSET, Unset

T = TypeVar("T", bound="CreateFaceSwapArtworkRequest")


@_attrs_define
class CreateFaceSwapArtworkRequest:
    """Body of POST /v2/artworks/face-swap."""

    source_image: str
    """ URL of the source image. """
    target_image: str
    """ URL of the source image. """
    denoising: int | Unset = UNSET
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
        source_image = self.source_image

        target_image = self.target_image

        denoising = self.denoising

        seed = self.seed

        webhook = self.webhook

        output_format: str | Unset = UNSET
        if not isinstance(self.output_format, Unset):
            output_format = self.output_format

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "sourceImage": source_image,
                "targetImage": target_image,
            }
        )
        if denoising is not UNSET:
            field_dict["denoising"] = denoising
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
        source_image = d.pop("sourceImage")

        target_image = d.pop("targetImage")

        denoising = d.pop("denoising", UNSET)

        seed = d.pop("seed", UNSET)

        webhook = d.pop("webhook", UNSET)

        _output_format = d.pop("outputFormat", UNSET)
        output_format: OutputFormat | Unset
        if isinstance(_output_format, Unset):
            output_format = UNSET
        else:
            output_format = check_output_format(_output_format)

        create_face_swap_artwork_request = cls(
            source_image=source_image,
            target_image=target_image,
            denoising=denoising,
            seed=seed,
            webhook=webhook,
            output_format=output_format,
        )

        return create_face_swap_artwork_request
