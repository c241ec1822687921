"""What stands above the text's first sentence on a screen or a listing: a results list's titles, a table's
column names, a periodical's band, a screenshot's status rows, a social account's name and follow button, a
bullet or bracket a site draws round a heading. Split out of cleanup/furniture.py (session 30), a pure move.
"""

from __future__ import annotations

from govdoc import patterns as P
from govdoc.fields.kind import kind_suffix, title_core
from govdoc.fields.metadata import is_label
from govdoc.rules.cleanup.base import delete_ranges
from govdoc.rules.cleanup.chrome_base import _CHROME, _UNSET, _text_begins
from govdoc.rules.lines import (
    is_key_value,
    is_organ_line,
    is_title_like,
    marker_at,
)
from govdoc.state import Block

_SHORT_SENTENCE = 8
_SENTENCE_LINE = 20  # a label's value's: 浏览次数：今年…累计浏览次数达二千三百万次。
_LABEL_REACH = 7  # the characters a page's label (信息来源：, 上一篇：) stands in before its colon


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
