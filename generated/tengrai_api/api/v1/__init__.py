"""Sans-IO requests and answers of the ``v1`` endpoints.

Per endpoint, ``<operation>_request(...)`` builds the request as data (method, URL below the base URL with the path
parameters quoted, query parameters, JSON body written by the generated request model) and
``<operation>_answer(status_code, content)`` parses an answer into the generated models, without sending or
receiving anything. `OPERATIONS` maps each operationId to the pair, `ROUTES` to its method and templated path.
"""

from collections.abc import Callable, Mapping
from typing import Any
from urllib.parse import quote

import httpx

__all__ = ["OPERATIONS", "ROUTES", "Request"]

Request = dict[str, Any]
"""``method`` (upper case), ``url`` (the path below the base URL), ``params`` (or None), ``json`` (or None)."""


def v1_txt2img_request(
    *,
    json_body: Mapping[str, Any],
    params: Mapping[str, Any] | None = None,
) -> Request:
    """``POST /v1/artworks/txt2img`` as data: nothing is sent.

    Args:
        json_body: the JSON body by wire name; what is sent is what the generated model writes of it.
        params: query parameters by wire name, sent as given.
    """
    from ...models.create_v1_txt_2_img_request import CreateV1Txt2ImgRequest

    return {
        "method": "POST",
        "url": "/v1/artworks/txt2img",
        "params": params,
        "json": CreateV1Txt2ImgRequest.from_dict(dict(json_body)).to_dict(),
    }


def v1_txt2img_answer(status_code: int, content: bytes) -> Any:
    """An answer of ``v1_txt2img`` parsed into the generated models (None: no documented body for that
    status); raises what the models raise (KeyError, TypeError, ValueError) for a body that does not parse."""
    from .v1_txt2img import _parse_response

    return _parse_response(client=_CLIENT, response=httpx.Response(status_code, content=content))


def v1_upscaling_request(
    *,
    json_body: Mapping[str, Any],
    params: Mapping[str, Any] | None = None,
) -> Request:
    """``POST /v1/artworks/upscaling`` as data: nothing is sent.

    Args:
        json_body: the JSON body by wire name; what is sent is what the generated model writes of it.
        params: query parameters by wire name, sent as given.
    """
    from ...models.create_v1_upscaling_request import CreateV1UpscalingRequest

    return {
        "method": "POST",
        "url": "/v1/artworks/upscaling",
        "params": params,
        "json": CreateV1UpscalingRequest.from_dict(dict(json_body)).to_dict(),
    }


def v1_upscaling_answer(status_code: int, content: bytes) -> Any:
    """An answer of ``v1_upscaling`` parsed into the generated models (None: no documented body for that
    status); raises what the models raise (KeyError, TypeError, ValueError) for a body that does not parse."""
    from .v1_upscaling import _parse_response

    return _parse_response(client=_CLIENT, response=httpx.Response(status_code, content=content))


def v1_hamilton_request(
    *,
    json_body: Mapping[str, Any],
    params: Mapping[str, Any] | None = None,
) -> Request:
    """``POST /v1/artworks/hamilton`` as data: nothing is sent.

    Args:
        json_body: the JSON body by wire name; what is sent is what the generated model writes of it.
        params: query parameters by wire name, sent as given.
    """
    from ...models.create_v1_hamilton_request import CreateV1HamiltonRequest

    return {
        "method": "POST",
        "url": "/v1/artworks/hamilton",
        "params": params,
        "json": CreateV1HamiltonRequest.from_dict(dict(json_body)).to_dict(),
    }


def v1_hamilton_answer(status_code: int, content: bytes) -> Any:
    """An answer of ``v1_hamilton`` parsed into the generated models (None: no documented body for that
    status); raises what the models raise (KeyError, TypeError, ValueError) for a body that does not parse."""
    from .v1_hamilton import _parse_response

    return _parse_response(client=_CLIENT, response=httpx.Response(status_code, content=content))


def v1_style_dna_generate_request(
    *,
    json_body: Mapping[str, Any],
    params: Mapping[str, Any] | None = None,
) -> Request:
    """``POST /v1/style-dna/generate`` as data: nothing is sent.

    Args:
        json_body: the JSON body by wire name; what is sent is what the generated model writes of it.
        params: query parameters by wire name, sent as given.
    """
    from ...models.v1_style_dna_generate_request import V1StyleDnaGenerateRequest

    return {
        "method": "POST",
        "url": "/v1/style-dna/generate",
        "params": params,
        "json": V1StyleDnaGenerateRequest.from_dict(dict(json_body)).to_dict(),
    }


def v1_style_dna_generate_answer(status_code: int, content: bytes) -> Any:
    """An answer of ``v1_style_dna_generate`` parsed into the generated models (None: no documented body for that
    status); raises what the models raise (KeyError, TypeError, ValueError) for a body that does not parse."""
    from .v1_style_dna_generate import _parse_response

    return _parse_response(client=_CLIENT, response=httpx.Response(status_code, content=content))


