from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define

from ..models.depth_model import DepthModel, check_depth_model
from ..models.depth_normalization_mode import (
    DepthNormalizationMode,
    check_depth_normalization_mode,
)
from ..types import UNSET, Unset

T = TypeVar("T", bound="CreateDepthMapArtworkRequest")


@_attrs_define
class CreateDepthMapArtworkRequest:
    """Body of POST /v2/artworks/depth-map. The model names valid for Depth Anything V2 (useVersion3 false) are a subset of
    those of V3 (useVersion3 true).

    """

    image_url: str
    """ URL of the source image. """
    invert_depth: bool | Unset = UNSET
    """ Invert the map (darker is closer). """
    resolution_lower_limit: int | Unset = 1024
    """ Processing resolution, 256 to 2048 and a multiple of 64. """
    use_post_resize: bool | Unset = UNSET
    """ Resize the map back to the source image's resolution. """
    use_version_3: bool | Unset = UNSET
    """ true uses Depth Anything V3, false V2. """
    model: DepthModel | Unset = UNSET
    """ Depth Anything model. Version 2 (useVersion3 false) has giant, large, base and small; version 3 (useVersion3
    true) adds mono_large, metric_large and nested_giant_large. """
    normalization_mode: DepthNormalizationMode | Unset = UNSET
    """ Normalization of the depth values (Depth Anything V3 only). """
    webhook: str | Unset = UNSET
    """ Optional webhook URL. When provided, the server POSTs the final artwork to it upon completion. Must be HTTPS
    and a publicly routable host: loopback, link-local, private and cloud-metadata addresses are rejected. """

    def to_dict(self) -> dict[str, Any]:
        image_url = self.image_url

        invert_depth = self.invert_depth

        resolution_lower_limit = self.resolution_lower_limit

        use_post_resize = self.use_post_resize

        use_version_3 = self.use_version_3

        model: str | Unset = UNSET
        if not isinstance(self.model, Unset):
            model = self.model

        normalization_mode: str | Unset = UNSET
        if not isinstance(self.normalization_mode, Unset):
            normalization_mode = self.normalization_mode

        webhook = self.webhook

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "imageUrl": image_url,
            }
        )
        if invert_depth is not UNSET:
            field_dict["invertDepth"] = invert_depth
        if resolution_lower_limit is not UNSET:
            field_dict["resolutionLowerLimit"] = resolution_lower_limit
        if use_post_resize is not UNSET:
            field_dict["usePostResize"] = use_post_resize
        if use_version_3 is not UNSET:
            field_dict["useVersion3"] = use_version_3
        if model is not UNSET:
            field_dict["model"] = model
        if normalization_mode is not UNSET:
            field_dict["normalizationMode"] = normalization_mode
        if webhook is not UNSET:
            field_dict["webhook"] = webhook

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        image_url = d.pop("imageUrl")

        invert_depth = d.pop("invertDepth", UNSET)

        resolution_lower_limit = d.pop("resolutionLowerLimit", UNSET)

        use_post_resize = d.pop("usePostResize", UNSET)

        use_version_3 = d.pop("useVersion3", UNSET)

        _model = d.pop("model", UNSET)
        model: DepthModel | Unset
        if isinstance(_model, Unset):
            model = UNSET
        else:
            model = check_depth_model(_model)

        _normalization_mode = d.pop("normalizationMode", UNSET)
        normalization_mode: DepthNormalizationMode | Unset
        if isinstance(_normalization_mode, Unset):
            normalization_mode = UNSET
        else:
            normalization_mode = check_depth_normalization_mode(_normalization_mode)

        webhook = d.pop("webhook", UNSET)

        create_depth_map_artwork_request = cls(
            image_url=image_url,
            invert_depth=invert_depth,
            resolution_lower_limit=resolution_lower_limit,
            use_post_resize=use_post_resize,
            use_version_3=use_version_3,
            model=model,
            normalization_mode=normalization_mode,
            webhook=webhook,
        )

        return create_depth_map_artwork_request
