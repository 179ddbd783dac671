"""Shared pytest configuration: async tests run on asyncio through anyio's plugin."""

from __future__ import annotations

import pytest


@pytest.fixture
def anyio_backend() -> str:
    """Run `@pytest.mark.anyio` tests on asyncio only."""
    return "asyncio"


@pytest.fixture
def no_tengrai_env(monkeypatch: pytest.MonkeyPatch) -> None:
    """No ``TENGRAI_API_KEY`` or ``TENGRAI_BASE_URL`` from the developer's shell reaches the test (nor the real API)."""
    for name in ("TENGRAI_API_KEY", "TENGRAI_BASE_URL"):
        monkeypatch.delenv(name, raising=False)
