"""Shared pytest configuration: async tests run on asyncio through anyio's plugin; the unit tier is marked and kept
in process; the shell's tengrai settings can be cleared."""

from __future__ import annotations

import socket
import subprocess
import threading
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from ._tiers import UNIT_MODULES


@pytest.fixture
def anyio_backend() -> str:
    """Run `@pytest.mark.anyio` tests on asyncio only."""
    return "asyncio"


@pytest.fixture
def no_tengrai_env(monkeypatch: pytest.MonkeyPatch) -> None:
    """No ``TENGRAI_API_KEY`` or ``TENGRAI_BASE_URL`` from the developer's shell reaches the test (nor the real API)."""
    for name in ("TENGRAI_API_KEY", "TENGRAI_BASE_URL"):
        monkeypatch.delenv(name, raising=False)


TESTS = Path(__file__).resolve().parent


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    """Mark the tests of the unit tier's modules ``unit`` (``make test-fast`` runs those)."""
    for item in items:
        if item.path.is_relative_to(TESTS) and item.path.relative_to(TESTS).as_posix() in UNIT_MODULES:
            item.add_marker(pytest.mark.unit)


def _refuse(what: str) -> Callable[..., Any]:
    def refuse(*args: object, **kwargs: object) -> Any:
        raise AssertionError(f"a unit-tier test must not {what}: move its module out of tests/_tiers.py")

    return refuse


@pytest.fixture(autouse=True)
def _unit_tier_stays_in_process(request: pytest.FixtureRequest, monkeypatch: pytest.MonkeyPatch) -> None:
    """A unit-tier test that connects or binds a socket, starts a thread or runs a subprocess fails."""
    if request.node.get_closest_marker("unit") is None:
        return
    monkeypatch.setattr(socket.socket, "connect", _refuse("connect a socket"))
    monkeypatch.setattr(socket.socket, "bind", _refuse("bind a socket"))
    monkeypatch.setattr(threading.Thread, "start", _refuse("start a thread"))
    monkeypatch.setattr(subprocess.Popen, "__init__", _refuse("run a subprocess"))
