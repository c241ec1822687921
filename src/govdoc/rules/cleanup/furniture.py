"""Lines that are no part of the document's text: page numbers and page headers, running heads and
footers of a paged format, website chrome (navigation, 字号, 打印, footers)."""

from __future__ import annotations

import functools

import regex

from govdoc import patterns as P
from govdoc.charclass import HAN
from govdoc.fields.kind import kind_suffix, title_core
from govdoc.fields.metadata import is_label
from govdoc.first_chars import StartGuard
from govdoc.fold import fold
from govdoc.rules.cleanup.assistant import HEAD_REACH, assistant_framing, assistant_opening, framing_message
from govdoc.rules.cleanup.base import TEXT_FORMATS, delete_ranges, excerpt, lines_matching
from govdoc.rules.lines import (
    CLAUSE_MARKS,
    attachment_match,
    is_contact_line,
    is_date_line,
    is_imprint_line,
    is_key_value,
    is_organ_line,
    is_organ_name,
    is_title_like,
    marker_at,
    marker_ordinal,
    section_marker,
)
from govdoc.rules.lines.guards import Holding
from govdoc.state import Block, State, Zone

_UNSET = Zone.UNSET
_CHROME = Zone.CHROME  # a module name: a `Zone.X` look-up is dear once per block (rules/head/zones.py)
_FURNITURE_START = frozenset("-=·•・‧･∙⋅~第共一0123456789Pphw([【")  # (the brackets: a bracketed page, conv29)
_BAND_START = frozenset("12hw")  # PRINTED_PAGE_BAND's: a year, an address
_COUNT_START = frozenset("第0123456789")  # PRINTED_BAND_COUNT_FIRST's: a page count


def _print_band(f: str, band: regex.Pattern[str] | None = None) -> bool:
    """A browser's print band: `2024/7/15 10:42` alone or with the page's <title> beside it, or the
    page's address with the page count (`https://…  1/2`) (`band` None: PRINTED_PAGE_BAND). The title is
    a title: no clause in it, and it ends on a document's type or a site's name or parts the two
    (…的答复_某县人民政府); a line of a schedule or a record that opens with a date and a time
    (2024/3/5 14:30 召开座谈会，…) stays text. With `band` PRINTED_BAND_TIME_LAST (the title first, the
    time last: `…的答复_某县人民政府  2024/7/15 10:42`) the title must name its site (diffread-B B1: an
    agenda's row ending on a document's type and a time is no band)."""
    m = (band or P.PRINTED_PAGE_BAND).match(f)
    if m is None:
        return False
    tail = (m.group("tail") or "").strip()
    if not tail:
        return True
    if not CLAUSE_MARKS.isdisjoint(tail):
        return False
    if band is P.PRINTED_BAND_TIME_LAST:
        return _names_its_site(tail)
    return (
        P.PAGE_TITLE_SEPARATOR.search(tail) is not None
        or tail.endswith(P.SITE_NAME_END)
        or kind_suffix(tail) is not None
    )


def _names_its_site(tail: str) -> bool:
    """A <title> set before the print time names its site: after its last separator an organ or a site's
    name (…的通知_某县人民政府), or it is a site's name. A schedule's or an agenda's row with its time at the
    end (审议建议办理工作方案    2024/3/5 10:30, 开幕式 - 领导致辞    2024/3/5 9:00) names none, and stays
    text wherever it stands (diffread-B B1: a document's type or a bare separator was taken as the sign)."""
    parts = P.PAGE_TITLE_SEPARATOR.split(tail)
    site = parts[-1].strip()
    return site.endswith(P.SITE_NAME_END) or (len(parts) > 1 and is_organ_name(site))


def _furniture(f: str) -> bool:
    """A folded line that is page furniture: a browser's print band in any of its three orders (time
    first, time last, page count first), or a short page number or page count line (`— 3 —`)."""
    if len(f) > 16:
        if f[:1] in _BAND_START and _print_band(f):
            return True  # a browser's print band: 2024/7/15 10:42  <title>, https://…  1/2
        if f[-3:-2] == ":" and _print_band(f, P.PRINTED_BAND_TIME_LAST):
            return True  # … the other way round: <title>  2024/7/15 10:42
        if f[:1] in _COUNT_START and ("页" in f[1:8] or "/" in f[1:5]) and P.PRINTED_BAND_COUNT_FIRST.match(f):
            return True  # … and 第1页 共2页  https://…
    return bool(f) and len(f) <= 16 and f[0] in _FURNITURE_START and P.PAGE_FURNITURE.match(f) is not None


def page_furniture(b: Block) -> bool:
    """A page number or page count line (`— 3 —`, `第2页 共5页`) or a browser's print band (its time,
    the page's title and address, its page count): where it stands, a page ended."""
    return _furniture(b.folded) or bool(b.hints.markup and _furniture(fold(b.hints.markup) + b.folded))


def page_headers(state: State) -> None:
    """Of the lines a format set apart as page headers, only a 发文字号 or 发文机关标志 (or a 份号, 密级 or
    紧急程度 above it) the body lacks stays;
    of its footers' lines, only a 版记's (抄送, …印发), which a template may pin to the last page's foot.

    Word puts a 红头's organ or number in a page header as often as a running head or page
    number; the reader hints every such line (`hints.part`), and the rest are furniture.
    Runs first, on the text as read, so the comparison with the body is the reader's own.
    """
    header: list[Block] = []
    cut: dict[int, list[Block]] = {}
    for b in state.blocks:  # a footer's lines are page numbers and the like, but for a 版记 pinned there
        part = b.hints.part
        if part == "page-footer" and not is_imprint_line(b):
            b.zone = Zone.CHROME
        elif part == "page-header":
            pieces = _tab_pieces(b)
            if pieces is not None:
                cut[id(b)] = pieces
            header.extend(k for k in pieces or (b,) if k.zone is not Zone.CHROME)
    if cut:
        state.blocks[:] = [piece for b in state.blocks for piece in cut.get(id(b), (b,))]
    if not header:
        return
    in_body = "\n".join(b.folded for b in state.blocks if b.hints.part != "page-header")
    # a 发文机关标志 set in display type in a header: then a `…文件` line in body type is a running head
    display_mark = any(b.hints.display_type and (P.ISSUER_MARK.match(b.folded) or is_organ_line(b)) for b in header)
    for b in header:
        f = b.folded
        mark = P.ISSUER_MARK.match(f) and (b.hints.display_type or not display_mark)
        number = P.DOC_NO.search(f)
        if number is not None and number.group() in in_body:
            pass  # the body's own 文号 again (县财发〔2024〕35号附件 over an annex's pages): a running head
        elif (number or mark or _head_mark(f)) and f not in in_body:
            continue
        if (
            b.hints.display_type
            and is_organ_line(b)
            and not any(k.hints.display_type and k.folded == f for k in state.blocks if k is not b)
        ):
            continue  # the 红头 of a template that sets it in the first page's header, without 文件
        b.zone = Zone.CHROME


def _tab_pieces(b: Block) -> list[Block] | None:
    """A header line cut at its tabs where a piece is a page number (`市民宗函〔2024〕6号` then `第 1 页`
    at the right margin, parted by a tab or Word's positional tab): each piece a line of its own, the
    page number's furniture, the rest judged as any header line; None where the line holds no such
    piece beside others."""
    if "\t" not in b.text or b.cells is not None:
        return None
    spans: list[tuple[int, int]] = []
    at = 0
    for part in b.folded.split("\t"):
        lo = at + len(part) - len(part.lstrip())
        hi = at + len(part.rstrip())
        if hi > lo:
            spans.append((lo, hi))
        at += len(part) + 1
    furniture = [_furniture(b.folded[lo:hi]) for lo, hi in spans]
    if not any(furniture) or all(furniture):
        return None
    pieces = [b.piece(lo, hi, first=k == 0) for k, (lo, hi) in enumerate(spans)]
    for piece, page_number in zip(pieces, furniture, strict=True):
        if page_number:
            piece.zone = Zone.CHROME
    return pieces


