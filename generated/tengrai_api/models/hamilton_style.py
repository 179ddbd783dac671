from typing import Literal

HamiltonStyle = Literal[
    "abstract-flat",
    "analog",
    "coloring-book",
    "default",
    "hand-sketch",
    "line-drawing",
    "manga",
    "photographer",
    "plasticine",
    "simple-sketch",
    "stained-glass",
    "surreal",
]

HAMILTON_STYLE_VALUES: set[HamiltonStyle] = {
    "abstract-flat",
    "analog",
    "coloring-book",
    "default",
    "hand-sketch",
    "line-drawing",
    "manga",
    "photographer",
    "plasticine",
    "simple-sketch",
    "stained-glass",
    "surreal",
}


def check_hamilton_style(value: str) -> HamiltonStyle:
    if value in HAMILTON_STYLE_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {HAMILTON_STYLE_VALUES!r}")
