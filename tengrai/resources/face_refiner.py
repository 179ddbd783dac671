"""``client.face_refiner``: clean up and sharpen the faces in an image."""

from __future__ import annotations

from ..types import Artwork, AsyncArtwork, Model, OutputFormat
from ._base import AsyncResource, ProgressCallback, SyncResource, create_params, documented

__all__ = ["AsyncFaceRefiner", "FaceRefiner"]

_OPERATION = "create_face_refiner_artwork"


class FaceRefiner(SyncResource):
    """Face refinement of an existing image (for example the result of a Quantum task)."""

    _operation = _OPERATION

    @documented(_OPERATION)
    def create(
        self,
        *,
        image_url: str,
        model: Model | None = None,
        denoising: int | None = None,
        seed: int | None = None,
        webhook: str | None = None,
        output_format: OutputFormat | None = None,
    ) -> Artwork:
        """Start a face-refiner task and return its artwork at once (status ``starting``).

        Arguments are checked against the API's documented rules first; a broken rule raises `ValidationError`
        and nothing is sent. None means "not given" (the server applies its default).
        """
        return self._create(create_params(locals()))

    @documented(_OPERATION)
    def generate(
        self,
        *,
        image_url: str,
        model: Model | None = None,
        denoising: int | None = None,
        seed: int | None = None,
        webhook: str | None = None,
        output_format: OutputFormat | None = None,
        timeout: float | None = None,
        on_progress: ProgressCallback | None = None,
    ) -> Artwork:
        """Start a face-refiner task and wait for it: `create` then `client.artworks.wait`.

        ``timeout`` is the deadline in seconds for the whole job, create included (default: the client's
        ``wait_timeout``); ``on_progress`` receives a `StatusEvent` at every poll. Raises `ArtworkFailedError`,
        `ArtworkCanceledError` or `ArtworkTimeoutError`, each carrying the artwork id.
        """
        return self._generate(create_params(locals()), timeout, on_progress)


class AsyncFaceRefiner(AsyncResource):
    """Face refinement of an existing image, for `AsyncTengrai`."""

    _operation = _OPERATION

    @documented(_OPERATION)
    async def create(
        self,
        *,
        image_url: str,
        model: Model | None = None,
        denoising: int | None = None,
        seed: int | None = None,
        webhook: str | None = None,
        output_format: OutputFormat | None = None,
    ) -> AsyncArtwork:
        """Start a face-refiner task and return its artwork at once; see `FaceRefiner.create`."""
        result: AsyncArtwork = await self._create(create_params(locals()))
        return result

    @documented(_OPERATION)
    async def generate(
        self,
        *,
        image_url: str,
        model: Model | None = None,
        denoising: int | None = None,
        seed: int | None = None,
        webhook: str | None = None,
        output_format: OutputFormat | None = None,
        timeout: float | None = None,  # noqa: ASYNC109 - a total deadline, the documented API
        on_progress: ProgressCallback | None = None,
    ) -> AsyncArtwork:
        """Start a face-refiner task and wait for it; see `FaceRefiner.generate`."""
        result: AsyncArtwork = await self._generate(create_params(locals()), timeout, on_progress)
        return result
