"""Spec changes a maintainer makes, each followed by ``make generate`` alone, in a scratch copy of the package.

Each test edits a copy of ``openapi/tengrai.yaml`` (as YAML text or as data), runs ``make generate`` into a
temporary directory beside a copy of ``tengrai``, and runs a scenario in a fresh interpreter with only that
directory on its path: the change reaches the typed client, its validation, the CLI and the mock, or
``make generate`` refuses the half-edited spec, naming the schema. (``test_regeneration`` covers a new optional
field, a new artwork operation and new parameters of plain operations.)
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
SPEC = ROOT / "openapi" / "tengrai.yaml"
pytestmark = [pytest.mark.regeneration, pytest.mark.slow]

PRELUDE = r"""
import contextlib, io, sys
import tengrai
from tengrai import Tengrai, ValidationError
from tengrai.cli import main
from tengrai.mock import TEST_ADMIN_KEY, TEST_API_KEY, TEST_ORG_ID, ManualClock, MockConfig, SyncASGITransport
from tengrai.mock import create_app

assert tengrai.__file__.startswith(sys.argv[1]), tengrai.__file__  # the regenerated copy, not the checkout
app = create_app(MockConfig(clock=ManualClock(), foreign_image_urls="synthesize"))
state = app.state.mock
options = dict(transport=SyncASGITransport(app), sleep=state.advance, clock=state.clock.now)


def cli(*argv):
    out, err = io.StringIO(), io.StringIO()
    with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
        code = main(list(argv))
    return code, out.getvalue(), err.getvalue()
"""


def generate(tmp_path: Path, spec_text: str) -> subprocess.CompletedProcess[str]:
    """``make generate`` of ``spec_text`` into ``tmp_path/site`` (a copy of ``tengrai`` and the generated client)."""
    spec = tmp_path / "tengrai.yaml"
    spec.write_text(spec_text, encoding="utf-8")
    out = tmp_path / "site"
    shutil.copytree(ROOT / "tengrai", out / "tengrai", ignore=shutil.ignore_patterns("__pycache__"))
    command = ["make", "-s", "-C", str(ROOT), "generate", f"SPEC={spec}", f"GEN_PKG={out / 'tengrai_api'}"]
    command.append(f"GEN_SDK={out / 'tengrai'}")
    return subprocess.run(command, capture_output=True, text=True, timeout=180, check=False)


def run_scenario(tmp_path: Path, scenario: str) -> None:
    out = tmp_path / "site"
    env = {key: value for key, value in os.environ.items() if not key.startswith("TENGRAI_")}
    env["PYTHONPATH"] = str(out)
    result = subprocess.run(
        [sys.executable, "-c", PRELUDE + scenario + "\nprint('scenario passed')", str(out)],
        capture_output=True,
        text=True,
        env=env,
        cwd=tmp_path,
        timeout=180,
        check=False,
    )
    assert result.returncode == 0, result.stderr[-4000:]
    assert "scenario passed" in result.stdout


def edited(change: Any) -> str:
    """The shipped spec as YAML text after ``change(document)``."""
    document = yaml.safe_load(SPEC.read_text(encoding="utf-8"))
    change(document)
    return yaml.safe_dump(document, sort_keys=False, allow_unicode=True)


def test_a_new_enum_value_with_its_size_is_one_edit_and_reaches_every_layer(tmp_path: Path) -> None:
    def add_ratio(document: dict[str, Any]) -> None:
        ratio = document["components"]["schemas"]["QuantumAspectRatio"]
        ratio["enum"].append("21:9")
        ratio["x-sizes"]["21:9"] = [1360, 584]

    result = generate(tmp_path, edited(add_ratio))
    assert result.returncode == 0, result.stderr
    generated = (tmp_path / "site" / "tengrai" / "resources" / "_generated.py").read_text(encoding="utf-8")
    assert "``21:9``" in generated  # the docstring of client.quantum.create lists it
    run_scenario(
        tmp_path,
        r"""
import typing
from tengrai.types import QuantumAspectRatio
from tengrai.validation import aspect_ratio_size

