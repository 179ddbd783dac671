"""The spec's artwork-creating operations, read once at test time for every operation matrix of the suite."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from tengrai import _fields
from tengrai.mock import _openapi as _spec


@dataclass(frozen=True)
class Operation:
    """One artwork-creating operation of the spec, with the first example of its request body."""

    operation_id: str
    path: str
    example: dict[str, Any]
    """The spec's example body, as sent (camelCase)."""
    artwork_type: str
    """The ``artworkType`` its 202 answer has."""

    @property
    def name(self) -> str:
        """The client's resource (``selena_variete``)."""
        return self.operation_id.removeprefix("create_").removesuffix("_artwork")

    @property
    def command(self) -> str:
        """The CLI's subcommand (``selena-variete``)."""
        return self.name.replace("_", "-")

    @property
    def arguments(self) -> dict[str, Any]:
        """The example as the resource methods take it (snake_case)."""
        return {_fields.snake(key): value for key, value in self.example.items()}


def _create_operations() -> list[Operation]:
    found = []
    for _method, path, op in _spec.operations():
        operation_id: str = op["operationId"]
        if not (operation_id.startswith("create_") and operation_id.endswith("_artwork")):
            continue
        accepted = _spec.resolve(op["responses"]["202"]["content"]["application/json"]["schema"])
        example = _spec.request_schema(operation_id)["examples"][0]
        found.append(Operation(operation_id, path, example, accepted["properties"]["artworkType"]["const"]))
    return found


OPERATIONS = _create_operations()
"""Every artwork-creating operation of the spec (``create_*_artwork``, answered 202), in the spec's order."""
