"""Webhook URLs: HTTPS to a publicly routable host, seen through disguised local addresses (no DNS lookups)."""

from __future__ import annotations

import ipaddress
from typing import Any

import pytest

from tengrai import ValidationError, _netcheck
from tengrai.mock import _openapi as _spec
from tengrai.validation import build_request_body, check_webhook_url

from .spec_lookup import base_params, create_operations, properties

POLICY = "x-webhook-policy https-public-host"

# (url, fragments of the reason). Each must be rejected with field "webhook".
REJECTED: list[tuple[str, tuple[str, ...]]] = [
    # loopback, plain and disguised
    ("https://127.0.0.1/hook", ("127.0.0.1 is a loopback address",)),
    ("https://127.8.9.10:8443/hook", ("loopback",)),
    ("https://2130706433/", ("'2130706433' is 127.0.0.1", "loopback")),
    ("https://0x7f000001/", ("'0x7f000001' is 127.0.0.1", "loopback")),
    ("https://0x7F.0.0.1/", ("is 127.0.0.1", "loopback")),
    ("https://0177.0.0.1/", ("'0177.0.0.1' is 127.0.0.1", "loopback")),
    ("https://0177.0.0.01/", ("is 127.0.0.1", "loopback")),
    ("https://127.1/", ("'127.1' is 127.0.0.1", "loopback")),
    ("https://127.0.1/", ("is 127.0.0.1", "loopback")),
    ("https://127.0.0.1./", ("loopback",)),
    ("https://%31%32%37.0.0.1/", ("is 127.0.0.1", "loopback")),
    ("https://[::1]/", ("::1 is the loopback address",)),
    ("https://[0:0:0:0:0:0:0:1]/", ("the loopback address",)),
    ("https://[::ffff:127.0.0.1]/", ("IPv4-mapped IPv6 address of 127.0.0.1", "loopback")),
    ("https://[::ffff:7f00:1]/", ("IPv4-mapped IPv6 address of 127.0.0.1", "loopback")),
    ("https://[0:0:0:0:0:ffff:127.0.0.1]/", ("IPv4-mapped",)),
    ("https://[::127.0.0.1]/", ("IPv4-compatible IPv6 address of 127.0.0.1",)),
    ("https://[::ffff:0:7f00:1]/", ("IPv4-translated IPv6 address of 127.0.0.1",)),
    ("https://[64:ff9b::7f00:1]/", ("NAT64 IPv6 address of 127.0.0.1",)),
    ("https://[2002:7f00:1::]/", ("6to4 IPv6 address of 127.0.0.1",)),
    ("https://good.example.com@127.0.0.1/", ("127.0.0.1 is a loopback address",)),
    ("https://user:pass@[::1]:8443/", ("loopback",)),
    # localhost names
    ("https://localhost/", ("localhost name",)),
    ("https://LOCALHOST/", ("localhost name",)),
    ("https://localhost./", ("localhost name",)),
    ("https://localhost:8443/hook", ("localhost name",)),
    ("https://api.localhost/", ("localhost name",)),
    ("https://%6c%6f%63%61%6c%68%6f%73%74/", ("that is 'localhost'", "localhost name")),
    ("https://ｌｏｃａｌｈｏｓｔ/", ("that is 'localhost'", "localhost name")),
    ("https://１２７。０。０。１/", ("is 127.0.0.1", "loopback")),
    # private, shared, link-local, unique-local
    ("https://10.0.0.1/", ("private address (RFC 1918)",)),
    ("https://172.16.5.4/", ("private",)),
    ("https://172.31.255.255/", ("private",)),
    ("https://192.168.1.1/", ("private",)),
    ("https://0xc0a80101/", ("'0xc0a80101' is 192.168.1.1", "private")),
    ("https://3232235777/", ("is 192.168.1.1", "private")),
    ("https://100.64.0.1/", ("carrier-grade NAT",)),
    ("https://100.127.255.254/", ("carrier-grade NAT",)),
    ("https://169.254.1.1/", ("link-local",)),
    ("https://[fe80::1]/", ("link-local",)),
    ("https://[fe80::1%25eth0]/", ("zone index",)),
    ("https://[febf::1]/", ("link-local",)),
    ("https://[fc00::1]/", ("unique-local",)),
    ("https://[fd12:3456:789a::1]/", ("unique-local",)),
    ("https://[fec0::1]/", ("site-local",)),
    ("https://[::ffff:10.1.2.3]/", ("IPv4-mapped", "10.1.2.3", "private")),
    ("https://[64:ff9b::a00:1]/", ("NAT64", "10.0.0.1", "private")),
    ("https://[2002:c0a8:101::1]/", ("6to4", "192.168.1.1", "private")),
    ("https://[64:ff9b:1::1]/", ("local-use IPv4/IPv6 translation",)),
    # cloud metadata
    ("https://169.254.169.254/latest/meta-data/", ("instance-metadata",)),
    ("https://2852039166/latest/meta-data/", ("is 169.254.169.254", "instance-metadata")),
    ("https://0xa9fea9fe/", ("instance-metadata",)),
    ("https://[::ffff:169.254.169.254]/", ("IPv4-mapped", "instance-metadata")),
    ("https://169.254.170.2/v2/credentials", ("ECS task-metadata",)),
    ("https://[fd00:ec2::254]/", ("AWS IPv6 instance-metadata",)),
    ("https://100.100.100.200/", ("Alibaba Cloud metadata",)),
    ("https://168.63.129.16/", ("Azure WireServer",)),
    ("https://metadata.google.internal/computeMetadata/v1/", ("GCP instance-metadata host",)),
    ("https://METADATA.GOOGLE.INTERNAL./", ("GCP instance-metadata host",)),
    ("https://metadata.goog/", ("GCP instance-metadata host",)),
    ("https://metadata/", ("single-label",)),
    # multicast, unspecified, reserved, broadcast, documentation, benchmarking
    ("https://224.0.0.1/", ("multicast",)),
    ("https://239.255.255.250/", ("multicast",)),
    ("https://[ff02::1]/", ("multicast",)),
    ("https://0.0.0.0/", ("unspecified",)),
    ("https://0/", ("'0' is 0.0.0.0", "unspecified")),
    ("https://[::]/", ("unspecified",)),
    ("https://0.1.2.3/", ("this network",)),
    ("https://240.0.0.1/", ("reserved",)),
    ("https://255.255.255.255/", ("broadcast",)),
    ("https://192.0.2.10/", ("documentation",)),
    ("https://198.51.100.7/", ("documentation",)),
    ("https://203.0.113.9/", ("documentation",)),
    ("https://[2001:db8::1]/", ("documentation",)),
    ("https://198.18.0.1/", ("benchmarking",)),
    ("https://192.0.0.8/", ("IETF protocol assignment",)),
    ("https://[2001::1]/", ("Teredo",)),
    ("https://[2001:0:4136:e378:8000:63bf:f7f7:f7f7]/", ("IETF protocol assignment",)),  # Teredo of 8.8.8.8
    ("https://[100::1]/", ("discard-only",)),
    ("https://[4000::1]/", ("reserved",)),
    # local-only names
    ("https://printer.local/", (".local",)),
    ("https://router.home.arpa/", ("home.arpa",)),
    ("https://router.lan/", (".lan",)),
    ("https://db.corp.internal/", (".internal",)),
    ("https://box.localdomain/", ("localdomain",)),
    ("https://intranet/", ("single-label",)),
    # malformed hosts
    ("https://1.2.3.4.5/", ("not a valid IPv4 address",)),
    ("https://256.1.1.1/", ("not a valid IPv4 address",)),
    ("https://1.2.3.08/", ("not a valid IPv4 address",)),
    ("https://example.123/", ("not a valid IPv4 address",)),
    ("https://-bad-.example.com/", ("not a valid host name",)),
    ("https://a..example.com/", ("not a valid host name",)),
    ("https://localhost../", ("not a valid host name",)),
    ("https://%ff.example.com/", ("bad percent-encoding",)),
]

