from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.hamilton_aspect_ratio import (
    HamiltonAspectRatio,
    check_hamilton_aspect_ratio,
)
from ..models.hamilton_style import HamiltonStyle, check_hamilton_style
from ..models.prompt_mode import PromptMode, check_prompt_mode
from ..types import UNSET, Unset

T = TypeVar("T", bound="V1HamiltonArtworkParameters")


@_attrs_define
class V1HamiltonArtworkParameters:
    """The V1 Hamilton request parameters as the artwork echoes them (enums widened to any string)."""

    prompt: str | Unset = UNSET
    """ Limited to 256 words; additional content will be truncated. """
    negative_prompt: str | Unset = UNSET
    """ Limited to 64 words; additional content will be truncated. """
    style: HamiltonStyle | str | Unset = UNSET
    prompt_mode: PromptMode | str | Unset = UNSET
    creativity: int | Unset = UNSET
    effort: int | Unset = UNSET
    aspect_ratio: HamiltonAspectRatio | str | Unset = UNSET
    width: int | Unset = UNSET
    """ Use aspectRatio instead of custom width and height for better quality. If defined, the total area (width x
    height) must not exceed 1,478,656 pixels (e.g. 1216 x 1216). """
    height: int | Unset = UNSET
    """ Use aspectRatio instead of custom width and height for better quality. If defined, the total area (width x
    height) must not exceed 1,478,656 pixels (e.g. 1216 x 1216). """
    nsfw: bool | Unset = UNSET
    transparent_background: bool | Unset = UNSET
    high_resolution: bool | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        prompt = self.prompt

        negative_prompt = self.negative_prompt

        style: str | Unset
        if isinstance(self.style, Unset):
            style = UNSET
        elif isinstance(self.style, str):
            style = self.style
        else:
            style = self.style

        prompt_mode: str | Unset
        if isinstance(self.prompt_mode, Unset):
            prompt_mode = UNSET
        elif isinstance(self.prompt_mode, str):
            prompt_mode = self.prompt_mode
        else:
            prompt_mode = self.prompt_mode

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

        nsfw = self.nsfw

        transparent_background = self.transparent_background

        high_resolution = self.high_resolution

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if prompt is not UNSET:
            field_dict["prompt"] = prompt
        if negative_prompt is not UNSET:
            field_dict["negativePrompt"] = negative_prompt
        if style is not UNSET:
            field_dict["style"] = style
        if prompt_mode is not UNSET:
            field_dict["promptMode"] = prompt_mode
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
        if nsfw is not UNSET:
            field_dict["nsfw"] = nsfw
        if transparent_background is not UNSET:
            field_dict["transparentBackground"] = transparent_background
        if high_resolution is not UNSET:
            field_dict["highResolution"] = high_resolution

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        prompt = d.pop("prompt", UNSET)

        negative_prompt = d.pop("negativePrompt", UNSET)

        def _parse_style(data: object) -> HamiltonStyle | str | Unset:
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                componentsschemas_hamilton_style_value_type_0 = check_hamilton_style(data)

                return componentsschemas_hamilton_style_value_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(HamiltonStyle | str | Unset, data)

        style = _parse_style(d.pop("style", UNSET))

        def _parse_prompt_mode(data: object) -> PromptMode | str | Unset:
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                componentsschemas_prompt_mode_value_type_0 = check_prompt_mode(data)

                return componentsschemas_prompt_mode_value_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(PromptMode | str | Unset, data)

        prompt_mode = _parse_prompt_mode(d.pop("promptMode", UNSET))

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

        nsfw = d.pop("nsfw", UNSET)

        transparent_background = d.pop("transparentBackground", UNSET)

        high_resolution = d.pop("highResolution", UNSET)

        v1_hamilton_artwork_parameters = cls(
            prompt=prompt,
            negative_prompt=negative_prompt,
            style=style,
            prompt_mode=prompt_mode,
            creativity=creativity,
            effort=effort,
            aspect_ratio=aspect_ratio,
            width=width,
            height=height,
            nsfw=nsfw,
            transparent_background=transparent_background,
            high_resolution=high_resolution,
        )

        v1_hamilton_artwork_parameters.additional_properties = d
        return v1_hamilton_artwork_parameters

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
