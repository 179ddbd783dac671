"""Odd input is a clear error naming what is wrong, raised before anything is sent: never a bare crash."""

from __future__ import annotations

import math
from typing import Any

import pytest

from tengrai import AsyncTengrai, Tengrai, TengraiError, ValidationError

from .support import API_KEY, Script, new_id, sync_client


@pytest.mark.parametrize("prompt", ["a fox \ud800 in snow", "\udcff", "ok " * 3 + "\udfff"])
def test_a_lone_surrogate_in_a_prompt_is_a_validation_error_and_nothing_is_sent(prompt: str) -> None:
    script = Script()
    with sync_client(script) as client, pytest.raises(ValidationError, match="lone surrogate") as caught:
        client.quantum.create(prompt=prompt)
    assert caught.value.field == "prompt"
    assert script.requests == []


@pytest.mark.parametrize("value", [math.nan, math.inf, -math.inf, 0, -1])
@pytest.mark.parametrize("client_class", [Tengrai, AsyncTengrai])
def test_non_finite_or_non_positive_client_timeouts_are_refused(
    client_class: type[Tengrai] | type[AsyncTengrai], value: float
) -> None:
    with pytest.raises(ValidationError, match="timeout"):
        client_class(api_key=API_KEY, base_url="https://api.tengr.test", timeout=value)
    with pytest.raises(ValidationError, match="wait_timeout"):
        client_class(api_key=API_KEY, base_url="https://api.tengr.test", wait_timeout=value)


@pytest.mark.parametrize("value", [math.nan, math.inf, -math.inf])
def test_non_finite_job_timeouts_are_refused(value: float) -> None:
    script = Script()
    with sync_client(script) as client:
        with pytest.raises(ValidationError, match="timeout"):
            client.artworks.wait(new_id(), timeout=value)
        with pytest.raises(ValidationError, match="timeout"):
            client.quantum.generate(prompt="a fox", timeout=value)
    assert script.requests == []


@pytest.mark.parametrize(
    "base_url",
    ["http://[::1", "http://[::1]:99999", "https://exa mple.com", "http://host:port", "https://", "api.tengr.ai"],
)
def test_a_malformed_base_url_is_a_validation_error(base_url: str) -> None:
    with pytest.raises(ValidationError) as caught:
        Tengrai(api_key=API_KEY, base_url=base_url)
    assert caught.value.field == "base_url"


def test_every_odd_argument_error_is_a_tengrai_error() -> None:
    bad: list[dict[str, Any]] = [{"timeout": "soon"}, {"max_connections": 0}, {"max_download_bytes": -5}]
    for options in bad:
        with pytest.raises(TengraiError):
            Tengrai(api_key=API_KEY, base_url="https://api.tengr.test", **options)
