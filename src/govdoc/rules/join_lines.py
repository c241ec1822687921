"""The line questions and measures the join rules share (rules.joins and its modules): what a line ends on, its
marks, a closing formula alone, an aligned row. Split out of rules/joins.py (session 30), a pure move.
"""

from __future__ import annotations

from govdoc import patterns as P
from govdoc.fields.kind import kind_suffix
from govdoc.rules import lines as L
from govdoc.rules.cleanup.spaces import column_row
from govdoc.rules.sections import heading_of
from govdoc.state import Block, Zone

# Zones by module-level names: on Python 3.11 a `Zone.X` look-up costs several times a global's
# (the enum's metaclass hooks attribute access), and the rules ask them once per block.
_BODY = Zone.BODY
_CHROME = Zone.CHROME
_CLOSING = Zone.CLOSING

_NEAR_FULL_LINE = 24
_WIDTH_SLACK = 2  # half-width digits and letters let a full line hold a character or two more or less
_SENTENCE_MARKS = frozenset(";。!?:")
_CLAUSE_MARKS = frozenset(",、;。:《“(")
_MAX_TITLE_LINE = 40
_CONTINUING_END = frozenset("，,、《》“(（-—")


def _ideograph(ch: str) -> bool:
    """`ch` is an ideograph of the basic block, or 〇: the folded form of 零 and ○, which a figure in
    numerals ends on where a width cuts it (…积水点一百零 / 六处): a word goes on after it as after any
    other ideograph (U+3007 stands outside the block, among the CJK marks)."""
    return "\u4e00" <= ch <= "\u9fff" or ch == "〇"


_CLAUSE_END = frozenset("，,、")
_INNER_CLOSERS = frozenset("”’)」』")  # close a quote or bracket mid-sentence as often as a paragraph
_SENTENCE_STOPS = frozenset("。!?;…")  # … but right after one of these (。” / 。）) they close its sentence
_TITLE_BREAKS = frozenset("。,;:!?、")  # none inside the second line of a wrapped heading
JOINED_MESSAGE = "两段在分页处断开，已拼接 (paragraph split by a page break re-joined)"


def _document_title(f: str, printed: bool) -> bool:
    """A short line naming a document (关于…的意见, …的通知) with no sentence or clause mark in it;
    a plan or rules printed after the notice that issues them often name it without 关于
    (某省…实施方案, 某县…管理办法), which only its place under the notice's 落款 (`printed`) tells
    from a body line cut after such a word (…制定抢险工作方案 / 并于5月底前…)."""
    if len(f) > _MAX_TITLE_LINE or not _SENTENCE_MARKS.isdisjoint(f) or "," in f:
        return False
    m = kind_suffix(f)
    return m is not None and ("关于" in f or (printed and m.group("s") in P.PRINTED_KINDS))


def _may_continue(
    b: Block, clause_open: bool = False, word_cut: bool = False, width_cut: bool = False, end: str = ""
) -> bool:
    """`b` may carry on a cut paragraph; `clause_open`: the line before ends on a comma, so a
    member opening `b` (…，/ 二是…) goes on the same sentence; `word_cut`: the page width cut the
    line before between two words of a sentence (…为 / 下一步工作打下基础, …位居全省 / 第一，…), so
    a plan's or a member's opening word there is the sentence's, not a new paragraph's;
    `width_cut`: the line before filled the width of a hard-wrapped text and ends mid-sentence in a
    paragraph, so even a heading-shaped opening is the sentence's (…第十二条第 / （二）项关于…,
    …并计划在今年 / 二、三季度…, …按照《条例》中的 / 第三章规定的…): a paragraph ends on its stop;
    `end`: the line before's folded text, where a closing formula's head may stand (`_formula_cut`)."""
    f = b.folded
    if not f or (heading_of(b) is not None and not width_cut) or (not word_cut and L.opens_plan(f)):
        return False  # a sentence that opens with a number (`3 个街道…`) may carry a line on
    if L.enum_marker(b) and not (clause_open or word_cut):
        return False
    if not clause_open and len(f) <= _MAX_FORMULA_LINE and _formula_alone(f) and not _formula_cut(end, f):
        return False  # 特此答复。 / 此复。 alone: the closing formula is a sentence of its own, never a line's end
    # a word and a colon the width brought to the line's start (…我局采取了两项 / 措施：（1）…) read as a label's
    # line; under a line the width cut mid-phrase it is the sentence's (struct26 cause 3): a word of two or three
    # characters the cut left, no label the genre writes (领衔代表：, 案由：) and no line under a blank one, which a
    # listing's full title line leaves over its label lines (diffread-A N3)
    label = L.is_key_value(b) and not (width_cut and _cut_left_word(b))
    return not (label or L.is_date_line(b) or L.is_contact_line(b) or L.is_attachment_list(b))


