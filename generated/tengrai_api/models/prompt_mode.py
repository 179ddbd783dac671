from typing import Literal

PromptMode = Literal["seer", "servitor"]

PROMPT_MODE_VALUES: set[PromptMode] = {
    "seer",
    "servitor",
}


def check_prompt_mode(value: str) -> PromptMode:
    if value in PROMPT_MODE_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {PROMPT_MODE_VALUES!r}")
