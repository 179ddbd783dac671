"""Validation of request arguments before anything is sent, with every rule read from the OpenAPI description.

`build_request_body` turns the snake_case keyword arguments of a create call into the camelCase JSON body and
checks them against the operation's request schema: unknown fields (with a did-you-mean), types, enum membership
(with a did-you-mean), integer ranges, string lengths, patterns, absolute http(s) URLs, lists (item count,
uniqueness, each item checked by its own rules), required fields,
`dependentRequired` (width and height together) and the `x-` extensions of the spec: `x-max-pixel-area`,
`x-max-words` and `x-webhook-policy`. Nothing here restates a documented value: ranges, enums, limits and defaults
come from `tengrai._spec`, so a spec change plus `make generate` updates the checks. A schema keyword this module
does not understand makes it fail loudly (NotImplementedError) instead of silently skipping a rule.

Every broken rule raises `tengrai.ValidationError` naming the API field (camelCase), the value and the rule.
"""

from __future__ import annotations

import functools
import math
import numbers
import os
import re
import sys
import warnings
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any, Final

from . import _fields, _netcheck, _spec
from ._exceptions import ValidationError

__all__ = [
    "TruncationWarning",
    "aspect_ratio_size",
    "build_request_body",
    "check_webhook_url",
    "transformed_seed",
    "word_count",
]


class TruncationWarning(UserWarning):
    """A prompt is longer than its documented word limit; the server will drop the words past the limit.

    Pass ``strict=True`` (to the client or to `build_request_body`) to get a `ValidationError` instead, or turn
    the warning into an error with ``warnings.simplefilter("error", TruncationWarning)``.
    """


def word_count(text: str) -> int:
    """The number of words in ``text`` as the word limits (`x-max-words`) count them.

    The API does not document its tokenisation; a word here is a run of non-whitespace characters, which is
    what "limited to N words" means for ordinary prose.
    """
    return len(text.split())


# ---------------------------------------------------------------------------------------------- schema model

_ANNOTATIONS: Final = frozenset({"description", "default", "title", "examples", "example", "deprecated", "$comment"})
_FIELD_RULES: Final = frozenset(
    {
        "type",
        "enum",
        "minimum",
        "maximum",
        "exclusiveMinimum",
        "exclusiveMaximum",
        "minLength",
        "maxLength",
        "pattern",
        "format",
        "items",
        "minItems",
        "maxItems",
        "uniqueItems",
    }
)
_OBJECT_KEYWORDS: Final = frozenset({"type", "properties", "required", "additionalProperties", "dependentRequired"})
_FORMATS: Final = frozenset({"uri"})
_WEBHOOK_POLICIES: Final = frozenset({"https-public-host"})
_TYPES: Final = frozenset({"string", "integer", "number", "boolean", "array"})
_PACKAGE_DIR: Final = os.path.dirname(os.path.abspath(__file__)) + os.sep


_snake = _fields.snake  # the one camelCase -> snake_case rule


def _num(value: float) -> str:
    """A number for messages: thousands separators on big values (2,147,483,647), none on small ones (1360)."""
    if isinstance(value, float) and not value.is_integer():
        return repr(value)
    return f"{int(value):,}" if abs(value) >= 10_000 else str(int(value))


def _type_name(value: Any) -> str:
    return type(value).__name__


