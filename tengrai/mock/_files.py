"""Result files the mock serves that belong to no V2 artwork (V1 artworks, Style DNA assets), and the cap on how
deep an image-to-image chain is drawn."""

from __future__ import annotations

import dataclasses
import threading

from ._images import ImageRecipe

__all__ = ["FileRegistry", "capped"]

_MAX_SOURCE_DEPTH = 16
"""Image-to-image chains deeper than this are drawn from their 16 most recent sources."""


class FileRegistry:
    """Files served as ``<base>/files/<key>/<index>.<fmt>``, each until its expiry (mock clock) when it has one, and
    the paid calls that made them (`MockState.created_count` counts them). Thread-safe."""

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._files: dict[str, tuple[float | None, tuple[ImageRecipe, ...]]] = {}
        self.paid = 0
        """Paid calls that are not V2 artworks (synchronous V1 creates, Style DNA assets, Textcraft answers)."""

    def count_paid(self) -> None:
        """Count one paid call."""
        with self._lock:
            self.paid += 1

    def add(
        self, key: str, recipes: tuple[ImageRecipe, ...], base_url: str, expires_at: float | None = None
    ) -> list[str]:
        """Serve ``recipes`` under ``key`` (until ``expires_at``, when given); returns their URLs."""
        with self._lock:
            self._files[key] = (expires_at, recipes)
        return [f"{base_url.rstrip('/')}/files/{key}/{recipe.index}.{recipe.fmt}" for recipe in recipes]

    def get(self, key: str, index: int, ext: str, now: float) -> ImageRecipe | None:
        """The recipe of a file at time ``now``, or None (no such file, or expired)."""
        with self._lock:
            found = self._files.get(key)
        if found is None:
            return None
        expires_at, recipes = found
        if (expires_at is not None and now >= expires_at) or index >= len(recipes) or recipes[index].fmt != ext:
            return None
        return recipes[index]


def capped(recipe: ImageRecipe, depth: int = 0) -> ImageRecipe:
    """``recipe`` with its chain of sources cut after `_MAX_SOURCE_DEPTH` levels (keeps rendering bounded)."""
    if recipe.source is None and recipe.extra is None:
        return recipe
    source = None
    if recipe.source is not None and depth + 1 < _MAX_SOURCE_DEPTH:
        source = capped(recipe.source, depth + 1)
    # A second input (a face swap's face) keeps only its own pixels below the top: chains stay linear.
    extra = recipe.extra
    if extra is not None and (depth > 0 or extra.source is not None or extra.extra is not None):
        extra = dataclasses.replace(extra, source=None, extra=None) if depth > 0 else capped(extra, depth + 1)
    return dataclasses.replace(recipe, source=source, extra=extra)
