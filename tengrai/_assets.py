"""What the answers of the synchronous V1 operations can do beyond their data: fetch an expiring image.

An `ImageAsset` (a Style DNA answer; its record is generated from the spec on `ImageAssetBase`, named by
``x-sdk-base``) is an image the server keeps only until ``expires_at``. The record a client method returns is
bound to that client, so ``asset.save(path)`` / ``asset.download()`` (``await asset.asave(path)`` /
``await asset.adownload()`` on `AsyncTengrai`) fetch it through the client's safe download path (size cap, checked
redirects, the API key only ever sent to the API's own origin). After ``expires_at`` nothing is fetched and
`AssetExpiredError` names it; a refused fetch (403, 404, 410) of an asset near its expiry says the same.
"""

from __future__ import annotations

import datetime
import os
import re
from pathlib import Path, PurePosixPath
from typing import TYPE_CHECKING, Any
from urllib.parse import urlsplit

from ._exceptions import APIStatusError, AssetExpiredError, TengraiError
from ._records import Record
from .types import SavedImage

if TYPE_CHECKING:
    from ._core import Core
    from ._engine import Flow
    from ._records import V1Artwork

__all__ = ["ImageAssetBase", "bind_answer", "save_v1_results_flow"]

_GONE = frozenset({403, 404, 410})
"""Statuses a storage host answers for a URL that has expired."""
_SAFE_NAME = re.compile(r"[^A-Za-z0-9_-]+")


class ImageAssetBase(Record):
    """What `tengrai.ImageAsset` (the generated record of a Style DNA answer) can do beyond its data: fetch the
    image before ``expires_at``.

    A record a client method returns is bound to that client: `save` / `download` on `Tengrai`, `asave` /
    `adownload` on `AsyncTengrai`. After ``expires_at`` nothing is fetched and `AssetExpiredError` names it.
    """

    __slots__ = ("_client",)
    image_url: str
    expires_at: datetime.datetime

    def expired(self, now: datetime.datetime | None = None) -> bool:
        """Whether ``expires_at`` has passed at ``now`` (default: the current time)."""
        moment = now if now is not None else datetime.datetime.now(datetime.UTC)
        return moment >= self.expires_at

    def download(self, *, timeout: float | None = None) -> bytes:
        """The image's bytes (blocking; a record of `Tengrai`). `AssetExpiredError` after ``expires_at``."""
        core, runner = self._bound(asynchronous=False, method="download")
        content: bytes = runner.run(_download_flow(core, self, _deadline(core, timeout)))
        return content

    def save(self, path: str | os.PathLike[str], *, timeout: float | None = None) -> SavedImage:
        """Download the image and write it to ``path`` (a file; an existing directory gets a file named after the
        URL). A path without an extension gets the image's own. `AssetExpiredError` after ``expires_at``."""
        core, runner = self._bound(asynchronous=False, method="save")
        saved: SavedImage = runner.run(_save_flow(core, self, path, _deadline(core, timeout)))
        return saved

    async def adownload(self, *, timeout: float | None = None) -> bytes:  # noqa: ASYNC109 - a total deadline
        """`download` for a record of `AsyncTengrai`."""
        core, runner = self._bound(asynchronous=True, method="adownload")
        content: bytes = await runner.run(_download_flow(core, self, _deadline(core, timeout)))
        return content

    async def asave(
        self,
        path: str | os.PathLike[str],
        *,
        timeout: float | None = None,  # noqa: ASYNC109 - a total deadline
    ) -> SavedImage:
        """`save` for a record of `AsyncTengrai`."""
        core, runner = self._bound(asynchronous=True, method="asave")
        saved: SavedImage = await runner.run(_save_flow(core, self, path, _deadline(core, timeout)))
        return saved

    def bind(self, core: Core, runner: Any, *, asynchronous: bool) -> None:
        """Let this record fetch its image through a client (its core and runner)."""
        object.__setattr__(self, "_client", (core, runner, asynchronous))

    def _bound(self, *, asynchronous: bool, method: str) -> tuple[Core, Any]:
        bound = getattr(self, "_client", None)
        if bound is None:
            raise TengraiError(
                f"ImageAsset.{method}: this asset is not bound to a client (only the assets client.v1.style_dna "
                "methods return are); fetch its image_url yourself before expires_at"
            )
        core, runner, is_async = bound
        if is_async != asynchronous:
            other = "asave/adownload (await them)" if is_async else "save/download"
            client = "AsyncTengrai" if is_async else "Tengrai"
            raise TengraiError(f"ImageAsset.{method}: this asset came from {client}; use {other}")
        return core, runner


