"""The ASGI application: routes that turn requests into worker jobs and jobs back into answers.

A route never parses: it reads the body (bounded by the `LimitBody` guard), settles format
and options, and awaits the pool. `create_app` wires the routes, the guards, the pool's
lifetime and the metrics together; `govdoc serve` runs it under uvicorn.
"""

from __future__ import annotations

import asyncio
import contextlib
import json
from collections.abc import AsyncIterator, Awaitable, Callable
from typing import Any

from starlette.applications import Starlette
from starlette.background import BackgroundTask
from starlette.datastructures import UploadFile
from starlette.exceptions import HTTPException
from starlette.requests import Request
from starlette.responses import PlainTextResponse, Response, StreamingResponse
from starlette.routing import Route
from starlette.types import ASGIApp

from govdoc.service.config import ServiceConfig
from govdoc.service.docs import docs_routes
from govdoc.service.guards import AccessLog, LimitBody, RequireToken
from govdoc.service.http import (
    JSON,
    MARKDOWN,
    ApiError,
    error_response,
    flag,
    format_for,
    media_type,
    ocr_mode,
    part_type,
    wants_markdown,
)
from govdoc.service.job import Job, Outcome
from govdoc.service.metrics import Metrics
from govdoc.service.pool import Busy, WorkerPool

NDJSON = "application/x-ndjson"


def _json(value: object, status: int = 200) -> Response:
    return Response(json.dumps(value, ensure_ascii=False).encode("utf-8"), status, media_type=JSON)


