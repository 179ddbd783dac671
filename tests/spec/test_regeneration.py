"""An API change edited into the spec and followed by ``make generate`` (no other edit) reaches every layer.

A copy of the spec gains an optional field on an existing operation (``colorTone`` on Quantum) and a new
artwork-creating operation (``POST /v2/artworks/face-swap``). ``make generate`` writes the generated client and the
generated resources for that copy into a temporary directory next to a copy of the ``tengrai`` package, and a fresh
interpreter with only that directory on its path uses the change end to end: sync and async ``create`` and
``generate`` against the in-process mock, validation before sending, the CLI, and the mock's images.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest
import yaml

ROOT = Path(__file__).resolve().parents[2]
pytestmark = pytest.mark.regeneration

FACE_SWAP = {
    "post": {
        "operationId": "create_face_swap_artwork",
        "tags": ["artworks"],
        "summary": "Face swap",
        "description": "Put the face of one image onto the person in another.",
        "requestBody": {
            "required": True,
            "content": {"application/json": {"schema": {"$ref": "#/components/schemas/CreateFaceSwapArtworkRequest"}}},
        },
        "responses": {
            "202": {
                "description": "The artwork task was accepted.",
                "content": {"application/json": {"schema": {"$ref": "#/components/schemas/FaceSwapArtwork"}}},
            },
            "400": {"$ref": "#/components/responses/BadRequest"},
        },
    }
}
FACE_SWAP_REQUEST = {
    "type": "object",
    "description": "Body of POST /v2/artworks/face-swap.",
    "additionalProperties": False,
    "required": ["sourceImage", "targetImage"],
    "properties": {
        "sourceImage": {"$ref": "#/components/schemas/ImageUrl", "description": "The image whose face is used."},
        "targetImage": {"$ref": "#/components/schemas/ImageUrl", "description": "The image whose face is replaced."},
        "denoising": {"type": "integer", "minimum": 1, "maximum": 5, "default": 3, "description": "Strength."},
        "outputFormat": {"$ref": "#/components/schemas/OutputFormat", "default": "auto"},
    },
}

SCENARIO = r"""
import asyncio, io, sys
import httpx
import tengrai
from tengrai import AsyncArtwork, AsyncTengrai, SyncArtwork, Tengrai, ValidationError
from tengrai.cli._app import run
from tengrai.mock import TEST_API_KEY, ManualClock, MockConfig, SyncASGITransport, create_app

assert tengrai.__file__.startswith(sys.argv[1]), tengrai.__file__  # the regenerated copy, not the checkout
URL = "http://mock.test"
SOURCE, TARGET = "https://images.example.com/a.png", "https://images.example.com/b.png"

app = create_app(MockConfig(clock=ManualClock()))
state = app.state.mock
transport = SyncASGITransport(app)
options = dict(transport=transport, sleep=state.advance, clock=state.clock.now)
with Tengrai(api_key=TEST_API_KEY, base_url=URL, **options) as client:
    # The new optional field on an existing operation.
    quantum = client.quantum.create(prompt="a fox", color_tone="warm")
    assert isinstance(quantum, SyncArtwork) and quantum.parameters["colorTone"] == "warm", quantum.parameters
    done = client.quantum.generate(prompt="a fox", color_tone="sepia")
    assert done.succeeded and done.parameters["colorTone"] == "sepia"
    # The new operation: create, generate, images of the new type.
    started = client.face_swap.create(source_image=SOURCE, target_image=TARGET, denoising=2)
    assert started.artwork_type == "face_swap" and started.status == "starting", started
    swapped = client.face_swap.generate(source_image=SOURCE, target_image=TARGET, output_format="png")
    assert swapped.succeeded and swapped.artwork_type == "face_swap" and swapped.results, swapped
    images = swapped.download()
    assert images and all(image.startswith(b"\x89PNG") for image in images)
    # Validation refuses bad enums, ranges and missing required fields before sending anything.
    before = state.created_count
    for call, field in [
        (lambda: client.quantum.create(color_tone="hot"), "colorTone"),
        (lambda: client.face_swap.create(source_image=SOURCE, target_image=TARGET, denoising=9), "denoising"),
        (lambda: client.face_swap.create(source_image=SOURCE, target_image=TARGET, output_format="gif"),
         "outputFormat"),
        (lambda: client.face_swap.create(source_image=SOURCE, target_image=None), "targetImage"),
    ]:
        try:
            call()
        except ValidationError as error:
            assert error.field == field, (error.field, field)
        else:
            raise AssertionError(f"{field} was not refused")
    try:
        client.face_swap.create(source_image=SOURCE)  # a required argument left out: Python itself refuses
    except TypeError as error:
        assert "target_image" in str(error)
    else:
        raise AssertionError("a missing required argument was accepted")
    assert state.created_count == before, "a refused call reached the server"