def _head_mark(f: str) -> bool:
    """A 版头's own mark a template may set in the first page's header: the 份号, the 密级 or the 紧急程度
    on a line of its own (asked of header lines only, a few a document)."""
    f = f.strip()
    return bool(P.COPY_NUMBER.match(f) or P.SECURITY.match(f) or P.URGENCY.match(f))


def _label_table_row(f: str) -> bool:
    """A `|` row of an information table opening with a label of the table (`文号 | 某发〔2025〕10号 |
    浏览量 | 8 |`): its counter cell does not make the 文号 beside it chrome."""
    first = f.strip(" |").split("|", 1)[0]
    return f.count("|") >= 2 and is_label(first)


def furniture_and_chrome(state: State) -> None:
    """Page numbers, running heads and website chrome (navigation, 字号, 打印, footers) leave the text.

    One walk over the lines: CHROME_ANYWHERE is searched once in the document's short lines joined
    (a search per line cost more in calls than in scanning), and the walk notes the lines the two
    later passes look at (a bare figure, a dated chrome line), so they need no walk of their own.
    """
    blocks = state.blocks
    at_start = _chrome_start().match  # looked up once, not per line
    short = [b.folded if len(b.folded) <= _MAX_CHROME_LINE else "" for b in blocks]
    anywhere = lines_matching(short, _chrome_anywhere())
    figures: list[int] = []  # bare figures, maybe page numbers (chrome or not: see `_bare_page_numbers`)
    prompts: list[int] = []  # a mobile page's prompts to open its app (`_app_prompts`)
    dated: list[int] = []  # chrome lines that may be dated rows of an information table
    years: list[int] = []  # chrome lines that may be a year alone, a 落款 date's head the width cut off
    labels: list[int] = []  # chrome lines that may be a link list's label
    pages: list[int] = []  # page numbers: a periodical's band may stand beside them
    edge_guard = _edge_start()
    at_edge = edge_guard.match
    # EDGE_CHROME's rows open with a few words' first characters: the rest are refused without the call
    edge_firsts = edge_guard.firsts if edge_guard.only_firsts else None
    edge: list[int] = []  # lines of EDGE_CHROME's rows: chrome only where chrome stands
    long_firsts, long_chrome = P.LONG_CHROME_FIRST, P.LONG_CHROME.match  # (a search engine's head: long)
    columns: list[int] = []  # a results list page's column name, maybe (`_list_columns`)
    listed: list[int] = []  # titles with their dates, maybe a results list page's (`_listed_titles`)
    comments: list[int] = []  # a readers' comment section's label, maybe (`_comment_sections`)
    marks: list[int] = []  # watermark lines, maybe (`_watermarks`): a PDF's or a text's, never an office file's
    paged = state.format in _WATERMARKED
    stamps: list[int] = []  # bare timestamps, chrome above the running text (`_above_text`)
    bands: list[int] = []  # a gazette's band with its issue, chrome above the running text (`_above_text`)
    shares: list[int] = []  # a share bar's label (分享到：), maybe over its icons' captions (`_share_captions`)
    status: list[int] = []  # the rows of a screenshot's status and address bars opening the text (`_above_text`)
    excerpts: list[int] = []  # an ebook reader's note's first row, maybe over its book's title (`_excerpt_notes`)
    prints: list[int] = []  # a print's stamp of its time, maybe (`_print_stamps`): chrome in the page's band only
    first_text = -1  # the first line that is no chrome and holds a 。, ， or ； (-1: none yet)
    opened = -1  # the line a chat assistant's opening or a role label stands on (rules.cleanup.assistant)
    asked_first, asked_last = _asked_ends()
    quiet = edge_firsts is not None  # (EDGE_CHROME's rows all told by their first characters: see below)
    for i, b in enumerate(blocks):
        f = b.folded
        hints = b.hints
        first = f[:1]
        if (
            quiet
            and first
            and first not in asked_first
            and f[-1:] not in asked_last
            and not first.isspace()
            and not first.isdigit()
            and not hints.markup
            and hints.page_edge is None
            and f[-3:-2] != ":"
            and not (i < _BAND_REACH and "期" in f and "报" in f)
            and not (short[i] and (i in anywhere or at_start(f)))
        ):
            # a line whose two ends open and close none of the rows below, on none of their lines: every
            # test but the running text's says no, and only that one is asked (`_asked_ends`)
            if first_text < 0 and _running_line(b):
                first_text = i
            continue
        if i < HEAD_REACH and assistant_opening(i, f):
            opened = i
        if paged and f.endswith(P.WATERMARK_ENDS) and len(f) <= _MAX_WATERMARK and P.WATERMARK_LINE.match(f.strip()):
            marks.append(i)
        if f[:1] in _COMMENT_LABEL_START and len(f) <= _MAX_COMMENT_LABEL and P.COMMENT_SECTION_LABEL.match(f.strip()):
            comments.append(i)
        # (a print band may end on its print time instead: <title>  2024/8/3 14:05)
        if (f[:1] in _FURNITURE_START or hints.markup or f[-3:-2] == ":") and page_furniture(b):
            b.zone = _CHROME  # also "- 3 -" read as a Markdown list item; asked only where it can say yes
            pages.append(i)
        elif (
            not f
            or f.isspace()  # (not `strip()`, which copies every long line to find it is no blank)
            or ((i in anywhere or (short[i] and at_start(f))) and not _label_table_row(f) and not _a_sentence(f))
            or (not short[i] and f[:1] in long_firsts and long_chrome(f) is not None)
            or (hints.page_edge and hints.repeats >= 2)  # a running head or footer of a paged format
        ):
            b.zone = _CHROME
        elif short[i] and (edge_firsts is None or f[:1] in edge_firsts) and at_edge(f):
            edge.append(i)
        elif f.endswith("公开") and P.LIST_COLUMN_NAME.match(f.strip()):
            columns.append(i)
        elif f[-1:] in _LISTED_END and (g := f.strip()).endswith("12345") and P.HOTLINE_FOOTER.match(g):
            edge.append(i)  # a footer's, where chrome stands; a notice's own line inside its text
        elif f[-1:] in _LISTED_END and _LISTED_TITLE_DATED.match(f.strip()):
            listed.append(i)
        elif i < _STAMP_REACH and f[:1] in _YEAR_FIRST and ":" in f and P.BARE_TIMESTAMP.match(f.strip()):
            stamps.append(i)
        elif i < _STAMP_REACH and f[:1] in _YEAR_FIRST and len(f) <= _BARE_YEAR and P.BARE_YEAR.match(f.strip()):
            stamps.append(i)  # a site's date widget (2024年): chrome above the running text only
        elif i < _BAND_REACH and "期" in f and "报" in f and P.PERIODICAL_BAND.match(f.strip()):
            bands.append(i)
        elif (
            i == len(status)
            and f[:1] in P.STATUS_BAR_FIRST
            and len(f) <= _STATUS_LINE
            and P.STATUS_BAR_LINE.match(f.strip())
        ):
            status.append(i)  # a screenshot's status bar, maybe: its rows from the text's first line on
        if (
            b.zone is _UNSET
            and (f[:2] == "打印" or f[:1] in _YEAR_FIRST)
            and ":" in f
            and P.PRINT_STAMP.match(f.strip())
        ):
            prints.append(i)
        if first_text < 0 and _running_line(b):
            first_text = i  # where the running text begins: what stands above it is the page's top
        if b.zone is _CHROME:
            first = f[:1]
            if first in _DATED_ROW_FIRST:
                dated.append(i)
            elif first in _YEAR_FIRST:
                years.append(i)
            if first in _LABEL_START:
                labels.append(i)
            if first == "分" and f.startswith("分享"):
                shares.append(i)
            elif first == "摘" and f.startswith(P.EXCERPT_NOTE_OPEN):
                excerpts.append(i)
        if len(f) <= _MAX_BARE_PAGE + 2 and f.strip().isdigit():
            figures.append(i)
        elif b.zone is not _CHROME:
            if f[:1] in P.SHAPE_BULLETS:
                _shape_bullet(b)
            elif f[:1] == "【":
                _bracketed_heading(b)
                _bracketed_title(b)
            elif f[:1] in P.APP_PROMPT_FIRST and short[i] and P.APP_PROMPT.match(f.strip()):
                prompts.append(i)
    if opened >= 0 and (left := assistant_framing(blocks, opened)):
        state.warn("text-repaired", framing_message(left))  # words left out are said (schema 1.11)
    _bare_page_numbers(blocks, figures)
    if prompts:
        _app_prompts(blocks, prompts, pages)
    if pages:
        _periodical_bands(blocks, pages)
    if shares:
        _share_captions(blocks, shares)
    if excerpts:
        _excerpt_notes(blocks, excerpts)
    if prints:
        _print_stamps(blocks, prints, edge)
    if edge:
        _edge_chrome(blocks, edge, pages, labels)
        _weibo_accounts(blocks, edge)
        _followed_accounts(blocks, edge)
        _counts_between_chrome(blocks, figures)
    if status == [0] and _reader_view_host(blocks):
        stamps += status  # a reader view's head: the site's host over the headline over the reading time (conv25)
    if len(status) >= _STATUS_ROWS and not all(":" in blocks[k].folded for k in status):
        # two rows of a phone's bars at least, not all of them clocks (a clock alone may open an agenda, conv18;
        # a timetable's hours one a line are no phone's)
        stamps += status
        _later_screenshots(blocks, len(status))
    if stamps or bands:
        _above_text(blocks, stamps, bands, len(blocks) if first_text < 0 else first_text)
    _dated_rows_inside_a_table(blocks, dated)
    _note_properties(blocks, dated)
    if years:
        _years_over_their_day(blocks, years)
    # where the running text begins, asked by the listed titles, the link lists, the comment sections
    # and the watermarks and found once, when first asked (`_text_begins`): the lines the passes before
    # the last make chrome (list columns, page labels' values) hold no 。, and a comment section is
    # taken under the text's first sentence only, so it stays where it is
    begun: list[int] = []
    if listed:
        _listed_titles(blocks, listed, begun)
    _list_columns(blocks, columns)
    if labels:
        _link_lists(blocks, labels, begun)
        _page_label_values(blocks, labels)
    if comments:
        _comment_sections(state, comments, begun)
    if state.comments:
        _reader_comments(state)
    if marks:
        _watermarks(blocks, marks, begun)


