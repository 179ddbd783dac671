"""The mock's state: its artworks (each one's lifecycle on the clock is `tengrai.mock._lifecycle`), recorded
requests, rate-limit windows.

All state lives behind one lock, and every change is a short critical section, so the same state can be driven
from the event loop serving requests and from a test thread moving a `ManualClock`. Task lifecycles are computed
from the clock: an artwork is ``starting`` until its starting time has passed, then ``processing``, and ends when
`MockState.tick` finds it due (every request and every clock move calls it; with a real-time clock the app also
schedules a tick for each task's end).
"""

from __future__ import annotations

import copy
import heapq
import itertools
import json
import random
import re
import threading
import uuid
from collections import deque
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any
from urllib.parse import urlsplit

from . import _openapi as _spec
from ._clock import Clock, ManualClock, SystemClock
from ._config import TEST_ORG_ID, MockConfig
from ._files import FileRegistry, capped
from ._images import ImageCache, ImageRecipe, synthetic_source
from ._lifecycle import FAILED, JSON, PROCESSING, STARTING, SUCCEEDED, ArtworkRecord, iso_time
from ._orgs import Organizations
from ._rules import CreateRules, create_rules
from ._webhooks import WebhookDelivery, WebhookDispatcher

__all__ = ["MockState", "RecordedRequest"]

FILES_PATH = re.compile(r"/files/(?P<artwork_id>[^/]+)/(?P<index>\d+)\.(?P<ext>[a-z]+)")
_MAX_ORIGINS = 64


@dataclass(frozen=True)
class RecordedRequest:
    """A request the mock answered. The Authorization header is kept only as ``Bearer <redacted>``."""

    method: str
    path: str
    query: str
    headers: Mapping[str, str]
    body: bytes
    status_code: int
    key_name: str | None
    at: float

    def json(self) -> Any:
        """The body parsed as JSON (ValueError if it is not JSON)."""
        return json.loads(self.body)


