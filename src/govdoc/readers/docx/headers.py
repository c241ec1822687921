"""Page headers: their lines, hinted as such; a rule decides which (if any) are the document's."""

from __future__ import annotations

import dataclasses

from govdoc.blocks import Block, Origin
from govdoc.readers.docx.package import Package
from govdoc.readers.docx.walk import Walker

PAGE_HEADER = "page-header"


def header_blocks(pkg: Package, walker: Walker) -> list[Block]:
    """Every line of the page headers, once per header part, with `hints.part` set to "page-header".

    Word keeps a 红头's organ or 发文字号 in a page header as often as running heads and page
    numbers; which is which is the rules' question (`cleanup.page_headers`), not the reader's.
    """
    out: list[Block] = []
    seen: set[str] = set()
    for kind, target in pkg.rels.values():
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
