from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error_response import ErrorResponse
from ...models.txt_2_img_artwork import Txt2ImgArtwork
from ...models.unknown_v1_artwork import UnknownV1Artwork
from ...models.upscaling_artwork import UpscalingArtwork
from ...models.v1_hamilton_artwork import V1HamiltonArtwork
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    offset: int | Unset = 0,
    limit: int | Unset = 10,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["offset"] = offset

    params["limit"] = limit

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v1/artworks",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ErrorResponse | list[Txt2ImgArtwork | UnknownV1Artwork | UpscalingArtwork | V1HamiltonArtwork] | None:
    if response.status_code == 200:
        response_200 = []
        _response_200 = response.json()
        for response_200_item_data in _response_200:

            def _parse_response_200_item(
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

            response_200_item = _parse_response_200_item(response_200_item_data)

            response_200.append(response_200_item)

        return response_200

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
) -> Response[ErrorResponse | list[Txt2ImgArtwork | UnknownV1Artwork | UpscalingArtwork | V1HamiltonArtwork]]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    offset: int | Unset = 0,
    limit: int | Unset = 10,
) -> Response[ErrorResponse | list[Txt2ImgArtwork | UnknownV1Artwork | UpscalingArtwork | V1HamiltonArtwork]]:
    """Find artworks (V1)

     List V1 artworks (txt2img and upscaling) created with the calling API key.

    Args:
        offset (int | Unset):  Default: 0.
        limit (int | Unset):  Default: 10.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | list[Txt2ImgArtwork | UnknownV1Artwork | UpscalingArtwork | V1HamiltonArtwork]]
    """

    kwargs = _get_kwargs(
        offset=offset,
        limit=limit,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    offset: int | Unset = 0,
    limit: int | Unset = 10,
) -> ErrorResponse | list[Txt2ImgArtwork | UnknownV1Artwork | UpscalingArtwork | V1HamiltonArtwork] | None:
    """Find artworks (V1)

     List V1 artworks (txt2img and upscaling) created with the calling API key.

    Args:
        offset (int | Unset):  Default: 0.
        limit (int | Unset):  Default: 10.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | list[Txt2ImgArtwork | UnknownV1Artwork | UpscalingArtwork | V1HamiltonArtwork]
    """

    return sync_detailed(
        client=client,
        offset=offset,
        limit=limit,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    offset: int | Unset = 0,
    limit: int | Unset = 10,
) -> Response[ErrorResponse | list[Txt2ImgArtwork | UnknownV1Artwork | UpscalingArtwork | V1HamiltonArtwork]]:
    """Find artworks (V1)

     List V1 artworks (txt2img and upscaling) created with the calling API key.

    Args:
        offset (int | Unset):  Default: 0.
        limit (int | Unset):  Default: 10.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | list[Txt2ImgArtwork | UnknownV1Artwork | UpscalingArtwork | V1HamiltonArtwork]]
    """

    kwargs = _get_kwargs(
        offset=offset,
        limit=limit,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    offset: int | Unset = 0,
    limit: int | Unset = 10,
) -> ErrorResponse | list[Txt2ImgArtwork | UnknownV1Artwork | UpscalingArtwork | V1HamiltonArtwork] | None:
    """Find artworks (V1)

     List V1 artworks (txt2img and upscaling) created with the calling API key.

    Args:
        offset (int | Unset):  Default: 0.
        limit (int | Unset):  Default: 10.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | list[Txt2ImgArtwork | UnknownV1Artwork | UpscalingArtwork | V1HamiltonArtwork]
    """

    return (
        await asyncio_detailed(
            client=client,
            offset=offset,
            limit=limit,
        )
    ).parsed
