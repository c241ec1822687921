"""Cleanup rules: layout spaces, reading-aid pinyin, page furniture, website chrome, repeats."""

from __future__ import annotations

import bisect
import functools

import regex

from govdoc import patterns as P
from govdoc.charclass import CJK_CLASS, EDGE_SPACE, LAYOUT_SPACES
from govdoc.fields.metadata import is_label
from govdoc.fields.organs import complete_organ
from govdoc.first_chars import StartGuard, alternatives
from govdoc.fold import fold
from govdoc.rules.lines import is_organ_line, is_organ_name, section_marker
from govdoc.state import Block, State, Zone

_CHROME = Zone.CHROME  # a module name: a `Zone.X` look-up is dear once per block (rules/head/zones.py)

_LAYOUT_SPACE = regex.compile(rf"(?<={CJK_CLASS})[{LAYOUT_SPACES}]+(?={CJK_CLASS})")
_HAN_BEFORE = regex.compile(r"\p{Han}{3,}$")  # 县委办: complete_organ judges the length
_HAN_AFTER = regex.compile(r"\p{Han}{3,}")
_NAME_REACH = 48  # how far a name before or after a space is read (an organ's name is shorter)
# the last characters of the contract's organ endings (SPLIT_ORGAN_SUFFIX): 府, 会, 局 …
_ORGAN_LAST = frozenset(form[-1] for form in alternatives(P.SPLIT_ORGAN_SUFFIX.pattern[3:-2]))
_FURNITURE_START = frozenset("-第共0123456789")
_TEXT_FORMATS = frozenset({"txt", "md", "text", ""})
_EXCERPT = 24
_MIN_REPOST = 3
_MIN_FLATTENED_LINE = 80
_CELL = regex.compile(r"[^| \t\u3000\xa0](?:[^|]*[^| \t\u3000\xa0])?")
_MIN_FLATTENED_BREAKS = 2
_MAX_ADDRESSEE = 90
_MAX_FLATTENED_HEAD = 300  # a letterhead, 文号 and title before the 主送's colon
_SPACE_RUN = regex.compile(r"[ ]{1,8}")
_GAP = regex.compile(r"[ ]{1,40}")  # as long as the flattened break's, so the two never overlap
_ROW_EDGE_SPACE = EDGE_SPACE.replace("\t", "")  # a table row's edge tab parts an empty cell from the next


def _delete(
    block: Block, ranges: list[tuple[int, int]], gaps_at: list[int] | None = None, spaces_at: list[int] | None = None
) -> None:
    """Delete character ranges from a block, moving its bold runs and gaps with the text."""
    if not ranges:
        return
    text = block.text
    folded = block.folded
    keep: list[str] = []
    keep_folded: list[str] = []
    shift_points: list[tuple[int, int]] = []  # (old position, removed before it)
    removed = 0
    pos = 0
    for start, end in ranges:
        keep.append(text[pos:start])
        keep_folded.append(folded[pos:start])
        removed += end - start
        shift_points.append((end, removed))
        pos = end
    keep.append(text[pos:])
    keep_folded.append(folded[pos:])

    ats = [at for at, _ in shift_points]

    def moved(i: int) -> int:
        """Where offset `i` of the old text lands once the ranges before it are deleted."""
        k = bisect.bisect_right(ats, i)
        return i - (shift_points[k - 1][1] if k else 0)

    block.bold = [(moved(s), moved(e)) for s, e in block.bold if moved(e) > moved(s)]
    block.gaps = [moved(g) for g in block.gaps] + [moved(g) for g in (gaps_at or [])]
    block.spaces = [moved(g) for g in block.spaces] + [moved(g) for g in (spaces_at or [])]
    block.joins = [moved(j) for j in block.joins]
    block.set_text("".join(keep), "".join(keep_folded))
    _resplit(block)


def _resplit(block: Block) -> None:
    """A table row's cells again from its text (which joins them with tabs), after an edit of the
    text: the Table's rows must read as the Document's text does (`联系人 张三` → `联系人张三`)."""
    if block.cells is not None:
        block.cells = tuple(block.text.split("\t"))


