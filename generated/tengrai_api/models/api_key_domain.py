from typing import Literal

ApiKeyDomain = Literal["artworks-internal", "style-dna", "textcraft"]

API_KEY_DOMAIN_VALUES: set[ApiKeyDomain] = {
    "artworks-internal",
    "style-dna",
    "textcraft",
}


def check_api_key_domain(value: str) -> ApiKeyDomain:
    if value in API_KEY_DOMAIN_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {API_KEY_DOMAIN_VALUES!r}")
