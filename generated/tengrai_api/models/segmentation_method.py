from typing import Literal

SegmentationMethod = Literal["points", "text"]

SEGMENTATION_METHOD_VALUES: set[SegmentationMethod] = {
    "points",
    "text",
}


def check_segmentation_method(value: str) -> SegmentationMethod:
    if value in SEGMENTATION_METHOD_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {SEGMENTATION_METHOD_VALUES!r}")
