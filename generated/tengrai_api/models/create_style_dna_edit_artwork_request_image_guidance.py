from typing import Literal

CreateStyleDnaEditArtworkRequestImageGuidance = Literal[1, 2, 3]

CREATE_STYLE_DNA_EDIT_ARTWORK_REQUEST_IMAGE_GUIDANCE_VALUES: set[CreateStyleDnaEditArtworkRequestImageGuidance] = {
    1,
    2,
    3,
}


def check_create_style_dna_edit_artwork_request_image_guidance(
    value: int,
) -> CreateStyleDnaEditArtworkRequestImageGuidance:
    if value in CREATE_STYLE_DNA_EDIT_ARTWORK_REQUEST_IMAGE_GUIDANCE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {CREATE_STYLE_DNA_EDIT_ARTWORK_REQUEST_IMAGE_GUIDANCE_VALUES!r}"
    )
