"""Async fan-out: many generations at once on one client, with progress, failures kept apart.

    python examples/async_fan_out.py [OUT_DIR]

``AsyncTengrai`` shares one connection pool between all tasks; ``asyncio.gather(..., return_exceptions=True)``
keeps one failed task from hiding the others. Without ``TENGRAI_API_KEY`` it runs against the in-process mock.
"""

from __future__ import annotations

import asyncio
import os
import sys

import httpx

from tengrai import AsyncTengrai, StatusEvent, TengraiError

PROMPTS = ["a red fox in snow", "a lighthouse at dusk", "a koi pond from above", "a paper boat", "an old map"]


def connect() -> AsyncTengrai:
    """The real API when ``TENGRAI_API_KEY`` is set, else the mock server inside this process."""
    if os.environ.get("TENGRAI_API_KEY"):
        return AsyncTengrai()
    from tengrai.mock import TEST_API_KEY, Durations, MockConfig, create_app

    app = create_app(MockConfig(default_durations=Durations(starting=0.2, processing=0.8)))
    return AsyncTengrai(api_key=TEST_API_KEY, base_url="http://mock.invalid", transport=httpx.ASGITransport(app))


def progress(event: StatusEvent) -> None:
    print(f"  {event.artwork_id[:8]} {event.status} at {event.elapsed:.1f} s")


async def one(client: AsyncTengrai, prompt: str, out_dir: str) -> str:
    artwork = await client.quantum.create(prompt=prompt, aspect_ratio="1:1")
    done = await client.artworks.wait(artwork, on_progress=progress)
    saved = await client.artworks.save(done, out_dir)
    return f"{prompt!r}: {', '.join(str(image.path) for image in saved)}"


async def main(out_dir: str) -> int:
    async with connect() as client:
        outcomes = await asyncio.gather(*(one(client, p, out_dir) for p in PROMPTS), return_exceptions=True)
    failed = 0
    for prompt, outcome in zip(PROMPTS, outcomes, strict=True):
        if isinstance(outcome, TengraiError):
            failed += 1
            print(f"FAILED {prompt!r}: {outcome}")  # an ArtworkError carries .artwork_id to resume or inspect
        elif isinstance(outcome, BaseException):
            raise outcome
        else:
            print(outcome)
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(asyncio.run(main(sys.argv[1] if len(sys.argv) > 1 else "out/examples")))
