"""Public types: the artwork handle, progress events, saved files, and the spec's value types for arguments.

The Literal types (`QuantumStyle`, `AspectRatio`, ...) are those of the generated package, re-exported here so
that user code never imports `tengrai_api`. They are loaded on first access, which keeps ``import tengrai`` light.
"""

from __future__ import annotations

import copy
import dataclasses
import datetime
import importlib
from collections.abc import Mapping
from pathlib import Path
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from collections.abc import Awaitable, Callable

    from tengrai_api.models.artwork_status import ArtworkStatus as ArtworkStatus
    from tengrai_api.models.artwork_type import ArtworkType as ArtworkType
    from tengrai_api.models.aspect_ratio import AspectRatio as AspectRatio
    from tengrai_api.models.camera_angle import CameraAngle as CameraAngle
    from tengrai_api.models.color_tone import ColorTone as ColorTone
    from tengrai_api.models.model import Model as Model
    from tengrai_api.models.output_format import OutputFormat as OutputFormat
    from tengrai_api.models.processing_mode import ProcessingMode as ProcessingMode
    from tengrai_api.models.prompt_mode import PromptMode as PromptMode
    from tengrai_api.models.quantum_aspect_ratio import QuantumAspectRatio as QuantumAspectRatio
    from tengrai_api.models.quantum_style import QuantumStyle as QuantumStyle
    from tengrai_api.models.style import Style as Style

__all__ = [
    "Artwork",
    "ArtworkStatus",
    "ArtworkType",
    "AspectRatio",
    "AsyncArtwork",
    "CameraAngle",
    "ColorTone",
    "Model",
    "OutputFormat",
    "ProcessingMode",
    "PromptMode",
    "QuantumAspectRatio",
    "QuantumStyle",
    "SavedImage",
    "StatusEvent",
    "Style",
    "UnknownStatusWarning",
]

# Literal type name -> generated module that defines it.
_LITERALS = {
    "ArtworkStatus": "artwork_status",
    "ArtworkType": "artwork_type",
    "AspectRatio": "aspect_ratio",
    "CameraAngle": "camera_angle",
    "ColorTone": "color_tone",
    "Model": "model",
    "OutputFormat": "output_format",
    "ProcessingMode": "processing_mode",
    "PromptMode": "prompt_mode",
    "QuantumAspectRatio": "quantum_aspect_ratio",
    "QuantumStyle": "quantum_style",
    "Style": "style",
}


def __getattr__(name: str) -> Any:
    module = _LITERALS.get(name)
    if module is None:
        raise AttributeError(f"module 'tengrai.types' has no attribute {name!r}")
    value = getattr(importlib.import_module(f"tengrai_api.models.{module}"), name)
    globals()[name] = value
    return value


class UnknownStatusWarning(UserWarning):
    """An artwork reported a status this SDK version does not know; it is treated as not finished."""


def _unbound(action: str) -> Exception:
    from ._exceptions import TengraiError

    return TengraiError(
        f"this artwork is not bound to a client (it was parsed, not fetched); use client.artworks.{action}(artwork)"
    )


