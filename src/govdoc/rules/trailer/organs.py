"""The 落款's organ lines over its date: how far up they reach, and which of them are a list the
body announces (由以下单位负责：) or a table of data rather than co-signers.

A list the body announces is read in one place (`organs_above` with `_listed_run_top`): of the organ
lines right under the announcing line only the last (over the date) is the 落款's, and the organs
right above it that issue the document (the title's opening organs, the letterhead) co-sign it.
"""

from __future__ import annotations

from collections.abc import Callable

from govdoc import patterns as P
from govdoc.rules import lines as L
from govdoc.rules.lines.guards import Opening
from govdoc.rules.trailer.base import printed_line
from govdoc.state import Block

_MAX_ORGAN_LINES = 4
# A seal's bracket or a head's post (局长, 主任, 副…) opens SEAL_OR_HEAD_LINE, an organ's ending (人民…, 政府, 局 …)
# ORGAN_ENDING_ONLY: an organ's or a date's line opens otherwise, mostly (rules/lines/guards.py)
_SEAL_OR_HEAD_LINE, _ORGAN_ENDING_ONLY = Opening(P.SEAL_OR_HEAD_LINE), Opening(P.ORGAN_ENDING_ONLY)


def _seal_or_head(f: str) -> bool:
    """A seal's note or a head's post and name alone on the line (`patterns.SEAL_OR_HEAD_LINE`), its first
    character asked first."""
    return _SEAL_OR_HEAD_LINE.match(f) is not None


def organs_above(region: list[Block], date_at: int, issuers: Callable[[], str] | None = None) -> int:
    """Index of the first organ (or seal) line right above the date line; under a line that announces
    a list, the first of the 落款's organs at the list's end (`_listed_run_top`, by the text `issuers`
    gives that names the document's issuers)."""
    top = date_at
    while top > 0 and date_at - top < _MAX_ORGAN_LINES:
        above = region[top - 1]
        if above.hints.beside and top < date_at + 1:
            top -= 1  # a contact line of the column beside the 落款, copied between its lines
            continue
        if not (
            L.is_organ_line(above)
            or _seal_or_head(above.folded)
            or L.is_labelled_organ_line(above)
            or L.spokesman_organ_end(above)
            or L.signing_person(above, region[top - 2] if top > 1 else None)  # 市长　张某某 (schema 1.9)
        ):
            if L.signature_label_only(above) == L.ORGAN_LABEL_ONLY and _names_organ(region[top]):
                top -= 1  # 答复单位： alone over the organ lines: the 落款's head, and its top
            elif top < date_at and _wrapped_organ_head(above, region[top]):
                top -= 1  # an organ's name wrapped before its ending: its head is the 落款's too
            elif (
                top > 1
                and _ORGAN_ENDING_ONLY.match(above.folded.strip())
                and _wrapped_organ_head(region[top - 2], above)
            ):
                top -= 2  # 某市医疗保障 ⏎ 局: an ending too short for an organ's line under its head (diffread-A A3)
            break
        if above.table and not _signing_table(region, above.table, region[date_at]):
            break
        if _in_a_building(above):
            break  # 县医保局三楼待遇保障股: a venue (a floor, a room), no signing organ (diffread-B B12)
        if top < date_at and L.is_labelled_organ_line(above) and L.is_organ_line(region[top]):
            break  # 主办机构：某局 over the 落款's own organ line: the body's row of who organises (diffread-B B10)
        top -= 1
    while top < date_at and region[top].hints.beside:
        top += 1  # the 落款 opens with its own line, not the column beside it
    top = _names_by_place(region, top, date_at)  # names the organ endings do not know, by their place
    if 0 < top < date_at and (head := _place_head_over(region, top)) >= 0:
        top = _past_venues(region, head + 1, date_at)  # 二、会议地点 ⏎ 区行政中心三楼会议室: the heading's text
    if top < date_at - 1 and top > 0 and _introduces(region[top - 1]):
        # the organ lines are what the line above introduces: the 落款 is the last, and its co-signers
        return _listed_run_top(region, date_at - 1, issuers() if issuers is not None else "")
    return top


def _listed_run_top(region: list[Block], top: int, issuers: str) -> int:
    """Where a joint 落款 starts at the end of a list (…对以下单位予以通报表扬： / 某镇中心学校 / 某县实验小学
    / 某县教育局 / 某县财政局 / date), `top` being the organ over the date: the organs right above it
    that `issuers` names (the title's opening organs, the letterhead) co-sign it, the rest are the list.
    An organ the title names otherwise (关于对某县人民医院…予以表扬) is listed, and so is one the 落款
    already holds (a list ending on the signing organ itself): a joint 落款 names each once."""
    taken = {region[top].folded.strip()}
    while top > 0 and L.is_organ_line(region[top - 1]):
        name = region[top - 1].folded.strip()
        if name in taken or name not in issuers:
            break
        taken.add(name)
        top -= 1
    return top


