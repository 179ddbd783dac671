from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define

from ..models.aspect_ratio import AspectRatio, check_aspect_ratio
from ..models.camera_angle import CameraAngle, check_camera_angle
from ..models.color_tone import ColorTone, check_color_tone
from ..models.model import Model, check_model
from ..models.prompt_mode import PromptMode, check_prompt_mode
from ..models.style import Style, check_style
from ..types import UNSET, Unset

T = TypeVar("T", bound="CreateSelenaArtworkRequest")


@_attrs_define
class CreateSelenaArtworkRequest:
    """Body of POST /v2/artworks/selena (inferred from the Selena artwork of seed 000; see NOTES)."""

    model: Model | Unset = UNSET
    """ Generation model (V2 names carry the `.safetensors` suffix). """
    batch: int | Unset = UNSET
    """ Number of images to generate per task (1-2). Default 2. """
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
    """ Set to true to allow NSFW output. When false (the default), safety negatives are injected into the negative
    prompt to suppress NSFW content. """
    transparent_background: bool | Unset = False
    """ Generate the image on a transparent background. """
    color_tone: ColorTone | Unset = UNSET
    """ Overall color palette. Prepended to the prompt; flows through SEER improvement. """
    camera_angle: CameraAngle | Unset = UNSET
    """ Camera framing or perspective. Prepended to the prompt; flows through SEER improvement. """
    webhook: str | Unset = UNSET
    """ Optional webhook URL. When provided, the server POSTs the final artwork to it upon completion. Must be HTTPS
    and a publicly routable host: loopback, link-local, private and cloud-metadata addresses are rejected. """

    def to_dict(self) -> dict[str, Any]:
        model: str | Unset = UNSET
        if not isinstance(self.model, Unset):
            model = self.model

        batch = self.batch

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

        transparent_background = self.transparent_background

        color_tone: str | Unset = UNSET
        if not isinstance(self.color_tone, Unset):
            color_tone = self.color_tone

        camera_angle: str | Unset = UNSET
        if not isinstance(self.camera_angle, Unset):
            camera_angle = self.camera_angle

        webhook = self.webhook

        field_dict: dict[str, Any] = {}

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
        if webhook is not UNSET:
            field_dict["webhook"] = webhook

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        _model = d.pop("model", UNSET)
        model: Model | Unset
        if isinstance(_model, Unset):
            model = UNSET
        else:
            model = check_model(_model)

        batch = d.pop("batch", UNSET)

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

        transparent_background = d.pop("transparentBackground", UNSET)

        _color_tone = d.pop("colorTone", UNSET)
        color_tone: ColorTone | Unset
        if isinstance(_color_tone, Unset):
            color_tone = UNSET
        else:
            color_tone = check_color_tone(_color_tone)

        _camera_angle = d.pop("cameraAngle", UNSET)
        camera_angle: CameraAngle | Unset
        if isinstance(_camera_angle, Unset):
            camera_angle = UNSET
        else:
            camera_angle = check_camera_angle(_camera_angle)

        webhook = d.pop("webhook", UNSET)

        create_selena_artwork_request = cls(
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
            webhook=webhook,
        )

        return create_selena_artwork_request
