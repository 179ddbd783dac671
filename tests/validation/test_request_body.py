"""build_request_body: snake_case arguments in, camelCase body out, every documented rule enforced."""

from __future__ import annotations

import enum
import math
import os
import warnings
from typing import Any

import pytest

import tengrai
from tengrai import ValidationError
from tengrai._fields import snake
from tengrai.mock import _openapi as _spec
from tengrai.validation import TruncationWarning, build_request_body

from .spec_lookup import REQUIRED_VALUES, base_params, completed, create_operations, properties

QUANTUM = "create_quantum_artwork"
SELENA = "create_selena_variete_artwork"
FACE = "create_face_refiner_artwork"
IMAGE = REQUIRED_VALUES["imageUrl"]
HOOK = "https://hooks.example.com/tengrai?source=sdk"


def reject(operation_id: str, params: dict[str, Any], *, strict: bool = False) -> ValidationError:
    """The ValidationError that build_request_body raises for ``params`` (fails the test if none)."""
    with pytest.raises(ValidationError) as caught:
        build_request_body(operation_id, params, strict=strict)
    return caught.value


# ---------------------------------------------------------------------------------------------- good inputs

GOOD: list[tuple[str, dict[str, Any], dict[str, Any]]] = [
    (QUANTUM, {}, {}),
    (
        QUANTUM,
        {
            "prompt": "a red fox in fresh snow",
            "negative_prompt": "blurry",
            "style": "tengrai-anime",
            "prompt_mode": "seer",
            "aspect_ratio": "16:9",
            "nsfw": False,
            "transparent_background": True,
            "seed": 42,
            "webhook": HOOK,
            "output_format": "png",
        },
        {
            "prompt": "a red fox in fresh snow",
            "negativePrompt": "blurry",
            "style": "tengrai-anime",
            "promptMode": "seer",
            "aspectRatio": "16:9",
            "nsfw": False,
            "transparentBackground": True,
            "seed": 42,
            "webhook": HOOK,
            "outputFormat": "png",
        },
    ),
    (
        QUANTUM,
        {"prompt": "", "width": 1216, "height": 1216, "style": None, "seed": None, "webhook": None},
        {"prompt": "", "width": 1216, "height": 1216},
    ),
    (
        SELENA,
        {
            "image_url": IMAGE,
            "model": "tengrai-20240423-m-f.safetensors",
            "batch": 1,
            "prompt": "the same street at night",
            "negative_prompt": "people",
            "style": "photographer",
            "processing_mode": "reimagine",
            "prompt_mode": "servitor",
            "creativity": 5,
            "details": 1,
            "denoising": 3,
            "aspect_ratio": "21:9",
            "nsfw": True,
            "transparent_background": False,
            "color_tone": "blackAndWhite",
            "webhook": HOOK,
        },
        {
            "imageUrl": IMAGE,
            "model": "tengrai-20240423-m-f.safetensors",
            "batch": 1,
            "prompt": "the same street at night",
            "negativePrompt": "people",
            "style": "photographer",
            "processingMode": "reimagine",
            "promptMode": "servitor",
            "creativity": 5,
            "details": 1,
            "denoising": 3,
            "aspectRatio": "21:9",
            "nsfw": True,
            "transparentBackground": False,
            "colorTone": "blackAndWhite",
            "webhook": HOOK,
        },
    ),
    (SELENA, {"image_url": IMAGE, "width": 2048, "height": 512}, {"imageUrl": IMAGE, "width": 2048, "height": 512}),
    (
        FACE,
        {"image_url": IMAGE, "model": "tengrai-20231128-m-d.safetensors", "denoising": 5, "seed": 2147483647},
        {"imageUrl": IMAGE, "model": "tengrai-20231128-m-d.safetensors", "denoising": 5, "seed": 2147483647},
    ),
    (FACE, {"image_url": IMAGE, "output_format": "webp"}, {"imageUrl": IMAGE, "outputFormat": "webp"}),
    # Source images may live anywhere the server can fetch, including the local mock server's result files.
    (
        FACE,
        {"image_url": "http://127.0.0.1:8000/files/3fa85f64/0.png"},
        {"imageUrl": "http://127.0.0.1:8000/files/3fa85f64/0.png"},
    ),
    # The short resource name works as well as the operation id.
    ("quantum", {"seed": 7}, {"seed": 7}),
    ("selena_variete", {"image_url": IMAGE}, {"imageUrl": IMAGE}),
]


