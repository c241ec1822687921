"""Page headers and footers: their lines, hinted as such; a rule decides which (if any) are the document's."""

from __future__ import annotations

import dataclasses
from typing import Any

from govdoc.blocks import Block, Origin
from govdoc.readers.docx.names import R, w
from govdoc.readers.docx.package import Package
from govdoc.readers.docx.walk import Walker

PAGE_HEADER = "page-header"
PAGE_FOOTER = "page-footer"


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


def unshown_parts(pkg: Package, body: Any) -> set[str]:
    """The header and footer parts no page shows: those referenced only as the even pages' (w:type "even")
    while the settings never turn on w:evenAndOddHeaders, or only as a first page's in sections without
    w:titlePg. A template's leftovers (last year's 文号, a stale running head) stand in such parts."""
    settings = next((pkg.xml(target) for kind, target in pkg.rels.values() if kind == "settings"), None)
    toggle = settings.find(w("evenAndOddHeaders")) if settings is not None else None
    even_shown = toggle is not None and toggle.get(w("val"), "true") not in ("0", "false", "off")
    shown: set[str] = set()
    referenced: set[str] = set()
    # a section with no reference of its own of a kind (a header's or a footer's first, even, default) takes
    # the section's before it, as Word does: a first page's header set in section 1 shows on section 2's first
    # page where only section 2 turns w:titlePg on (diffread-B B6: it was counted unshown and dropped unsaid)
    inherited: dict[tuple[str, str], str] = {}
    for sect in body.iter(w("sectPr")):
        for ref in (*sect.iter(w("headerReference")), *sect.iter(w("footerReference"))):
            rel = pkg.rels.get(ref.get(f"{{{R}}}id", ""))
            if rel is None:
                continue
            referenced.add(rel[1])
            inherited[(ref.tag, ref.get(w("type"), "default"))] = rel[1]
        first_shown = sect.find(w("titlePg")) is not None
        for (_, kind), part in inherited.items():
            if (kind == "even" and even_shown) or (kind == "first" and first_shown) or kind not in ("even", "first"):
                shown.add(part)
    return referenced - shown


def header_blocks(
    pkg: Package,
    walker: Walker,
    first_page: set[str] | frozenset[str] = frozenset(),
    unshown: set[str] | frozenset[str] = frozenset(),
) -> list[Block]:
    """Every line of the page headers, once per header part, with `hints.part` set to "page-header";
    the first page's own header (`first_page`) first, as page 1 shows it before any other.

    Word keeps a 红头's organ or 发文字号 in a page header as often as running heads and page
    numbers; which is which is the rules' question (`cleanup.page_headers`), not the reader's.
    """
    return _part_blocks(pkg, walker, "header", PAGE_HEADER, first_page, unshown)


def footer_blocks(pkg: Package, walker: Walker, unshown: set[str] | frozenset[str] = frozenset()) -> list[Block]:
    """Every line of the page footers, once per footer part, with `hints.part` set to "page-footer": they
    print at the foot of the pages, so they are handed on after the body. Most are page numbers; a
    template may pin the 版记 to the last page's foot by setting it in that section's footer."""
    return _part_blocks(pkg, walker, "footer", PAGE_FOOTER, frozenset(), unshown)


def _part_blocks(
    pkg: Package,
    walker: Walker,
    kind_of_part: str,
    hint: str,
    first: set[str] | frozenset[str],
    unshown: set[str] | frozenset[str],
) -> list[Block]:
    out: list[Block] = []
    seen: set[str] = set()
    for kind, target in sorted(pkg.rels.values(), key=lambda rel: rel[1] not in first):
        if kind != kind_of_part or target in seen or target in unshown:
            continue
        seen.add(target)
        root = pkg.xml(target)
        if root is None:
            continue
        blocks: list[Block] = []
        saved, walker.blocks = walker.blocks, blocks
        saved_foot, walker.foot = walker.foot, []
        walker.origin = Origin((f"{kind_of_part}:{target}",))
        walker.body(root)
        walker.flush_carried()  # a line whose mark is hidden ends with its part: it runs into no other part
        blocks.extend(walker.foot)  # a box a header places at the page's foot is still that part's line
        walker.blocks, walker.foot, walker.origin = saved, saved_foot, None
        for b in blocks:
            b.hints = dataclasses.replace(b.hints, part=hint)
        out.extend(blocks)
    return out
