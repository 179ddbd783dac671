"""Organizations in the mock: minting and revoking keys, scopes and domains, and the rotated webhook secret."""

from __future__ import annotations

import re
from typing import Any

import httpx
import pytest

from tengrai import WebhookVerificationError, webhooks
from tengrai.mock import TEST_ADMIN_KEY, TEST_API_KEY, TEST_ORG_ID, ApiKey, ManualClock, MockConfig
from tengrai.mock import _openapi as _spec
from tests.paths import api_key_path, api_keys_path, webhook_secret_path

from .support import LIST, QUANTUM, Mock, running_mock
from .test_http import assert_error

ADMIN = {"Authorization": f"Bearer {TEST_ADMIN_KEY}"}
HOOK = "https://hooks.example.com/tengrai"
NEW_KEY = {"label": "CI generator", "scope": "generator", "domains": ["artworks-internal"]}


def bearer(key: str) -> dict[str, str]:
    return {"Authorization": f"Bearer {key}"}


def mint(mock: Mock, body: dict[str, Any] | None = None, *, org_id: str = TEST_ORG_ID) -> dict[str, Any]:
    response = mock.http.post(api_keys_path(org_id), json=body or NEW_KEY, headers=ADMIN)
    assert response.status_code == 201, response.text
    created: dict[str, Any] = response.json()
    return created


def test_every_mock_has_the_test_organization_with_an_admin_and_a_generator_key() -> None:
    with running_mock() as mock:
        keys = {key["keyId"]: key for key in mock.state.api_keys(TEST_ORG_ID)}
        assert sorted(key["scope"] for key in keys.values()) == ["admin", "generator"]
        for key in keys.values():
            assert "apiKey" not in key
        assert TEST_ADMIN_KEY not in repr(keys)
        assert TEST_API_KEY not in repr(keys)


def test_a_minted_key_works_at_once() -> None:
    with running_mock() as mock:
        created = mint(mock)
        token = created["apiKey"]
        assert created["keyPrefix"] == token[:10]
        assert (created["label"], created["scope"], created["status"]) == ("CI generator", "generator", "active")
        credits_default = _spec.component("CreateApiKeyRequest")["properties"]["credits"]["default"]
        assert created["credits"] == credits_default
        assert mock.http.get(LIST, headers=bearer(token)).status_code == 200
        assert mock.http.post(QUANTUM, json={}, headers=bearer(token)).status_code == 202
        assert mock.state.requests[-1].key_name == created["keyId"]
        assert all(token not in repr(request) for request in mock.state.requests)
        (listed,) = [key for key in mock.state.api_keys() if key["keyId"] == created["keyId"]]
        assert listed["usageCount"] == 2
        assert listed["lastUsedAt"] is not None


def test_minted_keys_see_only_their_own_artworks() -> None:
    with running_mock() as mock:
        token = mint(mock)["apiKey"]
        mock.create(QUANTUM)
        assert mock.http.get(LIST, headers=bearer(token)).json() == []


def test_a_revoked_key_gets_401_and_cannot_be_revoked_again() -> None:
    with running_mock() as mock:
        created = mint(mock)
        response = mock.http.delete(api_key_path(TEST_ORG_ID, created["keyId"]), headers=ADMIN)
        assert response.status_code == 200, response.text
        assert response.json()["success"] is True
        assert created["keyId"] in response.json()["message"]
        body = assert_error(mock.http.get(LIST, headers=bearer(created["apiKey"])), 401)
        assert "revoked" in body["message"]
        assert_error(mock.http.delete(api_key_path(TEST_ORG_ID, created["keyId"]), headers=ADMIN), 404)
        (listed,) = [key for key in mock.state.api_keys() if key["keyId"] == created["keyId"]]
        assert listed["status"] == "revoked"


def test_the_configured_keys_can_be_revoked_by_their_name() -> None:
    with running_mock() as mock:
        assert mock.http.delete(api_key_path(TEST_ORG_ID, "test"), headers=ADMIN).status_code == 200
        assert_error(mock.http.get(LIST), 401)


def test_unknown_keys_and_organizations_are_404() -> None:
    with running_mock() as mock:
        body = assert_error(mock.http.delete(api_key_path(TEST_ORG_ID, "key_nothing"), headers=ADMIN), 404)
        assert "key_nothing" in body["message"]
        for response in (
            mock.http.post(api_keys_path("0" * 24), json=NEW_KEY, headers=ADMIN),
            mock.http.delete(api_key_path("0" * 24, "test"), headers=ADMIN),
            mock.http.post(webhook_secret_path("0" * 24), headers=ADMIN),
        ):
            assert "Organization" in assert_error(response, 404)["message"]


