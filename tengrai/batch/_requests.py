"""Batch requests: parsing and validating them all before anything is sent.

A request names an operation (the resource name ``quantum``, the CLI subcommand ``selena-variete`` or the spec's
operation id ``create_quantum_artwork``) and gives its arguments in snake_case (as the resource methods take them)
or in the API's camelCase. An optional ``key`` names the item; without one, an item is named by its position
(the line number of a JSONL file). Every request is checked by `tengrai.validation.build_request_body`, the same
validation a single create runs, so a batch that passes here sends exactly the bodies a single call would send.
"""

from __future__ import annotations

import json
import os
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from typing import Any

from .._exceptions import TengraiError, ValidationError

__all__ = [
    "DEFAULT_CONCURRENCY",
    "BatchRequest",
    "InvalidRequestsError",
    "RequestProblem",
    "check_concurrency",
    "load_requests",
    "parse_requests",
    "read_jsonl",
]

DEFAULT_CONCURRENCY = 32
"""Creates of a batch in flight at most, by default (the actual number adapts to 429s below it)."""
KEY_FIELD = "key"
"""The request field naming an item (not sent to the API)."""
OPERATION_FIELD = "operation"
"""The request field naming the operation (not sent to the API)."""


@dataclass(frozen=True, slots=True)
class BatchRequest:
    """One validated item of a batch.

    Attributes:
        line: 1-based position in the input (the line number of a JSONL file).
        item: the item's identity in the journal and results: its ``key``, else ``"line:<line>"``.
        key: the user's key, or None.
        operation_id: the spec's operation id (``create_quantum_artwork``).
        params: the arguments in snake_case, as the resource method takes them.
        body: the JSON body that will be sent (camelCase, validated).
        operation: the operation as the request named it (``quantum``, ``face-swap``, an operation id), for the
            results; empty when built by hand (the results then show ``operation_id``).
    """

    line: int
    item: str
    key: str | None
    operation_id: str
    params: Mapping[str, Any] = field(repr=False)
    body: Mapping[str, Any]
    operation: str = ""

    @property
    def canonical_body(self) -> str:
        """The body as canonical JSON: how the journal recognises an item whose input line changed."""
        return json.dumps(self.body, sort_keys=True, separators=(",", ":"), ensure_ascii=False)


@dataclass(frozen=True, slots=True)
class RequestProblem:
    """An input line that cannot be sent: its line number, its key if it has one, and why."""

    line: int
    key: str | None
    message: str

    def __str__(self) -> str:
        named = f" ({KEY_FIELD} {self.key!r})" if self.key is not None else ""
        return f"line {self.line}{named}: {self.message}"


class InvalidRequestsError(TengraiError, ValueError):
    """Some requests of a batch are invalid; nothing was sent.

    Attributes:
        problems: one `RequestProblem` per invalid request, in input order.
    """

    def __init__(self, problems: list[RequestProblem]) -> None:
        self.problems = problems
        shown = "\n".join(f"  {problem}" for problem in problems[:20])
        more = f"\n  ... and {len(problems) - 20} more" if len(problems) > 20 else ""
        super().__init__(
            f"{len(problems)} invalid request(s); nothing was sent (fix them, or skip them explicitly):\n{shown}{more}"
        )


def _artwork_operations() -> dict[str, str]:
    """Operation ids of the artwork tasks by operation id, resource name and CLI subcommand (the field model's)."""
    from .. import _fields

    table: dict[str, str] = {}
    for op in _fields.model().artwork_operations():
        for name in (op.operation_id, op.resource, op.command):
            if name:
                table.setdefault(name, op.operation_id)
    return table


def _operation_id(name: Any) -> str:
    """The operation id for a resource name, CLI subcommand or operation id; ValueError names the choices."""
    if not isinstance(name, str) or not name.strip():
        raise ValueError(f"{OPERATION_FIELD!r} must name an operation (e.g. 'quantum'), got {name!r}")
    table = _artwork_operations()
    found = table.get(name.strip())
    if found is not None:
        return found
    import difflib

    close = difflib.get_close_matches(name.strip(), list(table), n=1)
    hint = f"; did you mean {close[0]!r}?" if close else "."
    from .. import _fields

    choices = ", ".join(f"{op.resource} ({op.command})" for op in _fields.model().artwork_operations())
    raise ValueError(f"unknown operation {name!r}{hint} Artwork operations: {choices}")


def _snake_params(operation_id: str, arguments: Mapping[str, Any]) -> dict[str, Any]:
    """The arguments with API (wire, camelCase) names turned into the client's snake_case names.

    Names that are neither are kept, so that validation reports them with its did-you-mean.
    """
    from .. import _fields

    op = _fields.model().operation(operation_id)
    params: dict[str, Any] = {}
    for name, value in arguments.items():
        field = op.by_wire.get(name) if name not in op.by_name else None
        target = field.name if field is not None else name
        if target in params:
            raise ValidationError(name, value, f"is given twice (as {target!r} and as its camelCase name)")
        params[target] = value
    return params


def _reserved_fields_are_free(operation_id: str) -> None:
    from .. import _fields

    op = _fields.model().operation(operation_id)
    for reserved in (KEY_FIELD, OPERATION_FIELD):
        if reserved in op.by_name or reserved in op.by_wire:  # pragma: no cover - a spec change
            raise NotImplementedError(f"{operation_id} has a field named {reserved!r}, which batch requests reserve")


