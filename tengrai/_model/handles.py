"""The artwork handles the clients return: `SyncArtwork` (`Tengrai`) and `AsyncArtwork` (`AsyncTengrai`), an
`Artwork` with ``refresh``, ``wait``, ``save`` and ``download`` bound to the client's ``artworks`` resource."""

from __future__ import annotations

import dataclasses
from pathlib import Path
from typing import TYPE_CHECKING, Protocol, Unpack, cast

from .._saved import SavedImage
from .artwork import Artwork, StatusEvent, not_bound
from .base import P

if TYPE_CHECKING:
    from collections.abc import Awaitable, Callable

    from .options import RequestOptions

__all__ = ["AsyncArtwork", "SyncArtwork"]


class _Reader(Protocol):
    """What a `SyncArtwork` asks of the client's ``artworks`` resource (which implements it)."""

    def get(self, artwork_id: str, **options: Unpack[RequestOptions]) -> Artwork: ...

    def wait(
        self,
        artwork: Artwork,
        *,
        timeout: float | None = ...,
        on_progress: Callable[[StatusEvent], object] | None = ...,
        **options: Unpack[RequestOptions],
    ) -> Artwork: ...

    def save(
        self,
        artwork: Artwork,
        directory: str | Path,
        *,
        sidecar: bool = ...,
        timeout: float | None = ...,
        **options: Unpack[RequestOptions],
    ) -> list[SavedImage]: ...

    def download(
        self, artwork: Artwork, *, timeout: float | None = ..., **options: Unpack[RequestOptions]
    ) -> list[bytes]: ...


class _AsyncReader(Protocol):
    """What an `AsyncArtwork` asks of the async client's ``artworks`` resource (which implements it)."""

    async def get(self, artwork_id: str, **options: Unpack[RequestOptions]) -> Artwork: ...

    async def wait(
        self,
        artwork: Artwork,
        *,
        timeout: float | None = ...,  # noqa: ASYNC109 - a total deadline, the documented API
        on_progress: Callable[[StatusEvent], object | Awaitable[object]] | None = ...,
        **options: Unpack[RequestOptions],
    ) -> Artwork: ...

    async def save(
        self,
        artwork: Artwork,
        directory: str | Path,
        *,
        sidecar: bool = ...,
        timeout: float | None = ...,  # noqa: ASYNC109 - a total deadline, the documented API
        **options: Unpack[RequestOptions],
    ) -> list[SavedImage]: ...

    async def download(
        self,
        artwork: Artwork,
        *,
        timeout: float | None = ...,  # noqa: ASYNC109 - a total deadline, the documented API
        **options: Unpack[RequestOptions],
    ) -> list[bytes]: ...


@dataclasses.dataclass(frozen=True, slots=True, repr=False, eq=False)
class SyncArtwork(Artwork[P]):
    """An `Artwork` returned by `Tengrai`, with blocking conveniences bound to that client's ``artworks``."""

    _reader: _Reader | None = None

    def __copy__(self) -> SyncArtwork[P]:
        return self

    def _artworks(self, action: str) -> _Reader:
        if self._reader is None:
            raise not_bound(action)
        return self._reader

    def refresh(self, **options: Unpack[RequestOptions]) -> SyncArtwork[P]:
        """Fetch the artwork again; see `client.artworks.get` (``options``: `RequestOptions`)."""
        return cast("SyncArtwork[P]", self._artworks("get").get(self.id, **options))

    def wait(
        self,
        *,
        timeout: float | None = None,
        on_progress: Callable[[StatusEvent], object] | None = None,
        **options: Unpack[RequestOptions],
    ) -> SyncArtwork[P]:
        """Wait until the task ends; see `client.artworks.wait`."""
        done = self._artworks("wait").wait(self, timeout=timeout, on_progress=on_progress, **options)
        return cast("SyncArtwork[P]", done)

    def save(
        self,
        directory: str | Path,
        *,
        sidecar: bool = False,
        timeout: float | None = None,
        **options: Unpack[RequestOptions],
    ) -> list[SavedImage]:
        """Wait if needed, then write the result images into ``directory``; see `client.artworks.save`."""
        return self._artworks("save").save(self, directory, sidecar=sidecar, timeout=timeout, **options)

    def download(self, *, timeout: float | None = None, **options: Unpack[RequestOptions]) -> list[bytes]:
        """Wait if needed, then fetch the result images into memory; see `client.artworks.download`."""
        return self._artworks("download").download(self, timeout=timeout, **options)


@dataclasses.dataclass(frozen=True, slots=True, repr=False, eq=False)
class AsyncArtwork(Artwork[P]):
    """An `Artwork` returned by `AsyncTengrai`: its conveniences are coroutines (``await artwork.wait()``)."""

    _reader: _AsyncReader | None = None

    def __copy__(self) -> AsyncArtwork[P]:
        return self

    def _artworks(self, action: str) -> _AsyncReader:
        if self._reader is None:
            raise not_bound(action)
        return self._reader

    async def refresh(self, **options: Unpack[RequestOptions]) -> AsyncArtwork[P]:
        """Fetch the artwork again; see `AsyncTengrai.artworks.get` (``options``: `RequestOptions`)."""
        return cast("AsyncArtwork[P]", await self._artworks("get").get(self.id, **options))

    async def wait(
        self,
        *,
        timeout: float | None = None,  # noqa: ASYNC109 - a total deadline, the documented API
        on_progress: Callable[[StatusEvent], object | Awaitable[object]] | None = None,
        **options: Unpack[RequestOptions],
    ) -> AsyncArtwork[P]:
        """Wait until the task ends; see `AsyncTengrai.artworks.wait`."""
        done = await self._artworks("wait").wait(self, timeout=timeout, on_progress=on_progress, **options)
        return cast("AsyncArtwork[P]", done)

    async def save(
        self,
        directory: str | Path,
        *,
        sidecar: bool = False,
        timeout: float | None = None,  # noqa: ASYNC109 - a total deadline, the documented API
        **options: Unpack[RequestOptions],
    ) -> list[SavedImage]:
        """Wait if needed, then write the result images into ``directory``."""
        return await self._artworks("save").save(self, directory, sidecar=sidecar, timeout=timeout, **options)

    async def download(
        self,
        *,
        timeout: float | None = None,  # noqa: ASYNC109 - a total deadline
        **options: Unpack[RequestOptions],
    ) -> list[bytes]:
        """Wait if needed, then fetch the result images into memory."""
        return await self._artworks("download").download(self, timeout=timeout, **options)


from .._exports import publish  # noqa: E402 - after every class is defined

publish(globals())