@pytest.mark.parametrize(("operation_id", "params", "expected"), GOOD)
def test_good_arguments_give_the_exact_camel_case_body(
    operation_id: str, params: dict[str, Any], expected: dict[str, Any]
) -> None:
    original = dict(params)
    assert build_request_body(operation_id, params) == expected
    assert params == original  # the caller's mapping is not modified


def test_integral_float_is_sent_as_int() -> None:
    body = build_request_body(QUANTUM, {"width": 1024.0, "height": 768})
    assert body == {"width": 1024, "height": 768}
    assert type(body["width"]) is int


def test_enum_members_are_sent_as_plain_strings() -> None:
    class Style(enum.StrEnum):
        MANGA = "manga"

    body = build_request_body(QUANTUM, {"style": Style.MANGA})
    assert body == {"style": "manga"}
    assert type(body["style"]) is str


# ---------------------------------------------------------------------------------------------- bad inputs

# (operation, arguments, field named by the error, fragments the message must contain)
BAD: list[tuple[str, dict[str, Any], str, tuple[str, ...]]] = [
    # types
    (QUANTUM, {"prompt": 42}, "prompt", ("must be a string", "int")),
    (QUANTUM, {"prompt": b"bytes"}, "prompt", ("must be a string", "bytes")),
    (QUANTUM, {"negative_prompt": ["a", "b"]}, "negativePrompt", ("must be a string", "list")),
    (QUANTUM, {"seed": True}, "seed", ("must be an integer", "bool")),
    (QUANTUM, {"width": False, "height": 600}, "width", ("must be an integer", "bool")),
    (QUANTUM, {"seed": "42"}, "seed", ("must be an integer", "str")),
    (QUANTUM, {"seed": 4.5}, "seed", ("must be an integer", "float")),
    (QUANTUM, {"seed": math.nan}, "seed", ("must be an integer",)),
    (QUANTUM, {"nsfw": 1}, "nsfw", ("must be a boolean", "int")),
    (QUANTUM, {"nsfw": "false"}, "nsfw", ("must be a boolean", "str")),
    (QUANTUM, {"transparent_background": 0}, "transparentBackground", ("must be a boolean",)),
    (SELENA, {**base_params(SELENA), "batch": True}, "batch", ("must be an integer", "bool")),
    (FACE, {"image_url": 123}, "imageUrl", ("must be a string",)),
    # enums
    (QUANTUM, {"style": "mangaa"}, "style", ("not a documented QuantumStyle", "did you mean 'manga'?", "Allowed")),
    (QUANTUM, {"style": "Manga"}, "style", ("did you mean 'manga'?",)),
    (QUANTUM, {"style": "anime"}, "style", ("did you mean 'tengrai-anime'?",)),
    (QUANTUM, {"style": 3}, "style", ("must be a string",)),
    (SELENA, {**base_params(SELENA), "style": "folktale"}, "style", ("not a documented Style", "valid for Quantum")),
    (QUANTUM, {"aspect_ratio": "21:9"}, "aspectRatio", ("QuantumAspectRatio", "Selena Variete, not for Quantum")),
    (QUANTUM, {"aspect_ratio": "16x9"}, "aspectRatio", ("did you mean '16:9'?",)),
    (QUANTUM, {"prompt_mode": "servitr"}, "promptMode", ("PromptMode", "did you mean 'servitor'?")),
    (QUANTUM, {"output_format": "PNG"}, "outputFormat", ("did you mean 'png'?",)),
    (QUANTUM, {"output_format": "jpeg"}, "outputFormat", ("not a documented OutputFormat",)),
    (SELENA, {**base_params(SELENA), "color_tone": "blackandwhite"}, "colorTone", ("did you mean 'blackAndWhite'?",)),
    (SELENA, {**base_params(SELENA), "processing_mode": "sketch to image"}, "processingMode", ("sketch-to-image",)),
    (SELENA, {**base_params(SELENA), "model": "tengrai-20231128-m-d"}, "model", ("not a documented Model",)),
    (FACE, {**base_params(FACE), "model": "sdxl"}, "model", ("not a documented Model",)),
    # integer ranges (per operation)
    (QUANTUM, {"width": 511, "height": 512}, "width", ("minimum 512", "Quantum")),
    (QUANTUM, {"width": 512, "height": 1361}, "height", ("maximum 1360", "Quantum")),
    (SELENA, {**base_params(SELENA), "width": 2049, "height": 512}, "width", ("maximum 2048", "Selena Variete")),
    (SELENA, {**base_params(SELENA), "batch": 3}, "batch", ("maximum 2",)),
    (SELENA, {**base_params(SELENA), "batch": 0}, "batch", ("minimum 1",)),
    (SELENA, {**base_params(SELENA), "creativity": 6}, "creativity", ("maximum 5",)),
    (SELENA, {**base_params(SELENA), "details": -1}, "details", ("minimum 1",)),
    (FACE, {**base_params(FACE), "denoising": 0}, "denoising", ("minimum 1", "Face refiner")),
    (QUANTUM, {"seed": 0}, "seed", ("minimum 1", "2,147,483,647")),
    (QUANTUM, {"seed": -5}, "seed", ("minimum 1",)),
    (FACE, {**base_params(FACE), "seed": 2**31}, "seed", ("maximum 2,147,483,647",)),
    # width and height together, pixel area
    (QUANTUM, {"width": 1024}, "height", ("required when width is given", "dependentRequired", "aspectRatio")),
    (SELENA, {**base_params(SELENA), "height": 1024}, "width", ("required when height is given",)),
    (QUANTUM, {"width": 1217, "height": 1216}, "width", ("1,479,872", "maximum pixel area 1,478,656", "1216 x 1216")),
    (SELENA, {**base_params(SELENA), "width": 2048, "height": 1024}, "width", ("x-max-pixel-area",)),
    # required fields
    (SELENA, {}, "imageUrl", ("required by Selena Variete", "image_url=")),
    (FACE, {"seed": 5}, "imageUrl", ("required by Face refiner",)),
    (FACE, {"image_url": None}, "imageUrl", ("required",)),
    # URLs
    (FACE, {"image_url": "cdn.example.com/a.png"}, "imageUrl", ("absolute http(s) URL", "format uri")),
    (FACE, {"image_url": "/images/a.png"}, "imageUrl", ("absolute",)),
    (FACE, {"image_url": "ftp://cdn.example.com/a.png"}, "imageUrl", ("'ftp'", "not http or https")),
    (FACE, {"image_url": "file:///etc/passwd"}, "imageUrl", ("not http or https",)),
    (FACE, {"image_url": "https://cdn.example.com/my photo.png"}, "imageUrl", ("' '", "percent-encode")),
    (FACE, {"image_url": "https:///a.png"}, "imageUrl", ("no host",)),
    (FACE, {"image_url": "https://cdn.example.com/%zz.png"}, "imageUrl", ("percent-encoded",)),
    (FACE, {"image_url": "https://cdn.example.com:0/a.png"}, "imageUrl", ("port 0",)),
    (FACE, {"image_url": "https://bücher.de/a.png"}, "imageUrl", ("non-ASCII", "xn--bcher-kva.de")),
    (FACE, {"image_url": "https://a@b@cdn.example.com/a.png"}, "imageUrl", ("more than one '@'",)),
    (FACE, {"image_url": "https://cdn.example.com\\@evil.example/"}, "imageUrl", ("'\\\\'",)),
    (QUANTUM, {"webhook": "http://hooks.example.com/"}, "webhook", ("'^https://'", "HTTPS only")),
    (QUANTUM, {"webhook": "https://127.0.0.1/hook"}, "webhook", ("publicly routable", "loopback")),
    (SELENA, {**base_params(SELENA), "webhook": "https://10.1.2.3/"}, "webhook", ("private",)),
    (FACE, {**base_params(FACE), "webhook": "https://localhost/"}, "webhook", ("localhost",)),
    # unknown fields
    (QUANTUM, {"negativ_prompt": "x"}, "negativ_prompt", ("not a field of Quantum", "did you mean 'negative_prompt'?")),
    (QUANTUM, {"negativePrompt": "x"}, "negativePrompt", ("snake_case name 'negative_prompt'",)),
    (QUANTUM, {"image_url": IMAGE}, "image_url", ("not a field of Quantum", "Selena Variete", "Face refiner")),
    (SELENA, {**base_params(SELENA), "seed": 3}, "seed", ("not a field of Selena Variete", "Quantum")),
    (QUANTUM, {"camera_angle": "closeUp"}, "camera_angle", ("not a field of Quantum", "Known fields")),
]


