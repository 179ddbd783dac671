from typing import Literal

V1ApiKeyDomain = Literal["*", "artworks", "style-dna", "textcraft"]

V1_API_KEY_DOMAIN_VALUES: set[V1ApiKeyDomain] = {
    "*",
    "artworks",
    "style-dna",
    "textcraft",
}


def check_v1_api_key_domain(value: str) -> V1ApiKeyDomain:
    if value in V1_API_KEY_DOMAIN_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {V1_API_KEY_DOMAIN_VALUES!r}")
