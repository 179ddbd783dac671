"""Creating a task without ever paying twice: validate, register, send once, and recover when the answer is lost.

A create is retried only when it certainly did not reach the server (see `tengrai._retry`). When an attempt may
have reached it (the connection broke or timed out after the request was sent, a gateway answered 502/504, or
the 2xx answer could not be read), the task may exist: instead of sending the create again, the client looks for
it by the rules of `tengrai._tasks.recovery` (the ones a batch follows too). Every create registers in the client's
one registry of tasks (`tengrai._tasks.registry`) before it is sent, and ends there with its task, with none, or not
knowing.

"May have reached the server" is decided by the failure, not by a list of known ones: everything except a
failure that certainly happened before sending (see `tengrai._retry`), and every 2xx answer the SDK cannot read
(corrupt encoding, invalid JSON, a field out of range), counts.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from .._client_state import Ambiguous, DeadlineExpired
from .._engine.runners import Flow
from .._exceptions import APIResponseError, APITimeoutError, CreateOutcomeUnknownError, TengraiError
from .._logging import logger
from .._parsing import response_error
from ..types import Artwork
from .recovery import RECOVERY_DELAYS, NotCreated, parameters_match, recover_flow

if TYPE_CHECKING:
    import httpx

    from .._client_state import Core
    from .registry import CreateRecord

__all__ = ["RECOVERY_DELAYS", "RECOVERY_RESERVE", "create_flow", "parameters_match", "recover_flow", "send_once_flow"]

T = TypeVar("T")

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

    ``extra_query`` and ``extra_body`` (a call's checked per-request options, `tengrai._request_options`) go on the
    create request only. Recovery compares the validated body, without the extra fields: they hold no field the SDK
    knows, and the server need not echo fields it does not know.
    """
    from .._netcheck import local_api
    from ..validation import build_request_body

    body = build_request_body(operation_id, params, strict=core.strict, local_api=local_api(core.base_url))
    method, url, query, json_body = core.build(operation_id, params=extra_query, json_body=body)
    sent = {**json_body, **extra_body} if extra_body else json_body
    record = core.ledger.start(operation_id, body, core.clock())
    artwork: Artwork | None = None
    try:
        artwork = yield from _send_once(core, operation_id, body, (method, url, query, sent), record, deadline)
    except CreateOutcomeUnknownError:
        core.ledger.end(record, core.clock(), unknown=True)
        raise
    except BaseException as exc:
        # An error of the SDK is a definite answer (no task); cancellation while the outcome was open is not.
        core.ledger.end(record, core.clock(), unknown=artwork is None and not isinstance(exc, TengraiError))
        raise
    core.ledger.end(record, core.clock(), artwork_id=artwork.id)
    core.ledger.remember(artwork, core.clock())
    logger.info("created %s artwork %s (status %s)", artwork.artwork_type, artwork.id, artwork.status)
    return artwork


def _send_once(
    core: Core,
    operation_id: str,
    body: Mapping[str, Any],
    request: tuple[str, str, Any, Any],
    record: CreateRecord,
    deadline: float | None,
) -> Flow[Artwork]:
    """Send the create (``request``: method, URL, query, JSON) once; its artwork, or the one recovery finds."""
    url = request[1]

    def recover(ambiguous: Ambiguous) -> Flow[Artwork]:
        return (yield from recover_flow(core, operation_id, body, ambiguous, deadline=deadline, record=record))

    def read(response: httpx.Response, started: float) -> Flow[Artwork]:
        try:
            return core.artwork_from(response)
        except Exception as unreadable:
            logger.warning(
                "POST %s answered %d with a body the SDK cannot read; looking for the task", url, response.status_code
            )
            return (yield from recover(Ambiguous(_unreadable(response, unreadable), started, core.clock())))

    try:
        return (yield from send_once_flow(core, core, request, deadline, recover, read))
    except DeadlineExpired as expired:
        # Raised only before sending or instead of a retry: no task was created.
        raise APITimeoutError(
            f"POST {url}: the deadline left no time to send the create (again); no task was created"
            + (f" (last error: {expired.cause})" if expired.cause is not None else ""),
            method="POST",
            url=url,
        ) from expired.cause


def send_once_flow(
    core: Core,
    sender: Core,
    request: tuple[str, str, Any, Any],
    deadline: float | None,
    recover: Callable[[Ambiguous], Flow[T]],
    read: Callable[[httpx.Response, float], Flow[T]],
    *,
    keep_back: bool = True,
) -> Flow[T]:
    """Send a paid call (``request``: method, URL, query, JSON) through ``sender`` once, and ``read`` its answer
    (given the time it was sent); when the outcome is unknown, what ``recover`` finds instead. It is sent a second
    time only after a 503 whose looks proved that it made nothing (`NotCreated`). With a ``deadline``, part of the
    time left (`RECOVERY_RESERVE`) is kept back from the send for looking (unless ``keep_back`` is false: a result
    that cannot be looked for); `DeadlineExpired` means nothing was sent."""
    method, url, query, sent = request
    for again in (False, True):
        send_by = deadline
        if deadline is not None and keep_back:
            send_by = deadline - min(RECOVERY_RESERVE, (deadline - core.clock()) / 4)
        started = core.clock()
        try:
            response = yield from sender.request(method, url, kind="create", json=sent, params=query, deadline=send_by)
            break
        except Ambiguous as ambiguous:
            try:
                return (yield from recover(ambiguous))
            except NotCreated as refused:
                if again:
                    raise refused.cause from None
                logger.warning(
                    "%s %s answered %s and made nothing (looked for it); sending it again", method, url, refused
                )
    return (yield from read(response, started))


def _unreadable(response: httpx.Response, exc: BaseException) -> BaseException:
    if isinstance(exc, APIResponseError):
        return exc
    return response_error(response, f"{type(exc).__name__}: {exc}")
