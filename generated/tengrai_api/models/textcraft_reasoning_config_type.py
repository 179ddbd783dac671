from typing import Literal

TextcraftReasoningConfigType = Literal["disabled", "enabled"]

TEXTCRAFT_REASONING_CONFIG_TYPE_VALUES: set[TextcraftReasoningConfigType] = {
    "disabled",
    "enabled",
}


def check_textcraft_reasoning_config_type(value: str) -> TextcraftReasoningConfigType:
    if value in TEXTCRAFT_REASONING_CONFIG_TYPE_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {TEXTCRAFT_REASONING_CONFIG_TYPE_VALUES!r}")
