from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.create_v1_txt_2_img_request import CreateV1Txt2ImgRequest
from ...models.error_response import ErrorResponse
from ...models.txt_2_img_artwork import Txt2ImgArtwork
from ...models.unknown_v1_artwork import UnknownV1Artwork
from ...models.upscaling_artwork import UpscalingArtwork
from ...models.v1_hamilton_artwork import V1HamiltonArtwork
from ...types import Response


def _get_kwargs(
    *,
    body: CreateV1Txt2ImgRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/v1/artworks/txt2img",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ErrorResponse | Txt2ImgArtwork | UnknownV1Artwork | UpscalingArtwork | V1HamiltonArtwork | None:
    if response.status_code == 201:

        def _parse_response_201(
            data: object,
        ) -> Txt2ImgArtwork | UnknownV1Artwork | UpscalingArtwork | V1HamiltonArtwork:
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_v1_artwork_type_0 = Txt2ImgArtwork.from_dict(data)

                return componentsschemas_v1_artwork_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_v1_artwork_type_1 = UpscalingArtwork.from_dict(data)

                return componentsschemas_v1_artwork_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_v1_artwork_type_2 = V1HamiltonArtwork.from_dict(data)

                return componentsschemas_v1_artwork_type_2
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not isinstance(data, dict):
                raise TypeError()
            componentsschemas_v1_artwork_type_3 = UnknownV1Artwork.from_dict(data)

            return componentsschemas_v1_artwork_type_3

        response_201 = _parse_response_201(response.json())

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

    if response.status_code == 429:
        response_429 = ErrorResponse.from_dict(response.json())

        return response_429

    if response.status_code == 500:
        response_500 = ErrorResponse.from_dict(response.json())

        return response_500

    if response.status_code == 504:
        response_504 = ErrorResponse.from_dict(response.json())

        return response_504

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[ErrorResponse | Txt2ImgArtwork | UnknownV1Artwork | UpscalingArtwork | V1HamiltonArtwork]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: CreateV1Txt2ImgRequest,
) -> Response[ErrorResponse | Txt2ImgArtwork | UnknownV1Artwork | UpscalingArtwork | V1HamiltonArtwork]:
    """Create txt2img artwork

     Text-to-image with the V1 API. Synchronous: the answer comes when the artwork is finished (status
    done or failed); the server answers 504 when it gives up waiting.

    Args:
        body (CreateV1Txt2ImgRequest): Body of POST /v1/artworks/txt2img (1.1.0 page; 1.0.0
            without width and height).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | Txt2ImgArtwork | UnknownV1Artwork | UpscalingArtwork | V1HamiltonArtwork]
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
    body: CreateV1Txt2ImgRequest,
) -> ErrorResponse | Txt2ImgArtwork | UnknownV1Artwork | UpscalingArtwork | V1HamiltonArtwork | None:
    """Create txt2img artwork

     Text-to-image with the V1 API. Synchronous: the answer comes when the artwork is finished (status
    done or failed); the server answers 504 when it gives up waiting.

    Args:
        body (CreateV1Txt2ImgRequest): Body of POST /v1/artworks/txt2img (1.1.0 page; 1.0.0
            without width and height).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | Txt2ImgArtwork | UnknownV1Artwork | UpscalingArtwork | V1HamiltonArtwork
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: CreateV1Txt2ImgRequest,
) -> Response[ErrorResponse | Txt2ImgArtwork | UnknownV1Artwork | UpscalingArtwork | V1HamiltonArtwork]:
    """Create txt2img artwork

     Text-to-image with the V1 API. Synchronous: the answer comes when the artwork is finished (status
    done or failed); the server answers 504 when it gives up waiting.

    Args:
        body (CreateV1Txt2ImgRequest): Body of POST /v1/artworks/txt2img (1.1.0 page; 1.0.0
            without width and height).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | Txt2ImgArtwork | UnknownV1Artwork | UpscalingArtwork | V1HamiltonArtwork]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: CreateV1Txt2ImgRequest,
) -> ErrorResponse | Txt2ImgArtwork | UnknownV1Artwork | UpscalingArtwork | V1HamiltonArtwork | None:
    """Create txt2img artwork

     Text-to-image with the V1 API. Synchronous: the answer comes when the artwork is finished (status
    done or failed); the server answers 504 when it gives up waiting.

    Args:
        body (CreateV1Txt2ImgRequest): Body of POST /v1/artworks/txt2img (1.1.0 page; 1.0.0
            without width and height).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | Txt2ImgArtwork | UnknownV1Artwork | UpscalingArtwork | V1HamiltonArtwork
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
