"""A misbehaving HTTP server on loopback, for tests that need real sockets (event loops, trickles, keep-alive).

Each request is handed to a function that writes the raw answer on the socket itself, so a test can answer
correctly, trickle bytes, send a corrupt body or hang. The server runs in threads and is stopped on exit.
"""

from __future__ import annotations

import contextlib
import json
import socket
import threading
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any

__all__ = ["Exchange", "Loopback", "loopback", "raw_answer"]


@dataclass
class Exchange:
    """One request as the server saw it, and the socket to answer on."""

    method: str
    path: str
    body: bytes
    wfile: Any
    stop: threading.Event

    def json(self) -> Any:
        """The request body as JSON."""
        return json.loads(self.body)

    def answer(self, status: int, body: bytes, headers: dict[str, str] | None = None) -> None:
        """A complete answer with Content-Length (keep-alive)."""
        self.wfile.write(raw_answer(status, body, headers))
        self.wfile.flush()

    def answer_json(self, status: int, data: Any, headers: dict[str, str] | None = None) -> None:
        """A complete JSON answer."""
        self.answer(status, json.dumps(data).encode(), {"Content-Type": "application/json", **(headers or {})})

    def trickle(self, data: bytes, every: float) -> None:
        """Write ``data`` one byte at a time, ``every`` seconds apart (until the server stops)."""
        for index in range(len(data)):
            if self.stop.wait(every):
                return
            try:
                self.wfile.write(data[index : index + 1])
                self.wfile.flush()
            except OSError:
                return


def raw_answer(status: int, body: bytes, headers: dict[str, str] | None = None) -> bytes:
    """The bytes of an HTTP/1.1 answer."""
    lines = [f"HTTP/1.1 {status} X"]
    merged = {"Content-Length": str(len(body)), **(headers or {})}
    lines += [f"{name}: {value}" for name, value in merged.items()]
    return ("\r\n".join(lines) + "\r\n\r\n").encode() + body


@dataclass
class Loopback:
    """A running server: its base URL and every request it saw."""

    base_url: str
    exchanges: list[Exchange] = field(default_factory=list)

    def count(self, method: str, path: str | None = None) -> int:
        """How many requests with ``method`` (to ``path``) arrived."""
        return sum(1 for e in self.exchanges if e.method == method and (path is None or e.path.split("?")[0] == path))


@contextlib.contextmanager
def loopback(handle: Callable[[Exchange], None]) -> Iterator[Loopback]:
    """Serve ``handle`` on 127.0.0.1 (a free port) until the block ends."""
    stop = threading.Event()
    state: Loopback

    class Handler(BaseHTTPRequestHandler):
        protocol_version = "HTTP/1.1"

        def log_message(self, format: str, *args: Any) -> None:
            pass

        def _serve(self) -> None:
            length = int(self.headers.get("Content-Length") or 0)
            body = self.rfile.read(length) if length else b""
            exchange = Exchange(self.command, self.path, body, self.wfile, stop)
            state.exchanges.append(exchange)
            handle(exchange)

        do_GET = do_POST = _serve

    class Server(ThreadingHTTPServer):
        daemon_threads = True
        block_on_close = False

        def server_bind(self) -> None:
            self.socket.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
            super().server_bind()

    server = Server(("127.0.0.1", 0), Handler)
    state = Loopback(base_url=f"http://127.0.0.1:{server.server_address[1]}")
    thread = threading.Thread(target=server.serve_forever, kwargs={"poll_interval": 0.05}, daemon=True)
    thread.start()
    try:
        yield state
    finally:
        stop.set()
        server.shutdown()
        server.server_close()
        thread.join(5)
        time.sleep(0)  # let handler threads see `stop`