@dataclass(frozen=True, slots=True)
class _Field:
    """One request-body property and the rules the spec gives it."""

    api_name: str
    py_name: str
    owner: str
    json_type: str
    description: str = ""
    enum: tuple[Any, ...] | None = None
    enum_set: frozenset[Any] | None = None
    enum_name: str | None = None
    minimum: float | None = None
    maximum: float | None = None
    exclusive_minimum: float | None = None
    exclusive_maximum: float | None = None
    min_length: int | None = None
    max_length: int | None = None
    pattern: re.Pattern[str] | None = None
    uri: bool = False
    webhook_policy: str | None = None
    max_words: int | None = None
    sizes: Mapping[str, tuple[int, int]] | None = None
    default_ratio: str | None = None
    items: _Field | None = None
    min_items: int | None = None
    max_items: int | None = None
    unique_items: bool = False

    def error(self, value: Any, rule: str) -> ValidationError:
        return ValidationError(self.api_name, value, rule)

    def check(self, value: Any, *, strict: bool) -> Any:
        """Validate one given value and return it as it goes into the JSON body."""
        kind = self.json_type
        if kind == "string":
            if not isinstance(value, str):
                raise self.error(value, f"must be a string, not {_type_name(value)}")
            if type(value) is not str:
                value = str.__str__(value)  # a StrEnum member or other str subclass: send its plain value
            self._check_string(value, strict=strict)
        elif kind == "integer":
            value = self._integer(value)
            self._check_range(value)
        elif kind == "number":
            value = self._number(value)
            self._check_range(value)
        elif kind == "array":
            return self._array(value, strict=strict)
        elif not isinstance(value, bool):  # boolean
            raise self.error(value, f"must be a boolean (True or False), not {_type_name(value)}")
        if self.enum_set is not None and value not in self.enum_set:
            raise self._enum_error(value)
        return value

    def _array(self, value: Any, *, strict: bool) -> list[Any]:
        if not isinstance(value, list | tuple):
            raise self.error(value, f"must be a list, not {_type_name(value)}")
        if self.min_items is not None and len(value) < self.min_items:
            raise self.error(value, f"has {len(value)} items; the documented minItems is {self.min_items}")
        if self.max_items is not None and len(value) > self.max_items:
            raise self.error(value, f"has {len(value)} items; the documented maxItems is {self.max_items}")
        checked = []
        for index, item in enumerate(value):
            if self.items is None:
                checked.append(item)
                continue
            try:
                checked.append(self.items.check(item, strict=strict))
            except ValidationError as exc:
                raise ValidationError(f"{self.api_name}[{index}]", item, exc.rule) from None
        if self.unique_items:
            seen: list[Any] = []
            for index, item in enumerate(checked):
                if item in seen:
                    raise ValidationError(f"{self.api_name}[{index}]", item, "repeats an earlier item (uniqueItems)")
                seen.append(item)
        return checked

    def _integer(self, value: Any) -> int:
        if isinstance(value, bool):
            raise self.error(value, "must be an integer, not a bool")
        if isinstance(value, numbers.Integral):
            return int(value)
        if isinstance(value, float) and value.is_integer():
            return int(value)  # JSON Schema counts 1024.0 as an integer; send it as 1024
        raise self.error(value, f"must be an integer, not {_type_name(value)}")

    def _number(self, value: Any) -> float | int:
        if isinstance(value, bool) or not isinstance(value, numbers.Real):
            raise self.error(value, f"must be a number, not {_type_name(value)}")
        if isinstance(value, numbers.Integral):
            return int(value)
        number = float(value)
        if not math.isfinite(number):
            raise self.error(value, "must be a finite number (JSON has no NaN or infinity)")
        return number

    def _range_text(self) -> str:
        low = _num(self.minimum) if self.minimum is not None else None
        high = _num(self.maximum) if self.maximum is not None else None
        if low is not None and high is not None:
            return f" (documented range {low}..{high} for {self.owner})"
        return f" (for {self.owner})"

    def _check_range(self, value: float) -> None:
        if self.minimum is not None and value < self.minimum:
            raise self.error(value, f"is below the documented minimum {_num(self.minimum)}{self._range_text()}")
        if self.maximum is not None and value > self.maximum:
            raise self.error(value, f"is above the documented maximum {_num(self.maximum)}{self._range_text()}")
        if self.exclusive_minimum is not None and value <= self.exclusive_minimum:
            raise self.error(value, f"must be greater than {_num(self.exclusive_minimum)} (exclusiveMinimum)")
        if self.exclusive_maximum is not None and value >= self.exclusive_maximum:
            raise self.error(value, f"must be less than {_num(self.exclusive_maximum)} (exclusiveMaximum)")

    def _check_string(self, value: str, *, strict: bool) -> None:
        if self.min_length is not None and len(value) < self.min_length:
            raise self.error(value, f"is shorter than the documented minLength {self.min_length} characters")
        if self.max_length is not None and len(value) > self.max_length:
            raise self.error(
                value, f"is {len(value):,} characters long; the documented maxLength is {self.max_length:,}"
            )
        if self.uri:
            self._check_uri(value)
        if self.pattern is not None and self.pattern.search(value) is None:
            raise self.error(value, self._pattern_rule(value))
        if self.webhook_policy is not None:
            self._check_webhook_policy(value)
        # A string of at most 2n characters cannot hold more than n words: skip counting the common case.
        if self.max_words is not None and len(value) > 2 * self.max_words:
            self._check_words(value, strict=strict)

    def _check_uri(self, value: str) -> None:
        problem = _netcheck.url_problem(value)
        if problem is None:
            return
        if self.webhook_policy is not None:
            host_problem = _netcheck.disguised_host_problem(value)
            if host_problem is not None:
                raise self.error(value, self._policy_rule(host_problem))
        raise self.error(value, f"must be an absolute http(s) URL (format uri): {problem}")

    def _pattern_rule(self, value: str) -> str:
        rule = f"must match the documented pattern {self.pattern.pattern if self.pattern else ''!r}"
        if self.webhook_policy is not None:
            scheme = value.partition(":")[0]
            if scheme.lower() == "https":
                return f"{rule}: write the scheme in lower case ('https://', not {scheme + '://'!r})"
            return f"{rule}: webhooks are delivered over HTTPS only (got scheme {scheme!r})"
        return rule

    def _policy_rule(self, problem: str) -> str:
        return f"must be an HTTPS URL of a publicly routable host (x-webhook-policy {self.webhook_policy}): {problem}"

    def _check_webhook_policy(self, value: str) -> None:
        # Only one policy exists (checked when the field was built): https-public-host.
        parts = _netcheck.split_url(value)
        if isinstance(parts, str):  # pragma: no cover - _check_uri ran first
            raise self.error(value, self._policy_rule(parts))
        if parts.scheme != "https":
            raise self.error(value, self._policy_rule(f"the scheme is {parts.scheme!r}, not https"))
        problem = _netcheck.public_host_problem(parts.host)
        if problem is not None:
            raise self.error(value, self._policy_rule(problem))

    def _check_words(self, value: str, *, strict: bool) -> None:
        assert self.max_words is not None
        words = value.split()
        if len(words) <= self.max_words:
            return
        dropped = " ".join(words[self.max_words : self.max_words + 6])
        if len(words) > self.max_words + 6:
            dropped += " ..."
        if strict:
            raise self.error(
                value,
                f"has {len(words)} words; {self.owner} reads at most {self.max_words} (x-max-words) and would "
                f"truncate the rest, starting at {dropped!r}",
            )
        warnings.warn(
            TruncationWarning(
                f"{self.api_name} has {len(words)} words but {self.owner} reads at most {self.max_words} "
                f"(x-max-words): the server will drop everything from {dropped!r} on. Shorten it, or pass "
                "strict=True to make this an error."
            ),
            stacklevel=_caller_stacklevel(),
        )

    def _enum_error(self, value: Any) -> ValidationError:
        assert self.enum is not None
        choices = [str(choice) for choice in self.enum]
        what = f"a documented {self.enum_name}" if self.enum_name else f"a documented value of {self.api_name}"
        rule = f"is not {what}"
        elsewhere = _operations_accepting(self.api_name, value, exclude=self.owner)
        if elsewhere:
            rule += f" ({value!r} is valid for {', '.join(elsewhere)}, not for {self.owner})"
        suggestion = _suggest(str(value), choices)
        rule += f"; did you mean {suggestion!r}?" if suggestion is not None else "."
        return self.error(value, f"{rule} Allowed: {', '.join(repr(choice) for choice in choices)}")


