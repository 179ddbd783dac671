"""URL syntax and host checks for URLs the API will fetch or call: pure string work, no network access.

`url_problem` checks that a string is an absolute http(s) URI in the RFC 3986 sense (the `format: uri` of the
spec; the same strictness as the JSON Schema validator the mock server uses), so no character is left for
two parsers to read differently (no spaces, backslashes, raw non-ASCII, stray ``@``).

`public_host_problem` decides whether a URL host can be a publicly routable destination, the rule behind the
webhook policy `https-public-host`. It sees through the usual disguises of a local address: decimal, hex, octal
and shortened IPv4 (``2130706433``, ``0x7f000001``, ``0177.0.0.1``, ``127.1``), IPv4 embedded in IPv6
(mapped, compatible, translated, NAT64, 6to4, Teredo), percent-encoded and IDNA host names that normalise to a
local name, and a trailing dot. Host *names* are not resolved: a public-looking name that points at a private
address in DNS passes here; only the server, which resolves it, can catch that.

Both functions return a sentence explaining the problem, or None when there is none.
"""

from __future__ import annotations

import functools
import ipaddress
import re
from dataclasses import dataclass
from typing import Final

__all__ = [
    "URLParts",
    "address_problem",
    "disguised_host_problem",
    "local_api",
    "loopback_url",
    "public_host_problem",
    "split_url",
    "url_problem",
]

IPAddress = ipaddress.IPv4Address | ipaddress.IPv6Address

# RFC 3986 (appendix A) character classes.
_UNRESERVED: Final = r"A-Za-z0-9\-._~"
_SUB_DELIMS: Final = r"!$&'()*+,;="
_PCT: Final = r"%[0-9A-Fa-f]{2}"
_PCHAR: Final = rf"(?:[{_UNRESERVED}{_SUB_DELIMS}:@]|{_PCT})"
_URL_PATTERN: Final = rf"""
    (?P<scheme>[A-Za-z][A-Za-z0-9+.\-]*)://
    (?:(?P<userinfo>(?:[{_UNRESERVED}{_SUB_DELIMS}:]|{_PCT})*)@)?
    (?P<host>\[[^\[\]/?#@]*\]|(?:[{_UNRESERVED}{_SUB_DELIMS}]|{_PCT})*)
    (?::(?P<port>[0-9]*))?
    (?P<path>(?:/{_PCHAR}*)*)
    (?:\?(?P<query>(?:{_PCHAR}|[/?])*))?
    (?:\#(?P<fragment>(?:{_PCHAR}|[/?])*))?
    """
_FETCHABLE_SCHEMES: Final = frozenset({"http", "https"})  # the server fetches or calls these URLs over HTTP
_HOST_LABEL_RE: Final = re.compile(r"(?!-)[a-z0-9_\-]{1,63}(?<!-)")


@dataclass(frozen=True, slots=True)
class URLParts:
    """The pieces of a syntactically valid absolute http(s) URL (host as written, brackets kept)."""

    scheme: str
    host: str
    port: int | None


@functools.cache
def _url_re() -> re.Pattern[str]:
    return re.compile(_URL_PATTERN, re.VERBOSE)  # compiled on first use: keeps the import cheap


@functools.lru_cache(maxsize=512)
def split_url(url: str) -> URLParts | str:
    """Split an absolute http(s) URL into its parts, or return why it is not one."""
    match = _url_re().fullmatch(url)
    if match is None:
        return _syntax_problem(url)
    scheme = match["scheme"].lower()
    if scheme not in _FETCHABLE_SCHEMES:
        return f"the scheme {match['scheme']!r} is not http or https"
    host = match["host"]
    if not host:
        return "the URL has no host"
    port: int | None = None
    if match["port"]:
        port = int(match["port"])
        if not 1 <= port <= 65535:
            return f"the port {port} is outside 1-65535"
    if host.startswith("[") and _ip_literal(host) is None:
        return f"{host} is not a valid IPv6 literal"
    return URLParts(scheme=scheme, host=host, port=port)


def url_problem(url: str) -> str | None:
    """Why ``url`` is not an absolute http(s) URI (RFC 3986), or None."""
    parts = split_url(url)
    return parts if isinstance(parts, str) else None