def v1_style_dna_generate_asset_request(
    *,
    json_body: Mapping[str, Any],
    params: Mapping[str, Any] | None = None,
) -> Request:
    """``POST /v1/style-dna/generate/asset`` as data: nothing is sent.

    Args:
        json_body: the JSON body by wire name; what is sent is what the generated model writes of it.
        params: query parameters by wire name, sent as given.
    """
    from ...models.v1_style_dna_generate_asset_request import (
        V1StyleDnaGenerateAssetRequest,
    )

    return {
        "method": "POST",
        "url": "/v1/style-dna/generate/asset",
        "params": params,
        "json": V1StyleDnaGenerateAssetRequest.from_dict(dict(json_body)).to_dict(),
    }


def v1_style_dna_generate_asset_answer(status_code: int, content: bytes) -> Any:
    """An answer of ``v1_style_dna_generate_asset`` parsed into the generated models (None: no documented body for that
    status); raises what the models raise (KeyError, TypeError, ValueError) for a body that does not parse."""
    from .v1_style_dna_generate_asset import _parse_response

    return _parse_response(client=_CLIENT, response=httpx.Response(status_code, content=content))


def v1_style_dna_edit_request(
    *,
    json_body: Mapping[str, Any],
    params: Mapping[str, Any] | None = None,
) -> Request:
    """``POST /v1/style-dna/edit`` as data: nothing is sent.

    Args:
        json_body: the JSON body by wire name; what is sent is what the generated model writes of it.
        params: query parameters by wire name, sent as given.
    """
    from ...models.v1_style_dna_edit_request import V1StyleDnaEditRequest

    return {
        "method": "POST",
        "url": "/v1/style-dna/edit",
        "params": params,
        "json": V1StyleDnaEditRequest.from_dict(dict(json_body)).to_dict(),
    }


def v1_style_dna_edit_answer(status_code: int, content: bytes) -> Any:
    """An answer of ``v1_style_dna_edit`` parsed into the generated models (None: no documented body for that
    status); raises what the models raise (KeyError, TypeError, ValueError) for a body that does not parse."""
    from .v1_style_dna_edit import _parse_response

    return _parse_response(client=_CLIENT, response=httpx.Response(status_code, content=content))


def v1_style_dna_remove_background_request(
    *,
    json_body: Mapping[str, Any],
    params: Mapping[str, Any] | None = None,
) -> Request:
    """``POST /v1/style-dna/remove-background`` as data: nothing is sent.

    Args:
        json_body: the JSON body by wire name; what is sent is what the generated model writes of it.
        params: query parameters by wire name, sent as given.
    """
    from ...models.v1_style_dna_remove_background_request import (
        V1StyleDnaRemoveBackgroundRequest,
    )

    return {
        "method": "POST",
        "url": "/v1/style-dna/remove-background",
        "params": params,
        "json": V1StyleDnaRemoveBackgroundRequest.from_dict(dict(json_body)).to_dict(),
    }


def v1_style_dna_remove_background_answer(status_code: int, content: bytes) -> Any:
    """An answer of ``v1_style_dna_remove_background`` parsed into the generated models (None: no documented body for that
    status); raises what the models raise (KeyError, TypeError, ValueError) for a body that does not parse."""
    from .v1_style_dna_remove_background import _parse_response

    return _parse_response(client=_CLIENT, response=httpx.Response(status_code, content=content))


def v1_textcraft_request(
    *,
    json_body: Mapping[str, Any],
    params: Mapping[str, Any] | None = None,
) -> Request:
    """``POST /v1/textcraft`` as data: nothing is sent.

    Args:
        json_body: the JSON body by wire name; what is sent is what the generated model writes of it.
        params: query parameters by wire name, sent as given.
    """
    from ...models.textcraft_request import TextcraftRequest

    return {
        "method": "POST",
        "url": "/v1/textcraft",
        "params": params,
        "json": TextcraftRequest.from_dict(dict(json_body)).to_dict(),
    }


def v1_textcraft_answer(status_code: int, content: bytes) -> Any:
    """An answer of ``v1_textcraft`` parsed into the generated models (None: no documented body for that
    status); raises what the models raise (KeyError, TypeError, ValueError) for a body that does not parse."""
    from .v1_textcraft import _parse_response

    return _parse_response(client=_CLIENT, response=httpx.Response(status_code, content=content))


def v1_create_api_key_request(
    org_id: str,
    *,
    json_body: Mapping[str, Any],
    params: Mapping[str, Any] | None = None,
) -> Request:
    """``POST /v1/organizations/{org_id}/api-keys`` as data: nothing is sent.

    Args:
        org_id: the ``orgId`` path parameter (quoted into the URL).
        json_body: the JSON body by wire name; what is sent is what the generated model writes of it.
        params: query parameters by wire name, sent as given.
    """
    from ...models.v1_create_api_key_request import V1CreateApiKeyRequest

    return {
        "method": "POST",
        "url": "/v1/organizations/{org_id}/api-keys".format(
            org_id=quote(org_id, safe=""),
        ),
        "params": params,
        "json": V1CreateApiKeyRequest.from_dict(dict(json_body)).to_dict(),
    }


