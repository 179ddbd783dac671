"""An API change edited into the spec and followed by ``make generate`` (no other edit) reaches every layer.

A copy of the spec gains an optional field on an existing operation (``colorTone`` on Quantum) and a new
artwork-creating operation with a new artwork type (``POST /v2/artworks/relight``, type ``relight``); a plain
request operation gains a query parameter (``artworkType`` on ``GET /v1/artworks``) and a body field
(``expiresInDays`` on Create API key).
``make generate`` writes the generated client and the generated resources for that copy into a temporary directory
next to a copy of the ``tengrai`` package, and a fresh interpreter with only that directory on its path uses the
change end to end: sync and async ``create`` and ``generate`` against the in-process mock, validation before
sending, the CLI, the mock's images and the README's operation table.
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
pytestmark = [pytest.mark.regeneration, pytest.mark.slow]

RELIGHT = {
    "post": {
        "operationId": "create_relight_artwork",
        "tags": ["artworks"],
        "summary": "Relight",
        "description": "Light a photo again from another direction (an operation this SDK has never seen).",
        "requestBody": {
            "required": True,
            "content": {"application/json": {"schema": {"$ref": "#/components/schemas/CreateRelightArtworkRequest"}}},
        },
        "responses": {
            "202": {
                "description": "The artwork task was accepted.",
                "content": {"application/json": {"schema": {"$ref": "#/components/schemas/RelightArtwork"}}},
            },
            "400": {"$ref": "#/components/responses/BadRequest"},
        },
    }
}
RELIGHT_REQUEST = {
    "type": "object",
    "description": "Body of POST /v2/artworks/relight.",
    "additionalProperties": False,
    "required": ["photoUrl", "lightDirection"],
    "properties": {
        "photoUrl": {"$ref": "#/components/schemas/ImageUrl", "description": "The photo to light again."},
        "lightDirection": {
            "type": "string",
            "enum": ["left", "right", "top"],
            "description": "Where light comes from.",
        },
        "intensity": {"type": "integer", "minimum": 1, "maximum": 5, "default": 3, "description": "Strength."},
        "outputFormat": {"$ref": "#/components/schemas/OutputFormat", "default": "auto"},
    },
}
RELIGHT_ARTWORK = {
    "type": "object",
    "required": ["id", "artworkType", "parameters", "duration", "results", "status", "createdAt"],
    "properties": {
        "id": {"type": "string", "format": "uuid"},
        "artworkType": {"const": "relight"},
        "parameters": {"type": "object"},
        "duration": {"type": "number"},
        "results": {"type": "array", "items": {"type": "string"}},
        "status": {"$ref": "#/components/schemas/ArtworkStatusValue"},
        "createdAt": {"type": "string", "format": "date-time"},
    },
}

ARTWORK_TYPE_FILTER = {
    "name": "artworkType",
    "in": "query",
    "required": False,
    "description": "Only artworks of this type.",
    "schema": {"type": "string", "enum": ["txt2img", "upscaling"]},
}
EXPIRES_IN_DAYS = {"type": "integer", "minimum": 1, "maximum": 365, "description": "Days until the key expires."}

SCENARIO = r"""
import asyncio, contextlib, io, sys
import httpx
import tengrai
from tengrai import AsyncArtwork, AsyncTengrai, SyncArtwork, Tengrai, ValidationError
from tengrai.cli import main
from tengrai.mock import TEST_API_KEY, TEST_ORG_ID, ManualClock, MockConfig, SyncASGITransport, create_app

assert tengrai.__file__.startswith(sys.argv[1]), tengrai.__file__  # the regenerated copy, not the checkout
URL = "http://mock.test"
PHOTO = "https://images.example.com/a.png"

