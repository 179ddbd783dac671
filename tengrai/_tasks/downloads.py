"""Fetching result images: bounded concurrency and size, the API key only ever sent to the API's own origin.

Result URLs usually point at a storage host or CDN. A URL on another origin (scheme, host and port) than the
client's base URL is fetched without the ``Authorization`` header. Redirects are followed here, hop by hop, so
that every hop is checked like the first URL: an absolute http(s) URL, and (unless the API itself is on a local
or private address, as the mock is) not a loopback, private, link-local or cloud-metadata destination. A result
may be at most ``max_download_bytes`` long after decompression.

Saved files are named ``<artwork id>-<index><extension>``. The id must be a plain token (letters, digits, ``-``
and ``_``: an id of ``../x`` is refused, never used as a path), and the extension comes from the image's own
bytes (PNG, JPEG, WebP, GIF, AVIF, TIFF); content that is not one of them is refused. A save streams each
result to a temporary file in the target directory as it arrives (the size cap checked on the way), so memory
stays bounded whatever the server sends; once every result is in and is an image, each temporary file replaces
its target atomically (a symlink planted at the target is replaced, never followed). A failure removes every
temporary file. An OS error while saving becomes `ArtworkSaveError`, naming the artwork and what was saved.
"""

from __future__ import annotations

import functools
import json
import os
import re
import tempfile
from pathlib import Path, PurePosixPath
from typing import TYPE_CHECKING, Any, BinaryIO, NamedTuple
from urllib.parse import urljoin, urlsplit

from .._artwork_errors import ArtworkSaveError
from .._engine.runners import Flow, blocking, gather
from .._exceptions import TengraiError
from .._netcheck import public_host_problem, split_url
from .._parsing import response_error
from ..types import Artwork, SavedImage

if TYPE_CHECKING:
    from .._client_state import Core

__all__ = [
    "Fetched",
    "download_flow",
    "extension_for",
    "file_stem",
    "image_extension",
    "result_url",
    "same_origin",
    "save_flow",
]

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
"""The image types a result may be saved as (the allow-list of extensions)."""
_REDIRECTS = frozenset({301, 302, 303, 307, 308})
MAX_REDIRECTS = 10
_DOWNLOAD_HEADERS = {"Accept-Encoding": "gzip, deflate"}
"""Only the encodings whose inflated size the download can bound (images are compressed already anyway)."""
_SAFE_ID = re.compile(r"[A-Za-z0-9][A-Za-z0-9_-]{0,127}")

Fetched = tuple[str, bytes, str | None]
"""(url, content, content type) of one downloaded result."""


def _origin(url: str) -> tuple[str, str, int | None]:
    parts = urlsplit(url)
    scheme = parts.scheme.lower()
    return scheme, (parts.hostname or "").lower(), parts.port or _DEFAULT_PORTS.get(scheme)


def same_origin(url: str, base_url: str) -> bool:
    """Whether ``url`` is on the API's origin, the only place the API key may be sent."""
    try:
        return _origin(url) == _origin(base_url)
    except ValueError:  # a port that is not a number: certainly not the API's origin
        return False


def extension_for(content_type: str | None, url: str) -> str:
    """The allow-listed image extension for a content type, else for the URL's suffix, else ``.bin``."""
    if content_type:
        known = _EXTENSIONS.get(content_type.split(";", 1)[0].strip().lower())
        if known:
            return known
    suffix = PurePosixPath(urlsplit(url).path).suffix.lower()
    return suffix if suffix in set(_EXTENSIONS.values()) else ".bin"


def image_extension(content: bytes) -> str | None:
    """The extension of the image format ``content`` is in (by its signature), or None if it is none of them."""
    head = content[:16]
    if head.startswith(b"\x89PNG\r\n\x1a\n"):
        return ".png"
    if head.startswith(b"\xff\xd8\xff"):
        return ".jpg"
    if head[:4] == b"RIFF" and head[8:12] == b"WEBP":
        return ".webp"
    if head[:6] in (b"GIF87a", b"GIF89a"):
        return ".gif"
    if head[4:12] in (b"ftypavif", b"ftypavis"):
        return ".avif"
    if head[:4] in (b"II*\x00", b"MM\x00*"):
        return ".tiff"
    return None


