"""Result images of the mock: real PNG/WebP files drawn with Pillow, a pure function of a small recipe.

A recipe fixes the seed (after the spec's transform), the result index, the size, the format and, for
image-to-image tasks, the recipe of the source image. Rendering the same recipe always gives the same bytes, so
images need not be stored: they are drawn when first downloaded and kept in a size-capped cache.

Image operations draw what the real operation would give, so that code depending on the result can be tested:
an upscale is its source enlarged (``width``/``height`` of the recipe are the source's times the scale factor), the
detailer sharpens, remove-background cuts the subject out onto real transparency (RGBA), a depth map is grayscale,
a segmentation is a black-and-white mask, and a face swap is its target (size included) with the face of the
second image. Other types lay a pattern over their source (`EFFECTS` lists the special ones).
"""

from __future__ import annotations

import functools
import hashlib
import io
import random
import threading
from collections import OrderedDict
from collections.abc import Callable
from dataclasses import dataclass

from PIL import Image, ImageDraw, ImageFilter

__all__ = ["CONTENT_TYPES", "EFFECTS", "ImageCache", "ImageRecipe", "render", "synthetic_source"]

CONTENT_TYPES = {"png": "image/png", "webp": "image/webp"}
"""File extension -> content type of the formats the mock writes."""

_GRADIENT = Image.linear_gradient("L")
_SOURCE_BLEND = 0.35
"""How much of the generated pattern is laid over a source image in image-to-image results."""


@dataclass(frozen=True)
class ImageRecipe:
    """Everything that determines one result image; ``kind`` (the artwork type) makes each operation draw its own
    pattern, so a refined image never equals its source even with the same seed."""

    kind: str
    seed: int
    index: int
    width: int
    height: int
    fmt: str
    transparent: bool = False
    source: ImageRecipe | None = None
    extra: ImageRecipe | None = None
    """A second input image (the face of a face swap)."""

    def __post_init__(self) -> None:
        if self.fmt not in CONTENT_TYPES:
            raise ValueError(f"ImageRecipe(fmt={self.fmt!r}): use one of {', '.join(CONTENT_TYPES)}")


def synthetic_source(url: str) -> ImageRecipe:
    """A stand-in source image for a URL the mock does not serve (``foreign_image_urls="synthesize"``)."""
    seed = int.from_bytes(hashlib.sha256(url.encode()).digest()[:8], "big")
    return ImageRecipe(kind="external", seed=seed, index=0, width=1024, height=1024, fmt="png")


def _color(rng: random.Random) -> tuple[int, int, int]:
    return rng.randrange(256), rng.randrange(256), rng.randrange(256)