def _cell_edges(folded: str) -> set[int]:
    """Where the space runs of an information-table row separate a label from its value
    (`发文字号 锡署发〔2016〕152号`, `… 发布机构 高昌区政府办公室 公开日 …`): the runs before and
    after each label of the table that stands between spaces in a row opening with a label.
    They are kept, since a label glued to its value can no longer be told from a value that
    begins with a label's word."""
    first = P.LABEL_ANYWHERE.match(folded)
    if first is None:
        return set()
    edges: set[int] = set()
    for m in P.LABEL_ANYWHERE.finditer(folded):
        start, end = m.start(), m.end()
        if start and folded[start - 1] != " ":
            continue  # a label's word inside a value
        if end < len(folded) and folded[end] == " ":
            edges.add(end)
        if start:
            edges.add(len(folded[:start].rstrip(" ")))
    return edges


def layout_spaces(state: State) -> None:
    """Remove spaces a layout put between two CJK characters (letter-spacing, columns); note wide gaps."""
    for b in state.blocks:
        edge = EDGE_SPACE if b.cells is None else _ROW_EDGE_SPACE
        # a line's end characters are tested first: most lines (all a text's) have no space there
        if b.text[:1] in edge:
            lead = len(b.text) - len(b.text.lstrip(edge))
            if lead:
                _delete(b, [(0, lead)])
        if b.text[-1:] in edge:
            trail = len(b.text.rstrip(edge))
            if trail < len(b.text):
                b.set_text(b.text[:trail], b.folded[:trail])
                b.bold = [(s, min(e, trail)) for s, e in b.bold if s < trail]
                _resplit(b)
        if " " not in b.folded:
            continue
        cells = _cell_edges(b.folded)
        listed = _cc_line(b.folded)
        ranges = [
            (m.start(), m.end())
            for m in _LAYOUT_SPACE.finditer(b.text)
            if m.start() not in cells
            and not (listed and m.end() - m.start() == 1 and _between_organs(b.folded, m.start()))
        ]
        wide = [e for s, e in ranges if e - s >= 2 or "\u3000\u3000" in b.text[s:e]]
        narrow = [e for s, e in ranges if not (e - s >= 2 or "\u3000\u3000" in b.text[s:e])]
        _delete(b, ranges, wide, narrow)  # narrow spaces kept as evidence: 国务院 中央军委 on a 落款 line


def _cc_line(folded: str) -> bool:
    """A 抄送 line, its label maybe letter-spaced (抄 送：…, 抄 报：…)."""
    if folded[:1] not in P.CC_LINE_FIRST:
        return False
    if folded[1:2] == " ":
        folded = folded[0] + folded[1:].lstrip(" ")
    return P.CC_LINE.match(folded) is not None


def _between_organs(folded: str, at: int) -> bool:
    """A single space that parts two complete organs' names in a 抄送 list (抄送：县政府办 县政协提案委)
    separates them as a 、 would; it is no layout space, and removing it would glue two organs into
    one. Inside one name (县 政 府, 某市 教育局) the pieces are no organs. Only the 抄送 line asks: a
    joint title's organs (某市人民政府 某市中级人民法院关于…) are one issuer by the probes' reading."""
    if folded[at - 1 : at] not in _ORGAN_LAST or folded[at - 2 : at - 1] == " ":
        return False  # most spaces: letter-spacing (县 政 府) or a piece that ends in no organ's ending
    left = _HAN_BEFORE.search(folded, max(0, at - _NAME_REACH), at)
    if left is None or not complete_organ(left.group()):
        return False
    right = _HAN_AFTER.match(folded, at + 1, at + 1 + _NAME_REACH)
    if right is None:
        return False
    return complete_organ(right.group())


