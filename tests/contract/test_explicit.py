"""Contract facts Schemathesis cannot see on its own, each answer also validated against the spec.

Schemathesis accepts any documented status (so a wrong key passes), cannot link POST /v2/artworks/quantum to
GET /v2/artworks/{id} for its resource checks (the create path is not a prefix of the read path), and does not
move the mock's clock: these tests do.
"""

from __future__ import annotations

import io
from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any

import httpx
import pytest
import schemathesis
from PIL import Image

from tengrai.mock import TEST_API_KEY, Durations, MockState, RateLimit, SyncASGITransport, create_app
from tengrai.mock import _openapi as _spec

from .support import SPEC_PATH, contract_config

pytestmark = pytest.mark.contract

SPEC = schemathesis.openapi.from_path(SPEC_PATH)
AUTH = {"Authorization": f"Bearer {TEST_API_KEY}"}
CREATES: dict[str, dict[str, Any]] = {
    "create_quantum_artwork": {"prompt": "a lighthouse at dusk", "aspectRatio": "16:9", "seed": 7},
    "create_selena_variete_artwork": {"imageUrl": "https://images.example.com/sketch.png", "aspectRatio": "2:3"},
    "create_face_refiner_artwork": {"imageUrl": "https://images.example.com/portrait.png", "outputFormat": "png"},
}


def path_of(operation_id: str, **params: str) -> str:
    path = _spec.operation(operation_id)[1]
    for name, value in params.items():
        path = path.replace("{" + name + "}", value)
    return path


def documented(operation_id: str, response: httpx.Response) -> Any:
    """Assert ``response`` is a documented answer of the operation (status, headers, body) and return its JSON."""
    method, path, operation = _spec.operation(operation_id)
    assert str(response.status_code) in operation["responses"], f"{response.status_code} is not documented"
    SPEC[path][method].validate_response(response)
    return response.json()


@contextmanager
def contract_mock(**overrides: Any) -> Iterator[tuple[MockState, httpx.Client]]:
    app = create_app(contract_config(**{"failure_rate": 0.0, **overrides}))
    with httpx.Client(transport=SyncASGITransport(app), base_url="http://contract.test", headers=AUTH) as http:
        yield app.state.mock, http
    app.state.mock.close()


def test_authenticated_get_returns_200() -> None:
    with contract_mock() as (_, http):
        for operation_id in ("list_artworks", "list_v1_artworks"):
            response = http.get(path_of(operation_id))
            assert response.status_code == 200
            assert documented(operation_id, response) == []


@pytest.mark.parametrize("operation_id", sorted(CREATES))
def test_create_then_get_returns_the_same_artwork(operation_id: str) -> None:
    with contract_mock() as (_, http):
        created = documented(operation_id, http.post(path_of(operation_id), json=CREATES[operation_id]))
        fetched = documented("get_artwork", http.get(path_of("get_artwork", id=created["id"])))
        assert fetched == created
        for key, value in CREATES[operation_id].items():
            assert created["parameters"][key] == value
        listed = documented("list_artworks", http.get(path_of("list_artworks")))
        assert [artwork["id"] for artwork in listed] == [created["id"]]


def test_a_wrong_key_gets_401_everywhere() -> None:
    with contract_mock() as (state, http):
        for method, path, operation in _spec.operations():
            body = CREATES.get(operation["operationId"])
            concrete = path.replace("{id}", "3fa85f64-5717-4562-b3fc-2c963f66afa6")
            for headers in ({"Authorization": "Bearer not-the-key"}, {"Authorization": ""}):
                response = http.request(method, concrete, json=body, headers=headers)
                assert response.status_code == 401, (method, path, headers)
                assert documented(operation["operationId"], response)["statusCode"] == 401
        assert state.created_count == 0


@pytest.mark.parametrize("operation_id", sorted(CREATES))
def test_full_lifecycle_reaches_succeeded_with_images_of_the_right_size_and_format(operation_id: str) -> None:
    with contract_mock() as (state, http):
        created = documented(operation_id, http.post(path_of(operation_id), json=CREATES[operation_id]))
        assert created["status"] == "starting"
        seen = {created["status"]}
        for _ in range(20):
            state.advance(0.5)
            current = documented("get_artwork", http.get(path_of("get_artwork", id=created["id"])))
            seen.add(current["status"])
            if current["status"] in _spec.component("ArtworkStatus")["x-terminal"]:
                break
        assert seen == {"starting", "processing", "succeeded"}
        assert current["duration"] > 0
        assert current["results"]
        parameters = current["parameters"]
        for url in current["results"]:
            image_response = http.get(url)
            assert image_response.status_code == 200
            image = Image.open(io.BytesIO(image_response.content))
            expected_format = _expected_format(operation_id, parameters)
            assert image.format == expected_format.upper()
            assert image_response.headers["content-type"] == f"image/{expected_format}"
            assert image.size == _expected_size(operation_id, parameters)


def _expected_format(operation_id: str, parameters: dict[str, Any]) -> str:
    if "outputFormat" not in parameters:
        return "png"  # operations without outputFormat: the mock writes PNG
    resolved: dict[str, str] = _spec.extension(_spec.component("OutputFormat"), "resolved")
    return resolved[parameters["outputFormat"]]


def _expected_size(operation_id: str, parameters: dict[str, Any]) -> tuple[int, int]:
    if "width" in parameters:
        return parameters["width"], parameters["height"]
    ratio_schema = _spec.resolve(_spec.request_schema(operation_id)["properties"].get("aspectRatio", {}))
    if not ratio_schema:
        return 1024, 1024  # face refiner keeps its source's size; a synthesized source is 1024 x 1024
    width, height = ratio_schema["x-sizes"][parameters["aspectRatio"]]
    return width, height


def test_a_failed_task() -> None:
    with contract_mock(failure_rate=1.0) as (state, http):
        created = documented("create_quantum_artwork", http.post(path_of("create_quantum_artwork"), json={}))
        state.finish_all()
        failed = documented("get_artwork", http.get(path_of("get_artwork", id=created["id"])))
        assert failed["status"] == "failed"
        assert failed["results"] == []
        assert failed["error"]


def test_artworks_answer_404_after_the_retention_period() -> None:
    days = _spec.extension(_spec.component("QuantumArtwork"), "retention-days")
    with contract_mock(default_durations=Durations(0, 0)) as (state, http):
        created = documented("create_quantum_artwork", http.post(path_of("create_quantum_artwork"), json={}))
        state.advance(days * 86_400 - 1)
        assert documented("get_artwork", http.get(path_of("get_artwork", id=created["id"])))["id"] == created["id"]
        state.advance(1)
        gone = http.get(path_of("get_artwork", id=created["id"]))
        assert gone.status_code == 404
        assert documented("get_artwork", gone)["statusCode"] == 404


def test_rate_limit_answers_429_with_retry_after() -> None:
    with contract_mock(rate_limit=RateLimit(requests=2, window=30)) as (state, http):
        for _ in range(2):
            assert http.get(path_of("list_artworks")).status_code == 200
        state.advance(10)
        limited = http.get(path_of("list_artworks"))
        assert limited.status_code == 429
        assert documented("list_artworks", limited)["statusCode"] == 429
        assert limited.headers["Retry-After"] == "20"
        state.advance(20)
        assert http.get(path_of("list_artworks")).status_code == 200


def test_wrong_methods_are_405_with_allow_and_the_create_path_is_not_an_id() -> None:
    with contract_mock() as (_, http):
        response = http.get(path_of("create_quantum_artwork"))
        assert response.status_code == 405
        assert response.headers["Allow"] == "POST"