@pytest.mark.parametrize(
    ("operation_id", "params", "field", "fragments"),
    BAD,
    ids=[f"{case[0]}-{case[2]}-{i}" for i, case in enumerate(BAD)],
)
def test_bad_arguments_raise_a_validation_error_naming_field_value_and_rule(
    operation_id: str, params: dict[str, Any], field: str, fragments: tuple[str, ...]
) -> None:
    error = reject(operation_id, params)
    assert error.field == field
    assert isinstance(error, tengrai._exceptions.TengraiError)
    assert isinstance(error, ValueError)
    message = str(error)
    assert message.startswith(f"{field}=")
    for fragment in fragments:
        assert fragment in message, f"{fragment!r} not in {message!r}"
    given = params.get(snake(field), params.get(field))
    if given is not None:
        assert error.value is given or error.value == given


WRONG_TYPE: dict[str, tuple[Any, str]] = {
    "string": (12345, "must be a string"),
    "integer": ("12", "must be an integer"),
    "number": ("12", "must be a number"),
    "boolean": ("yes", "must be a boolean"),
    "array": ("artworks-internal", "must be a list"),
    "object": ("12", "must be a mapping"),
}


@pytest.mark.parametrize(
    ("operation_id", "name"),
    [(operation_id, name) for operation_id in create_operations() for name in properties(operation_id)],
)
def test_every_field_of_every_operation_checks_its_type(operation_id: str, name: str) -> None:
    json_type = properties(operation_id)[name]["type"]
    wrong, rule = WRONG_TYPE[json_type]
    error = reject(operation_id, {**base_params(operation_id), snake(name): wrong})
    assert (error.field, error.value) == (name, wrong)
    assert rule in error.rule
    if json_type != "boolean":
        error = reject(operation_id, {**base_params(operation_id), snake(name): True})
        assert (error.field, error.value) == (name, True)


