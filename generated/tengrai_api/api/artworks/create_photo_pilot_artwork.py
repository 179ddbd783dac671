from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.create_photo_pilot_artwork_request import CreatePhotoPilotArtworkRequest
from ...models.error_response import ErrorResponse
from ...models.photo_pilot_artwork import PhotoPilotArtwork
from ...types import Response


def _get_kwargs(
    *,
    body: CreatePhotoPilotArtworkRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/v1/artworks/photo-pilot",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ErrorResponse | PhotoPilotArtwork | None:
    if response.status_code == 202:
        response_202 = PhotoPilotArtwork.from_dict(response.json())

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
) -> Response[ErrorResponse | PhotoPilotArtwork]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: CreatePhotoPilotArtworkRequest,
) -> Response[ErrorResponse | PhotoPilotArtwork]:
    """Photo Pilot

     Image-to-image generation from a source image. Documented on the V1 path with the V2 status enum and
    a 202 answer; no V2 path is documented (see openapi/NOTES.md).

    Args:
        body (CreatePhotoPilotArtworkRequest): Body of POST /v1/artworks/photo-pilot (the V2
            schema CreatePhotoPilotArtworkV1Request; see NOTES).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | PhotoPilotArtwork]
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
    body: CreatePhotoPilotArtworkRequest,
) -> ErrorResponse | PhotoPilotArtwork | None:
    """Photo Pilot

     Image-to-image generation from a source image. Documented on the V1 path with the V2 status enum and
    a 202 answer; no V2 path is documented (see openapi/NOTES.md).

    Args:
        body (CreatePhotoPilotArtworkRequest): Body of POST /v1/artworks/photo-pilot (the V2
            schema CreatePhotoPilotArtworkV1Request; see NOTES).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | PhotoPilotArtwork
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: CreatePhotoPilotArtworkRequest,
) -> Response[ErrorResponse | PhotoPilotArtwork]:
    """Photo Pilot

     Image-to-image generation from a source image. Documented on the V1 path with the V2 status enum and
    a 202 answer; no V2 path is documented (see openapi/NOTES.md).

    Args:
        body (CreatePhotoPilotArtworkRequest): Body of POST /v1/artworks/photo-pilot (the V2
            schema CreatePhotoPilotArtworkV1Request; see NOTES).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | PhotoPilotArtwork]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: CreatePhotoPilotArtworkRequest,
) -> ErrorResponse | PhotoPilotArtwork | None:
    """Photo Pilot

     Image-to-image generation from a source image. Documented on the V1 path with the V2 status enum and
    a 202 answer; no V2 path is documented (see openapi/NOTES.md).

    Args:
        body (CreatePhotoPilotArtworkRequest): Body of POST /v1/artworks/photo-pilot (the V2
            schema CreatePhotoPilotArtworkV1Request; see NOTES).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | PhotoPilotArtwork
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
