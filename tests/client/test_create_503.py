"""A create answered 503 may have been processed (a gateway that forwarded it and then timed out answers 503), so
it is never simply sent again (issue 20: 7): the task is looked for first and claimed if it is there; the create is
sent once more only when every look succeeded and saw no candidate. A 429 is the API's documented rate limit
(the request refused) and is still retried at once."""

from __future__ import annotations

import httpx
import pytest

from tengrai import CreateOutcomeUnknownError, InternalServerError

from .support import LIST, QUANTUM, Script, error_response, json_response, sync_client
from .test_create_recovery import create, fox, page


def test_a_503_after_the_server_created_the_task_claims_it_and_never_sends_again() -> None:
    made = fox()
    script = Script().on("POST", QUANTUM, error_response(503)).on("GET", LIST, page(made))
    with sync_client(script) as client:
        artwork = create(client)
    assert artwork.id == made["id"]
    assert script.count("POST") == 1  # one create, one task
    assert script.count("GET", LIST) == 2  # found, then confirmed


def test_a_503_that_created_nothing_is_sent_again_once() -> None:
    made = fox()
    script = (
        Script()
        .on("POST", QUANTUM, error_response(503), json_response(202, made))
        .on("GET", LIST, page())  # every look succeeds and sees nothing
    )
    with sync_client(script) as client:
        artwork = create(client)
    assert artwork.id == made["id"]
    assert script.count("POST") == 2
    assert script.count("GET", LIST) == 3  # looked three times before sending again


def test_two_503s_that_created_nothing_end_as_the_503() -> None:
    script = Script().on("POST", QUANTUM, error_response(503)).on("GET", LIST, page())
    with sync_client(script) as client, pytest.raises(InternalServerError) as caught:
        create(client)
    assert caught.value.status_code == 503
    assert script.count("POST") == 2  # never a third time


def test_a_503_whose_looks_fail_is_an_unknown_outcome_not_a_resend() -> None:
    script = Script().on("POST", QUANTUM, error_response(503)).on("GET", LIST, httpx.ConnectError("down"))
    with sync_client(script, max_retries=0) as client, pytest.raises(CreateOutcomeUnknownError):
        create(client)
    assert script.count("POST") == 1


def test_a_429_is_the_documented_rate_limit_and_is_retried_without_looking() -> None:
    made = fox()
    script = Script().on("POST", QUANTUM, error_response(429), json_response(202, made))
    with sync_client(script) as client:
        assert create(client).id == made["id"]
    assert script.count("POST") == 2
    assert script.count("GET", LIST) == 0
