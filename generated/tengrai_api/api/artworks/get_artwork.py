from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.depth_map_artwork import DepthMapArtwork
from ...models.detailer_upscaler_artwork import DetailerUpscalerArtwork
from ...models.error_response import ErrorResponse
from ...models.face_refiner_artwork import FaceRefinerArtwork
from ...models.face_swap_artwork import FaceSwapArtwork
from ...models.hamilton_artwork import HamiltonArtwork
from ...models.photo_pilot_artwork import PhotoPilotArtwork
from ...models.quantum_artwork import QuantumArtwork
from ...models.remove_background_artwork import RemoveBackgroundArtwork
from ...models.segmentation_artwork import SegmentationArtwork
from ...models.selena_artwork import SelenaArtwork
from ...models.selena_variete_artwork import SelenaVarieteArtwork
from ...models.style_dna_anchor_artwork import StyleDnaAnchorArtwork
from ...models.style_dna_artwork import StyleDnaArtwork
from ...models.style_dna_edit_artwork import StyleDnaEditArtwork
from ...models.unknown_artwork import UnknownArtwork
from ...models.upscaling_v2_artwork import UpscalingV2Artwork
from ...types import Response


def _get_kwargs(
    id: str,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v2/artworks/{id}".format(
            id=quote(str(id), safe=""),
        ),
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> (
    DepthMapArtwork
    | DetailerUpscalerArtwork
    | FaceRefinerArtwork
    | FaceSwapArtwork
    | HamiltonArtwork
    | PhotoPilotArtwork
    | QuantumArtwork
    | RemoveBackgroundArtwork
    | SegmentationArtwork
    | SelenaArtwork
    | SelenaVarieteArtwork
    | StyleDnaAnchorArtwork
    | StyleDnaArtwork
    | StyleDnaEditArtwork
    | UnknownArtwork
    | UpscalingV2Artwork
    | ErrorResponse
    | None
):
    if response.status_code == 200:

        def _parse_response_200(
            data: object,
        ) -> (
            DepthMapArtwork
            | DetailerUpscalerArtwork
            | FaceRefinerArtwork
            | FaceSwapArtwork
            | HamiltonArtwork
            | PhotoPilotArtwork
            | QuantumArtwork
            | RemoveBackgroundArtwork
            | SegmentationArtwork
            | SelenaArtwork
            | SelenaVarieteArtwork
            | StyleDnaAnchorArtwork
            | StyleDnaArtwork
            | StyleDnaEditArtwork
            | UnknownArtwork
            | UpscalingV2Artwork
        ):
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_artwork_type_0 = SelenaArtwork.from_dict(data)

                return componentsschemas_artwork_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_artwork_type_1 = SelenaVarieteArtwork.from_dict(data)

                return componentsschemas_artwork_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_artwork_type_2 = QuantumArtwork.from_dict(data)

                return componentsschemas_artwork_type_2
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_artwork_type_3 = FaceRefinerArtwork.from_dict(data)

                return componentsschemas_artwork_type_3
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_artwork_type_4 = FaceSwapArtwork.from_dict(data)

                return componentsschemas_artwork_type_4
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_artwork_type_5 = UpscalingV2Artwork.from_dict(data)

                return componentsschemas_artwork_type_5
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_artwork_type_6 = DetailerUpscalerArtwork.from_dict(data)

                return componentsschemas_artwork_type_6
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_artwork_type_7 = RemoveBackgroundArtwork.from_dict(data)

                return componentsschemas_artwork_type_7
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_artwork_type_8 = SegmentationArtwork.from_dict(data)

                return componentsschemas_artwork_type_8
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_artwork_type_9 = DepthMapArtwork.from_dict(data)

                return componentsschemas_artwork_type_9
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_artwork_type_10 = HamiltonArtwork.from_dict(data)

                return componentsschemas_artwork_type_10
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_artwork_type_11 = PhotoPilotArtwork.from_dict(data)

                return componentsschemas_artwork_type_11
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_artwork_type_12 = StyleDnaAnchorArtwork.from_dict(data)

                return componentsschemas_artwork_type_12
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_artwork_type_13 = StyleDnaArtwork.from_dict(data)

                return componentsschemas_artwork_type_13
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_artwork_type_14 = StyleDnaEditArtwork.from_dict(data)

                return componentsschemas_artwork_type_14
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not isinstance(data, dict):
                raise TypeError()
            componentsschemas_artwork_type_15 = UnknownArtwork.from_dict(data)

            return componentsschemas_artwork_type_15

        response_200 = _parse_response_200(response.json())

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
) -> Response[
    DepthMapArtwork
    | DetailerUpscalerArtwork
    | FaceRefinerArtwork
    | FaceSwapArtwork
    | HamiltonArtwork
    | PhotoPilotArtwork
    | QuantumArtwork
    | RemoveBackgroundArtwork
    | SegmentationArtwork
    | SelenaArtwork
    | SelenaVarieteArtwork
    | StyleDnaAnchorArtwork
    | StyleDnaArtwork
    | StyleDnaEditArtwork
    | UnknownArtwork
    | UpscalingV2Artwork
    | ErrorResponse
]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    id: str,
    *,
    client: AuthenticatedClient | Client,
) -> Response[
    DepthMapArtwork
    | DetailerUpscalerArtwork
    | FaceRefinerArtwork
    | FaceSwapArtwork
    | HamiltonArtwork
    | PhotoPilotArtwork
    | QuantumArtwork
    | RemoveBackgroundArtwork
    | SegmentationArtwork
    | SelenaArtwork
    | SelenaVarieteArtwork
    | StyleDnaAnchorArtwork
    | StyleDnaArtwork
    | StyleDnaEditArtwork
    | UnknownArtwork
    | UpscalingV2Artwork
    | ErrorResponse
]:
    """Find artwork by ID

     Fetch a single artwork by its ID: used to poll a task started earlier or to look up the result of a
    webhook callback. Artworks are deleted 8 days after creation and then answer 404.

    Args:
        id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[DepthMapArtwork | DetailerUpscalerArtwork | FaceRefinerArtwork | FaceSwapArtwork | HamiltonArtwork | PhotoPilotArtwork | QuantumArtwork | RemoveBackgroundArtwork | SegmentationArtwork | SelenaArtwork | SelenaVarieteArtwork | StyleDnaAnchorArtwork | StyleDnaArtwork | StyleDnaEditArtwork | UnknownArtwork | UpscalingV2Artwork | ErrorResponse]
    """

    kwargs = _get_kwargs(
        id=id,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    id: str,
    *,
    client: AuthenticatedClient | Client,
) -> (
    DepthMapArtwork
    | DetailerUpscalerArtwork
    | FaceRefinerArtwork
    | FaceSwapArtwork
    | HamiltonArtwork
    | PhotoPilotArtwork
    | QuantumArtwork
    | RemoveBackgroundArtwork
    | SegmentationArtwork
    | SelenaArtwork
    | SelenaVarieteArtwork
    | StyleDnaAnchorArtwork
    | StyleDnaArtwork
    | StyleDnaEditArtwork
    | UnknownArtwork
    | UpscalingV2Artwork
    | ErrorResponse
    | None
):
    """Find artwork by ID

     Fetch a single artwork by its ID: used to poll a task started earlier or to look up the result of a
    webhook callback. Artworks are deleted 8 days after creation and then answer 404.

    Args:
        id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        DepthMapArtwork | DetailerUpscalerArtwork | FaceRefinerArtwork | FaceSwapArtwork | HamiltonArtwork | PhotoPilotArtwork | QuantumArtwork | RemoveBackgroundArtwork | SegmentationArtwork | SelenaArtwork | SelenaVarieteArtwork | StyleDnaAnchorArtwork | StyleDnaArtwork | StyleDnaEditArtwork | UnknownArtwork | UpscalingV2Artwork | ErrorResponse
    """

    return sync_detailed(
        id=id,
        client=client,
    ).parsed


