"""The mock's image operations give images that behave like the real operation's (checked on the pixels with
Pillow); every create operation running the task lifecycle is in `tests/test_operation_matrix.py`."""

from __future__ import annotations

from typing import Any

import pytest
from PIL import Image

from tengrai.mock import _openapi as _spec
from tengrai.mock._images import EFFECTS
from tests.paths import path_of

from .support import Mock, image_of, running_mock

UPSCALING = path_of("create_upscaling_artwork")
DETAILER = path_of("create_detailer_upscaler_artwork")
REMOVE_BACKGROUND = path_of("create_remove_background_artwork")
SEGMENTATION = path_of("create_segmentation_artwork")
DEPTH_MAP = path_of("create_depth_map_artwork")
FACE_SWAP = path_of("create_face_swap_artwork")
HAMILTON = path_of("create_hamilton_artwork")
QUANTUM = path_of("create_quantum_artwork")
FOREIGN = "https://cdn.example.com/photos/source.png"
"""Synthesized by the mock (``foreign_image_urls="synthesize"``) as a 1024 x 1024 image."""


def _download(mock: Mock, url: str) -> Image.Image:
    response = mock.http.get(url)
    assert response.status_code == 200, response.text
    return image_of(response.content)


def _result(mock: Mock, path: str, **body: Any) -> Image.Image:
    done = mock.finished(path, **body)
    assert done["status"] == "succeeded", done
    return _download(mock, done["results"][0])


def test_every_special_image_rule_is_for_a_documented_artwork_type() -> None:
    assert set(EFFECTS) <= set(_spec.component("ArtworkType")["enum"])


@pytest.mark.parametrize("factor", [2, 3])
def test_an_upscale_is_the_source_times_the_scale_factor(factor: int) -> None:
    with running_mock() as mock:
        source_url = mock.finished(QUANTUM, width=512, height=640, outputFormat="png")["results"][0]
        source = _download(mock, source_url)
        upscaled = _result(mock, UPSCALING, imageUrl=source_url, scaleFactor=factor)
        assert upscaled.size == (512 * factor, 640 * factor)
        # the same picture, enlarged: shrunk back it is close to the source
        back = upscaled.convert("RGB").resize(source.size)
        difference = sum(abs(a - b) for a, b in zip(back.tobytes(), source.convert("RGB").tobytes(), strict=True))
        assert difference / len(back.tobytes()) < 12


def test_upscale_default_factor_is_the_documented_default() -> None:
    default = _spec.request_schema("create_upscaling_artwork")["properties"]["scaleFactor"]["default"]
    with running_mock(foreign_image_urls="synthesize") as mock:
        assert _result(mock, UPSCALING, imageUrl=FOREIGN).size == (1024 * default, 1024 * default)


@pytest.mark.parametrize(("factor", "size"), [(1, (512, 512)), (2, (1024, 1024))])
def test_the_detailer_keeps_the_size_for_factor_one_and_upscales_otherwise(factor: int, size: tuple[int, int]) -> None:
    with running_mock() as mock:
        source_url = mock.finished(QUANTUM, width=512, height=512, outputFormat="png")["results"][0]
        source = _download(mock, source_url).convert("RGB")
        detailed = _result(mock, DETAILER, imageUrl=source_url, scaleFactor=factor, outputFormat="png")
        assert detailed.size == size
        if factor == 1:
            assert detailed.convert("RGB").tobytes() != source.tobytes(), "the detailer changes the pixels"


def test_an_oversized_source_fails_the_task_with_the_documented_limit() -> None:
    area = _spec.component("SourceImageUrl")["x-max-image-pixel-area"]
    with running_mock() as mock:
        big = mock.finished(QUANTUM, width=1360, height=1080)["results"][0]  # 1,468,800 pixels: fits
        huge = mock.finished(UPSCALING, imageUrl=big, scaleFactor=2)["results"][0]  # 2720 x 2160
        failed = mock.finished(UPSCALING, imageUrl=huge)
        assert failed["status"] == "failed"
        assert f"{area:,}" in failed["error"]


@pytest.mark.parametrize("output_format", ["png", "auto"])
def test_remove_background_gives_real_transparency(output_format: str) -> None:
    with running_mock(foreign_image_urls="synthesize") as mock:
        image = _result(mock, REMOVE_BACKGROUND, imageUrl=FOREIGN, outputFormat=output_format)
        assert image.mode == "RGBA"
        low, high = image.getchannel("A").getextrema()
        assert (low, high) == (0, 255), "fully transparent background and an opaque subject"


