"""tengrai.webhooks: Standard Webhooks signatures (sign, verify, unwrap) and parsing of deliveries."""

from __future__ import annotations

import base64
import hashlib
import hmac
import json
from typing import Any

import pytest

from tengrai import WebhookVerificationError, webhooks

SECRET = "3f4a8c1b2d6e9f0a7b5c8d1e2f4a6b8c0d2e4f6a8b0c2d4e6f8a0b2c4d6e8f0"  # the documented 64-hex form
NOW = 1_700_000_000
BODY = json.dumps(
    {
        "id": "3fa85f64-5717-4562-b3fc-2c963f66afa6",
        "artworkType": "quantum",
        "parameters": {"prompt": "a fox"},
        "duration": 4.5,
        "results": ["https://cdn.example/a.webp"],
        "status": "succeeded",
        "createdAt": "2024-07-29T15:51:28.071Z",
    }
).encode()


def signed(body: bytes = BODY, secret: str = SECRET, **kwargs: Any) -> dict[str, str]:
    return webhooks.sign(body, secret, msg_id="msg_1", timestamp=NOW, **kwargs)


def test_signature_is_hmac_sha256_over_id_timestamp_body() -> None:
    expected = hmac.new(SECRET.encode(), b"msg_1." + str(NOW).encode() + b"." + BODY, hashlib.sha256).digest()
    assert signed() == {
        "webhook-id": "msg_1",
        "webhook-timestamp": str(NOW),
        "webhook-signature": "v1," + base64.b64encode(expected).decode(),
    }


def test_a_signed_delivery_verifies_and_unwraps() -> None:
    webhooks.verify(BODY, signed(), SECRET, now=NOW + 10)
    artwork = webhooks.unwrap(BODY, signed(), SECRET, now=NOW)
    assert (artwork.id, artwork.artwork_type, artwork.status) == (
        "3fa85f64-5717-4562-b3fc-2c963f66afa6",
        "quantum",
        "succeeded",
    )
    assert artwork.results == ["https://cdn.example/a.webp"]


def test_header_names_are_case_insensitive_and_str_bodies_work() -> None:
    headers = {name.upper(): value for name, value in signed().items()}
    webhooks.verify(BODY.decode(), headers, SECRET, now=NOW)


def test_whsec_secrets_are_base64_keys() -> None:
    encoded = base64.b64encode(b"k" * 24).decode()
    headers = signed(secret="whsec_" + encoded)
    webhooks.verify(BODY, headers, "whsec_" + encoded, now=NOW)
    webhooks.verify(BODY, headers, "k" * 24, now=NOW)  # the same key bytes, given raw
    with pytest.raises(WebhookVerificationError, match="no webhook signature matches"):
        webhooks.verify(BODY, headers, encoded, now=NOW)


def test_any_one_of_several_signatures_may_match() -> None:
    headers = signed()
    other = signed(secret="old-secret")["webhook-signature"]
    headers["webhook-signature"] = f"{other} v2,ignored {headers['webhook-signature']}"
    webhooks.verify(BODY, headers, SECRET, now=NOW)


@pytest.mark.parametrize(
    ("mutate", "message"),
    [
        (lambda h, b: (h, b + b" "), "no webhook signature matches"),
        (lambda h, b: ({**h, "webhook-id": "msg_2"}, b), "no webhook signature matches"),
        (lambda h, b: ({**h, "webhook-timestamp": str(NOW + 1)}, b), "no webhook signature matches"),
        (lambda h, b: ({**h, "webhook-signature": "v1,AAAA"}, b), "no webhook signature matches"),
        (lambda h, b: ({**h, "webhook-signature": h["webhook-signature"].replace("v1,", "v2,")}, b), "no webhook"),
        (lambda h, b: ({k: v for k, v in h.items() if k != "webhook-signature"}, b), "missing webhook header"),
        (lambda h, b: ({k: v for k, v in h.items() if k != "webhook-id"}, b), "missing webhook header"),
        (lambda h, b: ({**h, "webhook-timestamp": "yesterday"}, b), "not a Unix timestamp"),
    ],
    ids=["body", "id", "timestamp", "signature", "version", "no-signature", "no-id", "bad-timestamp"],
)
def test_tampered_deliveries_are_rejected(mutate: Any, message: str) -> None:
    headers, body = mutate(signed(), BODY)
    with pytest.raises(WebhookVerificationError, match=message):
        webhooks.verify(body, headers, SECRET, now=NOW)


@pytest.mark.parametrize(("skew", "word"), [(301, "old"), (-301, "future")])
def test_timestamps_outside_the_tolerance_are_rejected(skew: int, word: str) -> None:
    with pytest.raises(WebhookVerificationError, match=word):
        webhooks.verify(BODY, signed(), SECRET, now=NOW + skew)
    webhooks.verify(BODY, signed(), SECRET, now=NOW + skew, tolerance=None)
    webhooks.verify(BODY, signed(), SECRET, now=NOW + skew, tolerance=abs(skew))


