"""`ReadOnlyDict`, the type of `Artwork.parameters` (re-exported by `tengrai.types`).

On its own so that parsing, which builds one for every artwork it reads, does not import the records.
"""

from __future__ import annotations

import copy
from typing import Any, NoReturn

__all__ = ["ReadOnlyDict"]


class ReadOnlyDict(dict[str, Any]):
    """A dict that refuses changes: `Artwork.parameters`. It is still a dict, so ``json.dumps`` encodes it,
    and it pickles and copies; ``dict(parameters)`` gives a mutable copy."""

    __slots__ = ()
    __module__ = "tengrai.types"  # where users import it from

    def _refuse(self, *args: Any, **kwargs: Any) -> NoReturn:
        raise TypeError("artwork parameters are read-only; take a copy with dict(artwork.parameters)")

    def __setitem__(self, key: str, value: Any) -> NoReturn:
        self._refuse()

    def __delitem__(self, key: str) -> NoReturn:
        self._refuse()

    __ior__ = clear = pop = popitem = setdefault = update = _refuse

    def __reduce__(self) -> tuple[Any, ...]:
        return (type(self), (dict(self),))  # a typed parameters class (`tengrai._parameters`) stays one

    def __copy__(self) -> ReadOnlyDict:
        return self

    def __deepcopy__(self, memo: dict[int, Any]) -> ReadOnlyDict:
        return type(self)(copy.deepcopy(dict(self), memo))
