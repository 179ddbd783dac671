# Generated from openapi/tengrai.yaml by `make generate` (openapi/generate_sdk.py) — do not edit.
"""The answers of the plain request operations as typed, immutable records (see `tengrai._model.base.Record`).

One record per answer object of the spec: its properties as snake_case attributes (a property the answer may leave
out is None), unknown fields kept in ``extra`` and ``to_dict()``; properties marked ``x-secret`` never appear in
the repr; ``from_dict`` parses an answer (each class's ``_parse``). `RECORDS` maps each component name to its record.
"""

from __future__ import annotations

import dataclasses
import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar

from .._assets import ImageAssetMixin
from .base import Record, array, boolean, check_object, date_time, number, optional, string

if TYPE_CHECKING:
    from .._literals import (
        ApiKeyEnvironment,
        ApiKeyScope,
        ApiKeyStatus,
    )

__all__ = [
    "RECORDS",
    "ApiKey",
    "ApiKeyRevocation",
    "ImageAsset",
    "TextcraftAnswer",
    "WebhookSecret",
]


@dataclasses.dataclass(frozen=True, slots=True, repr=False)
class ApiKey(Record):
    """An API key record. `apiKey`, the full key, is present only in the answer that created the key.

    Attributes:
        key_id: ``keyId``: The key's id, used to revoke it (not the key itself).
        key_prefix: ``keyPrefix``: The first 10 characters of the key (to recognise it later).
        label: ``label``.
        scope: ``scope``.
        environment: ``environment``.
        credits: ``credits``.
        status: ``status``.
        usage_count: ``usageCount``.
        last_used_at: ``lastUsedAt``.
        expires_at: ``expiresAt``.
        created_at: ``createdAt``.
        api_key: ``apiKey``: The full key (only in the answer that created the key). Hidden from the repr.
    """

    _component: ClassVar[str] = "ApiKey"
    _wires: ClassVar[frozenset[str]] = frozenset(
        {
            "apiKey",
            "createdAt",
            "credits",
            "environment",
            "expiresAt",
            "keyId",
            "keyPrefix",
            "label",
            "lastUsedAt",
            "scope",
            "status",
            "usageCount",
        }
    )
    _secrets: ClassVar[Mapping[str, str]] = {"api_key": "apiKey"}

    key_id: str
    key_prefix: str
    label: str
    scope: ApiKeyScope
    environment: ApiKeyEnvironment
    credits: float
    status: ApiKeyStatus
    usage_count: float
    last_used_at: datetime.datetime | None
    expires_at: datetime.datetime | None
    created_at: datetime.datetime
    api_key: str | None = None
    _source: Mapping[str, Any] = dataclasses.field(default_factory=dict, compare=False)

    @staticmethod
    def _parse(data: Any) -> dict[str, Any]:
        data = check_object(data, "ApiKey")
        return {
            "key_id": string(data, "keyId"),
            "key_prefix": string(data, "keyPrefix"),
            "label": string(data, "label"),
            "scope": string(data, "scope"),
            "environment": string(data, "environment"),
            "credits": number(data, "credits"),
            "status": string(data, "status"),
            "usage_count": number(data, "usageCount"),
            "last_used_at": optional(date_time, data, "lastUsedAt", "null or string", required=True, nullable=True),
            "expires_at": optional(date_time, data, "expiresAt", "null or string", required=True, nullable=True),
            "created_at": date_time(data, "createdAt"),
            "api_key": optional(string, data, "apiKey", "string", required=False, nullable=False),
        }


@dataclasses.dataclass(frozen=True, slots=True, repr=False)
class ApiKeyRevocation(Record):
    """The answer to a revocation.

    Attributes:
        success: ``success``.
        message: ``message``.
    """

    _component: ClassVar[str] = "ApiKeyRevocation"
    _wires: ClassVar[frozenset[str]] = frozenset({"message", "success"})
    _secrets: ClassVar[Mapping[str, str]] = {}

    success: bool
    message: str
    _source: Mapping[str, Any] = dataclasses.field(default_factory=dict, compare=False)

    @staticmethod
    def _parse(data: Any) -> dict[str, Any]:
        data = check_object(data, "ApiKeyRevocation")
        return {
            "success": boolean(data, "success"),
            "message": string(data, "message"),
        }


