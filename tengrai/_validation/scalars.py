"""One value against its `Rules`: JSON type, enum, ranges, ``multipleOf``, lengths, patterns, URIs, arrays, objects.

`check` returns the value as it goes into the JSON body (a StrEnum member as its plain string, ``1024.0`` as
``1024``) or raises `tengrai.ValidationError` naming the field, the value and the rule. The spec's ``x-`` rules
on strings (word limits, the webhook policy) are in `extensions`.
"""

from __future__ import annotations

import math
import numbers
from collections.abc import Mapping
from typing import Any

from .. import _fields, _netcheck
from .._exceptions import ValidationError
from . import extensions
from .messages import local_file_hint, number, sdk_own_note, suggest, type_name
from .rules import Rules

__all__ = ["check"]


def check(rules: Rules, value: Any, *, strict: bool, local_api: bool = False) -> Any:
    """Validate one given value and return it as it goes into the JSON body.

    With ``local_api`` (the client talks to a server on this machine, such as the mock), a webhook URL on
    loopback passes, so deliveries can be received and verified locally.
    """
    if local_api and rules.webhook_policy is not None and isinstance(value, str) and _netcheck.loopback_url(value):
        return value
    kind = rules.json_type
    if kind == "string":
        value = _string(rules, value, strict=strict)
    elif kind in ("integer", "number"):
        value = _integer(rules, value) if kind == "integer" else _number(rules, value)
        _check_range(rules, value)
    elif kind == "array":
        value = _array(rules, value, strict=strict)
    elif kind == "object":
        value = _object(rules, value, strict=strict)
    elif not isinstance(value, bool):  # boolean
        raise rules.error(value, f"must be a boolean (True or False), not {type_name(value)}")
    if rules.enum_set is not None and value not in rules.enum_set:
        raise _enum_error(rules, value)
    return value


def _string(rules: Rules, value: Any, *, strict: bool) -> str:
    if not isinstance(value, str):
        raise rules.error(value, f"must be a string, not {type_name(value)}")
    # a StrEnum member or other str subclass: send its plain value
    text = value if type(value) is str else str.__str__(value)
    if not text.isascii():
        _check_encodable(rules, text)
    if rules.webhook_policy is not None and text[:8].lower() == "https://":
        text = "https://" + text[8:]  # schemes are case-insensitive (RFC 3986): send the usual spelling
    _check_length(rules, text)
    if rules.uri:
        _check_uri(rules, text)
    if rules.pattern is not None and rules.pattern.search(text) is None:
        raise rules.error(text, _pattern_rule(rules, text))
    if rules.webhook_policy is not None:
        extensions.check_webhook_policy(rules, text)
    # A string of at most 2n characters cannot hold more than n words: skip counting the common case.
    if rules.max_words is not None and len(text) > 2 * rules.max_words:
        extensions.check_words(rules, text, strict=strict)
    return text


def _check_encodable(rules: Rules, value: str) -> None:
    try:
        value.encode("utf-8")
    except UnicodeEncodeError as exc:
        char = value[exc.start]
        raise rules.error(
            value,
            f"contains a lone surrogate {char!r} at position {exc.start} (half of a broken character, often "
            "from text decoded with errors='surrogateescape'), which cannot be sent as UTF-8 JSON",
        ) from None


def _check_length(rules: Rules, value: str) -> None:
    if rules.min_length is not None and len(value) < rules.min_length:
        raise rules.error(value, f"is shorter than the documented minLength {rules.min_length} characters")
    if rules.max_length is not None and len(value) > rules.max_length:
        raise rules.error(value, f"is {len(value):,} characters long; the documented maxLength is {rules.max_length:,}")
    if rules.sdk_max_length is not None and len(value) > rules.sdk_max_length:
        raise rules.error(
            value,
            f"is {len(value):,} characters long; the SDK's limit is {rules.sdk_max_length:,} "
            "(x-sdk-max-length: a sanity limit of this SDK, not a documented API rule)",
        )


def _check_uri(rules: Rules, value: str) -> None:
    problem = _netcheck.url_problem(value)
    if problem is None:
        return
    if rules.webhook_policy is not None:
        host_problem = _netcheck.disguised_host_problem(value)
        if host_problem is not None:
            raise rules.error(value, extensions.policy_rule(rules, host_problem))
    hint = local_file_hint(value) if rules.webhook_policy is None else ""
    raise rules.error(value, f"must be an absolute http(s) URL (format uri): {problem}{hint}")


