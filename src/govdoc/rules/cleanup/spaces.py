"""Spaces and marks a layout or a website put into the text: letter-spacing between CJK characters,
a web layout table's lone cell, reading-aid pinyin, characters a fake-bold PDF drew twice."""

from __future__ import annotations

import functools

import regex

from govdoc import patterns as P
from govdoc.charclass import CJK, CJK_CLASS, EDGE_SPACE, HAN, LAYOUT_SPACES
from govdoc.fields.organs import complete_organ
from govdoc.first_chars import alternatives, first_chars
from govdoc.needs import Facts, Need
from govdoc.rules.cleanup.base import TEXT_FORMATS, delete_ranges, resplit, warn_repaired
from govdoc.state import Block, State

_LAYOUT_SPACE = regex.compile(rf"(?<={CJK_CLASS})[{LAYOUT_SPACES}]+(?={CJK_CLASS})")
_LAYOUT_SPACE_CHARS = frozenset(LAYOUT_SPACES)
_HAN_BEFORE = regex.compile(r"\p{Han}{3,}$")  # 县委办: complete_organ judges the length
_HAN_AFTER = regex.compile(r"\p{Han}{3,}")
_NAME_REACH = 48  # how far a name before or after a space is read (an organ's name is shorter)
# the last characters of the contract's organ endings (SPLIT_ORGAN_SUFFIX): 府, 会, 局 …
_ORGAN_LAST = frozenset(form[-1] for form in alternatives(P.SPLIT_ORGAN_SUFFIX.pattern[3:-2]))
_CELL = regex.compile(r"[^| \t\u3000\xa0](?:[^|]*[^| \t\u3000\xa0])?")
_ROW_EDGE_SPACE = EDGE_SPACE.replace("\t", "")  # a table row's edge tab parts an empty cell from the next
_OCR_ONE_MARKER = regex.compile(r"\|[.、]\p{Han}")
# A line letter-spaced throughout (PDFBox and pdf.js part every glyph of a spaced title: `第 0 1 8 8 号 建
# 议`): every character stands alone, parted by one space. Then the spaces beside its digits and
# Latin letters are the layout's as those between its CJK characters are (an ASCII bracket or mark
# standing apart, `[ 有 效 性 ]`, is left to the CJK rule: it may be a label's frame).
_SPACED_THROUGHOUT = regex.compile(rf"^(?:(?:\w|{CJK_CLASS})[{LAYOUT_SPACES}]){{3,}}(?:\w|{CJK_CLASS})$")
_MIN_SPACED_CJK = 2  # CJK characters such a line holds at least (a run of spaced digits alone is a figure's)
# An OCR engine's line (Tesseract's chi_sim, Windows OCR): a space between every two characters but inside a
# run of figures or Latin letters (`第 0213 号`, `2024 年 6 月 18 日`, `0571 - 86012345`, `某民函 ( 2024 ) 35 号`):
# every token one CJK character, one ASCII mark or one ASCII word, one space apart. In a text the engine spaced
# so (three such lines or more, half its lines: `layout_spaces`), the spaces beside the figures and the marks are
# the engine's as those between the CJK characters are; one between two ASCII words (`Type C`) stays. A lone
# title or date so spaced in a typed text keeps its spaces beside figures (`第 0156 号`, `2025 年 6 月 20 日`: the
# contract's reading since round 4), and a typed line with a word of two CJK characters (`推进第 2 批`) is no
# such line (conv23). A layout that pads after each wide character only (pdfplumber's `layout=True`: a CJK
# character is two columns, a figure one) glues a run of figures to the wide character after it (`力 争 2025年 底`,
# `〔 2024〕 58号`): that run and its one character are a token too (conv24).
_OCR_TOKEN = rf"(?:[A-Za-z0-9]+{CJK_CLASS}?|{CJK_CLASS}|[-:.,;/()%+])"
_SPACED_TOKENS = regex.compile(rf"^(?:{_OCR_TOKEN} ){{2,}}{_OCR_TOKEN}$")  # (three tokens: a date, conv24)
_MIN_SPACED_TOKENS_CJK = 3  # lone CJK characters such a line holds at least
# A word segmenter's line (jieba and its kin, as a corpus keeps a text): every word, figure and mark one token, one
# space apart (`您 提出 的 建议 收悉 。`, `第 0031 号`, `2025 年 4 月 23 日`). Its spaces stand between CJK words as
# well as beside figures, which a typed line's spaces round a figure (`推进第 2 批`, a pangu-spaced text) never do:
# a line is one only where spaces part CJK from CJK at least `_MIN_WORD_GAPS` times (conv32). In a text spaced so
# throughout, the spaces beside its figures are the tool's as those between its words are.
_WORD_TOKEN = rf"(?:[A-Za-z0-9]+(?:[.:/-][A-Za-z0-9]+){{0,4}}|{CJK_CLASS}{{1,8}}|[-:.,;/()%+])"  # (3.2, 0571-8…)
_WORD_SPACED = regex.compile(rf"^(?:{_WORD_TOKEN} )+{_WORD_TOKEN}$")
_CJK_GAP = regex.compile(rf"{CJK_CLASS} (?={CJK_CLASS})")
_MIN_WORD_GAPS = 2


