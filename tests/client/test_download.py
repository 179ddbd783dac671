"""Result downloads: the key stays home, bounded concurrency, file names, sidecars, one deadline."""

from __future__ import annotations

import json
import os
import stat
import threading
from pathlib import Path
from typing import Any

import httpx
import pytest

from tengrai import ArtworkFailedError, ArtworkTimeoutError, NotFoundError, TengraiError
from tengrai._tasks.downloads import _file_mode, extension_for, same_origin

from .support import (
    API_KEY,
    BASE_URL,
    FakeClock,
    Script,
    artwork_json,
    artwork_path,
    error_response,
    json_response,
    new_id,
    sync_client,
)

PNG = b"\x89PNG\r\n\x1a\n fake png"
WEBP = b"RIFF\x00\x00\x00\x00WEBP fake"


def image(content: bytes = PNG, content_type: str | None = "image/png") -> httpx.Response:
    """An image answer."""
    return httpx.Response(200, content=content, headers={"content-type": content_type} if content_type else {})


def finished(*urls: str, **parameters: Any) -> dict[str, Any]:
    """A succeeded artwork with these result URLs."""
    return artwork_json(status="succeeded", results=urls, parameters=parameters or {"prompt": "a cat"}, duration=4)


def test_result_on_another_host_is_fetched_without_the_key() -> None:
    url = "https://cdn.example.net/results/1.png"
    script = Script().on("GET", url, image())
    with sync_client(script) as client:
        artwork = client._core.make_artwork(finished(url))
        assert client.artworks.download(artwork) == [PNG]
    (request,) = script.requests
    assert "authorization" not in request.headers
    assert API_KEY not in str(request.headers.raw)


def test_result_on_the_api_origin_is_fetched_with_the_key() -> None:
    url = f"{BASE_URL}/files/abc/0.png"
    script = Script().on("GET", "/files/abc/0.png", image())
    with sync_client(script) as client:
        client.artworks.download(client._core.make_artwork(finished(url)))
    assert script.requests[0].headers["authorization"] == f"Bearer {API_KEY}"


def test_relative_result_url_is_on_the_api_origin() -> None:
    script = Script().on("GET", "/files/abc/0.webp", image(WEBP, "image/webp"))
    with sync_client(script) as client:
        assert client.artworks.download(client._core.make_artwork(finished("/files/abc/0.webp"))) == [WEBP]
    assert script.requests[0].headers["authorization"] == f"Bearer {API_KEY}"


@pytest.mark.parametrize(
    "url",
    [
        "http://api.tengr.test/files/1.png",  # same host, other scheme
        "https://api.tengr.test:8443/files/1.png",  # same host, other port
        "https://api.tengr.test.evil.example/files/1.png",  # a look-alike host
        "https://evil.example/?host=api.tengr.test",
    ],
)
def test_anything_but_the_exact_api_origin_gets_no_key(url: str) -> None:
    script = Script().on("GET", str(httpx.URL(url).copy_with(query=None)), image())
    with sync_client(script) as client:
        client.artworks.download(client._core.make_artwork(finished(url)))
    assert "authorization" not in script.requests[0].headers


def test_a_redirect_away_from_the_api_drops_the_key() -> None:
    cdn = "https://cdn.example.net/signed/1.png?sig=abc"
    script = (
        Script()
        .on("GET", "/files/abc/0.png", httpx.Response(302, headers={"Location": cdn}))
        .on("GET", "https://cdn.example.net/signed/1.png", image())
    )
    with sync_client(script) as client:
        assert client.artworks.download(client._core.make_artwork(finished(f"{BASE_URL}/files/abc/0.png"))) == [PNG]
    api_request, cdn_request = script.requests
    assert api_request.headers["authorization"] == f"Bearer {API_KEY}"
    assert "authorization" not in cdn_request.headers


