"""Webhooks on loopback are accepted only when the API itself is local (a mock), never for a remote API."""

from __future__ import annotations

import pytest

from tengrai import ValidationError, _netcheck
from tengrai.validation import build_request_body


@pytest.mark.parametrize(
    "url", ["http://127.0.0.1:9000/hook", "https://localhost/hook", "http://[::1]:8080/", "http://127.8.0.1/"]
)
def test_loopback_webhooks_pass_for_a_local_api(url: str) -> None:
    assert build_request_body("quantum", {"webhook": url}, local_api=True) == {"webhook": url}
    with pytest.raises(ValidationError, match="webhook"):
        build_request_body("quantum", {"webhook": url})


@pytest.mark.parametrize(
    "url",
    ["http://10.0.0.1/hook", "http://169.254.169.254/", "http://2130706433/", "http://0x7f000001/", "ftp://127.0.0.1/"],
)
def test_other_local_hosts_stay_refused_even_for_a_local_api(url: str) -> None:
    with pytest.raises(ValidationError, match="webhook"):
        build_request_body("quantum", {"webhook": url}, local_api=True)


@pytest.mark.parametrize(
    ("base_url", "local"),
    [
        ("http://127.0.0.1:8000", True),
        ("http://localhost:8000", True),
        ("http://[::1]:8000", True),
        ("http://tengrai-mock.invalid", True),
        ("https://api.tengr.ai", False),
        ("http://10.0.0.5:8000", False),
        ("http://invalid.example.com", False),
    ],
)
def test_which_api_urls_count_as_local(base_url: str, local: bool) -> None:
    assert _netcheck.local_api(base_url) is local
