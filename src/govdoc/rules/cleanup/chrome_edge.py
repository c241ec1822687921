"""Chrome at the text's edge: a site's lines that are chrome only beside other chrome or above the text's first
sentence (`_edge_chrome`), a print's stamps, an excerpt's notes, a share's captions, a reposting site's
attribution links. Split out of cleanup/furniture.py (session 30), a pure move.
"""

from __future__ import annotations

from govdoc import patterns as P
from govdoc.charclass import HAN
from govdoc.rules.cleanup.chrome_base import _CHROME, _MAX_LINK, _SENTENCE_MARKS, _UNSET, _line_above, site_chrome
from govdoc.rules.lines import (
    is_date_line,
    marker_at,
)
from govdoc.state import Block


def _edge_chrome(blocks: list[Block], edge: list[int], pages: list[int], labels: list[int]) -> None:
    """A row of EDGE_CHROME (a share row of platform names, a bare download stamp) is chrome where
    chrome stands: outside the running text (before its first line holding a 。, ， or ； or after its
    last, where a page's tools and stamps sit around a document), at the edge a paged format set apart,
    or right beside a page number. A page's address is chrome by `_band_address` alone, never by its
    place, and a sidebar's latest-news label (热门文章) under the text or cutting a sentence
    (`_inside_a_sentence`). Inside the text such a line is the text's own (我局将通过以下平台发布信息：
    ⏎ 微信 微博 ⏎ 今日头条 抖音), and stays. `edge`: the rows, in order; `pages`: the page numbers;
    `labels`: the chrome lines that may be a link list's label (a sidebar's 热门文章, taken here under
    the running text only, joins them)."""
    rows = set(edge)  # (a row worded as a sentence, 转载请注明出处。, is no line of the running text)

    def running(k: int) -> bool:
        return k not in rows and _running_line(blocks[k])

    # the running text's first and last lines, each sought from its end (a walk of the edges only)
    first = next((k for k in range(len(blocks)) if running(k)), len(blocks))
    last = next((k for k in range(len(blocks) - 1, first - 1, -1) if running(k)), -1)
    beside = {k for at in pages for k in (at - 1, at + 1)}
    links: list[int] = []  # an attribution block's link line: beside the block's other lines only
    addresses: list[int] = []  # a page's address alone
    grew = False  # a link list's label taken
    for i in edge:
        b = blocks[i]
        if b.folded[:2] in _ATTRIBUTION_LINES:
            links.append(i)
        elif b.folded.lstrip()[:2] in _LATEST_LABELS:
            if b.zone is _UNSET and (i > last or _inside_a_sentence(blocks, i)):  # under the text, or
                b.zone = _CHROME  # cutting a sentence; above it or beside a page number it heads a 简报's column
                # (diffread-A A4), and a column's heading never stands inside a sentence (noise20)
                labels.append(i)
                grew = True
        elif b.folded.lstrip()[:4] in _ADDRESS_STARTS:  # a page's address alone: only beside the site's chrome,
            addresses.append(i)  # asked once the other rows are taken (an archive's `Go` under its address box)
        elif (
            b.zone is _UNSET
            and (i < first or i > last or b.hints.page_edge or i in beside or _over_a_repeat(blocks, i))
            and (b.folded.strip() not in P.DIALOG_WORDS or (i > 0 and blocks[i - 1].zone is _CHROME))
            and (b.folded.strip() not in P.ORGAN_MENU_WORDS or _in_a_menu(blocks, i, rows))
            and (i <= last or not _text_word_row(b) or _chrome_beside(blocks, i, rows))
        ):
            b.zone = _CHROME
            if 0 < i < first and blocks[i - 1].zone is _UNSET and _viewed_file(blocks[i - 1], b):
                blocks[i - 1].zone = _CHROME  # the viewer's caption over its toolbar, over the viewed text
                # (conv23); under the text a file's name over a viewer is the document's own 附件 (diffread-B B5)
    for i in addresses:
        if blocks[i].zone is _UNSET and _band_address(blocks, i):
            blocks[i].zone = _CHROME  # (outside the running text it may be a notice's own, under 网址： (review20))
    if grew:
        labels.sort()
    if links:
        _attribution_links(blocks, links)