def _cell_edges(folded: str) -> set[int]:
    """Where the space runs of an information-table row separate a label from its value
    (`发文字号 锡署发〔2016〕152号`, `… 发布机构 高昌区政府办公室 公开日 …`): the runs before and
    after each label of the table that stands between spaces in a row opening with a label.
    They are kept, since a label glued to its value can no longer be told from a value that
    begins with a label's word."""
    firsts = label_firsts()
    if firsts is not None and folded[:1] not in firsts:
        return set()  # a line opening with no label's first character: the ~85 labels are not tried
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


@functools.cache
def label_firsts() -> frozenset[str] | None:
    """The characters a match of `patterns.LABEL_ANYWHERE` can open with, read off its source (None:
    not known for sure). The engine tries each of the table's spaced labels at a line's start, even
    on a line whose first character opens none of them (most lines with a space: 第一条　为了…)."""
    if P.LABEL_ANYWHERE.flags & (regex.IGNORECASE | regex.FULLCASE | regex.VERBOSE):
        return None
    return first_chars(P.LABEL_ANYWHERE.pattern)


def layout_spaces(state: State) -> None:
    """Remove spaces a layout put between two CJK characters (letter-spacing, columns); note wide gaps.
    In a text an OCR engine spaced throughout (`_engine_spaced`), its spaces beside whole figures too."""
    spaced = 0  # lines spaced character by character, or token by token as an engine does
    sentences = 0  # such lines holding a sentence's mark: an engine spaces the sentences it reads too
    lines = 0  # lines long enough to be a sentence's or a field's (counted in the one walk: tests/test_block_scans)
    engine: list[tuple[Block, list[tuple[int, int]]]] = []  # lines an engine may have spaced, held back
    listing = False  # the line above is a list's label line (…先进单位：) or one of its rows of names
    for b in state.blocks:
        edge = EDGE_SPACE if b.cells is None else _ROW_EDGE_SPACE
        # a line's end characters are tested first: most lines (all a text's) have no space there
        if b.text[:1] in edge:
            lead = len(b.text) - len(b.text.lstrip(edge))
            if lead:
                delete_ranges(b, [(0, lead)])
        if b.text[-1:] in edge:
            trail = len(b.text.rstrip(edge))
            if trail < len(b.text):
                b.set_text(b.text[:trail], b.folded[:trail])
                b.bold = [(s, min(e, trail)) for s, e in b.bold if s < trail]
                resplit(b)
        lines += len(b.text) >= _MIN_LINE
        opens_list = b.folded[-1:] == ":"
        if " " not in b.folded:
            listing = opens_list
            continue
        if listing and column_row(b.folded):
            continue  # a row of the list under its label line: every space parts two names
        listing = opens_list
        if b.cells is None and _spaced_throughout(b.text):
            sentences += not _SENTENCE_MARKS.isdisjoint(b.folded)
            delete_ranges(b, [(i, i + 1) for i in range(1, len(b.text), 2)])
            spaced += 1
            continue
        if b.cells is None and (ranges := _engine_spaces(b.text)):
            sentences += not _SENTENCE_MARKS.isdisjoint(b.folded)
            engine.append((b, ranges))  # (decided once the whole text is seen)
            spaced += 1
            continue
        _cjk_spaces(b)
    # a typist letter-spaces a title, a 落款 or a date, never a sentence: a short typed notice spaced in three of
    # its five lines (title, organ, date) shows no engine (review23 L1)
    shown = spaced >= _MIN_ENGINE_LINES and 2 * spaced >= lines and sentences > 0
    for b, ranges in engine:
        if shown:
            delete_ranges(b, ranges)
        else:
            _cjk_spaces(b)  # one letter-spaced title or date in a typed text keeps its spaces beside figures


