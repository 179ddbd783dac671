"""Many tasks at once: validated up front, created at an adaptive rate, journalled, resumable after a crash.

    from tengrai import Tengrai

    requests = [{"operation": "quantum", "prompt": f"a lighthouse, variation {n}", "key": f"v{n}"} for n in range(100)]
    with Tengrai() as client:
        for result in client.batch(requests, output_dir="out/", journal="out/journal.sqlite"):
            print(result.line, result.status, result.artwork_id, result.files)

`Tengrai.batch` and `AsyncTengrai.batch` take an iterable of requests (mappings like the lines of a JSONL file:
``operation`` plus the arguments in snake_case or camelCase, and an optional ``key``) and return one
`BatchResult` per request, in input order. See `tengrai.batch._runner` for how the run works and
`tengrai.batch._journal` for what makes it safe to kill and run again. The CLI's ``tengrai batch`` is built on it.
"""

from __future__ import annotations

from ._requests import BatchRequest, InvalidRequestsError, RequestProblem, load_requests, parse_requests
from ._runner import DEFAULT_CONCURRENCY, BatchProgress, BatchResult, ResultStatus

__all__ = [
    "DEFAULT_CONCURRENCY",
    "BatchProgress",
    "BatchRequest",
    "BatchResult",
    "InvalidRequestsError",
    "RequestProblem",
    "ResultStatus",
    "load_requests",
    "parse_requests",
]