def _viewed_file(above: Block, row: Block) -> bool:
    """`above` names the file an online viewer shows and `row` is that viewer's toolbar (patterns.VIEWER_TOOLBAR,
    patterns.VIEWED_FILE) or a sharing site's uploader row (patterns.UPLOADER_ROW, conv30): two marks of the
    viewer, where a file's name alone is a document's attachment. Asked
    only over the running text: a page shows its notice's 附件 link under the 落款 and the viewer under it, so
    there the line is the notice's attachment (diffread-B B5)."""
    f = above.folded.strip()
    return (
        f[-1:].isalpha()
        and "." in f
        and (
            P.VIEWER_TOOLBAR.match(row.folded.strip()) is not None
            or P.UPLOADER_ROW.match(row.folded.strip()) is not None
        )
        and (P.VIEWED_FILE.match(f) is not None)
    )


def _excerpt_notes(blocks: list[Block], opens: list[int]) -> None:
    """The book's title and author an ebook reader's note names between its first and last rows (摘录来自 ⏎ 书名 ⏎
    作者 ⏎ 此材料可能受版权保护。, Apple Books'): the note's, where both rows stand a few lines apart; one of them
    alone leaves the lines beside it as they are (conv24)."""
    for i in opens:
        for j in range(i + 1, min(i + P.EXCERPT_NOTE_REACH + 1, len(blocks))):
            if blocks[j].zone is _CHROME and blocks[j].folded.strip().startswith(P.EXCERPT_NOTE_CLOSE):
                for k in range(i + 1, j):
                    blocks[k].zone = _CHROME
                break


def _share_captions(blocks: list[Block], shares: list[int]) -> None:
    """The icons' captions a copy gives under a share bar's label, one platform a line (分享到： ⏎ 微信 ⏎ 微博
    ⏎ QQ空间): the run of such lines right under the chrome label is the bar's (noise21). Anywhere else
    a platform's name alone is the text's (我局通过以下平台发布信息： ⏎ 微信 ⏎ 微博)."""
    for at in shares:
        k = at + 1
        while k < len(blocks) and blocks[k].zone is _UNSET and P.SHARE_PLATFORM_LINE.match(blocks[k].folded.strip()):
            blocks[k].zone = _CHROME
            k += 1


def _print_stamps(blocks: list[Block], prints: list[int], edge: list[int]) -> None:
    """A print's stamp of its time (`patterns.PRINT_STAMP`) is chrome under the running text's last line
    in the page's band: the run of lines around it that are chrome, a bare page address (an EDGE_CHROME
    row) or another stamp. A labelled one (打印时间：…) needs one of its band's lines to be chrome (【关闭】, a
    page's count); a bare date with its clock time needs the page's address in its band besides, and a
    date line above the band (the 落款's), as a browser's print foot has them (第1页/共1页 ⏎ https://… ⏎
    2024/7/2 16:40): a mailbox answer's 落款 dated with its clock time over 【打印】【关闭】 stays its date, and
    so does an attachment's table of times and addresses one cell a line (no chrome in it). Inside the
    running text such a line is the text's own (a notice's schedule), and stays (noise21)."""
    last = next((k for k in range(len(blocks) - 1, -1, -1) if _running_line(blocks[k])), -1)
    printed = set(prints)  # (the caller's `stamps` are the page top's bare timestamps, another thing)
    addresses = {k for k in edge if blocks[k].folded.lstrip()[:4] in _ADDRESS_STARTS}

    def in_band(k: int) -> bool:
        b = blocks[k]
        return b.zone is _CHROME or k in addresses or k in printed or not b.folded.strip()

    lo = hi = -1  # the band the last stamp stood in: the stamps of one band share it (one walk a band)
    chrome = addressed = False
    first_date: int | None = None  # the first date line under the running text (one walk, when first asked)
    printing: bool | None = None  # the text itself speaks of printing (准考证打印): when first asked
    for i in prints:
        if i <= last or blocks[i].zone is not _UNSET:
            continue
        if i > hi:
            lo = hi = i
            while lo - 1 > last and in_band(lo - 1):
                lo -= 1
            while hi + 1 < len(blocks) and in_band(hi + 1):
                hi += 1
            band = [k for k in range(lo, hi + 1) if k not in printed]
            chrome = any(blocks[k].zone is _CHROME for k in band)
            addressed = any(k in addresses for k in band)
        if not chrome:
            continue
        if blocks[i].folded.lstrip()[:2] == "打印":
            if printing is None:
                printing = any("打印" in b.folded for b in blocks[: last + 1] if b.zone is not _CHROME)
            if not printing:  # a notice on printing 准考证 prints its own 打印时间 row (diffread-A A3)
                blocks[i].zone = _CHROME
        elif addressed:
            if first_date is None:
                first_date = next((k for k in range(last + 1, len(blocks)) if is_date_line(blocks[k])), len(blocks))
            if first_date < lo:  # the 落款's date above the band (diffread-A A6: found once, not per band)
                blocks[i].zone = _CHROME


