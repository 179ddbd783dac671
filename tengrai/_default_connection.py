"""`DefaultConnection`: where clients connect while the test hook `tengrai._client.set_default_connection` is set.

A module of its own so that ``from tengrai import Tengrai`` does not create it (nor import `dataclasses`): only the
pytest plugin (`tengrai.testing`) builds one.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

__all__ = ["DefaultConnection"]


@dataclass(frozen=True)
class DefaultConnection:
    """Where clients built without ``transport=``/``http_client=`` connect while a test hook is set.

    Attributes:
        api_key: replaces any key the code passes or the environment holds.
        base_url: replaces any base URL.
        transport: a factory of the httpx transport (called with ``True`` for `AsyncTengrai`).
        clock: the clock clients keep time by, or None for theirs.
        sleep: a factory of the sleep function (called with ``True`` for a coroutine function), or None.
    """

    api_key: str
    base_url: str
    transport: Callable[[bool], Any]
    clock: Callable[[], float] | None = None
    sleep: Callable[[bool], Any] | None = None
