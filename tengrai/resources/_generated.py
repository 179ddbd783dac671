# generated from openapi/tengrai.yaml by make generate — do not edit
"""The client's resources generated from the API description: one class per resource, sync and async.

Generated from ``openapi/tengrai.yaml`` by ``make generate`` (``openapi/generate_sdk.py``) — do not edit. Every
``create_<name>_artwork`` operation becomes ``client.<name>.create``/``generate``; every operation marked
``x-sdk-resource`` a plain request method (see ``openapi/NOTES.md``).
"""

from __future__ import annotations

from collections.abc import AsyncIterator, Iterator, Mapping
from typing import TYPE_CHECKING, Any, Literal, Unpack

from .._literals import (
    ApiKeyDomain,
    ApiKeyScope,
    AspectRatio,
    CameraAngle,
    ColorTone,
    DepthModel,
    DepthNormalizationMode,
    HamiltonAspectRatio,
    HamiltonStyle,
    ImageFormat,
    MintableApiKeyScope,
    Model,
    OutputFormat,
    ProcessingMode,
    PromptMode,
    QuantumAspectRatio,
    QuantumStyle,
    SegmentationMethod,
    Style,
    StyleDnaBackgroundMode,
    V1ApiKeyDomain,
    V1Model,
)
from .._model.answers import ApiKey, ApiKeyRevocation, ImageAsset, TextcraftAnswer, WebhookSecret
from .._model.artwork import V1Artwork
from .._parameters import (
    DepthMapArtworkParameters,
    DetailerUpscalerArtworkParameters,
    FaceRefinerArtworkParameters,
    FaceSwapArtworkParameters,
    HamiltonArtworkParameters,
    PhotoPilotArtworkParameters,
    QuantumArtworkParameters,
    RemoveBackgroundArtworkParameters,
    SegmentationArtworkParameters,
    SelenaArtworkParameters,
    SelenaVarieteArtworkParameters,
    StyleDnaAnchorArtworkParameters,
    StyleDnaArtworkParameters,
    StyleDnaEditArtworkParameters,
    UpscalingArtworkParameters,
)
from ..types import AsyncArtwork, BodyRequestOptions, RequestOptions, SyncArtwork
from ._base import DEFAULT_PAGE_SIZE, AsyncResource, ProgressCallback, SyncResource
from ._v1_saving import AsyncV1ArtworkSaving, V1ArtworkSaving

if TYPE_CHECKING:
    from .._client_state import Core
    from .._engine.runners import AsyncRunner, SyncRunner

__all__ = [
    "V1",
    "AsyncDepthMap",
    "AsyncDetailerUpscaler",
    "AsyncFaceRefiner",
    "AsyncFaceSwap",
    "AsyncHamilton",
    "AsyncOrganizations",
    "AsyncPhotoPilot",
    "AsyncQuantum",
    "AsyncRemoveBackground",
    "AsyncSegmentation",
    "AsyncSelena",
    "AsyncSelenaVariete",
    "AsyncStyleDna",
    "AsyncStyleDnaAnchor",
    "AsyncStyleDnaEdit",
    "AsyncUpscaling",
    "AsyncV1",
    "AsyncV1Artworks",
    "AsyncV1Hamilton",
    "AsyncV1Organizations",
    "AsyncV1StyleDna",
    "AsyncV1Textcraft",
    "AsyncV1Txt2Img",
    "AsyncV1Upscaling",
    "DepthMap",
    "DetailerUpscaler",
    "FaceRefiner",
    "FaceSwap",
    "Hamilton",
    "Organizations",
    "PhotoPilot",
    "Quantum",
    "RemoveBackground",
    "Segmentation",
    "Selena",
    "SelenaVariete",
    "StyleDna",
    "StyleDnaAnchor",
    "StyleDnaEdit",
    "Upscaling",
    "V1Artworks",
    "V1Hamilton",
    "V1Organizations",
    "V1StyleDna",
    "V1Textcraft",
    "V1Txt2Img",
    "V1Upscaling",
]


class V1Artworks(V1ArtworkSaving):
    """``client.v1.artworks``: `list`, `get`.

    For `Tengrai`.
    """

    def list(
        self,
        *,
        limit: int | None = None,
        page_size: int = DEFAULT_PAGE_SIZE,
        timeout: float | None = None,
        **options: Unpack[RequestOptions],
    ) -> Iterator[V1Artwork]:
        """Find artworks (V1).

        List V1 artworks (txt2img and upscaling) created with the calling API key.

        ``GET /v1/artworks`` (operation ``list_v1_artworks``), page after page: iterate
        (``for``) over every item. Pages are fetched lazily, ``page_size`` per request
        (the ``offset``/``limit`` query parameters), as ``client.artworks.list`` does. A bad ``limit`` or
        ``page_size`` raises `ValidationError` here, before any request.

        Args:
            limit: the total number of items to yield (None: all of them).
            page_size: items per request (the API's ``limit`` query parameter and its range).
            timeout: seconds for each page's request, retries included (default: no bound beyond each request's
                ``timeout``, the client's).
            **options: per-request options (`RequestOptions`): ``extra_headers``, ``extra_query``. They go with every
                page request.
        """
        return self._paged("list_v1_artworks", {}, {}, limit, page_size, timeout, options)

    def get(
        self,
        id: str,
        *,
        timeout: float | None = None,
        **options: Unpack[RequestOptions],
    ) -> V1Artwork:
        """Find artwork by ID (V1).

        Fetch one V1 artwork (txt2img or upscaling) created with the calling API key. V1 artworks were made
        synchronously, so their status is already final (`done` or `failed`).

        ``GET /v1/artworks/{id}`` (operation ``get_v1_artwork``).

        Args:
            id: ``id`` (path parameter). The id of the V1 artwork. Required.
            timeout: total seconds for the call, retries included (default: no bound beyond each request's ``timeout``,
                the client's).
            **options: per-request options (`RequestOptions`): ``extra_headers``, ``extra_query``.
        """
        result: V1Artwork = self._call("get_v1_artwork", {"id": id}, {}, {}, timeout, options)
        return result


class V1Txt2Img(SyncResource):
    """``client.v1.txt2img``: `create`.

    For `Tengrai`.
    """

    def create(
        self,
        *,
        model: V1Model | None = None,
        prompt_mode: PromptMode | None = None,
        prompt: str | None = None,
        negative_prompt: str | None = None,
        style: Style | None = None,
        creativity: int | None = None,
        details: int | None = None,
        aspect_ratio: AspectRatio | None = None,
        width: int | None = None,
        height: int | None = None,
        nsfw: bool | None = None,
        timeout: float | None = None,
        **options: Unpack[BodyRequestOptions],
    ) -> V1Artwork:
        """Create txt2img artwork.

        Text-to-image with the V1 API. Synchronous: the answer comes when the artwork is finished (status done or
        failed); the server answers 504 when it gives up waiting.

        ``POST /v1/artworks/txt2img`` (operation ``v1_txt2img``).

        Args:
            model: ``model``. Generation model of the V1 API. One of: ``tengrai-20231128-m-d``,
                ``tengrai-20240423-m-f``. Server default: ``tengrai-20231128-m-d``.
            prompt_mode: ``promptMode``. Prompt enhancement. `seer` enables AI-powered improvement, `servitor` uses the
                prompt as-is. One of: ``seer``, ``servitor``. Server default: ``seer``.
            prompt: ``prompt``. Limited to 256 words; additional content will be truncated. At most 256 words
                (x-max-words). Server default: ``cat``.
            negative_prompt: ``negativePrompt``. Limited to 64 words; additional content will be truncated. At most 64
                words (x-max-words).
            style: ``style``. Style of the Selena family (Selena, Selena Variete, txt2img). One of: ``default``,
                ``portraiture``, ``landscape``, ``photographer``, ``analog``, ``car``, ``food``, ``horror``,
                ``stained-glass``, ``impasto``, ``abstract-ink``, ``illustration``, ``aquarelle``, ``water-cute``,
                ``sphericute``, ``fairytale``, ``machinart``, ``isometric``, ``logo``, ``abstractpen``, ``lineart``,
                ``manga``, ``infiny-weave``, ``infiny-pattern``, ``infiny-flow``. Server default: ``default``.
            creativity: ``creativity``. Creativity from 1 to 5. Range: 1..5. Server default: ``3``.
            details: ``details``. Level of detail from 1 to 5. Range: 1..5. Server default: ``3``.
            aspect_ratio: ``aspectRatio``. Aspect ratio of the Selena family. Defaults to 1:1 (1024 x 1024) when width
                and height are not given. One of: ``1:1``, ``7:9``, ``2:3``, ``4:7``, ``9:16``, ``9:21``, ``9:7``,
                ``3:2``, ``7:4``, ``16:9``, ``21:9``. Server default: ``1:1``.
            width: ``width``. Use aspectRatio instead of custom width and height for better quality. If defined, the
                total area (width x height) must not exceed 1,478,656 pixels (e.g. 1216 x 1216). Range: 512..2048.
            height: ``height``. Use aspectRatio instead of custom width and height for better quality. If defined, the
                total area (width x height) must not exceed 1,478,656 pixels (e.g. 1216 x 1216). Range: 512..2048.
            nsfw: ``nsfw``. Allow NSFW output (shown as false in the page's example; no default stated).
            timeout: total seconds for the call, retries included (default: no bound beyond each request's ``timeout``,
                the client's).
            **options: per-request options (`BodyRequestOptions`): ``extra_headers``, ``extra_query``, ``extra_body``.
        """
        result: V1Artwork = self._call(
            "v1_txt2img",
            {},
            {},
            {
                "model": model,
                "prompt_mode": prompt_mode,
                "prompt": prompt,
                "negative_prompt": negative_prompt,
                "style": style,
                "creativity": creativity,
                "details": details,
                "aspect_ratio": aspect_ratio,
                "width": width,
                "height": height,
                "nsfw": nsfw,
            },
            timeout,
            options,
        )
        return result


class V1Upscaling(SyncResource):
    """``client.v1.upscaling``: `create`.

    For `Tengrai`.
    """

    def create(
        self,
        *,
        image_url: str,
        scale_factor: int | None = None,
        timeout: float | None = None,
        **options: Unpack[BodyRequestOptions],
    ) -> V1Artwork:
        """Create upscaling artwork.

        Upscale an image with the V1 API. Synchronous: the answer comes when the artwork is finished (status done or
        failed); the server answers 504 when it gives up waiting.

        ``POST /v1/artworks/upscaling`` (operation ``v1_upscaling``).

        Args:
            image_url: ``imageUrl``. The URL of the image to be upscaled. Its total area (width x height) must not
                exceed 1,478,656 pixels (e.g. 1216 x 1216); accepted formats are JPEG, JPG, PNG and WebP. Required.
            scale_factor: ``scaleFactor``. Upscaling factor from 2 to 8. Range: 2..8. Server default: ``2``.
            timeout: total seconds for the call, retries included (default: no bound beyond each request's ``timeout``,
                the client's).
            **options: per-request options (`BodyRequestOptions`): ``extra_headers``, ``extra_query``, ``extra_body``.
        """
        result: V1Artwork = self._call(
            "v1_upscaling", {}, {}, {"image_url": image_url, "scale_factor": scale_factor}, timeout, options
        )
        return result


class V1Hamilton(SyncResource):
    """``client.v1.hamilton``: `create`.

    For `Tengrai`.
    """

    def create(
        self,
        *,
        prompt: str | None = None,
        negative_prompt: str | None = None,
        style: HamiltonStyle | None = None,
        prompt_mode: PromptMode | None = None,
        creativity: int | None = None,
        effort: int | None = None,
        aspect_ratio: HamiltonAspectRatio | None = None,
        width: int | None = None,
        height: int | None = None,
        nsfw: bool | None = None,
        transparent_background: bool | None = None,
        high_resolution: bool | None = None,
        timeout: float | None = None,
        **options: Unpack[BodyRequestOptions],
    ) -> V1Artwork:
        """Create Hamilton artwork.

        Text-to-image with Hamilton on the V1 API. Synchronous: the answer comes when the artwork is finished (status
        done or failed); the server answers 504 when it gives up waiting.

        ``POST /v1/artworks/hamilton`` (operation ``v1_hamilton``).

        Args:
            prompt: ``prompt``. Limited to 256 words; additional content will be truncated. At most 256 words
                (x-max-words). Server default: ``cat``.
            negative_prompt: ``negativePrompt``. Limited to 64 words; additional content will be truncated. At most 64
                words (x-max-words).
            style: ``style``. Style of Hamilton. One of: ``default``, ``stained-glass``, ``line-drawing``,
                ``simple-sketch``, ``hand-sketch``, ``coloring-book``, ``plasticine``, ``photographer``, ``analog``,
                ``abstract-flat``, ``surreal``, ``manga``.
            prompt_mode: ``promptMode``. Prompt enhancement. `seer` enables AI-powered improvement, `servitor` uses the
                prompt as-is. One of: ``seer``, ``servitor``. Server default: ``seer``.
            creativity: ``creativity``. Creativity from 1 to 5 (controls the CFG scale). Range: 1..5. Server default:
                ``3``.
            effort: ``effort``. Effort from 1 (fastest) to 5 (best quality). Range: 1..5. Server default: ``3``.
            aspect_ratio: ``aspectRatio``. Aspect ratio of Hamilton, Photo Pilot and Style DNA edit. Defaults to 1:1
                (1024 x 1024) when width and height are not given; 1:1 is 1328 x 1328 with highResolution. One of:
                ``1:1``, ``2:3``, ``3:4``, ``4:3``, ``9:16``, ``3:2``, ``16:9``. Server default: ``1:1``.
            width: ``width``. Use aspectRatio instead of custom width and height for better quality. If defined, the
                total area (width x height) must not exceed 1,478,656 pixels (e.g. 1216 x 1216). Range: 512..2048.
            height: ``height``. Use aspectRatio instead of custom width and height for better quality. If defined, the
                total area (width x height) must not exceed 1,478,656 pixels (e.g. 1216 x 1216). Range: 512..2048.
            nsfw: ``nsfw``. Allow NSFW output.
            transparent_background: ``transparentBackground``. Generate the image on a transparent background.
            high_resolution: ``highResolution``. Larger sizes per aspect ratio (1:1 gives 1328 x 1328 instead of 1024 x
                1024).
            timeout: total seconds for the call, retries included (default: no bound beyond each request's ``timeout``,
                the client's).
            **options: per-request options (`BodyRequestOptions`): ``extra_headers``, ``extra_query``, ``extra_body``.
        """
        result: V1Artwork = self._call(
            "v1_hamilton",
            {},
            {},
            {
                "prompt": prompt,
                "negative_prompt": negative_prompt,
                "style": style,
                "prompt_mode": prompt_mode,
                "creativity": creativity,
                "effort": effort,
                "aspect_ratio": aspect_ratio,
                "width": width,
                "height": height,
                "nsfw": nsfw,
                "transparent_background": transparent_background,
                "high_resolution": high_resolution,
            },
            timeout,
            options,
        )
        return result


class V1StyleDna(SyncResource):
    """``client.v1.style_dna``: `generate`, `generate_asset`, `edit`, `remove_background`.

    For `Tengrai`.
    """

    def generate(
        self,
        *,
        visual_prompt: str,
        anchor_image_url: str,
        description: str,
        aspect_ratio: str | None = None,
        width: float | None = None,
        height: float | None = None,
        image_format: ImageFormat | None = None,
        timeout: float | None = None,
        **options: Unpack[BodyRequestOptions],
    ) -> ImageAsset:
        """Generate image asset.

        Generate an image in a Style DNA. Synchronous: the answer holds the image's URL, which expires at `expiresAt`,
        and the credits used.

        ``POST /v1/style-dna/generate`` (operation ``v1_style_dna_generate``).

        Args:
            visual_prompt: ``visualPrompt``. What the image shows. Required.
            anchor_image_url: ``anchorImageUrl``. URL of the Style DNA's anchor image. Required.
            description: ``description``. Description of the Style DNA. Required.
            aspect_ratio: ``aspectRatio``. Aspect ratio of the image (no values are documented).
            width: ``width``. Width in pixels; the total area (width x height) must not exceed 1,763,584 pixels. Range:
                512..2048.
            height: ``height``. Height in pixels; the total area (width x height) must not exceed 1,763,584 pixels.
                Range: 512..2048.
            image_format: ``imageFormat``. Format of the result image of the Style DNA operations. One of: ``png``,
                ``webp``. Server default: ``png``.
            timeout: total seconds for the call, retries included (default: no bound beyond each request's ``timeout``,
                the client's).
            **options: per-request options (`BodyRequestOptions`): ``extra_headers``, ``extra_query``, ``extra_body``.
        """
        result: ImageAsset = self._call(
            "v1_style_dna_generate",
            {},
            {},
            {
                "visual_prompt": visual_prompt,
                "anchor_image_url": anchor_image_url,
                "description": description,
                "aspect_ratio": aspect_ratio,
                "width": width,
                "height": height,
                "image_format": image_format,
            },
            timeout,
            options,
        )
        return result

    def generate_asset(
        self,
        *,
        visual_prompt: str,
        anchor_image_url: str,
        description: str,
        aspect_ratio: str | None = None,
        width: float | None = None,
        height: float | None = None,
        image_format: ImageFormat | None = None,
        background_mode: StyleDnaBackgroundMode | None = None,
        timeout: float | None = None,
        **options: Unpack[BodyRequestOptions],
    ) -> ImageAsset:
        """Generate asset.

        Generate an asset in a Style DNA, on a transparent, white or chroma-green background. Synchronous: the answer
        holds the image's URL, which expires at `expiresAt`, and the credits used.

        ``POST /v1/style-dna/generate/asset`` (operation ``v1_style_dna_generate_asset``).

        Args:
            visual_prompt: ``visualPrompt``. What the asset shows. Required.
            anchor_image_url: ``anchorImageUrl``. URL of the Style DNA's anchor image. Required.
            description: ``description``. Description of the Style DNA. Required.
            aspect_ratio: ``aspectRatio``. Aspect ratio of the image (no values are documented).
            width: ``width``. Width in pixels; the total area (width x height) must not exceed 1,763,584 pixels. Range:
                512..2048.
            height: ``height``. Height in pixels; the total area (width x height) must not exceed 1,763,584 pixels.
                Range: 512..2048.
            image_format: ``imageFormat``. Format of the result image of the Style DNA operations. One of: ``png``,
                ``webp``. Server default: ``png``.
            background_mode: ``backgroundMode``. The background of a generated Style DNA asset. One of: ``transparent``,
                ``white``, ``chroma_green``. Server default: ``transparent``.
            timeout: total seconds for the call, retries included (default: no bound beyond each request's ``timeout``,
                the client's).
            **options: per-request options (`BodyRequestOptions`): ``extra_headers``, ``extra_query``, ``extra_body``.
        """
        result: ImageAsset = self._call(
            "v1_style_dna_generate_asset",
            {},
            {},
            {
                "visual_prompt": visual_prompt,
                "anchor_image_url": anchor_image_url,
                "description": description,
                "aspect_ratio": aspect_ratio,
                "width": width,
                "height": height,
                "image_format": image_format,
                "background_mode": background_mode,
            },
            timeout,
            options,
        )
        return result

    def edit(
        self,
        *,
        prompt: str | None = None,
        negative_prompt: str | None = None,
        image_guidance: Literal[1, 2, 3],
        modification: float,
        creativity: float,
        effort: float,
        aspect_ratio: HamiltonAspectRatio | None = None,
        width: float | None = None,
        height: float | None = None,
        image_url: str,
        image_format: ImageFormat | None = None,
        timeout: float | None = None,
        **options: Unpack[BodyRequestOptions],
    ) -> ImageAsset:
        """Edit image asset.

        Edit an image with a change prompt. Synchronous: the answer holds the edited image's URL, which expires at
        `expiresAt`, and the credits used.

        ``POST /v1/style-dna/edit`` (operation ``v1_style_dna_edit``).

        Args:
            prompt: ``prompt``. Limited to 256 words; additional content will be truncated. At most 256 words
                (x-max-words). Server default: ``cat``.
            negative_prompt: ``negativePrompt``. Limited to 64 words; additional content will be truncated. At most 64
                words (x-max-words). Server default: ````.
            image_guidance: ``imageGuidance``. How closely the result follows the source image. One of: ``1``, ``2``,
                ``3``. Required.
            modification: ``modification``. How much the image is changed, from 1 to 5. Range: 1..5. Required.
            creativity: ``creativity``. Creativity from 1 to 5. Range: 1..5. Required.
            effort: ``effort``. Effort from 1 (fastest) to 5 (best quality). Range: 1..5. Required.
            aspect_ratio: ``aspectRatio``. Aspect ratio of Hamilton, Photo Pilot and Style DNA edit. Defaults to 1:1
                (1024 x 1024) when width and height are not given; 1:1 is 1328 x 1328 with highResolution. One of:
                ``1:1``, ``2:3``, ``3:4``, ``4:3``, ``9:16``, ``3:2``, ``16:9``. Server default: ``1:1``.
            width: ``width``. Width in pixels; the total area (width x height) must not exceed 1,763,584 pixels. Range:
                512..2048.
            height: ``height``. Height in pixels; the total area (width x height) must not exceed 1,763,584 pixels.
                Range: 512..2048.
            image_url: ``imageUrl``. URL of the image to edit. Required.
            image_format: ``imageFormat``. Format of the result image of the Style DNA operations. One of: ``png``,
                ``webp``. Server default: ``png``.
            timeout: total seconds for the call, retries included (default: no bound beyond each request's ``timeout``,
                the client's).
            **options: per-request options (`BodyRequestOptions`): ``extra_headers``, ``extra_query``, ``extra_body``.
        """
        result: ImageAsset = self._call(
            "v1_style_dna_edit",
            {},
            {},
            {
                "prompt": prompt,
                "negative_prompt": negative_prompt,
                "image_guidance": image_guidance,
                "modification": modification,
                "creativity": creativity,
                "effort": effort,
                "aspect_ratio": aspect_ratio,
                "width": width,
                "height": height,
                "image_url": image_url,
                "image_format": image_format,
            },
            timeout,
            options,
        )
        return result

    def remove_background(
        self,
        *,
        image_url: str,
        image_format: ImageFormat | None = None,
        timeout: float | None = None,
        **options: Unpack[BodyRequestOptions],
    ) -> ImageAsset:
        """Remove background.

        Remove the background of an image (at most 2048 x 2048 and 1,763,584 pixels). Synchronous: the answer holds the
        result's URL, which expires at `expiresAt`, and the credits used.

        ``POST /v1/style-dna/remove-background`` (operation ``v1_style_dna_remove_background``).

        Args:
            image_url: ``imageUrl``. URL of the image. It must be at most 2048 x 2048 pixels and 1,763,584 pixels in
                total area. Required.
            image_format: ``imageFormat``. Format of the result image of the Style DNA operations. One of: ``png``,
                ``webp``. Server default: ``png``.
            timeout: total seconds for the call, retries included (default: no bound beyond each request's ``timeout``,
                the client's).
            **options: per-request options (`BodyRequestOptions`): ``extra_headers``, ``extra_query``, ``extra_body``.
        """
        result: ImageAsset = self._call(
            "v1_style_dna_remove_background",
            {},
            {},
            {"image_url": image_url, "image_format": image_format},
            timeout,
            options,
        )
        return result


class V1Textcraft(SyncResource):
    """``client.v1.textcraft``: `create`.

    For `Tengrai`.
    """

    def create(
        self,
        *,
        prompt: str,
        model: str,
        temperature: float | None = None,
        max_tokens: float | None = None,
        image_url: str | None = None,
        image_data: str | None = None,
        thinking: bool | None = None,
        reasoning_config: Mapping[str, Any] | None = None,
        tools: Mapping[str, Any] | None = None,
        additional_model_request_fields: Mapping[str, Any] | None = None,
        timeout: float | None = None,
        **options: Unpack[BodyRequestOptions],
    ) -> TextcraftAnswer:
        """Textcraft.

        Call a language model with a text prompt and optionally an image. Synchronous: the answer holds the model's
        text, the tokens used (input and output) and the credits used.

        ``POST /v1/textcraft`` (operation ``v1_textcraft``).

        Args:
            prompt: ``prompt``. The text prompt. Required.
            model: ``model``. The model to call (its name as listed by GET /v1/textcraft/models, which is not
                documented). Required.
            temperature: ``temperature``. Sampling temperature (not together with thinking).
            max_tokens: ``maxTokens``. The most tokens to produce (default: the model's maximum).
            image_url: ``imageUrl``. URL of an image to send with the prompt (vision models only).
            image_data: ``imageData``. Base64 image data to send with the prompt (vision models only).
            thinking: ``thinking``. Ask for the model's reasoning (returned in `reasoning`; ignored by models without
                it).
            reasoning_config: ``reasoningConfig``. Extended reasoning settings (Claude on Bedrock only).
            tools: ``tools``. Tools the model may call, by name: each with a `description` and its `parameters`
                (parameter name -> its description). The calls come back in `toolCalls`.
            additional_model_request_fields: ``additionalModelRequestFields``. More fields for the model, passed on to
                the Bedrock Converse API as they are (any JSON object; the SDK checks only that it is one).
            timeout: total seconds for the call, retries included (default: no bound beyond each request's ``timeout``,
                the client's).
            **options: per-request options (`BodyRequestOptions`): ``extra_headers``, ``extra_query``, ``extra_body``.
        """
        result: TextcraftAnswer = self._call(
            "v1_textcraft",
            {},
            {},
            {
                "prompt": prompt,
                "model": model,
                "temperature": temperature,
                "max_tokens": max_tokens,
                "image_url": image_url,
                "image_data": image_data,
                "thinking": thinking,
                "reasoning_config": reasoning_config,
                "tools": tools,
                "additional_model_request_fields": additional_model_request_fields,
            },
            timeout,
            options,
        )
        return result


