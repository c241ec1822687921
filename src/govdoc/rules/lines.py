"""What a single line is: small predicates over a block's folded text, shared by the zone rules.

**The classes of a line.** What several rules ask of the same line is answered once per block
and kept on it (`per_line`: the answer stays in `Block.known` until `Block.set_text` changes the
text), so a rule reads the class instead of matching again. Read them through these functions:

* `section_marker(b)`, `enum_marker(b)`: the section or enumeration marker the line opens with (a
  match, or None).
* `date_class(b)`: how a 成文日期 stands on the line, as bits: `DATE_LINE` (only a date),
  `ORGAN_DATE` (an organ and the date), `LABELLED_DATE` (答复时间：…), `BARE_LABELLED_DATE`
  (日期：…, with `LABELLED_DATE`); 0 for a line without (most lines); `date_end(b)` is where
  the date ends. `is_date_line`, `is_organ_date_line` and the labelled ones read it.
* `is_organ_line(b)`: only an organ's name (a 落款's or a letterhead's line).
* `tail_zone(b)`: the trailer zone a line of its own belongs to, `Zone.CONTACT` (联系人：…),
  `Zone.NOTE` (附注, 签发人, 审核人, 办复类别) or `Zone.IMPRINT` (抄送, …印发), or None; from
  `is_contact_line`, `is_note_line`, `is_category_line` (each kept per line too).
* `is_prose(b)`: running text or a heading (a sentence mark or a marker), which no trailer holds.
* `is_key_value(b)` (a 键：值 line), `is_doc_number_line(b)`, `attachment_match(b)` (the 附件
  line's parts).

The classes are computed when first asked, not in one pass after the clean-up: most are asked
of a few lines only (the 落款's neighbours), and computing them all for every line cost about
120 µs a document more (session 7, benchmarks/README.md). A new question that several rules
ask of one line is one more `@per_line` function here, reading the vocabulary of
`govdoc.patterns`; a rule asks it of a line only after the cheap tests of its own.
"""

from __future__ import annotations

import functools
import itertools
from collections.abc import Callable
from typing import TypeVar

import regex

from govdoc import patterns as P
from govdoc.fields.kind import kind_suffix, title_core
from govdoc.state import Block, Zone

T = TypeVar("T")


def per_line(fn: Callable[[Block], T]) -> Callable[[Block], T]:
    """A predicate of a line's text, answered once per block while its text stays the same.

    The zoning rules ask the same questions about the same lines (is it a date, an organ, a
    contact line?) from several places. The answer is kept on the block (`Block.known`), which
    `Block.set_text` empties, so an edited line is asked again, and nothing is kept beyond the
    document's own blocks.
    """

    def of_line(b: Block) -> T:
        """The predicate's answer kept on the block, asked anew once the block's text changes."""
        known = b.known
        if known is not None and of_line in known:
            value: T = known[of_line]
            return value
        value = fn(b)
        known = b.known  # the predicate may have asked others of the line, which made the store
        if known is None:
            b.known = {of_line: value}
        else:
            known[of_line] = value
        return value

    functools.update_wrapper(of_line, fn)
    return of_line


@per_line
def section_marker(b: Block) -> regex.Match[str] | None:
    """The section marker the line opens with (`patterns.SECTION_MARKER` at its start), or None:
    the sections, the joins, the title and trailer tests all ask it of the same lines."""
    return P.SECTION_MARKER.match(b.folded)


@per_line
def enum_marker(b: Block) -> regex.Match[str] | None:
    """The enumeration marker (一是, 其一, 首先 …) the line opens with, or None; asked by several rules."""
    return P.ENUM_MARKER.match(b.folded)


CLOSING_PUNCT = frozenset("。!?;:”’)」』…")
_INNER_STOP = regex.compile(r"[。!?;]")
_PAREN_ONLY = regex.compile(r"^\([^()]{1,24}\)$")
_ADDRESSEE_SEPARATOR = regex.compile(r",")


_BRACKETS = "〔[(〈【"


def gap_cells(b: Block) -> list[tuple[int, int]]:
    """The stretches of a line between the wide layout gaps that were removed from it (a 版头 line
    holding the 文号 and the 签发人 as two cells: `签发人：张某　　　某发〔2024〕3号`)."""
    bounds = [0, *sorted(g for g in b.gaps if 0 < g < len(b.text)), len(b.text)]
    return [(lo, hi) for lo, hi in itertools.pairwise(bounds) if hi > lo]


def is_header_cell(folded: str) -> bool:
    """A cell of a 版头 line that a wide gap sets off (or a short line of its own) is one of the
    版头's marks: 份号, 密级, 紧急程度 (bare or labelled), 签发人, a category or 公开属性 mark, or a
    键：值 pair under a label of the table (公开方式：主动公开)."""
    f = folded.strip()
    if P.COPY_NUMBER.match(f) or P.SECURITY.match(f) or P.URGENCY.match(f) or P.SIGNER.match(f):
        return True
    if P.CATEGORY_LETTER_LINE.match(f) or P.CATEGORY_WORD_LINE.match(f) or P.DISCLOSURE_MARK.match(f):
        return True
    m = P.KEY_VALUE.match(f) if ":" in f else None
    if m is None or not m.group("value").strip():
        return False
    return m.group("key") in P.LABELS or bool(P.MARK_LABEL.match(f))


