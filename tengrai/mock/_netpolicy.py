"""The webhook target rule of the spec (``x-webhook-policy: https-public-host``) as the mock enforces it.

Whether a host is publicly routable is decided by `tengrai._netcheck`, the same code the SDK validates with, so
the rule lives in one place. This module only adds what the mock needs on top: recognising loopback hosts, for
the configuration switch that lets tests deliver webhooks to a local receiver.
"""

from __future__ import annotations

import ipaddress
import re
import socket
from typing import Literal
from urllib.parse import urlsplit

from .._netcheck import public_host_problem

__all__ = ["HostKind", "host_kind", "webhook_problem"]

HostKind = Literal["public", "loopback", "private"]

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
    if _is_loopback_name(host):
        return "loopback"
    bracketed = f"[{host}]" if ":" in host else host
    if public_host_problem(bracketed) is None:
        return "public"
    address = _ip(host.lower().rstrip("."))
    return "loopback" if address is not None and address.is_loopback else "private"


def _is_loopback_name(host: str) -> bool:
    name = host.lower().rstrip(".")
    return name in ("localhost", "localhost.localdomain") or name.endswith(".localhost")


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
