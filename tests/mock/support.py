"""Helpers for the mock server's tests: an in-process mock with a raw httpx client, and spec look-ups."""

from __future__ import annotations

import io
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from typing import Any

import httpx
from PIL import Image

from tengrai.mock import TEST_API_KEY, ManualClock, MockConfig, MockState, SyncASGITransport, create_app
from tests.paths import (  # re-exported: the suite imports them from here
    FACE_REFINER as FACE_REFINER,
)
from tests.paths import (
    LIST as LIST,
)
from tests.paths import (
    LIST_V1 as LIST_V1,
)
from tests.paths import (
    QUANTUM as QUANTUM,
)
from tests.paths import (
    VARIETE as VARIETE,
)
from tests.paths import (
    artwork_path as artwork_path,
)
from tests.paths import (
    path_of as path_of,
)

BASE_URL = "http://mock.test"
AUTH = {"Authorization": f"Bearer {TEST_API_KEY}"}


@dataclass
class Mock:
    """An in-process mock and a sync httpx client that sends the test key."""

    state: MockState
    http: httpx.Client

    def create(self, path: str = QUANTUM, **body: Any) -> dict[str, Any]:
        """Create an artwork (asserting the 202) and return the answer."""
        response = self.http.post(path, json=body)
        assert response.status_code == 202, response.text
        created: dict[str, Any] = response.json()
        return created

    def get(self, artwork_id: str) -> dict[str, Any]:
        """Fetch an artwork (asserting the 200)."""
        response = self.http.get(artwork_path(artwork_id))
        assert response.status_code == 200, response.text
        found: dict[str, Any] = response.json()
        return found

    def finished(self, path: str = QUANTUM, **body: Any) -> dict[str, Any]:
        """Create an artwork, run the clock until it ends, and return its final state."""
        created = self.create(path, **body)
        self.state.finish_all()
        return self.get(created["id"])


@contextmanager
def running_mock(config: MockConfig | None = None, **options: Any) -> Iterator[Mock]:
    """A fresh mock on a `ManualClock` (or ``config``), closed afterwards."""
    if config is None:
        config = MockConfig(**{"clock": ManualClock(), **options})
    app = create_app(config)
    try:
        with httpx.Client(transport=SyncASGITransport(app), base_url=BASE_URL, headers=AUTH) as http:
            yield Mock(app.state.mock, http)
    finally:
        app.state.mock.close()


def image_of(content: bytes) -> Image.Image:
    """Decode an image file."""
    image = Image.open(io.BytesIO(content))
    image.load()
    return image
