from typing import Literal

V1ArtworkStatus = Literal["done", "failed"]

V1_ARTWORK_STATUS_VALUES: set[V1ArtworkStatus] = {
    "done",
    "failed",
}


def check_v1_artwork_status(value: str) -> V1ArtworkStatus:
    if value in V1_ARTWORK_STATUS_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {V1_ARTWORK_STATUS_VALUES!r}")
