"""Public types: the artwork record and its sync/async handles, progress events, saved files, the answer records,
the per-request options, and the spec's value types for arguments.

The data model itself lives in ``tengrai/_model/`` (records generated from the spec, and their behaviour); this
module is where users import it from. The Literal types (`QuantumStyle`, `AspectRatio`, ...), the typed parameters
of each artwork type and the records of the answers that are not artwork tasks (`ApiKey`, `V1Artwork`, ...) are
loaded on first access, which keeps ``import tengrai.types`` light.
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

from . import _literals
from ._model.artwork import Artwork as Artwork
from ._model.artwork import ArtworkNotBoundError as ArtworkNotBoundError
from ._model.artwork import StatusEvent as StatusEvent
from ._model.artwork import UnknownStatusWarning as UnknownStatusWarning
from ._model.artwork import V1Artwork as V1Artwork
from ._model.artwork import _record as _record  # artworks pickled by older versions name it here
from ._model.handles import AsyncArtwork as AsyncArtwork
from ._model.handles import SyncArtwork as SyncArtwork
from ._model.options import BodyRequestOptions as BodyRequestOptions
from ._model.options import RequestOptions as RequestOptions
from ._readonly import ReadOnlyDict as ReadOnlyDict
from ._saved import SavedImage as SavedImage

if TYPE_CHECKING:
    from ._literals import *  # noqa: F403 - the spec's named enums, generated
    from ._model.answers import *  # noqa: F403 - the answer records, generated
    from ._model.envelopes import *  # noqa: F403 - the fields of the artwork records, generated
    from ._parameters import *  # noqa: F403 - each artwork type's typed parameters, generated

__all__ = [
    "Artwork",
    "ArtworkNotBoundError",
    "AsyncArtwork",
    "BodyRequestOptions",
    "ReadOnlyDict",
    "RequestOptions",
    "SavedImage",
    "StatusEvent",
    "SyncArtwork",
    "UnknownStatusWarning",
    "V1Artwork",
]
__all__ += ["ArtworkFields", "V1ArtworkFields"]  # the artwork records' fields (generated)  # noqa: F405
__all__ += ["ApiKey", "ApiKeyRevocation", "ImageAsset", "TextcraftAnswer", "WebhookSecret"]  # noqa: F405 - first use
__all__ += _literals.__all__


def __getattr__(name: str) -> Any:
    if name in _literals.__all__:
        module = "tengrai._literals"
    elif name.endswith("Parameters") and name != "Parameters":
        module = "tengrai._parameters"  # the typed parameters of each artwork type (generated)
    elif name.endswith("Fields"):
        module = "tengrai._model.envelopes"
    elif name[:1].isupper() and name != "RECORDS":
        module = "tengrai._model.answers"  # the records of the plain operations' answers (generated)
    else:
        raise AttributeError(f"module 'tengrai.types' has no attribute {name!r}")
    try:
        value = getattr(importlib.import_module(module), name)
    except AttributeError:
        raise AttributeError(f"module 'tengrai.types' has no attribute {name!r}") from None
    globals()[name] = value
    return value
