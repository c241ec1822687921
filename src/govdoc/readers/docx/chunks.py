"""`w:altChunk`: a piece of another format that Word merges into the body when it opens the file.

OA systems and converters write a letterhead as Word paragraphs and the rest of the document as
an imported HTML page (or an MHT archive of one), a plain-text file or another .docx, which Word
shows in the chunk's place: its text is the body's, read where the chunk stands (a nested .docx
by this same reader, one level deep). A chunk this reader cannot read (RTF, an unknown kind, a
page that cannot be decoded, a nested .docx that is damaged), or one whose part the package lacks, is
text the document shows (or meant to) and the blocks lack: it is named in a `pages-without-text`
warning, never dropped in silence.
"""

from __future__ import annotations

from collections.abc import Callable

from govdoc.blocks import Block, Origin
from govdoc.errors import (
    CorruptFileError,
    EmptyDocumentError,
    EncodingUndetectedError,
    EncryptedError,
    UnsupportedFormatError,
)
from govdoc.limits import Limits
from govdoc.readers.docx.package import Package

_HTML = ("htm", "html", "xhtml", "xht")
_MHT = ("mht", "mhtml")
_TEXT = ("txt", "text")
_WORD = ("docx", "docm", "dotx", "dotm")
_UNREAD = "pages-without-text"

Notes = list[tuple[str, str]]
NestedReader = Callable[[bytes, str], list[Block]]


def chunk_blocks(
    pkg: Package, rid: str | None, limits: Limits, notes: Notes, nested: NestedReader | None
) -> list[Block]:
    """The blocks of the chunk a relationship names, read by its kind; none for one that is empty, and
    none with a note in `notes` for one that cannot be read or that the package lacks (the file says
    content stood there, and it is not in the blocks). `nested` reads
    a nested .docx (None below the first level: a chunk inside a chunk's chunk is noted, not read).
    """
    rel = pkg.rels.get(rid or "")
    if rel is None or rel[1] not in pkg.names:
        missing = f"r:id {rid}" if rel is None else rel[1]
        notes.append(
            (_UNREAD, f"导入的片段 {missing} 在文件中缺失 (an imported chunk (w:altChunk) names a missing part)")
        )
        return []
    name = rel[1]
    suffix = name.rsplit(".", 1)[-1].lower()
    data = pkg.read(name)
    if not data.strip():
        return []
    try:
        if suffix in _HTML or suffix in _MHT:
            from govdoc.readers.mht import archive_page

            page = data if suffix in _HTML else archive_page(data, path=pkg.path, limits=limits)[0]
            return _placed(_page_blocks(pkg, page, limits), name)
        if suffix in _TEXT:
            from govdoc.readers.decoding import decode
            from govdoc.readers.text import text_blocks

            return _placed(text_blocks(decode(data, path=pkg.path, limits=limits)[0], limits=limits), name)
        if (suffix in _WORD or data.startswith(b"PK\x03\x04")) and nested is not None:
            return _placed(nested(data, name), name)
    except EmptyDocumentError:
        return []  # nothing in the chunk: the Word paragraphs around it are the document
    except (UnsupportedFormatError, EncodingUndetectedError, CorruptFileError, EncryptedError) as exc:
        notes.append((_UNREAD, f"导入的片段 {name} 无法读取 (an imported chunk (w:altChunk) not read: {exc.message})"))
        return []
    kind = "RTF" if data.lstrip().startswith(b"{\\rtf") else suffix.upper() or "?"
    notes.append((_UNREAD, f"导入的 {kind} 片段 {name} 未读取 (an imported {kind} chunk (w:altChunk) was not read)"))
    return []


def _placed(blocks: list[Block], name: str) -> list[Block]:
    """`blocks` with each source ref prefixed by the chunk's part name (`word/c.txt/line:2`): a bare
    `line:2` or XPath would be looked for in the Word file itself."""
    for block in blocks:
        if block.origin is not None:
            block.origin = Origin(tuple(f"{name}/{ref.lstrip('/')}" for ref in block.origin.refs), block.origin.boxes)
    return blocks


def _page_blocks(pkg: Package, data: bytes, limits: Limits) -> list[Block]:
    from govdoc.readers.html import decode_html, html_blocks

    text, _, _ = decode_html(data, path=pkg.path, limits=limits)
    return html_blocks(text, limits=limits, path=pkg.path)