assert "21:9" in typing.get_args(QuantumAspectRatio)
assert aspect_ratio_size("21:9", operation_id="quantum") == (1360, 584)
with Tengrai(api_key=TEST_API_KEY, base_url="http://mock.test", **options) as client:
    done = client.quantum.generate(prompt="a wide fox", aspect_ratio="21:9")
    assert done.succeeded and done.parameters.aspect_ratio == "21:9", done.parameters
    try:
        client.quantum.create(prompt="a fox", aspect_ratio="22:9")
    except ValidationError as error:
        assert error.field == "aspectRatio" and "21:9" in error.rule
    else:
        raise AssertionError("22:9 was not refused")
code, out, err = cli("quantum", "a wide fox", "--aspect-ratio", "21:9", "--no-wait", "--mock")
assert code == 0, (code, out, err)
""",
    )


def test_an_enum_value_without_its_size_is_refused_by_make_generate(tmp_path: Path) -> None:
    result = generate(
        tmp_path,
        edited(lambda document: document["components"]["schemas"]["QuantumAspectRatio"]["enum"].append("21:9")),
    )
    assert result.returncode != 0
    assert "QuantumAspectRatio: x-sizes must give every enum value a size (missing ['21:9']" in result.stderr


def test_a_field_made_required_reaches_the_client_the_validation_and_the_cli(tmp_path: Path) -> None:
    def require_prompt(document: dict[str, Any]) -> None:
        document["components"]["schemas"]["CreateQuantumArtworkRequest"].setdefault("required", []).append("prompt")

    result = generate(tmp_path, edited(require_prompt))
    assert result.returncode == 0, result.stderr
    run_scenario(
        tmp_path,
        r"""
import inspect
from tengrai.resources import Quantum

assert inspect.signature(Quantum.create).parameters["prompt"].default is inspect.Parameter.empty
with Tengrai(api_key=TEST_API_KEY, base_url="http://mock.test", **options) as client:
    try:
        client.quantum.create(prompt=None)
    except ValidationError as error:
        assert error.field == "prompt" and "required" in error.rule, error
    else:
        raise AssertionError("a missing prompt was not refused")
    assert client.quantum.create(prompt="a fox").status == "starting"
code, out, err = cli("quantum", "a fox", "--no-wait", "--mock")  # still the positional words
assert code == 0, (code, out, err)
code, out, err = cli("quantum", "--no-wait", "--mock")
assert code == 2 and "prompt" in err and "Traceback" not in err, (code, out, err)
""",
    )


def test_a_new_common_artwork_field_is_one_edit_of_the_envelope(tmp_path: Path) -> None:
    text = SPEC.read_text(encoding="utf-8")
    anchor = "      properties: &artwork-envelope\n"
    assert text.count(anchor) == 1
    field = "        costCredits: {type: number, description: Credits the task cost., example: 2.5}\n"
    result = generate(tmp_path, text.replace(anchor, anchor + field))
    assert result.returncode == 0, result.stderr
    envelopes = (tmp_path / "site" / "tengrai" / "_model" / "envelopes.py").read_text(encoding="utf-8")
    assert "    cost_credits: float | None = None\n" in envelopes  # a typed attribute of every V2 artwork record
    run_scenario(
        tmp_path,
        r"""
import asyncio
import httpx
from tengrai import AsyncTengrai, Artwork
from tengrai_api.models import QuantumArtwork, SegmentationArtwork, UnknownArtwork

for model in (QuantumArtwork, SegmentationArtwork, UnknownArtwork):
    assert "cost_credits" in model.__annotations__, model  # every artwork answer has it, from one edit
with Tengrai(api_key=TEST_API_KEY, base_url="http://mock.test", **options) as client:
    done = client.quantum.generate(prompt="a fox")  # the mock sends the field (its example)
    assert done.cost_credits == 2.5 and done.to_dict()["costCredits"] == 2.5 and "costCredits" not in done.extra
    assert client.artworks.get(done.id).cost_credits == 2.5
    assert [art.cost_credits for art in client.artworks.list(limit=1)] == [2.5]


async def main():
    transport = httpx.ASGITransport(app)
    async with AsyncTengrai(api_key=TEST_API_KEY, base_url="http://mock.test", transport=transport) as client:
        started = await client.segmentation.create(image_url="https://img.test/a.png", method="text", text_prompt="dog")
        return started.cost_credits

assert asyncio.run(main()) == 2.5
answer = {
    "id": "3fa85f64-5717-4562-b3fc-2c963f66afa6", "artworkType": "quantum", "status": "succeeded",
    "parameters": {"prompt": "a fox"}, "results": [], "duration": 1.0, "createdAt": "2026-03-01T12:00:00Z",
}
assert Artwork.from_dict(answer).cost_credits is None  # optional: an older answer without it still parses
try:
    Artwork.from_dict({**answer, "costCredits": "free"})
