"""Running heads in text that kept its page furniture (a PDF's text layer saved as plain text).

A paged format's reader knows its page bands and drops a running head there; plain text only
keeps the page number (`— 2 —`) and, beside it, the line each page repeats at its top: the
document's title, its 发文机关标志 or 文号. The contract leaves running heads out of the text, as
page numbers. Such a line stands right next to a dropped page number and is either a copy of a
line of the first page (the title the running head repeats) or the same line next to two or
more page numbers (the first page's foot among them). A sentence, a heading and a date never are.
A watermark's words the text layer set among a page's lines are the same furniture inside each page
(`_watermarks`).
"""

from __future__ import annotations

import bisect
from collections import Counter

from govdoc import patterns as P
from govdoc.rules import lines as L
from govdoc.rules.cleanup import page_furniture
from govdoc.rules.lines import is_organ_name
from govdoc.state import Block, State, Zone

_TEXT_FORMATS = frozenset({"txt", "md", "text", ""})
_CHROME = Zone.CHROME  # a module name: a `Zone.X` look-up is dear once per block (rules/head/zones.py)
_MIN_HEAD = 4  # shorter lines (a name, 附件) repeat for other reasons
_MAX_HEAD = 60
_MAX_HEAD_LINES = 3
_FIRST_LINES = 8  # the lines a running head copies: the 红头, 文号 and title at the text's top


def _head_like(b: Block) -> bool:
    f = b.folded.strip()
    return (
        _MIN_HEAD <= len(f) <= _MAX_HEAD
        and "。" not in f
        and not b.table
        and L.marker_at(f) is None
        and not L.is_date_line(b)
    )


def running_heads(state: State) -> None:
    """The rule: a line next to a dropped page number that the page repeats goes with it.

    Only in text: a paged format's reader drops its running heads from the page bands. An organ's
    name copied from the first page must stand beside two page numbers, since the 落款 that ends
    the body repeats the 发文机关 of the first page and may stand beside one; beside one page number
    it goes where the same words stand again further down and no date is under it (`_organ_foot`)."""
    if state.format not in _TEXT_FORMATS:
        return
    blocks = state.blocks
    live: list[int] = []
    ends: list[int] = []  # the dropped page numbers
    tops: list[int] = []  # where in `live` a page's first line stands (a form feed or a page comment above it)
    where: dict[str, list[int]] = {}  # where in `live` each line's words stand (`_watermarks`)
    for i, b in enumerate(blocks):  # one walk for the lists
        if b.zone is not _CHROME:
            if b.page_before:
                tops.append(len(live))
            where.setdefault(b.text, []).append(len(live))
            live.append(i)
        elif page_furniture(b) or b.folded.strip().isdigit():  # `- 3 -`, or a bare figure taken as one
            ends.append(i)
    if not live:
        return
    _heads(blocks, live, ends, tops)
    if ends or tops:  # (after the heads: a head at a page's top is no watermark's, and leaves no copy behind)
        _watermarks(blocks, live, ends, tops, where)


def _heads(blocks: list[Block], live: list[int], ends: list[int], tops: list[int]) -> None:
    """The running heads beside the dropped page numbers (`ends`) and at the pages' tops (`tops`)."""
    cut_heads = _heads_inside_cut_sentences(blocks, live, tops) if tops else set()
    if not ends:
        if cut_heads:  # (a template's head on the first page too, above the title: session 21)
            _first_page_head(blocks, live, cut_heads)
        return
    first_page = {blocks[i].text for i in live if i < ends[0]}
    neighbours: set[int] = set()  # the live lines on either side of each page number past the first page
    for end in ends:
        k = bisect.bisect_left(live, end)
        for at in (k - 1, k):
            if 0 <= at < len(live) and live[at] > ends[0]:
                neighbours.add(live[at])
    # The first page's own foot: a running footer stands there too, but a line of the first page
    # only goes when it stands beside another page number as well (it would copy itself otherwise).
    k = bisect.bisect_left(live, ends[0])
    first_foot = live[k - 1] if k > 0 else None
    seen = Counter(blocks[i].text for i in neighbours)
    last_at = {blocks[i].text: i for i in live}  # where each line stands last
    feet: set[int] = set()  # organ lines taken as a foot seen once (`_organ_foot`)
    if first_foot is not None and _head_like(blocks[first_foot]) and seen[blocks[first_foot].text] >= 1:
        blocks[first_foot].zone = Zone.CHROME
        seen[blocks[first_foot].text] += 1
    elif first_foot is not None and _organ_foot(blocks, live, first_foot, last_at):
        blocks[first_foot].zone = Zone.CHROME
        feet.add(first_foot)

    def copied(b: Block) -> bool:
        return _head_like(b) and b.text in first_page and not is_organ_name(b.folded.strip())

    for i in neighbours:
        b = blocks[i]
        if copied(b) or (_head_like(b) and seen[b.text] >= 2):
            b.zone = Zone.CHROME
        elif _organ_foot(blocks, live, i, last_at):
            b.zone = Zone.CHROME
            feet.add(i)
    for end in ends:  # a head of several lines (the letterhead, then the 文号) copies them in a run
        k = bisect.bisect_left(live, end)
        for at in range(k, min(k + _MAX_HEAD_LINES, len(live))):
            b = blocks[live[at]]
            if live[at] < ends[0] or not (b.zone is Zone.CHROME or copied(b)):
                break
            b.zone = Zone.CHROME
    # (a foot seen once is no evidence that the text's first line is a head too)
    _first_page_head(blocks, live, {blocks[i].text for i in live if blocks[i].zone is _CHROME and i not in feet})


