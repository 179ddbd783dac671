"""The environment variables that configure a client and the CLI: their names, in one place."""

__all__ = ["API_KEY_ENV", "BASE_URL_ENV"]

API_KEY_ENV = "TENGRAI_API_KEY"
"""The API key a client uses when none is passed."""
BASE_URL_ENV = "TENGRAI_BASE_URL"
"""The API's base URL when none is passed (the production URL otherwise)."""
