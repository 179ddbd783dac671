"""Pagination and resuming: list artworks page by page, and pick up a wait that ran out of time.

    python examples/pagination_resume.py

`client.artworks.list()` fetches pages lazily (``page_size`` per request) and stops at ``limit``. A wait that
passes its ``timeout`` raises `ArtworkTimeoutError` with the artwork id: the task keeps running on the server,
so waiting again with that id (now, or in another process later) loses nothing. Without ``TENGRAI_API_KEY`` it
runs against the in-process mock.
"""

from __future__ import annotations

import os

from tengrai import ArtworkTimeoutError, Tengrai


def connect() -> Tengrai:
    """The real API when ``TENGRAI_API_KEY`` is set, else the mock server inside this process."""
    if os.environ.get("TENGRAI_API_KEY"):
        return Tengrai()
    from tengrai.mock import TEST_API_KEY, Durations, MockConfig, SyncASGITransport, create_app

    app = create_app(MockConfig(default_durations=Durations(starting=0.2, processing=1.0)))
    return Tengrai(api_key=TEST_API_KEY, base_url="http://mock.invalid", transport=SyncASGITransport(app))


def main() -> None:
    with connect() as client:
        for prompt in ("a fox", "a heron", "a hare"):
            client.quantum.create(prompt=prompt)

        print("newest artworks, two per request:")
        for artwork in client.artworks.list(limit=3, page_size=2):
            print(f"  {artwork.id}  {artwork.status:<10}  {artwork.parameters.get('prompt')!r}")

        slow = client.quantum.create(prompt="a slow one")
        try:
            client.artworks.wait(slow, timeout=0.3)  # far too short: raises, the task goes on
        except ArtworkTimeoutError as exc:
            print(f"not finished yet: {exc.artwork_id} (last seen {exc.artwork.status if exc.artwork else '-'})")
            artwork_id = exc.artwork_id  # store it anywhere; nothing else is needed to resume

        for event in client.artworks.events(artwork_id):  # resume: one event per status change
            print(f"  {event.status} at {event.elapsed:.1f} s")
        done = client.artworks.get(artwork_id)
        print(f"resumed {done.id}: {done.status}, {len(client.artworks.download(done))} image(s) in memory")
        print("as JSON-ready data:", sorted(done.to_dict()))


if __name__ == "__main__":
    main()
