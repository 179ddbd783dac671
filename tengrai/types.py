"""Public types: the artwork record and its sync/async handles, progress events, saved files, and the spec's value
types for arguments.

The Literal types (`QuantumStyle`, `AspectRatio`, ...) are those of the generated package, re-exported here so
that user code never imports `tengrai_api`. They, and the records of the answers that are not artwork tasks
(`ApiKey`, `V1Artwork`, ...), are loaded on first access, which keeps ``import tengrai`` light.
"""

from __future__ import annotations

import copy
import dataclasses
import datetime
import importlib
import json
from collections.abc import Mapping
from pathlib import Path
from typing import TYPE_CHECKING, Any, Generic, Protocol, TypedDict, Unpack, cast

from . import _literals
from ._exceptions import TengraiError
from ._readonly import ReadOnlyDict as ReadOnlyDict
from ._saved import SavedImage as SavedImage

if TYPE_CHECKING:
    from collections.abc import Awaitable, Callable

    from typing_extensions import TypeVar  # a TypeVar with a default (PEP 696): bare `Artwork` keeps its meaning

    from ._answers import ApiKey as ApiKey  # the records of the answers that are not artwork tasks
    from ._answers import ApiKeyRevocation as ApiKeyRevocation
    from ._answers import WebhookSecret as WebhookSecret
    from ._literals import *  # noqa: F403 - the spec's named enums, generated
    from ._parameters import *  # noqa: F403 - each artwork type's typed parameters, generated
    from ._records import V1Artwork as V1Artwork

    P = TypeVar("P", bound=ReadOnlyDict, default=ReadOnlyDict, covariant=True)
else:
    from typing import TypeVar

    P = TypeVar("P", covariant=True)

__all__ = [
    "ApiKey",
    "ApiKeyRevocation",
    "Artwork",
    "ArtworkNotBoundError",
    "AsyncArtwork",
    "BodyRequestOptions",
    "ReadOnlyDict",
    "RequestOptions",
    "SavedImage",
    "StatusEvent",
    "SyncArtwork",
    "UnknownStatusWarning",
    "V1Artwork",
    "WebhookSecret",
]
__all__ += _literals.__all__


_RECORDS = frozenset({"ApiKey", "ApiKeyRevocation", "V1Artwork", "WebhookSecret"})
"""The records of the answers that are not artwork tasks (`tengrai._records`), loaded on first use."""


def __getattr__(name: str) -> Any:
    if name in _RECORDS:
        module = "tengrai._records"
    elif name in _literals.__all__:
        module = "tengrai._literals"
    elif name.endswith("Parameters") and name != "Parameters":
        module = "tengrai._parameters"  # the typed parameters of each artwork type (generated)
    else:
        raise AttributeError(f"module 'tengrai.types' has no attribute {name!r}")
    try:
        value = getattr(importlib.import_module(module), name)
    except AttributeError:
        raise AttributeError(f"module 'tengrai.types' has no attribute {name!r}") from None
    globals()[name] = value
    return value


class RequestOptions(TypedDict, total=False):
    """Per-request options: keyword arguments that every request method of the clients takes.

    They apply to one call only; `Tengrai.with_options` sets them for every call of a client copy.

    Attributes:
        extra_headers: headers added to the call's requests to the API (never to result downloads), over the
            client's own (names compare case-insensitively; a value replaces the client's value of that header).
            ``Authorization`` cannot be set: it always comes from the API key. Values are ASCII strings.
        extra_query: query parameters added to the call's requests to the API, sent as given: to the one
            request of ``get``, to each page of ``list``, to every poll of ``wait``/``events``/``save``/
            ``download``, and to the create request of ``create``/``generate`` (not to its polls). A parameter the
            method has an argument for cannot be passed here (the argument is validated; this is not).
    """

    extra_headers: Mapping[str, str]
    extra_query: Mapping[str, Any]


class BodyRequestOptions(RequestOptions, total=False):
    """`RequestOptions` of the methods that send a JSON body (``create``, ``generate``, the plain POST methods).

    Attributes:
        extra_body: fields added to the JSON body after it was validated, sent as given: for a field this SDK
            version does not know yet. A field the method has an argument for cannot be passed here (pass the
            argument, which is validated), so what create recovery compares is always the validated body.
    """

    extra_body: Mapping[str, Any]


class UnknownStatusWarning(UserWarning):
    """An artwork reported a status this SDK version does not know; it is treated as not finished."""


class ArtworkNotBoundError(TengraiError, AttributeError):
    """A plain `Artwork` record was asked for I/O (``wait``, ``save``, ...): only the clients' handles do I/O.

    Also an AttributeError, so ``hasattr(record, "wait")`` is False.
    """


def _not_bound(action: str) -> ArtworkNotBoundError:
    return ArtworkNotBoundError(
        "this artwork is a plain record, not bound to a client (it was parsed, unpickled or copied from one); "
        f"use client.artworks.{action}(artwork)"
    )


_IO_METHODS = frozenset({"refresh", "wait", "save", "download"})
_PARSED_FIELDS = frozenset({"id", "artworkType", "status", "parameters", "results", "duration", "createdAt"})


