"""`SavedImage`, the record of an image written to disk: a leaf module (it imports nothing of the SDK), so the
artwork handles (`tengrai.types`) and the image assets (`tengrai._assets`) can both name it in their signatures."""

from __future__ import annotations

import dataclasses
from pathlib import Path

from ._exports import publish

__all__ = ["SavedImage"]


@dataclasses.dataclass(frozen=True, slots=True)
class SavedImage:
    """A result image written to disk.

    Attributes:
        path: where it was written.
        size_bytes: its size.
        content_type: the ``Content-Type`` the server sent (None if it sent none).
        url: the result URL it was downloaded from.
    """

    path: Path
    size_bytes: int
    content_type: str | None
    url: str


publish(globals())
