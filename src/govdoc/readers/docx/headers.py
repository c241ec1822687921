"""Page headers: only a 发文字号 or 发文机关标志 the body lacks is kept from them."""

from __future__ import annotations

from govdoc.blocks import Block
from govdoc.readers.docx.package import Package
from govdoc.readers.docx.walk import Walker


def header_blocks(pkg: Package, walker: Walker) -> list[Block]:
    """Lines standing only in page headers (a 红头 organ or doc number); page numbers are dropped later."""
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
        walker.body(root)
        walker.blocks = saved
        out.extend(blocks)
    return out


def header_fields(header: list[Block], body: list[Block]) -> list[Block]:
    """From page headers keep only what the body lacks: a 发文字号 or a 发文机关标志 (…文件).

    Running heads and page numbers are furniture; they never become text.
    """
    from govdoc.patterns import DOC_NO, ISSUER_MARK

    in_body = "\n".join(b.folded for b in body)
    kept: list[Block] = []
    for b in header:
        f = b.folded
        if (DOC_NO.search(f) or ISSUER_MARK.match(f)) and f not in in_body:
            kept.append(b)
    return kept
