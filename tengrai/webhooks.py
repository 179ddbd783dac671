"""Webhook deliveries: verify their signature, parse their body, and sign test deliveries.

Assumption (the one place it is made): Tengr.ai documents an organization webhook secret "used to sign outbound
webhook payloads" but not the scheme. We implement the Standard Webhooks form:

* headers ``webhook-id``, ``webhook-timestamp`` (Unix seconds) and ``webhook-signature``;
* the signature is ``v1,<base64 HMAC-SHA256 of "<id>.<timestamp>.<raw body>">``; the header may hold several,
  separated by spaces (secret rotation), and one match is enough;
* the HMAC key is the secret's bytes: a ``whsec_<base64>`` secret is base64-decoded, any other (Tengr.ai hands
  out 64 hex characters) is used as its UTF-8 bytes;
* a timestamp more than ``tolerance`` seconds away from now (past or future) is rejected, which stops replays.

A secret a verifier accepts has at least `MIN_SECRET_BYTES` key bytes and no whitespace at its ends (a blank or
one-byte secret would let anyone forge a delivery; a newline read from a file would never match).

If the real scheme turns out to differ, this module is the only one to change. Always verify the raw body
bytes exactly as received: re-serialized JSON does not match the signature.
"""

from __future__ import annotations

import base64
import hashlib
import hmac
import json
import math
import re
import time
import uuid
from collections.abc import Mapping
from typing import TYPE_CHECKING

from ._exceptions import WebhookVerificationError

if TYPE_CHECKING:
    from .types import Artwork

__all__ = ["DEFAULT_TOLERANCE", "MIN_SECRET_BYTES", "parse", "sign", "unwrap", "verify"]

DEFAULT_TOLERANCE = 300
"""Seconds a delivery's timestamp may differ from the receiver's clock."""
MIN_SECRET_BYTES = 16
"""Key bytes a secret must have for `verify` (128 bits; Tengr.ai's secrets are 32 bytes, as 64 hex characters)."""
_STAMP = re.compile(r"[0-9]{1,15}")

_ID, _TIMESTAMP, _SIGNATURE = "webhook-id", "webhook-timestamp", "webhook-signature"


def _text(value: object, what: str) -> str:
    """``value`` as text: a str, or bytes holding UTF-8 (headers and secrets arrive as either)."""
    if isinstance(value, str):
        return value
    if isinstance(value, bytes | bytearray | memoryview):
        try:
            return bytes(value).decode("utf-8")
        except UnicodeDecodeError:
            raise WebhookVerificationError(f"the webhook {what} is not UTF-8 text") from None
    raise WebhookVerificationError(f"the webhook {what} must be str or bytes, not {type(value).__name__}")


def _key(secret: str | bytes) -> bytes:
    text = _text(secret, "secret")
    if not text:
        raise WebhookVerificationError("the webhook secret is empty")
    if text.startswith("whsec_"):
        try:
            key = base64.b64decode(text.removeprefix("whsec_"), validate=True)
        except ValueError as exc:
            raise WebhookVerificationError("the whsec_ webhook secret is not valid base64") from exc
        if not key:
            raise WebhookVerificationError("the whsec_ webhook secret is empty after its prefix")
        return key
    return text.encode()


def _strong_key(secret: str | bytes) -> bytes:
    """`_key`, for verifying: a secret anyone could guess, or one with whitespace at its ends, is refused."""
    key = _key(secret)
    text = _text(secret, "secret")
    if text != text.strip():
        raise WebhookVerificationError(
            "the webhook secret starts or ends with whitespace (a newline read from a file?): strip it"
        )
    if len(key) < MIN_SECRET_BYTES:
        raise WebhookVerificationError(
            f"the webhook secret has {len(key)} key byte(s); at least {MIN_SECRET_BYTES} are needed, or anyone could "
            "forge a delivery (Tengr.ai's secrets are 64 hex characters)"
        )
    return key


def _seconds(name: str, value: object, *, optional: bool) -> float | None:
    """``value`` as finite seconds (``None`` allowed when ``optional``), else `ValidationError` naming it."""
    from ._exceptions import ValidationError

    if value is None and optional:
        return None
    if isinstance(value, bool) or not isinstance(value, int | float) or not math.isfinite(value) or value < 0:
        rule = "must be a finite number of seconds >= 0" + (
            ", or None to turn the replay window off" if optional else ""
        )
        raise ValidationError(name, value, rule)
    return float(value)


def _as_bytes(payload: bytes | str) -> bytes:
    if isinstance(payload, str):
        try:
            return payload.encode()
        except UnicodeEncodeError:
            raise WebhookVerificationError(
                "the webhook payload holds a lone surrogate; pass the raw body bytes"
            ) from None
    if isinstance(payload, bytes | bytearray | memoryview):
        return bytes(payload)
    raise WebhookVerificationError(f"the webhook payload must be bytes or str, not {type(payload).__name__}")


