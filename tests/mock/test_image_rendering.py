"""Rendering shares its expensive layers between images (how a result file stays cheap) without mixing them up."""

from __future__ import annotations

import io

from PIL import Image

from tengrai.mock._images import _GRADIENT, ImageRecipe, _gradient, render


def _pixels(data: bytes) -> Image.Image:
    image = Image.open(io.BytesIO(data))
    image.load()
    return image


def test_the_shared_gradient_is_never_drawn_on() -> None:
    for seed in range(12):  # every angle is drawn on several times
        render(ImageRecipe("quantum", seed, 0, 320, 200, "png"))
    for angle in (0, 90, 180, 270):
        assert _gradient(angle, (320, 200)).tobytes() == _GRADIENT.rotate(angle).resize((320, 200)).tobytes()


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
