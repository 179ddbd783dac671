"""Turning API JSON into SDK objects: artworks (through the generated models) and error answers.

An artwork's fields are checked and converted here; its generated model (`Artwork.raw`) is built on first
access by dispatching on ``artworkType`` straight to the generated class whose schema pins that type (the
spec's ``Artwork`` oneOf, compiled into `tengrai._compiled`) instead of trying each class in turn; types the spec
does not know parse as the generated ``UnknownArtwork``. Statuses and enum values the spec does not know are kept
as plain strings.
"""

from __future__ import annotations

import datetime
import functools
import json
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from ._exceptions import (
    APIResponseError,
    APIStatusError,
    AuthenticationError,
    BadRequestError,
    InternalServerError,
    NotFoundError,
    PermissionDeniedError,
    RateLimitError,
)
from ._readonly import ReadOnlyDict

if TYPE_CHECKING:
    from collections.abc import Callable

    import httpx

    from ._records import V1Artwork
    from .types import Artwork

__all__ = [
    "artwork_type_of",
    "error_from_response",
    "generated_model",
    "known_statuses",
    "parse_artwork",
    "parse_artwork_list",
    "parse_v1_artwork",
    "parse_v1_artwork_list",
    "response_error",
    "terminal_statuses",
    "v1_terminal_statuses",
]

_STATUS_ERRORS: dict[int, type[APIStatusError]] = {
    400: BadRequestError,
    401: AuthenticationError,
    403: PermissionDeniedError,
    404: NotFoundError,
    429: RateLimitError,
}

E = TypeVar("E", bound=BaseException)


@functools.cache
def terminal_statuses() -> frozenset[str]:
    """Statuses after which an artwork no longer changes (the spec's ``x-terminal`` on ``ArtworkStatus``)."""
    from ._compiled import STATUSES

    return frozenset(STATUSES["ArtworkStatus"]["terminal"])


@functools.cache
def known_statuses() -> frozenset[str]:
    """Every status the spec documents."""
    from ._compiled import STATUSES

    return frozenset(STATUSES["ArtworkStatus"]["enum"])


@functools.cache
def v1_terminal_statuses() -> frozenset[str]:
    """Final statuses of V1 artworks (the spec's ``x-terminal`` on ``V1ArtworkStatus``)."""
    from ._compiled import STATUSES

    return frozenset(STATUSES["V1ArtworkStatus"]["terminal"])


@functools.cache
def _artwork_classes(union: str = "Artwork") -> tuple[dict[str, Any], Any]:
    """``artworkType`` -> generated model class of the spec's oneOf ``union``, and the class for unknown types."""
    import tengrai_api.models as models

    from ._compiled import UNIONS

    compiled = UNIONS[union]
    by_type = {const: getattr(models, name) for const, name in compiled["by_type"].items()}
    return by_type, getattr(models, compiled["fallback"])


@functools.cache
def artwork_type_of(operation_id: str) -> str:
    """The ``artworkType`` a create operation answers with (the const of its 202 response schema)."""
    from ._fields import model

    const = model().operation(operation_id).artwork_type
    if const is None:
        raise KeyError(f"{operation_id} is not an artwork task")
    return const


def _require(data: Mapping[str, Any], key: str, kind: type | tuple[type, ...], what: str) -> Any:
    value = data.get(key)
    if not isinstance(value, kind) or isinstance(value, bool):
        raise ValueError(f"field {key!r} must be {what}, got {value!r}")
    return value


def _timestamp(value: str) -> datetime.datetime:
    try:
        parsed = datetime.datetime.fromisoformat(value)
    except ValueError:
        # The same parser the generated models use: every RFC 3339 spelling (lowercase t/z included).
        from dateutil.parser import isoparse

        parsed = isoparse(value)
    if parsed.tzinfo is None:  # RFC 3339 requires an offset; read a missing one as UTC
        parsed = parsed.replace(tzinfo=datetime.UTC)
    return parsed


@functools.cache
def _parameters_class(union: str, artwork_type: str) -> type[ReadOnlyDict]:
    """The typed parameters class of an artwork type (`tengrai._parameters`; unknown types: `ReadOnlyDict`)."""
    from ._parameters import PARAMETERS

    return PARAMETERS[union].get(artwork_type, ReadOnlyDict)


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