def _signature(key: bytes, msg_id: str, timestamp: str, payload: bytes) -> str:
    digest = hmac.new(key, f"{msg_id}.{timestamp}.".encode() + payload, hashlib.sha256).digest()
    return base64.b64encode(digest).decode()


def sign(
    payload: bytes | str, secret: str | bytes, *, msg_id: str | None = None, timestamp: int | None = None
) -> dict[str, str]:
    """Headers that make ``payload`` a correctly signed delivery (for the mock server and for users' tests)."""
    msg_id = msg_id or f"msg_{uuid.uuid4().hex}"
    stamp = str(int(time.time()) if timestamp is None else timestamp)
    signature = _signature(_key(secret), msg_id, stamp, _as_bytes(payload))
    return {_ID: msg_id, _TIMESTAMP: stamp, _SIGNATURE: f"v1,{signature}"}


def verify(
    payload: bytes | str,
    headers: Mapping[str, str] | Mapping[bytes, bytes],
    secret: str | bytes,
    *,
    tolerance: float | None = DEFAULT_TOLERANCE,
    now: float | None = None,
) -> None:
    """Raise `WebhookVerificationError` unless ``payload`` carries a valid, fresh signature made with ``secret``.

    ``headers`` may be any mapping, of str or bytes (case-insensitive lookup is done here); ``secret`` may be
    str or bytes. Anything else, an empty or weak secret (fewer than `MIN_SECRET_BYTES` key bytes, whitespace at its
    ends), raises `WebhookVerificationError`. ``tolerance`` and ``now`` must be finite seconds (`ValidationError`
    otherwise: ``nan`` or ``inf`` would accept any old delivery); ``tolerance=None`` turns the replay window off,
    which is only sensible when replaying stored deliveries on purpose.
    """
    try:
        items = list(headers.items())
    except AttributeError:
        raise WebhookVerificationError(f"the webhook headers must be a mapping, not {type(headers).__name__}") from None
    lowered = {_text(k, "header name").lower(): _text(v, "header value") for k, v in items}
    missing = [name for name in (_ID, _TIMESTAMP, _SIGNATURE) if not lowered.get(name)]
    if missing:
        raise WebhookVerificationError(f"missing webhook header(s): {', '.join(missing)}")
    msg_id, stamp, signatures = lowered[_ID], lowered[_TIMESTAMP], lowered[_SIGNATURE]
    if not _STAMP.fullmatch(stamp):
        raise WebhookVerificationError(f"webhook-timestamp {stamp[:40]!r} is not a Unix timestamp")
    sent_at = int(stamp)
    window = _seconds("tolerance", tolerance, optional=True)
    if window is not None:
        skew = (time.time() if now is None else _seconds("now", now, optional=False) or 0.0) - sent_at
        if abs(skew) > window:
            direction = "old" if skew > 0 else "far in the future"
            raise WebhookVerificationError(f"webhook timestamp is too {direction} ({abs(skew):.0f}s > {window:g}s)")
    expected = _signature(_strong_key(secret), msg_id, stamp, _as_bytes(payload))
    for candidate in signatures.split():
        version, _, value = candidate.partition(",")
        if version == "v1" and hmac.compare_digest(value.encode(), expected.encode()):
            return
    raise WebhookVerificationError("no webhook signature matches the secret")


def parse(payload: bytes | str) -> Artwork:
    """Parse a delivery body (the final artwork object) without verifying it.

    Raises `WebhookVerificationError` when the body is not JSON or not an artwork object.
    """
    from ._model.artwork import Artwork as Record  # the records load with the first delivery

    try:
        data = json.loads(payload)
    except RecursionError:
        raise WebhookVerificationError("webhook body is JSON nested too deeply") from None
    except ValueError as exc:
        raise WebhookVerificationError("webhook body is not JSON") from exc
    try:
        return Record.from_dict(data)
    except RecursionError:
        raise WebhookVerificationError("webhook body is not an artwork: nested too deeply") from None
    except ValueError as exc:
        raise WebhookVerificationError(f"webhook body is not an artwork: {exc}") from exc


def unwrap(
    payload: bytes | str,
    headers: Mapping[str, str] | Mapping[bytes, bytes],
    secret: str | bytes,
    *,
    tolerance: float | None = DEFAULT_TOLERANCE,
    now: float | None = None,
) -> Artwork:
    """Verify a delivery, then parse it into an `Artwork`."""
    verify(payload, headers, secret, tolerance=tolerance, now=now)
    return parse(payload)
