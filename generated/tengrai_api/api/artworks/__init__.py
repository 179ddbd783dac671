"""Sans-IO requests and answers of the ``artworks`` endpoints.

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


def list_artworks_request(
    *,
    params: Mapping[str, Any] | None = None,
) -> Request:
    """``GET /v2/artworks`` as data: nothing is sent.

    Args:
        params: query parameters by wire name, sent as given.
    """
    return {
        "method": "GET",
        "url": "/v2/artworks",
        "params": params,
        "json": None,
    }


def list_artworks_answer(status_code: int, content: bytes) -> Any:
    """An answer of ``list_artworks`` parsed into the generated models (None: no documented body for that
    status); raises what the models raise (KeyError, TypeError, ValueError) for a body that does not parse."""
    from .list_artworks import _parse_response

    return _parse_response(client=_CLIENT, response=httpx.Response(status_code, content=content))


def get_artwork_request(
    id: str,
    *,
    params: Mapping[str, Any] | None = None,
) -> Request:
    """``GET /v2/artworks/{id}`` as data: nothing is sent.

    Args:
        id: the ``id`` path parameter (quoted into the URL).
        params: query parameters by wire name, sent as given.
    """
    return {
        "method": "GET",
        "url": "/v2/artworks/{id}".format(
            id=quote(id, safe=""),
        ),
        "params": params,
        "json": None,
    }


def get_artwork_answer(status_code: int, content: bytes) -> Any:
    """An answer of ``get_artwork`` parsed into the generated models (None: no documented body for that
    status); raises what the models raise (KeyError, TypeError, ValueError) for a body that does not parse."""
    from .get_artwork import _parse_response

    return _parse_response(client=_CLIENT, response=httpx.Response(status_code, content=content))


def list_v1_artworks_request(
    *,
    params: Mapping[str, Any] | None = None,
) -> Request:
    """``GET /v1/artworks`` as data: nothing is sent.

    Args:
        params: query parameters by wire name, sent as given.
    """
    return {
        "method": "GET",
        "url": "/v1/artworks",
        "params": params,
        "json": None,
    }


def list_v1_artworks_answer(status_code: int, content: bytes) -> Any:
    """An answer of ``list_v1_artworks`` parsed into the generated models (None: no documented body for that
    status); raises what the models raise (KeyError, TypeError, ValueError) for a body that does not parse."""
    from .list_v1_artworks import _parse_response

    return _parse_response(client=_CLIENT, response=httpx.Response(status_code, content=content))


def get_v1_artwork_request(
    id: str,
    *,
    params: Mapping[str, Any] | None = None,
) -> Request:
    """``GET /v1/artworks/{id}`` as data: nothing is sent.

    Args:
        id: the ``id`` path parameter (quoted into the URL).
        params: query parameters by wire name, sent as given.
    """
    return {
        "method": "GET",
        "url": "/v1/artworks/{id}".format(
            id=quote(id, safe=""),
        ),
        "params": params,
        "json": None,
    }


def get_v1_artwork_answer(status_code: int, content: bytes) -> Any:
    """An answer of ``get_v1_artwork`` parsed into the generated models (None: no documented body for that
    status); raises what the models raise (KeyError, TypeError, ValueError) for a body that does not parse."""
    from .get_v1_artwork import _parse_response

    return _parse_response(client=_CLIENT, response=httpx.Response(status_code, content=content))


def create_quantum_artwork_request(
    *,
    json_body: Mapping[str, Any],
    params: Mapping[str, Any] | None = None,
) -> Request:
    """``POST /v2/artworks/quantum`` as data: nothing is sent.

    Args:
        json_body: the JSON body by wire name; what is sent is what the generated model writes of it.
        params: query parameters by wire name, sent as given.
    """
    from ...models.create_quantum_artwork_request import CreateQuantumArtworkRequest

    return {
        "method": "POST",
        "url": "/v2/artworks/quantum",
        "params": params,
        "json": CreateQuantumArtworkRequest.from_dict(dict(json_body)).to_dict(),
    }


def create_quantum_artwork_answer(status_code: int, content: bytes) -> Any:
    """An answer of ``create_quantum_artwork`` parsed into the generated models (None: no documented body for that
    status); raises what the models raise (KeyError, TypeError, ValueError) for a body that does not parse."""
    from .create_quantum_artwork import _parse_response

    return _parse_response(client=_CLIENT, response=httpx.Response(status_code, content=content))


def create_selena_variete_artwork_request(
    *,
    json_body: Mapping[str, Any],
    params: Mapping[str, Any] | None = None,
) -> Request:
    """``POST /v2/artworks/selena-variete`` as data: nothing is sent.

    Args:
        json_body: the JSON body by wire name; what is sent is what the generated model writes of it.
        params: query parameters by wire name, sent as given.
    """
    from ...models.create_selena_variete_artwork_request import (
        CreateSelenaVarieteArtworkRequest,
    )

    return {
        "method": "POST",
        "url": "/v2/artworks/selena-variete",
        "params": params,
        "json": CreateSelenaVarieteArtworkRequest.from_dict(dict(json_body)).to_dict(),
    }


def create_selena_variete_artwork_answer(status_code: int, content: bytes) -> Any:
    """An answer of ``create_selena_variete_artwork`` parsed into the generated models (None: no documented body for that
    status); raises what the models raise (KeyError, TypeError, ValueError) for a body that does not parse."""
    from .create_selena_variete_artwork import _parse_response

    return _parse_response(client=_CLIENT, response=httpx.Response(status_code, content=content))


def create_face_refiner_artwork_request(
    *,
    json_body: Mapping[str, Any],
    params: Mapping[str, Any] | None = None,
) -> Request:
    """``POST /v2/artworks/face-refiner`` as data: nothing is sent.

    Args:
        json_body: the JSON body by wire name; what is sent is what the generated model writes of it.
        params: query parameters by wire name, sent as given.
    """
    from ...models.create_face_refiner_artwork_request import (
        CreateFaceRefinerArtworkRequest,
    )

    return {
        "method": "POST",
        "url": "/v2/artworks/face-refiner",
        "params": params,
        "json": CreateFaceRefinerArtworkRequest.from_dict(dict(json_body)).to_dict(),
    }


def create_face_refiner_artwork_answer(status_code: int, content: bytes) -> Any:
    """An answer of ``create_face_refiner_artwork`` parsed into the generated models (None: no documented body for that
    status); raises what the models raise (KeyError, TypeError, ValueError) for a body that does not parse."""
    from .create_face_refiner_artwork import _parse_response

    return _parse_response(client=_CLIENT, response=httpx.Response(status_code, content=content))


def create_selena_artwork_request(
    *,
    json_body: Mapping[str, Any],
    params: Mapping[str, Any] | None = None,
) -> Request:
    """``POST /v2/artworks/selena`` as data: nothing is sent.

    Args:
        json_body: the JSON body by wire name; what is sent is what the generated model writes of it.
        params: query parameters by wire name, sent as given.
    """
    from ...models.create_selena_artwork_request import CreateSelenaArtworkRequest

    return {
        "method": "POST",
        "url": "/v2/artworks/selena",
        "params": params,
        "json": CreateSelenaArtworkRequest.from_dict(dict(json_body)).to_dict(),
    }


def create_selena_artwork_answer(status_code: int, content: bytes) -> Any:
    """An answer of ``create_selena_artwork`` parsed into the generated models (None: no documented body for that
    status); raises what the models raise (KeyError, TypeError, ValueError) for a body that does not parse."""
    from .create_selena_artwork import _parse_response

    return _parse_response(client=_CLIENT, response=httpx.Response(status_code, content=content))


def create_hamilton_artwork_request(
    *,
    json_body: Mapping[str, Any],
    params: Mapping[str, Any] | None = None,
) -> Request:
    """``POST /v2/artworks/hamilton`` as data: nothing is sent.

    Args:
        json_body: the JSON body by wire name; what is sent is what the generated model writes of it.
        params: query parameters by wire name, sent as given.
    """
    from ...models.create_hamilton_artwork_request import CreateHamiltonArtworkRequest

    return {
        "method": "POST",
        "url": "/v2/artworks/hamilton",
        "params": params,
        "json": CreateHamiltonArtworkRequest.from_dict(dict(json_body)).to_dict(),
    }


def create_hamilton_artwork_answer(status_code: int, content: bytes) -> Any:
    """An answer of ``create_hamilton_artwork`` parsed into the generated models (None: no documented body for that
    status); raises what the models raise (KeyError, TypeError, ValueError) for a body that does not parse."""
    from .create_hamilton_artwork import _parse_response

    return _parse_response(client=_CLIENT, response=httpx.Response(status_code, content=content))


def create_photo_pilot_artwork_request(
    *,
    json_body: Mapping[str, Any],
    params: Mapping[str, Any] | None = None,
) -> Request:
    """``POST /v1/artworks/photo-pilot`` as data: nothing is sent.

    Args:
        json_body: the JSON body by wire name; what is sent is what the generated model writes of it.
        params: query parameters by wire name, sent as given.
    """
    from ...models.create_photo_pilot_artwork_request import (
        CreatePhotoPilotArtworkRequest,
    )

    return {
        "method": "POST",
        "url": "/v1/artworks/photo-pilot",
        "params": params,
        "json": CreatePhotoPilotArtworkRequest.from_dict(dict(json_body)).to_dict(),
    }


def create_photo_pilot_artwork_answer(status_code: int, content: bytes) -> Any:
    """An answer of ``create_photo_pilot_artwork`` parsed into the generated models (None: no documented body for that
    status); raises what the models raise (KeyError, TypeError, ValueError) for a body that does not parse."""
    from .create_photo_pilot_artwork import _parse_response

    return _parse_response(client=_CLIENT, response=httpx.Response(status_code, content=content))


def create_face_swap_artwork_request(
    *,
    json_body: Mapping[str, Any],
    params: Mapping[str, Any] | None = None,
) -> Request:
    """``POST /v2/artworks/face-swap`` as data: nothing is sent.

    Args:
        json_body: the JSON body by wire name; what is sent is what the generated model writes of it.
        params: query parameters by wire name, sent as given.
    """
    from ...models.create_face_swap_artwork_request import CreateFaceSwapArtworkRequest

    return {
        "method": "POST",
        "url": "/v2/artworks/face-swap",
        "params": params,
        "json": CreateFaceSwapArtworkRequest.from_dict(dict(json_body)).to_dict(),
    }


def create_face_swap_artwork_answer(status_code: int, content: bytes) -> Any:
    """An answer of ``create_face_swap_artwork`` parsed into the generated models (None: no documented body for that
    status); raises what the models raise (KeyError, TypeError, ValueError) for a body that does not parse."""
    from .create_face_swap_artwork import _parse_response

    return _parse_response(client=_CLIENT, response=httpx.Response(status_code, content=content))


def create_upscaling_artwork_request(
    *,
    json_body: Mapping[str, Any],
    params: Mapping[str, Any] | None = None,
) -> Request:
    """``POST /v2/artworks/upscaling`` as data: nothing is sent.

    Args:
        json_body: the JSON body by wire name; what is sent is what the generated model writes of it.
        params: query parameters by wire name, sent as given.
    """
    from ...models.create_upscaling_artwork_request import CreateUpscalingArtworkRequest

    return {
        "method": "POST",
        "url": "/v2/artworks/upscaling",
        "params": params,
        "json": CreateUpscalingArtworkRequest.from_dict(dict(json_body)).to_dict(),
    }


def create_upscaling_artwork_answer(status_code: int, content: bytes) -> Any:
    """An answer of ``create_upscaling_artwork`` parsed into the generated models (None: no documented body for that
    status); raises what the models raise (KeyError, TypeError, ValueError) for a body that does not parse."""
    from .create_upscaling_artwork import _parse_response

    return _parse_response(client=_CLIENT, response=httpx.Response(status_code, content=content))


def create_detailer_upscaler_artwork_request(
    *,
    json_body: Mapping[str, Any],
    params: Mapping[str, Any] | None = None,
) -> Request:
    """``POST /v2/artworks/detailer-upscaler`` as data: nothing is sent.

    Args:
        json_body: the JSON body by wire name; what is sent is what the generated model writes of it.
        params: query parameters by wire name, sent as given.
    """
    from ...models.create_detailer_upscaler_artwork_request import (
        CreateDetailerUpscalerArtworkRequest,
    )

    return {
        "method": "POST",
        "url": "/v2/artworks/detailer-upscaler",
        "params": params,
        "json": CreateDetailerUpscalerArtworkRequest.from_dict(dict(json_body)).to_dict(),
    }


def create_detailer_upscaler_artwork_answer(status_code: int, content: bytes) -> Any:
    """An answer of ``create_detailer_upscaler_artwork`` parsed into the generated models (None: no documented body for that
    status); raises what the models raise (KeyError, TypeError, ValueError) for a body that does not parse."""
    from .create_detailer_upscaler_artwork import _parse_response

    return _parse_response(client=_CLIENT, response=httpx.Response(status_code, content=content))


def create_remove_background_artwork_request(
    *,
    json_body: Mapping[str, Any],
    params: Mapping[str, Any] | None = None,
) -> Request:
    """``POST /v2/artworks/remove-background`` as data: nothing is sent.

    Args:
        json_body: the JSON body by wire name; what is sent is what the generated model writes of it.
        params: query parameters by wire name, sent as given.
    """
    from ...models.create_remove_background_artwork_request import (
        CreateRemoveBackgroundArtworkRequest,
    )

    return {
        "method": "POST",
        "url": "/v2/artworks/remove-background",
        "params": params,
        "json": CreateRemoveBackgroundArtworkRequest.from_dict(dict(json_body)).to_dict(),
    }


def create_remove_background_artwork_answer(status_code: int, content: bytes) -> Any:
    """An answer of ``create_remove_background_artwork`` parsed into the generated models (None: no documented body for that
    status); raises what the models raise (KeyError, TypeError, ValueError) for a body that does not parse."""
    from .create_remove_background_artwork import _parse_response

    return _parse_response(client=_CLIENT, response=httpx.Response(status_code, content=content))


def create_segmentation_artwork_request(
    *,
    json_body: Mapping[str, Any],
    params: Mapping[str, Any] | None = None,
) -> Request:
    """``POST /v2/artworks/segmentation`` as data: nothing is sent.

    Args:
        json_body: the JSON body by wire name; what is sent is what the generated model writes of it.
        params: query parameters by wire name, sent as given.
    """
    from ...models.create_segmentation_artwork_request import (
        CreateSegmentationArtworkRequest,
    )

    return {
        "method": "POST",
        "url": "/v2/artworks/segmentation",
        "params": params,
        "json": CreateSegmentationArtworkRequest.from_dict(dict(json_body)).to_dict(),
    }


def create_segmentation_artwork_answer(status_code: int, content: bytes) -> Any:
    """An answer of ``create_segmentation_artwork`` parsed into the generated models (None: no documented body for that
    status); raises what the models raise (KeyError, TypeError, ValueError) for a body that does not parse."""
    from .create_segmentation_artwork import _parse_response

    return _parse_response(client=_CLIENT, response=httpx.Response(status_code, content=content))


def create_depth_map_artwork_request(
    *,
    json_body: Mapping[str, Any],
    params: Mapping[str, Any] | None = None,
) -> Request:
    """``POST /v2/artworks/depth-map`` as data: nothing is sent.

    Args:
        json_body: the JSON body by wire name; what is sent is what the generated model writes of it.
        params: query parameters by wire name, sent as given.
    """
    from ...models.create_depth_map_artwork_request import CreateDepthMapArtworkRequest

    return {
        "method": "POST",
        "url": "/v2/artworks/depth-map",
        "params": params,
        "json": CreateDepthMapArtworkRequest.from_dict(dict(json_body)).to_dict(),
    }


def create_depth_map_artwork_answer(status_code: int, content: bytes) -> Any:
    """An answer of ``create_depth_map_artwork`` parsed into the generated models (None: no documented body for that
    status); raises what the models raise (KeyError, TypeError, ValueError) for a body that does not parse."""
    from .create_depth_map_artwork import _parse_response

    return _parse_response(client=_CLIENT, response=httpx.Response(status_code, content=content))


def create_style_dna_anchor_artwork_request(
    *,
    json_body: Mapping[str, Any],
    params: Mapping[str, Any] | None = None,
) -> Request:
    """``POST /v2/style-dna/generate-anchor`` as data: nothing is sent.

    Args:
        json_body: the JSON body by wire name; what is sent is what the generated model writes of it.
        params: query parameters by wire name, sent as given.
    """
    from ...models.create_style_dna_anchor_artwork_request import (
        CreateStyleDnaAnchorArtworkRequest,
    )

    return {
        "method": "POST",
        "url": "/v2/style-dna/generate-anchor",
        "params": params,
        "json": CreateStyleDnaAnchorArtworkRequest.from_dict(dict(json_body)).to_dict(),
    }


def create_style_dna_anchor_artwork_answer(status_code: int, content: bytes) -> Any:
    """An answer of ``create_style_dna_anchor_artwork`` parsed into the generated models (None: no documented body for that
    status); raises what the models raise (KeyError, TypeError, ValueError) for a body that does not parse."""
    from .create_style_dna_anchor_artwork import _parse_response

    return _parse_response(client=_CLIENT, response=httpx.Response(status_code, content=content))


def create_style_dna_artwork_request(
    *,
    json_body: Mapping[str, Any],
    params: Mapping[str, Any] | None = None,
) -> Request:
    """``POST /v2/style-dna/generate`` as data: nothing is sent.

    Args:
        json_body: the JSON body by wire name; what is sent is what the generated model writes of it.
        params: query parameters by wire name, sent as given.
    """
    from ...models.create_style_dna_artwork_request import CreateStyleDnaArtworkRequest

    return {
        "method": "POST",
        "url": "/v2/style-dna/generate",
        "params": params,
        "json": CreateStyleDnaArtworkRequest.from_dict(dict(json_body)).to_dict(),
    }


def create_style_dna_artwork_answer(status_code: int, content: bytes) -> Any:
    """An answer of ``create_style_dna_artwork`` parsed into the generated models (None: no documented body for that
    status); raises what the models raise (KeyError, TypeError, ValueError) for a body that does not parse."""
    from .create_style_dna_artwork import _parse_response

    return _parse_response(client=_CLIENT, response=httpx.Response(status_code, content=content))


def create_style_dna_edit_artwork_request(
    *,
    json_body: Mapping[str, Any],
    params: Mapping[str, Any] | None = None,
) -> Request:
    """``POST /v2/style-dna/edit`` as data: nothing is sent.

    Args:
        json_body: the JSON body by wire name; what is sent is what the generated model writes of it.
        params: query parameters by wire name, sent as given.
    """
    from ...models.create_style_dna_edit_artwork_request import (
        CreateStyleDnaEditArtworkRequest,
    )

    return {
        "method": "POST",
        "url": "/v2/style-dna/edit",
        "params": params,
        "json": CreateStyleDnaEditArtworkRequest.from_dict(dict(json_body)).to_dict(),
    }


def create_style_dna_edit_artwork_answer(status_code: int, content: bytes) -> Any:
    """An answer of ``create_style_dna_edit_artwork`` parsed into the generated models (None: no documented body for that
    status); raises what the models raise (KeyError, TypeError, ValueError) for a body that does not parse."""
    from .create_style_dna_edit_artwork import _parse_response

    return _parse_response(client=_CLIENT, response=httpx.Response(status_code, content=content))


class _PureClient:
    """What ``_parse_response`` asks of a client: nothing is sent, an undocumented status parses as None."""

    raise_on_unexpected_status = False


_CLIENT: Any = _PureClient()

OPERATIONS: dict[str, tuple[Callable[..., Request], Callable[[int, bytes], Any]]] = {
    "list_artworks": (list_artworks_request, list_artworks_answer),
    "get_artwork": (get_artwork_request, get_artwork_answer),
    "list_v1_artworks": (list_v1_artworks_request, list_v1_artworks_answer),
    "get_v1_artwork": (get_v1_artwork_request, get_v1_artwork_answer),
    "create_quantum_artwork": (create_quantum_artwork_request, create_quantum_artwork_answer),
    "create_selena_variete_artwork": (create_selena_variete_artwork_request, create_selena_variete_artwork_answer),
    "create_face_refiner_artwork": (create_face_refiner_artwork_request, create_face_refiner_artwork_answer),
    "create_selena_artwork": (create_selena_artwork_request, create_selena_artwork_answer),
    "create_hamilton_artwork": (create_hamilton_artwork_request, create_hamilton_artwork_answer),
    "create_photo_pilot_artwork": (create_photo_pilot_artwork_request, create_photo_pilot_artwork_answer),
    "create_face_swap_artwork": (create_face_swap_artwork_request, create_face_swap_artwork_answer),
    "create_upscaling_artwork": (create_upscaling_artwork_request, create_upscaling_artwork_answer),
    "create_detailer_upscaler_artwork": (
        create_detailer_upscaler_artwork_request,
        create_detailer_upscaler_artwork_answer,
    ),
    "create_remove_background_artwork": (
        create_remove_background_artwork_request,
        create_remove_background_artwork_answer,
    ),
    "create_segmentation_artwork": (create_segmentation_artwork_request, create_segmentation_artwork_answer),
    "create_depth_map_artwork": (create_depth_map_artwork_request, create_depth_map_artwork_answer),
    "create_style_dna_anchor_artwork": (
        create_style_dna_anchor_artwork_request,
        create_style_dna_anchor_artwork_answer,
    ),
    "create_style_dna_artwork": (create_style_dna_artwork_request, create_style_dna_artwork_answer),
    "create_style_dna_edit_artwork": (create_style_dna_edit_artwork_request, create_style_dna_edit_artwork_answer),
}
"""operationId -> (its request builder, its answer parser)."""

ROUTES: dict[str, tuple[str, str]] = {
    "list_artworks": ("GET", "/v2/artworks"),
    "get_artwork": ("GET", "/v2/artworks/{id}"),
    "list_v1_artworks": ("GET", "/v1/artworks"),
    "get_v1_artwork": ("GET", "/v1/artworks/{id}"),
    "create_quantum_artwork": ("POST", "/v2/artworks/quantum"),
    "create_selena_variete_artwork": ("POST", "/v2/artworks/selena-variete"),
    "create_face_refiner_artwork": ("POST", "/v2/artworks/face-refiner"),
    "create_selena_artwork": ("POST", "/v2/artworks/selena"),
    "create_hamilton_artwork": ("POST", "/v2/artworks/hamilton"),
    "create_photo_pilot_artwork": ("POST", "/v1/artworks/photo-pilot"),
    "create_face_swap_artwork": ("POST", "/v2/artworks/face-swap"),
    "create_upscaling_artwork": ("POST", "/v2/artworks/upscaling"),
    "create_detailer_upscaler_artwork": ("POST", "/v2/artworks/detailer-upscaler"),
    "create_remove_background_artwork": ("POST", "/v2/artworks/remove-background"),
    "create_segmentation_artwork": ("POST", "/v2/artworks/segmentation"),
    "create_depth_map_artwork": ("POST", "/v2/artworks/depth-map"),
    "create_style_dna_anchor_artwork": ("POST", "/v2/style-dna/generate-anchor"),
    "create_style_dna_artwork": ("POST", "/v2/style-dna/generate"),
    "create_style_dna_edit_artwork": ("POST", "/v2/style-dna/edit"),
}
"""operationId -> (method, path with its parameters as ``{python_name}``)."""
