"""A stateful mock of the Tengr.ai API for tests, demos and offline development.

* `create_app` builds the Starlette app (state in ``app.state.mock``, a `MockState`): use it in-process with
  ``httpx.ASGITransport(app=app)`` (async) or `SyncASGITransport` (sync).
* `MockServer` serves it on ``127.0.0.1`` in a thread; ``python -m tengrai.mock`` serves it in the foreground.
* `MockConfig` shapes it; `ManualClock` lets tests move time instead of sleeping.

Needs the ``mock`` extra (``pip install 'tengrai[mock]'``). Names are imported on first use, so
``from tengrai.mock import TEST_API_KEY`` stays cheap.

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
    "MockServer",
    "MockState",
    "RateLimit",
    "RecordedRequest",
    "Scope",
    "SyncASGITransport",
    "SystemClock",
    "WebhookDelivery",
    "create_app",
]

_HOMES = {
    "DroppedConnection": "_app",
    "create_app": "_app",
    "Clock": "_clock",
    "ManualClock": "_clock",
    "SystemClock": "_clock",
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
    value = getattr(importlib.import_module(f"{__name__}.{home}"), name)
    globals()[name] = value
    return value


def __dir__() -> list[str]:
    return sorted(__all__)