def is_header_cells_line(b: Block) -> bool:
    """A 版头 line of two or more cells set apart by wide gaps, each one of the 版头's marks
    (`000123　　秘密★1年`, `A类　　　　主动公开`)."""
    cells = gap_cells(b)
    return len(cells) > 1 and all(is_header_cell(b.folded[lo:hi]) for lo, hi in cells)


def number_cell(b: Block) -> tuple[int, int] | None:
    """The cell of a gapped line that opens with a 发文字号, where the line's other cells are marks
    of the 版头 (签发人, a category, a 键：值 pair) or the organ's name of the letterhead beside it
    (`某区教育局　　　某教复〔2024〕2号`); None where the line has no such cell."""
    if not b.gaps:
        return None
    cells = gap_cells(b)
    for lo, hi in cells:
        if P.DOC_NO.match(b.folded[lo:hi]):
            others = [b.folded[a:z].strip() for a, z in cells if (a, z) != (lo, hi)]
            if all(is_header_cell(o) or is_organ_name(o) for o in others):
                return lo, hi
    return None


def letterhead_cell(b: Block) -> tuple[int, int] | None:
    """The cell of a 文号 line that is the organ's name beside the number (the letterhead), or None."""
    number = number_cell(b)
    if number is None:
        return None
    for lo, hi in gap_cells(b):
        if (lo, hi) != number and not is_header_cell(b.folded[lo:hi]) and is_organ_name(b.folded[lo:hi].strip()):
            return lo, hi
    return None


@per_line
def is_doc_number_line(b: Block) -> bool:
    """The line is a 发文字号 (maybe parenthesised, maybe with 签发人 beside it), or a broken one."""
    f = b.folded
    if len(f) > 80 or not any(c in f for c in _BRACKETS):  # `in` scans: a set would hash every character
        return False
    if number_cell(b) is not None:
        return True  # 签发人：张某　　某发〔2024〕3号: the cells the removed gap divided
    m = P.DOC_NO.search(f) if "号" in f else None
    if m:
        rest = (f[: m.start()] + f[m.end() :]).strip(" ()")
        # …6号（A）类, …6号（列入计划解决）: the answer category beside it, as a letter or in words
        category = bool(P.CATEGORY_MARK.match(f, m.end()) or P.CATEGORY_WORD_LINE.match(f[m.end() :].strip()))
        return not rest or bool(P.SIGNER.search(rest)) or len(rest) <= 2 or category
    return bool(P.DOC_NO_BROKEN.match(f)) and "。" not in f and len(f) <= 60


def is_signer_line(b: Block) -> bool:
    """A 签发人 mark line: it belongs to the 版头, never to the body or the 落款."""
    f = b.folded
    return ("签" in f or "署名" in f) and bool(P.SIGNER.match(f))


@per_line
def is_key_value(b: Block) -> bool:
    """A labelled 键：值 line (a known label, or any label with a value), or a label-table row."""
    if ":" not in b.folded:
        return is_label_row(b)
    m = P.KEY_VALUE.match(b.folded)
    return (m is not None and (m.group("key") in P.LABELS or bool(m.group("value").strip()))) or is_label_row(b)


def is_glued_label_row(b: Block) -> bool:
    """Opens with a label of the table glued to its value (`发文机关行署办公室`): a row only among rows."""
    return bool(P.GLUED_LABEL.match(b.folded))


def is_label_row(b: Block) -> bool:
    """A row of a label table: it opens with a label of the table (spaced, bracketed, or before a cell's edge)."""
    return bool(P.LABEL_AT.match(b.folded))


def is_pipe_table(b: Block) -> bool:
    """A row of a table a web copy flattened into text with `|` between its cells."""
    return b.folded.count("|") >= 2


_DATE_END = frozenset("日号月0123456789")
# Tested with `in` scans: a set's isdisjoint hashes every character of the text it is given.
_NOT_IN_SIGNING_ORGAN = "。,;:!?《》"
_NOT_IN_LABELLED_ORGAN = "。,;!?《》"
_NOT_IN_ADDRESSEES = frozenset("。;:!?")
_WEEKDAY_ON_DAY = ("星期日", "礼拜日", "周日")  # a weekday that ends in 日 like the date before it


_MAX_DATE_TAIL = 16
_NO_TAIL_END = frozenset("。,;!?:、")  # no tail after a date ends so (tests/test_rule_speed.py ties it to DATE_TAIL)
_MAX_CLOCK = 13  # a space and hh:mm:ss