_SHORT_SENTENCE = 8
_SENTENCE_LINE = 20  # a label's value's: 浏览次数：今年…累计浏览次数达二千三百万次。
_LABEL_REACH = 7  # the characters a page's label (信息来源：, 上一篇：) stands in before its colon


_LISTED_END = frozenset("0123456789])】")  # how a listed title's date and a hotline's number end
_LISTED_TITLE_DATED = Holding(P.LISTED_TITLE_DATED)  # (its 关于: rules/lines/guards.py)


@functools.cache
def _asked_ends() -> tuple[frozenset[str], frozenset[str]]:
    """The first and the last characters (a line's own, folded) that `furniture_and_chrome`'s walk asks a
    row of chrome about: a line opening with none of the first and ending on none of the last (most lines
    of running text) can be none of those rows, so the walk asks it only what stays to ask (a line's
    bare figure, its markup or clock time, a row CHROME_ANYWHERE or CHROME_AT_START find, a gazette's band
    near the top, where the running text begins). Each set is the union of the walk's own gates: a test
    added to the walk behind a gate of its first or last character puts the gate's set here."""
    firsts = (
        _FURNITURE_START
        | _COMMENT_LABEL_START
        | P.LONG_CHROME_FIRST
        | _edge_start().firsts
        | _YEAR_FIRST
        | P.SHAPE_BULLETS
        | P.APP_PROMPT_FIRST
        | _DATED_ROW_FIRST
        | _LABEL_START
        | frozenset("【打分")  # a bracketed heading, a print stamp's label, a share bar's label
        | P.STATUS_BAR_FIRST  # a screenshot's status bar and address bar (a clock, a network, a host name)
    )
    # a listed title's date and a hotline's number, a column's 公开, a watermark's last word, an assistant's colon
    lasts = _LISTED_END | frozenset("开:：") | frozenset(w[-1] for w in P.WATERMARK_ENDS)
    return firsts, lasts


def _text_begins(blocks: list[Block], begun: list[int]) -> int:
    """Where the running text begins: its first live line holding a sentence's end (`_sentence`: a 。, or
    a half-width copy's `.` after a Han character; the end: none does); kept in `begun` once found (a walk
    over the whole of a text without one)."""
    if not begun:
        live = (k for k, b in enumerate(blocks) if b.zone is not _CHROME and _sentence(b.folded))
        begun.append(next(live, len(blocks)))
    return begun[0]


def _sentence(folded: str) -> bool:
    """The line holds a sentence's end: a 。, or (a web copy that turned every 。 half-width, noise20) a `.`
    ending the line after a Han character (…八百户.), which no figure (12.5) or marker (1.) is."""
    if "。" in folded:
        return True
    end = folded.rstrip()
    if end[-1:] != "." or HAN.match(end[-2:-1]) is None:
        return False
    m = marker_at(end.lstrip())  # a lone marker (一.) is no sentence, though 一 is a Han character
    return m is None or m.end() < len(end.lstrip())


def _listed_titles(blocks: list[Block], listed: list[int], begun_at: list[int]) -> None:
    """A results list page's listed titles (关于…的答复　2024-07-02): two or more in a run (chrome lines
    between them aside), above the text's first sentence, where a page lists other answers over the
    one it shows. One such line alone is a headline with its date (the title), and such lines under
    the text's first sentence are a list the body gives (相关文件如下：…): they stay (review16 R10)."""
    begun = _text_begins(blocks, begun_at)
    run: list[int] = []
    for i in [*listed, len(blocks)]:  # (a sentinel closes the last run)
        if run and (i >= begun or any(blocks[k].zone is not _CHROME for k in range(run[-1] + 1, i))):
            if len(run) >= _MIN_LISTED:
                for k in run:
                    blocks[k].zone = _CHROME
            run = []
        if i < begun:
            run.append(i)


_MIN_LISTED = 2


_TABLE_ROWS_REACH = 16  # the blocks an information table's rows fill between a column's name and the title


def _list_columns(blocks: list[Block], columns: list[int]) -> None:
    """A results list page's column name (建议提案办理结果公开) right above the first of its listed titles
    with their dates (chrome): the page's, as its list is. Alone it is the headline of a page that
    publishes one answer, the document's title where it has none of its own (the contract's rule); where
    the answer's own title follows it, past the page's information rows only, the column's name is the
    page's again, and so is the site's organ alone on the line over it, the page's masthead (泓川市人大常委会
    ⏎ 代表建议办理结果公开 ⏎ 建议编号：… ⏎ 关于…的答复: holdout27 B6B)."""
    for i in columns:
        below = blocks[i + 1] if i + 1 < len(blocks) else None
        if below is not None and below.zone is _CHROME and P.LISTED_TITLE_DATED.match(below.folded.strip()):
            blocks[i].zone = _CHROME
        elif _own_title_below(blocks, i):
            blocks[i].zone = _CHROME
            above = [j for j in range(i) if blocks[j].zone is not _CHROME]
            if len(above) == 1 and is_organ_line(blocks[above[0]]):
                blocks[above[0]].zone = _CHROME


def _own_title_below(blocks: list[Block], at: int) -> bool:
    """The first block under `at` past chrome and the 键：值 rows of an information table reads as a title: it ends
    in a document type (…的答复, …的通知) and holds no full stop."""
    for b in blocks[at + 1 : at + 1 + _TABLE_ROWS_REACH]:
        if b.zone is _CHROME or not b.folded.strip() or is_key_value(b):
            continue
        return is_title_like(b) and kind_suffix(title_core(b.folded.strip())) is not None
    return False


