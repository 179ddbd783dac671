"""Constructing clients, the create arguments (typed from the spec, identical sync and async), validation first."""

from __future__ import annotations

import inspect
import json
import typing
import warnings
from typing import Any

import httpx
import pytest

from tengrai import AsyncTengrai, Tengrai, TengraiError, TruncationWarning, ValidationError
from tengrai._client import default_base_url
from tengrai._fields import snake  # the package's one camelCase -> snake_case rule
from tengrai.mock import _openapi as _spec
from tengrai.resources import (
    AsyncFaceRefiner,
    AsyncQuantum,
    AsyncSelenaVariete,
    FaceRefiner,
    Quantum,
    SelenaVariete,
)

from .support import (
    API_KEY,
    BASE_URL,
    FACE_REFINER,
    QUANTUM,
    VARIETE,
    Script,
    artwork_json,
    artwork_path,
    json_response,
    new_id,
    sync_client,
)

FAMILIES = [
    ("create_quantum_artwork", Quantum, AsyncQuantum),
    ("create_selena_variete_artwork", SelenaVariete, AsyncSelenaVariete),
    ("create_face_refiner_artwork", FaceRefiner, AsyncFaceRefiner),
]


# ---------------------------------------------------------------------------------------------- construction


def test_key_and_base_url_come_from_the_environment(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("TENGRAI_API_KEY", API_KEY)
    monkeypatch.setenv("TENGRAI_BASE_URL", "https://staging.tengr.test/")
    artwork_id = new_id()
    script = Script()

    def handler(request: httpx.Request) -> httpx.Response:
        script.requests.append(request)
        return json_response(200, artwork_json(artwork_id))

    with Tengrai(transport=httpx.MockTransport(handler)) as client:
        assert client.base_url == "https://staging.tengr.test"
        client.artworks.get(artwork_id)
    assert str(script.requests[0].url) == f"https://staging.tengr.test{artwork_path(artwork_id)}"
    assert script.requests[0].headers["authorization"] == f"Bearer {API_KEY}"


def test_a_missing_key_is_a_clear_error(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("TENGRAI_API_KEY", raising=False)
    with pytest.raises(TengraiError, match="TENGRAI_API_KEY"):
        Tengrai()
    with pytest.raises(TengraiError, match="TENGRAI_API_KEY"):
        AsyncTengrai(api_key="")


def test_the_default_base_url_is_the_specs_first_server(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("TENGRAI_BASE_URL", raising=False)
    with Tengrai(api_key=API_KEY) as client:
        assert client.base_url == _spec.document()["servers"][0]["url"].rstrip("/")
    assert default_base_url() == _spec.document()["servers"][0]["url"]


@pytest.mark.parametrize("url", ["api.tengr.ai", "ftp://api.tengr.ai", "https://", "https://x.test/?a=1"])
def test_a_bad_base_url_is_rejected(url: str) -> None:
    with pytest.raises(ValidationError, match="base_url"):
        Tengrai(api_key=API_KEY, base_url=url)


@pytest.mark.parametrize(
    ("option", "value"),
    [
        ("timeout", 0),
        ("timeout", -1),
        ("max_retries", -1),
        ("max_retries", 1.5),
        ("wait_timeout", 0),
        ("max_connections", 0),
        ("max_concurrent_downloads", 0),
    ],
)
def test_bad_options_are_rejected(option: str, value: Any) -> None:
    with pytest.raises(ValidationError, match=option):
        Tengrai(api_key=API_KEY, base_url=BASE_URL, **{option: value})


def test_transport_and_http_client_exclude_each_other() -> None:
    with pytest.raises(TengraiError, match="either"):
        Tengrai(
            api_key=API_KEY, transport=httpx.MockTransport(lambda r: httpx.Response(200)), http_client=httpx.Client()
        )


def test_a_given_http_client_is_used_and_left_open() -> None:
    artwork_id = new_id()
    script = Script().on("GET", artwork_path(artwork_id), json_response(200, artwork_json(artwork_id)))
    http = httpx.Client(transport=httpx.MockTransport(script))
    with Tengrai(api_key=API_KEY, base_url=BASE_URL, http_client=http) as client:
        client.artworks.get(artwork_id)
    assert not http.is_closed
    assert script.requests[0].headers["authorization"] == f"Bearer {API_KEY}"
    assert "authorization" not in http.headers  # the key is never put on the shared client
    http.close()


def test_close_closes_the_own_http_client() -> None:
    client = sync_client(Script())
    client.close()
    assert client._http.is_closed


@pytest.mark.anyio
async def test_async_client_closes_as_a_context_manager() -> None:
    async with AsyncTengrai(api_key=API_KEY, base_url=BASE_URL) as client:
        http = client._http
    assert http.is_closed


def test_the_generated_client_is_reachable_and_configured() -> None:
    from tengrai_api.api.artworks import get_artwork

    artwork_id = new_id()
    script = Script().on("GET", artwork_path(artwork_id), json_response(200, artwork_json(artwork_id)))
    with sync_client(script) as client:
        response = get_artwork.sync_detailed(artwork_id, client=client.generated)
    assert response.status_code == 200
    assert script.requests[0].headers["authorization"] == f"Bearer {API_KEY}"


# ---------------------------------------------------------------------------------------------- the create arguments


@pytest.mark.parametrize(("operation_id", "sync_cls", "async_cls"), FAMILIES)
def test_create_arguments_are_the_spec_fields_in_snake_case(operation_id: str, sync_cls: Any, async_cls: Any) -> None:
    schema = _spec.request_schema(operation_id)
    required = {snake(name) for name in schema.get("required", ())}
    expected = {snake(name) for name in schema["properties"]}
    for cls in (sync_cls, async_cls):
        *parameters, timeout, options = list(inspect.signature(cls.create).parameters.values())[1:]
        assert (timeout.name, timeout.kind, timeout.default) == ("timeout", inspect.Parameter.KEYWORD_ONLY, None)
        assert (options.name, options.kind) == ("options", inspect.Parameter.VAR_KEYWORD)  # per-request options
        assert {p.name for p in parameters} == expected
        assert all(p.kind is inspect.Parameter.KEYWORD_ONLY for p in parameters)
        for p in parameters:
            assert (p.default is inspect.Parameter.empty) is (p.name in required), p.name
            if p.name not in required:
                assert p.default is None


@pytest.mark.parametrize(("operation_id", "sync_cls", "async_cls"), FAMILIES)
def test_sync_and_async_arguments_are_identical(operation_id: str, sync_cls: Any, async_cls: Any) -> None:
    for method in ("create", "generate"):
        sync_sig = inspect.signature(getattr(sync_cls, method))
        async_sig = inspect.signature(getattr(async_cls, method))
        assert list(sync_sig.parameters.values()) == list(async_sig.parameters.values())
        assert (
            typing.get_type_hints(getattr(sync_cls, method)).keys()
            == typing.get_type_hints(getattr(async_cls, method)).keys()
        )
    create = inspect.signature(sync_cls.create).parameters
    generate = inspect.signature(sync_cls.generate).parameters
    # generate: create's arguments, then the job's timeout and on_progress, then the same per-request options
    assert list(generate) == [*list(create)[:-2], "timeout", "on_progress", "options"]


@pytest.mark.parametrize(("operation_id", "sync_cls", "async_cls"), FAMILIES)
def test_enum_arguments_are_typed_with_the_generated_literals(operation_id: str, sync_cls: Any, async_cls: Any) -> None:
    import tengrai_api.models as models

    schema = _spec.request_schema(operation_id)
    for cls in (sync_cls, async_cls):
        hints = typing.get_type_hints(cls.create)
        for field, node in schema["properties"].items():
            resolved = _spec.resolve(node)
            if "enum" not in resolved:
                continue
            enum_name = node["$ref"].rsplit("/", 1)[-1]
            literal = getattr(models, enum_name)
            assert set(typing.get_args(literal)) == set(resolved["enum"])
            assert hints[snake(field)] == literal | None, field


def test_create_docstrings_describe_the_arguments_from_the_spec() -> None:
    # The generated docstrings are in the source, wrapped to the line length: compare with whitespace folded.
    doc = " ".join((inspect.getdoc(Quantum.create) or "").split())
    description = " ".join(_spec.request_schema("create_quantum_artwork")["properties"]["nsfw"]["description"].split())
    assert "negative_prompt" in doc
    assert description in doc


# ---------------------------------------------------------------------------------------------- validation first


def test_arguments_are_sent_in_camel_case_and_only_when_given() -> None:
    created = artwork_json(artwork_type="selena_variete")
    script = Script().on("POST", VARIETE, json_response(202, created))
    with sync_client(script) as client:
        client.selena_variete.create(
            image_url="https://images.example.com/in.png",
            negative_prompt="blurry",
            processing_mode="reimagine",
            color_tone="warm",
            transparent_background=False,
            width=1024,
            height=768,
        )
    assert json.loads(script.requests[0].content) == {
        "imageUrl": "https://images.example.com/in.png",
        "negativePrompt": "blurry",
        "processingMode": "reimagine",
        "colorTone": "warm",
        "transparentBackground": False,
        "width": 1024,
        "height": 768,
    }


BAD_CREATES: list[tuple[str, dict[str, Any], str]] = [
    ("quantum", {"style": "anime"}, "style"),
    ("quantum", {"style": "Default"}, "style"),
    ("quantum", {"aspect_ratio": "7:9"}, "aspectRatio"),
    ("quantum", {"aspect_ratio": "1:1 "}, "aspectRatio"),
    ("quantum", {"prompt_mode": "wizard"}, "promptMode"),
    ("quantum", {"output_format": "jpeg"}, "outputFormat"),
    ("quantum", {"width": 1024}, "height"),
    ("quantum", {"height": 1024}, "width"),
    ("quantum", {"width": 511, "height": 1024}, "width"),
    ("quantum", {"width": 1361, "height": 1024}, "width"),
    ("quantum", {"width": 1217, "height": 1216}, "width"),
    ("quantum", {"width": "1024", "height": 1024}, "width"),
    ("quantum", {"width": 1024.5, "height": 1024}, "width"),
    ("quantum", {"seed": 0}, "seed"),
    ("quantum", {"seed": 2**31}, "seed"),
    ("quantum", {"seed": -5}, "seed"),
    ("quantum", {"nsfw": "yes"}, "nsfw"),
    ("quantum", {"prompt": 42}, "prompt"),
    ("quantum", {"webhook": "http://hooks.example.com/x"}, "webhook"),
    ("quantum", {"webhook": "https://127.0.0.1/x"}, "webhook"),
    ("quantum", {"webhook": "https://localhost/x"}, "webhook"),
    ("quantum", {"webhook": "https://169.254.169.254/latest"}, "webhook"),
    ("quantum", {"webhook": "https://10.0.0.8/x"}, "webhook"),
    ("quantum", {"webhook": "https://2130706433/x"}, "webhook"),
    ("quantum", {"webhook": "https://0x7f000001/x"}, "webhook"),
    ("quantum", {"webhook": "https://[::ffff:127.0.0.1]/x"}, "webhook"),
    ("quantum", {"webhook": "https://[fd00::1]/x"}, "webhook"),
    ("quantum", {"webhook": "/relative/hook"}, "webhook"),
    ("selena_variete", {"image_url": "not a url"}, "imageUrl"),
    ("selena_variete", {"image_url": "in.png"}, "imageUrl"),
    ("selena_variete", {"image_url": "https://x.example/a.png", "batch": 3}, "batch"),
    ("selena_variete", {"image_url": "https://x.example/a.png", "creativity": 0}, "creativity"),
    ("selena_variete", {"image_url": "https://x.example/a.png", "details": 6}, "details"),
    ("selena_variete", {"image_url": "https://x.example/a.png", "style": "tengrai-anime"}, "style"),
    ("selena_variete", {"image_url": "https://x.example/a.png", "processing_mode": "sketch"}, "processingMode"),
    ("selena_variete", {"image_url": "https://x.example/a.png", "color_tone": "cold"}, "colorTone"),
    ("selena_variete", {"image_url": "https://x.example/a.png", "model": "tengrai-20231128-m-d"}, "model"),
    ("selena_variete", {"image_url": "https://x.example/a.png", "width": 2048, "height": 2048}, "width"),
    ("face_refiner", {"image_url": "ftp://x.example/a.png"}, "imageUrl"),
    ("face_refiner", {"image_url": "https://x.example/a.png", "denoising": 9}, "denoising"),
    ("face_refiner", {"image_url": "https://x.example/a.png", "output_format": "gif"}, "outputFormat"),
]


@pytest.mark.parametrize(("family", "arguments", "field"), BAD_CREATES)
def test_bad_arguments_raise_before_anything_is_sent(family: str, arguments: dict[str, Any], field: str) -> None:
    script = Script()
    with sync_client(script) as client, pytest.raises(ValidationError) as caught:
        getattr(client, family).create(**arguments)
    assert caught.value.field == field
    assert script.requests == []


@pytest.mark.parametrize(("family", "arguments", "field"), BAD_CREATES[:6])
def test_generate_validates_before_anything_is_sent_too(family: str, arguments: dict[str, Any], field: str) -> None:
    script = Script()
    with sync_client(script) as client, pytest.raises(ValidationError):
        getattr(client, family).generate(**arguments)
    assert script.requests == []


def test_an_unknown_argument_is_a_type_error() -> None:
    with sync_client(Script()) as client, pytest.raises(TypeError, match="styel"):
        client.quantum.create(styel="analog")  # type: ignore[call-arg]


def too_long_prompt() -> str:
    """One word more than Quantum reads (the spec's ``x-max-words``)."""
    limit: int = _spec.request_schema("create_quantum_artwork")["properties"]["prompt"]["x-max-words"]
    return "word " * (limit + 1)


def test_over_long_prompt_warns_and_is_sent() -> None:
    script = Script().on("POST", QUANTUM, json_response(202, artwork_json()))
    with sync_client(script) as client, pytest.warns(TruncationWarning):
        client.quantum.create(prompt=too_long_prompt())
    assert len(script.requests) == 1


def test_strict_mode_refuses_an_over_long_prompt() -> None:
    script = Script()
    with sync_client(script, strict=True) as client, pytest.raises(ValidationError) as caught:
        client.quantum.create(prompt=too_long_prompt())
    assert caught.value.field == "prompt"
    assert script.requests == []


def test_a_valid_face_refiner_create_sends_once() -> None:
    script = Script().on("POST", FACE_REFINER, json_response(202, artwork_json(artwork_type="face_refiner")))
    with sync_client(script) as client, warnings.catch_warnings():
        warnings.simplefilter("error")
        artwork = client.face_refiner.create(image_url="https://images.example.com/face.png", denoising=2, seed=7)
    assert artwork.artwork_type == "face_refiner"
    assert json.loads(script.requests[0].content) == {
        "imageUrl": "https://images.example.com/face.png",
        "denoising": 2,
        "seed": 7,
    }
