"""ASGI layers around the app: the access log and request metrics, the token, the body limit.

They are plain ASGI callables, not framework middleware, so that they see every request,
including those refused before any route runs, and so that the body limit can act on the
`receive` channel itself: a body is counted as it arrives and refused the moment it passes
the limit (or at once, when `Content-Length` already says so), never read whole first.
"""

from __future__ import annotations

import hmac
import json
import logging
import time
from typing import Any

from starlette.types import ASGIApp, Message, Receive, Scope, Send

from govdoc.service.http import ApiError, error_body, status_of
from govdoc.service.metrics import Metrics

access_log = logging.getLogger("govdoc.service.access")

HEALTH_PATHS = frozenset({"/healthz", "/readyz"})


async def _refuse(send: Send, code: str, message: str, headers: dict[str, str] | None = None) -> None:
    body = error_body(code, message)
    raw = [(b"content-type", b"application/json"), (b"content-length", str(len(body)).encode())]
    raw += [(k.lower().encode(), v.encode()) for k, v in (headers or {}).items()]
    await send({"type": "http.response.start", "status": status_of(code), "headers": raw})
    await send({"type": "http.response.body", "body": body})


def _state(scope: Scope) -> dict[str, Any]:
    state: dict[str, Any] = scope.setdefault("state", {})
    return state


class AccessLog:
    """One structured log line and one metrics count per request, whatever answered it."""

    def __init__(self, app: ASGIApp, metrics: Metrics, routes: frozenset[str]) -> None:
        self.app = app
        self.metrics = metrics
        self.routes = routes

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        start = time.perf_counter()
        seen = {"in": 0, "out": 0, "status": 500}
        state = _state(scope)
        done = False

        def record() -> None:
            """Log and count the request once: it is called both as the last chunk goes and in `finally`."""
            nonlocal done
            if done:
                return
            done = True
            path: str = scope["path"]
            self.metrics.request(scope["method"], path if path in self.routes else "other", seen["status"])
            fields = {
                "method": scope["method"],
                "path": path,
                "status": seen["status"],
                "bytes": seen["in"],
                "bytes_out": seen["out"],
                "ms": round((time.perf_counter() - start) * 1000, 1),
                "format": state.get("format"),
                "error": state.get("error"),
            }
            access_log.info(json.dumps(fields, ensure_ascii=False), extra={"govdoc": fields})

        async def counting_receive() -> Message:
            """The request body's bytes, counted for the log line as the app reads them."""
            message = await receive()
            seen["in"] += len(message.get("body", b""))
            return message

        async def counting_send(message: Message) -> None:
            """Note the status and bytes out; the request is recorded before its last chunk leaves."""
            if message["type"] == "http.response.start":
                seen["status"] = message["status"]
            elif message["type"] == "http.response.body":
                seen["out"] += len(message.get("body", b""))
                if not message.get("more_body", False):
                    record()  # before the last bytes leave: whoever saw the answer finds it counted
            await send(message)

        try:
            await self.app(scope, counting_receive, counting_send)
        finally:
            record()  # an answer cut short (an error, a client gone) is counted all the same


class RequireToken:
    """`Authorization: Bearer <token>` on every request but the health checks (compared in constant time)."""

    def __init__(self, app: ASGIApp, token: str) -> None:
        self.app = app
        self.expected = f"Bearer {token}".encode()

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] == "http" and scope["path"] not in HEALTH_PATHS:
            given = dict(scope["headers"]).get(b"authorization", b"")
            if not hmac.compare_digest(given, self.expected):
                _state(scope)["error"] = "unauthorized"
                await _refuse(send, "unauthorized", "a bearer token is required", {"WWW-Authenticate": "Bearer"})
                return
        await self.app(scope, receive, send)


class LimitBody:
    """Refuse a body over `limit` bytes: by its declared length at once, else as it streams in."""

    def __init__(self, app: ASGIApp, limit: int) -> None:
        self.app = app
        self.limit = limit

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        declared = dict(scope["headers"]).get(b"content-length")
        if declared is not None and declared.isdigit() and int(declared) > self.limit:
            _state(scope)["error"] = "too-large"
            await _refuse(send, "too-large", f"the body of {int(declared)} bytes is over the limit of {self.limit}")
            return
        received = 0

        async def limited_receive() -> Message:
            """Refuse the body once the bytes received pass the limit, whatever Content-Length said."""
            nonlocal received
            message = await receive()
            received += len(message.get("body", b""))
            if received > self.limit:  # raised inside the route, whose error handler answers 413
                raise ApiError("too-large", f"the body is over the limit of {self.limit} bytes")
            return message

        await self.app(scope, limited_receive, send)
