from typing import Literal

CreatePhotoPilotArtworkRequestImageGuidance = Literal[1, 2, 3]

CREATE_PHOTO_PILOT_ARTWORK_REQUEST_IMAGE_GUIDANCE_VALUES: set[CreatePhotoPilotArtworkRequestImageGuidance] = {
    1,
    2,
    3,
}


def check_create_photo_pilot_artwork_request_image_guidance(value: int) -> CreatePhotoPilotArtworkRequestImageGuidance:
    if value in CREATE_PHOTO_PILOT_ARTWORK_REQUEST_IMAGE_GUIDANCE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {CREATE_PHOTO_PILOT_ARTWORK_REQUEST_IMAGE_GUIDANCE_VALUES!r}"
    )
