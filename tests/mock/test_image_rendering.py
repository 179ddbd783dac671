"""Rendering: images do not leak into each other, and files hold exactly what was drawn, in every mode."""

from __future__ import annotations

import dataclasses
import io

import pytest
from PIL import Image

from tengrai.mock._images import ImageRecipe, render
from tengrai.mock._images import _pixels as _drawn


def _pixels(data: bytes) -> Image.Image:
    image = Image.open(io.BytesIO(data))
    image.load()
    return image


def test_rendering_others_in_between_never_changes_an_image() -> None:
    first = render(ImageRecipe("quantum", 0, 0, 320, 200, "png"))
    for seed in range(1, 13):  # every background direction is drawn several times at the same size
        render(ImageRecipe("quantum", seed, 0, 320, 200, "png"))
    assert render(ImageRecipe("quantum", 0, 0, 320, 200, "png")) == first


@pytest.mark.parametrize("fmt", ["png", "webp"])
@pytest.mark.parametrize(
    ("recipe", "mode"),
    [
        (ImageRecipe("quantum", 3, 0, 300, 170, "png"), "RGB"),
        (ImageRecipe("quantum", 3, 0, 300, 170, "png", transparent=True), "RGBA"),
        (ImageRecipe("segmentation", 3, 0, 300, 170, "png", source=ImageRecipe("quantum", 1, 0, 300, 170, "png")), "L"),
    ],
)
def test_files_hold_exactly_the_drawn_pixels(recipe: ImageRecipe, mode: str, fmt: str) -> None:
    recipe = dataclasses.replace(recipe, fmt=fmt)
    decoded = _pixels(render(recipe))
    assert decoded.format == fmt.upper()
    assert fmt == "webp" or decoded.mode == mode  # Pillow reads a lossless WebP as RGB(A)
    assert decoded.size == (300, 170)
    drawn = _drawn(recipe)
    assert drawn.mode == mode
    assert decoded.convert(mode).tobytes() == drawn.tobytes()  # lossless: what was drawn is what is served


def test_results_are_opaque_rgb_unless_transparent() -> None:
    opaque = _pixels(render(ImageRecipe("quantum", 5, 0, 256, 256, "png")))
    clear = _pixels(render(ImageRecipe("quantum", 5, 0, 256, 256, "png", transparent=True)))
    assert opaque.mode == "RGB"
    assert clear.mode == "RGBA"
    alpha = clear.getchannel("A")
    assert alpha.getextrema() == (0, 255)  # transparent background, opaque shapes


def test_image_to_image_results_blend_their_source() -> None:
    source = ImageRecipe("quantum", 1, 0, 256, 256, "png")
    first = render(ImageRecipe("selena_variete", 9, 0, 256, 256, "png", source=source))
    other = render(
        ImageRecipe("selena_variete", 9, 0, 256, 256, "png", source=ImageRecipe("quantum", 2, 0, 256, 256, "png"))
    )
    assert first == render(ImageRecipe("selena_variete", 9, 0, 256, 256, "png", source=source))
    assert first != other
