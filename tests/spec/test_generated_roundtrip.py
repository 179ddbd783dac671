"""Property-based round trips of the generated client, driven by Schemathesis strategies built from the spec.

* every spec-valid request body of each create operation survives the generated model's from_dict/to_dict;
* spec-valid artwork payloads of every type, answered through httpx.MockTransport, parse through the generated
  operations into the class that matches their `artworkType`.
"""

from __future__ import annotations

import copy
import json
import re
from typing import Any

import httpx
import pytest
import schemathesis
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from tengrai_api import models
from tengrai_api.api.artworks import get_artwork, list_v1_artworks
from tengrai_api.client import AuthenticatedClient

from tengrai.mock import _openapi as _spec

pytestmark = pytest.mark.slow

SPEC_PATH = "openapi/tengrai.yaml"
EXAMPLES = settings(
    # Per request schema and per artwork type: with every documented operation in the spec (16 bodies, 18
    # artwork types) this keeps the module near half a minute on one core.
    max_examples=25,
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.filter_too_much, HealthCheck.data_too_large],
)

CREATE_OPERATIONS = [
    (path, schema_ref.rsplit("/", 1)[-1])
    for method, path, op in _spec.operations()
    if method == "POST" and "requestBody" in op
    for schema_ref in [op["requestBody"]["content"]["application/json"]["schema"]["$ref"]]
]


def _schema_name(ref: dict[str, Any]) -> str:
    name: str = ref["$ref"].rsplit("/", 1)[-1]
    return name


V2_BRANCHES = [_schema_name(b) for b in _spec.component("Artwork")["oneOf"]]
V1_BRANCHES = [_schema_name(b) for b in _spec.component("V1Artwork")["oneOf"]]


def test_every_create_operation_is_covered() -> None:
    covered = {path for path, _ in CREATE_OPERATIONS}
    artwork_tasks = {
        path for _, path, op in _spec.operations() if re.fullmatch(r"create_\w+_artwork", op["operationId"])
    }
    assert artwork_tasks <= covered
    assert len(artwork_tasks) == 15, "the three seed operations and the twelve other artwork-creating ones"
    assert {"/v2/artworks/quantum", "/v2/organizations/{orgId}/api-keys"} <= covered


@pytest.mark.parametrize(("path", "model_name"), CREATE_OPERATIONS)
def test_request_bodies_round_trip(path: str, model_name: str) -> None:
    schema = schemathesis.openapi.from_path(SPEC_PATH)
    model = getattr(models, model_name)

    @given(case=schema[path]["POST"].as_strategy())
    @EXAMPLES
    def check(case: Any) -> None:
        assert model.from_dict(case.body).to_dict() == case.body

    check()


def _payload_schema() -> Any:
    """A synthetic copy of the spec with one POST per response component, so Schemathesis generates payloads."""
    document = copy.deepcopy(_spec.document())
    document["paths"] = {
        f"/payload/{name}": {
            "post": {
                "operationId": f"payload_{name}",
                "requestBody": {
                    "required": True,
                    "content": {"application/json": {"schema": {"$ref": f"#/components/schemas/{name}"}}},
                },
                "responses": {"200": {"description": "ok"}},
            }
        }
        for name in [*V2_BRANCHES, *V1_BRANCHES]
    }
    document.pop("webhooks", None)
    return schemathesis.openapi.from_dict(document)


PAYLOADS = _payload_schema()


def _client_answering(payload: Any) -> AuthenticatedClient:
    def handler(request: httpx.Request) -> httpx.Response:
        return httpx.Response(200, content=json.dumps(payload).encode(), headers={"content-type": "application/json"})

    return AuthenticatedClient(
        base_url="https://api.example", token="k", httpx_args={"transport": httpx.MockTransport(handler)}
    )


@pytest.mark.parametrize("name", V2_BRANCHES)
def test_v2_artwork_payloads_parse_into_their_class(name: str) -> None:
    @given(case=PAYLOADS[f"/payload/{name}"]["POST"].as_strategy())
    @EXAMPLES
    def check(case: Any) -> None:
        parsed = get_artwork.sync_detailed("some-id", client=_client_answering(case.body)).parsed
        assert type(parsed).__name__ == name
        assert parsed is not None
        assert parsed.to_dict()["artworkType"] == case.body["artworkType"]

    check()


@pytest.mark.parametrize("name", V1_BRANCHES)
def test_v1_artwork_payloads_parse_into_their_class(name: str) -> None:
    @given(case=PAYLOADS[f"/payload/{name}"]["POST"].as_strategy(), extra=st.integers(min_value=0, max_value=2))
    @EXAMPLES
    def check(case: Any, extra: int) -> None:
        page = [case.body] * (extra + 1)
        parsed = list_v1_artworks.sync_detailed(client=_client_answering(page)).parsed
        assert isinstance(parsed, list)
        assert [type(item).__name__ for item in parsed] == [name] * len(page)

    check()
