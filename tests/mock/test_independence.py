"""The mock is an independent oracle (issue 18): it reads the spec itself and uses no private part of the SDK, so a
wrong rule in the SDK is caught by the contract suite instead of being shared; and a plain operation of the spec is
served from what the spec says, with no mock code."""

from __future__ import annotations

import ast
import json
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import httpx
import pytest

from tengrai.mock import TEST_API_KEY, SyncASGITransport, _openapi, create_app

MOCK_DIR = Path(__file__).resolve().parents[2] / "tengrai" / "mock"


def _private_sdk_module(name: str) -> bool:
    """``tengrai._x`` or ``tengrai.y._z``: a private module of the SDK outside ``tengrai.mock``."""
    parts = name.split(".")
    return parts[0] == "tengrai" and parts[1:2] != ["mock"] and any(part.startswith("_") for part in parts[1:])


def _imports(path: Path) -> Iterator[str]:
    """The absolute names a mock module imports (relative imports resolved against ``tengrai.mock``)."""
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            yield from (alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom):
            base = "tengrai.mock" if node.level == 1 else "tengrai" if node.level == 2 else ""
            module = ".".join(filter(None, [base, node.module or ""])) if node.level else node.module or ""
            yield module
            yield from (f"{module}.{alias.name}" for alias in node.names)


def test_the_mock_source_imports_no_private_module_of_the_sdk() -> None:
    offending = {
        f"{path.name}: {name}" for path in MOCK_DIR.glob("*.py") for name in _imports(path) if _private_sdk_module(name)
    }
    assert not offending


def test_serving_requests_loads_no_private_module_of_the_sdk() -> None:
    """Run in a fresh interpreter: the modules loaded by using the mock, minus those of the public names it uses."""
    script = """
import json, sys
import httpx, tengrai, tengrai.webhooks
before = set(sys.modules)
from tengrai.mock import TEST_ADMIN_KEY, TEST_ORG_ID, SyncASGITransport, create_app
app = create_app()
with httpx.Client(transport=SyncASGITransport(app), base_url="http://m.test",
                  headers={"Authorization": "Bearer " + TEST_ADMIN_KEY}) as http:
    assert http.post("/v2/artworks/quantum", json={"prompt": "fox", "width": 1024, "height": 1024}).status_code == 202
    assert http.post("/v2/artworks/quantum", json={"webhook": "https://127.0.0.1/h"}).status_code == 400
    assert http.get("/v2/artworks").status_code == 200
    key = {"label": "ci", "scope": "generator", "domains": ["style-dna"]}
    minted = http.post(f"/v2/organizations/{TEST_ORG_ID}/api-keys", json=key)
    assert minted.status_code == 201, minted.text
app.state.mock.close()
print(json.dumps(sorted(set(sys.modules) - before)))
"""
    result = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, check=False, timeout=60)
    assert result.returncode == 0, result.stderr
    loaded = json.loads(result.stdout)
    assert "tengrai.mock._rules" in loaded  # the run did reach the mock's rules
    assert [name for name in loaded if _private_sdk_module(name)] == []


# ---------------------------------------------------------------------------------------------- plain operations

CREDITS = {
    "get": {
        "operationId": "get_credits",
        "parameters": [{"name": "currency", "in": "query", "schema": {"type": "string", "enum": ["usd", "eur"]}}],
        "responses": {
            "200": {
                "description": "The balance.",
                "content": {"application/json": {"schema": {"$ref": "#/components/schemas/Credits"}}},
            }
        },
    }
}
CREDITS_SCHEMA: dict[str, Any] = {
    "type": "object",
    "required": ["balance", "currency", "updatedAt"],
    "properties": {
        "balance": {"type": "number", "example": 12.5},
        "currency": {"type": "string", "enum": ["usd", "eur"]},
        "updatedAt": {"type": "string", "format": "date-time"},
    },
}


@pytest.fixture
def spec_with(monkeypatch: pytest.MonkeyPatch) -> Iterator[Any]:
    """Serve the mock from a changed copy of the spec (the shipped one is restored afterwards)."""
    original = _openapi.document()

    def use(path: str, item: dict[str, Any], schemas: dict[str, Any]) -> None:
        changed = json.loads(json.dumps(original))
        changed["paths"][path] = item
        changed["components"]["schemas"].update(schemas)
        monkeypatch.setattr(_openapi, "document", lambda: changed)
        _openapi._by_id.cache_clear()

    yield use
    _openapi._by_id.cache_clear()


def test_a_new_plain_operation_is_served_from_the_spec_without_mock_code(spec_with: Any) -> None:
    spec_with("/v2/credits", CREDITS, {"Credits": CREDITS_SCHEMA})
    app = create_app()
    headers = {"Authorization": f"Bearer {TEST_API_KEY}"}
    with httpx.Client(transport=SyncASGITransport(app), base_url="http://m.test", headers=headers) as http:
        answer = http.get("/v2/credits", params={"currency": "eur"})
        refused = http.get("/v2/credits", params={"currency": "yen"})
        anonymous = http.get("/v2/credits", headers={"Authorization": ""})
    app.state.mock.close()
    assert answer.status_code == 200
    body = answer.json()
    assert body["balance"] == 12.5
    assert body["currency"] == "usd"
    assert body["updatedAt"].endswith("Z")
    assert refused.status_code == 400
    assert "currency" in refused.text
    assert anonymous.status_code == 401


def test_an_answer_the_spec_gives_the_mock_no_way_to_build_fails_at_start_naming_the_operation(
    spec_with: Any,
) -> None:
    unbuildable = {
        **CREDITS_SCHEMA,
        "properties": {**CREDITS_SCHEMA["properties"], "balance": {"type": "string", "pattern": "^[0-9]+ credits$"}},
    }
    spec_with("/v2/credits", CREDITS, {"Credits": unbuildable})
    with pytest.raises(ValueError, match="get_credits"):
        create_app()
