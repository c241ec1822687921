"""A page a web copy flattened onto one line: the space runs that stand for its paragraph breaks
(and the header's and the 落款's line breaks) become block boundaries again. So do the gaps of a
line on which a copy set two lines side by side: a page number and the running head or foot beside
it (…    - 3 -, - 3 -    某某答复, 某市某局    第2页 共3页), a 落款's date and its organ."""

from __future__ import annotations

from dataclasses import replace

import regex

from govdoc import patterns as P
from govdoc.fields.kind import kind_suffix
from govdoc.fields.metadata import is_label
from govdoc.rules.cleanup.base import TEXT_FORMATS
from govdoc.rules.cleanup.notes_beside import notes_side_by_side
from govdoc.rules.lines import is_organ_name, marker_at, marker_ordinal, section_marker
from govdoc.state import Block, State, Zone

_MIN_FLATTENED_LINE = 80
_MIN_FLATTENED_BREAKS = 2
_MAX_ADDRESSEE = 90
_MAX_FLATTENED_HEAD = 300  # a letterhead, 文号 and title before the 主送's colon
_SPACE_RUN = regex.compile(r"[ ]{1,8}")
_GAP = regex.compile(r"[ ]{1,40}")  # as long as the flattened break's, so the two never overlap


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
    m = marker_at(folded, at)
    if m is None:
        return False
    num = m.group("num")
    return num is None or "." in num or "、" in num


# The space a flattened page left between a heading's title and its first paragraph: between two
# characters of text, at most a title's length after the marker (sections.TITLE_MAX).
_HEADING_GAP = regex.compile(r"(?<=[\p{Han}”》)])[ ]{1,8}(?=[\p{Han}“《(])")
_HEADING_TITLE_MAX = 30
_TITLE_STOPS = regex.compile(r"[。!?;:]")
_BEFORE_TITLE_GAP = regex.compile(r"[。!?;:,]")  # a comma too: a sentence's wrap space, not a title's end


