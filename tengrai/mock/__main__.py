"""``python -m tengrai.mock`` (or ``tengrai mock``): serve the mock Tengr.ai API on loopback until Ctrl-C."""

from __future__ import annotations

import argparse
import sys
from collections.abc import Mapping, Sequence
from typing import TYPE_CHECKING

from ._config import Durations, Faults, MockConfig

if TYPE_CHECKING:
    from ._config import ApiKey

__all__ = ["DEFAULT_PORT", "config_from", "main"]

DEFAULT_PORT = 8000
"""The port the served mock listens on unless ``--port`` says otherwise."""

_CONFIG = MockConfig()
_FAULTS = Faults()
"""The mock's own defaults, shown by ``--help`` and used when an option is not given."""


def _parser(prog: str) -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog=prog,
        description="Serve a mock Tengr.ai API (tasks, images, webhooks) on loopback. Stop it with Ctrl-C.",
        allow_abbrev=False,
    )
    parser.add_argument("--host", default="127.0.0.1", help="interface to listen on (default: %(default)s)")
    parser.add_argument(
        "--port", type=int, default=DEFAULT_PORT, help="port; 0 picks a free one (default: %(default)s)"
    )
    parser.add_argument(
        "--api-key",
        metavar="KEY",
        default=None,
        help="the bearer key the server accepts (default: the published test key, printed at start); with it, "
        "the published test keys are not accepted",
    )
    parser.add_argument(
        "--admin-key",
        metavar="KEY",
        default=None,
        help="with --api-key: an admin key of your own for the organization routes (minting and revoking keys, "
        "rotating the webhook secret); without it no key can call them",
    )
    parser.add_argument(
        "--starting",
        type=float,
        default=_CONFIG.default_durations.starting,
        help="seconds each task stays 'starting' (default: %(default)s)",
    )
    parser.add_argument(
        "--processing",
        type=float,
        default=_CONFIG.default_durations.processing,
        help="seconds each task stays 'processing' (default: %(default)s)",
    )
    parser.add_argument(
        "--failure-rate",
        type=float,
        default=_CONFIG.failure_rate,
        help="share of tasks that end 'failed' (default: %(default)s)",
    )
    parser.add_argument(
        "--synthesize-sources",
        action="store_true",
        help="accept image URLs this server did not produce (e.g. https://example.com/fox.png): image-to-image "
        "tasks then work on a stand-in image derived from the URL; nothing is fetched. Without it such tasks "
        "fail, saying why",
    )
    _add_v1_options(parser)
    parser.add_argument("--webhook-secret", default=None, help="sign webhook deliveries with this secret")
    parser.add_argument(
        "--allow-loopback-webhooks",
        action="store_true",
        help="accept and deliver http(s) webhooks to loopback hosts (local receivers such as "
        "http://127.0.0.1:9000/hook); other private hosts stay rejected",
    )
    parser.add_argument("--log-level", default="info", help="uvicorn log level (default: %(default)s)")
    return parser


def _add_v1_options(parser: argparse.ArgumentParser) -> None:
    """The options of the synchronous V1 operations: the 504 fault and the Style DNA asset lifetime."""
    parser.add_argument(
        "--gateway-timeout-rate",
        type=float,
        default=_FAULTS.gateway_timeout_rate,
        metavar="SHARE",
        help="share of synchronous V1 calls (V1 creates, Style DNA assets, Textcraft) that do their work and then "
        "answer 504 Gateway Timeout, as the API documents (default: %(default)s)",
    )
    parser.add_argument(
        "--asset-ttl",
        type=float,
        default=_CONFIG.asset_ttl,
        metavar="SECONDS",
        help="seconds a Style DNA image asset's URL works after the call, its expiresAt (default: %(default)s)",
    )


def _keys(api_key: str | None, admin_key: str | None) -> Mapping[str, ApiKey]:
    """The published test keys, or only the user's: the published admin key could mint keys and revoke theirs."""
    from ._config import TEST_ADMIN_KEY, TEST_API_KEY

    keys = _CONFIG.keys
    if api_key is None:
        return keys
    own = {api_key: keys[TEST_API_KEY]}
    if admin_key is not None:
        own[admin_key] = keys[TEST_ADMIN_KEY]
    return own


def config_from(args: argparse.Namespace) -> MockConfig:
    """The mock's configuration from its parsed options; `ValueError` names an option out of range."""
    return MockConfig(
        keys=_keys(args.api_key, args.admin_key),
        default_durations=Durations(args.starting, args.processing),
        failure_rate=args.failure_rate,
        faults=Faults(gateway_timeout_rate=args.gateway_timeout_rate),
        asset_ttl=args.asset_ttl,
        webhook_secret=args.webhook_secret,
        allow_loopback_webhooks=args.allow_loopback_webhooks,
        foreign_image_urls="synthesize" if args.synthesize_sources else "fail",
        seed=None,
    )


def main(argv: Sequence[str] | None = None, *, prog: str = "python -m tengrai.mock") -> int:
    """Run the server in the foreground; returns the exit status. ``prog`` names the command in usage lines."""
    args = _parser(prog).parse_args(argv)
    from . import MockExtraMissingError, require_extra

    try:
        require_extra(serve=True)
    except MockExtraMissingError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 1
    import uvicorn

    from ._app import create_app
    from ._config import TEST_API_KEY
    from ._server import bind_loopback, quiet_dropped_connections

    if args.admin_key is not None and args.api_key is None:
        print("error: --admin-key needs --api-key (without them the published test keys are served)", file=sys.stderr)
        return 2
    try:
        config = config_from(args)
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
    # A key chosen on the command line is the user's own: it is not echoed back.
    print(f"API key: {TEST_API_KEY if args.api_key is None else 'the one given with --api-key'}", flush=True)
    shown_key = TEST_API_KEY if args.api_key is None else "$KEY"
    print(f"Try: curl -H 'Authorization: Bearer {shown_key}' {url}/v2/artworks", flush=True)
    print(f"Or:  TENGRAI_BASE_URL={url} TENGRAI_API_KEY={shown_key} tengrai quantum 'a fox'", flush=True)
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