def test_a_depth_map_is_grayscale() -> None:
    with running_mock(foreign_image_urls="synthesize") as mock:
        image = _result(mock, DEPTH_MAP, imageUrl=FOREIGN)
        assert image.mode == "L"
        low, high = image.getchannel(0).getextrema()
        assert isinstance(low, int)
        assert isinstance(high, int)
        assert high - low > 64, "a depth map has a range of depths"


@pytest.mark.parametrize("output_format", ["png", "webp"])
def test_a_segmentation_result_is_a_black_and_white_mask(output_format: str) -> None:
    with running_mock(foreign_image_urls="synthesize") as mock:
        body = {"imageUrl": FOREIGN, "method": "points", "pointsPositive": {"points": [[0.5, 0.5]], "labels": [1]}}
        image = _result(mock, SEGMENTATION, outputFormat=output_format, **body)
        gray = image.convert("L")
        assert {value for value, count in enumerate(gray.histogram()) if count} == {0, 255}
        if image.mode != "L":  # WebP stores gray as RGB with equal channels
            red, green, blue = image.convert("RGB").split()
            assert red.tobytes() == green.tobytes() == blue.tobytes()


def test_a_face_swap_has_the_targets_size() -> None:
    with running_mock() as mock:
        target = mock.finished(QUANTUM, width=640, height=896, outputFormat="png")["results"][0]
        face = mock.finished(QUANTUM, width=1024, height=512, outputFormat="png")["results"][0]
        swapped = _result(mock, FACE_SWAP, sourceImage=face, targetImage=target, outputFormat="png")
        assert swapped.size == (640, 896)
        assert swapped.convert("RGB").tobytes() != _download(mock, target).convert("RGB").tobytes()


def test_a_face_swap_fails_when_an_input_cannot_be_read() -> None:
    with running_mock() as mock:  # foreign URLs are not fetched by default
        target = mock.finished(QUANTUM)["results"][0]
        failed = mock.finished(FACE_SWAP, sourceImage=FOREIGN, targetImage=target)
        assert failed["status"] == "failed"
        assert failed["error"].startswith(f"sourceImage {FOREIGN} could not be read")


def test_hamilton_high_resolution_sizes_come_from_the_spec() -> None:
    ratio = _spec.component("HamiltonAspectRatio")
    with running_mock() as mock:
        assert _result(mock, HAMILTON).size == tuple(ratio["x-sizes"][ratio["x-default"]])
        high = _result(mock, HAMILTON, highResolution=True, aspectRatio="16:9")
        assert high.size == tuple(ratio["x-high-resolution-sizes"]["16:9"])


@pytest.mark.parametrize(
    ("path", "body", "field", "fragment"),
    [
        (HAMILTON, {"width": 1328, "height": 1328}, "width", "x-max-pixel-area"),
        (SEGMENTATION, {"imageUrl": FOREIGN, "method": "text"}, "textPrompt", "is required"),
        (SEGMENTATION, {"imageUrl": FOREIGN, "method": "points"}, "pointsPositive", "is required"),
        (
            SEGMENTATION,
            {"imageUrl": FOREIGN, "method": "points", "pointsPositive": {"points": [[0.5, 1.5]]}},
            "pointsPositive.points.0.1",
            "",
        ),
        (DEPTH_MAP, {"imageUrl": FOREIGN, "resolutionLowerLimit": 1000}, "resolutionLowerLimit", "multiple of 64"),
        (DEPTH_MAP, {"imageUrl": FOREIGN, "useVersion3": False, "model": "mono_large"}, "model", "mono_large"),
        (DETAILER, {"imageUrl": FOREIGN, "scaleFactor": 3}, "scaleFactor", "3"),
        (UPSCALING, {"imageUrl": FOREIGN, "scaleFactor": 9}, "scaleFactor", "9"),
    ],
)
def test_the_mock_refuses_what_the_docs_forbid(path: str, body: dict[str, Any], field: str, fragment: str) -> None:
    with running_mock(foreign_image_urls="synthesize") as mock:
        response = mock.http.post(path, json=body)
        assert response.status_code == 400, response.text
        messages = response.json()["message"]
        assert any(message.startswith(f"{field}:") and fragment in message for message in messages), messages
        assert mock.state.created_count == 0


def test_hamilton_high_resolution_allows_the_larger_area() -> None:
    with running_mock() as mock:
        done = mock.finished(HAMILTON, width=1328, height=1328, highResolution=True)
        assert _download(mock, done["results"][0]).size == (1328, 1328)