def _a_sentence(f: str) -> bool:
    """The line is a sentence of the text, whatever chrome words it holds: it ends on a full stop
    and holds a clause (a comma) or a sentence's length (打印本页、关闭窗口等功能已按适老化要求重新设计，…。,
    浏览次数：今年市政府门户网站累计浏览次数达二千三百万次。). A page's tools, bylines and counters are no
    sentences; a site's registration marks (版权所有 … ICP备…。) are chrome however written."""
    end = f.rstrip()
    # a label's value (来源：某区民政局网站。, 责任编辑：王某某。, 上一篇：…。) is a sentence by its clause
    # or a sentence's full length only: the shorter length is for a sentence opening with a chrome word
    # (责任编辑制度已在…推行。, diffread-A 7)
    least = _SENTENCE_LINE if ":" in end[:_LABEL_REACH] else _SHORT_SENTENCE
    return (
        end.endswith("。")
        and ("," in end or len(end) >= least)
        and P.SITE_MARK.search(end) is None
        # a site's, a search engine's or an archive's line that is worded as a sentence
        # (扫一扫在手机打开当前页。, 上一篇：关于…的通知。, 著作权归作者所有。…): never the text's
        and P.UNSENTENCED.match(end.lstrip()) is None
    )


def _periodical_bands(blocks: list[Block], pages: list[int]) -> None:
    """A periodical's head band (某市人民政府公报, 2024年第12期) right beside a page number: the running
    head of a document copied from a 政府公报, furniture as the number is. Alone, away from a page
    number, such a line may be a 简报's own masthead, and stays (but see `_above_text`)."""
    for at in pages:
        for k in (at - 1, at + 1):
            if 0 <= k < len(blocks) and blocks[k].zone is _UNSET and P.PERIODICAL_BAND.match(blocks[k].folded.strip()):
                blocks[k].zone = _CHROME


_SENTENCE_MARKS = frozenset("。,;")  # (folded: ， ； are half-width there)
_BAND_REACH = 8  # the lines above a copy's first sentence where a gazette's band may stand
_STAMP_REACH = 24  # the lines at the top where a scraper's publish time may stand (a page's menus above it)
_STATUS_ROWS = 2  # a screenshot's status bar (its clock, its network, a browser's address bar): rows opening the text
_STATUS_LINE = 80


def _above_text(blocks: list[Block], stamps: list[int], bands: list[int], first: int) -> None:
    """The page's lines above the running text's first line holding a 。, ， or ； (`first`):

    - a bare timestamp (`patterns.BARE_TIMESTAMP`): the page's publish time a scraper printed under
      the headline. Under the text's first sentence it dates a message board's 落款 and stays; so does
      one under a label of its own that is no chrome (发布日期： ⏎ 2023-05-15 17:28: a table's pair);
      a year alone (`patterns.BARE_YEAR`, a site's date widget) the same way (schema 1.10: under the
      text's first sentence it is a plan's year heading, a table's cell, a 落款's date written to its year);
    - a gazette's band naming the gazette and its issue (某市人民政府公报 2024年第8期): a copy from the
      gazette opens with it, the document under it an item of that issue. An issue alone (2024年第3期
      under a 简报's masthead) or the name alone (a 公报's title) stays."""
    for i in stamps:
        above = blocks[i - 1] if i else None
        if above is not None and above.zone is not _CHROME:
            g = above.folded.strip()
            if g.endswith(":") or is_label(g):  # an information table's label, one cell a line (diffread-A 10)
                continue
        if i < first and blocks[i].zone is _UNSET and (first < len(blocks) or blocks[i].folded[-1:] != "年"):
            blocks[i].zone = _CHROME  # (a year alone in a text with no sentence stands above nothing)
    for i in bands:
        if i < first and blocks[i].zone is _UNSET:
            blocks[i].zone = _CHROME


def _weibo_accounts(blocks: list[Block], edge: list[int]) -> None:
    """A 微博 post's account line (its name and verification mark, `某市住建 V`) right over its client line made
    chrome (`2024-7-8 10:15 来自 微博`): chrome with it, asked only of the line over such a line (conv22)."""
    for i in edge:
        f = blocks[i].folded
        if i > 0 and blocks[i].zone is _CHROME and "来自" in f and P.WEIBO_CLIENT_LINE.match(f.strip()):
            above = blocks[i - 1]
            if (
                above.zone is _UNSET
                and above.folded.rstrip().endswith("V")
                and P.WEIBO_ACCOUNT_LINE.match(above.folded.strip())
            ):
                above.zone = _CHROME


def _later_screenshots(blocks: list[Block], rows: int) -> None:
    """Screenshots read by OCR and pasted one under another: each later one opens with the bars the text's first
    one opened with (`rows` status rows from the text's first line, then the app's bar, made chrome), inside a
    sentence the screen cut. Each such run of status rows and the line repeating the first one's app bar is chrome,
    as the first one's are; the sentence they cut is joined as a wrapped line is (conv25: `9:42` ⏎ `.ll 5G 86` ⏎
    `<  答复详情  ··· ⊙`)."""
    bar = blocks[rows].folded.strip() if rows < len(blocks) and blocks[rows].zone is _CHROME else None
    i = rows + 1
    while i + rows <= len(blocks):
        run = blocks[i : i + rows]
        if all(
            b.zone is _UNSET and b.folded[:1] in P.STATUS_BAR_FIRST and P.STATUS_BAR_LINE.match(b.folded.strip())
            for b in run
        ) and not all(":" in b.folded for b in run):
            for b in run:
                b.zone = _CHROME
            after = i + rows
            if bar is not None and after < len(blocks) and blocks[after].folded.strip() == bar:
                blocks[after].zone = _CHROME
                after += 1
            i = after
        else:
            i += 1


def _reader_view_host(blocks: list[Block]) -> bool:
    """Whether the text's first line, a host name alone (patterns.STATUS_BAR_LINE), heads a reader view's copy: the
    view's reading time (patterns.READER_VIEW_TIME), made chrome, two lines under it, the headline between."""
    return (
        len(blocks) > 2
        and "." in blocks[0].folded
        and blocks[2].zone is _CHROME
        and P.READER_VIEW_TIME.match(blocks[2].folded.strip()) is not None
    )


def _counts_between_chrome(blocks: list[Block], figures: list[int]) -> None:
    """A bare figure between two chrome lines is theirs: a button's count (`举报` ⏎ `0` ⏎ `分享至`), a calendar's day
    in an archive's toolbar (conv25), never a page number (a page's number stands inside the text it parts)."""
    for i in figures:
        b = blocks[i]
        if (
            0 < i < len(blocks) - 1
            and b.zone is _UNSET
            and not b.table
            and blocks[i - 1].zone is _CHROME
            and blocks[i + 1].zone is _CHROME
        ):
            b.zone = _CHROME


_FOLLOW_BUTTONS = frozenset({"关注", "+关注", "+ 关注"})
_ACCOUNT_NAME = 30  # an account's name over its follow button: a short line, no sentence


def _followed_accounts(blocks: list[Block], edge: list[int]) -> None:
    """A post's account name right over its follow button made chrome (小红书's `某市交通运输局` ⏎ `关注` over the
    note's title): chrome with it, asked only of the line over such a button (conv25), which never stands
    inside a text; an organ's name so placed would otherwise read as the title's first line."""
    for i in edge:
        if i > 0 and blocks[i].zone is _CHROME and blocks[i].folded.strip() in _FOLLOW_BUTTONS:
            above = blocks[i - 1]
            g = above.folded.strip()
            if above.zone is _UNSET and 0 < len(g) <= _ACCOUNT_NAME and not any(c in g for c in "。,;:"):
                above.zone = _CHROME


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