transport.close()

async def run_async() -> None:
    app = create_app(MockConfig(clock=ManualClock()))
    state = app.state.mock
    async def sleep(seconds: float) -> None:
        state.advance(seconds)
    async with AsyncTengrai(
        api_key=TEST_API_KEY, base_url=URL, transport=httpx.ASGITransport(app=app), sleep=sleep, clock=state.clock.now
    ) as client:
        created = await client.face_swap.create(source_image=SOURCE, target_image=TARGET)
        assert isinstance(created, AsyncArtwork) and created.artwork_type == "face_swap"
        done = await client.face_swap.generate(source_image=SOURCE, target_image=TARGET)
        assert done.succeeded and done.results
        colored = await client.quantum.generate(prompt="a fox", color_tone="pastel")
        assert colored.parameters["colorTone"] == "pastel"
        try:
            await client.face_swap.generate(source_image=SOURCE, target_image=TARGET, denoising=0)
        except ValidationError as error:
            assert error.field == "denoising"
        else:
            raise AssertionError("denoising=0 was not refused")
    state.close()

asyncio.run(run_async())

# The CLI: a subcommand for the new operation, an option for the new field, bad values exit 2 with the
# library's message (never a traceback).
def cli(*argv: str) -> tuple[int, str, str]:
    out, err = io.StringIO(), io.StringIO()
    code = run(list(argv), stdout=out, stderr=err)
    return code, out.getvalue(), err.getvalue()

code, out, err = cli("face-swap", "--source-image", SOURCE, "--target-image", TARGET, "--no-wait", "--mock")
assert code == 0 and out.strip(), (code, out, err)
code, out, err = cli("quantum", "a fox", "--color-tone", "warm", "--no-wait", "--mock")
assert code == 0, (code, out, err)
code, out, err = cli("quantum", "a fox", "--color-tone", "hot", "--no-wait", "--mock")
assert code == 2 and "colorTone" in err and "Traceback" not in err, (code, err)
code, out, err = cli("face-swap", "--source-image", SOURCE, "--target-image", TARGET, "--denoising", "9", "--mock")
assert code == 2 and "denoising" in err and "Traceback" not in err, (code, err)
code, out, err = cli("face-swap", "--source-image", SOURCE, "--mock")
assert code == 2 and "targetImage" in err and "--target-image" in err, (code, err)
print("regenerated SDK works end to end")
"""


def changed_spec() -> dict[str, Any]:
    """The shipped spec with an optional field on Quantum and a new artwork-creating operation."""
    document: dict[str, Any] = yaml.safe_load((ROOT / "openapi" / "tengrai.yaml").read_text(encoding="utf-8"))
    schemas = document["components"]["schemas"]
    schemas["CreateQuantumArtworkRequest"]["properties"]["colorTone"] = {"$ref": "#/components/schemas/ColorTone"}
    schemas["CreateFaceSwapArtworkRequest"] = FACE_SWAP_REQUEST
    document["paths"]["/v2/artworks/face-swap"] = FACE_SWAP
    return document


def test_a_spec_change_and_make_generate_reach_every_layer(tmp_path: Path) -> None:
    spec = tmp_path / "tengrai.yaml"
    spec.write_text(yaml.safe_dump(changed_spec(), sort_keys=False), encoding="utf-8")
    out = tmp_path / "site"
    shutil.copytree(ROOT / "tengrai", out / "tengrai", ignore=shutil.ignore_patterns("__pycache__"))
    generate = [
        "make",
        "-s",
        "-C",
        str(ROOT),
        "generate",
        f"SPEC={spec}",
        f"GEN_PKG={out / 'tengrai_api'}",
        f"GEN_RESOURCES={out / 'tengrai' / 'resources' / '_generated.py'}",
    ]
    subprocess.run(generate, check=True, capture_output=True, timeout=120)
    generated = (out / "tengrai" / "resources" / "_generated.py").read_text(encoding="utf-8")
    assert "class FaceSwap(SyncResource):" in generated
    assert "color_tone: ColorTone | None = None" in generated
    env = {k: v for k, v in os.environ.items() if not k.startswith("TENGRAI_")}
    env["PYTHONPATH"] = str(out)
    result = subprocess.run(
        [sys.executable, "-c", SCENARIO, str(out)],
        capture_output=True,
        text=True,
        env=env,
        cwd=tmp_path,
        timeout=120,
    )
    assert result.returncode == 0, result.stderr[-4000:]
    assert "regenerated SDK works end to end" in result.stdout, result.stdout
