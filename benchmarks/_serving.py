"""Serving the mock on loopback for the benchmarks.

`tengrai.mock.MockServer` (at the time of writing) listens on a socket made with protocol 0, so asyncio does not
recognise it as TCP and never sets TCP_NODELAY on accepted connections. uvicorn writes the headers and the body of
an answer separately, so Nagle's algorithm holds the body back until the client's delayed ACK (about 40 ms on
Linux): every request then takes ~44 ms however idle the server is. Linux copies TCP_NODELAY from a listening
socket to the connections it accepts, so `served_mock(nodelay=True)` sets it on the listener; the benchmarks
measure the server's capacity and not a kernel timer. With ``nodelay=False`` the server is used as shipped.
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
