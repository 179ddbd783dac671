"""When to retry a request, and how long to wait first.

The decision table lives in `decide`. Reads (GET) are safe to repeat, so every transient failure is retried.
Creates are paid and the API documents no idempotency key, so a create is retried only when the request certainly
never reached the server; a failure that may have happened after the server got the request is *ambiguous* and
is handed to the recovery in `tengrai._tasks.recovery` instead of being retried blindly.

The rule for a create is "could the request have reached the server?", not a list of failures: only failures
that certainly happened before anything was sent are retried or raised; every other failure of a sent create
(known or not, an unreadable answer included) is ambiguous. A 429 is documented by the API on every create (its
own rate limit, the request refused), so it is retried; a 503 is documented nowhere, and gateways that forwarded a
request and then timed out answer it, so after a 503 the task is looked for first, and the create is sent again
(once) only when the looks prove that no task was created (`tengrai._tasks.recovery.NotCreated`).

| outcome                                          | read  | create    |
|--------------------------------------------------|-------|-----------|
| connect error, connect timeout, pool timeout,     | retry | retry     |
| proxy error (nothing was sent)                   |       |           |
| the request could not be built, unsupported URL   | raise | raise     |
| scheme (nothing was sent)                        |       |           |
| read/write timeout, read/write error, remote      | retry | ambiguous |
| protocol error, close error (maybe sent)          |       |           |
| any other failure while sending or reading        | raise | ambiguous |
| 429 (the API's documented rate limit: refused)   | retry | retry     |
| 503 (a gateway may have forwarded it first)       | retry | ambiguous |
| 408                                               | retry | raise     |
| 502, 504 (a gateway answered: maybe forwarded)    | retry | ambiguous |
| 500 and other 5xx                                 | retry | raise     |
| other statuses                                    | raise | raise     |
"""

from __future__ import annotations

import email.utils
import enum
import math
import random
import time
from collections.abc import Mapping
from typing import TYPE_CHECKING, Literal

if TYPE_CHECKING:
    import httpx

__all__ = [
    "DEFAULT_MAX_RETRY_AFTER",
    "Decision",
    "RequestKind",
    "RetryPolicy",
    "decide",
    "parse_retry_after",
]

RequestKind = Literal["read", "create"]
"""`read`: a GET that can be repeated freely. `create`: a paid POST that must not run twice."""

DEFAULT_MAX_RETRY_AFTER = 60.0
"""A Retry-After longer than this many seconds is not waited for: the error is raised with `retry_after` set."""


class Decision(enum.Enum):
    """What to do after a failed attempt."""

    RETRY = "retry"
    """The request did not take effect (or is safe to repeat): try again after a backoff."""
    RAISE = "raise"
    """Give up and raise the error."""
    AMBIGUOUS = "ambiguous"
    """A create may or may not have been accepted: look for the task before doing anything else."""


# Names of httpx exception classes, so that this module does not import httpx.
_NOT_SENT = frozenset({"ConnectError", "ConnectTimeout", "PoolTimeout", "ProxyError"})
_NEVER_SENT = frozenset({"RequestNotSent", "UnsupportedProtocol", "InvalidURL"})
"""Failures before sending that another attempt would repeat."""
_MAYBE_SENT = frozenset(
    {"ReadTimeout", "WriteTimeout", "ReadError", "WriteError", "RemoteProtocolError", "CloseError", "NetworkError"}
)


def _exception_kind(exc: BaseException) -> str | None:
    """``never-sent``, ``not-sent``, ``maybe-sent`` or None (unknown) for a failure (looked up along the classes)."""
    for cls in type(exc).__mro__:
        if cls.__name__ in _NEVER_SENT:
            return "never-sent"
        if cls.__name__ in _NOT_SENT:
            return "not-sent"
        if cls.__name__ in _MAYBE_SENT:
            return "maybe-sent"
    return None