def _close_match(word: str, choices: list[str]) -> str | None:
    import difflib  # imported on the error path only: keeps `import tengrai.validation` cheap

    close = difflib.get_close_matches(word, choices, n=1, cutoff=0.6)
    return close[0] if close else None


def _suggest(word: str, choices: list[str]) -> str | None:
    """The closest choice to ``word``: case-insensitive exact match first, then difflib similarity."""
    by_folded = {choice.casefold(): choice for choice in choices}
    folded = word.casefold()
    if folded in by_folded:
        return by_folded[folded]
    normalised = re.sub(r"[\s_]+", "-", folded)
    if normalised in by_folded:
        return by_folded[normalised]
    close = _close_match(folded, list(by_folded))
    if close is None:
        # A word that is one part of exactly one hyphenated value ("anime" -> "tengrai-anime").
        parts = [choice for choice in by_folded if normalised in choice.split("-")]
        close = parts[0] if len(parts) == 1 else None
    return by_folded[close] if close is not None else None


def _caller_stacklevel() -> int:
    """The `warnings.warn` stacklevel of the first frame outside this package (the user's call)."""
    frame = sys._getframe(1)
    level = 1
    while frame.f_back is not None and frame.f_code.co_filename.startswith(_PACKAGE_DIR):
        frame = frame.f_back
        level += 1
    return level


