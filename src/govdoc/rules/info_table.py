"""A portal's information table (索引号/发文机关/文号 …), paired into `键：值` lines by the one label table.

The HTML reader hands on the page's text outside the article as it stands, piece by piece
(`hints.part == "outside-article"`, `hints.row` the row-like element each piece stands in);
this rule decides which pieces are the information table. A label with its value in the next
cell of the same row becomes one `label：value` block; a label the table does not know is kept
only inside the run of known ones (there the shape is a label table; elsewhere `键：值` text is
the page's navigation or footer); fewer than two known labels: no table, and every piece goes. A
piece carrying the site's registration (网站标识码, ICP备案, 版权所有), and every piece of its row, is
the site's footer, whose 主办单位 names who runs the site: none of its cells is the table's. One
label is enough alone: a mailbox form's 信件标题/来信标题/留言标题 (`patterns.LETTER_TITLE_LABELS`), whose
value is the letter the reply answers (schema 1.8's `responds_to`), which no navigation holds.
"""

from __future__ import annotations

from dataclasses import replace

from govdoc import patterns as P
from govdoc.blocks import Block, Origin
from govdoc.fields.kind import kind_of
from govdoc.fields.metadata import is_label, key_of, label_cells
from govdoc.state import State

OUTSIDE_ARTICLE = "outside-article"
NAMED_HEADLINE = "named-headline"
NAMED_HEADING = "named-heading"  # a heading tag loose in <body>, offered as a named block is
_NAMED = (NAMED_HEADLINE, NAMED_HEADING)


def info_table(state: State) -> None:
    """Replace the pieces outside the article by the information table's `label：value` lines."""
    _named_headline(state)
    pieces = [b for b in state.blocks if b.hints.part == OUTSIDE_ARTICLE]
    if not pieces:
        return
    pairs: list[tuple[str, str, list[Block]]] = []
    known: list[int] = []  # where the pairs under the table's own labels stand in `pairs`
    i = 0
    # the site's footer (主办单位：… 网站标识码：…): a piece with its registration mark, or any piece of its row
    site = {id(b) for b in pieces if P.SITE_MARK.search(b.folded)}
    rows = {b.hints.row for b in pieces if id(b) in site and b.hints.row}
    site.update(id(b) for b in pieces if b.hints.row in rows)
    while i < len(pieces):
        if id(pieces[i]) in site:
            i += 1
            continue
        cells = _cells(pieces[i].text)
        for k, (label, value) in enumerate(cells):
            used = [pieces[i]]
            if not value and k == len(cells) - 1 and (is_label(label) or pieces[i].text.rstrip().endswith((":", "："))):
                nxt = pieces[i + 1] if i + 1 < len(pieces) else None
                if nxt is not None and nxt.hints.row == pieces[i].hints.row and not _cells(nxt.text):
                    value = nxt.text  # a value in the next cell of the same row
                    used.append(nxt)
                    i += 1
            if value:
                if is_label(label):
                    known.append(len(pairs))
                pairs.append((label, value, used))
        i += 1
    table = pairs[_run_start(pairs, known[0]) : _run_end(pairs, known[-1])] if len(known) >= 2 else []
    if not table:  # a mailbox's form row alone (信件标题 | 关于…的问题): the letter the reply answers (schema 1.8)
        table = [pair for pair in pairs if key_of(pair[0]) in P.LETTER_TITLE_LABELS][:1]
    lines = [Block(f"{label}：{value}", origin=_origin(used)) for label, value, used in table]
    at = state.blocks.index(pieces[0])
    rest = [b for b in state.blocks if b.hints.part != OUTSIDE_ARTICLE]
    state.blocks = rest[:at] + lines + rest[at:]


def _row_of(pair: tuple[str, str, list[Block]]) -> int:
    return pair[2][0].hints.row


def _run_start(pairs: list[tuple[str, str, list[Block]]], first: int) -> int:
    """Where the table's run begins: at its first known label, or before it at the pairs of the same
    row element (one `<dl>`, one `<tr>`): an element whose cells hold the table's labels is the table,
    so a pair of it under a label the table does not know is the table's as well, not the page's."""
    row = _row_of(pairs[first])
    while row and first > 0 and _row_of(pairs[first - 1]) == row and not _page_own(pairs[first - 1]):
        first -= 1
    return first


