"""An operation's request as a whole: unknown and required fields, ``dependentRequired``, the ``if``/``then``
rules of its ``allOf``, the pixel area, and its path and query parameters.

`plan` compiles an operation's request schema (from `tengrai._compiled`, through `tengrai._fields`) once per
process; `build_request_body` checks keyword arguments against it and returns the camelCase JSON body.
"""

from __future__ import annotations

import functools
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any, Final

from .. import _fields
from .._exceptions import ValidationError
from . import extensions, scalars
from .messages import close_match, sdk_own_note, type_name
from .rules import Rules, build_rules, reject_unknown

__all__ = ["Plan", "build_request_body", "check_parameters", "component_rules", "operation_id", "plan"]

_OBJECT_KEYWORDS: Final = frozenset(
    {"type", "properties", "required", "additionalProperties", "dependentRequired", "allOf"}
)


def _same(value: Any, const: Any) -> bool:
    """JSON equality: ``True`` is not ``1``, ``1.0`` is ``1``."""
    if isinstance(value, bool) or isinstance(const, bool):
        return isinstance(value, bool) and isinstance(const, bool) and value is const
    return bool(value == const)


@dataclass(frozen=True, slots=True)
class Condition:
    """One ``if``/``then`` of a request's ``allOf``: when ``field`` equals ``value``, ``required`` fields must be
    given and the fields of ``allowed`` may take only the listed values."""

    field: str
    value: Any
    required: tuple[str, ...]
    allowed: Mapping[str, tuple[Any, ...]]
    sdk_own: bool = False
    """The spec labels this rule ``x-sdk-own: [then]``: the SDK's reading, stated by no page."""


def _conditions(schema: Mapping[str, Any], where: str) -> tuple[Condition, ...]:
    """The ``allOf`` of a request schema as `Condition` rules; any other shape fails loudly."""
    found = []
    for rule in schema.get("allOf", ()):
        reject_unknown(set(rule), frozenset({"if", "then", "x-sdk-own"}), f"an allOf entry of {where}")
        test, then = rule.get("if", {}), rule.get("then", {})
        reject_unknown(set(test), frozenset({"properties", "required"}), f"an if of {where}")
        reject_unknown(set(then), frozenset({"properties", "required", "additionalProperties"}), f"a then of {where}")
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
        found.append(Condition(field, condition["const"], tuple(then.get("required", ())), allowed, own))
    return tuple(found)


@dataclass(frozen=True, slots=True)
class Plan:
    """Everything needed to validate one operation's request body, computed once per process."""

    operation_id: str
    title: str
    by_py: Mapping[str, Rules]
    by_api: Mapping[str, Rules]
    required: tuple[str, ...]
    dependent_required: tuple[tuple[str, tuple[str, ...]], ...]
    max_pixel_area: int | None
    max_pixel_area_with: Mapping[str, int]
    conditions: tuple[Condition, ...]
    sdk_own: frozenset[str] = frozenset()
    """Request-level rule keywords the spec labels ``x-sdk-own`` (``dependentRequired``)."""

    @property
    def ratio(self) -> Rules | None:
        """The aspect-ratio field (the one with ``x-sizes``), if the operation has one."""
        return next((field for field in self.by_api.values() if field.sizes), None)


@functools.cache
def _aliases() -> dict[str, str]:
    """Operation ids by themselves and by their short resource name (`quantum` for `create_quantum_artwork`)."""
    table: dict[str, str] = {}
    for op in _fields.model().body_operations():
        table[op.operation_id] = op.operation_id
        if op.is_artwork_task and op.resource is not None:
            table.setdefault(op.resource, op.operation_id)
    return table


def operation_id(name: str) -> str:
    """The operation id of ``name`` (an id or a short resource name); ValueError with a did-you-mean if none."""
    table = _aliases()
    if name in table:
        return table[name]
    close = close_match(name, list(table))
    hint = f"; did you mean {close!r}?" if close else ""
    raise ValueError(f"unknown operation {name!r}{hint} Operations with a request body: {', '.join(table)}")