def _line_above(blocks: list[Block], i: int, reach: int | None = None) -> Block | None:
    """The nearest line above line `i` that holds words and is no chrome, if any, within `reach` lines
    (None: any): the one walk the questions of what a line stands under ask (`_inside_a_sentence`,
    `_introduced`, `_after_a_stop`). A label's questions look a few lines up only: asked of every label,
    an unbounded walk over the boxes above it cost their square (tests/test_growth.py)."""
    stop = -1 if reach is None else max(-1, i - 1 - reach)
    for k in range(i - 1, stop, -1):
        b = blocks[k]  # (fetched once: tests/test_growth.py counts the fetches)
        if b.zone is not _CHROME and b.folded.strip():
            return b
    return None


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


_MAX_LINKS = 12
_MAX_LINK = 60
_LINK_LABEL_START = frozenset("相推延最热历上下附往精喜猜你【[")
_PAGE_LABEL_START = frozenset("文信稿来作出")
_LABEL_START = _LINK_LABEL_START | _PAGE_LABEL_START


def _app_prompts(blocks: list[Block], prompts: list[int], pages: list[int]) -> None:
    """A mobile page's prompt to open its app (`patterns.APP_PROMPT`) is chrome at the text's very edge
    (no line of words above or under it) or right beside a line of the site's chrome (返回顶部, 阅读全文),
    as the page sets it around the document; a step of a notice's own (下载APP ⏎ 打开APP查看预约结果
    under 办理步骤：) stands among the text's lines and stays, also where a page number, a running head
    or a blank line stands beside it (the furniture of a paged text, no site's: diffread-A 3). A prompt
    beside one taken is taken too (APP内打开 under 打开APP): one sweep down the prompts and one up, so
    a long run of them costs its length, not its square (diffread-A 5). `prompts`: the lines, in order;
    `pages`: the page numbers."""
    paged = set(pages)
    n = len(blocks)

    def near(i: int, step: int) -> int:
        """The nearest line above (step -1) or under (+1) line `i` that holds words; -1: none."""
        k = i + step
        while 0 <= k < n and (not blocks[k].folded or blocks[k].folded.isspace()):
            k += step
        return k if 0 <= k < n else -1

    def chrome_beside(k: int) -> bool:
        """Line `k` is the site's chrome (no page number, no paged format's edge)."""
        b = blocks[k]
        return b.zone is _CHROME and k not in paged and not b.hints.page_edge and not b.folded.strip().isdigit()

    taken: set[int] = set()
    for i in prompts:  # down: from the edge or the site's chrome, and under a prompt taken
        up, down = near(i, -1), near(i, 1)
        if up < 0 or down < 0 or up in taken or chrome_beside(up) or chrome_beside(down):
            taken.add(i)
    for i in reversed(prompts):  # up: over a prompt taken
        if i not in taken and near(i, 1) in taken:
            taken.add(i)
    for i in taken:
        blocks[i].zone = _CHROME


def _shape_bullet(b: Block) -> None:
    """A shape bullet before a section marker (◆（一）加强…, ★ 二、…: `patterns.SHAPE_BULLET`) is taken out
    of the line with the spaces after it, so the heading reads; before anything else it stays."""
    m = P.SHAPE_BULLET.match(b.folded)
    if m is not None and marker_at(b.folded, m.end()) is not None:
        delete_ranges(b, [(0, m.end())])


def _bracketed_heading(b: Block) -> None:
    """A heading a site or an editor wrapped whole in lenticular brackets (【一、关于河道清淤】, 【（二）护岸工程】):
    the brackets are decoration, as a shape bullet is, and hide the marker; taken out only where a section
    marker follows the opening one and the closing one ends the line or the heading's title (its text run
    on after it), with no other bracket on the line, so a 【一】 marker, a 【政策解读】 tag or a bracketed
    aside inside a sentence stays as written. Run-on text opens a clause of its own: a sentence that quotes
    a point in brackets goes on with a particle or a joining word (【三、健全考核机制】的建议…, 【一、…】等五个
    方面…: BRACKETED_PHRASE_GOES_ON) and keeps its brackets and its place (diffread-B B5)."""
    f = b.folded.rstrip()
    close = f.find("】")
    if close < _BRACKETED_MIN or "【" in f[1:close] or (m := marker_at(f, 1)) is None or m.end() >= close:
        return
    if P.NUMERAL_LIST.match(f, 1) or any(c in _NOT_IN_BRACKETED_TITLE for c in f[m.end() : close]):
        return  # 【一、二期】工程…: numbers listed in a bracketed phrase, no marker; a clause is no heading's
    if close == len(f) - 1:
        delete_ranges(b, [(0, 1), (close, close + 1)])
    elif "【" not in f[close:] and "】" not in f[close + 1 :] and f[close + 1] not in P.BRACKETED_PHRASE_GOES_ON:
        # the heading's text run on after the bracket (【一、总体要求】到2027年…): the closing bracket parts
        # title and text as a layout gap does, and stays in the text as that gap (sections._gap_run_in reads
        # it), so the text does not glue title and sentence (`一、总体要求到2027年…`, review21 R4); a colon
        # after it (【一、总体要求】：到…, B5) parts them itself and the bracket goes with the opening one
        if f[close + 1] in _MARK_AFTER_TITLE:
            delete_ranges(b, [(0, 1), (close, close + 1)], gaps_at=(close + 2,))
        else:
            delete_ranges(b, [(0, 1)], gaps_at=(close + 1,))


def _bracketed_title(b: Block) -> None:
    """A title a post wraps whole in lenticular brackets as its headline (微博's `【关于…的答复】` after its topics;
    conv25): the brackets are decoration, as around a heading; taken out only where the line is the brackets and
    a title's words (opening 关于, ending on a document's kind word), with no other bracket inside."""
    f = b.folded.rstrip()
    if (
        f[-1:] == "】"
        and f[1:3] == "关于"
        and "【" not in f[1:]
        and "】" not in f[:-1]
        and P.KIND_SUFFIX.search(f[:-1]) is not None
    ):
        delete_ranges(b, [(0, 1), (len(f) - 1, len(f))])


_BRACKETED_MIN = 3  # 【一、X】: the brackets, a marker and a character of title at least
_NOT_IN_BRACKETED_TITLE = frozenset("。;,、:")  # (folded)
_MARK_AFTER_TITLE = frozenset(":")  # a colon right after the closing bracket ends the title (folded ：)


def _link_lists(blocks: list[Block], labels: list[int], begun: list[int]) -> None:
    """The titles listed under a page's link-list label (相关链接： ⏎ 某市人民政府 ⏎ 关于…的解读) are
    chrome as the label is: short lines without a sentence's stop, up to the first that is not one;
    under a download box's label (附件下载：) only lines naming a file, as the box is printed empty too.
    Only once the document's running text has begun, so a label above it never takes its title.
    `labels`: the chrome lines opening as a label can, noted by the walk."""
    runs: dict[int, int] = {}  # the chrome runs passed over (`_past_chrome`)
    numbers = _LastNumbers(blocks)
    for at in labels:
        f = blocks[at].folded
        if f[:1] not in _LINK_LABEL_START or not P.LINK_LIST_LABEL.match(f.strip()):
            continue
        if _introduced(blocks, at):
            blocks[at].zone = _UNSET  # a sentence's own label (…对照以下文件， ⏎ 相关文件：): it and its
            continue  # list are the text's (diffread-B B5)
        if _text_begins(blocks, begun) >= at and not _inside_a_sentence(blocks, at):
            continue  # (a label cutting a sentence stands in the running text, whatever holds its first 。)
        files = P.FILE_LIST_LABEL.match(f.strip()) is not None  # its links must name files
        if files and f.lstrip().startswith("相关附件") and not _own_attachments(blocks, at):
            blocks[at].zone = _UNSET  # the box is the only place the document's 附件 are named: its
            continue  # label and files stay text (diffread-B B6)
        i, taken = at + 1, 0
        numbered: dict[str, int] | None = None  # the last number of each marker family above the label
        while taken < _MAX_LINKS:
            i = _past_chrome(blocks, runs, i)
            if i >= len(blocks):
                break
            link = blocks[i]
            g = link.folded.strip()
            if (m := marker_at(g)) is not None and (family := m.lastgroup) is not None:
                if numbered is None:
                    numbered = numbers.above(at)
                if numbered.get(family, -1) + 1 == marker_ordinal(family, m.group(family + "_n") or ""):
                    break  # 二、下一步打算 after the body's 一、: the box sat between two sections (noise20)
            if g[:1] in _READING_LEAD_START and (lead := P.LINK_TITLE_LEAD.match(g)):
                g = g[lead.end() :].strip()  # 图解：《…》: the reading's kind before its title
            if (
                link.zone is not _UNSET
                or not g
                or len(g) > _MAX_LINK
                or link.table
                # (a file's line may name its download count after a colon: …答复.pdf（123KB） 下载次数：36)
                or any(c in g for c in ("。;," if files else "。;,:"))
                or not any("\u4e00" <= c <= "\u9fff" for c in g)  # a title has words: markup (</ul>) none
                or (files and not P.FILE_LINK.search(g))
            ):
                break
            link.zone = _CHROME
            taken += 1
            i += 1