@dataclasses.dataclass(frozen=True, slots=True, repr=False)
class Artwork:
    """An artwork task as the API last reported it. Immutable: fetch again (`refresh`) to see progress.

    Attributes:
        id: the artwork id; keep it to resume waiting later (`client.artworks.wait(id)`).
        artwork_type: ``quantum``, ``selena_variete``, ``face_refiner``, ... (any string: new types parse too).
        status: ``starting``, ``processing``, ``succeeded``, ``failed``, ``canceled``, or a newer status.
        parameters: the request parameters as the API echoes them (camelCase keys, read-only).
        results: URLs of the result images (empty until the task succeeds).
        created_at: when the API created the task (timezone-aware).
        duration: processing time in seconds as reported by the API.
        raw: the generated `tengrai_api` model of the artwork (for power users).
    """

    id: str
    artwork_type: str
    status: str
    parameters: Mapping[str, Any]
    results: list[str]
    created_at: datetime.datetime
    duration: float
    is_terminal: bool = dataclasses.field(compare=False)
    """True once the status is one after which the artwork no longer changes (read from the spec)."""
    _source: Mapping[str, Any] = dataclasses.field(default_factory=dict, compare=False)
    _client: Any = dataclasses.field(default=None, compare=False)
    _raw: Any = dataclasses.field(default=None, compare=False)

    @property
    def raw(self) -> Any:
        """The generated `tengrai_api` model of this artwork (built on first access, for power users).

        Raises ValueError if the API sent something the generated model rejects (e.g. an id that is not a UUID).
        """
        if self._raw is None:
            from ._parsing import generated_model

            object.__setattr__(self, "_raw", generated_model(self._source))
        return self._raw

    def __hash__(self) -> int:
        return hash((self.id, self.status, self.duration, len(self.results)))

    def __repr__(self) -> str:
        return (
            f"{type(self).__name__}(id={self.id!r}, artwork_type={self.artwork_type!r}, status={self.status!r}, "
            f"results={len(self.results)}, created_at={self.created_at.isoformat()!r})"
        )

    @property
    def succeeded(self) -> bool:
        """True when the task ended successfully and `results` holds the image URLs."""
        return self.status == "succeeded"

    def to_dict(self) -> dict[str, Any]:
        """The artwork as the API sent it (a deep copy of the JSON object, camelCase keys)."""
        data: dict[str, Any] = copy.deepcopy(dict(self._source))
        return data

    # Conveniences bound to the client that fetched the artwork.

    def refresh(self) -> Artwork:
        """Fetch the artwork again."""
        if self._client is None:
            raise _unbound("get")
        result: Artwork = self._client.get(self.id)
        return result

    def wait(
        self, *, timeout: float | None = None, on_progress: Callable[[StatusEvent], object] | None = None
    ) -> Artwork:
        """Wait until the task ends; see `client.artworks.wait`."""
        if self._client is None:
            raise _unbound("wait")
        result: Artwork = self._client.wait(self, timeout=timeout, on_progress=on_progress)
        return result

    def save(self, directory: str | Path, *, sidecar: bool = False, timeout: float | None = None) -> list[SavedImage]:
        """Wait if needed, then write the result images into ``directory``; see `client.artworks.save`."""
        if self._client is None:
            raise _unbound("save")
        result: list[SavedImage] = self._client.save(self, directory, sidecar=sidecar, timeout=timeout)
        return result

    def download(self, *, timeout: float | None = None) -> list[bytes]:
        """Wait if needed, then fetch the result images into memory; see `client.artworks.download`."""
        if self._client is None:
            raise _unbound("download")
        result: list[bytes] = self._client.download(self, timeout=timeout)
        return result


@dataclasses.dataclass(frozen=True, slots=True, repr=False)
class AsyncArtwork(Artwork):
    """An `Artwork` fetched by `AsyncTengrai`: its conveniences are coroutines (``await artwork.wait()``)."""

    def __hash__(self) -> int:
        return hash((self.id, self.status, self.duration, len(self.results)))

    async def refresh(self) -> AsyncArtwork:  # type: ignore[override]
        """Fetch the artwork again."""
        if self._client is None:
            raise _unbound("get")
        result: AsyncArtwork = await self._client.get(self.id)
        return result

    async def wait(  # type: ignore[override]
        self,
        *,
        timeout: float | None = None,  # noqa: ASYNC109 - a total deadline, the documented API
        on_progress: Callable[[StatusEvent], object | Awaitable[object]] | None = None,
    ) -> AsyncArtwork:
        """Wait until the task ends; see `AsyncTengrai.artworks.wait`."""
        if self._client is None:
            raise _unbound("wait")
        result: AsyncArtwork = await self._client.wait(self, timeout=timeout, on_progress=on_progress)
        return result

    async def save(  # type: ignore[override]
        self,
        directory: str | Path,
        *,
        sidecar: bool = False,
        timeout: float | None = None,  # noqa: ASYNC109 - a total deadline, the documented API
    ) -> list[SavedImage]:
        """Wait if needed, then write the result images into ``directory``."""
        if self._client is None:
            raise _unbound("save")
        result: list[SavedImage] = await self._client.save(self, directory, sidecar=sidecar, timeout=timeout)
        return result

    async def download(self, *, timeout: float | None = None) -> list[bytes]:  # type: ignore[override]  # noqa: ASYNC109 - a total deadline, the documented API
        """Wait if needed, then fetch the result images into memory."""
        if self._client is None:
            raise _unbound("download")
        result: list[bytes] = await self._client.download(self, timeout=timeout)
        return result


@dataclasses.dataclass(frozen=True, slots=True)
class StatusEvent:
    """One observation of a task while waiting for it.

    Attributes:
        artwork_id: the artwork's id.
        status: its status at that moment.
        elapsed: seconds since the wait started (on the client's clock).
        artwork: the full artwork as observed.
    """

    artwork_id: str
    status: str
    elapsed: float
    artwork: Artwork

    @property
    def is_terminal(self) -> bool:
        """True for the last event of a wait."""
        return self.artwork.is_terminal


@dataclasses.dataclass(frozen=True, slots=True)
class SavedImage:
    """A result image written to disk.

    Attributes:
        path: where it was written.
        size_bytes: its size.
        content_type: the ``Content-Type`` the server sent (None if it sent none).
        url: the result URL it was downloaded from.
    """

    path: Path
    size_bytes: int
    content_type: str | None
    url: str
