# Generated from openapi/tengrai.yaml by `make generate` (openapi/generate_sdk.py) — do not edit.
"""The fields every artwork of an artwork union has: the envelope the union names with ``x-envelope``.

Each ``<Union>Fields`` class holds the envelope's properties as typed snake_case attributes, the statuses the spec
documents and the final ones (``x-terminal``), and the ``_parse`` that reads them from an answer. They are the
attributes of `tengrai.Artwork` and `tengrai.V1Artwork` (``tengrai/_model/artwork.py``).
"""

from __future__ import annotations

import dataclasses
import datetime
from typing import TYPE_CHECKING, Any, ClassVar, Generic

from .base import P, check_object, date_time, json_object, number, string, string_array

if TYPE_CHECKING:
    from .._literals import (
        ArtworkStatus,
        V1ArtworkStatus,
    )

__all__ = [
    "ArtworkFields",
    "V1ArtworkFields",
]


@dataclasses.dataclass(frozen=True, slots=True, repr=False, eq=False, kw_only=True)
class ArtworkFields(Generic[P]):
    """The fields every Artwork answer has (the spec's ArtworkEnvelope, read by every branch).

    Attributes:
        id: ``id``.
        artwork_type: ``artworkType``.
        parameters: ``parameters``.
        duration: ``duration``: Processing time in seconds.
        results: ``results``: URLs of the result images.
        status: ``status``: An ArtworkStatus, or a status this description does not know yet.
        created_at: ``createdAt``.
    """

    _union: ClassVar[str] = "Artwork"
    _wires: ClassVar[frozenset[str]] = frozenset(
        {"artworkType", "createdAt", "duration", "id", "parameters", "results", "status"}
    )
    _statuses: ClassVar[frozenset[str]] = frozenset({"canceled", "failed", "processing", "starting", "succeeded"})
    """Every status the spec documents."""
    _terminal: ClassVar[frozenset[str]] = frozenset({"canceled", "failed", "succeeded"})
    """The statuses after which an artwork no longer changes (``x-terminal``)."""

    id: str
    artwork_type: str
    parameters: P
    duration: float
    results: list[str]
    status: ArtworkStatus | str
    created_at: datetime.datetime

    @staticmethod
    def _parse(data: Any) -> dict[str, Any]:
        data = check_object(data, "Artwork")
        return {
            "id": string(data, "id"),
            "artwork_type": string(data, "artworkType"),
            "parameters": json_object(data, "parameters"),
            "duration": number(data, "duration"),
            "results": string_array(data, "results"),
            "status": string(data, "status"),
            "created_at": date_time(data, "createdAt"),
        }


@dataclasses.dataclass(frozen=True, slots=True, repr=False, eq=False, kw_only=True)
class V1ArtworkFields(Generic[P]):
    """The fields every V1Artwork answer has (the spec's V1ArtworkEnvelope, read by every branch).

    Attributes:
        id: ``id``.
        artwork_type: ``artworkType``.
        parameters: ``parameters``.
        duration: ``duration``: Processing time in seconds.
        results: ``results``: URLs of the result images.
        status: ``status``: A V1ArtworkStatus, or a status this description does not know yet.
        created_at: ``createdAt``.
    """

    _union: ClassVar[str] = "V1Artwork"
    _wires: ClassVar[frozenset[str]] = frozenset(
        {"artworkType", "createdAt", "duration", "id", "parameters", "results", "status"}
    )
    _statuses: ClassVar[frozenset[str]] = frozenset({"done", "failed"})
    """Every status the spec documents."""
    _terminal: ClassVar[frozenset[str]] = frozenset({"done", "failed"})
    """The statuses after which an artwork no longer changes (``x-terminal``)."""

    id: str
    artwork_type: str
    parameters: P
    duration: float
    results: list[str]
    status: V1ArtworkStatus | str
    created_at: datetime.datetime

    @staticmethod
    def _parse(data: Any) -> dict[str, Any]:
        data = check_object(data, "V1Artwork")
        return {
            "id": string(data, "id"),
            "artwork_type": string(data, "artworkType"),
            "parameters": json_object(data, "parameters"),
            "duration": number(data, "duration"),
            "results": string_array(data, "results"),
            "status": string(data, "status"),
            "created_at": date_time(data, "createdAt"),
        }
