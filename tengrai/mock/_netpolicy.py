"""The webhook target rule of the spec (``x-webhook-policy: https-public-host``) as the mock enforces it.

The spec says: "Must be HTTPS and a publicly routable host: loopback, link-local, private and cloud-metadata
addresses are rejected." This is the mock's own reading of that sentence, written apart from the SDK's check on
purpose: the mock is the oracle the SDK's validation is tested against, so a wrong rule in one is caught by the
other instead of being shared. Host names are not resolved (neither side can know what DNS will say later).
"""

from __future__ import annotations

import ipaddress
import re
import socket
from typing import Literal
from urllib.parse import unquote, urlsplit

__all__ = ["HostKind", "host_kind", "webhook_problem"]

HostKind = Literal["public", "loopback", "private"]
IPAddress = ipaddress.IPv4Address | ipaddress.IPv6Address

_LEGACY_IPV4 = re.compile(r"[0-9a-fx.]+")
_NAT64 = ipaddress.IPv6Network("64:ff9b::/96")
_COMPATIBLE = ipaddress.IPv6Network("::/96")
_METADATA = frozenset(
    ipaddress.ip_address(address)
    for address in ("169.254.169.254", "169.254.170.2", "100.100.100.200", "168.63.129.16", "fd00:ec2::254")
)
"""Cloud metadata endpoints; 168.63.129.16 (Azure) is otherwise a global address."""
_METADATA_NAMES = frozenset(
    {"metadata.google.internal", "metadata.goog", "metadata.tencentyun.com", "instance-data.ec2.internal"}
)
_LOCAL_SUFFIXES = ("local", "localdomain", "home.arpa", "internal", "lan", "home", "corp", "svc", "test",
                   "invalid", "example", "onion", "alt")  # fmt: skip
"""Names that resolve only on a local network or nowhere (RFC 6761, 6762, 8375, 9476 and common private ones)."""
_CLUSTER_NAMESPACES = frozenset({"default", "kube-system", "kube-public", "kube-node-lease"})


def _embedded_ipv4(address: ipaddress.IPv6Address) -> ipaddress.IPv4Address | None:
    """The IPv4 address an IPv6 address delivers to (mapped, compatible, NAT64, 6to4, Teredo client), if any."""
    if address.ipv4_mapped is not None:
        return address.ipv4_mapped
    if address in _NAT64 or (address in _COMPATIBLE and int(address) > 1):
        return ipaddress.IPv4Address(int(address) & 0xFFFFFFFF)
    if address.sixtofour is not None:
        return address.sixtofour
    if address.teredo is not None:
        return address.teredo[1]
    return None


def _ip(host: str) -> IPAddress | None:
    """The address a literal host stands for, including the legacy IPv4 spellings (``127.1``, ``0x7f000001``)."""
    try:
        address = ipaddress.ip_address(host.split("%", 1)[0])
    except ValueError:
        if not _LEGACY_IPV4.fullmatch(host):
            return None
        try:
            return ipaddress.IPv4Address(socket.inet_aton(host))
        except OSError:
            return None
    if isinstance(address, ipaddress.IPv6Address):
        if "%" in host:  # a zone index: only meaningful on the local link
            return ipaddress.IPv6Address("fe80::1")
        return _embedded_ipv4(address) or address
    return address


def _address_kind(address: IPAddress) -> HostKind:
    if address.is_loopback:
        return "loopback"
    if address in _METADATA or not address.is_global or address.is_multicast or address.is_reserved:
        return "private"
    return "public"


def _name(host: str) -> str | None:
    """The ASCII lower-case form of a host name (percent-decoded, IDNA), or None when it has none."""
    name = unquote(host, errors="strict") if "%" in host else host
    try:
        name = name.encode("idna").decode("ascii") if not name.isascii() else name
    except UnicodeError:
        return None
    return name.lower().rstrip(".")


def host_kind(host: str) -> HostKind:
    """Classify a URL host (without brackets) as public, loopback or private (incl. link-local and metadata)."""
    try:
        name = _name(host)
    except UnicodeDecodeError:
        return "private"
    if name is None or not name:
        return "private"
    if name in ("localhost", "localhost.localdomain") or name.endswith(".localhost"):
        return "loopback"
    address = _ip(name)
    if address is not None:
        return _address_kind(address)
    labels = name.split(".")
    if name in _METADATA_NAMES or len(labels) == 1 or labels[-1].isdigit():
        return "private"
    if any(name == suffix or name.endswith("." + suffix) for suffix in _LOCAL_SUFFIXES):
        return "private"
    if len(labels) == 2 and labels[1] in _CLUSTER_NAMESPACES:
        return "private"
    return "public"


def webhook_problem(url: str, *, allow_loopback: bool = False) -> str | None:
    """Why ``url`` is not an acceptable webhook target, or None when it is.

    ``allow_loopback`` admits ``http`` and ``https`` URLs on loopback hosts (local test receivers).
    """
    try:
        parts = urlsplit(url)
        host = parts.hostname
        parts.port  # noqa: B018 - raises ValueError for an invalid port
    except ValueError as exc:
        return f"is not a valid URL ({exc})"
    if not host:
        return "has no host"
    kind = host_kind(host)
    if kind == "loopback" and allow_loopback and parts.scheme in ("http", "https"):
        return None
    if parts.scheme != "https":
        return "must use https"
    if kind != "public":
        return f"must point at a publicly routable host; {host!r} is {kind}"
    return None
