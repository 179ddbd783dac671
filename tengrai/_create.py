"""Creating a task without ever paying twice: validate, send once, and recover when the answer is lost.

A create is retried only when it certainly did not reach the server (see `tengrai._retry`). When an attempt may
have reached it (the connection broke or timed out after the request was sent, a gateway answered 502/504, or
the 2xx answer could not be read), the task may exist. Instead of sending the create again, the client looks at
the key's newest artworks for it: same artwork type, every parameter that was sent echoed back equal, created
within the request's time window, and not an artwork this client already knows. Exactly one match is resumed as
if the create had answered; none (after a few looks, since the server may still be storing it) or several raise
`CreateOutcomeUnknownError`, which says the task may exist.

The time window is measured on the server's clock when it sends a ``Date`` header (the list answer's date minus
the time elapsed locally since the request was sent), so client and server clocks need not agree.
"""

from __future__ import annotations

import email.utils
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

from ._core import Ambiguous, DeadlineExpired
from ._engine import Flow, Sleep
from ._exceptions import APIResponseError, APITimeoutError, CreateOutcomeUnknownError, TengraiError
from ._logging import logger
from ._parsing import artwork_type_of, parse_artwork_list, response_error
from .types import Artwork

if TYPE_CHECKING:
    import httpx

    from ._core import Core

__all__ = ["RECOVERY_DELAYS", "RECOVERY_RESERVE", "create_flow", "parameters_match", "recover_flow"]

RECOVERY_DELAYS = (0.0, 1.0, 3.0)
"""Pauses before each look for a task whose create outcome is unknown."""
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
    core: Core, operation_id: str, params: Mapping[str, Any], *, deadline: float | None = None
) -> Flow[Artwork]:
    """Validate ``params``, send the create once, and return the new artwork (recovering a lost answer).

    With a ``deadline`` (from `generate`), the create's timeout and retry sleeps end before it, keeping a part
    of the remaining time (`RECOVERY_RESERVE`) for looking for the task should its answer get lost.
    """
    from .validation import build_request_body

    body = build_request_body(operation_id, params, strict=core.strict)
    url = core.url(operation_id)
    send_by = None if deadline is None else deadline - min(RECOVERY_RESERVE, (deadline - core.clock()) / 4)
    try:
        response = yield from core.request("POST", url, kind="create", json=body, deadline=send_by)
    except Ambiguous as ambiguous:
        artwork = yield from recover_flow(core, operation_id, body, ambiguous, deadline=deadline)
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
        except APIResponseError as unreadable:
            logger.warning(
                "POST %s answered %d with an unreadable body; looking for the task", url, unreadable.status_code
            )
            lost = Ambiguous(unreadable, core.clock())
            artwork = yield from recover_flow(core, operation_id, body, lost, deadline=deadline)
    core.remember_created(artwork, core.clock())
    logger.info("created %s artwork %s (status %s)", artwork.artwork_type, artwork.id, artwork.status)
    return artwork


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


def _look(
    core: Core, artwork_type: str, body: Mapping[str, Any], sent_at: float, deadline: float | None
) -> Flow[list[Artwork]]:
    """One look through the newest artworks for candidates."""
    found: list[Artwork] = []
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
            page = parse_artwork_list(response.json(), factory=core.artwork_factory, client=core.binding)
        except ValueError as exc:
            raise response_error(response, str(exc)) from exc
        for artwork in page:
            created = artwork.created_at.timestamp()
            if (
                artwork.artwork_type == artwork_type
                and since <= created <= until
                and artwork.id not in core.created
                and parameters_match(body, artwork.parameters)
            ):
                found.append(artwork)
        if len(page) < RECOVERY_PAGE_SIZE or page[-1].created_at.timestamp() < since:
            break
        offset += len(page)
    return found


def recover_flow(
    core: Core, operation_id: str, body: Mapping[str, Any], ambiguous: Ambiguous, *, deadline: float | None = None
) -> Flow[Artwork]:
    """Find the task an ambiguous create may have started; raise `CreateOutcomeUnknownError` if it cannot.

    With a ``deadline``, no look or pause between looks runs past it.
    """
    artwork_type = artwork_type_of(operation_id)
    url = core.url(operation_id)
    lookup_error: BaseException | None = None
    for pause in RECOVERY_DELAYS:
        if deadline is not None and core.clock() + pause >= deadline:
            lookup_error = lookup_error or TengraiError("the deadline passed before the task could be looked for")
            break
        if pause:
            yield Sleep(pause)
        try:
            found = yield from _look(core, artwork_type, body, ambiguous.sent_at, deadline)
        except TengraiError as exc:
            lookup_error = exc
            continue
        except DeadlineExpired as expired:
            lookup_error = expired.cause or TengraiError("the deadline passed while looking for the task")
            break
        if len(found) == 1:
            logger.warning("recovered artwork %s after the ambiguous create POST %s", found[0].id, url)
            return found[0]
        if len(found) > 1:
            ids = ", ".join(artwork.id for artwork in found)
            raise CreateOutcomeUnknownError(
                f"POST {url} may have reached the server ({ambiguous.cause}), and several matching "
                f"{artwork_type} artworks were created in that time window ({ids}); one of them may be this "
                "request's task. Check them before creating it again.",
                operation=operation_id,
                body=body,
                cause=ambiguous.cause,
            ) from ambiguous.cause
    lookup = f"; looking for it failed too: {lookup_error}" if lookup_error is not None else ""
    raise CreateOutcomeUnknownError(
        f"POST {url} may have reached the server ({ambiguous.cause}), and no matching {artwork_type} artwork was "
        f"found among the newest artworks of this key{lookup}. The task may exist and be billed: check "
        "client.artworks.list() before creating it again.",
        operation=operation_id,
        body=body,
        cause=ambiguous.cause,
    ) from ambiguous.cause
