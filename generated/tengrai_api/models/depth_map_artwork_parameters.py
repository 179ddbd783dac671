from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.depth_model import DepthModel, check_depth_model
from ..models.depth_normalization_mode import (
    DepthNormalizationMode,
    check_depth_normalization_mode,
)
from ..types import UNSET, Unset

T = TypeVar("T", bound="DepthMapArtworkParameters")


@_attrs_define
class DepthMapArtworkParameters:
    image_url: str | Unset = UNSET
    invert_depth: bool | Unset = UNSET
    resolution_lower_limit: int | Unset = 1024
    use_post_resize: bool | Unset = UNSET
    use_version_3: bool | Unset = UNSET
    model: DepthModel | str | Unset = UNSET
    normalization_mode: DepthNormalizationMode | str | Unset = UNSET
    webhook: str | Unset = UNSET
    """ The webhook URL the task was created with. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        image_url = self.image_url

        invert_depth = self.invert_depth

        resolution_lower_limit = self.resolution_lower_limit

        use_post_resize = self.use_post_resize

        use_version_3 = self.use_version_3

        model: str | Unset
        if isinstance(self.model, Unset):
            model = UNSET
        elif isinstance(self.model, str):
            model = self.model
        else:
            model = self.model

        normalization_mode: str | Unset
        if isinstance(self.normalization_mode, Unset):
            normalization_mode = UNSET
        elif isinstance(self.normalization_mode, str):
            normalization_mode = self.normalization_mode
        else:
            normalization_mode = self.normalization_mode

        webhook = self.webhook

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if image_url is not UNSET:
            field_dict["imageUrl"] = image_url
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
        image_url = d.pop("imageUrl", UNSET)

        invert_depth = d.pop("invertDepth", UNSET)

        resolution_lower_limit = d.pop("resolutionLowerLimit", UNSET)

        use_post_resize = d.pop("usePostResize", UNSET)

        use_version_3 = d.pop("useVersion3", UNSET)

        def _parse_model(data: object) -> DepthModel | str | Unset:
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                componentsschemas_depth_model_value_type_0 = check_depth_model(data)

                return componentsschemas_depth_model_value_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(DepthModel | str | Unset, data)

        model = _parse_model(d.pop("model", UNSET))

        def _parse_normalization_mode(data: object) -> DepthNormalizationMode | str | Unset:
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                componentsschemas_depth_normalization_mode_value_type_0 = check_depth_normalization_mode(data)

                return componentsschemas_depth_normalization_mode_value_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(DepthNormalizationMode | str | Unset, data)

        normalization_mode = _parse_normalization_mode(d.pop("normalizationMode", UNSET))

        webhook = d.pop("webhook", UNSET)

        depth_map_artwork_parameters = cls(
            image_url=image_url,
            invert_depth=invert_depth,
            resolution_lower_limit=resolution_lower_limit,
            use_post_resize=use_post_resize,
            use_version_3=use_version_3,
            model=model,
            normalization_mode=normalization_mode,
            webhook=webhook,
        )

        depth_map_artwork_parameters.additional_properties = d
        return depth_map_artwork_parameters

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
