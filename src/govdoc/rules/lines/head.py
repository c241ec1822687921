"""The 版头's lines: the cells a wide layout gap set apart, the 发文字号 line and the 签发人 mark."""

from __future__ import annotations

import itertools

import regex

from govdoc import patterns as P
from govdoc.rules.lines.base import is_organ_name, per_line
from govdoc.rules.lines.guards import Ending
from govdoc.state import Block

_BRACKETS = "〔[(〈【"


def gap_cells(b: Block) -> list[tuple[int, int]]:
    """The stretches of a line between the wide layout gaps that were removed from it (a 版头 line
    holding the 文号 and the 签发人 as two cells: `签发人：张某　　　某发〔2024〕3号`), and between the runs
    of TABs a text export aligned its cells with (`B类\t\t\t\t签发人：吴某`: holdout21 b8b)."""
    text = b.text
    bounds = [0, *sorted(g for g in b.gaps if 0 < g < len(text)), len(text)]
    cells = [(lo, hi) for lo, hi in itertools.pairwise(bounds) if hi > lo]
    if "\t\t" not in text:
        return cells
    parted: list[tuple[int, int]] = []
    for lo, hi in cells:
        at = lo
        for m in P.TAB_CELL_BORDER.finditer(text, lo, hi):
            if m.start() > at:
                parted.append((at, m.start()))
            at = m.end()
        if hi > at:
            parted.append((at, hi))
    return parted


def has_cells(b: Block) -> bool:
    """Whether the line is parted into cells `gap_cells` reads: wide gaps removed, or a run of TABs."""
    return bool(b.gaps) or "\t\t" in b.text


def is_header_cell(folded: str) -> bool:
    """A cell of a 版头 line that a wide gap sets off (or a short line of its own) is one of the
    版头's marks: 份号, 密级, 紧急程度 (bare or labelled), 签发人, a category or 公开属性 mark, or a
    键：值 pair under a label of the table (公开方式：主动公开)."""
    f = folded.strip()
    if P.COPY_NUMBER.match(f) or P.SECURITY.match(f) or P.URGENCY.match(f) or P.SIGNER.match(f):
        return True
    if P.CATEGORY_LETTER_LINE.match(f) or P.CATEGORY_WORD_LINE.match(f) or P.DISCLOSURE_MARK.match(f):
        return True
    if "类" in f and P.CATEGORY_NOTE.match(f):  # B类答复, （此件为A类答复）
        return True
    m = P.KEY_VALUE.match(f) if ":" in f else None
    if m is None or not m.group("value").strip():
        return False
    return m.group("key") in P.LABELS or bool(P.MARK_LABEL.match(f))


def letterhead_beside_marks(b: Block) -> tuple[int, int] | None:
    """The organ's name opening a line whose other cells, past wide gaps, are marks GB/T 9704 prints in the 版头
    (签发人, 份号, 密级, 紧急程度, a category or 公开属性 mark: `某县农业农村局　　　　签发人：某`): the letterhead
    with a mark set at the right of its line, as `letterhead_cell` reads one beside the 文号. A table's 键：值 cell
    (索引号：…) beside a name is a portal's row, no mark of the 版头."""
    cells = gap_cells(b) if len(b.gaps) > 0 else []
    if len(cells) < 2:
        return None
    lo, hi = cells[0]
    if not is_organ_name(b.folded[lo:hi].strip()):
        return None
    return (lo, hi) if all(_is_version_head_mark(b.folded[a:z].strip()) for a, z in cells[1:]) else None


def _is_version_head_mark(f: str) -> bool:
    return bool(
        P.COPY_NUMBER.match(f)
        or P.SECURITY.match(f)
        or P.URGENCY.match(f)
        or P.SIGNER.match(f)
        or P.CATEGORY_LETTER_LINE.match(f)
        or P.CATEGORY_WORD_LINE.match(f)
        or P.DISCLOSURE_MARK.match(f)
    )


def is_header_cells_line(b: Block) -> bool:
    """A 版头 line of two or more cells set apart by wide gaps, each one of the 版头's marks
    (`000123　　秘密★1年`, `A类　　　　主动公开`)."""
    cells = gap_cells(b)
    return len(cells) > 1 and all(is_header_cell(b.folded[lo:hi]) for lo, hi in cells)


