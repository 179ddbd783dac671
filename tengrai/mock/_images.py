"""Result images of the mock: real PNG/WebP files drawn with Pillow, a pure function of a small recipe.

A recipe fixes the seed (after the spec's transform), the result index, the size, the format and, for
image-to-image tasks, the recipe of the source image. Rendering the same recipe always gives the same bytes, so
images need not be stored: they are drawn when first downloaded and kept in a size-capped cache.

Image operations draw what the real operation would give, so that code depending on the result can be tested:
an upscale is its source enlarged (``width``/``height`` of the recipe are the source's times the scale factor), the
detailer sharpens, remove-background cuts the subject out onto real transparency (RGBA), a depth map is grayscale,
a segmentation is a black-and-white mask, and a face swap is its target (size included) with the face of the
second image. Other types lay a pattern over their source (`EFFECTS` lists the special ones).

Drawing is cheap; encoding is most of a file's cost, so the pattern is made of flat areas (a gradient in bands,
flat shapes) that the fastest lossless settings pack quickly, and files are lossless: a file holds exactly the
pixels drawn. A 1024 x 1024 file costs about 10 ms of CPU (WebP's fastest mode is the floor), against 18 ms with a
smooth gradient, lossy WebP and Pillow's PNG writer.
"""

from __future__ import annotations

import hashlib
import io
import random
import struct
import threading
import zlib
from collections import OrderedDict
from collections.abc import Callable
from dataclasses import dataclass

from PIL import Image, ImageDraw, ImageFilter

__all__ = ["CONTENT_TYPES", "EFFECTS", "ImageCache", "ImageRecipe", "render", "synthetic_source"]

CONTENT_TYPES = {"png": "image/png", "webp": "image/webp"}
"""File extension -> content type of the formats the mock writes."""

_GRADIENT = Image.linear_gradient("L")
_BANDS = 16
"""Steps of a pattern's background gradient: flat areas make an image several times cheaper to encode."""
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
    """Two-colour banded gradient with a few shapes: RGB, or RGBA shapes on transparency for a transparent result."""
    rng = random.Random(f"{recipe.kind}/{recipe.seed}/{recipe.index}")
    size = (recipe.width, recipe.height)
    if recipe.transparent:
        image = Image.new("RGBA", size, (0, 0, 0, 0))
    else:
        image = _bands(size, _color(rng), _color(rng), rng.random() < 0.5)
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


def _bands(size: tuple[int, int], dark: tuple[int, int, int], light: tuple[int, int, int], flip: bool) -> Image.Image:
    """A gradient from ``dark`` to ``light`` (``flip``: right to left) in `_BANDS` flat vertical bands: a strip of
    one pixel per band, enlarged without smoothing. Columns, not rows: WebP's fast lossless mode packs those best."""
    steps = [
        tuple(low + (high - low) * step // (_BANDS - 1) for low, high in zip(dark, light, strict=True))
        for step in range(_BANDS)
    ]
    strip = Image.new("RGB", (_BANDS, 1))
    strip.putdata(steps[::-1] if flip else steps)
    return strip.resize(size, Image.Resampling.NEAREST)


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
    """The encoded image of ``recipe`` (deterministic), written losslessly by the fastest settings.

    RGBA stays RGBA only for transparent results; grayscale results (masks, depth maps) stay grayscale, so a mask
    holds only black and white.
    """
    image = _pixels(recipe)
    if image.mode == "RGBA" and not (recipe.transparent or recipe.kind in _KEEPS_ALPHA):
        image = image.convert("RGB")
    if recipe.fmt == "png":
        return _png(image)
    buffer = io.BytesIO()
    image.save(buffer, format="WEBP", lossless=True, quality=0, method=0)
    return buffer.getvalue()


_PNG_TYPES = {"L": 0, "RGB": 2, "RGBA": 6}
"""PNG colour type of each image mode the mock draws (8 bits per sample)."""


def _png(image: Image.Image) -> bytes:
    """``image`` as a PNG: rows unfiltered, deflated at level 1 (about half the time of Pillow's writer, which
    chooses a filter for every row; the mock's flat areas compress well without one)."""
    width, height = image.size
    raw = image.tobytes()
    stride = len(raw) // height
    rows = b"".join(b"\0" + raw[row * stride : (row + 1) * stride] for row in range(height))
    header = struct.pack(">IIBBBBB", width, height, 8, _PNG_TYPES[image.mode], 0, 0, 0)
    chunks = ((b"IHDR", header), (b"IDAT", zlib.compress(rows, 1)), (b"IEND", b""))
    return b"\x89PNG\r\n\x1a\n" + b"".join(
        struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data)) for kind, data in chunks
    )


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
