"""``client.selena_variete``: image-to-image tasks from a source image."""

from __future__ import annotations

from ..types import Artwork, AspectRatio, AsyncArtwork, ColorTone, Model, ProcessingMode, PromptMode, Style
from ._base import AsyncResource, ProgressCallback, SyncResource, create_params, documented

__all__ = ["AsyncSelenaVariete", "SelenaVariete"]

_OPERATION = "create_selena_variete_artwork"


class SelenaVariete(SyncResource):
    """Selena Variete image-to-image generation."""

    _operation = _OPERATION

    @documented(_OPERATION)
    def create(
        self,
        *,
        image_url: str,
        model: Model | None = None,
        batch: int | None = None,
        prompt: str | None = None,
        negative_prompt: str | None = None,
        style: Style | None = None,
        processing_mode: ProcessingMode | None = None,
        prompt_mode: PromptMode | None = None,
        creativity: int | None = None,
        details: int | None = None,
        denoising: int | None = None,
        aspect_ratio: AspectRatio | None = None,
        width: int | None = None,
        height: int | None = None,
        nsfw: bool | None = None,
        transparent_background: bool | None = None,
        color_tone: ColorTone | None = None,
        webhook: str | None = None,
    ) -> Artwork:
        """Start a Selena Variete task and return its artwork at once (status ``starting``).

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
        batch: int | None = None,
        prompt: str | None = None,
        negative_prompt: str | None = None,
        style: Style | None = None,
        processing_mode: ProcessingMode | None = None,
        prompt_mode: PromptMode | None = None,
        creativity: int | None = None,
        details: int | None = None,
        denoising: int | None = None,
        aspect_ratio: AspectRatio | None = None,
        width: int | None = None,
        height: int | None = None,
        nsfw: bool | None = None,
        transparent_background: bool | None = None,
        color_tone: ColorTone | None = None,
        webhook: str | None = None,
        timeout: float | None = None,
        on_progress: ProgressCallback | None = None,
    ) -> Artwork:
        """Start a Selena Variete task and wait for it: `create` then `client.artworks.wait`.

        ``timeout`` is the deadline in seconds for the whole job, create included (default: the client's
        ``wait_timeout``); ``on_progress`` receives a `StatusEvent` at every poll. Raises `ArtworkFailedError`,
        `ArtworkCanceledError` or `ArtworkTimeoutError`, each carrying the artwork id.
        """
        return self._generate(create_params(locals()), timeout, on_progress)


class AsyncSelenaVariete(AsyncResource):
    """Selena Variete image-to-image generation, for `AsyncTengrai`."""

    _operation = _OPERATION

    @documented(_OPERATION)
    async def create(
        self,
        *,
        image_url: str,
        model: Model | None = None,
        batch: int | None = None,
        prompt: str | None = None,
        negative_prompt: str | None = None,
        style: Style | None = None,
        processing_mode: ProcessingMode | None = None,
        prompt_mode: PromptMode | None = None,
        creativity: int | None = None,
        details: int | None = None,
        denoising: int | None = None,
        aspect_ratio: AspectRatio | None = None,
        width: int | None = None,
        height: int | None = None,
        nsfw: bool | None = None,
        transparent_background: bool | None = None,
        color_tone: ColorTone | None = None,
        webhook: str | None = None,
    ) -> AsyncArtwork:
        """Start a Selena Variete task and return its artwork at once; see `SelenaVariete.create`."""
        result: AsyncArtwork = await self._create(create_params(locals()))
        return result

    @documented(_OPERATION)
    async def generate(
        self,
        *,
        image_url: str,
        model: Model | None = None,
        batch: int | None = None,
        prompt: str | None = None,
        negative_prompt: str | None = None,
        style: Style | None = None,
        processing_mode: ProcessingMode | None = None,
        prompt_mode: PromptMode | None = None,
        creativity: int | None = None,
        details: int | None = None,
        denoising: int | None = None,
        aspect_ratio: AspectRatio | None = None,
        width: int | None = None,
        height: int | None = None,
        nsfw: bool | None = None,
        transparent_background: bool | None = None,
        color_tone: ColorTone | None = None,
        webhook: str | None = None,
        timeout: float | None = None,  # noqa: ASYNC109 - a total deadline, the documented API
        on_progress: ProgressCallback | None = None,
    ) -> AsyncArtwork:
        """Start a Selena Variete task and wait for it; see `SelenaVariete.generate`."""
        result: AsyncArtwork = await self._generate(create_params(locals()), timeout, on_progress)
        return result
