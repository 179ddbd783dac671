from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define

if TYPE_CHECKING:
    from ..models.textcraft_tool_parameters import TextcraftToolParameters


T = TypeVar("T", bound="TextcraftTool")


@_attrs_define
class TextcraftTool:
    """One tool of a Textcraft request (V2 `Text2TextRequest`: `description` and `parameters`, both required; closed to
    other keys and `parameters` values as strings are the SDK's reading of that schema, see NOTES).

    """

    description: str
    """ What the tool does. """
    parameters: TextcraftToolParameters
    """ The tool's parameters, by name, each with its description. """

    def to_dict(self) -> dict[str, Any]:
        description = self.description

        parameters = self.parameters.to_dict()

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "description": description,
                "parameters": parameters,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.textcraft_tool_parameters import TextcraftToolParameters

        d = dict(src_dict)
        description = d.pop("description")

        parameters = TextcraftToolParameters.from_dict(d.pop("parameters"))

        textcraft_tool = cls(
            description=description,
            parameters=parameters,
        )

        return textcraft_tool