def lone_cells(state: State) -> None:
    """A `|` row of a web copy's layout table with one cell of text (`| 某局关于…的答复 | ||||`):
    the row's edges go and the cell's text stays, a line like any other (a headline, a 落款).
    Rows of two or more cells are a table (an information table's label and value) and stay."""
    if state.format not in _TEXT_FORMATS:
        return
    for b in state.blocks:
        if "|" not in b.folded or b.cells is not None:
            continue
        cells = [m for m in _CELL.finditer(b.folded)]
        if len(cells) != 1:
            continue
        lo, hi = cells[0].span()
        _delete(b, [r for r in ((0, lo), (hi, len(b.text))) if r[1] > r[0]])


def _flattened_breaks(folded: str) -> list[tuple[int, int]]:
    """The space runs that stand for paragraph breaks in a line a web copy flattened: after a
    sentence's end (`。 二、…`), after a lead-in ending 如下, and after an addressee opening the
    line (`王某等代表: 您提出的…`). At least two are needed, and one of them must be a break only a
    page's paragraphs make (after the addressee or a lead-in, or before a section's marker): a
    writer who types a space after every full stop leaves many of them in one paragraph. An
    addressee opening the line is cue enough alone (a 主送 run onto a one-paragraph notice); a
    label of a table (承办单位: …) or a clause (…现通知各单位:) is no addressee."""
    breaks: list[tuple[int, int]] = []
    cued = opened_by_addressee = False
    start = 0
    for m in P.FLATTENED_BREAK.finditer(folded):
        at = m.start()
        lead_in = P.LEAD_IN_END.search(folded, max(start, at - 6), at) is not None
        addressee = (
            not breaks
            and at - start <= _MAX_ADDRESSEE
            and P.ADDRESSEE_OPENING.match(folded, start, at)
            and not P.RECIPIENT_CLAUSE.search(folded, start, at)
            and not _labelled(folded[start : at + 1])
        )
        opened_by_addressee = opened_by_addressee or bool(addressee)
        if folded[at - 1] == ":" and not (lead_in or addressee):
            continue  # a label's colon (联系人: 张三), not a paragraph's end
        cued = cued or lead_in or bool(addressee) or _opens_section(folded, m.end())
        breaks.append((m.start(), m.end()))
        start = m.end()
    return breaks if cued and (len(breaks) >= _MIN_FLATTENED_BREAKS or opened_by_addressee) else []


# How far into the line the 发文机关标志 may end: room for a joint letterhead of two or three organs
# and 文件; a first space further on stands inside the title or the body, not after a letterhead.
_LETTERHEAD_REACH = 48


def _flattened_head_breaks(folded: str) -> list[tuple[int, int]]:
    """The space runs that stand for the header's line breaks in a 公文 a copy flattened from its
    letterhead on (`某局文件 某发〔2024〕5号 某局关于…的通报 各单位: 正文…`): after the
    发文机关标志 (with 文件, or an organ's name right before the 文号) and after the 文号 that open
    the line, before the 主送 and after its colon.

    The line must open with a 发文机关标志 or a 文号 (no sentence does), and the text between them
    and the 主送 must end in a document type, as a title does; else nothing here is a break. The
    title's own wrap spaces stay inside it, for the title's lines are joined anyway.
    """
    breaks: list[tuple[int, int]] = []
    pos = 0
    first = _SPACE_RUN.search(folded, 0, _LETTERHEAD_REACH)
    if (
        first is not None
        and (
            P.ISSUER_MARK.match(folded[: first.start()])
            # a 发文机关标志 without 文件: an organ's name, then the 文号
            or (is_organ_name(folded[: first.start()]) and P.DOC_NO.match(folded, first.end()))
        )
    ):
        breaks.append(first.span())
        pos = first.end()
    titled = not breaks and _opens_with_title(folded)
    if titled:
        gap = _SPACE_RUN.search(folded)
        assert gap is not None  # _opens_with_title found it
        breaks.append(gap.span())
        pos = gap.end()
    number = P.DOC_NO.match(folded, pos)
    after = _SPACE_RUN.match(folded, number.end()) if number is not None else None
    if after is not None:
        breaks.append(after.span())
        pos = after.end()
    if titled:
        # the 主送 after them opens the rest; a space run after its colon is the line break under it,
        # as under a letterhead (各中小学校:  为做好…), which the paragraph breaks find only after an organ
        colon = folded.find(":", pos, pos + _MAX_FLATTENED_HEAD)
        if colon > 0 and "。" not in folded[pos:colon] and (tail := _SPACE_RUN.match(folded, colon + 1)):
            breaks.append(tail.span())
        return breaks
    if not breaks:
        return []
    colon = folded.find(":", pos, pos + _MAX_FLATTENED_HEAD)
    gaps = list(_SPACE_RUN.finditer(folded, pos, colon)) if colon > 0 else []
    if not gaps or "。" in folded[gaps[-1].end() : colon]:
        return []
    if not P.KIND_SUFFIX.search(P.TRAILING_PAREN.sub("", folded[pos : gaps[-1].start()]).rstrip()):
        return []
    breaks.append(gaps[-1].span())
    if tail := _SPACE_RUN.match(folded, colon + 1):
        breaks.append(tail.span())
    return breaks