def parse_artwork(data: Any, *, factory: Callable[..., Artwork] | None = None, union: str = "Artwork") -> Artwork:
    """Parse one artwork object (a decoded JSON dict) into an `Artwork`.

    The fields the SDK relies on are checked here (so a broken answer fails at once, naming the field); the
    generated model (`Artwork.raw`) is built from the same object when first asked for, which keeps a poll or a
    page of a list cheap. ``factory`` builds the result from the record's fields (a client's bound handle class;
    default: a plain `Artwork`). Raises ValueError, naming the field, when ``data`` is not an artwork object.
    """
    if not isinstance(data, dict):
        raise ValueError(f"an artwork must be a JSON object, got {type(data).__name__}")
    artwork_id = _require(data, "id", str, "a string")
    artwork_type = _require(data, "artworkType", str, "a string")
    status = _require(data, "status", str, "a string")
    parameters = _require(data, "parameters", dict, "an object")
    results = _require(data, "results", list, "a list of URLs")
    if not all(isinstance(url, str) for url in results):
        raise ValueError(f"field 'results' must be a list of URLs, got {results!r}")
    duration = _require(data, "duration", (int, float), "a number")
    try:
        seconds = float(duration)
    except OverflowError:
        raise ValueError(
            f"field 'duration' must be a number of seconds, got a {len(str(duration))}-digit integer"
        ) from None
    created = _require(data, "createdAt", str, "a date-time string")
    try:
        created_at = _timestamp(created)
    except (ValueError, OverflowError) as exc:
        raise ValueError(f"field 'createdAt' must be an RFC 3339 date-time, got {created!r}") from exc
    if factory is None:
        from .types import Artwork  # the records load with the first artwork, not with the clients

        factory = Artwork
    return factory(
        id=artwork_id,
        artwork_type=artwork_type,
        status=status,
        parameters=_parameters_class(union, artwork_type)(parameters),
        results=list(results),
        created_at=created_at,
        duration=seconds,
        is_terminal=status in terminal_statuses(),
        _source=data,
    )


def parse_artwork_list(data: Any, *, factory: Callable[..., Artwork] | None = None) -> list[Artwork]:
    """Parse a page of artworks (a JSON array)."""
    if not isinstance(data, list):
        raise ValueError(f"a page of artworks must be a JSON array, got {type(data).__name__}")
    artworks = []
    for index, item in enumerate(data):
        try:
            artworks.append(parse_artwork(item, factory=factory))
        except ValueError as exc:
            raise ValueError(f"item {index}: {exc}") from exc
    return artworks


def parse_v1_artwork(data: Any) -> V1Artwork:
    """Parse one V1 artwork object; the same field checks as a V2 artwork, with the V1 statuses."""
    from ._records import V1Artwork

    checked = parse_artwork(data, union="V1Artwork")
    return V1Artwork(
        id=checked.id,
        artwork_type=checked.artwork_type,
        status=checked.status,
        parameters=checked.parameters,
        results=checked.results,
        created_at=checked.created_at,
        duration=checked.duration,
        is_terminal=checked.status in v1_terminal_statuses(),
        _source=data,
    )


def parse_v1_artwork_list(data: Any) -> list[V1Artwork]:
    """Parse a page of V1 artworks (a JSON array)."""
    if not isinstance(data, list):
        raise ValueError(f"a page of V1 artworks must be a JSON array, got {type(data).__name__}")
    artworks = []
    for index, item in enumerate(data):
        try:
            artworks.append(parse_v1_artwork(item))
        except ValueError as exc:
            raise ValueError(f"item {index}: {exc}") from exc
    return artworks


def _decode(content: bytes) -> Any:
    try:
        return json.loads(content)
    except ValueError:
        return None


def error_from_response(response: httpx.Response) -> APIStatusError:
    """The exception for an error answer: its class chosen by status, with the parsed body, method, URL, headers."""
    from tengrai_api.models.error_response import ErrorResponse

    body = _decode(response.content)
    message = response.reason_phrase or "error"
    error: str | None = None
    if isinstance(body, dict):
        try:
            parsed = ErrorResponse.from_dict(body)
        except (KeyError, TypeError, ValueError, AttributeError):
            if isinstance(body.get("message"), str):
                message = body["message"]
        else:
            raw_message = parsed.message
            message = "; ".join(map(str, raw_message)) if isinstance(raw_message, list) else str(raw_message)
            error = parsed.error if isinstance(parsed.error, str) else None
    elif response.content:
        text = response.content[:200].decode("utf-8", "replace").strip()
        if text:
            message = f"{message}: {text}"
    status = response.status_code
    cls = _STATUS_ERRORS.get(status, InternalServerError if status >= 500 else APIStatusError)
    request = response.request
    failure = cls(
        message,
        status_code=status,
        body=body,
        headers=response.headers,
        error=error,
        method=request.method,
        url=str(request.url),
    )
    return _scrubbed(failure)


def _scrubbed(error: E) -> E:
    """``error`` with every registered secret removed, as soon as it exists: a server may echo the API key (a
    proxy's error page), and the frames that hold the error (a wait loop's last error) must not show it."""
    from ._logging import scrub_error

    scrub_error(error)
    return error


def response_error(response: httpx.Response, problem: str) -> APIResponseError:
    """An `APIResponseError` for a response whose body does not match the documented schema."""
    request = response.request
    return _scrubbed(
        APIResponseError(
            f"{request.method} {request.url} answered {response.status_code} with a body the SDK cannot read: "
            f"{problem}",
            status_code=response.status_code,
            body=response.content,
            method=request.method,
            url=str(request.url),
        )
    )