def test_the_first_broken_rule_is_reported_in_argument_order() -> None:
    assert reject(QUANTUM, {"seed": 0, "style": "nope"}).field == "seed"
    assert reject(QUANTUM, {"style": "nope", "seed": 0}).field == "style"


def test_non_string_argument_names_are_rejected() -> None:
    error = reject(QUANTUM, {1: "x"})  # type: ignore[dict-item]
    assert "argument names must be strings" in error.rule


def test_unknown_operation_is_a_value_error_with_a_suggestion() -> None:
    with pytest.raises(ValueError, match="did you mean 'create_quantum_artwork'") as caught:
        build_request_body("create_quantum_artworks", {})
    assert not isinstance(caught.value, ValidationError)
    with pytest.raises(ValueError, match="unknown operation"):
        build_request_body("get_artwork", {})  # takes no request body


# ---------------------------------------------------------------------------------------------- spec boundaries


def _integer_fields() -> list[tuple[str, str, dict[str, Any]]]:
    return [
        (operation_id, name, schema)
        for operation_id in create_operations()
        for name, schema in properties(operation_id).items()
        if schema.get("type") == "integer" and "minimum" in schema and "maximum" in schema
    ]


def _with_companion(operation_id: str, name: str, value: int) -> dict[str, Any]:
    """Arguments that set ``name`` to ``value`` (plus the other size field at its minimum, if dependent)."""
    params = {**base_params(operation_id), snake(name): value}
    for other in _spec.request_schema(operation_id).get("dependentRequired", {}).get(name, []):
        params[snake(other)] = properties(operation_id)[other]["minimum"]
    return params


