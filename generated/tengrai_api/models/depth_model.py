from typing import Literal

DepthModel = Literal["base", "giant", "large", "metric_large", "mono_large", "nested_giant_large", "small"]

DEPTH_MODEL_VALUES: set[DepthModel] = {
    "base",
    "giant",
    "large",
    "metric_large",
    "mono_large",
    "nested_giant_large",
    "small",
}


def check_depth_model(value: str) -> DepthModel:
    if value in DEPTH_MODEL_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {DEPTH_MODEL_VALUES!r}")
