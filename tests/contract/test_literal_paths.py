"""An artwork id that spells another operation's literal path must not make the contract suite flaky.

Schemathesis once generated ``GET /v2/artworks/segmentation``: the mock routes it to the ``segmentation`` create
path and answers 405, which ``get_artwork`` does not document, so the fuzzing run failed at random.
"""

from __future__ import annotations

import pytest
import schemathesis

from tengrai.mock import TEST_ADMIN_KEY, create_app
from tengrai.mock import _openapi as _spec

from .support import AUTH_CONFIG, SPEC_PATH, avoid_literal_paths, contract_config, map_case

pytestmark = pytest.mark.contract

GET_ARTWORK = _spec.operation("get_artwork")[1]
LITERAL_IDS = sorted(
    path.rsplit("/", 1)[1]
    for path in _spec.document()["paths"]
    if path.rsplit("/", 1)[0] == GET_ARTWORK.rsplit("/", 1)[0] and "{" not in path
)


def test_the_spec_has_literal_siblings_of_the_artwork_path() -> None:
    assert "quantum" in LITERAL_IDS


@pytest.mark.parametrize("literal", LITERAL_IDS)
def test_an_id_equal_to_a_literal_sibling_is_changed(literal: str) -> None:
    changed = avoid_literal_paths(GET_ARTWORK, {"id": literal})
    assert changed["id"] != literal
    assert avoid_literal_paths(GET_ARTWORK, {"id": "abc"}) == {"id": "abc"}


def test_a_generated_case_with_such_an_id_conforms() -> None:
    schema = schemathesis.openapi.from_path(SPEC_PATH, config=schemathesis.Config.from_dict(AUTH_CONFIG))
    schema.app = create_app(contract_config())
    case = schema[GET_ARTWORK]["GET"].Case(path_parameters={"id": LITERAL_IDS[0]})
    case = map_case(None, case)
    response = case.call_and_validate(headers={"Authorization": f"Bearer {TEST_ADMIN_KEY}"})
    assert response.status_code == 404
