from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define

from ..types import UNSET, Unset

T = TypeVar("T", bound="CreateStyleDnaAnchorArtworkRequest")


@_attrs_define
class CreateStyleDnaAnchorArtworkRequest:
    """Body of POST /v2/style-dna/generate-anchor. Only webhook is documented by name; the page's optional reference-image
    field is not (see NOTES).

    """

    webhook: str | Unset = UNSET
    """ Optional webhook URL. When provided, the server POSTs the final artwork to it upon completion. Must be HTTPS
    and a publicly routable host: loopback, link-local, private and cloud-metadata addresses are rejected. """

    def to_dict(self) -> dict[str, Any]:
        webhook = self.webhook

        field_dict: dict[str, Any] = {}

        field_dict.update({})
        if webhook is not UNSET:
            field_dict["webhook"] = webhook

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        webhook = d.pop("webhook", UNSET)

        create_style_dna_anchor_artwork_request = cls(
            webhook=webhook,
        )

        return create_style_dna_anchor_artwork_request