except ValueError as error:
    assert "'costCredits' must be number" in str(error), error
else:
    raise AssertionError("a costCredits of the wrong type parsed")
""",
    )


def test_an_envelope_copied_instead_of_shared_is_refused_by_make_generate(tmp_path: Path) -> None:
    text = SPEC.read_text(encoding="utf-8")
    anchor = "      properties: &artwork-envelope\n"
    field = "        costCredits: {type: number}\n"
    # A maintainer adds the common field, but one artwork schema holds a pasted copy of the envelope, not the merge.
    copied = "        <<: *artwork-envelope\n        artworkType: {const: depth_map}\n"
    assert text.count(copied) == 1
    pasted = "        id: {type: string, format: uuid}\n        artworkType: {const: depth_map}\n"
    for name in ("duration", "results", "status", "createdAt"):
        pasted += "        " + name + ": " + _envelope_property(text, name) + "\n"
    result = generate(tmp_path, text.replace(anchor, anchor + field).replace(copied, pasted))
    assert result.returncode != 0
    assert "DepthMapArtwork: lacks ArtworkEnvelope's field 'costCredits'" in result.stderr


def _envelope_property(text: str, name: str) -> str:
    """The flow-style schema of the envelope property ``name`` as the shipped spec writes it."""
    envelope = text.split("      properties: &artwork-envelope\n", 1)[1]
    line = next(line for line in envelope.splitlines() if line.startswith(f"        {name}: "))
    return line.split(": ", 1)[1]


CREDITS_PATH = {
    "get": {
        "operationId": "get_credit_balance",
        "tags": ["organizations"],
        "x-sdk-resource": "organizations",
        "summary": "Credit balance",
        "description": "The credits the organization has left.",
        "parameters": [{"$ref": "#/components/parameters/OrgId"}],
        "responses": {
            "200": {
                "description": "The balance.",
                "content": {"application/json": {"schema": {"$ref": "#/components/schemas/CreditBalance"}}},
            },
            "401": {"$ref": "#/components/responses/Unauthorized"},
        },
    }
}
CREDIT_BALANCE = {
    "type": "object",
    "description": "An organization's credits.",
    "required": ["credits", "renewsAt"],
    "properties": {
        "credits": {"type": "number", "description": "Credits left."},
        "renewsAt": {"type": "string", "format": "date-time", "description": "When they are topped up."},
        "plan": {"$ref": "#/components/schemas/ApiKeyEnvironmentValue"},
    },
    "examples": [{"credits": 120.5, "renewsAt": "2026-04-01T00:00:00Z", "plan": "live"}],
}


def test_a_new_plain_operation_returning_a_new_record_is_a_typed_method_a_mock_route_and_a_command(
    tmp_path: Path,
) -> None:
    def add_operation(document: dict[str, Any]) -> None:
        document["paths"]["/v2/organizations/{orgId}/credits"] = CREDITS_PATH
        document["components"]["schemas"]["CreditBalance"] = CREDIT_BALANCE

    result = generate(tmp_path, edited(add_operation))
    assert result.returncode == 0, result.stderr
    generated = (tmp_path / "site" / "tengrai" / "resources" / "_generated.py").read_text(encoding="utf-8")
    assert "def get_credit_balance(" in generated
    assert ") -> CreditBalance:" in generated
    run_scenario(
        tmp_path,
        r"""
import datetime
from tengrai.types import CreditBalance

with Tengrai(api_key=TEST_ADMIN_KEY, base_url="http://mock.test", **options) as client:
    balance = client.organizations.get_credit_balance(TEST_ORG_ID)
assert isinstance(balance, CreditBalance), balance
assert balance.credits == 120.5 and balance.plan == "live"
assert balance.renews_at == datetime.datetime(2026, 4, 1, tzinfo=datetime.UTC)
assert balance.to_dict() == {"credits": 120.5, "renewsAt": "2026-04-01T00:00:00Z", "plan": "live"}
code, out, err = cli("organizations", "get-credit-balance", TEST_ORG_ID, "--mock", "--json")
assert code == 0 and "120.5" in out, (code, out, err)
""",
    )
