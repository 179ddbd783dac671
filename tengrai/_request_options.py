"""Per-request options (`tengrai.types.RequestOptions`): checked before anything is sent, applied to one call.

Loaded only when a call passes one (or by `Tengrai.with_options`), so a call without them costs nothing more.

The rules, the same for every method:

* ``extra_headers`` go to every request the call makes to the API (creates, polls, pages, create recovery's
  looks), never to result downloads. They are merged over the client's headers (``with_options`` ones included),
  names compared case-insensitively: a value given here wins. ``Authorization`` cannot be set (it comes from the
  API key, and an extra header must not be able to swap or leak it), nor can a header that changes where the
  request goes or how its bytes are framed (`ROUTING_HEADERS`: ``Host`` would send the key to another virtual
  host, ``Content-Length``/``Transfer-Encoding`` could make a server read half a create as a second request);
  a value must be a printable ASCII string (no line breaks: nothing can be smuggled into the request). Removing a
  header is not supported.
* ``extra_query`` and ``extra_body`` are added to the request(s) the method stands for (see `RequestOptions`),
  after the method's own arguments were validated, and are sent as given. A name the method has an argument for
  is refused (`ValidationError`): it must go through the argument, whose value is validated; so the body that
  create recovery compares with the server's echo is always the validated one, and paging cannot be broken.
* An unknown keyword raises `TypeError`, as for any Python function.
"""

from __future__ import annotations

import copy
import json
import re
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

from ._exceptions import ValidationError

if TYPE_CHECKING:
    from ._client_state import Core

__all__ = ["ROUTING_HEADERS", "Extras", "check_names", "extras", "merge_headers"]

_TOKEN = re.compile(r"[!#$%&'*+.^_`|~0-9A-Za-z-]+")
"""An HTTP header name (RFC 9110 token)."""
_VALUE = re.compile(r"[\t\x20-\x7e]*")
"""A header value: printable ASCII and tabs, no line break."""
_SCALARS = (str, int, float, bool)
ROUTING_HEADERS = frozenset(
    {
        "host",
        "content-length",
        "transfer-encoding",
        "connection",
        "keep-alive",
        "upgrade",
        "te",
        "trailer",
        "expect",
        "content-encoding",
        "forwarded",
        "x-forwarded-host",
        "x-original-url",
        "x-rewrite-url",
        "x-http-method-override",
        "x-http-method",
        "x-method-override",
    }
)
"""Headers that change where a request goes or how its bytes are framed: the SDK and httpx set them, never a
caller (lower case; every ``Proxy-*`` header too)."""


def check_names(method: str, options: Mapping[str, Any], *, body: bool) -> None:
    """Raise `TypeError` for a keyword that is not a per-request option of ``method``, as Python would."""
    from .types import BodyRequestOptions, RequestOptions

    allowed = (BodyRequestOptions if body else RequestOptions).__optional_keys__
    for name in options:
        if name not in allowed:
            raise TypeError(f"{method}() got an unexpected keyword argument {name!r}")


def merge_headers(base: Mapping[str, str], extra: Any) -> dict[str, str]:
    """``base`` with the checked ``extra`` headers merged over it (names compared case-insensitively)."""
    if not isinstance(extra, Mapping):
        raise ValidationError("extra_headers", type(extra).__name__, "extra_headers is a mapping of names to values")
    merged = dict(base)
    for name, value in extra.items():
        if not isinstance(name, str) or not _TOKEN.fullmatch(name):
            raise ValidationError("extra_headers", name, "a header name is a non-empty string of token characters")
        if name.lower() == "authorization":
            raise ValidationError("extra_headers", name, "the Authorization header comes from the API key")
        if name.lower() in ROUTING_HEADERS or name.lower().startswith("proxy-"):
            raise ValidationError(
                "extra_headers",
                name,
                "a header that changes where the request goes or how its bytes are framed cannot be set (the key "
                "could reach another host, or a server read one request as two): the SDK sets it",
            )
        # The value itself is never shown: a header may carry a credential of its own.
        if not isinstance(value, str):
            raise ValidationError(
                "extra_headers", name, f"the value of a header is a string, got {type(value).__name__}"
            )
        if not _VALUE.fullmatch(value):
            raise ValidationError("extra_headers", name, "a header value is printable ASCII, without line breaks")
        for known in [key for key in merged if key.lower() == name.lower()]:
            del merged[known]
        merged[name] = value
    return merged