@pytest.mark.parametrize(("operation_id", "name", "schema"), _integer_fields())
def test_integer_bounds_come_from_each_operations_schema(operation_id: str, name: str, schema: dict[str, Any]) -> None:
    low, high = schema["minimum"], schema["maximum"]
    for inside in (low, high):
        assert build_request_body(operation_id, _with_companion(operation_id, name, inside))[name] == inside
    below = reject(operation_id, _with_companion(operation_id, name, low - 1))
    assert (below.field, below.value) == (name, low - 1)
    assert "minimum" in below.rule
    above = reject(operation_id, _with_companion(operation_id, name, high + 1))
    assert (above.field, above.value) == (name, high + 1)
    assert "maximum" in above.rule


@pytest.mark.parametrize(
    ("operation_id", "largest", "smallest"),
    [(QUANTUM, 1360, 512), (SELENA, 2048, 512)],  # transcribed from seeds 003 and 002 as a cross-check
)
def test_per_family_size_ranges_match_the_seed_documents(operation_id: str, largest: int, smallest: int) -> None:
    base = base_params(operation_id)
    assert build_request_body(operation_id, {**base, "width": largest, "height": smallest})["width"] == largest
    assert reject(operation_id, {**base, "width": largest + 1, "height": smallest}).field == "width"
    assert build_request_body(operation_id, {**base, "width": smallest, "height": largest})["height"] == largest
    assert reject(operation_id, {**base, "width": smallest, "height": largest + 1}).field == "height"
    assert reject(operation_id, {**base, "width": smallest - 1, "height": smallest}).field == "width"


@pytest.mark.parametrize("operation_id", [QUANTUM, SELENA])
def test_pixel_area_limit_1216_squared_passes_and_1217_by_1216_fails(operation_id: str) -> None:
    base = base_params(operation_id)
    assert build_request_body(operation_id, {**base, "width": 1216, "height": 1216})["width"] == 1216
    assert build_request_body(operation_id, {**base, "width": 1216, "height": 1216})["height"] == 1216
    for width, height in [(1217, 1216), (1216, 1217)]:
        error = reject(operation_id, {**base, "width": width, "height": height})
        assert (error.field, error.value) == ("width", width)
        assert f"{width * height:,}" in error.rule
        assert "1,478,656" in error.rule


