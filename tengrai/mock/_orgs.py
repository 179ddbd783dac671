"""Organizations of the mock: their API keys (scopes, domains, minting, revocation) and webhook secrets.

Which scope an operation needs (``x-min-scope``) and which domain a path belongs to (``x-domains`` on the bearer
scheme) are read from the spec; `MockConfig.required_scopes` can override the scope per operation.
"""

from __future__ import annotations

import functools
import random
import secrets
import string
import threading
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass
from typing import Any, cast

from . import _openapi as _spec
from ._config import SCOPES, ApiKey, MockConfig, Scope

__all__ = ["AccessDenied", "KeyRecord", "Organizations", "domain_of", "min_scope"]

JSON = dict[str, Any]
_KEY_ID_ALPHABET = string.ascii_letters + string.digits
_TOKEN_PREFIX = "tgr_test_"  # noqa: S105 - the start of minted mock keys, not a secret
_PREFIX_LENGTH = 10
"""``keyPrefix`` is the key's first 10 characters (documented)."""


def _bearer_scheme() -> JSON:
    scheme: JSON = _spec.document()["components"]["securitySchemes"]["bearerAuth"]
    return scheme


@functools.cache
def _checked_scopes() -> tuple[Scope, ...]:
    documented = tuple(_spec.component("ApiKeyScope")["enum"])
    if documented != SCOPES:
        raise RuntimeError(f"the spec's ApiKeyScope {documented} differs from the mock's scopes {SCOPES}")
    return SCOPES


def min_scope(operation_id: str, overrides: Mapping[str, Scope]) -> Scope:
    """The weakest scope that may call the operation: the override, else ``x-min-scope``, else the weakest."""
    scopes = _checked_scopes()
    if operation_id in overrides:
        return overrides[operation_id]
    _, _, op = _spec.operation(operation_id)
    return cast("Scope", op.get("x-min-scope", scopes[0]))


@functools.cache
def _domain_prefixes() -> tuple[tuple[str, str], ...]:
    """``(path prefix, domain)`` pairs, longest prefix first."""
    pairs = [
        (prefix.rstrip("/"), domain)
        for domain, prefixes in _bearer_scheme().get("x-domains", {}).items()
        for prefix in prefixes
    ]
    return tuple(sorted(pairs, key=lambda pair: -len(pair[0])))


def domain_of(path: str) -> str | None:
    """The key domain a (templated) path belongs to, or None for paths no domain covers (organizations)."""
    for prefix, domain in _domain_prefixes():
        if path == prefix or path.startswith(prefix + "/"):
            return domain
    return None


def opens(domains: Iterable[str], needed: str) -> bool:
    """Whether a key with ``domains`` may call a path of domain ``needed`` (aliases and the all-domains value)."""
    scheme = _bearer_scheme()
    aliases: Mapping[str, str] = scheme.get("x-domain-aliases", {})
    everything = scheme.get("x-all-domains")
    return any(domain == everything or aliases.get(domain, domain) == needed for domain in domains)


class AccessDenied(Exception):
    """An organization request the mock refuses: ``status`` is the HTTP status, the message says why."""

    def __init__(self, status: int, message: str) -> None:
        super().__init__(message)
        self.status = status
        self.message = message


@dataclass
class KeyRecord:
    """One key of an organization as the mock keeps it (the bearer token itself is the registry's dict key)."""

    key: ApiKey
    label: str
    credits: int
    created_at: float
    prefix: str
    status: str = "active"
    usage_count: int = 0
    last_used_at: float | None = None

    def view(self, iso_time: Callable[[float], str]) -> JSON:
        """The key as the API describes it (without the full key)."""
        return {
            "keyId": self.key.name,
            "keyPrefix": self.prefix,
            "label": self.label,
            "scope": self.key.scope,
            "environment": "test",
            "credits": self.credits,
            "status": self.status,
            "usageCount": self.usage_count,
            "lastUsedAt": None if self.last_used_at is None else iso_time(self.last_used_at),
            "expiresAt": None,
            "createdAt": iso_time(self.created_at),
        }


