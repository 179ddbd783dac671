from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define

from ..models.aspect_ratio import AspectRatio, check_aspect_ratio
from ..models.prompt_mode import PromptMode, check_prompt_mode
from ..models.style import Style, check_style
from ..models.v1_model import V1Model, check_v1_model
from ..types import UNSET, Unset

T = TypeVar("T", bound="CreateV1Txt2ImgRequest")


@_attrs_define
class CreateV1Txt2ImgRequest:
    """Body of POST /v1/artworks/txt2img (1.1.0 page; 1.0.0 without width and height)."""

    model: V1Model | Unset = UNSET
    """ Generation model of the V1 API. """
    prompt_mode: PromptMode | Unset = UNSET
    """ Prompt enhancement. `seer` enables AI-powered improvement, `servitor` uses the prompt as-is. """
    prompt: str | Unset = UNSET
    """ Limited to 256 words; additional content will be truncated. """
    negative_prompt: str | Unset = UNSET
    """ Limited to 64 words; additional content will be truncated. """
    style: Style | Unset = UNSET
    """ Style of the Selena family (Selena, Selena Variete, txt2img). """
    creativity: int | Unset = UNSET
    details: int | Unset = UNSET
    aspect_ratio: AspectRatio | Unset = UNSET
    """ Aspect ratio of the Selena family. Defaults to 1:1 (1024 x 1024) when width and height are not given. """
    width: int | Unset = UNSET
    """ Use aspectRatio instead of custom width and height for better quality. If defined, the total area (width x
    height) must not exceed 1,478,656 pixels (e.g. 1216 x 1216). """
    height: int | Unset = UNSET
    """ Use aspectRatio instead of custom width and height for better quality. If defined, the total area (width x
    height) must not exceed 1,478,656 pixels (e.g. 1216 x 1216). """
    nsfw: bool | Unset = UNSET
    """ Allow NSFW output (shown as false in the page's example; no default stated). """

    def to_dict(self) -> dict[str, Any]:
        model: str | Unset = UNSET
        if not isinstance(self.model, Unset):
            model = self.model

        prompt_mode: str | Unset = UNSET
        if not isinstance(self.prompt_mode, Unset):
            prompt_mode = self.prompt_mode

        prompt = self.prompt

        negative_prompt = self.negative_prompt

        style: str | Unset = UNSET
        if not isinstance(self.style, Unset):
            style = self.style

        creativity = self.creativity

        details = self.details

        aspect_ratio: str | Unset = UNSET
        if not isinstance(self.aspect_ratio, Unset):
            aspect_ratio = self.aspect_ratio

        width = self.width

        height = self.height

        nsfw = self.nsfw

        field_dict: dict[str, Any] = {}

        field_dict.update({})
        if model is not UNSET:
            field_dict["model"] = model
        if prompt_mode is not UNSET:
            field_dict["promptMode"] = prompt_mode
        if prompt is not UNSET:
            field_dict["prompt"] = prompt
        if negative_prompt is not UNSET:
            field_dict["negativePrompt"] = negative_prompt
        if style is not UNSET:
            field_dict["style"] = style
        if creativity is not UNSET:
            field_dict["creativity"] = creativity
        if details is not UNSET:
            field_dict["details"] = details
        if aspect_ratio is not UNSET:
            field_dict["aspectRatio"] = aspect_ratio
        if width is not UNSET:
            field_dict["width"] = width
        if height is not UNSET:
            field_dict["height"] = height
        if nsfw is not UNSET:
            field_dict["nsfw"] = nsfw

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        _model = d.pop("model", UNSET)
        model: V1Model | Unset
        if isinstance(_model, Unset):
            model = UNSET
        else:
            model = check_v1_model(_model)

        _prompt_mode = d.pop("promptMode", UNSET)
        prompt_mode: PromptMode | Unset
        if isinstance(_prompt_mode, Unset):
            prompt_mode = UNSET
        else:
            prompt_mode = check_prompt_mode(_prompt_mode)

        prompt = d.pop("prompt", UNSET)

        negative_prompt = d.pop("negativePrompt", UNSET)

        _style = d.pop("style", UNSET)
        style: Style | Unset
        if isinstance(_style, Unset):
            style = UNSET
        else:
            style = check_style(_style)

        creativity = d.pop("creativity", UNSET)

        details = d.pop("details", UNSET)

        _aspect_ratio = d.pop("aspectRatio", UNSET)
        aspect_ratio: AspectRatio | Unset
        if isinstance(_aspect_ratio, Unset):
            aspect_ratio = UNSET
        else:
            aspect_ratio = check_aspect_ratio(_aspect_ratio)

        width = d.pop("width", UNSET)

        height = d.pop("height", UNSET)

        nsfw = d.pop("nsfw", UNSET)

        create_v1_txt_2_img_request = cls(
            model=model,
            prompt_mode=prompt_mode,
            prompt=prompt,
            negative_prompt=negative_prompt,
            style=style,
            creativity=creativity,
            details=details,
            aspect_ratio=aspect_ratio,
            width=width,
            height=height,
            nsfw=nsfw,
        )

        return create_v1_txt_2_img_request
