"""A bounded look at a PDF's pages before PDFium expands them: form nesting, draws, stream sizes.

PDFium parses a page's form XObjects into objects as it loads the page, each `Do` a fresh copy,
and inflates content streams whole. So a 3 KB file of forms seven deep, each drawing the next
ten times, makes 10⁸ copies, and one content stream can inflate to gigabytes, all before any
Python code sees a character. This scan walks each page's resource graph with pypdf, which
reads objects lazily, and refuses the document (`too-large` naming the limit) when

- forms nest deeper than `limits.xobject_depth` (a form that draws itself counts as too deep:
  it would be expanded until PDFium's own recursion cap),
- the form content a page would draw, counted along every path (the product of the `Do`
  counts), exceeds `limits.xobject_draws`,
- a page's content or one form's stream inflates past `limits.content_bytes` (inflated into a
  bounded buffer that stops at the limit plus one byte).

The scan decodes only what it must: a FlateDecode stream too short to inflate past the limit
(deflate expands at most 1032 times) is not inflated unless its `Do`s have to be counted, and
they are counted only where the resources hold forms. Anything the scan cannot read is left to
the backend, which is the judge of whether the file opens at all.
"""

from __future__ import annotations

import io
import re
import zlib
from typing import Any

from govdoc.errors import GovDocError
from govdoc.limits import Limits

DEFLATE_RATIO = 1032
"""The most deflate can expand its input (a stream of maximal-length back-references)."""

_DO = re.compile(rb"/([^\s/\[\]()<>{}%]+)\s*Do(?![^\s/\[\]()<>{}%])")
_ESCAPE = re.compile(rb"#([0-9A-Fa-f]{2})")
_BYTE_FILTERS = {
    "/ASCIIHexDecode": "ASCIIHexDecode",
    "/AHx": "ASCIIHexDecode",
    "/ASCII85Decode": "ASCII85Decode",
    "/A85": "ASCII85Decode",
    "/RunLengthDecode": "RunLengthDecode",
    "/RL": "RunLengthDecode",
    "/LZWDecode": "LZWDecode",
    "/LZW": "LZWDecode",
}
_FLATE = ("/FlateDecode", "/Fl")


def check_pdf(data: bytes, *, path: str | None, limits: Limits) -> None:
    """Raise `too-large` when a page of `data` would cross a form or content-stream limit."""
    from pypdf import PdfReader

    reader = None
    try:
        reader = PdfReader(io.BytesIO(data), strict=False)
        if reader.is_encrypted and not reader.decrypt(""):
            return  # the backend says which password it needs
        for number, page in enumerate(reader.pages, 1):
            _Page(limits, path, number).check(page)
    except GovDocError:
        raise
    except Exception:  # pypdf failing to read is not ours to report: PDFium decides
        return
    finally:
        if reader is not None:
            _release(reader)


def _release(reader: Any) -> None:
    """Let go of what pypdf read, now rather than at the next full garbage collection.

    The objects pypdf has read point back at their reader, which keeps them in its caches: a
    cycle, which reference counting never frees. Left to the cyclic collector, thousands of them
    would be walked again by each collection during the rest of the parse (about 3,000 objects
    for a 54-page file); emptied caches free nearly all of them at once.
    """
    cache = getattr(reader, "resolved_objects", None)
    if isinstance(cache, dict):
        cache.clear()
    if getattr(reader, "flattened_pages", None) is not None:
        reader.flattened_pages = None