def test_an_empty_secret_is_refused() -> None:
    with pytest.raises(WebhookVerificationError, match="secret is empty"):
        webhooks.verify(BODY, signed(), "", now=NOW)


@pytest.mark.parametrize("body", [b"not json", b"[]", b'{"id": 3}'])
def test_parse_rejects_bodies_that_are_not_artworks(body: bytes) -> None:
    with pytest.raises(WebhookVerificationError, match="webhook body is not"):
        webhooks.parse(body)


# ---------------------------------------------------------------------------------------------- hostile input


def empty_key_signature() -> str:
    """What a forger signs with when the secret is empty."""
    return base64.b64encode(hmac.new(b"", b"msg_1.%d." % NOW + BODY, "sha256").digest()).decode()


@pytest.mark.parametrize("secret", ["whsec_", "", b"", b"whsec_"])
def test_an_empty_secret_is_refused_not_used_as_an_empty_hmac_key(secret: str | bytes) -> None:
    forged = {
        "webhook-id": "msg_1",
        "webhook-timestamp": str(NOW),
        "webhook-signature": "v1,"
        + base64.b64encode(hmac.new(b"", b"msg_1.%d." % NOW + BODY, "sha256").digest()).decode(),
    }
    with pytest.raises(WebhookVerificationError, match="empty"):
        webhooks.verify(BODY, forged, secret, now=NOW)


def test_bytes_headers_and_secret_verify_like_text() -> None:
    headers = {k.encode(): v.encode() for k, v in signed().items()}
    webhooks.verify(BODY, headers, SECRET.encode(), now=NOW)


@pytest.mark.parametrize(
    ("headers", "secret"),
    [
        ({b"webhook-id": b"\xff"}, SECRET),
        ({"webhook-id": 5, "webhook-timestamp": NOW, "webhook-signature": None}, SECRET),
        ([("webhook-id", "msg_1")], SECRET),
        (None, b"\xff\xfe"),
        (None, 123),
    ],
)
def test_odd_headers_or_secrets_raise_verification_errors(headers: Any, secret: Any) -> None:
    if headers is None:
        headers = signed()
    with pytest.raises(WebhookVerificationError):
        webhooks.verify(BODY, headers, secret, now=NOW)


@pytest.mark.parametrize("secret", [" ", "\n", "\t \n", "whsec_AA==", "x", "short-secret", b"0123456789abcde"])
def test_a_secret_anyone_could_guess_is_refused_even_when_the_signature_matches(secret: str | bytes) -> None:
    forged = webhooks.sign(BODY, secret, msg_id="msg_1", timestamp=NOW)  # what a forger guessing it would send
    with pytest.raises(WebhookVerificationError, match=f"at least {webhooks.MIN_SECRET_BYTES} are needed|whitespace"):
        webhooks.verify(BODY, forged, secret, now=NOW)


def test_a_secret_with_a_newline_at_its_end_is_refused_with_what_to_do() -> None:
    with pytest.raises(WebhookVerificationError, match=r"ends with whitespace .*strip it"):
        webhooks.verify(BODY, signed(), SECRET + "\n", now=NOW)


def test_a_secret_of_sixteen_key_bytes_verifies() -> None:
    secret = "whsec_" + base64.b64encode(b"k" * webhooks.MIN_SECRET_BYTES).decode()
    webhooks.verify(BODY, signed(secret=secret), secret, now=NOW)


@pytest.mark.parametrize("tolerance", [float("nan"), float("inf"), -1, True, "300"])
def test_a_tolerance_that_is_not_finite_seconds_is_refused(tolerance: Any) -> None:
    from tengrai import ValidationError

    day_old = NOW + 86_400
    with pytest.raises(ValidationError, match=r"tolerance.*finite number of seconds"):
        webhooks.verify(BODY, signed(), SECRET, now=day_old, tolerance=tolerance)


@pytest.mark.parametrize("now", [float("nan"), float("inf")])
def test_a_now_that_is_not_finite_is_refused(now: float) -> None:
    from tengrai import ValidationError

    with pytest.raises(ValidationError, match="now"):
        webhooks.verify(BODY, signed(), SECRET, now=now)


@pytest.mark.parametrize("stamp", ["1_700_000_000", " 1700000000", "+1700000000", "9" * 5000])
def test_a_timestamp_that_is_not_plain_digits_is_refused(stamp: str) -> None:
    headers = {**signed(), "webhook-timestamp": stamp}
    with pytest.raises(WebhookVerificationError, match="is not a Unix timestamp"):
        webhooks.verify(BODY, headers, SECRET, now=NOW)


def test_a_deeply_nested_body_is_a_verification_error_not_a_recursion_error() -> None:
    body = b'{"id": ' + b"[" * 200_000 + b"]" * 200_000 + b"}"
    with pytest.raises(WebhookVerificationError, match="nested too deeply"):
        webhooks.unwrap(body, signed(body), SECRET, now=NOW)
