"""Fixtures of the batch tests."""

from __future__ import annotations

import pytest


@pytest.fixture(autouse=True)
def _no_tengrai_env(no_tengrai_env: None) -> None:
    """Every batch test runs without the shell's ``TENGRAI_*`` settings."""
