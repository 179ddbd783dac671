"""A batch line whose create is answered 503 after the server created its task gets that task (claimed by the
lookup, never created twice), and one answered 503 that created nothing is sent again once (issue 20: 7)."""

from __future__ import annotations

import pytest

from tests.client.support import LIST, QUANTUM, Script, async_client, error_response, json_response
from tests.client.test_create_recovery import fox, page


@pytest.mark.anyio
async def test_a_503_after_the_server_created_the_task_is_claimed_not_sent_again() -> None:
    made = {**fox(), "status": "failed"}  # ended already: the batch need not wait for it
    script = Script().on("POST", QUANTUM, lambda _: error_response(503)).on("GET", LIST, lambda _: page(made))
    async with async_client(script) as client:
        [result] = await client.batch([{"operation": "quantum", "prompt": "a red fox", "style": "analog", "seed": 42}])
    assert result.artwork_id == made["id"]
    assert script.count("POST") == 1


@pytest.mark.anyio
async def test_a_503_that_created_nothing_is_sent_again_once() -> None:
    made = {**fox(), "status": "failed"}  # ended already: the batch need not wait for it
    script = (
        Script()
        .on("POST", QUANTUM, error_response(503), json_response(202, made))
        .on("GET", LIST, page(), page(), page(), lambda _: page(made))
    )
    async with async_client(script) as client:
        [result] = await client.batch([{"operation": "quantum", "prompt": "a red fox", "style": "analog", "seed": 42}])
    assert result.artwork_id == made["id"]
    assert script.count("POST") == 2