def _known(operation_id: str, location: str) -> dict[str, str]:
    """Wire and Python names of the operation's parameters at ``location`` -> the argument to pass instead."""
    from . import _fields

    op = _fields.model().operation(operation_id)
    fields = op.fields if location == "body" else op.query_params
    return {name: item.name for item in fields for name in (item.wire, item.name)}


def query_value_problem(value: Any) -> str | None:
    """What is wrong with a query parameter's ``value`` (a plain value or a list of them), or None."""
    values = value if isinstance(value, list | tuple) else [value]
    if all(isinstance(item, _SCALARS) for item in values):
        return None
    return "a query value is a string, number or boolean (or a list of them)"


def _json_value(value: Any) -> str | None:
    try:
        json.dumps(value, allow_nan=False)
    except (TypeError, ValueError) as exc:
        return f"the value cannot be sent as JSON ({exc})"
    return None


_EXTRAS = {"extra_query": ("query", query_value_problem), "extra_body": ("body", _json_value)}
"""Option -> where its names go in the operation, and the check of one value (None: fine, else the rule)."""


def _added(option: str, extra: Any, operation_id: str, method: str) -> dict[str, Any]:
    """The checked ``extra_query`` or ``extra_body`` of a call of ``method``."""
    location, check_value = _EXTRAS[option]
    if not isinstance(extra, Mapping):
        raise ValidationError(option, type(extra).__name__, f"{option} is a mapping of names to values")
    known = _known(operation_id, location)
    checked: dict[str, Any] = {}
    for name, value in extra.items():
        if not isinstance(name, str) or not name:
            raise ValidationError(option, name, f"a name in {option} is a non-empty string")
        if name in known:
            raise ValidationError(
                option, name, f"{method}() has an argument for it, which is validated: pass {known[name]}="
            )
        problem = check_value(value)
        if problem is not None:
            raise ValidationError(option, name, problem)
        checked[name] = value
    return checked


class Extras:
    """The checked options of one call.

    Attributes:
        core: the client's core, or a copy of it (sharing every piece of state) that sends the extra headers.
        query: the extra query parameters (None: none given).
        body: the extra body fields (None: none given).
    """

    __slots__ = ("body", "core", "query")

    def __init__(self, core: Core, query: dict[str, Any] | None, body: dict[str, Any] | None) -> None:
        self.core = core
        self.query = query
        self.body = body


def extras(
    core: Core, options: Mapping[str, Any], *, method: str, operation_id: str, body: bool, reads: bool = False
) -> Extras:
    """Check the per-request ``options`` of a call of ``method`` (whose main request is ``operation_id``).

    With ``reads`` (a method that reads artworks: get, list, wait, ...) the extra query goes into the returned core
    (`Core.read_query`), which adds it to every read. Raises `TypeError` for an unknown keyword and
    `ValidationError` for a bad value, before anything is sent.
    """
    check_names(method, options, body=body)
    headers, query, fields = options.get("extra_headers"), options.get("extra_query"), options.get("extra_body")
    checked_query = _added("extra_query", query, operation_id, method) if query is not None else None
    if headers is not None or (reads and checked_query):
        core = copy.copy(core)
        if headers is not None:
            core.auth_headers = merge_headers(core.auth_headers, headers)
        if reads and checked_query:
            core.read_query = checked_query
            checked_query = None
    checked_body = _added("extra_body", fields, operation_id, method) if fields is not None else None
    return Extras(core, checked_query, checked_body)