def test_admin_keys_cannot_be_revoked() -> None:
    with running_mock() as mock:
        assert_error(mock.http.delete(api_key_path(TEST_ORG_ID, "test-admin"), headers=ADMIN), 403)
        assert mock.http.get(LIST, headers=ADMIN).status_code == 200


def _min_scope(operation_id: str) -> str:
    scope: str = _spec.operation(operation_id)[2].get("x-min-scope", "generator")
    return scope


ORG_CALLS = {
    "create_api_key": ("POST", api_keys_path(TEST_ORG_ID), NEW_KEY),
    "revoke_api_key": ("DELETE", api_key_path(TEST_ORG_ID, "victim"), None),
    "rotate_webhook_secret": ("POST", webhook_secret_path(TEST_ORG_ID), None),
}


@pytest.mark.parametrize("operation_id", sorted(ORG_CALLS))
def test_each_organization_operation_needs_the_scope_the_spec_names(operation_id: str) -> None:
    scopes = _spec.component("ApiKeyScope")["enum"]
    keys = {scope: ApiKey(scope, scope) for scope in scopes} | {"victim": ApiKey("victim")}
    needed = _min_scope(operation_id)
    assert needed in scopes
    for scope in scopes:
        with running_mock(MockConfig(clock=ManualClock(), keys=keys)) as mock:
            method, path, body = ORG_CALLS[operation_id]
            response = mock.http.request(method, path, json=body, headers=bearer(scope))
            allowed = scopes.index(scope) >= scopes.index(needed)
            assert (response.status_code < 300) == allowed, (scope, response.text)
            if not allowed:
                assert needed in assert_error(response, 403)["message"]


def test_the_documented_scopes_of_the_organization_operations() -> None:
    # Cross-check against the introduction page (facts §3): minting and revoking need admin, rotating manager.
    assert {op: _min_scope(op) for op in ORG_CALLS} == {
        "create_api_key": "admin",
        "revoke_api_key": "admin",
        "rotate_webhook_secret": "manager",
    }


def test_a_generator_key_gets_403_on_manager_operations() -> None:
    with running_mock() as mock:
        body = assert_error(mock.http.post(webhook_secret_path(TEST_ORG_ID)), 403)
        assert "manager" in body["message"]
        assert mock.state.webhook_secret() is None


def test_a_key_of_another_organization_is_403() -> None:
    keys = {TEST_ADMIN_KEY: ApiKey("test-admin", "admin"), "other-admin": ApiKey("other", "admin", org_id="f" * 24)}
    with running_mock(MockConfig(clock=ManualClock(), keys=keys)) as mock:
        for method, path, body in ORG_CALLS.values():
            response = mock.http.request(method, path, json=body, headers=bearer("other-admin"))
            assert "not a key of organization" in assert_error(response, 403)["message"]


@pytest.mark.parametrize(
    ("change", "field"),
    [
        ({"label": ""}, "label"),
        ({"label": "x" * 101}, "label"),
        ({"scope": "admin"}, "scope"),
        ({"domains": []}, "domains"),
        ({"domains": ["everything"]}, "domains.0"),
        ({"credits": 1.5}, "credits"),
        ({"owner": "me"}, "owner"),
    ],
)
def test_create_api_key_bodies_are_checked_against_the_spec(change: dict[str, Any], field: str) -> None:
    with running_mock() as mock:
        before = len(mock.state.api_keys())
        response = mock.http.post(api_keys_path(TEST_ORG_ID), json={**NEW_KEY, **change}, headers=ADMIN)
        body = assert_error(response, 400)
        assert any(message.startswith(f"{field}:") for message in body["message"]), body
        assert len(mock.state.api_keys()) == before


def test_label_boundaries_are_accepted() -> None:
    with running_mock() as mock:
        for label in ("x", "x" * 100):
            assert mint(mock, {**NEW_KEY, "label": label})["label"] == label


@pytest.mark.parametrize(
    ("domains", "artworks_status"),
    [(["artworks-internal"], 200), (["style-dna"], 403), (["textcraft", "style-dna"], 403)],
)
def test_minted_domains_are_enforced(domains: list[str], artworks_status: int) -> None:
    with running_mock() as mock:
        token = mint(mock, {**NEW_KEY, "domains": domains})["apiKey"]
        response = mock.http.get(LIST, headers=bearer(token))
        assert response.status_code == artworks_status
        if artworks_status == 403:
            assert "artworks-internal" in response.json()["message"]


