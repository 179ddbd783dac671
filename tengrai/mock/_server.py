"""`MockServer`: the mock app served by uvicorn on loopback in a background thread."""

from __future__ import annotations

import logging
import socket
import threading
import time
from types import TracebackType
from typing import Any, Self

import uvicorn

from ._app import DroppedConnection, create_app
from ._config import MockConfig
from ._state import MockState

__all__ = ["MockServer", "quiet_dropped_connections"]

_START_TIMEOUT = 10.0


class _DropFilter(logging.Filter):
    """Hides uvicorn's traceback for connections the mock drops on purpose (``Faults.drop_rate``)."""

    def filter(self, record: logging.LogRecord) -> bool:
        return not (record.exc_info and isinstance(record.exc_info[1], DroppedConnection))


_FILTER = _DropFilter()


def quiet_dropped_connections() -> None:
    """Keep deliberate connection drops out of uvicorn's error log (idempotent)."""
    logger = logging.getLogger("uvicorn.error")
    if _FILTER not in logger.filters:
        logger.addFilter(_FILTER)


def bind_loopback(host: str, port: int) -> socket.socket:
    """A listening TCP socket on ``host:port`` (port 0 picks a free one)."""
    family = socket.AF_INET6 if ":" in host else socket.AF_INET
    # IPPROTO_TCP spelled out: asyncio sets TCP_NODELAY only on sockets it recognises as TCP, and without it
    # every answer waits ~40 ms for delayed ACKs (uvicorn writes headers and body separately).
    sock = socket.socket(family, socket.SOCK_STREAM, socket.IPPROTO_TCP)
    sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
    try:
        sock.bind((host, port))
        sock.listen(128)
    except OSError:
        sock.close()
        raise
    return sock


class MockServer:
    """The mock Tengr.ai server on ``http://127.0.0.1:<port>``, for code that needs a real URL.

    ``with MockServer(MockConfig(...)) as server: server.url`` starts uvicorn in a thread (``port=0``, the
    default, picks a free port) and stops it on exit. Pass ``app`` to serve an app made with `create_app`
    instead of a new one; a server closes the state (webhook thread) only of an app it made itself.
    """

    def __init__(
        self,
        config: MockConfig | None = None,
        *,
        app: Any = None,
        host: str = "127.0.0.1",
        port: int = 0,
        log_level: str = "warning",
    ) -> None:
        if app is not None and config is not None:
            raise ValueError("MockServer takes a config or an app, not both")
        self._owns_app = app is None
        self.app = app if app is not None else create_app(config)
        self._host = host
        self._port = port
        self._log_level = log_level
        self._server: uvicorn.Server | None = None
        self._thread: threading.Thread | None = None
        self._socket: socket.socket | None = None
        self._url: str | None = None

    @property
    def url(self) -> str:
        """The base URL, e.g. ``http://127.0.0.1:53117`` (only while running)."""
        if self._url is None:
            raise RuntimeError("MockServer is not running: use it as a context manager or call start()")
        return self._url

    @property
    def state(self) -> MockState:
        """The served app's `MockState`."""
        state: MockState = self.app.state.mock
        return state

    def start(self) -> Self:
        """Start serving; returns once the server accepts connections."""
        if self._thread is not None:
            raise RuntimeError("MockServer is already running")
        quiet_dropped_connections()
        self._socket = bind_loopback(self._host, self._port)
        port = self._socket.getsockname()[1]
        config = uvicorn.Config(self.app, log_level=self._log_level, access_log=False, lifespan="off")
        self._server = uvicorn.Server(config)
        self._thread = threading.Thread(
            target=self._server.run, kwargs={"sockets": [self._socket]}, name="tengrai-mock-server", daemon=True
        )
        self._thread.start()
        deadline = time.monotonic() + _START_TIMEOUT
        while not self._server.started:
            if not self._thread.is_alive() or time.monotonic() > deadline:
                self.stop()
                raise RuntimeError(f"the mock server did not start on {self._host}:{port}")
            time.sleep(0.005)
        host = f"[{self._host}]" if ":" in self._host else self._host
        self._url = f"http://{host}:{port}"
        return self

    def stop(self) -> None:
        """Stop serving and wait for the server thread (idempotent)."""
        server, thread = self._server, self._thread
        if server is not None and thread is not None:
            server.should_exit = True
            thread.join(timeout=10)
            if thread.is_alive():
                server.force_exit = True
                thread.join(timeout=5)
        if self._socket is not None:
            self._socket.close()
        if self._owns_app:
            self.state.close()
        self._server = self._thread = self._socket = None
        self._url = None

    def __enter__(self) -> Self:
        return self.start()

    def __exit__(
        self, exc_type: type[BaseException] | None, exc: BaseException | None, traceback: TracebackType | None
    ) -> None:
        self.stop()

    def __repr__(self) -> str:
        return f"MockServer(url={self._url!r})"
