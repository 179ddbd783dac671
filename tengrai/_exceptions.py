"""The exception hierarchy of the SDK: everything raised on purpose is a `TengraiError`."""

from __future__ import annotations

import reprlib
from collections.abc import Mapping, Sequence
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    import datetime

__all__ = [
    "APIConnectionError",
    "APIResponseError",
    "APIStatusError",
    "APITimeoutError",
    "AssetExpiredError",
    "AuthenticationError",
    "BadRequestError",
    "CreateOutcomeUnknownError",
    "InternalServerError",
    "NotFoundError",
    "PermissionDeniedError",
    "RateLimitError",
    "TengraiError",
    "ValidationError",
    "WebhookVerificationError",
]


class TengraiError(Exception):
    """Base class of every error the SDK raises on purpose.

    Every SDK error pickles with its fields (so it can cross a process pool); a field that cannot be pickled
    itself (say, an exception from a third-party transport) travels as its text.
    """

    def __reduce__(self) -> tuple[Any, ...]:
        return _rebuild, (type(self), self.args, _picklable(self.__dict__))


def _rebuild(cls: type[TengraiError], args: tuple[Any, ...], state: dict[str, Any]) -> TengraiError:
    """Recreate a pickled SDK error without calling its ``__init__`` (whose arguments are keyword-only)."""
    error = cls.__new__(cls)
    error.args = args
    error.__dict__.update(state)
    return error


def _picklable(state: dict[str, Any]) -> dict[str, Any]:
    import pickle

    kept = {}
    for name, value in state.items():
        try:
            pickle.dumps(value)
        except Exception:
            value = f"{type(value).__name__}: {value}" if isinstance(value, BaseException) else repr(value)
        kept[name] = value
    return kept


_repr = reprlib.Repr()
_repr.maxstring = _repr.maxother = 80


def _short_repr(value: Any) -> str:
    """A repr short enough for an error message (a 300-word prompt is cut in the middle)."""
    return _repr.repr(value)


class ValidationError(TengraiError, ValueError):
    """An argument breaks a documented rule (or a sanity rule of the SDK, which its message labels as such);
    raised before any request is sent.

    Attributes:
        field: the API field name (camelCase, as the API spells it).
        value: the offending value.
        rule: the rule, in words.
    """

    def __init__(self, field: str, value: Any, rule: str) -> None:
        self.field = field
        self.value = value
        self.rule = rule
        super().__init__(f"{field}={_short_repr(value)}: {rule}")


class APIError(TengraiError):
    """An error in talking to the API. Carries the request's method and URL (never the API key)."""

    def __init__(self, message: str, *, method: str | None = None, url: str | None = None) -> None:
        self.method = method
        self.url = url
        super().__init__(message)


class APIConnectionError(APIError):
    """The request did not get an answer: the connection failed or broke."""


class APITimeoutError(APIConnectionError):
    """The request timed out (connect, read, write or pool timeout)."""


class APIResponseError(APIError):
    """The API answered with a body that does not match the documented schema."""

    def __init__(
        self, message: str, *, status_code: int, body: bytes, method: str | None = None, url: str | None = None
    ) -> None:
        self.status_code = status_code
        self.body = body
        super().__init__(message, method=method, url=url)


class APIStatusError(APIError):
    """The API answered with an error status.

    Attributes:
        status_code: the HTTP status.
        message: the `message` of the documented error body (joined if it was a list).
        error: the optional `error` detail of the body.
        body: the parsed JSON body, or None when it was not JSON.
        headers: the response headers.
        request_id: the ``x-request-id`` the server sent, if any (also shown in the message).
    """

    def __init__(
        self,
        message: str,
        *,
        status_code: int,
        body: Any,
        headers: Mapping[str, str],
        error: str | None = None,
        method: str | None = None,
        url: str | None = None,
    ) -> None:
        self.status_code = status_code
        self.message = message
        self.error = error
        self.body = body
        self.headers = dict(headers)
        where = f" ({method} {url})" if method and url else ""
        detail = f" [{error}]" if error else ""
        request = f" [request id {self.request_id}]" if self.request_id else ""
        super().__init__(f"{status_code}{detail}: {message}{where}{request}", method=method, url=url)

    @property
    def request_id(self) -> str | None:
        """The server's id of the failed request (``x-request-id``), to quote to support; None if it sent none."""
        from ._request_ids import request_id

        return request_id(self.headers)


class BadRequestError(APIStatusError):
    """400: the API rejected the request's content."""


class AuthenticationError(APIStatusError):
    """401: the API key is missing, unknown or revoked."""


class PermissionDeniedError(APIStatusError):
    """403: the key's scope or domains do not allow this operation."""


class NotFoundError(APIStatusError):
    """404: no such artwork (or it was deleted after the retention period)."""


class RateLimitError(APIStatusError):
    """429: too many requests. `retry_after` is the server's hint in seconds, when it sent one."""

    @property
    def retry_after(self) -> float | None:
        """Seconds the server asked to wait, parsed from Retry-After."""
        from ._retry import parse_retry_after

        return parse_retry_after(self.headers)


class InternalServerError(APIStatusError):
    """5xx: the API failed."""


class CreateOutcomeUnknownError(APIError):
    """A create request may have reached the server, but its answer was lost and its task could not be told.

    The task may exist (and be billed). ``candidates`` names the artworks that may be it (when several matched,
    or a match could not be confirmed as this request's own); otherwise look with `client.artworks.list()` before
    creating it again.
    """

    def __init__(
        self,
        message: str,
        *,
        operation: str,
        body: Mapping[str, Any],
        cause: BaseException | None = None,
        candidates: Sequence[str] = (),
    ) -> None:
        self.operation = operation
        self.body = dict(body)
        self.cause = cause
        self.candidates = list(candidates)
        """Ids of artworks that may be this request's task (empty when none was found)."""
        super().__init__(message)


class AssetExpiredError(TengraiError):
    """An image asset (a Style DNA answer, `ImageAsset`) could not be fetched because its URL expired.

    Attributes:
        expires_at: when the asset's URL stopped working (timezone-aware).
        url: the asset's URL.
    """

    def __init__(self, message: str, *, expires_at: datetime.datetime, url: str) -> None:
        self.expires_at = expires_at
        self.url = url
        super().__init__(message)


class WebhookVerificationError(TengraiError, ValueError):
    """A webhook delivery's signature, timestamp or headers did not verify."""


from ._exports import publish  # noqa: E402 - after every class is defined

publish(globals())
