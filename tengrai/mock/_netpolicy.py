"""The webhook target rule of the spec (``x-webhook-policy: https-public-host``) as the mock enforces it.

The mock is a second, independent implementation of the rule the SDK checks client-side, so the contract tests
compare two readings of the documentation instead of one. Host names are not resolved (the mock works offline):
a name is public unless it is a well-known local name.
"""

from __future__ import annotations

import ipaddress
import re
import socket
from typing import Literal
from urllib.parse import urlsplit

__all__ = ["HostKind", "host_kind", "webhook_problem"]

HostKind = Literal["public", "loopback", "private"]

_LOCAL_NAMES = ("metadata", "metadata.google.internal")
_LOCAL_SUFFIXES = (".localhost", ".local", ".localdomain", ".internal", ".home.arpa", ".lan")
_LEGACY_IPV4 = re.compile(r"[0-9a-fx.]+")


def _ip(host: str) -> ipaddress.IPv4Address | ipaddress.IPv6Address | None:
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
        return _embedded_ipv4(address) or address
    return address


_NAT64 = ipaddress.IPv6Network("64:ff9b::/96")
_COMPATIBLE = ipaddress.IPv6Network("::/96")


def _embedded_ipv4(address: ipaddress.IPv6Address) -> ipaddress.IPv4Address | None:
    """The IPv4 address an IPv6 address carries (mapped, compatible, NAT64, 6to4, Teredo client), if any."""
    if address.ipv4_mapped is not None:
        return address.ipv4_mapped
    if address in _NAT64 or (address in _COMPATIBLE and int(address) > 1):
        return ipaddress.IPv4Address(int(address) & 0xFFFFFFFF)
    if address.sixtofour is not None:
        return address.sixtofour
    if address.teredo is not None:
        return address.teredo[1]
    return None


def host_kind(host: str) -> HostKind:
    """Classify a URL host (without brackets) as public, loopback or private (incl. link-local and metadata)."""
    host = host.lower().rstrip(".")
    address = _ip(host)
    if address is None:
        if host in ("localhost", "localhost.localdomain") or host.endswith(".localhost"):
            return "loopback"
        if host in _LOCAL_NAMES or host.endswith(_LOCAL_SUFFIXES):
            return "private"
        return "public"
    if address.is_loopback:
        return "loopback"
    return "public" if address.is_global and not address.is_multicast else "private"


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