# (url, fragments): rejected before the host rule, by the URI format, the pattern or the length.
REJECTED_EARLIER: list[tuple[str, tuple[str, ...]]] = [
    ("http://hooks.example.com/", ("'^https://'", "HTTPS only")),
    ("http://127.0.0.1/", ("'^https://'",)),
    ("ftp://hooks.example.com/", ("not http or https",)),
    ("hooks.example.com/hook", ("absolute",)),
    ("https://", ("no host",)),
    ("https://hooks.example.com/a b", ("percent-encode",)),
    ("https://hooks.example.com\\@127.0.0.1/", ("'\\\\'",)),
    ("https://hooks.example.com:65536/", ("port 65536",)),
    ("https://[v1.fe]/", ("not a valid IPv6 literal",)),
    ("https://[127.0.0.1]/", ("not a valid IPv6 literal",)),
    ("https://bücher.de/", ("non-ASCII", "xn--bcher-kva.de")),
    ("", ("absolute",)),
]

ACCEPTED = [
    "https://hooks.example.com/tengrai",
    "https://hooks.example.com:8443/tengrai?token=abc#frag",
    "https://HOOKS.Example.COM/",
    "https://hooks.example.com./tengrai",
    "https://user:secret@hooks.example.com/",
    "https://xn--bcher-kva.de/",
    "https://my_service.example.com/",
    "https://8.8.8.8/",
    "https://134744072/",  # 8.8.8.8 in decimal: public, however it is written
    "https://1.1.1.1:443/hook",
    "https://100.128.0.1/",  # just above 100.64.0.0/10
    "https://172.32.0.1/",  # just above 172.16.0.0/12
    "https://[2606:4700:4700::1111]/",
    "https://[::ffff:8.8.8.8]/",
    "https://[64:ff9b::808:808]/",  # NAT64 of a public address
    "https://[2002:808:808::1]/",  # 6to4 of a public address
    "https://hooks.example.com/%E2%9C%93",
]


