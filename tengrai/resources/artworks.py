"""``client.artworks``: read, list, wait for, and download artworks of any type."""

from __future__ import annotations

import builtins
import os
from collections.abc import AsyncIterator, Iterator
from typing import Unpack

# Imported at run time, not under TYPE_CHECKING: `typing.get_type_hints(client.artworks.save)` must resolve every
# annotation (the types are loaded by ._base anyway, so this costs nothing).
from ..types import Artwork, AsyncArtwork, RequestOptions, SavedImage, StatusEvent, SyncArtwork
from ._base import DEFAULT_PAGE_SIZE, AsyncResource, Pager, ProgressCallback, SyncResource, noted, target_id

__all__ = ["Artworks", "AsyncArtworks"]


class Artworks(SyncResource):
    """Artworks of the API key: `get`, `list`, `wait`, `events`, `save`, `download`."""

    def get(self, artwork_id: str, *, timeout: float | None = None, **options: Unpack[RequestOptions]) -> SyncArtwork:
        """Fetch one artwork by id (retried on transient failures).

        Args:
            artwork_id: the artwork's id.
            timeout: total seconds for the call, retries included (default: no bound beyond each request's
                ``timeout``, the client's).
            **options: per-request options (`RequestOptions`): ``extra_headers``, ``extra_query``.
        """
        if options:
            return self._scoped(options, "get").get(artwork_id, timeout=timeout)
        return self._handle(self._runner.run(self._get_flow(artwork_id, timeout)))

    def list(
        self,
        *,
        limit: int | None = None,
        page_size: int = DEFAULT_PAGE_SIZE,
        timeout: float | None = None,
        **options: Unpack[RequestOptions],
    ) -> Iterator[SyncArtwork]:
        """Iterate over the key's artworks, newest first, fetching page after page (``page_size`` per request).

        ``limit`` caps the total number yielded (None: all of them). Pages are fetched lazily. ``timeout`` bounds
        the fetch of each page, retries included; ``options`` (`RequestOptions`) go with every page request.
        """
        if options:
            return self._scoped(options, "list", "list_artworks").list(
                limit=limit, page_size=page_size, timeout=timeout
            )
        pager = Pager(limit, page_size)
        self._until(timeout)  # a bad timeout fails here, not at the first page
        return self._walk(pager, timeout)

    def _walk(self, pager: Pager, page_timeout: float | None) -> Iterator[SyncArtwork]:
        while not pager.done:
            asked = pager.request_size
            page = self._runner.run(self._page_flow(pager, page_timeout))
            for artwork in pager.accept(page, asked):
                yield self._handle(artwork)

    def wait(
        self,
        artwork: Artwork | str,
        *,
        timeout: float | None = None,
        on_progress: ProgressCallback | None = None,
        **options: Unpack[RequestOptions],
    ) -> SyncArtwork:
        """Wait until the task ends and return it.

        Args:
            artwork: an `Artwork` or an artwork id.
            timeout: total seconds to wait (default: the client's ``wait_timeout``), however many polls that takes.
            on_progress: called with a `StatusEvent` at every observation.
            **options: per-request options (`RequestOptions`), sent with every poll.

        Raises:
            ArtworkFailedError: the task failed (the error carries the artwork).
            ArtworkCanceledError: the task was canceled.
            ArtworkTimeoutError: ``timeout`` passed first (carries the id and the last seen artwork).
        """
        if options:
            return self._scoped(options, "wait").wait(artwork, timeout=timeout, on_progress=on_progress)
        artwork_id = target_id(artwork)
        deadline = self._deadline(timeout)
        with noted(artwork_id):
            return self._handle(self._runner.run(self._wait_flow(artwork, deadline), on_progress))

    def events(
        self, artwork: Artwork | str, *, timeout: float | None = None, **options: Unpack[RequestOptions]
    ) -> Iterator[StatusEvent]:
        """Iterate over `StatusEvent`s until the task ends (the last event is terminal; failure does not raise).

        Raises `ArtworkTimeoutError` when ``timeout`` passes first. ``options`` (`RequestOptions`) go with every poll.
        """
        if options:
            return self._scoped(options, "events").events(artwork, timeout=timeout)
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
        **options: Unpack[RequestOptions],
    ) -> builtins.list[SavedImage]:
        """Wait for the task if needed, then write its result images into ``directory``.

        One deadline (``timeout``, default the client's ``wait_timeout``) covers the wait and the downloads.
        Files are named ``<id>-<n><ext>``, the extension taken from the content type. With ``sidecar=True`` a
        ``<id>.json`` holds the prompt, seed, parameters and file list. ``options`` (`RequestOptions`) go with
        every poll, not with the downloads of the images.
        """
        if options:
            return self._scoped(options, "save").save(
                artwork, directory, sidecar=sidecar, timeout=timeout, on_progress=on_progress
            )
        artwork_id = target_id(artwork)
        deadline = self._deadline(timeout)
        with noted(artwork_id):
            return self._runner.run(self._save_flow(artwork, directory, sidecar, deadline), on_progress)

    def download(
        self,
        artwork: Artwork | str,
        *,
        timeout: float | None = None,
        on_progress: ProgressCallback | None = None,
        **options: Unpack[RequestOptions],
    ) -> builtins.list[bytes]:
        """Wait for the task if needed, then return the bytes of its result images (one deadline for both).

        ``options`` (`RequestOptions`) go with every poll, not with the downloads of the images.
        """
        if options:
            return self._scoped(options, "download").download(artwork, timeout=timeout, on_progress=on_progress)
        artwork_id = target_id(artwork)
        deadline = self._deadline(timeout)
        with noted(artwork_id):
            return self._runner.run(self._download_flow(artwork, deadline), on_progress)


