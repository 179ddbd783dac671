"""The artwork records, `Artwork` (V2 tasks) and `V1Artwork`, and the parsing of artwork answers.

Their fields are generated from the spec's one shared envelope of each artwork union (`ArtworkFields`,
`V1ArtworkFields` in ``generated.py``), so a common field the spec adds is a typed attribute here after
``make generate``; this module adds the behaviour: the typed parameters of each artwork type
(`tengrai._parameters`), value equality, pickling, the JSON the API sent (`to_dict`, `extra`), and the generated
`tengrai_api` model on first access (`raw`). Statuses and enum values the spec does not know are kept as strings.
"""

from __future__ import annotations

import copy
import dataclasses
import functools
import json
from collections.abc import Callable, Mapping
from typing import TYPE_CHECKING, Any, ClassVar, Self

from .._exceptions import TengraiError
from .._readonly import ReadOnlyDict
from .base import P
from .envelopes import ArtworkFields, V1ArtworkFields

if TYPE_CHECKING:
    from .base import Record

__all__ = [
    "Artwork",
    "ArtworkNotBoundError",
    "StatusEvent",
    "UnknownStatusWarning",
    "V1Artwork",
    "answer_types",
    "generated_model",
    "parse_answer",
    "parse_artwork",
    "parse_artwork_list",
]


class UnknownStatusWarning(UserWarning):
    """An artwork reported a status this SDK version does not know; it is treated as not finished."""


class ArtworkNotBoundError(TengraiError, AttributeError):
    """A plain `Artwork` record was asked for I/O (``wait``, ``save``, ...): only the clients' handles do I/O.

    Also an AttributeError, so ``hasattr(record, "wait")`` is False.
    """


def not_bound(action: str) -> ArtworkNotBoundError:
    """The error of an I/O call on a plain record (``action``: the ``client.artworks`` method to use instead)."""
    return ArtworkNotBoundError(
        "this artwork is a plain record, not bound to a client (it was parsed, unpickled or copied from one); "
        f"use client.artworks.{action}(artwork)"
    )


@functools.cache
def _parameters_class(union: str, artwork_type: str) -> type[ReadOnlyDict]:
    """The typed parameters class of an artwork type (`tengrai._parameters`; unknown types: `ReadOnlyDict`)."""
    from .._parameters import PARAMETERS

    return PARAMETERS[union].get(artwork_type, ReadOnlyDict)


@functools.cache
def _artwork_classes(union: str) -> tuple[dict[str, Any], Any]:
    """``artworkType`` -> generated model class of the spec's oneOf ``union``, and the class for unknown types."""
    import tengrai_api.models as models

    from .._compiled import UNIONS

    compiled = UNIONS[union]
    by_type = {const: getattr(models, name) for const, name in compiled["by_type"].items()}
    return by_type, getattr(models, compiled["fallback"])


def generated_model(data: Mapping[str, Any], *, union: str = "Artwork") -> Any:
    """The generated model class of ``data``'s ``artworkType`` in the oneOf ``union`` (``Artwork``, or
    ``V1Artwork``; the unknown-type branch for new types), parsed."""
    by_type, fallback = _artwork_classes(union)
    artwork_type = str(data.get("artworkType"))
    model: Any = by_type.get(artwork_type, fallback)
    try:
        return model.from_dict(data)
    except (KeyError, TypeError, ValueError, AttributeError, OverflowError) as exc:
        raise ValueError(f"not a valid {artwork_type!r} artwork: {type(exc).__name__}: {exc}") from exc


