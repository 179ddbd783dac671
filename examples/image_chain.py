"""Image chain: generate, refine the face, then vary the refined image -- each step feeds the next.

    python examples/image_chain.py [OUT_DIR]

A result URL of one task is the ``image_url`` of the next. Without ``TENGRAI_API_KEY`` it runs against the
in-process mock (whose image-to-image tasks read its own result URLs).
"""

from __future__ import annotations

import os
import sys

from tengrai import Tengrai


def connect() -> Tengrai:
    """The real API when ``TENGRAI_API_KEY`` is set, else the mock server inside this process."""
    if os.environ.get("TENGRAI_API_KEY"):
        return Tengrai()
    from tengrai.mock import TEST_API_KEY, Durations, MockConfig, SyncASGITransport, create_app

    app = create_app(MockConfig(default_durations=Durations(starting=0.1, processing=0.4)))
    return Tengrai(api_key=TEST_API_KEY, base_url="http://mock.invalid", transport=SyncASGITransport(app))


def main(out_dir: str) -> None:
    with connect() as client:
        portrait = client.quantum.generate(prompt="portrait of a lighthouse keeper, soft light", aspect_ratio="3:2")
        print(f"1 quantum        {portrait.id} -> {portrait.results[0]}")
        refined = client.face_refiner.generate(image_url=portrait.results[0], denoising=2)
        print(f"2 face refiner   {refined.id} -> {refined.results[0]}")
        variations = client.selena_variete.generate(
            image_url=refined.results[0], processing_mode="reimagine", style="aquarelle", batch=2
        )
        print(f"3 selena variete {variations.id} -> {len(variations.results)} images")
        for artwork in (portrait, refined, variations):
            for image in client.artworks.save(artwork, out_dir):
                print(f"  saved {image.path}")
        # Each artwork remembers what it was asked for: the API's echo of the request (camelCase keys).
        print("variation parameters:", {k: variations.parameters[k] for k in ("processingMode", "style")})


if __name__ == "__main__":
    main(sys.argv[1] if len(sys.argv) > 1 else "out/examples")
