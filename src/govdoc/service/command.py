"""`govdoc serve`: its options, and running the app under uvicorn.

Kept apart from the app so that `govdoc --help` does not import the web framework, and so
that a missing `serve` extra is a one-line message rather than a traceback.
"""

from __future__ import annotations

import argparse
import contextlib
import logging
import os
import sys
from typing import Any

from govdoc.isolation import DEFAULT_MEMORY, seconds
from govdoc.service.config import DEFAULT_MAX_BODY, TOKEN_ENV, ServiceConfig


def add_parser(sub: Any) -> None:
    """Add `serve` to the CLI's subcommands (`sub` is argparse's subparsers object)."""
    s = sub.add_parser("serve", help="answer parse requests over HTTP (needs the serve extra)")
    s.add_argument("--host", default="127.0.0.1", help="address to listen on (default 127.0.0.1)")
    s.add_argument("--port", type=int, default=8000, help="port to listen on (default 8000)")
    s.add_argument("--workers", type=int, default=None, help="parse worker processes (default: the number of cores)")
    s.add_argument("--timeout", type=seconds, default=60.0, help="seconds one document may take (default 60)")
    s.add_argument(
        "--max-body", type=int, default=DEFAULT_MAX_BODY, metavar="BYTES", help="largest request body (default 64 MB)"
    )
    s.add_argument("--queue", type=int, default=16, help="requests that may wait for a worker before 503 (default 16)")
    s.add_argument("--max-files", type=int, default=100, help="files in one /v1/batch request (default 100)")
    s.add_argument(
        "--max-memory",
        type=int,
        default=DEFAULT_MEMORY // 2**20,
        metavar="MB",
        help=f"address-space cap of each worker (default {DEFAULT_MEMORY // 2**20}; 0: none)",
    )
    s.add_argument("--token", default=None, help=f"require this bearer token (default: ${TOKEN_ENV}, else none)")
    s.add_argument("--log-level", default="info", choices=("debug", "info", "warning", "error"))


def config_of(args: argparse.Namespace) -> ServiceConfig:
    """The `ServiceConfig` for the parsed `serve` options.

    The token may come from the environment, so that it need not show on a command line; `--max-memory 0`
    means no cap.
    """
    token = args.token if args.token is not None else os.environ.get(TOKEN_ENV) or None
    workers = args.workers if args.workers is not None else ServiceConfig().workers
    return ServiceConfig(
        workers=workers,
        timeout=args.timeout,
        max_body=args.max_body,
        max_queue=args.queue,
        max_files=args.max_files,
        token=token,
        max_memory=args.max_memory * 2**20 if args.max_memory > 0 else None,
    )


def run(args: argparse.Namespace) -> int:
    """Serve until interrupted (Ctrl-C or SIGTERM); the workers stop with the server.

    Ctrl-C is how a server is stopped, not a failure: after a clean shutdown the status is 0.
    """
    try:
        import uvicorn

        from govdoc.service.app import create_app
    except ImportError as exc:
        print(f"govdoc: serve needs the serve extra (pip install 'govdoc[serve]'): {exc}", file=sys.stderr)
        return 2
    level = getattr(logging, args.log_level.upper())
    logging.basicConfig(level=level, format="%(asctime)s %(levelname)s %(name)s %(message)s")
    config = config_of(args)
    if args.host not in ("127.0.0.1", "localhost", "::1") and not config.token:
        logging.getLogger("govdoc.service").warning(
            "listening on %s without a token: anyone who can reach it can use it (set --token or $%s)",
            args.host,
            TOKEN_ENV,
        )
    # Some uvicorn versions raise again the Ctrl-C they have already handled.
    with contextlib.suppress(KeyboardInterrupt):
        uvicorn.run(
            create_app(config),
            host=args.host,
            port=args.port,
            access_log=False,  # the app writes its own structured line per request
            log_level=args.log_level,
            log_config=None,  # keep the logging set up above
            timeout_graceful_shutdown=5,
        )
    return 0