@dataclasses.dataclass(frozen=True, slots=True, repr=False)
class ImageAsset(ImageAssetMixin, Record):
    """An image made by a synchronous Style DNA operation: its URL works until `expiresAt`.

    Attributes:
        image_url: ``imageUrl``: URL of the image; it stops working at `expiresAt`.
        expires_at: ``expiresAt``: When the image URL expires.
        credits_used: ``creditsUsed``: Credits the call used.
    """

    _component: ClassVar[str] = "ImageAsset"
    _wires: ClassVar[frozenset[str]] = frozenset({"creditsUsed", "expiresAt", "imageUrl"})
    _secrets: ClassVar[Mapping[str, str]] = {}

    image_url: str
    expires_at: datetime.datetime
    credits_used: float
    _source: Mapping[str, Any] = dataclasses.field(default_factory=dict, compare=False)

    @staticmethod
    def _parse(data: Any) -> dict[str, Any]:
        data = check_object(data, "ImageAsset")
        return {
            "image_url": string(data, "imageUrl"),
            "expires_at": date_time(data, "expiresAt"),
            "credits_used": number(data, "creditsUsed"),
        }


@dataclasses.dataclass(frozen=True, slots=True, repr=False)
class TextcraftAnswer(Record):
    """The answer of Textcraft (the 1.x page's fields and the V2 `Text2TextResponse` schema's).

    Attributes:
        text: ``text``: The model's text.
        credits_used: ``creditsUsed``: Credits the call used.
        reasoning: ``reasoning``: The model's reasoning (with thinking, on models that support it).
        tokens: ``tokens``: Tokens used, input and output.
        tool_calls: ``toolCalls``: Tools the model called.
    """

    _component: ClassVar[str] = "TextcraftAnswer"
    _wires: ClassVar[frozenset[str]] = frozenset({"creditsUsed", "reasoning", "text", "tokens", "toolCalls"})
    _secrets: ClassVar[Mapping[str, str]] = {}

    text: str
    credits_used: float
    reasoning: str | None = None
    tokens: float | None = None
    tool_calls: list[Any] | None = None
    _source: Mapping[str, Any] = dataclasses.field(default_factory=dict, compare=False)

    @staticmethod
    def _parse(data: Any) -> dict[str, Any]:
        data = check_object(data, "TextcraftAnswer")
        return {
            "text": string(data, "text"),
            "credits_used": number(data, "creditsUsed"),
            "reasoning": optional(string, data, "reasoning", "string", required=False, nullable=False),
            "tokens": optional(number, data, "tokens", "number", required=False, nullable=False),
            "tool_calls": optional(array, data, "toolCalls", "array", required=False, nullable=False),
        }


@dataclasses.dataclass(frozen=True, slots=True, repr=False)
class WebhookSecret(Record):
    """A freshly generated webhook secret.

    Attributes:
        secret: ``secret``: The secret: 32 random bytes as 64 lowercase hex characters. Used to sign webhook deliveries;
            the receiver verifies them with the same value (`tengrai.webhooks.verify`). Hidden from the repr.
    """

    _component: ClassVar[str] = "WebhookSecret"
    _wires: ClassVar[frozenset[str]] = frozenset({"secret"})
    _secrets: ClassVar[Mapping[str, str]] = {"secret": "secret"}

    secret: str
    _source: Mapping[str, Any] = dataclasses.field(default_factory=dict, compare=False)

    @staticmethod
    def _parse(data: Any) -> dict[str, Any]:
        data = check_object(data, "WebhookSecret")
        return {
            "secret": string(data, "secret"),
        }


RECORDS: dict[str, type[Record]] = {
    "ApiKey": ApiKey,
    "ApiKeyRevocation": ApiKeyRevocation,
    "ImageAsset": ImageAsset,
    "TextcraftAnswer": TextcraftAnswer,
    "WebhookSecret": WebhookSecret,
}
"""Component name -> its record."""