@pytest.mark.parametrize("operation_id", [QUANTUM, SELENA])
def test_pixel_area_limit_is_read_from_the_spec(operation_id: str) -> None:
    limit = _spec.extension(_spec.request_schema(operation_id), "max-pixel-area")
    side = math.isqrt(limit)
    base = base_params(operation_id)
    build_request_body(operation_id, {**base, "width": side, "height": limit // side})
    error = reject(operation_id, {**base, "width": side, "height": limit // side + 1})
    assert f"{limit:,}" in error.rule
    assert "aspectRatio" in error.rule  # points at the better alternative


def test_pixel_area_error_suggests_the_nearest_aspect_ratio() -> None:
    wide = reject(QUANTUM, {"width": 1360, "height": 1100})
    assert "aspectRatio '4:3'" in wide.rule
    tall = reject(SELENA, {**base_params(SELENA), "width": 800, "height": 2000})
    assert "aspectRatio '9:21'" in tall.rule


# ---------------------------------------------------------------------------------------------- enums


def _enum_fields() -> list[tuple[str, str, list[Any]]]:
    return [
        (operation_id, name, schema["enum"])
        for operation_id in create_operations()
        for name, schema in properties(operation_id).items()
        if "enum" in schema and isinstance(schema["enum"][0], str)
    ]


@pytest.mark.parametrize(("operation_id", "name", "values"), _enum_fields())
def test_every_documented_enum_value_is_accepted_and_others_are_not(
    operation_id: str, name: str, values: list[Any]
) -> None:
    base = base_params(operation_id)
    for value in values:
        assert build_request_body(operation_id, completed(operation_id, {**base, snake(name): value}))[name] == value
    typo = values[0] + values[0][-1]  # one doubled letter
    error = reject(operation_id, {**base, snake(name): typo})
    assert error.field == name
    assert f"did you mean {values[0]!r}?" in error.rule
    for value in values:
        assert repr(value) in error.rule  # the allowed values are listed


def test_enum_error_without_a_close_match_lists_the_choices_only() -> None:
    error = reject(QUANTUM, {"style": "zzzzzzzzzzzz"})
    assert "did you mean" not in error.rule
    assert "'folktale'" in error.rule


# ---------------------------------------------------------------------------------------------- word limits


def _word_limited_fields() -> list[tuple[str, str, int]]:
    return [
        (operation_id, name, schema["x-max-words"])
        for operation_id in create_operations()
        for name, schema in properties(operation_id).items()
        if "x-max-words" in schema
    ]


@pytest.mark.parametrize(("operation_id", "name", "limit"), _word_limited_fields())
def test_word_limits_warn_by_default_and_raise_in_strict_mode(operation_id: str, name: str, limit: int) -> None:
    base = base_params(operation_id)
    at_limit = " ".join(["word"] * limit)
    over = at_limit + " spill over"
    with warnings.catch_warnings():
        warnings.simplefilter("error")  # no warning at the limit
        assert build_request_body(operation_id, {**base, snake(name): at_limit}, strict=True)[name] == at_limit
        assert build_request_body(operation_id, {**base, snake(name): at_limit})[name] == at_limit
    with pytest.warns(TruncationWarning) as record:
        body = build_request_body(operation_id, {**base, snake(name): over})
    assert body[name] == over  # sent as given: the server truncates
    message = str(record[0].message)
    assert f"{limit + 2} words" in message
    assert f"at most {limit}" in message
    assert "spill over" in message
    error = reject(operation_id, {**base, snake(name): over}, strict=True)
    assert error.field == name
    assert f"at most {limit}" in error.rule
    assert "x-max-words" in error.rule


def test_quantum_and_selena_prompt_limits_match_the_seed_documents() -> None:
    # 200 words for Quantum (seed 003), 256 for Selena Variete (seed 002), 64 for negative prompts (both).
    assert build_request_body(QUANTUM, {"prompt": "w " * 200}, strict=True)
    reject(QUANTUM, {"prompt": "w " * 201}, strict=True)
    assert build_request_body(SELENA, {**base_params(SELENA), "prompt": "w " * 256}, strict=True)
    reject(SELENA, {**base_params(SELENA), "prompt": "w " * 257}, strict=True)
    assert build_request_body(QUANTUM, {"negative_prompt": "w " * 64}, strict=True)
    reject(QUANTUM, {"negative_prompt": "w " * 65}, strict=True)


def test_words_are_whitespace_separated_so_long_spacing_does_not_count() -> None:
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        build_request_body(QUANTUM, {"prompt": ("cat" + " " * 50) * 200})
        build_request_body(QUANTUM, {"prompt": "\n\t".join(["cat"] * 200)})


def test_truncation_warning_points_at_the_callers_line() -> None:
    with pytest.warns(TruncationWarning) as record:
        build_request_body(QUANTUM, {"prompt": "w " * 300})
    assert record[0].filename == __file__


def test_truncation_warning_skips_frames_inside_the_tengrai_package() -> None:
    # Code compiled under a filename inside the package stands in for the client's create() wrapper.
    package_dir = os.path.dirname(os.path.abspath(tengrai.__file__))
    source = "def create(**params):\n    return build_request_body('create_quantum_artwork', params)\n"
    namespace: dict[str, Any] = {"build_request_body": build_request_body}
    exec(compile(source, os.path.join(package_dir, "_stand_in_client.py"), "exec"), namespace)  # noqa: S102
    with pytest.warns(TruncationWarning) as record:
        namespace["create"](prompt="w " * 300)
    assert record[0].filename == __file__


def test_truncation_warning_is_a_user_warning() -> None:
    assert issubclass(TruncationWarning, UserWarning)
