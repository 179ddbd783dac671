from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define

from ..models.textcraft_reasoning_config_type import (
    TextcraftReasoningConfigType,
    check_textcraft_reasoning_config_type,
)
from ..types import UNSET, Unset

T = TypeVar("T", bound="TextcraftReasoningConfig")


@_attrs_define
class TextcraftReasoningConfig:
    """Extended reasoning settings (Claude on Bedrock only)."""

    type_: TextcraftReasoningConfigType | Unset = UNSET
    """ Turns extended reasoning on or off. """
    budget_tokens: int | Unset = UNSET
    """ Tokens reasoning may use; they count against maxTokens. """

    def to_dict(self) -> dict[str, Any]:
        type_: str | Unset = UNSET
        if not isinstance(self.type_, Unset):
            type_ = self.type_

        budget_tokens = self.budget_tokens

        field_dict: dict[str, Any] = {}

        field_dict.update({})
        if type_ is not UNSET:
            field_dict["type"] = type_
        if budget_tokens is not UNSET:
            field_dict["budgetTokens"] = budget_tokens

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        _type_ = d.pop("type", UNSET)
        type_: TextcraftReasoningConfigType | Unset
        if isinstance(_type_, Unset):
            type_ = UNSET
        else:
            type_ = check_textcraft_reasoning_config_type(_type_)

        budget_tokens = d.pop("budgetTokens", UNSET)

        textcraft_reasoning_config = cls(
            type_=type_,
            budget_tokens=budget_tokens,
        )

        return textcraft_reasoning_config
