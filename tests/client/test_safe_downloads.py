"""Saving and downloading results safely: file names from validated ids, image content only, size caps, no
requests to local or private destinations, and clear errors for whatever odd URL or OS error comes up."""

from __future__ import annotations

import gzip
from pathlib import Path
from typing import Any

import httpx
import pytest

from tengrai import APIConnectionError, ArtworkSaveError, AsyncTengrai, Tengrai, TengraiError

from .loopback import Exchange, loopback
from .support import API_KEY, FakeClock, Script, artwork_json, new_id

PNG = b"\x89PNG\r\n\x1a\n" + b"\x00" * 64
PUBLIC_API = "https://api.tengr.ai"
"""A base URL on a public host: results on local or private addresses are refused."""


def finished(*urls: str, artwork_id: str | None = None) -> dict[str, Any]:
    """A succeeded artwork with these result URLs."""
    return artwork_json(artwork_id or new_id(), status="succeeded", results=list(urls))


def client_for(script: Script, base_url: str = PUBLIC_API, **options: Any) -> Tengrai:
    """A client on the scripted transport, with a fake clock."""
    clock = FakeClock()
    return Tengrai(
        api_key=API_KEY,
        base_url=base_url,
        transport=httpx.MockTransport(script),
        clock=clock,
        sleep=clock.sleep,
        **options,
    )


def png(content: bytes = PNG, content_type: str = "image/png", **headers: str) -> httpx.Response:
    """A result answer."""
    return httpx.Response(200, content=content, headers={"content-type": content_type, **headers})


# ---------------------------------------------------------------------------------------------- file names


@pytest.mark.parametrize("bad_id", ["../escaped", "/tmp/absolute", "a/../../b", "..", "x\\..\\y", "a\x00b", "a.b"])
def test_an_id_that_is_not_a_plain_token_never_becomes_a_path(tmp_path: Path, bad_id: str) -> None:
    url = "https://cdn.tengr.ai/1.png"
    script = Script().on("GET", url, png())
    target = tmp_path / "out"
    with client_for(script) as client:
        artwork = client._core.make_artwork({**finished(url), "id": bad_id})
        with pytest.raises(TengraiError, match="not a plain token"):
            client.artworks.save(artwork, target, sidecar=True)
    assert sorted(p.relative_to(tmp_path) for p in tmp_path.rglob("*")) == []
    assert script.requests == []  # refused before downloading


def test_the_extension_comes_from_the_image_bytes_not_the_content_type(tmp_path: Path) -> None:
    url = "https://cdn.tengr.ai/1"
    script = Script().on("GET", url, png(content_type="application/x-sh"))
    with client_for(script) as client:
        artwork = client._core.make_artwork(finished(url))
        (saved,) = client.artworks.save(artwork, tmp_path)
    assert saved.path.name == f"{artwork.id}-0.png"


@pytest.mark.parametrize(
    ("content", "content_type"),
    [(b"#!/bin/sh\nrm -rf ~\n", "text/x-sh"), (b"<html>hi</html>", "image/png"), (b"print(1)", "text/x-python")],
)
def test_content_that_is_not_an_image_is_refused(tmp_path: Path, content: bytes, content_type: str) -> None:
    url = "https://cdn.tengr.ai/1.png"
    script = Script().on("GET", url, png(content, content_type))
    with client_for(script) as client:
        artwork = client._core.make_artwork(finished(url))
        with pytest.raises(TengraiError, match="not a PNG, JPEG, WebP, GIF, AVIF or TIFF image") as caught:
            client.artworks.save(artwork, tmp_path / "out", sidecar=True)
    assert artwork.id in str(caught.value)
    assert not (tmp_path / "out").exists()


