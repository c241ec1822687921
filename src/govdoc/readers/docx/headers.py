"""Page headers: their lines, hinted as such; a rule decides which (if any) are the document's."""

from __future__ import annotations

import dataclasses
from typing import Any

from govdoc.blocks import Block, Origin
from govdoc.readers.docx.names import R, w
from govdoc.readers.docx.package import Package
from govdoc.readers.docx.walk import Walker

PAGE_HEADER = "page-header"


def first_page_headers(pkg: Package, body: Any) -> set[str]:
    """The header parts a section shows on its first page only (w:titlePg): where a template puts the 红头."""
    found: set[str] = set()
    for sect in body.iter(w("sectPr")):
        if sect.find(w("titlePg")) is None:
            continue
        for ref in sect.iter(w("headerReference")):
            rel = pkg.rels.get(ref.get(f"{{{R}}}id", ""))
            if ref.get(w("type")) == "first" and rel is not None:
                found.add(rel[1])
    return found


def header_blocks(pkg: Package, walker: Walker, first_page: set[str] | frozenset[str] = frozenset()) -> list[Block]:
    """Every line of the page headers, once per header part, with `hints.part` set to "page-header";
    the first page's own header (`first_page`) first, as page 1 shows it before any other.

    Word keeps a 红头's organ or 发文字号 in a page header as often as running heads and page
    numbers; which is which is the rules' question (`cleanup.page_headers`), not the reader's.
    """
    out: list[Block] = []
    seen: set[str] = set()
    for kind, target in sorted(pkg.rels.values(), key=lambda rel: rel[1] not in first_page):
        if kind != "header" or target in seen:
            continue
        seen.add(target)
        root = pkg.xml(target)
        if root is None:
            continue
        blocks: list[Block] = []
        saved, walker.blocks = walker.blocks, blocks
        walker.origin = Origin((f"header:{target}",))
        walker.body(root)
        walker.blocks, walker.origin = saved, None
        for b in blocks:
            b.hints = dataclasses.replace(b.hints, part=PAGE_HEADER)
        out.extend(blocks)
    return out
