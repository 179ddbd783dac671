"""What an expiring image asset (`tengrai.ImageAsset`, a Style DNA answer) can do beyond its data.

The record is generated from the spec (``x-sdk-base`` names `ImageAssetMixin`); this module only holds the
behaviour and imports nothing of the SDK but its base (`tengrai._request_ids`, which imports nothing), so the
generated answers stay out of the engine's import cycles. The fetching itself is `tengrai._asset_fetch`, which the
client attaches to the records its methods return: ``asset.save(path)`` / ``asset.download()`` on `Tengrai`,
``await asset.asave(path)`` / ``await asset.adownload()`` on `AsyncTengrai`. After ``expires_at`` nothing is
fetched and `AssetExpiredError` names it.
"""

from __future__ import annotations

import datetime
import os
from typing import Any, Protocol

from ._request_ids import RequestIdSlot
from ._saved import SavedImage

__all__ = ["AssetFetcher", "ImageAssetMixin"]


class AssetFetcher(Protocol):
    """What a client attaches to an asset: fetches it (a value on `Tengrai`, an awaitable on `AsyncTengrai`)."""

    @property
    def asynchronous(self) -> bool:
        """Whether the client is `AsyncTengrai` (its fetches are awaited)."""

    def download(self, asset: Any, timeout: float | None) -> Any:
        """The image's bytes (or an awaitable of them)."""

    def save(self, asset: Any, path: str | os.PathLike[str], timeout: float | None) -> Any:
        """Write the image to ``path`` (or an awaitable doing so); a `SavedImage` (`Any`: one protocol serves the
        blocking and the awaited client)."""


class ImageAssetMixin(RequestIdSlot):
    """Fetching an image before its ``expires_at``: `save`, `download` (`Tengrai`), `asave`, `adownload`
    (`AsyncTengrai`)."""

    __slots__ = ("_fetcher",)
    image_url: str
    expires_at: datetime.datetime

    def expired(self, now: datetime.datetime | None = None) -> bool:
        """Whether ``expires_at`` has passed at ``now`` (default: the current time)."""
        moment = now if now is not None else datetime.datetime.now(datetime.UTC)
        return moment >= self.expires_at

    def download(self, *, timeout: float | None = None) -> bytes:
        """The image's bytes (a record of `Tengrai`). `AssetExpiredError` after ``expires_at``."""
        content: bytes = self._through(asynchronous=False, method="download").download(self, timeout)
        return content

    def save(self, path: str | os.PathLike[str], *, timeout: float | None = None) -> SavedImage:
        """Download the image and write it to ``path`` (a file; an existing directory gets a file named after the
        URL; a path without an extension gets the image's own); returns the `SavedImage`. `AssetExpiredError`
        after ``expires_at``."""
        saved: SavedImage = self._through(asynchronous=False, method="save").save(self, path, timeout)
        return saved

    async def adownload(self, *, timeout: float | None = None) -> bytes:  # noqa: ASYNC109 - a total deadline
        """`download` for a record of `AsyncTengrai`."""
        content: bytes = await self._through(asynchronous=True, method="adownload").download(self, timeout)
        return content

    async def asave(
        self,
        path: str | os.PathLike[str],
        *,
        timeout: float | None = None,  # noqa: ASYNC109 - a total deadline
    ) -> SavedImage:
        """`save` for a record of `AsyncTengrai`; returns the `SavedImage`."""
        saved: SavedImage = await self._through(asynchronous=True, method="asave").save(self, path, timeout)
        return saved

    def attach(self, fetcher: AssetFetcher) -> None:
        """Let this record fetch its image through a client (`tengrai._asset_fetch.ClientFetcher`)."""
        object.__setattr__(self, "_fetcher", fetcher)

    def _through(self, *, asynchronous: bool, method: str) -> AssetFetcher:
        fetcher: AssetFetcher | None = getattr(self, "_fetcher", None)
        if fetcher is None:
            raise TypeError(
                f"ImageAsset.{method}: this asset is not bound to a client (only the assets client.v1.style_dna "
                "methods return are); fetch its image_url yourself before expires_at"
            )
        if fetcher.asynchronous != asynchronous:
            other = "asave/adownload (await them)" if fetcher.asynchronous else "save/download"
            client = "AsyncTengrai" if fetcher.asynchronous else "Tengrai"
            raise TypeError(f"ImageAsset.{method}: this asset came from {client}; use {other}")
        return fetcher
