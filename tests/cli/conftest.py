"""Fixtures of the CLI tests: no tengrai setting from the shell, and one mock server per test module."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from tengrai.mock import MockServer

from ._support import served_mock


@pytest.fixture(autouse=True)
def _no_tengrai_env(no_tengrai_env: None) -> None:
    """Every CLI test runs without the shell's ``TENGRAI_*`` settings."""


@pytest.fixture(scope="module")
def server() -> Iterator[MockServer]:
    """A mock server shared by the tests of one module (a module that needs other settings overrides this)."""
    with served_mock() as running:
        yield running
