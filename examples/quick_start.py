"""Quick start: generate one image and save it.

    python examples/quick_start.py [OUT_DIR]

With ``TENGRAI_API_KEY`` set it calls the real API (and spends credits); without it, a mock Tengr.ai server runs
inside this process: no key, no network, placeholder images.
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

    app = create_app(MockConfig(default_durations=Durations(starting=0.2, processing=0.5)))  # quicker than default
    return Tengrai(api_key=TEST_API_KEY, base_url="http://mock.invalid", transport=SyncASGITransport(app))


def main(out_dir: str) -> None:
    with connect() as client:
        artwork = client.quantum.generate(prompt="a lighthouse at dawn", aspect_ratio="16:9", seed=42)
        print(f"{artwork.artwork_type} {artwork.id}: {artwork.status} after {artwork.duration:.1f} s")
        for image in client.artworks.save(artwork, out_dir, sidecar=True):  # sidecar: <id>.json with the prompt
            print(f"saved {image.path} ({image.size_bytes} bytes, {image.content_type})")


if __name__ == "__main__":
    main(sys.argv[1] if len(sys.argv) > 1 else "out/examples")
