"""Creating a task without ever paying twice: validate, send once, and recover when the answer is lost.

A create is retried only when it certainly did not reach the server (see `tengrai._retry`). When an attempt may
have reached it (the connection broke or timed out after the request was sent, a gateway answered 502/504, or
the 2xx answer could not be read), the task may exist. Instead of sending the create again, the client looks at
the key's newest artworks for it: same artwork type, every parameter that was sent echoed back equal, created
within the request's time window, and not an artwork this client already owns. A match is resumed as if the
create had answered only when it is certainly this create's task: the one match on two consecutive looks (a list
can be briefly stale, hiding this task behind another client's identical one), while no other create of this
client with the same parameters is in flight or ended not knowing its outcome, and claimed atomically (one task
is never handed to two callers). Otherwise (nothing found after a few looks, or several or contested candidates)
`CreateOutcomeUnknownError` says the task may exist and names the candidates.

"May have reached the server" is decided by the failure, not by a list of known ones: everything except a
failure that certainly happened before sending (see `tengrai._retry`), and every 2xx answer the SDK cannot read
(corrupt encoding, invalid JSON, a field out of range), counts.

The time window is measured on the server's clock when it sends a ``Date`` header (the list answer's date minus
the time elapsed locally since the request was sent), so client and server clocks need not agree.
"""

from __future__ import annotations

import email.utils
import json
from collections.abc import Mapping
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from ._core import Ambiguous, DeadlineExpired
from ._engine import Flow, sleep
from ._exceptions import APIResponseError, APITimeoutError, CreateOutcomeUnknownError, TengraiError
from ._ledger import CreateRecord
from ._logging import logger
from ._parsing import artwork_type_of, response_error
from .types import Artwork

if TYPE_CHECKING:
    import httpx

    from ._core import Core

__all__ = ["RECOVERY_DELAYS", "RECOVERY_RESERVE", "create_flow", "parameters_match", "recover_flow"]

RECOVERY_DELAYS = (0.0, 1.0, 3.0)
"""Pauses before each look for a task whose create outcome is unknown. A single match is taken only when one more
look, `CONFIRM_DELAY` later, shows it again."""
CONFIRM_DELAY = 1.0
"""Pause before the look that confirms a single match."""
RECOVERY_PAGE_SIZE = 50
RECOVERY_MAX_PAGES = 4
DATE_MARGIN = 5.0
"""Seconds of slack around the window when it is measured on the server's clock (Date has 1 s resolution)."""
LOCAL_MARGIN = 60.0
"""Seconds of slack when the server sends no Date header and the local clock has to stand in for it."""
RECOVERY_RESERVE = 5.0
"""Seconds of a `generate` deadline kept back from the create request for looking for a lost task (at most a
quarter of the time left)."""


def create_flow(
    core: Core,
    operation_id: str,
    params: Mapping[str, Any],
    *,
    deadline: float | None = None,
    extra_query: Mapping[str, Any] | None = None,
    extra_body: Mapping[str, Any] | None = None,
) -> Flow[Artwork]:
    """Validate ``params``, send the create once, and return the new artwork (recovering a lost answer).

    With a ``deadline`` (from `generate`), the create's timeout and retry sleeps end before it, keeping a part
    of the remaining time (`RECOVERY_RESERVE`) for looking for the task should its answer get lost.

    ``extra_query`` and ``extra_body`` (a call's checked per-request options, `tengrai._options`) go on the create
    request only. Recovery compares the validated body, without the extra fields: they hold no field the SDK
    knows, and the server need not echo fields it does not know.
    """
    from ._netcheck import local_api
    from .validation import build_request_body

    body = build_request_body(operation_id, params, strict=core.strict, local_api=local_api(core.base_url))
    method, url, query, json_body = core.build(operation_id, params=extra_query, json_body=body)
    send_by = None if deadline is None else deadline - min(RECOVERY_RESERVE, (deadline - core.clock()) / 4)
    record = core.ledger.start(operation_id, body, core.clock())
    artwork: Artwork | None = None
    try:
        try:
            response = yield from core.request(
                method,
                url,
                kind="create",
                json={**json_body, **extra_body} if extra_body else json_body,
                params=query,
                deadline=send_by,
            )
        except Ambiguous as ambiguous:
            artwork = yield from recover_flow(core, operation_id, body, ambiguous, deadline=deadline, record=record)
        except DeadlineExpired as expired:
            # Raised only before sending or instead of a retry: no task was created.
            raise APITimeoutError(
                f"POST {url}: the deadline left no time to send the create (again); no task was created"
                + (f" (last error: {expired.cause})" if expired.cause is not None else ""),
                method="POST",
                url=url,
            ) from expired.cause
        else:
            try:
                artwork = core.artwork_from(response)
            except Exception as unreadable:
                logger.warning(
                    "POST %s answered %d with a body the SDK cannot read; looking for the task",
                    url,
                    response.status_code,
                )
                lost = Ambiguous(_unreadable(response, unreadable), core.clock())
                artwork = yield from recover_flow(core, operation_id, body, lost, deadline=deadline, record=record)
    except CreateOutcomeUnknownError:
        core.ledger.end(record, core.clock(), unknown=True)
        raise
    except BaseException as exc:
        # An error of the SDK is a definite answer (no task); cancellation while the outcome was open is not.
        core.ledger.end(record, core.clock(), unknown=artwork is None and not isinstance(exc, TengraiError))
        raise
    core.ledger.end(record, core.clock(), artwork_id=artwork.id)
    core.remember_created(artwork, core.clock())
    logger.info("created %s artwork %s (status %s)", artwork.artwork_type, artwork.id, artwork.status)
    return artwork