def _pattern_rule(rules: Rules, value: str) -> str:
    pattern = rules.pattern.pattern if rules.pattern else ""
    if "pattern" in rules.sdk_own:
        rule = f"must match the pattern {pattern!r}{sdk_own_note('pattern')}"
    else:
        rule = f"must match the documented pattern {pattern!r}"
    if rules.webhook_policy is not None:
        scheme = value.partition(":")[0]
        if scheme.lower() == "https":
            return f"{rule}: write the scheme in lower case ('https://', not {scheme + '://'!r})"
        return f"{rule}: webhooks are delivered over HTTPS only (got scheme {scheme!r})"
    return rule


def _integer(rules: Rules, value: Any) -> int:
    if isinstance(value, bool):
        raise rules.error(value, "must be an integer, not a bool")
    if isinstance(value, numbers.Integral):
        return int(value)
    if isinstance(value, float) and value.is_integer():
        return int(value)  # JSON Schema counts 1024.0 as an integer; send it as 1024
    raise rules.error(value, f"must be an integer, not {type_name(value)}")


def _number(rules: Rules, value: Any) -> float | int:
    if isinstance(value, bool) or not isinstance(value, numbers.Real):
        raise rules.error(value, f"must be a number, not {type_name(value)}")
    if isinstance(value, numbers.Integral):
        return int(value)
    as_float = float(value)
    if not math.isfinite(as_float):
        raise rules.error(value, "must be a finite number (JSON has no NaN or infinity)")
    return as_float


def _range_text(rules: Rules) -> str:
    if rules.minimum is not None and rules.maximum is not None:
        return f" (documented range {number(rules.minimum)}..{number(rules.maximum)} for {rules.owner})"
    return f" (for {rules.owner})"


def _check_range(rules: Rules, value: float) -> None:
    if rules.minimum is not None and value < rules.minimum:
        if "minimum" in rules.sdk_own:
            raise rules.error(value, f"is below the minimum {number(rules.minimum)}{sdk_own_note('minimum')}")
        raise rules.error(value, f"is below the documented minimum {number(rules.minimum)}{_range_text(rules)}")
    if rules.maximum is not None and value > rules.maximum:
        if "maximum" in rules.sdk_own:
            raise rules.error(value, f"is above the maximum {number(rules.maximum)}{sdk_own_note('maximum')}")
        raise rules.error(value, f"is above the documented maximum {number(rules.maximum)}{_range_text(rules)}")
    if rules.exclusive_minimum is not None and value <= rules.exclusive_minimum:
        raise rules.error(value, f"must be greater than {number(rules.exclusive_minimum)} (exclusiveMinimum)")
    if rules.exclusive_maximum is not None and value >= rules.exclusive_maximum:
        raise rules.error(value, f"must be less than {number(rules.exclusive_maximum)} (exclusiveMaximum)")
    if rules.multiple_of is not None and not _is_multiple(value, rules.multiple_of):
        raise rules.error(
            value, f"must be a multiple of {number(rules.multiple_of)} (documented multipleOf for {rules.owner})"
        )


def _is_multiple(value: float, step: float) -> bool:
    """Whether ``value`` is a whole multiple of ``step``, exactly (0.3 is a multiple of 0.1)."""
    from fractions import Fraction  # imported here: only multipleOf rules need it

    return (Fraction(str(value)) / Fraction(str(step))).denominator == 1


def _array(rules: Rules, value: Any, *, strict: bool) -> list[Any]:
    if isinstance(value, str | bytes | Mapping) or not isinstance(value, list | tuple):
        raise rules.error(value, f"must be a list (JSON array), not {type_name(value)}")
    count = len(value)
    if rules.min_items is not None and rules.min_items == rules.max_items and count != rules.min_items:
        raise rules.error(value, f"must hold exactly {rules.min_items} items, not {count} (minItems/maxItems)")
    if rules.min_items is not None and count < rules.min_items:
        raise rules.error(value, f"has {count} items; the documented minItems is {rules.min_items}")
    if rules.max_items is not None and count > rules.max_items:
        raise rules.error(value, f"has {count} items; the documented maxItems is {rules.max_items}")
    checked = []
    for index, item in enumerate(value):
        if rules.items is None:
            checked.append(item)
            continue
        try:
            checked.append(check(rules.items, item, strict=strict))
        except ValidationError as error:
            place = f"{rules.api_name}[{index}]" + error.field.removeprefix(rules.items.api_name)
            raise ValidationError(place, error.value, error.rule) from None
    if rules.unique_items:
        seen: list[Any] = []
        for index, item in enumerate(checked):
            if item in seen:
                raise ValidationError(f"{rules.api_name}[{index}]", item, "repeats an earlier item (uniqueItems)")
            seen.append(item)
    return checked


