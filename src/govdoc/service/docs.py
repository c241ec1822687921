"""Interactive documentation at `/docs`: Swagger UI, served from the installed package.

The assets come from the `swagger-ui-py` distribution (in the `serve` extra) and are served by
this server itself, not fetched from a CDN, so the page works on a network with no way out,
as many government intranets are. Only the three files the page needs are served.
"""

from __future__ import annotations

import importlib.util
from pathlib import Path

from starlette.requests import Request
from starlette.responses import FileResponse, HTMLResponse, Response
from starlette.routing import BaseRoute, Route

from govdoc.service.http import error_response

ASSETS = {
    "swagger-ui-bundle.js": "text/javascript",
    "swagger-ui.css": "text/css",
    "favicon-32x32.png": "image/png",
}

PAGE = """<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>govdoc API</title>
<link rel="stylesheet" href="/docs/swagger-ui.css">
<link rel="icon" type="image/png" href="/docs/favicon-32x32.png">
</head>
<body>
<div id="ui"></div>
<script src="/docs/swagger-ui-bundle.js"></script>
<script>
window.ui = SwaggerUIBundle({url: "/openapi.json", dom_id: "#ui", deepLinking: true});
</script>
</body>
</html>
"""

MISSING = """<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>govdoc API</title></head>
<body><p>Interactive documentation needs the <code>swagger-ui-py</code> package
(<code>pip install 'govdoc[serve]'</code>). The API is described in <a href="/openapi.json">/openapi.json</a>.</p>
</body></html>
"""


def _static() -> Path | None:
    spec = importlib.util.find_spec("swagger_ui")
    if spec is None or not spec.submodule_search_locations:
        return None
    folder = Path(next(iter(spec.submodule_search_locations))) / "static"
    return folder if (folder / "swagger-ui-bundle.js").is_file() else None


def docs_routes() -> list[BaseRoute]:
    """The /docs page and its assets; without `swagger-ui-py` the page says how to get it, never a 500."""
    static = _static()

    async def page(request: Request) -> Response:
        """The Swagger UI page, or a page pointing to /openapi.json when the assets are not installed."""
        return HTMLResponse(PAGE if static else MISSING)

    async def asset(request: Request) -> Response:
        """One of the page's known assets: only names in `ASSETS` ever reach the file system."""
        name = request.path_params["name"]
        if static is None or name not in ASSETS:
            return error_response("not-found", f"no such file: /docs/{name}")
        return FileResponse(static / name, media_type=ASSETS[name])

    return [Route("/docs", page, methods=["GET"]), Route("/docs/{name}", asset, methods=["GET"])]
