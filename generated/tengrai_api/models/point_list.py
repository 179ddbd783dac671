from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define

from ..types import UNSET, Unset

T = TypeVar("T", bound="PointList")


@_attrs_define
class PointList:
    """Points in relative image coordinates (0.0 to 1.0) with their labels."""

    points: list[list[float]] | Unset = UNSET
    """ [x, y] pairs, each exactly two numbers from 0.0 to 1.0. """
    labels: list[int] | Unset = UNSET
    """ A label per point. """

    def to_dict(self) -> dict[str, Any]:
        points: list[list[float]] | Unset = UNSET
        if not isinstance(self.points, Unset):
            points = []
            for points_item_data in self.points:
                points_item = points_item_data

                points.append(points_item)

        labels: list[int] | Unset = UNSET
        if not isinstance(self.labels, Unset):
            labels = self.labels

        field_dict: dict[str, Any] = {}

        field_dict.update({})
        if points is not UNSET:
            field_dict["points"] = points
        if labels is not UNSET:
            field_dict["labels"] = labels

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        _points = d.pop("points", UNSET)
        points: list[list[float]] | Unset = UNSET
        if _points is not UNSET:
            points = []
            for points_item_data in _points:
                points_item = cast(list[float], points_item_data)

                points.append(points_item)

        labels = cast(list[int], d.pop("labels", UNSET))

        point_list = cls(
            points=points,
            labels=labels,
        )

        return point_list
