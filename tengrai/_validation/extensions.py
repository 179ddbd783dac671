"""The spec's ``x-`` rules: word limits, the webhook policy, the pixel area (with the sizes of the aspect ratios)
and the seed transform.

* ``x-max-words``: a longer prompt is truncated by the server: `TruncationWarning`, or an error when strict.
* ``x-webhook-policy: https-public-host``: the webhook's host must be publicly routable (`tengrai._netcheck`).
* ``x-max-pixel-area`` (and ``x-max-pixel-area-with``: the larger area a boolean field such as
  ``highResolution`` allows): width x height of a custom size; the message suggests the aspect ratio of the
  closest ``x-sizes`` entry.
* ``x-seed-transform``: the seed the server submits, ``floor(seed * multiplier) + offset``.
"""

from __future__ import annotations

import math
import os
import sys
import warnings
from collections.abc import Mapping
from typing import Any, Final

from .. import _netcheck
from .._exceptions import ValidationError
from .messages import number, sdk_own_note
from .rules import Rules

__all__ = [
    "TruncationWarning",
    "check_pixel_area",
    "check_webhook_policy",
    "check_words",
    "policy_rule",
    "seed_transform",
    "word_count",
]

_PACKAGE_DIR: Final = os.path.dirname(os.path.dirname(os.path.abspath(__file__))) + os.sep


class TruncationWarning(UserWarning):
    """A prompt is longer than its documented word limit; the server will drop the words past the limit.

    Pass ``strict=True`` (to the client or to `build_request_body`) to get a `ValidationError` instead, or turn
    the warning into an error with ``warnings.simplefilter("error", TruncationWarning)``.
    """


TruncationWarning.__module__ = "tengrai.validation"  # where users import it from


def word_count(text: str) -> int:
    """The number of words in ``text`` as the word limits (`x-max-words`) count them.

    The API does not document its tokenisation; a word here is a run of non-whitespace characters, which is
    what "limited to N words" means for ordinary prose.
    """
    return len(text.split())


def check_words(rules: Rules, value: str, *, strict: bool) -> None:
    """``x-max-words``: raise (strict) or warn (`TruncationWarning`) when ``value`` has more words."""
    assert rules.max_words is not None
    words = value.split()
    if len(words) <= rules.max_words:
        return
    dropped = " ".join(words[rules.max_words : rules.max_words + 6])
    if len(words) > rules.max_words + 6:
        dropped += " ..."
    if strict:
        raise rules.error(
            value,
            f"has {len(words)} words; {rules.owner} reads at most {rules.max_words} (x-max-words) and would "
            f"truncate the rest, starting at {dropped!r}",
        )
    warnings.warn(
        TruncationWarning(
            f"{rules.api_name} has {len(words)} words but {rules.owner} reads at most {rules.max_words} "
            f"(x-max-words): the server will drop everything from {dropped!r} on. Shorten it, or pass "
            "strict=True to make this an error."
        ),
        stacklevel=_caller_stacklevel(),
    )


def _caller_stacklevel() -> int:
    """The `warnings.warn` stacklevel of the first frame outside this package (the user's call)."""
    frame = sys._getframe(1)
    level = 1
    while frame.f_back is not None and frame.f_code.co_filename.startswith(_PACKAGE_DIR):
        frame = frame.f_back
        level += 1
    return level


def policy_rule(rules: Rules, problem: str) -> str:
    """The rule a URL breaks under ``x-webhook-policy``, with the ``problem`` found."""
    own = sdk_own_note("x-webhook-policy") if "x-webhook-policy" in rules.sdk_own else ""
    return f"must be an HTTPS URL of a publicly routable host (x-webhook-policy {rules.webhook_policy}): {problem}{own}"


def check_webhook_policy(rules: Rules, value: str) -> None:
    """``x-webhook-policy: https-public-host`` (the one policy; `rules.build_rules` refuses others)."""
    parts = _netcheck.split_url(value)
    if isinstance(parts, str):  # pragma: no cover - the format uri check ran first
        raise rules.error(value, policy_rule(rules, parts))
    if parts.scheme != "https":
        raise rules.error(value, policy_rule(rules, f"the scheme is {parts.scheme!r}, not https"))
    problem = _netcheck.public_host_problem(parts.host)
    if problem is not None:
        raise rules.error(value, policy_rule(rules, problem))


def check_pixel_area(
    title: str,
    limits: tuple[int, Mapping[str, int]],
    ratio: Rules | None,
    body: Mapping[str, Any],
) -> None:
    """``x-max-pixel-area`` of an operation (``title``) with the larger areas of ``x-max-pixel-area-with``
    (``limits``), for the ``width`` and ``height`` of ``body``; ``ratio`` is its aspect-ratio field, if any."""
    width, height = body["width"], body["height"]
    limit, because = limits[0], "x-max-pixel-area"
    for flag, larger in limits[1].items():
        if body.get(flag) is True and larger > limit:
            limit, because = larger, f"x-max-pixel-area-with, as {flag} is true"
    area = width * height
    if area <= limit:
        return
    side = math.isqrt(limit)
    rule = (
        f"with height={height}, width x height = {number(area)} pixels exceeds the documented maximum pixel area "
        f"{limit:,} of {title} ({because}; e.g. {side} x {side})"
    )
    for flag, larger in limits[1].items():
        if body.get(flag) is not True and area <= larger:
            rule += f"; {flag}=True allows up to {larger:,}"
    if ratio is not None and ratio.sizes:
        name, (ratio_width, ratio_height) = min(
            ratio.sizes.items(),
            key=lambda item: abs(math.log(item[1][0] / item[1][1]) - math.log(width / height)),
        )
        rule += f"; for best quality use {ratio.api_name} {name!r} ({ratio_width} x {ratio_height}) instead"
    raise ValidationError("width", width, rule)


def seed_transform(value: int, transform: Mapping[str, Any]) -> int:
    """``floor(value * multiplier) + offset`` of ``x-seed-transform``, the multiplier applied exactly (as the
    decimal written in the spec), so large seeds suffer no float rounding."""
    from fractions import Fraction  # imported here: only this helper needs it

    return math.floor(value * Fraction(str(transform["multiplier"]))) + int(transform["offset"])