def _reject_unknown(keys: Mapping[str, Any] | set[str], allowed: frozenset[str], where: str) -> None:
    unknown = set(keys) - allowed
    if unknown:
        raise NotImplementedError(
            f"tengrai.validation does not understand the schema keywords {sorted(unknown)} of {where}; "
            "teach it the rule before using this spec"
        )


def _build_field(api_name: str, node: Mapping[str, Any], owner: str) -> _Field:
    enum_name = str(node["$ref"]).rsplit("/", 1)[-1] if "$ref" in node else None
    schema = _spec.resolve(node)
    where = f"{owner}.{api_name}"
    _reject_unknown(
        {key for key in schema if not key.startswith("x-")}, _FIELD_RULES | _ANNOTATIONS, f"property {where}"
    )
    enum = tuple(schema["enum"]) if "enum" in schema else None
    json_type = schema.get("type")
    if json_type is None and enum is not None and all(isinstance(item, str) for item in enum):
        json_type = "string"
    if json_type not in _TYPES:
        raise NotImplementedError(f"{where}: unsupported type {json_type!r}")
    fmt = schema.get("format")
    if fmt is not None and fmt not in _FORMATS:
        raise NotImplementedError(f"{where}: unsupported format {fmt!r}")
    policy = schema.get("x-webhook-policy")
    if policy is not None and policy not in _WEBHOOK_POLICIES:
        raise NotImplementedError(f"{where}: unknown x-webhook-policy {policy!r}")
    raw_sizes = schema.get("x-sizes")
    sizes = {str(ratio): (int(size[0]), int(size[1])) for ratio, size in raw_sizes.items()} if raw_sizes else None
    if sizes is not None and (enum is None or set(sizes) != set(enum) or schema.get("x-default") not in sizes):
        raise NotImplementedError(f"{where}: x-sizes/x-default do not match the enum")
    pattern = schema.get("pattern")
    items = _build_field(api_name, schema["items"], owner) if "items" in schema else None
    return _Field(
        api_name=api_name,
        py_name=_snake(api_name),
        owner=owner,
        json_type=json_type,
        description=str(schema.get("description", "")).strip(),
        enum=enum,
        enum_set=frozenset(enum) if enum is not None else None,
        enum_name=enum_name,
        minimum=schema.get("minimum"),
        maximum=schema.get("maximum"),
        exclusive_minimum=schema.get("exclusiveMinimum"),
        exclusive_maximum=schema.get("exclusiveMaximum"),
        min_length=schema.get("minLength"),
        max_length=schema.get("maxLength"),
        pattern=re.compile(pattern) if pattern is not None else None,
        uri=fmt == "uri",
        webhook_policy=policy,
        max_words=schema.get("x-max-words"),
        sizes=sizes,
        default_ratio=schema.get("x-default"),
        items=items,
        min_items=schema.get("minItems"),
        max_items=schema.get("maxItems"),
        unique_items=bool(schema.get("uniqueItems", False)),
    )


@dataclass(frozen=True, slots=True)
class _Plan:
    """Everything needed to validate one operation's request body, computed once per process."""

    operation_id: str
    title: str
    by_py: Mapping[str, _Field]
    by_api: Mapping[str, _Field]
    required: tuple[str, ...]
    dependent_required: tuple[tuple[str, tuple[str, ...]], ...]
    max_pixel_area: int | None


def _request_operations() -> list[str]:
    """The ids of operations that take a JSON request body, in spec order."""
    return [op.operation_id for op in _fields.model().body_operations()]