async def asyncio_detailed(
    id: str,
    *,
    client: AuthenticatedClient | Client,
) -> Response[
    DepthMapArtwork
    | DetailerUpscalerArtwork
    | FaceRefinerArtwork
    | FaceSwapArtwork
    | HamiltonArtwork
    | PhotoPilotArtwork
    | QuantumArtwork
    | RemoveBackgroundArtwork
    | SegmentationArtwork
    | SelenaArtwork
    | SelenaVarieteArtwork
    | StyleDnaAnchorArtwork
    | StyleDnaArtwork
    | StyleDnaEditArtwork
    | UnknownArtwork
    | UpscalingV2Artwork
    | ErrorResponse
]:
    """Find artwork by ID

     Fetch a single artwork by its ID: used to poll a task started earlier or to look up the result of a
    webhook callback. Artworks are deleted 8 days after creation and then answer 404.

    Args:
        id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[DepthMapArtwork | DetailerUpscalerArtwork | FaceRefinerArtwork | FaceSwapArtwork | HamiltonArtwork | PhotoPilotArtwork | QuantumArtwork | RemoveBackgroundArtwork | SegmentationArtwork | SelenaArtwork | SelenaVarieteArtwork | StyleDnaAnchorArtwork | StyleDnaArtwork | StyleDnaEditArtwork | UnknownArtwork | UpscalingV2Artwork | ErrorResponse]
    """

    kwargs = _get_kwargs(
        id=id,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    id: str,
    *,
    client: AuthenticatedClient | Client,
) -> (
    DepthMapArtwork
    | DetailerUpscalerArtwork
    | FaceRefinerArtwork
    | FaceSwapArtwork
    | HamiltonArtwork
    | PhotoPilotArtwork
    | QuantumArtwork
    | RemoveBackgroundArtwork
    | SegmentationArtwork
    | SelenaArtwork
    | SelenaVarieteArtwork
    | StyleDnaAnchorArtwork
    | StyleDnaArtwork
    | StyleDnaEditArtwork
    | UnknownArtwork
    | UpscalingV2Artwork
    | ErrorResponse
    | None
):
    """Find artwork by ID

     Fetch a single artwork by its ID: used to poll a task started earlier or to look up the result of a
    webhook callback. Artworks are deleted 8 days after creation and then answer 404.

    Args:
        id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        DepthMapArtwork | DetailerUpscalerArtwork | FaceRefinerArtwork | FaceSwapArtwork | HamiltonArtwork | PhotoPilotArtwork | QuantumArtwork | RemoveBackgroundArtwork | SegmentationArtwork | SelenaArtwork | SelenaVarieteArtwork | StyleDnaAnchorArtwork | StyleDnaArtwork | StyleDnaEditArtwork | UnknownArtwork | UpscalingV2Artwork | ErrorResponse
    """

    return (
        await asyncio_detailed(
            id=id,
            client=client,
        )
    ).parsed
