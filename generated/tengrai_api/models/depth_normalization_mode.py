from typing import Literal

DepthNormalizationMode = Literal["Raw", "Standard", "V2-Style"]

DEPTH_NORMALIZATION_MODE_VALUES: set[DepthNormalizationMode] = {
    "Raw",
    "Standard",
    "V2-Style",
}


def check_depth_normalization_mode(value: str) -> DepthNormalizationMode:
    if value in DEPTH_NORMALIZATION_MODE_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {DEPTH_NORMALIZATION_MODE_VALUES!r}")