def v1_create_api_key_answer(status_code: int, content: bytes) -> Any:
    """An answer of ``v1_create_api_key`` parsed into the generated models (None: no documented body for that
    status); raises what the models raise (KeyError, TypeError, ValueError) for a body that does not parse."""
    from .v1_create_api_key import _parse_response

    return _parse_response(client=_CLIENT, response=httpx.Response(status_code, content=content))


def v1_revoke_api_key_request(
    org_id: str,
    key_id: str,
    *,
    params: Mapping[str, Any] | None = None,
) -> Request:
    """``DELETE /v1/organizations/{org_id}/api-keys/{key_id}`` as data: nothing is sent.

    Args:
        org_id: the ``orgId`` path parameter (quoted into the URL).
        key_id: the ``keyId`` path parameter (quoted into the URL).
        params: query parameters by wire name, sent as given.
    """
    return {
        "method": "DELETE",
        "url": "/v1/organizations/{org_id}/api-keys/{key_id}".format(
            org_id=quote(org_id, safe=""),
            key_id=quote(key_id, safe=""),
        ),
        "params": params,
        "json": None,
    }


def v1_revoke_api_key_answer(status_code: int, content: bytes) -> Any:
    """An answer of ``v1_revoke_api_key`` parsed into the generated models (None: no documented body for that
    status); raises what the models raise (KeyError, TypeError, ValueError) for a body that does not parse."""
    from .v1_revoke_api_key import _parse_response

    return _parse_response(client=_CLIENT, response=httpx.Response(status_code, content=content))


def v1_rotate_webhook_secret_request(
    org_id: str,
    *,
    params: Mapping[str, Any] | None = None,
) -> Request:
    """``POST /v1/organizations/{org_id}/webhook-secret`` as data: nothing is sent.

    Args:
        org_id: the ``orgId`` path parameter (quoted into the URL).
        params: query parameters by wire name, sent as given.
    """
    return {
        "method": "POST",
        "url": "/v1/organizations/{org_id}/webhook-secret".format(
            org_id=quote(org_id, safe=""),
        ),
        "params": params,
        "json": None,
    }


def v1_rotate_webhook_secret_answer(status_code: int, content: bytes) -> Any:
    """An answer of ``v1_rotate_webhook_secret`` parsed into the generated models (None: no documented body for that
    status); raises what the models raise (KeyError, TypeError, ValueError) for a body that does not parse."""
    from .v1_rotate_webhook_secret import _parse_response

    return _parse_response(client=_CLIENT, response=httpx.Response(status_code, content=content))


class _PureClient:
    """What ``_parse_response`` asks of a client: nothing is sent, an undocumented status parses as None."""

    raise_on_unexpected_status = False


_CLIENT: Any = _PureClient()

OPERATIONS: dict[str, tuple[Callable[..., Request], Callable[[int, bytes], Any]]] = {
    "v1_txt2img": (v1_txt2img_request, v1_txt2img_answer),
    "v1_upscaling": (v1_upscaling_request, v1_upscaling_answer),
    "v1_hamilton": (v1_hamilton_request, v1_hamilton_answer),
    "v1_style_dna_generate": (v1_style_dna_generate_request, v1_style_dna_generate_answer),
    "v1_style_dna_generate_asset": (v1_style_dna_generate_asset_request, v1_style_dna_generate_asset_answer),
    "v1_style_dna_edit": (v1_style_dna_edit_request, v1_style_dna_edit_answer),
    "v1_style_dna_remove_background": (v1_style_dna_remove_background_request, v1_style_dna_remove_background_answer),
    "v1_textcraft": (v1_textcraft_request, v1_textcraft_answer),
    "v1_create_api_key": (v1_create_api_key_request, v1_create_api_key_answer),
    "v1_revoke_api_key": (v1_revoke_api_key_request, v1_revoke_api_key_answer),
    "v1_rotate_webhook_secret": (v1_rotate_webhook_secret_request, v1_rotate_webhook_secret_answer),
}
"""operationId -> (its request builder, its answer parser)."""

ROUTES: dict[str, tuple[str, str]] = {
    "v1_txt2img": ("POST", "/v1/artworks/txt2img"),
    "v1_upscaling": ("POST", "/v1/artworks/upscaling"),
    "v1_hamilton": ("POST", "/v1/artworks/hamilton"),
    "v1_style_dna_generate": ("POST", "/v1/style-dna/generate"),
    "v1_style_dna_generate_asset": ("POST", "/v1/style-dna/generate/asset"),
    "v1_style_dna_edit": ("POST", "/v1/style-dna/edit"),
    "v1_style_dna_remove_background": ("POST", "/v1/style-dna/remove-background"),
    "v1_textcraft": ("POST", "/v1/textcraft"),
    "v1_create_api_key": ("POST", "/v1/organizations/{org_id}/api-keys"),
    "v1_revoke_api_key": ("DELETE", "/v1/organizations/{org_id}/api-keys/{key_id}"),
    "v1_rotate_webhook_secret": ("POST", "/v1/organizations/{org_id}/webhook-secret"),
}
"""operationId -> (method, path with its parameters as ``{python_name}``)."""