def decide(kind: RequestKind, *, status: int | None = None, exc: BaseException | None = None) -> Decision:
    """Retry, raise or recover after an attempt that ended with ``status`` (an error answer) or ``exc``."""
    if exc is not None:
        where = _exception_kind(exc)
        if where == "never-sent":
            return Decision.RAISE
        if where == "not-sent":
            return Decision.RETRY
        if kind == "create":
            return Decision.AMBIGUOUS  # it may have reached the server, whatever the failure
        return Decision.RETRY if where == "maybe-sent" else Decision.RAISE
    if status is None:
        raise ValueError("decide() needs a status or an exception")
    if status == 429:
        return Decision.RETRY
    if kind == "read":
        return Decision.RETRY if status == 408 or 500 <= status <= 599 else Decision.RAISE
    if status in (502, 503, 504):
        return Decision.AMBIGUOUS
    return Decision.RAISE


def parse_retry_after(headers: Mapping[str, str] | httpx.Headers, *, now: float | None = None) -> float | None:
    """Seconds the server asked to wait, from ``Retry-After`` (seconds or an HTTP-date) or ``retry-after-ms``.

    Returns None when there is no usable header. Negative values and dates in the past give 0.
    """
    lowered = {k.lower(): v for k, v in headers.items()}
    millis = lowered.get("retry-after-ms")
    if millis is not None:
        try:
            value = float(millis) / 1000.0
        except ValueError:
            value = math.nan
        if math.isfinite(value):
            return max(0.0, value)
    raw = lowered.get("retry-after")
    if raw is None:
        return None
    raw = raw.strip()
    try:
        seconds = float(raw)
    except ValueError:
        pass
    else:
        return max(0.0, seconds) if math.isfinite(seconds) else None
    try:
        when = email.utils.parsedate_to_datetime(raw)
    except (TypeError, ValueError, IndexError):
        return None
    if when.tzinfo is None:  # an HTTP-date is always GMT
        return None
    return max(0.0, when.timestamp() - (time.time() if now is None else now))


class RetryPolicy:
    """How many times to retry and how long to wait between attempts.

    The n-th retry (n = 1, 2, ...) waits ``base_delay * 2 ** (n - 1)`` seconds, capped at ``max_delay``, then
    shortened by up to ``jitter`` (a fraction) at random so that many clients do not retry in lockstep. A
    ``Retry-After`` answer replaces the backoff when it is at most ``max_retry_after`` seconds; a longer one ends
    the retries (the error carries the hint).

    Treated as immutable (copies of a client share one): `replace` makes a changed copy. A plain slotted class, not
    a dataclass, because it is created when ``tengrai`` is imported and a dataclass costs about a millisecond there.
    """

    __slots__ = ("base_delay", "jitter", "max_delay", "max_retries", "max_retry_after")

    def __init__(
        self,
        max_retries: int = 2,
        base_delay: float = 0.5,
        max_delay: float = 8.0,
        jitter: float = 0.25,
        max_retry_after: float = DEFAULT_MAX_RETRY_AFTER,
    ) -> None:
        if max_retries < 0:
            raise ValueError(f"max_retries={max_retries!r}: must be >= 0")
        if not 0 <= jitter < 1:
            raise ValueError(f"jitter={jitter!r}: must be in [0, 1)")
        self.max_retries = max_retries
        self.base_delay = base_delay
        self.max_delay = max_delay
        self.jitter = jitter
        self.max_retry_after = max_retry_after

    def replace(self, *, max_retries: int) -> RetryPolicy:
        """A copy with another ``max_retries`` (what `with_options` changes)."""
        return RetryPolicy(max_retries, self.base_delay, self.max_delay, self.jitter, self.max_retry_after)

    def __repr__(self) -> str:
        fields = ", ".join(f"{name}={getattr(self, name)!r}" for name in self.__slots__)
        return f"RetryPolicy({fields})"

    def backoff(self, retry: int, rng: random.Random) -> float:
        """Seconds to wait before retry number ``retry`` (1-based) when the server gave no hint."""
        delay = min(self.max_delay, self.base_delay * 2.0 ** (retry - 1))
        return delay * (1.0 - self.jitter * rng.random())

    def delay(self, retry: int, retry_after: float | None, rng: random.Random) -> float | None:
        """Seconds to wait before retry ``retry``, or None when the server's hint is beyond ``max_retry_after``."""
        if retry_after is None:
            return self.backoff(retry, rng)
        if retry_after > self.max_retry_after:
            return None
        return retry_after
