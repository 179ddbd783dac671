from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define

from ..models.hamilton_aspect_ratio import (
    HamiltonAspectRatio,
    check_hamilton_aspect_ratio,
)
from ..models.hamilton_style import HamiltonStyle, check_hamilton_style
from ..models.prompt_mode import PromptMode, check_prompt_mode
from ..types import UNSET, Unset

T = TypeVar("T", bound="CreateV1HamiltonRequest")


@_attrs_define
class CreateV1HamiltonRequest:
    """Body of POST /v1/artworks/hamilton (1.3.0 page: the area limit is 1,478,656 pixels, with or without highResolution)."""

    prompt: str | Unset = UNSET
    """ Limited to 256 words; additional content will be truncated. """
    negative_prompt: str | Unset = UNSET
    """ Limited to 64 words; additional content will be truncated. """
    style: HamiltonStyle | Unset = UNSET
    """ Style of Hamilton. """
    prompt_mode: PromptMode | Unset = UNSET
    """ Prompt enhancement. `seer` enables AI-powered improvement, `servitor` uses the prompt as-is. """
    creativity: int | Unset = UNSET
    effort: int | Unset = UNSET
    aspect_ratio: HamiltonAspectRatio | Unset = UNSET
    """ Aspect ratio of Hamilton, Photo Pilot and Style DNA edit. Defaults to 1:1 (1024 x 1024) when width and
    height are not given; 1:1 is 1328 x 1328 with highResolution. """
    width: int | Unset = UNSET
    """ Use aspectRatio instead of custom width and height for better quality. If defined, the total area (width x
    height) must not exceed 1,478,656 pixels (e.g. 1216 x 1216). """
    height: int | Unset = UNSET
    """ Use aspectRatio instead of custom width and height for better quality. If defined, the total area (width x
    height) must not exceed 1,478,656 pixels (e.g. 1216 x 1216). """
    nsfw: bool | Unset = UNSET
    """ Allow NSFW output. """
    transparent_background: bool | Unset = UNSET
    """ Generate the image on a transparent background. """
    high_resolution: bool | Unset = UNSET
    """ Larger sizes per aspect ratio (1:1 gives 1328 x 1328 instead of 1024 x 1024). """

    def to_dict(self) -> dict[str, Any]:
        prompt = self.prompt

        negative_prompt = self.negative_prompt

        style: str | Unset = UNSET
        if not isinstance(self.style, Unset):
            style = self.style

        prompt_mode: str | Unset = UNSET
        if not isinstance(self.prompt_mode, Unset):
            prompt_mode = self.prompt_mode

        creativity = self.creativity

        effort = self.effort

        aspect_ratio: str | Unset = UNSET
        if not isinstance(self.aspect_ratio, Unset):
            aspect_ratio = self.aspect_ratio

        width = self.width

        height = self.height

        nsfw = self.nsfw

        transparent_background = self.transparent_background

        high_resolution = self.high_resolution

        field_dict: dict[str, Any] = {}

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

        _style = d.pop("style", UNSET)
        style: HamiltonStyle | Unset
        if isinstance(_style, Unset):
            style = UNSET
        else:
            style = check_hamilton_style(_style)

        _prompt_mode = d.pop("promptMode", UNSET)
        prompt_mode: PromptMode | Unset
        if isinstance(_prompt_mode, Unset):
            prompt_mode = UNSET
        else:
            prompt_mode = check_prompt_mode(_prompt_mode)

        creativity = d.pop("creativity", UNSET)

        effort = d.pop("effort", UNSET)

        _aspect_ratio = d.pop("aspectRatio", UNSET)
        aspect_ratio: HamiltonAspectRatio | Unset
        if isinstance(_aspect_ratio, Unset):
            aspect_ratio = UNSET
        else:
            aspect_ratio = check_hamilton_aspect_ratio(_aspect_ratio)

        width = d.pop("width", UNSET)

        height = d.pop("height", UNSET)

        nsfw = d.pop("nsfw", UNSET)

        transparent_background = d.pop("transparentBackground", UNSET)

        high_resolution = d.pop("highResolution", UNSET)

        create_v1_hamilton_request = cls(
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

        return create_v1_hamilton_request
