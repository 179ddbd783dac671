from typing import Literal

QuantumAspectRatio = Literal["16:9", "1:1", "2:3", "3:2", "3:4", "4:3", "9:16"]

QUANTUM_ASPECT_RATIO_VALUES: set[QuantumAspectRatio] = {
    "16:9",
    "1:1",
    "2:3",
    "3:2",
    "3:4",
    "4:3",
    "9:16",
}


def check_quantum_aspect_ratio(value: str) -> QuantumAspectRatio:
    if value in QUANTUM_ASPECT_RATIO_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {QUANTUM_ASPECT_RATIO_VALUES!r}")
