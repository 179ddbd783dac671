from typing import Literal

ColorTone = Literal["blackAndWhite", "cool", "mutedColors", "neonColors", "pastel", "sepia", "vibrantColors", "warm"]

COLOR_TONE_VALUES: set[ColorTone] = {
    "blackAndWhite",
    "cool",
    "mutedColors",
    "neonColors",
    "pastel",
    "sepia",
    "vibrantColors",
    "warm",
}


def check_color_tone(value: str) -> ColorTone:
    if value in COLOR_TONE_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {COLOR_TONE_VALUES!r}")