def _may_end_in_clock(f: str) -> bool:
    """The guard before CLOCK_TAIL: a colon or a 时/点 among the line's last characters."""
    end = f[-_MAX_CLOCK:]
    return ":" in end or "时" in end or "点" in end


def has_clock(b: Block) -> bool:
    """The line ends with a time of day after its date (2024-05-06 10:21:33, …日16时20分): a web reply's timestamp."""
    f = b.folded.rstrip(CELL_EDGE)
    return _may_end_in_clock(f) and bool(P.CLOCK_TAIL.search(f, max(0, len(f) - _MAX_CLOCK)))


CELL_EDGE = " \t|"  # a table cell's edge a web copy left at a line's end (…2019年7月18日 |)


@per_line
def date_end(b: Block) -> int:
    """Where the date ends on a date line: before a category or sign-off written after it (…日 B类).

    A cell's edge (`|`, spaces) at the line's end is no part of the date and does not hide it.
    """
    f = b.folded.rstrip(CELL_EDGE)
    clock = P.CLOCK_TAIL.search(f, max(0, len(f) - _MAX_CLOCK)) if _may_end_in_clock(f) else None
    if clock:
        return clock.start()
    if f[-1:] in _DATE_END and f.count("年") > 1 and (repeated := P.REPEATED_DATE_LINE.match(f)):
        return repeated.end("date")  # the same date under each of joint organs: the first is the date
    note = contact_note_at(f) if f.endswith(")") else None
    if note is not None and f[:note].rstrip()[-1:] in _DATE_END:
        return len(f[:note].rstrip())  # …2024年5月6日（联系人：王某，电话：…）: the 附注's contact written on
    if (f[-1:] in _DATE_END and not f.endswith(_WEEKDAY_ON_DAY)) or len(f) > 24 + 60 + _MAX_DATE_TAIL:
        return len(f)
    if f[-1:] in _NO_TAIL_END:
        return len(f)  # a sentence's stop: every tail DATE_TAIL knows ends on a letter, a Han character or a bracket
    tail = P.DATE_TAIL.search(f, max(0, len(f) - _MAX_DATE_TAIL - 4))
    return tail.start() if tail else len(f)


def contact_note_at(f: str) -> int | None:
    """Where a bracketed contact note closing the folded line opens ((联系人：王某，电话：…)), or None."""
    at = f.rfind("(")
    return at if at >= 0 and P.CONTACT_BRACKET.match(f, at) else None


# The date class of a line: which of the ways a 成文日期 stands on a line it is, as bits (0: none).
DATE_LINE = 1  # only a date (2024年5月6日, （2024年5月6日）), a category, clock or cell edge after it aside
ORGAN_DATE = 2  # an organ and the date side by side (某局　2024年5月6日)
LABELLED_DATE = 4  # 答复时间：2024年5月6日 (maybe after 答复单位：某局), or 日期：2024年5月6日
BARE_LABELLED_DATE = 8  # 日期：2024年5月6日: a 落款's date only under its organ line (LABELLED_DATE too)


@per_line
def date_class(b: Block) -> int:
    """The line's date class (DATE_LINE, ORGAN_DATE, LABELLED_DATE, BARE_LABELLED_DATE bits), answered
    once per line: the 落款 search asks all of them of every line, the joins and the header some."""
    if b.folded[-1:] in _NO_TAIL_END:
        return 0  # a sentence's stop ends no date, clock or tail (most lines): nothing to match
    end = date_end(b)
    found = DATE_LINE if _date_line(b.folded, end) or last_date_at(b) else 0
    if _organ_date_line(b.folded, end):
        found |= ORGAN_DATE
    f = b.folded
    if f.startswith(P.BARE_DATE_LABELS):
        if P.BARE_LABELLED_DATE_LINE.match(f, 0, end):
            found |= LABELLED_DATE | BARE_LABELLED_DATE
    elif f.startswith(_SIGNATURE_LABEL_STARTS) and P.LABELLED_DATE_LINE.match(f, 0, end):
        found |= LABELLED_DATE
    return found


_MAX_DATES_LINE = 4 * 24 + 3 * 40


@per_line
def last_date_at(b: Block) -> int:
    """Where the last date starts on a line of joint organs' different dates side by side
    (2024年5月6日    2024年5月8日), or 0 for any other line: the 落款's date is the last signer's."""
    f = b.folded.rstrip(CELL_EDGE)
    if f[-1:] not in _DATE_END or len(f) > _MAX_DATES_LINE or (f.count("年") < 2 and " " not in f):
        return 0
    m = P.DATES_SIDE_BY_SIDE.match(f)
    return m.start("last") if m and date_end(b) >= m.end() else 0  # the same date repeated is one (date_end)


def _date_line(folded: str, end: int) -> bool:
    f = folded[:end].lstrip(CELL_EDGE)
    if f.startswith("(") and f.endswith(")"):
        f = f[1:-1]  # （2024年5月6日）: a page that prints the 成文日期 in brackets
    if not f or len(f) > 24:
        return False
    if f[-1] not in _DATE_END:  # or the 日 a seal hid from OCR, read as another sign (2024年5月20H)
        return "月" in f[-5:] and P.SEALED_DATE_LINE.match(f) is not None
    return bool(P.DATE_LINE.match(f) or P.GARBLED_DATE_LINE.match(f) or P.SEALED_DATE_LINE.match(f))


