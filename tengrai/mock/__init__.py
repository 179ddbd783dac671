"""A stateful mock of the Tengr.ai API for tests, demos and offline development.

* `create_app` builds the Starlette app (state in ``app.state.mock``, a `MockState`): use it in-process with
  ``httpx.ASGITransport(app=app)`` (async) or `SyncASGITransport` (sync).
* `MockServer` serves it on ``127.0.0.1`` in a thread; ``python -m tengrai.mock`` serves it in the foreground.
* `MockConfig` shapes it; `ManualClock` lets tests move time instead of sleeping.

Needs the ``mock`` extra (``pip install 'tengrai[mock]'``); without it, using the mock raises
`MockExtraMissingError` saying so. Names are imported on first use, so ``from tengrai.mock import TEST_API_KEY``
stays cheap.

Every mock has a test organization, `TEST_ORG_ID`; by default `TEST_API_KEY` is a generator key of it and
`TEST_ADMIN_KEY` an admin key (mints and revokes keys, rotates the webhook secret).
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from ._app import DroppedConnection, create_app
    from ._clock import Clock, ManualClock, SystemClock
    from ._config import (
        IN_PROCESS_BASE_URL,
        TEST_ADMIN_KEY,
        TEST_API_KEY,
        TEST_ORG_ID,
        ApiKey,
        Durations,
        Faults,
        MockConfig,
        RateLimit,
        Scope,
    )
    from ._server import MockServer
    from ._state import MockState, RecordedRequest
    from ._transport import SyncASGITransport
    from ._webhooks import WebhookDelivery

__all__ = [
    "EXTRA_MODULES",
    "INSTALL_HINT",
    "IN_PROCESS_BASE_URL",
    "TEST_ADMIN_KEY",
    "TEST_API_KEY",
    "TEST_ORG_ID",
    "ApiKey",
    "Clock",
    "DroppedConnection",
    "Durations",
    "Faults",
    "ManualClock",
    "MockConfig",
    "MockExtraMissingError",
    "MockServer",
    "MockState",
    "RateLimit",
    "RecordedRequest",
    "Scope",
    "SyncASGITransport",
    "SystemClock",
    "WebhookDelivery",
    "create_app",
    "require_extra",
]

INSTALL_HINT = 'pip install "tengrai[mock]"'
"""The command that installs what the mock server needs."""
EXTRA_MODULES = ("starlette", "jsonschema_rs", "PIL", "uvicorn")
"""Top-level modules of the ``mock`` extra (uvicorn only serves on a socket; in-process use does not need it)."""


class MockExtraMissingError(ImportError):
    """The mock server (or the pytest plugin) was used without the ``mock`` extra installed.

    The message names the missing module and the command that installs it (`INSTALL_HINT`).
    """


def _missing(exc: ModuleNotFoundError) -> MockExtraMissingError | None:
    root = (exc.name or "").partition(".")[0]
    if root not in EXTRA_MODULES:
        return None
    return MockExtraMissingError(
        f"the mock server needs the 'mock' extra, which is not installed (no module {root!r}): {INSTALL_HINT}",
        name=root,
    )


def require_extra(*, serve: bool = False) -> None:
    """Raise `MockExtraMissingError` unless the ``mock`` extra is installed (with uvicorn too when ``serve``)."""
    for module in EXTRA_MODULES if serve else EXTRA_MODULES[:-1]:
        try:
            importlib.import_module(module)
        except ModuleNotFoundError as exc:
            missing = _missing(exc)
            if missing is None:
                raise
            raise missing from exc


_HOMES = {
    "DroppedConnection": "_app",
    "create_app": "_app",
    "Clock": "_clock",
    "ManualClock": "_clock",
    "SystemClock": "_clock",
    "IN_PROCESS_BASE_URL": "_config",
    "TEST_ADMIN_KEY": "_config",
    "TEST_API_KEY": "_config",
    "TEST_ORG_ID": "_config",
    "ApiKey": "_config",
    "Durations": "_config",
    "Faults": "_config",
    "MockConfig": "_config",
    "RateLimit": "_config",
    "Scope": "_config",
    "MockServer": "_server",
    "MockState": "_state",
    "RecordedRequest": "_state",
    "SyncASGITransport": "_transport",
    "WebhookDelivery": "_webhooks",
}


def __getattr__(name: str) -> Any:
    home = _HOMES.get(name)
    if home is None:
        raise AttributeError(f"module 'tengrai.mock' has no attribute {name!r}")
    try:
        module = importlib.import_module(f"{__name__}.{home}")
    except ModuleNotFoundError as exc:
        missing = _missing(exc)
        if missing is None:
            raise
        raise missing from exc
    value = getattr(module, name)
    globals()[name] = value
    return value


def __dir__() -> list[str]:
    return sorted(__all__)
