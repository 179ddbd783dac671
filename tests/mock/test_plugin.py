"""The pytest plugin (`tengrai.testing`): fixtures wired to an in-process mock whose clock the clients drive."""

from __future__ import annotations

import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

from tengrai import ArtworkTimeoutError, AsyncTengrai, Tengrai
from tengrai.mock import Durations, ManualClock, MockConfig
from tengrai.testing import MOCK_BASE_URL, TengraiMock

from .support import image_of


def test_generate_runs_through_every_status_on_mock_time(tengrai_client: Tengrai, tengrai_mock: TengraiMock) -> None:
    started = tengrai_mock.clock.now()
    statuses: list[str] = []
    artwork = tengrai_client.quantum.generate(prompt="a lighthouse", on_progress=lambda e: statuses.append(e.status))
    assert artwork.status == "succeeded"
    durations = tengrai_mock.state.config.durations_for("quantum")
    assert tengrai_mock.clock.now() - started >= durations.total
    assert "succeeded" in statuses
    assert tengrai_mock.artworks[artwork.id]["status"] == "succeeded"


def test_results_download_through_the_mock(tengrai_client: Tengrai, tmp_path: Path) -> None:
    artwork = tengrai_client.quantum.generate(prompt="a cat", aspect_ratio="16:9", output_format="png")
    (saved,) = artwork.save(tmp_path)
    assert saved.content_type == "image/png"
    image = image_of(saved.path.read_bytes())
    assert image.format == "PNG"
    assert artwork.results[0].startswith(f"{MOCK_BASE_URL}/files/")


def test_requests_are_recorded_for_assertions(tengrai_client: Tengrai, tengrai_mock: TengraiMock) -> None:
    tengrai_client.quantum.create(prompt="recorded", seed=3)
    (create,) = [request for request in tengrai_mock.requests if request.method == "POST"]
    assert create.json()["prompt"] == "recorded"
    assert create.key_name == "test"
    assert tengrai_mock.state.created_count == 1


def test_manual_control_of_the_clock(tengrai_client: Tengrai, tengrai_mock: TengraiMock) -> None:
    created = tengrai_client.quantum.create(prompt="slow")
    assert tengrai_client.artworks.get(created.id).status == "starting"
    tengrai_mock.finish_all()
    assert tengrai_client.artworks.get(created.id).status == "succeeded"


def test_wait_timeout_counts_mock_seconds(tengrai_mock: TengraiMock) -> None:
    with tengrai_mock.client(wait_timeout=2.0) as client:
        created = client.quantum.create(prompt="takes 5 mock seconds")
        with pytest.raises(ArtworkTimeoutError):
            client.artworks.wait(created)
    assert tengrai_mock.clock.now() - created.created_at.timestamp() < 5


@pytest.mark.anyio
async def test_async_client(tengrai_async_client: AsyncTengrai, tengrai_mock: TengraiMock) -> None:
    artwork = await tengrai_async_client.face_refiner.generate(
        image_url=(await tengrai_async_client.quantum.generate(prompt="a face")).results[0]
    )
    assert artwork.status == "succeeded"
    assert tengrai_mock.state.created_count == 2


def test_a_mock_on_a_real_clock_leaves_the_client_alone() -> None:
    mock = TengraiMock(MockConfig(default_durations=Durations(0, 0)))
    try:
        with mock.client() as client:
            assert client.quantum.generate(prompt="instant").status == "succeeded"
        with pytest.raises(TypeError, match="ManualClock"):
            _ = mock.clock
    finally:
        mock.close()


def test_plugin_import_is_cheap() -> None:
    code = (
        "import sys, tengrai.testing\n"
        "heavy = {'starlette', 'uvicorn', 'PIL', 'jsonschema_rs', 'tengrai.mock._app', 'tengrai._client', 'httpx'}\n"
        "print(sorted(heavy & set(sys.modules)))\n"
    )
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True, timeout=60)
    assert result.stdout.strip() == "[]"


@pytest.mark.slow
def test_users_get_the_fixtures_from_the_entry_point(tmp_path: Path) -> None:
    (tmp_path / "test_user_code.py").write_text(
        textwrap.dedent(
            """
            import pytest
            from tengrai.mock import Durations, ManualClock, MockConfig

            @pytest.fixture
            def tengrai_mock_config():
                return MockConfig(clock=ManualClock(), default_durations=Durations(10, 50))

            def test_my_code(tengrai_client, tengrai_mock):
                artwork = tengrai_client.quantum.generate(prompt="user code")
                assert artwork.status == "succeeded"
                assert artwork.duration == 50
            """
        )
    )
    result = subprocess.run(
        [sys.executable, "-m", "pytest", "-q", "-p", "no:cacheprovider", str(tmp_path)],
        capture_output=True,
        text=True,
        timeout=120,
        cwd=tmp_path,
    )
    assert result.returncode == 0, result.stdout + result.stderr
    assert "1 passed" in result.stdout


@pytest.fixture
def custom_config() -> MockConfig:
    return MockConfig(clock=ManualClock(), failure_rate=1.0)


def test_config_can_be_overridden(custom_config: MockConfig) -> None:
    mock = TengraiMock(custom_config)
    try:
        with mock.client() as client:
            created = client.quantum.create(prompt="fails")
            mock.finish_all()
            assert client.artworks.get(created.id).status == "failed"
    finally:
        mock.close()