def issuer_mark(f: str) -> regex.Match[str] | None:
    """The 发文机关标志 of a folded line, its `organ` group the organ: `patterns.ISSUER_MARK` (某市人民政府文件)
    or `patterns.LETTER_MARK` (某市教育局（函）, the mark a letter's 信函格式 prints beside the organ). Each ends
    the line, so a line ending otherwise (all but a few) is answered without either pattern."""
    return _ISSUER_MARK.match(f) or _LETTER_MARK.match(f)


# (rules/lines/guards.py: each pattern's last characters read off its source)
_ISSUER_MARK, _LETTER_MARK = Ending(P.ISSUER_MARK), Ending(P.LETTER_MARK)


def number_cell(b: Block) -> tuple[int, int] | None:
    """The cell of a gapped line that opens with a 发文字号, where the line's other cells are marks
    of the 版头 (签发人, a category, a 键：值 pair) or the organ's name of the letterhead beside it
    (`某区教育局　　　某教复〔2024〕2号`); None where the line has no such cell."""
    if not has_cells(b):
        return None
    cells = gap_cells(b)
    for lo, hi in cells:
        if P.DOC_NO.match(b.folded[lo:hi]):
            others = [(a, z) for a, z in cells if (a, z) != (lo, hi)]
            if all(_is_mark_cell(b, a, z) for a, z in others):
                return lo, hi
    return None


def _is_mark_cell(b: Block, lo: int, hi: int) -> bool:
    """The cell `lo:hi` of a 版头 line is one of its marks (`is_header_cell`, or a 签发人 whose colon was a
    space: `spaced_signer`) or the letterhead's organ."""
    cell = b.folded[lo:hi].strip()
    return is_header_cell(cell) or is_organ_name(cell) or spaced_signer(b, lo, hi) is not None


def spaced_signer(b: Block, lo: int, hi: int) -> tuple[int, int] | None:
    """The name's bounds where the cell `lo:hi` is a 签发人 label with a space for its colon (`签发人　钟某某`,
    `patterns.SIGNER_SPACE_FOR_COLON`): the space the layout clean-up took out stands right before the name
    (`Block.spaces`), the one evidence that the label and the name are two cells' words; else None. A post
    between them (`签发人　县长　王某`) is no part of the name: the removed space then stands after the label,
    before the post."""
    if not b.spaces or P.SPACED_SIGNER_WORD not in b.folded:
        return None
    m = P.SIGNER_SPACE_FOR_COLON.match(b.folded, lo, hi)
    after_label = m.start("post") if m is not None and m.group("post") else m.start("name") if m is not None else -1
    return (m.start("name"), m.end("name")) if m is not None and after_label in b.spaces else None


def title_number_cell(b: Block) -> tuple[int, int] | None:
    """The last cell of a title line that is a 发文字号 alone, set at the right of the title's row past a wide gap
    (`关于…的答复　　　　某交函〔2024〕77号`: a Word template's title row with the number beside it); None where the
    line has no such cell. Only with the gap's evidence: the clean-up took the gap out, and without it the number
    reads as the title's last words."""
    if not b.gaps:
        return None
    cells = gap_cells(b)
    if len(cells) < 2:
        return None
    lo, hi = cells[-1]
    cell = b.folded[lo:hi].strip()
    m = P.DOC_NO.fullmatch(cell) if cell.endswith("号") else None  # every 文号 ends in 号
    return (lo, hi) if m is not None and cells[0][1] - cells[0][0] >= _TITLE_BESIDE_NUMBER else None


_TITLE_BESIDE_NUMBER = 6  # the cell before the number must still be a title's words