_TITLE_REACH = 60
_TITLE_BREAKS = frozenset("。,;:!?")


def _opens_with_title(folded: str) -> bool:
    """A flattened 公文 opening with its title, no letterhead above it (`某县人民政府关于…的批复
    某政复〔2024〕41号  某镇人民政府: …`): the text before the first space run ends in a document type
    and holds no sentence mark, and the 文号 follows it, or an addressee's colon follows a 关于… title."""
    gap = _SPACE_RUN.search(folded, 0, _TITLE_REACH)
    if gap is None or gap.start() < 6:
        return False
    head = folded[: gap.start()]
    if not _TITLE_BREAKS.isdisjoint(head) or not P.KIND_SUFFIX.search(P.TRAILING_PAREN.sub("", head)):
        return False
    if P.DOC_NO.match(folded, gap.end()):
        return True
    if "关于" not in head:
        return False  # without its 文号 only a 关于… title is sure enough (根据市政府通知  各乡镇要: … is prose)
    colon = folded.find(":", gap.end(), gap.end() + _MAX_ADDRESSEE)
    return colon > 0 and _SPACE_RUN.search(folded, gap.end(), colon) is None and "。" not in folded[gap.end() : colon]


def _labelled(head: str) -> bool:
    """`head` (up to its colon) is a field's label, not an addressee: a label of an information
    table, a contact label (承办单位:, 联系单位:) or another unit's (主办单位:, 责任单位:)."""
    return is_label(head.rstrip(":")) or bool(P.CONTACT_LINE.match(head) or P.UNIT_LABEL.match(head))


def _opens_section(folded: str, at: int) -> bool:
    """Whether a section's marker (`一、`, `(二)`, `3.`, `第四条`) opens the text at `at`.

    The cues that make a line a flattened page are the ones a paragraph never holds after a stop
    and a space: a marker opening a section, a lead-in's end, an addressee opening the line. A
    closing formula (`。 感谢…`) or a 落款 after the last stop is no cue: a normal document's last
    paragraph ends so as well. A bare number before spaces (`3 月份…`) is no marker here either.
    """
    m = P.SECTION_MARKER.match(folded, at)
    if m is None:
        return False
    num = m.group("num")
    return num is None or "." in num or "、" in num


def _flattened_trailer_breaks(folded: str, start: int) -> list[tuple[int, int]]:
    """The space runs that stand for the 落款's line breaks in a line already known to be a
    flattened 公文 (`…遵照执行。 特此通知。 某某局 2024年3月5日`): before and after the signing
    organ, after the date when the first page's number follows it, and before a closing formula
    (特此通知。, 感谢…) that is the last sentence before the organ. The organ and the date must
    close the line (or the first page), so a sentence naming an organ and a date stays whole."""
    m = P.FLATTENED_TRAILER.search(folded, start)
    if m is None or not is_organ_name(m.group("organ")):
        return []
    breaks = [m.span("gap"), m.span("gap2")]
    if m.group("gap3") is not None:
        breaks.append(m.span("gap3"))
    stop = max(folded.rfind(c, start, m.start() - 1) for c in "。!?")
    if stop >= start:
        gap = _GAP.match(folded, stop + 1)
        if gap is not None:
            sentence = folded[gap.end() : m.start()]
            if P.CLOSING_STRONG.match(sentence) or P.CLOSING_WEAK.match(sentence):
                breaks.append(gap.span())
    return breaks