def _organ_date_line(folded: str, end: int) -> bool:
    m = P.ORGAN_DATE_LINE.match(folded, 0, end) if folded[end - 1 : end] in _DATE_END else None
    if m is None:
        return False
    organ = P.SEAL_AFTER.sub("", m.group("organ").strip())  # 某局（盖章）  2024年5月6日: the seal's note set aside
    return not any(c in organ for c in _NOT_IN_SIGNING_ORGAN) and bool(P.ORGAN_SUFFIX.search(organ.rstrip()))


def is_date_line(b: Block) -> bool:
    """A line that is only a date (a 成文日期), once a category, clock or cell edge after it is set aside."""
    return bool(date_class(b) & DATE_LINE)


def is_organ_date_line(b: Block) -> bool:
    """An organ and the date on one line (署名 and 成文日期 side by side)."""
    return bool(date_class(b) & ORGAN_DATE)


def labelled_organs(b: Block) -> str | None:
    """The organ(s) a labelled 落款 names on this line (答复单位：某局 / 会办单位：某局、某局), or None."""
    f = b.folded
    if not f.startswith(_SIGNATURE_LABEL_STARTS):
        return None
    m = P.LABELLED_ORGAN_LINE.match(f) or P.LABELLED_DATE_LINE.match(f, 0, date_end(b))
    if m is None or m.group("organ") is None:
        return None
    groups = [g for g in ("organ", "organ2") if m.groupdict().get(g)]
    for g in groups:
        organ = P.SEAL_AFTER.sub("", m.group(g).strip())
        if not is_organ_name(organ) or any(c in organ for c in _NOT_IN_LABELLED_ORGAN):
            return None
    # two labelled side by side (主办单位：某局  协办单位：某局): one list, split again by the contract's rule
    return "，".join(b.text[m.start(g) : m.end(g)] for g in groups)


def is_labelled_organ_line(b: Block) -> bool:
    """答复单位：某局 (主办单位：/会办单位：) alone on its line: an organ line of a labelled 落款."""
    return labelled_organs(b) is not None and bool(P.LABELLED_ORGAN_LINE.match(b.folded))


def is_labelled_date_line(b: Block) -> bool:
    """答复时间：2024年5月6日 (maybe after 答复单位：某局 on the same line), or 日期：2024年5月6日: the date
    of a labelled 落款."""
    return bool(date_class(b) & LABELLED_DATE)


def is_bare_labelled_date_line(b: Block) -> bool:
    """日期：2024年5月6日: a 落款's date only under its organ line; alone, it may be a page's publishing date."""
    return bool(date_class(b) & BARE_LABELLED_DATE)


_SIGNATURE_LABEL_STARTS = ("答复", "回复", "办复", "复函", "落款", "主办", "会办", "协办", "签发", "单位(", "盖章")


def ends_with_kind(text: str) -> bool:
    """Ends with a document type (…的答复, …的通知), brackets and a full stop aside: a title's ending."""
    return kind_suffix(title_core(text)) is not None


# What a category mark ends with (CATEGORY_MARK: a closing bracket or 类, at the text's end;
# tests/test_rule_speed.py checks): a title ending otherwise is not searched for one.
_MARK_ENDS = frozenset(")〕]】类")


def title_category_mark(folded: str) -> int | None:
    """Where a category mark written after a title's document type starts (`…提案的答复（B类）`,
    `…的答复　A类`), or None: the mark is the answer category, no part of the title."""
    core = folded.rstrip()
    if core[-1:] not in _MARK_ENDS:
        return None
    m = P.CATEGORY_MARK.search(core)
    return m.start() if m is not None and ends_with_kind(folded[: m.start()].rstrip()) else None


def title_category_lead(folded: str) -> int | None:
    """Where a title starts after a bracketed category mark before it on its line (`【A类】关于…的答复`),
    or None: the mark is the answer category, no part of the title."""
    m = P.CATEGORY_LEAD.match(folded)
    return m.end() if m is not None and ends_with_kind(folded[m.end() :]) else None


def has_title_shape(text: str) -> bool:
    """Ends with a document type (maybe followed by the quoted title or number of what it
    answers, or by the answer category: …的答复函　C类), or with a genre the list does not name
    (…公示), or reads `关于…的X`."""
    return (
        ends_with_kind(text)
        or ends_with_unlisted_genre(text)
        or bool(P.GUANYU_TITLE.match(text))
        or ends_with_kind(P.TITLE_TAIL.sub("", text))
        or title_category_mark(text) is not None
    )


def ends_with_unlisted_genre(text: str) -> bool:
    """Ends with a genre word the type list does not name (…公示), so it can still be a title."""
    return bool(P.UNLISTED_TITLE_SUFFIX.search(title_core(text)))


