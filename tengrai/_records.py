"""Typed records of the answers that are not artwork tasks: API keys, webhook secrets, revocations, V1 artworks.

The flat records are generated from the spec (`tengrai._answers`, on the `Record` base written here); `V1Artwork`
is written here. Each record names the spec component it reads (``_component``); its attributes are the
component's properties in snake_case, checked against the schema's JSON types and ``required`` list, with
``date-time`` strings turned into timezone-aware datetimes. Fields the API adds later are kept in `to_dict` and
`Record.extra`. Properties marked ``x-secret`` (a new key's ``apiKey``, a rotated webhook secret) never show in
the repr.
"""

from __future__ import annotations

import copy
import dataclasses
import datetime
import functools
from collections.abc import Hashable, Mapping
from typing import TYPE_CHECKING, Any, ClassVar, TypeVar, cast

from ._request_ids import RequestIdSlot

if TYPE_CHECKING:
    from ._answers import ApiKey as ApiKey
    from ._answers import ApiKeyRevocation as ApiKeyRevocation
    from ._answers import WebhookSecret as WebhookSecret

__all__ = [
    "ApiKey",
    "ApiKeyRevocation",
    "V1Artwork",
    "WebhookSecret",
    "answer_types",
    "parse_answer",
    "parse_record",
    "record_types",
]

_JSON_TYPES: dict[str, tuple[type, ...]] = {
    "string": (str,),
    "integer": (int,),
    "number": (int, float),
    "boolean": (bool,),
    "object": (dict,),
    "array": (list,),
    "null": (type(None),),
}


class Record(RequestIdSlot):
    """Shared behaviour of the answer records: the source JSON, `to_dict`, `extra`, a repr without secrets, and
    ``request_id``.

    The records themselves are generated from the spec (`tengrai._answers`); `V1Artwork` is written here.
    """

    __slots__ = ()
    _component: ClassVar[str]
    _secrets: ClassVar[frozenset[str]] = frozenset()
    _source: Mapping[str, Any]

    def __reduce__(self) -> tuple[Any, ...]:
        fields = {item.name: getattr(self, item.name) for item in dataclasses.fields(self)}  # type: ignore[arg-type]
        return (_restored, (type(self), fields, self.request_id))

    def to_dict(self) -> dict[str, Any]:
        """The record as the API sent it (a deep copy of the JSON object, camelCase keys, secrets included)."""
        data: dict[str, Any] = copy.deepcopy(dict(self._source))
        return data

    @property
    def extra(self) -> dict[str, Any]:
        """Fields of the API's answer that this SDK version does not know (a deep copy; kept, never dropped)."""
        known = {wire for _name, wire, *_rest in _layout(cast("Hashable", type(self)))}
        return {key: copy.deepcopy(value) for key, value in self._source.items() if key not in known}

    @property
    def raw(self) -> Any:
        """The answer parsed by the generated `tengrai_api` model of its component (built at each access, for
        power users); raises what the model raises (KeyError, TypeError, ValueError) for an answer it rejects."""
        import tengrai_api.models as models

        return getattr(models, self._component).from_dict(dict(self._source))

    def __repr__(self) -> str:
        names = [item.name for item in dataclasses.fields(self) if not item.name.startswith("_")]  # type: ignore[arg-type]
        shown = []
        for name in names:
            value = getattr(self, name)
            if name in self._secrets and value is not None:
                # A record that is nothing but its secret shows the length, so that its repr still says something.
                hidden = f"<hidden, {len(str(value))} characters>" if len(names) == 1 else "<redacted>"
                shown.append(f"{name}={hidden}")
            else:
                shown.append(f"{name}={value!r}")
        return f"{type(self).__name__}({', '.join(shown)})"


def _restored(cls: type[Record], fields: dict[str, Any], request_id: str | None) -> Record:
    """Unpickle (or copy) a record, with the request id of the answer it was read from."""
    record = cls(**fields)
    if request_id is not None:
        object.__setattr__(record, "_request_id", request_id)
    return record


_Record = Record  # the name the rest of this module uses


@dataclasses.dataclass(frozen=True, slots=True, repr=False)
class V1Artwork(_Record):
    """An artwork of the V1 API (``txt2img`` or ``upscaling``), as a legacy key owns them.

    V1 artworks were made synchronously: their status (``done`` or ``failed``) no longer changes.

    Attributes:
        id: the artwork id.
        artwork_type: ``txt2img``, ``upscaling``, or a type this SDK does not know yet.
        status: ``done``, ``failed``, or a status this SDK does not know yet.
        parameters: the request parameters as the API echoes them (camelCase keys, read-only).
        results: URLs of the result images.
        created_at: when the artwork was created (timezone-aware).
        duration: processing time in seconds.
        is_terminal: True for a final status (the spec's ``x-terminal`` of ``V1ArtworkStatus``).
        raw: the generated `tengrai_api` model of the artwork (for power users).
    """

    _component: ClassVar[str] = "V1Artwork"

    id: str
    artwork_type: str
    status: str
    parameters: Mapping[str, Any]
    results: list[str]
    created_at: datetime.datetime
    duration: float
    is_terminal: bool = dataclasses.field(compare=False)
    _source: Mapping[str, Any] = dataclasses.field(default_factory=dict, compare=False)
    _raw: Any = dataclasses.field(default=None, compare=False)

    @property
    def extra(self) -> dict[str, Any]:
        """Top-level fields of the API's answer that the SDK does not read (a deep copy)."""
        read = {"id", "artworkType", "status", "parameters", "results", "duration", "createdAt"}
        return {key: copy.deepcopy(value) for key, value in self._source.items() if key not in read}

    @property
    def raw(self) -> Any:
        """The generated model (``Txt2ImgArtwork``, ``UpscalingArtwork`` or ``UnknownV1Artwork``), built on first
        access; ValueError if the API sent something it rejects."""
        if self._raw is None:
            from ._parsing import generated_model

            object.__setattr__(self, "_raw", generated_model(self._source, union="V1Artwork"))
        return self._raw

    def __repr__(self) -> str:
        return (
            f"V1Artwork(id={self.id!r}, artwork_type={self.artwork_type!r}, status={self.status!r}, "
            f"results={len(self.results)}, created_at={self.created_at.isoformat()!r})"
        )


