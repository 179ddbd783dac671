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
come from the spec as ``make generate`` compiled it (`tengrai._compiled`, through `tengrai._fields`), so a spec
change plus `make generate` updates the checks. A schema keyword this module does not understand makes it fail
loudly (NotImplementedError) instead of silently skipping a rule.

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

from . import _fields, _netcheck
from ._exceptions import ValidationError

__all__ = [
    "TruncationWarning",
    "aspect_ratio_size",
    "build_request_body",
    "check_parameters",
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
        "multipleOf",
        "items",
        "minItems",
        "maxItems",
        "uniqueItems",
        "properties",
        "required",
        "additionalProperties",
    }
)
_OBJECT_KEYWORDS: Final = frozenset(
    {"type", "properties", "required", "additionalProperties", "dependentRequired", "allOf"}
)
_FORMATS: Final = frozenset({"uri"})
_WEBHOOK_POLICIES: Final = frozenset({"https-public-host"})
_TYPES: Final = frozenset({"string", "integer", "number", "boolean", "array", "object"})
_PACKAGE_DIR: Final = os.path.dirname(os.path.abspath(__file__)) + os.sep


_snake = _fields.snake  # the one camelCase -> snake_case rule


def _num(value: float) -> str:
    """A number for messages: thousands separators on big values (2,147,483,647), none on small ones (1360)."""
    if isinstance(value, float) and not value.is_integer():
        return repr(value)
    return f"{int(value):,}" if abs(value) >= 10_000 else str(int(value))


def _type_name(value: Any) -> str:
    return type(value).__name__


def _is_multiple(value: float, step: float) -> bool:
    """Whether ``value`` is a whole multiple of ``step``, exactly (0.3 is a multiple of 0.1)."""
    from fractions import Fraction  # imported here: only multipleOf rules need it

    return (Fraction(str(value)) / Fraction(str(step))).denominator == 1


def _same(value: Any, const: Any) -> bool:
    """JSON equality: ``True`` is not ``1``, ``1.0`` is ``1``."""
    if isinstance(value, bool) or isinstance(const, bool):
        return isinstance(value, bool) and isinstance(const, bool) and value is const
    return bool(value == const)


@dataclass(frozen=True, slots=True)
class _Condition:
    """One ``if``/``then`` of a request's ``allOf``: when ``field`` equals ``value``, ``required`` fields must be
    given and the fields of ``allowed`` may take only the listed values."""

    field: str
    value: Any
    required: tuple[str, ...]
    allowed: Mapping[str, tuple[Any, ...]]
    sdk_own: bool = False
    """The spec labels this rule ``x-sdk-own: [then]``: the SDK's reading, stated by no page."""