def title_words(b: Block) -> str:
    """The folded line as a title's words: without a 发文字号 set at the right of its row (`title_number_cell`),
    which is the doc number's, so the title's shape (its type at the end) is judged without it."""
    cell = title_number_cell(b) if b.gaps else None
    return b.folded if cell is None else b.folded[: cell[0]]


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
    if len(f) > 80 or not (_holds_bracket(f) or "年第" in f):  # (…函2024年第36号: patterns.DOC_NO's bare year)
        return False
    if number_cell(b) is not None:
        return True  # 签发人：张某　　某发〔2024〕3号: the cells the removed gap divided
    m = P.DOC_NO.search(f) if "号" in f else None
    if m:
        rest = (f[: m.start()] + f[m.end() :]).strip(" ()")
        # …6号（A）类, …6号（列入计划解决）: the answer category beside it, as a letter or in words; or the
        # letter marked before it (【B类】某发〔2024〕3号), where the number then starts (patterns.DOC_NO)
        category = bool(
            P.CATEGORY_MARK.match(f, m.end())
            or P.CATEGORY_WORD_LINE.match(f[m.end() :].strip())
            or P.CATEGORY_DISCLOSURE_MARK.match(f, m.end())  # …10号（A类　主动公开）: both marks in one bracket
        )
        before = not f[m.end() :].strip(" ()") and category_before_number(f, m.start()) is not None
        # 某林函〔2024〕26号　　某财函〔2024〕103号 (or parted by ，/、): a joint answer printing each organ's number,
        # the first its own
        others = "号" in rest and all(P.DOC_NO.fullmatch(n) for n in rest.replace(",", " ").replace("、", " ").split())
        return not rest or bool(P.SIGNER.search(rest)) or len(rest) <= 2 or category or before or others
    broken = P.DOC_NO_BROKEN.match(f)
    if broken is None or "。" in f or len(f) > 60:
        return False
    # 某省数字经济发展白皮书（2024）: a title's year, for no 机关代字 ends in a type of document's
    # name (a one-character type, 函 or 令, does end one: 南兴府办函〔202058 is a broken number)
    code = broken.group("code")
    kind = P.KIND_SUFFIX.search(code)
    return not (
        (kind is not None and len(kind.group()) > 1)
        or P.UNLISTED_TITLE_SUFFIX.search(code)
        or P.NOT_A_CODE.search(code)  # 关于…会议〔2024〕建议字第38号的答复: a title's words, no 机关代字
    )


def category_before_number(f: str, start: int) -> regex.Match[str] | None:
    """The category mark written before a 文号 starting at `start` on the line `f` (【B类】某发〔2024〕3号), or None."""
    return P.CATEGORY_LETTER_LINE.match(f[:start].rstrip()) if 0 < start <= _MARK_REACH else None


_MARK_REACH = 12  # a category mark before a 文号 (【 B 类 】 and a space or two)


def _holds_bracket(f: str) -> bool:
    """One of `_BRACKETS` stands in `f`, written out as an `in` scan each: a set would hash every
    character, and a generator over them under `any` cost more than the scans (a test ties them)."""
    return "〔" in f or "[" in f or "(" in f or "〈" in f or "【" in f


def holds_mark_word(folded: str) -> bool:
    """The text holds one of `patterns.MARK_WORDS` (密, 急, 特提), as every 密级 and 紧急程度 mark does
    (tests/test_rule_speed.py ties them): a text without one is not asked SECURITY or URGENCY.
    Written out: a generator over the words cost more than the test."""
    return "密" in folded or "急" in folded or "特提" in folded


def is_signer_line(b: Block) -> bool:
    """A 签发人 mark line: it belongs to the 版头, never to the body or the 落款."""
    return signer_match(b) is not None or spaced_signer(b, 0, len(b.folded)) is not None


def signer_match(b: Block) -> regex.Match[str] | None:
    """The 签发人 mark that opens the line (签发人：张三), or that opens a bracketed note holding it alone
    (（签发人：张三）) or with the other cells of its row (（签发人：张三　拟稿人：李四　电话：…）): some copies
    print the mark so under the 落款, as a 附注, rather than in the 版头."""
    f = b.folded
    if "签" not in f and "署名" not in f:
        return None
    at = 1 if f[:1] in _SIGNER_NOTE_OPENS else 0
    m = P.SIGNER.match(f, at)
    if (
        m is not None
        and at
        and f[m.end() :].strip() not in _SIGNER_NOTE_CLOSES
        and not P.SIGNER_ROW_CELL.match(f, m.end())
    ):
        return None  # a bracket that holds more than the mark (or its row's cells): a note of another kind
    return m


_SIGNER_NOTE_OPENS = "(【〔"
_SIGNER_NOTE_CLOSES = (")", "】", "〕")


def answer_row_value(folded: str) -> str | None:
    """The row of a mailbox's, message board's or hotline's form that holds the answer (回复内容：…,
    答复内容 ⏎ …, `patterns.REPLY_CONTENT_ROW`): what follows its label on the line (maybe nothing: the
    answer stands under a bare label), or None where the line is no such row. One test for the header,
    where the page's body begins at that row, and for the unplaced check, where a bare label is no
    content."""
    if folded[:1] not in P.REPLY_CONTENT_FIRST:
        return None
    f = folded.rstrip()
    m = P.REPLY_CONTENT_ROW.match(f)
    return None if m is None else f[m.end() :]