_MIN_LINE = 6
_SENTENCE_MARKS = frozenset("。,;")  # folded: ， and ； are `,` and `;`
_MIN_ENGINE_LINES = 3  # spaced lines a text an engine spaced holds at least (half its lines or more)


def _cjk_spaces(b: Block) -> None:
    """Remove the layout spaces between two CJK characters of one line, a table's cell edges, a joint
    document's signers, a 抄送 list's organs and a line listing names (`patterns.NAME_LIST`) kept; wide gaps
    noted in `gaps`, single spaces in `spaces`."""
    if _name_list(b.folded) or P.SPACED_DEPUTIES.match(b.folded):
        return  # every space parts two names of a list (一等奖：文昌市 海口市 屯昌县): none is the layout's
    cells = _cell_edges(b.folded)
    if "签" in b.folded:
        cells |= _between_signers(b.folded)
    listed = _cc_line(b.folded) or _print_line(b.folded)
    ranges = [
        (m.start(), m.end())
        for m in _LAYOUT_SPACE.finditer(b.text)
        if m.start() not in cells and not (listed and m.end() - m.start() == 1 and _between_organs(b.folded, m.start()))
    ]
    # (a run of two ideographic spaces is two long; so is one whose first space stays, the run's first character
    # after a figure or a Latin letter: CJK_CLASS holds the ideographic space, so `案号：0128　　提案人：…` lost only
    # the second, and that narrow-looking removal still parted two cells, as the wider run after 0128 does)
    wide = [e for s, e in ranges if e - s >= 2 or b.text[s - 1 : s] in _LAYOUT_SPACE_CHARS]
    narrow = [e for s, e in ranges if e - s < 2 and b.text[s - 1 : s] not in _LAYOUT_SPACE_CHARS]
    delete_ranges(b, ranges, wide, narrow)  # narrow spaces kept as evidence: 国务院 中央军委 on a 落款 line


_LISTED_NAMES = 3  # pieces a list of names holds, but for two organs under a label (`patterns.LISTED_PAIR_OPENING`)


def _name_list(folded: str) -> bool:
    """A line listing places or organs parted by spaces (`patterns.NAME_LIST`, each piece a `LISTED_NAME`): under
    a label (先进乡镇：青石镇 柳河乡 白塔街道, 先进部门：县农业农村局 县财政局 县交通运输局) always; without one only
    a list of places (桃源村 杏林村 梅岭村), since organs side by side with no label are a joint document's 落款 or
    title line, whose gaps the trailer and title rules read."""
    m = P.NAME_LIST.match(folded)
    if m is None:
        return False
    names = m.group("names").split(" ")
    if not all(P.LISTED_NAME.match(name) for name in names):
        return False
    if len(names) < _LISTED_NAMES:
        # two: organs under a label, the second naming its own place (协办单位：…财政局　…自然资源局)
        label = m.group("label") is not None
        return label and not P.PLACE_ONLY.match(names[0]) and P.LISTED_PAIR_OPENING.match(names[1]) is not None
    if m.group("label") is not None:
        return True
    return all(P.PLACE_ONLY.match(name) or name.endswith(P.SETTLEMENT_ENDINGS) for name in names)