class _LastNumbers:
    """The number of the last marker of each family (cn, num_paren, circled …) that opens a line of the
    text above a line, chrome left aside: a line under a link box that goes on from one of them is the
    body's next section, where the page's column put the box between two of its sections. Asked of the
    labels in order, it reads on from where the last question stopped: one pass over the text for all of
    them, not one a label (a long page with a box every few items: diffread-B B11). The lines it has read
    are settled: the walk changes only a label's line and the lines under it."""

    __slots__ = ("blocks", "last", "upto")

    def __init__(self, blocks: list[Block]) -> None:
        self.blocks = blocks
        self.last: dict[str, int] = {}
        self.upto = 0

    def above(self, at: int) -> dict[str, int]:
        """The last number of each family above line `at`."""
        if at < self.upto:  # (labels come in order; a label above the last asked reads afresh)
            self.last, self.upto = {}, 0
        for k in range(self.upto, at):
            b = self.blocks[k]
            if b.zone is not _CHROME and (m := marker_at(b.folded.lstrip())) is not None and (family := m.lastgroup):
                self.last[family] = marker_ordinal(family, m.group(family + "_n") or "")
        self.upto = at
        return self.last


def _own_attachments(blocks: list[Block], at: int) -> bool:
    """The text above a `相关附件：` box (at `at`) lists its own 附件 (附件：…, 附件1.…), so the box's files
    repeat them; without such a list the box is the only place a notice copied from its page names its
    attachments, and they stay in the text (diffread-B B6). (附件下载： stays the page's box either way:
    a portal prints it whether or not the page has files, and over its own downloads.)"""
    return any(b.zone is not _CHROME and b.folded.lstrip().startswith("附件") for b in blocks[:at])


def _watermarks(blocks: list[Block], marks: list[int], begun_at: list[int]) -> None:
    """Watermark lines (`patterns.WATERMARK_LINE`) are furniture where they show themselves one: the
    same line twice or more (the mark is on every page), its words before 内部资料 (if any) an organ's
    name; or a bare 仅供参考 once inside the running text right after a sentence's end (a wrapped line
    ends on no stop). Once, a line ending on 内部资料 may be a list's item (各科室编印的内部资料) or a
    wrapped line's end (…涉密文件和内部资料, review17 R1), and above the text the words are the
    document's marking printed over its title (内部资料 注意保存 on a 简报): they stay."""
    # the same line again counts right under the last (a mark crossing two lines) or with running text
    # (a line holding a 。) between: a mark is spread over the pages, a table's cell repeated in its
    # column (类别 ⏎ 内部资料, one cell a line) stands a few short lines from the last (diffread-A 14)
    seen: dict[str, int] = {}
    last: dict[str, int] = {}
    for i in marks:
        key = blocks[i].folded.strip()
        if key not in last or i == last[key] + 1 or any("。" in blocks[k].folded for k in range(last[key] + 1, i)):
            seen[key] = seen.get(key, 0) + 1
        last[key] = i
    begun = _text_begins(blocks, begun_at)
    for i in marks:
        f = blocks[i].folded.strip()
        head = f.split("内部", 1)[0] if "内部" in f else ""
        if head and not is_organ_name(head):
            continue
        if seen[f] >= _MIN_WATERMARKS or (f.startswith("仅供") and i > begun and _after_a_stop(blocks, i)):
            blocks[i].zone = _CHROME


def _after_a_stop(blocks: list[Block], i: int) -> bool:
    """The last line above `i` that is not chrome ends on a sentence's stop."""
    above = _line_above(blocks, i)
    return above is not None and above.folded.rstrip()[-1:] in "。!?"


_WATERMARKED = TEXT_FORMATS | {"pdf", "ofd"}
_MAX_WATERMARK = 30
_MIN_WATERMARKS = 2
_READING_LEAD_START = frozenset("图一政专文视媒部官解")
_COMMENT_LABEL_START = frozenset("网读用最热精全评留共已发我")
_COMMENT_REACH = 8  # the most lines (contact, imprint, page tools) between a 落款's date and a comment label


def _comment_sections(state: State, labels: list[int], begun_at: list[int]) -> None:
    """A page's readers' comments under a document (网友评论 ⏎ 网友甲：…。 ⏎ 2024-07-20 14:32 ⏎ 发表评论): from
    the section's label (`patterns.COMMENT_SECTION_LABEL`) to the text's end all is the site's, the
    readers' words and the form, where the label stands a few lines under a line that is a date
    alone (the 落款's), with no sentence between, below the running text's first sentence (a page
    head's 评论(0) under its publish date stands above it). Anywhere else such a label is the text's own (a
    heading 网友留言 inside a reply about them) and stays. `labels`: the candidate lines, in order.

    Schema 1.9: the readers' words are people's text, not the site's furniture, so leaving them out is
    said (`comments-dropped`, one warning a section, at the end of the line kept above it, as
    `repeat-dropped` marks a drop), never done in silence."""
    blocks = state.blocks
    begun = _text_begins(blocks, begun_at)
    for at in labels:
        if at < begun:
            continue  # over the running text: a page head's comment link under its publish date (review17 R8)
        k, seen = at - 1, 0
        while k >= 0 and seen <= _COMMENT_REACH:
            b = blocks[k]
            if b.zone is not _CHROME:
                f = b.folded.strip()
                if is_date_line(b) or P.DATE_LINE.match(f):
                    if _readers_words(blocks, at):
                        _drop_comments(state, at)
                    return
                if "。" in f:
                    break
                seen += 1
            k -= 1


def _drop_comments(state: State, at: int) -> None:
    """The comment section from `at` to the text's end leaves the text, warned `comments-dropped` at the
    end of the last line kept above it (the warning's span stays inside the text, as the dropped
    lines are not)."""
    blocks = state.blocks
    dropped = [c for c in blocks[at:] if c.zone is not _CHROME and c.text.strip()]
    for c in blocks[at:]:
        c.zone = _CHROME
    if all(_box_words(c.folded.strip()) for c in dropped):
        return  # an empty box (发表评论, its rules, 暂无评论): no reader's words left out (noise21)
    k = at - 1
    while k >= 0 and blocks[k].zone is _CHROME:
        k -= 1
    above = blocks[k] if k >= 0 else None
    state.warn(
        "comments-dropped",
        f"删除了落款下的网友评论：{len(dropped)} 行，自「{excerpt(blocks[at].text.strip())}」起 "
        f"(dropped the readers' comments under the signature: {len(dropped)} lines from the one quoted)",
        above,
        len(above.text) if above is not None else 0,
    )


