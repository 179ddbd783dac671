"""``client.artworks``: read, list, wait for, and download artworks of any type."""

from __future__ import annotations

import builtins
import os
from collections.abc import AsyncIterator, Iterator

# Imported at run time, not under TYPE_CHECKING: `typing.get_type_hints(client.artworks.save)` must resolve every
# annotation (the types are loaded by ._base anyway, so this costs nothing).
from ..types import Artwork, AsyncArtwork, SavedImage, StatusEvent, SyncArtwork
from ._base import AsyncResource, Pager, ProgressCallback, SyncResource, noted, target_id

__all__ = ["Artworks", "AsyncArtworks"]


class Artworks(SyncResource):
    """Artworks of the API key: `get`, `list`, `wait`, `events`, `save`, `download`."""

    def get(self, artwork_id: str) -> SyncArtwork:
        """Fetch one artwork by id (retried on transient failures)."""
        return self._handle(self._runner.run(self._core.get(artwork_id)))

    def list(self, *, limit: int | None = None, page_size: int = 100) -> Iterator[SyncArtwork]:
        """Iterate over the key's artworks, newest first, fetching page after page (``page_size`` per request).

        ``limit`` caps the total number yielded (None: all of them). Pages are fetched lazily.
        """
        pager = Pager(limit, page_size)
        return self._walk(pager)

    def _walk(self, pager: Pager) -> Iterator[SyncArtwork]:
        while not pager.done:
            asked = pager.request_size
            page = self._runner.run(self._core.list_page(pager.offset, asked))
            for artwork in pager.accept(page, asked):
                yield self._handle(artwork)

    def wait(
        self, artwork: Artwork | str, *, timeout: float | None = None, on_progress: ProgressCallback | None = None
    ) -> SyncArtwork:
        """Wait until the task ends and return it.

        Args:
            artwork: an `Artwork` or an artwork id.
            timeout: total seconds to wait (default: the client's ``wait_timeout``), however many polls that takes.
            on_progress: called with a `StatusEvent` at every observation.

        Raises:
            ArtworkFailedError: the task failed (the error carries the artwork).
            ArtworkCanceledError: the task was canceled.
            ArtworkTimeoutError: ``timeout`` passed first (carries the id and the last seen artwork).
        """
        artwork_id = target_id(artwork)
        deadline = self._deadline(timeout)
        with noted(artwork_id):
            return self._handle(self._runner.run(self._wait_flow(artwork, deadline), on_progress))

    def events(self, artwork: Artwork | str, *, timeout: float | None = None) -> Iterator[StatusEvent]:
        """Iterate over `StatusEvent`s until the task ends (the last event is terminal; failure does not raise).

        Raises `ArtworkTimeoutError` when ``timeout`` passes first.
        """
        target_id(artwork)
        deadline = self._deadline(timeout)
        return self._runner.iterate(self._wait_flow(artwork, deadline, raise_on_failure=False))

    def save(
        self,
        artwork: Artwork | str,
        directory: str | os.PathLike[str],
        *,
        sidecar: bool = False,
        timeout: float | None = None,
        on_progress: ProgressCallback | None = None,
    ) -> builtins.list[SavedImage]:
        """Wait for the task if needed, then write its result images into ``directory``.

        One deadline (``timeout``, default the client's ``wait_timeout``) covers the wait and the downloads.
        Files are named ``<id>-<n><ext>``, the extension taken from the content type. With ``sidecar=True`` a
        ``<id>.json`` holds the prompt, seed, parameters and file list.
        """
        artwork_id = target_id(artwork)
        deadline = self._deadline(timeout)
        with noted(artwork_id):
            return self._runner.run(self._save_flow(artwork, directory, sidecar, deadline), on_progress)

    def download(
        self, artwork: Artwork | str, *, timeout: float | None = None, on_progress: ProgressCallback | None = None
    ) -> builtins.list[bytes]:
        """Wait for the task if needed, then return the bytes of its result images (one deadline for both)."""
        artwork_id = target_id(artwork)
        deadline = self._deadline(timeout)
        with noted(artwork_id):
            return self._runner.run(self._download_flow(artwork, deadline), on_progress)


class AsyncArtworks(AsyncResource):
    """Artworks of the API key, for `AsyncTengrai`: the same methods as `Artworks`, awaitable."""

    async def get(self, artwork_id: str) -> AsyncArtwork:
        """Fetch one artwork by id (retried on transient failures)."""
        return self._handle(await self._runner.run(self._core.get(artwork_id)))

    def list(self, *, limit: int | None = None, page_size: int = 100) -> AsyncIterator[AsyncArtwork]:
        """Iterate (``async for``) over the key's artworks, newest first, page after page."""
        pager = Pager(limit, page_size)
        return self._walk(pager)

    async def _walk(self, pager: Pager) -> AsyncIterator[AsyncArtwork]:
        while not pager.done:
            asked = pager.request_size
            page = await self._runner.run(self._core.list_page(pager.offset, asked))
            for artwork in pager.accept(page, asked):
                yield self._handle(artwork)

    async def wait(
        self,
        artwork: Artwork | str,
        *,
        timeout: float | None = None,  # noqa: ASYNC109 - a total deadline, the documented API
        on_progress: ProgressCallback | None = None,
    ) -> AsyncArtwork:
        """Wait until the task ends and return it; see `Artworks.wait`."""
        artwork_id = target_id(artwork)
        deadline = self._deadline(timeout)
        with noted(artwork_id):
            return self._handle(await self._runner.run(self._wait_flow(artwork, deadline), on_progress))

    def events(self, artwork: Artwork | str, *, timeout: float | None = None) -> AsyncIterator[StatusEvent]:
        """Iterate (``async for``) over `StatusEvent`s until the task ends; see `Artworks.events`."""
        target_id(artwork)
        deadline = self._deadline(timeout)
        return self._runner.iterate(self._wait_flow(artwork, deadline, raise_on_failure=False))

    async def save(
        self,
        artwork: Artwork | str,
        directory: str | os.PathLike[str],
        *,
        sidecar: bool = False,
        timeout: float | None = None,  # noqa: ASYNC109 - a total deadline, the documented API
        on_progress: ProgressCallback | None = None,
    ) -> builtins.list[SavedImage]:
        """Wait for the task if needed, then write its result images into ``directory``; see `Artworks.save`."""
        artwork_id = target_id(artwork)
        deadline = self._deadline(timeout)
        with noted(artwork_id):
            return await self._runner.run(self._save_flow(artwork, directory, sidecar, deadline), on_progress)

    async def download(
        self,
        artwork: Artwork | str,
        *,
        timeout: float | None = None,  # noqa: ASYNC109 - a total deadline, the documented API
        on_progress: ProgressCallback | None = None,
    ) -> builtins.list[bytes]:
        """Wait for the task if needed, then return the bytes of its result images; see `Artworks.download`."""
        artwork_id = target_id(artwork)
        deadline = self._deadline(timeout)
        with noted(artwork_id):
            return await self._runner.run(self._download_flow(artwork, deadline), on_progress)