@functools.cache
def _aliases() -> dict[str, str]:
    """Operation ids by themselves and by their short resource name (`quantum` for `create_quantum_artwork`)."""
    table: dict[str, str] = {}
    for op in _fields.model().body_operations():
        table[op.operation_id] = op.operation_id
        if op.is_artwork_task and op.resource is not None:
            table.setdefault(op.resource, op.operation_id)
    return table


def _operation_id(name: str) -> str:
    table = _aliases()
    if name in table:
        return table[name]
    close = _close_match(name, list(table))
    hint = f"; did you mean {close!r}?" if close else ""
    raise ValueError(f"unknown operation {name!r}{hint} Operations with a request body: {', '.join(table)}")


@functools.cache
def _plan(operation_id: str) -> _Plan:
    op = _fields.model().operation(operation_id)
    title = op.title
    schema = dict(op.body)
    _reject_unknown(
        {key for key in schema if not key.startswith("x-")},
        _OBJECT_KEYWORDS | _ANNOTATIONS,
        f"the request of {operation_id}",
    )
    if schema.get("type", "object") != "object":
        raise NotImplementedError(f"{operation_id}: the request body is not an object")
    fields = [_build_field(field.wire, field.node, title) for field in op.fields]
    if schema.get("additionalProperties", True) is not False:
        # The SDK sends documented fields only; an open schema would need a pass-through rule first.
        raise NotImplementedError(f"{operation_id}: only closed request schemas (additionalProperties: false)")
    return _Plan(
        operation_id=operation_id,
        title=title,
        by_py={field.py_name: field for field in fields},
        by_api={field.api_name: field for field in fields},
        required=tuple(schema.get("required", ())),
        dependent_required=tuple(
            (str(name), tuple(needs)) for name, needs in schema.get("dependentRequired", {}).items()
        ),
        max_pixel_area=schema.get("x-max-pixel-area"),
    )


def _operations_accepting(api_name: str, value: Any, *, exclude: str) -> list[str]:
    """Titles of other operations whose field ``api_name`` accepts ``value`` (for enum error messages)."""
    titles = []
    for operation_id in _request_operations():
        plan = _plan(operation_id)
        other = plan.by_api.get(api_name)
        if plan.title != exclude and other is not None and other.enum_set is not None and value in other.enum_set:
            titles.append(plan.title)
    return titles


# ---------------------------------------------------------------------------------------------- request bodies


def build_request_body(operation_id: str, params: Mapping[str, Any], *, strict: bool = False) -> dict[str, Any]:
    """Check the arguments of a create call and return its JSON body.

    Args:
        operation_id: the spec's operation id (``"create_quantum_artwork"``) or its short resource name
            (``"quantum"``, ``"selena_variete"``, ``"face_refiner"``).
        params: the arguments with snake_case keys (``negative_prompt``, ``aspect_ratio``, ``image_url``, ...).
            A value of None means "not given" and is left out of the body, so the server applies its default.
        strict: raise a `ValidationError` for a prompt over its word limit instead of warning
            (`TruncationWarning`).

    Returns:
        The body with the API's camelCase keys, holding only the given fields (the defaults are the server's).

    Raises:
        ValidationError: an argument breaks a documented rule (the error names the camelCase field, the value and
            the rule).
        ValueError: ``operation_id`` names no operation with a JSON request body.
    """
    plan = _plan(_operation_id(operation_id))
    body: dict[str, Any] = {}
    for key, value in params.items():
        if value is None:
            continue
        field = plan.by_py.get(key)
        if field is None:
            raise _unknown_field_error(plan, key, value)
        body[field.api_name] = field.check(value, strict=strict)
    for name in plan.required:
        if name not in body:
            raise _missing_error(plan, name)
    for name, needs in plan.dependent_required:
        if name in body:
            for needed in needs:
                if needed not in body:
                    raise _dependent_error(plan, name, needed, body[name])
    if plan.max_pixel_area is not None and "width" in body and "height" in body:
        _check_pixel_area(plan, body["width"], body["height"])
    return body


