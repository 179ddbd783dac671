from typing import Literal

ArtworkType = Literal[
    "depth_map",
    "detailer_upscaler",
    "face_refiner",
    "face_swap",
    "hamilton",
    "photo_pilot",
    "quantum",
    "remove_background",
    "segmentation",
    "selena",
    "selena_variete",
    "style_dna",
    "style_dna_anchor",
    "style_dna_edit",
    "upscaling_v2",
]

ARTWORK_TYPE_VALUES: set[ArtworkType] = {
    "depth_map",
    "detailer_upscaler",
    "face_refiner",
    "face_swap",
    "hamilton",
    "photo_pilot",
    "quantum",
    "remove_background",
    "segmentation",
    "selena",
    "selena_variete",
    "style_dna",
    "style_dna_anchor",
    "style_dna_edit",
    "upscaling_v2",
}


def check_artwork_type(value: str) -> ArtworkType:
    if value in ARTWORK_TYPE_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {ARTWORK_TYPE_VALUES!r}")
