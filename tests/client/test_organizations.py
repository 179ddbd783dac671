"""client.organizations and client.v1.artworks (generated from the spec) against the in-process mock, sync and
async: typed records, scopes and domains, revocation, the rotated secret, and validation before sending."""

from __future__ import annotations

from collections.abc import Iterator

import httpx
import pytest

from tengrai import (
    ApiKey,
    ApiKeyRevocation,
    APIResponseError,
    AuthenticationError,
    NotFoundError,
    PermissionDeniedError,
    Tengrai,
    V1Artwork,
    ValidationError,
    WebhookSecret,
    WebhookVerificationError,
    webhooks,
)
from tengrai.mock import TEST_ADMIN_KEY, TEST_ORG_ID, MockConfig
from tengrai.testing import TengraiMock

HOOK = "https://hooks.example.com/tengrai"


@pytest.fixture
def mock() -> Iterator[TengraiMock]:
    from tengrai.mock import ManualClock

    receiver = httpx.MockTransport(lambda request: httpx.Response(204))
    server = TengraiMock(MockConfig(clock=ManualClock(), webhook_transport=receiver, webhook_secret="before"))
    yield server
    server.close()


def test_an_admin_mints_a_key_that_works_at_once_and_revokes_it(mock: TengraiMock) -> None:
    with mock.client(api_key=TEST_ADMIN_KEY) as admin:
        key = admin.organizations.create_api_key(
            TEST_ORG_ID, label="CI generator", scope="generator", domains=["artworks-internal"], credits=10
        )
        assert isinstance(key, ApiKey)
        assert (key.label, key.scope, key.credits, key.status) == ("CI generator", "generator", 10, "active")
        assert key.api_key is not None
        assert key.api_key not in repr(key)
        with mock.client(api_key=key.api_key) as minted:
            artwork = minted.quantum.generate(prompt="a minted key at work")
            assert artwork.succeeded
            revocation = admin.organizations.revoke_api_key(TEST_ORG_ID, key.key_id)
            assert isinstance(revocation, ApiKeyRevocation)
            assert revocation.success is True
            with pytest.raises(AuthenticationError, match="revoked"):
                minted.artworks.get(artwork.id)
        with pytest.raises(NotFoundError):
            admin.organizations.revoke_api_key(TEST_ORG_ID, key.key_id)


def test_a_generator_key_gets_403_on_manager_and_admin_operations(mock: TengraiMock) -> None:
    with mock.client() as generator:
        with pytest.raises(PermissionDeniedError, match="manager"):
            generator.organizations.rotate_webhook_secret(TEST_ORG_ID)
        with pytest.raises(PermissionDeniedError, match="admin"):
            generator.organizations.create_api_key(
                TEST_ORG_ID, label="x", scope="generator", domains=["artworks-internal"]
            )
    assert mock.state.webhook_secret() == "before"


def test_the_rotated_secret_signs_the_next_delivery(mock: TengraiMock) -> None:
    with mock.client(api_key=TEST_ADMIN_KEY) as admin:
        rotated = admin.organizations.rotate_webhook_secret(TEST_ORG_ID)
        assert isinstance(rotated, WebhookSecret)
        assert rotated.secret not in repr(rotated)
        admin.quantum.generate(prompt="signed", webhook=HOOK)
    assert mock.flush_webhooks()
    (delivery,) = mock.webhook_deliveries
    webhooks.verify(delivery.payload, delivery.headers, rotated.secret)
    with pytest.raises(WebhookVerificationError):
        webhooks.verify(delivery.payload, delivery.headers, "before")


@pytest.mark.parametrize(
    ("arguments", "field"),
    [
        ({"label": "x", "scope": "admin", "domains": ["artworks-internal"]}, "scope"),
        ({"label": "", "scope": "generator", "domains": ["artworks-internal"]}, "label"),
        ({"label": "x" * 101, "scope": "generator", "domains": ["artworks-internal"]}, "label"),
        ({"label": "x", "scope": "generator", "domains": []}, "domains"),
        ({"label": "x", "scope": "generator", "domains": ["artworks"]}, "domains[0]"),
        ({"label": "x", "scope": "generator", "domains": ["style-dna"], "credits": "5"}, "credits"),
    ],
)
def test_bad_key_requests_raise_before_anything_is_sent(
    mock: TengraiMock, arguments: dict[str, object], field: str
) -> None:
    with mock.client(api_key=TEST_ADMIN_KEY) as admin, pytest.raises(ValidationError) as caught:
        admin.organizations.create_api_key(TEST_ORG_ID, **arguments)  # type: ignore[arg-type]
    assert caught.value.field == field
    assert mock.requests == []