def _names_by_place(region: list[Block], top: int, date_at: int) -> int:
    """Where the 落款's organs start once names no organ ending ends (某市少年宫, 南州港, 某某物业,
    某市民之家) are taken by their place: where no organ line stands over the date, lines of one word
    of a name (`L.is_name_line`) right over it, right under a line that ends the body (its last
    sentence, or a closing that may have lost its stop). `top` where there are none. Over an organ
    found, such a line is the body's, left without its stop (望各科室遵照执行 ⏎ 办公室 ⏎ date)."""
    if top != date_at:
        return top
    run = top
    while run > 1 and date_at - run < _MAX_ORGAN_LINES and L.is_name_line(region[run - 1]):
        run -= 1
    if run == top:
        return top
    return run if ends_body(region[run - 1]) else top


def ends_body(b: Block) -> bool:
    """A line that ends the body: its last sentence, or a closing that may have lost its stop. A name
    right under it (no organ ending ends it) is the 落款's by that place."""
    f = b.folded.rstrip()
    return f[-1:] in L.SENTENCE_STOP or L.closing_strong(f)


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
        return f.endswith(":") or f.rstrip("。").endswith(P.UNIT_LIST_HEAD_WORDS)
    return f.endswith(":") and not L.is_key_value(b)


def _names_a_place(b: Block) -> bool:
    """A numbered heading, or a line closed by a colon, naming a place (二、会议地点, （二）活动场所, 三、受理
    地址, 请到以下地点：): the one line under it is the venue, which may end like an organ's name (区行政中心
    三楼会议室, 区文化馆) but is the section's text, not the 落款's first co-signer."""
    f = b.folded.rstrip(" 。")
    if not f.endswith(P.PLACE_HEAD_WORDS, 0, len(f) - 1 if f.endswith(":") else len(f)):
        return False  # (asked last of a stack's line above: most lines end on no place word)
    return f.endswith(":") or L.section_marker(b) is not None


def _place_head_over(region: list[Block], top: int) -> int:
    """The place heading over the organ lines from `top` (`_names_a_place`), past the venues of a list
    longer than the 落款's look-up (four lines: a fourth and fifth venue co-signed up to session 20) and
    past venues written after their own place label (主会场：… ⏎ 分会场：…); -1 where none stands over them.
    Most 落款 stand under a sentence: one line is asked."""
    k = top - 1
    while k > 0 and top - k <= _MAX_VENUES and (L.is_organ_line(region[k]) or _place_labelled(region[k])):
        k -= 1
    return k if k >= 0 and _names_a_place(region[k]) else -1


_MAX_VENUES = 12  # the venues a notice lists under one place heading


def _in_a_building(b: Block) -> bool:
    """The line names a floor or a room of a building (县财政局二楼教科文股, 综合楼302室): a place, never a
    signing organ, whatever its last word. Asked only of lines holding 楼, 层 or 室."""
    f = b.folded
    return ("楼" in f or "层" in f or "室" in f) and P.FLOOR_OR_ROOM.search(f) is not None


def _place_labelled(b: Block) -> bool:
    """A venue after its own place label (主会场：区水务局一楼会议室): a line of the list, never a co-signer."""
    return ":" in b.folded and P.PLACE_LABEL_LINE.match(b.folded) is not None


def _past_venues(region: list[Block], top: int, date_at: int) -> int:
    """Where the 落款 starts under a place heading whose venues stand at `top`: the venue, and the venues
    listed under it that end like it (考点地址： ⏎ 县第一中学 ⏎ 县第二中学: a list names places of one kind),
    up to a line set apart by a blank line. A co-signer under a venue (县全民健身中心 ⏎ 某县教育局) is an
    organ of another ending (diffread-A A8: the list's second and third venues signed). A label that
    closes a line of other labels (联系人：… 电话：… 通讯地址：) asks for one value, the address under it:
    the organ under that is the 落款's, whatever it ends on (review20 R10)."""
    first = region[top].folded.rstrip()
    kind = next((w for w in P.VENUE_ENDS if first.endswith(w)), first[-1:])  # 会议室, not 室 (B10)
    top += 1
    if ":" in region[top - 2].folded.rstrip(" 。")[:-1]:
        return top
    while top < date_at and not region[top].blank_before and _venue(region[top], kind, top == date_at - 1):
        top += 1
    return top


def _venue(b: Block, kind: str, over_date: bool) -> bool:
    """A line of a venue list whose first venue ends on `kind`: a name ending so, one after its own place
    label, or (but right over the date, where the 落款's organ stands) a name ending on a place's word
    (某区职业技术学校 after 某区第一中学: a list may name places of several kinds). A name of another kind
    ending like an organ (某某县总工会 under 县总工会一楼大厅) opens the 落款 (review21 R2). The kind is the
    place's word where the first venue ends on one (会议室: 中共某县委办公室 under 县委三楼会议室 ends on 室 too
    and signs, diffread-B B10); a line naming a floor or a room (县财政局二楼教科文股) is a venue whatever
    its ending (B12)."""
    f = b.folded.rstrip()
    if f.endswith(kind) or _place_labelled(b) or _in_a_building(b):
        return True
    return not over_date and f.endswith(P.VENUE_ENDS)