def _organ_foot(blocks: list[Block], live: list[int], i: int, last_at: dict[str, int]) -> bool:
    """An organ's name beside one page number inside the body, the same words standing again further
    down (the 落款 it repeats): a running head or foot seen once. The 落款 itself beside a page number
    is the last of its words, or has its date under it; a line the text goes on after is no 落款. A
    line with an organ's name right above it or right after the page number is one of a list of
    organs (成员单位), not a foot (review16 R11)."""
    b = blocks[i]
    if last_at.get(b.text, i) <= i or not _head_like(b) or not is_organ_name(b.folded.strip()):
        return False
    k = bisect.bisect_right(live, i)
    if k >= len(live) or L.is_date_line(blocks[live[k]]):
        return False
    # a line of a list of organs (成员单位：某局 ⏎ 某局 ⏎ - 2 - ⏎ 某局) names one among others: no foot
    above = live[k - 2] if k >= 2 else None
    return not (_listed_organ(blocks[live[k]]) or (above is not None and _listed_organ(blocks[above])))


def _listed_organ(b: Block) -> bool:
    """A line naming an organ as a list of them does: the name alone, no clause mark in it. A sentence's piece the
    page cut after an organ's suffix (…二百余家，带动村 ⏎ - 1 - ⏎ 某局 ⏎ 集体增收…) is no member of a list (conv29: the
    running head beside it was kept inside the sentence)."""
    f = b.folded.strip()
    return is_organ_name(f) and _SENTENCE_MARKS.isdisjoint(f)


_SENTENCE_MARKS = L.CLAUSE_MARKS - {"、"}  # (a list of organs parts them by 、: 市公安局、市民政局 names two)


def _first_page_head(blocks: list[Block], live: list[int], dropped: set[str]) -> None:
    """A template that prints its running head on the first page too sets it above the title: the
    text's first line, a copy of a head dropped beside a later page number or at a later page's top
    inside a cut sentence (`_heads_inside_cut_sentences`, pages parted without numbers), goes as well when a
    line of a title follows it that the heads do not copy (a head repeating the title itself has the
    主送 under it there, or the title's next line, copied in the same run). A line the header reads as its
    field (the 文号, a 签发人 line), or a speech's title over its `——在…上的讲话` subtitle, is the document's own
    even where a later page's top repeats it: the copy goes, the first stays (diffread-C C3)."""
    if len(live) < 2 or blocks[live[0]].text not in dropped:
        return
    if L.is_doc_number_line(blocks[live[0]]) or L.is_signer_line(blocks[live[0]]):
        return
    under = blocks[live[1]].folded.strip()
    if under[:1] == "-" and P.SPEECH_SUBTITLE.match(under) is not None:
        return  # `——在…会议上的讲话` under it: the first line is the speech's own title, its pages repeat it
    if L.is_title_like(blocks[live[1]]) and blocks[live[1]].text not in dropped:
        blocks[live[0]].zone = Zone.CHROME


