from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define

from ..models.output_format import OutputFormat, check_output_format
from ..models.segmentation_method import SegmentationMethod, check_segmentation_method
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.point_list import PointList


T = TypeVar("T", bound="CreateSegmentationArtworkRequest")


@_attrs_define
class CreateSegmentationArtworkRequest:
    """Body of POST /v2/artworks/segmentation. method text needs textPrompt; method points needs pointsPositive."""

    image_url: str
    """ URL of the source image. """
    method: SegmentationMethod
    """ How segmentation selects the area to mask. """
    text_prompt: str | Unset = UNSET
    """ What to select, in words (required with method text). """
    text_confidence: float | Unset = 0.2
    """ Minimum detection confidence (method text), at most 1. """
    text_max_detections: int | Unset = -1
    """ Most objects to detect (method text); -1 means unlimited. """
    text_combine_masks: bool | Unset = True
    """ Combine the masks of all detections into one (method text). """
    points_positive: PointList | Unset = UNSET
    """ Points in relative image coordinates (0.0 to 1.0) with their labels. """
    points_negative: PointList | Unset = UNSET
    """ Points in relative image coordinates (0.0 to 1.0) with their labels. """
    mask_expand: int | Unset = 0
    """ Pixels to grow (positive) or shrink (negative) the mask by. """
    mask_tapered_corners: bool | Unset = UNSET
    """ Taper the corners of an expanded mask. """
    mask_blur_sigma: float | Unset = 0.1
    """ Blur of the mask edge (sigma). """
    mask_kernel_size: int | Unset = 0
    """ Kernel size of the mask blur, at most 100. """
    webhook: str | Unset = UNSET
    """ Optional webhook URL. When provided, the server POSTs the final artwork to it upon completion. Must be HTTPS
    and a publicly routable host: loopback, link-local, private and cloud-metadata addresses are rejected. """
    output_format: OutputFormat | Unset = UNSET
    """ Output image format. `auto` (the default) uses the server default (webp with high-quality settings); `png`
    is lossless; `webp` is equivalent to `auto`. """

    def to_dict(self) -> dict[str, Any]:
        image_url = self.image_url

        method: str = self.method

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

        output_format: str | Unset = UNSET
        if not isinstance(self.output_format, Unset):
            output_format = self.output_format

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "imageUrl": image_url,
                "method": method,
            }
        )
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
        from ..models.point_list import PointList

        d = dict(src_dict)
        image_url = d.pop("imageUrl")

        method = check_segmentation_method(d.pop("method"))

        text_prompt = d.pop("textPrompt", UNSET)

        text_confidence = d.pop("textConfidence", UNSET)

        text_max_detections = d.pop("textMaxDetections", UNSET)

        text_combine_masks = d.pop("textCombineMasks", UNSET)

        _points_positive = d.pop("pointsPositive", UNSET)
        points_positive: PointList | Unset
        if isinstance(_points_positive, Unset):
            points_positive = UNSET
        else:
            points_positive = PointList.from_dict(_points_positive)

        _points_negative = d.pop("pointsNegative", UNSET)
        points_negative: PointList | Unset
        if isinstance(_points_negative, Unset):
            points_negative = UNSET
        else:
            points_negative = PointList.from_dict(_points_negative)

        mask_expand = d.pop("maskExpand", UNSET)

        mask_tapered_corners = d.pop("maskTaperedCorners", UNSET)

        mask_blur_sigma = d.pop("maskBlurSigma", UNSET)

        mask_kernel_size = d.pop("maskKernelSize", UNSET)

        webhook = d.pop("webhook", UNSET)

        _output_format = d.pop("outputFormat", UNSET)
        output_format: OutputFormat | Unset
        if isinstance(_output_format, Unset):
            output_format = UNSET
        else:
            output_format = check_output_format(_output_format)

        create_segmentation_artwork_request = cls(
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

        return create_segmentation_artwork_request
