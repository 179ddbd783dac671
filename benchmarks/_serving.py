"""Serving the mock on loopback for the benchmarks.

uvicorn writes the headers and the body of an answer separately, so without TCP_NODELAY Nagle's algorithm holds
the body back until the client's delayed ACK (about 40 ms on Linux). `tengrai.mock.MockServer` now creates its
listener as an IPPROTO_TCP socket, which asyncio recognises and sets TCP_NODELAY on; `served_mock(nodelay=True)`
also sets it on the listener (Linux copies it to accepted connections), so the measurement never depends on it.
``nodelay=False`` uses the server exactly as shipped.
"""

from __future__ import annotations

import contextlib
import socket
from collections.abc import Iterator
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from tengrai.mock import MockConfig, MockServer


def listener_has_nodelay(server: MockServer) -> bool | None:
    """Whether the server's listening socket has TCP_NODELAY (None when it cannot be inspected)."""
    sock = getattr(server, "_socket", None)
    if not isinstance(sock, socket.socket):
        return None
    return bool(sock.getsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY))


@contextlib.contextmanager
def served_mock(config: MockConfig, *, nodelay: bool = True) -> Iterator[MockServer]:
    """A running `MockServer` for ``config``; stopped on exit."""
    from tengrai.mock import MockServer

    with MockServer(config) as server:
        sock = getattr(server, "_socket", None)
        if nodelay and isinstance(sock, socket.socket):
            sock.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)
        yield server
