from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define

from ..models.api_key_domain import ApiKeyDomain, check_api_key_domain
from ..models.mintable_api_key_scope import (
    MintableApiKeyScope,
    check_mintable_api_key_scope,
)
from ..types import UNSET, Unset

T = TypeVar("T", bound="CreateApiKeyRequest")


@_attrs_define
class CreateApiKeyRequest:
    """Body of POST /v2/organizations/{orgId}/api-keys."""

    label: str
    """ A name for the key (1 to 100 characters), shown in key listings. """
    scope: MintableApiKeyScope
    """ The scopes create_api_key accepts; admin keys cannot be minted (Tengr.ai creates them). """
    domains: list[ApiKeyDomain]
    """ The areas of the API the key may call (at least one); they must be a subset of the calling admin key's
    domains. """
    credits_: int | Unset = 0
    """ Credits allotted to the key. """

    def to_dict(self) -> dict[str, Any]:
        label = self.label

        scope: str = self.scope

        domains = []
        for domains_item_data in self.domains:
            domains_item: str = domains_item_data
            domains.append(domains_item)

        credits_ = self.credits_

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "label": label,
                "scope": scope,
                "domains": domains,
            }
        )
        if credits_ is not UNSET:
            field_dict["credits"] = credits_

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        label = d.pop("label")

        scope = check_mintable_api_key_scope(d.pop("scope"))

        domains = []
        _domains = d.pop("domains")
        for domains_item_data in _domains:
            domains_item = check_api_key_domain(domains_item_data)

            domains.append(domains_item)

        credits_ = d.pop("credits", UNSET)

        create_api_key_request = cls(
            label=label,
            scope=scope,
            domains=domains,
            credits_=credits_,
        )

        return create_api_key_request
