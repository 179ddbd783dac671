"""Every public exception pickles with its fields, so errors can cross a process pool."""

from __future__ import annotations

import datetime
import multiprocessing
import pickle
from concurrent.futures import ProcessPoolExecutor
from pathlib import Path
from typing import Any

import httpx
import pytest

import tengrai
from tengrai import (
    APIConnectionError,
    APIResponseError,
    APIStatusError,
    APITimeoutError,
    ArtworkCanceledError,
    ArtworkError,
    ArtworkFailedError,
    ArtworkNotBoundError,
    ArtworkSaveError,
    ArtworkTimeoutError,
    AssetExpiredError,
    CreateOutcomeUnknownError,
    NotFoundError,
    SavedImage,
    TengraiError,
    ValidationError,
    WebhookVerificationError,
)


def status_error(cls: type[APIStatusError]) -> APIStatusError:
    """An error answer of class ``cls``."""
    return cls(
        "nope",
        status_code=404,
        body={"statusCode": 404, "message": "nope"},
        headers={"retry-after": "3"},
        error="Not Found",
        method="GET",
        url="https://api.test/v2/artworks/x",
    )


def tengrai_status_errors() -> list[type[APIStatusError]]:
    """Every exported status error class."""
    return [
        obj
        for name in tengrai.__all__
        if isinstance(obj := getattr(tengrai, name), type) and issubclass(obj, APIStatusError)
    ]


STATUS_CLASSES: list[type[APIStatusError]] = [APIStatusError, *tengrai_status_errors()]
EXAMPLES: list[TengraiError] = [
    TengraiError("plain"),
    ValidationError("prompt", "x" * 10, "too long"),
    APIConnectionError("broke", method="GET", url="https://api.test/x"),
    APITimeoutError("slow", method="POST", url="https://api.test/y"),
    APIResponseError("bad body", status_code=202, body=b"<html>", method="POST", url="https://api.test/z"),
    *(status_error(cls) for cls in STATUS_CLASSES),
    CreateOutcomeUnknownError(
        "lost",
        operation="create_quantum_artwork",
        body={"prompt": "a cat"},
        cause=httpx.ReadTimeout("no answer"),
        candidates=["a1", "a2"],
    ),
    ArtworkError("the task went wrong", artwork_id="a0"),
    ArtworkFailedError("the task failed", artwork_id="a1"),
    ArtworkCanceledError("the task was canceled", artwork_id="a2"),
    ArtworkTimeoutError("too slow", artwork_id="a3"),
    ArtworkSaveError("disk full", artwork_id="a4", saved=[SavedImage(Path("a4-0.png"), 3, "image/png", "https://x/0")]),
    WebhookVerificationError("bad signature"),
    AssetExpiredError("expired", expires_at=datetime.datetime(2026, 3, 1, tzinfo=datetime.UTC), url="https://x/a.png"),
    ArtworkNotBoundError("use client.artworks.wait(artwork)"),
]


def fields(error: BaseException) -> dict[str, Any]:
    """What a user reads from an error: its text, class and attributes (a cause compared by its text)."""
    attributes = {k: (str(v) if isinstance(v, BaseException) else v) for k, v in vars(error).items()}
    return {"type": type(error), "str": str(error), "args": error.args, **attributes}


@pytest.mark.parametrize("error", EXAMPLES, ids=lambda e: type(e).__name__)
def test_every_public_error_pickles_with_its_fields(error: TengraiError) -> None:
    error.add_note("artwork id a1: resume with client.artworks.wait('a1')")
    copy = pickle.loads(pickle.dumps(error))  # noqa: S301 - our own bytes
    assert fields(copy) == fields(error)
    assert copy.__notes__ == error.__notes__


def test_every_exported_error_class_is_covered() -> None:
    exported = {
        obj
        for name in tengrai.__all__
        if isinstance(obj := getattr(tengrai, name), type) and issubclass(obj, TengraiError)
    }
    assert exported - {type(error) for error in EXAMPLES} == set()


def raise_not_found(artwork_id: str) -> None:
    """A process-pool worker that fails the way a client call does."""
    raise NotFoundError(
        "no such artwork", status_code=404, body=None, headers={}, method="GET", url=f"https://api.test/{artwork_id}"
    )


def generate_in_worker(prompt: str) -> Any:
    """A process-pool worker that generates an artwork against the in-process mock and returns it."""
    from tengrai.mock import ManualClock, MockConfig
    from tengrai.testing import TengraiMock

    with TengraiMock(MockConfig(clock=ManualClock())).client() as client:
        return client.quantum.generate(prompt=prompt)


def fail_in_worker(artwork_id: str) -> None:
    """A process-pool worker whose task failed: the error carries the artwork."""
    from tengrai import Artwork

    artwork = Artwork.from_dict(
        {
            "id": artwork_id,
            "artworkType": "quantum",
            "status": "failed",
            "parameters": {"prompt": "a fox"},
            "results": [],
            "duration": 1.5,
            "createdAt": "2026-01-01T00:00:00Z",
        }
    )
    raise ArtworkFailedError("the task failed", artwork_id=artwork_id, artwork=artwork)


@pytest.mark.slow
def test_results_and_errors_of_process_pool_workers_reach_the_caller_intact() -> None:
    with ProcessPoolExecutor(1, mp_context=multiprocessing.get_context("forkserver")) as pool:
        not_found = pool.submit(raise_not_found, "a9")
        generated = pool.submit(generate_in_worker, "a lighthouse")
        failed = pool.submit(fail_in_worker, "a7")
        with pytest.raises(NotFoundError) as caught:
            not_found.result(timeout=60)
        artwork = generated.result(timeout=60)  # one error does not break the pool
        with pytest.raises(ArtworkFailedError) as failure:
            failed.result(timeout=60)
    assert caught.value.status_code == 404
    assert caught.value.url == "https://api.test/a9"
    assert artwork.succeeded
    assert artwork.parameters["prompt"] == "a lighthouse"
    assert artwork.results
    assert failure.value.artwork_id == "a7"
    assert failure.value.artwork is not None
    assert failure.value.artwork.status == "failed"
