from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.textcraft_tool_call_args import TextcraftToolCallArgs


T = TypeVar("T", bound="TextcraftToolCall")


@_attrs_define
class TextcraftToolCall:
    """A call of one of the request's tools by the model."""

    tool_name: str
    tool_call_id: str
    args: TextcraftToolCallArgs | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        tool_name = self.tool_name

        tool_call_id = self.tool_call_id

        args: dict[str, Any] | Unset = UNSET
        if not isinstance(self.args, Unset):
            args = self.args.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "toolName": tool_name,
                "toolCallId": tool_call_id,
            }
        )
        if args is not UNSET:
            field_dict["args"] = args

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.textcraft_tool_call_args import TextcraftToolCallArgs

        d = dict(src_dict)
        tool_name = d.pop("toolName")

        tool_call_id = d.pop("toolCallId")

        _args = d.pop("args", UNSET)
        args: TextcraftToolCallArgs | Unset
        if isinstance(_args, Unset):
            args = UNSET
        else:
            args = TextcraftToolCallArgs.from_dict(_args)

        textcraft_tool_call = cls(
            tool_name=tool_name,
            tool_call_id=tool_call_id,
            args=args,
        )

        textcraft_tool_call.additional_properties = d
        return textcraft_tool_call

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
