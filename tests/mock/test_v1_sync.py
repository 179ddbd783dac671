"""The mock's synchronous V1 operations over HTTP: finished V1 artworks listed with images it serves, expiring
Style DNA assets, Textcraft tokens and credits, the 504 fault that does the work, domains and V1 keys."""

from __future__ import annotations

from tengrai.mock import (
    TEST_ADMIN_KEY,
    TEST_API_KEY,
    TEST_ORG_ID,
    ApiKey,
    Durations,
    Faults,
    ManualClock,
    MockConfig,
    SystemClock,
)

from .support import LIST_V1, running_mock
from .test_http import assert_error

TXT2IMG = "/v1/artworks/txt2img"
TEXTCRAFT = "/v1/textcraft"
GENERATE = "/v1/style-dna/generate"
STYLE = {"visualPrompt": "a teapot", "anchorImageUrl": "https://cdn.example.com/a.png", "description": "flat"}
ADMIN = {"Authorization": f"Bearer {TEST_ADMIN_KEY}"}


def test_a_v1_create_answers_201_with_a_done_artwork_listed_and_served() -> None:
    with running_mock() as mock:
        answer = mock.http.post(TXT2IMG, json={"prompt": "a fox", "width": 768, "height": 512})
        assert answer.status_code == 201
        artwork = answer.json()
        assert (artwork["artworkType"], artwork["status"]) == ("txt2img", "done")
        assert artwork["parameters"]["promptMode"] == "seer"
        assert artwork["duration"] == MockConfig().default_durations.total
        assert mock.http.get(LIST_V1).json() == [artwork]
        image = mock.http.get(artwork["results"][0])
        assert image.status_code == 200
        assert image.headers["content-type"] == "image/png"
        assert mock.state.created_count == 1


def test_a_failed_v1_create_is_listed_failed_without_results() -> None:
    with running_mock(failure_rate=1.0) as mock:
        artwork = mock.http.post(TXT2IMG, json={"prompt": "unlucky"}).json()
        assert (artwork["status"], artwork["results"]) == ("failed", [])
        assert mock.http.get(LIST_V1).json() == [artwork]


def test_bad_v1_bodies_get_400_naming_the_field() -> None:
    with running_mock() as mock:
        body = assert_error(mock.http.post(TXT2IMG, json={"width": 1216, "height": 1300}), 400)
        assert "width" in str(body["message"])
        body = assert_error(mock.http.post(TEXTCRAFT, json={"prompt": "no model"}), 400)
        assert "model" in str(body["message"])
        assert mock.http.get(LIST_V1).json() == []


def test_a_real_time_create_answers_when_the_work_is_done() -> None:
    config = MockConfig(clock=SystemClock(), default_durations=Durations(starting=0.0, processing=0.05))
    with running_mock(config) as mock:
        artwork = mock.http.post(TXT2IMG, json={"prompt": "quick"}).json()
        assert artwork["duration"] == 0.05
        assert artwork["status"] == "done"


def test_a_gateway_timeout_does_the_work_and_answers_504() -> None:
    with running_mock(faults=Faults(gateway_timeout_rate=1.0)) as mock:
        assert_error(mock.http.post(TXT2IMG, json={"prompt": "lost"}), 504)
        listed = mock.http.get(LIST_V1).json()
        assert [artwork["parameters"]["prompt"] for artwork in listed] == ["lost"]
        assert mock.state.created_count == 1


def test_style_dna_assets_are_served_until_they_expire() -> None:
    with running_mock(clock=ManualClock(), asset_ttl=600.0) as mock:
        answer = mock.http.post(GENERATE, json={**STYLE, "imageFormat": "webp"})
        assert answer.status_code == 201
        asset = answer.json()
        assert set(asset) == {"imageUrl", "expiresAt", "creditsUsed"}
        assert mock.http.get(asset["imageUrl"]).headers["content-type"] == "image/webp"
        mock.state.advance(599)
        assert mock.http.get(asset["imageUrl"]).status_code == 200
        mock.state.advance(1)
        assert_error(mock.http.get(asset["imageUrl"]), 404)


