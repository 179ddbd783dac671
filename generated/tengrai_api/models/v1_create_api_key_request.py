from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define

from ..models.api_key_scope import ApiKeyScope, check_api_key_scope
from ..models.v1_api_key_domain import V1ApiKeyDomain, check_v1_api_key_domain
from ..types import UNSET, Unset

T = TypeVar("T", bound="V1CreateApiKeyRequest")


@_attrs_define
class V1CreateApiKeyRequest:
    """Body of POST /v1/organizations/{orgId}/api-keys: the 1.3.0 page's fields and `domains` from the V1
    CreateApiKeyRequest schema.

    """

    label: str
    """ A name for the key (1 to 100 characters), shown in key listings. """
    scope: ApiKeyScope
    """ What a key may do, weakest first; each scope includes the rights of the ones before it (admin ⊃ manager ⊃
    generator). `generator` creates artworks and reads its own results; `manager` also rotates the organization's
    webhook secret; `admin` also mints and revokes manager and generator keys. """
    domains: list[V1ApiKeyDomain]
    """ The areas of the API the key may call (at least one); an admin key's domains are set to ['*']. """
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

        scope = check_api_key_scope(d.pop("scope"))

        domains = []
        _domains = d.pop("domains")
        for domains_item_data in _domains:
            domains_item = check_v1_api_key_domain(domains_item_data)

            domains.append(domains_item)

        credits_ = d.pop("credits", UNSET)

        v1_create_api_key_request = cls(
            label=label,
            scope=scope,
            domains=domains,
            credits_=credits_,
        )

        return v1_create_api_key_request
