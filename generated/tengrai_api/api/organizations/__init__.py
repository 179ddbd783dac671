"""Sans-IO requests and answers of the ``organizations`` endpoints.

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


def create_api_key_request(
    org_id: str,
    *,
    json_body: Mapping[str, Any],
    params: Mapping[str, Any] | None = None,
) -> Request:
    """``POST /v2/organizations/{org_id}/api-keys`` as data: nothing is sent.

    Args:
        org_id: the ``orgId`` path parameter (quoted into the URL).
        json_body: the JSON body by wire name; what is sent is what the generated model writes of it.
        params: query parameters by wire name, sent as given.
    """
    from ...models.create_api_key_request import CreateApiKeyRequest

    return {
        "method": "POST",
        "url": "/v2/organizations/{org_id}/api-keys".format(
            org_id=quote(org_id, safe=""),
        ),
        "params": params,
        "json": CreateApiKeyRequest.from_dict(dict(json_body)).to_dict(),
    }


def create_api_key_answer(status_code: int, content: bytes) -> Any:
    """An answer of ``create_api_key`` parsed into the generated models (None: no documented body for that
    status); raises what the models raise (KeyError, TypeError, ValueError) for a body that does not parse."""
    from .create_api_key import _parse_response

    return _parse_response(client=_CLIENT, response=httpx.Response(status_code, content=content))


def revoke_api_key_request(
    org_id: str,
    key_id: str,
    *,
    params: Mapping[str, Any] | None = None,
) -> Request:
    """``DELETE /v2/organizations/{org_id}/api-keys/{key_id}`` as data: nothing is sent.

    Args:
        org_id: the ``orgId`` path parameter (quoted into the URL).
        key_id: the ``keyId`` path parameter (quoted into the URL).
        params: query parameters by wire name, sent as given.
    """
    return {
        "method": "DELETE",
        "url": "/v2/organizations/{org_id}/api-keys/{key_id}".format(
            org_id=quote(org_id, safe=""),
            key_id=quote(key_id, safe=""),
        ),
        "params": params,
        "json": None,
    }


def revoke_api_key_answer(status_code: int, content: bytes) -> Any:
    """An answer of ``revoke_api_key`` parsed into the generated models (None: no documented body for that
    status); raises what the models raise (KeyError, TypeError, ValueError) for a body that does not parse."""
    from .revoke_api_key import _parse_response

    return _parse_response(client=_CLIENT, response=httpx.Response(status_code, content=content))


def rotate_webhook_secret_request(
    org_id: str,
    *,
    params: Mapping[str, Any] | None = None,
) -> Request:
    """``POST /v2/organizations/{org_id}/webhook-secret`` as data: nothing is sent.

    Args:
        org_id: the ``orgId`` path parameter (quoted into the URL).
        params: query parameters by wire name, sent as given.
    """
    return {
        "method": "POST",
        "url": "/v2/organizations/{org_id}/webhook-secret".format(
            org_id=quote(org_id, safe=""),
        ),
        "params": params,
        "json": None,
    }


def rotate_webhook_secret_answer(status_code: int, content: bytes) -> Any:
    """An answer of ``rotate_webhook_secret`` parsed into the generated models (None: no documented body for that
    status); raises what the models raise (KeyError, TypeError, ValueError) for a body that does not parse."""
    from .rotate_webhook_secret import _parse_response

    return _parse_response(client=_CLIENT, response=httpx.Response(status_code, content=content))


class _PureClient:
    """What ``_parse_response`` asks of a client: nothing is sent, an undocumented status parses as None."""

    raise_on_unexpected_status = False


_CLIENT: Any = _PureClient()

OPERATIONS: dict[str, tuple[Callable[..., Request], Callable[[int, bytes], Any]]] = {
    "create_api_key": (create_api_key_request, create_api_key_answer),
    "revoke_api_key": (revoke_api_key_request, revoke_api_key_answer),
    "rotate_webhook_secret": (rotate_webhook_secret_request, rotate_webhook_secret_answer),
}
"""operationId -> (its request builder, its answer parser)."""

ROUTES: dict[str, tuple[str, str]] = {
    "create_api_key": ("POST", "/v2/organizations/{org_id}/api-keys"),
    "revoke_api_key": ("DELETE", "/v2/organizations/{org_id}/api-keys/{key_id}"),
    "rotate_webhook_secret": ("POST", "/v2/organizations/{org_id}/webhook-secret"),
}
"""operationId -> (method, path with its parameters as ``{python_name}``)."""