app = create_app(MockConfig(clock=ManualClock(), foreign_image_urls="synthesize"))
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
    started = client.relight.create(photo_url=PHOTO, light_direction="left", intensity=2)
    assert started.artwork_type == "relight" and started.status == "starting", started
    relit = client.relight.generate(photo_url=PHOTO, light_direction="top", output_format="png")
    assert relit.succeeded and relit.artwork_type == "relight" and relit.results, relit
    assert relit.raw.artwork_type == "relight"  # the generated model of the new type
    images = relit.download()
    assert images and all(image.startswith(b"\x89PNG") for image in images)
    # Validation refuses bad enums, ranges and missing required fields before sending anything.
    before = state.created_count
    for call, field in [
        (lambda: client.quantum.create(color_tone="hot"), "colorTone"),
        (lambda: client.relight.create(photo_url=PHOTO, light_direction="left", intensity=9), "intensity"),
        (lambda: client.relight.create(photo_url=PHOTO, light_direction="bottom"), "lightDirection"),
        (lambda: client.relight.create(photo_url=PHOTO, light_direction="top", output_format="gif"), "outputFormat"),
        (lambda: client.relight.create(photo_url=None, light_direction="top"), "photoUrl"),
    ]:
        try:
            call()
        except ValidationError as error:
            assert error.field == field, (error.field, field)
        else:
            raise AssertionError(f"{field} was not refused")
    try:
        client.relight.create(photo_url=PHOTO)  # a required argument left out: Python itself refuses
    except TypeError as error:
        assert "light_direction" in str(error)
    else:
        raise AssertionError("a missing required argument was accepted")
    assert state.created_count == before, "a refused call reached the server"
transport.close()

async def run_async() -> None:
    app = create_app(MockConfig(clock=ManualClock(), foreign_image_urls="synthesize"))
    state = app.state.mock
    async def sleep(seconds: float) -> None:
        state.advance(seconds)
    async with AsyncTengrai(
        api_key=TEST_API_KEY, base_url=URL, transport=httpx.ASGITransport(app=app), sleep=sleep, clock=state.clock.now
    ) as client:
        created = await client.relight.create(photo_url=PHOTO, light_direction="right")
        assert isinstance(created, AsyncArtwork) and created.artwork_type == "relight"
        done = await client.relight.generate(photo_url=PHOTO, light_direction="right")
        assert done.succeeded and done.results
        colored = await client.quantum.generate(prompt="a fox", color_tone="pastel")
        assert colored.parameters["colorTone"] == "pastel"
        try:
            await client.relight.generate(photo_url=PHOTO, light_direction="right", intensity=0)
        except ValidationError as error:
            assert error.field == "intensity"
        else:
            raise AssertionError("intensity=0 was not refused")
    state.close()

asyncio.run(run_async())

# The CLI: a subcommand for the new operation, an option for the new field, bad values exit 2 with the
# library's message (never a traceback).
def cli(*argv: str) -> tuple[int, str, str]:
    out, err = io.StringIO(), io.StringIO()
    with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
        code = main(list(argv))
    return code, out.getvalue(), err.getvalue()

code, out, err = cli("relight", "--photo-url", PHOTO, "--light-direction", "left", "--no-wait", "--mock")
assert code == 0 and out.strip(), (code, out, err)
code, out, err = cli("quantum", "a fox", "--color-tone", "warm", "--no-wait", "--mock")
assert code == 0, (code, out, err)
code, out, err = cli("quantum", "a fox", "--color-tone", "hot", "--no-wait", "--mock")
assert code == 2 and "colorTone" in err and "Traceback" not in err, (code, err)
code, out, err = cli("relight", "--photo-url", PHOTO, "--light-direction", "up", "--mock")
assert code == 2 and "lightDirection" in err and "Traceback" not in err, (code, err)
code, out, err = cli("relight", "--photo-url", PHOTO, "--mock")
assert code == 2 and "lightDirection" in err and "--light-direction" in err, (code, err)
# The plain request operations' commands follow the spec too: a new query parameter and a new body field are
# options, checked before sending; the organization commands work on the no-key in-process mock.
code, out, err = cli("v1", "list", "--artwork-type", "txt2img", "--mock")
assert code == 0 and "no V1 artworks" in err, (code, out, err)
code, out, err = cli("v1", "list", "--artwork-type", "img2img", "--mock")
assert code == 2 and "artworkType" in err and "Traceback" not in err, (code, err)
new_key = ["organizations", "create-api-key", TEST_ORG_ID, "--label", "ci", "--scope", "generator", "--domains",
           "style-dna", "--json"]
