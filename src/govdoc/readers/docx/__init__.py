"""Word documents (.docx) as a reader sees them, automatic numbering included.

One module per job: `package` opens the zip safely (inflation counted as it streams, so a
zip bomb stops at the limit), `values` reads numeric attributes defensively, `styles`
resolves the style cascade, `numbering` restores Word's automatic numbers (一、 （一） 1.),
`walk` walks the body in order, `chunks` reads the HTML pieces Word imports (altChunk), `notes` the
footnotes and endnotes the body refers to, and `headers` keeps what only the page headers say. This
module ties them together.
"""

from __future__ import annotations

from govdoc.blocks import Block
from govdoc.errors import CorruptFileError
from govdoc.limits import DEFAULT_LIMITS, Limits
from govdoc.readers.docx.chunks import chunk_blocks
from govdoc.readers.docx.headers import first_page_headers, header_blocks
from govdoc.readers.docx.names import w
from govdoc.readers.docx.notes import note_blocks
from govdoc.readers.docx.numbering import Numbering
from govdoc.readers.docx.package import Package
from govdoc.readers.docx.styles import Styles
from govdoc.readers.docx.walk import Walker

__all__ = ["docx_blocks"]


def docx_blocks(data: bytes, *, path: str | None, limits: Limits = DEFAULT_LIMITS) -> list[Block]:
    """The blocks of a .docx: its page headers' lines, then the body in reading order with Word's automatic
    numbers put back; a package without a body is `corrupt-file`.
    """
    pkg = Package(data, path, limits)
    document = pkg.xml(pkg.main)
    body = document.find(w("body")) if document is not None else None
    if body is None:
        raise CorruptFileError("word/document.xml has no body", path=path)
    styles_part = pkg.part_of_type("styles")
    numbering_part = pkg.part_of_type("numbering")
    styles = Styles(pkg.xml(styles_part) if styles_part else None, limits, path)
    numbering = Numbering(pkg.xml(numbering_part) if numbering_part else None, styles.by_id, limits, path)
    walker = Walker(styles, numbering)
    walker.chunk = lambda rid: chunk_blocks(pkg, rid, limits)
    walker.body(body)
    notes = note_blocks(pkg, walker)
    return header_blocks(pkg, walker, first_page_headers(pkg, body)) + walker.blocks + notes
