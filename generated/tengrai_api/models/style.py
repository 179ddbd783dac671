from typing import Literal

Style = Literal[
    "abstract-ink",
    "abstractpen",
    "analog",
    "aquarelle",
    "car",
    "default",
    "fairytale",
    "food",
    "horror",
    "illustration",
    "impasto",
    "infiny-flow",
    "infiny-pattern",
    "infiny-weave",
    "isometric",
    "landscape",
    "lineart",
    "logo",
    "machinart",
    "manga",
    "photographer",
    "portraiture",
    "sphericute",
    "stained-glass",
    "water-cute",
]

STYLE_VALUES: set[Style] = {
    "abstract-ink",
    "abstractpen",
    "analog",
    "aquarelle",
    "car",
    "default",
    "fairytale",
    "food",
    "horror",
    "illustration",
    "impasto",
    "infiny-flow",
    "infiny-pattern",
    "infiny-weave",
    "isometric",
    "landscape",
    "lineart",
    "logo",
    "machinart",
    "manga",
    "photographer",
    "portraiture",
    "sphericute",
    "stained-glass",
    "water-cute",
}


def check_style(value: str) -> Style:
    if value in STYLE_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {STYLE_VALUES!r}")
