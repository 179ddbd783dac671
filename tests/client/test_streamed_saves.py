"""`save()` streams each result to a temporary file in the target directory while it arrives (issue 20: 15), so
memory stays bounded whatever the server sends: a 64 MiB image is saved with a few MiB at most in memory, a result
past ``max_download_bytes`` leaves no partial file, a retried result starts its file over, and a symlink planted
at a target name is replaced, never followed. `download()` (bytes in memory) keeps its cap."""

from __future__ import annotations

import tracemalloc
from collections.abc import AsyncIterator, Iterator
from pathlib import Path

import httpx
import pytest

from tengrai import TengraiError

from .support import Script, async_client, sync_client
from .test_safe_downloads import PNG, finished

MIB = 1024 * 1024
CHUNK = b"\x00" * (64 * 1024)
URL = "https://cdn.tengr.ai/results/big.png"


def big_png(size: int) -> Iterator[bytes]:
    """A PNG of ``size`` bytes, sent in 64 KiB chunks (one chunk object, so the server side holds no copies)."""
    yield PNG
    sent = len(PNG)
    while sent < size:
        yield CHUNK
        sent += len(CHUNK)


async def abig_png(size: int) -> AsyncIterator[bytes]:
    for chunk in big_png(size):
        yield chunk


def serving(size: int, *, asynchronous: bool = False) -> Script:
    def serve(_: httpx.Request) -> httpx.Response:
        content = abig_png(size) if asynchronous else big_png(size)
        return httpx.Response(200, headers={"content-type": "image/png"}, content=content)

    return Script().on("GET", URL, serve)


def leftovers(directory: Path) -> list[str]:
    return sorted(path.name for path in directory.iterdir()) if directory.exists() else []


def test_saving_a_64_mib_image_keeps_memory_far_below_its_size(tmp_path: Path) -> None:
    with sync_client(serving(64 * MIB), max_download_bytes=128 * MIB) as client:
        artwork = client._core.make_artwork(finished(URL, artwork_id="big"))
        tracemalloc.start()
        try:
            [saved] = client.artworks.save(artwork, tmp_path)
            _, peak = tracemalloc.get_traced_memory()
        finally:
            tracemalloc.stop()
    assert saved.size_bytes == saved.path.stat().st_size >= 64 * MIB
    assert saved.path.read_bytes()[: len(PNG)] == PNG
    assert peak < 8 * MIB, f"peak {peak / MIB:.1f} MiB while saving a 64 MiB image"
    assert leftovers(tmp_path) == ["big-0.png"]


@pytest.mark.anyio
async def test_async_saving_a_64_mib_image_keeps_memory_far_below_its_size(tmp_path: Path) -> None:
    async with async_client(serving(64 * MIB, asynchronous=True), max_download_bytes=128 * MIB) as client:
        artwork = client._core.make_artwork(finished(URL, artwork_id="big"))
        tracemalloc.start()
        try:
            [saved] = await client.artworks.save(artwork, tmp_path)
            _, peak = tracemalloc.get_traced_memory()
        finally:
            tracemalloc.stop()
    assert saved.path.stat().st_size >= 64 * MIB
    assert peak < 8 * MIB, f"peak {peak / MIB:.1f} MiB while saving a 64 MiB image"


def test_a_result_over_the_cap_leaves_no_partial_file(tmp_path: Path) -> None:
    out = tmp_path / "out"
    out.mkdir()
    with sync_client(serving(4 * MIB), max_download_bytes=MIB) as client:
        artwork = client._core.make_artwork(finished(URL, artwork_id="big"))
        with pytest.raises(TengraiError, match=f"max_download_bytes={MIB}"):
            client.artworks.save(artwork, out)
    assert leftovers(out) == []


def test_a_failed_save_removes_the_directory_it_created(tmp_path: Path) -> None:
    with sync_client(serving(4 * MIB), max_download_bytes=MIB) as client:
        artwork = client._core.make_artwork(finished(URL, artwork_id="big"))
        with pytest.raises(TengraiError):
            client.artworks.save(artwork, tmp_path / "new" / "out")
    assert leftovers(tmp_path) == []


def test_a_retried_result_starts_its_file_over(tmp_path: Path) -> None:
    def cut_short() -> Iterator[bytes]:
        yield PNG
        yield b"\xff" * 1000
        raise httpx.ReadError("connection reset")

    script = Script().on(
        "GET",
        URL,
        httpx.Response(200, content=cut_short()),
        httpx.Response(200, content=PNG),
    )
    with sync_client(script) as client:
        artwork = client._core.make_artwork(finished(URL, artwork_id="big"))
        [saved] = client.artworks.save(artwork, tmp_path)
    assert saved.path.read_bytes() == PNG
    assert leftovers(tmp_path) == ["big-0.png"]


def test_a_symlink_planted_at_the_target_is_replaced_not_followed(tmp_path: Path) -> None:
    victim = tmp_path / "victim.txt"
    victim.write_text("precious")
    out = tmp_path / "out"
    out.mkdir()
    (out / "big-0.png").symlink_to(victim)
    script = Script().on("GET", URL, httpx.Response(200, content=PNG))
    with sync_client(script) as client:
        artwork = client._core.make_artwork(finished(URL, artwork_id="big"))
        client.artworks.save(artwork, out)
    assert victim.read_text() == "precious"
    assert not (out / "big-0.png").is_symlink()
    assert (out / "big-0.png").read_bytes() == PNG


def test_download_keeps_its_cap() -> None:
    with sync_client(serving(4 * MIB), max_download_bytes=MIB) as client:
        artwork = client._core.make_artwork(finished(URL, artwork_id="big"))
        with pytest.raises(TengraiError, match=f"max_download_bytes={MIB}"):
            client.artworks.download(artwork)