@pytest.mark.parametrize(("url", "fragments"), REJECTED)
def test_non_public_hosts_are_rejected_with_the_reason(url: str, fragments: tuple[str, ...]) -> None:
    with pytest.raises(ValidationError) as caught:
        check_webhook_url(url)
    error = caught.value
    assert (error.field, error.value) == ("webhook", url)
    assert POLICY in error.rule
    for fragment in fragments:
        assert fragment in error.rule, f"{fragment!r} not in {error.rule!r}"


@pytest.mark.parametrize(("url", "fragments"), REJECTED_EARLIER)
def test_malformed_or_plain_http_webhooks_are_rejected(url: str, fragments: tuple[str, ...]) -> None:
    with pytest.raises(ValidationError) as caught:
        check_webhook_url(url)
    assert (caught.value.field, caught.value.value) == ("webhook", url)
    for fragment in fragments:
        assert fragment in caught.value.rule, f"{fragment!r} not in {caught.value.rule!r}"


@pytest.mark.parametrize("url", ACCEPTED)
def test_public_https_webhooks_are_accepted(url: str) -> None:
    check_webhook_url(url)


@pytest.mark.parametrize("value", [None, 42, b"https://hooks.example.com/", ["https://hooks.example.com/"]])
def test_a_webhook_must_be_a_string(value: Any) -> None:
    with pytest.raises(ValidationError, match="must be a string"):
        check_webhook_url(value)


def test_webhook_length_limit_comes_from_the_spec_and_is_labelled_the_sdks_own() -> None:
    webhook = _spec.component("Webhook")
    assert "maxLength" not in webhook, "the API documents no length limit; the SDK's own is x-sdk-max-length"
    limit = webhook["x-sdk-max-length"]
    prefix = "https://hooks.example.com/"
    check_webhook_url(prefix + "a" * (limit - len(prefix)))
    with pytest.raises(ValidationError, match=f"the SDK's limit is {limit:,} .*not a documented API rule"):
        check_webhook_url(prefix + "a" * (limit - len(prefix) + 1))


