# generated from openapi/tengrai.yaml by make generate — do not edit
"""The client's resources generated from the API description: one class per resource, sync and async.

Generated from ``openapi/tengrai.yaml`` by ``make generate`` (``openapi/generate_sdk.py``) — do not edit. Every
``create_<name>_artwork`` operation becomes ``client.<name>.create``/``generate``; every operation marked
``x-sdk-resource`` a plain request method (see ``openapi/NOTES.md``).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from tengrai_api.models import (
    AspectRatio,
    ColorTone,
    Model,
    OutputFormat,
    ProcessingMode,
    PromptMode,
    QuantumAspectRatio,
    QuantumStyle,
    Style,
)

from ..types import AsyncArtwork, SyncArtwork
from ._base import AsyncResource, ProgressCallback, SyncResource

if TYPE_CHECKING:
    from .._core import Core
    from .._engine import AsyncRunner, SyncRunner

__all__ = [
    "AsyncFaceRefiner",
    "AsyncGeneratedResources",
    "AsyncQuantum",
    "AsyncSelenaVariete",
    "FaceRefiner",
    "GeneratedResources",
    "Quantum",
    "SelenaVariete",
]


class Quantum(SyncResource):
    """Quantum: Start a text-to-image generation with the Quantum model. Answers at once with the artwork task; poll it
    with get_artwork or receive it on the webhook when it ends.

    ``client.quantum`` of `Tengrai`: operation ``create_quantum_artwork``
    (``POST /v2/artworks/quantum``).
    """

    _operation = "create_quantum_artwork"

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
    ) -> SyncArtwork:
        """Start a Quantum task and return its artwork at once (status ``starting``).

        Arguments are checked against the API's documented rules first; a broken rule raises `ValidationError`
        and nothing is sent. None means "not given" (the server applies its default).

        Args:
            prompt: ``prompt``. Limited to 200 words; additional content will be truncated. If empty, uses the style's
                default prompt. At most 200 words (x-max-words).
            negative_prompt: ``negativePrompt``. Limited to 64 words; additional content will be truncated. At most 64
                words (x-max-words).
            style: ``style``. The style to apply to the generated image. One of: ``default``, ``portraiture``,
                ``landscape``, ``photographer``, ``analog``, ``car``, ``food``, ``horror``, ``stained-glass``,
                ``impasto``, ``abstract-ink``, ``illustration``, ``aquarelle``, ``water-cute``, ``sphericute``,
                ``fairytale``, ``machinart``, ``isometric``, ``logo``, ``abstractpen``, ``lineart``, ``manga``,
                ``infiny-weave``, ``infiny-pattern``, ``infiny-flow``, ``tengrai-anime``, ``folktale``.
            prompt_mode: ``promptMode``. Prompt enhancement. `seer` enables AI-powered improvement, `servitor` uses the
                prompt as-is. One of: ``seer``, ``servitor``. Server default: ``servitor``.
            aspect_ratio: ``aspectRatio``. Aspect ratio of Quantum. Defaults to 1:1 (1024 x 1024) when width and height
                are not given. One of: ``1:1``, ``9:16``, ``2:3``, ``3:4``, ``16:9``, ``3:2``, ``4:3``. Server default:
                ``1:1``.
            width: ``width``. Use aspectRatio instead of custom width and height for better quality. If defined, the
                total area (width x height) must not exceed 1,478,656 pixels (e.g. 1216 x 1216). Range: 512..1360.
            height: ``height``. Use aspectRatio instead of custom width and height for better quality. If defined, the
                total area (width x height) must not exceed 1,478,656 pixels (e.g. 1216 x 1216). Range: 512..1360.
            nsfw: ``nsfw``. Set to true to allow NSFW output. When false (the default), safety negatives are injected
                into the negative prompt to suppress NSFW content. Server default: ``false``.
            transparent_background: ``transparentBackground``. Generate the image on a transparent background. Server
                default: ``false``.
            seed: ``seed``. Optional random seed for deterministic generation. The pipeline applies the transform
                floor(seed * 1.2) + 17 before submitting to the workflow engine. Omit to let the server pick one. Range:
                1..2,147,483,647.
            webhook: ``webhook``. Optional webhook URL. When provided, the server POSTs the final artwork to it upon
                completion. Must be HTTPS and a publicly routable host: loopback, link-local, private and cloud-metadata
                addresses are rejected. At most 2048 characters.
            output_format: ``outputFormat``. Output image format. `auto` (the default) uses the server default (webp
                with high-quality settings); `png` is lossless; `webp` is equivalent to `auto`. One of: ``auto``,
                ``png``, ``webp``. Server default: ``auto``.
        """
        return self._create(
            {
                "prompt": prompt,
                "negative_prompt": negative_prompt,
                "style": style,
                "prompt_mode": prompt_mode,
                "aspect_ratio": aspect_ratio,
                "width": width,
                "height": height,
                "nsfw": nsfw,
                "transparent_background": transparent_background,
                "seed": seed,
                "webhook": webhook,
                "output_format": output_format,
            }
        )

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
    ) -> SyncArtwork:
        """Start a Quantum task and wait for it: `create`, then `artworks.wait`.

        Raises `ArtworkFailedError`, `ArtworkCanceledError` or `ArtworkTimeoutError`, each carrying the artwork id.

        Args:
            prompt: ``prompt``. Limited to 200 words; additional content will be truncated. If empty, uses the style's
                default prompt. At most 200 words (x-max-words).
            negative_prompt: ``negativePrompt``. Limited to 64 words; additional content will be truncated. At most 64
                words (x-max-words).
            style: ``style``. The style to apply to the generated image. One of: ``default``, ``portraiture``,
                ``landscape``, ``photographer``, ``analog``, ``car``, ``food``, ``horror``, ``stained-glass``,
                ``impasto``, ``abstract-ink``, ``illustration``, ``aquarelle``, ``water-cute``, ``sphericute``,
                ``fairytale``, ``machinart``, ``isometric``, ``logo``, ``abstractpen``, ``lineart``, ``manga``,
                ``infiny-weave``, ``infiny-pattern``, ``infiny-flow``, ``tengrai-anime``, ``folktale``.
            prompt_mode: ``promptMode``. Prompt enhancement. `seer` enables AI-powered improvement, `servitor` uses the
                prompt as-is. One of: ``seer``, ``servitor``. Server default: ``servitor``.
            aspect_ratio: ``aspectRatio``. Aspect ratio of Quantum. Defaults to 1:1 (1024 x 1024) when width and height
                are not given. One of: ``1:1``, ``9:16``, ``2:3``, ``3:4``, ``16:9``, ``3:2``, ``4:3``. Server default:
                ``1:1``.
            width: ``width``. Use aspectRatio instead of custom width and height for better quality. If defined, the
                total area (width x height) must not exceed 1,478,656 pixels (e.g. 1216 x 1216). Range: 512..1360.
            height: ``height``. Use aspectRatio instead of custom width and height for better quality. If defined, the
                total area (width x height) must not exceed 1,478,656 pixels (e.g. 1216 x 1216). Range: 512..1360.
            nsfw: ``nsfw``. Set to true to allow NSFW output. When false (the default), safety negatives are injected
                into the negative prompt to suppress NSFW content. Server default: ``false``.
            transparent_background: ``transparentBackground``. Generate the image on a transparent background. Server
                default: ``false``.
            seed: ``seed``. Optional random seed for deterministic generation. The pipeline applies the transform
                floor(seed * 1.2) + 17 before submitting to the workflow engine. Omit to let the server pick one. Range:
                1..2,147,483,647.
            webhook: ``webhook``. Optional webhook URL. When provided, the server POSTs the final artwork to it upon
                completion. Must be HTTPS and a publicly routable host: loopback, link-local, private and cloud-metadata
                addresses are rejected. At most 2048 characters.
            output_format: ``outputFormat``. Output image format. `auto` (the default) uses the server default (webp
                with high-quality settings); `png` is lossless; `webp` is equivalent to `auto`. One of: ``auto``,
                ``png``, ``webp``. Server default: ``auto``.
            timeout: total seconds for the whole job, create included (default: the client's ``wait_timeout``).
            on_progress: called with a `StatusEvent` at every poll.
        """
        return self._generate(
            {
                "prompt": prompt,
                "negative_prompt": negative_prompt,
                "style": style,
                "prompt_mode": prompt_mode,
                "aspect_ratio": aspect_ratio,
                "width": width,
                "height": height,
                "nsfw": nsfw,
                "transparent_background": transparent_background,
                "seed": seed,
                "webhook": webhook,
                "output_format": output_format,
            },
            timeout,
            on_progress,
        )


class SelenaVariete(SyncResource):
    """Selena Variete: Start an image-to-image generation from a source image. The processing mode (reimagine,
    sketch-to-image, ...) controls how closely the result follows the input.

    ``client.selena_variete`` of `Tengrai`: operation ``create_selena_variete_artwork``
    (``POST /v2/artworks/selena-variete``).
    """

    _operation = "create_selena_variete_artwork"

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
    ) -> SyncArtwork:
        """Start a Selena Variete task and return its artwork at once (status ``starting``).

        Arguments are checked against the API's documented rules first; a broken rule raises `ValidationError`
        and nothing is sent. None means "not given" (the server applies its default).

        Args:
            image_url: ``imageUrl``. URL of the source image to process. At most 2048 characters. Required.
            model: ``model``. Generation model (V2 names carry the `.safetensors` suffix). One of:
                ``tengrai-20231128-m-d.safetensors``, ``tengrai-20240423-m-f.safetensors``.
            batch: ``batch``. Number of images to generate per task (1-2). Default 2. Range: 1..2. Server default:
                ``2``.
            prompt: ``prompt``. Limited to 256 words; additional content will be truncated. At most 256 words
                (x-max-words). Server default: ``cat``.
            negative_prompt: ``negativePrompt``. Limited to 64 words; additional content will be truncated. At most 64
                words (x-max-words).
            style: ``style``. Style of the Selena family (Selena, Selena Variete, txt2img). One of: ``default``,
                ``portraiture``, ``landscape``, ``photographer``, ``analog``, ``car``, ``food``, ``horror``,
                ``stained-glass``, ``impasto``, ``abstract-ink``, ``illustration``, ``aquarelle``, ``water-cute``,
                ``sphericute``, ``fairytale``, ``machinart``, ``isometric``, ``logo``, ``abstractpen``, ``lineart``,
                ``manga``, ``infiny-weave``, ``infiny-pattern``, ``infiny-flow``. Server default: ``default``.
            processing_mode: ``processingMode``. How Selena Variete uses the source image. One of: ``sketch-to-image``,
                ``reimagine``, ``3d``, ``ai-rchitect``, ``human-pose``, ``retake``.
            prompt_mode: ``promptMode``. Prompt enhancement. `seer` enables AI-powered improvement, `servitor` uses the
                prompt as-is. One of: ``seer``, ``servitor``. Server default: ``servitor``.
            creativity: ``creativity``. Creativity from 1 to 5. Range: 1..5. Server default: ``3``.
            details: ``details``. Level of detail from 1 to 5. Range: 1..5. Server default: ``3``.
            denoising: ``denoising``. Denoising strength from 1 (very subtle) to 5 (extreme). Ignored for
                sketch-to-image, ai-rchitect, human-pose and 3d modes, which always use full generation. Range: 1..5.
                Server default: ``3``.
            aspect_ratio: ``aspectRatio``. Aspect ratio of the Selena family. Defaults to 1:1 (1024 x 1024) when width
                and height are not given. One of: ``1:1``, ``7:9``, ``2:3``, ``4:7``, ``9:16``, ``9:21``, ``9:7``,
                ``3:2``, ``7:4``, ``16:9``, ``21:9``. Server default: ``1:1``.
            width: ``width``. Use aspectRatio instead of custom width and height for better quality. If defined, the
                total area (width x height) must not exceed 1,478,656 pixels. Range: 512..2048.
            height: ``height``. Use aspectRatio instead of custom width and height for better quality. If defined, the
                total area (width x height) must not exceed 1,478,656 pixels. Range: 512..2048.
            nsfw: ``nsfw``. Set to true to allow NSFW output. When false (the default), safety negatives are injected
                into the negative prompt to suppress NSFW content. Server default: ``false``.
            transparent_background: ``transparentBackground``. Generate the image on a transparent background. Server
                default: ``false``.
            color_tone: ``colorTone``. Overall color palette. Prepended to the prompt; flows through SEER improvement.
                One of: ``cool``, ``warm``, ``blackAndWhite``, ``pastel``, ``vibrantColors``, ``sepia``,
                ``mutedColors``, ``neonColors``.
            webhook: ``webhook``. Optional webhook URL. When provided, the server POSTs the final artwork to it upon
                completion. Must be HTTPS and a publicly routable host: loopback, link-local, private and cloud-metadata
                addresses are rejected. At most 2048 characters.
        """
        return self._create(
            {
                "image_url": image_url,
                "model": model,
                "batch": batch,
                "prompt": prompt,
                "negative_prompt": negative_prompt,
                "style": style,
                "processing_mode": processing_mode,
                "prompt_mode": prompt_mode,
                "creativity": creativity,
                "details": details,
                "denoising": denoising,
                "aspect_ratio": aspect_ratio,
                "width": width,
                "height": height,
                "nsfw": nsfw,
                "transparent_background": transparent_background,
                "color_tone": color_tone,
                "webhook": webhook,
            }
        )

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
    ) -> SyncArtwork:
        """Start a Selena Variete task and wait for it: `create`, then `artworks.wait`.

        Raises `ArtworkFailedError`, `ArtworkCanceledError` or `ArtworkTimeoutError`, each carrying the artwork id.

        Args:
            image_url: ``imageUrl``. URL of the source image to process. At most 2048 characters. Required.
            model: ``model``. Generation model (V2 names carry the `.safetensors` suffix). One of:
                ``tengrai-20231128-m-d.safetensors``, ``tengrai-20240423-m-f.safetensors``.
            batch: ``batch``. Number of images to generate per task (1-2). Default 2. Range: 1..2. Server default:
                ``2``.
            prompt: ``prompt``. Limited to 256 words; additional content will be truncated. At most 256 words
                (x-max-words). Server default: ``cat``.
            negative_prompt: ``negativePrompt``. Limited to 64 words; additional content will be truncated. At most 64
                words (x-max-words).
            style: ``style``. Style of the Selena family (Selena, Selena Variete, txt2img). One of: ``default``,
                ``portraiture``, ``landscape``, ``photographer``, ``analog``, ``car``, ``food``, ``horror``,
                ``stained-glass``, ``impasto``, ``abstract-ink``, ``illustration``, ``aquarelle``, ``water-cute``,
                ``sphericute``, ``fairytale``, ``machinart``, ``isometric``, ``logo``, ``abstractpen``, ``lineart``,
                ``manga``, ``infiny-weave``, ``infiny-pattern``, ``infiny-flow``. Server default: ``default``.
            processing_mode: ``processingMode``. How Selena Variete uses the source image. One of: ``sketch-to-image``,
                ``reimagine``, ``3d``, ``ai-rchitect``, ``human-pose``, ``retake``.
            prompt_mode: ``promptMode``. Prompt enhancement. `seer` enables AI-powered improvement, `servitor` uses the
                prompt as-is. One of: ``seer``, ``servitor``. Server default: ``servitor``.
            creativity: ``creativity``. Creativity from 1 to 5. Range: 1..5. Server default: ``3``.
            details: ``details``. Level of detail from 1 to 5. Range: 1..5. Server default: ``3``.
            denoising: ``denoising``. Denoising strength from 1 (very subtle) to 5 (extreme). Ignored for
                sketch-to-image, ai-rchitect, human-pose and 3d modes, which always use full generation. Range: 1..5.
                Server default: ``3``.
            aspect_ratio: ``aspectRatio``. Aspect ratio of the Selena family. Defaults to 1:1 (1024 x 1024) when width
                and height are not given. One of: ``1:1``, ``7:9``, ``2:3``, ``4:7``, ``9:16``, ``9:21``, ``9:7``,
                ``3:2``, ``7:4``, ``16:9``, ``21:9``. Server default: ``1:1``.
            width: ``width``. Use aspectRatio instead of custom width and height for better quality. If defined, the
                total area (width x height) must not exceed 1,478,656 pixels. Range: 512..2048.
            height: ``height``. Use aspectRatio instead of custom width and height for better quality. If defined, the
                total area (width x height) must not exceed 1,478,656 pixels. Range: 512..2048.
            nsfw: ``nsfw``. Set to true to allow NSFW output. When false (the default), safety negatives are injected
                into the negative prompt to suppress NSFW content. Server default: ``false``.
            transparent_background: ``transparentBackground``. Generate the image on a transparent background. Server
                default: ``false``.
            color_tone: ``colorTone``. Overall color palette. Prepended to the prompt; flows through SEER improvement.
                One of: ``cool``, ``warm``, ``blackAndWhite``, ``pastel``, ``vibrantColors``, ``sepia``,
                ``mutedColors``, ``neonColors``.
            webhook: ``webhook``. Optional webhook URL. When provided, the server POSTs the final artwork to it upon
                completion. Must be HTTPS and a publicly routable host: loopback, link-local, private and cloud-metadata
                addresses are rejected. At most 2048 characters.
            timeout: total seconds for the whole job, create included (default: the client's ``wait_timeout``).
            on_progress: called with a `StatusEvent` at every poll.
        """
        return self._generate(
            {
                "image_url": image_url,
                "model": model,
                "batch": batch,
                "prompt": prompt,
                "negative_prompt": negative_prompt,
                "style": style,
                "processing_mode": processing_mode,
                "prompt_mode": prompt_mode,
                "creativity": creativity,
                "details": details,
                "denoising": denoising,
                "aspect_ratio": aspect_ratio,
                "width": width,
                "height": height,
                "nsfw": nsfw,
                "transparent_background": transparent_background,
                "color_tone": color_tone,
                "webhook": webhook,
            },
            timeout,
            on_progress,
        )


class FaceRefiner(SyncResource):
    """Face refiner: Clean up and sharpen the faces in an image: for a generated photo whose composition is good but
    whose faces need another pass.

    ``client.face_refiner`` of `Tengrai`: operation ``create_face_refiner_artwork``
    (``POST /v2/artworks/face-refiner``).
    """

    _operation = "create_face_refiner_artwork"

    def create(
        self,
        *,
        image_url: str,
        model: Model | None = None,
        denoising: int | None = None,
        seed: int | None = None,
        webhook: str | None = None,
        output_format: OutputFormat | None = None,
    ) -> SyncArtwork:
        """Start a Face refiner task and return its artwork at once (status ``starting``).

        Arguments are checked against the API's documented rules first; a broken rule raises `ValidationError`
        and nothing is sent. None means "not given" (the server applies its default).

        Args:
            image_url: ``imageUrl``. URL of the source image to refine. At most 2048 characters. Required.
            model: ``model``. Generation model (V2 names carry the `.safetensors` suffix). One of:
                ``tengrai-20231128-m-d.safetensors``, ``tengrai-20240423-m-f.safetensors``.
            denoising: ``denoising``. Denoising strength level from 1 (very subtle) to 5 (extreme). Controls how much
                the face is refined. Range: 1..5. Server default: ``3``.
            seed: ``seed``. Optional random seed for deterministic generation. The pipeline applies the transform
                floor(seed * 1.2) + 17 before submitting to the workflow engine. Omit to let the server pick one. Range:
                1..2,147,483,647.
            webhook: ``webhook``. Optional webhook URL. When provided, the server POSTs the final artwork to it upon
                completion. Must be HTTPS and a publicly routable host: loopback, link-local, private and cloud-metadata
                addresses are rejected. At most 2048 characters.
            output_format: ``outputFormat``. Output image format. `auto` (the default) uses the server default (webp
                with high-quality settings); `png` is lossless; `webp` is equivalent to `auto`. One of: ``auto``,
                ``png``, ``webp``. Server default: ``auto``.
        """
        return self._create(
            {
                "image_url": image_url,
                "model": model,
                "denoising": denoising,
                "seed": seed,
                "webhook": webhook,
                "output_format": output_format,
            }
        )

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
    ) -> SyncArtwork:
        """Start a Face refiner task and wait for it: `create`, then `artworks.wait`.

        Raises `ArtworkFailedError`, `ArtworkCanceledError` or `ArtworkTimeoutError`, each carrying the artwork id.

        Args:
            image_url: ``imageUrl``. URL of the source image to refine. At most 2048 characters. Required.
            model: ``model``. Generation model (V2 names carry the `.safetensors` suffix). One of:
                ``tengrai-20231128-m-d.safetensors``, ``tengrai-20240423-m-f.safetensors``.
            denoising: ``denoising``. Denoising strength level from 1 (very subtle) to 5 (extreme). Controls how much
                the face is refined. Range: 1..5. Server default: ``3``.
            seed: ``seed``. Optional random seed for deterministic generation. The pipeline applies the transform
                floor(seed * 1.2) + 17 before submitting to the workflow engine. Omit to let the server pick one. Range:
                1..2,147,483,647.
            webhook: ``webhook``. Optional webhook URL. When provided, the server POSTs the final artwork to it upon
                completion. Must be HTTPS and a publicly routable host: loopback, link-local, private and cloud-metadata
                addresses are rejected. At most 2048 characters.
            output_format: ``outputFormat``. Output image format. `auto` (the default) uses the server default (webp
                with high-quality settings); `png` is lossless; `webp` is equivalent to `auto`. One of: ``auto``,
                ``png``, ``webp``. Server default: ``auto``.
            timeout: total seconds for the whole job, create included (default: the client's ``wait_timeout``).
            on_progress: called with a `StatusEvent` at every poll.
        """
        return self._generate(
            {
                "image_url": image_url,
                "model": model,
                "denoising": denoising,
                "seed": seed,
                "webhook": webhook,
                "output_format": output_format,
            },
            timeout,
            on_progress,
        )


class AsyncQuantum(AsyncResource):
    """Quantum: Start a text-to-image generation with the Quantum model. Answers at once with the artwork task; poll it
    with get_artwork or receive it on the webhook when it ends.

    ``client.quantum`` of `AsyncTengrai`: operation ``create_quantum_artwork``
    (``POST /v2/artworks/quantum``).
    """

    _operation = "create_quantum_artwork"

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
        """Start a Quantum task and return its artwork at once (status ``starting``).

        Arguments are checked against the API's documented rules first; a broken rule raises `ValidationError`
        and nothing is sent. None means "not given" (the server applies its default).

        Args:
            prompt: ``prompt``. Limited to 200 words; additional content will be truncated. If empty, uses the style's
                default prompt. At most 200 words (x-max-words).
            negative_prompt: ``negativePrompt``. Limited to 64 words; additional content will be truncated. At most 64
                words (x-max-words).
            style: ``style``. The style to apply to the generated image. One of: ``default``, ``portraiture``,
                ``landscape``, ``photographer``, ``analog``, ``car``, ``food``, ``horror``, ``stained-glass``,
                ``impasto``, ``abstract-ink``, ``illustration``, ``aquarelle``, ``water-cute``, ``sphericute``,
                ``fairytale``, ``machinart``, ``isometric``, ``logo``, ``abstractpen``, ``lineart``, ``manga``,
                ``infiny-weave``, ``infiny-pattern``, ``infiny-flow``, ``tengrai-anime``, ``folktale``.
            prompt_mode: ``promptMode``. Prompt enhancement. `seer` enables AI-powered improvement, `servitor` uses the
                prompt as-is. One of: ``seer``, ``servitor``. Server default: ``servitor``.
            aspect_ratio: ``aspectRatio``. Aspect ratio of Quantum. Defaults to 1:1 (1024 x 1024) when width and height
                are not given. One of: ``1:1``, ``9:16``, ``2:3``, ``3:4``, ``16:9``, ``3:2``, ``4:3``. Server default:
                ``1:1``.
            width: ``width``. Use aspectRatio instead of custom width and height for better quality. If defined, the
                total area (width x height) must not exceed 1,478,656 pixels (e.g. 1216 x 1216). Range: 512..1360.
            height: ``height``. Use aspectRatio instead of custom width and height for better quality. If defined, the
                total area (width x height) must not exceed 1,478,656 pixels (e.g. 1216 x 1216). Range: 512..1360.
            nsfw: ``nsfw``. Set to true to allow NSFW output. When false (the default), safety negatives are injected
                into the negative prompt to suppress NSFW content. Server default: ``false``.
            transparent_background: ``transparentBackground``. Generate the image on a transparent background. Server
                default: ``false``.
            seed: ``seed``. Optional random seed for deterministic generation. The pipeline applies the transform
                floor(seed * 1.2) + 17 before submitting to the workflow engine. Omit to let the server pick one. Range:
                1..2,147,483,647.
            webhook: ``webhook``. Optional webhook URL. When provided, the server POSTs the final artwork to it upon
                completion. Must be HTTPS and a publicly routable host: loopback, link-local, private and cloud-metadata
                addresses are rejected. At most 2048 characters.
            output_format: ``outputFormat``. Output image format. `auto` (the default) uses the server default (webp
                with high-quality settings); `png` is lossless; `webp` is equivalent to `auto`. One of: ``auto``,
                ``png``, ``webp``. Server default: ``auto``.
        """
        return await self._create(
            {
                "prompt": prompt,
                "negative_prompt": negative_prompt,
                "style": style,
                "prompt_mode": prompt_mode,
                "aspect_ratio": aspect_ratio,
                "width": width,
                "height": height,
                "nsfw": nsfw,
                "transparent_background": transparent_background,
                "seed": seed,
                "webhook": webhook,
                "output_format": output_format,
            }
        )

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
        """Start a Quantum task and wait for it: `create`, then `artworks.wait`.

        Raises `ArtworkFailedError`, `ArtworkCanceledError` or `ArtworkTimeoutError`, each carrying the artwork id.

        Args:
            prompt: ``prompt``. Limited to 200 words; additional content will be truncated. If empty, uses the style's
                default prompt. At most 200 words (x-max-words).
            negative_prompt: ``negativePrompt``. Limited to 64 words; additional content will be truncated. At most 64
                words (x-max-words).
            style: ``style``. The style to apply to the generated image. One of: ``default``, ``portraiture``,
                ``landscape``, ``photographer``, ``analog``, ``car``, ``food``, ``horror``, ``stained-glass``,
                ``impasto``, ``abstract-ink``, ``illustration``, ``aquarelle``, ``water-cute``, ``sphericute``,
                ``fairytale``, ``machinart``, ``isometric``, ``logo``, ``abstractpen``, ``lineart``, ``manga``,
                ``infiny-weave``, ``infiny-pattern``, ``infiny-flow``, ``tengrai-anime``, ``folktale``.
            prompt_mode: ``promptMode``. Prompt enhancement. `seer` enables AI-powered improvement, `servitor` uses the
                prompt as-is. One of: ``seer``, ``servitor``. Server default: ``servitor``.
            aspect_ratio: ``aspectRatio``. Aspect ratio of Quantum. Defaults to 1:1 (1024 x 1024) when width and height
                are not given. One of: ``1:1``, ``9:16``, ``2:3``, ``3:4``, ``16:9``, ``3:2``, ``4:3``. Server default:
                ``1:1``.
            width: ``width``. Use aspectRatio instead of custom width and height for better quality. If defined, the
                total area (width x height) must not exceed 1,478,656 pixels (e.g. 1216 x 1216). Range: 512..1360.
            height: ``height``. Use aspectRatio instead of custom width and height for better quality. If defined, the
                total area (width x height) must not exceed 1,478,656 pixels (e.g. 1216 x 1216). Range: 512..1360.
            nsfw: ``nsfw``. Set to true to allow NSFW output. When false (the default), safety negatives are injected
                into the negative prompt to suppress NSFW content. Server default: ``false``.
            transparent_background: ``transparentBackground``. Generate the image on a transparent background. Server
                default: ``false``.
            seed: ``seed``. Optional random seed for deterministic generation. The pipeline applies the transform
                floor(seed * 1.2) + 17 before submitting to the workflow engine. Omit to let the server pick one. Range:
                1..2,147,483,647.
            webhook: ``webhook``. Optional webhook URL. When provided, the server POSTs the final artwork to it upon
                completion. Must be HTTPS and a publicly routable host: loopback, link-local, private and cloud-metadata
                addresses are rejected. At most 2048 characters.
            output_format: ``outputFormat``. Output image format. `auto` (the default) uses the server default (webp
                with high-quality settings); `png` is lossless; `webp` is equivalent to `auto`. One of: ``auto``,
                ``png``, ``webp``. Server default: ``auto``.
            timeout: total seconds for the whole job, create included (default: the client's ``wait_timeout``).
            on_progress: called with a `StatusEvent` at every poll (a coroutine function is awaited).
        """
        return await self._generate(
            {
                "prompt": prompt,
                "negative_prompt": negative_prompt,
                "style": style,
                "prompt_mode": prompt_mode,
                "aspect_ratio": aspect_ratio,
                "width": width,
                "height": height,
                "nsfw": nsfw,
                "transparent_background": transparent_background,
                "seed": seed,
                "webhook": webhook,
                "output_format": output_format,
            },
            timeout,
            on_progress,
        )


class AsyncSelenaVariete(AsyncResource):
    """Selena Variete: Start an image-to-image generation from a source image. The processing mode (reimagine,
    sketch-to-image, ...) controls how closely the result follows the input.

    ``client.selena_variete`` of `AsyncTengrai`: operation ``create_selena_variete_artwork``
    (``POST /v2/artworks/selena-variete``).
    """

    _operation = "create_selena_variete_artwork"

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
        """Start a Selena Variete task and return its artwork at once (status ``starting``).

        Arguments are checked against the API's documented rules first; a broken rule raises `ValidationError`
        and nothing is sent. None means "not given" (the server applies its default).

        Args:
            image_url: ``imageUrl``. URL of the source image to process. At most 2048 characters. Required.
            model: ``model``. Generation model (V2 names carry the `.safetensors` suffix). One of:
                ``tengrai-20231128-m-d.safetensors``, ``tengrai-20240423-m-f.safetensors``.
            batch: ``batch``. Number of images to generate per task (1-2). Default 2. Range: 1..2. Server default:
                ``2``.
            prompt: ``prompt``. Limited to 256 words; additional content will be truncated. At most 256 words
                (x-max-words). Server default: ``cat``.
            negative_prompt: ``negativePrompt``. Limited to 64 words; additional content will be truncated. At most 64
                words (x-max-words).
            style: ``style``. Style of the Selena family (Selena, Selena Variete, txt2img). One of: ``default``,
                ``portraiture``, ``landscape``, ``photographer``, ``analog``, ``car``, ``food``, ``horror``,
                ``stained-glass``, ``impasto``, ``abstract-ink``, ``illustration``, ``aquarelle``, ``water-cute``,
                ``sphericute``, ``fairytale``, ``machinart``, ``isometric``, ``logo``, ``abstractpen``, ``lineart``,
                ``manga``, ``infiny-weave``, ``infiny-pattern``, ``infiny-flow``. Server default: ``default``.
            processing_mode: ``processingMode``. How Selena Variete uses the source image. One of: ``sketch-to-image``,
                ``reimagine``, ``3d``, ``ai-rchitect``, ``human-pose``, ``retake``.
            prompt_mode: ``promptMode``. Prompt enhancement. `seer` enables AI-powered improvement, `servitor` uses the
                prompt as-is. One of: ``seer``, ``servitor``. Server default: ``servitor``.
            creativity: ``creativity``. Creativity from 1 to 5. Range: 1..5. Server default: ``3``.
            details: ``details``. Level of detail from 1 to 5. Range: 1..5. Server default: ``3``.
            denoising: ``denoising``. Denoising strength from 1 (very subtle) to 5 (extreme). Ignored for
                sketch-to-image, ai-rchitect, human-pose and 3d modes, which always use full generation. Range: 1..5.
                Server default: ``3``.
            aspect_ratio: ``aspectRatio``. Aspect ratio of the Selena family. Defaults to 1:1 (1024 x 1024) when width
                and height are not given. One of: ``1:1``, ``7:9``, ``2:3``, ``4:7``, ``9:16``, ``9:21``, ``9:7``,
                ``3:2``, ``7:4``, ``16:9``, ``21:9``. Server default: ``1:1``.
            width: ``width``. Use aspectRatio instead of custom width and height for better quality. If defined, the
                total area (width x height) must not exceed 1,478,656 pixels. Range: 512..2048.
            height: ``height``. Use aspectRatio instead of custom width and height for better quality. If defined, the
                total area (width x height) must not exceed 1,478,656 pixels. Range: 512..2048.
            nsfw: ``nsfw``. Set to true to allow NSFW output. When false (the default), safety negatives are injected
                into the negative prompt to suppress NSFW content. Server default: ``false``.
            transparent_background: ``transparentBackground``. Generate the image on a transparent background. Server
                default: ``false``.
            color_tone: ``colorTone``. Overall color palette. Prepended to the prompt; flows through SEER improvement.
                One of: ``cool``, ``warm``, ``blackAndWhite``, ``pastel``, ``vibrantColors``, ``sepia``,
                ``mutedColors``, ``neonColors``.
            webhook: ``webhook``. Optional webhook URL. When provided, the server POSTs the final artwork to it upon
                completion. Must be HTTPS and a publicly routable host: loopback, link-local, private and cloud-metadata
                addresses are rejected. At most 2048 characters.
        """
        return await self._create(
            {
                "image_url": image_url,
                "model": model,
                "batch": batch,
                "prompt": prompt,
                "negative_prompt": negative_prompt,
                "style": style,
                "processing_mode": processing_mode,
                "prompt_mode": prompt_mode,
                "creativity": creativity,
                "details": details,
                "denoising": denoising,
                "aspect_ratio": aspect_ratio,
                "width": width,
                "height": height,
                "nsfw": nsfw,
                "transparent_background": transparent_background,
                "color_tone": color_tone,
                "webhook": webhook,
            }
        )

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
        """Start a Selena Variete task and wait for it: `create`, then `artworks.wait`.

        Raises `ArtworkFailedError`, `ArtworkCanceledError` or `ArtworkTimeoutError`, each carrying the artwork id.

        Args:
            image_url: ``imageUrl``. URL of the source image to process. At most 2048 characters. Required.
            model: ``model``. Generation model (V2 names carry the `.safetensors` suffix). One of:
                ``tengrai-20231128-m-d.safetensors``, ``tengrai-20240423-m-f.safetensors``.
            batch: ``batch``. Number of images to generate per task (1-2). Default 2. Range: 1..2. Server default:
                ``2``.
            prompt: ``prompt``. Limited to 256 words; additional content will be truncated. At most 256 words
                (x-max-words). Server default: ``cat``.
            negative_prompt: ``negativePrompt``. Limited to 64 words; additional content will be truncated. At most 64
                words (x-max-words).
            style: ``style``. Style of the Selena family (Selena, Selena Variete, txt2img). One of: ``default``,
                ``portraiture``, ``landscape``, ``photographer``, ``analog``, ``car``, ``food``, ``horror``,
                ``stained-glass``, ``impasto``, ``abstract-ink``, ``illustration``, ``aquarelle``, ``water-cute``,
                ``sphericute``, ``fairytale``, ``machinart``, ``isometric``, ``logo``, ``abstractpen``, ``lineart``,
                ``manga``, ``infiny-weave``, ``infiny-pattern``, ``infiny-flow``. Server default: ``default``.
            processing_mode: ``processingMode``. How Selena Variete uses the source image. One of: ``sketch-to-image``,
                ``reimagine``, ``3d``, ``ai-rchitect``, ``human-pose``, ``retake``.
            prompt_mode: ``promptMode``. Prompt enhancement. `seer` enables AI-powered improvement, `servitor` uses the
                prompt as-is. One of: ``seer``, ``servitor``. Server default: ``servitor``.
            creativity: ``creativity``. Creativity from 1 to 5. Range: 1..5. Server default: ``3``.
            details: ``details``. Level of detail from 1 to 5. Range: 1..5. Server default: ``3``.
            denoising: ``denoising``. Denoising strength from 1 (very subtle) to 5 (extreme). Ignored for
                sketch-to-image, ai-rchitect, human-pose and 3d modes, which always use full generation. Range: 1..5.
                Server default: ``3``.
            aspect_ratio: ``aspectRatio``. Aspect ratio of the Selena family. Defaults to 1:1 (1024 x 1024) when width
                and height are not given. One of: ``1:1``, ``7:9``, ``2:3``, ``4:7``, ``9:16``, ``9:21``, ``9:7``,
                ``3:2``, ``7:4``, ``16:9``, ``21:9``. Server default: ``1:1``.
            width: ``width``. Use aspectRatio instead of custom width and height for better quality. If defined, the
                total area (width x height) must not exceed 1,478,656 pixels. Range: 512..2048.
            height: ``height``. Use aspectRatio instead of custom width and height for better quality. If defined, the
                total area (width x height) must not exceed 1,478,656 pixels. Range: 512..2048.
            nsfw: ``nsfw``. Set to true to allow NSFW output. When false (the default), safety negatives are injected
                into the negative prompt to suppress NSFW content. Server default: ``false``.
            transparent_background: ``transparentBackground``. Generate the image on a transparent background. Server
                default: ``false``.
            color_tone: ``colorTone``. Overall color palette. Prepended to the prompt; flows through SEER improvement.
                One of: ``cool``, ``warm``, ``blackAndWhite``, ``pastel``, ``vibrantColors``, ``sepia``,
                ``mutedColors``, ``neonColors``.
            webhook: ``webhook``. Optional webhook URL. When provided, the server POSTs the final artwork to it upon
                completion. Must be HTTPS and a publicly routable host: loopback, link-local, private and cloud-metadata
                addresses are rejected. At most 2048 characters.
            timeout: total seconds for the whole job, create included (default: the client's ``wait_timeout``).
            on_progress: called with a `StatusEvent` at every poll (a coroutine function is awaited).
        """
        return await self._generate(
            {
                "image_url": image_url,
                "model": model,
                "batch": batch,
                "prompt": prompt,
                "negative_prompt": negative_prompt,
                "style": style,
                "processing_mode": processing_mode,
                "prompt_mode": prompt_mode,
                "creativity": creativity,
                "details": details,
                "denoising": denoising,
                "aspect_ratio": aspect_ratio,
                "width": width,
                "height": height,
                "nsfw": nsfw,
                "transparent_background": transparent_background,
                "color_tone": color_tone,
                "webhook": webhook,
            },
            timeout,
            on_progress,
        )


class AsyncFaceRefiner(AsyncResource):
    """Face refiner: Clean up and sharpen the faces in an image: for a generated photo whose composition is good but
    whose faces need another pass.

    ``client.face_refiner`` of `AsyncTengrai`: operation ``create_face_refiner_artwork``
    (``POST /v2/artworks/face-refiner``).
    """

    _operation = "create_face_refiner_artwork"

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
        """Start a Face refiner task and return its artwork at once (status ``starting``).

        Arguments are checked against the API's documented rules first; a broken rule raises `ValidationError`
        and nothing is sent. None means "not given" (the server applies its default).

        Args:
            image_url: ``imageUrl``. URL of the source image to refine. At most 2048 characters. Required.
            model: ``model``. Generation model (V2 names carry the `.safetensors` suffix). One of:
                ``tengrai-20231128-m-d.safetensors``, ``tengrai-20240423-m-f.safetensors``.
            denoising: ``denoising``. Denoising strength level from 1 (very subtle) to 5 (extreme). Controls how much
                the face is refined. Range: 1..5. Server default: ``3``.
            seed: ``seed``. Optional random seed for deterministic generation. The pipeline applies the transform
                floor(seed * 1.2) + 17 before submitting to the workflow engine. Omit to let the server pick one. Range:
                1..2,147,483,647.
            webhook: ``webhook``. Optional webhook URL. When provided, the server POSTs the final artwork to it upon
                completion. Must be HTTPS and a publicly routable host: loopback, link-local, private and cloud-metadata
                addresses are rejected. At most 2048 characters.
            output_format: ``outputFormat``. Output image format. `auto` (the default) uses the server default (webp
                with high-quality settings); `png` is lossless; `webp` is equivalent to `auto`. One of: ``auto``,
                ``png``, ``webp``. Server default: ``auto``.
        """
        return await self._create(
            {
                "image_url": image_url,
                "model": model,
                "denoising": denoising,
                "seed": seed,
                "webhook": webhook,
                "output_format": output_format,
            }
        )

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
        """Start a Face refiner task and wait for it: `create`, then `artworks.wait`.

        Raises `ArtworkFailedError`, `ArtworkCanceledError` or `ArtworkTimeoutError`, each carrying the artwork id.

        Args:
            image_url: ``imageUrl``. URL of the source image to refine. At most 2048 characters. Required.
            model: ``model``. Generation model (V2 names carry the `.safetensors` suffix). One of:
                ``tengrai-20231128-m-d.safetensors``, ``tengrai-20240423-m-f.safetensors``.
            denoising: ``denoising``. Denoising strength level from 1 (very subtle) to 5 (extreme). Controls how much
                the face is refined. Range: 1..5. Server default: ``3``.
            seed: ``seed``. Optional random seed for deterministic generation. The pipeline applies the transform
                floor(seed * 1.2) + 17 before submitting to the workflow engine. Omit to let the server pick one. Range:
                1..2,147,483,647.
            webhook: ``webhook``. Optional webhook URL. When provided, the server POSTs the final artwork to it upon
                completion. Must be HTTPS and a publicly routable host: loopback, link-local, private and cloud-metadata
                addresses are rejected. At most 2048 characters.
            output_format: ``outputFormat``. Output image format. `auto` (the default) uses the server default (webp
                with high-quality settings); `png` is lossless; `webp` is equivalent to `auto`. One of: ``auto``,
                ``png``, ``webp``. Server default: ``auto``.
            timeout: total seconds for the whole job, create included (default: the client's ``wait_timeout``).
            on_progress: called with a `StatusEvent` at every poll (a coroutine function is awaited).
        """
        return await self._generate(
            {
                "image_url": image_url,
                "model": model,
                "denoising": denoising,
                "seed": seed,
                "webhook": webhook,
                "output_format": output_format,
            },
            timeout,
            on_progress,
        )


class GeneratedResources:
    """The generated resources of `Tengrai`: one attribute per resource of the spec."""

    quantum: Quantum
    """Quantum: Start a text-to-image generation with the Quantum model. Answers at once with the artwork task; poll it
    with get_artwork or receive it on the webhook when it ends."""

    selena_variete: SelenaVariete
    """Selena Variete: Start an image-to-image generation from a source image. The processing mode (reimagine,
    sketch-to-image, ...) controls how closely the result follows the input."""

    face_refiner: FaceRefiner
    """Face refiner: Clean up and sharpen the faces in an image: for a generated photo whose composition is good but
    whose faces need another pass."""

    def _attach_resources(self, core: Core, runner: SyncRunner) -> None:
        """Create every generated resource on this client."""
        self.quantum = Quantum(core, runner)
        self.selena_variete = SelenaVariete(core, runner)
        self.face_refiner = FaceRefiner(core, runner)


class AsyncGeneratedResources:
    """The generated resources of `AsyncTengrai`: one attribute per resource of the spec."""

    quantum: AsyncQuantum
    """Quantum: Start a text-to-image generation with the Quantum model. Answers at once with the artwork task; poll it
    with get_artwork or receive it on the webhook when it ends."""

    selena_variete: AsyncSelenaVariete
    """Selena Variete: Start an image-to-image generation from a source image. The processing mode (reimagine,
    sketch-to-image, ...) controls how closely the result follows the input."""

    face_refiner: AsyncFaceRefiner
    """Face refiner: Clean up and sharpen the faces in an image: for a generated photo whose composition is good but
    whose faces need another pass."""

    def _attach_resources(self, core: Core, runner: AsyncRunner) -> None:
        """Create every generated resource on this client."""
        self.quantum = AsyncQuantum(core, runner)
        self.selena_variete = AsyncSelenaVariete(core, runner)
        self.face_refiner = AsyncFaceRefiner(core, runner)
