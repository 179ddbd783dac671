"""The ``tengrai`` logger is silent unless asked: a NullHandler, and TENGRAI_LOG values it does not know are said."""

from __future__ import annotations

import os
import subprocess
import sys
import textwrap

# A client that meets one 503 (a retry logs a warning-level line in many SDKs) and one warning logged directly.
_CODE = textwrap.dedent(
    """
    import httpx, logging
    from tengrai import Tengrai

    calls = []

    def handler(request):
        calls.append(request)
        return httpx.Response(503) if len(calls) == 1 else httpx.Response(200, json=[])

    client = Tengrai(api_key="tengrai-test-key-0123456789", base_url="https://api.tengr.test",
                     transport=httpx.MockTransport(handler), sleep=lambda s: None)
    list(client.artworks.list())
    logging.getLogger("tengrai").warning("a warning nobody asked to see")
    """
)


def _run(**env: str) -> subprocess.CompletedProcess[str]:
    clean = {key: value for key, value in os.environ.items() if not key.startswith("TENGRAI_")}
    return subprocess.run(
        [sys.executable, "-c", _CODE], env={**clean, **env}, capture_output=True, text=True, check=False, timeout=60
    )


def test_nothing_reaches_stderr_when_no_handler_is_configured() -> None:
    result = _run()
    assert result.returncode == 0, result.stderr
    assert result.stderr == ""  # not Python's last-resort handler


def test_the_logger_has_a_null_handler() -> None:
    import logging

    import tengrai  # noqa: F401  (the library's logger is set up on import)

    assert any(isinstance(handler, logging.NullHandler) for handler in logging.getLogger("tengrai").handlers)


def test_an_unknown_tengrai_log_value_is_said_once_naming_the_accepted_ones() -> None:
    result = _run(TENGRAI_LOG="verbose")
    assert result.returncode == 0, result.stderr
    assert "TENGRAI_LOG='verbose'" in result.stderr
    for level in ("debug", "info", "warning", "error"):
        assert level in result.stderr
    assert result.stderr.count("TENGRAI_LOG") == 1
    assert "a warning nobody asked to see" not in result.stderr


def test_a_known_value_still_turns_logging_on() -> None:
    result = _run(TENGRAI_LOG="WARNING")
    assert "a warning nobody asked to see" in result.stderr
