from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.create_selena_artwork_request import CreateSelenaArtworkRequest
from ...models.error_response import ErrorResponse
from ...models.selena_artwork import SelenaArtwork
from ...types import Response


def _get_kwargs(
    *,
    body: CreateSelenaArtworkRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/v2/artworks/selena",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ErrorResponse | SelenaArtwork | None:
    if response.status_code == 202:
        response_202 = SelenaArtwork.from_dict(response.json())

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
) -> Response[ErrorResponse | SelenaArtwork]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: CreateSelenaArtworkRequest,
) -> Response[ErrorResponse | SelenaArtwork]:
    """Selena

     Start a text-to-image generation with Selena, the workhorse model. Answers at once with the artwork
    task; poll it with get_artwork or receive it on the webhook when it ends. No page documents this
    endpoint: its request is the Selena artwork's parameters (see openapi/NOTES.md).

    Args:
        body (CreateSelenaArtworkRequest): Body of POST /v2/artworks/selena (inferred from the
            Selena artwork of seed 000; see NOTES).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | SelenaArtwork]
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
    body: CreateSelenaArtworkRequest,
) -> ErrorResponse | SelenaArtwork | None:
    """Selena

     Start a text-to-image generation with Selena, the workhorse model. Answers at once with the artwork
    task; poll it with get_artwork or receive it on the webhook when it ends. No page documents this
    endpoint: its request is the Selena artwork's parameters (see openapi/NOTES.md).

    Args:
        body (CreateSelenaArtworkRequest): Body of POST /v2/artworks/selena (inferred from the
            Selena artwork of seed 000; see NOTES).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | SelenaArtwork
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: CreateSelenaArtworkRequest,
) -> Response[ErrorResponse | SelenaArtwork]:
    """Selena

     Start a text-to-image generation with Selena, the workhorse model. Answers at once with the artwork
    task; poll it with get_artwork or receive it on the webhook when it ends. No page documents this
    endpoint: its request is the Selena artwork's parameters (see openapi/NOTES.md).

    Args:
        body (CreateSelenaArtworkRequest): Body of POST /v2/artworks/selena (inferred from the
            Selena artwork of seed 000; see NOTES).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | SelenaArtwork]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: CreateSelenaArtworkRequest,
) -> ErrorResponse | SelenaArtwork | None:
    """Selena

     Start a text-to-image generation with Selena, the workhorse model. Answers at once with the artwork
    task; poll it with get_artwork or receive it on the webhook when it ends. No page documents this
    endpoint: its request is the Selena artwork's parameters (see openapi/NOTES.md).

    Args:
        body (CreateSelenaArtworkRequest): Body of POST /v2/artworks/selena (inferred from the
            Selena artwork of seed 000; see NOTES).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | SelenaArtwork
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
