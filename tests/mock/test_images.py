"""Result images: real files of the right size and format, deterministic per seed, image-to-image chains."""

from __future__ import annotations

import pytest

from tengrai.mock import Durations
from tengrai.mock import _openapi as _spec
from tengrai.mock._images import ImageRecipe, render
from tengrai.mock._rules import create_rules

from .support import FACE_REFINER, QUANTUM, VARIETE, Mock, image_of, running_mock

PIL_FORMATS = {"png": "PNG", "webp": "WEBP"}


def download(mock: Mock, url: str) -> bytes:
    response = mock.http.get(url, headers={"Authorization": ""})
    assert response.status_code == 200, response.text
    return response.content


def quantum_sizes() -> dict[str, list[int]]:
    return dict(_spec.extension(_spec.component("QuantumAspectRatio"), "sizes"))


def selena_sizes() -> dict[str, list[int]]:
    return dict(_spec.extension(_spec.component("AspectRatio"), "sizes"))


@pytest.mark.parametrize("ratio", ["1:1", "16:9", "2:3"])
def test_quantum_image_has_the_aspect_ratio_size(ratio: str) -> None:
    with running_mock() as mock:
        done = mock.finished(QUANTUM, aspectRatio=ratio)
        assert image_of(download(mock, done["results"][0])).size == tuple(quantum_sizes()[ratio])


def test_default_size_is_the_default_ratio() -> None:
    default = _spec.extension(_spec.component("QuantumAspectRatio"), "default")
    with running_mock() as mock:
        done = mock.finished(QUANTUM)
        assert image_of(download(mock, done["results"][0])).size == tuple(quantum_sizes()[default])


def test_custom_width_and_height() -> None:
    with running_mock() as mock:
        done = mock.finished(QUANTUM, width=640, height=896)
        assert image_of(download(mock, done["results"][0])).size == (640, 896)


@pytest.mark.parametrize("output_format", _spec.component("OutputFormat")["enum"])
def test_output_format_decides_the_file_format(output_format: str) -> None:
    fmt = _spec.extension(_spec.component("OutputFormat"), "resolved")[output_format]
    with running_mock() as mock:
        done = mock.finished(QUANTUM, outputFormat=output_format)
        url = done["results"][0]
        assert url.endswith(f".{fmt}")
        response = mock.http.get(url)
        assert response.headers["content-type"] == f"image/{fmt}"
        assert image_of(response.content).format == PIL_FORMATS[fmt]


def test_transparent_background_gives_an_alpha_channel() -> None:
    with running_mock() as mock:
        opaque = mock.finished(QUANTUM, outputFormat="png")
        clear = mock.finished(QUANTUM, outputFormat="png", transparentBackground=True)
        assert image_of(download(mock, opaque["results"][0])).mode == "RGB"
        image = image_of(download(mock, clear["results"][0]))
        assert image.mode == "RGBA"
        alpha = image.getchannel("A")
        assert alpha.getextrema()[0] == 0


def test_files_need_no_key() -> None:
    with running_mock() as mock:
        url = mock.finished(QUANTUM)["results"][0]
        assert mock.http.get(url, headers={"Authorization": ""}).status_code == 200


def test_same_seed_same_image_other_seed_other_image() -> None:
    with running_mock() as mock:
        first = download(mock, mock.finished(QUANTUM, seed=42, prompt="a")["results"][0])
        again = download(mock, mock.finished(QUANTUM, seed=42, prompt="b")["results"][0])
        other = download(mock, mock.finished(QUANTUM, seed=43, prompt="a")["results"][0])
        assert first == again
        assert first != other


def test_images_are_drawn_from_the_transformed_seed() -> None:
    rules = create_rules("create_quantum_artwork")
    with running_mock() as mock:
        done = mock.finished(QUANTUM, seed=1000, outputFormat="png")
        width, height = quantum_sizes()["1:1"]
        expected = render(ImageRecipe("quantum", rules.transformed_seed(1000), 0, width, height, "png"))
        assert download(mock, done["results"][0]) == expected
        untransformed = render(ImageRecipe("quantum", 1000, 0, width, height, "png"))
        assert download(mock, done["results"][0]) != untransformed


def test_unseeded_tasks_differ() -> None:
    with running_mock() as mock:
        one = download(mock, mock.finished(QUANTUM)["results"][0])
        two = download(mock, mock.finished(QUANTUM)["results"][0])
        assert one != two


