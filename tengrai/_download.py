"""Fetching result images: bounded concurrency, the API key only ever sent to the API's own origin.

Result URLs usually point at a storage host or CDN. A URL on another origin (scheme, host and port) than the
client's base URL is fetched without the ``Authorization`` header; redirects are followed, and httpx drops the
header when a redirect leaves the origin. File names are ``<artwork id>-<index><extension>``, the extension
taken from the ``Content-Type`` answer (then from the URL), and files are written atomically.
"""

from __future__ import annotations

import functools
import json
import mimetypes
import os
import tempfile
from pathlib import Path, PurePosixPath
from typing import TYPE_CHECKING, Any
from urllib.parse import urljoin, urlsplit

from ._engine import Blocking, Flow, Gather
from ._exceptions import TengraiError
from ._parsing import response_error
from .types import Artwork, SavedImage

if TYPE_CHECKING:
    from ._core import Core

__all__ = ["Fetched", "download_flow", "extension_for", "same_origin", "save_flow"]

_DEFAULT_PORTS = {"http": 80, "https": 443}
_EXTENSIONS = {
    "image/png": ".png",
    "image/webp": ".webp",
    "image/jpeg": ".jpg",
    "image/jpg": ".jpg",
    "image/gif": ".gif",
    "image/avif": ".avif",
    "image/tiff": ".tiff",
}

Fetched = tuple[str, bytes, str | None]
"""(url, content, content type) of one downloaded result."""


def _origin(url: str) -> tuple[str, str, int | None]:
    parts = urlsplit(url)
    scheme = parts.scheme.lower()
    return scheme, (parts.hostname or "").lower(), parts.port or _DEFAULT_PORTS.get(scheme)


def same_origin(url: str, base_url: str) -> bool:
    """Whether ``url`` is on the API's origin, the only place the API key may be sent."""
    return _origin(url) == _origin(base_url)


def extension_for(content_type: str | None, url: str) -> str:
    """The file extension for a result: from its content type, else from its URL path, else ``.bin``."""
    if content_type:
        mime = content_type.split(";", 1)[0].strip().lower()
        known = _EXTENSIONS.get(mime) or mimetypes.guess_extension(mime)
        if known:
            return known
    suffix = PurePosixPath(urlsplit(url).path).suffix.lower()
    if suffix and len(suffix) <= 6 and suffix[1:].isalnum():
        return suffix
    return ".bin"


def _fetch(core: Core, url: str, deadline: float | None) -> Flow[Fetched]:
    absolute = urljoin(core.base_url + "/", url)
    if urlsplit(absolute).scheme.lower() not in _DEFAULT_PORTS:
        raise TengraiError(f"cannot download result URL {url!r}: only http and https URLs are supported")
    response = yield from core.request(
        "GET", absolute, auth=same_origin(absolute, core.base_url), follow_redirects=True, deadline=deadline
    )
    if not 200 <= response.status_code < 300:
        raise response_error(response, f"unexpected status {response.status_code} for a result image")
    return url, response.content, response.headers.get("content-type")


def download_flow(core: Core, artwork: Artwork, deadline: float | None) -> Flow[list[Fetched]]:
    """Fetch every result of a succeeded artwork, at most ``core.max_concurrent_downloads`` at a time."""
    if not artwork.succeeded:
        raise TengraiError(f"artwork {artwork.id} has status {artwork.status!r}: only a succeeded task has results")
    fetched: list[Fetched] = yield Gather(
        [_fetch(core, url, deadline) for url in artwork.results], core.max_concurrent_downloads
    )
    return fetched


@functools.cache
def _file_mode() -> int:
    """Mode for saved files: what open() would give (0o666 less the umask), not mkstemp's private 0o600."""
    umask = os.umask(0)
    os.umask(umask)
    return 0o666 & ~umask


def _write_atomically(path: Path, content: bytes) -> None:
    handle, temporary = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.", suffix=".part")
    try:
        with os.fdopen(handle, "wb") as stream:
            stream.write(content)
        os.chmod(temporary, _file_mode())
        os.replace(temporary, path)
    except BaseException:
        Path(temporary).unlink(missing_ok=True)
        raise


def sidecar_data(artwork: Artwork, saved: list[SavedImage]) -> dict[str, Any]:
    """What the sidecar JSON holds: prompt, seed, parameters, and where each result came from."""
    parameters = dict(artwork.parameters)
    return {
        "id": artwork.id,
        "artworkType": artwork.artwork_type,
        "status": artwork.status,
        "createdAt": artwork.created_at.isoformat(),
        "duration": artwork.duration,
        "prompt": parameters.get("prompt"),
        "negativePrompt": parameters.get("negativePrompt"),
        "seed": parameters.get("seed"),
        "parameters": parameters,
        "files": [
            {"path": item.path.name, "url": item.url, "contentType": item.content_type, "sizeBytes": item.size_bytes}
            for item in saved
        ],
    }


def _write_all(directory: Path, artwork: Artwork, fetched: list[Fetched], sidecar: bool) -> list[SavedImage]:
    directory.mkdir(parents=True, exist_ok=True)
    saved = []
    for index, (url, content, content_type) in enumerate(fetched):
        path = directory / f"{artwork.id}-{index}{extension_for(content_type, url)}"
        _write_atomically(path, content)
        saved.append(SavedImage(path=path, size_bytes=len(content), content_type=content_type, url=url))
    if sidecar:
        text = json.dumps(sidecar_data(artwork, saved), indent=2, ensure_ascii=False, default=str)
        _write_atomically(directory / f"{artwork.id}.json", text.encode())
    return saved


def save_flow(
    core: Core, artwork: Artwork, directory: str | os.PathLike[str], *, sidecar: bool, deadline: float | None
) -> Flow[list[SavedImage]]:
    """Download the results of ``artwork`` and write them (and optionally a sidecar JSON) into ``directory``."""
    fetched = yield from download_flow(core, artwork, deadline)
    saved: list[SavedImage] = yield Blocking(lambda: _write_all(Path(directory), artwork, fetched, sidecar))
    return saved