class AsyncArtworks(AsyncResource):
    """Artworks of the API key, for `AsyncTengrai`: the same methods as `Artworks`, awaitable."""

    async def get(
        self,
        artwork_id: str,
        *,
        timeout: float | None = None,  # noqa: ASYNC109 - a total deadline, the documented API
        **options: Unpack[RequestOptions],
    ) -> AsyncArtwork:
        """Fetch one artwork by id (retried on transient failures); see `Artworks.get`."""
        if options:
            return await self._scoped(options, "get").get(artwork_id, timeout=timeout)
        return self._handle(await self._runner.run(self._get_flow(artwork_id, timeout)))

    def list(
        self,
        *,
        limit: int | None = None,
        page_size: int = DEFAULT_PAGE_SIZE,
        timeout: float | None = None,
        **options: Unpack[RequestOptions],
    ) -> AsyncIterator[AsyncArtwork]:
        """Iterate (``async for``) over the key's artworks, newest first, page after page; see `Artworks.list`."""
        if options:
            return self._scoped(options, "list", "list_artworks").list(
                limit=limit, page_size=page_size, timeout=timeout
            )
        pager = Pager(limit, page_size)
        self._until(timeout)  # a bad timeout fails here, not at the first page
        return self._walk(pager, timeout)

    async def _walk(self, pager: Pager, page_timeout: float | None) -> AsyncIterator[AsyncArtwork]:
        while not pager.done:
            asked = pager.request_size
            page = await self._runner.run(self._page_flow(pager, page_timeout))
            for artwork in pager.accept(page, asked):
                yield self._handle(artwork)

    async def wait(
        self,
        artwork: Artwork | str,
        *,
        timeout: float | None = None,  # noqa: ASYNC109 - a total deadline, the documented API
        on_progress: ProgressCallback | None = None,
        **options: Unpack[RequestOptions],
    ) -> AsyncArtwork:
        """Wait until the task ends and return it; see `Artworks.wait`."""
        if options:
            return await self._scoped(options, "wait").wait(artwork, timeout=timeout, on_progress=on_progress)
        artwork_id = target_id(artwork)
        deadline = self._deadline(timeout)
        with noted(artwork_id):
            return self._handle(await self._runner.run(self._wait_flow(artwork, deadline), on_progress))

    def events(
        self, artwork: Artwork | str, *, timeout: float | None = None, **options: Unpack[RequestOptions]
    ) -> AsyncIterator[StatusEvent]:
        """Iterate (``async for``) over `StatusEvent`s until the task ends; see `Artworks.events`."""
        if options:
            return self._scoped(options, "events").events(artwork, timeout=timeout)
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
        **options: Unpack[RequestOptions],
    ) -> builtins.list[SavedImage]:
        """Wait for the task if needed, then write its result images into ``directory``; see `Artworks.save`."""
        if options:
            return await self._scoped(options, "save").save(
                artwork, directory, sidecar=sidecar, timeout=timeout, on_progress=on_progress
            )
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
        **options: Unpack[RequestOptions],
    ) -> builtins.list[bytes]:
        """Wait for the task if needed, then return the bytes of its result images; see `Artworks.download`."""
        if options:
            return await self._scoped(options, "download").download(artwork, timeout=timeout, on_progress=on_progress)
        artwork_id = target_id(artwork)
        deadline = self._deadline(timeout)
        with noted(artwork_id):
            return await self._runner.run(self._download_flow(artwork, deadline), on_progress)