def file_stem(artwork_id: str) -> str:
    """``artwork_id`` as the start of a file name; TengraiError if it could name anything but a plain file."""
    if not isinstance(artwork_id, str) or _SAFE_ID.fullmatch(artwork_id) is None:
        raise TengraiError(
            f"refusing to save artwork {artwork_id!r}: its id is not a plain token (letters, digits, '-', '_'; "
            "at most 128), so it cannot be used as a file name; nothing was written"
        )
    return artwork_id


def result_url(core: Core, url: str, *, base: str | None = None) -> str:
    """The absolute URL of a result (or of a redirect hop from ``base``), checked before anything is fetched.

    Raises TengraiError when it is not an absolute http(s) URL, or points at a loopback, private, link-local or
    metadata destination while the API itself does not.
    """
    try:
        absolute = urljoin(base or core.base_url + "/", url)
    except ValueError as exc:
        raise TengraiError(f"cannot download result URL {url!r}: it is not a valid URL ({exc})") from None
    parts = split_url(absolute)
    if isinstance(parts, str):
        raise TengraiError(f"cannot download result URL {absolute!r}: {parts} (only http and https URLs are supported)")
    if not core.api_is_local:
        problem = public_host_problem(parts.host)
        if problem is not None:
            raise TengraiError(
                f"refusing to download result URL {absolute!r}: {problem}. The API is on a public host, so a result "
                "on a local or private address is refused (it could reach services that are not meant to be reached)"
            )
    return absolute


def _fetch(core: Core, url: str, deadline: float | None, sink: BinaryIO | None = None) -> Flow[Fetched]:
    """Fetch one result, hop by hop; with a ``sink``, its body is written there and the content returned is empty."""
    from .._engine.limits import BodyTooLarge

    current = result_url(core, url)
    for _ in range(MAX_REDIRECTS + 1):
        try:
            response = yield from core.request(
                "GET",
                current,
                auth=same_origin(current, core.base_url),
                deadline=deadline,
                max_bytes=core.max_download_bytes,
                headers=_DOWNLOAD_HEADERS,
                sink=sink,
            )
        except BodyTooLarge as exc:
            raise TengraiError(
                f"result image {current!r} refused: {exc} (max_download_bytes={core.max_download_bytes})"
            ) from None
        location = response.headers.get("location")
        if response.status_code in _REDIRECTS and location:
            current = result_url(core, location, base=current)
            continue
        if not 200 <= response.status_code < 300:
            raise response_error(response, f"unexpected status {response.status_code} for a result image")
        return url, response.content, response.headers.get("content-type")
    raise TengraiError(f"result URL {url!r} redirected more than {MAX_REDIRECTS} times")


def download_flow(core: Core, artwork: Artwork, deadline: float | None) -> Flow[list[Fetched]]:
    """Fetch every result of a succeeded artwork, at most ``core.max_concurrent_downloads`` at a time."""
    if not artwork.succeeded:
        raise TengraiError(f"artwork {artwork.id} has status {artwork.status!r}: only a succeeded task has results")
    fetched = yield from gather([_fetch(core, url, deadline) for url in artwork.results], core.max_concurrent_downloads)
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


class _Part(NamedTuple):
    """One result streamed into a temporary file of the target directory."""

    url: str
    temporary: Path
    size: int
    content_type: str | None


def _open_part(directory: Path, stem: str, index: int, parts: list[Path]) -> tuple[BinaryIO, Path]:
    """A new temporary file for result ``index`` (O_EXCL: never a planted file or link), noted in ``parts``."""
    handle, name = tempfile.mkstemp(dir=directory, prefix=f".{stem}-{index}.", suffix=".part")
    parts.append(Path(name))
    return os.fdopen(handle, "w+b"), Path(name)


def _stream(
    core: Core, url: str, deadline: float | None, directory: Path, stem: str, index: int, parts: list[Path]
) -> Flow[_Part]:
    stream, temporary = yield from blocking(lambda: _open_part(directory, stem, index, parts))
    try:
        _, _, content_type = yield from _fetch(core, url, deadline, sink=stream)
        size = stream.tell()
    finally:
        stream.close()
    return _Part(url, temporary, size, content_type)