def disguised_host_problem(url: str) -> str | None:
    """For a URL that is not valid because its host is not ASCII: why that host, once normalised, is not public.

    ``https://ｌｏｃａｌｈｏｓｔ/`` is not a URI, but an IRI-tolerant client would call ``localhost``; saying so
    beats a bare syntax error.
    """
    host = _raw_host(url)
    if host is None or host.isascii():
        return None
    return public_host_problem(host)


def _syntax_problem(url: str) -> str:
    if "://" not in url:
        if re.match(r"[A-Za-z][A-Za-z0-9+.\-]*:", url):
            return "it is not an absolute URL with a host (expected scheme://host/...)"
        return "it is not an absolute URL (expected scheme://host/..., e.g. https://example.com/path)"
    if re.match(r"[A-Za-z][A-Za-z0-9+.\-]*://", url) is None:
        return "it does not start with a valid scheme (expected e.g. https://)"
    for char in url:
        if not char.isascii():
            return _non_ascii_problem(url, char)
        if char.isspace() or not char.isprintable():
            return f"it contains the character {char!r}, which a URI does not allow (percent-encode it)"
        if char in '\\"<>^`{|}':
            return f"it contains the character {char!r}, which a URI does not allow (percent-encode it)"
    if re.search(r"%(?![0-9A-Fa-f]{2})", url):
        return "it contains a '%' that does not start a percent-encoded byte (%XX)"
    authority = url.split("://", 1)[1].split("/", 1)[0].split("?", 1)[0].split("#", 1)[0]
    if authority.count("@") > 1:
        return "its authority contains more than one '@' (percent-encode an '@' in the user name or password)"
    return "it is not a valid URI (RFC 3986)"


def _non_ascii_problem(url: str, char: str) -> str:
    message = f"it contains the non-ASCII character {char!r}; a URI must be ASCII"
    host = _raw_host(url)
    if host is not None and not host.isascii():
        ascii_host = _idna(host)
        if ascii_host is not None:
            return f"{message} (write the host {host!r} as {ascii_host!r})"
    return f"{message} (percent-encode it)"


def _raw_host(url: str) -> str | None:
    """The host part of a URL that may not be valid, for messages only."""
    if "://" not in url:
        return None
    authority = re.split(r"[/?#\\]", url.split("://", 1)[1], maxsplit=1)[0]
    host = authority.rpartition("@")[2]
    if host.startswith("["):
        return host.partition("]")[0] + "]"
    return host.rpartition(":")[0] if re.search(r":[0-9]*$", host) else host


def _idna(host: str) -> str | None:
    """The ASCII (IDNA 2003, with NFKC mapping) form of a host name, or None when it has none."""
    try:
        return host.encode("idna").decode("ascii").lower()
    except UnicodeError:
        return None


# ---------------------------------------------------------------------------------------------- addresses

# Well-known cloud instance-metadata endpoints (IMDS and friends). They are checked first so that the message
# says what the address is; most also fall in a non-public block below, 168.63.129.16 does not.
_METADATA_ADDRESSES: Final = (
    ("169.254.169.254", "the cloud instance-metadata address (AWS, GCP, Azure, OpenStack, ...)"),
    ("169.254.170.2", "the AWS ECS task-metadata address"),
    ("169.254.169.123", "the AWS time-sync address"),
    ("169.254.169.253", "the AWS VPC DNS address"),
    ("169.254.0.23", "the Tencent Cloud metadata address"),
    ("100.100.100.200", "the Alibaba Cloud metadata address"),
    ("168.63.129.16", "the Azure WireServer (platform metadata) address"),
    ("fd00:ec2::254", "the AWS IPv6 instance-metadata address"),
    ("fd00:ec2::23", "the AWS IPv6 DNS address"),
)

