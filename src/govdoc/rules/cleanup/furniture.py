"""Lines that are no part of the document's text: page numbers and page headers, running heads and
footers of a paged format, website chrome (navigation, 字号, 打印, footers).

The rule `furniture_and_chrome` and the cheap first-character gates it asks (`_asked_ends`) stand here; its
questions stand in their own modules (session 30): `page_marks`, `chrome_base`, `chrome_top`, `chrome_edge`,
`chrome_links`, `chrome_rows`, `chrome_comments` (rules/cleanup/__init__.py says what each holds)."""

from __future__ import annotations

import functools

import regex

from govdoc import patterns as P
from govdoc.fields.metadata import is_label
from govdoc.rules.cleanup.assistant import HEAD_REACH, assistant_framing, assistant_opening, framing_message
from govdoc.rules.cleanup.base import TEXT_FORMATS, lines_matching
from govdoc.rules.cleanup.chrome_base import _CHROME, _UNSET, _chrome_start, _edge_start
from govdoc.rules.cleanup.chrome_comments import _COMMENT_LABEL_START, _comment_sections, _reader_comments
from govdoc.rules.cleanup.chrome_edge import _edge_chrome, _excerpt_notes, _print_stamps, _running_line, _share_captions
from govdoc.rules.cleanup.chrome_links import _LABEL_START, _app_prompts, _link_lists, _page_label_values, _watermarks
from govdoc.rules.cleanup.chrome_rows import (
    _MAX_BARE_PAGE,
    _bare_page_numbers,
    _dated_rows_inside_a_table,
    _note_properties,
    _years_over_their_day,
)
from govdoc.rules.cleanup.chrome_top import (
    _a_sentence,
    _above_text,
    _bracketed_heading,
    _bracketed_title,
    _counts_between_chrome,
    _followed_accounts,
    _later_screenshots,
    _list_columns,
    _listed_titles,
    _periodical_bands,
    _reader_view_host,
    _shape_bullet,
    _weibo_accounts,
)
from govdoc.rules.cleanup.page_marks import _FURNITURE_START, page_furniture
from govdoc.rules.lines.guards import Holding
from govdoc.state import State


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


_BAND_REACH = 8  # the lines above a copy's first sentence where a gazette's band may stand
_STAMP_REACH = 24  # the lines at the top where a scraper's publish time may stand (a page's menus above it)
_STATUS_ROWS = 2  # a screenshot's status bar (its clock, its network, a browser's address bar): rows opening the text
_STATUS_LINE = 80


_WATERMARKED = TEXT_FORMATS | {"pdf", "ofd"}
_MAX_WATERMARK = 30


_MAX_CHROME_LINE = 100
_MAX_COMMENT_LABEL = 16
_DATED_ROW_FIRST = frozenset("发更时日")  # DATED_TABLE_ROW's first characters
_YEAR_FIRST = frozenset("12")  # a year alone (19xx年, 20xx年, BARE_YEAR) opens with one of them
_BARE_YEAR = 8  # BARE_YEAR's line, with a space or two around it


@functools.cache
def _chrome_anywhere() -> regex.Pattern[str]:
    """CHROME_ANYWHERE for one search of a document's lines joined: `$` at each line's end."""
    return regex.compile(P.CHROME_ANYWHERE.pattern, P.CHROME_ANYWHERE.flags | regex.MULTILINE)
