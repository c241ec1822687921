"""Footnotes and endnotes: text the document prints at a page's foot or its end, such as a 附注
with the contact person, that the body only points at (`w:footnoteReference`).

Each note the body refers to is read once, in the order of the references, after the body: where
a one-page 公文 prints it, below the 落款. The reference mark (a superscript number Word draws)
is no text of the sentence it follows and is not read.
"""

from __future__ import annotations

from typing import Any

from govdoc.blocks import Block, Origin
from govdoc.readers.docx.names import w
from govdoc.readers.docx.package import Package
from govdoc.readers.docx.walk import Walker


def note_blocks(pkg: Package, walker: Walker) -> list[Block]:
    """The blocks of the notes the body referred to, in the order of their references."""
    if not walker.notes:
        return []
    parts = {True: "footnotes", False: "endnotes"}
    roots: dict[bool, Any] = {}
    for kind, name in parts.items():
        part = pkg.part_of_type(name)
        roots[kind] = pkg.xml(part) if part else None
    found: dict[tuple[bool, str], Any] = {}
    for kind, root in roots.items():
        tag = w("footnote") if kind else w("endnote")
        for note in root.iter(tag) if root is not None else ():
            found.setdefault((kind, note.get(w("id")) or ""), note)
    blocks: list[Block] = []
    seen: set[tuple[bool, str]] = set()
    saved, walker.blocks = walker.blocks, blocks
    for ref in walker.notes:
        note = found.get(ref)
        if note is None or ref in seen:
            continue
        seen.add(ref)
        walker.origin = Origin((f"{parts[ref[0]][:-1]}:{ref[1]}",))
        # the note's own paragraphs and tables, as a body's: a text box's paragraphs are read by the paragraph whose
        # drawing holds it (every w:p under the note read a box's twice, the first out of order; review27 R5)
        walker.body(note)
        walker.flush_carried()  # a note's last line runs into no other note
    walker.blocks = saved
    return blocks
