"""The client's resources: the generated ones (one per resource of the spec) and the hand-written `artworks`.

`_generated` and `_attributes` are written by ``make generate`` from ``openapi/tengrai.yaml`` (never edit them):
every ``create_<name>_artwork`` operation becomes ``client.<name>`` with ``create`` and ``generate``, and every
operation marked ``x-sdk-resource`` a plain request method. `artworks` reads, lists, waits for and downloads
artworks. The classes load on first use (``import tengrai`` stays light): the generated ones through a client
attribute (`_lazy`), the artworks resource when a client is made, and any of them when imported from here.
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

from ._attributes import RESOURCE_CLASSES, AsyncGeneratedResources, GeneratedResources

if TYPE_CHECKING:
    from ._generated import *  # noqa: F403 - the names are the spec's
    from .artworks import Artworks, AsyncArtworks

__all__ = ["Artworks", "AsyncArtworks", "AsyncGeneratedResources", "GeneratedResources", *RESOURCE_CLASSES]


def __getattr__(name: str) -> Any:
    if name in RESOURCE_CLASSES:
        module = "._generated"
    elif name in ("Artworks", "AsyncArtworks"):
        module = ".artworks"
    else:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    value = getattr(importlib.import_module(module, __name__), name)
    globals()[name] = value
    return value