def column_row(folded: str) -> bool:
    """A row of a list set in columns under its label line (`2008年度先进单位：` ⏎ `东皇镇人民政府　醒民镇人民政府`):
    two or more whole organ or place names (`patterns.LISTED_NAME`) parted by spaces and nothing else. Two names
    on a line with no label above are a joint 落款's or title's (`_name_list`); under a line ending in its colon,
    and in the rows that follow it, they are the list's, and taking the space out ran two organs into one. The
    joins read such a row as one aligned in columns: it ends at its line (`rules.join_lines._aligned_row`)."""
    names = folded.split()
    return len(names) >= 2 and all(P.LISTED_NAME.match(name) for name in names)


def _between_signers(folded: str) -> set[int]:
    """Where one space parts the names of a joint document's signers after its 签发人 label, the line's
    last cell (签发人：秦某某　尤某某: one for each organ, schema 1.10): it separates them as a 、 would, so it
    is no letter-spacing, and taking it out ran two names into one (秦某某尤某某). Only a line holding 签
    asks (`patterns.SIGNERS_SPACED`)."""
    m = P.SIGNERS_SPACED.search(folded)
    if m is None:
        return set()
    return {m.start("names") + k for k, ch in enumerate(m.group("names")) if ch == " "}


def _spaced_throughout(text: str) -> bool:
    """Every character of the line stands alone, one space after each (`第 0 1 8 8 号`), and some are CJK."""
    return _SPACED_THROUGHOUT.match(text) is not None and len(CJK.findall(text[::2])) >= _MIN_SPACED_CJK


def _engine_spaces(text: str) -> list[tuple[int, int]]:
    """Where an OCR engine's spaces stand in a line it spaced throughout with its figures kept whole
    (`_SPACED_TOKENS`), or a word segmenter's in a line it spaced word by word (`_word_spaced`): every space but
    one between two ASCII words. Empty for any other line."""
    engine = (text[1:2] == " " or text[:1].isascii()) and (  # (a first CJK character with no space after it: none)
        _SPACED_TOKENS.match(text) is not None and len(CJK.findall(text)) >= _MIN_SPACED_TOKENS_CJK
    )
    if not engine and not _word_spaced(text):
        return []
    return [
        (i, i + 1)
        for i, ch in enumerate(text)
        if ch == " " and not (_ascii_word(text[i - 1]) and _ascii_word(text[i + 1]))
    ]


def _word_spaced(text: str) -> bool:
    """The line is a word segmenter's (`_WORD_SPACED`): its tokens one space apart, CJK words parted so at least
    `_MIN_WORD_GAPS` times."""
    if text.count(" ") < _MIN_WORD_GAPS or "  " in text:
        return False
    for gaps, _ in enumerate(_CJK_GAP.finditer(text), 1):
        if gaps >= _MIN_WORD_GAPS:
            return _WORD_SPACED.match(text) is not None
    return False


def _ascii_word(ch: str) -> bool:
    return ch.isascii() and ch.isalnum()


def _cc_line(folded: str) -> bool:
    """A 抄送 line, its label maybe letter-spaced (抄 送：…, 抄 报：…), or a space set for its colon
    (抄送　某局 某局)."""
    if folded[:1] not in P.CC_LINE_FIRST:
        return False
    if P.CC_LABEL_SPACE.match(folded):
        return True
    if folded[1:2] == " ":
        folded = folded[0] + folded[1:].lstrip(" ")
    return P.CC_LINE.match(folded) is not None


def _print_line(folded: str) -> bool:
    """A 版记's 印发 line, whose organs (two offices printing jointly) a single space may part as on a 抄送 line."""
    return P.PRINTED_LINE_CHAR in folded and P.PRINTED_LINE.match(folded) is not None