class _ArtworkRecord:
    """What both artwork records do with the fields their generated base (``<Union>Fields``) declares."""

    __slots__ = ()
    _union: ClassVar[str]
    _wires: ClassVar[frozenset[str]]
    _terminal: ClassVar[frozenset[str]]
    _compared: ClassVar[tuple[str, ...]]
    id: str
    artwork_type: str
    status: str
    results: list[str]
    duration: float
    created_at: Any
    _source: Mapping[str, Any]
    _raw: Any

    @staticmethod
    def _parse(data: Any) -> dict[str, Any]:
        raise NotImplementedError  # the generated fields class's, first in the record's bases

    @classmethod
    def from_dict(cls, data: Any) -> Self:
        """Parse a decoded artwork answer (a JSON object); ValueError naming the field when it is not one."""
        built: Self = _build(cls, cls._union, cls._parse, data)
        return built

    @property
    def request_id(self) -> str | None:
        """The server's ``x-request-id`` of the API answer this artwork was read from (the create's, the last
        poll's, a list page's), to quote to support; None when the server sent none or the artwork came from
        elsewhere (a webhook). Not compared by ``==``; kept by copies and pickling."""
        found: str | None = getattr(self, "_request_id", None)
        return found

    @property
    def is_terminal(self) -> bool:
        """True once the status is one after which the artwork no longer changes (the spec's ``x-terminal``)."""
        return self.status in self._terminal

    @property
    def raw(self) -> Any:
        """The generated `tengrai_api` model of this artwork (built on first access, for power users).

        Raises ValueError if the API sent something the generated model rejects (e.g. an id that is not a UUID).
        """
        if self._raw is None:
            object.__setattr__(self, "_raw", generated_model(self._source, union=self._union))
        return self._raw

    @property
    def extra(self) -> dict[str, Any]:
        """Top-level fields of the API's answer that this SDK version does not know (a deep copy)."""
        return {key: copy.deepcopy(value) for key, value in self._source.items() if key not in self._wires}

    def to_dict(self) -> dict[str, Any]:
        """The artwork as the API sent it (a deep copy of the JSON object, camelCase keys)."""
        data: dict[str, Any] = copy.deepcopy(dict(self._source))
        return data

    def to_json(self, **dumps_options: Any) -> str:
        """The artwork as the API sent it, as a JSON string (options such as ``indent=2`` go to `json.dumps`);
        fields this SDK version does not read are kept."""
        return json.dumps(self._source, **dumps_options)

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, _ArtworkRecord) or other._union != self._union:
            return NotImplemented
        return all(getattr(self, name) == getattr(other, name) for name in self._compared)

    def __hash__(self) -> int:
        return hash((self.id, self.status, self.duration, len(self.results)))

    def __repr__(self) -> str:
        return (
            f"{type(self).__name__}(id={self.id!r}, artwork_type={self.artwork_type!r}, status={self.status!r}, "
            f"results={len(self.results)}, created_at={self.created_at.isoformat()!r})"
        )


def _build(factory: Callable[..., Any], union: str, parse: Callable[[Any], dict[str, Any]], data: Any) -> Any:
    fields = parse(data)
    fields["parameters"] = _parameters_class(union, fields["artwork_type"])(fields["parameters"])
    return factory(**fields, _source=data)


_ENVELOPE = tuple(field.name for field in dataclasses.fields(ArtworkFields))
_IO_METHODS = frozenset({"refresh", "wait", "save", "download"})


@dataclasses.dataclass(frozen=True, slots=True, repr=False, eq=False)
class Artwork(ArtworkFields[P], _ArtworkRecord):
    """An artwork task as the API last reported it: a plain, immutable data record.

    It pickles, deep-copies and compares by value; ``json.dumps(artwork.parameters)`` and
    ``json.dumps(artwork.to_dict())`` work. The clients return handles of it that can also do I/O:
    `SyncArtwork` (`Tengrai`) and `AsyncArtwork` (`AsyncTengrai`) with ``wait``, ``save``, ``download`` and
    ``refresh``. A handle pickles as its plain record (without the client).

    Its fields are those every artwork answer has (generated from the spec: see `ArtworkFields`, whose attributes
    it has): ``id`` (keep it to resume waiting later: `client.artworks.wait(id)`), ``artwork_type`` (any string:
    new types parse too), ``status`` (``starting``, ``processing``, ``succeeded``, ``failed``, ``canceled``, or a
    newer status), ``parameters`` (the request parameters as the API echoes them: a read-only dict, camelCase keys,
    that for a known artwork type also has a typed snake_case attribute per field:
    ``client.quantum.generate(...).parameters.aspect_ratio`` is a `QuantumAspectRatio`), ``results`` (URLs of the
    result images, empty until the task succeeds), ``created_at`` (timezone-aware) and ``duration`` (seconds).

    Attributes:
        raw: the generated `tengrai_api` model of the artwork (for power users).
        extra: the fields the API sent that this SDK version does not read (kept, never dropped).
        error: why a failed task failed, when the server said so (None otherwise).
        request_id: the server's ``x-request-id`` of the answer it was read from (None if there was none).
    """

    _compared: ClassVar[tuple[str, ...]] = _ENVELOPE
    _source: Mapping[str, Any] = dataclasses.field(default_factory=dict)
    _raw: Any = None
    _request_id: str | None = None

    def __getattr__(self, name: str) -> Any:
        # Only reached for names the record does not have: point I/O calls at the client.
        if name in _IO_METHODS:
            raise not_bound("get" if name == "refresh" else name)
        raise AttributeError(f"{type(self).__name__!r} object has no attribute {name!r}")

    def __reduce__(self) -> tuple[Any, ...]:
        return (_record, (self.record_fields(),))

    def __copy__(self) -> Self:
        return self

    def __deepcopy__(self, memo: dict[int, Any]) -> Self:
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