def _reader_comments(state: State) -> None:
    """The pieces of a page's comment elements a reader left out (`State.comments`: an HTML element named
    `comment`): where some are readers' words, `comments-dropped` says so, span null (the page's, no
    place in the text); an empty box (its label, 暂无评论, 发表评论, the form's prompts) is not warned."""
    words = [piece for piece in state.comments if _a_readers_piece(fold(piece).strip())]
    if not words:
        return
    state.warn(
        "comments-dropped",
        f"删除了网页的网友评论：{len(words)} 段，自「{excerpt(words[0].strip())}」起 "
        f"(dropped the page's readers' comments: {len(words)} pieces from the one quoted)",
    )


def _box_words(f: str) -> bool:
    """A comment box's own line: its label or its form's words (文明上网, 暂无评论, 登录), no reader's: a
    line with a reader's name and colon or a sentence's stop is a reader's, whatever words it holds
    (网友甲：网上注册流程太复杂。: diffread-A A1)."""
    return _boxs_wording(f) and (
        P.COMMENT_SECTION_LABEL.match(f) is not None or not any(mark in f for mark in _READERS_MARKS)
    )


def _boxs_wording(f: str) -> bool:
    """The line holds a comment box's label or its form's words: never a reader's piece (`_a_readers_piece`),
    and the box's own line where no reader's mark is in it (`_box_words`)."""
    return P.COMMENT_SECTION_LABEL.match(f) is not None or P.COMMENT_FORM_WORDS.search(f) is not None


def _a_readers_piece(f: str) -> bool:
    """A piece of a comment element a reader wrote: a few Han characters and a sentence's stop or a name's
    colon, none of the box's own words."""
    if len(HAN.findall(f)) < _READERS_WORDS:
        return False
    return not _boxs_wording(f) and any(mark in f for mark in _READERS_MARKS)


_READERS_WORDS = 4
_READERS_MARKS = "。!?:"


def _readers_words(blocks: list[Block], at: int) -> bool:
    """What stands under the comment label at `at` can be a comment section only: a few lines to the
    text's end, none of which opens a document or a part of one (a title ending on its kind, a section
    marker, an organ's line) or is a document's own part under its 落款 (a form's 回复单位/回复内容 row,
    a contact line, an 附件 line): a message board's 网友留言 over the answer below it, a page's comment
    button over the reply's own contact, or texts run together, have the document's own lines there,
    and keep them (diffread-A A8)."""
    rest = blocks[at + 1 :]
    if len(rest) > _MAX_COMMENT_LINES:
        return False
    for b in rest:
        f = b.folded.strip()
        if P.MAILBOX_FORM_ROW.match(f) or P.MAILBOX_ANSWER_ROW.match(f):
            return False  # a mailbox form's row (留言内容：…, 回复内容：…): the message or its answer
        if is_contact_line(b) or attachment_match(b) is not None:
            return False  # the document's own contact or 附件 under its 落款
        if b.zone is _CHROME or "。" in f:
            continue
        if section_marker(b) or is_organ_line(b) or (kind_suffix(f) is not None and is_title_like(b)):
            return False
    return True


_MAX_COMMENT_LINES = 60


def _past_chrome(blocks: list[Block], runs: dict[int, int], i: int) -> int:
    """The first place from `i` on whose line is not chrome. `runs` keeps, for each place passed
    over, where its run of chrome lines ended, so the next label's list (whose search passes the
    links the labels above took) leaps the run instead of walking it again: nothing the link lists
    make chrome turns back, so a run once found stays one."""
    passed: list[int] = []
    while i < len(blocks) and blocks[i].zone is _CHROME:
        passed.append(i)
        i = runs.get(i, i + 1)
    for k in passed:
        runs[k] = i
    return i


_MAX_CHROME_LINE = 100
_MAX_COMMENT_LABEL = 16
_DATED_ROW_FIRST = frozenset("发更时日")  # DATED_TABLE_ROW's first characters
_YEAR_FIRST = frozenset("12")  # a year alone (19xx年, 20xx年, BARE_YEAR) opens with one of them
_BARE_YEAR = 8  # BARE_YEAR's line, with a space or two around it
_MAX_BARE_PAGE = 3


@functools.cache
def _chrome_anywhere() -> regex.Pattern[str]:
    """CHROME_ANYWHERE for one search of a document's lines joined: `$` at each line's end."""
    return regex.compile(P.CHROME_ANYWHERE.pattern, P.CHROME_ANYWHERE.flags | regex.MULTILINE)


def _bare_page_numbers(blocks: list[Block], figures: list[int]) -> None:
    """A page number a text export left as a bare figure on a line of its own (`3`) after a line of
    running text and before more text, a heading or the 落款's organ, after a heading and before
    text (一是…； ⏎ 3 ⏎ 二是…。), or between the 落款's organ and its date: where it stands a page
    ended, as for `- 3 -`. A figure beside a line of no sentence or a label (区人大四次会议 ⏎ 30 ⏎
    建议人：) is data and stays. `figures`: the lines, in
    order, that are a bare figure of up to five characters."""
    last_page = 0  # the last page number taken
    seen = _LinesAbove(blocks)
    for i in figures:
        b = blocks[i]
        digits = b.folded.strip()
        if not (digits.isascii() and len(digits) <= _MAX_BARE_PAGE and digits[0] != "0") or b.table:
            continue
        if i == len(blocks) - 1 and i > 0 and last_page and int(digits) == last_page + 1:
            b.zone = _CHROME  # the last page's number closing the text, the next of those taken
            continue
        if not 0 < i < len(blocks) - 1:
            continue
        above, below = blocks[i - 1], blocks[i + 1]
        if any(n.zone is not Zone.UNSET or n.table for n in (above, below)):
            continue
        if _takes_a_figure(above.folded, below.folded):
            continue  # the text goes on with the figure (总数为： ⏎ 300, 总数为 ⏎ 300 ⏎ 个…): data
        # a page ended inside the text, before a heading or the 落款, or after a heading; a figure
        # between two headings (一、站点数量 ⏎ 12 ⏎ 二、…) is the first one's value; or a page ended
        # after its text and the next opens with its running head, a copy of a line above
        after_text = _running_text(above) and (
            _running_text(below)
            or section_marker(below) is not None
            or is_organ_line(below)
            or _repeats_a_line_above(blocks, i + 1, seen)
        )
        # or a page ended inside the 落款, between the signing organ and its date, or between a contact
        # label and its value (联系电话： ⏎ 3 ⏎ 0551-62345678: no phone is a lone figure of a page's length)
        in_signature = (is_organ_line(above) and is_date_line(below) and _closes_the_body(blocks, i)) or (
            _label_over_its_phone(above, below)
        )
        if not (after_text or in_signature or (section_marker(above) is not None and _running_text(below))):
            continue
        b.zone = _CHROME
        below.page_before = True
        last_page = int(digits)


_MAX_RUNNING_HEAD = 40


class _LinesAbove:
    """Each line's text (folded, stripped) at the first place it stands, filled down the document as
    far as asked: a question about the lines above place after place down the text walks it once
    in all (a search above each bare figure walked it once per figure)."""

    __slots__ = ("_blocks", "_first", "_upto")

    def __init__(self, blocks: list[Block]) -> None:
        self._blocks = blocks
        self._first: dict[str, int] = {}
        self._upto = 0  # the lines above this place are filed

    def holds(self, f: str, at: int) -> bool:
        """A line above place `at` reads `f`."""
        first, blocks = self._first, self._blocks
        while self._upto < at:
            first.setdefault(blocks[self._upto].folded.strip(), self._upto)
            self._upto += 1
        return first.get(f, at) < at


def _repeats_a_line_above(blocks: list[Block], at: int, seen: _LinesAbove) -> bool:
    """The line at `at` is a page's running head: a short line of no sentence (the title, the organ
    and the kind of document) that stands word for word earlier in the text, at a page's top."""
    f = blocks[at].folded.strip()
    if not 4 <= len(f) <= _MAX_RUNNING_HEAD or any(c in f for c in "。,;:") or section_marker(blocks[at]):
        return False
    return seen.holds(f, at)