def flattened_paragraphs(state: State) -> None:
    """A page whose paragraphs a web copy ran together on one line, separated by spaces
    (`…收悉,现答复如下。 一、… 二、… 感谢…支持。`): each paragraph is a block again, so the
    主送, the sections and the closing are found as on any page. Text and web input only;
    a paged or office format marks its own paragraph ends."""
    if state.format not in _TEXT_FORMATS and state.format != "html":
        return
    out: list[Block] = []
    for b in state.blocks:
        breaks = []
        if len(b.folded) > _MIN_FLATTENED_LINE and " " in b.folded:  # every break here is a run of spaces
            breaks = _flattened_head_breaks(b.folded)
            rest = breaks[-1][1] if breaks else 0
            breaks += [(s + rest, e + rest) for s, e in _flattened_breaks(b.folded[rest:])]
            if breaks:
                breaks = sorted({*breaks, *_flattened_trailer_breaks(b.folded, rest)})
        if not breaks and b.folded.endswith("-") and (tail := P.PAGE_NUMBER_TAIL.search(b.folded)):
            breaks = [tail.span()]  # …2024年5月6日    -3-: the page number a line of its own (then furniture)
        if not breaks:
            out.append(b)
            continue
        bounds = [0, *(x for pair in breaks for x in pair), len(b.text)]
        out += [b.piece(bounds[k], bounds[k + 1], first=k == 0) for k in range(0, len(bounds), 2)]
    state.blocks[:] = out


def pinyin(state: State) -> None:
    """Remove pinyin that websites' reading aids inject after characters: 鎮(zhèn)康 → 鎮康."""
    for b in state.blocks:
        if "(" in b.text or "?" in b.text:
            _delete(b, [(m.start(), m.end()) for m in P.PINYIN_ANNOTATION.finditer(b.text)])


def _furniture(f: str) -> bool:
    return bool(f) and len(f) <= 16 and f[0] in _FURNITURE_START and P.PAGE_FURNITURE.match(f) is not None


def page_furniture(b: Block) -> bool:
    """A page number or page count line (`— 3 —`, `第2页 共5页`): where it stands, a page ended."""
    return _furniture(b.folded) or bool(b.hints.markup and _furniture(fold(b.hints.markup) + b.folded))


def page_headers(state: State) -> None:
    """Of the lines a format set apart as page headers, only a 发文字号 or 发文机关标志 the body lacks stays.

    Word puts a 红头's organ or number in a page header as often as a running head or page
    number; the reader hints every such line (`hints.part`), and the rest are furniture.
    Runs first, on the text as read, so the comparison with the body is the reader's own.
    """
    header = [b for b in state.blocks if b.hints.part == "page-header"]
    if not header:
        return
    in_body = "\n".join(b.folded for b in state.blocks if b.hints.part != "page-header")
    # a 发文机关标志 set in display type in a header: then a `…文件` line in body type is a running head
    display_mark = any(b.hints.display_type and (P.ISSUER_MARK.match(b.folded) or is_organ_line(b)) for b in header)
    for b in header:
        f = b.folded
        mark = P.ISSUER_MARK.match(f) and (b.hints.display_type or not display_mark)
        if (P.DOC_NO.search(f) or mark) and f not in in_body:
            continue
        if (
            b.hints.display_type
            and is_organ_line(b)
            and not any(k.hints.display_type and k.folded == f for k in state.blocks if k is not b)
        ):
            continue  # the 红头 of a template that sets it in the first page's header, without 文件
        b.zone = Zone.CHROME