class Service:
    """The routes' shared state: settings, pool, metrics and the documents served as they are."""

    def __init__(self, config: ServiceConfig) -> None:
        import govdoc

        self.config = config
        self.pool = WorkerPool(
            config.workers, config.timeout, config.max_queue, config.initializer, memory=config.max_memory
        )
        self.metrics = Metrics()
        self.schema = govdoc.schema()

    def busy(self) -> ApiError:
        """The 503 answer for a full queue; Retry-After tells clients to back off rather than retry at once."""
        return ApiError(
            "busy",
            f"all {self.pool.size} workers are busy and {self.pool.max_queue} requests wait",
            {"Retry-After": str(self.config.retry_after)},
        )

    def job(self, request: Request, data: bytes, fmt: str | None, name: str | None, markdown: bool) -> Job:
        """A request's query options settled into a Job in the server, so a bad option is a 400 at no worker's cost."""
        q = request.query_params
        ocr = ocr_mode(q.get("ocr"))
        return Job(data, fmt, name, flag(q.get("strict"), "strict"), flag(q.get("enrich"), "enrich"), ocr, markdown)

    async def run(self, job: Job, *, admit: bool = True) -> Outcome:
        """Run `job` in the pool and count its parse time.

        `admit=False` lets the files of an admitted batch wait their turn instead of being refused part-way.
        """
        try:
            outcome = await self.pool.run(job, admit=admit)
        except Busy:
            raise self.busy() from None
        self.metrics.parsed(outcome.format or job.format or "unknown", outcome.code or "ok", outcome.seconds)
        return outcome

    # -- routes ------------------------------------------------------------------------------

    async def parse(self, request: Request) -> Response:
        """POST /v1/parse: one document as the raw body or the multipart part `file`, as JSON or Markdown."""
        q = request.query_params
        markdown = flag(q.get("markdown"), "markdown") or wants_markdown(request.headers.get("accept"))
        content_type = request.headers.get("content-type")
        if media_type(content_type) == "multipart/form-data":
            async with request.form(max_files=1, max_fields=8) as form:
                upload = form.get("file")
                if not isinstance(upload, UploadFile):
                    raise ApiError("bad-request", "a multipart request needs the document as the part `file`")
                data = await upload.read()
                fmt = format_for(q.get("format"), part_type(upload), guessed=True)
                job = self.job(request, data, fmt, upload.filename, markdown)
        else:
            job = self.job(request, await request.body(), format_for(q.get("format"), content_type), None, markdown)
        request.state.format = job.format
        outcome = await self.run(job)
        request.state.format = outcome.format or job.format
        if outcome.body is None:
            request.state.error = outcome.code
            raise ApiError(outcome.code or "internal-error", outcome.message)
        return Response(outcome.body, media_type=MARKDOWN if markdown else JSON)

    async def batch(self, request: Request) -> Response:
        """POST /v1/batch: every file part becomes a job, answered as NDJSON lines as they complete.

        The queue and the options are checked before the form is read, so a refused batch parses no part.
        """
        if media_type(request.headers.get("content-type")) != "multipart/form-data":
            raise ApiError("bad-request", "send the documents as multipart/form-data, one file part each")
        if self.pool.waiting >= self.pool.max_queue:
            raise self.busy()
        self.job(request, b"", None, None, False)  # check the options before reading the files
        form = await request.form(max_files=self.config.max_files, max_fields=self.config.max_files)
        uploads = [v for _, v in form.multi_items() if isinstance(v, UploadFile)]
        if not uploads:
            await form.close()
            raise ApiError("bad-request", "no file parts in the request")
        jobs: list[tuple[str, Callable[[], Awaitable[Job]]]] = []
        q = request.query_params
        fmt = q.get("format")
        for k, upload in enumerate(uploads):
            name = upload.filename or f"file-{k + 1}"

            async def make(upload: UploadFile = upload, name: str = name) -> Job:
                """The part's job, built when a worker is free: its bytes are read only then.

                A format the part is refused for is raised here, and becomes that file's error line.
                """
                return self.job(
                    request, await upload.read(), format_for(fmt, part_type(upload), guessed=True), name, False
                )

            jobs.append((name, make))
        # The stream closes the uploads when it ends; the background task, should it never start.
        closing = BackgroundTask(form.close)
        return StreamingResponse(self._stream(jobs, form.close), media_type=NDJSON, background=closing)

    async def _stream(
        self, jobs: list[tuple[str, Callable[[], Awaitable[Job]]]], done: Callable[[], Awaitable[None]]
    ) -> AsyncIterator[bytes]:
        """One line per file as it completes, with at most one file per worker in flight."""
        gate = asyncio.Semaphore(self.pool.size)

        async def one(name: str, make: Callable[[], Awaitable[Job]]) -> bytes:
            """One file's line; a file refused before parsing is an error record, so it never ends the stream."""
            async with gate:
                try:
                    outcome = await self.run(await make(), admit=False)
                except ApiError as exc:  # an option or a part's format refused before parsing
                    outcome = Outcome(None, exc.code, exc.message)
            return _record(name, outcome)

        tasks = [asyncio.ensure_future(one(name, make)) for name, make in jobs]
        try:
            for finished in asyncio.as_completed(tasks):
                yield await finished
        finally:
            for task in tasks:
                task.cancel()
            await done()

    async def schema_route(self, request: Request) -> Response:
        """GET /v1/schema: the Document JSON Schema exactly as `govdoc.schema()` gives it."""
        return _json(self.schema)

    async def healthz(self, request: Request) -> Response:
        """GET /healthz: liveness only (the event loop answers), so it is also exempt from the token."""
        return _json({"status": "ok"})

    async def readyz(self, request: Request) -> Response:
        """GET /readyz: 503 until a worker is up, so a load balancer sends nothing to a server not ready to parse."""
        up = self.pool.ready
        body = {"status": "ready" if up else "starting", "workers": self.pool.size, "up": up}
        return _json(body, 200 if up else 503)

    async def metrics_route(self, request: Request) -> Response:
        """GET /metrics: the counters plus the pool's gauges read at scrape time, as Prometheus text 0.0.4."""
        pool = self.pool
        text = self.metrics.render(
            [
                ("govdoc_queue_depth", "gauge", "Requests waiting for a worker.", pool.waiting),
                ("govdoc_workers_busy", "gauge", "Workers parsing a document.", pool.busy),
                ("govdoc_workers_up", "gauge", "Workers started and ready.", pool.ready),
                ("govdoc_workers", "gauge", "Workers configured.", pool.size),
                (
                    "govdoc_worker_restarts_total",
                    "counter",
                    "Workers replaced after a timeout or a crash.",
                    pool.restarts,
                ),
            ]
        )
        return PlainTextResponse(text, media_type="text/plain; version=0.0.4; charset=utf-8")


