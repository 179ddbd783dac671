"""Result images of the mock: real PNG/WebP files drawn with Pillow, a pure function of a small recipe.

A recipe fixes the seed (after the spec's transform), the result index, the size, the format and, for
image-to-image tasks, the recipe of the source image. Rendering the same recipe always gives the same bytes, so
images need not be stored: they are drawn when first downloaded and kept in a size-capped cache.
"""

from __future__ import annotations

import hashlib
import io
import random
import threading
from collections import OrderedDict
from dataclasses import dataclass

from PIL import Image, ImageDraw, ImageOps

__all__ = ["CONTENT_TYPES", "ImageCache", "ImageRecipe", "render", "synthetic_source"]

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
    rng = random.Random(f"{recipe.kind}/{recipe.seed}/{recipe.index}")
    size = (recipe.width, recipe.height)
    if recipe.transparent:
        image = Image.new("RGBA", size, (0, 0, 0, 0))
    else:
        gradient = _GRADIENT.rotate(rng.choice((0, 90, 180, 270))).resize(size)
        image = ImageOps.colorize(gradient, _color(rng), _color(rng)).convert("RGBA")
    draw = ImageDraw.Draw(image)
    short = min(size)
    for _ in range(rng.randint(3, 7)):
        radius = rng.randint(short // 16, short // 4)
        x, y = rng.randrange(recipe.width), rng.randrange(recipe.height)
        box = (x - radius, y - radius, x + radius, y + radius)
        if rng.random() < 0.5:
            draw.ellipse(box, fill=(*_color(rng), 255))
        else:
            draw.rectangle(box, fill=(*_color(rng), 255))
    return image


def _pixels(recipe: ImageRecipe) -> Image.Image:
    pattern = _pattern(recipe)
    if recipe.source is None:
        return pattern
    source = _pixels(recipe.source).convert("RGBA").resize(pattern.size)
    return Image.blend(source, pattern, _SOURCE_BLEND)


def render(recipe: ImageRecipe) -> bytes:
    """The encoded image of ``recipe`` (deterministic)."""
    image = _pixels(recipe)
    if not recipe.transparent:
        image = image.convert("RGB")
    buffer = io.BytesIO()
    if recipe.fmt == "png":
        image.save(buffer, format="PNG", compress_level=1)
    else:
        image.save(buffer, format="WEBP", quality=80, method=0)
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
