"""What a new user of the client trips on: timeout messages, argument names in errors, type hints, pagination."""

from __future__ import annotations

import typing

import pytest

import tengrai
from tengrai import AsyncTengrai, ValidationError
from tengrai.mock import TEST_API_KEY, Durations, MockConfig, SyncASGITransport, create_app


def _client(**config: typing.Any) -> tengrai.Tengrai:
    app = create_app(MockConfig(**config))
    return tengrai.Tengrai(api_key=TEST_API_KEY, base_url="http://mock.invalid", transport=SyncASGITransport(app))


@pytest.mark.parametrize("timeout", [0.3, 0.45])
def test_a_timeout_message_shows_the_value_passed(timeout: float) -> None:
    with _client(default_durations=Durations(starting=30, processing=30)) as client:
        artwork = client.quantum.create(prompt="a slow lighthouse")
        with pytest.raises(tengrai.ArtworkTimeoutError) as caught:
            client.artworks.wait(artwork, timeout=timeout)
    message = str(caught.value)
    assert f"within {timeout:g}s" in message, message  # the limit, not the time that was left at the last look


def test_a_page_size_out_of_range_is_named_page_size() -> None:
    with _client() as client, pytest.raises(ValidationError) as caught:
        next(iter(client.artworks.list(page_size=1000)))
    assert caught.value.field == "page_size"
    assert str(caught.value).startswith("page_size=1000: ")


@pytest.mark.parametrize("cls", [tengrai.Tengrai, AsyncTengrai])
def test_type_hints_of_every_client_method_resolve(cls: type[typing.Any]) -> None:
    from tengrai.batch import BatchProgress, BatchResult

    hints = typing.get_type_hints(cls.batch)
    assert hints["return"] == list[BatchResult]
    assert BatchProgress in typing.get_args(typing.get_args(hints["on_progress"])[0])[0]
    for name in dir(cls):
        if not name.startswith("_") and callable(getattr(cls, name, None)):
            typing.get_type_hints(getattr(cls, name))
