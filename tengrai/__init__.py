"""tengrai: the Python SDK for the Tengr.ai image-generation API.

    from tengrai import Tengrai

    with Tengrai() as client:                      # key from TENGRAI_API_KEY
        artwork = client.quantum.generate(prompt="a lighthouse at dawn")
        client.artworks.save(artwork, "out/")

Names are imported on first use (PEP 562), so ``import tengrai`` loads neither httpx nor the generated client.
"""

from __future__ import annotations

import importlib

from ._exports import EXPORTS as _EXPORTS
from ._exports import SUBMODULES as _SUBMODULES
from ._version import __version__ as __version__

TYPE_CHECKING = False  # not `typing.TYPE_CHECKING`: importing typing alone would double the cost of `import tengrai`
if TYPE_CHECKING:
    from typing import Any

    from ._artwork_errors import ArtworkCanceledError as ArtworkCanceledError
    from ._artwork_errors import ArtworkError as ArtworkError
    from ._artwork_errors import ArtworkFailedError as ArtworkFailedError
    from ._artwork_errors import ArtworkSaveError as ArtworkSaveError
    from ._artwork_errors import ArtworkTimeoutError as ArtworkTimeoutError
    from ._client import AsyncTengrai as AsyncTengrai
    from ._client import Tengrai as Tengrai
    from ._exceptions import APIConnectionError as APIConnectionError
    from ._exceptions import APIResponseError as APIResponseError
    from ._exceptions import APIStatusError as APIStatusError
    from ._exceptions import APITimeoutError as APITimeoutError
    from ._exceptions import AssetExpiredError as AssetExpiredError
    from ._exceptions import AuthenticationError as AuthenticationError
    from ._exceptions import BadRequestError as BadRequestError
    from ._exceptions import CreateOutcomeUnknownError as CreateOutcomeUnknownError
    from ._exceptions import InternalServerError as InternalServerError
    from ._exceptions import NotFoundError as NotFoundError
    from ._exceptions import PermissionDeniedError as PermissionDeniedError
    from ._exceptions import RateLimitError as RateLimitError
    from ._exceptions import TengraiError as TengraiError
    from ._exceptions import ValidationError as ValidationError
    from ._exceptions import WebhookVerificationError as WebhookVerificationError
    from ._model.answers import ApiKey as ApiKey
    from ._model.answers import ApiKeyRevocation as ApiKeyRevocation
    from ._model.answers import ImageAsset as ImageAsset
    from ._model.answers import TextcraftAnswer as TextcraftAnswer
    from ._model.answers import WebhookSecret as WebhookSecret
    from ._model.artwork import Artwork as Artwork
    from ._model.artwork import ArtworkNotBoundError as ArtworkNotBoundError
    from ._model.artwork import StatusEvent as StatusEvent
    from ._model.artwork import UnknownStatusWarning as UnknownStatusWarning
    from ._model.artwork import V1Artwork as V1Artwork
    from ._model.handles import AsyncArtwork as AsyncArtwork
    from ._model.handles import SyncArtwork as SyncArtwork
    from ._saved import SavedImage as SavedImage
    from ._variants import RawResponse as RawResponse
    from .validation import TruncationWarning as TruncationWarning

__all__ = sorted([*_EXPORTS, "__version__"])


def __getattr__(name: str) -> Any:
    if name in _SUBMODULES:
        return importlib.import_module(f".{name}", __name__)  # the import binds it on the package
    module = _EXPORTS.get(name)
    if module is None:
        raise AttributeError(f"module 'tengrai' has no attribute {name!r}")
    value = getattr(importlib.import_module(module, __name__), name)
    globals()[name] = value  # later lookups skip this function
    return value


def __dir__() -> list[str]:
    return sorted({*globals(), *_EXPORTS})