@pytest.mark.parametrize(
    ("url", "base", "expected"),
    [
        ("https://api.x/a", "https://api.x", True),
        ("https://API.X:443/a", "https://api.x", True),
        ("http://api.x:80/a", "http://api.x", True),
        ("https://api.x:444/a", "https://api.x", False),
        ("http://api.x/a", "https://api.x", False),
        ("https://user@api.x.evil/a", "https://api.x", False),
    ],
)
def test_same_origin(url: str, base: str, expected: bool) -> None:
    assert same_origin(url, base) is expected


@pytest.mark.parametrize(
    ("content_type", "url", "expected"),
    [
        ("image/png", "https://x/a", ".png"),
        ("image/webp; q=0.9", "https://x/a.png", ".webp"),
        ("IMAGE/JPEG", "https://x/a", ".jpg"),
        ("application/octet-stream", "https://x/a.webp", ".webp"),
        ("text/x-sh", "https://x/a.sh", ".bin"),  # only image extensions, whatever the server says
        ("text/html", "https://x/a.py", ".bin"),
        (None, "https://x/files/1.webp?sig=1", ".webp"),
        ("", "https://x/files/noext", ".bin"),
        (None, "https://x/files/weird.e x t", ".bin"),
    ],
)
def test_extension_comes_from_the_content_type_then_the_url(content_type: str | None, url: str, expected: str) -> None:
    assert extension_for(content_type, url) == expected


def test_save_writes_files_named_by_id_and_index_with_a_sidecar(tmp_path: Path) -> None:
    urls = ["https://cdn.example.net/1", "https://cdn.example.net/2"]
    script = Script().on("GET", urls[0], image(PNG, "image/png")).on("GET", urls[1], image(WEBP, "image/webp"))
    with sync_client(script) as client:
        artwork = client._core.make_artwork(finished(*urls, prompt="a fox", seed=42, style="analog"))
        saved = client.artworks.save(artwork, tmp_path / "out", sidecar=True)
    assert [item.path.name for item in saved] == [f"{artwork.id}-0.png", f"{artwork.id}-1.webp"]
    assert [item.path.read_bytes() for item in saved] == [PNG, WEBP]
    assert [item.size_bytes for item in saved] == [len(PNG), len(WEBP)]
    assert [item.content_type for item in saved] == ["image/png", "image/webp"]
    assert [item.url for item in saved] == urls
    sidecar = json.loads((tmp_path / "out" / f"{artwork.id}.json").read_text())
    assert sidecar["prompt"] == "a fox"
    assert sidecar["seed"] == 42
    assert sidecar["parameters"] == {"prompt": "a fox", "seed": 42, "style": "analog"}
    assert [f["path"] for f in sidecar["files"]] == [item.path.name for item in saved]
    assert sorted(p.name for p in (tmp_path / "out").iterdir()) == sorted(
        [f"{artwork.id}-0.png", f"{artwork.id}-1.webp", f"{artwork.id}.json"]
    )  # no partial files left behind


def test_save_without_sidecar_writes_only_images(tmp_path: Path) -> None:
    url = "https://cdn.example.net/1"
    script = Script().on("GET", url, image())
    with sync_client(script) as client:
        artwork = client._core.make_artwork(finished(url))
        artwork.save(tmp_path)
    assert [p.name for p in tmp_path.iterdir()] == [f"{artwork.id}-0.png"]


def test_saved_files_get_the_usual_permissions_not_private_temp_ones(tmp_path: Path) -> None:
    url = "https://cdn.example.net/1"
    script = Script().on("GET", url, image())
    previous = os.umask(0o022)
    _file_mode.cache_clear()
    try:
        with sync_client(script) as client:
            (saved,) = client._core.make_artwork(finished(url)).save(tmp_path)
    finally:
        os.umask(previous)
        _file_mode.cache_clear()
    assert stat.S_IMODE(saved.path.stat().st_mode) == 0o644