def is_title_like(b: Block) -> bool:
    """Could be a line of a title: short, no sentence stop inside, not a label or number line."""
    f = b.folded
    if not 2 <= len(f) <= 80 or f.endswith(":") or _INNER_STOP.search(f.rstrip("。")) or P.LISTED_ITEM_HEAD.match(f):
        return False
    if (section_marker(b) and not f.startswith("第")) or ((">" in f or "»" in f or "›" in f) and P.BREADCRUMB.match(f)):
        return False
    return not (is_key_value(b) or is_pipe_table(b) or is_doc_number_line(b) or is_date_line(b) or _PAREN_ONLY.match(f))


_NOT_IN_ORGAN = frozenset("。,;:!?《》“”\t|")


@per_line
def is_organ_line(b: Block) -> bool:
    """A line that is only an organ's name (署名, 发文机关): short, no punctuation, organ suffix; or a
    table row whose cells with text are each an organ's name (a joint 落款 laid out in a table).
    Answered once per line: the header, the 落款, the lines after it and the 版记 all ask it."""
    if b.cells is not None:
        return _organ_cells(b) is not None
    f = P.SEAL_AFTER.sub("", P.ENTITY_DEBRIS.sub("", b.folded).strip(CELL_EDGE))
    if f.endswith(")"):
        f = P.ROLE_AFTER.sub("", f)  # 某局（牵头单位）: a joint 落款's note of the organ's role
    if not 2 <= len(f) <= 40 or not _NOT_IN_ORGAN.isdisjoint(f) or is_label_row(b):
        return False
    if P.CLOSING_STRONG.match(f) or P.SECTION_MARKER.match(f) or P.ENUM_MARKER.match(f):
        return False
    return is_organ_name(f)


_MAX_ORGAN_CELLS = 4


def _organ_cells(b: Block) -> list[str] | None:
    """The cells of a table row that are each an organ's name and nothing else, or None."""
    filled = [c.strip(" ") for c in b.folded.split("\t") if c.strip(" ")]
    if not 1 <= len(filled) <= _MAX_ORGAN_CELLS:
        return None
    for f in filled:
        if not 2 <= len(f) <= 40 or not _NOT_IN_ORGAN.isdisjoint(f) or not is_organ_name(f):
            return None
        if P.SECTION_MARKER.match(f) or P.ENUM_MARKER.match(f):
            return None
    return filled


def organ_cells(b: Block) -> list[str]:
    """The organs a table row names side by side (某市财政局 | 某市教育局), as written; [] when it is no such row."""
    if b.cells is None or _organ_cells(b) is None:
        return []
    return [c.strip(" \t\u3000") for c in b.text.split("\t") if c.strip(" \t\u3000")]


def is_organ_name(folded: str) -> bool:
    """Ends like an organ (局, 委员会, 政府 …), maybe with its second name in brackets after it, and is
    no portal's own name (…网站, …平台)."""
    f = folded.rstrip(" ")
    alias = P.ORGAN_ALIAS.search(f) if f.endswith(")") else None
    if alias is not None and P.ORGAN_SUFFIX.search(alias.group("alias")):
        f = f[: alias.start()]  # 区市场监管局（区知识产权局）: the first name is the organ's
    return bool(P.ORGAN_SUFFIX.search(f)) and not P.SITE_NAME.search(f)


def title_organ_end(folded: str) -> int | None:
    """Where the organ that opens a title ends (`国务院办公厅|转发…`, `国务院、中央军委|关于…`), or None.

    The organ is the prefix before the first title verb (关于, 对, 转发, 印发 …) that reads as an
    organ's name; a 转发/印发 title thus names its issuer before the verb, not the organ forwarded.
    """
    for m in P.TITLE_VERB.finditer(folded, 0, 48):
        prefix = folded[: m.start()].rstrip(" ")
        if P.TITLE_ORGAN_TEXT.match(prefix) and is_organ_name(prefix):
            return len(prefix)
        if "《" in prefix:
            break
    return None


def title_head_organ_end(folded: str) -> int | None:
    """Where a complete organ opens a title that has no title verb but ends in a document
    type or an unlisted genre (`某县人民政府|拟征收土地启动公告`, `某市卫生健康委|…公示`), or None.
    The organ may be all the title holds before its type (`某县人大常委会|公告`)."""
    if not (ends_with_kind(folded) or ends_with_unlisted_genre(folded)):
        return None
    m = P.TITLE_HEAD_ORGAN.match(folded)
    if m is None or len(folded) - m.end() < 2 or not is_organ_name(m.group()):
        return None
    return m.end()


