"""Which API the CLI talks to: the real one (key from ``--api-key`` / ``TENGRAI_API_KEY``) or an in-process mock.

With no key configured the CLI runs against a mock server inside the process, says so on stderr, and so always
does something real offline. The mock's tasks live only as long as the process.
"""

from __future__ import annotations

import os
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from typing import TYPE_CHECKING, TextIO

from .._environment import API_KEY_ENV, BASE_URL_ENV
from ._errors import UsageError

if TYPE_CHECKING:
    import argparse

    from .._client import Tengrai
    from ..mock import MockConfig

__all__ = [
    "Session",
    "connect",
    "in_process_mock_config",
    "open_session",
]

# Seconds a task of the in-process mock spends starting and processing: short enough to try the CLI
# interactively, long enough for the progress display to show the statuses go by.
_MOCK_STARTING = 0.4
_MOCK_PROCESSING = 1.2


@dataclass(frozen=True)
class Session:
    """An open client and where it points.

    Attributes:
        client: the synchronous client.
        in_process_mock: True when the API is a mock inside this process (its tasks die with the process).
    """

    client: Tengrai
    in_process_mock: bool


def in_process_mock_config(*, starting: float | None = None, processing: float | None = None) -> MockConfig:
    """The configuration of an in-process mock: fast tasks on the wall clock, any source image URL accepted."""
    from ..mock import Durations, MockConfig

    return MockConfig(
        default_durations=Durations(
            starting=_MOCK_STARTING if starting is None else starting,
            processing=_MOCK_PROCESSING if processing is None else processing,
        ),
        foreign_image_urls="synthesize",
        seed=None,
    )


@contextmanager
def connect(
    *,
    api_key: str | None,
    base_url: str | None,
    mock_config: MockConfig | None,
    strict: bool = False,
    mock_admin: bool = False,
) -> Iterator[Session]:
    """A client for the real API (``mock_config`` None) or for an in-process mock configured by ``mock_config``.

    The in-process mock is called with its test organization's generator key (``TEST_API_KEY``), or with its
    admin key (``TEST_ADMIN_KEY``) when ``mock_admin`` is set (operations that need a manager or admin scope).
    """
    from .._client import Tengrai

    if mock_config is not None:
        from ..mock import (
            IN_PROCESS_BASE_URL,
            TEST_ADMIN_KEY,
            TEST_API_KEY,
            SyncASGITransport,
            create_app,
            require_extra,
        )

        require_extra()  # says what to install instead of failing deep inside an import
        transport = SyncASGITransport(create_app(mock_config))
        key = TEST_ADMIN_KEY if mock_admin else TEST_API_KEY
        client = Tengrai(api_key=key, base_url=IN_PROCESS_BASE_URL, transport=transport, strict=strict)
    else:
        client = Tengrai(api_key=api_key, base_url=base_url, strict=strict)
    try:
        yield Session(client=client, in_process_mock=mock_config is not None)
    finally:
        client.close()


@contextmanager
def open_session(
    args: argparse.Namespace, stderr: TextIO, *, strict: bool = False, mock_admin: bool = False
) -> Iterator[Session]:
    """Open the client the parsed ``args`` ask for, and close it afterwards.

    ``--mock`` or no key at all (neither ``--api-key`` nor ``TENGRAI_API_KEY``) selects the in-process mock;
    ``mock_admin`` calls it with its admin key (see `connect`).
    """
    api_key = args.api_key or os.environ.get(API_KEY_ENV) or None
    base_url = args.base_url or os.environ.get(BASE_URL_ENV) or None
    if args.mock and args.base_url:
        raise UsageError("--mock runs the mock inside this process: leave out --base-url")
    if api_key is None and base_url is not None and not args.mock:
        raise UsageError(
            f"no API key for {base_url}: pass --api-key or set {API_KEY_ENV} "
            f"(a mock served by `tengrai mock` accepts {_mock_key()})"
        )
    use_mock = bool(args.mock) or api_key is None
    mock_config = in_process_mock_config() if use_mock else None
    with connect(
        api_key=api_key, base_url=base_url, mock_config=mock_config, strict=strict, mock_admin=mock_admin
    ) as session:
        if use_mock and not args.mock:
            stderr.write(
                f"note: no API key ({API_KEY_ENV} or --api-key): using a mock server inside this process "
                "(it starts empty on every run, its images are placeholders, nothing is sent anywhere)\n"
            )
        yield session


def _mock_key() -> str:
    from ..mock import TEST_API_KEY

    return TEST_API_KEY