def _commit(temporary: Path, path: Path) -> None:
    """Give a streamed file its final mode and name (replacing, never following, what was there)."""
    os.chmod(temporary, _file_mode())
    os.replace(temporary, path)


def _named(directory: Path, artwork: Artwork, parts: list[_Part]) -> list[tuple[Path, _Part]]:
    """Each part's target path, its extension from its first bytes; TengraiError for one that is no image."""
    stem = file_stem(artwork.id)
    named = []
    for index, part in enumerate(parts):
        with part.temporary.open("rb") as stream:
            head = stream.read(16)
        extension = image_extension(head)
        if extension is None:
            raise TengraiError(
                f"result {index} of artwork {artwork.id} ({part.url}) is not a PNG, JPEG, WebP, GIF, AVIF or TIFF "
                f"image (Content-Type {part.content_type!r}, first bytes {head!r}); nothing was written"
            )
        named.append((directory / f"{stem}-{index}{extension}", part))
    return named


def _save_error(directory: Path, artwork: Artwork, saved: list[SavedImage], exc: OSError) -> ArtworkSaveError:
    done = ", ".join(str(item.path) for item in saved) or "nothing"
    return ArtworkSaveError(
        f"saving into {str(directory)!r} failed: {exc.strerror or exc} (already saved: {done})",
        artwork_id=artwork.id,
        artwork=artwork,
        saved=saved,
    )


def _place_all(directory: Path, artwork: Artwork, parts: list[_Part], sidecar: bool) -> list[SavedImage]:
    named = _named(directory, artwork, parts)
    saved: list[SavedImage] = []
    try:
        for path, part in named:
            _commit(part.temporary, path)
            saved.append(SavedImage(path=path, size_bytes=part.size, content_type=part.content_type, url=part.url))
        if sidecar:
            text = json.dumps(sidecar_data(artwork, saved), indent=2, ensure_ascii=False, default=str)
            _write_atomically(directory / f"{file_stem(artwork.id)}.json", text.encode())
    except OSError as exc:
        raise _save_error(directory, artwork, saved, exc) from exc
    return saved


def _make_directory(directory: Path, artwork: Artwork) -> list[Path]:
    """Create ``directory`` (and its parents); the directories it created, deepest first."""
    created = [path for path in (directory, *directory.parents) if not path.exists()]
    try:
        directory.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise _save_error(directory, artwork, [], exc) from exc
    return created


def _remove(paths: list[Path], directories: list[Path]) -> None:
    """Remove these temporary files, then the directories a failed save created (if still empty)."""
    for path in paths:
        path.unlink(missing_ok=True)
    for directory in directories:
        try:
            directory.rmdir()
        except OSError:  # not empty (something else was put there) or gone: left as it is
            return


def save_flow(
    core: Core, artwork: Artwork, directory: str | os.PathLike[str], *, sidecar: bool, deadline: float | None
) -> Flow[list[SavedImage]]:
    """Stream the results of ``artwork`` into ``directory`` and name them (with a sidecar JSON if asked)."""
    stem = file_stem(artwork.id)  # refuse an unusable id before downloading anything
    if not artwork.succeeded:
        raise TengraiError(f"artwork {artwork.id} has status {artwork.status!r}: only a succeeded task has results")
    target = Path(directory).expanduser()  # "~/out" is the home directory's, not a folder named "~"
    created = yield from blocking(lambda: _make_directory(target, artwork))
    temporaries: list[Path] = []  # every temporary file made, whichever flow made it: all go on any failure
    try:
        flows = [_stream(core, url, deadline, target, stem, i, temporaries) for i, url in enumerate(artwork.results)]
        try:
            parts = yield from gather(flows, core.max_concurrent_downloads)
        except OSError as exc:  # a temporary file could not be made or written
            raise _save_error(target, artwork, [], exc) from exc
        saved = yield from blocking(lambda: _place_all(target, artwork, parts, sidecar))
    except BaseException:  # unlinks are quick, and a flow that is being closed may not yield any more
        _remove(temporaries, created)
        raise
    return saved
