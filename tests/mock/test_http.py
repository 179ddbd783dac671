"""Routing, auth and error answers of the mock: 400/401/403/404/405 with the documented error body."""

from __future__ import annotations

from typing import Any

import httpx
import pytest

from tengrai.mock import TEST_API_KEY, ApiKey, ManualClock, MockConfig
from tengrai.mock import _openapi as _spec

from .support import AUTH, FACE_REFINER, LIST, QUANTUM, artwork_path, running_mock


def assert_error(response: httpx.Response, status: int) -> dict[str, Any]:
    assert response.status_code == status, response.text
    assert response.headers["content-type"] == "application/json"
    body: dict[str, Any] = response.json()
    assert body["statusCode"] == status
    assert isinstance(body["error"], str)
    assert body["error"]
    assert body["message"]
    return body


def spec_requests() -> list[tuple[str, str]]:
    """One request per operation, with the path parameter filled in."""
    return [
        (method, path.replace("{id}", "00000000-0000-4000-8000-000000000000")) for method, path, _ in _spec.operations()
    ]


@pytest.mark.parametrize("path", ["/", "/v2", "/v2/artworks/", "/v3/artworks", "/v2/artworks/a/b", "/files/x"])
def test_unknown_routes_are_404(path: str) -> None:
    with running_mock() as mock:
        body = assert_error(mock.http.get(path), 404)
        assert path in body["message"]


@pytest.mark.parametrize(
    ("method", "path", "allow"),
    [
        ("GET", QUANTUM, "POST"),
        ("PUT", QUANTUM, "POST"),
        ("GET", FACE_REFINER, "POST"),
        ("POST", LIST, "GET"),
        ("DELETE", artwork_path("abc"), "GET"),
        ("PATCH", artwork_path("abc"), "GET"),
    ],
)
def test_wrong_methods_are_405_with_allow(method: str, path: str, allow: str) -> None:
    with running_mock() as mock:
        response = mock.http.request(method, path)
        assert_error(response, 405)
        assert response.headers["allow"] == allow


def test_the_literal_create_path_wins_over_the_id_template() -> None:
    with running_mock() as mock:
        assert mock.http.get(QUANTUM).status_code == 405
        created = mock.create(QUANTUM)
        assert mock.http.get(artwork_path(created["id"])).status_code == 200


@pytest.mark.parametrize(("method", "path"), spec_requests())
@pytest.mark.parametrize(
    "authorization", [None, "", "Bearer", "Bearer ", "Basic dGVzdDp0ZXN0", f"Token {TEST_API_KEY}", "Bearer wrong-key"]
)
def test_missing_or_wrong_key_is_401_everywhere(method: str, path: str, authorization: str | None) -> None:
    with running_mock() as mock:
        headers = {} if authorization is None else {"Authorization": authorization}
        mock.http.headers.pop("Authorization")
        assert_error(mock.http.request(method, path, headers=headers, json={}), 401)
        assert mock.state.created_count == 0


def test_bearer_scheme_is_case_insensitive() -> None:
    with running_mock() as mock:
        assert mock.http.get(LIST, headers={"Authorization": f"bearer {TEST_API_KEY}"}).status_code == 200


def test_key_without_the_artworks_domain_is_403() -> None:
    keys = {TEST_API_KEY: ApiKey(), "textcraft-key": ApiKey("writer", "admin", ("textcraft", "style-dna"))}
    with running_mock(MockConfig(clock=ManualClock(), keys=keys)) as mock:
        body = assert_error(mock.http.post(QUANTUM, json={}, headers={"Authorization": "Bearer textcraft-key"}), 403)
        assert "textcraft" in body["message"]
        assert mock.state.created_count == 0


@pytest.mark.parametrize("domain", ["artworks", "artworks-internal", "*"])
def test_both_documented_names_of_the_artworks_domain_open_the_endpoints(domain: str) -> None:
    keys = {"k": ApiKey("k", "generator", (domain,))}
    with running_mock(MockConfig(clock=ManualClock(), keys=keys)) as mock:
        assert mock.http.get(LIST, headers={"Authorization": "Bearer k"}).status_code == 200


def test_scope_hierarchy_generator_manager_admin() -> None:
    keys = {"gen": ApiKey("gen", "generator"), "man": ApiKey("man", "manager"), "adm": ApiKey("adm", "admin")}
    config = MockConfig(clock=ManualClock(), keys=keys, required_scopes={"create_quantum_artwork": "manager"})
    with running_mock(config) as mock:
        statuses = {
            name: mock.http.post(QUANTUM, json={}, headers={"Authorization": f"Bearer {name}"}).status_code
            for name in keys
        }
        assert statuses == {"gen": 403, "man": 202, "adm": 202}
        assert mock.http.get(LIST, headers={"Authorization": "Bearer gen"}).status_code == 200


def test_auth_is_checked_before_the_body() -> None:
    with running_mock() as mock:
        mock.http.headers.pop("Authorization")
        assert_error(mock.http.post(QUANTUM, json={"width": "wide"}), 401)