def test_downloads_run_concurrently_but_never_above_the_limit() -> None:
    limit = 3
    urls = [f"https://cdn.example.net/{n}.png" for n in range(7)]
    in_flight = 0
    peak = 0
    lock = threading.Lock()
    # The first six requests only pass once three are in flight together: proves the limit is reached.
    barrier = threading.Barrier(limit, timeout=10)

    def handler(request: httpx.Request) -> httpx.Response:
        nonlocal in_flight, peak
        with lock:
            in_flight += 1
            peak = max(peak, in_flight)
            index = int(request.url.path.rsplit("/", 1)[1].split(".")[0])
        try:
            if index < 6:
                barrier.wait()
            return image(f"image {index}".encode())
        finally:
            with lock:
                in_flight -= 1

    script = Script()
    for url in urls:
        script.on("GET", url, handler)
    with sync_client(script, max_concurrent_downloads=limit) as client:
        contents = client.artworks.download(client._core.make_artwork(finished(*urls)))
    assert contents == [f"image {n}".encode() for n in range(7)]  # in result order
    assert peak == limit


def test_save_waits_for_an_unfinished_artwork_first(tmp_path: Path) -> None:
    artwork_id = new_id()
    url = "https://cdn.example.net/1.png"
    processing = json_response(200, artwork_json(artwork_id, status="processing"))
    done = json_response(200, artwork_json(artwork_id, status="succeeded", results=[url]))
    script = Script().on("GET", artwork_path(artwork_id), processing, done).on("GET", url, image())
    with sync_client(script) as client:
        saved = client.artworks.save(artwork_id, tmp_path)
    assert saved[0].path.read_bytes() == PNG


def test_saving_a_failed_artwork_raises(tmp_path: Path) -> None:
    artwork_id = new_id()
    failed = json_response(200, artwork_json(artwork_id, status="failed"))
    script = Script().on("GET", artwork_path(artwork_id), failed)
    with sync_client(script) as client, pytest.raises(ArtworkFailedError):
        client.artworks.save(artwork_id, tmp_path)
    assert list(tmp_path.iterdir()) == []


def test_one_deadline_covers_waiting_and_downloading(tmp_path: Path) -> None:
    clock = FakeClock()
    artwork_id = new_id()
    url = "https://cdn.example.net/slow.png"

    def finishes_after_50s(request: httpx.Request) -> httpx.Response:
        status = "succeeded" if clock.now >= 1050 else "processing"
        return json_response(
            200, artwork_json(artwork_id, status=status, results=[url] if status == "succeeded" else [])
        )

    def cdn_down(request: httpx.Request) -> httpx.Response:
        clock.now += 4  # each attempt takes a while
        return error_response(503)

    script = Script().on("GET", artwork_path(artwork_id), finishes_after_50s).on("GET", url, cdn_down)
    with sync_client(script, clock, max_retries=10) as client, pytest.raises(ArtworkTimeoutError) as caught:
        client.artworks.save(artwork_id, tmp_path, timeout=60)
    assert caught.value.artwork_id == artwork_id
    assert caught.value.artwork is not None
    assert caught.value.artwork.status == "succeeded"
    assert clock.now - 1000 <= 64  # the last attempt may overrun by its own duration, never by a retry sleep
    assert script.count("GET", "/slow.png") < 11


def test_a_missing_result_is_an_error(tmp_path: Path) -> None:
    url = "https://cdn.example.net/gone.png"
    script = Script().on("GET", url, error_response(404))
    with sync_client(script) as client, pytest.raises(NotFoundError):
        client.artworks.save(client._core.make_artwork(finished(url)), tmp_path)
    assert list(tmp_path.iterdir()) == []


def test_only_http_results_are_downloaded() -> None:
    script = Script()
    with sync_client(script) as client, pytest.raises(TengraiError, match="only http and https"):
        client.artworks.download(client._core.make_artwork(finished("file:///etc/passwd")))
    assert script.requests == []


def test_artwork_download_is_bound_to_its_client() -> None:
    url = "https://cdn.example.net/1.png"
    script = Script().on("GET", url, image())
    with sync_client(script) as client:
        assert client._core.make_artwork(finished(url)).download() == [PNG]
