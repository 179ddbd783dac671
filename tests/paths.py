"""API paths for tests, read from the spec by operation id (shared by the client and mock suites)."""

from __future__ import annotations

from tengrai import _spec


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