def _run_end(pairs: list[tuple[str, str, list[Block]]], last: int) -> int:
    """Where the table's run ends (exclusive): after its last known label and the pairs of the same row
    element after it (`_run_start`: `<dt>办理时限：</dt><dd>…</dd>` closing a `<dl>` of known labels)."""
    row = _row_of(pairs[last])
    while row and last + 1 < len(pairs) and _row_of(pairs[last + 1]) == row and not _page_own(pairs[last + 1]):
        last += 1
    return last + 1


def _page_own(pair: tuple[str, str, list[Block]]) -> bool:
    """The pair is the page's own (its byline's 来源/浏览次数/责任编辑, its 字号 or 分享到 tool), not the table's: the
    row element that holds the table's labels may hold the byline too, which the table's run stops before (diffread-B
    N1: a 责任编辑 pair taken in made the 发布日期 line over it read as a byline, dropped as chrome)."""
    return P.PAGE_OWN_KEY.match(key_of(pair[0])) is not None


def _named_headline(state: State) -> None:
    """Keep as the article's title the first block the page names a title before it (`hints.part ==
    "named-headline"`, one `hints.row` per element) whose words read as a title (they end in a document
    type: 关于…的通知), where the article does not open on a title of its own; every other such block is
    the page's text outside the article. An old portal names so its column's banner (人大代表建议和政协提案
    办理结果公开), its masthead (某某县住房和城乡建设局: an organ alone) and the byline under the title
    (发布时间：… 来源：…) as well as the title (diffread-B B1): none of them is the document's title or issuer.
    The reader sets these blocks right after the pieces outside the article, so only that prefix is walked."""
    blocks = state.blocks
    start = 0
    while start < len(blocks) and blocks[start].hints.part == OUTSIDE_ARTICLE:
        start += 1
    end = start
    while end < len(blocks) and blocks[end].hints.part in _NAMED:
        end += 1
    if end == start:
        return
    rows: dict[int, list[Block]] = {}
    for block in blocks[start:end]:
        rows.setdefault(block.hints.row, []).append(block)
    opening = blocks[end].text if end < len(blocks) else ""
    kept = 0
    if not _reads_as_title(opening):
        kept = next((row for row, parts in rows.items() if _names_its_matter(parts)), 0)
    for row, parts in rows.items():
        for block in parts:
            kept_row = row == kept
            block.hints = replace(block.hints, part=None if kept_row else OUTSIDE_ARTICLE, row=0 if kept_row else row)


def _reads_as_title(text: str) -> bool:
    """The words end in a document type (关于…的通知, …的答复) with no full stop in them: a title, no column's
    name, organ or byline, and no opening sentence closing on its type (…暂停办理。特此公告。)."""
    return bool(text) and "。" not in text and kind_of(text, ()) != "other"


def _names_its_matter(parts: list[Block]) -> bool:
    """A block a page names as its title, taken as the article's: it reads as a title, and an answer's title
    names what it answers (关于…/对…的答复, …第12号建议的答复), where a column's banner names a kind of
    content (`人大代表建议和政协提案办理答复`: diffread-B on B1's fix). A heading tag loose in the body (the
    site's column banner as often as the title: `<h2>政务公开信息公示公告</h2>`, review23 R1b) names its matter
    in words, of any kind: 关于…, 对…, or a proposal's number."""
    text = "".join(b.text for b in parts)
    if not _reads_as_title(text):
        return False
    named = P.TITLE_VERB.search(text) is not None or P.PROP_NO.search(text) is not None
    if any(b.hints.part == NAMED_HEADING for b in parts):
        return named
    return kind_of(text, ()) != "reply" or named


def _cells(token: str) -> list[tuple[str, str]]:
    """The (label, value) cells of one piece of the page's text; a bare label gives an empty value."""
    if is_label(token):
        return [(key_of(token), "")]
    return label_cells(token)


def _origin(used: list[Block]) -> Origin | None:
    origin = used[0].origin
    for piece in used[1:]:
        origin = piece.origin if origin is None else origin.merged(piece.origin)
    return origin
