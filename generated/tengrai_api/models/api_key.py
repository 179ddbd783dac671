from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.api_key_environment import ApiKeyEnvironment, check_api_key_environment
from ..models.api_key_scope import ApiKeyScope, check_api_key_scope
from ..models.api_key_status import ApiKeyStatus, check_api_key_status
from ..types import UNSET, Unset

T = TypeVar("T", bound="ApiKey")


@_attrs_define
class ApiKey:
    """An API key record. `apiKey`, the full key, is present only in the answer that created the key."""

    key_id: str
    """ The key's id, used to revoke it (not the key itself) """
    key_prefix: str
    """ The first 10 characters of the key (to recognise it later) """
    label: str
    scope: ApiKeyScope | str
    environment: ApiKeyEnvironment | str
    credits_: float
    status: ApiKeyStatus | str
    usage_count: float
    last_used_at: datetime.datetime | None
    expires_at: datetime.datetime | None
    created_at: datetime.datetime
    api_key: str | Unset = UNSET
    """ The full key (only in the answer that created the key) """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        key_id = self.key_id

        key_prefix = self.key_prefix

        label = self.label

        scope: str
        if isinstance(self.scope, str):
            scope = self.scope
        else:
            scope = self.scope

        environment: str
        if isinstance(self.environment, str):
            environment = self.environment
        else:
            environment = self.environment

        credits_ = self.credits_

        status: str
        if isinstance(self.status, str):
            status = self.status
        else:
            status = self.status

        usage_count = self.usage_count

        last_used_at: None | str
        if isinstance(self.last_used_at, datetime.datetime):
            last_used_at = self.last_used_at.isoformat()
        else:
            last_used_at = self.last_used_at

        expires_at: None | str
        if isinstance(self.expires_at, datetime.datetime):
            expires_at = self.expires_at.isoformat()
        else:
            expires_at = self.expires_at

        created_at = self.created_at.isoformat()

        api_key = self.api_key

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "keyId": key_id,
                "keyPrefix": key_prefix,
                "label": label,
                "scope": scope,
                "environment": environment,
                "credits": credits_,
                "status": status,
                "usageCount": usage_count,
                "lastUsedAt": last_used_at,
                "expiresAt": expires_at,
                "createdAt": created_at,
            }
        )
        if api_key is not UNSET:
            field_dict["apiKey"] = api_key

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        key_id = d.pop("keyId")

        key_prefix = d.pop("keyPrefix")

        label = d.pop("label")

        def _parse_scope(data: object) -> ApiKeyScope | str:
            try:
                if not isinstance(data, str):
                    raise TypeError()
                componentsschemas_api_key_scope_value_type_0 = check_api_key_scope(data)

                return componentsschemas_api_key_scope_value_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(ApiKeyScope | str, data)

        scope = _parse_scope(d.pop("scope"))

        def _parse_environment(data: object) -> ApiKeyEnvironment | str:
            try:
                if not isinstance(data, str):
                    raise TypeError()
                componentsschemas_api_key_environment_value_type_0 = check_api_key_environment(data)

                return componentsschemas_api_key_environment_value_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(ApiKeyEnvironment | str, data)

        environment = _parse_environment(d.pop("environment"))

        credits_ = d.pop("credits")

        def _parse_status(data: object) -> ApiKeyStatus | str:
            try:
                if not isinstance(data, str):
                    raise TypeError()
                componentsschemas_api_key_status_value_type_0 = check_api_key_status(data)

                return componentsschemas_api_key_status_value_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(ApiKeyStatus | str, data)

        status = _parse_status(d.pop("status"))

        usage_count = d.pop("usageCount")

        def _parse_last_used_at(data: object) -> datetime.datetime | None:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                from dateutil.parser import isoparse

                last_used_at_type_0 = isoparse(data)

                return last_used_at_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None, data)

        last_used_at = _parse_last_used_at(d.pop("lastUsedAt"))

        def _parse_expires_at(data: object) -> datetime.datetime | None:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                from dateutil.parser import isoparse

                expires_at_type_0 = isoparse(data)

                return expires_at_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None, data)

        expires_at = _parse_expires_at(d.pop("expiresAt"))

        from dateutil.parser import isoparse

        created_at = isoparse(d.pop("createdAt"))

        api_key = d.pop("apiKey", UNSET)

        api_key = cls(
            key_id=key_id,
            key_prefix=key_prefix,
            label=label,
            scope=scope,
            environment=environment,
            credits_=credits_,
            status=status,
            usage_count=usage_count,
            last_used_at=last_used_at,
            expires_at=expires_at,
            created_at=created_at,
            api_key=api_key,
        )

        api_key.additional_properties = d
        return api_key

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
