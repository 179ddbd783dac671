"""Webhook deliveries of the mock: POSTed from a background thread so request handling never waits on them."""

from __future__ import annotations

import queue
import threading
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field

import httpx

from tengrai.webhooks import sign

from ._config import MockConfig

__all__ = ["WebhookDelivery", "WebhookDispatcher"]

_USER_AGENT = "tengrai-mock-webhooks"
_BACKOFF = 0.25
"""Seconds before the second attempt; doubled for every further one."""


@dataclass(frozen=True)
class WebhookDelivery:
    """The outcome of one webhook (all its attempts)."""

    url: str
    artwork_id: str
    payload: bytes
    headers: Mapping[str, str] = field(repr=False)
    delivered: bool
    status_code: int | None
    error: str | None
    attempts: int


@dataclass(frozen=True)
class _Job:
    url: str
    artwork_id: str
    payload: bytes
    org_id: str


class WebhookDispatcher:
    """Sends webhooks one after another on a daemon thread started on first use; reports each outcome.

    Each attempt is signed with the secret ``secret_for(org_id)`` returns at that moment: the organization's
    secret last rotated.
    """

    def __init__(
        self,
        config: MockConfig,
        on_result: Callable[[WebhookDelivery], None],
        secret_for: Callable[[str], str | None],
    ) -> None:
        self._config = config
        self._secret_for = secret_for
        self._on_result = on_result
        self._queue: queue.Queue[_Job | None] = queue.Queue()
        self._pending = 0
        self._idle = threading.Condition()
        self._stop = threading.Event()
        self._thread: threading.Thread | None = None
        self._thread_lock = threading.Lock()

    def enqueue(self, url: str, artwork_id: str, payload: bytes, org_id: str) -> None:
        """Schedule a delivery of ``payload`` to ``url`` for an artwork of organization ``org_id``; returns at once."""
        if self._stop.is_set():
            return
        if not self._config.deliver_webhooks:
            self._on_result(
                WebhookDelivery(url, artwork_id, payload, {}, False, None, "delivery disabled by MockConfig", 0)
            )
            return
        with self._idle:
            self._pending += 1
        self._ensure_thread()
        self._queue.put(_Job(url, artwork_id, payload, org_id))

    def flush(self, timeout: float | None = None) -> bool:
        """Wait until every queued delivery is done; False if ``timeout`` seconds passed first."""
        with self._idle:
            return self._idle.wait_for(lambda: self._pending == 0, timeout)

    def close(self) -> None:
        """Stop the delivery thread; deliveries still queued are dropped."""
        self._stop.set()
        with self._thread_lock:
            thread = self._thread
        if thread is not None:
            self._queue.put(None)
            thread.join(timeout=self._config.webhook_timeout + 1)

    def _ensure_thread(self) -> None:
        with self._thread_lock:
            if self._thread is None:
                self._thread = threading.Thread(target=self._run, name="tengrai-mock-webhooks", daemon=True)
                self._thread.start()

    def _run(self) -> None:
        transport = self._config.webhook_transport
        with httpx.Client(transport=transport, timeout=self._config.webhook_timeout, follow_redirects=False) as http:
            while True:
                job = self._queue.get()
                if job is None or self._stop.is_set():
                    return
                try:
                    self._on_result(self._deliver(http, job))
                finally:
                    with self._idle:
                        self._pending -= 1
                        self._idle.notify_all()

    def _deliver(self, http: httpx.Client, job: _Job) -> WebhookDelivery:
        headers = {"content-type": "application/json", "user-agent": _USER_AGENT}
        msg_id = f"msg_{job.artwork_id.replace('-', '')}"
        status: int | None = None
        error: str | None = None
        attempt = 0
        for attempt in range(1, self._config.webhook_attempts + 1):
            if attempt > 1 and self._stop.wait(_BACKOFF * 2 ** (attempt - 2)):
                break
            secret = self._secret_for(job.org_id)
            if secret:
                headers.update(sign(job.payload, secret, msg_id=msg_id))
            try:
                response = http.post(job.url, content=job.payload, headers=headers)
            except Exception as exc:  # any failure of the receiver is an outcome to record, not a crash
                status, error = None, f"{type(exc).__name__}: {exc}"
                continue
            status = response.status_code
            if response.is_success:
                return WebhookDelivery(job.url, job.artwork_id, job.payload, dict(headers), True, status, None, attempt)
            error = f"receiver answered HTTP {status}"
        return WebhookDelivery(job.url, job.artwork_id, job.payload, dict(headers), False, status, error, attempt)
