from typing import Literal

StyleDnaBackgroundMode = Literal["chroma_green", "transparent", "white"]

STYLE_DNA_BACKGROUND_MODE_VALUES: set[StyleDnaBackgroundMode] = {
    "chroma_green",
    "transparent",
    "white",
}


def check_style_dna_background_mode(value: str) -> StyleDnaBackgroundMode:
    if value in STYLE_DNA_BACKGROUND_MODE_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {STYLE_DNA_BACKGROUND_MODE_VALUES!r}")
