"""Task lifecycle on the mock's clock: statuses, durations, failures, retention, lists, storage cap."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from tengrai.mock import TEST_API_KEY, ApiKey, Durations, ManualClock, MockConfig
from tengrai.mock import _openapi as _spec
from tengrai.mock._lifecycle import retention_seconds

from .support import FACE_REFINER, LIST, LIST_V1, QUANTUM, VARIETE, artwork_path, running_mock

START = datetime(2026, 3, 1, 12, 0, 0, tzinfo=UTC)


def test_statuses_follow_the_clock_with_per_type_durations() -> None:
    durations = {"quantum": Durations(starting=2, processing=10), "face_refiner": Durations(starting=1, processing=3)}
    with running_mock(MockConfig(clock=ManualClock(START), durations=durations)) as mock:
        created = mock.create(QUANTUM, prompt="a cat")
        assert (created["status"], created["duration"], created["results"]) == ("starting", 0, [])
        assert created["createdAt"] == "2026-03-01T12:00:00.000Z"
        mock.state.advance(1.999)
        assert mock.get(created["id"])["status"] == "starting"
        mock.state.advance(0.001)
        assert mock.get(created["id"])["status"] == "processing"
        mock.state.advance(4)
        running = mock.get(created["id"])
        assert (running["status"], running["duration"], running["results"]) == ("processing", 4, [])
        mock.state.advance(6)
        done = mock.get(created["id"])
        assert (done["status"], done["duration"], len(done["results"])) == ("succeeded", 10, 1)
        mock.state.advance(100)
        assert mock.get(created["id"])["duration"] == 10


def test_a_type_without_its_own_durations_uses_the_default() -> None:
    config = MockConfig(
        clock=ManualClock(),
        durations={"face_refiner": Durations(starting=5, processing=5)},
        default_durations=Durations(starting=0.5, processing=1),
    )
    with running_mock(config) as mock:
        quantum = mock.create(QUANTUM)["id"]
        refiner = mock.create(FACE_REFINER, imageUrl="https://example.com/a.png")["id"]
        mock.state.advance(1.49)
        assert (mock.get(quantum)["status"], mock.get(refiner)["status"]) == ("processing", "starting")
        mock.state.advance(0.01)
        assert (mock.get(quantum)["status"], mock.get(refiner)["status"]) == ("succeeded", "starting")


def test_zero_durations_end_tasks_at_once() -> None:
    with running_mock(MockConfig(clock=ManualClock(), default_durations=Durations(0, 0))) as mock:
        created = mock.create(QUANTUM)
        assert mock.get(created["id"])["status"] == "succeeded"


def test_batch_gives_that_many_results() -> None:
    with running_mock() as mock:
        source = mock.finished(QUANTUM)["results"][0]
        default_batch = _spec.resolve(_spec.request_schema("create_selena_variete_artwork")["properties"]["batch"])
        two = mock.finished(VARIETE, imageUrl=source)
        assert len(two["results"]) == default_batch["default"]
        one = mock.finished(VARIETE, imageUrl=source, batch=1)
        assert len(one["results"]) == 1


def test_failure_rate_one_fails_every_task_with_a_message() -> None:
    with running_mock(failure_rate=1.0) as mock:
        done = mock.finished(QUANTUM, prompt="x")
        assert done["status"] == "failed"
        assert done["results"] == []
        assert "failure_rate" in done["error"]


def test_failure_rate_is_a_share() -> None:
    with running_mock(failure_rate=0.5, seed=7) as mock:
        ids = [mock.create(QUANTUM)["id"] for _ in range(200)]
        mock.state.finish_all()
        failed = sum(mock.get(artwork_id)["status"] == "failed" for artwork_id in ids)
        assert 60 < failed < 140


def test_artworks_are_gone_after_the_retention_period() -> None:
    with running_mock(MockConfig(clock=ManualClock(START))) as mock:
        done = mock.finished(QUANTUM)
        retention = retention_seconds("quantum")
        assert retention is not None
        assert retention == _spec.extension(_spec.component("QuantumArtwork"), "retention-days") * 86_400
        created_at = datetime.fromisoformat(done["createdAt"]).timestamp()
        mock.state.advance(created_at + retention - mock.state.clock.now() - 0.5)
        assert mock.http.get(artwork_path(done["id"])).status_code == 200
        assert mock.http.get(done["results"][0]).status_code == 200
        mock.state.advance(0.5)
        gone = mock.http.get(artwork_path(done["id"]))
        assert gone.status_code == 404
        assert gone.json()["statusCode"] == 404
        assert done["id"] in gone.json()["message"]
        assert mock.http.get(done["results"][0]).status_code == 404
        assert mock.http.get(LIST).json() == []
        assert done["id"] not in mock.state.artworks


def test_list_is_newest_first_with_offset_and_limit() -> None:
    with running_mock() as mock:
        ids = []
        for _ in range(7):
            ids.append(mock.create(QUANTUM)["id"])
            mock.state.advance(1)
        newest_first = list(reversed(ids))
        assert [a["id"] for a in mock.http.get(LIST).json()] == newest_first
        assert [a["id"] for a in mock.http.get(LIST, params={"limit": 3}).json()] == newest_first[:3]
        page = mock.http.get(LIST, params={"offset": 3, "limit": 3}).json()
        assert [a["id"] for a in page] == newest_first[3:6]
        assert mock.http.get(LIST, params={"offset": 7}).json() == []


def test_list_default_page_size_comes_from_the_spec() -> None:
    default_limit = _spec.document()["components"]["parameters"]["Limit"]["schema"]["default"]
    with running_mock() as mock:
        for _ in range(default_limit + 2):
            mock.create(QUANTUM)
        assert len(mock.http.get(LIST).json()) == default_limit


def test_keys_see_only_their_own_artworks() -> None:
    keys = {TEST_API_KEY: ApiKey("alice"), "bob-key": ApiKey("bob")}
    with running_mock(MockConfig(clock=ManualClock(), keys=keys)) as mock:
        mine = mock.create(QUANTUM)["id"]
        bob = {"Authorization": "Bearer bob-key"}
        theirs = mock.http.post(QUANTUM, json={}, headers=bob).json()["id"]
        assert [a["id"] for a in mock.http.get(LIST).json()] == [mine]
        assert [a["id"] for a in mock.http.get(LIST, headers=bob).json()] == [theirs]
        assert mock.http.get(artwork_path(theirs)).status_code == 404
        assert mock.http.get(artwork_path(mine), headers=bob).status_code == 404


def test_v1_list_is_empty_but_validated() -> None:
    with running_mock() as mock:
        mock.create(QUANTUM)
        assert mock.http.get(LIST_V1).json() == []
        bad = mock.http.get(LIST_V1, params={"limit": 0})
        assert bad.status_code == 400
        assert "limit" in bad.json()["message"][0]


def test_created_count_and_snapshot_of_artworks() -> None:
    with running_mock() as mock:
        ids = {mock.create(QUANTUM)["id"] for _ in range(3)}
        assert mock.http.post(QUANTUM, json={"width": 1}).status_code == 400
        assert mock.state.created_count == 3
        assert set(mock.state.artworks) == ids


def test_storage_is_capped_oldest_first() -> None:
    with running_mock(max_artworks=5) as mock:
        ids = [mock.create(QUANTUM)["id"] for _ in range(8)]
        assert list(mock.state.artworks) == ids[3:]
        assert mock.http.get(artwork_path(ids[0])).status_code == 404
        assert mock.state.created_count == 8


def test_recorded_requests_are_capped() -> None:
    with running_mock(max_recorded_requests=4) as mock:
        for _ in range(6):
            mock.http.get(LIST)
        assert len(mock.state.requests) == 4


def test_driving_time_needs_a_manual_clock() -> None:
    with running_mock(MockConfig()) as mock, pytest.raises(TypeError, match="ManualClock"):
        mock.state.advance(1)


def test_manual_clock_refuses_to_go_back() -> None:
    with pytest.raises(ValueError, match=">= 0"):
        ManualClock().advance(-1)
    with pytest.raises(ValueError, match="aware"):
        ManualClock(datetime(2026, 1, 1))