class MockState:
    """The state of one mock app (``app.state.mock``): what tests inspect and drive.

    Attributes:
        config: the `MockConfig` the app was built with.
        clock: the clock task lifecycles run on.
        images: the cache of rendered result images.
    """

    def __init__(self, config: MockConfig) -> None:
        self.config = config
        self.clock: Clock = config.clock if config.clock is not None else SystemClock()
        self.images = ImageCache(config.image_cache_bytes)
        self._lock = threading.RLock()
        self._rng = random.Random(config.seed)
        self._artworks: dict[str, ArtworkRecord] = {}
        self._by_owner: dict[str, dict[str, None]] = {}
        self._due: list[tuple[float, int, str]] = []
        self._sequence = itertools.count()
        self._requests: deque[RecordedRequest] = deque(maxlen=config.max_recorded_requests)
        self._deliveries: deque[WebhookDelivery] = deque(maxlen=config.max_recorded_requests)
        self._created = 0
        self._windows: dict[str, tuple[float, int]] = {}
        self._origins: set[str] = set()
        if config.public_url:
            self._origins.add(_origin(config.public_url))
        self._v1_artworks: dict[str, tuple[str, JSON]] = {}
        self.files = FileRegistry()  # what the synchronous V1 operations serve (`tengrai.mock._v1_sync`)
        self.organizations = Organizations(config, self.clock.now, self._rng)
        self._webhooks = WebhookDispatcher(config, self._record_delivery, self.organizations.secret)
        if isinstance(self.clock, ManualClock):
            self.clock.subscribe(self.tick)

    # ------------------------------------------------------------------ for tests

    @property
    def requests(self) -> list[RecordedRequest]:
        """The requests answered so far, oldest first (at most ``max_recorded_requests``)."""
        with self._lock:
            return list(self._requests)

    @property
    def created_count(self) -> int:
        """How many artworks were created (each create a client would be billed for)."""
        with self._lock:
            return self._created + self.files.paid

    @property
    def artworks(self) -> dict[str, JSON]:
        """Every artwork not yet deleted, by id, as the API would return it now (oldest first)."""
        self.tick()
        with self._lock:
            now = self.clock.now()
            return {key: record.view(now) for key, record in self._artworks.items() if not record.expired(now)}

    @property
    def webhook_deliveries(self) -> list[WebhookDelivery]:
        """Finished webhook deliveries, oldest first. Call `flush_webhooks` first to wait for queued ones."""
        with self._lock:
            return list(self._deliveries)

    def webhook_secret(self, org_id: str = TEST_ORG_ID) -> str | None:
        """The organization's current webhook secret (``MockConfig.webhook_secret`` until rotated)."""
        return self.organizations.secret(org_id)

    def api_keys(self, org_id: str = TEST_ORG_ID) -> list[JSON]:
        """The organization's keys as the API describes them (never the keys themselves), oldest first."""
        return self.organizations.keys(org_id, iso_time)

    def add_v1_artwork(
        self,
        artwork_type: str = "txt2img",
        *,
        owner: str = "test",
        status: str = "done",
        parameters: Mapping[str, Any] | None = None,
        results: list[str] | None = None,
        duration: float = 0.0,
        extra: Mapping[str, Any] | None = None,
    ) -> JSON:
        """Store a V1 artwork for the key named ``owner``, as a legacy key would own one; returns it as the API
        shows it (``list_v1_artworks``, ``get_v1_artwork``). The synchronous V1 creates store theirs here too;
        tests seed others; ``extra`` adds or overrides top-level fields (a field or value a newer API might send).
        """
        with self._lock:
            artwork: JSON = {
                "id": str(uuid.UUID(int=self._rng.getrandbits(128), version=4)),
                "artworkType": artwork_type,
                "parameters": dict(parameters or {}),
                "duration": duration,
                "results": list(results or []),
                "status": status,
                "createdAt": iso_time(self.clock.now()),
                **(extra or {}),
            }
            self._v1_artworks[str(artwork["id"])] = (owner, _spec.envelope_values("V1Artwork", artwork))
            return copy.deepcopy(artwork)

    def advance(self, seconds: float) -> None:
        """Move a `ManualClock` forward; tasks that became due end and send their webhooks."""
        self._manual_clock().advance(seconds)

    def finish_all(self) -> None:
        """Move a `ManualClock` to the moment the last running task ends, so every task is finished."""
        with self._lock:
            latest = max((end for end, _, _ in self._due), default=None)
        if latest is not None:
            clock = self._manual_clock()
            clock.advance(max(0.0, latest - clock.now()))

    def flush_webhooks(self, timeout: float | None = 10.0) -> bool:
        """Wait until queued webhook deliveries are done; False when ``timeout`` seconds passed first."""
        return self._webhooks.flush(timeout)

    def close(self) -> None:
        """Stop the webhook thread. The app still answers requests, but sends no more webhooks."""
        self._webhooks.close()

    def _manual_clock(self) -> ManualClock:
        if not isinstance(self.clock, ManualClock):
            raise TypeError(f"driving time needs MockConfig(clock=ManualClock()); this mock runs on {self.clock!r}")
        return self.clock

    # ------------------------------------------------------------------ lifecycle

    def tick(self) -> None:
        """End every task that is due, in order, queue their webhooks and drop expired artworks."""
        deliveries: list[tuple[str, str, bytes, str]] = []
        with self._lock:
            now = self.clock.now()
            while self._due and self._due[0][0] <= now:
                _, _, artwork_id = heapq.heappop(self._due)
                record = self._artworks.get(artwork_id)
                if record is None or record.status is not None:
                    continue
                self._finish(record)
                webhook = record.parameters.get("webhook")
                if isinstance(webhook, str):
                    payload = json.dumps(record.view(now), separators=(",", ":")).encode()
                    deliveries.append((webhook, record.id, payload, record.org_id))
            self._expire(now)
        for url, artwork_id, payload, org_id in deliveries:
            self._webhooks.enqueue(url, artwork_id, payload, org_id)

    def _finish(self, record: ArtworkRecord) -> None:
        if record.planned_failure:
            record.status = FAILED
            record.error = f"the mock failed this task on purpose (MockConfig failure_rate={self.config.failure_rate})"
            return
        rules = create_rules(record.operation_id)
        inputs: dict[str, ImageRecipe] = {}
        for name in rules.image_fields:
            url = record.parameters.get(name)
            if not isinstance(url, str):
                continue
            image, error = self._read_source(url, name)
            if image is None:
                record.status, record.error = FAILED, error
                return
            area = rules.max_image_area(name)
            if area is not None and image.width * image.height > area:
                record.status, record.error = (
                    FAILED,
                    (
                        f"{name} {url} is {image.width} x {image.height} = {image.width * image.height:,} pixels; "
                        f"the documented maximum is {area:,} (x-max-image-pixel-area)"
                    ),
                )
                return
            inputs[name] = image
        # A face swap is drawn on its target (whose size it keeps) with the face of its source; every other
        # operation is drawn from its one input image.
        source = inputs.get("targetImage") or next(iter(inputs.values()), None)
        extra = inputs.get("sourceImage") if "targetImage" in inputs else None
        scale = record.parameters.get("scaleFactor")
        if record.size is not None:
            width, height = record.size
        elif source is not None and isinstance(scale, int):
            width, height = source.width * scale, source.height * scale
        elif source is not None:
            width, height = source.width, source.height
        else:  # neither size fields nor a source image (Style DNA anchor): the API's default size
            width, height = 1024, 1024
        record.recipes = tuple(
            ImageRecipe(
                record.artwork_type, record.seed, index, width, height, record.fmt, record.transparent, source, extra
            )
            for index in range(record.batch)
        )
        record.status = SUCCEEDED

    def _read_source(self, url: str, name: str = "imageUrl") -> tuple[ImageRecipe | None, str]:
        """The recipe of the image ``url`` (request field ``name``) points at, or None and why it cannot be read."""
        try:
            parts = urlsplit(url)
        except ValueError:
            parts = None
        found = FILES_PATH.fullmatch(parts.path) if parts else None
        if parts is not None and found is not None and _origin(url) in self._origins:
            record = self._artworks.get(found["artwork_id"])
            now = self.clock.now()
            served = self.files.get(found["artwork_id"], int(found["index"]), found["ext"], now)
            if record is None and served is not None:
                return capped(served), ""
            if record is None or record.expired(now):
                return None, f"{name} {url} could not be read: HTTP 404 (no such artwork on this server)"
            index = int(found["index"])
            if record.status != SUCCEEDED:
                status = record.status_at(now)
                state = f"is {status}" if status in (STARTING, PROCESSING) else f"ended {status}"  # not "is failed"
                return None, f"{name} {url} could not be read: artwork {record.id} {state} and has no images"
            if index >= len(record.recipes) or found["ext"] != record.fmt:
                return None, f"{name} {url} could not be read: HTTP 404 (artwork {record.id} has no such file)"
            return capped(record.recipes[index]), ""
        if self.config.foreign_image_urls == "synthesize":
            return synthetic_source(url), ""
        return None, (
            f"{name} {url} could not be read: the mock server fetches nothing from the network and reads only "
            "its own result files (<base>/files/...); to accept other URLs, use "
            "MockConfig(foreign_image_urls='synthesize') or serve it with `tengrai mock --synthesize-sources`"
        )

    def _expire(self, now: float) -> None:
        for artwork_id in list(itertools.islice(self._artworks, 64)):
            if not self._artworks[artwork_id].expired(now):
                break
            self._drop(artwork_id)

    def _drop(self, artwork_id: str) -> None:
        record = self._artworks.pop(artwork_id)
        owned = self._by_owner.get(record.owner)
        if owned is not None:
            owned.pop(artwork_id, None)

    # ------------------------------------------------------------------ used by the app

    def note_origin(self, origin: str) -> None:
        """Remember a base URL the mock was reached at (its own files are recognised under it)."""
        with self._lock:
            if len(self._origins) < _MAX_ORIGINS:
                self._origins.add(_origin(origin))

    def create(
        self, rules: CreateRules, parameters: JSON, *, owner: str, base_url: str, org_id: str = TEST_ORG_ID
    ) -> tuple[JSON, float]:
        """Store a new task; returns its API view and the seconds until it ends."""
        self.tick()
        durations = self.config.durations_for(rules.artwork_type)
        with self._lock:
            now = self.clock.now()
            seed = parameters.get("seed")
            record = ArtworkRecord(
                id=str(uuid.UUID(int=self._rng.getrandbits(128), version=4)),
                owner=owner,
                org_id=org_id,
                operation_id=rules.operation_id,
                artwork_type=rules.artwork_type,
                parameters=parameters,
                created_at=now,
                durations=durations,
                base_url=(self.config.public_url or base_url).rstrip("/"),
                batch=int(parameters.get("batch", 1)),
                size=rules.size(parameters),
                fmt=rules.output_format(parameters) or "png",
                transparent=bool(parameters.get("transparentBackground", False)),
                seed=rules.transformed_seed(seed) if isinstance(seed, int) else self._rng.getrandbits(31),
                planned_failure=self._rng.random() < self.config.failure_rate,
            )
            self._artworks[record.id] = record
            self._by_owner.setdefault(owner, {})[record.id] = None
            heapq.heappush(self._due, (record.ends_at, next(self._sequence), record.id))
            self._created += 1
            while len(self._artworks) > self.config.max_artworks:
                self._drop(next(iter(self._artworks)))
            view = record.view(now)
        if durations.total == 0:
            self.tick()
        return view, durations.total

    def get(self, artwork_id: str, *, owner: str) -> JSON | None:
        """The artwork's API view, or None if it does not exist for this key (or was deleted)."""
        self.tick()
        with self._lock:
            now = self.clock.now()
            record = self._artworks.get(artwork_id)
            if record is None or record.owner != owner or record.expired(now):
                return None
            return record.view(now)

    def page(self, *, owner: str, offset: int, limit: int) -> list[JSON]:
        """A page of the key's artworks, newest first."""
        self.tick()
        with self._lock:
            now = self.clock.now()
            ids = list(self._by_owner.get(owner, {}))
            ids.reverse()
            page = ids[offset : offset + limit]
            return [self._artworks[key].view(now) for key in page if not self._artworks[key].expired(now)]

    def v1_page(self, *, owner: str, offset: int, limit: int) -> list[JSON]:
        """A page of the key's V1 artworks, newest first."""
        with self._lock:
            owned = [artwork for key, artwork in self._v1_artworks.values() if key == owner]
            owned.reverse()
            return copy.deepcopy(owned[offset : offset + limit])

    def v1_get(self, artwork_id: str, *, owner: str) -> JSON | None:
        """One V1 artwork of the key, or None."""
        with self._lock:
            found = self._v1_artworks.get(artwork_id)
            if found is None or found[0] != owner:
                return None
            return copy.deepcopy(found[1])

    def file(self, artwork_id: str, index: int, ext: str) -> ImageRecipe | None:
        """The recipe of a result file, or None when there is no such file (now)."""
        self.tick()
        with self._lock:
            record = self._artworks.get(artwork_id)
            if record is None:
                return self.files.get(artwork_id, index, ext, self.clock.now())
            if record.expired(self.clock.now()) or ext != record.fmt:
                return None
            return record.recipes[index] if index < len(record.recipes) else None

    def throttle(self, key_name: str) -> float | None:
        """Count a request of ``key_name``; seconds until its window reopens when it is over the limit, else None."""
        limit = self.config.rate_limit
        if limit is None:
            return None
        with self._lock:
            now = self.clock.now()
            start, count = self._windows.get(key_name, (now, 0))
            if now >= start + limit.window:
                start, count = now, 0
            if count >= limit.requests:
                return start + limit.window - now
            self._windows[key_name] = (start, count + 1)
            return None

    def chance(self) -> float:
        """A draw from the mock's seeded random source, in [0, 1)."""
        with self._lock:
            return self._rng.random()

    def choose(self, options: tuple[int, ...]) -> int:
        """A seeded random choice."""
        with self._lock:
            return self._rng.choice(options)

    def record(self, request: RecordedRequest) -> None:
        """Keep a request for inspection."""
        with self._lock:
            self._requests.append(request)

    def _record_delivery(self, delivery: WebhookDelivery) -> None:
        with self._lock:
            self._deliveries.append(delivery)


def _origin(url: str) -> str:
    parts = urlsplit(url)
    return f"{parts.scheme}://{parts.netloc}".lower()
