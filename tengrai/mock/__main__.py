"""``python -m tengrai.mock``: serve the mock Tengr.ai API on loopback until Ctrl-C."""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence

__all__ = ["main"]


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="python -m tengrai.mock",
        description="Serve a mock Tengr.ai API (tasks, images, webhooks) on loopback. Stop it with Ctrl-C.",
    )
    parser.add_argument("--host", default="127.0.0.1", help="interface to listen on (default: %(default)s)")
    parser.add_argument("--port", type=int, default=8000, help="port; 0 picks a free one (default: %(default)s)")
    parser.add_argument(
        "--starting", type=float, default=1.0, help="seconds each task stays 'starting' (default: %(default)s)"
    )
    parser.add_argument(
        "--processing", type=float, default=4.0, help="seconds each task stays 'processing' (default: %(default)s)"
    )
    parser.add_argument(
        "--failure-rate", type=float, default=0.0, help="share of tasks that end 'failed' (default: %(default)s)"
    )
    parser.add_argument("--webhook-secret", default=None, help="sign webhook deliveries with this secret")
    parser.add_argument(
        "--allow-loopback-webhooks",
        action="store_true",
        help="accept http(s) webhooks on loopback hosts (local receivers); other private hosts stay rejected",
    )
    parser.add_argument("--log-level", default="info", help="uvicorn log level (default: %(default)s)")
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    """Run the server in the foreground; returns the exit status."""
    args = _parser().parse_args(argv)
    try:
        import uvicorn

        from ._app import create_app
        from ._config import TEST_API_KEY, Durations, MockConfig
        from ._server import bind_loopback, quiet_dropped_connections
    except ImportError as exc:  # pragma: no cover - depends on the installation
        print(f"the mock server needs the 'mock' extra: pip install 'tengrai[mock]' ({exc})", file=sys.stderr)
        return 2
    try:
        config = MockConfig(
            default_durations=Durations(args.starting, args.processing),
            failure_rate=args.failure_rate,
            webhook_secret=args.webhook_secret,
            allow_loopback_webhooks=args.allow_loopback_webhooks,
            seed=None,
        )
    except ValueError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 2
    try:
        sock = bind_loopback(args.host, args.port)
    except OSError as exc:
        print(f"error: cannot listen on {args.host}:{args.port}: {exc}", file=sys.stderr)
        return 1
    app = create_app(config)
    host = f"[{args.host}]" if ":" in args.host else args.host
    url = f"http://{host}:{sock.getsockname()[1]}"
    print(f"Tengr.ai mock server on {url}", flush=True)
    print(f"API key: {TEST_API_KEY}", flush=True)
    print(f"Try: curl -H 'Authorization: Bearer {TEST_API_KEY}' {url}/v2/artworks", flush=True)
    print("Press Ctrl-C to stop.", flush=True)
    quiet_dropped_connections()
    server = uvicorn.Server(uvicorn.Config(app, log_level=args.log_level, lifespan="off"))
    try:
        server.run(sockets=[sock])
    except KeyboardInterrupt:  # a second Ctrl-C during shutdown
        pass
    finally:
        app.state.mock.close()
        sock.close()
    print("mock server stopped", flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
