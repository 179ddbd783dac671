"""``client.v1.artworks.save``: the hand-written part of the generated V1 artworks resource.

The spec names this module on the resource's operations (``x-sdk-resource-base``), and ``make generate`` makes
``V1Artworks`` and ``AsyncV1Artworks`` subclass these two classes, which add what the spec cannot describe:
downloading a V1 artwork's result images into a folder, as ``client.artworks.save`` does for a V2 task.
"""

from __future__ import annotations

import builtins
import os
from typing import TYPE_CHECKING, Any

from .._artwork_errors import ArtworkFailedError
from ._base import AsyncResource, SyncResource

if TYPE_CHECKING:
    from .._engine.runners import Flow
    from .._model.artwork import V1Artwork
    from .._saved import SavedImage

__all__ = ["AsyncV1ArtworkSaving", "V1ArtworkSaving"]


def _save_flow(
    resource: SyncResource | AsyncResource,
    artwork: V1Artwork | str,
    directory: str | os.PathLike[str],
    timeout: float | None,
) -> Flow[builtins.list[SavedImage]]:
    from .._asset_fetch import save_v1_results_flow

    _, deadline = resource._deadline(timeout)
    if isinstance(artwork, str):
        artwork = yield from resource._call_flow("get_v1_artwork", {"id": artwork}, {}, {}, timeout)
    found: Any = artwork
    if found.status == "failed":
        raise ArtworkFailedError("the V1 artwork failed: it has no images to save", artwork_id=found.id)
    saved: builtins.list[SavedImage] = yield from save_v1_results_flow(resource._core, found, directory, deadline)
    return saved


class V1ArtworkSaving(SyncResource):
    """The base of `V1Artworks` (``client.v1.artworks`` of `Tengrai`): its `save`."""

    def save(
        self, artwork: V1Artwork | str, directory: str | os.PathLike[str], *, timeout: float | None = None
    ) -> builtins.list[SavedImage]:
        """Write the result images of a V1 artwork (or of the one with this id, read first) into ``directory`` as
        ``<id>-<n><ext>``; the folder is created when missing, and ``~`` is the home folder.

        One deadline (``timeout``, default the client's ``wait_timeout``) covers the read and the downloads. A V1
        artwork whose status is ``failed`` raises `ArtworkFailedError` (it has no images).
        """
        saved: builtins.list[SavedImage] = self._runner.run(_save_flow(self, artwork, directory, timeout))
        return saved


class AsyncV1ArtworkSaving(AsyncResource):
    """The base of `AsyncV1Artworks` (``client.v1.artworks`` of `AsyncTengrai`): its `save`."""

    async def save(
        self,
        artwork: V1Artwork | str,
        directory: str | os.PathLike[str],
        *,
        timeout: float | None = None,  # noqa: ASYNC109 - a total deadline, as client.artworks.save takes
    ) -> builtins.list[SavedImage]:
        """Write the result images of a V1 artwork (or of the one with this id, read first) into ``directory`` as
        ``<id>-<n><ext>``; the folder is created when missing, and ``~`` is the home folder.

        One deadline (``timeout``, default the client's ``wait_timeout``) covers the read and the downloads. A V1
        artwork whose status is ``failed`` raises `ArtworkFailedError` (it has no images).
        """
        saved: builtins.list[SavedImage] = await self._runner.run(_save_flow(self, artwork, directory, timeout))
        return saved
