from typing import Literal

MintableApiKeyScope = Literal["generator", "manager"]

MINTABLE_API_KEY_SCOPE_VALUES: set[MintableApiKeyScope] = {
    "generator",
    "manager",
}


def check_mintable_api_key_scope(value: str) -> MintableApiKeyScope:
    if value in MINTABLE_API_KEY_SCOPE_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {MINTABLE_API_KEY_SCOPE_VALUES!r}")