def _label_over_its_phone(above: Block, below: Block) -> bool:
    """`above` is a contact label left waiting for its value (`联系电话：`, `电话：`) and `below` is that value,
    a whole phone number on a line of its own (review24 R6): a bare figure between them is no value of the
    label's but the number of the page that ended there."""
    f = below.folded.strip()
    m = P.PHONE.match(f) if f[:1].isdigit() or f[:1] == "(" else None
    return m is not None and m.end() == len(f) and above.folded.rstrip().endswith(":") and is_contact_line(above)


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


_SIGNERS_REACH = 4  # the organ lines a joint 落款 stacks over its date


def _closes_the_body(blocks: list[Block], i: int) -> bool:
    """The figure at `i` stands between the document's 落款's organ and its date: the organ lines over it
    follow a sentence's end (…支持。, 此复。), not a lead-in (情况如下：) or a table's labels, and no other
    organ and date stand after that date. A table flattened one cell a line (承办单位 ⏎ 件数 ⏎ 答复日期 ⏎
    某局 ⏎ 3 ⏎ 2024年5月6日) has the same three lines, its figure a count (diffread-A A1)."""
    top = i - 1
    while top > 0 and i - top <= _SIGNERS_REACH and is_organ_line(blocks[top - 1]):
        top -= 1
    if top == 0 or blocks[top - 1].folded.rstrip()[-1:] not in _SENTENCE_END:
        return False
    return not any(is_date_line(blocks[k]) and is_organ_line(blocks[k - 1]) for k in range(i + 3, len(blocks)))


_SENTENCE_END = frozenset("。!?")


def _running_text(b: Block) -> bool:
    """A line of running text beside a page break: a sentence mark or comma in it, and no label before a
    colon (`_running_line`'s marks; its zone is not asked, the break's neighbours are not chrome yet)."""
    f = b.folded
    return not _SENTENCE_MARKS.isdisjoint(f) and not P.KEY_VALUE.match(f)


def _dated_rows_inside_a_table(blocks: list[Block], dated: list[int]) -> None:
    """A dated publishing line (`发布时间：2024-07-02`) between two rows of an information table, or
    closing one of two rows or more right above the title, or of one that opens the text
    (`- 公文种类：其他` / `- 发布日期：2021-12-22 17:45` / the title), is a row of that table (its
    metadata), not the page's byline, which stands under the headline (a reader may have dropped the
    headline itself): it goes back into the text.
    `dated`: the chrome lines, in order, opening as such a line does."""
    for i in dated:
        b = blocks[i]
        if (
            0 < i < len(blocks) - 1
            and b.zone is _CHROME
            and P.DATED_TABLE_ROW.match(b.folded.strip())
            and _table_row(blocks[i - 1])
            and (_table_row(blocks[i + 1]) or (_under_rows_or_top(blocks, i - 1) and _opens_title(blocks[i + 1])))
        ):
            b.zone = Zone.UNSET


def _note_properties(blocks: list[Block], dated: list[int]) -> None:
    """A chrome 更新时间 line inside a note app's properties block (`patterns.NOTE_PROPERTY_LINE` lines from
    the text's very top, one of them 创建时间 or 作者: NOTE_PROPERTY_OWN) goes back into the text: the note's
    property, read as a metadata pair beside the others (contract20 item 6), never left unsaid. A portal's
    更新时间 under its headline stands below a title, no property line, and stays the page's byline.
    `dated`: the chrome lines opening as a dated row does (更新时间 among them)."""
    for i in dated:
        if blocks[i].zone is not _CHROME or not blocks[i].folded.startswith("更新"):
            continue
        top = i
        while top > 0 and _property_line(blocks[top - 1]):
            top -= 1
        if any(b.folded.strip() for b in blocks[:top]):
            continue  # not at the text's very top: a title or other text stands above
        end = i + 1
        while end < len(blocks) and _property_line(blocks[end]):
            end += 1
        if any(P.NOTE_PROPERTY_OWN.match(b.folded) for b in blocks[top:end]):
            blocks[i].zone = Zone.UNSET


def _property_line(b: Block) -> bool:
    return P.NOTE_PROPERTY_LINE.match(b.folded.strip()) is not None


def _under_rows_or_top(blocks: list[Block], row: int) -> bool:
    """The table row at `row` stands under another row, or opens the text: a table of two rows
    (`发布机构：…` / `发布日期：…` / the title) with nothing above it, where a byline stands under the
    page's headline or its other chrome (来源：…, whose line over one row keeps the dated line a byline)."""
    return row == 0 or _table_row(blocks[row - 1])


def _years_over_their_day(blocks: list[Block], years: list[int]) -> None:
    """A year alone (`2025年`, a site's date widget as chrome) right over a month and day alone (`7月15日`)
    is the head of a date the width cut after its year (a right-aligned 落款's): it goes back into the
    text, for `joins.join_cut_dates` to join. `years`: the chrome lines, in order, opening as a year does."""
    for i in years:
        if (
            i + 1 < len(blocks)
            and blocks[i + 1].zone is _UNSET
            and P.YEAR_LINE.match(blocks[i].folded.strip())
            and P.MONTH_DAY_LINE.match(blocks[i + 1].folded.strip())
        ):
            blocks[i].zone = _UNSET


def _opens_title(b: Block) -> bool:
    """The line can open the document's title (short, no sentence stop, no label): a dated row
    right above it closes the table, where a byline stands under the headline instead."""
    return b.zone is not _CHROME and is_title_like(b)


def _table_row(b: Block) -> bool:
    """A 键：值 line under a label of the information table, not itself chrome."""
    f = b.folded
    return b.zone is not _CHROME and ":" in f and is_label(f.split(":", 1)[0])


def chrome_text(f: str) -> bool:
    """Whether `patterns.CHROME_LINE` finds a chrome line's words in the folded text `f`, asked as its
    two halves: the anchored alternatives at the start only, through `_chrome_start`, and the others by
    one search. A search of CHROME_LINE itself tries all ~75 anchored alternatives at every character
    (about 5 µs a line), though none can match past the first; tests/test_speed9.py holds the two ways
    to the same answer."""
    return _chrome_start().match(f) or P.CHROME_ANYWHERE.search(f) is not None


def site_chrome(f: str) -> bool:
    """A chrome line's words (`chrome_text`) or an EDGE_CHROME row's, asked of a line the walk made
    chrome: either says the text carries a site's chrome (the care toggles, 转载请注明出处。, 相关信息 are
    EDGE_CHROME rows, chrome only where they stand)."""
    return chrome_text(f) or bool(_edge_start().match(f))


@functools.cache
def _edge_start() -> StartGuard:
    """`patterns.EDGE_CHROME`, each alternative tried only on a line opening as it can."""
    return StartGuard(P.EDGE_CHROME)


@functools.cache
def _chrome_start() -> StartGuard:
    """`patterns.CHROME_AT_START` (its flags read with it), each alternative tried only on a line
    that opens with a character it can start with: a body line opens with none of most of them."""
    return StartGuard(P.CHROME_AT_START)


_MAX_PAGE_LABEL_VALUE = 30


def _page_label_values(blocks: list[Block], labels: list[int]) -> None:
    """The value under a page's own label alone on its line (来源： ⏎ 某县人民政府) is the page's byline
    as the label is: a short line without a sentence's stop right under it, itself no label.
    `labels`: the chrome lines opening as a label can, noted by the walk."""
    for i in labels:
        b = blocks[i]
        if (
            i + 1 >= len(blocks)
            or b.folded[:1] not in _PAGE_LABEL_START
            or not P.LONE_PAGE_LABEL.match(b.folded.strip())
        ):
            continue
        value = blocks[i + 1]
        g = value.folded.strip()
        if (
            value.zone is _UNSET
            and g
            and len(g) <= _MAX_PAGE_LABEL_VALUE
            and "。" not in g
            and ":" not in g
            and not value.table
            and not is_label(g.strip(" |"))
        ):
            value.zone = Zone.CHROME
