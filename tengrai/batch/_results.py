"""What a batch returns and reports: one `BatchResult` per request, `BatchProgress` counts, and `BatchOptions`."""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any, Literal

if TYPE_CHECKING:
    from ..types import Artwork

__all__ = ["RETRYABLE", "BatchOptions", "BatchProgress", "BatchResult", "ResultStatus"]

ResultStatus = Literal["succeeded", "failed", "canceled", "error", "may_exist", "timeout", "invalid"]
"""What became of one request:

* ``succeeded`` / ``failed`` / ``canceled``: the task ended so (``artwork_id`` set; ``files`` when saved); a
  re-run with the same journal keeps a failure or cancellation, unless asked to send it again (``retry_failed``);
* ``error``: no task was created (the create was refused; a re-run sends it again), or the task succeeded but
  its images could not be saved (``artwork_id`` set; a re-run downloads again);
* ``may_exist``: the create may have reached the server but no matching task was found; not sent again unless
  asked (``resend_unknown``), since the task may exist and be billed;
* ``timeout``: the task was still running when the wait ended (``artwork_id`` set; a re-run waits again);
* ``invalid``: the request was skipped as invalid (only with ``skip_invalid``).
"""

RETRYABLE: tuple[ResultStatus, ...] = ("failed", "canceled")
"""Final statuses that ``retry_failed`` (``tengrai batch --retry-failed``) sends again: the task ran and ended
without images."""


@dataclass(slots=True)
class BatchResult:
    """The outcome of one request of a batch.

    Attributes:
        line: 1-based position of the request in the input (its line number in a JSONL file).
        key: the request's ``key``, or None.
        operation_id: the operation (``create_quantum_artwork``).
        status: see `ResultStatus`.
        artwork_id: the task's id, whenever one is known (also with ``error`` and ``timeout``).
        files: paths of the saved images (empty without an output directory).
        error: what went wrong, or None.
        artwork: the finished artwork as last seen in this run (None for items finished by an earlier run).
        operation: the operation as the request named it (``quantum``); ``results.jsonl`` shows it.
    """

    line: int
    key: str | None
    operation_id: str
    status: ResultStatus
    artwork_id: str | None = None
    files: list[str] = field(default_factory=list)
    error: str | None = None
    artwork: Artwork | None = field(default=None, repr=False)
    operation: str = ""

    def to_json(self) -> dict[str, Any]:
        """The result as one line of ``results.jsonl`` (camelCase keys, like the API)."""
        return {
            "line": self.line,
            "key": self.key,
            "operation": self.operation or self.operation_id,
            "status": self.status,
            "artworkId": self.artwork_id,
            "files": list(self.files),
            "error": self.error,
        }


@dataclass(slots=True)
class BatchProgress:
    """Counts of a running batch, handed to ``on_progress`` after every change.

    Attributes:
        total: requests in the batch (this shard).
        created: tasks known to exist (created now or by an earlier run).
        finished: requests with a final result.
        failed: final results other than ``succeeded``.
        window: creates allowed in flight now (the adaptive concurrency).
        throttled: 429 answers seen.
        requests: API requests sent by this run (creates, lists, polls; not image downloads).
    """

    total: int
    created: int = 0
    finished: int = 0
    failed: int = 0
    window: float = 0.0
    throttled: int = 0
    requests: int = 0


@dataclass(frozen=True, slots=True)
class BatchOptions:
    """How to run a batch: the arguments of `Tengrai.batch` and `AsyncTengrai.batch` after the requests (see there).

    The one place those arguments are listed below the clients' signatures: `tengrai.batch._entry` and `run_batch`
    take this record.
    """

    concurrency: int | None = None
    output_dir: str | Path | None = None
    journal: str | Path | None = None
    resend_unknown: bool = False
    retry_failed: bool = False
    skip_invalid: bool = False
    on_result: Callable[[BatchResult], object] | None = None
    on_progress: Callable[[BatchProgress], object] | None = None

    @classmethod
    def named(cls, arguments: Mapping[str, Any]) -> BatchOptions:
        """The options among ``arguments`` (a batch method's ``locals()``): its parameters of these names."""
        return cls(**{name: arguments[name] for name in cls.__dataclass_fields__})
