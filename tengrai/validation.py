"""Validation of request arguments before anything is sent, with every rule read from the OpenAPI description.

`build_request_body` turns the snake_case keyword arguments of a create call into the camelCase JSON body and
checks them against the operation's request schema: unknown fields (with a did-you-mean), types, enum membership
(with a did-you-mean), integer ranges, string lengths, patterns, absolute http(s) URLs, required fields,
`dependentRequired` (width and height together), `multipleOf`, arrays (`items`, `minItems`, `maxItems`), nested
objects, the `if`/`then` rules of an `allOf` (fields required, or values allowed, when another field has a given
value) and the `x-` extensions of the spec: `x-max-pixel-area` (and `x-max-pixel-area-with`, the larger area a
boolean field such as ``highResolution`` allows), `x-max-words`, `x-webhook-policy` and `x-sdk-max-length` (a
limit of the SDK's own, not of the API); `x-sdk-own` names rule keywords that are the SDK's reading rather than
documented, and their messages say so. Nothing here restates a documented value: ranges, enums, limits and defaults
come from the spec as ``make generate`` compiled it (`tengrai._compiled`), so a spec change plus ``make generate``
updates the checks. A schema keyword the checks do not understand makes them fail loudly (NotImplementedError)
instead of silently skipping a rule. The checks themselves are in ``tengrai._validation``, one concern per module.

Every broken rule raises `tengrai.ValidationError` naming the API field (camelCase), the value and the rule.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from ._validation import requests, scalars
from ._validation.extensions import TruncationWarning, seed_transform, word_count

__all__ = [
    "TruncationWarning",
    "aspect_ratio_size",
    "build_request_body",
    "check_parameters",
    "check_webhook_url",
    "transformed_seed",
    "word_count",
]


def build_request_body(
    operation_id: str, params: Mapping[str, Any], *, strict: bool = False, local_api: bool = False
) -> dict[str, Any]:
    """Check the arguments of a create call and return its JSON body.

    Args:
        operation_id: the spec's operation id (``"create_quantum_artwork"``) or its short resource name
            (``"quantum"``, ``"selena_variete"``, ``"face_refiner"``).
        params: the arguments with snake_case keys (``negative_prompt``, ``aspect_ratio``, ``image_url``, ...).
            A value of None means "not given" and is left out of the body, so the server applies its default.
        strict: raise a `ValidationError` for a prompt over its word limit instead of warning
            (`TruncationWarning`).
        local_api: the request goes to a server on this machine (a mock): webhook URLs on loopback
            (``http://127.0.0.1:9000/hook``) are accepted, so deliveries can be received locally.

    Returns:
        The body with the API's camelCase keys, holding only the given fields (the defaults are the server's).

    Raises:
        ValidationError: an argument breaks a documented rule (the error names the camelCase field, the value and
            the rule).
        ValueError: ``operation_id`` names no operation with a JSON request body.
    """
    return requests.build_request_body(operation_id, params, strict=strict, local_api=local_api)


def check_parameters(operation_id: str, values: Mapping[str, Any]) -> dict[str, Any]:
    """Check path or query arguments of an operation (by wire name; None = not given) against the rules of their
    parameter schemas (type, range, enum, ...); returns the given ones, ready to send. Raises `ValidationError`."""
    return requests.check_parameters(operation_id, values)


def check_webhook_url(url: str) -> None:
    """Raise `ValidationError` unless ``url`` is a webhook URL the API accepts.

    The rules are those of the spec's ``Webhook`` schema: at most ``maxLength`` characters, an absolute URI,
    the ``^https://`` pattern, and the ``https-public-host`` policy: the host must be publicly routable, so
    loopback, private (RFC 1918), carrier-grade NAT, link-local, unique-local, multicast, unspecified, reserved,
    documentation and cloud-metadata addresses are rejected, also when disguised (decimal, hex, octal or
    shortened IPv4; IPv4 inside IPv6; percent-encoded or IDNA names; a trailing dot), as are ``localhost`` and
    other local-only names (``*.localhost``, ``.local``, ``.internal``, single-label names).

    No DNS lookup is made: a public-looking name that resolves to a private address is only caught by the
    server.
    """
    scalars.check(requests.component_rules("Webhook", "webhook"), url, strict=True)


def transformed_seed(seed: int) -> int:
    """The seed the server submits for ``seed``: ``floor(seed * multiplier) + offset`` (`x-seed-transform`).

    The multiplier is applied exactly (as the decimal written in the spec), so large seeds suffer no float
    rounding. Raises `ValidationError` for a seed outside the documented range.
    """
    from ._compiled import SCALARS

    value: int = scalars.check(requests.component_rules("Seed", "seed"), seed, strict=True)
    return seed_transform(value, SCALARS["Seed"]["x-seed-transform"])


def aspect_ratio_size(aspect_ratio: str | None = None, *, operation_id: str) -> tuple[int, int]:
    """The ``(width, height)`` in pixels that an aspect ratio gives for an operation (`x-sizes` of its enum).

    Args:
        aspect_ratio: one of the operation's aspect ratios (``"16:9"``); None gives the size used when neither
            an aspect ratio nor a size is given (`x-default`).
        operation_id: the operation id or its short resource name (``"quantum"``, ``"selena_variete"``); the
            families have different ratio lists and sizes.

    Raises:
        ValidationError: the ratio is not one of the operation's (with a did-you-mean).
        ValueError: the operation is unknown or takes no aspect ratio.
    """
    plan = requests.plan(requests.operation_id(operation_id))
    field = plan.ratio
    if field is None or field.sizes is None:
        raise ValueError(f"{plan.title} ({plan.operation_id}) takes no aspect ratio")
    if aspect_ratio is None:
        if field.default_ratio is None:
            raise ValueError(f"the spec gives {plan.title} no default aspect ratio (x-default)")
        aspect_ratio = field.default_ratio
    ratio: str = scalars.check(field, aspect_ratio, strict=True)
    return field.sizes[ratio]