def is_recipient_line(b: Block, *, loose: bool = False) -> bool:
    """The 主送 line: addressees ending in a colon.

    Strictly, the last addressee must end like one (委员, 代表, 政府, 局 …); `loose` accepts any
    short name, for the line standing right under the title where nothing else can be, and a
    labelled `主送：…` line, which the 版记 may carry too.
    """
    if not loose and ":" not in b.folded:
        return False  # both 主送 patterns need the colon; only the loose sense takes a line without
    if P.LABELLED_RECIPIENTS.match(b.folded):
        return loose  # its label says what it is, but only right under the title (not the 版记's)
    m = P.RECIPIENT_LINE.match(b.folded)
    if not m:
        return loose and _honoured_addressee(b.folded)
    body = P.HONORIFIC.sub("", m.group("body")).strip()
    if ":" in body or body.replace(" ", "") in P.LABELS or "收悉" in body or P.RECIPIENT_CLAUSE.search(body):
        return False
    if P.SITE_NAME.search(body):
        return False
    if P.ADDRESSEE_SUFFIX.search(body):
        return True
    tail = body[-4:] if len(body) > 4 else body
    return loose and len(body) <= 60 and not P.NOT_ADDRESSEE.search(tail) and _SENTENCE_STOP.isdisjoint(body)


def _honoured_addressee(f: str) -> bool:
    """A 主送 line under a title whose page lost the colon: an addressee all the same.

    `尊敬的王某代表`, or several bare names each ending like an addressee (`各乡镇人民政府,
    县直各部门`): the line only counts in the loose sense, right under the title.
    """
    h = P.HONORIFIC.match(f)
    rest = f[h.end() :] if h else f
    if not 2 <= len(rest) <= 60 or not _NOT_IN_ADDRESSEES.isdisjoint(rest) or P.SECTION_MARKER.match(rest):
        return False  # a heading (`一、加强组织领导`) may end like an addressee too
    names = [n.strip() for n in _ADDRESSEE_SEPARATOR.split(rest)]
    if (h is None) != (len(names) > 1):
        return False  # one honoured name, or a list of several: a lone bare name may open the body
    return all(2 <= len(n) <= 30 and P.ADDRESSEE_SUFFIX.search(n) for n in names)


@per_line
def is_contact_line(b: Block) -> bool:
    """A labelled contact line (`联系人：…`), a contact label standing alone (`联系人`), or a sentence
    that says whom to contact and gives the labelled number (如有疑问，请与…联系，电话：…)."""
    f = b.folded
    return (
        ((":" in f or "\t" in f) and bool(P.CONTACT_LINE.match(f)))
        # 如有疑问，请与…联系，电话：… / 请致电0571-…: the number labelled, or called after a verb; the
        # anchored pattern first, as it fails on a line's first characters (a digit scan reads them all)
        or (bool(P.CONTACT_SENTENCE.match(f)) and (":" in f or any(c.isdigit() for c in f)))
        or (len(f) <= 12 and bool(P.BARE_CONTACT_LABEL.match(f)))
        or _contact_label_cell(b)
    )


def _contact_label_cell(b: Block) -> bool:
    """A contact label set off from its value by a wide gap, not a colon: the label's cell and the
    value's of a ruled table on a fixed-layout page (联系人 | 王某), read as one line. The gap stays
    in the text after a label (联系电话  0571-…) or, between CJK characters, is noted in `gaps`.
    A cell's value is a name, a number or an address, never a sentence: a justified body line that
    opens with such a word (电话回访情况  我局已于…，…) is prose."""
    f = b.folded
    wide = f.find("  ")
    edges = [*b.gaps, wide] if wide > 0 else b.gaps
    if not edges or any(c in f for c in _CELL_PROSE):  # most lines have no gap to ask about
        return False
    return any(0 < g <= _LABEL_CELL_REACH and P.CONTACT_LABEL_CELL.fullmatch(f, 0, g) for g in edges)


_LABEL_CELL_REACH = 12  # 联系人, 联系电话, 联系单位, 承办处室联系人: a label cell is short
_CELL_PROSE = frozenset("。,;!?")


@per_line
def tail_zone(b: Block) -> Zone | None:
    """The trailer zone a line of its own belongs to (contact, 附注, 版记), or None: the tail class,
    asked of the same lines by the 落款 search, the lines after it and the body's end."""
    if is_contact_line(b):
        return _CONTACT
    if is_note_line(b) or is_signer_line(b) or is_reviewer_line(b) or is_category_line(b) or is_note_label_line(b):
        return _NOTE
    if is_imprint_line(b):
        return _IMPRINT
    return None


_CONTACT, _NOTE, _IMPRINT = Zone.CONTACT, Zone.NOTE, Zone.IMPRINT


@per_line
def is_prose(b: Block) -> bool:
    """A line of running text or a heading: what a body has and a trailer or information table has not."""
    f = b.folded
    # one `in` scan a mark: a set's isdisjoint would hash every character, a generator costs more than the scans
    return "。" in f or "," in f or ";" in f or "!" in f or "?" in f or bool(section_marker(b)) or bool(enum_marker(b))