class V1Organizations(SyncResource):
    """``client.v1.organizations``: `create_api_key`, `revoke_api_key`, `rotate_webhook_secret`.

    For `Tengrai`.
    """

    def create_api_key(
        self,
        org_id: str,
        *,
        label: str,
        scope: ApiKeyScope,
        domains: list[V1ApiKeyDomain],
        credits: int | None = None,
        timeout: float | None = None,
        **options: Unpack[BodyRequestOptions],
    ) -> ApiKey:
        """Create a new API key for an organization (V1).

        Mint a key for the organization with the V1 domain names. An admin key's domains are set to ['*'] by the server.
        The answer holds the full key in `apiKey` this once only; store it.

        ``POST /v1/organizations/{orgId}/api-keys`` (operation ``v1_create_api_key``).

        Args:
            org_id: ``orgId`` (path parameter). The organization's id. Required.
            label: ``label``. A name for the key (1 to 100 characters), shown in key listings. At most 100 characters.
                Required.
            scope: ``scope``. The key's scope. One of: ``generator``, ``manager``, ``admin``. Required.
            domains: ``domains``. The areas of the API the key may call (at least one); an admin key's domains are set
                to ['*']. Each one of: ``artworks``, ``style-dna``, ``textcraft``, ``*``. At least 1 item(s). Required.
            credits: ``credits``. Credits allotted to the key. Server default: ``0``.
            timeout: total seconds for the call, retries included (default: no bound beyond each request's ``timeout``,
                the client's).
            **options: per-request options (`BodyRequestOptions`): ``extra_headers``, ``extra_query``, ``extra_body``.
        """
        result: ApiKey = self._call(
            "v1_create_api_key",
            {"orgId": org_id},
            {},
            {"label": label, "scope": scope, "domains": domains, "credits": credits},
            timeout,
            options,
        )
        return result

    def revoke_api_key(
        self,
        org_id: str,
        key_id: str,
        *,
        timeout: float | None = None,
        **options: Unpack[RequestOptions],
    ) -> ApiKeyRevocation:
        """Revoke an API key (V1).

        Revoke one of the organization's keys, at once and for good (the same contract as the V2 operation).

        ``DELETE /v1/organizations/{orgId}/api-keys/{keyId}`` (operation ``v1_revoke_api_key``).

        Args:
            org_id: ``orgId`` (path parameter). The organization's id. Required.
            key_id: ``keyId`` (path parameter). The id of the key (its `keyId`, not the key itself). Required.
            timeout: total seconds for the call, retries included (default: no bound beyond each request's ``timeout``,
                the client's).
            **options: per-request options (`RequestOptions`): ``extra_headers``, ``extra_query``.
        """
        result: ApiKeyRevocation = self._call(
            "v1_revoke_api_key", {"orgId": org_id, "keyId": key_id}, {}, {}, timeout, options
        )
        return result

    def rotate_webhook_secret(
        self,
        org_id: str,
        *,
        timeout: float | None = None,
        **options: Unpack[RequestOptions],
    ) -> WebhookSecret:
        """Generate or rotate the webhook secret (V1).

        Generate a fresh webhook secret for the organization, replacing the current one at once (the same contract as
        the V2 operation). The answer is the only time the secret is shown.

        ``POST /v1/organizations/{orgId}/webhook-secret`` (operation ``v1_rotate_webhook_secret``).

        Args:
            org_id: ``orgId`` (path parameter). The organization's id. Required.
            timeout: total seconds for the call, retries included (default: no bound beyond each request's ``timeout``,
                the client's).
            **options: per-request options (`RequestOptions`): ``extra_headers``, ``extra_query``.
        """
        result: WebhookSecret = self._call("v1_rotate_webhook_secret", {"orgId": org_id}, {}, {}, timeout, options)
        return result


class V1(SyncResource):
    """``client.v1``: `artworks`, `txt2img`, `upscaling`, `hamilton`, `style_dna`, `textcraft`, `organizations`.

    For `Tengrai`.
    """

    artworks: V1Artworks

    txt2img: V1Txt2Img

    upscaling: V1Upscaling

    hamilton: V1Hamilton

    style_dna: V1StyleDna

    textcraft: V1Textcraft

    organizations: V1Organizations

    def __init__(self, core: Core, runner: SyncRunner) -> None:
        super().__init__(core, runner)
        self.artworks = V1Artworks(core, runner)
        self.txt2img = V1Txt2Img(core, runner)
        self.upscaling = V1Upscaling(core, runner)
        self.hamilton = V1Hamilton(core, runner)
        self.style_dna = V1StyleDna(core, runner)
        self.textcraft = V1Textcraft(core, runner)
        self.organizations = V1Organizations(core, runner)