def _between_organs(folded: str, at: int) -> bool:
    """A single space that parts two complete organs' names in a 抄送 list (抄送：县政府办 县政协提案委)
    separates them as a 、 would; it is no layout space, and removing it would glue two organs into
    one. Inside one name (县 政 府, 某市 教育局) the pieces are no organs. Only the 抄送 and 印发 lines ask: a
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


# Every row read holds a `|` in its folded copy (the walk's first test), in a text copy.
LONE_CELLS_NEED: Need = Need(
    "a text copy's line holding `|` folded (`lone_cells` reads no other)", TEXT_FORMATS, folded=("|",)
)


def lone_cells(state: State) -> None:
    """A `|` row of a web copy's layout table with one cell of text (`| 某局关于…的答复 | ||||`):
    the row's edges go and the cell's text stays, a line like any other (a headline, a 落款).
    Rows of two or more cells are a table (an information table's label and value) and stay; but a row
    framed on both sides whose cells are contact labels each before its value (antiword's 附注 table:
    `|联系人  |陈某   |`, `|联系人|陈某|联系电话|…|`; session 21) is the contact's line, its cells parted by
    the contract's tab (as a table's cells are) where the bars stood."""
    if state.format not in TEXT_FORMATS:
        return
    blocks = state.blocks
    run_start = last_framed = -2  # where the run of framed rows the block stands in opens, its last row so far
    contact_run: dict[int, bool] = {}  # each run asked: all its rows contact rows (`_contact_run`)
    for i, b in enumerate(blocks):
        if "|" not in b.folded or b.cells is not None:
            continue
        if _framed(b):
            run_start = run_start if last_framed == i - 1 else i
            last_framed = i
        cells = [m for m in _CELL.finditer(b.folded)]
        if len(cells) in (2, 4) and _contact_row(b.folded, cells):
            if run_start not in contact_run:  # (a run holding another row is a table: diffread-C C4)
                contact_run[run_start] = _contact_run(blocks, run_start)
            if contact_run[run_start]:
                b.set_text("\t".join(b.text[m.start() : m.end()] for m in cells))
            continue
        if len(cells) != 1 or _OCR_ONE_MARKER.match(b.folded):
            continue  # (a bar for the digit 1 opening a point, `|.完善…`, is OCR's, no cell's edge)
        lo, hi = cells[0].span()
        delete_ranges(b, [r for r in ((0, lo), (hi, len(b.text))) if r[1] > r[0]])


def _framed(b: Block) -> bool:
    """A line framed by bars on both sides (`|…|`): a row of a pipe table."""
    row = b.folded.strip(EDGE_SPACE)
    return row[:1] == "|" and row[-1:] == "|" and b.cells is None


def _contact_run(blocks: list[Block], i: int) -> bool:
    """Whether every framed row of the run opening at `blocks[i]` is a contact row: a notice's table of its
    details (`|联系人|王某|` ⏎ `|报名地址|…|`) holding one other row stays a table, each row its own (diffread-C C4)."""
    while i < len(blocks) and _framed(blocks[i]):  # (walked by index: a slice would copy the rest of the text)
        cells = [m for m in _CELL.finditer(blocks[i].folded)]
        if len(cells) not in (2, 4) or not _contact_row(blocks[i].folded, cells):
            return False
        i += 1
    return True


def _contact_row(folded: str, cells: list[regex.Match[str]]) -> bool:
    """Whether a `|` row framed on both sides holds contact labels each before its value (`lone_cells`)."""
    row = folded.strip(EDGE_SPACE)
    if row[:1] != "|" or row[-1:] != "|":
        return False
    return all(P.CONTACT_LABEL.fullmatch(m.group()) is not None for m in cells[::2]) and not any(
        P.CONTACT_LABEL.fullmatch(m.group()) for m in cells[1::2]
    )


# Every annotation removed stands on a line holding `(` or `?` (the walk's test).
PINYIN_NEED: Need = Need("a line holding `(` or `?` (`pinyin` reads no other)", text=("(", "?"))


def pinyin(state: State) -> None:
    """Remove pinyin that websites' reading aids inject after characters: 鎮(zhèn)康 → 鎮康."""
    for b in state.blocks:
        if "(" in b.text or "?" in b.text:
            delete_ranges(b, [(m.start(), m.end()) for m in P.PINYIN_ANNOTATION.finditer(b.text)])