def _unreadable(response: httpx.Response, exc: BaseException) -> BaseException:
    if isinstance(exc, APIResponseError):
        return exc
    return response_error(response, f"{type(exc).__name__}: {exc}")


def parameters_match(sent: Mapping[str, Any], echoed: Mapping[str, Any]) -> bool:
    """Whether an artwork's echoed parameters show every field that was sent, with the value that was sent.

    Fields the server added (its defaults) are ignored. A seed may come back as sent or transformed.
    """
    for key, value in sent.items():
        if key not in echoed:
            return False
        got = echoed[key]
        if _same(got, value):
            continue
        if key == "seed" and isinstance(value, int) and not isinstance(value, bool):
            from .validation import transformed_seed

            if _same(got, transformed_seed(value)):
                continue
        return False
    return True


def _same(got: Any, sent: Any) -> bool:
    # JSON does not tell 3 from 3.0, but it does tell true from 1.
    return bool(got == sent) and isinstance(got, bool) == isinstance(sent, bool)


def _server_now(response: httpx.Response) -> float | None:
    date = response.headers.get("date")
    if not date:
        return None
    try:
        parsed = email.utils.parsedate_to_datetime(date)
    except (TypeError, ValueError, IndexError):
        return None
    return parsed.timestamp() if parsed.tzinfo is not None else None


@dataclass
class _Look:
    """What one look through the newest artworks found."""

    matches: list[Artwork]
    unreadable: list[str]
    """Ids of artworks whose entries could not be read but may be the task (never taken, only named)."""


def _maybe_the_task(item: Any, artwork_type: str, body: Mapping[str, Any]) -> str | None:
    """The id of an unreadable list entry that may still be the task (type and parameters match), else None."""
    if not isinstance(item, dict):
        return None
    artwork_id, parameters = item.get("id"), item.get("parameters")
    if not isinstance(artwork_id, str) or not isinstance(parameters, dict):
        return None
    if item.get("artworkType") != artwork_type or not parameters_match(body, parameters):
        return None
    return artwork_id