def test_an_empty_path_parameter_is_refused_before_sending(mock: TengraiMock) -> None:
    with mock.client(api_key=TEST_ADMIN_KEY) as admin:
        with pytest.raises(ValidationError) as caught:
            admin.organizations.revoke_api_key(TEST_ORG_ID, "")
        assert caught.value.field == "keyId"
    assert mock.requests == []


def test_v1_artworks_are_listed_and_fetched_as_records(mock: TengraiMock) -> None:
    first = mock.state.add_v1_artwork("txt2img", parameters={"prompt": "cat"}, results=["https://cdn.example/1.png"])
    mock.advance(1)
    second = mock.state.add_v1_artwork("upscaling", status="failed", extra={"bucket": "b1"})
    with mock.client() as client:
        page = list(client.v1.artworks.list())
        assert all(isinstance(artwork, V1Artwork) for artwork in page)
        assert [artwork.id for artwork in page] == [second["id"], first["id"]]
        assert [artwork.is_terminal for artwork in page] == [True, True]
        assert [artwork.id for artwork in client.v1.artworks.list(limit=1)] == [second["id"]]
        fetched = client.v1.artworks.get(first["id"])
        assert (fetched.artwork_type, fetched.status, fetched.results) == ("txt2img", "done", first["results"])
        assert client.v1.artworks.get(second["id"]).to_dict()["bucket"] == "b1"
        with pytest.raises(NotFoundError):
            client.v1.artworks.get("no-such-artwork")
        with pytest.raises(ValidationError) as caught:
            client.v1.artworks.list(page_size=0)
        assert caught.value.field == "page_size"


def test_an_answer_that_is_not_the_documented_record_is_an_api_response_error() -> None:
    def handler(request: httpx.Request) -> httpx.Response:
        return httpx.Response(200, json={"secret": 5})

    with (
        Tengrai(api_key="k", base_url="https://api.tengr.test", transport=httpx.MockTransport(handler)) as client,
        pytest.raises(APIResponseError, match="'secret' must be string"),
    ):
        client.organizations.rotate_webhook_secret(TEST_ORG_ID)


# ---------------------------------------------------------------------------------------------- async


@pytest.mark.anyio
async def test_async_organizations_and_v1(mock: TengraiMock) -> None:
    stored = mock.state.add_v1_artwork("txt2img", parameters={"prompt": "cat"})
    async with mock.async_client(api_key=TEST_ADMIN_KEY) as admin:
        key = await admin.organizations.create_api_key(
            TEST_ORG_ID, label="async", scope="manager", domains=["artworks-internal", "style-dna"]
        )
        assert isinstance(key, ApiKey)
        assert key.scope == "manager"
        assert key.api_key is not None
        async with mock.async_client(api_key=key.api_key) as manager:
            rotated = await manager.organizations.rotate_webhook_secret(TEST_ORG_ID)
            assert mock.state.webhook_secret() == rotated.secret
            with pytest.raises(PermissionDeniedError):
                await manager.organizations.revoke_api_key(TEST_ORG_ID, key.key_id)
            assert (await admin.organizations.revoke_api_key(TEST_ORG_ID, key.key_id)).success
            with pytest.raises(AuthenticationError):
                await manager.organizations.rotate_webhook_secret(TEST_ORG_ID)
        with pytest.raises(ValidationError):
            await admin.organizations.create_api_key(TEST_ORG_ID, label="x", scope="admin", domains=["textcraft"])  # type: ignore[arg-type]
    async with mock.async_client() as client:
        (listed,) = [artwork async for artwork in client.v1.artworks.list()]
        assert listed.id == stored["id"]
        assert (await client.v1.artworks.get(stored["id"])).parameters["prompt"] == "cat"
