from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.textcraft_tool_call import TextcraftToolCall


T = TypeVar("T", bound="TextcraftAnswer")


@_attrs_define
class TextcraftAnswer:
    """The answer of Textcraft (the 1.x page's fields and the V2 `Text2TextResponse` schema's)."""

    text: str
    """ The model's text. """
    credits_used: float
    """ Credits the call used. """
    reasoning: str | Unset = UNSET
    """ The model's reasoning (with thinking, on models that support it). """
    tokens: float | Unset = UNSET
    """ Tokens used, input and output. """
    tool_calls: list[TextcraftToolCall] | Unset = UNSET
    """ Tools the model called. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        text = self.text

        credits_used = self.credits_used

        reasoning = self.reasoning

        tokens = self.tokens

        tool_calls: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.tool_calls, Unset):
            tool_calls = []
            for tool_calls_item_data in self.tool_calls:
                tool_calls_item = tool_calls_item_data.to_dict()
                tool_calls.append(tool_calls_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "text": text,
                "creditsUsed": credits_used,
            }
        )
        if reasoning is not UNSET:
            field_dict["reasoning"] = reasoning
        if tokens is not UNSET:
            field_dict["tokens"] = tokens
        if tool_calls is not UNSET:
            field_dict["toolCalls"] = tool_calls

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.textcraft_tool_call import TextcraftToolCall

        d = dict(src_dict)
        text = d.pop("text")

        credits_used = d.pop("creditsUsed")

        reasoning = d.pop("reasoning", UNSET)

        tokens = d.pop("tokens", UNSET)

        _tool_calls = d.pop("toolCalls", UNSET)
        tool_calls: list[TextcraftToolCall] | Unset = UNSET
        if _tool_calls is not UNSET:
            tool_calls = []
            for tool_calls_item_data in _tool_calls:
                tool_calls_item = TextcraftToolCall.from_dict(tool_calls_item_data)

                tool_calls.append(tool_calls_item)

        textcraft_answer = cls(
            text=text,
            credits_used=credits_used,
            reasoning=reasoning,
            tokens=tokens,
            tool_calls=tool_calls,
        )

        textcraft_answer.additional_properties = d
        return textcraft_answer

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
