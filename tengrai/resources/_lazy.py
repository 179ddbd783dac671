"""`LazyResource`: a client attribute that builds its generated resource on first access.

The generated resource classes (`_generated`) and what they import (the answer records, the spec's Literal types)
are about a third of what ``from tengrai import Tengrai`` would otherwise load, and most programs use one or two of
the seventeen resources. So the clients declare them with this descriptor (in the generated `_attributes`), and the
module with the classes is imported when a program first touches ``client.quantum`` or any other of them.

After the first access the resource is an ordinary instance attribute, so later lookups cost what any attribute
costs. Two threads touching the same resource for the first time at once may each build one; both are equivalent
(a resource holds nothing but the client's core and runner) and the second stored wins.
"""

from __future__ import annotations

import importlib
from typing import Any, Generic, Self, TypeVar, overload

R = TypeVar("R")

_MODULE = "tengrai.resources._generated"


class LazyResource(Generic[R]):
    """The resource ``client.<name>``, an instance of the generated class ``class_name``, built on first access."""

    __slots__ = ("_class_name", "_name")

    def __init__(self, class_name: str) -> None:
        self._class_name = class_name
        self._name = ""

    def __set_name__(self, owner: type, name: str) -> None:
        self._name = name

    @overload
    def __get__(self, instance: None, owner: type) -> Self: ...

    @overload
    def __get__(self, instance: object, owner: type) -> R: ...

    def __get__(self, instance: object | None, owner: type) -> Self | R:
        if instance is None:
            return self
        resource_class = getattr(importlib.import_module(_MODULE), self._class_name)
        client: Any = instance
        resource: R = resource_class(client._core, client._runner)
        # Stored under the same name: an instance attribute shadows this (non-data) descriptor from now on.
        client.__dict__[self._name] = resource
        return resource

    def __repr__(self) -> str:
        return f"<resource {self._name!r}: {self._class_name}, built on first access>"


def forget_resources(client: object) -> None:
    """Drop the resources ``client`` has built, so the next access builds them on its current core and runner
    (used when `with_options` rebinds a copy of a client)."""
    for name in _lazy_names(type(client)):
        client.__dict__.pop(name, None)


_NAMES: dict[type, tuple[str, ...]] = {}


def _lazy_names(cls: type) -> tuple[str, ...]:
    names = _NAMES.get(cls)
    if names is None:
        names = _NAMES[cls] = tuple(
            name for klass in cls.__mro__ for name, value in vars(klass).items() if isinstance(value, LazyResource)
        )
    return names
