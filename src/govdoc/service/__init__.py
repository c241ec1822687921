"""`govdoc serve`: the library over HTTP, for systems written in other languages.

`create_app(ServiceConfig(...))` gives the ASGI app (Starlette, with parsing in a pool of
worker processes); `govdoc serve` runs it under uvicorn. Needs the `serve` extra.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from govdoc.service.config import ServiceConfig

if TYPE_CHECKING:
    from starlette.types import ASGIApp

__all__ = ["ServiceConfig", "create_app"]


def create_app(config: ServiceConfig | None = None) -> ASGIApp:
    """The ASGI app; imports the web framework only when called."""
    from govdoc.service.app import create_app as make

    return make(config)
