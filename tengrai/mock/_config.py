"""Configuration of the mock server: keys, timings, failure shares, webhooks, rate limits, faults."""

from __future__ import annotations

import math
from collections.abc import Mapping
from dataclasses import dataclass, field
from types import MappingProxyType
from typing import TYPE_CHECKING, Literal, get_args

if TYPE_CHECKING:
    import httpx

    from ._clock import Clock

__all__ = [
    "IN_PROCESS_BASE_URL",
    "SCOPES",
    "TEST_ADMIN_KEY",
    "TEST_API_KEY",
    "TEST_ORG_ID",
    "ApiKey",
    "Durations",
    "Faults",
    "MockConfig",
    "RateLimit",
    "Scope",
]

IN_PROCESS_BASE_URL = "http://tengrai-mock.invalid"
"""The base URL of a mock reached in-process (the CLI's keyless mock, the pytest plugin's clients): a reserved name
(RFC 2606) that can never reach the network, so no request ever leaves the process."""

TEST_ORG_ID = "507f1f77bcf86cd799439011"
"""The id of the test organization every mock has (the documentation's example organization id)."""

TEST_API_KEY = "tengrai-mock-test-key"
"""A generator key of the test organization (all domains) that every default-configured mock accepts. Not a
secret."""

TEST_ADMIN_KEY = "tengrai-mock-admin-key"
"""An admin key of the test organization (all domains) that every default-configured mock accepts: it mints and
revokes keys (`create_api_key`, `revoke_api_key`) and rotates the webhook secret. Not a secret."""

Scope = Literal["generator", "manager", "admin"]
"""The scope of a mock API key (`ApiKey.scope`): one of `SCOPES`."""
SCOPES: tuple[Scope, ...] = get_args(Scope)
"""Key scopes from weakest to strongest: each includes the rights of the ones before it (the spec's
``ApiKeyScope``; the mock refuses to start if the two differ)."""


@dataclass(frozen=True)
class ApiKey:
    """What a bearer key may do.

    Attributes:
        name: identifies the key in recorded requests, and is its ``keyId`` for `revoke_api_key` (the key itself
            is never shown).
        scope: ``generator``, ``manager`` or ``admin``.
        domains: the API areas it may call (``ApiKeyDomain`` values, their older names, or ``*`` for all).
        org_id: the organization it belongs to; organizations exist by having keys (the test one always does).
    """

    name: str = "test"
    scope: Scope = "generator"
    domains: tuple[str, ...] = ("*",)
    org_id: str = TEST_ORG_ID

    def __post_init__(self) -> None:
        if self.scope not in SCOPES:
            raise ValueError(f"ApiKey(scope={self.scope!r}): scope must be one of {', '.join(SCOPES)}")
        if isinstance(self.domains, str):
            raise TypeError("ApiKey(domains=...) takes a tuple of domain names, not a single string")

    def has_scope(self, needed: Scope) -> bool:
        """Whether this key's scope is ``needed`` or stronger."""
        return SCOPES.index(self.scope) >= SCOPES.index(needed)


@dataclass(frozen=True)
class Durations:
    """How long a task of one artwork type stays ``starting`` and then ``processing`` (seconds on the mock clock)."""

    starting: float = 1.0
    processing: float = 4.0

    def __post_init__(self) -> None:
        for name in ("starting", "processing"):
            value = getattr(self, name)
            if not (isinstance(value, int | float) and math.isfinite(value) and value >= 0):
                raise ValueError(f"Durations({name}={value!r}): must be a finite number of seconds >= 0")

    @property
    def total(self) -> float:
        """Seconds from creation until the task ends."""
        return self.starting + self.processing


@dataclass(frozen=True)
class RateLimit:
    """At most ``requests`` API requests per key in each fixed ``window`` of seconds (mock clock); then 429."""

    requests: int
    window: float = 60.0

    def __post_init__(self) -> None:
        if self.requests < 1:
            raise ValueError(f"RateLimit(requests={self.requests!r}): must be >= 1")
        if not self.window > 0:
            raise ValueError(f"RateLimit(window={self.window!r}): must be > 0 seconds")


@dataclass(frozen=True)
class Faults:
    """Fault injection for reliability tests (all off by default).

    * ``error_rate``: share of requests answered at once with one of ``error_statuses`` (nothing is processed).
    * ``latency``: real seconds added before every answer.
    * ``drop_rate``: share of requests whose connection is dropped *after* the request was processed, so the
      client cannot tell whether a create took effect (the case that tests idempotent retries).
    * ``gateway_timeout_rate``: share of synchronous V1 calls (``x-synchronous``) that do their work (a V1
      artwork is stored and listed, credits are spent) and then answer 504 Gateway Timeout, as the API documents.
    """

    error_rate: float = 0.0
    error_statuses: tuple[int, ...] = (500, 503)
    latency: float = 0.0
    drop_rate: float = 0.0
    gateway_timeout_rate: float = 0.0

    def __post_init__(self) -> None:
        for name in ("error_rate", "drop_rate", "gateway_timeout_rate"):
            value = getattr(self, name)
            if not 0.0 <= value <= 1.0:
                raise ValueError(f"Faults({name}={value!r}): must be a share between 0 and 1")
        if self.error_rate + self.drop_rate > 1.0:
            raise ValueError("Faults: error_rate + drop_rate must not exceed 1")
        if not self.latency >= 0:
            raise ValueError(f"Faults(latency={self.latency!r}): must be >= 0 seconds")
        if not self.error_statuses or any(not 500 <= status <= 599 for status in self.error_statuses):
            raise ValueError(f"Faults(error_statuses={self.error_statuses!r}): must be 5xx statuses")

    @property
    def active(self) -> bool:
        """Whether any fault is configured."""
        return bool(self.error_rate or self.latency or self.drop_rate)


