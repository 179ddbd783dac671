from typing import Literal

ProcessingMode = Literal["3d", "ai-rchitect", "human-pose", "reimagine", "retake", "sketch-to-image"]

PROCESSING_MODE_VALUES: set[ProcessingMode] = {
    "3d",
    "ai-rchitect",
    "human-pose",
    "reimagine",
    "retake",
    "sketch-to-image",
}


def check_processing_mode(value: str) -> ProcessingMode:
    if value in PROCESSING_MODE_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {PROCESSING_MODE_VALUES!r}")