def _heading_breaks(folded: str, breaks: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """The line break under a heading in a line already known to be a flattened page (`…如下: 一、关于
    加装电梯 今年已完成…。 二、…`): where a piece opens with a section's marker, its first space
    between two characters of text, a title's length or less after the marker with no stop or
    comma before it, ended the heading's line, when a sentence follows it in the piece. A space a
    wrap left inside a point's sentence mostly comes after a comma or past a title's length."""
    found: list[tuple[int, int]] = []
    ends = [s for s, _ in breaks] + [len(folded)]
    for start, end in zip((0, *(e for _, e in breaks)), ends, strict=True):
        if not _opens_section(folded, start):
            continue
        m = marker_at(folded, start)
        assert m is not None  # _opens_section matched it
        gap = _title_end(folded, m.end(), min(end, m.end() + _HEADING_TITLE_MAX + 1))
        if gap is None or _BEFORE_TITLE_GAP.search(folded, m.end(), gap.start()):
            continue
        if _TITLE_STOPS.search(folded, gap.end(), end):
            found.append(gap.span())
    return found


def _title_end(folded: str, start: int, end: int) -> regex.Match[str] | None:
    """The first space between `start` and `end` that may end a title: a space with a single
    character and another space after it is letter-spacing inside a title set wide (`工 作 要 求`)."""
    for gap in _HEADING_GAP.finditer(folded, start, end):
        if folded[gap.end() + 1 : gap.end() + 2] != " ":
            return gap
    return None


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


_PAGE_TAIL_ENDS = ("-", "页", "页)")
_TOOLS_TAIL_ENDS = ("]", "】", "印", "闭", "页", "口", "藏", "享", "表", "错")  # how a row of page tools ends
_MAX_FOOT_TEXT = 30


def _foot_text(head: str) -> bool:
    """What a running foot prints beside its page count (某市某局, the title, the 文号): a short line
    with no sentence or clause mark and no date, as a line of the text standing there would have."""
    h = head.strip()
    return 0 < len(h) <= _MAX_FOOT_TEXT and not any(c in h for c in "。,;:!?、") and P.DATE.search(h) is None


def _page_number_first(b: Block) -> tuple[int, int] | None:
    """The gap after a page number that opens the line before a running head (- 3 -        某某答复), or
    one space before the next page's first line run onto it (-2- 二、下一步打算: PAGE_NUMBER_OPENING),
    the number's first dash maybe taken off as a Markdown bullet (`hints.markup`): each is a line of
    its own again, the number then furniture and the head beside it a running head."""
    f = b.folded
    if " " not in f or f[:1] not in _PAGE_NUMBER_FIRST:
        return None
    lead = "-" if b.hints.markup.strip() == "-" else ""
    m = P.PAGE_NUMBER_HEAD.match(lead + f) or P.PAGE_NUMBER_OPENING.match(lead + f)
    return None if m is None else (m.start("gap") - len(lead), m.end("gap") - len(lead))


_PAGE_NUMBER_FIRST = frozenset("-0123456789")
_DATE_FIRST = frozenset("12一二")  # a 成文日期's year opens with 19/20 or 一九/二〇


def _date_before_organ(f: str) -> tuple[int, int] | None:
    """The gap between a 落款's date and its organ set after it on one line (2024年5月6日　　　　某市某局,
    2024年5月6日　某市某局（印章）): each is a line of its own again, the date over the organ, as a 落款
    may print them. The date ends at its 日, so one space parts them as well as a wide gap does; the
    organ must end like one."""
    if f.lstrip(" ")[:1] not in _DATE_FIRST or "年" not in f or " " not in f:
        return None
    m = P.DATE_THEN_ORGAN.match(f)
    return m.span("gap") if m is not None and is_organ_name(m.group("organ")) else None


def _date_before_contact(f: str) -> tuple[int, int] | None:
    """A 落款's date the copy ran into the contact under it, with no break or space (`2024年6月3日联系人：
    柴某`): the date ends on 日 and a contact label opens right after it; each is a line again."""
    if ":" not in f and ";" not in f:
        return None
    m = P.DATE.match(f)
    if m is None or not f[: m.end()].endswith("日"):
        return None
    at = m.end()
    while at < len(f) and f[at] == " ":
        at += 1
    return (m.end(), at) if P.CONTACT_LINE.match(f[at:]) else None


def _dated_then_contact(f: str) -> tuple[int, int] | None:
    """A 落款 run onto one line with the contact after it, no break or space before the label
    (`此复。某区某局2024年7月2日联系人：高某，电话：…`): the date ends on 日 and a contact label opens
    right after it, mid-line, and only an organ's name stands between the last stop and the date;
    the contact is a line again, the closing, organ and date before it are read as a 落款 run
    together (`rules.trailer.flattened`). A sentence's date (请于2024年5月10日联系…) stays in it."""
    at = f.find("日")
    while at > 0:
        end = at + 1
        while end < len(f) and f[end] == " ":
            end += 1
        # a day's figure before the 日 and a label's colon soon after it, asked before the patterns
        label = f[at - 1] in _DAY_LAST and _colon_soon(f, end) and P.CONTACT_LINE.match(f[end : end + _LABEL_REACH])
        if label and (d := P.DATE.search(f, max(0, at - _DATE_REACH), at + 1)):
            stop = max(f.rfind(c, 0, d.start()) for c in "。!?")
            organ = f[stop + 1 : d.start()].strip()
            if d.end() == at + 1 and (not organ or is_organ_name(organ)):
                return at + 1, end
        at = f.find("日", at + 1)
    return None


_DATE_REACH = 16  # how far before its 日 a date opens (二〇二四年十二月三十一日)
_LABEL_REACH = 24  # room for a contact label and its colon (slices of a line, not the rest of it)
_DAY_LAST = frozenset("0123456789一二三四五六七八九十")  # what a date's day ends on before its 日


def _colon_soon(f: str, at: int) -> bool:
    """A colon, semicolon or tab within a contact label's reach after `at`."""
    end = at + _LABEL_REACH
    return f.find(":", at, end) >= 0 or f.find(";", at, end) >= 0 or f.find("\t", at, end) >= 0


_ORGAN_REACH = 40  # where the space after a 落款's organ stands at the furthest
_ADDRESSEE_END = frozenset(":;")
_NOTE_CLOSE = frozenset(")】〕")
_TITLE_REACH = 40  # where a title's 关于 stands: near the line's start
_NAME_LENGTHS = (2, 3, 4)
_HONOUR_WORD = 2  # 代表, 委员


def _title_before_addressee(f: str) -> tuple[int, int] | None:
    """A title the copy ran into the member or deputy it answers, with no break (`关于…提案的答复邵某委员：`):
    the title ends on its kind word (答复) right before the name, which with its 委员 or 代表 and colon
    closes the line. Each is a line again; the shortest name that leaves the title a kind word at its
    end is taken (答复 / 邵某委员, not 答 / 复邵某委员)."""
    if "关于" not in f[:_TITLE_REACH] or "。" in f or P.ADDRESSEE_AT_END.search(f) is None:
        return None
    for n in _NAME_LENGTHS:
        at = len(f) - 1 - _HONOUR_WORD - n
        title = f[:at].rstrip()
        kind = kind_suffix(title)
        if kind is not None and kind.end() == len(title) and P.BARE_DEPUTY.match(f[at:-1]):
            return at, at
    return None


def _marker_number(folded: str, pos: int = 0) -> tuple[str, int, int] | None:
    """The family, number and end of the section marker at `pos` (`二、` → ("cn", 2, …)), or None."""
    return _numbered(marker_at(folded, pos))


def _numbered(m: regex.Match[str] | None) -> tuple[str, int, int] | None:
    """The family, number and end of a `patterns.SECTION_MARKER` match (its last group is the family's)."""
    group = m.lastgroup if m is not None else None
    if m is None or group is None or group not in P.SECTION_STYLES:
        return None
    number = marker_ordinal(group, m.group(group + "_n"))
    return (group, number, m.end()) if number else None


_RUN_ON_STOPS = ("。", "!", "?")  # (folded) what ends the sentence a heading runs on after (a ； parts a list's points)
# each asked by name where a line holding none of them is passed over (one `in` scan a stop: a pattern's
# call costs several of them); a stop added above must be asked there too, which this unpacking enforces
_STOP, _BANG, _QUERY = _RUN_ON_STOPS
_HEADING_TAIL_REACH = _HEADING_TITLE_MAX + 12  # the stop, spaces and a marker (第十二部分) before the title
_TAIL_STOPS = frozenset("。!?;:,")


_LOOK_BACK = 400  # lines read back for the heading before a run-on one (a section's length at most)


def _heading_at_end(f: str, above: list[Block], numbers: _NumbersAbove) -> tuple[int, int] | None:
    """A heading the copy ran onto the end of the paragraph above it (`…三百处。二、下一步工作`, a lost
    break): after the line's last sentence stop, the next number of the marker family the nearest
    line above opening with one of that family has (`above`: the lines so far), and a heading's title
    with no stop closing the line. The heading is a line again; a numbered point of a sentence's own
    (…如下。三、四季度…) is not the next number after a stop with a title's shape, and stays. The lines
    above are read only for such a line, which few texts hold; `numbers` keeps what they open with."""
    start = max(0, len(f) - _HEADING_TAIL_REACH)  # a marker and a title's length: the line's end only
    stop = max(f.rfind(c, start) for c in _RUN_ON_STOPS)
    if stop < 0:
        return None
    at = stop + 1
    while at < len(f) and f[at] == " ":
        at += 1
    found = _marker_number(f, at) if at < len(f) else None
    if found is None or found[1] < 2 or numbers.last(above, found[0]) != found[1] - 1:
        return None
    marker = f[at : found[2]]
    if (found[0] == "cn" and "," in marker) or (found[0] == "num" and not {".", "、"} & set(marker)):
        return None  # the loose forms (一，, `3 `) only where a line opens with them
    if _inline_points(f, stop, found[0]) or _points_above(above, found[0]):
        return None  # …工作：一、加强领导。二、落实 ⏎ 工作责任。: points a paragraph lists inline, wrapped
    if P.NUMERAL_LIST.match(f, found[2]):
        return None  # 三、四季度…: numbers a sentence lists
    tail = f[found[2] :].strip()
    if not 0 < len(tail) <= _HEADING_TITLE_MAX or not _TAIL_STOPS.isdisjoint(tail):
        return None
    return stop + 1, at


def _inline_points(f: str, before: int, group: str) -> bool:
    """A marker of `group`'s family stands inside the line before `before`, after a stop, a colon or
    a semicolon: the paragraph lists its points inline, and the marker at its end is the next point's
    (its line cut by a wrap), not a heading run onto it."""
    for m in _INLINE_MARK.finditer(f, 0, before):
        found = _marker_number(f, m.end())
        if found is not None and found[0] == group:
            return True
    return False


_INLINE_MARK = regex.compile(r"[。!?;:][ ]{0,2}")
_PARAGRAPH_REACH = 20  # lines read back for the rest of a wrapped paragraph


def _points_above(above: list[Block], group: str) -> bool:
    """The lines above that the same paragraph wrapped onto (each left without a closing stop) list a
    point of `group`'s family inline (…工作：一、加强组织 ⏎ 领导，…。二、落实工作): the line's marker is
    the list's next point (review16 R9)."""
    for b in reversed(above[-_PARAGRAPH_REACH:]):
        f = b.folded.rstrip()
        if not f or f[-1] in "。!?" or section_marker(b) is not None:
            return False  # the paragraph opens under this line, or at this heading
        if _inline_points(f, len(f), group):
            return True
    return False


class _NumbersAbove:
    """The number of the nearest line above opening with a marker of a family, within `_LOOK_BACK`
    lines, over a list of lines that grows at its end (the lines the walk has made so far): each line
    read once, when a run-on heading is first asked about (a search back from each such line read up
    to `_LOOK_BACK` lines again for each: a text of many lines ending on a marker with no heading of
    its family above cost the square of their number, up to that bound)."""

    __slots__ = ("seen", "upto")

    def __init__(self) -> None:
        self.upto = 0  # the lines read so far
        self.seen: dict[str, tuple[int, int]] = {}  # each family's last line read: its place and number

    def last(self, above: list[Block], group: str) -> int | None:
        """The number of the nearest line of `above` opening with a marker of `group`'s family, if one
        stands within the last `_LOOK_BACK` lines."""
        for k in range(self.upto, len(above)):
            found = _numbered(section_marker(above[k]))
            if found is not None:
                self.seen[found[0]] = (k, found[1])
        self.upto = len(above)
        seen = self.seen.get(group)
        return seen[1] if seen is not None and seen[0] >= len(above) - _LOOK_BACK else None


_COLUMN_GAP = regex.compile(r"[ ]{4,40}")  # two columns on one row: four spaces or more (two 全角 ones)


def _contact_beside(f: str) -> tuple[int, int] | None:
    """The gap between a 落款's line (its organ or its date) and a contact line set beside it in a
    second column, the two copied as one row (某市水利局        联系人：何某, 2024年7月3日        联系电话：…):
    each is a line of its own again, the contact's marked `beside`, so the 落款 reads past it."""
    if "    " not in f:
        return _contact_after_organ(f)
    m = _COLUMN_GAP.search(f)
    if m is None or not P.CONTACT_LINE.match(f[m.end() :]):
        return None
    left = f[: m.start()].strip()
    if ":" in left:
        return None  # a row of cells (联系单位：某局    联系电话：…), one contact block: no 落款 beside it
    return m.span() if is_organ_name(left) or P.DATE_LINE.match(left) else None


def signature_beside(f: str, gap: regex.Pattern[str] = _COLUMN_GAP) -> tuple[int, int] | None:
    """The gap between a contact line at the left margin and the 落款's organ or date set at the right of the same
    printed line, the mirror of `_contact_beside` (`pdftotext -layout` of a last page whose contact stands level
    with the 落款: `联系人：杨某    某市卫生健康委员会`, `联系电话：…    2025年3月4日`; conv29: neither the contact
    name nor the signature was read): each a line of its own again, the contact's marked `beside`, so the 落款 reads
    past it. The right column is the organ's name or the date alone. A table of two cells a row sets them so too
    (`rules.cleanup.cells`), its cells parted by the row's tab (`gap`)."""
    m = gap.search(f)
    if m is None or not P.CONTACT_LINE.match(f):
        return None
    right = f[m.end() :].strip()
    if not right or ":" in right or _COLUMN_GAP.search(right) is not None:
        return None
    return m.span() if is_organ_name(right) or P.DATE_LINE.match(right) else None


def _contact_after_organ(f: str) -> tuple[int, int] | None:
    """The gap after a 落款's organ that the contact ran onto after a space or two (a lost break, or a
    column too narrow for a wide gap: `某市民政局　　联系人：何某　　电话：…`): the organ's name alone before
    the first space, a contact label right after it."""
    m = _SPACE_RUN.search(f, 0, _ORGAN_REACH)
    if m is None or not _colon_soon(f, m.end()) or not P.CONTACT_LINE.match(f[m.end() : m.end() + _LABEL_REACH]):
        return None
    left = f[: m.start()]
    return m.span() if ":" not in left and is_organ_name(left) else None


def _last_stop(state: State, found: list[int]) -> int:
    """Where the running text ends: the last line holding a 。 (-1 if none), looked for from the end
    once and kept in `found`. A 落款's organ, with the contact run onto it, stands past it; a body's
    list of units each with its liaison (县住建局　联系人：李某　电话：…) stands above it and keeps its rows."""
    if not found:
        blocks = state.blocks
        found.append(next((k for k in range(len(blocks) - 1, -1, -1) if "。" in blocks[k].folded), -1))
    return found[0]


def flattened_paragraphs(state: State) -> None:
    """A page whose paragraphs a web copy ran together on one line, separated by spaces
    (`…收悉,现答复如下。 一、… 二、… 感谢…支持。`): each paragraph is a block again, so the
    主送, the sections and the closing are found as on any page. Text and web input only;
    a paged or office format marks its own paragraph ends."""
    if state.format not in TEXT_FORMATS and state.format != "html":
        return
    out: list[Block] = []
    last_stop: list[int] = []  # the last line holding a 。, found once when asked (`_last_stop`)
    numbers = _NumbersAbove()  # the markers the lines made so far open with, read when asked
    for i, b in enumerate(state.blocks):
        f = b.folded
        last = f[-1:]
        glued = _date_before_contact(f) if f[:1] in _DATE_FIRST else None
        if glued is None and "日" in f and ":" in f:
            glued = _dated_then_contact(f)
        if glued is None and last in _NOTE_CLOSE:
            glued = notes_side_by_side(f)  # （此件主动公开）（联系人：…）: two 附注 on one line
        if glued is None and last in _ADDRESSEE_END:
            glued = _title_before_addressee(f)
        # (a heading run onto a paragraph's end stands after a stop the line holds: most open lines, a
        # heading's or an organ's, hold none, and are answered by three scans instead of the call)
        if glued is None and last not in _TAIL_STOPS and (_STOP in f or _BANG in f or _QUERY in f):
            glued = _heading_at_end(f, out, numbers)
        if glued is not None:  # breaks needing no space: a date glued to a contact label, a title to its 主送
            out += [b.piece(0, glued[0], first=True), b.piece(glued[1], len(b.text), first=False)]
            continue
        if " " not in f and "\t" not in f:
            out.append(b)  # every break below stands at a run of spaces or before a page number closing the line
            continue
        breaks = []
        if len(b.folded) > _MIN_FLATTENED_LINE and " " in b.folded:  # every break here is a run of spaces
            breaks = _flattened_head_breaks(b.folded)
            rest = breaks[-1][1] if breaks else 0
            breaks += [(s + rest, e + rest) for s, e in _flattened_breaks(b.folded[rest:])]
            if breaks:
                breaks = sorted({*breaks, *_flattened_trailer_breaks(b.folded, rest)})
                breaks = sorted({*breaks, *_heading_breaks(b.folded, breaks)})
        foot = False
        if not breaks and b.folded.endswith(_PAGE_TAIL_ENDS) and (tail := P.PAGE_NUMBER_TAIL.search(b.folded)):
            breaks = [tail.span()]  # …2024年5月6日    -3-: the page number a line of its own (then furniture)
            foot = b.folded.endswith(("页", "页)")) and _foot_text(b.folded[: tail.start()])
        if not breaks and b.folded.endswith(_TOOLS_TAIL_ENDS) and (tail := P.PAGE_TOOLS_TAIL.search(b.folded)):
            breaks = [tail.span()]  # …2024年8月21日    【打印本页】【关闭窗口】: the tools a line of their own
        if not breaks and (gap := _date_before_organ(b.folded)):
            breaks = [gap]
        beside = False
        if (
            not breaks
            and (gap := _contact_beside(b.folded))
            and ("    " in b.folded or i > _last_stop(state, last_stop))
        ):
            breaks, beside = [gap], True  # (a contact run on after a short gap: only past the running text)
        contact_first = False
        if not breaks and "    " in b.folded and (gap := signature_beside(b.folded)):
            breaks, contact_first = [gap], True  # (the contact at the left, the 落款 at the right: conv29)
        head = _page_number_first(b) if not breaks else None
        if head is not None:
            breaks = [head]
        if not breaks:
            out.append(b)
            continue
        bounds = [0, *(x for pair in breaks for x in pair), len(b.text)]
        out += [b.piece(bounds[k], bounds[k + 1], first=k == 0) for k in range(0, len(bounds), 2)]
        if head is not None and b.hints.markup:
            out[-1].hints = replace(b.hints, markup="")  # the dash was the page number's, not the head's
        if foot:
            out[-2].zone = Zone.CHROME  # 某市某局    第2页 共3页: the running foot's own text
        if beside:
            out[-1].hints = replace(out[-1].hints, beside=True)  # the contact column beside the 落款
        if contact_first:
            out[-2].hints = replace(out[-2].hints, beside=True)  # … set at its left
    state.blocks[:] = out
