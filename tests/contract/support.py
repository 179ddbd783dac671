"""What the contract suite and ``make contract`` share: the spec, the app under test, and one case adjustment.

The adjustment (`map_case`) exists because JSON Schema cannot express some documented rules that the spec carries
as extensions: ``x-webhook-policy`` (HTTPS *and a publicly routable host*) and ``x-max-pixel-area`` (width x
height). Schemathesis generates data that is valid JSON Schema but breaks them, and would then report the mock's
correct 400 as "valid data rejected". Such *positive* cases are fitted to the extension rules by the shipped
contract checker's own reading of them (`tengrai.contract`), never by the mock's code, so a wrong rule in the mock
is caught rather than shared; the mock itself stays strict, and negative cases are left alone.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import httpx

from tengrai.contract._rules import load_spec
from tengrai.mock import TEST_ADMIN_KEY, Durations, ManualClock, MockConfig, MockState

SPEC_PATH = Path(__file__).resolve().parents[2] / "openapi" / "tengrai.yaml"
"""The hand-written spec: the contract is checked against the source, not against what the app serves."""

AUTH_CONFIG = {"auth": {"openapi": {"bearerAuth": {"bearer": TEST_ADMIN_KEY}}}}
"""Schemathesis configuration for the spec's ``bearerAuth`` scheme (it also knows when to leave the key out). The
test organization's admin key: its scope and domains open every operation, the organization ones included."""


def contract_config(**overrides: Any) -> MockConfig:
    """The mock as the contract suite runs it: on a `ManualClock`, some tasks failing, webhooks captured in-process
    (generated webhook hosts are never contacted) and foreign image URLs accepted, so every response shape shows up.
    """
    options: dict[str, Any] = {
        "clock": ManualClock(),
        "default_durations": Durations(starting=1, processing=3),
        "failure_rate": 0.2,
        "foreign_image_urls": "synthesize",
        "webhook_transport": httpx.MockTransport(lambda request: httpx.Response(204)),
        "seed": None,
    }
    options.update(overrides)
    return MockConfig(**options)


def seed_v1_artworks(state: MockState) -> list[str]:
    """Give the suite's key V1 artworks (the mock does not make them itself), so V1 answers are not all empty and
    the ``GetListedV1Artwork`` link leads to artworks that exist; returns their ids."""
    owner = state.config.keys[TEST_ADMIN_KEY].name
    txt2img = state.add_v1_artwork(
        "txt2img",
        owner=owner,
        parameters={"model": "tengrai-20231128-m-d", "promptMode": "seer", "prompt": "cat", "aspectRatio": "1:1"},
        results=["https://cdn.example.com/v1/cat.png"],
        duration=4.2,
    )
    upscaling = state.add_v1_artwork(
        "upscaling", owner=owner, parameters={"imageUrl": "https://cdn.example.com/a.png", "scaleFactor": 2}
    )
    return [txt2img["id"], upscaling["id"]]


def fit_extension_rules(body: Any, method: str, path: str) -> Any:
    """``body`` fitted to the extension rules when it is otherwise valid for its create operation, else unchanged."""
    spec = load_spec()
    operation = spec.operation(method, path)
    if operation is None or not operation.creates:
        return body
    return spec.fit(operation, body)


def avoid_literal_paths(path: str, parameters: dict[str, Any]) -> dict[str, Any]:
    """Path parameters changed so that the templated ``path`` does not turn into another operation's literal path.

    ``GET /v2/artworks/{id}`` with the id ``segmentation`` is ``/v2/artworks/segmentation``, the create path of
    another operation: a server routes that request by its literal path (the mock answers 405, ``Allow: POST``),
    which is not an answer of ``get_artwork``. Such an id is not an artwork id, so the case gets a different one.
    """
    literal_paths = load_spec().document["paths"].keys()
    concrete = path
    for name, value in parameters.items():
        concrete = concrete.replace("{" + name + "}", str(value))
    if concrete == path or concrete not in literal_paths:
        return parameters
    return {name: f"{value}-0" if isinstance(value, str) else value for name, value in parameters.items()}


def map_case(context: Any, case: Any) -> Any:
    """Schemathesis ``map_case`` hook: `fit_extension_rules` on bodies, `avoid_literal_paths` on path parameters."""
    if case.path_parameters:
        case.path_parameters = avoid_literal_paths(case.path, dict(case.path_parameters))
    fitted = fit_extension_rules(case.body, case.method, case.path)
    if fitted is not case.body:
        case.body = fitted
    return case