def _heads_inside_cut_sentences(blocks: list[Block], live: list[int], tops: list[int]) -> set[str]:
    """A page's running head where the text marks the page's end without a page number (a form
    feed, a Markdown converter's `<!-- PageBreak -->`): the page's first line, an organ's name or a
    copy of a line of the text's first lines, standing between the two halves of a sentence the page
    cut (the line above ends open, the line below goes on with a sentence's words). A sentence never
    holds a line of a name alone, so the line is the page's, not the text's. `tops`: where in `live`
    the pages' first lines stand. Returns the heads that copy a line of the first page's top and name more
    than an organ (an organ's name alone over a title is the 发文机关's line: `_first_page_head` keeps it)."""
    copies: set[str] = set()
    first: set[str] = set()  # the first page's top lines: the page's own lines, before its first break
    for i in live[:_FIRST_LINES]:
        if blocks[i].page_before:
            break
        first.add(blocks[i].text)
    for k in tops:
        if not 0 < k < len(live) - 1:
            continue
        b = blocks[live[k]]
        if not _head_like(b):
            continue
        above, below = blocks[live[k - 1]], blocks[live[k + 1]]
        if below.page_before or not L.ends_open(above) or not L.is_prose(below) or L.marker_at(below.folded):
            continue
        if above.table or below.table or L.is_date_line(below):
            continue
        organ = is_organ_name(b.folded.strip())
        if organ or b.text in first or _organ_and_top(b, first):
            b.zone = Zone.CHROME
            f = b.folded.strip()
            if not organ and b.text in first and not (f.endswith("文件") and is_organ_name(f[:-2])):
                copies.add(b.text)  # (the 发文机关标志 `某市人民政府文件` over the title is the issuer's, kept)
    return copies


def _organ_and_top(b: Block, first: set[str]) -> bool:
    """A running head naming the organ before the title it copies (某市民政局关于…的答复: a reply's template
    prints the answering organ with the title at every page's top): a line of the text's first lines after
    an organ's name. Asked only of a page's first line standing inside a cut sentence."""
    text = b.text
    for line in first:
        if len(line) >= _MIN_HEAD and len(text) > len(line) and text.endswith(line):
            lead = text[: len(text) - len(line)].strip()
            if lead and is_organ_name(lead):
                return True
    return False


def _watermarks(
    blocks: list[Block], live: list[int], ends: list[int], tops: list[int], where: dict[str, list[int]]
) -> None:
    """A watermark's or a stamp's words (`某县人民政府信息公开专用`, drawn across every page) that the text layer put
    among the page's lines: the same line once on each page of a text that kept its page ends (page numbers, form
    feeds), every copy inside its page with the page's own lines on either side (a running head stands at a
    page's edge, and `_heads` has taken it by now), none of them a heading, a sentence's piece, an organ's name,
    a date or a header's 文号 or 签发人 line, and saying what a stamp says (`patterns.WATERMARK_WORDS`: a document's
    own short line may stand once a page too, a subhead under each point, REVIEW31 R5). Such words are the
    page's furniture, and leave unsaid as its numbers and running heads do (conv30 #19). `where`: the positions
    in `live` of each line's words, taken before the heads left."""
    starts = sorted({e + 1 for e in ends} | {live[k] for k in tops})  # the block where each later page begins
    pages = bisect.bisect_right(starts, live[-1]) + 1
    if pages < 2:
        return
    for at in where.values():
        if len(at) != pages or not _mark_like(blocks[live[at[0]]]):
            continue
        seen = [bisect.bisect_right(starts, live[k]) for k in at]
        if len(set(seen)) != pages or not all(_inside_page(blocks, live, starts, k) for k in at):
            continue
        for k in at:
            blocks[live[k]].zone = Zone.CHROME


def _mark_like(b: Block) -> bool:
    """Words a watermark or a stamp prints: a short line, no heading, clause, date or organ's name alone, saying
    what a stamp says (`patterns.WATERMARK_WORDS`: the copy's use or keeping)."""
    f = b.folded.strip()
    return (
        _head_like(b)
        and L.CLAUSE_MARKS.isdisjoint(f)
        and not is_organ_name(f)
        and not L.is_doc_number_line(b)
        and not L.is_signer_line(b)
        and P.WATERMARK_WORDS.search(f) is not None  # (a stamp's words: a subhead repeats once a page too, R5)
    )


_MAX_STEP = 4  # running heads a look past steps over at most (`_MAX_HEAD_LINES` and a page number)


def _inside_page(blocks: list[Block], live: list[int], starts: list[int], k: int) -> bool:
    """The live line `live[k]`, still the text's, has a line of the text on its own page on either side (the
    running heads `_heads` took stepped over)."""
    if blocks[live[k]].zone is _CHROME:
        return False
    page = bisect.bisect_right(starts, live[k])
    for step in (-1, 1):
        j = k + step
        while 0 <= j < len(live) and abs(j - k) <= _MAX_STEP and blocks[live[j]].zone is _CHROME:
            j += step
        if not (0 <= j < len(live) and blocks[live[j]].zone is not _CHROME):
            return False
        if bisect.bisect_right(starts, live[j]) != page:
            return False
    return True
