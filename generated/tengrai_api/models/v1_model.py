from typing import Literal

V1Model = Literal["tengrai-20231128-m-d", "tengrai-20240423-m-f"]

V1_MODEL_VALUES: set[V1Model] = {
    "tengrai-20231128-m-d",
    "tengrai-20240423-m-f",
}


def check_v1_model(value: str) -> V1Model:
    if value in V1_MODEL_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {V1_MODEL_VALUES!r}")
