"""The webhook target rule as the mock enforces it (``x-webhook-policy: https-public-host``)."""

from __future__ import annotations

import pytest

from tengrai.mock._netpolicy import host_kind, webhook_problem

LOOPBACK = ["127.0.0.1", "127.1", "0x7f000001", "2130706433", "0177.0.0.1", "127.8.9.10", "::1", "::ffff:127.0.0.1",
            "localhost", "LOCALHOST.", "api.localhost"]  # fmt: skip
PRIVATE = ["10.0.0.1", "172.16.5.4", "192.168.1.1", "169.254.169.254", "0.0.0.0", "100.64.0.1", "fd00::1",
           "fe80::1", "64:ff9b::a00:1", "2002:c0a8:101::", "metadata.google.internal", "printer.local",
           "router.lan", "224.0.0.1", "a", "cafe"]  # fmt: skip
# Single-label names (``a``, ``cafe``) resolve only through a local search domain, so they count as private.
PUBLIC = ["example.com", "hooks.example.com.", "8.8.8.8", "2001:4860:4860::8888", "1e100.net"]


@pytest.mark.parametrize("host", LOOPBACK)
def test_loopback_hosts_in_all_spellings(host: str) -> None:
    assert host_kind(host) == "loopback"


@pytest.mark.parametrize("host", PRIVATE)
def test_private_link_local_and_metadata_hosts(host: str) -> None:
    assert host_kind(host) == "private"


@pytest.mark.parametrize("host", PUBLIC)
def test_public_hosts(host: str) -> None:
    assert host_kind(host) == "public"


def test_https_public_url_is_accepted() -> None:
    assert webhook_problem("https://hooks.example.com/tengrai?x=1") is None


@pytest.mark.parametrize(
    ("url", "reason"),
    [
        ("http://hooks.example.com/", "must use https"),
        ("ftp://hooks.example.com/", "must use https"),
        ("https:///path-only", "has no host"),
        ("https://hooks.example.com:99999/", "is not a valid URL"),
        ("https://user@127.0.0.1/", "'127.0.0.1' is loopback"),
        ("https://[::ffff:10.0.0.1]/", "'::ffff:10.0.0.1' is private"),
    ],
)
def test_rejections_say_why(url: str, reason: str) -> None:
    problem = webhook_problem(url)
    assert problem is not None
    assert reason in problem


def test_loopback_switch_admits_http_and_https_on_loopback_only() -> None:
    assert webhook_problem("http://127.0.0.1:8123/hook", allow_loopback=True) is None
    assert webhook_problem("https://[::1]:8443/hook", allow_loopback=True) is None
    assert webhook_problem("http://127.0.0.1:8123/hook") is not None
    assert webhook_problem("http://10.0.0.1/hook", allow_loopback=True) is not None
    assert webhook_problem("ftp://127.0.0.1/hook", allow_loopback=True) is not None
