"""Differential test: build_request_body never accepts what a JSON Schema validator of the spec rejects.

Random arguments (valid, off-by-one, wrong-typed, mistyped enums, odd URLs) go through both `build_request_body`
and jsonschema_rs (Draft 2020-12 with format checks, the engine Schemathesis uses) on the operation's request
schema. The SDK may only be stricter where the spec carries a rule JSON Schema cannot express: the pixel area
(`x-max-pixel-area`), the webhook host policy (`x-webhook-policy`) and fetchable http(s) URLs.
"""

from __future__ import annotations

import math
import warnings
from typing import Any

import pytest
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from tengrai import ValidationError
from tengrai._fields import snake
from tengrai.mock import _openapi as _spec
from tengrai.validation import build_request_body

from .spec_lookup import create_operations, properties, schema_accepts

URLS = [
    "https://cdn.example.com/a.png",
    "http://cdn.example.com/a.png",
    "https://8.8.8.8/x",
    "https://127.0.0.1/x",
    "https://0x7f000001/",
    "https://[::ffff:127.0.0.1]/",
    "https://localhost/",
    "https://metadata.google.internal/",
    "HTTPS://cdn.example.com/",
    "ftp://cdn.example.com/a.png",
    "mailto:someone@example.com",
    "https://",
    "https:cdn.example.com",
    "cdn.example.com/a.png",
    "https://cdn.example.com/a b.png",
    "https://cdn.example.com:99999/",
    "https://bücher.example/",
    "",
]
SDK_ONLY_RULES = ("x-max-pixel-area", "x-webhook-policy", "not http or https", "with a host", "no host", "port ")
# Read once here, not inside a strategy: the first spec load imports modules that touch the global random.
PROPERTIES = {operation_id: properties(operation_id) for operation_id in create_operations()}
REQUIRED = {operation_id: set(_spec.request_schema(operation_id).get("required", [])) for operation_id in PROPERTIES}


def _values_for(schema: dict[str, Any]) -> st.SearchStrategy[Any]:
    options: list[st.SearchStrategy[Any]] = [
        st.booleans(),
        st.integers(-3, 3000),
        st.floats(allow_nan=False, allow_infinity=False, min_value=-10, max_value=3000),
        st.text(max_size=12),
        st.sampled_from(URLS),
        st.just(" ".join(["word"] * 300)),
        st.lists(st.integers(-1, 2), max_size=3),
    ]
    minimum: Any = schema.get("minimum")
    maximum: Any = schema.get("maximum")
    if minimum is not None or maximum is not None:
        low = math.floor(minimum if minimum is not None else maximum - 10)
        high = math.ceil(maximum if maximum is not None else low + 10)
        options.append(st.integers(low - 2, high + 2))
        options.append(st.integers(low, high).map(float))
    if "enum" in schema:
        values = st.sampled_from(schema["enum"])
        options += [values, values, values.map(lambda v: v.upper() if isinstance(v, str) else v + 1)]
        options.append(values.map(lambda v: v + "x" if isinstance(v, str) else v * 3))
    if "items" in schema:
        items = _spec.resolve(schema["items"])
        options += [st.lists(_values_for(items), max_size=4), st.lists(_valid_values_for(items), max_size=4)]
    if schema.get("type") in ("array", "object"):
        options.append(_valid_values_for(schema))
        options.append(st.lists(st.lists(st.floats(-0.5, 1.5), min_size=1, max_size=3), max_size=2))
        options.append(st.fixed_dictionaries({"points": st.lists(st.lists(st.floats(-0.5, 1.5), max_size=3))}))
    return st.one_of(options)


def _valid_values_for(schema: dict[str, Any]) -> st.SearchStrategy[Any]:
    schema = _spec.resolve(schema)
    if "enum" in schema:
        return st.sampled_from(schema["enum"])
    kind = schema["type"]
    if kind in ("integer", "number"):
        low, high = schema.get("minimum", -100), schema.get("maximum", 100)
        step = schema.get("multipleOf")
        if step is not None:
            return st.integers(math.ceil(low / step), math.floor(high / step)).map(lambda n: n * step)
        if kind == "integer":
            return st.integers(math.ceil(low), math.floor(high))
        return st.floats(low, high, allow_nan=False)
    if kind == "boolean":
        return st.booleans()
    if kind == "array":
        items = schema["items"]
        return st.lists(
            _valid_values_for(items), min_size=schema.get("minItems", 0), max_size=schema.get("maxItems", 3)
        )
    if kind == "object":
        members = {name: _valid_values_for(node) for name, node in schema.get("properties", {}).items()}
        return st.fixed_dictionaries({}, optional=members)
    if schema.get("format") == "uri":
        return st.sampled_from(URLS[:3])
    return st.text(max_size=30)


@st.composite
def _cases(draw: st.DrawFn) -> tuple[str, dict[str, Any]]:
    operation_id = draw(st.sampled_from(sorted(PROPERTIES)))
    required = REQUIRED[operation_id]
    mostly_valid = draw(st.booleans())
    params: dict[str, Any] = {}
    for name, schema in PROPERTIES[operation_id].items():
        if mostly_valid:
            if name in required or draw(st.booleans()):
                broken = draw(st.integers(0, 7)) == 0
                params[snake(name)] = draw(_values_for(schema) if broken else _valid_values_for(schema))
        elif draw(st.integers(0, 3)) == 0:  # each field given with probability 1/4, any value
            params[snake(name)] = draw(_values_for(schema))
    return operation_id, params


@pytest.mark.slow
@settings(max_examples=400, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(_cases())
@example(("create_face_refiner_artwork", {"image_url": URLS[0], "webhook": "HTTPS://cdn.example.com/"}))
def test_the_sdk_is_never_looser_than_the_json_schema(case: tuple[str, dict[str, Any]]) -> None:
    operation_id, params = case
    raw_body = {name: params[snake(name)] for name in PROPERTIES[operation_id] if snake(name) in params}
    sent = _as_sent(operation_id, raw_body)
    schema_ok = schema_accepts(operation_id, sent)
    rejection: ValidationError | None = None
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            body = build_request_body(operation_id, params)
    except ValidationError as error:
        rejection = error
    if rejection is not None:
        assert not schema_ok or any(rule in rejection.rule for rule in SDK_ONLY_RULES), (raw_body, str(rejection))
        return
    assert schema_ok, (raw_body, body)
    assert schema_accepts(operation_id, body)
    assert body == sent  # same values (1024.0 == 1024), camelCase keys


def _as_sent(operation_id: str, raw_body: dict[str, Any]) -> dict[str, Any]:
    """``raw_body`` with the one change the SDK makes on purpose: a webhook's ``HTTPS://`` is sent as ``https://``."""
    sent = dict(raw_body)
    for name, value in raw_body.items():
        webhook = "x-webhook-policy" in PROPERTIES[operation_id][name]
        if webhook and isinstance(value, str) and value[:8].lower() == "https://":
            sent[name] = "https://" + value[8:]
    return sent