def test_an_admin_mints_only_within_its_own_domains() -> None:
    keys = {"narrow-admin": ApiKey("narrow", "admin", ("artworks-internal",))}
    with running_mock(MockConfig(clock=ManualClock(), keys=keys)) as mock:
        narrow = bearer("narrow-admin")
        body = {**NEW_KEY, "domains": ["artworks-internal", "textcraft"]}
        response = mock.http.post(api_keys_path(TEST_ORG_ID), json=body, headers=narrow)
        assert "textcraft" in assert_error(response, 403)["message"]
        assert mock.http.post(api_keys_path(TEST_ORG_ID), json=NEW_KEY, headers=narrow).status_code == 201


def test_a_manager_rotates_but_does_not_mint() -> None:
    with running_mock() as mock:
        manager = mint(mock, {**NEW_KEY, "scope": "manager"})["apiKey"]
        assert mock.http.post(webhook_secret_path(TEST_ORG_ID), headers=bearer(manager)).status_code == 200
        response = mock.http.post(api_keys_path(TEST_ORG_ID), json=NEW_KEY, headers=bearer(manager))
        assert "admin" in assert_error(response, 403)["message"]


class Receiver:
    """Records webhook deliveries (an httpx.MockTransport handler)."""

    def __init__(self) -> None:
        self.requests: list[httpx.Request] = []

    def __call__(self, request: httpx.Request) -> httpx.Response:
        self.requests.append(request)
        return httpx.Response(204)


def _delivered(mock: Mock, receiver: Receiver) -> httpx.Request:
    mock.create(QUANTUM, webhook=HOOK)
    mock.state.finish_all()
    assert mock.state.flush_webhooks()
    return receiver.requests[-1]


def test_webhooks_are_signed_with_the_secret_last_rotated() -> None:
    receiver = Receiver()
    with running_mock(webhook_transport=httpx.MockTransport(receiver), webhook_secret="configured-secret") as mock:
        first = _delivered(mock, receiver)
        webhooks.verify(first.content, first.headers, "configured-secret")

        secrets = []
        for _ in range(2):
            response = mock.http.post(webhook_secret_path(TEST_ORG_ID), headers=ADMIN)
            assert response.status_code == 200, response.text
            secrets.append(response.json()["secret"])
        assert all(re.fullmatch(r"[0-9a-f]{64}", secret) for secret in secrets)
        assert secrets[0] != secrets[1]
        assert mock.state.webhook_secret() == secrets[1]

        second = _delivered(mock, receiver)
        webhooks.verify(second.content, second.headers, secrets[1])
        for stale in ("configured-secret", secrets[0]):
            with pytest.raises(WebhookVerificationError, match="no webhook signature matches"):
                webhooks.verify(second.content, second.headers, stale)


def test_rotating_gives_an_unsigned_mock_a_secret() -> None:
    receiver = Receiver()
    with running_mock(webhook_transport=httpx.MockTransport(receiver)) as mock:
        assert "webhook-signature" not in _delivered(mock, receiver).headers
        secret = mock.http.post(webhook_secret_path(TEST_ORG_ID), headers=ADMIN).json()["secret"]
        delivery = _delivered(mock, receiver)
        webhooks.verify(delivery.content, delivery.headers, secret)


def test_each_organization_signs_with_its_own_secret() -> None:
    other_org = "a" * 24
    keys = {
        TEST_ADMIN_KEY: ApiKey("test-admin", "admin"),
        "other-key": ApiKey("other", "generator", org_id=other_org),
    }
    receiver = Receiver()
    config = MockConfig(
        clock=ManualClock(),
        keys=keys,
        webhook_secret="shared-webhook-secret",
        webhook_transport=httpx.MockTransport(receiver),
    )
    with running_mock(config) as mock:
        rotated = mock.http.post(webhook_secret_path(TEST_ORG_ID), headers=ADMIN).json()["secret"]
        assert mock.http.post(QUANTUM, json={"webhook": HOOK}, headers=bearer("other-key")).status_code == 202
        mock.state.finish_all()
        assert mock.state.flush_webhooks()
        (delivery,) = receiver.requests
        webhooks.verify(delivery.content, delivery.headers, "shared-webhook-secret")
        assert mock.state.webhook_secret(other_org) == "shared-webhook-secret"
        assert mock.state.webhook_secret() == rotated