code, out, err = cli(*new_key, "--expires-in-days", "30")
assert code == 0 and "apiKey" in out, (code, out, err)
code, out, err = cli(*new_key, "--expires-in-days", "366")
assert code == 2 and "expiresInDays" in err and "Traceback" not in err, (code, err)
print("regenerated SDK works end to end")
"""


def changed_spec() -> dict[str, Any]:
    """The shipped spec with an optional field on Quantum and a new artwork-creating operation (and type)."""
    document: dict[str, Any] = yaml.safe_load((ROOT / "openapi" / "tengrai.yaml").read_text(encoding="utf-8"))
    schemas = document["components"]["schemas"]
    quantum = schemas["CreateQuantumArtworkRequest"]["properties"]
    assert "colorTone" not in quantum, "the shipped spec has colorTone on Quantum now: pick another new field"
    assert "/v2/artworks/relight" not in document["paths"], "relight exists now: pick another new operation"
    quantum["colorTone"] = {"$ref": "#/components/schemas/ColorTone"}
    schemas["CreateRelightArtworkRequest"] = RELIGHT_REQUEST
    schemas["RelightArtwork"] = RELIGHT_ARTWORK
    schemas["ArtworkType"]["enum"].append("relight")
    schemas["Artwork"]["oneOf"].insert(-1, {"$ref": "#/components/schemas/RelightArtwork"})
    document["paths"]["/v2/artworks/relight"] = RELIGHT
    # A plain request operation's new query parameter and new body field reach the client and the CLI.
    v1_list = document["paths"]["/v1/artworks"]["get"]["parameters"]
    assert "artworkType" not in str(v1_list), "list_v1_artworks has artworkType now: pick another new parameter"
    v1_list.append(ARTWORK_TYPE_FILTER)
    api_key = schemas["CreateApiKeyRequest"]["properties"]
    assert "expiresInDays" not in api_key, "CreateApiKeyRequest has expiresInDays now: pick another new field"
    api_key["expiresInDays"] = EXPIRES_IN_DAYS
    return document


def _checkout_sources() -> dict[Path, int]:
    """Every Python file of the checkout's two packages, with its modification time."""
    files = [*(ROOT / "tengrai").rglob("*.py"), *(ROOT / "generated").rglob("*.py"), ROOT / "README.md"]
    return {path: path.stat().st_mtime_ns for path in files}


def test_a_spec_change_and_make_generate_reach_every_layer(tmp_path: Path) -> None:
    spec = tmp_path / "tengrai.yaml"
    spec.write_text(yaml.safe_dump(changed_spec(), sort_keys=False), encoding="utf-8")
    out = tmp_path / "site"
    shutil.copytree(ROOT / "tengrai", out / "tengrai", ignore=shutil.ignore_patterns("__pycache__"))
    shutil.copy(ROOT / "README.md", out / "README.md")  # the README beside the package gets its tables
    generate = [
        "make",
        "-s",
        "-C",
        str(ROOT),
        "generate",
        f"SPEC={spec}",
        f"GEN_PKG={out / 'tengrai_api'}",
        f"GEN_SDK={out / 'tengrai'}",
    ]
    untouched = _checkout_sources()
    subprocess.run(generate, check=True, capture_output=True, timeout=120)
    # Every output goes to the copy: a write into the checkout would race other tests reading it (pytest -n).
    assert _checkout_sources() == untouched, "make generate wrote into the checkout"
    generated = (out / "tengrai" / "resources" / "_generated.py").read_text(encoding="utf-8")
    assert "class Relight(SyncResource):" in generated
    assert "color_tone: ColorTone | None = None" in generated
    assert "expires_in_days: int | None = None" in generated
    readme = (out / "README.md").read_text(encoding="utf-8")  # the docs: the README's operation table
    assert "| `client.relight` | `tengrai relight` | POST /v2/artworks/relight | `relight` |" in readme
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
