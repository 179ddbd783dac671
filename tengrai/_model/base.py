"""What every record shares (`Record`: the source JSON, `to_dict`, `extra`, a repr without secrets) and the field
checks that the generated parsers (``answers.py``, ``envelopes.py``) call: each takes the decoded answer and the wire
name, and returns the value or raises ValueError naming the field, the rule and the value.
"""

from __future__ import annotations

import copy
import dataclasses
import datetime
from collections.abc import Callable, Mapping
from typing import TYPE_CHECKING, Any, ClassVar, Self

from .._readonly import ReadOnlyDict
from .._request_ids import RequestIdSlot

if TYPE_CHECKING:
    from typing_extensions import TypeVar  # a TypeVar with a default (PEP 696): bare `Artwork` keeps its meaning

    P = TypeVar("P", bound=ReadOnlyDict, default=ReadOnlyDict, covariant=True)
else:
    from typing import TypeVar

    P = TypeVar("P", covariant=True)

__all__ = [
    "P",
    "Record",
    "anything",
    "array",
    "boolean",
    "check_object",
    "date_time",
    "integer",
    "json_object",
    "number",
    "optional",
    "string",
    "string_array",
    "timestamp",
]

Check = Callable[[Mapping[str, Any], str, str], Any]


class Record(RequestIdSlot):
    """Shared behaviour of the generated answer records: `from_dict`, `to_dict`, `extra`, a repr without secrets,
    and ``request_id``.

    A record's class (generated from its spec component) names the component (``_component``), the wire names it
    reads (``_wires``) and its secret properties (``_secrets``); ``_parse`` turns an answer into its fields.
    """

    __slots__ = ()
    _component: ClassVar[str]
    _wires: ClassVar[frozenset[str]] = frozenset()
    _secrets: ClassVar[Mapping[str, str]] = {}
    """Attribute -> wire name of the properties marked ``x-secret`` (never in the repr)."""
    _source: Mapping[str, Any]

    @staticmethod
    def _parse(data: Any) -> dict[str, Any]:
        raise NotImplementedError  # every generated record defines it

    @classmethod
    def from_dict(cls, data: Any) -> Self:
        """Parse a decoded JSON object into this record; ValueError naming the field when it is not one."""
        factory: Any = cls  # a dataclass whose fields are the parsed ones plus _source
        record: Self = factory(**cls._parse(data), _source=data)
        return record

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
        return {key: copy.deepcopy(value) for key, value in self._source.items() if key not in self._wires}

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


_MISSING: Any = object()


def _wrong(wire: str, what: str, value: Any) -> ValueError:
    if value is _MISSING:
        return ValueError(f"field {wire!r} is missing")
    return ValueError(f"field {wire!r} must be {what}, got {value!r}")


def optional(check: Check, data: Mapping[str, Any], wire: str, what: str, *, required: bool, nullable: bool) -> Any:
    """``check`` of a field the answer may leave out (None then) or send as null (``nullable``: None then)."""
    if wire not in data:
        if required:
            raise _wrong(wire, what, _MISSING)
        return None
    if nullable and data[wire] is None:
        return None
    return check(data, wire, what)


def string(data: Mapping[str, Any], wire: str, what: str = "string") -> str:
    """A string field (an enum's value this version does not know is kept as the string it is)."""
    value = data.get(wire, _MISSING)
    if value.__class__ is str or isinstance(value, str):
        return value
    raise _wrong(wire, what, value)


def number(data: Mapping[str, Any], wire: str, what: str = "number") -> float:
    """A number field, as a float (not a boolean)."""
    value = data.get(wire, _MISSING)
    if not isinstance(value, int | float) or isinstance(value, bool):
        raise _wrong(wire, what, value)
    try:
        return float(value)
    except OverflowError:
        raise ValueError(f"field {wire!r} must be {what}, got a {len(str(value))}-digit integer") from None


def integer(data: Mapping[str, Any], wire: str, what: str = "integer") -> int:
    """An integer field (not a boolean)."""
    value = data.get(wire, _MISSING)
    if not isinstance(value, int) or isinstance(value, bool):
        raise _wrong(wire, what, value)
    return value


def boolean(data: Mapping[str, Any], wire: str, what: str = "boolean") -> bool:
    """A boolean field."""
    value = data.get(wire, _MISSING)
    if not isinstance(value, bool):
        raise _wrong(wire, what, value)
    return value


def json_object(data: Mapping[str, Any], wire: str, what: str = "object") -> dict[str, Any]:
    """An object field, as the decoded dict."""
    value = data.get(wire, _MISSING)
    if not isinstance(value, dict):
        raise _wrong(wire, what, value)
    return value


def array(data: Mapping[str, Any], wire: str, what: str = "array") -> list[Any]:
    """An array field (a copy of the list)."""
    value = data.get(wire, _MISSING)
    if not isinstance(value, list):
        raise _wrong(wire, what, value)
    return list(value)


def string_array(data: Mapping[str, Any], wire: str, what: str = "array of string") -> list[str]:
    """An array of strings (a copy of the list)."""
    value = data.get(wire, _MISSING)
    if not isinstance(value, list) or (value and not all(isinstance(item, str) for item in value)):
        raise _wrong(wire, what, value)
    return list(value)


def anything(data: Mapping[str, Any], wire: str, what: str = "any JSON value") -> Any:
    """A field of any JSON type (several types allowed, or none documented)."""
    value = data.get(wire, _MISSING)
    if value is _MISSING:
        raise _wrong(wire, what, value)
    return value


def timestamp(value: str) -> datetime.datetime:
    """An RFC 3339 date-time, timezone-aware (a missing offset is read as UTC)."""
    try:
        parsed = datetime.datetime.fromisoformat(value)
    except ValueError:
        # The same parser the generated models use: every RFC 3339 spelling (lowercase t/z included).
        from dateutil.parser import isoparse

        parsed = isoparse(value)
    if parsed.tzinfo is None:  # RFC 3339 requires an offset; read a missing one as UTC
        parsed = parsed.replace(tzinfo=datetime.UTC)
    return parsed


def date_time(data: Mapping[str, Any], wire: str, what: str = "string") -> datetime.datetime:
    """A ``date-time`` string field, as a timezone-aware datetime."""
    value = data.get(wire, _MISSING)
    if not isinstance(value, str):
        raise _wrong(wire, what, value)
    try:
        parsed: datetime.datetime | None = datetime.datetime.fromisoformat(value)  # the common spelling, at once
    except ValueError:
        parsed = None
    if parsed is not None and parsed.tzinfo is not None:
        return parsed
    try:
        return timestamp(value)
    except (ValueError, OverflowError) as exc:
        raise ValueError(f"field {wire!r} must be an RFC 3339 date-time, got {value!r}") from exc


def check_object(data: Any, component: str) -> Mapping[str, Any]:
    """``data`` if it is a JSON object, else ValueError naming the component."""
    if not isinstance(data, dict):
        raise ValueError(f"a {component} must be a JSON object, got {type(data).__name__}")
    return data