def _running_line(b: Block) -> bool:
    """A line of the running text: no chrome, and a sentence's mark in it (。 ， ；). The one test of where
    the text begins and ends (the page top's chrome, the edge rows', the print stamps'); `_edge_chrome` leaves
    its own rows out besides (a row worded as a sentence), and `_running_text`, asked of a page break's
    neighbours, a label's row (键：值) and not the zone."""
    return b.zone is not _CHROME and not _SENTENCE_MARKS.isdisjoint(b.folded)


def _in_a_menu(blocks: list[Block], i: int, rows: set[int]) -> bool:
    """Whether an organ-menu word alone on its line (机构概况) stands inside the site's menu: right under a
    chrome line that is the menu's (an entry a line: 政务公开 ⏎ 机构概况), or between two chrome lines (首页 ⏎
    机构概况 ⏎ 政务公开, the one under it maybe a menu row still to be taken). One chrome line above is one
    mark only: a 决算说明's heading under the page's toolbar, an organ page's headline under its breadcrumb."""
    above = blocks[i - 1] if i > 0 else None
    if above is None or above.zone is not _CHROME:
        return False
    if P.MENU_ROW.match(above.folded.strip()) is not None:
        return True
    below = blocks[i + 1] if i + 1 < len(blocks) else None
    return below is not None and (
        below.zone is _CHROME or (i + 1 in rows and P.MENU_ROW.match(below.folded.strip()) is not None)
    )


def _text_word_row(b: Block) -> bool:
    """An EDGE_CHROME row a text may hold as its own line: a word alone (`举报`, P.TEXT_WORD_ROWS) or a
    span of minutes (a reader view's reading time, `15分钟` wrapped off its sentence)."""
    f = b.folded.strip()
    return f in P.TEXT_WORD_ROWS or (f.endswith("分钟") and P.READER_VIEW_TIME.match(f) is not None)


def _chrome_beside(blocks: list[Block], i: int, rows: set[int]) -> bool:
    """The line above or under blocks[i] is chrome, or under it another EDGE_CHROME row (`rows`): the
    mark a word alone under the running text needs to be the page's (diffread-B A8)."""
    if i > 0 and blocks[i - 1].zone is _CHROME:
        return True
    return i + 1 < len(blocks) and (blocks[i + 1].zone is _CHROME or i + 1 in rows)


def _over_a_repeat(blocks: list[Block], i: int) -> bool:
    """A sidebar's box label (相关信息) is the page's where it ends the page over lines that repeat the
    text above it (the box shows the 落款 or the contact again): every line under it to the end repeats
    one above or is chrome. Over lines of its own it heads the text's part, and inside the text it stays
    even over a repeated line (schema 1.10: a reply's own part so headed was dropped unwarned)."""
    if blocks[i].folded.strip() != "相关信息" or i + 1 >= len(blocks):
        return False
    above = {b.folded.strip() for b in blocks[:i]}
    below = [b.folded.strip() for b in blocks[i + 1 :] if b.zone is not _CHROME]
    return bool(below) and below[0] != "" and all(not f or f in above for f in below)


_ATTRIBUTION_LINES = ("作者", "链接")
_LATEST_LABELS = ("热门", "热点", "最新")  # a sidebar's list labels in EDGE_CHROME (热门文章, 最新更新)


_ADDRESS_STARTS = frozenset(("http", "www."))