R = TypeVar("R", bound=_Record)


def record_types() -> dict[str, type[_Record]]:
    """The record class of each spec component that has one (the flat records; V1 artworks parse on their own)."""
    from ._answers import RECORDS

    return dict(RECORDS)


def answer_types() -> dict[str, type[_Record]]:
    """The record class of each spec component an operation may answer with (`parse_answer` builds them)."""
    return {**record_types(), V1Artwork._component: V1Artwork}


def parse_answer(component: str | None, kind: str, data: Any) -> Any:
    """A decoded answer of an operation whose schema is ``component`` (``kind``: ``object`` or ``array``) as its
    record(s); answers of components without a record come back unchanged. ValueError when it does not parse."""
    cls = answer_types().get(component or "")
    if cls is None:
        return data
    if cls is V1Artwork:
        from ._parsing import parse_v1_artwork, parse_v1_artwork_list

        return parse_v1_artwork_list(data) if kind == "array" else parse_v1_artwork(data)
    if kind != "array":
        return parse_record(cls, data)
    if not isinstance(data, list):
        raise ValueError(f"a list of {component} must be a JSON array, got {type(data).__name__}")
    return [parse_record(cls, item) for item in data]


def _snake(name: str) -> str:
    from ._fields import snake  # the SDK's one camelCase -> snake_case rule

    return snake(name)


@functools.cache
def _layout(cls: type[Any]) -> tuple[tuple[str, str, frozenset[str], bool, bool], ...]:
    """Per attribute: (attribute, wire name, JSON types allowed, required, is a date-time)."""
    from ._compiled import RECORDS

    schema = RECORDS[cls._component]
    by_snake = {_snake(wire): wire for wire in schema.get("properties", {})}
    required = set(schema.get("required", ()))
    layout = []
    for item in dataclasses.fields(cls):
        if item.name.startswith("_"):
            continue
        wire = by_snake.get(item.name)
        if wire is None:
            raise RuntimeError(f"{cls.__name__}.{item.name} is not a property of the spec's {cls._component}")
        types, is_time = _types_of(schema["properties"][wire])
        layout.append((item.name, wire, types, wire in required, is_time))
    return tuple(layout)


def _types_of(node: Mapping[str, Any]) -> tuple[frozenset[str], bool]:
    """The JSON types a property allows and whether its string is a date-time (``anyOf`` branches merged); the
    schema is resolved (`tengrai._compiled`)."""
    schema = node
    branches = list(schema.get("anyOf", ())) or [schema]
    types: set[str] = set()
    is_time = False
    for branch in branches:
        if "anyOf" in branch:
            inner, inner_time = _types_of(branch)
            types |= inner
            is_time = is_time or inner_time
            continue
        kind = branch.get("type")
        if kind is None and "enum" in branch:
            kind = "string"
        types.update([kind] if isinstance(kind, str) else kind or ())
        is_time = is_time or branch.get("format") == "date-time"
    return frozenset(types), is_time


def parse_record(cls: type[R], data: Any) -> R:
    """Parse a JSON object into the record ``cls``; ValueError naming the field when it is not one."""
    from ._parsing import _timestamp

    if not isinstance(data, dict):
        raise ValueError(f"a {cls._component} must be a JSON object, got {type(data).__name__}")
    values: dict[str, Any] = {}
    layout = _layout(cast("Hashable", cls))
    for name, wire, types, required, is_time in layout:
        if wire not in data:
            if required:
                raise ValueError(f"field {wire!r} is missing")
            values[name] = None
            continue
        value = data[wire]
        allowed = tuple(kind for json_type in types for kind in _JSON_TYPES.get(json_type, ()))
        if types and (not isinstance(value, allowed) or (isinstance(value, bool) and bool not in allowed)):
            raise ValueError(f"field {wire!r} must be {' or '.join(sorted(types))}, got {value!r}")
        if is_time and isinstance(value, str):
            try:
                value = _timestamp(value)
            except (ValueError, OverflowError) as exc:
                raise ValueError(f"field {wire!r} must be an RFC 3339 date-time, got {value!r}") from exc
        values[name] = value
    factory: Any = cls  # every record is a dataclass whose fields are the layout's plus _source
    record: R = factory(**values, _source=data)
    return record


def __getattr__(name: str) -> Any:
    # The generated records (`tengrai._answers`) by their names, as they were when they were written here.
    from . import _answers

    if name in _answers.__all__:
        return getattr(_answers, name)
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