def test_missing_files_answer_404() -> None:
    with running_mock() as mock:
        created = mock.create(QUANTUM, outputFormat="png")
        url = f"{created['id']}/0.png"
        assert mock.http.get(f"/files/{url}").status_code == 404  # not finished yet
        mock.state.finish_all()
        assert mock.http.get(f"/files/{url}").status_code == 200
        assert mock.http.get(f"/files/{created['id']}/1.png").status_code == 404
        assert mock.http.get(f"/files/{created['id']}/0.webp").status_code == 404
        assert mock.http.get("/files/no-such-artwork/0.png").status_code == 404
        wrong_method = mock.http.post(f"/files/{url}")
        assert (wrong_method.status_code, wrong_method.headers["allow"]) == (405, "GET")


def test_face_refiner_reads_the_mock_image_and_keeps_its_size() -> None:
    with running_mock() as mock:
        source_url = mock.finished(QUANTUM, aspectRatio="16:9", seed=3)["results"][0]
        source = download(mock, source_url)
        refined = mock.finished(FACE_REFINER, imageUrl=source_url, seed=3)
        assert refined["status"] == "succeeded"
        result = image_of(download(mock, refined["results"][0]))
        assert result.size == image_of(source).size
        assert result.tobytes() != image_of(source).convert(result.mode).tobytes()


def test_result_depends_on_the_source_image() -> None:
    with running_mock() as mock:
        first_source = mock.finished(QUANTUM, seed=1)["results"][0]
        second_source = mock.finished(QUANTUM, seed=2)["results"][0]
        first = download(mock, mock.finished(FACE_REFINER, imageUrl=first_source, seed=9)["results"][0])
        second = download(mock, mock.finished(FACE_REFINER, imageUrl=second_source, seed=9)["results"][0])
        assert first != second


def test_selena_variete_uses_its_own_size_and_gives_distinct_results() -> None:
    with running_mock() as mock:
        source_url = mock.finished(QUANTUM)["results"][0]
        done = mock.finished(VARIETE, imageUrl=source_url, aspectRatio="21:9", batch=2)
        images = [download(mock, url) for url in done["results"]]
        assert len(images) == 2
        assert images[0] != images[1]
        assert {image_of(data).size for data in images} == {tuple(selena_sizes()["21:9"])}


def test_chains_work_several_levels_deep() -> None:
    with running_mock() as mock:
        url = mock.finished(QUANTUM)["results"][0]
        for _ in range(20):
            url = mock.finished(FACE_REFINER, imageUrl=url)["results"][0]
        assert image_of(download(mock, url)).size == tuple(quantum_sizes()["1:1"])


@pytest.mark.parametrize(
    ("make_url", "reason"),
    [
        (lambda base, artwork: "https://images.example.com/cat.png", "fetches nothing from the network"),
        (lambda base, artwork: f"{base}/files/{artwork}/5.webp", "has no such file"),
        (lambda base, artwork: f"{base}/files/{artwork}/0.png", "has no such file"),
        (lambda base, artwork: f"{base}/files/00000000-0000-4000-8000-000000000000/0.webp", "HTTP 404"),
        (lambda base, artwork: f"https://elsewhere.example.com/files/{artwork}/0.webp", "network"),
    ],
)
def test_unreadable_source_fails_the_task_with_a_clear_message(make_url, reason) -> None:  # type: ignore[no-untyped-def]
    with running_mock() as mock:
        source = mock.finished(QUANTUM)
        base = source["results"][0].split("/files/")[0]
        url = make_url(base, source["id"])
        done = mock.finished(FACE_REFINER, imageUrl=url)
        assert (done["status"], done["results"]) == ("failed", [])
        assert url in done["error"]
        assert reason in done["error"]


def test_source_that_is_not_finished_yet_fails_the_task() -> None:
    durations = {"quantum": Durations(0, 100), "face_refiner": Durations(0, 1)}
    with running_mock(durations=durations) as mock:
        slow = mock.create(QUANTUM, outputFormat="png")
        url = f"{str(mock.http.base_url).rstrip('/')}/files/{slow['id']}/0.png"
        refiner = mock.create(FACE_REFINER, imageUrl=url)
        mock.state.advance(1)
        done = mock.get(refiner["id"])
        assert done["status"] == "failed"
        assert f"artwork {slow['id']} is processing and has no images" in done["error"]
        mock.state.finish_all()
        assert mock.finished(FACE_REFINER, imageUrl=url)["status"] == "succeeded"


def test_synthesize_mode_accepts_foreign_urls_without_fetching() -> None:
    with running_mock(foreign_image_urls="synthesize") as mock:
        done = mock.finished(FACE_REFINER, imageUrl="https://images.example.com/cat.png")
        assert done["status"] == "succeeded"
        assert image_of(download(mock, done["results"][0])).size == (1024, 1024)