def _conditions(schema: Mapping[str, Any], where: str) -> tuple[_Condition, ...]:
    """The ``allOf`` of a request schema as `_Condition` rules; any other shape fails loudly."""
    found = []
    for rule in schema.get("allOf", ()):
        _reject_unknown(set(rule), frozenset({"if", "then", "x-sdk-own"}), f"an allOf entry of {where}")
        test, then = rule.get("if", {}), rule.get("then", {})
        _reject_unknown(set(test), frozenset({"properties", "required"}), f"an if of {where}")
        _reject_unknown(set(then), frozenset({"properties", "required", "additionalProperties"}), f"a then of {where}")
        if then.get("additionalProperties", True) is not True:
            raise NotImplementedError(f"{where}: a then may not restrict additionalProperties")
        tested = test.get("properties", {})
        if len(tested) != 1 or set(test.get("required", ())) != set(tested):
            raise NotImplementedError(f"{where}: an if must test one required property with const")
        ((field, condition),) = tested.items()
        if set(condition) != {"const"}:
            raise NotImplementedError(f"{where}: an if must test {field} with const only")
        allowed: dict[str, tuple[Any, ...]] = {}
        for name, restriction in then.get("properties", {}).items():
            if not restriction:  # {}: restricts nothing (it defines a required property for linters)
                continue
            if set(restriction) != {"enum"}:
                raise NotImplementedError(f"{where}: a then may restrict {name} with enum only")
            allowed[name] = tuple(restriction["enum"])
        own = "then" in rule.get("x-sdk-own", ())
        found.append(_Condition(field, condition["const"], tuple(then.get("required", ())), allowed, own))
    return tuple(found)


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
    sdk_max_length: int | None = None
    sdk_own: frozenset[str] = frozenset()
    multiple_of: float | None = None
    items: _Field | None = None
    min_items: int | None = None
    max_items: int | None = None
    members: Mapping[str, _Field] | None = None
    members_required: tuple[str, ...] = ()
    pattern: re.Pattern[str] | None = None
    uri: bool = False
    webhook_policy: str | None = None
    max_words: int | None = None
    sizes: Mapping[str, tuple[int, int]] | None = None
    default_ratio: str | None = None
    unique_items: bool = False

    def error(self, value: Any, rule: str) -> ValidationError:
        return ValidationError(self.api_name, value, rule)

    def check(self, value: Any, *, strict: bool, local_api: bool = False) -> Any:
        """Validate one given value and return it as it goes into the JSON body.

        With ``local_api`` (the client talks to a server on this machine, such as the mock), a webhook URL on
        loopback passes, so deliveries can be received and verified locally.
        """
        if local_api and self.webhook_policy is not None and isinstance(value, str) and _netcheck.loopback_url(value):
            return value
        kind = self.json_type
        if kind == "string":
            if not isinstance(value, str):
                raise self.error(value, f"must be a string, not {_type_name(value)}")
            if type(value) is not str:
                value = str.__str__(value)  # a StrEnum member or other str subclass: send its plain value
            if not value.isascii():
                self._check_encodable(value)
            if self.webhook_policy is not None and value[:8].lower() == "https://":
                value = "https://" + value[8:]  # schemes are case-insensitive (RFC 3986): send the usual spelling
            self._check_string(value, strict=strict)
        elif kind == "integer":
            value = self._integer(value)
            self._check_range(value)
        elif kind == "number":
            value = self._number(value)
            self._check_range(value)
        elif kind == "array":
            value = self._check_array(value, strict=strict)
        elif kind == "object":
            value = self._check_object(value, strict=strict)
        elif not isinstance(value, bool):  # boolean
            raise self.error(value, f"must be a boolean (True or False), not {_type_name(value)}")
        if self.enum_set is not None and value not in self.enum_set:
            raise self._enum_error(value)
        return value

    def _check_encodable(self, value: str) -> None:
        try:
            value.encode("utf-8")
        except UnicodeEncodeError as exc:
            char = value[exc.start]
            raise self.error(
                value,
                f"contains a lone surrogate {char!r} at position {exc.start} (half of a broken character, often "
                "from text decoded with errors='surrogateescape'), which cannot be sent as UTF-8 JSON",
            ) from None

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

    def _sdk_own(self, keyword: str) -> str:
        """The words after a rule the docs do not state (``x-sdk-own`` lists its keyword)."""
        return _sdk_own_note(keyword)

    def _check_range(self, value: float) -> None:
        if self.minimum is not None and value < self.minimum:
            if "minimum" in self.sdk_own:
                raise self.error(value, f"is below the minimum {_num(self.minimum)}{self._sdk_own('minimum')}")
            raise self.error(value, f"is below the documented minimum {_num(self.minimum)}{self._range_text()}")
        if self.maximum is not None and value > self.maximum:
            if "maximum" in self.sdk_own:
                raise self.error(value, f"is above the maximum {_num(self.maximum)}{self._sdk_own('maximum')}")
            raise self.error(value, f"is above the documented maximum {_num(self.maximum)}{self._range_text()}")
        if self.exclusive_minimum is not None and value <= self.exclusive_minimum:
            raise self.error(value, f"must be greater than {_num(self.exclusive_minimum)} (exclusiveMinimum)")
        if self.exclusive_maximum is not None and value >= self.exclusive_maximum:
            raise self.error(value, f"must be less than {_num(self.exclusive_maximum)} (exclusiveMaximum)")
        if self.multiple_of is not None and not _is_multiple(value, self.multiple_of):
            raise self.error(
                value, f"must be a multiple of {_num(self.multiple_of)} (documented multipleOf for {self.owner})"
            )

    def _check_array(self, value: Any, *, strict: bool) -> list[Any]:
        if isinstance(value, str | bytes | Mapping) or not isinstance(value, list | tuple):
            raise self.error(value, f"must be a list (JSON array), not {_type_name(value)}")
        count = len(value)
        if self.min_items is not None and self.min_items == self.max_items and count != self.min_items:
            raise self.error(value, f"must hold exactly {self.min_items} items, not {count} (minItems/maxItems)")
        if self.min_items is not None and count < self.min_items:
            raise self.error(value, f"has {count} items; the documented minItems is {self.min_items}")
        if self.max_items is not None and count > self.max_items:
            raise self.error(value, f"has {count} items; the documented maxItems is {self.max_items}")
        checked = []
        for index, item in enumerate(value):
            if self.items is None:
                checked.append(item)
                continue
            try:
                checked.append(self.items.check(item, strict=strict))
            except ValidationError as error:
                place = f"{self.api_name}[{index}]" + error.field.removeprefix(self.items.api_name)
                raise ValidationError(place, error.value, error.rule) from None
        if self.unique_items:
            seen: list[Any] = []
            for index, item in enumerate(checked):
                if item in seen:
                    raise ValidationError(f"{self.api_name}[{index}]", item, "repeats an earlier item (uniqueItems)")
                seen.append(item)
        return checked

    def _check_object(self, value: Any, *, strict: bool) -> dict[str, Any]:
        if not isinstance(value, Mapping):
            raise self.error(value, f"must be a mapping (JSON object), not {_type_name(value)}")
        members = self.members or {}
        checked: dict[str, Any] = {}
        for key, item in value.items():
            member = members.get(key) if isinstance(key, str) else None
            if member is None:
                known = ", ".join(members) or "none"
                raise self.error(value, f"has the unknown key {key!r}; known keys: {known}")
            if item is None:
                continue
            try:
                checked[key] = member.check(item, strict=strict)
            except ValidationError as error:
                raise ValidationError(f"{self.api_name}.{error.field}", error.value, error.rule) from None
        for key in self.members_required:
            if key not in checked:
                raise self.error(value, f"needs the key {key!r} (required)")
        return checked

    def _check_string(self, value: str, *, strict: bool) -> None:
        if self.min_length is not None and len(value) < self.min_length:
            raise self.error(value, f"is shorter than the documented minLength {self.min_length} characters")
        if self.max_length is not None and len(value) > self.max_length:
            raise self.error(
                value, f"is {len(value):,} characters long; the documented maxLength is {self.max_length:,}"
            )
        if self.sdk_max_length is not None and len(value) > self.sdk_max_length:
            raise self.error(
                value,
                f"is {len(value):,} characters long; the SDK's limit is {self.sdk_max_length:,} "
                "(x-sdk-max-length: a sanity limit of this SDK, not a documented API rule)",
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
        hint = _local_file_hint(value) if self.webhook_policy is None else ""
        raise self.error(value, f"must be an absolute http(s) URL (format uri): {problem}{hint}")

    def _pattern_rule(self, value: str) -> str:
        if "pattern" in self.sdk_own:
            rule = f"must match the pattern {self.pattern.pattern if self.pattern else ''!r}{self._sdk_own('pattern')}"
        else:
            rule = f"must match the documented pattern {self.pattern.pattern if self.pattern else ''!r}"
        if self.webhook_policy is not None:
            scheme = value.partition(":")[0]
            if scheme.lower() == "https":
                return f"{rule}: write the scheme in lower case ('https://', not {scheme + '://'!r})"
            return f"{rule}: webhooks are delivered over HTTPS only (got scheme {scheme!r})"
        return rule

    def _policy_rule(self, problem: str) -> str:
        own = self._sdk_own("x-webhook-policy") if "x-webhook-policy" in self.sdk_own else ""
        return (
            f"must be an HTTPS URL of a publicly routable host (x-webhook-policy {self.webhook_policy}): {problem}{own}"
        )

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
        if "enum" in self.sdk_own:  # the values are documented, the closed list is the SDK's reading
            what = what.replace("a documented", "one of the known", 1)
        rule = f"is not {what}"
        elsewhere = _operations_accepting(self.api_name, value, exclude=self.owner)
        if elsewhere:
            rule += f" ({value!r} is valid for {', '.join(elsewhere)}, not for {self.owner})"
        suggestion = _suggest(str(value), choices) if self.json_type == "string" else None
        rule += f"; did you mean {suggestion!r}?" if suggestion is not None else "."
        own = self._sdk_own("enum") if "enum" in self.sdk_own else ""
        return self.error(value, f"{rule} Allowed: {', '.join(repr(choice) for choice in self.enum)}{own}")


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


def _build_field(api_name: str, schema: Mapping[str, Any], owner: str) -> _Field:
    """The rules of one property from its resolved schema (`tengrai._compiled`: ``x-component`` names an enum)."""
    where = f"{owner}.{api_name}"
    _reject_unknown(
        {key for key in schema if not key.startswith("x-")}, _FIELD_RULES | _ANNOTATIONS, f"property {where}"
    )
    enum = tuple(schema["enum"]) if "enum" in schema else None
    enum_name = schema.get("x-component") if enum is not None else None
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
    items = members = None
    if json_type == "array":
        if "items" not in schema:
            raise NotImplementedError(f"{where}: an array needs an items schema")
        items = _build_field(f"{api_name}[]", schema["items"], owner)
    if json_type == "object":
        if schema.get("additionalProperties", True) is not False:
            raise NotImplementedError(f"{where}: only closed objects (additionalProperties: false)")
        members = {name: _build_field(name, node, owner) for name, node in schema.get("properties", {}).items()}
    elif {"properties", "required", "additionalProperties"} & set(schema):
        raise NotImplementedError(f"{where}: object keywords on a {json_type} property")
    if json_type != "array" and {"items", "minItems", "maxItems", "uniqueItems"} & set(schema):
        raise NotImplementedError(f"{where}: array keywords on a {json_type} property")
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
        sdk_max_length=schema.get("x-sdk-max-length"),
        sdk_own=frozenset(schema.get("x-sdk-own", ())),
        multiple_of=schema.get("multipleOf"),
        items=items,
        min_items=schema.get("minItems"),
        max_items=schema.get("maxItems"),
        members=members,
        members_required=tuple(schema.get("required", ())) if members is not None else (),
        pattern=re.compile(pattern) if pattern is not None else None,
        uri=fmt == "uri",
        webhook_policy=policy,
        max_words=schema.get("x-max-words"),
        sizes=sizes,
        default_ratio=schema.get("x-default"),
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
    max_pixel_area_with: Mapping[str, int]
    conditions: tuple[_Condition, ...]
    sdk_own: frozenset[str] = frozenset()
    """Request-level rule keywords the spec labels ``x-sdk-own`` (``dependentRequired``)."""


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
    fields = [_build_field(field.wire, field.schema, title) for field in op.fields]
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
        max_pixel_area_with=_pixel_area_with(schema, fields, operation_id),
        conditions=_conditions(schema, f"the request of {operation_id}"),
        sdk_own=frozenset(schema.get("x-sdk-own", ())),
    )