class Organizations(SyncResource):
    """``client.organizations``: `create_api_key`, `revoke_api_key`, `rotate_webhook_secret`.

    For `Tengrai`.
    """

    def create_api_key(
        self,
        org_id: str,
        *,
        label: str,
        scope: MintableApiKeyScope,
        domains: list[ApiKeyDomain],
        credits: int | None = None,
        timeout: float | None = None,
        **options: Unpack[BodyRequestOptions],
    ) -> ApiKey:
        """Create API key.

        Mint a manager or generator key for the organization (admin keys cannot be minted: Tengr.ai creates them). The
        answer holds the full key in `apiKey` this once only; store it. Needs an admin key whose domains include every
        requested domain.

        ``POST /v2/organizations/{orgId}/api-keys`` (operation ``create_api_key``).

        Args:
            org_id: ``orgId`` (path parameter). The organization's id. Required.
            label: ``label``. A name for the key (1 to 100 characters), shown in key listings. At most 100 characters.
                Required.
            scope: ``scope``. The key's scope, manager or generator (admin keys cannot be minted). One of: ``manager``,
                ``generator``. Required.
            domains: ``domains``. The areas of the API the key may call (at least one); they must be a subset of the
                calling admin key's domains. Each one of: ``artworks-internal``, ``style-dna``, ``textcraft``. At least
                1 item(s). Required.
            credits: ``credits``. Credits allotted to the key. Server default: ``0``.
            timeout: total seconds for the call, retries included (default: no bound beyond each request's ``timeout``,
                the client's).
            **options: per-request options (`BodyRequestOptions`): ``extra_headers``, ``extra_query``, ``extra_body``.
        """
        result: ApiKey = self._call(
            "create_api_key",
            {"orgId": org_id},
            {},
            {"label": label, "scope": scope, "domains": domains, "credits": credits},
            timeout,
            options,
        )
        return result

    def revoke_api_key(
        self,
        org_id: str,
        key_id: str,
        *,
        timeout: float | None = None,
        **options: Unpack[RequestOptions],
    ) -> ApiKeyRevocation:
        """Revoke API key.

        Revoke one of the organization's manager or generator keys, at once and for good: requests with it are refused
        with 401 from then on.

        ``DELETE /v2/organizations/{orgId}/api-keys/{keyId}`` (operation ``revoke_api_key``).

        Args:
            org_id: ``orgId`` (path parameter). The organization's id. Required.
            key_id: ``keyId`` (path parameter). The id of the key (its `keyId`, not the key itself). Required.
            timeout: total seconds for the call, retries included (default: no bound beyond each request's ``timeout``,
                the client's).
            **options: per-request options (`RequestOptions`): ``extra_headers``, ``extra_query``.
        """
        result: ApiKeyRevocation = self._call(
            "revoke_api_key", {"orgId": org_id, "keyId": key_id}, {}, {}, timeout, options
        )
        return result

    def rotate_webhook_secret(
        self,
        org_id: str,
        *,
        timeout: float | None = None,
        **options: Unpack[RequestOptions],
    ) -> WebhookSecret:
        """Rotate webhook secret.

        Generate a fresh webhook secret for the organization, replacing the current one at once (there is no overlap
        period). Webhook deliveries are signed with it from then on. The answer is the only time the secret is shown.

        ``POST /v2/organizations/{orgId}/webhook-secret`` (operation ``rotate_webhook_secret``).

        Args:
            org_id: ``orgId`` (path parameter). The organization's id. Required.
            timeout: total seconds for the call, retries included (default: no bound beyond each request's ``timeout``,
                the client's).
            **options: per-request options (`RequestOptions`): ``extra_headers``, ``extra_query``.
        """
        result: WebhookSecret = self._call("rotate_webhook_secret", {"orgId": org_id}, {}, {}, timeout, options)
        return result


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
        timeout: float | None = None,
        **options: Unpack[BodyRequestOptions],
    ) -> SyncArtwork[QuantumArtworkParameters]:
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
                addresses are rejected.
            output_format: ``outputFormat``. Output image format. `auto` (the default) uses the server default (webp
                with high-quality settings); `png` is lossless; `webp` is equivalent to `auto`. One of: ``auto``,
                ``png``, ``webp``. Server default: ``auto``.
            timeout: total seconds for the call, retries included (default: no bound beyond each request's ``timeout``,
                the client's).
            **options: per-request options (`BodyRequestOptions`): ``extra_headers``, ``extra_query``, ``extra_body``.
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
            },
            timeout,
            options,
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
        **options: Unpack[BodyRequestOptions],
    ) -> SyncArtwork[QuantumArtworkParameters]:
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
                addresses are rejected.
            output_format: ``outputFormat``. Output image format. `auto` (the default) uses the server default (webp
                with high-quality settings); `png` is lossless; `webp` is equivalent to `auto`. One of: ``auto``,
                ``png``, ``webp``. Server default: ``auto``.
            timeout: total seconds for the whole job, create included (default: the client's ``wait_timeout``).
            on_progress: called with a `StatusEvent` at every poll.
            **options: per-request options (`BodyRequestOptions`): ``extra_headers``, ``extra_query``, ``extra_body``.
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
            options,
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
        timeout: float | None = None,
        **options: Unpack[BodyRequestOptions],
    ) -> SyncArtwork[SelenaVarieteArtworkParameters]:
        """Start a Selena Variete task and return its artwork at once (status ``starting``).

        Arguments are checked against the API's documented rules first; a broken rule raises `ValidationError`
        and nothing is sent. None means "not given" (the server applies its default).

        Args:
            image_url: ``imageUrl``. URL of the source image to process. Required.
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
                addresses are rejected.
            timeout: total seconds for the call, retries included (default: no bound beyond each request's ``timeout``,
                the client's).
            **options: per-request options (`BodyRequestOptions`): ``extra_headers``, ``extra_query``, ``extra_body``.
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
            },
            timeout,
            options,
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
        **options: Unpack[BodyRequestOptions],
    ) -> SyncArtwork[SelenaVarieteArtworkParameters]:
        """Start a Selena Variete task and wait for it: `create`, then `artworks.wait`.

        Raises `ArtworkFailedError`, `ArtworkCanceledError` or `ArtworkTimeoutError`, each carrying the artwork id.

        Args:
            image_url: ``imageUrl``. URL of the source image to process. Required.
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
                addresses are rejected.
            timeout: total seconds for the whole job, create included (default: the client's ``wait_timeout``).
            on_progress: called with a `StatusEvent` at every poll.
            **options: per-request options (`BodyRequestOptions`): ``extra_headers``, ``extra_query``, ``extra_body``.
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
            options,
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
        timeout: float | None = None,
        **options: Unpack[BodyRequestOptions],
    ) -> SyncArtwork[FaceRefinerArtworkParameters]:
        """Start a Face refiner task and return its artwork at once (status ``starting``).

        Arguments are checked against the API's documented rules first; a broken rule raises `ValidationError`
        and nothing is sent. None means "not given" (the server applies its default).

        Args:
            image_url: ``imageUrl``. URL of the source image to refine. Required.
            model: ``model``. Generation model (V2 names carry the `.safetensors` suffix). One of:
                ``tengrai-20231128-m-d.safetensors``, ``tengrai-20240423-m-f.safetensors``.
            denoising: ``denoising``. Denoising strength level from 1 (very subtle) to 5 (extreme). Controls how much
                the face is refined. Range: 1..5. Server default: ``3``.
            seed: ``seed``. Optional random seed for deterministic generation. The pipeline applies the transform
                floor(seed * 1.2) + 17 before submitting to the workflow engine. Omit to let the server pick one. Range:
                1..2,147,483,647.
            webhook: ``webhook``. Optional webhook URL. When provided, the server POSTs the final artwork to it upon
                completion. Must be HTTPS and a publicly routable host: loopback, link-local, private and cloud-metadata
                addresses are rejected.
            output_format: ``outputFormat``. Output image format. `auto` (the default) uses the server default (webp
                with high-quality settings); `png` is lossless; `webp` is equivalent to `auto`. One of: ``auto``,
                ``png``, ``webp``. Server default: ``auto``.
            timeout: total seconds for the call, retries included (default: no bound beyond each request's ``timeout``,
                the client's).
            **options: per-request options (`BodyRequestOptions`): ``extra_headers``, ``extra_query``, ``extra_body``.
        """
        return self._create(
            {
                "image_url": image_url,
                "model": model,
                "denoising": denoising,
                "seed": seed,
                "webhook": webhook,
                "output_format": output_format,
            },
            timeout,
            options,
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
        **options: Unpack[BodyRequestOptions],
    ) -> SyncArtwork[FaceRefinerArtworkParameters]:
        """Start a Face refiner task and wait for it: `create`, then `artworks.wait`.

        Raises `ArtworkFailedError`, `ArtworkCanceledError` or `ArtworkTimeoutError`, each carrying the artwork id.

        Args:
            image_url: ``imageUrl``. URL of the source image to refine. Required.
            model: ``model``. Generation model (V2 names carry the `.safetensors` suffix). One of:
                ``tengrai-20231128-m-d.safetensors``, ``tengrai-20240423-m-f.safetensors``.
            denoising: ``denoising``. Denoising strength level from 1 (very subtle) to 5 (extreme). Controls how much
                the face is refined. Range: 1..5. Server default: ``3``.
            seed: ``seed``. Optional random seed for deterministic generation. The pipeline applies the transform
                floor(seed * 1.2) + 17 before submitting to the workflow engine. Omit to let the server pick one. Range:
                1..2,147,483,647.
            webhook: ``webhook``. Optional webhook URL. When provided, the server POSTs the final artwork to it upon
                completion. Must be HTTPS and a publicly routable host: loopback, link-local, private and cloud-metadata
                addresses are rejected.
            output_format: ``outputFormat``. Output image format. `auto` (the default) uses the server default (webp
                with high-quality settings); `png` is lossless; `webp` is equivalent to `auto`. One of: ``auto``,
                ``png``, ``webp``. Server default: ``auto``.
            timeout: total seconds for the whole job, create included (default: the client's ``wait_timeout``).
            on_progress: called with a `StatusEvent` at every poll.
            **options: per-request options (`BodyRequestOptions`): ``extra_headers``, ``extra_query``, ``extra_body``.
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
            options,
        )


class Selena(SyncResource):
    """Selena: Start a text-to-image generation with Selena, the workhorse model. Answers at once with the artwork task;
    poll it with get_artwork or receive it on the webhook when it ends. No page documents this endpoint: its request
    is the Selena artwork's parameters (see openapi/NOTES.md).

    ``client.selena`` of `Tengrai`: operation ``create_selena_artwork``
    (``POST /v2/artworks/selena``).
    """

    _operation = "create_selena_artwork"

    def create(
        self,
        *,
        model: Model | None = None,
        batch: int | None = None,
        prompt_mode: PromptMode | None = None,
        prompt: str | None = None,
        negative_prompt: str | None = None,
        style: Style | None = None,
        creativity: int | None = None,
        details: int | None = None,
        aspect_ratio: AspectRatio | None = None,
        width: int | None = None,
        height: int | None = None,
        nsfw: bool | None = None,
        transparent_background: bool | None = None,
        color_tone: ColorTone | None = None,
        camera_angle: CameraAngle | None = None,
        webhook: str | None = None,
        timeout: float | None = None,
        **options: Unpack[BodyRequestOptions],
    ) -> SyncArtwork[SelenaArtworkParameters]:
        """Start a Selena task and return its artwork at once (status ``starting``).

        Arguments are checked against the API's documented rules first; a broken rule raises `ValidationError`
        and nothing is sent. None means "not given" (the server applies its default).

        Args:
            model: ``model``. Generation model (V2 names carry the `.safetensors` suffix). One of:
                ``tengrai-20231128-m-d.safetensors``, ``tengrai-20240423-m-f.safetensors``.
            batch: ``batch``. Number of images to generate per task (1-2). Default 2. Range: 1..2. Server default:
                ``2``.
            prompt_mode: ``promptMode``. Prompt enhancement. `seer` enables AI-powered improvement, `servitor` uses the
                prompt as-is. One of: ``seer``, ``servitor``. Server default: ``servitor``.
            prompt: ``prompt``. Limited to 256 words; additional content will be truncated. At most 256 words
                (x-max-words). Server default: ``cat``.
            negative_prompt: ``negativePrompt``. Limited to 64 words; additional content will be truncated. At most 64
                words (x-max-words).
            style: ``style``. Style of the Selena family (Selena, Selena Variete, txt2img). One of: ``default``,
                ``portraiture``, ``landscape``, ``photographer``, ``analog``, ``car``, ``food``, ``horror``,
                ``stained-glass``, ``impasto``, ``abstract-ink``, ``illustration``, ``aquarelle``, ``water-cute``,
                ``sphericute``, ``fairytale``, ``machinart``, ``isometric``, ``logo``, ``abstractpen``, ``lineart``,
                ``manga``, ``infiny-weave``, ``infiny-pattern``, ``infiny-flow``. Server default: ``default``.
            creativity: ``creativity``. Creativity from 1 to 5. Range: 1..5. Server default: ``3``.
            details: ``details``. Level of detail from 1 to 5. Range: 1..5. Server default: ``3``.
            aspect_ratio: ``aspectRatio``. Aspect ratio of the Selena family. Defaults to 1:1 (1024 x 1024) when width
                and height are not given. One of: ``1:1``, ``7:9``, ``2:3``, ``4:7``, ``9:16``, ``9:21``, ``9:7``,
                ``3:2``, ``7:4``, ``16:9``, ``21:9``. Server default: ``1:1``.
            width: ``width``. Use aspectRatio instead of custom width and height for better quality. If defined, the
                total area (width x height) must not exceed 1,478,656 pixels (e.g. 1216 x 1216). Range: 512..2048.
            height: ``height``. Use aspectRatio instead of custom width and height for better quality. If defined, the
                total area (width x height) must not exceed 1,478,656 pixels (e.g. 1216 x 1216). Range: 512..2048.
            nsfw: ``nsfw``. Set to true to allow NSFW output. When false (the default), safety negatives are injected
                into the negative prompt to suppress NSFW content. Server default: ``false``.
            transparent_background: ``transparentBackground``. Generate the image on a transparent background. Server
                default: ``false``.
            color_tone: ``colorTone``. Overall color palette. Prepended to the prompt; flows through SEER improvement.
                One of: ``cool``, ``warm``, ``blackAndWhite``, ``pastel``, ``vibrantColors``, ``sepia``,
                ``mutedColors``, ``neonColors``.
            camera_angle: ``cameraAngle``. Camera framing or perspective. Prepended to the prompt; flows through SEER
                improvement. One of: ``closeUp``, ``eyeLevel``, ``lowAngle``, ``highAngle``, ``wormsEye``, ``birdsEye``,
                ``fishEye``, ``aerialView``, ``dutchAngle``, ``firstPersonView``.
            webhook: ``webhook``. Optional webhook URL. When provided, the server POSTs the final artwork to it upon
                completion. Must be HTTPS and a publicly routable host: loopback, link-local, private and cloud-metadata
                addresses are rejected.
            timeout: total seconds for the call, retries included (default: no bound beyond each request's ``timeout``,
                the client's).
            **options: per-request options (`BodyRequestOptions`): ``extra_headers``, ``extra_query``, ``extra_body``.
        """
        return self._create(
            {
                "model": model,
                "batch": batch,
                "prompt_mode": prompt_mode,
                "prompt": prompt,
                "negative_prompt": negative_prompt,
                "style": style,
                "creativity": creativity,
                "details": details,
                "aspect_ratio": aspect_ratio,
                "width": width,
                "height": height,
                "nsfw": nsfw,
                "transparent_background": transparent_background,
                "color_tone": color_tone,
                "camera_angle": camera_angle,
                "webhook": webhook,
            },
            timeout,
            options,
        )

    def generate(
        self,
        *,
        model: Model | None = None,
        batch: int | None = None,
        prompt_mode: PromptMode | None = None,
        prompt: str | None = None,
        negative_prompt: str | None = None,
        style: Style | None = None,
        creativity: int | None = None,
        details: int | None = None,
        aspect_ratio: AspectRatio | None = None,
        width: int | None = None,
        height: int | None = None,
        nsfw: bool | None = None,
        transparent_background: bool | None = None,
        color_tone: ColorTone | None = None,
        camera_angle: CameraAngle | None = None,
        webhook: str | None = None,
        timeout: float | None = None,
        on_progress: ProgressCallback | None = None,
        **options: Unpack[BodyRequestOptions],
    ) -> SyncArtwork[SelenaArtworkParameters]:
        """Start a Selena task and wait for it: `create`, then `artworks.wait`.

        Raises `ArtworkFailedError`, `ArtworkCanceledError` or `ArtworkTimeoutError`, each carrying the artwork id.

        Args:
            model: ``model``. Generation model (V2 names carry the `.safetensors` suffix). One of:
                ``tengrai-20231128-m-d.safetensors``, ``tengrai-20240423-m-f.safetensors``.
            batch: ``batch``. Number of images to generate per task (1-2). Default 2. Range: 1..2. Server default:
                ``2``.
            prompt_mode: ``promptMode``. Prompt enhancement. `seer` enables AI-powered improvement, `servitor` uses the
                prompt as-is. One of: ``seer``, ``servitor``. Server default: ``servitor``.
            prompt: ``prompt``. Limited to 256 words; additional content will be truncated. At most 256 words
                (x-max-words). Server default: ``cat``.
            negative_prompt: ``negativePrompt``. Limited to 64 words; additional content will be truncated. At most 64
                words (x-max-words).
            style: ``style``. Style of the Selena family (Selena, Selena Variete, txt2img). One of: ``default``,
                ``portraiture``, ``landscape``, ``photographer``, ``analog``, ``car``, ``food``, ``horror``,
                ``stained-glass``, ``impasto``, ``abstract-ink``, ``illustration``, ``aquarelle``, ``water-cute``,
                ``sphericute``, ``fairytale``, ``machinart``, ``isometric``, ``logo``, ``abstractpen``, ``lineart``,
                ``manga``, ``infiny-weave``, ``infiny-pattern``, ``infiny-flow``. Server default: ``default``.
            creativity: ``creativity``. Creativity from 1 to 5. Range: 1..5. Server default: ``3``.
            details: ``details``. Level of detail from 1 to 5. Range: 1..5. Server default: ``3``.
            aspect_ratio: ``aspectRatio``. Aspect ratio of the Selena family. Defaults to 1:1 (1024 x 1024) when width
                and height are not given. One of: ``1:1``, ``7:9``, ``2:3``, ``4:7``, ``9:16``, ``9:21``, ``9:7``,
                ``3:2``, ``7:4``, ``16:9``, ``21:9``. Server default: ``1:1``.
            width: ``width``. Use aspectRatio instead of custom width and height for better quality. If defined, the
                total area (width x height) must not exceed 1,478,656 pixels (e.g. 1216 x 1216). Range: 512..2048.
            height: ``height``. Use aspectRatio instead of custom width and height for better quality. If defined, the
                total area (width x height) must not exceed 1,478,656 pixels (e.g. 1216 x 1216). Range: 512..2048.
            nsfw: ``nsfw``. Set to true to allow NSFW output. When false (the default), safety negatives are injected
                into the negative prompt to suppress NSFW content. Server default: ``false``.
            transparent_background: ``transparentBackground``. Generate the image on a transparent background. Server
                default: ``false``.
            color_tone: ``colorTone``. Overall color palette. Prepended to the prompt; flows through SEER improvement.
                One of: ``cool``, ``warm``, ``blackAndWhite``, ``pastel``, ``vibrantColors``, ``sepia``,
                ``mutedColors``, ``neonColors``.
            camera_angle: ``cameraAngle``. Camera framing or perspective. Prepended to the prompt; flows through SEER
                improvement. One of: ``closeUp``, ``eyeLevel``, ``lowAngle``, ``highAngle``, ``wormsEye``, ``birdsEye``,
                ``fishEye``, ``aerialView``, ``dutchAngle``, ``firstPersonView``.
            webhook: ``webhook``. Optional webhook URL. When provided, the server POSTs the final artwork to it upon
                completion. Must be HTTPS and a publicly routable host: loopback, link-local, private and cloud-metadata
                addresses are rejected.
            timeout: total seconds for the whole job, create included (default: the client's ``wait_timeout``).
            on_progress: called with a `StatusEvent` at every poll.
            **options: per-request options (`BodyRequestOptions`): ``extra_headers``, ``extra_query``, ``extra_body``.
        """
        return self._generate(
            {
                "model": model,
                "batch": batch,
                "prompt_mode": prompt_mode,
                "prompt": prompt,
                "negative_prompt": negative_prompt,
                "style": style,
                "creativity": creativity,
                "details": details,
                "aspect_ratio": aspect_ratio,
                "width": width,
                "height": height,
                "nsfw": nsfw,
                "transparent_background": transparent_background,
                "color_tone": color_tone,
                "camera_angle": camera_angle,
                "webhook": webhook,
            },
            timeout,
            on_progress,
            options,
        )


class Hamilton(SyncResource):
    """Hamilton: Start a text-to-image generation with the Hamilton model; poll the task or wire a webhook.

    ``client.hamilton`` of `Tengrai`: operation ``create_hamilton_artwork``
    (``POST /v2/artworks/hamilton``).
    """

    _operation = "create_hamilton_artwork"

    def create(
        self,
        *,
        prompt: str | None = None,
        negative_prompt: str | None = None,
        style: HamiltonStyle | None = None,
        prompt_mode: PromptMode | None = None,
        creativity: int | None = None,
        effort: int | None = None,
        aspect_ratio: HamiltonAspectRatio | None = None,
        width: int | None = None,
        height: int | None = None,
        nsfw: bool | None = None,
        high_resolution: bool | None = None,
        webhook: str | None = None,
        timeout: float | None = None,
        **options: Unpack[BodyRequestOptions],
    ) -> SyncArtwork[HamiltonArtworkParameters]:
        """Start a Hamilton task and return its artwork at once (status ``starting``).

        Arguments are checked against the API's documented rules first; a broken rule raises `ValidationError`
        and nothing is sent. None means "not given" (the server applies its default).

        Args:
            prompt: ``prompt``. Limited to 256 words; additional content will be truncated. At most 256 words
                (x-max-words). Server default: ``cat``.
            negative_prompt: ``negativePrompt``. Limited to 64 words; additional content will be truncated. At most 64
                words (x-max-words).
            style: ``style``. Style of Hamilton. One of: ``default``, ``stained-glass``, ``line-drawing``,
                ``simple-sketch``, ``hand-sketch``, ``coloring-book``, ``plasticine``, ``photographer``, ``analog``,
                ``abstract-flat``, ``surreal``, ``manga``.
            prompt_mode: ``promptMode``. Prompt enhancement. `seer` enables AI-powered improvement, `servitor` uses the
                prompt as-is. One of: ``seer``, ``servitor``. Server default: ``servitor``.
            creativity: ``creativity``. Creativity from 1 to 5 (controls the CFG scale). Range: 1..5. Server default:
                ``3``.
            effort: ``effort``. Effort from 1 (fastest) to 5 (best quality). Range: 1..5. Server default: ``3``.
            aspect_ratio: ``aspectRatio``. Aspect ratio of Hamilton, Photo Pilot and Style DNA edit. Defaults to 1:1
                (1024 x 1024) when width and height are not given; 1:1 is 1328 x 1328 with highResolution. One of:
                ``1:1``, ``2:3``, ``3:4``, ``4:3``, ``9:16``, ``3:2``, ``16:9``. Server default: ``1:1``.
            width: ``width``. Use aspectRatio instead of custom width and height for better quality. If defined, the
                total area (width x height) must not exceed 1,478,656 pixels, or 1,763,584 pixels with highResolution.
                Range: 512..2048.
            height: ``height``. Use aspectRatio instead of custom width and height for better quality. If defined, the
                total area (width x height) must not exceed 1,478,656 pixels, or 1,763,584 pixels with highResolution.
                Range: 512..2048.
            nsfw: ``nsfw``. Set to true to allow NSFW output. When false (the default), safety negatives are injected
                into the negative prompt to suppress NSFW content. Server default: ``false``.
            high_resolution: ``highResolution``. Larger sizes per aspect ratio (1:1 gives 1328 x 1328 instead of 1024 x
                1024). Server default: ``false``.
            webhook: ``webhook``. Optional webhook URL. When provided, the server POSTs the final artwork to it upon
                completion. Must be HTTPS and a publicly routable host: loopback, link-local, private and cloud-metadata
                addresses are rejected.
            timeout: total seconds for the call, retries included (default: no bound beyond each request's ``timeout``,
                the client's).
            **options: per-request options (`BodyRequestOptions`): ``extra_headers``, ``extra_query``, ``extra_body``.
        """
        return self._create(
            {
                "prompt": prompt,
                "negative_prompt": negative_prompt,
                "style": style,
                "prompt_mode": prompt_mode,
                "creativity": creativity,
                "effort": effort,
                "aspect_ratio": aspect_ratio,
                "width": width,
                "height": height,
                "nsfw": nsfw,
                "high_resolution": high_resolution,
                "webhook": webhook,
            },
            timeout,
            options,
        )

    def generate(
        self,
        *,
        prompt: str | None = None,
        negative_prompt: str | None = None,
        style: HamiltonStyle | None = None,
        prompt_mode: PromptMode | None = None,
        creativity: int | None = None,
        effort: int | None = None,
        aspect_ratio: HamiltonAspectRatio | None = None,
        width: int | None = None,
        height: int | None = None,
        nsfw: bool | None = None,
        high_resolution: bool | None = None,
        webhook: str | None = None,
        timeout: float | None = None,
        on_progress: ProgressCallback | None = None,
        **options: Unpack[BodyRequestOptions],
    ) -> SyncArtwork[HamiltonArtworkParameters]:
        """Start a Hamilton task and wait for it: `create`, then `artworks.wait`.

        Raises `ArtworkFailedError`, `ArtworkCanceledError` or `ArtworkTimeoutError`, each carrying the artwork id.

        Args:
            prompt: ``prompt``. Limited to 256 words; additional content will be truncated. At most 256 words
                (x-max-words). Server default: ``cat``.
            negative_prompt: ``negativePrompt``. Limited to 64 words; additional content will be truncated. At most 64
                words (x-max-words).
            style: ``style``. Style of Hamilton. One of: ``default``, ``stained-glass``, ``line-drawing``,
                ``simple-sketch``, ``hand-sketch``, ``coloring-book``, ``plasticine``, ``photographer``, ``analog``,
                ``abstract-flat``, ``surreal``, ``manga``.
            prompt_mode: ``promptMode``. Prompt enhancement. `seer` enables AI-powered improvement, `servitor` uses the
                prompt as-is. One of: ``seer``, ``servitor``. Server default: ``servitor``.
            creativity: ``creativity``. Creativity from 1 to 5 (controls the CFG scale). Range: 1..5. Server default:
                ``3``.
            effort: ``effort``. Effort from 1 (fastest) to 5 (best quality). Range: 1..5. Server default: ``3``.
            aspect_ratio: ``aspectRatio``. Aspect ratio of Hamilton, Photo Pilot and Style DNA edit. Defaults to 1:1
                (1024 x 1024) when width and height are not given; 1:1 is 1328 x 1328 with highResolution. One of:
                ``1:1``, ``2:3``, ``3:4``, ``4:3``, ``9:16``, ``3:2``, ``16:9``. Server default: ``1:1``.
            width: ``width``. Use aspectRatio instead of custom width and height for better quality. If defined, the
                total area (width x height) must not exceed 1,478,656 pixels, or 1,763,584 pixels with highResolution.
                Range: 512..2048.
            height: ``height``. Use aspectRatio instead of custom width and height for better quality. If defined, the
                total area (width x height) must not exceed 1,478,656 pixels, or 1,763,584 pixels with highResolution.
                Range: 512..2048.
            nsfw: ``nsfw``. Set to true to allow NSFW output. When false (the default), safety negatives are injected
                into the negative prompt to suppress NSFW content. Server default: ``false``.
            high_resolution: ``highResolution``. Larger sizes per aspect ratio (1:1 gives 1328 x 1328 instead of 1024 x
                1024). Server default: ``false``.
            webhook: ``webhook``. Optional webhook URL. When provided, the server POSTs the final artwork to it upon
                completion. Must be HTTPS and a publicly routable host: loopback, link-local, private and cloud-metadata
                addresses are rejected.
            timeout: total seconds for the whole job, create included (default: the client's ``wait_timeout``).
            on_progress: called with a `StatusEvent` at every poll.
            **options: per-request options (`BodyRequestOptions`): ``extra_headers``, ``extra_query``, ``extra_body``.
        """
        return self._generate(
            {
                "prompt": prompt,
                "negative_prompt": negative_prompt,
                "style": style,
                "prompt_mode": prompt_mode,
                "creativity": creativity,
                "effort": effort,
                "aspect_ratio": aspect_ratio,
                "width": width,
                "height": height,
                "nsfw": nsfw,
                "high_resolution": high_resolution,
                "webhook": webhook,
            },
            timeout,
            on_progress,
            options,
        )


class PhotoPilot(SyncResource):
    """Photo Pilot: Image-to-image generation from a source image. Documented on the V1 path with the V2 status enum and
    a 202 answer; no V2 path is documented (see openapi/NOTES.md).

    ``client.photo_pilot`` of `Tengrai`: operation ``create_photo_pilot_artwork``
    (``POST /v1/artworks/photo-pilot``).
    """

    _operation = "create_photo_pilot_artwork"

    def create(
        self,
        *,
        prompt: str | None = None,
        negative_prompt: str | None = None,
        image_guidance: Literal[1, 2, 3],
        modification: float,
        creativity: float,
        effort: float,
        aspect_ratio: HamiltonAspectRatio | None = None,
        high_resolution: bool | None = None,
        width: float | None = None,
        height: float | None = None,
        image_url: str,
        webhook: str | None = None,
        timeout: float | None = None,
        **options: Unpack[BodyRequestOptions],
    ) -> SyncArtwork[PhotoPilotArtworkParameters]:
        """Start a Photo Pilot task and return its artwork at once (status ``starting``).

        Arguments are checked against the API's documented rules first; a broken rule raises `ValidationError`
        and nothing is sent. None means "not given" (the server applies its default).

        Args:
            prompt: ``prompt``. Limited to 256 words; additional content will be truncated. At most 256 words
                (x-max-words). Server default: ``cat``.
            negative_prompt: ``negativePrompt``. Limited to 64 words; additional content will be truncated. At most 64
                words (x-max-words).
            image_guidance: ``imageGuidance``. How closely the result follows the source image. With low guidance the
                output size can be set (aspectRatio or width and height); otherwise the source image's size is used. One
                of: ``1``, ``2``, ``3``. Required.
            modification: ``modification``. How much the source image is modified, from 1 to 5. Range: 1..5. Required.
            creativity: ``creativity``. Creativity from 1 to 5. Range: 1..5. Required.
            effort: ``effort``. Effort from 1 (fastest) to 5 (best quality). Range: 1..5. Required.
            aspect_ratio: ``aspectRatio``. Aspect ratio of Hamilton, Photo Pilot and Style DNA edit. Defaults to 1:1
                (1024 x 1024) when width and height are not given; 1:1 is 1328 x 1328 with highResolution. One of:
                ``1:1``, ``2:3``, ``3:4``, ``4:3``, ``9:16``, ``3:2``, ``16:9``. Server default: ``1:1``.
            high_resolution: ``highResolution``. Larger sizes per aspect ratio (area up to 1,763,584 pixels). Server
                default: ``false``.
            width: ``width``. Output width; honoured only with low imageGuidance. The total area must not exceed
                1,478,656 pixels, or 1,763,584 with highResolution. Range: 512..2048.
            height: ``height``. Output height; honoured only with low imageGuidance. The total area must not exceed
                1,478,656 pixels, or 1,763,584 with highResolution. Range: 512..2048.
            image_url: ``imageUrl``. URL of the source image. Required.
            webhook: ``webhook``. Optional webhook URL. When provided, the server POSTs the final artwork to it upon
                completion. Must be HTTPS and a publicly routable host: loopback, link-local, private and cloud-metadata
                addresses are rejected.
            timeout: total seconds for the call, retries included (default: no bound beyond each request's ``timeout``,
                the client's).
            **options: per-request options (`BodyRequestOptions`): ``extra_headers``, ``extra_query``, ``extra_body``.
        """
        return self._create(
            {
                "prompt": prompt,
                "negative_prompt": negative_prompt,
                "image_guidance": image_guidance,
                "modification": modification,
                "creativity": creativity,
                "effort": effort,
                "aspect_ratio": aspect_ratio,
                "high_resolution": high_resolution,
                "width": width,
                "height": height,
                "image_url": image_url,
                "webhook": webhook,
            },
            timeout,
            options,
        )

    def generate(
        self,
        *,
        prompt: str | None = None,
        negative_prompt: str | None = None,
        image_guidance: Literal[1, 2, 3],
        modification: float,
        creativity: float,
        effort: float,
        aspect_ratio: HamiltonAspectRatio | None = None,
        high_resolution: bool | None = None,
        width: float | None = None,
        height: float | None = None,
        image_url: str,
        webhook: str | None = None,
        timeout: float | None = None,
        on_progress: ProgressCallback | None = None,
        **options: Unpack[BodyRequestOptions],
    ) -> SyncArtwork[PhotoPilotArtworkParameters]:
        """Start a Photo Pilot task and wait for it: `create`, then `artworks.wait`.

        Raises `ArtworkFailedError`, `ArtworkCanceledError` or `ArtworkTimeoutError`, each carrying the artwork id.

        Args:
            prompt: ``prompt``. Limited to 256 words; additional content will be truncated. At most 256 words
                (x-max-words). Server default: ``cat``.
            negative_prompt: ``negativePrompt``. Limited to 64 words; additional content will be truncated. At most 64
                words (x-max-words).
            image_guidance: ``imageGuidance``. How closely the result follows the source image. With low guidance the
                output size can be set (aspectRatio or width and height); otherwise the source image's size is used. One
                of: ``1``, ``2``, ``3``. Required.
            modification: ``modification``. How much the source image is modified, from 1 to 5. Range: 1..5. Required.
            creativity: ``creativity``. Creativity from 1 to 5. Range: 1..5. Required.
            effort: ``effort``. Effort from 1 (fastest) to 5 (best quality). Range: 1..5. Required.
            aspect_ratio: ``aspectRatio``. Aspect ratio of Hamilton, Photo Pilot and Style DNA edit. Defaults to 1:1
                (1024 x 1024) when width and height are not given; 1:1 is 1328 x 1328 with highResolution. One of:
                ``1:1``, ``2:3``, ``3:4``, ``4:3``, ``9:16``, ``3:2``, ``16:9``. Server default: ``1:1``.
            high_resolution: ``highResolution``. Larger sizes per aspect ratio (area up to 1,763,584 pixels). Server
                default: ``false``.
            width: ``width``. Output width; honoured only with low imageGuidance. The total area must not exceed
                1,478,656 pixels, or 1,763,584 with highResolution. Range: 512..2048.
            height: ``height``. Output height; honoured only with low imageGuidance. The total area must not exceed
                1,478,656 pixels, or 1,763,584 with highResolution. Range: 512..2048.
            image_url: ``imageUrl``. URL of the source image. Required.
            webhook: ``webhook``. Optional webhook URL. When provided, the server POSTs the final artwork to it upon
                completion. Must be HTTPS and a publicly routable host: loopback, link-local, private and cloud-metadata
                addresses are rejected.
            timeout: total seconds for the whole job, create included (default: the client's ``wait_timeout``).
            on_progress: called with a `StatusEvent` at every poll.
            **options: per-request options (`BodyRequestOptions`): ``extra_headers``, ``extra_query``, ``extra_body``.
        """
        return self._generate(
            {
                "prompt": prompt,
                "negative_prompt": negative_prompt,
                "image_guidance": image_guidance,
                "modification": modification,
                "creativity": creativity,
                "effort": effort,
                "aspect_ratio": aspect_ratio,
                "high_resolution": high_resolution,
                "width": width,
                "height": height,
                "image_url": image_url,
                "webhook": webhook,
            },
            timeout,
            on_progress,
            options,
        )


class FaceSwap(SyncResource):
    """Face swap: Map the face from a source image onto the matching face of a target image, keeping the target's
    lighting and pose.

    ``client.face_swap`` of `Tengrai`: operation ``create_face_swap_artwork``
    (``POST /v2/artworks/face-swap``).
    """

    _operation = "create_face_swap_artwork"

    def create(
        self,
        *,
        source_image: str,
        target_image: str,
        denoising: int | None = None,
        seed: int | None = None,
        webhook: str | None = None,
        output_format: OutputFormat | None = None,
        timeout: float | None = None,
        **options: Unpack[BodyRequestOptions],
    ) -> SyncArtwork[FaceSwapArtworkParameters]:
        """Start a Face swap task and return its artwork at once (status ``starting``).

        Arguments are checked against the API's documented rules first; a broken rule raises `ValidationError`
        and nothing is sent. None means "not given" (the server applies its default).

        Args:
            source_image: ``sourceImage``. URL of the image with the face to take. Required.
            target_image: ``targetImage``. URL of the image whose face is replaced; the result keeps its lighting, pose
                and size. Required.
            denoising: ``denoising``. Blending intensity from 1 (very subtle) to 5 (extreme). Range: 1..5. Server
                default: ``3``.
            seed: ``seed``. Optional random seed for deterministic generation. The pipeline applies the transform
                floor(seed * 1.2) + 17 before submitting to the workflow engine. Omit to let the server pick one. Range:
                1..2,147,483,647.
            webhook: ``webhook``. Optional webhook URL. When provided, the server POSTs the final artwork to it upon
                completion. Must be HTTPS and a publicly routable host: loopback, link-local, private and cloud-metadata
                addresses are rejected.
            output_format: ``outputFormat``. Output image format. `auto` (the default) uses the server default (webp
                with high-quality settings); `png` is lossless; `webp` is equivalent to `auto`. One of: ``auto``,
                ``png``, ``webp``. Server default: ``auto``.
            timeout: total seconds for the call, retries included (default: no bound beyond each request's ``timeout``,
                the client's).
            **options: per-request options (`BodyRequestOptions`): ``extra_headers``, ``extra_query``, ``extra_body``.
        """
        return self._create(
            {
                "source_image": source_image,
                "target_image": target_image,
                "denoising": denoising,
                "seed": seed,
                "webhook": webhook,
                "output_format": output_format,
            },
            timeout,
            options,
        )

    def generate(
        self,
        *,
        source_image: str,
        target_image: str,
        denoising: int | None = None,
        seed: int | None = None,
        webhook: str | None = None,
        output_format: OutputFormat | None = None,
        timeout: float | None = None,
        on_progress: ProgressCallback | None = None,
        **options: Unpack[BodyRequestOptions],
    ) -> SyncArtwork[FaceSwapArtworkParameters]:
        """Start a Face swap task and wait for it: `create`, then `artworks.wait`.

        Raises `ArtworkFailedError`, `ArtworkCanceledError` or `ArtworkTimeoutError`, each carrying the artwork id.

        Args:
            source_image: ``sourceImage``. URL of the image with the face to take. Required.
            target_image: ``targetImage``. URL of the image whose face is replaced; the result keeps its lighting, pose
                and size. Required.
            denoising: ``denoising``. Blending intensity from 1 (very subtle) to 5 (extreme). Range: 1..5. Server
                default: ``3``.
            seed: ``seed``. Optional random seed for deterministic generation. The pipeline applies the transform
                floor(seed * 1.2) + 17 before submitting to the workflow engine. Omit to let the server pick one. Range:
                1..2,147,483,647.
            webhook: ``webhook``. Optional webhook URL. When provided, the server POSTs the final artwork to it upon
                completion. Must be HTTPS and a publicly routable host: loopback, link-local, private and cloud-metadata
                addresses are rejected.
            output_format: ``outputFormat``. Output image format. `auto` (the default) uses the server default (webp
                with high-quality settings); `png` is lossless; `webp` is equivalent to `auto`. One of: ``auto``,
                ``png``, ``webp``. Server default: ``auto``.
            timeout: total seconds for the whole job, create included (default: the client's ``wait_timeout``).
            on_progress: called with a `StatusEvent` at every poll.
            **options: per-request options (`BodyRequestOptions`): ``extra_headers``, ``extra_query``, ``extra_body``.
        """
        return self._generate(
            {
                "source_image": source_image,
                "target_image": target_image,
                "denoising": denoising,
                "seed": seed,
                "webhook": webhook,
                "output_format": output_format,
            },
            timeout,
            on_progress,
            options,
        )


class Upscaling(SyncResource):
    """Upscaler: Upscale an image by an integer scale factor.

    ``client.upscaling`` of `Tengrai`: operation ``create_upscaling_artwork``
    (``POST /v2/artworks/upscaling``).
    """

    _operation = "create_upscaling_artwork"

    def create(
        self,
        *,
        image_url: str,
        scale_factor: int | None = None,
        webhook: str | None = None,
        timeout: float | None = None,
        **options: Unpack[BodyRequestOptions],
    ) -> SyncArtwork[UpscalingArtworkParameters]:
        """Start a Upscaler task and return its artwork at once (status ``starting``).

        Arguments are checked against the API's documented rules first; a broken rule raises `ValidationError`
        and nothing is sent. None means "not given" (the server applies its default).

        Args:
            image_url: ``imageUrl``. URL of the image to process. Its total area (width x height) must not exceed
                1,478,656 pixels (e.g. 1216 x 1216); accepted formats are JPEG, JPG, PNG and WebP. Required.
            scale_factor: ``scaleFactor``. How many times larger each side of the result is (2 to 8). Range: 2..8.
                Server default: ``2``.
            webhook: ``webhook``. Optional webhook URL. When provided, the server POSTs the final artwork to it upon
                completion. Must be HTTPS and a publicly routable host: loopback, link-local, private and cloud-metadata
                addresses are rejected.
            timeout: total seconds for the call, retries included (default: no bound beyond each request's ``timeout``,
                the client's).
            **options: per-request options (`BodyRequestOptions`): ``extra_headers``, ``extra_query``, ``extra_body``.
        """
        return self._create(
            {"image_url": image_url, "scale_factor": scale_factor, "webhook": webhook}, timeout, options
        )

    def generate(
        self,
        *,
        image_url: str,
        scale_factor: int | None = None,
        webhook: str | None = None,
        timeout: float | None = None,
        on_progress: ProgressCallback | None = None,
        **options: Unpack[BodyRequestOptions],
    ) -> SyncArtwork[UpscalingArtworkParameters]:
        """Start a Upscaler task and wait for it: `create`, then `artworks.wait`.

        Raises `ArtworkFailedError`, `ArtworkCanceledError` or `ArtworkTimeoutError`, each carrying the artwork id.

        Args:
            image_url: ``imageUrl``. URL of the image to process. Its total area (width x height) must not exceed
                1,478,656 pixels (e.g. 1216 x 1216); accepted formats are JPEG, JPG, PNG and WebP. Required.
            scale_factor: ``scaleFactor``. How many times larger each side of the result is (2 to 8). Range: 2..8.
                Server default: ``2``.
            webhook: ``webhook``. Optional webhook URL. When provided, the server POSTs the final artwork to it upon
                completion. Must be HTTPS and a publicly routable host: loopback, link-local, private and cloud-metadata
                addresses are rejected.
            timeout: total seconds for the whole job, create included (default: the client's ``wait_timeout``).
            on_progress: called with a `StatusEvent` at every poll.
            **options: per-request options (`BodyRequestOptions`): ``extra_headers``, ``extra_query``, ``extra_body``.
        """
        return self._generate(
            {"image_url": image_url, "scale_factor": scale_factor, "webhook": webhook}, timeout, on_progress, options
        )


class DetailerUpscaler(SyncResource):
    """Detailer Upscaler: Sharpen the fine details of an image and optionally upscale it (scale factor 1 keeps the
    size).

    ``client.detailer_upscaler`` of `Tengrai`: operation ``create_detailer_upscaler_artwork``
    (``POST /v2/artworks/detailer-upscaler``).
    """

    _operation = "create_detailer_upscaler_artwork"

    def create(
        self,
        *,
        image_url: str,
        scale_factor: Literal[1, 2, 4, 8] | None = None,
        details: int | None = None,
        modification: int | None = None,
        seed: int | None = None,
        webhook: str | None = None,
        output_format: OutputFormat | None = None,
        timeout: float | None = None,
        **options: Unpack[BodyRequestOptions],
    ) -> SyncArtwork[DetailerUpscalerArtworkParameters]:
        """Start a Detailer Upscaler task and return its artwork at once (status ``starting``).

        Arguments are checked against the API's documented rules first; a broken rule raises `ValidationError`
        and nothing is sent. None means "not given" (the server applies its default).

        Args:
            image_url: ``imageUrl``. URL of the image to process. Its total area (width x height) must not exceed
                1,478,656 pixels (e.g. 1216 x 1216); accepted formats are JPEG, JPG, PNG and WebP. Required.
            scale_factor: ``scaleFactor``. 1 sharpens details only; 2, 4 and 8 sharpen details and upscale by that
                factor. One of: ``1``, ``2``, ``4``, ``8``. Server default: ``2``.
            details: ``details``. Detail strength: 1 Low, 2 Medium, 3 High. Range: 1..3. Server default: ``2``.
            modification: ``modification``. How much the image may change: 1 Subtle, 2 Balanced, 3 Strong. Range: 1..3.
                Server default: ``2``.
            seed: ``seed``. Optional random seed for deterministic generation. The pipeline applies the transform
                floor(seed * 1.2) + 17 before submitting to the workflow engine. Omit to let the server pick one. Range:
                1..2,147,483,647.
            webhook: ``webhook``. Optional webhook URL. When provided, the server POSTs the final artwork to it upon
                completion. Must be HTTPS and a publicly routable host: loopback, link-local, private and cloud-metadata
                addresses are rejected.
            output_format: ``outputFormat``. Output image format. `auto` (the default) uses the server default (webp
                with high-quality settings); `png` is lossless; `webp` is equivalent to `auto`. One of: ``auto``,
                ``png``, ``webp``. Server default: ``auto``.
            timeout: total seconds for the call, retries included (default: no bound beyond each request's ``timeout``,
                the client's).
            **options: per-request options (`BodyRequestOptions`): ``extra_headers``, ``extra_query``, ``extra_body``.
        """
        return self._create(
            {
                "image_url": image_url,
                "scale_factor": scale_factor,
                "details": details,
                "modification": modification,
                "seed": seed,
                "webhook": webhook,
                "output_format": output_format,
            },
            timeout,
            options,
        )

    def generate(
        self,
        *,
        image_url: str,
        scale_factor: Literal[1, 2, 4, 8] | None = None,
        details: int | None = None,
        modification: int | None = None,
        seed: int | None = None,
        webhook: str | None = None,
        output_format: OutputFormat | None = None,
        timeout: float | None = None,
        on_progress: ProgressCallback | None = None,
        **options: Unpack[BodyRequestOptions],
    ) -> SyncArtwork[DetailerUpscalerArtworkParameters]:
        """Start a Detailer Upscaler task and wait for it: `create`, then `artworks.wait`.

        Raises `ArtworkFailedError`, `ArtworkCanceledError` or `ArtworkTimeoutError`, each carrying the artwork id.

        Args:
            image_url: ``imageUrl``. URL of the image to process. Its total area (width x height) must not exceed
                1,478,656 pixels (e.g. 1216 x 1216); accepted formats are JPEG, JPG, PNG and WebP. Required.
            scale_factor: ``scaleFactor``. 1 sharpens details only; 2, 4 and 8 sharpen details and upscale by that
                factor. One of: ``1``, ``2``, ``4``, ``8``. Server default: ``2``.
            details: ``details``. Detail strength: 1 Low, 2 Medium, 3 High. Range: 1..3. Server default: ``2``.
            modification: ``modification``. How much the image may change: 1 Subtle, 2 Balanced, 3 Strong. Range: 1..3.
                Server default: ``2``.
            seed: ``seed``. Optional random seed for deterministic generation. The pipeline applies the transform
                floor(seed * 1.2) + 17 before submitting to the workflow engine. Omit to let the server pick one. Range:
                1..2,147,483,647.
            webhook: ``webhook``. Optional webhook URL. When provided, the server POSTs the final artwork to it upon
                completion. Must be HTTPS and a publicly routable host: loopback, link-local, private and cloud-metadata
                addresses are rejected.
            output_format: ``outputFormat``. Output image format. `auto` (the default) uses the server default (webp
                with high-quality settings); `png` is lossless; `webp` is equivalent to `auto`. One of: ``auto``,
                ``png``, ``webp``. Server default: ``auto``.
            timeout: total seconds for the whole job, create included (default: the client's ``wait_timeout``).
            on_progress: called with a `StatusEvent` at every poll.
            **options: per-request options (`BodyRequestOptions`): ``extra_headers``, ``extra_query``, ``extra_body``.
        """
        return self._generate(
            {
                "image_url": image_url,
                "scale_factor": scale_factor,
                "details": details,
                "modification": modification,
                "seed": seed,
                "webhook": webhook,
                "output_format": output_format,
            },
            timeout,
            on_progress,
            options,
        )


class RemoveBackground(SyncResource):
    """Remove background: Create a new artwork from an image with its background made transparent.

    ``client.remove_background`` of `Tengrai`: operation ``create_remove_background_artwork``
    (``POST /v2/artworks/remove-background``).
    """

    _operation = "create_remove_background_artwork"

    def create(
        self,
        *,
        image_url: str,
        webhook: str | None = None,
        output_format: OutputFormat | None = None,
        timeout: float | None = None,
        **options: Unpack[BodyRequestOptions],
    ) -> SyncArtwork[RemoveBackgroundArtworkParameters]:
        """Start a Remove background task and return its artwork at once (status ``starting``).

        Arguments are checked against the API's documented rules first; a broken rule raises `ValidationError`
        and nothing is sent. None means "not given" (the server applies its default).

        Args:
            image_url: ``imageUrl``. URL of the image whose background is removed. Required.
            webhook: ``webhook``. Optional webhook URL. When provided, the server POSTs the final artwork to it upon
                completion. Must be HTTPS and a publicly routable host: loopback, link-local, private and cloud-metadata
                addresses are rejected.
            output_format: ``outputFormat``. Output image format. `auto` (the default) uses the server default (webp
                with high-quality settings); `png` is lossless; `webp` is equivalent to `auto`. One of: ``auto``,
                ``png``, ``webp``. Server default: ``auto``.
            timeout: total seconds for the call, retries included (default: no bound beyond each request's ``timeout``,
                the client's).
            **options: per-request options (`BodyRequestOptions`): ``extra_headers``, ``extra_query``, ``extra_body``.
        """
        return self._create(
            {"image_url": image_url, "webhook": webhook, "output_format": output_format}, timeout, options
        )

    def generate(
        self,
        *,
        image_url: str,
        webhook: str | None = None,
        output_format: OutputFormat | None = None,
        timeout: float | None = None,
        on_progress: ProgressCallback | None = None,
        **options: Unpack[BodyRequestOptions],
    ) -> SyncArtwork[RemoveBackgroundArtworkParameters]:
        """Start a Remove background task and wait for it: `create`, then `artworks.wait`.

        Raises `ArtworkFailedError`, `ArtworkCanceledError` or `ArtworkTimeoutError`, each carrying the artwork id.

        Args:
            image_url: ``imageUrl``. URL of the image whose background is removed. Required.
            webhook: ``webhook``. Optional webhook URL. When provided, the server POSTs the final artwork to it upon
                completion. Must be HTTPS and a publicly routable host: loopback, link-local, private and cloud-metadata
                addresses are rejected.
            output_format: ``outputFormat``. Output image format. `auto` (the default) uses the server default (webp
                with high-quality settings); `png` is lossless; `webp` is equivalent to `auto`. One of: ``auto``,
                ``png``, ``webp``. Server default: ``auto``.
            timeout: total seconds for the whole job, create included (default: the client's ``wait_timeout``).
            on_progress: called with a `StatusEvent` at every poll.
            **options: per-request options (`BodyRequestOptions`): ``extra_headers``, ``extra_query``, ``extra_body``.
        """
        return self._generate(
            {"image_url": image_url, "webhook": webhook, "output_format": output_format}, timeout, on_progress, options
        )


class Segmentation(SyncResource):
    """Segmentation: Produce a mask of an image, selecting the area by a text prompt or by points. The page shows three
    more points-mode settings (refinement steps, multiple candidate masks, keep only the best mask) but hides their
    field names, so this SDK cannot send them yet (the server's defaults apply; see openapi/NOTES.md).

    ``client.segmentation`` of `Tengrai`: operation ``create_segmentation_artwork``
    (``POST /v2/artworks/segmentation``).
    """

    _operation = "create_segmentation_artwork"

    def create(
        self,
        *,
        image_url: str,
        method: SegmentationMethod,
        text_prompt: str | None = None,
        text_confidence: float | None = None,
        text_max_detections: int | None = None,
        text_combine_masks: bool | None = None,
        points_positive: Mapping[str, Any] | None = None,
        points_negative: Mapping[str, Any] | None = None,
        mask_expand: int | None = None,
        mask_tapered_corners: bool | None = None,
        mask_blur_sigma: float | None = None,
        mask_kernel_size: int | None = None,
        webhook: str | None = None,
        output_format: OutputFormat | None = None,
        timeout: float | None = None,
        **options: Unpack[BodyRequestOptions],
    ) -> SyncArtwork[SegmentationArtworkParameters]:
        """Start a Segmentation task and return its artwork at once (status ``starting``).

        Arguments are checked against the API's documented rules first; a broken rule raises `ValidationError`
        and nothing is sent. None means "not given" (the server applies its default).

        Args:
            image_url: ``imageUrl``. URL of the image to segment. Required.
            method: ``method``. How segmentation selects the area to mask. One of: ``text``, ``points``. Required.
            text_prompt: ``textPrompt``. What to select, in words (required with method text).
            text_confidence: ``textConfidence``. Minimum detection confidence (method text), at most 1. Range: ..1.
                Server default: ``0.2``.
            text_max_detections: ``textMaxDetections``. Most objects to detect (method text); -1 means unlimited. Range:
                -1..100. Server default: ``-1``.
            text_combine_masks: ``textCombineMasks``. Combine the masks of all detections into one (method text). Server
                default: ``true``.
            points_positive: ``pointsPositive``. Points inside the area to select (required with method points).
            points_negative: ``pointsNegative``. Points outside the area to select (method points).
            mask_expand: ``maskExpand``. Pixels to grow (positive) or shrink (negative) the mask by. Range:
                -16,384..16,384. Server default: ``0``.
            mask_tapered_corners: ``maskTaperedCorners``. Taper the corners of an expanded mask.
            mask_blur_sigma: ``maskBlurSigma``. Blur of the mask edge (sigma). Range: 0.1..100. Server default: ``0.1``.
            mask_kernel_size: ``maskKernelSize``. Kernel size of the mask blur, at most 100. Range: ..100. Server
                default: ``0``.
            webhook: ``webhook``. Optional webhook URL. When provided, the server POSTs the final artwork to it upon
                completion. Must be HTTPS and a publicly routable host: loopback, link-local, private and cloud-metadata
                addresses are rejected.
            output_format: ``outputFormat``. Output image format. `auto` (the default) uses the server default (webp
                with high-quality settings); `png` is lossless; `webp` is equivalent to `auto`. One of: ``auto``,
                ``png``, ``webp``. Server default: ``auto``.
            timeout: total seconds for the call, retries included (default: no bound beyond each request's ``timeout``,
                the client's).
            **options: per-request options (`BodyRequestOptions`): ``extra_headers``, ``extra_query``, ``extra_body``.
        """
        return self._create(
            {
                "image_url": image_url,
                "method": method,
                "text_prompt": text_prompt,
                "text_confidence": text_confidence,
                "text_max_detections": text_max_detections,
                "text_combine_masks": text_combine_masks,
                "points_positive": points_positive,
                "points_negative": points_negative,
                "mask_expand": mask_expand,
                "mask_tapered_corners": mask_tapered_corners,
                "mask_blur_sigma": mask_blur_sigma,
                "mask_kernel_size": mask_kernel_size,
                "webhook": webhook,
                "output_format": output_format,
            },
            timeout,
            options,
        )

    def generate(
        self,
        *,
        image_url: str,
        method: SegmentationMethod,
        text_prompt: str | None = None,
        text_confidence: float | None = None,
        text_max_detections: int | None = None,
        text_combine_masks: bool | None = None,
        points_positive: Mapping[str, Any] | None = None,
        points_negative: Mapping[str, Any] | None = None,
        mask_expand: int | None = None,
        mask_tapered_corners: bool | None = None,
        mask_blur_sigma: float | None = None,
        mask_kernel_size: int | None = None,
        webhook: str | None = None,
        output_format: OutputFormat | None = None,
        timeout: float | None = None,
        on_progress: ProgressCallback | None = None,
        **options: Unpack[BodyRequestOptions],
    ) -> SyncArtwork[SegmentationArtworkParameters]:
        """Start a Segmentation task and wait for it: `create`, then `artworks.wait`.

        Raises `ArtworkFailedError`, `ArtworkCanceledError` or `ArtworkTimeoutError`, each carrying the artwork id.

        Args:
            image_url: ``imageUrl``. URL of the image to segment. Required.
            method: ``method``. How segmentation selects the area to mask. One of: ``text``, ``points``. Required.
            text_prompt: ``textPrompt``. What to select, in words (required with method text).
            text_confidence: ``textConfidence``. Minimum detection confidence (method text), at most 1. Range: ..1.
                Server default: ``0.2``.
            text_max_detections: ``textMaxDetections``. Most objects to detect (method text); -1 means unlimited. Range:
                -1..100. Server default: ``-1``.
            text_combine_masks: ``textCombineMasks``. Combine the masks of all detections into one (method text). Server
                default: ``true``.
            points_positive: ``pointsPositive``. Points inside the area to select (required with method points).
            points_negative: ``pointsNegative``. Points outside the area to select (method points).
            mask_expand: ``maskExpand``. Pixels to grow (positive) or shrink (negative) the mask by. Range:
                -16,384..16,384. Server default: ``0``.
            mask_tapered_corners: ``maskTaperedCorners``. Taper the corners of an expanded mask.
            mask_blur_sigma: ``maskBlurSigma``. Blur of the mask edge (sigma). Range: 0.1..100. Server default: ``0.1``.
            mask_kernel_size: ``maskKernelSize``. Kernel size of the mask blur, at most 100. Range: ..100. Server
                default: ``0``.
            webhook: ``webhook``. Optional webhook URL. When provided, the server POSTs the final artwork to it upon
                completion. Must be HTTPS and a publicly routable host: loopback, link-local, private and cloud-metadata
                addresses are rejected.
            output_format: ``outputFormat``. Output image format. `auto` (the default) uses the server default (webp
                with high-quality settings); `png` is lossless; `webp` is equivalent to `auto`. One of: ``auto``,
                ``png``, ``webp``. Server default: ``auto``.
            timeout: total seconds for the whole job, create included (default: the client's ``wait_timeout``).
            on_progress: called with a `StatusEvent` at every poll.
            **options: per-request options (`BodyRequestOptions`): ``extra_headers``, ``extra_query``, ``extra_body``.
        """
        return self._generate(
            {
                "image_url": image_url,
                "method": method,
                "text_prompt": text_prompt,
                "text_confidence": text_confidence,
                "text_max_detections": text_max_detections,
                "text_combine_masks": text_combine_masks,
                "points_positive": points_positive,
                "points_negative": points_negative,
                "mask_expand": mask_expand,
                "mask_tapered_corners": mask_tapered_corners,
                "mask_blur_sigma": mask_blur_sigma,
                "mask_kernel_size": mask_kernel_size,
                "webhook": webhook,
                "output_format": output_format,
            },
            timeout,
            on_progress,
            options,
        )


class DepthMap(SyncResource):
    """Depth map: Produce a grayscale depth map of an image: lighter is closer.

    ``client.depth_map`` of `Tengrai`: operation ``create_depth_map_artwork``
    (``POST /v2/artworks/depth-map``).
    """

    _operation = "create_depth_map_artwork"

    def create(
        self,
        *,
        image_url: str,
        invert_depth: bool | None = None,
        resolution_lower_limit: int | None = None,
        use_post_resize: bool | None = None,
        use_version3: bool | None = None,
        model: DepthModel | None = None,
        normalization_mode: DepthNormalizationMode | None = None,
        webhook: str | None = None,
        timeout: float | None = None,
        **options: Unpack[BodyRequestOptions],
    ) -> SyncArtwork[DepthMapArtworkParameters]:
        """Start a Depth map task and return its artwork at once (status ``starting``).

        Arguments are checked against the API's documented rules first; a broken rule raises `ValidationError`
        and nothing is sent. None means "not given" (the server applies its default).

        Args:
            image_url: ``imageUrl``. URL of the image to estimate depth for. Required.
            invert_depth: ``invertDepth``. Invert the map (darker is closer).
            resolution_lower_limit: ``resolutionLowerLimit``. Processing resolution, 256 to 2048 and a multiple of 64.
                Range: 256..2048. Server default: ``1024``.
            use_post_resize: ``usePostResize``. Resize the map back to the source image's resolution.
            use_version3: ``useVersion3``. true uses Depth Anything V3, false V2.
            model: ``model``. Depth Anything model. Version 2 (useVersion3 false) has giant, large, base and small;
                version 3 (useVersion3 true) adds mono_large, metric_large and nested_giant_large. One of: ``small``,
                ``base``, ``large``, ``giant``, ``mono_large``, ``metric_large``, ``nested_giant_large``. Server
                default: ``large``.
            normalization_mode: ``normalizationMode``. Normalization of the depth values (Depth Anything V3 only). One
                of: ``Standard``, ``V2-Style``, ``Raw``. Server default: ``Standard``.
            webhook: ``webhook``. Optional webhook URL. When provided, the server POSTs the final artwork to it upon
                completion. Must be HTTPS and a publicly routable host: loopback, link-local, private and cloud-metadata
                addresses are rejected.
            timeout: total seconds for the call, retries included (default: no bound beyond each request's ``timeout``,
                the client's).
            **options: per-request options (`BodyRequestOptions`): ``extra_headers``, ``extra_query``, ``extra_body``.
        """
        return self._create(
            {
                "image_url": image_url,
                "invert_depth": invert_depth,
                "resolution_lower_limit": resolution_lower_limit,
                "use_post_resize": use_post_resize,
                "use_version3": use_version3,
                "model": model,
                "normalization_mode": normalization_mode,
                "webhook": webhook,
            },
            timeout,
            options,
        )

    def generate(
        self,
        *,
        image_url: str,
        invert_depth: bool | None = None,
        resolution_lower_limit: int | None = None,
        use_post_resize: bool | None = None,
        use_version3: bool | None = None,
        model: DepthModel | None = None,
        normalization_mode: DepthNormalizationMode | None = None,
        webhook: str | None = None,
        timeout: float | None = None,
        on_progress: ProgressCallback | None = None,
        **options: Unpack[BodyRequestOptions],
    ) -> SyncArtwork[DepthMapArtworkParameters]:
        """Start a Depth map task and wait for it: `create`, then `artworks.wait`.

        Raises `ArtworkFailedError`, `ArtworkCanceledError` or `ArtworkTimeoutError`, each carrying the artwork id.

        Args:
            image_url: ``imageUrl``. URL of the image to estimate depth for. Required.
            invert_depth: ``invertDepth``. Invert the map (darker is closer).
            resolution_lower_limit: ``resolutionLowerLimit``. Processing resolution, 256 to 2048 and a multiple of 64.
                Range: 256..2048. Server default: ``1024``.
            use_post_resize: ``usePostResize``. Resize the map back to the source image's resolution.
            use_version3: ``useVersion3``. true uses Depth Anything V3, false V2.
            model: ``model``. Depth Anything model. Version 2 (useVersion3 false) has giant, large, base and small;
                version 3 (useVersion3 true) adds mono_large, metric_large and nested_giant_large. One of: ``small``,
                ``base``, ``large``, ``giant``, ``mono_large``, ``metric_large``, ``nested_giant_large``. Server
                default: ``large``.
            normalization_mode: ``normalizationMode``. Normalization of the depth values (Depth Anything V3 only). One
                of: ``Standard``, ``V2-Style``, ``Raw``. Server default: ``Standard``.
            webhook: ``webhook``. Optional webhook URL. When provided, the server POSTs the final artwork to it upon
                completion. Must be HTTPS and a publicly routable host: loopback, link-local, private and cloud-metadata
                addresses are rejected.
            timeout: total seconds for the whole job, create included (default: the client's ``wait_timeout``).
            on_progress: called with a `StatusEvent` at every poll.
            **options: per-request options (`BodyRequestOptions`): ``extra_headers``, ``extra_query``, ``extra_body``.
        """
        return self._generate(
            {
                "image_url": image_url,
                "invert_depth": invert_depth,
                "resolution_lower_limit": resolution_lower_limit,
                "use_post_resize": use_post_resize,
                "use_version3": use_version3,
                "model": model,
                "normalization_mode": normalization_mode,
                "webhook": webhook,
            },
            timeout,
            on_progress,
            options,
        )


class StyleDnaAnchor(SyncResource):
    """Generate anchor image: Create the anchor image that defines a Style DNA. The page also shows an optional
    reference image but hides its field name, so this SDK cannot send one yet (only `webhook` is accepted; see
    openapi/NOTES.md).

    ``client.style_dna_anchor`` of `Tengrai`: operation ``create_style_dna_anchor_artwork``
    (``POST /v2/style-dna/generate-anchor``).
    """

    _operation = "create_style_dna_anchor_artwork"

    def create(
        self,
        *,
        webhook: str | None = None,
        timeout: float | None = None,
        **options: Unpack[BodyRequestOptions],
    ) -> SyncArtwork[StyleDnaAnchorArtworkParameters]:
        """Start a Generate anchor image task and return its artwork at once (status ``starting``).

        Arguments are checked against the API's documented rules first; a broken rule raises `ValidationError`
        and nothing is sent. None means "not given" (the server applies its default).

        Args:
            webhook: ``webhook``. Optional webhook URL. When provided, the server POSTs the final artwork to it upon
                completion. Must be HTTPS and a publicly routable host: loopback, link-local, private and cloud-metadata
                addresses are rejected.
            timeout: total seconds for the call, retries included (default: no bound beyond each request's ``timeout``,
                the client's).
            **options: per-request options (`BodyRequestOptions`): ``extra_headers``, ``extra_query``, ``extra_body``.
        """
        return self._create({"webhook": webhook}, timeout, options)

    def generate(
        self,
        *,
        webhook: str | None = None,
        timeout: float | None = None,
        on_progress: ProgressCallback | None = None,
        **options: Unpack[BodyRequestOptions],
    ) -> SyncArtwork[StyleDnaAnchorArtworkParameters]:
        """Start a Generate anchor image task and wait for it: `create`, then `artworks.wait`.

        Raises `ArtworkFailedError`, `ArtworkCanceledError` or `ArtworkTimeoutError`, each carrying the artwork id.

        Args:
            webhook: ``webhook``. Optional webhook URL. When provided, the server POSTs the final artwork to it upon
                completion. Must be HTTPS and a publicly routable host: loopback, link-local, private and cloud-metadata
                addresses are rejected.
            timeout: total seconds for the whole job, create included (default: the client's ``wait_timeout``).
            on_progress: called with a `StatusEvent` at every poll.
            **options: per-request options (`BodyRequestOptions`): ``extra_headers``, ``extra_query``, ``extra_body``.
        """
        return self._generate({"webhook": webhook}, timeout, on_progress, options)


class StyleDna(SyncResource):
    """Generate image: Generate an image in the style of a Style DNA anchor image.

    ``client.style_dna`` of `Tengrai`: operation ``create_style_dna_artwork``
    (``POST /v2/style-dna/generate``).
    """

    _operation = "create_style_dna_artwork"

    def create(
        self,
        *,
        visual_prompt: str,
        anchor_image_url: str,
        description: str,
        aspect_ratio: str | None = None,
        width: float | None = None,
        height: float | None = None,
        image_format: ImageFormat | None = None,
        webhook: str | None = None,
        timeout: float | None = None,
        **options: Unpack[BodyRequestOptions],
    ) -> SyncArtwork[StyleDnaArtworkParameters]:
        """Start a Generate image task and return its artwork at once (status ``starting``).

        Arguments are checked against the API's documented rules first; a broken rule raises `ValidationError`
        and nothing is sent. None means "not given" (the server applies its default).

        Args:
            visual_prompt: ``visualPrompt``. What the image shows. Required.
            anchor_image_url: ``anchorImageUrl``. URL of the Style DNA's anchor image. Required.
            description: ``description``. Description of the Style DNA. Required.
            aspect_ratio: ``aspectRatio``. Aspect ratio of the image (no values are documented).
            width: ``width``. Width in pixels; the total area (width x height) must not exceed 1,763,584 pixels. Range:
                512..2048.
            height: ``height``. Height in pixels; the total area (width x height) must not exceed 1,763,584 pixels.
                Range: 512..2048.
            image_format: ``imageFormat``. Format of the result image of the Style DNA operations. One of: ``png``,
                ``webp``. Server default: ``png``.
            webhook: ``webhook``. Optional webhook URL. When provided, the server POSTs the final artwork to it upon
                completion. Must be HTTPS and a publicly routable host: loopback, link-local, private and cloud-metadata
                addresses are rejected.
            timeout: total seconds for the call, retries included (default: no bound beyond each request's ``timeout``,
                the client's).
            **options: per-request options (`BodyRequestOptions`): ``extra_headers``, ``extra_query``, ``extra_body``.
        """
        return self._create(
            {
                "visual_prompt": visual_prompt,
                "anchor_image_url": anchor_image_url,
                "description": description,
                "aspect_ratio": aspect_ratio,
                "width": width,
                "height": height,
                "image_format": image_format,
                "webhook": webhook,
            },
            timeout,
            options,
        )

    def generate(
        self,
        *,
        visual_prompt: str,
        anchor_image_url: str,
        description: str,
        aspect_ratio: str | None = None,
        width: float | None = None,
        height: float | None = None,
        image_format: ImageFormat | None = None,
        webhook: str | None = None,
        timeout: float | None = None,
        on_progress: ProgressCallback | None = None,
        **options: Unpack[BodyRequestOptions],
    ) -> SyncArtwork[StyleDnaArtworkParameters]:
        """Start a Generate image task and wait for it: `create`, then `artworks.wait`.

        Raises `ArtworkFailedError`, `ArtworkCanceledError` or `ArtworkTimeoutError`, each carrying the artwork id.

        Args:
            visual_prompt: ``visualPrompt``. What the image shows. Required.
            anchor_image_url: ``anchorImageUrl``. URL of the Style DNA's anchor image. Required.
            description: ``description``. Description of the Style DNA. Required.
            aspect_ratio: ``aspectRatio``. Aspect ratio of the image (no values are documented).
            width: ``width``. Width in pixels; the total area (width x height) must not exceed 1,763,584 pixels. Range:
                512..2048.
            height: ``height``. Height in pixels; the total area (width x height) must not exceed 1,763,584 pixels.
                Range: 512..2048.
            image_format: ``imageFormat``. Format of the result image of the Style DNA operations. One of: ``png``,
                ``webp``. Server default: ``png``.
            webhook: ``webhook``. Optional webhook URL. When provided, the server POSTs the final artwork to it upon
                completion. Must be HTTPS and a publicly routable host: loopback, link-local, private and cloud-metadata
                addresses are rejected.
            timeout: total seconds for the whole job, create included (default: the client's ``wait_timeout``).
            on_progress: called with a `StatusEvent` at every poll.
            **options: per-request options (`BodyRequestOptions`): ``extra_headers``, ``extra_query``, ``extra_body``.
        """
        return self._generate(
            {
                "visual_prompt": visual_prompt,
                "anchor_image_url": anchor_image_url,
                "description": description,
                "aspect_ratio": aspect_ratio,
                "width": width,
                "height": height,
                "image_format": image_format,
                "webhook": webhook,
            },
            timeout,
            on_progress,
            options,
        )


class StyleDnaEdit(SyncResource):
    """Edit image: Edit an image with a change prompt without rerunning the full Style DNA pipeline.

    ``client.style_dna_edit`` of `Tengrai`: operation ``create_style_dna_edit_artwork``
    (``POST /v2/style-dna/edit``).
    """

    _operation = "create_style_dna_edit_artwork"

    def create(
        self,
        *,
        prompt: str | None = None,
        negative_prompt: str | None = None,
        image_guidance: Literal[1, 2, 3],
        modification: float,
        creativity: float,
        effort: float,
        aspect_ratio: HamiltonAspectRatio | None = None,
        width: float | None = None,
        height: float | None = None,
        image_url: str,
        image_format: ImageFormat | None = None,
        webhook: str | None = None,
        timeout: float | None = None,
        **options: Unpack[BodyRequestOptions],
    ) -> SyncArtwork[StyleDnaEditArtworkParameters]:
        """Start a Edit image task and return its artwork at once (status ``starting``).

        Arguments are checked against the API's documented rules first; a broken rule raises `ValidationError`
        and nothing is sent. None means "not given" (the server applies its default).

        Args:
            prompt: ``prompt``. Limited to 256 words; additional content will be truncated. At most 256 words
                (x-max-words). Server default: ``cat``.
            negative_prompt: ``negativePrompt``. Limited to 64 words; additional content will be truncated. At most 64
                words (x-max-words). Server default: ````.
            image_guidance: ``imageGuidance``. How closely the result follows the source image. One of: ``1``, ``2``,
                ``3``. Required.
            modification: ``modification``. How much the image is changed, from 1 to 5. Range: 1..5. Required.
            creativity: ``creativity``. Creativity from 1 to 5. Range: 1..5. Required.
            effort: ``effort``. Effort from 1 (fastest) to 5 (best quality). Range: 1..5. Required.
            aspect_ratio: ``aspectRatio``. Aspect ratio of Hamilton, Photo Pilot and Style DNA edit. Defaults to 1:1
                (1024 x 1024) when width and height are not given; 1:1 is 1328 x 1328 with highResolution. One of:
                ``1:1``, ``2:3``, ``3:4``, ``4:3``, ``9:16``, ``3:2``, ``16:9``. Server default: ``1:1``.
            width: ``width``. Width in pixels; the total area (width x height) must not exceed 1,763,584 pixels. Range:
                512..2048.
            height: ``height``. Height in pixels; the total area (width x height) must not exceed 1,763,584 pixels.
                Range: 512..2048.
            image_url: ``imageUrl``. URL of the image to edit. Required.
            image_format: ``imageFormat``. Format of the result image of the Style DNA operations. One of: ``png``,
                ``webp``. Server default: ``png``.
            webhook: ``webhook``. Optional webhook URL. When provided, the server POSTs the final artwork to it upon
                completion. Must be HTTPS and a publicly routable host: loopback, link-local, private and cloud-metadata
                addresses are rejected.
            timeout: total seconds for the call, retries included (default: no bound beyond each request's ``timeout``,
                the client's).
            **options: per-request options (`BodyRequestOptions`): ``extra_headers``, ``extra_query``, ``extra_body``.
        """
        return self._create(
            {
                "prompt": prompt,
                "negative_prompt": negative_prompt,
                "image_guidance": image_guidance,
                "modification": modification,
                "creativity": creativity,
                "effort": effort,
                "aspect_ratio": aspect_ratio,
                "width": width,
                "height": height,
                "image_url": image_url,
                "image_format": image_format,
                "webhook": webhook,
            },
            timeout,
            options,
        )

    def generate(
        self,
        *,
        prompt: str | None = None,
        negative_prompt: str | None = None,
        image_guidance: Literal[1, 2, 3],
        modification: float,
        creativity: float,
        effort: float,
        aspect_ratio: HamiltonAspectRatio | None = None,
        width: float | None = None,
        height: float | None = None,
        image_url: str,
        image_format: ImageFormat | None = None,
        webhook: str | None = None,
        timeout: float | None = None,
        on_progress: ProgressCallback | None = None,
        **options: Unpack[BodyRequestOptions],
    ) -> SyncArtwork[StyleDnaEditArtworkParameters]:
        """Start a Edit image task and wait for it: `create`, then `artworks.wait`.

        Raises `ArtworkFailedError`, `ArtworkCanceledError` or `ArtworkTimeoutError`, each carrying the artwork id.

        Args:
            prompt: ``prompt``. Limited to 256 words; additional content will be truncated. At most 256 words
                (x-max-words). Server default: ``cat``.
            negative_prompt: ``negativePrompt``. Limited to 64 words; additional content will be truncated. At most 64
                words (x-max-words). Server default: ````.
            image_guidance: ``imageGuidance``. How closely the result follows the source image. One of: ``1``, ``2``,
                ``3``. Required.
            modification: ``modification``. How much the image is changed, from 1 to 5. Range: 1..5. Required.
            creativity: ``creativity``. Creativity from 1 to 5. Range: 1..5. Required.
            effort: ``effort``. Effort from 1 (fastest) to 5 (best quality). Range: 1..5. Required.
            aspect_ratio: ``aspectRatio``. Aspect ratio of Hamilton, Photo Pilot and Style DNA edit. Defaults to 1:1
                (1024 x 1024) when width and height are not given; 1:1 is 1328 x 1328 with highResolution. One of:
                ``1:1``, ``2:3``, ``3:4``, ``4:3``, ``9:16``, ``3:2``, ``16:9``. Server default: ``1:1``.
            width: ``width``. Width in pixels; the total area (width x height) must not exceed 1,763,584 pixels. Range:
                512..2048.
            height: ``height``. Height in pixels; the total area (width x height) must not exceed 1,763,584 pixels.
                Range: 512..2048.
            image_url: ``imageUrl``. URL of the image to edit. Required.
            image_format: ``imageFormat``. Format of the result image of the Style DNA operations. One of: ``png``,
                ``webp``. Server default: ``png``.
            webhook: ``webhook``. Optional webhook URL. When provided, the server POSTs the final artwork to it upon
                completion. Must be HTTPS and a publicly routable host: loopback, link-local, private and cloud-metadata
                addresses are rejected.
            timeout: total seconds for the whole job, create included (default: the client's ``wait_timeout``).
            on_progress: called with a `StatusEvent` at every poll.
            **options: per-request options (`BodyRequestOptions`): ``extra_headers``, ``extra_query``, ``extra_body``.
        """
        return self._generate(
            {
                "prompt": prompt,
                "negative_prompt": negative_prompt,
                "image_guidance": image_guidance,
                "modification": modification,
                "creativity": creativity,
                "effort": effort,
                "aspect_ratio": aspect_ratio,
                "width": width,
                "height": height,
                "image_url": image_url,
                "image_format": image_format,
                "webhook": webhook,
            },
            timeout,
            on_progress,
            options,
        )


class AsyncV1Artworks(AsyncV1ArtworkSaving):
    """``client.v1.artworks``: `list`, `get`.

    For `AsyncTengrai`.
    """

    def list(
        self,
        *,
        limit: int | None = None,
        page_size: int = DEFAULT_PAGE_SIZE,
        timeout: float | None = None,
        **options: Unpack[RequestOptions],
    ) -> AsyncIterator[V1Artwork]:
        """Find artworks (V1).

        List V1 artworks (txt2img and upscaling) created with the calling API key.

        ``GET /v1/artworks`` (operation ``list_v1_artworks``), page after page: iterate
        (``async for``) over every item. Pages are fetched lazily, ``page_size`` per request
        (the ``offset``/``limit`` query parameters), as ``client.artworks.list`` does. A bad ``limit`` or
        ``page_size`` raises `ValidationError` here, before any request.

        Args:
            limit: the total number of items to yield (None: all of them).
            page_size: items per request (the API's ``limit`` query parameter and its range).
            timeout: seconds for each page's request, retries included (default: no bound beyond each request's
                ``timeout``, the client's).
            **options: per-request options (`RequestOptions`): ``extra_headers``, ``extra_query``. They go with every
                page request.
        """
        return self._paged("list_v1_artworks", {}, {}, limit, page_size, timeout, options)

    async def get(
        self,
        id: str,
        *,
        timeout: float | None = None,  # noqa: ASYNC109 - a total deadline, the documented API
        **options: Unpack[RequestOptions],
    ) -> V1Artwork:
        """Find artwork by ID (V1).

        Fetch one V1 artwork (txt2img or upscaling) created with the calling API key. V1 artworks were made
        synchronously, so their status is already final (`done` or `failed`).

        ``GET /v1/artworks/{id}`` (operation ``get_v1_artwork``).

        Args:
            id: ``id`` (path parameter). The id of the V1 artwork. Required.
            timeout: total seconds for the call, retries included (default: no bound beyond each request's ``timeout``,
                the client's).
            **options: per-request options (`RequestOptions`): ``extra_headers``, ``extra_query``.
        """
        result: V1Artwork = await self._call("get_v1_artwork", {"id": id}, {}, {}, timeout, options)
        return result


class AsyncV1Txt2Img(AsyncResource):
    """``client.v1.txt2img``: `create`.

    For `AsyncTengrai`.
    """

    async def create(
        self,
        *,
        model: V1Model | None = None,
        prompt_mode: PromptMode | None = None,
        prompt: str | None = None,
        negative_prompt: str | None = None,
        style: Style | None = None,
        creativity: int | None = None,
        details: int | None = None,
        aspect_ratio: AspectRatio | None = None,
        width: int | None = None,
        height: int | None = None,
        nsfw: bool | None = None,
        timeout: float | None = None,  # noqa: ASYNC109 - a total deadline, the documented API
        **options: Unpack[BodyRequestOptions],
    ) -> V1Artwork:
        """Create txt2img artwork.

        Text-to-image with the V1 API. Synchronous: the answer comes when the artwork is finished (status done or
        failed); the server answers 504 when it gives up waiting.

        ``POST /v1/artworks/txt2img`` (operation ``v1_txt2img``).

        Args:
            model: ``model``. Generation model of the V1 API. One of: ``tengrai-20231128-m-d``,
                ``tengrai-20240423-m-f``. Server default: ``tengrai-20231128-m-d``.
            prompt_mode: ``promptMode``. Prompt enhancement. `seer` enables AI-powered improvement, `servitor` uses the
                prompt as-is. One of: ``seer``, ``servitor``. Server default: ``seer``.
            prompt: ``prompt``. Limited to 256 words; additional content will be truncated. At most 256 words
                (x-max-words). Server default: ``cat``.
            negative_prompt: ``negativePrompt``. Limited to 64 words; additional content will be truncated. At most 64
                words (x-max-words).
            style: ``style``. Style of the Selena family (Selena, Selena Variete, txt2img). One of: ``default``,
                ``portraiture``, ``landscape``, ``photographer``, ``analog``, ``car``, ``food``, ``horror``,
                ``stained-glass``, ``impasto``, ``abstract-ink``, ``illustration``, ``aquarelle``, ``water-cute``,
                ``sphericute``, ``fairytale``, ``machinart``, ``isometric``, ``logo``, ``abstractpen``, ``lineart``,
                ``manga``, ``infiny-weave``, ``infiny-pattern``, ``infiny-flow``. Server default: ``default``.
            creativity: ``creativity``. Creativity from 1 to 5. Range: 1..5. Server default: ``3``.
            details: ``details``. Level of detail from 1 to 5. Range: 1..5. Server default: ``3``.
            aspect_ratio: ``aspectRatio``. Aspect ratio of the Selena family. Defaults to 1:1 (1024 x 1024) when width
                and height are not given. One of: ``1:1``, ``7:9``, ``2:3``, ``4:7``, ``9:16``, ``9:21``, ``9:7``,
                ``3:2``, ``7:4``, ``16:9``, ``21:9``. Server default: ``1:1``.
            width: ``width``. Use aspectRatio instead of custom width and height for better quality. If defined, the
                total area (width x height) must not exceed 1,478,656 pixels (e.g. 1216 x 1216). Range: 512..2048.
            height: ``height``. Use aspectRatio instead of custom width and height for better quality. If defined, the
                total area (width x height) must not exceed 1,478,656 pixels (e.g. 1216 x 1216). Range: 512..2048.
            nsfw: ``nsfw``. Allow NSFW output (shown as false in the page's example; no default stated).
            timeout: total seconds for the call, retries included (default: no bound beyond each request's ``timeout``,
                the client's).
            **options: per-request options (`BodyRequestOptions`): ``extra_headers``, ``extra_query``, ``extra_body``.
        """
        result: V1Artwork = await self._call(
            "v1_txt2img",
            {},
            {},
            {
                "model": model,
                "prompt_mode": prompt_mode,
                "prompt": prompt,
                "negative_prompt": negative_prompt,
                "style": style,
                "creativity": creativity,
                "details": details,
                "aspect_ratio": aspect_ratio,
                "width": width,
                "height": height,
                "nsfw": nsfw,
            },
            timeout,
            options,
        )
        return result


class AsyncV1Upscaling(AsyncResource):
    """``client.v1.upscaling``: `create`.

    For `AsyncTengrai`.
    """

    async def create(
        self,
        *,
        image_url: str,
        scale_factor: int | None = None,
        timeout: float | None = None,  # noqa: ASYNC109 - a total deadline, the documented API
        **options: Unpack[BodyRequestOptions],
    ) -> V1Artwork:
        """Create upscaling artwork.

        Upscale an image with the V1 API. Synchronous: the answer comes when the artwork is finished (status done or
        failed); the server answers 504 when it gives up waiting.

        ``POST /v1/artworks/upscaling`` (operation ``v1_upscaling``).

        Args:
            image_url: ``imageUrl``. The URL of the image to be upscaled. Its total area (width x height) must not
                exceed 1,478,656 pixels (e.g. 1216 x 1216); accepted formats are JPEG, JPG, PNG and WebP. Required.
            scale_factor: ``scaleFactor``. Upscaling factor from 2 to 8. Range: 2..8. Server default: ``2``.
            timeout: total seconds for the call, retries included (default: no bound beyond each request's ``timeout``,
                the client's).
            **options: per-request options (`BodyRequestOptions`): ``extra_headers``, ``extra_query``, ``extra_body``.
        """
        result: V1Artwork = await self._call(
            "v1_upscaling", {}, {}, {"image_url": image_url, "scale_factor": scale_factor}, timeout, options
        )
        return result


class AsyncV1Hamilton(AsyncResource):
    """``client.v1.hamilton``: `create`.

    For `AsyncTengrai`.
    """

    async def create(
        self,
        *,
        prompt: str | None = None,
        negative_prompt: str | None = None,
        style: HamiltonStyle | None = None,
        prompt_mode: PromptMode | None = None,
        creativity: int | None = None,
        effort: int | None = None,
        aspect_ratio: HamiltonAspectRatio | None = None,
        width: int | None = None,
        height: int | None = None,
        nsfw: bool | None = None,
        transparent_background: bool | None = None,
        high_resolution: bool | None = None,
        timeout: float | None = None,  # noqa: ASYNC109 - a total deadline, the documented API
        **options: Unpack[BodyRequestOptions],
    ) -> V1Artwork:
        """Create Hamilton artwork.

        Text-to-image with Hamilton on the V1 API. Synchronous: the answer comes when the artwork is finished (status
        done or failed); the server answers 504 when it gives up waiting.

        ``POST /v1/artworks/hamilton`` (operation ``v1_hamilton``).

        Args:
            prompt: ``prompt``. Limited to 256 words; additional content will be truncated. At most 256 words
                (x-max-words). Server default: ``cat``.
            negative_prompt: ``negativePrompt``. Limited to 64 words; additional content will be truncated. At most 64
                words (x-max-words).
            style: ``style``. Style of Hamilton. One of: ``default``, ``stained-glass``, ``line-drawing``,
                ``simple-sketch``, ``hand-sketch``, ``coloring-book``, ``plasticine``, ``photographer``, ``analog``,
                ``abstract-flat``, ``surreal``, ``manga``.
            prompt_mode: ``promptMode``. Prompt enhancement. `seer` enables AI-powered improvement, `servitor` uses the
                prompt as-is. One of: ``seer``, ``servitor``. Server default: ``seer``.
            creativity: ``creativity``. Creativity from 1 to 5 (controls the CFG scale). Range: 1..5. Server default:
                ``3``.
            effort: ``effort``. Effort from 1 (fastest) to 5 (best quality). Range: 1..5. Server default: ``3``.
            aspect_ratio: ``aspectRatio``. Aspect ratio of Hamilton, Photo Pilot and Style DNA edit. Defaults to 1:1
                (1024 x 1024) when width and height are not given; 1:1 is 1328 x 1328 with highResolution. One of:
                ``1:1``, ``2:3``, ``3:4``, ``4:3``, ``9:16``, ``3:2``, ``16:9``. Server default: ``1:1``.
            width: ``width``. Use aspectRatio instead of custom width and height for better quality. If defined, the
                total area (width x height) must not exceed 1,478,656 pixels (e.g. 1216 x 1216). Range: 512..2048.
            height: ``height``. Use aspectRatio instead of custom width and height for better quality. If defined, the
                total area (width x height) must not exceed 1,478,656 pixels (e.g. 1216 x 1216). Range: 512..2048.
            nsfw: ``nsfw``. Allow NSFW output.
            transparent_background: ``transparentBackground``. Generate the image on a transparent background.
            high_resolution: ``highResolution``. Larger sizes per aspect ratio (1:1 gives 1328 x 1328 instead of 1024 x
                1024).
            timeout: total seconds for the call, retries included (default: no bound beyond each request's ``timeout``,
                the client's).
            **options: per-request options (`BodyRequestOptions`): ``extra_headers``, ``extra_query``, ``extra_body``.
        """
        result: V1Artwork = await self._call(
            "v1_hamilton",
            {},
            {},
            {
                "prompt": prompt,
                "negative_prompt": negative_prompt,
                "style": style,
                "prompt_mode": prompt_mode,
                "creativity": creativity,
                "effort": effort,
                "aspect_ratio": aspect_ratio,
                "width": width,
                "height": height,
                "nsfw": nsfw,
                "transparent_background": transparent_background,
                "high_resolution": high_resolution,
            },
            timeout,
            options,
        )
        return result


class AsyncV1StyleDna(AsyncResource):
    """``client.v1.style_dna``: `generate`, `generate_asset`, `edit`, `remove_background`.

    For `AsyncTengrai`.
    """

    async def generate(
        self,
        *,
        visual_prompt: str,
        anchor_image_url: str,
        description: str,
        aspect_ratio: str | None = None,
        width: float | None = None,
        height: float | None = None,
        image_format: ImageFormat | None = None,
        timeout: float | None = None,  # noqa: ASYNC109 - a total deadline, the documented API
        **options: Unpack[BodyRequestOptions],
    ) -> ImageAsset:
        """Generate image asset.

        Generate an image in a Style DNA. Synchronous: the answer holds the image's URL, which expires at `expiresAt`,
        and the credits used.

        ``POST /v1/style-dna/generate`` (operation ``v1_style_dna_generate``).

        Args:
            visual_prompt: ``visualPrompt``. What the image shows. Required.
            anchor_image_url: ``anchorImageUrl``. URL of the Style DNA's anchor image. Required.
            description: ``description``. Description of the Style DNA. Required.
            aspect_ratio: ``aspectRatio``. Aspect ratio of the image (no values are documented).
            width: ``width``. Width in pixels; the total area (width x height) must not exceed 1,763,584 pixels. Range:
                512..2048.
            height: ``height``. Height in pixels; the total area (width x height) must not exceed 1,763,584 pixels.
                Range: 512..2048.
            image_format: ``imageFormat``. Format of the result image of the Style DNA operations. One of: ``png``,
                ``webp``. Server default: ``png``.
            timeout: total seconds for the call, retries included (default: no bound beyond each request's ``timeout``,
                the client's).
            **options: per-request options (`BodyRequestOptions`): ``extra_headers``, ``extra_query``, ``extra_body``.
        """
        result: ImageAsset = await self._call(
            "v1_style_dna_generate",
            {},
            {},
            {
                "visual_prompt": visual_prompt,
                "anchor_image_url": anchor_image_url,
                "description": description,
                "aspect_ratio": aspect_ratio,
                "width": width,
                "height": height,
                "image_format": image_format,
            },
            timeout,
            options,
        )
        return result

    async def generate_asset(
        self,
        *,
        visual_prompt: str,
        anchor_image_url: str,
        description: str,
        aspect_ratio: str | None = None,
        width: float | None = None,
        height: float | None = None,
        image_format: ImageFormat | None = None,
        background_mode: StyleDnaBackgroundMode | None = None,
        timeout: float | None = None,  # noqa: ASYNC109 - a total deadline, the documented API
        **options: Unpack[BodyRequestOptions],
    ) -> ImageAsset:
        """Generate asset.

        Generate an asset in a Style DNA, on a transparent, white or chroma-green background. Synchronous: the answer
        holds the image's URL, which expires at `expiresAt`, and the credits used.

        ``POST /v1/style-dna/generate/asset`` (operation ``v1_style_dna_generate_asset``).

        Args:
            visual_prompt: ``visualPrompt``. What the asset shows. Required.
            anchor_image_url: ``anchorImageUrl``. URL of the Style DNA's anchor image. Required.
            description: ``description``. Description of the Style DNA. Required.
            aspect_ratio: ``aspectRatio``. Aspect ratio of the image (no values are documented).
            width: ``width``. Width in pixels; the total area (width x height) must not exceed 1,763,584 pixels. Range:
                512..2048.
            height: ``height``. Height in pixels; the total area (width x height) must not exceed 1,763,584 pixels.
                Range: 512..2048.
            image_format: ``imageFormat``. Format of the result image of the Style DNA operations. One of: ``png``,
                ``webp``. Server default: ``png``.
            background_mode: ``backgroundMode``. The background of a generated Style DNA asset. One of: ``transparent``,
                ``white``, ``chroma_green``. Server default: ``transparent``.
            timeout: total seconds for the call, retries included (default: no bound beyond each request's ``timeout``,
                the client's).
            **options: per-request options (`BodyRequestOptions`): ``extra_headers``, ``extra_query``, ``extra_body``.
        """
        result: ImageAsset = await self._call(
            "v1_style_dna_generate_asset",
            {},
            {},
            {
                "visual_prompt": visual_prompt,
                "anchor_image_url": anchor_image_url,
                "description": description,
                "aspect_ratio": aspect_ratio,
                "width": width,
                "height": height,
                "image_format": image_format,
                "background_mode": background_mode,
            },
            timeout,
            options,
        )
        return result

    async def edit(
        self,
        *,
        prompt: str | None = None,
        negative_prompt: str | None = None,
        image_guidance: Literal[1, 2, 3],
        modification: float,
        creativity: float,
        effort: float,
        aspect_ratio: HamiltonAspectRatio | None = None,
        width: float | None = None,
        height: float | None = None,
        image_url: str,
        image_format: ImageFormat | None = None,
        timeout: float | None = None,  # noqa: ASYNC109 - a total deadline, the documented API
        **options: Unpack[BodyRequestOptions],
    ) -> ImageAsset:
        """Edit image asset.

        Edit an image with a change prompt. Synchronous: the answer holds the edited image's URL, which expires at
        `expiresAt`, and the credits used.

        ``POST /v1/style-dna/edit`` (operation ``v1_style_dna_edit``).

        Args:
            prompt: ``prompt``. Limited to 256 words; additional content will be truncated. At most 256 words
                (x-max-words). Server default: ``cat``.
            negative_prompt: ``negativePrompt``. Limited to 64 words; additional content will be truncated. At most 64
                words (x-max-words). Server default: ````.
            image_guidance: ``imageGuidance``. How closely the result follows the source image. One of: ``1``, ``2``,
                ``3``. Required.
            modification: ``modification``. How much the image is changed, from 1 to 5. Range: 1..5. Required.
            creativity: ``creativity``. Creativity from 1 to 5. Range: 1..5. Required.
            effort: ``effort``. Effort from 1 (fastest) to 5 (best quality). Range: 1..5. Required.
            aspect_ratio: ``aspectRatio``. Aspect ratio of Hamilton, Photo Pilot and Style DNA edit. Defaults to 1:1
                (1024 x 1024) when width and height are not given; 1:1 is 1328 x 1328 with highResolution. One of:
                ``1:1``, ``2:3``, ``3:4``, ``4:3``, ``9:16``, ``3:2``, ``16:9``. Server default: ``1:1``.
            width: ``width``. Width in pixels; the total area (width x height) must not exceed 1,763,584 pixels. Range:
                512..2048.
            height: ``height``. Height in pixels; the total area (width x height) must not exceed 1,763,584 pixels.
                Range: 512..2048.
            image_url: ``imageUrl``. URL of the image to edit. Required.
            image_format: ``imageFormat``. Format of the result image of the Style DNA operations. One of: ``png``,
                ``webp``. Server default: ``png``.
            timeout: total seconds for the call, retries included (default: no bound beyond each request's ``timeout``,
                the client's).
            **options: per-request options (`BodyRequestOptions`): ``extra_headers``, ``extra_query``, ``extra_body``.
        """
        result: ImageAsset = await self._call(
            "v1_style_dna_edit",
            {},
            {},
            {
                "prompt": prompt,
                "negative_prompt": negative_prompt,
                "image_guidance": image_guidance,
                "modification": modification,
                "creativity": creativity,
                "effort": effort,
                "aspect_ratio": aspect_ratio,
                "width": width,
                "height": height,
                "image_url": image_url,
                "image_format": image_format,
            },
            timeout,
            options,
        )
        return result

    async def remove_background(
        self,
        *,
        image_url: str,
        image_format: ImageFormat | None = None,
        timeout: float | None = None,  # noqa: ASYNC109 - a total deadline, the documented API
        **options: Unpack[BodyRequestOptions],
    ) -> ImageAsset:
        """Remove background.

        Remove the background of an image (at most 2048 x 2048 and 1,763,584 pixels). Synchronous: the answer holds the
        result's URL, which expires at `expiresAt`, and the credits used.

        ``POST /v1/style-dna/remove-background`` (operation ``v1_style_dna_remove_background``).

        Args:
            image_url: ``imageUrl``. URL of the image. It must be at most 2048 x 2048 pixels and 1,763,584 pixels in
                total area. Required.
            image_format: ``imageFormat``. Format of the result image of the Style DNA operations. One of: ``png``,
                ``webp``. Server default: ``png``.
            timeout: total seconds for the call, retries included (default: no bound beyond each request's ``timeout``,
                the client's).
            **options: per-request options (`BodyRequestOptions`): ``extra_headers``, ``extra_query``, ``extra_body``.
        """
        result: ImageAsset = await self._call(
            "v1_style_dna_remove_background",
            {},
            {},
            {"image_url": image_url, "image_format": image_format},
            timeout,
            options,
        )
        return result


class AsyncV1Textcraft(AsyncResource):
    """``client.v1.textcraft``: `create`.

    For `AsyncTengrai`.
    """

    async def create(
        self,
        *,
        prompt: str,
        model: str,
        temperature: float | None = None,
        max_tokens: float | None = None,
        image_url: str | None = None,
        image_data: str | None = None,
        thinking: bool | None = None,
        reasoning_config: Mapping[str, Any] | None = None,
        tools: Mapping[str, Any] | None = None,
        additional_model_request_fields: Mapping[str, Any] | None = None,
        timeout: float | None = None,  # noqa: ASYNC109 - a total deadline, the documented API
        **options: Unpack[BodyRequestOptions],
    ) -> TextcraftAnswer:
        """Textcraft.

        Call a language model with a text prompt and optionally an image. Synchronous: the answer holds the model's
        text, the tokens used (input and output) and the credits used.

        ``POST /v1/textcraft`` (operation ``v1_textcraft``).

        Args:
            prompt: ``prompt``. The text prompt. Required.
            model: ``model``. The model to call (its name as listed by GET /v1/textcraft/models, which is not
                documented). Required.
            temperature: ``temperature``. Sampling temperature (not together with thinking).
            max_tokens: ``maxTokens``. The most tokens to produce (default: the model's maximum).
            image_url: ``imageUrl``. URL of an image to send with the prompt (vision models only).
            image_data: ``imageData``. Base64 image data to send with the prompt (vision models only).
            thinking: ``thinking``. Ask for the model's reasoning (returned in `reasoning`; ignored by models without
                it).
            reasoning_config: ``reasoningConfig``. Extended reasoning settings (Claude on Bedrock only).
            tools: ``tools``. Tools the model may call, by name: each with a `description` and its `parameters`
                (parameter name -> its description). The calls come back in `toolCalls`.
            additional_model_request_fields: ``additionalModelRequestFields``. More fields for the model, passed on to
                the Bedrock Converse API as they are (any JSON object; the SDK checks only that it is one).
            timeout: total seconds for the call, retries included (default: no bound beyond each request's ``timeout``,
                the client's).
            **options: per-request options (`BodyRequestOptions`): ``extra_headers``, ``extra_query``, ``extra_body``.
        """
        result: TextcraftAnswer = await self._call(
            "v1_textcraft",
            {},
            {},
            {
                "prompt": prompt,
                "model": model,
                "temperature": temperature,
                "max_tokens": max_tokens,
                "image_url": image_url,
                "image_data": image_data,
                "thinking": thinking,
                "reasoning_config": reasoning_config,
                "tools": tools,
                "additional_model_request_fields": additional_model_request_fields,
            },
            timeout,
            options,
        )
        return result


class AsyncV1Organizations(AsyncResource):
    """``client.v1.organizations``: `create_api_key`, `revoke_api_key`, `rotate_webhook_secret`.

    For `AsyncTengrai`.
    """

    async def create_api_key(
        self,
        org_id: str,
        *,
        label: str,
        scope: ApiKeyScope,
        domains: list[V1ApiKeyDomain],
        credits: int | None = None,
        timeout: float | None = None,  # noqa: ASYNC109 - a total deadline, the documented API
        **options: Unpack[BodyRequestOptions],
    ) -> ApiKey:
        """Create a new API key for an organization (V1).

        Mint a key for the organization with the V1 domain names. An admin key's domains are set to ['*'] by the server.
        The answer holds the full key in `apiKey` this once only; store it.

        ``POST /v1/organizations/{orgId}/api-keys`` (operation ``v1_create_api_key``).

        Args:
            org_id: ``orgId`` (path parameter). The organization's id. Required.
            label: ``label``. A name for the key (1 to 100 characters), shown in key listings. At most 100 characters.
                Required.
            scope: ``scope``. The key's scope. One of: ``generator``, ``manager``, ``admin``. Required.
            domains: ``domains``. The areas of the API the key may call (at least one); an admin key's domains are set
                to ['*']. Each one of: ``artworks``, ``style-dna``, ``textcraft``, ``*``. At least 1 item(s). Required.
            credits: ``credits``. Credits allotted to the key. Server default: ``0``.
            timeout: total seconds for the call, retries included (default: no bound beyond each request's ``timeout``,
                the client's).
            **options: per-request options (`BodyRequestOptions`): ``extra_headers``, ``extra_query``, ``extra_body``.
        """
        result: ApiKey = await self._call(
            "v1_create_api_key",
            {"orgId": org_id},
            {},
            {"label": label, "scope": scope, "domains": domains, "credits": credits},
            timeout,
            options,
        )
        return result

    async def revoke_api_key(
        self,
        org_id: str,
        key_id: str,
        *,
        timeout: float | None = None,  # noqa: ASYNC109 - a total deadline, the documented API
        **options: Unpack[RequestOptions],
    ) -> ApiKeyRevocation:
        """Revoke an API key (V1).

        Revoke one of the organization's keys, at once and for good (the same contract as the V2 operation).

        ``DELETE /v1/organizations/{orgId}/api-keys/{keyId}`` (operation ``v1_revoke_api_key``).

        Args:
            org_id: ``orgId`` (path parameter). The organization's id. Required.
            key_id: ``keyId`` (path parameter). The id of the key (its `keyId`, not the key itself). Required.
            timeout: total seconds for the call, retries included (default: no bound beyond each request's ``timeout``,
                the client's).
            **options: per-request options (`RequestOptions`): ``extra_headers``, ``extra_query``.
        """
        result: ApiKeyRevocation = await self._call(
            "v1_revoke_api_key", {"orgId": org_id, "keyId": key_id}, {}, {}, timeout, options
        )
        return result

    async def rotate_webhook_secret(
        self,
        org_id: str,
        *,
        timeout: float | None = None,  # noqa: ASYNC109 - a total deadline, the documented API
        **options: Unpack[RequestOptions],
    ) -> WebhookSecret:
        """Generate or rotate the webhook secret (V1).

        Generate a fresh webhook secret for the organization, replacing the current one at once (the same contract as
        the V2 operation). The answer is the only time the secret is shown.

        ``POST /v1/organizations/{orgId}/webhook-secret`` (operation ``v1_rotate_webhook_secret``).

        Args:
            org_id: ``orgId`` (path parameter). The organization's id. Required.
            timeout: total seconds for the call, retries included (default: no bound beyond each request's ``timeout``,
                the client's).
            **options: per-request options (`RequestOptions`): ``extra_headers``, ``extra_query``.
        """
        result: WebhookSecret = await self._call(
            "v1_rotate_webhook_secret", {"orgId": org_id}, {}, {}, timeout, options
        )
        return result


class AsyncV1(AsyncResource):
    """``client.v1``: `artworks`, `txt2img`, `upscaling`, `hamilton`, `style_dna`, `textcraft`, `organizations`.

    For `AsyncTengrai`.
    """

    artworks: AsyncV1Artworks

    txt2img: AsyncV1Txt2Img

    upscaling: AsyncV1Upscaling

    hamilton: AsyncV1Hamilton

    style_dna: AsyncV1StyleDna

    textcraft: AsyncV1Textcraft

    organizations: AsyncV1Organizations

    def __init__(self, core: Core, runner: AsyncRunner) -> None:
        super().__init__(core, runner)
        self.artworks = AsyncV1Artworks(core, runner)
        self.txt2img = AsyncV1Txt2Img(core, runner)
        self.upscaling = AsyncV1Upscaling(core, runner)
        self.hamilton = AsyncV1Hamilton(core, runner)
        self.style_dna = AsyncV1StyleDna(core, runner)
        self.textcraft = AsyncV1Textcraft(core, runner)
        self.organizations = AsyncV1Organizations(core, runner)


class AsyncOrganizations(AsyncResource):
    """``client.organizations``: `create_api_key`, `revoke_api_key`, `rotate_webhook_secret`.

    For `AsyncTengrai`.
    """

    async def create_api_key(
        self,
        org_id: str,
        *,
        label: str,
        scope: MintableApiKeyScope,
        domains: list[ApiKeyDomain],
        credits: int | None = None,
        timeout: float | None = None,  # noqa: ASYNC109 - a total deadline, the documented API
        **options: Unpack[BodyRequestOptions],
    ) -> ApiKey:
        """Create API key.

        Mint a manager or generator key for the organization (admin keys cannot be minted: Tengr.ai creates them). The
        answer holds the full key in `apiKey` this once only; store it. Needs an admin key whose domains include every
        requested domain.

        ``POST /v2/organizations/{orgId}/api-keys`` (operation ``create_api_key``).

        Args:
            org_id: ``orgId`` (path parameter). The organization's id. Required.
            label: ``label``. A name for the key (1 to 100 characters), shown in key listings. At most 100 characters.
                Required.
            scope: ``scope``. The key's scope, manager or generator (admin keys cannot be minted). One of: ``manager``,
                ``generator``. Required.
            domains: ``domains``. The areas of the API the key may call (at least one); they must be a subset of the
                calling admin key's domains. Each one of: ``artworks-internal``, ``style-dna``, ``textcraft``. At least
                1 item(s). Required.
            credits: ``credits``. Credits allotted to the key. Server default: ``0``.
            timeout: total seconds for the call, retries included (default: no bound beyond each request's ``timeout``,
                the client's).
            **options: per-request options (`BodyRequestOptions`): ``extra_headers``, ``extra_query``, ``extra_body``.
        """
        result: ApiKey = await self._call(
            "create_api_key",
            {"orgId": org_id},
            {},
            {"label": label, "scope": scope, "domains": domains, "credits": credits},
            timeout,
            options,
        )
        return result

    async def revoke_api_key(
        self,
        org_id: str,
        key_id: str,
        *,
        timeout: float | None = None,  # noqa: ASYNC109 - a total deadline, the documented API
        **options: Unpack[RequestOptions],
    ) -> ApiKeyRevocation:
        """Revoke API key.

        Revoke one of the organization's manager or generator keys, at once and for good: requests with it are refused
        with 401 from then on.

        ``DELETE /v2/organizations/{orgId}/api-keys/{keyId}`` (operation ``revoke_api_key``).

        Args:
            org_id: ``orgId`` (path parameter). The organization's id. Required.
            key_id: ``keyId`` (path parameter). The id of the key (its `keyId`, not the key itself). Required.
            timeout: total seconds for the call, retries included (default: no bound beyond each request's ``timeout``,
                the client's).
            **options: per-request options (`RequestOptions`): ``extra_headers``, ``extra_query``.
        """
        result: ApiKeyRevocation = await self._call(
            "revoke_api_key", {"orgId": org_id, "keyId": key_id}, {}, {}, timeout, options
        )
        return result

    async def rotate_webhook_secret(
        self,
        org_id: str,
        *,
        timeout: float | None = None,  # noqa: ASYNC109 - a total deadline, the documented API
        **options: Unpack[RequestOptions],
    ) -> WebhookSecret:
        """Rotate webhook secret.

        Generate a fresh webhook secret for the organization, replacing the current one at once (there is no overlap
        period). Webhook deliveries are signed with it from then on. The answer is the only time the secret is shown.

        ``POST /v2/organizations/{orgId}/webhook-secret`` (operation ``rotate_webhook_secret``).

        Args:
            org_id: ``orgId`` (path parameter). The organization's id. Required.
            timeout: total seconds for the call, retries included (default: no bound beyond each request's ``timeout``,
                the client's).
            **options: per-request options (`RequestOptions`): ``extra_headers``, ``extra_query``.
        """
        result: WebhookSecret = await self._call("rotate_webhook_secret", {"orgId": org_id}, {}, {}, timeout, options)
        return result


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
        timeout: float | None = None,  # noqa: ASYNC109 - a total deadline, the documented API
        **options: Unpack[BodyRequestOptions],
    ) -> AsyncArtwork[QuantumArtworkParameters]:
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
                addresses are rejected.
            output_format: ``outputFormat``. Output image format. `auto` (the default) uses the server default (webp
                with high-quality settings); `png` is lossless; `webp` is equivalent to `auto`. One of: ``auto``,
                ``png``, ``webp``. Server default: ``auto``.
            timeout: total seconds for the call, retries included (default: no bound beyond each request's ``timeout``,
                the client's).
            **options: per-request options (`BodyRequestOptions`): ``extra_headers``, ``extra_query``, ``extra_body``.
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
            },
            timeout,
            options,
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
        **options: Unpack[BodyRequestOptions],
    ) -> AsyncArtwork[QuantumArtworkParameters]:
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
                addresses are rejected.
            output_format: ``outputFormat``. Output image format. `auto` (the default) uses the server default (webp
                with high-quality settings); `png` is lossless; `webp` is equivalent to `auto`. One of: ``auto``,
                ``png``, ``webp``. Server default: ``auto``.
            timeout: total seconds for the whole job, create included (default: the client's ``wait_timeout``).
            on_progress: called with a `StatusEvent` at every poll (a coroutine function is awaited).
            **options: per-request options (`BodyRequestOptions`): ``extra_headers``, ``extra_query``, ``extra_body``.
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
            options,
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
        timeout: float | None = None,  # noqa: ASYNC109 - a total deadline, the documented API
        **options: Unpack[BodyRequestOptions],
    ) -> AsyncArtwork[SelenaVarieteArtworkParameters]:
        """Start a Selena Variete task and return its artwork at once (status ``starting``).

        Arguments are checked against the API's documented rules first; a broken rule raises `ValidationError`
        and nothing is sent. None means "not given" (the server applies its default).

        Args:
            image_url: ``imageUrl``. URL of the source image to process. Required.
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
                addresses are rejected.
            timeout: total seconds for the call, retries included (default: no bound beyond each request's ``timeout``,
                the client's).
            **options: per-request options (`BodyRequestOptions`): ``extra_headers``, ``extra_query``, ``extra_body``.
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
            },
            timeout,
            options,
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
        **options: Unpack[BodyRequestOptions],
    ) -> AsyncArtwork[SelenaVarieteArtworkParameters]:
        """Start a Selena Variete task and wait for it: `create`, then `artworks.wait`.

        Raises `ArtworkFailedError`, `ArtworkCanceledError` or `ArtworkTimeoutError`, each carrying the artwork id.

        Args:
            image_url: ``imageUrl``. URL of the source image to process. Required.
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
                addresses are rejected.
            timeout: total seconds for the whole job, create included (default: the client's ``wait_timeout``).
            on_progress: called with a `StatusEvent` at every poll (a coroutine function is awaited).
            **options: per-request options (`BodyRequestOptions`): ``extra_headers``, ``extra_query``, ``extra_body``.
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
            options,
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
        timeout: float | None = None,  # noqa: ASYNC109 - a total deadline, the documented API
        **options: Unpack[BodyRequestOptions],
    ) -> AsyncArtwork[FaceRefinerArtworkParameters]:
        """Start a Face refiner task and return its artwork at once (status ``starting``).

        Arguments are checked against the API's documented rules first; a broken rule raises `ValidationError`
        and nothing is sent. None means "not given" (the server applies its default).

        Args:
            image_url: ``imageUrl``. URL of the source image to refine. Required.
            model: ``model``. Generation model (V2 names carry the `.safetensors` suffix). One of:
                ``tengrai-20231128-m-d.safetensors``, ``tengrai-20240423-m-f.safetensors``.
            denoising: ``denoising``. Denoising strength level from 1 (very subtle) to 5 (extreme). Controls how much
                the face is refined. Range: 1..5. Server default: ``3``.
            seed: ``seed``. Optional random seed for deterministic generation. The pipeline applies the transform
                floor(seed * 1.2) + 17 before submitting to the workflow engine. Omit to let the server pick one. Range:
                1..2,147,483,647.
            webhook: ``webhook``. Optional webhook URL. When provided, the server POSTs the final artwork to it upon
                completion. Must be HTTPS and a publicly routable host: loopback, link-local, private and cloud-metadata
                addresses are rejected.
            output_format: ``outputFormat``. Output image format. `auto` (the default) uses the server default (webp
                with high-quality settings); `png` is lossless; `webp` is equivalent to `auto`. One of: ``auto``,
                ``png``, ``webp``. Server default: ``auto``.
            timeout: total seconds for the call, retries included (default: no bound beyond each request's ``timeout``,
                the client's).
            **options: per-request options (`BodyRequestOptions`): ``extra_headers``, ``extra_query``, ``extra_body``.
        """
        return await self._create(
            {
                "image_url": image_url,
                "model": model,
                "denoising": denoising,
                "seed": seed,
                "webhook": webhook,
                "output_format": output_format,
            },
            timeout,
            options,
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
        **options: Unpack[BodyRequestOptions],
    ) -> AsyncArtwork[FaceRefinerArtworkParameters]:
        """Start a Face refiner task and wait for it: `create`, then `artworks.wait`.

        Raises `ArtworkFailedError`, `ArtworkCanceledError` or `ArtworkTimeoutError`, each carrying the artwork id.

        Args:
            image_url: ``imageUrl``. URL of the source image to refine. Required.
            model: ``model``. Generation model (V2 names carry the `.safetensors` suffix). One of:
                ``tengrai-20231128-m-d.safetensors``, ``tengrai-20240423-m-f.safetensors``.
            denoising: ``denoising``. Denoising strength level from 1 (very subtle) to 5 (extreme). Controls how much
                the face is refined. Range: 1..5. Server default: ``3``.
            seed: ``seed``. Optional random seed for deterministic generation. The pipeline applies the transform
                floor(seed * 1.2) + 17 before submitting to the workflow engine. Omit to let the server pick one. Range:
                1..2,147,483,647.
            webhook: ``webhook``. Optional webhook URL. When provided, the server POSTs the final artwork to it upon
                completion. Must be HTTPS and a publicly routable host: loopback, link-local, private and cloud-metadata
                addresses are rejected.
            output_format: ``outputFormat``. Output image format. `auto` (the default) uses the server default (webp
                with high-quality settings); `png` is lossless; `webp` is equivalent to `auto`. One of: ``auto``,
                ``png``, ``webp``. Server default: ``auto``.
            timeout: total seconds for the whole job, create included (default: the client's ``wait_timeout``).
            on_progress: called with a `StatusEvent` at every poll (a coroutine function is awaited).
            **options: per-request options (`BodyRequestOptions`): ``extra_headers``, ``extra_query``, ``extra_body``.
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
            options,
        )


class AsyncSelena(AsyncResource):
    """Selena: Start a text-to-image generation with Selena, the workhorse model. Answers at once with the artwork task;
    poll it with get_artwork or receive it on the webhook when it ends. No page documents this endpoint: its request
    is the Selena artwork's parameters (see openapi/NOTES.md).

    ``client.selena`` of `AsyncTengrai`: operation ``create_selena_artwork``
    (``POST /v2/artworks/selena``).
    """

    _operation = "create_selena_artwork"

    async def create(
        self,
        *,
        model: Model | None = None,
        batch: int | None = None,
        prompt_mode: PromptMode | None = None,
        prompt: str | None = None,
        negative_prompt: str | None = None,
        style: Style | None = None,
        creativity: int | None = None,
        details: int | None = None,
        aspect_ratio: AspectRatio | None = None,
        width: int | None = None,
        height: int | None = None,
        nsfw: bool | None = None,
        transparent_background: bool | None = None,
        color_tone: ColorTone | None = None,
        camera_angle: CameraAngle | None = None,
        webhook: str | None = None,
        timeout: float | None = None,  # noqa: ASYNC109 - a total deadline, the documented API
        **options: Unpack[BodyRequestOptions],
    ) -> AsyncArtwork[SelenaArtworkParameters]:
        """Start a Selena task and return its artwork at once (status ``starting``).

        Arguments are checked against the API's documented rules first; a broken rule raises `ValidationError`
        and nothing is sent. None means "not given" (the server applies its default).

        Args:
            model: ``model``. Generation model (V2 names carry the `.safetensors` suffix). One of:
                ``tengrai-20231128-m-d.safetensors``, ``tengrai-20240423-m-f.safetensors``.
            batch: ``batch``. Number of images to generate per task (1-2). Default 2. Range: 1..2. Server default:
                ``2``.
            prompt_mode: ``promptMode``. Prompt enhancement. `seer` enables AI-powered improvement, `servitor` uses the
                prompt as-is. One of: ``seer``, ``servitor``. Server default: ``servitor``.
            prompt: ``prompt``. Limited to 256 words; additional content will be truncated. At most 256 words
                (x-max-words). Server default: ``cat``.
            negative_prompt: ``negativePrompt``. Limited to 64 words; additional content will be truncated. At most 64
                words (x-max-words).
            style: ``style``. Style of the Selena family (Selena, Selena Variete, txt2img). One of: ``default``,
                ``portraiture``, ``landscape``, ``photographer``, ``analog``, ``car``, ``food``, ``horror``,
                ``stained-glass``, ``impasto``, ``abstract-ink``, ``illustration``, ``aquarelle``, ``water-cute``,
                ``sphericute``, ``fairytale``, ``machinart``, ``isometric``, ``logo``, ``abstractpen``, ``lineart``,
                ``manga``, ``infiny-weave``, ``infiny-pattern``, ``infiny-flow``. Server default: ``default``.
            creativity: ``creativity``. Creativity from 1 to 5. Range: 1..5. Server default: ``3``.
            details: ``details``. Level of detail from 1 to 5. Range: 1..5. Server default: ``3``.
            aspect_ratio: ``aspectRatio``. Aspect ratio of the Selena family. Defaults to 1:1 (1024 x 1024) when width
                and height are not given. One of: ``1:1``, ``7:9``, ``2:3``, ``4:7``, ``9:16``, ``9:21``, ``9:7``,
                ``3:2``, ``7:4``, ``16:9``, ``21:9``. Server default: ``1:1``.
            width: ``width``. Use aspectRatio instead of custom width and height for better quality. If defined, the
                total area (width x height) must not exceed 1,478,656 pixels (e.g. 1216 x 1216). Range: 512..2048.
            height: ``height``. Use aspectRatio instead of custom width and height for better quality. If defined, the
                total area (width x height) must not exceed 1,478,656 pixels (e.g. 1216 x 1216). Range: 512..2048.
            nsfw: ``nsfw``. Set to true to allow NSFW output. When false (the default), safety negatives are injected
                into the negative prompt to suppress NSFW content. Server default: ``false``.
            transparent_background: ``transparentBackground``. Generate the image on a transparent background. Server
                default: ``false``.
            color_tone: ``colorTone``. Overall color palette. Prepended to the prompt; flows through SEER improvement.
                One of: ``cool``, ``warm``, ``blackAndWhite``, ``pastel``, ``vibrantColors``, ``sepia``,
                ``mutedColors``, ``neonColors``.
            camera_angle: ``cameraAngle``. Camera framing or perspective. Prepended to the prompt; flows through SEER
                improvement. One of: ``closeUp``, ``eyeLevel``, ``lowAngle``, ``highAngle``, ``wormsEye``, ``birdsEye``,
                ``fishEye``, ``aerialView``, ``dutchAngle``, ``firstPersonView``.
            webhook: ``webhook``. Optional webhook URL. When provided, the server POSTs the final artwork to it upon
                completion. Must be HTTPS and a publicly routable host: loopback, link-local, private and cloud-metadata
                addresses are rejected.
            timeout: total seconds for the call, retries included (default: no bound beyond each request's ``timeout``,
                the client's).
            **options: per-request options (`BodyRequestOptions`): ``extra_headers``, ``extra_query``, ``extra_body``.
        """
        return await self._create(
            {
                "model": model,
                "batch": batch,
                "prompt_mode": prompt_mode,
                "prompt": prompt,
                "negative_prompt": negative_prompt,
                "style": style,
                "creativity": creativity,
                "details": details,
                "aspect_ratio": aspect_ratio,
                "width": width,
                "height": height,
                "nsfw": nsfw,
                "transparent_background": transparent_background,
                "color_tone": color_tone,
                "camera_angle": camera_angle,
                "webhook": webhook,
            },
            timeout,
            options,
        )

    async def generate(
        self,
        *,
        model: Model | None = None,
        batch: int | None = None,
        prompt_mode: PromptMode | None = None,
        prompt: str | None = None,
        negative_prompt: str | None = None,
        style: Style | None = None,
        creativity: int | None = None,
        details: int | None = None,
        aspect_ratio: AspectRatio | None = None,
        width: int | None = None,
        height: int | None = None,
        nsfw: bool | None = None,
        transparent_background: bool | None = None,
        color_tone: ColorTone | None = None,
        camera_angle: CameraAngle | None = None,
        webhook: str | None = None,
        timeout: float | None = None,  # noqa: ASYNC109 - a total deadline, the documented API
        on_progress: ProgressCallback | None = None,
        **options: Unpack[BodyRequestOptions],
    ) -> AsyncArtwork[SelenaArtworkParameters]:
        """Start a Selena task and wait for it: `create`, then `artworks.wait`.

        Raises `ArtworkFailedError`, `ArtworkCanceledError` or `ArtworkTimeoutError`, each carrying the artwork id.

        Args:
            model: ``model``. Generation model (V2 names carry the `.safetensors` suffix). One of:
                ``tengrai-20231128-m-d.safetensors``, ``tengrai-20240423-m-f.safetensors``.
            batch: ``batch``. Number of images to generate per task (1-2). Default 2. Range: 1..2. Server default:
                ``2``.
            prompt_mode: ``promptMode``. Prompt enhancement. `seer` enables AI-powered improvement, `servitor` uses the
                prompt as-is. One of: ``seer``, ``servitor``. Server default: ``servitor``.
            prompt: ``prompt``. Limited to 256 words; additional content will be truncated. At most 256 words
                (x-max-words). Server default: ``cat``.
            negative_prompt: ``negativePrompt``. Limited to 64 words; additional content will be truncated. At most 64
                words (x-max-words).
            style: ``style``. Style of the Selena family (Selena, Selena Variete, txt2img). One of: ``default``,
                ``portraiture``, ``landscape``, ``photographer``, ``analog``, ``car``, ``food``, ``horror``,
                ``stained-glass``, ``impasto``, ``abstract-ink``, ``illustration``, ``aquarelle``, ``water-cute``,
                ``sphericute``, ``fairytale``, ``machinart``, ``isometric``, ``logo``, ``abstractpen``, ``lineart``,
                ``manga``, ``infiny-weave``, ``infiny-pattern``, ``infiny-flow``. Server default: ``default``.
            creativity: ``creativity``. Creativity from 1 to 5. Range: 1..5. Server default: ``3``.
            details: ``details``. Level of detail from 1 to 5. Range: 1..5. Server default: ``3``.
            aspect_ratio: ``aspectRatio``. Aspect ratio of the Selena family. Defaults to 1:1 (1024 x 1024) when width
                and height are not given. One of: ``1:1``, ``7:9``, ``2:3``, ``4:7``, ``9:16``, ``9:21``, ``9:7``,
                ``3:2``, ``7:4``, ``16:9``, ``21:9``. Server default: ``1:1``.
            width: ``width``. Use aspectRatio instead of custom width and height for better quality. If defined, the
                total area (width x height) must not exceed 1,478,656 pixels (e.g. 1216 x 1216). Range: 512..2048.
            height: ``height``. Use aspectRatio instead of custom width and height for better quality. If defined, the
                total area (width x height) must not exceed 1,478,656 pixels (e.g. 1216 x 1216). Range: 512..2048.
            nsfw: ``nsfw``. Set to true to allow NSFW output. When false (the default), safety negatives are injected
                into the negative prompt to suppress NSFW content. Server default: ``false``.
            transparent_background: ``transparentBackground``. Generate the image on a transparent background. Server
                default: ``false``.
            color_tone: ``colorTone``. Overall color palette. Prepended to the prompt; flows through SEER improvement.
                One of: ``cool``, ``warm``, ``blackAndWhite``, ``pastel``, ``vibrantColors``, ``sepia``,
                ``mutedColors``, ``neonColors``.
            camera_angle: ``cameraAngle``. Camera framing or perspective. Prepended to the prompt; flows through SEER
                improvement. One of: ``closeUp``, ``eyeLevel``, ``lowAngle``, ``highAngle``, ``wormsEye``, ``birdsEye``,
                ``fishEye``, ``aerialView``, ``dutchAngle``, ``firstPersonView``.
            webhook: ``webhook``. Optional webhook URL. When provided, the server POSTs the final artwork to it upon
                completion. Must be HTTPS and a publicly routable host: loopback, link-local, private and cloud-metadata
                addresses are rejected.
            timeout: total seconds for the whole job, create included (default: the client's ``wait_timeout``).
            on_progress: called with a `StatusEvent` at every poll (a coroutine function is awaited).
            **options: per-request options (`BodyRequestOptions`): ``extra_headers``, ``extra_query``, ``extra_body``.
        """
        return await self._generate(
            {
                "model": model,
                "batch": batch,
                "prompt_mode": prompt_mode,
                "prompt": prompt,
                "negative_prompt": negative_prompt,
                "style": style,
                "creativity": creativity,
                "details": details,
                "aspect_ratio": aspect_ratio,
                "width": width,
                "height": height,
                "nsfw": nsfw,
                "transparent_background": transparent_background,
                "color_tone": color_tone,
                "camera_angle": camera_angle,
                "webhook": webhook,
            },
            timeout,
            on_progress,
            options,
        )


class AsyncHamilton(AsyncResource):
    """Hamilton: Start a text-to-image generation with the Hamilton model; poll the task or wire a webhook.

    ``client.hamilton`` of `AsyncTengrai`: operation ``create_hamilton_artwork``
    (``POST /v2/artworks/hamilton``).
    """

    _operation = "create_hamilton_artwork"

    async def create(
        self,
        *,
        prompt: str | None = None,
        negative_prompt: str | None = None,
        style: HamiltonStyle | None = None,
        prompt_mode: PromptMode | None = None,
        creativity: int | None = None,
        effort: int | None = None,
        aspect_ratio: HamiltonAspectRatio | None = None,
        width: int | None = None,
        height: int | None = None,
        nsfw: bool | None = None,
        high_resolution: bool | None = None,
        webhook: str | None = None,
        timeout: float | None = None,  # noqa: ASYNC109 - a total deadline, the documented API
        **options: Unpack[BodyRequestOptions],
    ) -> AsyncArtwork[HamiltonArtworkParameters]:
        """Start a Hamilton task and return its artwork at once (status ``starting``).

        Arguments are checked against the API's documented rules first; a broken rule raises `ValidationError`
        and nothing is sent. None means "not given" (the server applies its default).

        Args:
            prompt: ``prompt``. Limited to 256 words; additional content will be truncated. At most 256 words
                (x-max-words). Server default: ``cat``.
            negative_prompt: ``negativePrompt``. Limited to 64 words; additional content will be truncated. At most 64
                words (x-max-words).
            style: ``style``. Style of Hamilton. One of: ``default``, ``stained-glass``, ``line-drawing``,
                ``simple-sketch``, ``hand-sketch``, ``coloring-book``, ``plasticine``, ``photographer``, ``analog``,
                ``abstract-flat``, ``surreal``, ``manga``.
            prompt_mode: ``promptMode``. Prompt enhancement. `seer` enables AI-powered improvement, `servitor` uses the
                prompt as-is. One of: ``seer``, ``servitor``. Server default: ``servitor``.
            creativity: ``creativity``. Creativity from 1 to 5 (controls the CFG scale). Range: 1..5. Server default:
                ``3``.
            effort: ``effort``. Effort from 1 (fastest) to 5 (best quality). Range: 1..5. Server default: ``3``.
            aspect_ratio: ``aspectRatio``. Aspect ratio of Hamilton, Photo Pilot and Style DNA edit. Defaults to 1:1
                (1024 x 1024) when width and height are not given; 1:1 is 1328 x 1328 with highResolution. One of:
                ``1:1``, ``2:3``, ``3:4``, ``4:3``, ``9:16``, ``3:2``, ``16:9``. Server default: ``1:1``.
            width: ``width``. Use aspectRatio instead of custom width and height for better quality. If defined, the
                total area (width x height) must not exceed 1,478,656 pixels, or 1,763,584 pixels with highResolution.
                Range: 512..2048.
            height: ``height``. Use aspectRatio instead of custom width and height for better quality. If defined, the
                total area (width x height) must not exceed 1,478,656 pixels, or 1,763,584 pixels with highResolution.
                Range: 512..2048.
            nsfw: ``nsfw``. Set to true to allow NSFW output. When false (the default), safety negatives are injected
                into the negative prompt to suppress NSFW content. Server default: ``false``.
            high_resolution: ``highResolution``. Larger sizes per aspect ratio (1:1 gives 1328 x 1328 instead of 1024 x
                1024). Server default: ``false``.
            webhook: ``webhook``. Optional webhook URL. When provided, the server POSTs the final artwork to it upon
                completion. Must be HTTPS and a publicly routable host: loopback, link-local, private and cloud-metadata
                addresses are rejected.
            timeout: total seconds for the call, retries included (default: no bound beyond each request's ``timeout``,
                the client's).
            **options: per-request options (`BodyRequestOptions`): ``extra_headers``, ``extra_query``, ``extra_body``.
        """
        return await self._create(
            {
                "prompt": prompt,
                "negative_prompt": negative_prompt,
                "style": style,
                "prompt_mode": prompt_mode,
                "creativity": creativity,
                "effort": effort,
                "aspect_ratio": aspect_ratio,
                "width": width,
                "height": height,
                "nsfw": nsfw,
                "high_resolution": high_resolution,
                "webhook": webhook,
            },
            timeout,
            options,
        )

    async def generate(
        self,
        *,
        prompt: str | None = None,
        negative_prompt: str | None = None,
        style: HamiltonStyle | None = None,
        prompt_mode: PromptMode | None = None,
        creativity: int | None = None,
        effort: int | None = None,
        aspect_ratio: HamiltonAspectRatio | None = None,
        width: int | None = None,
        height: int | None = None,
        nsfw: bool | None = None,
        high_resolution: bool | None = None,
        webhook: str | None = None,
        timeout: float | None = None,  # noqa: ASYNC109 - a total deadline, the documented API
        on_progress: ProgressCallback | None = None,
        **options: Unpack[BodyRequestOptions],
    ) -> AsyncArtwork[HamiltonArtworkParameters]:
        """Start a Hamilton task and wait for it: `create`, then `artworks.wait`.

        Raises `ArtworkFailedError`, `ArtworkCanceledError` or `ArtworkTimeoutError`, each carrying the artwork id.

        Args:
            prompt: ``prompt``. Limited to 256 words; additional content will be truncated. At most 256 words
                (x-max-words). Server default: ``cat``.
            negative_prompt: ``negativePrompt``. Limited to 64 words; additional content will be truncated. At most 64
                words (x-max-words).
            style: ``style``. Style of Hamilton. One of: ``default``, ``stained-glass``, ``line-drawing``,
                ``simple-sketch``, ``hand-sketch``, ``coloring-book``, ``plasticine``, ``photographer``, ``analog``,
                ``abstract-flat``, ``surreal``, ``manga``.
            prompt_mode: ``promptMode``. Prompt enhancement. `seer` enables AI-powered improvement, `servitor` uses the
                prompt as-is. One of: ``seer``, ``servitor``. Server default: ``servitor``.
            creativity: ``creativity``. Creativity from 1 to 5 (controls the CFG scale). Range: 1..5. Server default:
                ``3``.
            effort: ``effort``. Effort from 1 (fastest) to 5 (best quality). Range: 1..5. Server default: ``3``.
            aspect_ratio: ``aspectRatio``. Aspect ratio of Hamilton, Photo Pilot and Style DNA edit. Defaults to 1:1
                (1024 x 1024) when width and height are not given; 1:1 is 1328 x 1328 with highResolution. One of:
                ``1:1``, ``2:3``, ``3:4``, ``4:3``, ``9:16``, ``3:2``, ``16:9``. Server default: ``1:1``.
            width: ``width``. Use aspectRatio instead of custom width and height for better quality. If defined, the
                total area (width x height) must not exceed 1,478,656 pixels, or 1,763,584 pixels with highResolution.
                Range: 512..2048.
            height: ``height``. Use aspectRatio instead of custom width and height for better quality. If defined, the
                total area (width x height) must not exceed 1,478,656 pixels, or 1,763,584 pixels with highResolution.
                Range: 512..2048.
            nsfw: ``nsfw``. Set to true to allow NSFW output. When false (the default), safety negatives are injected
                into the negative prompt to suppress NSFW content. Server default: ``false``.
            high_resolution: ``highResolution``. Larger sizes per aspect ratio (1:1 gives 1328 x 1328 instead of 1024 x
                1024). Server default: ``false``.
            webhook: ``webhook``. Optional webhook URL. When provided, the server POSTs the final artwork to it upon
                completion. Must be HTTPS and a publicly routable host: loopback, link-local, private and cloud-metadata
                addresses are rejected.
            timeout: total seconds for the whole job, create included (default: the client's ``wait_timeout``).
            on_progress: called with a `StatusEvent` at every poll (a coroutine function is awaited).
            **options: per-request options (`BodyRequestOptions`): ``extra_headers``, ``extra_query``, ``extra_body``.
        """
        return await self._generate(
            {
                "prompt": prompt,
                "negative_prompt": negative_prompt,
                "style": style,
                "prompt_mode": prompt_mode,
                "creativity": creativity,
                "effort": effort,
                "aspect_ratio": aspect_ratio,
                "width": width,
                "height": height,
                "nsfw": nsfw,
                "high_resolution": high_resolution,
                "webhook": webhook,
            },
            timeout,
            on_progress,
            options,
        )


class AsyncPhotoPilot(AsyncResource):
    """Photo Pilot: Image-to-image generation from a source image. Documented on the V1 path with the V2 status enum and
    a 202 answer; no V2 path is documented (see openapi/NOTES.md).

    ``client.photo_pilot`` of `AsyncTengrai`: operation ``create_photo_pilot_artwork``
    (``POST /v1/artworks/photo-pilot``).
    """

    _operation = "create_photo_pilot_artwork"

    async def create(
        self,
        *,
        prompt: str | None = None,
        negative_prompt: str | None = None,
        image_guidance: Literal[1, 2, 3],
        modification: float,
        creativity: float,
        effort: float,
        aspect_ratio: HamiltonAspectRatio | None = None,
        high_resolution: bool | None = None,
        width: float | None = None,
        height: float | None = None,
        image_url: str,
        webhook: str | None = None,
        timeout: float | None = None,  # noqa: ASYNC109 - a total deadline, the documented API
        **options: Unpack[BodyRequestOptions],
    ) -> AsyncArtwork[PhotoPilotArtworkParameters]:
        """Start a Photo Pilot task and return its artwork at once (status ``starting``).

        Arguments are checked against the API's documented rules first; a broken rule raises `ValidationError`
        and nothing is sent. None means "not given" (the server applies its default).

        Args:
            prompt: ``prompt``. Limited to 256 words; additional content will be truncated. At most 256 words
                (x-max-words). Server default: ``cat``.
            negative_prompt: ``negativePrompt``. Limited to 64 words; additional content will be truncated. At most 64
                words (x-max-words).
            image_guidance: ``imageGuidance``. How closely the result follows the source image. With low guidance the
                output size can be set (aspectRatio or width and height); otherwise the source image's size is used. One
                of: ``1``, ``2``, ``3``. Required.
            modification: ``modification``. How much the source image is modified, from 1 to 5. Range: 1..5. Required.
            creativity: ``creativity``. Creativity from 1 to 5. Range: 1..5. Required.
            effort: ``effort``. Effort from 1 (fastest) to 5 (best quality). Range: 1..5. Required.
            aspect_ratio: ``aspectRatio``. Aspect ratio of Hamilton, Photo Pilot and Style DNA edit. Defaults to 1:1
                (1024 x 1024) when width and height are not given; 1:1 is 1328 x 1328 with highResolution. One of:
                ``1:1``, ``2:3``, ``3:4``, ``4:3``, ``9:16``, ``3:2``, ``16:9``. Server default: ``1:1``.
            high_resolution: ``highResolution``. Larger sizes per aspect ratio (area up to 1,763,584 pixels). Server
                default: ``false``.
            width: ``width``. Output width; honoured only with low imageGuidance. The total area must not exceed
                1,478,656 pixels, or 1,763,584 with highResolution. Range: 512..2048.
            height: ``height``. Output height; honoured only with low imageGuidance. The total area must not exceed
                1,478,656 pixels, or 1,763,584 with highResolution. Range: 512..2048.
            image_url: ``imageUrl``. URL of the source image. Required.
            webhook: ``webhook``. Optional webhook URL. When provided, the server POSTs the final artwork to it upon
                completion. Must be HTTPS and a publicly routable host: loopback, link-local, private and cloud-metadata
                addresses are rejected.
            timeout: total seconds for the call, retries included (default: no bound beyond each request's ``timeout``,
                the client's).
            **options: per-request options (`BodyRequestOptions`): ``extra_headers``, ``extra_query``, ``extra_body``.
        """
        return await self._create(
            {
                "prompt": prompt,
                "negative_prompt": negative_prompt,
                "image_guidance": image_guidance,
                "modification": modification,
                "creativity": creativity,
                "effort": effort,
                "aspect_ratio": aspect_ratio,
                "high_resolution": high_resolution,
                "width": width,
                "height": height,
                "image_url": image_url,
                "webhook": webhook,
            },
            timeout,
            options,
        )

    async def generate(
        self,
        *,
        prompt: str | None = None,
        negative_prompt: str | None = None,
        image_guidance: Literal[1, 2, 3],
        modification: float,
        creativity: float,
        effort: float,
        aspect_ratio: HamiltonAspectRatio | None = None,
        high_resolution: bool | None = None,
        width: float | None = None,
        height: float | None = None,
        image_url: str,
        webhook: str | None = None,
        timeout: float | None = None,  # noqa: ASYNC109 - a total deadline, the documented API
        on_progress: ProgressCallback | None = None,
        **options: Unpack[BodyRequestOptions],
    ) -> AsyncArtwork[PhotoPilotArtworkParameters]:
        """Start a Photo Pilot task and wait for it: `create`, then `artworks.wait`.

        Raises `ArtworkFailedError`, `ArtworkCanceledError` or `ArtworkTimeoutError`, each carrying the artwork id.

        Args:
            prompt: ``prompt``. Limited to 256 words; additional content will be truncated. At most 256 words
                (x-max-words). Server default: ``cat``.
            negative_prompt: ``negativePrompt``. Limited to 64 words; additional content will be truncated. At most 64
                words (x-max-words).
            image_guidance: ``imageGuidance``. How closely the result follows the source image. With low guidance the
                output size can be set (aspectRatio or width and height); otherwise the source image's size is used. One
                of: ``1``, ``2``, ``3``. Required.
            modification: ``modification``. How much the source image is modified, from 1 to 5. Range: 1..5. Required.
            creativity: ``creativity``. Creativity from 1 to 5. Range: 1..5. Required.
            effort: ``effort``. Effort from 1 (fastest) to 5 (best quality). Range: 1..5. Required.
            aspect_ratio: ``aspectRatio``. Aspect ratio of Hamilton, Photo Pilot and Style DNA edit. Defaults to 1:1
                (1024 x 1024) when width and height are not given; 1:1 is 1328 x 1328 with highResolution. One of:
                ``1:1``, ``2:3``, ``3:4``, ``4:3``, ``9:16``, ``3:2``, ``16:9``. Server default: ``1:1``.
            high_resolution: ``highResolution``. Larger sizes per aspect ratio (area up to 1,763,584 pixels). Server
                default: ``false``.
            width: ``width``. Output width; honoured only with low imageGuidance. The total area must not exceed
                1,478,656 pixels, or 1,763,584 with highResolution. Range: 512..2048.
            height: ``height``. Output height; honoured only with low imageGuidance. The total area must not exceed
                1,478,656 pixels, or 1,763,584 with highResolution. Range: 512..2048.
            image_url: ``imageUrl``. URL of the source image. Required.
            webhook: ``webhook``. Optional webhook URL. When provided, the server POSTs the final artwork to it upon
                completion. Must be HTTPS and a publicly routable host: loopback, link-local, private and cloud-metadata
                addresses are rejected.
            timeout: total seconds for the whole job, create included (default: the client's ``wait_timeout``).
            on_progress: called with a `StatusEvent` at every poll (a coroutine function is awaited).
            **options: per-request options (`BodyRequestOptions`): ``extra_headers``, ``extra_query``, ``extra_body``.
        """
        return await self._generate(
            {
                "prompt": prompt,
                "negative_prompt": negative_prompt,
                "image_guidance": image_guidance,
                "modification": modification,
                "creativity": creativity,
                "effort": effort,
                "aspect_ratio": aspect_ratio,
                "high_resolution": high_resolution,
                "width": width,
                "height": height,
                "image_url": image_url,
                "webhook": webhook,
            },
            timeout,
            on_progress,
            options,
        )


class AsyncFaceSwap(AsyncResource):
    """Face swap: Map the face from a source image onto the matching face of a target image, keeping the target's
    lighting and pose.

    ``client.face_swap`` of `AsyncTengrai`: operation ``create_face_swap_artwork``
    (``POST /v2/artworks/face-swap``).
    """

    _operation = "create_face_swap_artwork"

    async def create(
        self,
        *,
        source_image: str,
        target_image: str,
        denoising: int | None = None,
        seed: int | None = None,
        webhook: str | None = None,
        output_format: OutputFormat | None = None,
        timeout: float | None = None,  # noqa: ASYNC109 - a total deadline, the documented API
        **options: Unpack[BodyRequestOptions],
    ) -> AsyncArtwork[FaceSwapArtworkParameters]:
        """Start a Face swap task and return its artwork at once (status ``starting``).

        Arguments are checked against the API's documented rules first; a broken rule raises `ValidationError`
        and nothing is sent. None means "not given" (the server applies its default).

        Args:
            source_image: ``sourceImage``. URL of the image with the face to take. Required.
            target_image: ``targetImage``. URL of the image whose face is replaced; the result keeps its lighting, pose
                and size. Required.
            denoising: ``denoising``. Blending intensity from 1 (very subtle) to 5 (extreme). Range: 1..5. Server
                default: ``3``.
            seed: ``seed``. Optional random seed for deterministic generation. The pipeline applies the transform
                floor(seed * 1.2) + 17 before submitting to the workflow engine. Omit to let the server pick one. Range:
                1..2,147,483,647.
            webhook: ``webhook``. Optional webhook URL. When provided, the server POSTs the final artwork to it upon
                completion. Must be HTTPS and a publicly routable host: loopback, link-local, private and cloud-metadata
                addresses are rejected.
            output_format: ``outputFormat``. Output image format. `auto` (the default) uses the server default (webp
                with high-quality settings); `png` is lossless; `webp` is equivalent to `auto`. One of: ``auto``,
                ``png``, ``webp``. Server default: ``auto``.
            timeout: total seconds for the call, retries included (default: no bound beyond each request's ``timeout``,
                the client's).
            **options: per-request options (`BodyRequestOptions`): ``extra_headers``, ``extra_query``, ``extra_body``.
        """
        return await self._create(
            {
                "source_image": source_image,
                "target_image": target_image,
                "denoising": denoising,
                "seed": seed,
                "webhook": webhook,
                "output_format": output_format,
            },
            timeout,
            options,
        )

    async def generate(
        self,
        *,
        source_image: str,
        target_image: str,
        denoising: int | None = None,
        seed: int | None = None,
        webhook: str | None = None,
        output_format: OutputFormat | None = None,
        timeout: float | None = None,  # noqa: ASYNC109 - a total deadline, the documented API
        on_progress: ProgressCallback | None = None,
        **options: Unpack[BodyRequestOptions],
    ) -> AsyncArtwork[FaceSwapArtworkParameters]:
        """Start a Face swap task and wait for it: `create`, then `artworks.wait`.

        Raises `ArtworkFailedError`, `ArtworkCanceledError` or `ArtworkTimeoutError`, each carrying the artwork id.

        Args:
            source_image: ``sourceImage``. URL of the image with the face to take. Required.
            target_image: ``targetImage``. URL of the image whose face is replaced; the result keeps its lighting, pose
                and size. Required.
            denoising: ``denoising``. Blending intensity from 1 (very subtle) to 5 (extreme). Range: 1..5. Server
                default: ``3``.
            seed: ``seed``. Optional random seed for deterministic generation. The pipeline applies the transform
                floor(seed * 1.2) + 17 before submitting to the workflow engine. Omit to let the server pick one. Range:
                1..2,147,483,647.
            webhook: ``webhook``. Optional webhook URL. When provided, the server POSTs the final artwork to it upon
                completion. Must be HTTPS and a publicly routable host: loopback, link-local, private and cloud-metadata
                addresses are rejected.
            output_format: ``outputFormat``. Output image format. `auto` (the default) uses the server default (webp
                with high-quality settings); `png` is lossless; `webp` is equivalent to `auto`. One of: ``auto``,
                ``png``, ``webp``. Server default: ``auto``.
            timeout: total seconds for the whole job, create included (default: the client's ``wait_timeout``).
            on_progress: called with a `StatusEvent` at every poll (a coroutine function is awaited).
            **options: per-request options (`BodyRequestOptions`): ``extra_headers``, ``extra_query``, ``extra_body``.
        """
        return await self._generate(
            {
                "source_image": source_image,
                "target_image": target_image,
                "denoising": denoising,
                "seed": seed,
                "webhook": webhook,
                "output_format": output_format,
            },
            timeout,
            on_progress,
            options,
        )


class AsyncUpscaling(AsyncResource):
    """Upscaler: Upscale an image by an integer scale factor.

    ``client.upscaling`` of `AsyncTengrai`: operation ``create_upscaling_artwork``
    (``POST /v2/artworks/upscaling``).
    """

    _operation = "create_upscaling_artwork"

    async def create(
        self,
        *,
        image_url: str,
        scale_factor: int | None = None,
        webhook: str | None = None,
        timeout: float | None = None,  # noqa: ASYNC109 - a total deadline, the documented API
        **options: Unpack[BodyRequestOptions],
    ) -> AsyncArtwork[UpscalingArtworkParameters]:
        """Start a Upscaler task and return its artwork at once (status ``starting``).

        Arguments are checked against the API's documented rules first; a broken rule raises `ValidationError`
        and nothing is sent. None means "not given" (the server applies its default).

        Args:
            image_url: ``imageUrl``. URL of the image to process. Its total area (width x height) must not exceed
                1,478,656 pixels (e.g. 1216 x 1216); accepted formats are JPEG, JPG, PNG and WebP. Required.
            scale_factor: ``scaleFactor``. How many times larger each side of the result is (2 to 8). Range: 2..8.
                Server default: ``2``.
            webhook: ``webhook``. Optional webhook URL. When provided, the server POSTs the final artwork to it upon
                completion. Must be HTTPS and a publicly routable host: loopback, link-local, private and cloud-metadata
                addresses are rejected.
            timeout: total seconds for the call, retries included (default: no bound beyond each request's ``timeout``,
                the client's).
            **options: per-request options (`BodyRequestOptions`): ``extra_headers``, ``extra_query``, ``extra_body``.
        """
        return await self._create(
            {"image_url": image_url, "scale_factor": scale_factor, "webhook": webhook}, timeout, options
        )

    async def generate(
        self,
        *,
        image_url: str,
        scale_factor: int | None = None,
        webhook: str | None = None,
        timeout: float | None = None,  # noqa: ASYNC109 - a total deadline, the documented API
        on_progress: ProgressCallback | None = None,
        **options: Unpack[BodyRequestOptions],
    ) -> AsyncArtwork[UpscalingArtworkParameters]:
        """Start a Upscaler task and wait for it: `create`, then `artworks.wait`.

        Raises `ArtworkFailedError`, `ArtworkCanceledError` or `ArtworkTimeoutError`, each carrying the artwork id.

        Args:
            image_url: ``imageUrl``. URL of the image to process. Its total area (width x height) must not exceed
                1,478,656 pixels (e.g. 1216 x 1216); accepted formats are JPEG, JPG, PNG and WebP. Required.
            scale_factor: ``scaleFactor``. How many times larger each side of the result is (2 to 8). Range: 2..8.
                Server default: ``2``.
            webhook: ``webhook``. Optional webhook URL. When provided, the server POSTs the final artwork to it upon
                completion. Must be HTTPS and a publicly routable host: loopback, link-local, private and cloud-metadata
                addresses are rejected.
            timeout: total seconds for the whole job, create included (default: the client's ``wait_timeout``).
            on_progress: called with a `StatusEvent` at every poll (a coroutine function is awaited).
            **options: per-request options (`BodyRequestOptions`): ``extra_headers``, ``extra_query``, ``extra_body``.
        """
        return await self._generate(
            {"image_url": image_url, "scale_factor": scale_factor, "webhook": webhook}, timeout, on_progress, options
        )


class AsyncDetailerUpscaler(AsyncResource):
    """Detailer Upscaler: Sharpen the fine details of an image and optionally upscale it (scale factor 1 keeps the
    size).

    ``client.detailer_upscaler`` of `AsyncTengrai`: operation ``create_detailer_upscaler_artwork``
    (``POST /v2/artworks/detailer-upscaler``).
    """

    _operation = "create_detailer_upscaler_artwork"

    async def create(
        self,
        *,
        image_url: str,
        scale_factor: Literal[1, 2, 4, 8] | None = None,
        details: int | None = None,
        modification: int | None = None,
        seed: int | None = None,
        webhook: str | None = None,
        output_format: OutputFormat | None = None,
        timeout: float | None = None,  # noqa: ASYNC109 - a total deadline, the documented API
        **options: Unpack[BodyRequestOptions],
    ) -> AsyncArtwork[DetailerUpscalerArtworkParameters]:
        """Start a Detailer Upscaler task and return its artwork at once (status ``starting``).

        Arguments are checked against the API's documented rules first; a broken rule raises `ValidationError`
        and nothing is sent. None means "not given" (the server applies its default).

        Args:
            image_url: ``imageUrl``. URL of the image to process. Its total area (width x height) must not exceed
                1,478,656 pixels (e.g. 1216 x 1216); accepted formats are JPEG, JPG, PNG and WebP. Required.
            scale_factor: ``scaleFactor``. 1 sharpens details only; 2, 4 and 8 sharpen details and upscale by that
                factor. One of: ``1``, ``2``, ``4``, ``8``. Server default: ``2``.
            details: ``details``. Detail strength: 1 Low, 2 Medium, 3 High. Range: 1..3. Server default: ``2``.
            modification: ``modification``. How much the image may change: 1 Subtle, 2 Balanced, 3 Strong. Range: 1..3.
                Server default: ``2``.
            seed: ``seed``. Optional random seed for deterministic generation. The pipeline applies the transform
                floor(seed * 1.2) + 17 before submitting to the workflow engine. Omit to let the server pick one. Range:
                1..2,147,483,647.
            webhook: ``webhook``. Optional webhook URL. When provided, the server POSTs the final artwork to it upon
                completion. Must be HTTPS and a publicly routable host: loopback, link-local, private and cloud-metadata
                addresses are rejected.
            output_format: ``outputFormat``. Output image format. `auto` (the default) uses the server default (webp
                with high-quality settings); `png` is lossless; `webp` is equivalent to `auto`. One of: ``auto``,
                ``png``, ``webp``. Server default: ``auto``.
            timeout: total seconds for the call, retries included (default: no bound beyond each request's ``timeout``,
                the client's).
            **options: per-request options (`BodyRequestOptions`): ``extra_headers``, ``extra_query``, ``extra_body``.
        """
        return await self._create(
            {
                "image_url": image_url,
                "scale_factor": scale_factor,
                "details": details,
                "modification": modification,
                "seed": seed,
                "webhook": webhook,
                "output_format": output_format,
            },
            timeout,
            options,
        )

    async def generate(
        self,
        *,
        image_url: str,
        scale_factor: Literal[1, 2, 4, 8] | None = None,
        details: int | None = None,
        modification: int | None = None,
        seed: int | None = None,
        webhook: str | None = None,
        output_format: OutputFormat | None = None,
        timeout: float | None = None,  # noqa: ASYNC109 - a total deadline, the documented API
        on_progress: ProgressCallback | None = None,
        **options: Unpack[BodyRequestOptions],
    ) -> AsyncArtwork[DetailerUpscalerArtworkParameters]:
        """Start a Detailer Upscaler task and wait for it: `create`, then `artworks.wait`.

        Raises `ArtworkFailedError`, `ArtworkCanceledError` or `ArtworkTimeoutError`, each carrying the artwork id.

        Args:
            image_url: ``imageUrl``. URL of the image to process. Its total area (width x height) must not exceed
                1,478,656 pixels (e.g. 1216 x 1216); accepted formats are JPEG, JPG, PNG and WebP. Required.
            scale_factor: ``scaleFactor``. 1 sharpens details only; 2, 4 and 8 sharpen details and upscale by that
                factor. One of: ``1``, ``2``, ``4``, ``8``. Server default: ``2``.
            details: ``details``. Detail strength: 1 Low, 2 Medium, 3 High. Range: 1..3. Server default: ``2``.
            modification: ``modification``. How much the image may change: 1 Subtle, 2 Balanced, 3 Strong. Range: 1..3.
                Server default: ``2``.
            seed: ``seed``. Optional random seed for deterministic generation. The pipeline applies the transform
                floor(seed * 1.2) + 17 before submitting to the workflow engine. Omit to let the server pick one. Range:
                1..2,147,483,647.
            webhook: ``webhook``. Optional webhook URL. When provided, the server POSTs the final artwork to it upon
                completion. Must be HTTPS and a publicly routable host: loopback, link-local, private and cloud-metadata
                addresses are rejected.
            output_format: ``outputFormat``. Output image format. `auto` (the default) uses the server default (webp
                with high-quality settings); `png` is lossless; `webp` is equivalent to `auto`. One of: ``auto``,
                ``png``, ``webp``. Server default: ``auto``.
            timeout: total seconds for the whole job, create included (default: the client's ``wait_timeout``).
            on_progress: called with a `StatusEvent` at every poll (a coroutine function is awaited).
            **options: per-request options (`BodyRequestOptions`): ``extra_headers``, ``extra_query``, ``extra_body``.
        """
        return await self._generate(
            {
                "image_url": image_url,
                "scale_factor": scale_factor,
                "details": details,
                "modification": modification,
                "seed": seed,
                "webhook": webhook,
                "output_format": output_format,
            },
            timeout,
            on_progress,
            options,
        )


class AsyncRemoveBackground(AsyncResource):
    """Remove background: Create a new artwork from an image with its background made transparent.

    ``client.remove_background`` of `AsyncTengrai`: operation ``create_remove_background_artwork``
    (``POST /v2/artworks/remove-background``).
    """

    _operation = "create_remove_background_artwork"

    async def create(
        self,
        *,
        image_url: str,
        webhook: str | None = None,
        output_format: OutputFormat | None = None,
        timeout: float | None = None,  # noqa: ASYNC109 - a total deadline, the documented API
        **options: Unpack[BodyRequestOptions],
    ) -> AsyncArtwork[RemoveBackgroundArtworkParameters]:
        """Start a Remove background task and return its artwork at once (status ``starting``).

        Arguments are checked against the API's documented rules first; a broken rule raises `ValidationError`
        and nothing is sent. None means "not given" (the server applies its default).

        Args:
            image_url: ``imageUrl``. URL of the image whose background is removed. Required.
            webhook: ``webhook``. Optional webhook URL. When provided, the server POSTs the final artwork to it upon
                completion. Must be HTTPS and a publicly routable host: loopback, link-local, private and cloud-metadata
                addresses are rejected.
            output_format: ``outputFormat``. Output image format. `auto` (the default) uses the server default (webp
                with high-quality settings); `png` is lossless; `webp` is equivalent to `auto`. One of: ``auto``,
                ``png``, ``webp``. Server default: ``auto``.
            timeout: total seconds for the call, retries included (default: no bound beyond each request's ``timeout``,
                the client's).
            **options: per-request options (`BodyRequestOptions`): ``extra_headers``, ``extra_query``, ``extra_body``.
        """
        return await self._create(
            {"image_url": image_url, "webhook": webhook, "output_format": output_format}, timeout, options
        )

    async def generate(
        self,
        *,
        image_url: str,
        webhook: str | None = None,
        output_format: OutputFormat | None = None,
        timeout: float | None = None,  # noqa: ASYNC109 - a total deadline, the documented API
        on_progress: ProgressCallback | None = None,
        **options: Unpack[BodyRequestOptions],
    ) -> AsyncArtwork[RemoveBackgroundArtworkParameters]:
        """Start a Remove background task and wait for it: `create`, then `artworks.wait`.

        Raises `ArtworkFailedError`, `ArtworkCanceledError` or `ArtworkTimeoutError`, each carrying the artwork id.

        Args:
            image_url: ``imageUrl``. URL of the image whose background is removed. Required.
            webhook: ``webhook``. Optional webhook URL. When provided, the server POSTs the final artwork to it upon
                completion. Must be HTTPS and a publicly routable host: loopback, link-local, private and cloud-metadata
                addresses are rejected.
            output_format: ``outputFormat``. Output image format. `auto` (the default) uses the server default (webp
                with high-quality settings); `png` is lossless; `webp` is equivalent to `auto`. One of: ``auto``,
                ``png``, ``webp``. Server default: ``auto``.
            timeout: total seconds for the whole job, create included (default: the client's ``wait_timeout``).
            on_progress: called with a `StatusEvent` at every poll (a coroutine function is awaited).
            **options: per-request options (`BodyRequestOptions`): ``extra_headers``, ``extra_query``, ``extra_body``.
        """
        return await self._generate(
            {"image_url": image_url, "webhook": webhook, "output_format": output_format}, timeout, on_progress, options
        )


class AsyncSegmentation(AsyncResource):
    """Segmentation: Produce a mask of an image, selecting the area by a text prompt or by points. The page shows three
    more points-mode settings (refinement steps, multiple candidate masks, keep only the best mask) but hides their
    field names, so this SDK cannot send them yet (the server's defaults apply; see openapi/NOTES.md).

    ``client.segmentation`` of `AsyncTengrai`: operation ``create_segmentation_artwork``
    (``POST /v2/artworks/segmentation``).
    """

    _operation = "create_segmentation_artwork"

    async def create(
        self,
        *,
        image_url: str,
        method: SegmentationMethod,
        text_prompt: str | None = None,
        text_confidence: float | None = None,
        text_max_detections: int | None = None,
        text_combine_masks: bool | None = None,
        points_positive: Mapping[str, Any] | None = None,
        points_negative: Mapping[str, Any] | None = None,
        mask_expand: int | None = None,
        mask_tapered_corners: bool | None = None,
        mask_blur_sigma: float | None = None,
        mask_kernel_size: int | None = None,
        webhook: str | None = None,
        output_format: OutputFormat | None = None,
        timeout: float | None = None,  # noqa: ASYNC109 - a total deadline, the documented API
        **options: Unpack[BodyRequestOptions],
    ) -> AsyncArtwork[SegmentationArtworkParameters]:
        """Start a Segmentation task and return its artwork at once (status ``starting``).

        Arguments are checked against the API's documented rules first; a broken rule raises `ValidationError`
        and nothing is sent. None means "not given" (the server applies its default).

        Args:
            image_url: ``imageUrl``. URL of the image to segment. Required.
            method: ``method``. How segmentation selects the area to mask. One of: ``text``, ``points``. Required.
            text_prompt: ``textPrompt``. What to select, in words (required with method text).
            text_confidence: ``textConfidence``. Minimum detection confidence (method text), at most 1. Range: ..1.
                Server default: ``0.2``.
            text_max_detections: ``textMaxDetections``. Most objects to detect (method text); -1 means unlimited. Range:
                -1..100. Server default: ``-1``.
            text_combine_masks: ``textCombineMasks``. Combine the masks of all detections into one (method text). Server
                default: ``true``.
            points_positive: ``pointsPositive``. Points inside the area to select (required with method points).
            points_negative: ``pointsNegative``. Points outside the area to select (method points).
            mask_expand: ``maskExpand``. Pixels to grow (positive) or shrink (negative) the mask by. Range:
                -16,384..16,384. Server default: ``0``.
            mask_tapered_corners: ``maskTaperedCorners``. Taper the corners of an expanded mask.
            mask_blur_sigma: ``maskBlurSigma``. Blur of the mask edge (sigma). Range: 0.1..100. Server default: ``0.1``.
            mask_kernel_size: ``maskKernelSize``. Kernel size of the mask blur, at most 100. Range: ..100. Server
                default: ``0``.
            webhook: ``webhook``. Optional webhook URL. When provided, the server POSTs the final artwork to it upon
                completion. Must be HTTPS and a publicly routable host: loopback, link-local, private and cloud-metadata
                addresses are rejected.
            output_format: ``outputFormat``. Output image format. `auto` (the default) uses the server default (webp
                with high-quality settings); `png` is lossless; `webp` is equivalent to `auto`. One of: ``auto``,
                ``png``, ``webp``. Server default: ``auto``.
            timeout: total seconds for the call, retries included (default: no bound beyond each request's ``timeout``,
                the client's).
            **options: per-request options (`BodyRequestOptions`): ``extra_headers``, ``extra_query``, ``extra_body``.
        """
        return await self._create(
            {
                "image_url": image_url,
                "method": method,
                "text_prompt": text_prompt,
                "text_confidence": text_confidence,
                "text_max_detections": text_max_detections,
                "text_combine_masks": text_combine_masks,
                "points_positive": points_positive,
                "points_negative": points_negative,
                "mask_expand": mask_expand,
                "mask_tapered_corners": mask_tapered_corners,
                "mask_blur_sigma": mask_blur_sigma,
                "mask_kernel_size": mask_kernel_size,
                "webhook": webhook,
                "output_format": output_format,
            },
            timeout,
            options,
        )

    async def generate(
        self,
        *,
        image_url: str,
        method: SegmentationMethod,
        text_prompt: str | None = None,
        text_confidence: float | None = None,
        text_max_detections: int | None = None,
        text_combine_masks: bool | None = None,
        points_positive: Mapping[str, Any] | None = None,
        points_negative: Mapping[str, Any] | None = None,
        mask_expand: int | None = None,
        mask_tapered_corners: bool | None = None,
        mask_blur_sigma: float | None = None,
        mask_kernel_size: int | None = None,
        webhook: str | None = None,
        output_format: OutputFormat | None = None,
        timeout: float | None = None,  # noqa: ASYNC109 - a total deadline, the documented API
        on_progress: ProgressCallback | None = None,
        **options: Unpack[BodyRequestOptions],
    ) -> AsyncArtwork[SegmentationArtworkParameters]:
        """Start a Segmentation task and wait for it: `create`, then `artworks.wait`.

        Raises `ArtworkFailedError`, `ArtworkCanceledError` or `ArtworkTimeoutError`, each carrying the artwork id.

        Args:
            image_url: ``imageUrl``. URL of the image to segment. Required.
            method: ``method``. How segmentation selects the area to mask. One of: ``text``, ``points``. Required.
            text_prompt: ``textPrompt``. What to select, in words (required with method text).
            text_confidence: ``textConfidence``. Minimum detection confidence (method text), at most 1. Range: ..1.
                Server default: ``0.2``.
            text_max_detections: ``textMaxDetections``. Most objects to detect (method text); -1 means unlimited. Range:
                -1..100. Server default: ``-1``.
            text_combine_masks: ``textCombineMasks``. Combine the masks of all detections into one (method text). Server
                default: ``true``.
            points_positive: ``pointsPositive``. Points inside the area to select (required with method points).
            points_negative: ``pointsNegative``. Points outside the area to select (method points).
            mask_expand: ``maskExpand``. Pixels to grow (positive) or shrink (negative) the mask by. Range:
                -16,384..16,384. Server default: ``0``.
            mask_tapered_corners: ``maskTaperedCorners``. Taper the corners of an expanded mask.
            mask_blur_sigma: ``maskBlurSigma``. Blur of the mask edge (sigma). Range: 0.1..100. Server default: ``0.1``.
            mask_kernel_size: ``maskKernelSize``. Kernel size of the mask blur, at most 100. Range: ..100. Server
                default: ``0``.
            webhook: ``webhook``. Optional webhook URL. When provided, the server POSTs the final artwork to it upon
                completion. Must be HTTPS and a publicly routable host: loopback, link-local, private and cloud-metadata
                addresses are rejected.
            output_format: ``outputFormat``. Output image format. `auto` (the default) uses the server default (webp
                with high-quality settings); `png` is lossless; `webp` is equivalent to `auto`. One of: ``auto``,
                ``png``, ``webp``. Server default: ``auto``.
            timeout: total seconds for the whole job, create included (default: the client's ``wait_timeout``).
            on_progress: called with a `StatusEvent` at every poll (a coroutine function is awaited).
            **options: per-request options (`BodyRequestOptions`): ``extra_headers``, ``extra_query``, ``extra_body``.
        """
        return await self._generate(
            {
                "image_url": image_url,
                "method": method,
                "text_prompt": text_prompt,
                "text_confidence": text_confidence,
                "text_max_detections": text_max_detections,
                "text_combine_masks": text_combine_masks,
                "points_positive": points_positive,
                "points_negative": points_negative,
                "mask_expand": mask_expand,
                "mask_tapered_corners": mask_tapered_corners,
                "mask_blur_sigma": mask_blur_sigma,
                "mask_kernel_size": mask_kernel_size,
                "webhook": webhook,
                "output_format": output_format,
            },
            timeout,
            on_progress,
            options,
        )


class AsyncDepthMap(AsyncResource):
    """Depth map: Produce a grayscale depth map of an image: lighter is closer.

    ``client.depth_map`` of `AsyncTengrai`: operation ``create_depth_map_artwork``
    (``POST /v2/artworks/depth-map``).
    """

    _operation = "create_depth_map_artwork"

    async def create(
        self,
        *,
        image_url: str,
        invert_depth: bool | None = None,
        resolution_lower_limit: int | None = None,
        use_post_resize: bool | None = None,
        use_version3: bool | None = None,
        model: DepthModel | None = None,
        normalization_mode: DepthNormalizationMode | None = None,
        webhook: str | None = None,
        timeout: float | None = None,  # noqa: ASYNC109 - a total deadline, the documented API
        **options: Unpack[BodyRequestOptions],
    ) -> AsyncArtwork[DepthMapArtworkParameters]:
        """Start a Depth map task and return its artwork at once (status ``starting``).

        Arguments are checked against the API's documented rules first; a broken rule raises `ValidationError`
        and nothing is sent. None means "not given" (the server applies its default).

        Args:
            image_url: ``imageUrl``. URL of the image to estimate depth for. Required.
            invert_depth: ``invertDepth``. Invert the map (darker is closer).
            resolution_lower_limit: ``resolutionLowerLimit``. Processing resolution, 256 to 2048 and a multiple of 64.
                Range: 256..2048. Server default: ``1024``.
            use_post_resize: ``usePostResize``. Resize the map back to the source image's resolution.
            use_version3: ``useVersion3``. true uses Depth Anything V3, false V2.
            model: ``model``. Depth Anything model. Version 2 (useVersion3 false) has giant, large, base and small;
                version 3 (useVersion3 true) adds mono_large, metric_large and nested_giant_large. One of: ``small``,
                ``base``, ``large``, ``giant``, ``mono_large``, ``metric_large``, ``nested_giant_large``. Server
                default: ``large``.
            normalization_mode: ``normalizationMode``. Normalization of the depth values (Depth Anything V3 only). One
                of: ``Standard``, ``V2-Style``, ``Raw``. Server default: ``Standard``.
            webhook: ``webhook``. Optional webhook URL. When provided, the server POSTs the final artwork to it upon
                completion. Must be HTTPS and a publicly routable host: loopback, link-local, private and cloud-metadata
                addresses are rejected.
            timeout: total seconds for the call, retries included (default: no bound beyond each request's ``timeout``,
                the client's).
            **options: per-request options (`BodyRequestOptions`): ``extra_headers``, ``extra_query``, ``extra_body``.
        """
        return await self._create(
            {
                "image_url": image_url,
                "invert_depth": invert_depth,
                "resolution_lower_limit": resolution_lower_limit,
                "use_post_resize": use_post_resize,
                "use_version3": use_version3,
                "model": model,
                "normalization_mode": normalization_mode,
                "webhook": webhook,
            },
            timeout,
            options,
        )

    async def generate(
        self,
        *,
        image_url: str,
        invert_depth: bool | None = None,
        resolution_lower_limit: int | None = None,
        use_post_resize: bool | None = None,
        use_version3: bool | None = None,
        model: DepthModel | None = None,
        normalization_mode: DepthNormalizationMode | None = None,
        webhook: str | None = None,
        timeout: float | None = None,  # noqa: ASYNC109 - a total deadline, the documented API
        on_progress: ProgressCallback | None = None,
        **options: Unpack[BodyRequestOptions],
    ) -> AsyncArtwork[DepthMapArtworkParameters]:
        """Start a Depth map task and wait for it: `create`, then `artworks.wait`.

        Raises `ArtworkFailedError`, `ArtworkCanceledError` or `ArtworkTimeoutError`, each carrying the artwork id.

        Args:
            image_url: ``imageUrl``. URL of the image to estimate depth for. Required.
            invert_depth: ``invertDepth``. Invert the map (darker is closer).
            resolution_lower_limit: ``resolutionLowerLimit``. Processing resolution, 256 to 2048 and a multiple of 64.
                Range: 256..2048. Server default: ``1024``.
            use_post_resize: ``usePostResize``. Resize the map back to the source image's resolution.
            use_version3: ``useVersion3``. true uses Depth Anything V3, false V2.
            model: ``model``. Depth Anything model. Version 2 (useVersion3 false) has giant, large, base and small;
                version 3 (useVersion3 true) adds mono_large, metric_large and nested_giant_large. One of: ``small``,
                ``base``, ``large``, ``giant``, ``mono_large``, ``metric_large``, ``nested_giant_large``. Server
                default: ``large``.
            normalization_mode: ``normalizationMode``. Normalization of the depth values (Depth Anything V3 only). One
                of: ``Standard``, ``V2-Style``, ``Raw``. Server default: ``Standard``.
            webhook: ``webhook``. Optional webhook URL. When provided, the server POSTs the final artwork to it upon
                completion. Must be HTTPS and a publicly routable host: loopback, link-local, private and cloud-metadata
                addresses are rejected.
            timeout: total seconds for the whole job, create included (default: the client's ``wait_timeout``).
            on_progress: called with a `StatusEvent` at every poll (a coroutine function is awaited).
            **options: per-request options (`BodyRequestOptions`): ``extra_headers``, ``extra_query``, ``extra_body``.
        """
        return await self._generate(
            {
                "image_url": image_url,
                "invert_depth": invert_depth,
                "resolution_lower_limit": resolution_lower_limit,
                "use_post_resize": use_post_resize,
                "use_version3": use_version3,
                "model": model,
                "normalization_mode": normalization_mode,
                "webhook": webhook,
            },
            timeout,
            on_progress,
            options,
        )


class AsyncStyleDnaAnchor(AsyncResource):
    """Generate anchor image: Create the anchor image that defines a Style DNA. The page also shows an optional
    reference image but hides its field name, so this SDK cannot send one yet (only `webhook` is accepted; see
    openapi/NOTES.md).

    ``client.style_dna_anchor`` of `AsyncTengrai`: operation ``create_style_dna_anchor_artwork``
    (``POST /v2/style-dna/generate-anchor``).
    """

    _operation = "create_style_dna_anchor_artwork"

    async def create(
        self,
        *,
        webhook: str | None = None,
        timeout: float | None = None,  # noqa: ASYNC109 - a total deadline, the documented API
        **options: Unpack[BodyRequestOptions],
    ) -> AsyncArtwork[StyleDnaAnchorArtworkParameters]:
        """Start a Generate anchor image task and return its artwork at once (status ``starting``).

        Arguments are checked against the API's documented rules first; a broken rule raises `ValidationError`
        and nothing is sent. None means "not given" (the server applies its default).

        Args:
            webhook: ``webhook``. Optional webhook URL. When provided, the server POSTs the final artwork to it upon
                completion. Must be HTTPS and a publicly routable host: loopback, link-local, private and cloud-metadata
                addresses are rejected.
            timeout: total seconds for the call, retries included (default: no bound beyond each request's ``timeout``,
                the client's).
            **options: per-request options (`BodyRequestOptions`): ``extra_headers``, ``extra_query``, ``extra_body``.
        """
        return await self._create({"webhook": webhook}, timeout, options)

    async def generate(
        self,
        *,
        webhook: str | None = None,
        timeout: float | None = None,  # noqa: ASYNC109 - a total deadline, the documented API
        on_progress: ProgressCallback | None = None,
        **options: Unpack[BodyRequestOptions],
    ) -> AsyncArtwork[StyleDnaAnchorArtworkParameters]:
        """Start a Generate anchor image task and wait for it: `create`, then `artworks.wait`.

        Raises `ArtworkFailedError`, `ArtworkCanceledError` or `ArtworkTimeoutError`, each carrying the artwork id.

        Args:
            webhook: ``webhook``. Optional webhook URL. When provided, the server POSTs the final artwork to it upon
                completion. Must be HTTPS and a publicly routable host: loopback, link-local, private and cloud-metadata
                addresses are rejected.
            timeout: total seconds for the whole job, create included (default: the client's ``wait_timeout``).
            on_progress: called with a `StatusEvent` at every poll (a coroutine function is awaited).
            **options: per-request options (`BodyRequestOptions`): ``extra_headers``, ``extra_query``, ``extra_body``.
        """
        return await self._generate({"webhook": webhook}, timeout, on_progress, options)


class AsyncStyleDna(AsyncResource):
    """Generate image: Generate an image in the style of a Style DNA anchor image.

    ``client.style_dna`` of `AsyncTengrai`: operation ``create_style_dna_artwork``
    (``POST /v2/style-dna/generate``).
    """

    _operation = "create_style_dna_artwork"

    async def create(
        self,
        *,
        visual_prompt: str,
        anchor_image_url: str,
        description: str,
        aspect_ratio: str | None = None,
        width: float | None = None,
        height: float | None = None,
        image_format: ImageFormat | None = None,
        webhook: str | None = None,
        timeout: float | None = None,  # noqa: ASYNC109 - a total deadline, the documented API
        **options: Unpack[BodyRequestOptions],
    ) -> AsyncArtwork[StyleDnaArtworkParameters]:
        """Start a Generate image task and return its artwork at once (status ``starting``).

        Arguments are checked against the API's documented rules first; a broken rule raises `ValidationError`
        and nothing is sent. None means "not given" (the server applies its default).

        Args:
            visual_prompt: ``visualPrompt``. What the image shows. Required.
            anchor_image_url: ``anchorImageUrl``. URL of the Style DNA's anchor image. Required.
            description: ``description``. Description of the Style DNA. Required.
            aspect_ratio: ``aspectRatio``. Aspect ratio of the image (no values are documented).
            width: ``width``. Width in pixels; the total area (width x height) must not exceed 1,763,584 pixels. Range:
                512..2048.
            height: ``height``. Height in pixels; the total area (width x height) must not exceed 1,763,584 pixels.
                Range: 512..2048.
            image_format: ``imageFormat``. Format of the result image of the Style DNA operations. One of: ``png``,
                ``webp``. Server default: ``png``.
            webhook: ``webhook``. Optional webhook URL. When provided, the server POSTs the final artwork to it upon
                completion. Must be HTTPS and a publicly routable host: loopback, link-local, private and cloud-metadata
                addresses are rejected.
            timeout: total seconds for the call, retries included (default: no bound beyond each request's ``timeout``,
                the client's).
            **options: per-request options (`BodyRequestOptions`): ``extra_headers``, ``extra_query``, ``extra_body``.
        """
        return await self._create(
            {
                "visual_prompt": visual_prompt,
                "anchor_image_url": anchor_image_url,
                "description": description,
                "aspect_ratio": aspect_ratio,
                "width": width,
                "height": height,
                "image_format": image_format,
                "webhook": webhook,
            },
            timeout,
            options,
        )

    async def generate(
        self,
        *,
        visual_prompt: str,
        anchor_image_url: str,
        description: str,
        aspect_ratio: str | None = None,
        width: float | None = None,
        height: float | None = None,
        image_format: ImageFormat | None = None,
        webhook: str | None = None,
        timeout: float | None = None,  # noqa: ASYNC109 - a total deadline, the documented API
        on_progress: ProgressCallback | None = None,
        **options: Unpack[BodyRequestOptions],
    ) -> AsyncArtwork[StyleDnaArtworkParameters]:
        """Start a Generate image task and wait for it: `create`, then `artworks.wait`.

        Raises `ArtworkFailedError`, `ArtworkCanceledError` or `ArtworkTimeoutError`, each carrying the artwork id.

        Args:
            visual_prompt: ``visualPrompt``. What the image shows. Required.
            anchor_image_url: ``anchorImageUrl``. URL of the Style DNA's anchor image. Required.
            description: ``description``. Description of the Style DNA. Required.
            aspect_ratio: ``aspectRatio``. Aspect ratio of the image (no values are documented).
            width: ``width``. Width in pixels; the total area (width x height) must not exceed 1,763,584 pixels. Range:
                512..2048.
            height: ``height``. Height in pixels; the total area (width x height) must not exceed 1,763,584 pixels.
                Range: 512..2048.
            image_format: ``imageFormat``. Format of the result image of the Style DNA operations. One of: ``png``,
                ``webp``. Server default: ``png``.
            webhook: ``webhook``. Optional webhook URL. When provided, the server POSTs the final artwork to it upon
                completion. Must be HTTPS and a publicly routable host: loopback, link-local, private and cloud-metadata
                addresses are rejected.
            timeout: total seconds for the whole job, create included (default: the client's ``wait_timeout``).
            on_progress: called with a `StatusEvent` at every poll (a coroutine function is awaited).
            **options: per-request options (`BodyRequestOptions`): ``extra_headers``, ``extra_query``, ``extra_body``.
        """
        return await self._generate(
            {
                "visual_prompt": visual_prompt,
                "anchor_image_url": anchor_image_url,
                "description": description,
                "aspect_ratio": aspect_ratio,
                "width": width,
                "height": height,
                "image_format": image_format,
                "webhook": webhook,
            },
            timeout,
            on_progress,
            options,
        )


class AsyncStyleDnaEdit(AsyncResource):
    """Edit image: Edit an image with a change prompt without rerunning the full Style DNA pipeline.

    ``client.style_dna_edit`` of `AsyncTengrai`: operation ``create_style_dna_edit_artwork``
    (``POST /v2/style-dna/edit``).
    """

    _operation = "create_style_dna_edit_artwork"

    async def create(
        self,
        *,
        prompt: str | None = None,
        negative_prompt: str | None = None,
        image_guidance: Literal[1, 2, 3],
        modification: float,
        creativity: float,
        effort: float,
        aspect_ratio: HamiltonAspectRatio | None = None,
        width: float | None = None,
        height: float | None = None,
        image_url: str,
        image_format: ImageFormat | None = None,
        webhook: str | None = None,
        timeout: float | None = None,  # noqa: ASYNC109 - a total deadline, the documented API
        **options: Unpack[BodyRequestOptions],
    ) -> AsyncArtwork[StyleDnaEditArtworkParameters]:
        """Start a Edit image task and return its artwork at once (status ``starting``).

        Arguments are checked against the API's documented rules first; a broken rule raises `ValidationError`
        and nothing is sent. None means "not given" (the server applies its default).

        Args:
            prompt: ``prompt``. Limited to 256 words; additional content will be truncated. At most 256 words
                (x-max-words). Server default: ``cat``.
            negative_prompt: ``negativePrompt``. Limited to 64 words; additional content will be truncated. At most 64
                words (x-max-words). Server default: ````.
            image_guidance: ``imageGuidance``. How closely the result follows the source image. One of: ``1``, ``2``,
                ``3``. Required.
            modification: ``modification``. How much the image is changed, from 1 to 5. Range: 1..5. Required.
            creativity: ``creativity``. Creativity from 1 to 5. Range: 1..5. Required.
            effort: ``effort``. Effort from 1 (fastest) to 5 (best quality). Range: 1..5. Required.
            aspect_ratio: ``aspectRatio``. Aspect ratio of Hamilton, Photo Pilot and Style DNA edit. Defaults to 1:1
                (1024 x 1024) when width and height are not given; 1:1 is 1328 x 1328 with highResolution. One of:
                ``1:1``, ``2:3``, ``3:4``, ``4:3``, ``9:16``, ``3:2``, ``16:9``. Server default: ``1:1``.
            width: ``width``. Width in pixels; the total area (width x height) must not exceed 1,763,584 pixels. Range:
                512..2048.
            height: ``height``. Height in pixels; the total area (width x height) must not exceed 1,763,584 pixels.
                Range: 512..2048.
            image_url: ``imageUrl``. URL of the image to edit. Required.
            image_format: ``imageFormat``. Format of the result image of the Style DNA operations. One of: ``png``,
                ``webp``. Server default: ``png``.
            webhook: ``webhook``. Optional webhook URL. When provided, the server POSTs the final artwork to it upon
                completion. Must be HTTPS and a publicly routable host: loopback, link-local, private and cloud-metadata
                addresses are rejected.
            timeout: total seconds for the call, retries included (default: no bound beyond each request's ``timeout``,
                the client's).
            **options: per-request options (`BodyRequestOptions`): ``extra_headers``, ``extra_query``, ``extra_body``.
        """
        return await self._create(
            {
                "prompt": prompt,
                "negative_prompt": negative_prompt,
                "image_guidance": image_guidance,
                "modification": modification,
                "creativity": creativity,
                "effort": effort,
                "aspect_ratio": aspect_ratio,
                "width": width,
                "height": height,
                "image_url": image_url,
                "image_format": image_format,
                "webhook": webhook,
            },
            timeout,
            options,
        )

    async def generate(
        self,
        *,
        prompt: str | None = None,
        negative_prompt: str | None = None,
        image_guidance: Literal[1, 2, 3],
        modification: float,
        creativity: float,
        effort: float,
        aspect_ratio: HamiltonAspectRatio | None = None,
        width: float | None = None,
        height: float | None = None,
        image_url: str,
        image_format: ImageFormat | None = None,
        webhook: str | None = None,
        timeout: float | None = None,  # noqa: ASYNC109 - a total deadline, the documented API
        on_progress: ProgressCallback | None = None,
        **options: Unpack[BodyRequestOptions],
    ) -> AsyncArtwork[StyleDnaEditArtworkParameters]:
        """Start a Edit image task and wait for it: `create`, then `artworks.wait`.

        Raises `ArtworkFailedError`, `ArtworkCanceledError` or `ArtworkTimeoutError`, each carrying the artwork id.

        Args:
            prompt: ``prompt``. Limited to 256 words; additional content will be truncated. At most 256 words
                (x-max-words). Server default: ``cat``.
            negative_prompt: ``negativePrompt``. Limited to 64 words; additional content will be truncated. At most 64
                words (x-max-words). Server default: ````.
            image_guidance: ``imageGuidance``. How closely the result follows the source image. One of: ``1``, ``2``,
                ``3``. Required.
            modification: ``modification``. How much the image is changed, from 1 to 5. Range: 1..5. Required.
            creativity: ``creativity``. Creativity from 1 to 5. Range: 1..5. Required.
            effort: ``effort``. Effort from 1 (fastest) to 5 (best quality). Range: 1..5. Required.
            aspect_ratio: ``aspectRatio``. Aspect ratio of Hamilton, Photo Pilot and Style DNA edit. Defaults to 1:1
                (1024 x 1024) when width and height are not given; 1:1 is 1328 x 1328 with highResolution. One of:
                ``1:1``, ``2:3``, ``3:4``, ``4:3``, ``9:16``, ``3:2``, ``16:9``. Server default: ``1:1``.
            width: ``width``. Width in pixels; the total area (width x height) must not exceed 1,763,584 pixels. Range:
                512..2048.
            height: ``height``. Height in pixels; the total area (width x height) must not exceed 1,763,584 pixels.
                Range: 512..2048.
            image_url: ``imageUrl``. URL of the image to edit. Required.
            image_format: ``imageFormat``. Format of the result image of the Style DNA operations. One of: ``png``,
                ``webp``. Server default: ``png``.
            webhook: ``webhook``. Optional webhook URL. When provided, the server POSTs the final artwork to it upon
                completion. Must be HTTPS and a publicly routable host: loopback, link-local, private and cloud-metadata
                addresses are rejected.
            timeout: total seconds for the whole job, create included (default: the client's ``wait_timeout``).
            on_progress: called with a `StatusEvent` at every poll (a coroutine function is awaited).
            **options: per-request options (`BodyRequestOptions`): ``extra_headers``, ``extra_query``, ``extra_body``.
        """
        return await self._generate(
            {
                "prompt": prompt,
                "negative_prompt": negative_prompt,
                "image_guidance": image_guidance,
                "modification": modification,
                "creativity": creativity,
                "effort": effort,
                "aspect_ratio": aspect_ratio,
                "width": width,
                "height": height,
                "image_url": image_url,
                "image_format": image_format,
                "webhook": webhook,
            },
            timeout,
            on_progress,
            options,
        )
