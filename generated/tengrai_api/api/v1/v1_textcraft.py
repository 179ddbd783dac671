from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error_response import ErrorResponse
from ...models.textcraft_answer import TextcraftAnswer
from ...models.textcraft_request import TextcraftRequest
from ...types import Response


def _get_kwargs(
    *,
    body: TextcraftRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/v1/textcraft",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ErrorResponse | TextcraftAnswer | None:
    if response.status_code == 201:
        response_201 = TextcraftAnswer.from_dict(response.json())

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
) -> Response[ErrorResponse | TextcraftAnswer]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: TextcraftRequest,
) -> Response[ErrorResponse | TextcraftAnswer]:
    """Textcraft

     Call a language model with a text prompt and optionally an image. Synchronous: the answer holds the
    model's text, the tokens used (input and output) and the credits used.

    Args:
        body (TextcraftRequest): Body of POST /v1/textcraft: the 1.x page's six fields, and
            `thinking` and `reasoningConfig` of the V1-deprecated page and the V2 `Text2TextRequest`
            schema, with that schema's `tools` (a map) and `additionalModelRequestFields` (a free JSON
            object); see NOTES.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | TextcraftAnswer]
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
    body: TextcraftRequest,
) -> ErrorResponse | TextcraftAnswer | None:
    """Textcraft

     Call a language model with a text prompt and optionally an image. Synchronous: the answer holds the
    model's text, the tokens used (input and output) and the credits used.

    Args:
        body (TextcraftRequest): Body of POST /v1/textcraft: the 1.x page's six fields, and
            `thinking` and `reasoningConfig` of the V1-deprecated page and the V2 `Text2TextRequest`
            schema, with that schema's `tools` (a map) and `additionalModelRequestFields` (a free JSON
            object); see NOTES.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | TextcraftAnswer
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: TextcraftRequest,
) -> Response[ErrorResponse | TextcraftAnswer]:
    """Textcraft

     Call a language model with a text prompt and optionally an image. Synchronous: the answer holds the
    model's text, the tokens used (input and output) and the credits used.

    Args:
        body (TextcraftRequest): Body of POST /v1/textcraft: the 1.x page's six fields, and
            `thinking` and `reasoningConfig` of the V1-deprecated page and the V2 `Text2TextRequest`
            schema, with that schema's `tools` (a map) and `additionalModelRequestFields` (a free JSON
            object); see NOTES.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | TextcraftAnswer]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: TextcraftRequest,
) -> ErrorResponse | TextcraftAnswer | None:
    """Textcraft

     Call a language model with a text prompt and optionally an image. Synchronous: the answer holds the
    model's text, the tokens used (input and output) and the credits used.

    Args:
        body (TextcraftRequest): Body of POST /v1/textcraft: the 1.x page's six fields, and
            `thinking` and `reasoningConfig` of the V1-deprecated page and the V2 `Text2TextRequest`
            schema, with that schema's `tools` (a map) and `additionalModelRequestFields` (a free JSON
            object); see NOTES.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | TextcraftAnswer
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
