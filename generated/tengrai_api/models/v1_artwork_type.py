from typing import Literal

V1ArtworkType = Literal["hamilton", "txt2img", "upscaling"]

V1_ARTWORK_TYPE_VALUES: set[V1ArtworkType] = {
    "hamilton",
    "txt2img",
    "upscaling",
}


def check_v1_artwork_type(value: str) -> V1ArtworkType:
    if value in V1_ARTWORK_TYPE_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {V1_ARTWORK_TYPE_VALUES!r}")