@per_line
def is_note_line(b: Block) -> bool:
    """A bracketed note such as `（此件公开发布）`, the 附注, unless it is a bracketed contact line."""
    return b.folded[:1] in _NOTE_OPENS and bool(P.NOTE_LINE.match(b.folded)) and not is_contact_line(b)


_NOTE_OPENS = "(【〔"


def is_note_label_line(b: Block) -> bool:
    """注：… / 附注：… / 备注：…: a labelled note that starts the 附注."""
    return b.folded[:1] in "注附备" and bool(P.NOTE_LABEL_LINE.match(b.folded))


def is_reviewer_line(b: Block) -> bool:
    """审核人：…, 拟稿人：…: who reviewed or drafted the document, a line of the trailer."""
    return ":" in b.folded[:6] and bool(P.REVIEWER_LINE.match(b.folded))


def is_date_fragment_line(b: Block) -> bool:
    """二十六日 alone: a 成文日期 that lost its year and month, a line of the trailer, not of the body."""
    f = b.folded.strip()
    return len(f) <= 8 and f[-1:] in "日号" and bool(P.DATE_FRAGMENT_LINE.match(f))


@per_line
def is_category_line(b: Block) -> bool:
    """办复类别：B类, 办理结果：解决采纳: a labelled answer category, a line of the trailer."""
    m = P.KEY_VALUE.match(b.folded) if ":" in b.folded and len(b.folded) <= 40 else None
    return m is not None and m.group("key") in P.CATEGORY_KEYS and m.group("key") not in ("类别", "分类")


def is_imprint_line(b: Block) -> bool:
    """A 抄送 line or an `…印发` line: the 版记 at the document's foot."""
    f = b.folded
    return (f.startswith("抄") and bool(P.CC_LINE.match(f))) or ("印发" in f and bool(P.PRINTED_LINE.match(f)))


@per_line
def attachment_match(b: Block) -> regex.Match[str] | None:
    """The 附件 line's match (number, colon, name), kept per block for the several attachment predicates."""
    return P.ATTACHMENT_LINE.match(b.folded) if b.folded.startswith("附") else None


def is_attachment_label(b: Block) -> bool:
    """A bare 附件 / 附件1 / 附件1： line: the attachment's content starts here."""
    m = attachment_match(b)
    return m is not None and not m.group("name").strip()


def opens_attachment_list(b: Block, below: Block | None) -> bool:
    """附件： alone on its line with the numbered titles under it (1. 名称, or a table of numbered
    rows): the 附件说明's label, not the attachment's own content."""
    m = attachment_match(b)
    if m is None or m.group("colon") != ":" or m.group("label_n") or m.group("name").strip():
        return False
    return below is not None and bool(P.ATTACHMENT_CONTINUATION.match(below.folded) or is_attachment_table_head(below))


def is_attachment_table_head(b: Block) -> bool:
    """The head row (序号 | 附件名称) of a table listing the attachments by number and title: its cells
    parted by a tab or a wide space, or by a layout gap the clean-up noted (a ruled table on a page)."""
    m = P.ATTACHMENT_TABLE_HEAD.match(b.folded)
    return m is not None and (m.group("edge") is not None or m.end("label") in b.gaps)


def wraps_attachment_name(above: Block, b: Block) -> bool:
    """`b` is the rest of the attachment title on the line above, cut where a title cannot end
    (…工作的 / 实施意见（试行）): no number, no sentence, and the line above is the list's."""
    f = b.folded.strip()
    if not f or len(f) > _MAX_WRAPPED_NAME or _INNER_STOP.search(f) or P.ATTACHMENT_CONTINUATION.match(f):
        return False
    m = attachment_match(above) or P.ATTACHMENT_CONTINUATION.match(above.folded)
    return m is not None and bool(P.ATTACHMENT_NAME_OPEN.search(m.group("name").rstrip()))


_MAX_WRAPPED_NAME = 40


def continues_attachment_name(above: Block, b: Block, below: Block | None) -> bool:
    """`b` is the rest of the attachment title above it: cut where a title cannot end, or standing
    between two numbered lines of the list (1.某市…重点建设项目 / 投资计划表 / 2.…), wherever it was cut."""
    if wraps_attachment_name(above, b):
        return True
    f = b.folded.strip()
    if not f or len(f) > _MAX_WRAPPED_NAME or _INNER_STOP.search(f):
        return False
    if below is None:  # the list's last line (the 落款 follows): only a title's rest it was zoned as
        below = b
    m = attachment_match(above) or P.ATTACHMENT_CONTINUATION.match(above.folded)
    if m is not None and m.group("n") is not None and int(m.group("n")) > 1 and ends_last_title(b, below):
        return True
    nxt = P.ATTACHMENT_CONTINUATION.match(below.folded)
    if m is None or nxt is None or P.ATTACHMENT_CONTINUATION.match(f) or m.group("n") is None:
        return False
    return int(nxt.group("n")) == int(m.group("n")) + 1


