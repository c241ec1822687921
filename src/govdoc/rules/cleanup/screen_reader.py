"""A screen reader's speech log copied as text (NVDA's Speech Viewer after a say-all of the page, conv27): the
reader says each element's role before its words (`标题  级别 1  关于…的答复`, `链接  某市人民政府`), a list's size
as it enters it and its leaving (`列表  有 2 项` … `退出列表`), and the page's name with its role on the first line
(`关于…的答复 - 某市交通运输局  文档`). The roles are the reader's words: the prefixes leave the lines, the list's
lines (the page's link list) and the page's name leave as a site's chrome does, unsaid.

Read only where the log shows itself twice: a heading's role line and one more of its marks (a list's lines or
the page's name on the first line). One walk over the blocks, before the layout's spaces are taken out (the two
spaces that part a role from its words tell it).
"""

from __future__ import annotations

from govdoc import patterns as P
from govdoc.rules.cleanup.base import delete_ranges
from govdoc.state import State, Zone

_ROLE_FIRSTS = frozenset("标链列退")  # the first characters of the reader's lines


def screen_reader(state: State) -> None:
    """Take a screen reader's role words out of its log (see the module)."""
    blocks = state.blocks
    headings: list[tuple[int, int]] = []
    links: list[tuple[int, int]] = []
    lists: list[tuple[int, int]] = []  # (opening, closing) of each list the reader entered and left
    opened = -1
    for k, b in enumerate(blocks):
        f = b.folded
        if f[:1] not in _ROLE_FIRSTS:
            continue
        if (m := P.SCREEN_READER_HEADING.match(f)) is not None:
            headings.append((k, m.end()))
        elif (m := P.SCREEN_READER_LINK.match(f)) is not None:
            links.append((k, m.end()))
        elif P.SCREEN_READER_LIST.match(f.strip()) is not None:
            opened = k
        elif opened >= 0 and P.SCREEN_READER_LIST_END.match(f.strip()) is not None:
            lists.append((opened, k))
            opened = -1
    page = bool(blocks) and P.SCREEN_READER_PAGE.match(blocks[0].folded.rstrip()) is not None
    if not headings or not (lists or page):
        return  # one mark alone: a document's own line may open 标题 or 链接
    for k, end in headings:
        delete_ranges(blocks[k], [(0, end)])
    listed = {k for a, z in lists for k in range(a, z + 1)}
    for k in listed:
        blocks[k].zone = Zone.CHROME
    for k, end in links:
        if k not in listed:
            delete_ranges(blocks[k], [(0, end)])
    if page:
        blocks[0].zone = Zone.CHROME
