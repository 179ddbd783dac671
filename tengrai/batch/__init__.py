"""Many tasks at once: validated up front, created at an adaptive rate, journalled, resumable after a crash.

    from tengrai import Tengrai

    requests = [{"operation": "quantum", "prompt": f"a lighthouse, variation {n}", "key": f"v{n}"} for n in range(100)]
    with Tengrai() as client:
        for result in client.batch(requests, output_dir="out/", journal="out/journal.sqlite"):
            print(result.line, result.status, result.artwork_id, result.files)

`Tengrai.batch` and `AsyncTengrai.batch` take an iterable of requests (mappings like the lines of a JSONL file:
``operation`` plus the arguments in snake_case or camelCase, and an optional ``key``) and return one
`BatchResult` per request, in input order. See `tengrai.batch._scheduler` for how the run works and
`tengrai.batch._journal` for what makes it safe to kill and run again. The CLI's ``tengrai batch`` is built on it.
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from ._journal import JournalBusyError as JournalBusyError
    from ._journal import JournalError as JournalError
    from ._requests import DEFAULT_CONCURRENCY as DEFAULT_CONCURRENCY
    from ._requests import BatchRequest as BatchRequest
    from ._requests import InvalidRequestsError as InvalidRequestsError
    from ._requests import RequestProblem as RequestProblem
    from ._requests import load_requests as load_requests
    from ._requests import parse_requests as parse_requests
    from ._scheduler import BatchProgress as BatchProgress
    from ._scheduler import BatchResult as BatchResult
    from ._scheduler import ResultStatus as ResultStatus

# Names load on first use, so that `tengrai batch --help` (which reads DEFAULT_CONCURRENCY) imports no HTTP stack.
_HOMES = {
    "DEFAULT_CONCURRENCY": "._requests",
    "JournalBusyError": "._journal",
    "JournalError": "._journal",
    "BatchRequest": "._requests",
    "InvalidRequestsError": "._requests",
    "RequestProblem": "._requests",
    "load_requests": "._requests",
    "parse_requests": "._requests",
    "BatchProgress": "._scheduler",
    "BatchResult": "._scheduler",
    "ResultStatus": "._scheduler",
}

__all__ = sorted(_HOMES)


def __getattr__(name: str) -> Any:
    home = _HOMES.get(name)
    if home is None:
        raise AttributeError(f"module 'tengrai.batch' has no attribute {name!r}")
    value = getattr(importlib.import_module(home, __name__), name)
    globals()[name] = value
    return value


def __dir__() -> list[str]:
    return sorted(_HOMES)
