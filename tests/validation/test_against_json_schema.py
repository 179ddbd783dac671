"""Differential test: build_request_body never accepts what a JSON Schema validator of the spec rejects.

Random arguments (valid, off-by-one, wrong-typed, mistyped enums, odd URLs) go through both `build_request_body`
and jsonschema_rs (Draft 2020-12 with format checks, the engine Schemathesis uses) on the operation's request
schema. The SDK may only be stricter where the spec carries a rule JSON Schema cannot express: the pixel area
(`x-max-pixel-area`), the webhook host policy (`x-webhook-policy`) and fetchable http(s) URLs.
"""

from __future__ import annotations

import warnings
from typing import Any

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from tengrai import _spec
from tengrai._exceptions import ValidationError
from tengrai.validation import build_request_body

from .spec_lookup import create_operations, properties, schema_accepts, snake

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
    ]
    if "minimum" in schema:
        low, high = schema["minimum"], schema["maximum"]
        options.append(st.integers(low - 2, high + 2))
        options.append(st.integers(low, high).map(float))
    if "enum" in schema:
        values = st.sampled_from(schema["enum"])
        options += [values, values, values.map(str.upper), values.map(lambda v: v + "x")]
    if "items" in schema:
        items = _spec.resolve(schema["items"])
        options += [st.lists(_values_for(items), max_size=4), st.lists(_valid_values_for(items), max_size=4)]
    return st.one_of(options)


def _valid_values_for(schema: dict[str, Any]) -> st.SearchStrategy[Any]:
    if "enum" in schema:
        return st.sampled_from(schema["enum"])
    if schema["type"] == "integer":
        return st.integers(schema.get("minimum", -(10**6)), schema.get("maximum", 10**6))
    if schema["type"] == "array":
        low = schema.get("minItems", 0)
        return st.lists(_valid_values_for(_spec.resolve(schema["items"])), min_size=low, max_size=low + 3)
    if schema["type"] == "boolean":
        return st.booleans()
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


@settings(max_examples=400, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(_cases())
def test_the_sdk_is_never_looser_than_the_json_schema(case: tuple[str, dict[str, Any]]) -> None:
    operation_id, params = case
    raw_body = {name: params[snake(name)] for name in PROPERTIES[operation_id] if snake(name) in params}
    schema_ok = schema_accepts(operation_id, raw_body)
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
    assert body == raw_body  # same values (1024.0 == 1024), camelCase keys
