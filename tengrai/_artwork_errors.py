"""The errors of an artwork task: it failed, was canceled, could not be waited for in time, or its results could not
be written. Each carries the artwork's id and, when seen, the artwork itself."""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

from ._exceptions import TengraiError

if TYPE_CHECKING:
    from .types import Artwork, SavedImage

__all__ = ["ArtworkCanceledError", "ArtworkError", "ArtworkFailedError", "ArtworkSaveError", "ArtworkTimeoutError"]


class ArtworkError(TengraiError):
    """An artwork task ended badly or could not be waited for. Always carries the artwork id."""

    def __init__(self, message: str, *, artwork_id: str, artwork: Artwork | None = None) -> None:
        self.artwork_id = artwork_id
        self.artwork = artwork
        super().__init__(f"{message} (artwork id {artwork_id}{self._hint()})")

    def _hint(self) -> str:
        return ""


class ArtworkFailedError(ArtworkError):
    """The task ended with status `failed`."""


class ArtworkCanceledError(ArtworkError):
    """The task ended with status `canceled`."""


class ArtworkTimeoutError(ArtworkError):
    """The overall deadline passed before the task finished. `artwork` is the last state seen (if any).

    The task keeps running on the server: wait for it again with `client.artworks.wait(artwork_id)`.
    """

    def _hint(self) -> str:
        resume = f"client.artworks.wait({self.artwork_id!r}) or `tengrai wait {self.artwork_id}`"
        return f"; it keeps running: resume with {resume}"


class ArtworkSaveError(ArtworkError):
    """Writing an artwork's results to disk failed (an OS error: permissions, a full disk, ...).

    ``saved`` lists the `SavedImage`s written before the failure; the task itself succeeded.
    """

    def __init__(
        self, message: str, *, artwork_id: str, artwork: Artwork | None = None, saved: Sequence[SavedImage] = ()
    ) -> None:
        self.saved = list(saved)
        super().__init__(message, artwork_id=artwork_id, artwork=artwork)


from ._exports import publish  # noqa: E402 - after every class is defined

publish(globals())