def bind_answer(answer: Any, core: Core, runner: Any, *, asynchronous: bool) -> Any:
    """``answer``, an `ImageAsset` bound to the client that received it (for `ImageAssetBase.save`)."""
    if isinstance(answer, ImageAssetBase):
        answer.bind(core, runner, asynchronous=asynchronous)
    return answer


def _deadline(core: Core, timeout: float | None) -> float | None:
    if timeout is None:
        return None
    if isinstance(timeout, bool) or not isinstance(timeout, int | float) or not 0 < timeout < float("inf"):
        from ._exceptions import ValidationError

        raise ValidationError("timeout", timeout, "the total timeout must be a positive, finite number of seconds")
    return core.clock() + timeout


def _expired_error(asset: ImageAssetBase, detail: str) -> AssetExpiredError:
    return AssetExpiredError(
        f"the image asset {asset.image_url} {detail} (expires_at {asset.expires_at.isoformat()}); an expired "
        "asset cannot be fetched: run the Style DNA call again for a new one",
        expires_at=asset.expires_at,
        url=asset.image_url,
    )


def _download_flow(core: Core, asset: ImageAssetBase, deadline: float | None) -> Flow[bytes]:
    from ._download import _fetch

    now = datetime.datetime.fromtimestamp(core.wall(), datetime.UTC)
    if asset.expired(now):
        raise _expired_error(asset, "has expired")
    try:
        _url, content, _type = yield from _fetch(core, asset.image_url, deadline)
    except APIStatusError as exc:
        if exc.status_code in _GONE:
            raise _expired_error(asset, f"is no longer served (HTTP {exc.status_code}); it may have expired") from exc
        raise
    return content


def _target(path: str | os.PathLike[str], asset: ImageAssetBase, extension: str) -> Path:
    target = Path(path).expanduser()
    if target.is_dir():
        parts = PurePosixPath(urlsplit(asset.image_url).path)
        named = f"{parts.parent.name}-{parts.stem}" if parts.stem.isdigit() else parts.stem  # <key>/0.png
        stem = _SAFE_NAME.sub("-", named).strip("-") or "asset"
        return target / f"{stem[:100]}{extension}"
    return target if target.suffix else target.with_suffix(extension)


def _save_flow(
    core: Core, asset: ImageAssetBase, path: str | os.PathLike[str], deadline: float | None
) -> Flow[SavedImage]:
    from ._download import _write_atomically, image_extension
    from ._engine import blocking

    content = yield from _download_flow(core, asset, deadline)
    extension = image_extension(content)
    if extension is None:
        raise TengraiError(f"the image asset {asset.image_url} is not a PNG, JPEG, WebP, GIF, AVIF or TIFF image")

    def write() -> SavedImage:
        target = _target(path, asset, extension)
        target.parent.mkdir(parents=True, exist_ok=True)
        _write_atomically(target, content)
        return SavedImage(path=target, size_bytes=len(content), content_type=None, url=asset.image_url)

    saved: SavedImage = yield from blocking(write)
    return saved


def save_v1_results_flow(
    core: Core, artwork: V1Artwork, directory: str | os.PathLike[str], deadline: float | None = None
) -> Flow[list[SavedImage]]:
    """Download the result images of a V1 artwork into ``directory`` as ``<id>-<index><extension>``."""
    from ._download import _fetch, _write_atomically, file_stem, image_extension
    from ._engine import blocking, gather

    stem = file_stem(artwork.id)  # refuse an unusable id before downloading anything
    fetched = yield from gather([_fetch(core, url, deadline) for url in artwork.results], core.max_concurrent_downloads)
    target = Path(directory).expanduser()

    def write() -> list[SavedImage]:
        saved = []
        target.mkdir(parents=True, exist_ok=True)
        for index, (url, content, content_type) in enumerate(fetched):
            extension = image_extension(content)
            if extension is None:
                raise TengraiError(f"result {index} of V1 artwork {artwork.id} ({url}) is not an image")
            path = target / f"{stem}-{index}{extension}"
            _write_atomically(path, content)
            saved.append(SavedImage(path=path, size_bytes=len(content), content_type=content_type, url=url))
        return saved

    saved: list[SavedImage] = yield from blocking(write)
    return saved