def parse_request(data: Any, line: int, *, strict: bool = False) -> BatchRequest:
    """Validate one request object (``{"operation": ..., "key": ..., <arguments>}``).

    Raises:
        ValidationError: an argument breaks a documented rule.
        ValueError: the object is not a request (not an object, no or unknown operation, bad key).
    """
    from ..validation import build_request_body

    if not isinstance(data, Mapping):
        raise ValueError(f"a request must be a JSON object, got {type(data).__name__}")
    arguments = dict(data)
    named = arguments.pop(OPERATION_FIELD, None)
    operation_id = _operation_id(named)
    _reserved_fields_are_free(operation_id)
    key = arguments.pop(KEY_FIELD, None)
    if key is not None and (not isinstance(key, str) or not key.strip()):
        raise ValueError(f"{KEY_FIELD!r} must be a non-empty string, got {key!r}")
    params = _snake_params(operation_id, arguments)
    body = build_request_body(operation_id, params, strict=strict)
    return BatchRequest(
        line=line,
        item=key if key is not None else f"line:{line}",
        key=key,
        operation_id=operation_id,
        params=params,
        body=body,
        operation=str(named).strip(),
    )


def parse_requests(
    requests: Iterable[Any], *, strict: bool = False, first_line: int = 1
) -> tuple[list[BatchRequest], list[RequestProblem]]:
    """Validate every request; returns the valid ones and the problems (both in input order).

    A request is a mapping like a JSONL line (``{"operation": "quantum", "prompt": "...", "key": "a"}``) or an
    already parsed `BatchRequest`. Two requests with the same ``key`` are both reported.
    """
    valid: list[BatchRequest] = []
    problems: list[RequestProblem] = []
    for offset, data in enumerate(requests):
        line = first_line + offset
        if isinstance(data, BatchRequest):
            valid.append(data)
            continue
        key = data.get(KEY_FIELD) if isinstance(data, Mapping) else None
        try:
            valid.append(parse_request(data, line, strict=strict))
        except (ValidationError, ValueError) as exc:
            problems.append(RequestProblem(line, key if isinstance(key, str) else None, str(exc)))
    return _drop_duplicates(valid, problems)


def _drop_duplicates(
    valid: list[BatchRequest], problems: list[RequestProblem]
) -> tuple[list[BatchRequest], list[RequestProblem]]:
    lines: dict[str, list[int]] = {}
    for request in valid:
        lines.setdefault(request.item, []).append(request.line)
    repeated = {item for item, at in lines.items() if len(at) > 1}
    if not repeated:
        return valid, problems
    kept = []
    for request in valid:
        if request.item in repeated:
            others = ", ".join(str(line) for line in lines[request.item] if line != request.line)
            problems.append(RequestProblem(request.line, request.key, f"the key is also used on line(s) {others}"))
        else:
            kept.append(request)
    problems.sort(key=lambda problem: problem.line)
    return kept, problems


def read_jsonl(path: str | os.PathLike[str]) -> list[tuple[int, Any]]:
    """The non-blank lines of a JSONL file as (line number, decoded value); an undecodable line gives an
    `_Undecodable` value that `load_requests` reports."""
    entries: list[tuple[int, Any]] = []
    with open(path, "rb") as handle:
        for number, raw in enumerate(handle, start=1):
            if number == 1 and raw.startswith(_BOM):
                raw = raw[len(_BOM) :]  # a UTF-8 byte order mark, as some editors write one: not part of line 1
            entries.append((number, _decode(raw)))
    return [(number, value) for number, value in entries if value is not _BLANK]


_BOM = b"\xef\xbb\xbf"
_BLANK = object()


def _decode(raw: bytes) -> Any:
    """One line as its JSON value, `_BLANK`, or an `_Undecodable` saying why not."""
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError as exc:
        return _Undecodable(f"not valid UTF-8 (byte 0x{raw[exc.start]:02x} at column {exc.start + 1})")
    if not text.strip():
        return _BLANK
    try:
        return json.loads(text)
    except RecursionError:
        return _Undecodable("not valid JSON: nested too deeply")
    except ValueError as exc:
        return _Undecodable(f"not valid JSON: {exc}")


@dataclass(frozen=True, slots=True)
class _Undecodable:
    message: str


def load_requests(
    path: str | os.PathLike[str], *, strict: bool = False
) -> tuple[list[BatchRequest], list[RequestProblem]]:
    """Read and validate a JSONL file of requests (blank lines are skipped; line numbers are the file's)."""
    valid: list[BatchRequest] = []
    problems: list[RequestProblem] = []
    for number, data in read_jsonl(path):
        if isinstance(data, _Undecodable):
            problems.append(RequestProblem(number, None, data.message))
            continue
        found, bad = parse_requests([data], strict=strict, first_line=number)
        valid += found
        problems += bad
    return _drop_duplicates(valid, problems)


def check_concurrency(concurrency: Any) -> int:
    """``concurrency`` as a positive int, or `ValidationError`."""
    if concurrency is None:
        return DEFAULT_CONCURRENCY
    if isinstance(concurrency, bool) or not isinstance(concurrency, int) or concurrency < 1:
        raise ValidationError(
            "concurrency", concurrency, "concurrency (creates in flight at most) must be an integer >= 1"
        )
    return concurrency
