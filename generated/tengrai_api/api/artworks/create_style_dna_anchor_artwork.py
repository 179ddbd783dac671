from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.create_style_dna_anchor_artwork_request import (
    CreateStyleDnaAnchorArtworkRequest,
)
from ...models.error_response import ErrorResponse
from ...models.style_dna_anchor_artwork import StyleDnaAnchorArtwork
from ...types import Response


def _get_kwargs(
    *,
    body: CreateStyleDnaAnchorArtworkRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/v2/style-dna/generate-anchor",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ErrorResponse | StyleDnaAnchorArtwork | None:
    if response.status_code == 202:
        response_202 = StyleDnaAnchorArtwork.from_dict(response.json())

        return response_202

    if response.status_code == 400:
        response_400 = ErrorResponse.from_dict(response.json())

        return response_400

    if response.status_code == 401:
        response_401 = ErrorResponse.from_dict(response.json())

        return response_401

    if response.status_code == 403:
        response_403 = ErrorResponse.from_dict(response.json())

        return response_403

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
) -> Response[ErrorResponse | StyleDnaAnchorArtwork]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: CreateStyleDnaAnchorArtworkRequest,
) -> Response[ErrorResponse | StyleDnaAnchorArtwork]:
    """Generate anchor image

     Create the anchor image that defines a Style DNA. The page also shows an optional reference image
    but hides its field name, so this SDK cannot send one yet (only `webhook` is accepted; see
    openapi/NOTES.md).

    Args:
        body (CreateStyleDnaAnchorArtworkRequest): Body of POST /v2/style-dna/generate-anchor.
            Only webhook is documented by name; the page's optional reference-image field is not (see
            NOTES).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | StyleDnaAnchorArtwork]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    body: CreateStyleDnaAnchorArtworkRequest,
) -> ErrorResponse | StyleDnaAnchorArtwork | None:
    """Generate anchor image

     Create the anchor image that defines a Style DNA. The page also shows an optional reference image
    but hides its field name, so this SDK cannot send one yet (only `webhook` is accepted; see
    openapi/NOTES.md).

    Args:
        body (CreateStyleDnaAnchorArtworkRequest): Body of POST /v2/style-dna/generate-anchor.
            Only webhook is documented by name; the page's optional reference-image field is not (see
            NOTES).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | StyleDnaAnchorArtwork
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: CreateStyleDnaAnchorArtworkRequest,
) -> Response[ErrorResponse | StyleDnaAnchorArtwork]:
    """Generate anchor image

     Create the anchor image that defines a Style DNA. The page also shows an optional reference image
    but hides its field name, so this SDK cannot send one yet (only `webhook` is accepted; see
    openapi/NOTES.md).

    Args:
        body (CreateStyleDnaAnchorArtworkRequest): Body of POST /v2/style-dna/generate-anchor.
            Only webhook is documented by name; the page's optional reference-image field is not (see
            NOTES).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | StyleDnaAnchorArtwork]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: CreateStyleDnaAnchorArtworkRequest,
) -> ErrorResponse | StyleDnaAnchorArtwork | None:
    """Generate anchor image

     Create the anchor image that defines a Style DNA. The page also shows an optional reference image
    but hides its field name, so this SDK cannot send one yet (only `webhook` is accepted; see
    openapi/NOTES.md).

    Args:
        body (CreateStyleDnaAnchorArtworkRequest): Body of POST /v2/style-dna/generate-anchor.
            Only webhook is documented by name; the page's optional reference-image field is not (see
            NOTES).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | StyleDnaAnchorArtwork
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
