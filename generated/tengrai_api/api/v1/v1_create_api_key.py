from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.api_key import ApiKey
from ...models.error_response import ErrorResponse
from ...models.v1_create_api_key_request import V1CreateApiKeyRequest
from ...types import Response


def _get_kwargs(
    org_id: str,
    *,
    body: V1CreateApiKeyRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/v1/organizations/{org_id}/api-keys".format(
            org_id=quote(str(org_id), safe=""),
        ),
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> ApiKey | ErrorResponse | None:
    if response.status_code == 201:
        response_201 = ApiKey.from_dict(response.json())

        return response_201

    if response.status_code == 400:
        response_400 = ErrorResponse.from_dict(response.json())

        return response_400

    if response.status_code == 401:
        response_401 = ErrorResponse.from_dict(response.json())

        return response_401

    if response.status_code == 403:
        response_403 = ErrorResponse.from_dict(response.json())

        return response_403

    if response.status_code == 404:
        response_404 = ErrorResponse.from_dict(response.json())

        return response_404

    if response.status_code == 429:
        response_429 = ErrorResponse.from_dict(response.json())

        return response_429

    if response.status_code == 500:
        response_500 = ErrorResponse.from_dict(response.json())

        return response_500

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[ApiKey | ErrorResponse]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    org_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: V1CreateApiKeyRequest,
) -> Response[ApiKey | ErrorResponse]:
    """Create a new API key for an organization (V1)

     Mint a key for the organization with the V1 domain names. An admin key's domains are set to ['*'] by
    the server. The answer holds the full key in `apiKey` this once only; store it.

    Args:
        org_id (str):
        body (V1CreateApiKeyRequest): Body of POST /v1/organizations/{orgId}/api-keys: the 1.3.0
            page's fields and `domains` from the V1 CreateApiKeyRequest schema.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ApiKey | ErrorResponse]
    """

    kwargs = _get_kwargs(
        org_id=org_id,
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    org_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: V1CreateApiKeyRequest,
) -> ApiKey | ErrorResponse | None:
    """Create a new API key for an organization (V1)

     Mint a key for the organization with the V1 domain names. An admin key's domains are set to ['*'] by
    the server. The answer holds the full key in `apiKey` this once only; store it.

    Args:
        org_id (str):
        body (V1CreateApiKeyRequest): Body of POST /v1/organizations/{orgId}/api-keys: the 1.3.0
            page's fields and `domains` from the V1 CreateApiKeyRequest schema.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ApiKey | ErrorResponse
    """

    return sync_detailed(
        org_id=org_id,
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    org_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: V1CreateApiKeyRequest,
) -> Response[ApiKey | ErrorResponse]:
    """Create a new API key for an organization (V1)

     Mint a key for the organization with the V1 domain names. An admin key's domains are set to ['*'] by
    the server. The answer holds the full key in `apiKey` this once only; store it.

    Args:
        org_id (str):
        body (V1CreateApiKeyRequest): Body of POST /v1/organizations/{orgId}/api-keys: the 1.3.0
            page's fields and `domains` from the V1 CreateApiKeyRequest schema.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ApiKey | ErrorResponse]
    """

    kwargs = _get_kwargs(
        org_id=org_id,
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    org_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: V1CreateApiKeyRequest,
) -> ApiKey | ErrorResponse | None:
    """Create a new API key for an organization (V1)

     Mint a key for the organization with the V1 domain names. An admin key's domains are set to ['*'] by
    the server. The answer holds the full key in `apiKey` this once only; store it.

    Args:
        org_id (str):
        body (V1CreateApiKeyRequest): Body of POST /v1/organizations/{orgId}/api-keys: the 1.3.0
            page's fields and `domains` from the V1 CreateApiKeyRequest schema.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ApiKey | ErrorResponse
    """

    return (
        await asyncio_detailed(
            org_id=org_id,
            client=client,
            body=body,
        )
    ).parsed
