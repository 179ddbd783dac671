# generated from openapi/tengrai.yaml by make generate — do not edit
"""The clients' generated resource attributes (``client.quantum``, ``client.organizations``, ...).

Generated from ``openapi/tengrai.yaml`` by ``make generate`` (``openapi/generate_sdk.py``) — do not edit. The resource
classes themselves are in `_generated`, which is imported when a program first uses one of them.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from ._lazy import LazyResource

if TYPE_CHECKING:
    from ._generated import (
        V1,
        AsyncDepthMap,
        AsyncDetailerUpscaler,
        AsyncFaceRefiner,
        AsyncFaceSwap,
        AsyncHamilton,
        AsyncOrganizations,
        AsyncPhotoPilot,
        AsyncQuantum,
        AsyncRemoveBackground,
        AsyncSegmentation,
        AsyncSelena,
        AsyncSelenaVariete,
        AsyncStyleDna,
        AsyncStyleDnaAnchor,
        AsyncStyleDnaEdit,
        AsyncUpscaling,
        AsyncV1,
        DepthMap,
        DetailerUpscaler,
        FaceRefiner,
        FaceSwap,
        Hamilton,
        Organizations,
        PhotoPilot,
        Quantum,
        RemoveBackground,
        Segmentation,
        Selena,
        SelenaVariete,
        StyleDna,
        StyleDnaAnchor,
        StyleDnaEdit,
        Upscaling,
    )

__all__ = ["RESOURCE_CLASSES", "AsyncGeneratedResources", "GeneratedResources"]

RESOURCE_CLASSES = (
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
)
"""Every class `_generated` defines (one per resource of the spec, sync and async)."""


class GeneratedResources:
    """The generated resources of `Tengrai`: one attribute per resource of the spec, each built on first
    access (see `tengrai.resources._lazy`)."""

    v1: LazyResource[V1] = LazyResource("V1")
    """``client.v1``: `artworks`, `txt2img`, `upscaling`, `hamilton`, `style_dna`, `textcraft`, `organizations`."""

    organizations: LazyResource[Organizations] = LazyResource("Organizations")
    """``client.organizations``: `create_api_key`, `revoke_api_key`, `rotate_webhook_secret`."""

    quantum: LazyResource[Quantum] = LazyResource("Quantum")
    """Quantum: Start a text-to-image generation with the Quantum model. Answers at once with the artwork task; poll it
    with get_artwork or receive it on the webhook when it ends."""

    selena_variete: LazyResource[SelenaVariete] = LazyResource("SelenaVariete")
    """Selena Variete: Start an image-to-image generation from a source image. The processing mode (reimagine,
    sketch-to-image, ...) controls how closely the result follows the input."""

    face_refiner: LazyResource[FaceRefiner] = LazyResource("FaceRefiner")
    """Face refiner: Clean up and sharpen the faces in an image: for a generated photo whose composition is good but
    whose faces need another pass."""

    selena: LazyResource[Selena] = LazyResource("Selena")
    """Selena: Start a text-to-image generation with Selena, the workhorse model. Answers at once with the artwork task;
    poll it with get_artwork or receive it on the webhook when it ends. No page documents this endpoint: its request
    is the Selena artwork's parameters (see openapi/NOTES.md)."""

    hamilton: LazyResource[Hamilton] = LazyResource("Hamilton")
    """Hamilton: Start a text-to-image generation with the Hamilton model; poll the task or wire a webhook."""

    photo_pilot: LazyResource[PhotoPilot] = LazyResource("PhotoPilot")
    """Photo Pilot: Image-to-image generation from a source image. Documented on the V1 path with the V2 status enum and
    a 202 answer; no V2 path is documented (see openapi/NOTES.md)."""

    face_swap: LazyResource[FaceSwap] = LazyResource("FaceSwap")
    """Face swap: Map the face from a source image onto the matching face of a target image, keeping the target's
    lighting and pose."""

    upscaling: LazyResource[Upscaling] = LazyResource("Upscaling")
    """Upscaler: Upscale an image by an integer scale factor."""

    detailer_upscaler: LazyResource[DetailerUpscaler] = LazyResource("DetailerUpscaler")
    """Detailer Upscaler: Sharpen the fine details of an image and optionally upscale it (scale factor 1 keeps the
    size)."""

    remove_background: LazyResource[RemoveBackground] = LazyResource("RemoveBackground")
    """Remove background: Create a new artwork from an image with its background made transparent."""

    segmentation: LazyResource[Segmentation] = LazyResource("Segmentation")
    """Segmentation: Produce a mask of an image, selecting the area by a text prompt or by points. The page shows three
    more points-mode settings (refinement steps, multiple candidate masks, keep only the best mask) but hides their
    field names, so this SDK cannot send them yet (the server's defaults apply; see openapi/NOTES.md)."""

    depth_map: LazyResource[DepthMap] = LazyResource("DepthMap")
    """Depth map: Produce a grayscale depth map of an image: lighter is closer."""

    style_dna_anchor: LazyResource[StyleDnaAnchor] = LazyResource("StyleDnaAnchor")
    """Generate anchor image: Create the anchor image that defines a Style DNA. The page also shows an optional
    reference image but hides its field name, so this SDK cannot send one yet (only `webhook` is accepted; see
    openapi/NOTES.md)."""

    style_dna: LazyResource[StyleDna] = LazyResource("StyleDna")
    """Generate image: Generate an image in the style of a Style DNA anchor image."""

    style_dna_edit: LazyResource[StyleDnaEdit] = LazyResource("StyleDnaEdit")
    """Edit image: Edit an image with a change prompt without rerunning the full Style DNA pipeline."""


