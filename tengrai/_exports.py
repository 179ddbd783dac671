"""The public names of the package root: which module defines each, and which submodules a bare ``import tengrai``
reaches; the root imports this, and so do the modules that define the names (the root itself is imported only by
users)."""

from __future__ import annotations

TYPE_CHECKING = False  # not `typing.TYPE_CHECKING`: importing typing alone would double the cost of `import tengrai`
if TYPE_CHECKING:
    from typing import Any

# public name -> module that defines it
EXPORTS = {
    "Tengrai": "._client",
    "AsyncTengrai": "._client",
    **dict.fromkeys(
        ["ApiKey", "ApiKeyRevocation", "ImageAsset", "TextcraftAnswer", "WebhookSecret"], "._model.answers"
    ),
    **dict.fromkeys(
        ["Artwork", "ArtworkNotBoundError", "StatusEvent", "UnknownStatusWarning", "V1Artwork"],
        "._model.artwork",
    ),
    **dict.fromkeys(["AsyncArtwork", "SyncArtwork"], "._model.handles"),
    "RawResponse": "._variants",
    "SavedImage": "._saved",
    "TruncationWarning": ".validation",
    **dict.fromkeys(
        ["ArtworkCanceledError", "ArtworkError", "ArtworkFailedError", "ArtworkSaveError", "ArtworkTimeoutError"],
        "._artwork_errors",
    ),
    **dict.fromkeys(
        [
            "APIConnectionError",
            "APIResponseError",
            "APIStatusError",
            "APITimeoutError",
            "AssetExpiredError",
            "AuthenticationError",
            "BadRequestError",
            "CreateOutcomeUnknownError",
            "InternalServerError",
            "NotFoundError",
            "PermissionDeniedError",
            "RateLimitError",
            "TengraiError",
            "ValidationError",
            "WebhookVerificationError",
        ],
        "._exceptions",
    ),
}

# public submodules, reachable as attributes after a bare `import tengrai` (`tengrai.validation.transformed_seed`)
SUBMODULES = frozenset({"batch", "cli", "contract", "demo", "mock", "testing", "types", "validation", "webhooks"})


def publish(namespace: dict[str, Any]) -> None:
    """Give the classes of ``namespace`` that are exported here the module users import them from, so
    tracebacks and reprs say ``tengrai.RateLimitError`` rather than ``tengrai._exceptions.RateLimitError``."""
    for name in EXPORTS:
        value = namespace.get(name)
        if isinstance(value, type) and value.__module__ == namespace["__name__"]:
            value.__module__ = __name__.rpartition(".")[0]