def _label_table_row(f: str) -> bool:
    """A `|` row of an information table opening with a label of the table (`文号 | 某发〔2025〕10号 |
    浏览量 | 8 |`): its counter cell does not make the 文号 beside it chrome."""
    first = f.strip(" |").split("|", 1)[0]
    return f.count("|") >= 2 and is_label(first)


def furniture_and_chrome(state: State) -> None:
    """Page numbers, running heads and website chrome (navigation, 字号, 打印, footers) leave the text."""
    at_start, anywhere = _chrome_start().match, P.CHROME_ANYWHERE.search  # looked up once, not per line
    for b in state.blocks:
        f = b.folded
        if (
            not f.strip()
            or page_furniture(b)  # also "- 3 -" read as a Markdown list item
            or (len(f) <= 100 and (at_start(f) or anywhere(f)) and not _label_table_row(f))
            or (b.hints.page_edge and b.hints.repeats >= 2)  # a running head or footer of a paged format
        ):
            b.zone = Zone.CHROME
    _bare_page_numbers(state.blocks)
    _dated_rows_inside_a_table(state.blocks)


_MAX_BARE_PAGE = 3


def _bare_page_numbers(blocks: list[Block]) -> None:
    """A page number a text export left as a bare figure on a line of its own (`3`) after a line of
    running text and before more text, a heading or the 落款's organ, or after a heading and before
    text (一是…； ⏎ 3 ⏎ 二是…。): where it stands a page ended, as for `- 3 -`. A figure beside a line of
    no sentence or a label (区人大四次会议 ⏎ 30 ⏎ 建议人：) is data and stays."""
    for i in range(1, len(blocks) - 1):
        f = blocks[i].folded
        if len(f) > _MAX_BARE_PAGE + 2 or not f.strip().isdigit():
            continue  # the guard: nearly every line leaves here
        b, above, below = blocks[i], blocks[i - 1], blocks[i + 1]
        digits = f.strip()
        if not (digits.isascii() and len(digits) <= _MAX_BARE_PAGE and digits[0] != "0") or b.table:
            continue
        if any(n.zone is not Zone.UNSET or n.table for n in (above, below)):
            continue
        if _takes_a_figure(above.folded, below.folded):
            continue  # the text goes on with the figure (总数为： ⏎ 300, 总数为 ⏎ 300 ⏎ 个…): data
        # a page ended inside the text, before a heading or the 落款, or after a heading; a figure
        # between two headings (一、站点数量 ⏎ 12 ⏎ 二、…) is the first one's value
        after_text = _running_text(above) and (
            _running_text(below) or section_marker(below) is not None or is_organ_line(below)
        )
        if not (after_text or (section_marker(above) is not None and _running_text(below))):
            continue
        b.zone = Zone.CHROME
        below.page_before = True


def _takes_a_figure(above: str, below: str) -> bool:
    """The text goes on with a figure standing between `above` and `below`: the line above ends on
    a word a count follows (总数为, 共有, 增加), and then a colon or a unit under the figure (个，…).
    A page break falls anywhere, so a colon (…提出如下要求： ⏎ 3 ⏎ 一是…) or a unit opening a
    word (…切实保障 ⏎ 3 ⏎ 人民群众…) alone says nothing."""
    end = above.rstrip()
    colon = end.endswith(":")
    if not colon and below.lstrip()[:1] not in P.FIGURE_UNIT_FIRST:
        return False
    return end.rstrip(":")[-1:] in P.FIGURE_TAKER_LAST


def _running_text(b: Block) -> bool:
    """A line of running text: a sentence mark or comma in it, and no label before a colon."""
    f = b.folded
    return ("。" in f or "," in f or ";" in f) and not P.KEY_VALUE.match(f)


