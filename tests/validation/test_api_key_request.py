"""The documented rules of create_api_key's body, checked before sending (ValidationError naming the field)."""

from __future__ import annotations

from typing import Any

import pytest

from tengrai import ValidationError
from tengrai.validation import build_request_body

from .spec_lookup import prop

OPERATION = "create_api_key"
VALID = {"label": "CI generator", "scope": "generator", "domains": ["artworks-internal"]}


def reject(**change: Any) -> ValidationError:
    with pytest.raises(ValidationError) as caught:
        build_request_body(OPERATION, {**VALID, **change})
    return caught.value


def test_a_valid_body_is_sent_as_given_without_defaults() -> None:
    assert build_request_body(OPERATION, VALID) == {
        "label": "CI generator",
        "scope": "generator",
        "domains": ["artworks-internal"],
    }
    body = build_request_body(OPERATION, {**VALID, "domains": ("artworks-internal", "style-dna"), "credits": 50})
    assert body["domains"] == ["artworks-internal", "style-dna"]
    assert body["credits"] == 50


def test_label_length_is_one_to_one_hundred_characters() -> None:
    schema = prop(OPERATION, "label")
    assert (schema["minLength"], schema["maxLength"]) == (1, 100)  # facts §10.19
    for label in ("x", "x" * 100):
        assert build_request_body(OPERATION, {**VALID, "label": label})["label"] == label
    assert "minLength 1" in reject(label="").rule
    error = reject(label="x" * 101)
    assert error.field == "label"
    assert "maxLength is 100" in error.rule


def test_admin_keys_cannot_be_minted() -> None:
    error = reject(scope="admin")
    assert (error.field, error.value) == ("scope", "admin")
    assert "'manager', 'generator'" in error.rule
    assert build_request_body(OPERATION, {**VALID, "scope": "manager"})["scope"] == "manager"


@pytest.mark.parametrize(
    ("domains", "field", "rule"),
    [
        ([], "domains", "minItems is 1"),
        ("artworks-internal", "domains", "must be a list"),
        (["artworks-internal", "stle-dna"], "domains[1]", "did you mean 'style-dna'"),
        ([3], "domains[0]", "must be a string"),
    ],
)
def test_domains_are_a_non_empty_list_of_documented_domains(domains: Any, field: str, rule: str) -> None:
    error = reject(domains=domains)
    assert error.field == field
    assert rule in error.rule


@pytest.mark.parametrize("missing", ["label", "scope", "domains"])
def test_label_scope_and_domains_are_required(missing: str) -> None:
    params = {key: value for key, value in VALID.items() if key != missing}
    with pytest.raises(ValidationError, match="is required") as caught:
        build_request_body(OPERATION, params)
    assert caught.value.field == missing


def test_credits_is_an_integer() -> None:
    assert reject(credits="5").field == "credits"
    assert reject(credits=1.5).field == "credits"