def _pattern(recipe: ImageRecipe) -> Image.Image:
    """Two-colour gradient with a few shapes: RGB, or RGBA shapes on transparency for a transparent result."""
    rng = random.Random(f"{recipe.kind}/{recipe.seed}/{recipe.index}")
    size = (recipe.width, recipe.height)
    if recipe.transparent:
        image = Image.new("RGBA", size, (0, 0, 0, 0))
    else:
        image = _two_colours(_gradient(rng.choice((0, 90, 180, 270)), size), _color(rng), _color(rng))
    draw = ImageDraw.Draw(image)
    short = min(size)
    for _ in range(rng.randint(3, 7)):
        radius = rng.randint(short // 16, short // 4)
        x, y = rng.randrange(recipe.width), rng.randrange(recipe.height)
        box = (x - radius, y - radius, x + radius, y + radius)
        colour = _color(rng)
        shape = draw.ellipse if rng.random() < 0.5 else draw.rectangle
        shape(box, fill=(*colour, 255) if recipe.transparent else colour)
    return image


@functools.lru_cache(maxsize=32)
def _gradient(angle: int, size: tuple[int, int]) -> Image.Image:
    """The grayscale gradient at ``angle``, resized: shared by every image of that size (never drawn on)."""
    return _GRADIENT.rotate(angle).resize(size)


def _two_colours(gradient: Image.Image, dark: tuple[int, int, int], light: tuple[int, int, int]) -> Image.Image:
    """``gradient`` mapped from ``dark`` to ``light``, one lookup table per channel (what ImageOps.colorize
    computes, at a fraction of its cost)."""
    channels = [
        gradient.point([low + (high - low) * level // 255 for level in range(256)])
        for low, high in zip(dark, light, strict=True)
    ]
    return Image.merge("RGB", channels)


def _source(recipe: ImageRecipe) -> Image.Image:
    assert recipe.source is not None
    return _pixels(recipe.source).convert("RGB")


def _upscale(recipe: ImageRecipe) -> Image.Image:
    """The source enlarged to the recipe's size (its scale factor times the source's)."""
    return _source(recipe).resize((recipe.width, recipe.height), Image.Resampling.BICUBIC)


def _detail(recipe: ImageRecipe) -> Image.Image:
    """The source sharpened, enlarged to the recipe's size (factor 1 keeps the size)."""
    return _upscale(recipe).filter(ImageFilter.UnsharpMask(radius=2, percent=160, threshold=2))


def _subject(recipe: ImageRecipe) -> Image.Image:
    """A white-on-black mask of a "subject": an ellipse around the centre, placed by the seed."""
    rng = random.Random(f"subject/{recipe.kind}/{recipe.seed}/{recipe.index}")
    width, height = recipe.width, recipe.height
    mask = Image.new("L", (width, height), 0)
    cx, cy = width * rng.uniform(0.4, 0.6), height * rng.uniform(0.4, 0.6)
    rx, ry = width * rng.uniform(0.2, 0.3), height * rng.uniform(0.25, 0.35)
    ImageDraw.Draw(mask).ellipse((cx - rx, cy - ry, cx + rx, cy + ry), fill=255)
    return mask


def _cutout(recipe: ImageRecipe) -> Image.Image:
    """The source with everything but the subject fully transparent (RGBA)."""
    image = _source(recipe).resize((recipe.width, recipe.height)).convert("RGBA")
    image.putalpha(_subject(recipe))
    return image


def _mask(recipe: ImageRecipe) -> Image.Image:
    """A segmentation mask: the selected area white (255), the rest black (0), nothing in between."""
    return _subject(recipe)


def _depth(recipe: ImageRecipe) -> Image.Image:
    """A grayscale depth map: a far-to-near gradient with the subject standing out closer (lighter)."""
    size = (recipe.width, recipe.height)
    gradient = _GRADIENT.resize(size)
    luminance = _source(recipe).convert("L").resize(size).filter(ImageFilter.GaussianBlur(4))
    depth = Image.blend(gradient, luminance, 0.3)
    return Image.composite(depth.point(lambda value: 128 + value // 2), depth, _subject(recipe))


def _swap(recipe: ImageRecipe) -> Image.Image:
    """The target (the recipe's source) with the face (``extra``) pasted into its "face" area."""
    target = _source(recipe).resize((recipe.width, recipe.height))
    if recipe.extra is None:
        return target
    face = _pixels(recipe.extra).convert("RGB").resize(target.size)
    return Image.composite(face, target, _subject(recipe).filter(ImageFilter.GaussianBlur(8)))


EFFECTS: dict[str, Callable[[ImageRecipe], Image.Image]] = {
    "upscaling_v2": _upscale,
    "detailer_upscaler": _detail,
    "remove_background": _cutout,
    "segmentation": _mask,
    "depth_map": _depth,
    "face_swap": _swap,
}
"""Artwork types whose result is drawn from the source image by a special rule (the rest blend a pattern in)."""
_KEEPS_ALPHA = frozenset({"remove_background"})


def _pixels(recipe: ImageRecipe) -> Image.Image:
    effect = EFFECTS.get(recipe.kind)
    if effect is not None and recipe.source is not None:
        return effect(recipe)
    pattern = _pattern(recipe)
    if recipe.source is None:
        return pattern
    source = _pixels(recipe.source).convert(pattern.mode).resize(pattern.size)
    return Image.blend(source, pattern, _SOURCE_BLEND)


def render(recipe: ImageRecipe) -> bytes:
    """The encoded image of ``recipe`` (deterministic).

    RGBA stays RGBA only for transparent results; grayscale results (masks, depth maps) stay grayscale and are
    written losslessly, so a mask holds only black and white.
    """
    image = _pixels(recipe)
    if image.mode == "RGBA" and not (recipe.transparent or recipe.kind in _KEEPS_ALPHA):
        image = image.convert("RGB")
    buffer = io.BytesIO()
    if recipe.fmt == "png":
        image.save(buffer, format="PNG", compress_level=1)
    else:
        image.save(buffer, format="WEBP", quality=80, method=0, lossless=image.mode == "L")
    return buffer.getvalue()


class ImageCache:
    """Rendered images by recipe, least recently used dropped beyond ``max_bytes``. Thread-safe."""

    def __init__(self, max_bytes: int) -> None:
        self._max_bytes = max_bytes
        self._items: OrderedDict[ImageRecipe, bytes] = OrderedDict()
        self._size = 0
        self._lock = threading.Lock()

    def get(self, recipe: ImageRecipe) -> bytes:
        """The image of ``recipe``, rendered now unless cached."""
        with self._lock:
            cached = self._items.get(recipe)
            if cached is not None:
                self._items.move_to_end(recipe)
                return cached
        data = render(recipe)
        with self._lock:
            if recipe not in self._items and len(data) <= self._max_bytes:
                self._items[recipe] = data
                self._size += len(data)
                while self._size > self._max_bytes:
                    _, dropped = self._items.popitem(last=False)
                    self._size -= len(dropped)
        return data
