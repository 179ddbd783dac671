from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define

from ..models.model import Model, check_model
from ..models.output_format import OutputFormat, check_output_format
from ..types import UNSET, Unset

T = TypeVar("T", bound="CreateFaceRefinerArtworkRequest")


@_attrs_define
class CreateFaceRefinerArtworkRequest:
    """Body of POST /v2/artworks/face-refiner."""

    image_url: str
    """ URL of the source image. """
    model: Model | Unset = UNSET
    """ Generation model (V2 names carry the `.safetensors` suffix). """
    denoising: int | Unset = 3
    """ Denoising strength level from 1 (very subtle) to 5 (extreme). Controls how much the face is refined. """
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

        model: str | Unset = UNSET
        if not isinstance(self.model, Unset):
            model = self.model

        denoising = self.denoising

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
        if model is not UNSET:
            field_dict["model"] = model
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
        image_url = d.pop("imageUrl")

        _model = d.pop("model", UNSET)
        model: Model | Unset
        if isinstance(_model, Unset):
            model = UNSET
        else:
            model = check_model(_model)

        denoising = d.pop("denoising", UNSET)

        seed = d.pop("seed", UNSET)

        webhook = d.pop("webhook", UNSET)

        _output_format = d.pop("outputFormat", UNSET)
        output_format: OutputFormat | Unset
        if isinstance(_output_format, Unset):
            output_format = UNSET
        else:
            output_format = check_output_format(_output_format)

        create_face_refiner_artwork_request = cls(
            image_url=image_url,
            model=model,
            denoising=denoising,
            seed=seed,
            webhook=webhook,
            output_format=output_format,
        )

        return create_face_refiner_artwork_request