def test_an_os_error_while_saving_names_the_artwork_and_what_was_saved(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import tengrai._tasks.downloads as download

    urls = ["https://cdn.tengr.ai/1", "https://cdn.tengr.ai/2"]
    script = Script().on("GET", urls[0], png()).on("GET", urls[1], png())
    real = download._commit
    calls = 0

    def full_disk(temporary: Path, path: Path) -> None:
        nonlocal calls
        calls += 1
        if calls == 2:
            raise OSError(28, "No space left on device")
        real(temporary, path)

    monkeypatch.setattr(download, "_commit", full_disk)
    with client_for(script) as client:
        artwork = client._core.make_artwork(finished(*urls))
        with pytest.raises(ArtworkSaveError) as caught:
            client.artworks.save(artwork, tmp_path)
    error = caught.value
    assert error.artwork_id == artwork.id
    assert [item.path.name for item in error.saved] == [f"{artwork.id}-0.png"]
    assert "No space left on device" in str(error)
    assert sorted(item.name for item in tmp_path.iterdir()) == [f"{artwork.id}-0.png"]  # no temporary file left


def test_a_directory_that_cannot_be_created_is_a_save_error(tmp_path: Path) -> None:
    url = "https://cdn.tengr.ai/1"
    blocker = tmp_path / "file"
    blocker.write_text("in the way")
    script = Script().on("GET", url, png())
    with client_for(script) as client:
        artwork = client._core.make_artwork(finished(url))
        with pytest.raises(ArtworkSaveError) as caught:
            client.artworks.save(artwork, blocker / "sub")
    assert caught.value.saved == []


# ---------------------------------------------------------------------------------------------- size caps


def test_a_result_larger_than_the_cap_is_refused() -> None:
    url = "https://cdn.tengr.ai/big.png"
    script = Script().on("GET", url, png(PNG + b"\x00" * 5000))
    with client_for(script, max_download_bytes=1000) as client:
        artwork = client._core.make_artwork(finished(url))
        with pytest.raises(TengraiError, match="max_download_bytes=1000"):
            client.artworks.download(artwork)


def test_a_decompression_bomb_is_refused_without_inflating_it() -> None:
    url = "https://cdn.tengr.ai/bomb.png"
    bomb = gzip.compress(PNG + b"\x00" * (64 * 1024 * 1024))  # about 64 KB on the wire

    def serve(request: httpx.Request) -> httpx.Response:
        headers = {"content-type": "image/png", "content-encoding": "gzip"}
        return httpx.Response(200, headers=headers, stream=httpx.ByteStream(bomb))

    script = Script().on("GET", url, serve)
    with client_for(script, max_download_bytes=1024 * 1024) as client:
        artwork = client._core.make_artwork(finished(url))
        with pytest.raises(TengraiError, match="max_download_bytes"):
            client.artworks.download(artwork)


def test_a_compressed_result_within_the_cap_is_inflated() -> None:
    url = "https://cdn.tengr.ai/small.png"

    def serve(request: httpx.Request) -> httpx.Response:
        headers = {"content-type": "image/png", "content-encoding": "gzip"}
        return httpx.Response(200, headers=headers, stream=httpx.ByteStream(gzip.compress(PNG)))

    script = Script().on("GET", url, serve)
    with client_for(script, max_download_bytes=1024) as client:
        assert client.artworks.download(client._core.make_artwork(finished(url))) == [PNG]


# ---------------------------------------------------------------------------------------------- destinations

LOCAL_RESULTS = [
    "http://127.0.0.1/x.png",
    "http://localhost:8080/x.png",
    "http://[::1]/x.png",
    "http://169.254.169.254/latest/meta-data/",
    "http://metadata.google.internal/computeMetadata/v1/",
    "http://10.1.2.3/x.png",
    "http://192.168.0.10/x.png",
    "http://2130706433/x.png",
    "http://minio.svc.cluster.local/x.png",
]


@pytest.mark.parametrize("url", LOCAL_RESULTS)
def test_results_on_local_or_private_addresses_are_refused(url: str) -> None:
    script = Script()
    with client_for(script) as client:
        artwork = client._core.make_artwork(finished(url))
        with pytest.raises(TengraiError, match="refusing to download"):
            client.artworks.download(artwork)
    assert script.requests == []


@pytest.mark.parametrize("target", LOCAL_RESULTS[:4])
def test_redirects_to_local_or_private_addresses_are_refused(target: str) -> None:
    url = "https://cdn.tengr.ai/1.png"
    script = Script().on("GET", url, httpx.Response(302, headers={"Location": target}))
    with client_for(script) as client:
        artwork = client._core.make_artwork(finished(url))
        with pytest.raises(TengraiError, match="refusing to download"):
            client.artworks.download(artwork)
    assert [str(r.url) for r in script.requests] == [url]


def test_results_on_loopback_are_fine_when_the_api_is_on_loopback_too() -> None:
    base = "http://127.0.0.1:8765"
    url = f"{base}/files/1.png"
    script = Script(fallback=lambda request: png())
    with client_for(script, base_url=base) as client:
        assert client.artworks.download(client._core.make_artwork(finished(url))) == [PNG]


ODD_URLS = [
    "http://[::1",
    "http://exa mple.com/x.png",
    "http://host:99999/x.png",
    "http://ex\u00e4mple.com/x",
    "http://",
]


@pytest.mark.parametrize("url", ODD_URLS)
def test_odd_result_urls_are_clear_errors(url: str) -> None:
    script = Script()
    with client_for(script) as client:
        artwork = client._core.make_artwork(finished(url))
        with pytest.raises(TengraiError, match="cannot download result URL"):
            client.artworks.download(artwork)
    assert script.requests == []


# ---------------------------------------------------------------------------------------------- names resolved


@pytest.fixture
def names_on_loopback(monkeypatch: pytest.MonkeyPatch) -> None:
    """Make every *.tengr.ai name resolve to 127.0.0.1, as a hostile or split-horizon DNS could."""
    import socket

    real = socket.getaddrinfo

    def resolve(host: Any, port: Any, *args: Any, **kwargs: Any) -> Any:
        name = host.decode() if isinstance(host, bytes) else host
        if isinstance(name, str) and name.endswith(".tengr.ai"):
            return real("127.0.0.1", port, *args, **kwargs)
        return real(host, port, *args, **kwargs)

    monkeypatch.setattr(socket, "getaddrinfo", resolve)


def serving_png(exchange: Exchange) -> None:
    """Answer every request: an artwork for API paths, the image otherwise."""
    if exchange.path.startswith("/v2/"):
        exchange.answer_json(200, finished(artwork_id=exchange.path.rsplit("/", 1)[1]))
    else:
        exchange.answer(200, PNG, {"Content-Type": "image/png"})


@pytest.mark.usefixtures("names_on_loopback")
def test_a_result_host_resolving_to_a_private_address_is_not_connected_to() -> None:
    with loopback(serving_png) as server:
        port = server.base_url.rsplit(":", 1)[1]
        url = f"http://cdn.tengr.ai:{port}/1.png"
        with Tengrai(api_key=API_KEY, base_url="https://api.tengr.ai", max_retries=0) as client:
            artwork = client._core.make_artwork(finished(url))
            with pytest.raises(APIConnectionError, match=r"refusing to connect to cdn\.tengr\.ai"):
                client.artworks.download(artwork)
    assert server.exchanges == []


@pytest.mark.anyio
@pytest.mark.usefixtures("names_on_loopback")
async def test_async_a_result_host_resolving_to_a_private_address_is_not_connected_to() -> None:
    with loopback(serving_png) as server:
        port = server.base_url.rsplit(":", 1)[1]
        url = f"http://cdn.tengr.ai:{port}/1.png"
        async with AsyncTengrai(api_key=API_KEY, base_url="https://api.tengr.ai", max_retries=0) as client:
            artwork = client._core.make_artwork(finished(url))
            with pytest.raises(APIConnectionError, match=r"refusing to connect to cdn\.tengr\.ai"):
                await client.artworks.download(artwork)
    assert server.exchanges == []


@pytest.mark.usefixtures("names_on_loopback")
def test_the_api_host_itself_may_resolve_to_a_private_address() -> None:
    with loopback(serving_png) as server:
        port = server.base_url.rsplit(":", 1)[1]
        with Tengrai(api_key=API_KEY, base_url=f"http://api.tengr.ai:{port}", max_retries=0) as client:
            artwork_id = new_id()
            assert client.artworks.get(artwork_id).id == artwork_id
