from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.aspect_ratio import AspectRatio, check_aspect_ratio
from ..models.camera_angle import CameraAngle, check_camera_angle
from ..models.color_tone import ColorTone, check_color_tone
from ..models.model import Model, check_model
from ..models.prompt_mode import PromptMode, check_prompt_mode
from ..models.style import Style, check_style
from ..types import UNSET, Unset

T = TypeVar("T", bound="SelenaArtworkParameters")


@_attrs_define
class SelenaArtworkParameters:
    """The request parameters as the artwork echoes them. The documented width x height limit of the request, 1,478,656
    pixels, is carried as `x-max-pixel-area` for documentation; the echo is not checked against it.

    """

    model: Model | str | Unset = UNSET
    batch: int | Unset = UNSET
    """ Number of images to generate per task (1-2). Default 2. """
    prompt_mode: PromptMode | str | Unset = UNSET
    prompt: str | Unset = UNSET
    """ Limited to 256 words; additional content will be truncated. """
    negative_prompt: str | Unset = UNSET
    """ Limited to 64 words; additional content will be truncated. """
    style: str | Style | Unset = UNSET
    creativity: int | Unset = UNSET
    details: int | Unset = UNSET
    aspect_ratio: AspectRatio | str | Unset = UNSET
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
    color_tone: ColorTone | str | Unset = UNSET
    camera_angle: CameraAngle | str | Unset = UNSET
    seed: int | Unset = UNSET
    webhook: str | Unset = UNSET
    """ The webhook URL the task was created with. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        model: str | Unset
        if isinstance(self.model, Unset):
            model = UNSET
        elif isinstance(self.model, str):
            model = self.model
        else:
            model = self.model

        batch = self.batch

        prompt_mode: str | Unset
        if isinstance(self.prompt_mode, Unset):
            prompt_mode = UNSET
        elif isinstance(self.prompt_mode, str):
            prompt_mode = self.prompt_mode
        else:
            prompt_mode = self.prompt_mode

        prompt = self.prompt

        negative_prompt = self.negative_prompt

        style: str | Unset
        if isinstance(self.style, Unset):
            style = UNSET
        elif isinstance(self.style, str):
            style = self.style
        else:
            style = self.style

        creativity = self.creativity

        details = self.details

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

        color_tone: str | Unset
        if isinstance(self.color_tone, Unset):
            color_tone = UNSET
        elif isinstance(self.color_tone, str):
            color_tone = self.color_tone
        else:
            color_tone = self.color_tone

        camera_angle: str | Unset
        if isinstance(self.camera_angle, Unset):
            camera_angle = UNSET
        elif isinstance(self.camera_angle, str):
            camera_angle = self.camera_angle
        else:
            camera_angle = self.camera_angle

        seed = self.seed

        webhook = self.webhook

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if model is not UNSET:
            field_dict["model"] = model
        if batch is not UNSET:
            field_dict["batch"] = batch
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
        if transparent_background is not UNSET:
            field_dict["transparentBackground"] = transparent_background
        if color_tone is not UNSET:
            field_dict["colorTone"] = color_tone
        if camera_angle is not UNSET:
            field_dict["cameraAngle"] = camera_angle
        if seed is not UNSET:
            field_dict["seed"] = seed
        if webhook is not UNSET:
            field_dict["webhook"] = webhook

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)

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

        batch = d.pop("batch", UNSET)

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

        prompt = d.pop("prompt", UNSET)

        negative_prompt = d.pop("negativePrompt", UNSET)

        def _parse_style(data: object) -> str | Style | Unset:
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                componentsschemas_style_value_type_0 = check_style(data)

                return componentsschemas_style_value_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(str | Style | Unset, data)

        style = _parse_style(d.pop("style", UNSET))

        creativity = d.pop("creativity", UNSET)

        details = d.pop("details", UNSET)

        def _parse_aspect_ratio(data: object) -> AspectRatio | str | Unset:
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                componentsschemas_aspect_ratio_value_type_0 = check_aspect_ratio(data)

                return componentsschemas_aspect_ratio_value_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(AspectRatio | str | Unset, data)

        aspect_ratio = _parse_aspect_ratio(d.pop("aspectRatio", UNSET))

        width = d.pop("width", UNSET)

        height = d.pop("height", UNSET)

        nsfw = d.pop("nsfw", UNSET)

        transparent_background = d.pop("transparentBackground", UNSET)

        def _parse_color_tone(data: object) -> ColorTone | str | Unset:
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                componentsschemas_color_tone_value_type_0 = check_color_tone(data)

                return componentsschemas_color_tone_value_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(ColorTone | str | Unset, data)

        color_tone = _parse_color_tone(d.pop("colorTone", UNSET))

        def _parse_camera_angle(data: object) -> CameraAngle | str | Unset:
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                componentsschemas_camera_angle_value_type_0 = check_camera_angle(data)

                return componentsschemas_camera_angle_value_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(CameraAngle | str | Unset, data)

        camera_angle = _parse_camera_angle(d.pop("cameraAngle", UNSET))

        seed = d.pop("seed", UNSET)

        webhook = d.pop("webhook", UNSET)

        selena_artwork_parameters = cls(
            model=model,
            batch=batch,
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
            transparent_background=transparent_background,
            color_tone=color_tone,
            camera_angle=camera_angle,
            seed=seed,
            webhook=webhook,
        )

        selena_artwork_parameters.additional_properties = d
        return selena_artwork_parameters

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