def ends_last_title(b: Block, below: Block) -> bool:
    """`b` ends the last numbered attachment title (2.某某资金使用 ⏎ 明细表) just above the 落款: it ends as a
    title does and the organ or date line follows (`below` is `b` itself once the list is zoned)."""
    return bool(P.ATTACHMENT_TITLE_END.search(b.folded.strip())) and (
        below is b or is_organ_line(below) or is_date_line(below)
    )


def is_attachment_list(b: Block) -> bool:
    """附件：1. 名称 — the 附件说明 listing attachments by title."""
    m = attachment_match(b)
    if m is None or not m.group("colon") or not m.group("name").strip():
        return False
    return m.group("colon") == ":" or "。" not in m.group("name")  # 附件1、2中的数据… is a sentence


_SENTENCE_STOP = frozenset("。!?")
_MAX_CLOSING_SENTENCE = 160


def last_sentence(folded: str) -> str:
    """The paragraph's last sentence, without its final stop."""
    core = folded.rstrip("。!? ")
    cut = max(core.rfind(stop) for stop in _SENTENCE_STOP)
    return core[cut + 1 :]


def _sentences(folded: str) -> list[str]:
    """The paragraph cut at every 。, ! and ? (split by the string methods, not a loop per character)."""
    pieces = folded.replace("!", "。").replace("?", "。").split("。")
    return [s for s in map(str.strip, pieces) if s]


def closing_run_on_start(folded: str) -> int | None:
    """Where a closing written on at the end of a body line starts (…年内完工。特此答复。), or None.

    It must hold a formula sentence (此复, 特此答复 …) after a sentence's stop, and every sentence
    from there on must read as closing; thanks alone at a paragraph's end stay body. Sentences that
    open as a closing does (感谢您…, 再次感谢…, 祝您…) right before the formula are its closing too
    (…完工。感谢您的关心和支持！特此答复。). The sentences are walked back from the end once, so a
    long line costs linear time.
    """
    bounds = [0] + [i + 1 for i, ch in enumerate(folded) if ch in _SENTENCE_STOP and i + 1 < len(folded)]
    found = None
    for a, b in reversed(list(itertools.pairwise([*bounds, len(folded)]))):
        sentence = folded[a:b].rstrip("。!? ").strip()
        if not sentence:
            continue
        if a == 0 or not _closing_like(sentence):
            break
        if P.CLOSING_FORMULA.match(sentence) or (found is not None and P.CLOSING_STRONG.match(sentence)):
            found = a + len(folded[a:b]) - len(folded[a:b].lstrip())
    return found


def _closing_like(sentence: str) -> bool:
    return _thanks_or_formula(sentence) or bool(P.CLOSING_WEAK.match(sentence))


def _thanks_or_formula(sentence: str) -> bool:
    if P.CLOSING_STRONG.match(sentence):
        return True
    if len(sentence) > _MAX_CLOSING_SENTENCE or "收悉" in sentence:
        return False
    m = P.CLOSING_SENTENCE.search(sentence)
    return m is not None and not _asks_first(sentence[: m.start()])


def _asks_first(head: str) -> bool:
    """A clause before a sentence's thanks or wish asks the reader to act (…车辆请绕行，感谢您的理解和支持).

    Such a sentence is an instruction that thanks in passing, as a notice's body ends: no closing.
    A request that is itself courtesy (请您一如既往关心和支持…, 以上答复，敬请谅解) leaves it one.
    """
    if "请" not in head:
        return False
    return any(
        P.READER_REQUEST.search(clause) and not _thanks_or_formula(clause)
        for clause in head.replace(";", ",").split(",")
    )


def closing_strength(folded: str) -> tuple[bool, bool]:
    """(closing-like, strong) for a paragraph's folded text.

    A closing paragraph is courtesy from end to end: every sentence thanks the proposer, asks
    for more opinions or feedback, or is a formula (感谢…, 特此函复, 专此答复, 最后，再次感谢…, 以上答复,
    如有不妥); it is strong when one of them is thanks, a wish or a formula that closes on its
    own (…，再次感谢您的关心，请继续予以关注和支持。), weak when all are of the kind that closes
    only next to a strong one. A paragraph that thanks and then goes on with the answer is body,
    and so is a numbered point of the answer that ends in thanks.
    """
    if P.SECTION_MARKER.match(folded):
        return bool(P.CLOSING_WEAK.match(folded)), False
    sentences = _sentences(folded)
    strong = [_thanks_or_formula(s) for s in sentences]
    if not sentences or not all(
        ok or P.CLOSING_WEAK.match(s) or P.CONTACT_BRACKET.match(s) for ok, s in zip(strong, sentences, strict=True)
    ):
        return False, False
    return True, any(strong)


def is_closing(b: Block) -> tuple[bool, bool]:
    """(closing-like, strong) for a block."""
    return closing_strength(b.folded)


def ends_open(b: Block) -> bool:
    """The block ends mid-sentence (no closing punctuation), as a page-break split does."""
    f = b.folded.rstrip()
    return bool(f) and f[-1] not in CLOSING_PUNCT
