"""API paths for tests, read from the spec by operation id (shared by the client and mock suites)."""

from __future__ import annotations

from tengrai.mock import _openapi as _spec


def path_of(operation_id: str) -> str:
    """The path of an operation, from the spec."""
    return _spec.operation(operation_id)[1]


QUANTUM = path_of("create_quantum_artwork")
VARIETE = path_of("create_selena_variete_artwork")
FACE_REFINER = path_of("create_face_refiner_artwork")
LIST = path_of("list_artworks")
LIST_V1 = path_of("list_v1_artworks")


def artwork_path(artwork_id: str) -> str:
    """The get_artwork path of one artwork."""
    return path_of("get_artwork").replace("{id}", artwork_id)


def api_keys_path(org_id: str) -> str:
    """The create_api_key path of an organization."""
    return path_of("create_api_key").replace("{orgId}", org_id)


def api_key_path(org_id: str, key_id: str) -> str:
    """The revoke_api_key path of one key."""
    return path_of("revoke_api_key").replace("{orgId}", org_id).replace("{keyId}", key_id)


def webhook_secret_path(org_id: str) -> str:
    """The rotate_webhook_secret path of an organization."""
    return path_of("rotate_webhook_secret").replace("{orgId}", org_id)


def v1_artwork_path(artwork_id: str) -> str:
    """The get_v1_artwork path of one V1 artwork."""
    return path_of("get_v1_artwork").replace("{id}", artwork_id)
