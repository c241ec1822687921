"""The HTTP face of govdoc's errors and options: statuses, error bodies, formats, Accept.

Every error is `{"error": {"code", "message"}}` with the library's own codes, plus a few the
service adds for requests that never reach the parser (`unauthorized`, `bad-request`,
`not-found`, `method-not-allowed`, `not-acceptable`, `busy`).
"""

from __future__ import annotations

import json

from starlette.datastructures import UploadFile
from starlette.responses import Response

from govdoc.readers import FORMATS, KNOWN_SUFFIXES, format_of

STATUS = {
    "bad-request": 400,
    "unauthorized": 401,
    "not-found": 404,
    "method-not-allowed": 405,
    "not-acceptable": 406,
    "too-large": 413,
    "unsupported-format": 415,
    "internal-error": 500,
    "missing-dependency": 501,
    "busy": 503,
    "timeout": 504,
}
INPUT_ERROR = 422  # every other library code is about the document itself: corrupt, encrypted, no text …

# Media types that name a format, by the file suffix they stand for (the readers' own table then
# names the format, so a reader added later is served without touching this); a generic type
# (octet-stream, none) leaves the choice to the content.
MEDIA_SUFFIXES = {
    "text/plain": ".txt",
    "text/markdown": ".md",
    "text/x-markdown": ".md",
    "text/html": ".html",
    "application/xhtml+xml": ".html",
    "application/pdf": ".pdf",
    "application/vnd.openxmlformats-officedocument.wordprocessingml.document": ".docx",
    "application/msword": ".doc",
    "application/vnd.ms-works": ".wps",
    "application/ofd": ".ofd",
    "image/png": ".png",
    "image/jpeg": ".jpg",
    "image/tiff": ".tif",
}
# `curl --data-binary` without -H says x-www-form-urlencoded: it states nothing about a document.
GENERIC_MEDIA = frozenset({"", "application/octet-stream", "binary/octet-stream", "application/x-www-form-urlencoded"})
JSON = "application/json"
MARKDOWN = "text/markdown"


def formats() -> list[str]:
    """The format names this govdoc reads (from its readers' suffix table, so new readers count)."""
    return list(FORMATS)


class ApiError(Exception):
    """An answer that is an error; raised anywhere in a request, rendered by the app's handler."""

    def __init__(self, code: str, message: str, headers: dict[str, str] | None = None) -> None:
        super().__init__(message)
        self.code = code
        self.message = message
        self.headers = headers or {}

    @property
    def status(self) -> int:
        """The HTTP status this error's code is answered with."""
        return status_of(self.code)


def status_of(code: str) -> int:
    """The HTTP status for an error code: the table's, else 422 (a document that arrived but cannot be used)."""
    return STATUS.get(code, INPUT_ERROR)


def error_body(code: str, message: str) -> bytes:
    """The `{"error": {code, message}}` body, shared by the routes and the guards that answer before them."""
    return json.dumps({"error": {"code": code, "message": message}}, ensure_ascii=False).encode("utf-8")


def error_response(code: str, message: str, headers: dict[str, str] | None = None) -> Response:
    """An error as a response, with the status its code implies."""
    return Response(error_body(code, message), status_of(code), headers=headers, media_type=JSON)


def media_type(header: str | None) -> str:
    """`text/plain; charset=gbk` → `text/plain`."""
    return (header or "").split(";", 1)[0].strip().lower()


def format_for(query_format: str | None, content_type: str | None, *, guessed: bool = False) -> str | None:
    """The format asked for: the `format` query first, then a specific media type, else None (sniff).

    A request's own Content-Type is the client's statement: one govdoc doesn't read is refused.
    A multipart part's type is often guessed by the client from the name (`guessed`): one that
    names no format is ignored, and the name and content decide.
    """
    known = formats()
    if query_format:
        name = query_format.strip().lower()
        if name not in known:
            raise ApiError("unsupported-format", f"format {query_format!r} is not one of {', '.join(known)}")
        return name
    media = media_type(content_type)
    if media in GENERIC_MEDIA:
        return None
    fmt = KNOWN_SUFFIXES.get(MEDIA_SUFFIXES.get(media, ""))
    if fmt is None and not guessed:
        raise ApiError("unsupported-format", f"{media} is not a format govdoc reads ({', '.join(known)})")
    return fmt


def part_type(upload: UploadFile) -> str | None:
    """A multipart part's Content-Type, as far as it says anything the part's file name does not.

    Clients set a file part's type from its name's suffix (curl's `-F file=@a.pdf`, browsers, requests), so
    the type of a part named with a suffix govdoc reads is the name again, and taking it as a format forced
    a `.docx` saved as `a.pdf` through the PDF reader (corrupt-file, 422) where the name and the content
    decide well (`govdoc.parse` weighs the content against the name). A part whose name says no format
    (`答复`, `download.jsp`) keeps its type, which then is the client's own word (REVIEW31 R11).
    """
    name = upload.filename
    return None if name and format_of(name) is not None else upload.content_type


def flag(value: str | None, name: str) -> bool:
    """A query flag: absent, `false`, `0`, `no` → False; present empty, `true`, `1`, `yes` → True."""
    if value is None:
        return False
    word = value.strip().lower()
    if word in ("", "1", "true", "yes", "on"):
        return True
    if word in ("0", "false", "no", "off"):
        return False
    raise ApiError("bad-request", f"{name}={value!r}: use true or false")


OCR_MODES = ("auto", "always", "never")  # govdoc.parse's own `ocr=` values
OCR_WORDS = {"": "auto", "true": "auto", "1": "auto", "yes": "auto", "false": "never", "0": "never", "no": "never"}


def ocr_mode(value: str | None) -> str | None:
    """The `ocr` query as `govdoc.parse` takes it: a mode, or yes (`auto`: where a page needs it) or no.

    None leaves the library's default (`GOVDOC_OCR`, else `auto`). Asking for recognition on a
    govdoc without the `ocr` extra is the library's own `missing-dependency`.
    """
    if value is None:
        return None
    word = value.strip().lower()
    mode = word if word in OCR_MODES else OCR_WORDS.get(word)
    if mode is None:
        raise ApiError("bad-request", f"ocr={value!r}: use one of {', '.join(OCR_MODES)}, true or false")
    return mode


def wants_markdown(accept: str | None) -> bool:
    """Whether `Accept` prefers Markdown to JSON; raises `not-acceptable` when it takes neither."""
    if not accept:
        return False
    best: dict[str, float] = {JSON: -1.0, MARKDOWN: -1.0}
    for part in accept.split(","):
        fields = [f.strip() for f in part.split(";")]
        kind, q = fields[0].lower(), 1.0
        for f in fields[1:]:
            if f.startswith("q="):
                try:
                    q = float(f[2:])
                except ValueError:
                    q = 0.0
        for offer in best:
            if kind in (offer, "*/*", offer.split("/")[0] + "/*"):
                best[offer] = max(best[offer], q)
    if max(best.values()) <= 0:
        raise ApiError("not-acceptable", f"answers are {JSON} or {MARKDOWN}, not {accept}")
    return best[MARKDOWN] > best[JSON]
