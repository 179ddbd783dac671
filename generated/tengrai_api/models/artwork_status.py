from typing import Literal

ArtworkStatus = Literal["canceled", "failed", "processing", "starting", "succeeded"]

ARTWORK_STATUS_VALUES: set[ArtworkStatus] = {
    "canceled",
    "failed",
    "processing",
    "starting",
    "succeeded",
}


def check_artwork_status(value: str) -> ArtworkStatus:
    if value in ARTWORK_STATUS_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {ARTWORK_STATUS_VALUES!r}")
