"""Webhooks: a receiver that verifies each delivery's signature before trusting it.

    python examples/webhook_receiver.py            # the whole loop on this machine, no key
    python examples/webhook_receiver.py --listen 9000   # only the receiver (behind your HTTPS tunnel)

Without arguments, a mock Tengr.ai server runs on loopback with a webhook secret; a task is created with
``webhook=http://127.0.0.1:<port>/hook`` (loopback receivers are accepted when the API itself is local), and the
receiver verifies the signed delivery with `tengrai.webhooks.unwrap`. Against the real API the receiver must be
reachable on a public HTTPS URL; ``--listen`` runs just the receiver, verifying with ``TENGRAI_WEBHOOK_SECRET``.
"""

from __future__ import annotations

import http.server
import os
import queue
import sys
import threading

from tengrai import Artwork, Tengrai, WebhookVerificationError, webhooks

SECRET_ENV = "TENGRAI_WEBHOOK_SECRET"  # noqa: S105 - the name of a variable, not a secret


def receiver(secret: str, port: int, deliveries: queue.Queue[Artwork]) -> http.server.HTTPServer:
    """An HTTP server that answers 204 to verified deliveries (and queues them) and 400 to anything else."""

    class Handler(http.server.BaseHTTPRequestHandler):
        def do_POST(self) -> None:
            body = self.rfile.read(int(self.headers.get("content-length", 0)))  # the raw bytes: they are signed
            try:
                artwork = webhooks.unwrap(body, dict(self.headers.items()), secret=secret)
            except WebhookVerificationError as exc:
                self.send_response(400)
                self.end_headers()
                print(f"rejected a delivery: {exc}")
                return
            self.send_response(204)
            self.end_headers()
            deliveries.put(artwork)

        def log_message(self, format: str, *args: object) -> None:
            pass

    return http.server.HTTPServer(("127.0.0.1", port), Handler)


def local_loop() -> None:
    from tengrai.mock import TEST_API_KEY, Durations, MockConfig, MockServer

    secret = "whsec_" + "ZXhhbXBsZS13ZWJob29rLXNlY3JldA=="  # any base64 secret; the real one comes from Tengr.ai
    deliveries: queue.Queue[Artwork] = queue.Queue()
    server = receiver(secret, 0, deliveries)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    hook = f"http://127.0.0.1:{server.server_address[1]}/hook"
    config = MockConfig(
        webhook_secret=secret, allow_loopback_webhooks=True, default_durations=Durations(starting=0.1, processing=0.3)
    )
    try:
        with MockServer(config) as api, Tengrai(api_key=TEST_API_KEY, base_url=api.url) as client:
            created = client.quantum.create(prompt="a lighthouse", webhook=hook)
            print(f"created {created.id}; webhook -> {hook}")
            delivered = deliveries.get(timeout=30)  # the mock delivers when the task ends
            print(f"verified delivery: artwork {delivered.id} {delivered.status}, {len(delivered.results)} result(s)")
    finally:
        server.shutdown()
        server.server_close()


def listen(port: int) -> None:
    secret = os.environ.get(SECRET_ENV)
    if not secret:
        sys.exit(f"set {SECRET_ENV} to your organization's webhook secret")
    deliveries: queue.Queue[Artwork] = queue.Queue()
    server = receiver(secret, port, deliveries)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    print(f"listening on http://127.0.0.1:{port}/ (Ctrl-C to stop)")
    try:
        while True:
            artwork = deliveries.get()
            print(f"verified delivery: artwork {artwork.id} {artwork.status} {artwork.results}")
    except KeyboardInterrupt:
        server.shutdown()


if __name__ == "__main__":
    if sys.argv[1:2] == ["--listen"]:
        listen(int(sys.argv[2]))
    else:
        local_loop()