@functools.cache
def plan(operation_id: str) -> Plan:
    """The compiled request rules of an operation (by its id)."""
    op = _fields.model().operation(operation_id)
    schema = dict(op.body)
    # The SDK sends documented fields only (a closed schema), checked by the rules make generate checks too.
    problem = _fields.request_problem(schema, operation_id)
    if problem is not None:
        raise NotImplementedError(problem)
    fields = [build_rules(field.wire, field.schema, op.title) for field in op.fields]
    return Plan(
        operation_id=operation_id,
        title=op.title,
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


def _pixel_area_with(schema: Mapping[str, Any], fields: list[Rules], operation_id: str) -> dict[str, int]:
    """``x-max-pixel-area-with``: boolean field -> the larger area allowed when it is true."""
    raw: Mapping[str, Any] = schema.get("x-max-pixel-area-with", {})
    booleans = {field.api_name for field in fields if field.json_type == "boolean"}
    if raw and ("x-max-pixel-area" not in schema or not set(raw) <= booleans):
        raise NotImplementedError(
            f"{operation_id}: x-max-pixel-area-with needs x-max-pixel-area and names boolean fields only"
        )
    return {str(name): int(area) for name, area in raw.items()}


def build_request_body(
    operation: str, params: Mapping[str, Any], *, strict: bool = False, local_api: bool = False
) -> dict[str, Any]:
    """The camelCase JSON body of ``params`` for an operation (id or resource name); see `tengrai.validation`."""
    rules = plan(operation_id(operation))
    body: dict[str, Any] = {}
    for key, value in params.items():
        if value is None:
            continue
        field = rules.by_py.get(key)
        if field is None:
            raise _unknown_field_error(rules, key, value)
        body[field.api_name] = scalars.check(field, value, strict=strict, local_api=local_api)
    for name in rules.required:
        if name not in body:
            raise _missing_error(rules, name)
    for name, needs in rules.dependent_required:
        for needed in needs if name in body else ():
            if needed not in body:
                raise _dependent_error(rules, name, needed, body[name])
    for condition in rules.conditions:
        if condition.field in body and _same(body[condition.field], condition.value):
            _check_condition(rules, condition, body)
    if rules.max_pixel_area is not None and "width" in body and "height" in body:
        limits = (rules.max_pixel_area, rules.max_pixel_area_with)
        extensions.check_pixel_area(rules.title, limits, rules.ratio, body)
    return body


def _pass_hint(rules: Plan, name: str) -> str:
    """``pass negative_prompt=... (--negative-prompt in the CLI)`` for the API field ``name``."""
    field = rules.by_api.get(name)
    py_name = field.py_name if field is not None else _fields.snake(name)
    return f"pass {py_name}=... ({'--' + py_name.replace('_', '-')} in the CLI)"


def _check_condition(rules: Plan, condition: Condition, body: Mapping[str, Any]) -> None:
    when = f"when {condition.field} is {condition.value!r}"
    for name in condition.required:
        if name not in body:
            raise ValidationError(
                name,
                None,
                f"is required by {rules.title} {when} (if/then): {_pass_hint(rules, name)}"
                + (sdk_own_note("this if/then") if condition.sdk_own else ""),
            )
    for name, allowed in condition.allowed.items():
        if name in body and not any(_same(body[name], choice) for choice in allowed):
            raise ValidationError(
                name,
                body[name],
                f"is not allowed by {rules.title} {when} (if/then); allowed then: "
                + ", ".join(repr(choice) for choice in allowed),
            )


def _unknown_field_error(rules: Plan, key: Any, value: Any) -> ValidationError:
    if not isinstance(key, str):
        return ValidationError(repr(key), value, f"argument names must be strings, not {type_name(key)}")
    known = sorted(rules.by_py)
    rule = f"is not a field of {rules.title} ({rules.operation_id})"
    snake = _fields.snake(key)
    if snake != key and snake in rules.by_py:
        rule += f"; use the snake_case name {snake!r}."
    else:
        others = [plan(op.operation_id) for op in _fields.model().body_operations()]
        elsewhere = [
            other.title
            for other in others
            if other.operation_id != rules.operation_id and (key in other.by_py or snake in other.by_py)
        ]
        if elsewhere:
            rule += f" (only of {', '.join(elsewhere)})"
        close = close_match(snake, known)
        rule += f"; did you mean {close!r}?" if close else "."
    return ValidationError(key, value, f"{rule} Known fields: {', '.join(known)}")


def _missing_error(rules: Plan, name: str) -> ValidationError:
    field = rules.by_api.get(name)
    what = f" ({field.description.rstrip('.')})" if field is not None and field.description else ""
    return ValidationError(name, None, f"is required by {rules.title}{what}: {_pass_hint(rules, name)}")


def _dependent_error(rules: Plan, given: str, needed: str, value: Any) -> ValidationError:
    rule = f"is required when {given} is given ({given}={value!r}; dependentRequired): give both"
    if rules.ratio is not None:
        rule += f", or neither and use {rules.ratio.api_name}"
    if "dependentRequired" in rules.sdk_own:
        rule += sdk_own_note("dependentRequired")
    return ValidationError(needed, None, rule)


@functools.cache
def _parameter_rules(operation_id: str, wire: str) -> Rules:
    op = _fields.model().operation(operation_id)
    found = next(item for item in (*op.path_params, *op.query_params) if item.wire == wire)
    return build_rules(found.wire, found.schema, op.title)


def check_parameters(operation_id: str, values: Mapping[str, Any]) -> dict[str, Any]:
    """The given path or query arguments (by wire name; None = not given) checked; see `tengrai.validation`."""
    return {
        wire: scalars.check(_parameter_rules(operation_id, wire), value, strict=True)
        for wire, value in values.items()
        if value is not None
    }


@functools.cache
def component_rules(component: str, api_name: str) -> Rules:
    """The rules of a named scalar schema of the spec (``Webhook``, ``Seed``) for a field ``api_name``."""
    from .._compiled import SCALARS

    return build_rules(api_name, SCALARS[component], f"the {component} schema")