_JAMMER_SPACES = 4
_MIN_MIXED = 3  # tokens of two kinds of character a jammer run holds at least (j7, u;, X$)


def _jammer_spaces(facts: Facts) -> bool:
    """The lines hold `_JAMMER_SPACES` spaces or more together: true wherever one line holds them (`jammer`'s
    test of each line), and of more lines whenever of fewer."""
    return facts.text.count(" ") >= _JAMMER_SPACES


JAMMER_NEED: Need = Need(
    "a text copy's line holding four spaces or more (`jammer` reads no other)", TEXT_FORMATS, test=_jammer_spaces
)


def jammer(state: State) -> None:
    """Remove a web copy's anti-copying junk: runs of one- or two-character ASCII tokens a site
    hides between the words (`来件收悉。…如下:5 o9 W! ^+ u7 T& r7 W' k` → `来件收悉。…如下:`).
    A line of nothing else is left empty, and the chrome rule then takes it out of the text. No
    warning (schema 1.8's `text-repaired` is for the document's own characters): the junk is the
    site's, as its chrome is, and no word of the document is changed."""
    if state.format not in TEXT_FORMATS:
        return
    for b in state.blocks:
        text = b.text
        if text.count(" ") < _JAMMER_SPACES:  # most lines: a run parts its five tokens by four spaces
            continue
        runs = [
            (m.start(), m.end())
            for m in P.JAMMER_RUN.finditer(text)
            if sum(1 for t in m.group().split(" ") if P.JAMMER_MIXED_TOKEN.match(t)) >= _MIN_MIXED
        ]
        delete_ranges(b, runs)


_FAKE_BOLD_HAN = 3  # doubled Han characters a fake-bold run holds at least


def fake_bold(state: State) -> None:
    """Read once the characters a PDF drew twice to fake bold, as its text layer copied out keeps
    them (`关关于于…的的答答复复` → `关于…的答复`, `（（一一））加加强强。。各部门…` → `（一）加强。各部门…`): a
    run of five doubled characters or more, three of them Han (`patterns.FAKE_BOLD_RUN`), that is the
    whole line or doubles a mark or a figure too, which no word of the language does (reduplicated
    words in a row, 事事处处人人家家户户, double Han characters only). The second glyph of each pair is
    drawing, not writing: it leaves the text as a layout space does. Since schema 1.8 each line so
    read is warned `text-repaired` (`fake-bold`): the reading is a judgement, not the file's text."""
    if state.format not in TEXT_FORMATS:
        return
    # a search a line, not one of the lines joined: the scan of the pairs is the cost, not the calls, and the
    # joined text's scan cost more (speed29: callgrind +19 K instructions a document, CPU +0.5 µs)
    doubled = P.FAKE_BOLD_PAIRS.search
    for b in state.blocks:
        text = b.text
        if doubled(text) is None:  # most lines: no five doubled characters in a row
            continue
        gone: list[tuple[int, int]] = []
        for m in P.FAKE_BOLD_RUN.finditer(text):
            pairs = range(m.start(), m.end(), 2)
            han = sum(1 for i in pairs if HAN.match(text, i))
            whole = not text[: m.start()].strip() and not text[m.end() :].strip()
            if han >= _FAKE_BOLD_HAN and (whole or han < len(pairs)):
                gone += [(i + 1, i + 2) for i in pairs]
        if gone:
            delete_ranges(b, gone)
            warn_repaired(state, "fake-bold", b, text)