def _pixel_area_with(schema: Mapping[str, Any], fields: list[_Field], operation_id: str) -> dict[str, int]:
    """``x-max-pixel-area-with``: boolean field -> the larger area allowed when it is true."""
    raw: Mapping[str, Any] = schema.get("x-max-pixel-area-with", {})
    booleans = {field.api_name for field in fields if field.json_type == "boolean"}
    if raw and ("x-max-pixel-area" not in schema or not set(raw) <= booleans):
        raise NotImplementedError(
            f"{operation_id}: x-max-pixel-area-with needs x-max-pixel-area and names boolean fields only"
        )
    return {str(name): int(area) for name, area in raw.items()}


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
    plan = _plan(_operation_id(operation_id))
    body: dict[str, Any] = {}
    for key, value in params.items():
        if value is None:
            continue
        field = plan.by_py.get(key)
        if field is None:
            raise _unknown_field_error(plan, key, value)
        body[field.api_name] = field.check(value, strict=strict, local_api=local_api)
    for name in plan.required:
        if name not in body:
            raise _missing_error(plan, name)
    for name, needs in plan.dependent_required:
        if name in body:
            for needed in needs:
                if needed not in body:
                    raise _dependent_error(plan, name, needed, body[name])
    for condition in plan.conditions:
        if condition.field in body and _same(body[condition.field], condition.value):
            _check_condition(plan, condition, body)
    if plan.max_pixel_area is not None and "width" in body and "height" in body:
        _check_pixel_area(plan, body["width"], body["height"], body)
    return body


