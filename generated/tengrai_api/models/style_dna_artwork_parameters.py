from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.image_format import ImageFormat, check_image_format
from ..types import UNSET, Unset

T = TypeVar("T", bound="StyleDnaArtworkParameters")


@_attrs_define
class StyleDnaArtworkParameters:
    visual_prompt: str | Unset = UNSET
    anchor_image_url: str | Unset = UNSET
    description: str | Unset = UNSET
    aspect_ratio: str | Unset = UNSET
    width: float | Unset = UNSET
    height: float | Unset = UNSET
    image_format: ImageFormat | str | Unset = UNSET
    webhook: str | Unset = UNSET
    """ The webhook URL the task was created with. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        visual_prompt = self.visual_prompt

        anchor_image_url = self.anchor_image_url

        description = self.description

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
        if visual_prompt is not UNSET:
            field_dict["visualPrompt"] = visual_prompt
        if anchor_image_url is not UNSET:
            field_dict["anchorImageUrl"] = anchor_image_url
        if description is not UNSET:
            field_dict["description"] = description
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
        visual_prompt = d.pop("visualPrompt", UNSET)

        anchor_image_url = d.pop("anchorImageUrl", UNSET)

        description = d.pop("description", UNSET)

        aspect_ratio = d.pop("aspectRatio", UNSET)

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

        style_dna_artwork_parameters = cls(
            visual_prompt=visual_prompt,
            anchor_image_url=anchor_image_url,
            description=description,
            aspect_ratio=aspect_ratio,
            width=width,
            height=height,
            image_format=image_format,
            webhook=webhook,
        )

        style_dna_artwork_parameters.additional_properties = d
        return style_dna_artwork_parameters

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
