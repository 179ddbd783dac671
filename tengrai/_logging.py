"""The ``tengrai`` logger: silent by default, ``TENGRAI_LOG=debug|info|warning|error`` turns it on.

The logger has a `logging.NullHandler`, so with no logging configured nothing reaches stderr through Python's
last-resort handler; an application's own handlers (``logging.basicConfig``) still receive the records.

Nothing logged here ever carries the API key: headers go through `redact_headers` first, and a filter on the
logger scrubs ``Authorization`` values, and every API key a client of this process was built with, from any
record that still holds one. `scrub_error` does the same to an exception on its way out of the SDK: text from a
server (an error message echoing the key, a proxy page reflecting the request headers) never carries it further.
"""

from __future__ import annotations

import logging
import os
import re
from collections.abc import Iterable, Mapping
from typing import Any

__all__ = [
    "SENSITIVE_HEADERS",
    "configure_from_env",
    "logger",
    "redact_headers",
    "register_secret",
    "scrub_error",
    "scrub_text",
]

logger = logging.getLogger("tengrai")

SENSITIVE_HEADERS = frozenset({"authorization", "proxy-authorization", "cookie", "set-cookie", "x-api-key"})
"""Header names whose values are replaced by ``<redacted>`` before logging."""

_LEVELS = {"debug": logging.DEBUG, "info": logging.INFO, "warning": logging.WARNING, "error": logging.ERROR}
_BEARER = re.compile(r"(?i)(bearer\s+)[^\s'\",;]+")
_configured = False


def redact_headers(headers: Mapping[str, str] | Iterable[tuple[str, str]]) -> dict[str, str]:
    """A copy of ``headers`` with the values of `SENSITIVE_HEADERS` replaced by ``<redacted>``."""
    pairs = headers.items() if isinstance(headers, Mapping) else headers
    return {name: "<redacted>" if name.lower() in SENSITIVE_HEADERS else value for name, value in pairs}


_SECRETS: set[str] = set()
_MIN_SECRET = 8
"""Shorter keys are not scrubbed from text (they would match ordinary words); the API's keys are far longer."""


def register_secret(secret: str) -> None:
    """Scrub ``secret`` from every log record and every SDK error from now on."""
    if len(secret) >= _MIN_SECRET:
        _SECRETS.add(str.__str__(secret))


def scrub_text(text: str) -> str:
    """``text`` without any registered secret or bearer token."""
    for secret in _SECRETS:
        if secret in text:
            text = text.replace(secret, "<redacted>")
    return _BEARER.sub(r"\1<redacted>", text)


def _scrub_value(value: Any, depth: int = 0) -> Any:
    """``value`` with secrets scrubbed from every string and bytes inside (containers are copied when changed)."""
    if depth > 20:
        return value
    if isinstance(value, str):
        return scrub_text(value)
    if isinstance(value, bytes):
        if not any(secret.encode() in value for secret in _SECRETS):
            return value
        text = value.decode("utf-8", "replace")
        return scrub_text(text).encode()
    if isinstance(value, Mapping):
        return {_scrub_value(k, depth + 1): _scrub_value(v, depth + 1) for k, v in value.items()}
    if isinstance(value, list | tuple):
        return type(value)(_scrub_value(v, depth + 1) for v in value)
    return value


def scrub_error(exc: BaseException, _seen: set[int] | None = None) -> None:
    """Remove every registered secret from ``exc``'s message, attributes and notes, and from the errors chained
    to it (in place)."""
    if not _SECRETS:
        return
    seen = set() if _seen is None else _seen
    if id(exc) in seen:
        return
    seen.add(id(exc))
    for chained in (exc.__cause__, exc.__context__, *(v for v in vars(exc).values() if isinstance(v, BaseException))):
        if chained is not None:
            scrub_error(chained, seen)
    exc.args = tuple(_scrub_value(arg) for arg in exc.args)
    for name, value in list(vars(exc).items()):
        # Only what changed is written: httpx's own attributes (an exception's request) are left alone.
        scrubbed = _scrub_value(value)
        if name != "__notes__" and scrubbed is not value and scrubbed != value:
            setattr(exc, name, scrubbed)
    notes = getattr(exc, "__notes__", None)
    if notes:
        exc.__notes__ = [scrub_text(note) for note in notes]


def _scrub(value: Any) -> Any:
    if isinstance(value, str):
        return scrub_text(value)
    if isinstance(value, Mapping):
        return redact_headers({str(k): _scrub(v) for k, v in value.items()})
    return value


class _RedactingFilter(logging.Filter):
    """Last line of defence: rewrite bearer tokens and sensitive headers in a record's message and arguments."""

    def filter(self, record: logging.LogRecord) -> bool:
        if _SECRETS:
            try:
                message = record.getMessage()
            except Exception:  # a broken format string: leave it to the handler to report
                message = None
            if message is not None and scrub_text(message) != message:
                record.msg, record.args = scrub_text(message), None
                return True
        record.msg = _scrub(record.msg)
        if isinstance(record.args, Mapping):
            record.args = {k: _scrub(v) for k, v in record.args.items()}
        elif record.args:
            record.args = tuple(_scrub(a) for a in record.args)
        return True


logger.addFilter(_RedactingFilter())
logger.addHandler(logging.NullHandler())  # silent unless the application or TENGRAI_LOG configures logging


def configure_from_env() -> None:
    """Attach a stderr handler at the level named by ``TENGRAI_LOG`` (once per process; no-op when unset).

    A value that names no level is reported once, as a `UserWarning`, instead of being ignored silently.
    """
    global _configured
    if _configured:
        return
    _configured = True
    value = os.environ.get("TENGRAI_LOG", "").strip()
    if not value:
        return
    level = _LEVELS.get(value.lower())
    if level is None:
        import warnings

        warnings.warn(
            f"TENGRAI_LOG={value!r} is not a log level: use one of {', '.join(_LEVELS)} (or leave it unset); "
            "tengrai's logging stays off",
            stacklevel=4,  # the line that built the client
        )
        return
    logger.setLevel(level)
    if not any(getattr(h, "_tengrai", False) for h in logger.handlers):
        handler = logging.StreamHandler()
        handler.setFormatter(logging.Formatter("%(asctime)s %(name)s %(levelname)s %(message)s"))
        handler._tengrai = True  # type: ignore[attr-defined]
        logger.addHandler(handler)