@dataclasses.dataclass(frozen=True, slots=True, repr=False, eq=False)
class Artwork(Generic[P]):
    """An artwork task as the API last reported it: a plain, immutable data record.

    It pickles, deep-copies and compares by value; ``json.dumps(artwork.parameters)`` and
    ``json.dumps(artwork.to_dict())`` work. The clients return handles of it that can also do I/O:
    `SyncArtwork` (`Tengrai`) and `AsyncArtwork` (`AsyncTengrai`) with ``wait``, ``save``, ``download`` and
    ``refresh``. A handle pickles as its plain record (without the client).

    Attributes:
        id: the artwork id; keep it to resume waiting later (`client.artworks.wait(id)`).
        artwork_type: ``quantum``, ``selena_variete``, ``face_refiner``, ... (any string: new types parse too).
        status: ``starting``, ``processing``, ``succeeded``, ``failed``, ``canceled``, or a newer status.
        parameters: the request parameters as the API echoes them: a read-only dict (camelCase keys) that, for
            a known artwork type, also has a typed snake_case attribute per field
            (``client.quantum.generate(...).parameters.aspect_ratio`` is a `QuantumAspectRatio`).
        results: URLs of the result images (empty until the task succeeds).
        created_at: when the API created the task (timezone-aware).
        duration: processing time in seconds as reported by the API.
        raw: the generated `tengrai_api` model of the artwork (for power users).
        extra: the fields the API sent that this SDK version does not read (kept, never dropped).
        error: why a failed task failed, when the server said so (None otherwise).
        request_id: the server's ``x-request-id`` of the answer it was read from (None if there was none).
    """

    id: str
    artwork_type: str
    status: str
    parameters: P
    results: list[str]
    created_at: datetime.datetime
    duration: float
    is_terminal: bool
    """True once the status is one after which the artwork no longer changes (read from the spec)."""
    _source: Mapping[str, Any] = dataclasses.field(default_factory=dict)
    _raw: Any = None
    _request_id: str | None = None

    @property
    def request_id(self) -> str | None:
        """The server's ``x-request-id`` of the API answer this artwork was read from (the create's, the last
        poll's, a list page's), to quote to support; None when the server sent none or the artwork came from
        elsewhere (a webhook). Not compared by ``==``; kept by copies and pickling."""
        return self._request_id

    @property
    def raw(self) -> Any:
        """The generated `tengrai_api` model of this artwork (built on first access, for power users).

        Raises ValueError if the API sent something the generated model rejects (e.g. an id that is not a UUID).
        """
        if self._raw is None:
            from ._parsing import generated_model

            object.__setattr__(self, "_raw", generated_model(self._source))
        return self._raw

    @property
    def extra(self) -> dict[str, Any]:
        """Top-level fields of the API's answer that the SDK does not read (a deep copy)."""
        return {key: copy.deepcopy(value) for key, value in self._source.items() if key not in _PARSED_FIELDS}

    def _values(self) -> tuple[Any, ...]:
        return (self.id, self.artwork_type, self.status, self.parameters, self.results, self.created_at, self.duration)

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, Artwork):
            return NotImplemented
        return self._values() == other._values()

    def __hash__(self) -> int:
        return hash((self.id, self.status, self.duration, len(self.results)))

    def __repr__(self) -> str:
        return (
            f"{type(self).__name__}(id={self.id!r}, artwork_type={self.artwork_type!r}, status={self.status!r}, "
            f"results={len(self.results)}, created_at={self.created_at.isoformat()!r})"
        )

    def __getattr__(self, name: str) -> Any:
        # Only reached for names the record does not have: point I/O calls at the client.
        if name in _IO_METHODS:
            raise _not_bound("get" if name == "refresh" else name)
        raise AttributeError(f"{type(self).__name__!r} object has no attribute {name!r}")

    def __reduce__(self) -> tuple[Any, ...]:
        return (_record, (self.record_fields(),))

    def __copy__(self) -> Artwork[P]:
        return self

    def __deepcopy__(self, memo: dict[int, Any]) -> Artwork[P]:
        # The data is copied; a handle's client binding is shared, not copied.
        duplicate = object.__new__(type(self))
        fields = copy.deepcopy(self.record_fields(), memo)
        for field in dataclasses.fields(self):
            value = fields[field.name] if field.name in fields else getattr(self, field.name)
            object.__setattr__(duplicate, field.name, None if field.name == "_raw" else value)
        return duplicate

    def record_fields(self) -> dict[str, Any]:
        """The record's fields as keyword arguments of `Artwork` (what pickling keeps)."""
        return {name: getattr(self, name) for name in _RECORD_FIELDS}

    @property
    def record(self) -> Artwork[P]:
        """This artwork as a plain `Artwork` record (itself if it is one)."""
        return self if type(self) is Artwork else Artwork(**self.record_fields())

    @property
    def succeeded(self) -> bool:
        """True when the task ended successfully and `results` holds the image URLs."""
        return self.status == "succeeded"

    def to_dict(self) -> dict[str, Any]:
        """The artwork as the API sent it (a deep copy of the JSON object, camelCase keys)."""
        data: dict[str, Any] = copy.deepcopy(dict(self._source))
        return data

    def to_json(self, **dumps_options: Any) -> str:
        """The artwork as the API sent it, as a JSON string (options such as ``indent=2`` go to `json.dumps`);
        fields this SDK version does not read are kept."""
        return json.dumps(self._source, **dumps_options)

    @property
    def error(self) -> str | None:
        """Why the task failed or was canceled, when the server says so (the answer's ``error`` field, which the
        API documentation does not describe; the mock sends it), else None."""
        reason = self._source.get("error")
        if isinstance(reason, str):
            return reason or None
        return json.dumps(reason) if reason is not None else None


_RECORD_FIELDS = tuple(field.name for field in dataclasses.fields(Artwork) if field.name != "_raw")


def _record(fields: dict[str, Any]) -> Artwork:
    """Unpickle an artwork as a plain record."""
    return Artwork(**fields)


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
            raise _not_bound(action)
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
            raise _not_bound(action)
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


from ._exports import publish  # noqa: E402 - after every class is defined

publish(globals())
