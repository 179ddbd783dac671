"""A synchronous paid call whose answer was lost: find its result, never send it again.

The V1 operations marked ``x-synchronous`` answer with their finished result (201). When such a call may have
reached the server but its answer is lost (a 504 from the gateway, a connection dropped after sending, a 2xx
answer that cannot be read), the work may have been done and billed. The SDK never sends the call again:

* an operation whose result is an artwork (``x-recover-with: {operationId, artworkType}``) is looked for in that
  list (``GET /v1/artworks``): an artwork of that type, created in the request's time window, echoing every field
  that was sent. Exactly one such artwork, not already handed to another call of this client, is the answer;
* otherwise (nothing found, several candidates, or an operation whose result cannot be looked up: a Style DNA
  asset, a Textcraft answer) `CreateOutcomeUnknownError` says the call may have been billed.

The window is measured on the server's clock when it sends a ``Date`` header, as for a V2 create
(`tengrai._tasks.recovery`).
"""

from __future__ import annotations

import json
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

from ._client_state import Ambiguous, DeadlineExpired
from ._engine.runners import Flow, sleep
from ._exceptions import CreateOutcomeUnknownError, TengraiError
from ._tasks.recovery import Attempt

if TYPE_CHECKING:
    from ._client_state import Core
    from ._fields import Operation
    from ._records import V1Artwork

__all__ = ["LOOK_DELAYS", "lost_answer_flow"]

LOOK_DELAYS = (0.0, 1.0, 3.0)
"""Pauses before each look for the result of a synchronous call whose answer was lost."""
PAGE_SIZE = 50
MAX_PAGES = 4


def lost_answer_flow(
    core: Core, op: Operation, url: str, body: Mapping[str, Any] | None, ambiguous: Ambiguous, deadline: float | None
) -> Flow[Any]:
    """The result of the synchronous call ``op`` whose answer was lost, found without sending it again; else
    `CreateOutcomeUnknownError` saying it may have been billed."""
    sent = dict(body or {})
    cause = ambiguous.cause
    prefix = f"{op.method} {url} may have reached the server ({cause}); it was not sent again"
    recover = op.recover_with
    if not recover:
        raise CreateOutcomeUnknownError(
            f"{prefix}. The call may have been billed: {op.title} answers only once, and its result cannot be "
            "looked up afterwards. Check your credits before calling it again.",
            operation=op.operation_id,
            body=sent,
            cause=cause,
        ) from cause
    artwork_type = recover["artworkType"]
    lookup_error: BaseException | None = None
    candidates: list[str] = []
    for pause in LOOK_DELAYS:
        if deadline is not None and core.clock() + pause >= deadline:
            lookup_error = lookup_error or TengraiError("the deadline passed before the artwork could be looked for")
            break
        yield from sleep(pause)
        try:
            attempt = Attempt(ambiguous.sent_at, ambiguous.ended)
            matches = yield from _look(core, recover["operationId"], artwork_type, sent, attempt, deadline)
        except TengraiError as exc:
            lookup_error = exc
            continue
        except DeadlineExpired as expired:
            lookup_error = expired.cause or TengraiError("the deadline passed while looking for the artwork")
            break
        candidates = [artwork.id for artwork in matches]
        if len(matches) == 1 and core.ledger.claim(matches[0].id, core.clock()):
            return matches[0]
        if len(matches) > 1:
            break
    lookup = f"; looking for it failed: {lookup_error}" if lookup_error is not None else ""
    found = (
        f"several matching {artwork_type} artworks were found ({', '.join(candidates)}): one of them may be this "
        "call's result"
        if candidates
        else f"no matching {artwork_type} artwork was found among the key's newest V1 artworks"
    )
    raise CreateOutcomeUnknownError(
        f"{prefix}; {found}{lookup}. The call may have been billed: check client.v1.artworks.list() before calling "
        "it again.",
        operation=op.operation_id,
        body=sent,
        cause=cause,
        candidates=candidates,
    ) from cause


def _look(
    core: Core,
    list_operation: str,
    artwork_type: str,
    sent: Mapping[str, Any],
    attempt: Attempt,
    deadline: float | None,
) -> Flow[list[V1Artwork]]:
    """The artworks of the newest pages that may be the call's result (created while it was in flight, on the
    server's clock: `tengrai._tasks.recovery.ServerTime`)."""
    from ._parsing import response_error
    from ._records import parse_answer
    from ._request_ids import stamp
    from ._tasks.recovery import ServerTime, parameters_match

    matches: list[V1Artwork] = []
    offset = 0
    for _ in range(MAX_PAGES):
        asked = core.clock()
        response = yield from core.request(
            "GET", core.url(list_operation), params={"offset": offset, "limit": PAGE_SIZE}, deadline=deadline
        )
        since, until = ServerTime.of(core, response, asked).window(attempt)
        try:
            items = json.loads(response.content)
        except (ValueError, RecursionError) as exc:
            raise response_error(response, f"not JSON ({type(exc).__name__})") from exc
        if not isinstance(items, list):
            raise response_error(response, f"a page of artworks must be a JSON array, got {type(items).__name__}")
        oldest: float | None = None
        for item in items:
            try:
                artwork: V1Artwork = stamp(parse_answer("V1Artwork", "object", item), response)
            except (ValueError, TypeError):
                continue
            created = artwork.created_at.timestamp()
            oldest = created if oldest is None else min(oldest, created)
            if (
                artwork.artwork_type == artwork_type
                and since <= created <= until
                and not core.ledger.owned(artwork.id)
                and parameters_match(sent, artwork.parameters)
            ):
                matches.append(artwork)
        if len(items) < PAGE_SIZE or (oldest is not None and oldest < since):
            break
        offset += len(items)
    return matches
