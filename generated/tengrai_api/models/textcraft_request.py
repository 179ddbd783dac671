from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.textcraft_reasoning_config import TextcraftReasoningConfig
    from ..models.textcraft_request_additional_model_request_fields import (
        TextcraftRequestAdditionalModelRequestFields,
    )
    from ..models.textcraft_request_tools import TextcraftRequestTools


T = TypeVar("T", bound="TextcraftRequest")


@_attrs_define
class TextcraftRequest:
    """Body of POST /v1/textcraft: the 1.x page's six fields, and `thinking` and `reasoningConfig` of the V1-deprecated
    page and the V2 `Text2TextRequest` schema, with that schema's `tools` (a map) and `additionalModelRequestFields` (a
    free JSON object); see NOTES.

    """

    prompt: str
    """ The text prompt. """
    model: str
    """ The model to call (its name as listed by GET /v1/textcraft/models, which is not documented). """
    temperature: float | Unset = UNSET
    """ Sampling temperature (not together with thinking). """
    max_tokens: float | Unset = UNSET
    """ The most tokens to produce (default: the model's maximum). """
    image_url: str | Unset = UNSET
    """ URL of an image to send with the prompt (vision models only). """
    image_data: str | Unset = UNSET
    """ Base64 image data to send with the prompt (vision models only). """
    thinking: bool | Unset = UNSET
    """ Ask for the model's reasoning (returned in `reasoning`; ignored by models without it). """
    reasoning_config: TextcraftReasoningConfig | Unset = UNSET
    """ Extended reasoning settings (Claude on Bedrock only). """
    tools: TextcraftRequestTools | Unset = UNSET
    """ Tools the model may call, by name: each with a `description` and its `parameters` (parameter name -> its
    description). The calls come back in `toolCalls`. """
    additional_model_request_fields: TextcraftRequestAdditionalModelRequestFields | Unset = UNSET
    """ More fields for the model, passed on to the Bedrock Converse API as they are (any JSON object; the SDK
    checks only that it is one). """

    def to_dict(self) -> dict[str, Any]:
        prompt = self.prompt

        model = self.model

        temperature = self.temperature

        max_tokens = self.max_tokens

        image_url = self.image_url

        image_data = self.image_data

        thinking = self.thinking

        reasoning_config: dict[str, Any] | Unset = UNSET
        if not isinstance(self.reasoning_config, Unset):
            reasoning_config = self.reasoning_config.to_dict()

        tools: dict[str, Any] | Unset = UNSET
        if not isinstance(self.tools, Unset):
            tools = self.tools.to_dict()

        additional_model_request_fields: dict[str, Any] | Unset = UNSET
        if not isinstance(self.additional_model_request_fields, Unset):
            additional_model_request_fields = self.additional_model_request_fields.to_dict()

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "prompt": prompt,
                "model": model,
            }
        )
        if temperature is not UNSET:
            field_dict["temperature"] = temperature
        if max_tokens is not UNSET:
            field_dict["maxTokens"] = max_tokens
        if image_url is not UNSET:
            field_dict["imageUrl"] = image_url
        if image_data is not UNSET:
            field_dict["imageData"] = image_data
        if thinking is not UNSET:
            field_dict["thinking"] = thinking
        if reasoning_config is not UNSET:
            field_dict["reasoningConfig"] = reasoning_config
        if tools is not UNSET:
            field_dict["tools"] = tools
        if additional_model_request_fields is not UNSET:
            field_dict["additionalModelRequestFields"] = additional_model_request_fields

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.textcraft_reasoning_config import TextcraftReasoningConfig
        from ..models.textcraft_request_additional_model_request_fields import (
            TextcraftRequestAdditionalModelRequestFields,
        )
        from ..models.textcraft_request_tools import TextcraftRequestTools

        d = dict(src_dict)
        prompt = d.pop("prompt")

        model = d.pop("model")

        temperature = d.pop("temperature", UNSET)

        max_tokens = d.pop("maxTokens", UNSET)

        image_url = d.pop("imageUrl", UNSET)

        image_data = d.pop("imageData", UNSET)

        thinking = d.pop("thinking", UNSET)

        _reasoning_config = d.pop("reasoningConfig", UNSET)
        reasoning_config: TextcraftReasoningConfig | Unset
        if isinstance(_reasoning_config, Unset):
            reasoning_config = UNSET
        else:
            reasoning_config = TextcraftReasoningConfig.from_dict(_reasoning_config)

        _tools = d.pop("tools", UNSET)
        tools: TextcraftRequestTools | Unset
        if isinstance(_tools, Unset):
            tools = UNSET
        else:
            tools = TextcraftRequestTools.from_dict(_tools)

        _additional_model_request_fields = d.pop("additionalModelRequestFields", UNSET)
        additional_model_request_fields: TextcraftRequestAdditionalModelRequestFields | Unset
        if isinstance(_additional_model_request_fields, Unset):
            additional_model_request_fields = UNSET
        else:
            additional_model_request_fields = TextcraftRequestAdditionalModelRequestFields.from_dict(
                _additional_model_request_fields
            )

        textcraft_request = cls(
            prompt=prompt,
            model=model,
            temperature=temperature,
            max_tokens=max_tokens,
            image_url=image_url,
            image_data=image_data,
            thinking=thinking,
            reasoning_config=reasoning_config,
            tools=tools,
            additional_model_request_fields=additional_model_request_fields,
        )

        return textcraft_request
