from typing import Literal

HamiltonAspectRatio = Literal["16:9", "1:1", "2:3", "3:2", "3:4", "4:3", "9:16"]

HAMILTON_ASPECT_RATIO_VALUES: set[HamiltonAspectRatio] = {
    "16:9",
    "1:1",
    "2:3",
    "3:2",
    "3:4",
    "4:3",
    "9:16",
}


def check_hamilton_aspect_ratio(value: str) -> HamiltonAspectRatio:
    if value in HAMILTON_ASPECT_RATIO_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {HAMILTON_ASPECT_RATIO_VALUES!r}")