# IANA special-purpose blocks that are not globally reachable (RFC 6890 registries), most specific first.
# Kept explicit rather than relying on ipaddress.is_global alone, whose tables changed between Python patch
# releases; is_global is still consulted afterwards as a safety net.
_V4_BLOCKS: Final = (
    ("0.0.0.0/32", "the unspecified address"),
    ("0.0.0.0/8", "in 0.0.0.0/8 ('this network', not a destination)"),
    ("127.0.0.0/8", "a loopback address"),
    ("10.0.0.0/8", "a private address (RFC 1918)"),
    ("172.16.0.0/12", "a private address (RFC 1918)"),
    ("192.168.0.0/16", "a private address (RFC 1918)"),
    ("100.64.0.0/10", "a shared carrier-grade NAT address (100.64.0.0/10, RFC 6598)"),
    ("169.254.0.0/16", "a link-local address"),
    ("192.0.0.0/24", "an IETF protocol assignment (192.0.0.0/24)"),
    ("192.0.2.0/24", "a documentation address (TEST-NET-1, RFC 5737)"),
    ("198.51.100.0/24", "a documentation address (TEST-NET-2, RFC 5737)"),
    ("203.0.113.0/24", "a documentation address (TEST-NET-3, RFC 5737)"),
    ("198.18.0.0/15", "a benchmarking address (RFC 2544)"),
    ("192.88.99.0/24", "in the deprecated 6to4 relay anycast block (RFC 7526)"),
    ("224.0.0.0/4", "a multicast address"),
    ("255.255.255.255/32", "the limited broadcast address"),
    ("240.0.0.0/4", "a reserved address (240.0.0.0/4)"),
)
_V6_BLOCKS: Final = (
    ("::/128", "the unspecified address"),
    ("::1/128", "the loopback address"),
    ("64:ff9b:1::/48", "a local-use IPv4/IPv6 translation address (RFC 8215)"),
    ("100::/64", "a discard-only address (RFC 6666)"),
    ("2001:db8::/32", "a documentation address (RFC 3849)"),
    ("3fff::/20", "a documentation address (RFC 9637)"),
    ("2001::/23", "an IETF protocol assignment (2001::/23)"),
    ("fc00::/7", "a unique-local address (fc00::/7)"),
    ("fe80::/10", "a link-local address"),
    ("fec0::/10", "a deprecated site-local address"),
    ("ff00::/8", "a multicast address"),
)


@dataclass(frozen=True, slots=True)
class _Tables:
    metadata: dict[IPAddress, str]
    v4_blocks: tuple[tuple[ipaddress.IPv4Network, str], ...]
    v6_blocks: tuple[tuple[ipaddress.IPv6Network, str], ...]
    v6_global_unicast: ipaddress.IPv6Network
    v6_nat64: ipaddress.IPv6Network
    v6_translated: ipaddress.IPv6Network
    v6_compatible: ipaddress.IPv6Network


@functools.cache
def _tables() -> _Tables:
    """The address tables, parsed on first use (keeps the import cheap)."""
    return _Tables(
        metadata={ipaddress.ip_address(address): label for address, label in _METADATA_ADDRESSES},
        v4_blocks=tuple((ipaddress.IPv4Network(network), label) for network, label in _V4_BLOCKS),
        v6_blocks=tuple((ipaddress.IPv6Network(network), label) for network, label in _V6_BLOCKS),
        v6_global_unicast=ipaddress.IPv6Network("2000::/3"),
        v6_nat64=ipaddress.IPv6Network("64:ff9b::/96"),
        v6_translated=ipaddress.IPv6Network("::ffff:0:0:0/96"),  # SIIT, RFC 2765
        v6_compatible=ipaddress.IPv6Network("::/96"),  # deprecated IPv4-compatible, RFC 4291
    )


def _embedded_ipv4(address: ipaddress.IPv6Address) -> tuple[ipaddress.IPv4Address, str] | None:
    """The IPv4 address an IPv6 address carries (and how), for the forms that deliver to that IPv4 host."""
    if address.ipv4_mapped is not None:
        return address.ipv4_mapped, "an IPv4-mapped IPv6 address"
    tables = _tables()
    low32 = ipaddress.IPv4Address(int(address) & 0xFFFFFFFF)
    if address in tables.v6_nat64:
        return low32, "a NAT64 IPv6 address"
    if address in tables.v6_translated:
        return low32, "an IPv4-translated IPv6 address"
    if address in tables.v6_compatible and int(address) > 1:
        return low32, "an IPv4-compatible IPv6 address"
    if address.sixtofour is not None:
        return address.sixtofour, "a 6to4 IPv6 address"
    if address.teredo is not None:
        return address.teredo[1], "a Teredo IPv6 address"
    return None


