"""Fetching the images of the synchronous V1 answers: an `ImageAsset` before its expiry, a V1 artwork's results.

`bind_answer` attaches a `ClientFetcher` (the client's core and runner) to each `ImageAsset` a client method
returns. Downloads go through the client's safe path (`tengrai._tasks.downloads`: size cap, checked redirects, the API
key only ever sent to the API's own origin). An asset past its ``expires_at`` is not fetched; a refused fetch
(403, 404, 410) says it may have expired; both raise `AssetExpiredError` naming ``expires_at``.
"""

from __future__ import annotations

import datetime
import os
import re
from dataclasses import dataclass
from pathlib import Path, PurePosixPath
from typing import TYPE_CHECKING, Any
from urllib.parse import urlsplit

from ._assets import ImageAssetMixin
from ._exceptions import APIStatusError, AssetExpiredError, TengraiError, ValidationError
from .types import SavedImage

if TYPE_CHECKING:
    from ._client_state import Core
    from ._engine.runners import Flow
    from ._model.artwork import V1Artwork

__all__ = ["ClientFetcher", "bind_answer", "save_v1_results_flow"]

_GONE = frozenset({403, 404, 410})
"""Statuses a storage host answers for a URL that has expired."""
_SAFE_NAME = re.compile(r"[^A-Za-z0-9_-]+")


@dataclass(frozen=True)
class ClientFetcher:
    """A client's way to fetch assets: its core and its runner (blocking, or awaited when ``asynchronous``)."""

    core: Core
    runner: Any
    asynchronous: bool

    def download(self, asset: Any, timeout: float | None) -> Any:
        """The image's bytes (an awaitable on an async client)."""
        return self.runner.run(_download_flow(self.core, asset, _deadline(self.core, timeout)))

    def save(self, asset: Any, path: str | os.PathLike[str], timeout: float | None) -> Any:
        """Write the image to ``path``; the `SavedImage` (an awaitable on an async client)."""
        return self.runner.run(_save_flow(self.core, asset, path, _deadline(self.core, timeout)))


def bind_answer(answer: Any, core: Core, runner: Any, *, asynchronous: bool) -> Any:
    """``answer``, an `ImageAsset` attached to the client that received it (for `ImageAssetMixin.save`)."""
    if isinstance(answer, ImageAssetMixin):
        answer.attach(ClientFetcher(core, runner, asynchronous))
    return answer


def _deadline(core: Core, timeout: float | None) -> float | None:
    if timeout is None:
        return None
    if isinstance(timeout, bool) or not isinstance(timeout, int | float) or not 0 < timeout < float("inf"):
        raise ValidationError("timeout", timeout, "the total timeout must be a positive, finite number of seconds")
    return core.clock() + timeout


def _expired_error(asset: ImageAssetMixin, detail: str) -> AssetExpiredError:
    return AssetExpiredError(
        f"the image asset {asset.image_url} {detail} (expires_at {asset.expires_at.isoformat()}); an expired "
        "asset cannot be fetched: run the Style DNA call again for a new one",
        expires_at=asset.expires_at,
        url=asset.image_url,
    )


def _download_flow(core: Core, asset: ImageAssetMixin, deadline: float | None) -> Flow[bytes]:
    from ._tasks.downloads import _fetch

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


def _target(path: str | os.PathLike[str], asset: ImageAssetMixin, extension: str) -> Path:
    target = Path(path).expanduser()
    if target.is_dir():
        parts = PurePosixPath(urlsplit(asset.image_url).path)
        named = f"{parts.parent.name}-{parts.stem}" if parts.stem.isdigit() else parts.stem  # <key>/0.png
        stem = _SAFE_NAME.sub("-", named).strip("-") or "asset"
        return target / f"{stem[:100]}{extension}"
    return target if target.suffix else target.with_suffix(extension)


def _save_flow(
    core: Core, asset: ImageAssetMixin, path: str | os.PathLike[str], deadline: float | None
) -> Flow[SavedImage]:
    from ._engine.runners import blocking
    from ._tasks.downloads import _write_atomically, image_extension

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
    from ._engine.runners import blocking, gather
    from ._tasks.downloads import _fetch, _write_atomically, file_stem, image_extension

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