def _look(
    core: Core, artwork_type: str, body: Mapping[str, Any], sent_at: float, deadline: float | None
) -> Flow[_Look]:
    """One look through the newest artworks for candidates (an entry that cannot be read is not fatal)."""
    found = _Look([], [])
    offset = 0
    for _ in range(RECOVERY_MAX_PAGES):
        response = yield from core.request(
            "GET",
            core.url("list_artworks"),
            params={"offset": offset, "limit": RECOVERY_PAGE_SIZE},
            deadline=deadline,
        )
        server_now = _server_now(response)
        now, margin = (server_now, DATE_MARGIN) if server_now is not None else (core.wall(), LOCAL_MARGIN)
        since = now - (core.clock() - sent_at) - margin
        until = now + margin
        try:
            items = json.loads(response.content)
        except (ValueError, RecursionError) as exc:
            raise response_error(response, f"not JSON ({type(exc).__name__})") from exc
        if not isinstance(items, list):
            raise response_error(response, f"a page of artworks must be a JSON array, got {type(items).__name__}")
        oldest: float | None = None
        for item in items:
            try:
                artwork = core.make_artwork(item)
                created = artwork.created_at.timestamp()
            except (ValueError, OverflowError, TypeError):
                suspect = _maybe_the_task(item, artwork_type, body)
                if suspect is not None and not core.ledger.owned(suspect):
                    found.unreadable.append(suspect)
                continue
            oldest = created if oldest is None else min(oldest, created)
            if (
                artwork.artwork_type == artwork_type
                and since <= created <= until
                and not core.ledger.owned(artwork.id)
                and artwork.id not in core.created
                and parameters_match(body, artwork.parameters)
            ):
                found.matches.append(artwork)
        if len(items) < RECOVERY_PAGE_SIZE or (oldest is not None and oldest < since):
            break
        offset += len(items)
    return found


def recover_flow(
    core: Core,
    operation_id: str,
    body: Mapping[str, Any],
    ambiguous: Ambiguous,
    *,
    deadline: float | None = None,
    record: CreateRecord | None = None,
) -> Flow[Artwork]:
    """Find the task an ambiguous create may have started; raise `CreateOutcomeUnknownError` if it cannot.

    With a ``deadline``, no look or pause between looks runs past it.
    """
    artwork_type = artwork_type_of(operation_id)
    url = core.url(operation_id)
    lookup_error: BaseException | None = None
    previous: str | None = None
    """The id a look found as the only candidate, to be confirmed by the next look."""
    suspects: dict[str, None] = {}
    contested = False

    def unknown(reason: str) -> CreateOutcomeUnknownError:
        named = list(suspects)
        return CreateOutcomeUnknownError(
            f"POST {url} may have reached the server ({ambiguous.cause}); {reason}",
            operation=operation_id,
            body=body,
            cause=ambiguous.cause,
            candidates=named,
        )

    pauses = list(RECOVERY_DELAYS)
    while pauses:
        pause = CONFIRM_DELAY if previous is not None else pauses.pop(0)
        if deadline is not None and core.clock() + pause >= deadline:
            lookup_error = lookup_error or TengraiError("the deadline passed before the task could be looked for")
            break
        yield from sleep(pause)
        try:
            found = yield from _look(core, artwork_type, body, ambiguous.sent_at, deadline)
        except TengraiError as exc:
            lookup_error = exc
            continue
        except DeadlineExpired as expired:
            lookup_error = expired.cause or TengraiError("the deadline passed while looking for the task")
            break
        for artwork in found.matches:
            suspects[artwork.id] = None
        for artwork_id in found.unreadable:
            suspects[artwork_id] = None
        if len(found.matches) + len(found.unreadable) > 1:
            ids = ", ".join(suspects)
            raise unknown(
                f"several matching {artwork_type} artworks were created in that time window ({ids}); one of them "
                "may be this request's task. Check them before creating it again."
            ) from ambiguous.cause
        rivals = core.ledger.rivals(record, ambiguous.sent_at - LOCAL_MARGIN) if record is not None else []
        if found.unreadable or len(found.matches) != 1 or rivals:
            contested = contested or bool(rivals and found.matches)
            previous = None
            continue
        only = found.matches[0]
        if previous != only.id:
            previous = only.id  # take it only when the next look shows the same
            continue
        if not core.ledger.claim(only.id):
            previous = None
            continue
        logger.warning("recovered artwork %s after the ambiguous create POST %s", only.id, url)
        return only
    lookup = f"; looking for it failed too: {lookup_error}" if lookup_error is not None else ""
    if suspects:
        ids = ", ".join(suspects)
        why = (
            "another create with the same parameters was in flight at the same time"
            if contested
            else "the match could not be confirmed"
        )
        raise unknown(
            f"matching {artwork_type} artworks were found ({ids}), but {why}, so which task is this request's "
            f"cannot be told{lookup}. One of them may be this request's task: check them before creating it again."
        ) from ambiguous.cause
    raise unknown(
        f"no matching {artwork_type} artwork was found among the newest artworks of this key{lookup}. The task "
        "may exist and be billed: check client.artworks.list() before creating it again."
    ) from ambiguous.cause
