"""The words of validation errors: numbers, type names, did-you-mean suggestions and the ``x-sdk-own`` note."""

from __future__ import annotations

import re
from typing import Any, Final

__all__ = ["close_match", "local_file_hint", "number", "sdk_own_note", "suggest", "type_name"]


def number(value: float) -> str:
    """A number for messages: thousands separators on big values (2,147,483,647), none on small ones (1360)."""
    if isinstance(value, float) and not value.is_integer():
        return repr(value)
    return f"{int(value):,}" if abs(value) >= 10_000 else str(int(value))


def type_name(value: Any) -> str:
    """The Python type of ``value`` as a message names it (``str``, ``int``)."""
    return type(value).__name__


def sdk_own_note(rule: str) -> str:
    """The words after a rule the docs do not state (the spec labels it ``x-sdk-own``)."""
    return f" (x-sdk-own: {rule} is a rule of this SDK, not a documented API rule)"


def close_match(word: str, choices: list[str]) -> str | None:
    """The most similar of ``choices`` to ``word`` (difflib), if any is similar enough."""
    import difflib  # imported on the error path only: keeps `import tengrai.validation` cheap

    close = difflib.get_close_matches(word, choices, n=1, cutoff=0.6)
    return close[0] if close else None


def suggest(word: str, choices: list[str]) -> str | None:
    """The closest choice to ``word``: case-insensitive exact match first, then difflib similarity."""
    by_folded = {choice.casefold(): choice for choice in choices}
    folded = word.casefold()
    if folded in by_folded:
        return by_folded[folded]
    normalised = re.sub(r"[\s_]+", "-", folded)
    if normalised in by_folded:
        return by_folded[normalised]
    close = close_match(folded, list(by_folded))
    if close is None:
        # A word that is one part of exactly one hyphenated value ("anime" -> "tengrai-anime").
        parts = [choice for choice in by_folded if normalised in choice.split("-")]
        close = parts[0] if len(parts) == 1 else None
    return by_folded[close] if close is not None else None


_LOCAL_PATH: Final = re.compile(
    r"(?i)^(?:file:|[~./\\]|[a-z]:[\\/])|^[^:/?#.\\]+(?:[/\\][^:/?#\\]+)*\.(?:png|jpe?g|webp|gif|avif|tiff?|heic)$"
)
"""A value that names a file on this machine (a path, ``file:``), not a URL with a typo: an absolute or home path,
or a relative one ending in an image extension whose first part has no dot (``photos/me.jpg``, not
``example.com/me.jpg``, a URL without its scheme)."""


def local_file_hint(value: str) -> str:
    """For a file path given as an image URL: what to do instead (the README section)."""
    if _LOCAL_PATH.search(value.strip()) is None:
        return ""
    return (
        "; the API fetches every image by URL and has no upload: serve a file on your disk at a URL it can reach, "
        'e.g. a pre-signed object-storage URL (see "Images on your disk" in the README)'
    )