def _object(rules: Rules, value: Any, *, strict: bool) -> dict[str, Any]:
    if not isinstance(value, Mapping):
        raise rules.error(value, f"must be a mapping (JSON object), not {type_name(value)}")
    members = rules.members or {}
    checked: dict[str, Any] = {}
    for key, item in value.items():
        member = members.get(key) if isinstance(key, str) else None
        if member is None and isinstance(key, str) and rules.any_values:
            checked[key] = json_value(f"{rules.api_name}.{key}", item)
            continue
        if member is None and isinstance(key, str) and rules.additional is not None:
            member = rules.additional  # a map: every key follows the additionalProperties schema
        elif member is None:
            known = ", ".join(members) or "none"
            rule = "keys must be strings" if rules.any_values or rules.additional else f"known keys: {known}"
            own = sdk_own_note("additionalProperties: false") if "additionalProperties" in rules.sdk_own else ""
            raise rules.error(value, f"has the unknown key {key!r}; {rule}{own}")
        elif item is None:
            continue
        try:
            checked[key] = check(member, item, strict=strict)
        except ValidationError as error:
            inner = error.field.removeprefix(member.api_name) if member is rules.additional else error.field
            place = f"{rules.api_name}.{key}{inner}" if member is rules.additional else f"{rules.api_name}.{inner}"
            raise ValidationError(place, error.value, error.rule) from None
    for key in rules.members_required:
        if key not in checked:
            raise rules.error(value, f"needs the key {key!r} (required)")
    return checked


def json_value(place: str, value: Any) -> Any:
    """``value`` as JSON (``additionalProperties: true``): strings, finite numbers, booleans, null, lists and
    objects with string keys, all the way down; anything else is refused naming ``place``."""
    if value is None or isinstance(value, str | bool | int):
        return value
    if isinstance(value, float):
        if not math.isfinite(value):
            raise ValidationError(place, value, "must be a finite number (JSON has no NaN or infinity)")
        return value
    if isinstance(value, list | tuple):
        return [json_value(f"{place}[{index}]", item) for index, item in enumerate(value)]
    if isinstance(value, Mapping):
        for key in value:
            if not isinstance(key, str):
                raise ValidationError(place, value, f"has the key {key!r}: JSON object keys must be strings")
        return {key: json_value(f"{place}.{key}", item) for key, item in value.items()}
    raise ValidationError(
        place, value, f"must be a JSON value (string, number, boolean, None, list or dict), not {type_name(value)}"
    )


def _enum_error(rules: Rules, value: Any) -> ValidationError:
    assert rules.enum is not None
    choices = [str(choice) for choice in rules.enum]
    what = f"a documented {rules.enum_name}" if rules.enum_name else f"a documented value of {rules.api_name}"
    if "enum" in rules.sdk_own:  # the values are documented, the closed list is the SDK's reading
        what = what.replace("a documented", "one of the known", 1)
    rule = f"is not {what}"
    elsewhere = _operations_accepting(rules.api_name, value, exclude=rules.owner)
    if elsewhere:
        rule += f" ({value!r} is valid for {', '.join(elsewhere)}, not for {rules.owner})"
    suggestion = suggest(str(value), choices) if rules.json_type == "string" else None
    rule += f"; did you mean {suggestion!r}?" if suggestion is not None else "."
    own = sdk_own_note("enum") if "enum" in rules.sdk_own else ""
    return rules.error(value, f"{rule} Allowed: {', '.join(repr(choice) for choice in rules.enum)}{own}")


def _operations_accepting(api_name: str, value: Any, *, exclude: str) -> list[str]:
    """Titles of other operations whose body field ``api_name`` accepts ``value`` (for enum error messages)."""
    titles = []
    for op in _fields.model().body_operations():
        other = op.by_wire.get(api_name)
        if op.title != exclude and other is not None and other.enum is not None and value in other.enum:
            titles.append(op.title)
    return titles