def _wrapped_organ_head(above: Block, below: Block) -> bool:
    """`above` is the head of an organ's name whose ending alone `below` holds (…住房和城乡建设 ⏎ 管理委员会);
    before an office's ending alone (办公室) the head is the organ it serves, so it ends like one. Or the two are
    one name a narrow box cut before its rest (`L.organ_cut`: 柏山县文化广电旅游 ⏎ 体育局)."""
    f = above.folded.strip()
    ending = below.folded.strip()
    if L.organ_cut(f, ending):
        return not L.closing_strong(f)  # 柏山县文化广电旅游 ⏎ 体育局: a merged name's rest
    return (
        bool(_ORGAN_ENDING_ONLY.match(ending))
        and bool(P.ORGAN_NAME_HEAD.match(f))
        and not f.startswith(P.NOT_A_NAME_HEAD)
        and not (ending in P.OFFICE_OF_ENDINGS and not P.ORGAN_SUFFIX.search(f))  # 确保安全稳定 ⏎ 办公室
        and not L.closing_strong(f)
    )


def _signing_table(region: list[Block], table: int, date: Block) -> bool:
    """A table whose rows of organ cells are a joint 落款: the date stands in it (a one-cell row under
    the organs), or every row of it names organs. A table of data whose rows happen to be organs
    (牵头单位 | 配合单位 over 市水务局 | 市财政局) stays the body's, its head row being no organs."""
    return date.table == table or all(
        L.is_organ_line(b) or L.is_labelled_organ_line(b) or _seal_or_head(b.folded) for b in region if b.table == table
    )


_MISREAD_ORGAN_MAX = 40  # an organ line's longest (is_organ_line)


def misread_organ_line(b: Block) -> bool:
    """A line of OCR'd text that ends like an organ's name but reads as none, for a mark the seal
    put inside it (`江城自然，源和巍划局`): without its punctuation an organ's name, with no sentence
    stop, colon or quote. Asked only of the line right over a 落款's lone date on a recognised page,
    where a signing organ stands under the seal."""
    f = b.folded.strip()
    if not 2 <= len(f) <= _MISREAD_ORGAN_MAX or L.is_organ_line(b) or P.MISREAD_NOT_ORGAN.search(f):
        return False
    bare = P.MISREAD_MARKS.sub("", f)
    return bare != f and len(bare) >= 4 and L.is_organ_name(bare)


def organ_lines(blocks: list[Block]) -> list[Block]:
    """The 落款's lines that name its organs: not a seal's note, a lone label (答复单位：, 答复日期：) or a
    person signing by post and name."""
    return [
        b
        for k, b in enumerate(blocks)
        if not (
            b.hints.beside
            or _seal_or_head(b.folded)
            or L.signature_label_only(b)
            or L.signing_person(b, blocks[k - 1] if k else None)  # a person, no organ (signature.persons)
        )
    ]


def organs_under_date(region: list[Block], date_at: int) -> list[Block]:
    """The organ lines of a 落款 written date first (`organ_under_date`): the line right under the date
    and the co-signers' lines stacked under it (2024年5月8日 ⏎ 某市民政局 ⏎ 某市财政局), not the 印发 organ
    of a print line that follows, nor a sub-unit of an organ above (某市交通运输局 ⏎ 某市交通运输局综合规划科:
    the office a contact line under it names, no joint signer: a co-signer is another organ)."""
    organs = [region[date_at + 1]]
    k = date_at + 2
    while (
        k < len(region)
        and len(organs) < _MAX_STACKED_ORGANS
        and L.is_organ_line(region[k])
        and not _sub_unit(region[k], organs)
        and not (k + 1 < len(region) and printed_line(region[k + 1]))
    ):
        organs.append(region[k])
        k += 1
    return organs


def _sub_unit(line: Block, organs: list[Block]) -> bool:
    """`line` opens with the whole name of an organ stacked above it and goes on: that organ's own
    office or department (某市交通运输局综合规划科 under 某市交通运输局), not a second signer."""
    name = line.folded.strip()
    return any(len(name) > len(o) and name.startswith(o) for o in (b.folded.strip() for b in organs))


_MAX_STACKED_ORGANS = 6  # the co-signers of a joint document stacked under its date, at most


def organ_under_date(region: list[Block], date_at: int) -> bool:
    """A 落款 written date first: an organ line right under a date with no organ above it, and
    not the 印发 organ of a print line that follows."""
    below = region[date_at + 1 : date_at + 3]
    return bool(below) and L.is_organ_line(below[0]) and not (len(below) > 1 and printed_line(below[1]))