def _check_condition(plan: _Plan, condition: _Condition, body: Mapping[str, Any]) -> None:
    when = f"when {condition.field} is {condition.value!r}"
    for name in condition.required:
        if name not in body:
            field = plan.by_api.get(name)
            py_name = field.py_name if field is not None else _snake(name)
            cli_option = "--" + py_name.replace("_", "-")
            raise ValidationError(
                name,
                None,
                f"is required by {plan.title} {when} (if/then): pass {py_name}=... ({cli_option} in the CLI)"
                + (_sdk_own_note("this if/then") if condition.sdk_own else ""),
            )
    for name, allowed in condition.allowed.items():
        if name in body and not any(_same(body[name], choice) for choice in allowed):
            raise ValidationError(
                name,
                body[name],
                f"is not allowed by {plan.title} {when} (if/then); allowed then: "
                + ", ".join(repr(choice) for choice in allowed),
            )


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


def _sdk_own_note(rule: str) -> str:
    """The words after a rule the docs do not state (the spec labels it ``x-sdk-own``)."""
    return f" (x-sdk-own: {rule} is a rule of this SDK, not a documented API rule)"


def _dependent_error(plan: _Plan, given: str, needed: str, value: Any) -> ValidationError:
    rule = f"is required when {given} is given ({given}={value!r}; dependentRequired): give both"
    ratio_field = _ratio_field(plan)
    if ratio_field is not None:
        rule += f", or neither and use {ratio_field.api_name}"
    if "dependentRequired" in plan.sdk_own:
        rule += _sdk_own_note("dependentRequired")
    return ValidationError(needed, None, rule)


