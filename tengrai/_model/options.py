"""The per-request options every request method takes, as TypedDicts (`tengrai.types.RequestOptions`).

Only types: the rules that apply them are in ``tengrai/_request_options.py``.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypedDict

__all__ = ["BodyRequestOptions", "RequestOptions"]


class RequestOptions(TypedDict, total=False):
    """Per-request options: keyword arguments that every request method of the clients takes.

    They apply to one call only; `Tengrai.with_options` sets them for every call of a client copy.

    Attributes:
        extra_headers: headers added to the call's requests to the API (never to result downloads), over the
            client's own (names compare case-insensitively; a value replaces the client's value of that header).
            ``Authorization`` cannot be set: it always comes from the API key. Values are ASCII strings.
        extra_query: query parameters added to the call's requests to the API, sent as given: to the one
            request of ``get``, to each page of ``list``, to every poll of ``wait``/``events``/``save``/
            ``download``, and to the create request of ``create``/``generate`` (not to its polls). A parameter the
            method has an argument for cannot be passed here (the argument is validated; this is not).
    """

    extra_headers: Mapping[str, str]
    extra_query: Mapping[str, Any]


class BodyRequestOptions(RequestOptions, total=False):
    """`RequestOptions` of the methods that send a JSON body (``create``, ``generate``, the plain POST methods).

    Attributes:
        extra_body: fields added to the JSON body after it was validated, sent as given: for a field this SDK
            version does not know yet. A field the method has an argument for cannot be passed here (pass the
            argument, which is validated), so what create recovery compares is always the validated body.
    """

    extra_body: Mapping[str, Any]
