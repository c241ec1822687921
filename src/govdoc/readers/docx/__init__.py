"""Word documents (.docx) as a reader sees them, automatic numbering included.

One module per job: `package` opens the zip safely (inflation counted as it streams, so a
zip bomb stops at the limit), `values` reads numeric attributes defensively, `styles`
resolves the style cascade, `numbering` restores Word's automatic numbers (一、 （一） 1.),
`walk` walks the body in order, `chunks` reads the pieces Word imports (altChunk), `notes` the
footnotes and endnotes the body refers to, and `headers` keeps what only the page headers say. This
module ties them together.
"""

from __future__ import annotations

import dataclasses
from typing import Any

from govdoc.blocks import Block
from govdoc.errors import CorruptFileError
from govdoc.limits import DEFAULT_LIMITS, Limits
from govdoc.readers.docx.bindings import DataStore
from govdoc.readers.docx.chunks import NestedReader, chunk_blocks
from govdoc.readers.docx.headers import first_page_headers, footer_blocks, header_blocks, unshown_parts
from govdoc.readers.docx.names import w
from govdoc.readers.docx.notes import note_blocks
from govdoc.readers.docx.numbering import Numbering
from govdoc.readers.docx.package import Package
from govdoc.readers.docx.printed_lines import printed_lines
from govdoc.readers.docx.shapes import A4_HEIGHT_EMU
from govdoc.readers.docx.styles import Styles
from govdoc.readers.docx.values import plain_int
from govdoc.readers.docx.walk import Walker, objects_warning, rebound_warning
from govdoc.readers.docx.wordml import is_wordml, wordml_package

__all__ = ["docx_blocks", "read_docx"]


def docx_blocks(data: bytes, *, path: str | None, limits: Limits = DEFAULT_LIMITS) -> list[Block]:
    """The blocks of a .docx (see `read_docx`), without its warnings."""
    return read_docx(data, path=path, limits=limits)[0]


def read_docx(
    data: bytes, *, path: str | None, limits: Limits = DEFAULT_LIMITS
) -> tuple[list[Block], list[tuple[str, str]]]:
    """The blocks of a .docx: its page headers' lines, then the body in reading order with Word's automatic
    numbers put back, then its page footers' lines; and the warnings about parts it could not read (an RTF
    chunk). A package without a body is `corrupt-file`.
    """
    if not data.startswith(b"PK") and is_wordml(data[:4096].lower()):
        data = wordml_package(data, path)  # Word's one-file XML (2003): its body as a .docx's
    pkg = Package(data, path, limits)
    notes: list[tuple[str, str]] = []

    def nested(chunk: bytes, name: str) -> list[Block]:
        """A .docx imported as a chunk: its body and notes in the chunk's place, within what is left
        of the outer package's inflation budget; its own chunks are noted, not read."""
        inner = Package(chunk, path, dataclasses.replace(limits, unzipped_bytes=limits.unzipped_bytes - pkg.inflated))
        try:
            inner_walker, _, blocks = _body_blocks(inner, limits, notes, None)
        finally:
            pkg.inflated += inner.inflated
        if inner_walker.revisions:
            notes.append(inner_walker.revisions.warning())
        if inner_walker.objects:
            notes.append(objects_warning(inner_walker.objects))
        if inner_walker.rebound:
            notes.append(rebound_warning(inner_walker.rebound))
        return blocks  # chunk_blocks prefixes their refs with the part's name

    walker, body, body_and_notes = _body_blocks(pkg, limits, notes, nested)
    unshown = unshown_parts(pkg, body)
    heads = header_blocks(pkg, walker, first_page_headers(pkg, body), unshown)
    feet = footer_blocks(pkg, walker, unshown)
    if walker.revisions:
        notes.append(walker.revisions.warning())
    if walker.objects:
        notes.append(objects_warning(walker.objects))
    if walker.rebound:
        notes.append(rebound_warning(walker.rebound))
    return heads + body_and_notes + feet, notes


def _body_blocks(
    pkg: Package, limits: Limits, notes: list[tuple[str, str]], nested: NestedReader | None
) -> tuple[Walker, Any, list[Block]]:
    """The walker over a package's body, the body element, and the body's blocks followed by its notes."""
    document = pkg.xml(pkg.main)
    body = document.find(w("body")) if document is not None else None
    if body is None:
        raise CorruptFileError(f"{pkg.main} has no body", path=pkg.path)
    styles = Styles(_side_part(pkg, "styles", notes), limits, pkg.path)
    numbering = Numbering(_side_part(pkg, "numbering", notes), styles.by_id, limits, pkg.path)
    walker = Walker(styles, numbering)
    walker.page_height = page_height(body)
    walker.chunk = lambda rid: chunk_blocks(pkg, rid, limits, notes, nested)
    walker.bound = DataStore(pkg).value
    walker.body(body)
    printed_lines(walker.blocks, walker.indented)  # a converter's lines, each a paragraph: their marks no ends
    foot, walker.foot = walker.foot, []
    return walker, body, walker.blocks + foot + note_blocks(pkg, walker)


# What a damaged side part costs the reading: the warning code and what it says is lost.
_SIDE_PART_LOSS = {
    "numbering": ("pages-without-text", "自动编号缺失 (Word's automatic numbers are missing from the text)"),
    "styles": ("layout-unusual", "样式未读取 (headings, bold and levels that styles give are not known)"),
}


def _side_part(pkg: Package, kind: str, notes: list[tuple[str, str]]) -> Any:
    """The `kind` (styles or numbering) part's XML, None where there is none, and None with a
    warning when it is damaged: the body is sound and is still the document (a sound body is
    never refused for what only decorates it)."""
    part = pkg.part_of_type(kind)
    if part is None:
        return None
    try:
        return pkg.xml(part)
    except CorruptFileError as exc:
        code, loss = _SIDE_PART_LOSS[kind]
        notes.append((code, f"{part} 已损坏，{loss}: {exc.message}"))
        return None


def page_height(body: Any) -> int:
    """The page's height in EMU, from the body's last section (`w:pgSz/@w:h`, twips), A4 where unsaid."""
    sizes = [s.find(w("pgSz")) for s in body.iter(w("sectPr"))]
    height = plain_int(sizes[-1].get(w("h"))) if sizes and sizes[-1] is not None else None
    return height * 635 if height is not None and 0 < height < 100_000 else A4_HEIGHT_EMU