def _band_address(blocks: list[Block], i: int) -> bool:
    """A page's address alone on its line (line `i`) is a print band's, chrome, where the site's chrome
    stands right above it AND right under it (【打印】 ⏎ https://… ⏎ 【关闭】), or beside it on one side
    where it stands above the title: above the text's first line, or over a copy of it (the print view's
    band over the page saved again); or between two chrome lines one of which is a print's stamp of its
    time (`patterns.PRINT_STAMP`: 打印时间：… ⏎ https://… ⏎ 【关闭】). Anywhere else a line of the body is the
    document's, whatever the line above gives it by (网址：, 报名入口, another address: diffread-B B3, B4)."""
    near = [0 <= k < len(blocks) and _site_chrome_line(blocks[k]) for k in (i - 1, i + 1)]
    if all(near):
        return True
    sides = [blocks[k] for k in (i - 1, i + 1) if 0 <= k < len(blocks) and blocks[k].zone is _CHROME]
    if len(sides) == 2 and any(P.PRINT_STAMP.match(b.folded.strip()) for b in sides):
        return True  # between a print's stamp of its time and its page count or the site's chrome (noise21)
    if not any(near):
        return False
    # (the address itself is no line of the text: at the very top, over an archive's `Go`, it stands above it; conv25)
    top = next((k for k, b in enumerate(blocks) if k != i and b.zone is not _CHROME and b.folded.strip()), len(blocks))
    if top > i:
        return True
    under = next((b for b in blocks[i + 1 :] if b.zone is not _CHROME and b.folded.strip()), None)
    return under is not None and under.folded.strip() == blocks[top].folded.strip()


def _site_chrome_line(b: Block) -> bool:
    """The line is the site's chrome (【关闭】, a byline; a page number is none)."""
    return b.zone is _CHROME and site_chrome(b.folded)


def _inside_a_sentence(blocks: list[Block], i: int) -> bool:
    """The label at line `i` cut a sentence, as a page's sidebar does where the layout put it (…集聚区五个，
    ⏎ 热点新闻 ⏎ 全区秋季…启动 ⏎ …): the line above ends on a comma or a pause mark without introducing
    what follows (`_introduced`), AND the line under the label is a link's (short, no stop, no marker).
    One mark alone is a report's own line: a heading under …，(一是…， ⏎ 热点新闻 ⏎ 二是…，) stays
    (diffread-B B6)."""
    above = _line_above(blocks, i, _LABEL_REACH_LINES)
    if above is None or above.folded.rstrip()[-1:] not in _SENTENCE_GOES_ON or _introduces(above.folded):
        return False
    under = next(
        (b for b in blocks[i + 1 : i + 1 + _LABEL_REACH_LINES] if b.zone is not _CHROME and b.folded.strip()), None
    )
    if under is None:
        return False
    g = under.folded.strip()
    return len(g) <= _MAX_LINK and _STOPS.isdisjoint(g) and marker_at(g) is None and HAN.search(g) is not None


def _introduced(blocks: list[Block], i: int) -> bool:
    """The label at line `i` is one a sentence introduces (请各单位对照以下文件， ⏎ 相关文件： ⏎ 1.《…》):
    the line right above (a blank line between aside) is the text's, ends going on (，、：) and names what
    follows (以下, 如下, 下列): the label and its list are the sentence's own, no sidebar's (diffread-B
    B5). Under a chrome line (another box's last link) it is none: one fetch a label in a row of boxes."""
    for k in range(i - 1, max(-1, i - 3), -1):  # the nearest line holding words, over a blank line at most
        above = blocks[k]
        if above.folded.strip():
            f = above.folded.rstrip()
            return above.zone is not _CHROME and f[-1:] in _INTRODUCING_END and _introduces(f)
    return False


def _introduces(f: str) -> bool:
    """The line's last clause names what follows it (以下, 如下, 下列)."""
    tail = f.rstrip()[-_INTRO_REACH:]
    return any(w in tail for w in _INTRO_WORDS)


_INTRO_WORDS = ("以下", "如下", "下列")
_LABEL_REACH_LINES = 4  # the chrome or blank lines a label's questions look over, up or down
_INTRO_REACH = 16  # the characters of a line's end the words of introducing are looked for in
_INTRODUCING_END = frozenset(",、:")
_STOPS = frozenset("。;,:!?、")
_SENTENCE_GOES_ON = frozenset(",、")


def _attribution_links(blocks: list[Block], links: list[int]) -> None:
    """A `作者：…` or `链接：https://…` line is a reposting site's attribution (作者：… ⏎ 链接：… ⏎ 来源：…)
    where a line of that block stands right above or below it, chrome already (the one found chrome
    may make its neighbour so: asked again until none changes); alone it is the text's: an address it
    gives (报名网址如下： ⏎ 链接：https://…), a report's own author under its title (review18 R10)."""
    changed = True
    while changed:
        changed = False
        for i in links:
            near = (blocks[k] for k in (i - 1, i + 1) if 0 <= k < len(blocks))
            if blocks[i].zone is _UNSET and any(
                b.zone is _CHROME and b.folded.lstrip().startswith(P.ATTRIBUTION_NEIGHBOUR) for b in near
            ):
                blocks[i].zone = _CHROME
                changed = True
