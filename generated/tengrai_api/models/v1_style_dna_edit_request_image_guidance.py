from typing import Literal

V1StyleDnaEditRequestImageGuidance = Literal[1, 2, 3]

V1_STYLE_DNA_EDIT_REQUEST_IMAGE_GUIDANCE_VALUES: set[V1StyleDnaEditRequestImageGuidance] = {
    1,
    2,
    3,
}


def check_v1_style_dna_edit_request_image_guidance(value: int) -> V1StyleDnaEditRequestImageGuidance:
    if value in V1_STYLE_DNA_EDIT_REQUEST_IMAGE_GUIDANCE_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {V1_STYLE_DNA_EDIT_REQUEST_IMAGE_GUIDANCE_VALUES!r}")
