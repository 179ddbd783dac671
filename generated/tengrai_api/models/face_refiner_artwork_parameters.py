from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.model import Model, check_model
from ..models.output_format import OutputFormat, check_output_format
from ..types import UNSET, Unset

T = TypeVar("T", bound="FaceRefinerArtworkParameters")


@_attrs_define
class FaceRefinerArtworkParameters:
    image_url: str | Unset = UNSET
    """ URL of the source image to refine. """
    model: Model | str | Unset = UNSET
    denoising: int | Unset = UNSET
    seed: int | Unset = UNSET
    """ Optional random seed for deterministic generation. The pipeline applies the transform floor(seed * 1.2) + 17
    before submitting to the workflow engine. Omit to let the server pick one. """
    webhook: str | Unset = UNSET
    """ The webhook URL the task was created with. """
    output_format: OutputFormat | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        image_url = self.image_url

        model: str | Unset
        if isinstance(self.model, Unset):
            model = UNSET
        elif isinstance(self.model, str):
            model = self.model
        else:
            model = self.model

        denoising = self.denoising

        seed = self.seed

        webhook = self.webhook

        output_format: str | Unset
        if isinstance(self.output_format, Unset):
            output_format = UNSET
        elif isinstance(self.output_format, str):
            output_format = self.output_format
        else:
            output_format = self.output_format

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if image_url is not UNSET:
            field_dict["imageUrl"] = image_url
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
        image_url = d.pop("imageUrl", UNSET)

        def _parse_model(data: object) -> Model | str | Unset:
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                componentsschemas_model_value_type_0 = check_model(data)

                return componentsschemas_model_value_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(Model | str | Unset, data)

        model = _parse_model(d.pop("model", UNSET))

        denoising = d.pop("denoising", UNSET)

        seed = d.pop("seed", UNSET)

        webhook = d.pop("webhook", UNSET)

        def _parse_output_format(data: object) -> OutputFormat | str | Unset:
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                componentsschemas_output_format_value_type_0 = check_output_format(data)

                return componentsschemas_output_format_value_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(OutputFormat | str | Unset, data)

        output_format = _parse_output_format(d.pop("outputFormat", UNSET))

        face_refiner_artwork_parameters = cls(
            image_url=image_url,
            model=model,
            denoising=denoising,
            seed=seed,
            webhook=webhook,
            output_format=output_format,
        )

        face_refiner_artwork_parameters.additional_properties = d
        return face_refiner_artwork_parameters

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