def address_problem(address: IPAddress) -> str | None:
    """Why an IP address is not a publicly routable destination ("a loopback address", ...), or None."""
    if isinstance(address, ipaddress.IPv6Address):
        if address.scope_id:
            return f"an address with a zone index (%{address.scope_id}), which only exists on the local network"
        embedded = _embedded_ipv4(address)
        if embedded is not None:
            inner, kind = embedded
            problem = address_problem(inner)
            if problem is not None:
                return f"{kind} of {inner}, {problem}"
            if address.teredo is None:
                return None  # delivered to a public IPv4 host through a translator or relay
            # A Teredo address with a public client still falls in 2001::/23 below: not a webhook host.
    tables = _tables()
    metadata = tables.metadata.get(address)
    if metadata is not None:
        return metadata
    if isinstance(address, ipaddress.IPv4Address):
        for network4, label in tables.v4_blocks:
            if address in network4:
                return label
    else:
        for network6, label in tables.v6_blocks:
            if address in network6:
                return label
        if address not in tables.v6_global_unicast:
            return "a reserved address (outside the global unicast range 2000::/3)"
    if not address.is_global or address.is_multicast or address.is_reserved:
        return "not a globally routable address"
    return None


# ---------------------------------------------------------------------------------------------- host names

# Names that always mean "this machine" or a private namespace, whatever DNS says (RFC 6761, 6762, 8375, and
# ICANN's 2024 reservation of .internal); plus metadata host names that are not under one of them.
_LOCAL_SUFFIXES: Final[dict[str, str]] = {
    "localhost": "a localhost name, which always means the local machine (RFC 6761)",
    "local": "a multicast-DNS name on the local link (.local, RFC 6762)",
    "localdomain": "a local-only name (.localdomain)",
    "home.arpa": "a home-network name (.home.arpa, RFC 8375)",
    "internal": "a private-use name (.internal), not resolvable on the internet",
    "lan": "a home-router name (.lan), not a delegated top-level domain",
    "home": "a home-network name (.home), not a delegated top-level domain",
    "corp": "a corporate-network name (.corp), not a delegated top-level domain",
    "svc": "a Kubernetes service name (.svc), resolvable only inside its cluster",
    "test": "a name reserved for testing (.test, RFC 6761), never resolvable on the internet",
    "invalid": "a name reserved as invalid (.invalid, RFC 6761)",
    "example": "a name reserved for documentation (.example, RFC 6761)",
    "onion": "a Tor onion service name (.onion, RFC 7686), not reachable on the internet",
    "alt": "a name reserved for non-DNS resolution (.alt, RFC 9476)",
}
_KUBERNETES_NAMESPACES: Final = frozenset(
    {"default", "kube-system", "kube-public", "kube-node-lease", "monitoring", "ingress-nginx", "istio-system"}
)
"""Namespaces that make a two-label ``service.namespace`` name one that only Kubernetes' cluster DNS resolves."""
_METADATA_NAMES: Final[dict[str, str]] = {
    "metadata.google.internal": "the GCP instance-metadata host",
    "metadata.goog": "the GCP instance-metadata host",
    "metadata.tencentyun.com": "the Tencent Cloud metadata host",
    "instance-data.ec2.internal": "the AWS instance-metadata host",
}


@functools.lru_cache(maxsize=512)
def public_host_problem(host: str) -> str | None:
    """Why the host of a URL cannot be a public destination, or None.

    ``host`` is written as in the URL: an IPv6 literal in brackets, a host name (possibly percent-encoded or
    internationalised), or an IPv4 address in any form an HTTP client accepts. Names are not resolved.
    """
    if host.startswith("["):
        address = _ip_literal(host)
        if address is None:
            return f"{host} is not a valid IPv6 literal"
        problem = address_problem(address)
        return _described(host, address, problem)
    name = _percent_decode(host)
    if name is None:
        return f"{host!r} is not a valid host name (bad percent-encoding)"
    if not name.isascii():
        ascii_name = _idna(name)
        if ascii_name is None:
            return f"{host!r} is not a valid internationalised host name"
        name = ascii_name
    name = name.lower()
    if name.endswith("."):
        name = name[:-1]
    labels = name.split(".")
    if _ends_in_number(labels[-1]):
        address4 = _parse_ipv4(labels)
        if address4 is None:
            return f"{host!r} is not a valid IPv4 address"
        return _described(host, address4, address_problem(address4))
    if any(_HOST_LABEL_RE.fullmatch(label) is None for label in labels) or len(name) > 253:
        return f"{host!r} is not a valid host name"
    return _name_problem(host, name, labels)