class _Page:
    """The walk over one page's forms, with what was learnt of each form kept for the next `Do`."""

    def __init__(self, limits: Limits, path: str | None, number: int) -> None:
        self.limits, self.path, self.number = limits, path, number
        self.known: dict[int, tuple[int, int]] = {}  # form → (its draws below, its nesting height)
        self.open: set[int] = set()

    def check(self, page: Any) -> None:
        """Refuses the page (`too-large`) when its content streams inflate past the byte limit or its
        forms nest or draw past theirs; a page without forms and with small streams is not decoded.
        """
        resources = _resolve(page.get("/Resources"))
        contents = _resolve(page.get("/Contents"))
        streams = [_resolve(s) for s in contents] if isinstance(contents, list) else [contents]
        streams = [s for s in streams if s is not None and hasattr(s, "get_data")]
        need_ops = bool(_forms(resources))
        if not need_ops and sum(_ceiling(s) for s in streams) <= self.limits.content_bytes:
            return
        total, ops = 0, []
        for stream in streams:
            decoded = self._decoded(stream, self.limits.content_bytes - total)
            total += len(decoded)
            ops.append(decoded)
        draws, height = self._draws(b"\n".join(ops), resources) if need_ops else (0, 0)
        self.limits.check("xobject_depth", height, path=self.path, what=f"form nesting on page {self.number}")
        if draws > self.limits.xobject_draws:  # counted no further than one past the limit
            raise self.limits.exceeded("xobject_draws", path=self.path, what=f"form draws on page {self.number}")

    def _decoded(self, stream: Any, room: int) -> bytes:
        """The stream's operators, refused once they pass `room` bytes."""
        data: bytes = getattr(stream, "_data", b"")  # the stream's bytes before its filters
        for name in _chain(stream):
            if name in _FLATE:
                data = _inflate(data, room + 1)
            elif name in _BYTE_FILTERS:
                data = _byte_filter(name, data)
            else:
                break  # an image or unknown filter: nothing PDFium would read as operators
            if len(data) > room:
                break
        if len(data) > room:
            raise self.limits.exceeded("content_bytes", path=self.path, what=f"a content stream on page {self.number}")
        return data

    def _draws(self, ops: bytes, resources: Any) -> tuple[int, int]:
        """How many times form content is drawn from `ops`, and how deep its forms nest."""
        forms = _forms(resources)
        draws, height = 0, 0
        cap = self.limits.xobject_draws + 1
        for name, count in _do_counts(ops).items():
            form = forms.get(name)
            if form is None:
                continue
            below, deep = self._form(form, resources)
            draws = min(cap, draws + count * (1 + below))
            height = max(height, deep)
        return draws, height

    def _form(self, ref: Any, inherited: Any) -> tuple[int, int]:
        key = getattr(ref, "idnum", None)
        key = id(ref) if key is None else key
        if key in self.known:
            return self.known[key]
        if key in self.open or len(self.open) >= self.limits.xobject_depth:
            raise self.limits.exceeded("xobject_depth", path=self.path, what=f"form nesting on page {self.number}")
        form = _resolve(ref)
        self.open.add(key)
        resources = _resolve(form.get("/Resources")) or inherited
        if _forms(resources) or _ceiling(form) > self.limits.content_bytes:
            below, deep = self._draws(self._decoded(form, self.limits.content_bytes), resources)
        else:
            below, deep = 0, 0
        self.open.discard(key)
        self.known[key] = below, deep + 1
        return below, deep + 1


def _chain(stream: Any) -> list[str]:
    filters = _resolve(stream.get("/Filter"))
    return [str(f) for f in (filters if isinstance(filters, list) else [filters] if filters else [])]


def _ceiling(stream: Any) -> int:
    """The most bytes `stream` can decode to without decoding it (unbounded past one filter)."""
    chain = _chain(stream)
    size = len(getattr(stream, "_data", b""))
    if not chain:
        return size
    if len(chain) == 1 and chain[0] in _FLATE:
        return size * DEFLATE_RATIO
    return 1 << 62


def _resolve(obj: Any) -> Any:
    return obj.get_object() if hasattr(obj, "get_object") else obj


def _forms(resources: Any) -> dict[str, Any]:
    """The form XObjects named in `resources`, by name (`X0`), unresolved."""
    if not hasattr(resources, "get"):
        return {}
    xobjects = _resolve(resources.get("/XObject"))
    if not hasattr(xobjects, "items"):
        return {}
    out = {}
    for name, ref in xobjects.items():
        target = _resolve(ref)
        if hasattr(target, "get") and target.get("/Subtype") == "/Form":
            out[str(name)[1:]] = ref
    return out


def _do_counts(ops: bytes) -> dict[str, int]:
    counts: dict[str, int] = {}
    for match in _DO.finditer(ops):
        name = _ESCAPE.sub(lambda m: bytes([int(m[1], 16)]), match[1]).decode("latin-1")
        counts[name] = counts.get(name, 0) + 1
    return counts


def _inflate(data: bytes, most: int) -> bytes:
    """At most `most` bytes inflated from `data`; a damaged tail ends the stream, as in PDFium."""
    inflater = zlib.decompressobj()
    try:
        return inflater.decompress(data, most)
    except zlib.error:
        try:
            return zlib.decompressobj(-15).decompress(data[2:], most)
        except zlib.error:
            return b""


def _byte_filter(name: str, data: bytes) -> bytes:
    """Filters whose output is a bounded multiple of their input (pypdf caps LZW's itself)."""
    from pypdf import filters

    decoder = getattr(filters, _BYTE_FILTERS[name])
    out = decoder.decode(data) if name not in ("/LZWDecode", "/LZW") else decoder.decode(data, None)
    return out if isinstance(out, bytes) else str(out).encode("latin-1", "replace")