_CUT_WORD = 3  # 措施：, 要求：: the longest word a cut leaves before a colon that is no label


def _cut_left_word(b: Block) -> bool:
    """`b` opens with a short word and a colon that are no label of the genre, right under the line above: a
    word of two or three characters, or a counted phrase of any length (`两项工作：`, `以下几个方面：`,
    `P.COUNTED_PHRASE`), which no label opens with (struct27)."""
    if b.blank_before:
        return False
    m = P.KEY_VALUE.match(b.folded)
    if m is None or m.group("key") in P.LABELS:
        return False
    key = m.group("key")
    return len(key) <= _CUT_WORD or P.COUNTED_PHRASE.match(key) is not None


_MAX_FORMULA_LINE = 16  # 以上答复如有不妥，敬请批评指正。 and shorter: the closing formulas alone on a line
_FORMULA_CHARS = ("此", "请", "望")  # one of them in every CLOSING_FORMULA (此复, 特此…, 妥否，请…, 望予以批评指正)


def _formula_alone(f: str) -> bool:
    """The short folded line `f` is a closing formula and nothing else (特此答复。, 此复。), asked of the
    pattern only where one of its characters stands."""
    return any(c in f for c in _FORMULA_CHARS) and P.CLOSING_FORMULA.match(f.strip().rstrip("。!")) is not None


def _formula_cut(end: str, f: str) -> bool:
    """The formula `f` (如有不妥之处，敬请批评指正。) is the rest of one whose head, the answer named
    (以上答复, 本复函, 我们的答复), ends the line before (`end`): the width cut the sentence there and it
    goes on (diffread-A A10). Asked only of a line that is a formula alone."""
    head = P.ANSWER_NAMED_END.search(end[-_MAX_ANSWER_HEAD:]) if end else None
    return head is not None and _formula_alone(head.group().strip() + f.strip())


_MAX_ANSWER_HEAD = 8  # 我局的复函, 以上答复: the answer named, the longest with a space after it


def _spaced_apart(b: Block) -> bool:
    """`b`'s text stood apart by a space inside it before layout_spaces took it out between two CJK
    characters (its places kept as `spaces`/`gaps`): `序号 项目 金额` reads 序号项目金额 by now."""
    inner = len(b.text)
    return any(0 < at < inner for at in b.spaces) or any(0 < at < inner for at in b.gaps)


def _aligned_row(b: Block) -> bool:
    """A line whose first cell is set off by a column's gap: a wide gap the layout rule took out between CJK
    characters (`Block.gaps`) or a run of two spaces or more left between other characters (`9:30  张某`),
    after a short first cell (a time, a name, a label: `_FIRST_CELL` characters at most) that ends no sentence.
    A justified line's stretch (…占比超  过) or two spaces after a sentence's stop (…60%。  2023年…) are no
    column's (review23 R3). A row of organ or place names parted by spaces (`cleanup.spaces.column_row`) is
    aligned so too, the space between names its columns' (a 通报's list of units under its label line)."""
    f = b.folded
    if " " in f and column_row(f):
        return True  # 东皇镇人民政府　醒民镇人民政府: a row of names in columns (kept so by `layout_spaces`)
    wide = f.find("  ", 1, _FIRST_CELL + 2) if "  " in f else -1
    at = min((g for g in (*b.gaps[:1], wide) if g > 0), default=-1)
    return 0 < at <= _FIRST_CELL and f[at - 1] not in _SENTENCE_STOPS_AND_COMMAS


_FIRST_CELL = 8


_SENTENCE_STOPS_AND_COMMAS = frozenset("。.!?;,、")


_OPENING = 256  # characters that say what kind of line a paragraph opened as (`_opening`)


def _opened_as_value(opening: Block) -> bool:
    """The paragraph (its `opening`, `_opening`) is a line whose value ends at its end: a label's
    (键：值), a contact line (a sentence saying whom to call and the number, 如有疑问，请与…联系，电话：…)
    or a date."""
    return L.is_key_value(opening) or L.is_contact_line(opening) or L.is_date_line(opening)


def _opening(a: Block) -> Block:
    """`a`'s first `_OPENING` characters as a line of their own, asked what kind of line a paragraph
    longer than that opened as: the kinds' patterns are anchored at the line's start and bounded (a
    label of ten characters; a contact sentence's number within about 120; dates side by side within
    `lines.dates._MAX_DATES_LINE`, 216), and each of their tests of the whole line (a colon, a digit,
    a sentence mark anywhere) is met within them as soon as it matters. The joined paragraph stops
    growing there: asked of the block joined so far, each question, made new by each join, read the
    whole paragraph again at each of its lines."""
    return a.piece(0, _OPENING, first=True)


_LEAD_ENDS = frozenset(";:")  # folded ； and ：, which end a list's member and its lead, never a paragraph
_MEMBER_ENDS = frozenset(";,。")  # folded: what ends an inline list's member before the next marker
