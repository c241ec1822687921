"""The 落款's organ lines over its date: how far up they reach, and which of them are a list the
body announces (由以下单位负责：) or a table of data rather than co-signers."""

from __future__ import annotations

from govdoc import patterns as P
from govdoc.rules import lines as L
from govdoc.rules.trailer.base import ISSUER, TITLE, printed_line
from govdoc.state import Block, State

_MAX_ORGAN_LINES = 4


def organs_above(region: list[Block], date_at: int) -> int:
    """Index of the first organ (or seal) line right above the date line."""
    top = date_at
    while top > 0 and date_at - top < _MAX_ORGAN_LINES:
        above = region[top - 1]
        if not (L.is_organ_line(above) or P.SEAL_OR_HEAD_LINE.match(above.folded) or L.is_labelled_organ_line(above)):
            if L.signature_label_only(above) == L.ORGAN_LABEL_ONLY and _names_organ(region[top]):
                top -= 1  # 答复单位： alone over the organ lines: the 落款's head, and its top
            elif top < date_at and _wrapped_organ_head(above, region[top]):
                top -= 1  # an organ's name wrapped before its ending: its head is the 落款's too
            break
        if above.table and not _signing_table(region, above.table, region[date_at]):
            break
        top -= 1
    if top < date_at - 1 and top > 0 and _introduces(region[top - 1]):
        return date_at - 1  # the organ lines are what the line above introduces; the 落款 is the last
    return top


def _names_organ(b: Block) -> bool:
    """An organ line, or an organ and the date on one line: what a lone 答复单位： label stands over."""
    return L.is_organ_line(b) or bool(L.date_class(b) & L.ORGAN_DATE)


def _introduces(b: Block) -> bool:
    """A line that announces a list of lines under it: a sentence or heading ending on a colon
    (由以下单位负责：), not a label (主办单位：), or a heading naming units (（二）牵头单位, 三、责任部门).
    Organ lines under it are its list, so of a stack of organ lines right under it only the last
    one (with the date under it) is the 落款. A heading of another title (二、扎实做好安全生产) announces
    no list: a joint 落款 may stand right under it when it has no body."""
    f = b.folded.rstrip(" ")
    marker = L.section_marker(b)
    if marker is not None:
        return f.endswith(":") or f.rstrip("。").endswith(_UNIT_WORDS)
    return f.endswith(":") and not L.is_key_value(b)


_UNIT_WORDS = ("单位", "部门")


def _wrapped_organ_head(above: Block, below: Block) -> bool:
    """`above` is the head of an organ's name whose ending alone `below` holds (…住房和城乡建设 ⏎ 管理委员会);
    before an office's ending alone (办公室) the head is the organ it serves, so it ends like one."""
    f = above.folded.strip()
    ending = below.folded.strip()
    return (
        bool(P.ORGAN_ENDING_ONLY.match(ending))
        and bool(P.ORGAN_NAME_HEAD.match(f))
        and not f.startswith(P.NOT_A_NAME_HEAD)
        and not (ending in P.OFFICE_OF_ENDINGS and not P.ORGAN_SUFFIX.search(f))  # 确保安全稳定 ⏎ 办公室
        and not P.CLOSING_STRONG.match(f)
    )


def _signing_table(region: list[Block], table: int, date: Block) -> bool:
    """A table whose rows of organ cells are a joint 落款: the date stands in it (a one-cell row under
    the organs), or every row of it names organs. A table of data whose rows happen to be organs
    (牵头单位 | 配合单位 over 市水务局 | 市财政局) stays the body's, its head row being no organs."""
    return date.table == table or all(
        L.is_organ_line(b) or L.is_labelled_organ_line(b) or P.SEAL_OR_HEAD_LINE.match(b.folded)
        for b in region
        if b.table == table
    )


def organ_lines(blocks: list[Block]) -> list[Block]:
    """The 落款's lines that name its organs: not a seal's note or a lone label (答复单位：, 答复日期：)."""
    return [b for b in blocks if not (P.SEAL_OR_HEAD_LINE.match(b.folded) or L.signature_label_only(b))]


def below_a_listed_run(state: State, region: list[Block], top: int, date_at: int) -> int:
    """Where a joint 落款 starts under a list: `organs_above` keeps only the organ over the date
    when the organ lines stand under a line that announces them (…对以下单位予以通报表扬： / 某镇中心学校
    / 某县实验小学 / 某县教育局 / 某县财政局 / date); the organs right above that one which the title or
    the letterhead names are its co-signers, the rest the list."""
    if top != date_at - 1 or top == 0 or not L.is_organ_line(region[top - 1]):
        return top
    named = "".join(b.folded for b in state.blocks if b.zone is TITLE or b.zone is ISSUER)
    while top > 0 and L.is_organ_line(region[top - 1]) and region[top - 1].folded.strip() in named:
        top -= 1
    return top


def organ_under_date(region: list[Block], date_at: int) -> bool:
    """A 落款 written date first: an organ line right under a date with no organ above it, and
    not the 印发 organ of a print line that follows."""
    below = region[date_at + 1 : date_at + 3]
    return bool(below) and L.is_organ_line(below[0]) and not (len(below) > 1 and printed_line(below[1]))
