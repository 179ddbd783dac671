"""Every named enum of the spec is a public Literal type of `tengrai.types`, with exactly the spec's values."""

from __future__ import annotations

import typing

import pytest

import tengrai.types
from tengrai.mock import _openapi as _spec

NAMED_ENUMS = sorted(name for name, schema in _spec.document()["components"]["schemas"].items() if "enum" in schema)


def test_the_spec_has_named_enums() -> None:
    assert "QuantumStyle" in NAMED_ENUMS


@pytest.mark.parametrize("name", NAMED_ENUMS)
def test_each_named_enum_is_exported_with_the_spec_values(name: str) -> None:
    assert name in tengrai.types.__all__
    literal = getattr(tengrai.types, name)
    assert sorted(map(str, typing.get_args(literal))) == sorted(map(str, _spec.component(name)["enum"]))


def test_an_unknown_name_is_still_an_attribute_error() -> None:
    with pytest.raises(AttributeError, match="NoSuchEnum"):
        tengrai.types.NoSuchEnum  # noqa: B018


def test_each_artwork_type_has_typed_parameters_in_tengrai_types() -> None:
    from tengrai._parameters import PARAMETERS

    for union, by_type in PARAMETERS.items():
        for artwork_type, cls in by_type.items():
            assert getattr(tengrai.types, cls.__name__) is cls, (union, artwork_type)
    quantum = tengrai.types.QuantumArtworkParameters({"aspectRatio": "16:9", "futureField": 1})
    assert quantum.aspect_ratio == "16:9"
    assert quantum.style is None
    assert quantum == {"aspectRatio": "16:9", "futureField": 1}  # still the mapping as sent
    with pytest.raises(AttributeError, match="NoSuchParameters"):
        tengrai.types.NoSuchParameters  # noqa: B018