def test_invalid_body_is_400_naming_every_field() -> None:
    with running_mock() as mock:
        body = assert_error(mock.http.post(QUANTUM, json={"width": 100, "style": "nope", "extra": 1}), 400)
        named = {message.split(":")[0] for message in body["message"]}
        assert named == {"width", "height", "style", "extra"}
        assert mock.state.created_count == 0


@pytest.mark.parametrize(
    ("content", "content_type", "field_message"),
    [
        (b"{", "application/json", "body: is not valid JSON"),
        (b"", "application/json", "body: is not valid JSON"),
        (b'{"seed": NaN}', "application/json", "NaN is not a JSON number"),
        (b'{"width": 1e999, "height": 600}', "application/json", "out of the range"),
        (b'{"prompt": "\\ud800"}', "application/json", "body: is not valid JSON"),
        (b"[1, 2]", "application/json", 'body: [1,2] is not of type "object"'),
        (b"null", "application/json", "body: null is not of type"),
        (b'{"prompt": "x"}', "text/plain", "Content-Type: application/json"),
        (b"prompt=x", "application/x-www-form-urlencoded", "Content-Type: application/json"),
    ],
)
def test_bodies_that_are_not_a_json_object_are_400(content: bytes, content_type: str, field_message: str) -> None:
    with running_mock() as mock:
        response = mock.http.post(QUANTUM, content=content, headers={"Content-Type": content_type})
        body = assert_error(response, 400)
        assert any(field_message in message for message in body["message"]), body


def test_json_with_charset_is_accepted() -> None:
    with running_mock() as mock:
        response = mock.http.post(
            QUANTUM, content=b'{"prompt": "x"}', headers={"Content-Type": "application/json; charset=utf-8"}
        )
        assert response.status_code == 202


def test_stored_parameters_show_truncation_and_defaults() -> None:
    with running_mock() as mock:
        limit = _spec.resolve(_spec.request_schema("create_quantum_artwork")["properties"]["prompt"])["x-max-words"]
        created = mock.create(QUANTUM, prompt=" ".join(["word"] * (limit + 10)))
        stored = mock.get(created["id"])["parameters"]
        assert len(stored["prompt"].split()) == limit
        assert (
            stored["promptMode"]
            == _spec.resolve(_spec.request_schema("create_quantum_artwork")["properties"]["promptMode"])["default"]
        )


def test_requests_are_recorded_without_the_key() -> None:
    with running_mock() as mock:
        mock.create(QUANTUM, prompt="recorded")
        mock.http.get(LIST, params={"limit": 2})
        mock.http.get(LIST, headers={"Authorization": "Bearer wrong"})
        create, listing, denied = mock.state.requests
        assert (create.method, create.path, create.status_code, create.key_name) == ("POST", QUANTUM, 202, "test")
        assert create.json() == {"prompt": "recorded"}
        assert (listing.query, listing.status_code) == ("limit=2", 200)
        assert (denied.status_code, denied.key_name) == (401, None)
        for request in mock.state.requests:
            assert TEST_API_KEY not in repr(request)
            assert request.headers["authorization"] == "Bearer <redacted>"


def test_config_and_state_reprs_do_not_show_keys_or_secrets() -> None:
    config = MockConfig(keys={"sk-very-secret": ApiKey()}, webhook_secret="whsec-also-secret")
    assert "sk-very-secret" not in repr(config)
    assert "whsec-also-secret" not in repr(config)


def test_error_status_code_always_equals_the_http_status() -> None:
    with running_mock(rate_limit=None) as mock:
        answers = [
            mock.http.get("/nowhere"),
            mock.http.get(QUANTUM),
            mock.http.get(LIST, headers={"Authorization": "Bearer nope"}),
            mock.http.get(LIST, params={"limit": -1}),
            mock.http.get(artwork_path("missing")),
        ]
        for response in answers:
            assert response.json()["statusCode"] == response.status_code


def test_default_test_key_works() -> None:
    with running_mock() as mock:
        assert mock.http.get(LIST, headers=AUTH).status_code == 200


@pytest.mark.parametrize("bad", [{"failure_rate": 2.0}, {"keys": {}}, {"max_artworks": 0}, {"public_url": "mock"}])
def test_bad_config_is_refused_with_the_field_named(bad: dict[str, Any]) -> None:
    (name,) = bad
    with pytest.raises(ValueError, match=name):
        MockConfig(**bad)


@pytest.mark.parametrize("path", ["/v2/artworks/%0A%F3%A8%A9%A54%0B", "/%0A", "/v2/artworks/a%2Fb", "/v2/%00"])
def test_odd_paths_get_the_json_error_body(path: str) -> None:
    """Found by Schemathesis: a newline in the path once fell through to Starlette's plain-text 404."""
    with running_mock() as mock:
        assert_error(mock.http.get(path), 404)


def test_huge_bodies_are_refused_and_messages_stay_short() -> None:
    with running_mock() as mock:
        body = assert_error(mock.http.post(QUANTUM, json={"prompt": "x" * 2_000_000}), 400)
        assert "larger than" in body["message"][0]
        long_hook = assert_error(mock.http.post(QUANTUM, json={"webhook": "http://a.example.com/" + "p" * 5000}), 400)
        assert all(len(message) <= 400 for message in long_hook["message"])
        assert long_hook["message"][0].startswith("webhook:")
        assert mock.state.created_count == 0
