from typing import Literal

Model = Literal["tengrai-20231128-m-d.safetensors", "tengrai-20240423-m-f.safetensors"]

MODEL_VALUES: set[Model] = {
    "tengrai-20231128-m-d.safetensors",
    "tengrai-20240423-m-f.safetensors",
}


def check_model(value: str) -> Model:
    if value in MODEL_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {MODEL_VALUES!r}")
