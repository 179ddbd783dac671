from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define

from ..models.output_format import OutputFormat, check_output_format
from ..models.prompt_mode import PromptMode, check_prompt_mode
from ..models.quantum_aspect_ratio import QuantumAspectRatio, check_quantum_aspect_ratio
from ..models.quantum_style import QuantumStyle, check_quantum_style
from ..types import UNSET, Unset

T = TypeVar("T", bound="CreateQuantumArtworkRequest")


@_attrs_define
class CreateQuantumArtworkRequest:
    """Body of POST /v2/artworks/quantum."""

    prompt: str | Unset = UNSET
    """ Limited to 200 words; additional content will be truncated. If empty, uses the style's default prompt. """
    negative_prompt: str | Unset = UNSET
    """ Limited to 64 words; additional content will be truncated. """
    style: QuantumStyle | Unset = UNSET
    """ Style of Quantum (the Selena styles plus tengrai-anime and folktale). """
    prompt_mode: PromptMode | Unset = UNSET
    """ Prompt enhancement. `seer` enables AI-powered improvement, `servitor` uses the prompt as-is. """
    aspect_ratio: QuantumAspectRatio | Unset = UNSET
    """ Aspect ratio of Quantum. Defaults to 1:1 (1024 x 1024) when width and height are not given. """
    width: int | Unset = UNSET
    """ Use aspectRatio instead of custom width and height for better quality. If defined, the total area (width x
    height) must not exceed 1,478,656 pixels (e.g. 1216 x 1216). """
    height: int | Unset = UNSET
    """ Use aspectRatio instead of custom width and height for better quality. If defined, the total area (width x
    height) must not exceed 1,478,656 pixels (e.g. 1216 x 1216). """
    nsfw: bool | Unset = False
    """ Set to true to allow NSFW output. When false (the default), safety negatives are injected into the negative
    prompt to suppress NSFW content. """
    transparent_background: bool | Unset = False
    """ Generate the image on a transparent background. """
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
        prompt = self.prompt

        negative_prompt = self.negative_prompt

        style: str | Unset = UNSET
        if not isinstance(self.style, Unset):
            style = self.style

        prompt_mode: str | Unset = UNSET
        if not isinstance(self.prompt_mode, Unset):
            prompt_mode = self.prompt_mode

        aspect_ratio: str | Unset = UNSET
        if not isinstance(self.aspect_ratio, Unset):
            aspect_ratio = self.aspect_ratio

        width = self.width

        height = self.height

        nsfw = self.nsfw

        transparent_background = self.transparent_background

        seed = self.seed

        webhook = self.webhook

        output_format: str | Unset = UNSET
        if not isinstance(self.output_format, Unset):
            output_format = self.output_format

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
        prompt = d.pop("prompt", UNSET)

        negative_prompt = d.pop("negativePrompt", UNSET)

        _style = d.pop("style", UNSET)
        style: QuantumStyle | Unset
        if isinstance(_style, Unset):
            style = UNSET
        else:
            style = check_quantum_style(_style)

        _prompt_mode = d.pop("promptMode", UNSET)
        prompt_mode: PromptMode | Unset
        if isinstance(_prompt_mode, Unset):
            prompt_mode = UNSET
        else:
            prompt_mode = check_prompt_mode(_prompt_mode)

        _aspect_ratio = d.pop("aspectRatio", UNSET)
        aspect_ratio: QuantumAspectRatio | Unset
        if isinstance(_aspect_ratio, Unset):
            aspect_ratio = UNSET
        else:
            aspect_ratio = check_quantum_aspect_ratio(_aspect_ratio)

        width = d.pop("width", UNSET)

        height = d.pop("height", UNSET)

        nsfw = d.pop("nsfw", UNSET)

        transparent_background = d.pop("transparentBackground", UNSET)

        seed = d.pop("seed", UNSET)

        webhook = d.pop("webhook", UNSET)

        _output_format = d.pop("outputFormat", UNSET)
        output_format: OutputFormat | Unset
        if isinstance(_output_format, Unset):
            output_format = UNSET
        else:
            output_format = check_output_format(_output_format)

        create_quantum_artwork_request = cls(
            prompt=prompt,
            negative_prompt=negative_prompt,
            style=style,
            prompt_mode=prompt_mode,
            aspect_ratio=aspect_ratio,
            width=width,
            height=height,
            nsfw=nsfw,
            transparent_background=transparent_background,
            seed=seed,
            webhook=webhook,
            output_format=output_format,
        )

        return create_quantum_artwork_request
