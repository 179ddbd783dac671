"""A task of the mock and its lifecycle on the clock: its status at a given time, when it ends, when its retention
is over, and the artwork the API shows for it (`ArtworkRecord`); the statuses it goes through, checked against the
spec; times written as the API writes them."""

from __future__ import annotations

import functools
from dataclasses import dataclass, field
from datetime import UTC, datetime
from typing import Any

from . import _openapi as _spec
from ._config import Durations
from ._images import ImageRecipe

__all__ = ["FAILED", "JSON", "PROCESSING", "STARTING", "SUCCEEDED", "ArtworkRecord", "iso_time", "retention_seconds"]

JSON = dict[str, Any]


def _status(name: str) -> str:
    """A V2 artwork status the mock sets, checked against the spec's enum so a renamed status fails loudly."""
    statuses: list[str] = _spec.component("ArtworkStatus")["enum"]
    if name not in statuses:
        raise RuntimeError(f"the spec's ArtworkStatus enum has no {name!r}; the mock's lifecycle needs updating")
    return name


STARTING, PROCESSING, SUCCEEDED, FAILED = map(_status, ("starting", "processing", "succeeded", "failed"))


@functools.cache
def retention_seconds(artwork_type: str) -> float | None:
    """Seconds after creation an artwork of this type is deleted (``x-retention-days``), None if not documented."""
    for branch in _spec.component("Artwork")["oneOf"]:
        schema = _spec.resolve(branch)
        if schema.get("properties", {}).get("artworkType", {}).get("const") == artwork_type:
            days = _spec.extension(schema, "retention-days")
            return None if days is None else float(days) * 86_400
    return None


def iso_time(timestamp: float) -> str:
    """A Unix timestamp as the API writes times: ISO 8601, UTC, milliseconds, ``Z``."""
    moment = datetime.fromtimestamp(timestamp, UTC)
    return moment.isoformat(timespec="milliseconds").replace("+00:00", "Z")


@dataclass
class ArtworkRecord:
    """One artwork task and everything needed to answer for it."""

    id: str
    owner: str
    org_id: str
    operation_id: str
    artwork_type: str
    parameters: JSON
    created_at: float
    durations: Durations
    base_url: str
    batch: int
    size: tuple[int, int] | None
    fmt: str
    transparent: bool
    seed: int
    planned_failure: bool
    status: str | None = None
    error: str | None = None
    recipes: tuple[ImageRecipe, ...] = field(default=())

    @property
    def ends_at(self) -> float:
        """When the task ends (mock clock)."""
        return self.created_at + self.durations.total

    def status_at(self, now: float) -> str:
        """The status at time ``now``."""
        if self.status is not None:
            return self.status
        return STARTING if now < self.created_at + self.durations.starting else PROCESSING

    def expired(self, now: float) -> bool:
        """Whether the retention period is over."""
        retention = retention_seconds(self.artwork_type)
        return retention is not None and now >= self.created_at + retention

    def result_urls(self) -> list[str]:
        """URLs of the result files (empty until the task succeeded)."""
        return [f"{self.base_url}/files/{self.id}/{recipe.index}.{recipe.fmt}" for recipe in self.recipes]

    def view(self, now: float) -> JSON:
        """The artwork as the API returns it."""
        status = self.status_at(now)
        processing_from = self.created_at + self.durations.starting
        duration = max(0.0, min(now, self.ends_at) - processing_from)
        data: JSON = {
            "id": self.id,
            "artworkType": self.artwork_type,
            "parameters": dict(self.parameters),
            "duration": round(duration, 3),
            "results": self.result_urls(),
            "status": status,
            "createdAt": iso_time(self.created_at),
        }
        if status == FAILED and self.error:
            data["error"] = self.error
        return _spec.envelope_values("Artwork", data)