class AsyncGeneratedResources:
    """The generated resources of `AsyncTengrai`: one attribute per resource of the spec, each built on first
    access (see `tengrai.resources._lazy`)."""

    v1: LazyResource[AsyncV1] = LazyResource("AsyncV1")
    """``client.v1``: `artworks`, `txt2img`, `upscaling`, `hamilton`, `style_dna`, `textcraft`, `organizations`."""

    organizations: LazyResource[AsyncOrganizations] = LazyResource("AsyncOrganizations")
    """``client.organizations``: `create_api_key`, `revoke_api_key`, `rotate_webhook_secret`."""

    quantum: LazyResource[AsyncQuantum] = LazyResource("AsyncQuantum")
    """Quantum: Start a text-to-image generation with the Quantum model. Answers at once with the artwork task; poll it
    with get_artwork or receive it on the webhook when it ends."""

    selena_variete: LazyResource[AsyncSelenaVariete] = LazyResource("AsyncSelenaVariete")
    """Selena Variete: Start an image-to-image generation from a source image. The processing mode (reimagine,
    sketch-to-image, ...) controls how closely the result follows the input."""

    face_refiner: LazyResource[AsyncFaceRefiner] = LazyResource("AsyncFaceRefiner")
    """Face refiner: Clean up and sharpen the faces in an image: for a generated photo whose composition is good but
    whose faces need another pass."""

    selena: LazyResource[AsyncSelena] = LazyResource("AsyncSelena")
    """Selena: Start a text-to-image generation with Selena, the workhorse model. Answers at once with the artwork task;
    poll it with get_artwork or receive it on the webhook when it ends. No page documents this endpoint: its request
    is the Selena artwork's parameters (see openapi/NOTES.md)."""

    hamilton: LazyResource[AsyncHamilton] = LazyResource("AsyncHamilton")
    """Hamilton: Start a text-to-image generation with the Hamilton model; poll the task or wire a webhook."""

    photo_pilot: LazyResource[AsyncPhotoPilot] = LazyResource("AsyncPhotoPilot")
    """Photo Pilot: Image-to-image generation from a source image. Documented on the V1 path with the V2 status enum and
    a 202 answer; no V2 path is documented (see openapi/NOTES.md)."""

    face_swap: LazyResource[AsyncFaceSwap] = LazyResource("AsyncFaceSwap")
    """Face swap: Map the face from a source image onto the matching face of a target image, keeping the target's
    lighting and pose."""

    upscaling: LazyResource[AsyncUpscaling] = LazyResource("AsyncUpscaling")
    """Upscaler: Upscale an image by an integer scale factor."""

    detailer_upscaler: LazyResource[AsyncDetailerUpscaler] = LazyResource("AsyncDetailerUpscaler")
    """Detailer Upscaler: Sharpen the fine details of an image and optionally upscale it (scale factor 1 keeps the
    size)."""

    remove_background: LazyResource[AsyncRemoveBackground] = LazyResource("AsyncRemoveBackground")
    """Remove background: Create a new artwork from an image with its background made transparent."""

    segmentation: LazyResource[AsyncSegmentation] = LazyResource("AsyncSegmentation")
    """Segmentation: Produce a mask of an image, selecting the area by a text prompt or by points. The page shows three
    more points-mode settings (refinement steps, multiple candidate masks, keep only the best mask) but hides their
    field names, so this SDK cannot send them yet (the server's defaults apply; see openapi/NOTES.md)."""

    depth_map: LazyResource[AsyncDepthMap] = LazyResource("AsyncDepthMap")
    """Depth map: Produce a grayscale depth map of an image: lighter is closer."""

    style_dna_anchor: LazyResource[AsyncStyleDnaAnchor] = LazyResource("AsyncStyleDnaAnchor")
    """Generate anchor image: Create the anchor image that defines a Style DNA. The page also shows an optional
    reference image but hides its field name, so this SDK cannot send one yet (only `webhook` is accepted; see
    openapi/NOTES.md)."""

    style_dna: LazyResource[AsyncStyleDna] = LazyResource("AsyncStyleDna")
    """Generate image: Generate an image in the style of a Style DNA anchor image."""

    style_dna_edit: LazyResource[AsyncStyleDnaEdit] = LazyResource("AsyncStyleDnaEdit")
    """Edit image: Edit an image with a change prompt without rerunning the full Style DNA pipeline."""