def test_style_dna_edit_reads_its_source_and_remove_background_checks_its_size() -> None:
    with running_mock(foreign_image_urls="synthesize") as mock:
        source = mock.http.post(GENERATE, json={**STYLE, "width": 1024, "height": 1024}).json()["imageUrl"]
        edit = {"imageUrl": source, "imageGuidance": 2, "modification": 2, "creativity": 3, "effort": 3}
        assert mock.http.post("/v1/style-dna/edit", json=edit).status_code == 201
        cut = mock.http.post("/v1/style-dna/remove-background", json={"imageUrl": source})
        assert cut.status_code == 201
        fox = mock.http.post(TXT2IMG, json={"prompt": "a fox"}).json()["results"][0]  # 1024 x 1024
        upscaled = mock.http.post("/v1/artworks/upscaling", json={"imageUrl": fox, "scaleFactor": 3}).json()
        big = upscaled["results"][0]  # 3072 x 3072: over 2048 x 2048
        body = assert_error(mock.http.post("/v1/style-dna/remove-background", json={"imageUrl": big}), 400)
        assert "2048 x 2048" in str(body["message"])
        asset = mock.http.post("/v1/style-dna/generate/asset", json={**STYLE, "backgroundMode": "chroma_green"})
        assert asset.status_code == 201


def test_textcraft_tokens_and_credits_grow_with_the_prompt() -> None:
    with running_mock() as mock:
        short = mock.http.post(TEXTCRAFT, json={"prompt": "hi", "model": "m"}).json()
        long = mock.http.post(TEXTCRAFT, json={"prompt": "word " * 500, "model": "m"}).json()
        assert short["tokens"] < long["tokens"]
        assert short["creditsUsed"] < long["creditsUsed"]
        with_image = mock.http.post(TEXTCRAFT, json={"prompt": "hi", "model": "m", "imageUrl": "https://x/a.png"})
        assert with_image.json()["tokens"] > short["tokens"]


def test_a_key_without_the_domain_gets_403() -> None:
    keys = {TEST_API_KEY: ApiKey("artist", domains=("artworks",)), TEST_ADMIN_KEY: ApiKey("test-admin", "admin")}
    with running_mock(MockConfig(clock=ManualClock(), keys=keys)) as mock:
        assert mock.http.post(TXT2IMG, json={"prompt": "fine"}).status_code == 201
        body = assert_error(mock.http.post(TEXTCRAFT, json={"prompt": "no", "model": "m"}), 403)
        assert "textcraft" in str(body["message"])
        assert_error(mock.http.post(GENERATE, json=STYLE), 403)


def test_v1_keys_use_the_v1_domain_names_and_admins_get_every_domain() -> None:
    with running_mock() as mock:
        path = f"/v1/organizations/{TEST_ORG_ID}/api-keys"
        body = {"label": "legacy", "scope": "generator", "domains": ["artworks"]}
        generator = mock.http.post(path, json=body, headers=ADMIN).json()
        admin = mock.http.post(path, json={**body, "scope": "admin"}, headers=ADMIN).json()
        as_generator = {"Authorization": f"Bearer {generator['apiKey']}"}
        as_admin = {"Authorization": f"Bearer {admin['apiKey']}"}
        assert mock.http.post(TXT2IMG, json={"prompt": "ok"}, headers=as_generator).status_code == 201
        assert_error(mock.http.post(TEXTCRAFT, json={"prompt": "x", "model": "m"}, headers=as_generator), 403)
        assert mock.http.post(TEXTCRAFT, json={"prompt": "x", "model": "m"}, headers=as_admin).status_code == 201
        revoked = mock.http.delete(f"{path}/{generator['keyId']}", headers=ADMIN)
        assert revoked.json()["success"] is True
        assert_error(mock.http.post(TXT2IMG, json={"prompt": "x"}, headers=as_generator), 401)
        secret = mock.http.post(f"/v1/organizations/{TEST_ORG_ID}/webhook-secret", headers=ADMIN).json()["secret"]
        assert mock.state.webhook_secret() == secret
