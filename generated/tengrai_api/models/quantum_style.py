from typing import Literal

QuantumStyle = Literal[
    "abstract-ink",
    "abstractpen",
    "analog",
    "aquarelle",
    "car",
    "default",
    "fairytale",
    "folktale",
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
    "tengrai-anime",
    "water-cute",
]

QUANTUM_STYLE_VALUES: set[QuantumStyle] = {
    "abstract-ink",
    "abstractpen",
    "analog",
    "aquarelle",
    "car",
    "default",
    "fairytale",
    "folktale",
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
    "tengrai-anime",
    "water-cute",
}


def check_quantum_style(value: str) -> QuantumStyle:
    if value in QUANTUM_STYLE_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {QUANTUM_STYLE_VALUES!r}")
