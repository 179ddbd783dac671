"""The client's resources: the generated ones (one per resource of the spec) and the hand-written `artworks`.

`_generated` is written by ``make generate`` from ``openapi/tengrai.yaml`` (never edit it): every
``create_<name>_artwork`` operation becomes ``client.<name>`` with ``create`` and ``generate``, and every operation
marked ``x-sdk-resource`` a plain request method. `artworks` reads, lists, waits for and downloads artworks.
"""

from ._generated import *  # noqa: F403 - the names are the spec's
from ._generated import __all__ as _generated_names
from .artworks import Artworks, AsyncArtworks

__all__ = ["Artworks", "AsyncArtworks", *_generated_names]