class Organizations:
    """Keys by bearer token, organizations, and each organization's webhook secret. Thread-safe."""

    def __init__(self, config: MockConfig, now: Callable[[], float], rng: random.Random) -> None:
        _checked_scopes()
        self._now = now
        self._rng = rng
        self._lock = threading.Lock()
        start = now()
        self._keys: dict[str, KeyRecord] = {
            token: KeyRecord(key, key.name, 0, start, token[:_PREFIX_LENGTH]) for token, key in config.keys.items()
        }
        self._secrets: dict[str, str | None] = {key.org_id: config.webhook_secret for key in config.keys.values()}

    # ------------------------------------------------------------------ lookups

    def authenticate(self, token: str) -> ApiKey | str:
        """The active key of ``token`` (its use counted), or why it is refused (401)."""
        with self._lock:
            record = self._keys.get(token)
            if record is None:
                return "Unknown API key"
            if record.status != "active":
                return f"API key {record.key.name!r} has been revoked"
            record.usage_count += 1
            record.last_used_at = self._now()
            return record.key

    def key_name(self, token: str) -> str | None:
        """The name of the key ``token`` (revoked ones included), None for an unknown token."""
        with self._lock:
            record = self._keys.get(token)
            return None if record is None else record.key.name

    def secret(self, org_id: str) -> str | None:
        """The organization's current webhook secret (None when it has none)."""
        with self._lock:
            return self._secrets.get(org_id)

    def keys(self, org_id: str, iso_time: Callable[[float], str]) -> list[JSON]:
        """The organization's keys as the API describes them, oldest first."""
        with self._lock:
            return [record.view(iso_time) for record in self._keys.values() if record.key.org_id == org_id]

    # ------------------------------------------------------------------ operations

    def _member(self, org_id: str, caller: ApiKey) -> None:
        if org_id not in self._secrets:
            raise AccessDenied(404, f"Organization {org_id} not found")
        if caller.org_id != org_id:
            raise AccessDenied(403, f"API key {caller.name!r} is not a key of organization {org_id}")

    def mint(self, org_id: str, caller: ApiKey, body: Mapping[str, Any], iso_time: Callable[[float], str]) -> JSON:
        """Create a key from a validated ``create_api_key`` body (defaults filled in); the answer holds the full key
        (``apiKey``)."""
        with self._lock:
            self._member(org_id, caller)
            domains = tuple(body["domains"])
            outside = [domain for domain in domains if not opens(caller.domains, domain)]
            if outside:
                raise AccessDenied(
                    403, f"domains {outside} are not among the domains {list(caller.domains)} of the calling key"
                )
            token = _TOKEN_PREFIX + secrets.token_hex(20)
            key_id = "key_" + "".join(self._rng.choices(_KEY_ID_ALPHABET, k=12))
            key = ApiKey(key_id, cast("Scope", body["scope"]), domains, org_id)
            record = KeyRecord(key, body["label"], int(body["credits"]), self._now(), token[:_PREFIX_LENGTH])
            self._keys[token] = record
            return {**record.view(iso_time), "apiKey": token}

    def revoke(self, org_id: str, caller: ApiKey, key_id: str) -> str:
        """Revoke the organization's key ``key_id``; returns the confirmation message."""
        with self._lock:
            self._member(org_id, caller)
            found = [r for r in self._keys.values() if r.key.org_id == org_id and r.key.name == key_id]
            active = [record for record in found if record.status == "active"]
            if not active:
                state = "is already revoked" if found else "not found"
                raise AccessDenied(404, f"API key {key_id} of organization {org_id} {state}")
            if any(record.key.scope == SCOPES[-1] for record in active):
                raise AccessDenied(403, f"API key {key_id} is an {SCOPES[-1]} key; only lower scopes can be revoked")
            for record in active:
                record.status = "revoked"
            return f"API key {key_id} revoked"

    def rotate(self, org_id: str, caller: ApiKey) -> str:
        """Replace the organization's webhook secret with a fresh one (64 lowercase hex characters)."""
        with self._lock:
            self._member(org_id, caller)
            secret = secrets.token_hex(32)
            self._secrets[org_id] = secret
            return secret
