"""Using the SDK opens no spec file: ``make generate`` compiled what the client, validation and CLI need.

A fresh interpreter records every file it opens (an audit hook) while it creates artworks, is refused by
validation, gets, lists and waits, calls every plain operation, parses every answer shape (artworks and their
generated models, V1 artworks, API keys, revocations, webhook secrets, error answers), uses the validation helpers
and the Literal types, and runs the CLI up to a validation refusal. Only the mock may read the spec; it is not
used here (the answers come from an `httpx.MockTransport`).
"""

from __future__ import annotations

import json
import os
import subprocess
import sys

SCENARIO = r"""
import json, sys

opened = []
sys.addaudithook(lambda event, args: opened.append(str(args[0])) if event == "open" and args else None)

import httpx

from tengrai import NotFoundError, Tengrai, ValidationError, validation
from tengrai.types import QuantumAspectRatio

ART = {
    "id": "3fa85f64-5717-4562-b3fc-2c963f66afa6", "artworkType": "quantum", "status": "succeeded",
    "parameters": {"prompt": "a fox", "aspectRatio": "16:9"}, "results": ["https://cdn.example.com/a.webp"],
    "duration": 3.5, "createdAt": "2026-03-01T12:00:00.000Z", "somethingNew": 1,
}
V1 = {
    "id": "3fa85f64-5717-4562-b3fc-2c963f660010", "artworkType": "txt2img", "status": "done",
    "parameters": {"prompt": "a fox"}, "results": [], "duration": 1.0, "createdAt": "2026-03-01T12:00:00Z",
}
KEY = {
    "keyId": "k1", "keyPrefix": "tgr_live_a", "label": "ci", "scope": "generator", "environment": "live",
    "credits": 10, "status": "active", "usageCount": 0, "lastUsedAt": None, "expiresAt": None,
    "createdAt": "2026-03-01T12:00:00Z", "apiKey": "tgr_live_abcdef",
}
ANSWERS = {
    ("POST", "/v2/artworks/quantum"): (202, dict(ART, status="starting", results=[])),
    ("GET", "/v2/artworks/" + ART["id"]): (200, ART),
    ("GET", "/v2/artworks/missing"): (404, {"statusCode": 404, "message": "Artwork not found", "error": "Not Found"}),
    ("GET", "/v2/artworks"): (200, [ART]),
    ("GET", "/v1/artworks"): (200, [V1]),
    ("GET", "/v1/artworks/" + V1["id"]): (200, V1),
    ("POST", "/v2/organizations/o1/api-keys"): (201, KEY),
    ("DELETE", "/v2/organizations/o1/api-keys/k1"): (200, {"success": True, "message": "revoked"}),
    ("POST", "/v2/organizations/o1/webhook-secret"): (200, {"secret": "ab" * 32}),
}


def answer(request: httpx.Request) -> httpx.Response:
    status, body = ANSWERS[(request.method, request.url.path)]
    return httpx.Response(status, json=body)


client = Tengrai(api_key="sk-test", base_url="http://api.test", transport=httpx.MockTransport(answer))
created = client.quantum.create(prompt="a fox", aspect_ratio="16:9", seed=42, webhook="https://example.com/hook")
assert created.status == "starting"
try:
    client.quantum.create(prompt="a fox", style="analogue")
except ValidationError as error:
    assert error.field == "style"
else:
    raise AssertionError("not refused")
done = client.artworks.wait(created.id)
assert done.succeeded and done.raw.artwork_type == "quantum" and done.extra == {"somethingNew": 1}
assert [art.id for art in client.artworks.list(limit=1)] == [ART["id"]]
try:
    client.artworks.get("missing")
except NotFoundError:
    pass
[v1] = client.v1.artworks.list()
assert client.v1.artworks.get(v1.id).raw is not None
assert client.organizations.create_api_key("o1", label="ci", scope="generator", domains=["style-dna"]).key_id == "k1"
assert client.organizations.revoke_api_key("o1", "k1").success
assert len(client.organizations.rotate_webhook_secret("o1").secret) == 64
assert validation.transformed_seed(42) == 67
assert validation.aspect_ratio_size("16:9", operation_id="quantum")
validation.check_webhook_url("https://example.com/hook")
ratio: QuantumAspectRatio = "16:9"

from tengrai.cli import main
import contextlib, io
err = io.StringIO()
with contextlib.redirect_stdout(io.StringIO()), contextlib.redirect_stderr(err):
    assert main(["quantum", "a fox", "--style", "analogue"]) == 2, err.getvalue()
assert "style" in err.getvalue()

print(json.dumps({"opened": opened, "spec_module": "tengrai.mock._openapi" in sys.modules}))
"""


def test_using_the_client_and_the_cli_opens_no_spec_file() -> None:
    env = {key: value for key, value in os.environ.items() if not key.startswith("TENGRAI_")}
    env["TENGRAI_API_KEY"] = "sk-test"  # the CLI talks to the API (it fails on validation first), not to the mock
    env["TENGRAI_BASE_URL"] = "http://api.test"
    result = subprocess.run(
        [sys.executable, "-c", SCENARIO], capture_output=True, text=True, env=env, timeout=120, check=False
    )
    assert result.returncode == 0, result.stderr[-4000:]
    report = json.loads(result.stdout.strip().splitlines()[-1])
    assert report["spec_module"] is False
    spec_files = [path for path in report["opened"] if path.endswith((".json", ".yaml", ".yml"))]
    assert spec_files == []
    assert any(path.endswith(".py") or path.endswith(".pyc") for path in report["opened"])  # the hook saw opens