@pytest.mark.parametrize(
    "operation_id", [op for op in create_operations() if properties(op).get("webhook", {}).get("x-webhook-policy")]
)
@pytest.mark.parametrize(
    "url", ["https://[::ffff:127.0.0.1]/", "https://0x7f000001/", "https://169.254.169.254/", "http://a.example/"]
)
def test_every_create_operation_applies_the_webhook_rules(operation_id: str, url: str) -> None:
    with pytest.raises(ValidationError) as caught:
        build_request_body(operation_id, {**base_params(operation_id), "webhook": url})
    assert caught.value.field == "webhook"
    body = build_request_body(operation_id, {**base_params(operation_id), "webhook": ACCEPTED[0]})
    assert body["webhook"] == ACCEPTED[0]


def test_every_create_operation_has_the_webhook_policy() -> None:
    # Guards the parametrisation above against silently testing nothing.
    artwork_creates = [op for op in create_operations() if "202" in _spec.operation(op)[2]["responses"]]
    assert artwork_creates
    assert all(properties(op)["webhook"]["x-webhook-policy"] == "https-public-host" for op in artwork_creates)


# ---------------------------------------------------------------------------------------------- address level


@pytest.mark.parametrize(
    ("address", "public"),
    [
        ("8.8.8.8", True),
        ("2606:4700:4700::1111", True),
        ("127.0.0.1", False),
        ("10.255.255.255", False),
        ("100.64.0.0", False),
        ("169.254.169.254", False),
        ("::ffff:192.168.0.1", False),
        ("::ffff:1.1.1.1", True),
        ("fc00::", False),
        ("fe80::abcd", False),
        ("ff05::2", False),
        ("2001:0:4136:e378:8000:63bf:3fff:fdd2", False),  # Teredo
    ],
)
def test_address_problem(address: str, public: bool) -> None:
    problem = _netcheck.address_problem(ipaddress.ip_address(address))
    assert (problem is None) == public, problem


def test_every_blocked_ipv4_block_is_rejected_at_its_edges() -> None:
    for network_text, _label in _netcheck._V4_BLOCKS:
        network = ipaddress.IPv4Network(network_text)
        for address in (network.network_address, network.broadcast_address):
            assert _netcheck.address_problem(address) is not None, address
            with pytest.raises(ValidationError):
                check_webhook_url(f"https://{address}/")


def test_every_blocked_ipv6_block_is_rejected_at_its_edges() -> None:
    for network_text, _label in _netcheck._V6_BLOCKS:
        network = ipaddress.IPv6Network(network_text)
        for address in (network.network_address, network.broadcast_address):
            assert _netcheck.address_problem(address) is not None, address
            with pytest.raises(ValidationError):
                check_webhook_url(f"https://[{address}]/")


@pytest.mark.parametrize(
    "url",
    [
        "https://hooks.default.svc/",
        "https://hooks.default.svc.cluster.local/",
        "https://hooks.default/",
        "https://hooks.kube-system/",
        "https://hooks.corp/",
        "https://hooks.home/",
        "https://hooks.internal/",
        "https://hooks.lan/",
        "https://hooks.local/",
        "https://hooks.test/",
        "https://hooks.invalid/",
        "https://hooks.example/",
        "https://hooksxyzabc.onion/",
        "https://hooks.localhost/",
        "https://hooks/",
    ],
)
def test_names_that_resolve_only_inside_private_networks_are_refused(url: str) -> None:
    with pytest.raises(ValidationError, match="publicly routable"):
        build_request_body("quantum", {"prompt": "a fox", "webhook": url})


@pytest.mark.parametrize("url", ["HTTPS://hooks.example.com/x", "Https://hooks.example.com/x"])
def test_the_scheme_may_be_written_in_any_case_and_is_sent_in_lower_case(url: str) -> None:
    body = build_request_body("quantum", {"prompt": "a fox", "webhook": url})
    assert body["webhook"] == "https://hooks.example.com/x"