def _ratio_field(plan: _Plan) -> _Field | None:
    return next((field for field in plan.by_api.values() if field.sizes), None)


def _check_pixel_area(plan: _Plan, width: float, height: float, body: Mapping[str, Any]) -> None:
    assert plan.max_pixel_area is not None
    limit, because = plan.max_pixel_area, "x-max-pixel-area"
    for flag, larger in plan.max_pixel_area_with.items():
        if body.get(flag) is True and larger > limit:
            limit, because = larger, f"x-max-pixel-area-with, as {flag} is true"
    area = width * height
    if area <= limit:
        return
    side = math.isqrt(limit)
    rule = (
        f"with height={height}, width x height = {_num(area)} pixels exceeds the documented maximum pixel area "
        f"{limit:,} of {plan.title} ({because}; e.g. {side} x {side})"
    )
    for flag, larger in plan.max_pixel_area_with.items():
        if body.get(flag) is not True and area <= larger:
            rule += f"; {flag}=True allows up to {larger:,}"
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
def _parameter_field(operation_id: str, wire: str) -> _Field:
    op = _fields.model().operation(operation_id)
    found = next(item for item in (*op.path_params, *op.query_params) if item.wire == wire)
    return _build_field(found.wire, found.schema, op.title)


def check_parameters(operation_id: str, values: Mapping[str, Any]) -> dict[str, Any]:
    """Check path or query arguments of an operation (by wire name; None = not given) against the rules of their
    parameter schemas (type, range, enum, ...); returns the given ones, ready to send. Raises `ValidationError`."""
    return {
        wire: _parameter_field(operation_id, wire).check(value, strict=True)
        for wire, value in values.items()
        if value is not None
    }


@functools.cache
def _component_field(component: str, api_name: str) -> _Field:
    from ._compiled import SCALARS

    return _build_field(api_name, SCALARS[component], f"the {component} schema")


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
    from ._compiled import SCALARS

    transform = SCALARS["Seed"]["x-seed-transform"]
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


_LOCAL_PATH = re.compile(r"(?i)^(?:file:|[~./\\]|[a-z]:[\\/])|^[^:/?#]+\.(?:png|jpe?g|webp|gif|avif|tiff?|heic)$")
"""A value that names a file on this machine (a path, ``file:``), not a URL with a typo."""


def _local_file_hint(value: str) -> str:
    """For a file path given as an image URL: what to do instead (the README section)."""
    if _LOCAL_PATH.search(value.strip()) is None:
        return ""
    return (
        "; the API fetches every image by URL and has no upload: serve a file on your disk at a URL it can reach, "
        'e.g. a pre-signed object-storage URL (see "Images on your disk" in the README)'
    )
