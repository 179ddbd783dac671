"""A synchronous paid call: sent once, registered like a create, and its lost answer found, never sent again.

The V1 operations marked ``x-synchronous`` answer with their finished result (201). Such a call is a paid create:
an operation whose result is an artwork (``x-recover-with: {operationId, artworkType}``, the V1 creates) registers
in the client's one registry of tasks before it is sent and ends there with its artwork (owned: no later recovery
takes it), exactly as a V2 create does (`tengrai._tasks.create`). When the call may have reached the server but
its answer is lost (a 504 from the gateway, a connection dropped after sending, a 2xx answer that cannot be read),
the work may have been done and billed, and the call is never sent again:

* an artwork result is looked for by the one recovery protocol of the SDK (`tengrai._tasks.recovery.find_flow`) in
  the list the spec names (``GET /v1/artworks``): same type, every sent field echoed, created while this call was
  in flight (on the client's clock, read through the server's ``Date``), not owned by another call of this client,
  confirmed by a second look, no other identical call in flight; claimed atomically. After a 503 whose looks prove
  that nothing was made, the call is sent once more, as a V2 create is;
* otherwise (nothing certain found, or an operation whose result cannot be looked up: a Style DNA asset, a
  Textcraft answer) `CreateOutcomeUnknownError` says the call may have been billed.
"""

from __future__ import annotations

import json
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

from ._client_state import Ambiguous
from ._engine.runners import Flow
from ._exceptions import CreateOutcomeUnknownError, TengraiError
from ._tasks.create import send_once_flow
from ._tasks.recovery import Listing, find_flow

if TYPE_CHECKING:
    import httpx

    from ._client_state import Core
    from ._fields import Operation
    from ._tasks.registry import CreateRecord

__all__ = ["lost_answer_flow", "synchronous_flow"]


def synchronous_flow(
    core: Core,
    sender: Core,
    op: Operation,
    request: tuple[str, str, Any, Any],
    body: Mapping[str, Any],
    deadline: float | None,
) -> Flow[Any]:
    """Send the synchronous operation ``op`` (``request``: method, URL, query, JSON; ``body`` the validated body,
    without per-request extras) once through ``sender``; its answer, or its result found after a lost answer."""
    record = core.ledger.start(op.operation_id, body, core.clock()) if op.recover_with else None
    answer: Any = None
    try:
        answer = yield from _send_once(core, sender, op, request, body, record, deadline)
    except BaseException as exc:
        if record is not None:  # an error of the SDK is a definite answer; an unknown outcome or a cancel is not
            unknown = isinstance(exc, CreateOutcomeUnknownError) or not isinstance(exc, TengraiError)
            core.ledger.end(record, core.clock(), unknown=unknown)
        raise
    if record is not None:
        core.ledger.end(record, core.clock(), artwork_id=getattr(answer, "id", None))
    return answer


def _send_once(
    core: Core,
    sender: Core,
    op: Operation,
    request: tuple[str, str, Any, Any],
    body: Mapping[str, Any],
    record: CreateRecord | None,
    deadline: float | None,
) -> Flow[Any]:
    url = request[1]

    def recover(ambiguous: Ambiguous) -> Flow[Any]:
        return (yield from lost_answer_flow(core, op, url, body, ambiguous, deadline, record))

    def read(response: httpx.Response, started: float) -> Flow[Any]:
        return (yield from _read(core, op, url, body, response, started, deadline, record))

    return (yield from send_once_flow(core, sender, request, deadline, recover, read, keep_back=record is not None))


def _read(
    core: Core,
    op: Operation,
    url: str,
    body: Mapping[str, Any],
    response: httpx.Response,
    started: float,
    deadline: float | None,
    record: CreateRecord | None,
) -> Flow[Any]:
    """The answer's record; an answer that cannot be read is a lost answer."""
    from ._model.artwork import parse_answer
    from ._parsing import response_error
    from ._request_ids import stamp

    try:
        return stamp(parse_answer(op.response_schema, op.response_kind, json.loads(response.content)), response)
    except (ValueError, RecursionError) as exc:  # not JSON, or not the documented record
        error = response_error(response, str(exc) or "nested too deeply")
        lost = Ambiguous(error, started, core.clock())
        return (yield from lost_answer_flow(core, op, url, body, lost, deadline, record))


def lost_answer_flow(
    core: Core,
    op: Operation,
    url: str,
    body: Mapping[str, Any],
    ambiguous: Ambiguous,
    deadline: float | None,
    record: CreateRecord | None = None,
) -> Flow[Any]:
    """The result of the synchronous call ``op`` whose answer was lost, found without sending it again; else
    `CreateOutcomeUnknownError` saying it may have been billed (`NotCreated` after a 503 proven harmless)."""
    cause = ambiguous.cause
    recover = op.recover_with
    if not recover:
        raise CreateOutcomeUnknownError(
            f"{op.method} {url} may have reached the server ({cause}); it was not sent again. The call may have been "
            f"billed: {op.title} answers only once, and its result cannot be looked up afterwards. Check your "
            "credits before calling it again.",
            operation=op.operation_id,
            body=dict(body),
            cause=cause,
        ) from cause
    return (
        yield from find_flow(core, op.operation_id, body, ambiguous, _listing(op), deadline=deadline, record=record)
    )


def _listing(op: Operation) -> Listing[Any]:
    """Where ``op``'s result is looked for: the list operation its ``x-recover-with`` names, whose entries are
    read as ``op``'s answer record."""
    from . import _fields
    from ._model.artwork import parse_answer

    recover = op.recover_with or {}
    listed = _fields.model().operation(recover["operationId"])
    schema = op.response_schema

    def read(item: Any) -> Any:
        return parse_answer(schema, "object", item)

    return Listing(
        recover["operationId"], recover["artworkType"], read, f"client.{listed.resource}.{listed.method_name}()"
    )
