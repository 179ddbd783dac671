"""Turning error answers into exceptions, and what the flows ask of the artwork records' spec facts.

The records and their parsers are the data model's (``tengrai/_model/``, generated from the spec): `Artwork.from_dict`
and the client's bound parsers. The functions here load it when first asked, so importing a client does not.
"""

from __future__ import annotations

import functools
import json
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

if TYPE_CHECKING:
    import httpx

__all__ = [
    "artwork_type_of",
    "error_from_response",
    "known_statuses",
    "response_error",
    "terminal_statuses",
]

_STATUS_ERRORS: dict[int, type[APIStatusError]] = {
    400: BadRequestError,
    401: AuthenticationError,
    403: PermissionDeniedError,
    404: NotFoundError,
    429: RateLimitError,
}

E = TypeVar("E", bound=BaseException)


def terminal_statuses() -> frozenset[str]:
    """Statuses after which an artwork no longer changes (the spec's ``x-terminal`` on its status enum)."""
    from ._model.envelopes import ArtworkFields

    return ArtworkFields._terminal


def known_statuses() -> frozenset[str]:
    """Every artwork status the spec documents."""
    from ._model.envelopes import ArtworkFields

    return ArtworkFields._statuses


@functools.cache
def artwork_type_of(operation_id: str) -> str:
    """The ``artworkType`` a create operation answers with (the const of its 202 response schema)."""
    from ._fields import model

    const = model().operation(operation_id).artwork_type
    if const is None:
        raise KeyError(f"{operation_id} is not an artwork task")
    return const


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