@dataclasses.dataclass(frozen=True, slots=True, repr=False, eq=False)
class V1Artwork(V1ArtworkFields[ReadOnlyDict], _ArtworkRecord):
    """An artwork of the V1 API (``txt2img``, ``upscaling``, ...), as a legacy key owns them.

    V1 artworks were made synchronously: their status (``done`` or ``failed``) no longer changes. Its fields are
    those every V1 artwork answer has (generated from the spec: see `V1ArtworkFields`); ``raw`` is the generated
    `tengrai_api` model, ``extra`` the fields this SDK version does not read.
    """

    _compared: ClassVar[tuple[str, ...]] = tuple(field.name for field in dataclasses.fields(V1ArtworkFields))
    _source: Mapping[str, Any] = dataclasses.field(default_factory=dict)
    _raw: Any = None
    _request_id: str | None = None


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
    def request_id(self) -> str | None:
        """The server's ``x-request-id`` of the API answer this event's artwork was read from (None when the server
        sent none): the artwork's `Artwork.request_id`."""
        return self.artwork.request_id

    @property
    def is_terminal(self) -> bool:
        """True for the last event of a wait."""
        return self.artwork.is_terminal


def parse_artwork(data: Any, *, factory: Callable[..., Artwork] | None = None) -> Artwork:
    """Parse one artwork answer (a decoded JSON object) into an `Artwork`, or what ``factory`` (a client's bound
    handle class) builds from its fields. Raises ValueError, naming the field, when ``data`` is not one."""
    built: Artwork = _build(factory or Artwork, "Artwork", ArtworkFields._parse, data)
    return built


def parse_artwork_list(data: Any, *, factory: Callable[..., Artwork] | None = None) -> list[Artwork]:
    """Parse a page of artworks (a JSON array)."""
    return _items(data, "artworks", functools.partial(parse_artwork, factory=factory))


def _items(data: Any, what: str, parse: Callable[[Any], Any]) -> list[Any]:
    if not isinstance(data, list):
        raise ValueError(f"a list of {what} must be a JSON array, got {type(data).__name__}")
    items = []
    for index, item in enumerate(data):
        try:
            items.append(parse(item))
        except ValueError as exc:
            raise ValueError(f"item {index}: {exc}") from exc
    return items


def answer_types() -> dict[str, type[Record] | type[V1Artwork]]:
    """The record class of each spec component an operation may answer with (`parse_answer` builds them)."""
    from .answers import RECORDS  # loaded with the first answer that needs one

    return {**RECORDS, V1Artwork._union: V1Artwork}


def parse_answer(component: str | None, kind: str, data: Any) -> Any:
    """A decoded answer of an operation whose schema is ``component`` (``kind``: ``object`` or ``array``) as its
    record(s); answers of components without a record come back unchanged. ValueError when it does not parse."""
    cls = answer_types().get(component or "")
    if cls is None:
        return data
    return _items(data, component or "", cls.from_dict) if kind == "array" else cls.from_dict(data)


from .._exports import publish  # noqa: E402 - after every class is defined

publish(globals())