def _unknown_field_error(plan: _Plan, key: Any, value: Any) -> ValidationError:
    if not isinstance(key, str):
        return ValidationError(repr(key), value, f"argument names must be strings, not {_type_name(key)}")
    known = sorted(plan.by_py)
    rule = f"is not a field of {plan.title} ({plan.operation_id})"
    snake = _snake(key)
    if snake != key and snake in plan.by_py:
        rule += f"; use the snake_case name {snake!r}."
    else:
        elsewhere = [
            _plan(other).title
            for other in _request_operations()
            if other != plan.operation_id and (key in _plan(other).by_py or snake in _plan(other).by_py)
        ]
        if elsewhere:
            rule += f" (only of {', '.join(elsewhere)})"
        close = _close_match(snake, known)
        rule += f"; did you mean {close!r}?" if close else "."
    return ValidationError(key, value, f"{rule} Known fields: {', '.join(known)}")


def _missing_error(plan: _Plan, name: str) -> ValidationError:
    field = plan.by_api.get(name)
    py_name = field.py_name if field is not None else _snake(name)
    what = f" ({field.description.rstrip('.')})" if field is not None and field.description else ""
    cli_option = "--" + py_name.replace("_", "-")
    return ValidationError(
        name, None, f"is required by {plan.title}{what}: pass {py_name}=... ({cli_option} in the CLI)"
    )


def _dependent_error(plan: _Plan, given: str, needed: str, value: Any) -> ValidationError:
    rule = f"is required when {given} is given ({given}={value!r}; dependentRequired): give both"
    ratio_field = _ratio_field(plan)
    if ratio_field is not None:
        rule += f", or neither and use {ratio_field.api_name}"
    return ValidationError(needed, None, rule)


def _ratio_field(plan: _Plan) -> _Field | None:
    return next((field for field in plan.by_api.values() if field.sizes), None)


def _check_pixel_area(plan: _Plan, width: int, height: int) -> None:
    assert plan.max_pixel_area is not None
    area = width * height
    if area <= plan.max_pixel_area:
        return
    side = math.isqrt(plan.max_pixel_area)
    rule = (
        f"with height={height}, width x height = {area:,} pixels exceeds the documented maximum pixel area "
        f"{plan.max_pixel_area:,} of {plan.title} (x-max-pixel-area; e.g. {side} x {side})"
    )
    ratio_field = _ratio_field(plan)
    if ratio_field is not None and ratio_field.sizes:
        ratio, (ratio_width, ratio_height) = min(
            ratio_field.sizes.items(),
            key=lambda item: abs(math.log(item[1][0] / item[1][1]) - math.log(width / height)),
        )
        rule += f"; for best quality use {ratio_field.api_name} {ratio!r} ({ratio_width} x {ratio_height}) instead"
    raise ValidationError("width", width, rule)


# ---------------------------------------------------------------------------------------------- helpers


@functools.cache
def _component_field(component: str, api_name: str) -> _Field:
    return _build_field(api_name, {"$ref": f"#/components/schemas/{component}"}, f"the {component} schema")


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
    _component_field("Webhook", "webhook").check(url, strict=True)


def transformed_seed(seed: int) -> int:
    """The seed the server submits for ``seed``: ``floor(seed * multiplier) + offset`` (`x-seed-transform`).

    The multiplier is applied exactly (as the decimal written in the spec), so large seeds suffer no float
    rounding. Raises `ValidationError` for a seed outside the documented range.
    """
    field = _component_field("Seed", "seed")
    value: int = field.check(seed, strict=True)
    transform = _spec.extension(_spec.component("Seed"), "seed-transform")
    from fractions import Fraction  # imported here: only this helper needs it

    multiplier = Fraction(str(transform["multiplier"]))
    return math.floor(value * multiplier) + int(transform["offset"])


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
    plan = _plan(_operation_id(operation_id))
    field = _ratio_field(plan)
    if field is None or field.sizes is None:
        raise ValueError(f"{plan.title} ({plan.operation_id}) takes no aspect ratio")
    if aspect_ratio is None:
        if field.default_ratio is None:
            raise ValueError(f"the spec gives {plan.title} no default aspect ratio (x-default)")
        aspect_ratio = field.default_ratio
    ratio: str = field.check(aspect_ratio, strict=True)
    return field.sizes[ratio]