def _name_problem(host: str, name: str, labels: list[str]) -> str | None:
    shown = repr(host) if host.lower().rstrip(".") == name else f"{host!r} (that is {name!r})"
    metadata = _METADATA_NAMES.get(name)
    if metadata is not None:
        return f"{shown} is {metadata}"
    for suffix, label in _LOCAL_SUFFIXES.items():
        if name == suffix or name.endswith("." + suffix):
            return f"{shown} is {label}"
    if len(labels) == 1:
        return f"{shown} is a single-label name, which resolves only on a local network (use a public domain name)"
    if len(labels) == 2 and labels[1] in _KUBERNETES_NAMESPACES:
        return f"{shown} is a Kubernetes service.namespace name, which resolves only inside its cluster"
    return None


def _described(host: str, address: IPAddress, problem: str | None) -> str | None:
    if problem is None:
        return None
    canonical = str(address)
    written = host[1:-1] if host.startswith("[") else host
    if written.lower() == canonical:
        return f"{canonical} is {problem}"
    return f"{host!r} is {canonical}, {problem}"


def _ip_literal(host: str) -> ipaddress.IPv6Address | None:
    """The address of a bracketed IPv6 literal (zone index allowed as %25), or None if it is not one."""
    inner = host[1:-1] if host.startswith("[") and host.endswith("]") else None
    if not inner or inner[0] in "vV":
        return None
    inner = inner.replace("%25", "%", 1)
    try:
        return ipaddress.IPv6Address(inner)
    except ValueError:
        return None


def _percent_decode(text: str) -> str | None:
    if "%" not in text:
        return text
    try:
        return re.sub(r"(?:%[0-9A-Fa-f]{2})+", lambda m: bytes.fromhex(m[0].replace("%", "")).decode("utf-8"), text)
    except UnicodeDecodeError:
        return None


def _ends_in_number(label: str) -> bool:
    """Whether a host's last label makes HTTP clients (WHATWG URL, inet_aton) read the host as IPv4."""
    if label.isdigit() and label.isascii():
        return True
    return label[:2] in {"0x", "0X"} and all(c in "0123456789abcdefABCDEF" for c in label[2:])


def _ipv4_number(part: str) -> int | None:
    if part[:2] in {"0x", "0X"}:
        digits, base = part[2:], 16
    elif len(part) > 1 and part.startswith("0"):
        digits, base = part[1:], 8
    else:
        digits, base = part, 10
    if not digits:
        return 0 if base == 16 else None
    try:
        return int(digits, base) if digits.isascii() and digits.isalnum() else None
    except ValueError:
        return None


def _parse_ipv4(labels: list[str]) -> ipaddress.IPv4Address | None:
    """Parse 1-4 dot-separated decimal/hex/octal numbers the way HTTP clients do (127.1 = 127.0.0.1)."""
    if not 1 <= len(labels) <= 4:
        return None
    numbers = [_ipv4_number(label) for label in labels]
    if any(number is None for number in numbers):
        return None
    parts = [number for number in numbers if number is not None]
    *head, last = parts
    if any(part > 255 for part in head) or last >= 256 ** (5 - len(parts)):
        return None
    value = last
    for index, part in enumerate(head):
        value += part << (8 * (3 - index))
    return ipaddress.IPv4Address(value)


# ------------------------------------------------------------------------- local development (mock servers)


def loopback_url(url: str) -> bool:
    """Whether ``url`` is a plain http(s) URL on this machine: ``localhost``, ``127.x.y.z`` or ``[::1]``.

    Only the plain spellings count (no disguises): this opens local webhooks for a local API, it does not
    judge untrusted input.
    """
    parts = split_url(url)
    if isinstance(parts, str):
        return False
    host = parts.host.lower()
    if host == "localhost":
        return True
    try:
        return ipaddress.ip_address(host[1:-1] if host.startswith("[") else host).is_loopback
    except ValueError:
        return False


def local_api(base_url: str) -> bool:
    """Whether an API base URL is a server on this machine or in this process (a mock): loopback, or a name
    under the reserved ``.invalid`` domain (RFC 2606) that only an in-process transport can answer."""
    parts = split_url(base_url)
    if isinstance(parts, str):
        return False
    return loopback_url(base_url) or parts.host.lower().rstrip(".").endswith(".invalid")
