"""A website's footer at the page's end: chrome, not the document's contact."""

from __future__ import annotations

from govdoc import patterns as P
from govdoc.rules import lines as L
from govdoc.rules.trailer.base import CHROME, UNSET
from govdoc.state import Block, State


def site_footer(state: State) -> None:
    """A website's footer at the page's end (主办单位, 网站标识码, ICP备 …) is chrome, contact labels in it too.

    The footer starts at its first line of site-identification words; contact lines from there
    on (联系电话 of the site's office) are the site's, not the document's. Only the trailing run of
    the page is looked at: footer, chrome and contact lines with nothing else after them.
    """
    blocks = state.blocks
    start = len(blocks)
    while start > 0 and _in_footer_run(blocks[start - 1]):
        start -= 1
    first = next((i for i in range(start, len(blocks)) if _is_site_footer(blocks[i])), None)
    footer = [] if first is None else blocks[first:]  # copied once, read twice
    if not any(P.SITE_MARK.search(b.folded) for b in footer):
        return
    for b in footer:
        if b.zone is UNSET:
            b.zone = CHROME


def _is_site_footer(b: Block) -> bool:
    return len(b.folded) <= 160 and bool(P.SITE_FOOTER.search(b.folded))


def _in_footer_run(b: Block) -> bool:
    return b.zone is CHROME or _is_site_footer(b) or (b.zone is UNSET and L.is_contact_line(b))
