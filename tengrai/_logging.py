"""The ``tengrai`` logger: off by default, ``TENGRAI_LOG=debug|info|warning`` turns it on.

Nothing logged here ever carries the API key: headers go through `redact_headers` first, and a filter on the
logger scrubs ``Authorization`` values from any record that still holds one.
"""

from __future__ import annotations

import logging
import os
import re
from collections.abc import Iterable, Mapping
from typing import Any

__all__ = ["SENSITIVE_HEADERS", "configure_from_env", "logger", "redact_headers"]

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


def _scrub(value: Any) -> Any:
    if isinstance(value, str):
        return _BEARER.sub(r"\1<redacted>", value)
    if isinstance(value, Mapping):
        return redact_headers({str(k): _scrub(v) for k, v in value.items()})
    return value


class _RedactingFilter(logging.Filter):
    """Last line of defence: rewrite bearer tokens and sensitive headers in a record's message and arguments."""

    def filter(self, record: logging.LogRecord) -> bool:
        record.msg = _scrub(record.msg)
        if isinstance(record.args, Mapping):
            record.args = {k: _scrub(v) for k, v in record.args.items()}
        elif record.args:
            record.args = tuple(_scrub(a) for a in record.args)
        return True


logger.addFilter(_RedactingFilter())


def configure_from_env() -> None:
    """Attach a stderr handler at the level named by ``TENGRAI_LOG`` (once per process; no-op when unset)."""
    global _configured
    if _configured:
        return
    _configured = True
    level = _LEVELS.get(os.environ.get("TENGRAI_LOG", "").strip().lower())
    if level is None:
        return
    logger.setLevel(level)
    if not any(getattr(h, "_tengrai", False) for h in logger.handlers):
        handler = logging.StreamHandler()
        handler.setFormatter(logging.Formatter("%(asctime)s %(name)s %(levelname)s %(message)s"))
        handler._tengrai = True  # type: ignore[attr-defined]
        logger.addHandler(handler)
