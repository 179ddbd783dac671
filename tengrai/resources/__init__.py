"""The client's resources: one per operation family (`quantum`, `selena_variete`, `face_refiner`) and `artworks`.

Each module holds a sync class and its async twin. Both are thin shells over the shared flows, so they differ
only in being awaited; `tests/client/test_signatures.py` checks that their arguments stay identical and match
the spec's request schemas.
"""

from .artworks import Artworks, AsyncArtworks
from .face_refiner import AsyncFaceRefiner, FaceRefiner
from .quantum import AsyncQuantum, Quantum
from .selena_variete import AsyncSelenaVariete, SelenaVariete

__all__ = [
    "Artworks",
    "AsyncArtworks",
    "AsyncFaceRefiner",
    "AsyncQuantum",
    "AsyncSelenaVariete",
    "FaceRefiner",
    "Quantum",
    "SelenaVariete",
]