def _record(name: str, outcome: Outcome) -> bytes:
    """A batch line as `govdoc batch` writes it: `path` first, then the Document or the error record."""
    if outcome.body is not None and outcome.body.startswith(b"{"):
        return b'{"path":' + json.dumps(name, ensure_ascii=False).encode("utf-8") + b"," + outcome.body[1:] + b"\n"
    error = {"code": outcome.code or "internal-error", "message": outcome.message}
    return json.dumps({"path": name, "sha256": outcome.sha256, "error": error}, ensure_ascii=False).encode() + b"\n"


def create_app(config: ServiceConfig | None = None) -> ASGIApp:
    """The service as an ASGI app (its pool starts and stops with the app's lifespan)."""
    from govdoc import __version__
    from govdoc.service.openapi import build

    config = config or ServiceConfig()
    service = Service(config)
    spec = build(config, service.schema, __version__)

    async def openapi(request: Request) -> Response:
        """GET /openapi.json: built once at startup, since neither settings nor schema change while serving."""
        return _json(spec)

    routes = [
        Route("/v1/parse", service.parse, methods=["POST"]),
        Route("/v1/batch", service.batch, methods=["POST"]),
        Route("/v1/schema", service.schema_route, methods=["GET"]),
        Route("/healthz", service.healthz, methods=["GET"]),
        Route("/readyz", service.readyz, methods=["GET"]),
        Route("/metrics", service.metrics_route, methods=["GET"]),
        Route("/openapi.json", openapi, methods=["GET"]),
        *docs_routes(),
    ]

    @contextlib.asynccontextmanager
    async def lifespan(app: Starlette) -> AsyncIterator[None]:
        """The pool starts and stops with the app, so no worker process outlives the server."""
        await service.pool.start()
        try:
            yield
        finally:
            await service.pool.close()

    async def api_error(request: Request, exc: Exception) -> Response:
        """An `ApiError` raised anywhere in a route, answered with its status and noted for the access log."""
        assert isinstance(exc, ApiError)
        request.state.error = exc.code
        return error_response(exc.code, exc.message, exc.headers)

    async def http_error(request: Request, exc: Exception) -> Response:
        """Starlette's own HTTP errors (no route, wrong method) in the service's error shape and codes."""
        assert isinstance(exc, HTTPException)
        code = {404: "not-found", 405: "method-not-allowed"}.get(exc.status_code, "bad-request")
        request.state.error = code
        return error_response(code, str(exc.detail), dict(exc.headers or {}))

    async def internal(request: Request, exc: Exception) -> Response:
        """A fault in the server itself: a 500 `internal-error` that names the exception type, no details."""
        request.state.error = "internal-error"
        return error_response("internal-error", f"{type(exc).__name__} in the server")

    handlers: dict[Any, Callable[[Request, Exception], Awaitable[Response]]] = {
        ApiError: api_error,
        HTTPException: http_error,
        Exception: internal,
    }
    app: ASGIApp = Starlette(routes=routes, lifespan=lifespan, exception_handlers=handlers)
    app = LimitBody(app, config.max_body)
    if config.token:
        app = RequireToken(app, config.token)
    paths = frozenset(str(getattr(r, "path", "")) for r in routes)
    return AccessLog(app, service.metrics, paths)
