"""Helpers for the mock server's tests: an in-process mock with a raw httpx client, and spec look-ups."""

from __future__ import annotations

import io
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from typing import Any

import httpx
from PIL import Image

from tengrai import _spec
from tengrai.mock import TEST_API_KEY, ManualClock, MockConfig, MockState, SyncASGITransport, create_app

BASE_URL = "http://mock.test"
AUTH = {"Authorization": f"Bearer {TEST_API_KEY}"}


def path_of(operation_id: str) -> str:
    """The path of an operation, from the spec."""
    return _spec.operation(operation_id)[1]


QUANTUM = path_of("create_quantum_artwork")
VARIETE = path_of("create_selena_variete_artwork")
FACE_REFINER = path_of("create_face_refiner_artwork")
LIST = path_of("list_artworks")
LIST_V1 = path_of("list_v1_artworks")


def artwork_path(artwork_id: str) -> str:
    """The get_artwork path of one artwork."""
    return path_of("get_artwork").replace("{id}", artwork_id)


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
