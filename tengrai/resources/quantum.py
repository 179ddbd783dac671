"""``client.quantum``: text-to-image tasks with the Quantum model."""

from __future__ import annotations

from ..types import Artwork, AsyncArtwork, OutputFormat, PromptMode, QuantumAspectRatio, QuantumStyle
from ._base import AsyncResource, ProgressCallback, SyncResource, create_params, documented

__all__ = ["AsyncQuantum", "Quantum"]

_OPERATION = "create_quantum_artwork"


class Quantum(SyncResource):
    """Quantum text-to-image generation."""

    _operation = _OPERATION

    @documented(_OPERATION)
    def create(
        self,
        *,
        prompt: str | None = None,
        negative_prompt: str | None = None,
        style: QuantumStyle | None = None,
        prompt_mode: PromptMode | None = None,
        aspect_ratio: QuantumAspectRatio | None = None,
        width: int | None = None,
        height: int | None = None,
        nsfw: bool | None = None,
        transparent_background: bool | None = None,
        seed: int | None = None,
        webhook: str | None = None,
        output_format: OutputFormat | None = None,
    ) -> Artwork:
        """Start a Quantum task and return its artwork at once (status ``starting``).

        Arguments are checked against the API's documented rules first; a broken rule raises `ValidationError`
        and nothing is sent. None means "not given" (the server applies its default).
        """
        return self._create(create_params(locals()))

    @documented(_OPERATION)
    def generate(
        self,
        *,
        prompt: str | None = None,
        negative_prompt: str | None = None,
        style: QuantumStyle | None = None,
        prompt_mode: PromptMode | None = None,
        aspect_ratio: QuantumAspectRatio | None = None,
        width: int | None = None,
        height: int | None = None,
        nsfw: bool | None = None,
        transparent_background: bool | None = None,
        seed: int | None = None,
        webhook: str | None = None,
        output_format: OutputFormat | None = None,
        timeout: float | None = None,
        on_progress: ProgressCallback | None = None,
    ) -> Artwork:
        """Start a Quantum task and wait for it: `create` then `client.artworks.wait`.

        ``timeout`` is the deadline in seconds for the whole job, create included (default: the client's
        ``wait_timeout``); ``on_progress`` receives a `StatusEvent` at every poll. Raises `ArtworkFailedError`,
        `ArtworkCanceledError` or `ArtworkTimeoutError`, each carrying the artwork id.
        """
        return self._generate(create_params(locals()), timeout, on_progress)


class AsyncQuantum(AsyncResource):
    """Quantum text-to-image generation, for `AsyncTengrai`."""

    _operation = _OPERATION

    @documented(_OPERATION)
    async def create(
        self,
        *,
        prompt: str | None = None,
        negative_prompt: str | None = None,
        style: QuantumStyle | None = None,
        prompt_mode: PromptMode | None = None,
        aspect_ratio: QuantumAspectRatio | None = None,
        width: int | None = None,
        height: int | None = None,
        nsfw: bool | None = None,
        transparent_background: bool | None = None,
        seed: int | None = None,
        webhook: str | None = None,
        output_format: OutputFormat | None = None,
    ) -> AsyncArtwork:
        """Start a Quantum task and return its artwork at once; see `Quantum.create`."""
        result: AsyncArtwork = await self._create(create_params(locals()))
        return result

    @documented(_OPERATION)
    async def generate(
        self,
        *,
        prompt: str | None = None,
        negative_prompt: str | None = None,
        style: QuantumStyle | None = None,
        prompt_mode: PromptMode | None = None,
        aspect_ratio: QuantumAspectRatio | None = None,
        width: int | None = None,
        height: int | None = None,
        nsfw: bool | None = None,
        transparent_background: bool | None = None,
        seed: int | None = None,
        webhook: str | None = None,
        output_format: OutputFormat | None = None,
        timeout: float | None = None,  # noqa: ASYNC109 - a total deadline, the documented API
        on_progress: ProgressCallback | None = None,
    ) -> AsyncArtwork:
        """Start a Quantum task and wait for it; see `Quantum.generate`."""
        result: AsyncArtwork = await self._generate(create_params(locals()), timeout, on_progress)
        return result
