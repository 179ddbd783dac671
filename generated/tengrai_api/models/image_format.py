from typing import Literal

ImageFormat = Literal["png", "webp"]

IMAGE_FORMAT_VALUES: set[ImageFormat] = {
    "png",
    "webp",
}


def check_image_format(value: str) -> ImageFormat:
    if value in IMAGE_FORMAT_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {IMAGE_FORMAT_VALUES!r}")
