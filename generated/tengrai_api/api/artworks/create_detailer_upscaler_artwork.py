from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.create_detailer_upscaler_artwork_request import (
    CreateDetailerUpscalerArtworkRequest,
)
from ...models.detailer_upscaler_artwork import DetailerUpscalerArtwork
from ...models.error_response import ErrorResponse
from ...types import Response


def _get_kwargs(
    *,
    body: CreateDetailerUpscalerArtworkRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/v2/artworks/detailer-upscaler",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> DetailerUpscalerArtwork | ErrorResponse | None:
    if response.status_code == 202:
        response_202 = DetailerUpscalerArtwork.from_dict(response.json())

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
) -> Response[DetailerUpscalerArtwork | ErrorResponse]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: CreateDetailerUpscalerArtworkRequest,
) -> Response[DetailerUpscalerArtwork | ErrorResponse]:
    """Detailer Upscaler

     Sharpen the fine details of an image and optionally upscale it (scale factor 1 keeps the size).

    Args:
        body (CreateDetailerUpscalerArtworkRequest): Body of POST /v2/artworks/detailer-upscaler.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[DetailerUpscalerArtwork | ErrorResponse]
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
    body: CreateDetailerUpscalerArtworkRequest,
) -> DetailerUpscalerArtwork | ErrorResponse | None:
    """Detailer Upscaler

     Sharpen the fine details of an image and optionally upscale it (scale factor 1 keeps the size).

    Args:
        body (CreateDetailerUpscalerArtworkRequest): Body of POST /v2/artworks/detailer-upscaler.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        DetailerUpscalerArtwork | ErrorResponse
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: CreateDetailerUpscalerArtworkRequest,
) -> Response[DetailerUpscalerArtwork | ErrorResponse]:
    """Detailer Upscaler

     Sharpen the fine details of an image and optionally upscale it (scale factor 1 keeps the size).

    Args:
        body (CreateDetailerUpscalerArtworkRequest): Body of POST /v2/artworks/detailer-upscaler.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[DetailerUpscalerArtwork | ErrorResponse]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: CreateDetailerUpscalerArtworkRequest,
) -> DetailerUpscalerArtwork | ErrorResponse | None:
    """Detailer Upscaler

     Sharpen the fine details of an image and optionally upscale it (scale factor 1 keeps the size).

    Args:
        body (CreateDetailerUpscalerArtworkRequest): Body of POST /v2/artworks/detailer-upscaler.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        DetailerUpscalerArtwork | ErrorResponse
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
