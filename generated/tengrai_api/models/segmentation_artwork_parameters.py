from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.output_format import OutputFormat, check_output_format
from ..models.segmentation_method import SegmentationMethod, check_segmentation_method
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.segmentation_artwork_parameters_points_negative import (
        SegmentationArtworkParametersPointsNegative,
    )
    from ..models.segmentation_artwork_parameters_points_positive import (
        SegmentationArtworkParametersPointsPositive,
    )


T = TypeVar("T", bound="SegmentationArtworkParameters")


@_attrs_define
class SegmentationArtworkParameters:
    image_url: str | Unset = UNSET
    method: SegmentationMethod | str | Unset = UNSET
    text_prompt: str | Unset = UNSET
    text_confidence: float | Unset = 0.2
    text_max_detections: int | Unset = -1
    text_combine_masks: bool | Unset = True
    points_positive: SegmentationArtworkParametersPointsPositive | Unset = UNSET
    points_negative: SegmentationArtworkParametersPointsNegative | Unset = UNSET
    mask_expand: int | Unset = 0
    mask_tapered_corners: bool | Unset = UNSET
    mask_blur_sigma: float | Unset = 0.1
    mask_kernel_size: int | Unset = 0
    webhook: str | Unset = UNSET
    """ The webhook URL the task was created with. """
    output_format: OutputFormat | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        image_url = self.image_url

        method: str | Unset
        if isinstance(self.method, Unset):
            method = UNSET
        elif isinstance(self.method, str):
            method = self.method
        else:
            method = self.method

        text_prompt = self.text_prompt

        text_confidence = self.text_confidence

        text_max_detections = self.text_max_detections

        text_combine_masks = self.text_combine_masks

        points_positive: dict[str, Any] | Unset = UNSET
        if not isinstance(self.points_positive, Unset):
            points_positive = self.points_positive.to_dict()

        points_negative: dict[str, Any] | Unset = UNSET
        if not isinstance(self.points_negative, Unset):
            points_negative = self.points_negative.to_dict()

        mask_expand = self.mask_expand

        mask_tapered_corners = self.mask_tapered_corners

        mask_blur_sigma = self.mask_blur_sigma

        mask_kernel_size = self.mask_kernel_size

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
        if image_url is not UNSET:
            field_dict["imageUrl"] = image_url
        if method is not UNSET:
            field_dict["method"] = method
        if text_prompt is not UNSET:
            field_dict["textPrompt"] = text_prompt
        if text_confidence is not UNSET:
            field_dict["textConfidence"] = text_confidence
        if text_max_detections is not UNSET:
            field_dict["textMaxDetections"] = text_max_detections
        if text_combine_masks is not UNSET:
            field_dict["textCombineMasks"] = text_combine_masks
        if points_positive is not UNSET:
            field_dict["pointsPositive"] = points_positive
        if points_negative is not UNSET:
            field_dict["pointsNegative"] = points_negative
        if mask_expand is not UNSET:
            field_dict["maskExpand"] = mask_expand
        if mask_tapered_corners is not UNSET:
            field_dict["maskTaperedCorners"] = mask_tapered_corners
        if mask_blur_sigma is not UNSET:
            field_dict["maskBlurSigma"] = mask_blur_sigma
        if mask_kernel_size is not UNSET:
            field_dict["maskKernelSize"] = mask_kernel_size
        if webhook is not UNSET:
            field_dict["webhook"] = webhook
        if output_format is not UNSET:
            field_dict["outputFormat"] = output_format

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.segmentation_artwork_parameters_points_negative import (
            SegmentationArtworkParametersPointsNegative,
        )
        from ..models.segmentation_artwork_parameters_points_positive import (
            SegmentationArtworkParametersPointsPositive,
        )

        d = dict(src_dict)
        image_url = d.pop("imageUrl", UNSET)

        def _parse_method(data: object) -> SegmentationMethod | str | Unset:
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                componentsschemas_segmentation_method_value_type_0 = check_segmentation_method(data)

                return componentsschemas_segmentation_method_value_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(SegmentationMethod | str | Unset, data)

        method = _parse_method(d.pop("method", UNSET))

        text_prompt = d.pop("textPrompt", UNSET)

        text_confidence = d.pop("textConfidence", UNSET)

        text_max_detections = d.pop("textMaxDetections", UNSET)

        text_combine_masks = d.pop("textCombineMasks", UNSET)

        _points_positive = d.pop("pointsPositive", UNSET)
        points_positive: SegmentationArtworkParametersPointsPositive | Unset
        if isinstance(_points_positive, Unset):
            points_positive = UNSET
        else:
            points_positive = SegmentationArtworkParametersPointsPositive.from_dict(_points_positive)

        _points_negative = d.pop("pointsNegative", UNSET)
        points_negative: SegmentationArtworkParametersPointsNegative | Unset
        if isinstance(_points_negative, Unset):
            points_negative = UNSET
        else:
            points_negative = SegmentationArtworkParametersPointsNegative.from_dict(_points_negative)

        mask_expand = d.pop("maskExpand", UNSET)

        mask_tapered_corners = d.pop("maskTaperedCorners", UNSET)

        mask_blur_sigma = d.pop("maskBlurSigma", UNSET)

        mask_kernel_size = d.pop("maskKernelSize", UNSET)

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

        segmentation_artwork_parameters = cls(
            image_url=image_url,
            method=method,
            text_prompt=text_prompt,
            text_confidence=text_confidence,
            text_max_detections=text_max_detections,
            text_combine_masks=text_combine_masks,
            points_positive=points_positive,
            points_negative=points_negative,
            mask_expand=mask_expand,
            mask_tapered_corners=mask_tapered_corners,
            mask_blur_sigma=mask_blur_sigma,
            mask_kernel_size=mask_kernel_size,
            webhook=webhook,
            output_format=output_format,
        )

        segmentation_artwork_parameters.additional_properties = d
        return segmentation_artwork_parameters

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
