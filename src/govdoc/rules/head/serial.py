"""`header.serial` (schema 1.8): the 序号 a 公告, 通告 or 令 carries in place of a 发文字号, and a 纪要's issue.

GB/T 9704 gives a 令 a 令号 (第12号) under its title instead of a 发文字号, and a 公告 or 通告 is
numbered the same way (第12号, 2024年第5号, 〔2024〕第3号). Such a serial has no 机关代字 (and often no
year), so it is no `DocNumber`, whose agency code and year the contract requires; it is a field of
its own. It stands on its own line right under the line naming the type (the title, or the head of
a 令 over the regulation it promulgates, by which the regulation is cited: 国务院令第777号), which
`rules.header` zones as a header line, or ends the title's own line (国家税务总局公告2024年第1号),
which keeps the title as written, or on the line above the title where a ministry prints its
公告's numbering (国家税务总局公告2024年第5号 ⏎ 国家税务总局关于…的公告). A 纪要 is numbered by
issue in its series the same way (第5期, 〔2024〕第5期, under its title), which up to 1.7 was
`content-unplaced`: its serial too.
"""

from __future__ import annotations

import regex

from govdoc import patterns as P
from govdoc.model import Serial
from govdoc.numerals import cn_to_int
from govdoc.rules import field_spans as S
from govdoc.rules.head.update import set_header
from govdoc.rules.header_lines import serial_under_type
from govdoc.state import Block, State, Zone

_SERIAL_ZONES = frozenset((Zone.HEADER, Zone.TITLE))


def serial(state: State) -> None:
    """The rule: the serial line under the type's line, else the serial ending the title's line,
    else the one ending a ministry's numbering line right above the title (国家税务总局公告2024年第5号)."""
    lines = state.in_zones(_SERIAL_ZONES)
    for i in range(1, len(lines)):
        b = lines[i]
        if b.zone is Zone.HEADER and serial_under_type(lines, i):
            m = P.SERIAL_LINE.match(b.folded)
            if m is not None:
                set_header(state, serial=_serial(state, b, m))
                return
    title = state.title_blocks
    if title and "号" in title[-1].folded:
        m = P.SERIAL_TITLE_END.search(title[-1].folded.rstrip())
        if m is not None and m.group("unit") == "号":
            set_header(state, serial=_serial(state, title[-1], m))
            return
    above = _line_above(state, title[0]) if title else None
    if above is not None and "号" in above.folded and len(above.folded.strip()) <= _NUMBERING_LINE:
        m = P.SERIAL_TITLE_END.search(above.folded.rstrip())
        if m is not None and m.group("unit") == "号":
            set_header(state, serial=_serial(state, above, m))


_NUMBERING_LINE = 40  # 国家税务总局公告2024年第5号: an organ, its type and the serial


def _line_above(state: State, first: Block) -> Block | None:
    """The text's line right above the title's first (chrome skipped): where a ministry prints its
    公告's numbering line, `国家税务总局公告2024年第5号` over `国家税务总局关于…的公告` (review17 R7)."""
    blocks = state.blocks
    k = blocks.index(first) - 1
    while k >= 0 and blocks[k].zone is Zone.CHROME:
        k -= 1
    return blocks[k] if k >= 0 and blocks[k].start >= 0 else None


def _serial(state: State, b: Block, m: regex.Match[str]) -> Serial | None:
    start, end = m.span("serial")
    number_text = state.header.doc_number.text if state.header.doc_number else ""
    if b.text[start:end] in number_text:
        return None  # the tail of the 发文字号 itself (…公告(方征启公告〔2022〕4号)): the doc number's serial
    n = m.group("n")
    number = int(n) if n.isdigit() else cn_to_int(n)
    if number is None:
        return None
    year = m.group("y")
    return Serial(b.text[start:end], number, int(year) if year else None, S.at(state, b, start, end))
