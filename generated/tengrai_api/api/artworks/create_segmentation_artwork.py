from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.create_segmentation_artwork_request import (
    CreateSegmentationArtworkRequest,
)
from ...models.error_response import ErrorResponse
from ...models.segmentation_artwork import SegmentationArtwork
from ...types import Response


def _get_kwargs(
    *,
    body: CreateSegmentationArtworkRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/v2/artworks/segmentation",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ErrorResponse | SegmentationArtwork | None:
    if response.status_code == 202:
        response_202 = SegmentationArtwork.from_dict(response.json())

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
) -> Response[ErrorResponse | SegmentationArtwork]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: CreateSegmentationArtworkRequest,
) -> Response[ErrorResponse | SegmentationArtwork]:
    """Segmentation

     Produce a mask of an image, selecting the area by a text prompt or by points. The page shows three
    more points-mode settings (refinement steps, multiple candidate masks, keep only the best mask) but
    hides their field names, so this SDK cannot send them yet (the server's defaults apply; see
    openapi/NOTES.md).

    Args:
        body (CreateSegmentationArtworkRequest): Body of POST /v2/artworks/segmentation. method
            text needs textPrompt; method points needs pointsPositive.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | SegmentationArtwork]
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
    body: CreateSegmentationArtworkRequest,
) -> ErrorResponse | SegmentationArtwork | None:
    """Segmentation

     Produce a mask of an image, selecting the area by a text prompt or by points. The page shows three
    more points-mode settings (refinement steps, multiple candidate masks, keep only the best mask) but
    hides their field names, so this SDK cannot send them yet (the server's defaults apply; see
    openapi/NOTES.md).

    Args:
        body (CreateSegmentationArtworkRequest): Body of POST /v2/artworks/segmentation. method
            text needs textPrompt; method points needs pointsPositive.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | SegmentationArtwork
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: CreateSegmentationArtworkRequest,
) -> Response[ErrorResponse | SegmentationArtwork]:
    """Segmentation

     Produce a mask of an image, selecting the area by a text prompt or by points. The page shows three
    more points-mode settings (refinement steps, multiple candidate masks, keep only the best mask) but
    hides their field names, so this SDK cannot send them yet (the server's defaults apply; see
    openapi/NOTES.md).

    Args:
        body (CreateSegmentationArtworkRequest): Body of POST /v2/artworks/segmentation. method
            text needs textPrompt; method points needs pointsPositive.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | SegmentationArtwork]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: CreateSegmentationArtworkRequest,
) -> ErrorResponse | SegmentationArtwork | None:
    """Segmentation

     Produce a mask of an image, selecting the area by a text prompt or by points. The page shows three
    more points-mode settings (refinement steps, multiple candidate masks, keep only the best mask) but
    hides their field names, so this SDK cannot send them yet (the server's defaults apply; see
    openapi/NOTES.md).

    Args:
        body (CreateSegmentationArtworkRequest): Body of POST /v2/artworks/segmentation. method
            text needs textPrompt; method points needs pointsPositive.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | SegmentationArtwork
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