def _default_keys() -> Mapping[str, ApiKey]:
    return MappingProxyType({TEST_API_KEY: ApiKey(), TEST_ADMIN_KEY: ApiKey("test-admin", "admin")})


@dataclass(frozen=True)
class MockConfig:
    """Everything that shapes one mock server. All fields have working defaults.

    Attributes:
        keys: bearer key -> `ApiKey`, the keys the mock starts with (default: `TEST_API_KEY` and
            `TEST_ADMIN_KEY`); keys minted through the API join them, revoked ones stop working, and requests with
            any other key get 401.
        clock: where time comes from; None means wall-clock time. Tests pass a `ManualClock`.
        durations: per artwork type (``"quantum"``, ``"face_refiner"``, ...) how long tasks take;
            types not listed use ``default_durations``.
        failure_rate: share of tasks (0..1) that end ``failed`` instead of ``succeeded``.
        seed: seeds the mock's random choices (ids, failures, faults, seeds of unseeded tasks) so runs repeat;
            None (the default) gives fresh ids on every run, so saved files of two runs never collide.
        rate_limit: per-key request limit, or None for no limit.
        faults: fault injection; `Faults()` injects nothing.
        webhook_secret: every organization's webhook secret until it is rotated through the API
            (`rotate_webhook_secret`); deliveries carry Standard-Webhooks signature headers (`tengrai.webhooks.sign`)
            made with the current secret of the organization that created the artwork, and none while it has no
            secret.
        allow_loopback_webhooks: accept ``http://`` or ``https://`` webhooks on loopback hosts (127.0.0.0/8, ::1,
            localhost) for local tests; every other non-public host is still rejected as the spec says.
        deliver_webhooks: False records deliveries without sending them.
        webhook_transport: an httpx transport deliveries go through (e.g. ``httpx.MockTransport`` to capture them
            in-process); None uses the network.
        webhook_attempts: delivery attempts per webhook (a non-2xx answer or a connection error is retried).
        webhook_timeout: seconds per delivery attempt.
        foreign_image_urls: what image-to-image tasks do with an ``imageUrl`` that is not one of the mock's own
            result files: ``"fail"`` (the task fails, saying so) or ``"synthesize"`` (a stand-in image is
            derived from the URL; nothing is fetched).
        public_url: base URL used in result links instead of the one the request came in on.
        max_artworks: artworks kept at most; the oldest are dropped beyond it.
        max_recorded_requests: recorded requests kept at most (oldest dropped).
        image_cache_bytes: encoded images kept in memory at most; evicted images are re-rendered on demand.
        required_scopes: per operation id, the minimum key scope, overriding the spec's ``x-min-scope``
            (``generator`` where the spec names none).
        asset_ttl: seconds (mock clock) a Style DNA image asset's URL works after the call (its ``expiresAt``;
            the API documents no lifetime).
    """

    keys: Mapping[str, ApiKey] = field(default_factory=_default_keys, repr=False)
    clock: Clock | None = None
    durations: Mapping[str, Durations] = field(default_factory=dict)
    default_durations: Durations = field(default_factory=Durations)
    failure_rate: float = 0.0
    seed: int | None = None
    rate_limit: RateLimit | None = None
    faults: Faults = field(default_factory=Faults)
    webhook_secret: str | None = field(default=None, repr=False)
    allow_loopback_webhooks: bool = False
    deliver_webhooks: bool = True
    webhook_transport: httpx.BaseTransport | None = None
    webhook_attempts: int = 3
    webhook_timeout: float = 10.0
    foreign_image_urls: Literal["fail", "synthesize"] = "fail"
    public_url: str | None = None
    max_artworks: int = 10_000
    max_recorded_requests: int = 1_000
    image_cache_bytes: int = 64 * 1024 * 1024
    required_scopes: Mapping[str, Scope] = field(default_factory=dict)
    asset_ttl: float = 3600.0

    def __post_init__(self) -> None:
        if not 0.0 <= self.failure_rate <= 1.0:
            raise ValueError(f"MockConfig(failure_rate={self.failure_rate!r}): must be a share between 0 and 1")
        if not self.keys:
            raise ValueError("MockConfig(keys=...): at least one API key is needed")
        for limit in ("max_artworks", "max_recorded_requests", "webhook_attempts"):
            if getattr(self, limit) < 1:
                raise ValueError(f"MockConfig({limit}={getattr(self, limit)!r}): must be >= 1")
        if not (isinstance(self.asset_ttl, int | float) and math.isfinite(self.asset_ttl) and self.asset_ttl > 0):
            raise ValueError(f"MockConfig(asset_ttl={self.asset_ttl!r}): must be a finite number of seconds > 0")
        if self.image_cache_bytes < 0:
            raise ValueError("MockConfig(image_cache_bytes=...): must be >= 0")
        if self.foreign_image_urls not in ("fail", "synthesize"):
            raise ValueError(f"MockConfig(foreign_image_urls={self.foreign_image_urls!r}): use 'fail' or 'synthesize'")
        for op_id, scope in self.required_scopes.items():
            if scope not in SCOPES:
                raise ValueError(f"MockConfig(required_scopes[{op_id!r}]={scope!r}): use one of {', '.join(SCOPES)}")
        if self.public_url is not None and not self.public_url.startswith(("http://", "https://")):
            raise ValueError(f"MockConfig(public_url={self.public_url!r}): must be an absolute http(s) URL")

    def durations_for(self, artwork_type: str) -> Durations:
        """The durations of tasks of ``artwork_type``."""
        return self.durations.get(artwork_type, self.default_durations)
