from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.hamilton_aspect_ratio import (
    HamiltonAspectRatio,
    check_hamilton_aspect_ratio,
)
from ..models.image_format import ImageFormat, check_image_format
from ..types import UNSET, Unset

T = TypeVar("T", bound="StyleDnaEditArtworkParameters")


@_attrs_define
class StyleDnaEditArtworkParameters:
    image_url: str | Unset = UNSET
    prompt: str | Unset = UNSET
    """ Limited to 256 words; additional content will be truncated. """
    negative_prompt: str | Unset = UNSET
    """ Limited to 64 words; additional content will be truncated. """
    image_guidance: float | Unset = UNSET
    modification: float | Unset = UNSET
    creativity: float | Unset = UNSET
    effort: float | Unset = UNSET
    aspect_ratio: HamiltonAspectRatio | str | Unset = UNSET
    width: float | Unset = UNSET
    height: float | Unset = UNSET
    image_format: ImageFormat | str | Unset = UNSET
    webhook: str | Unset = UNSET
    """ The webhook URL the task was created with. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        image_url = self.image_url

        prompt = self.prompt

        negative_prompt = self.negative_prompt

        image_guidance = self.image_guidance

        modification = self.modification

        creativity = self.creativity

        effort = self.effort

        aspect_ratio: str | Unset
        if isinstance(self.aspect_ratio, Unset):
            aspect_ratio = UNSET
        elif isinstance(self.aspect_ratio, str):
            aspect_ratio = self.aspect_ratio
        else:
            aspect_ratio = self.aspect_ratio

        width = self.width

        height = self.height

        image_format: str | Unset
        if isinstance(self.image_format, Unset):
            image_format = UNSET
        elif isinstance(self.image_format, str):
            image_format = self.image_format
        else:
            image_format = self.image_format

        webhook = self.webhook

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if image_url is not UNSET:
            field_dict["imageUrl"] = image_url
        if prompt is not UNSET:
            field_dict["prompt"] = prompt
        if negative_prompt is not UNSET:
            field_dict["negativePrompt"] = negative_prompt
        if image_guidance is not UNSET:
            field_dict["imageGuidance"] = image_guidance
        if modification is not UNSET:
            field_dict["modification"] = modification
        if creativity is not UNSET:
            field_dict["creativity"] = creativity
        if effort is not UNSET:
            field_dict["effort"] = effort
        if aspect_ratio is not UNSET:
            field_dict["aspectRatio"] = aspect_ratio
        if width is not UNSET:
            field_dict["width"] = width
        if height is not UNSET:
            field_dict["height"] = height
        if image_format is not UNSET:
            field_dict["imageFormat"] = image_format
        if webhook is not UNSET:
            field_dict["webhook"] = webhook

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        image_url = d.pop("imageUrl", UNSET)

        prompt = d.pop("prompt", UNSET)

        negative_prompt = d.pop("negativePrompt", UNSET)

        image_guidance = d.pop("imageGuidance", UNSET)

        modification = d.pop("modification", UNSET)

        creativity = d.pop("creativity", UNSET)

        effort = d.pop("effort", UNSET)

        def _parse_aspect_ratio(data: object) -> HamiltonAspectRatio | str | Unset:
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                componentsschemas_hamilton_aspect_ratio_value_type_0 = check_hamilton_aspect_ratio(data)

                return componentsschemas_hamilton_aspect_ratio_value_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(HamiltonAspectRatio | str | Unset, data)

        aspect_ratio = _parse_aspect_ratio(d.pop("aspectRatio", UNSET))

        width = d.pop("width", UNSET)

        height = d.pop("height", UNSET)

        def _parse_image_format(data: object) -> ImageFormat | str | Unset:
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                componentsschemas_image_format_value_type_0 = check_image_format(data)

                return componentsschemas_image_format_value_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(ImageFormat | str | Unset, data)

        image_format = _parse_image_format(d.pop("imageFormat", UNSET))

        webhook = d.pop("webhook", UNSET)

        style_dna_edit_artwork_parameters = cls(
            image_url=image_url,
            prompt=prompt,
            negative_prompt=negative_prompt,
            image_guidance=image_guidance,
            modification=modification,
            creativity=creativity,
            effort=effort,
            aspect_ratio=aspect_ratio,
            width=width,
            height=height,
            image_format=image_format,
            webhook=webhook,
        )

        style_dna_edit_artwork_parameters.additional_properties = d
        return style_dna_edit_artwork_parameters

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
