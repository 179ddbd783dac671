from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.output_format import OutputFormat, check_output_format
from ..models.prompt_mode import PromptMode, check_prompt_mode
from ..models.quantum_aspect_ratio import QuantumAspectRatio, check_quantum_aspect_ratio
from ..models.quantum_style import QuantumStyle, check_quantum_style
from ..types import UNSET, Unset

T = TypeVar("T", bound="QuantumArtworkParameters")


@_attrs_define
class QuantumArtworkParameters:
    """The request parameters as the artwork echoes them. The documented width x height limit of the request, 1,478,656
    pixels, is carried as `x-max-pixel-area` for documentation; the echo is not checked against it.

    """

    prompt: str | Unset = UNSET
    """ Limited to 200 words; additional content will be truncated. If empty, uses the style's default prompt. """
    negative_prompt: str | Unset = UNSET
    """ Limited to 64 words; additional content will be truncated. """
    style: QuantumStyle | str | Unset = UNSET
    prompt_mode: PromptMode | str | Unset = UNSET
    aspect_ratio: QuantumAspectRatio | str | Unset = UNSET
    width: int | Unset = UNSET
    """ Use aspectRatio instead of custom width and height for better quality. If defined, the total area (width x
    height) must not exceed 1,478,656 pixels (e.g. 1216 x 1216). """
    height: int | Unset = UNSET
    """ Use aspectRatio instead of custom width and height for better quality. If defined, the total area (width x
    height) must not exceed 1,478,656 pixels (e.g. 1216 x 1216). """
    nsfw: bool | Unset = UNSET
    """ Set to true to allow NSFW output. When false (the default), safety negatives are injected into the negative
    prompt to suppress NSFW content. """
    transparent_background: bool | Unset = False
    seed: int | Unset = UNSET
    """ Optional random seed for deterministic generation. The pipeline applies the transform floor(seed * 1.2) + 17
    before submitting to the workflow engine. Omit to let the server pick one. """
    webhook: str | Unset = UNSET
    """ The webhook URL the task was created with. """
    output_format: OutputFormat | str | Unset = UNSET
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

        def _parse_style(data: object) -> QuantumStyle | str | Unset:
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                componentsschemas_quantum_style_value_type_0 = check_quantum_style(data)

                return componentsschemas_quantum_style_value_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(QuantumStyle | str | Unset, data)

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

        def _parse_aspect_ratio(data: object) -> QuantumAspectRatio | str | Unset:
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                componentsschemas_quantum_aspect_ratio_value_type_0 = check_quantum_aspect_ratio(data)

                return componentsschemas_quantum_aspect_ratio_value_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(QuantumAspectRatio | str | Unset, data)

        aspect_ratio = _parse_aspect_ratio(d.pop("aspectRatio", UNSET))

        width = d.pop("width", UNSET)

        height = d.pop("height", UNSET)

        nsfw = d.pop("nsfw", UNSET)

        transparent_background = d.pop("transparentBackground", UNSET)

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

        quantum_artwork_parameters = cls(
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

        quantum_artwork_parameters.additional_properties = d
        return quantum_artwork_parameters

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