def _dated_rows_inside_a_table(blocks: list[Block]) -> None:
    """A dated publishing line (`发布时间：2024-07-02`) between two rows of an information table is a
    row of that table (its metadata), not the page's byline: it goes back into the text."""
    for i in range(1, len(blocks) - 1):
        b = blocks[i]
        if (
            b.zone is _CHROME
            and b.folded[:1] in "发更时日"
            and P.DATED_TABLE_ROW.match(b.folded.strip())
            and _table_row(blocks[i - 1])
            and _table_row(blocks[i + 1])
        ):
            b.zone = Zone.UNSET


def _table_row(b: Block) -> bool:
    """A 键：值 line under a label of the information table, not itself chrome."""
    f = b.folded
    return b.zone is not _CHROME and ":" in f and is_label(f.split(":", 1)[0])


@functools.cache
def _chrome_start() -> StartGuard:
    """`patterns.CHROME_AT_START` (compiled without flags), each alternative tried only on a line
    that opens with a character it can start with: a body line opens with none of most of them."""
    return StartGuard(P.CHROME_AT_START.pattern)


def _web_derived(state: State) -> bool:
    """A web page, or text saved from one (it still carries the site's chrome lines)."""
    if state.format == "html":
        return True
    if state.format not in _TEXT_FORMATS:
        return False
    return any(b.zone is _CHROME and P.CHROME_LINE.search(b.folded) for b in state.blocks)


def _excerpt(text: str) -> str:
    return text if len(text) <= _EXCERPT else text[: _EXCERPT - 1] + "…"


def _sentence(b: Block) -> bool:
    """A line of running text: the header (where a page repeats its headline) has ended."""
    return "。" in b.folded or len(b.text) >= 60


def repeats(state: State) -> None:
    """Drop what a web page repeats by its making, with a `repeat-dropped` warning for each.

    Two artefacts of web pages, and only in web-derived text (HTML, or text that still carries
    a site's chrome): the headline shown again right above the document's own title (a line
    equal to the next one, before the first sentence), and a body reposted whole (a run of at
    least three lines repeating, at once, the run just before it). Table rows are never
    dropped, and nothing else is: a line a document itself repeats stays.
    """
    if not _web_derived(state):
        return
    live = [b for b in state.blocks if b.zone is not _CHROME]
    header = next((i for i, b in enumerate(live) if _sentence(b)), len(live))
    for i in range(1, header):
        b, before = live[i], live[i - 1]
        if b.text == before.text and len(b.text) >= 4 and not b.table and not before.table:
            b.zone = Zone.CHROME
            state.warn(
                "repeat-dropped",
                f"删除了重复的标题行「{_excerpt(b.text)}」(dropped a headline repeated above the title)",
                before,
                len(before.text),
            )
    live = [b for b in live if b.zone is not _CHROME]
    _reposts(state, live)


def _reposts(state: State, live: list[Block]) -> None:
    """Find each run that repeats, line for line, the run just before it (A B C A B C).

    The first copy must start at the last earlier line equal to the run's first line; the
    comparisons made in all are capped at a few times the number of lines, so the rule stays
    linear whatever the input.
    """
    last: dict[str, int] = {}
    budget = 4 * len(live) + 64
    i = 0
    while i < len(live):
        b = live[i]
        j = last.get(b.text)
        last[b.text] = i
        run = i - j if j is not None else 0
        if j is not None and run >= _MIN_REPOST and len(b.text) >= 4 and budget > 0 and i + run <= len(live):
            same = 0
            while same < run and _same_line(live[j + same], live[i + same]):
                same += 1
            budget -= same + 1
            if same == run:
                for k in range(i, i + run):
                    live[k].zone = Zone.CHROME
                    last[live[k].text] = k
                state.warn(
                    "repeat-dropped",
                    f"删除了重复转载的正文：{run} 行，自「{_excerpt(b.text)}」起 "
                    f"(dropped a body reposted whole: {run} lines from the one quoted)",
                    live[i - 1],
                    len(live[i - 1].text),
                )
                i += run
                continue
        i += 1


def _same_line(a: Block, b: Block) -> bool:
    return a.text == b.text and not a.table and not b.table
