"""The service's settings, one frozen value shared by the app, its guards and its pool."""

from __future__ import annotations

import os
from collections.abc import Callable
from dataclasses import dataclass, field

from govdoc.isolation import DEFAULT_MEMORY

DEFAULT_MAX_BODY = 64 * 1024 * 1024
TOKEN_ENV = "GOVDOC_TOKEN"


def _cores() -> int:
    return len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else os.cpu_count() or 1


@dataclass(frozen=True)
class ServiceConfig:
    """`workers` parse processes; `timeout` seconds per document; `max_body` bytes per request;
    `max_queue` requests waiting for a worker before 503; `max_files` per batch request;
    `token`, when set, is required as `Authorization: Bearer …` everywhere but the health checks;
    `max_memory` caps each worker's address space in bytes (None: no cap);
    `initializer` runs once in each worker process (a module-level function)."""

    workers: int = field(default_factory=_cores)
    timeout: float = 60.0
    max_body: int = DEFAULT_MAX_BODY
    max_queue: int = 16
    max_files: int = 100
    retry_after: int = 5
    token: str | None = None
    max_memory: int | None = DEFAULT_MEMORY
    initializer: Callable[[], None] | None = None
