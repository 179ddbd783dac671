from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import (
    TYPE_CHECKING,
    Any,
    Literal,
    Self,
    TypeVar,
    cast,
)
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.v1_artwork_status import V1ArtworkStatus, check_v1_artwork_status

if TYPE_CHECKING:
    from ..models.v1_hamilton_artwork_parameters import V1HamiltonArtworkParameters


T = TypeVar("T", bound="V1HamiltonArtwork")


@_attrs_define
class V1HamiltonArtwork:
    """A Hamilton artwork of the V1 API (synchronous; status done or failed)."""

    id: UUID
    artwork_type: Literal["hamilton"]
    parameters: V1HamiltonArtworkParameters
    """ The V1 Hamilton request parameters as the artwork echoes them (enums widened to any string). """
    duration: float
    """ Processing time in seconds. """
    results: list[str]
    """ URLs of the result images. """
    status: str | V1ArtworkStatus
    """ A V1ArtworkStatus, or a status this description does not know yet. """
    created_at: datetime.datetime
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = str(self.id)

        artwork_type = self.artwork_type

        parameters = self.parameters.to_dict()

        duration = self.duration

        results = self.results

        status: str
        if isinstance(self.status, str):
            status = self.status
        else:
            status = self.status

        created_at = self.created_at.isoformat()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "artworkType": artwork_type,
                "parameters": parameters,
                "duration": duration,
                "results": results,
                "status": status,
                "createdAt": created_at,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.v1_hamilton_artwork_parameters import V1HamiltonArtworkParameters

        d = dict(src_dict)
        id = UUID(d.pop("id"))

        artwork_type = cast(Literal["hamilton"], d.pop("artworkType"))
        if artwork_type != "hamilton":
            raise ValueError(f"artworkType must match const 'hamilton', got '{artwork_type}'")

        parameters = V1HamiltonArtworkParameters.from_dict(d.pop("parameters"))

        duration = d.pop("duration")

        results = cast(list[str], d.pop("results"))

        def _parse_status(data: object) -> str | V1ArtworkStatus:
            try:
                if not isinstance(data, str):
                    raise TypeError()
                componentsschemas_v1_artwork_status_value_type_0 = check_v1_artwork_status(data)

                return componentsschemas_v1_artwork_status_value_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(str | V1ArtworkStatus, data)

        status = _parse_status(d.pop("status"))

        from dateutil.parser import isoparse

        created_at = isoparse(d.pop("createdAt"))

        v1_hamilton_artwork = cls(
            id=id,
            artwork_type=artwork_type,
            parameters=parameters,
            duration=duration,
            results=results,
            status=status,
            created_at=created_at,
        )

        v1_hamilton_artwork.additional_properties = d
        return v1_hamilton_artwork

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties
