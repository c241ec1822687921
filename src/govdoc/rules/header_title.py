"""The title's search for `rules/header.py`: climbing from the 主送 (or the body) over the
lines of one wrapped title, scoring candidates where no 主送 anchors it, and a 令 whose title
is the regulation it promulgates.
"""

from __future__ import annotations

from govdoc import patterns as P
from govdoc.fields.kind import kind_suffix, title_core
from govdoc.rules import lines as L
from govdoc.rules.header_lines import (
    body_like,
    is_case_number_line,
    is_headerish,
    is_metadata,
    stands_over_number,
    waits_for_value,
)
from govdoc.state import Block


def opens_title(b: Block) -> bool:
    """The line where a title starts: `关于…`, `对…`, `《…`, or an organ followed by 关于/转发/印发."""
    return L.opens_as_title(b) or L.title_organ_end(b.folded) is not None


def title_above(live: list[Block], anchor: int, cut: frozenset[int] = frozenset()) -> list[Block]:
    """Title lines ending just above live[anchor] (exclusive), or [].

    Lines are climbed only while they read as one wrapped title: the climb stops at the line
    where the title starts (an opener or an organ before 关于/转发/印发); above a title with no
    such start, a line joins only if it is no shorter than half the line below it (wrapped
    titles are balanced or top-heavy; a section name or site name above a title is short).
    Nor does the climb cross a line of the page's chrome (`cut`: the ids of the lines right under
    one): a wrapped title's lines stand together, while a listing page puts its byline between
    its headline and the first item (`…办理情况` / `来源：… 发布日期：…` / `202301号：关于…`).
    """
    i = anchor - 1
    while i >= 0 and is_headerish(live[i]):
        i -= 1
    lines: list[Block] = []
    tail_over = -1  # the line a lone type character (`kind_tail`) ends: it may end in a type itself
    while i >= 0 and len(lines) < 4:
        b = live[i]
        tail = not lines and kind_tail(live, i)
        if not (L.is_title_like(b) or tail) or L.issuer_mark(b.folded):
            break
        if tail:
            tail_over = i - 1
        elif lines and ((L.ends_with_kind(b.folded) and i != tail_over) or id(lines[0]) in cut):
            break  # the last line of another title (a headline above the document's own), or chrome between
        if (
            lines
            and not opens_title(b)
            and not P.TITLE_SESSION_TAIL.match(lines[0].folded)
            and 2 * len(b.folded.strip()) < len(lines[0].folded.strip())
        ):
            break
        lines.insert(0, b)
        if L.opens_as_title(b):
            if i > 0 and id(b) not in cut and _wrapped_before_quote(b, live[i - 1]):
                i -= 1
                lines.insert(0, live[i])
            above = live[i - 1] if i > 0 else None
            if (
                above is not None
                and not _red_letterhead(above, b)
                and not (i > 1 and _label_over(live[i - 2]))
                and (
                    (L.is_organ_line(above) and not L.ends_with_kind(above.folded))
                    or _organ_and_verb(above)
                    or _meeting_name(above)
                    or signs_at_end(live, i - 1)
                )
            ):
                lines.insert(0, above)
                lines[:0] = _joint_organs_over(live, i - 1, cut)
            break
        if opens_title(b):
            break
        i -= 1
    if not lines:
        return []
    joined = "".join(L.title_words(b) for b in lines)  # (a 文号 at the right of the title's row is no part of it)
    # A title ends with its document type; where the layout centred every line of it (HTML,
    # DOCX), that is evidence enough, unless the line is only an organ's name.
    centred = all(b.hints.title_like for b in lines) and not (len(lines) == 1 and L.is_organ_line(lines[0]))
    if len(joined) < _MIN_TITLE or not (L.has_title_shape(joined) or centred):
        return []
    if len(lines) > 1 and not (
        P.TITLE_OPENER.search(joined)
        or "关于" in joined
        or "对" in joined
        or any(P.TITLE_SESSION_TAIL.match(b.folded) for b in lines[1:])
        or _set_as_one_title(lines)
    ):
        # the last line alone, which must be long enough on its own: a form's labels stacked one a
        # line (留言内容 ⏎ 留言答复) climb as one wrapped title, but the label kept is no title
        return lines[-1:] if len(lines[-1].folded) >= _MIN_TITLE else []
    return lines


def _label_over(b: Block) -> bool:
    """`b` is a label alone waiting for the value on the line under it (`承办单位：` ⏎ `某局`, a form's or
    portal's table flattened one cell a line): the organ under it is that label's value, a row of the
    table, never the first line of the title below it (`某局` ⏎ `关于…的答复`)."""
    return waits_for_value(b) or P.FORM_LABEL_ALONE.match(b.folded.strip()) is not None


def _red_letterhead(above: Block, opener: Block) -> bool:
    """An organ's name in red ink over a `关于…` line in another ink is the 红头 (发文机关标志), never
    the title's first line. Only an organ's name alone can be a letterhead (a line with 印发 or 关于
    names what the title does), and only where its ink differs from the title's: a title set in
    red as a whole (`某市生态环境局` / `关于…的通知`, both red) keeps its organ line."""
    return above.hints.red and not opener.hints.red and L.is_organ_line(above) and not L.ends_with_kind(above.folded)


_MIN_TITLE = 6  # the shortest title: 关于…的通知 names a subject and a type
_JOINT_TITLE_ORGANS = 3  # the other organs a joint title may stack over the one right above its 关于 line


_JOINT_SIGNATURE_LINES = 8  # the last lines a joint document's 落款 (organs, date, seal notes, 版记) stands in


def _joint_organs_over(live: list[Block], first: int, cut: frozenset[int]) -> list[Block]:
    """The organ lines stacked right over live[first], itself an organ's line over a `关于…` line: a
    joint document's title names its organs one a line as it names them side by side on one
    (`中共某镇委员会` / `某镇人民政府` / `关于表彰…的决定`), so they are its first lines as that one
    organ is. Only organ lines (not a `文件` or a 文号, which end a letterhead), no chrome, and each
    signing the document at its end as a joint document's organs all do: a site's name over an
    organ's title (`某市人民政府` / `某市教育局` / `关于…`) signs nothing."""
    if not L.is_organ_line(live[first]) or L.ends_with_kind(live[first].folded):
        return []
    end = live[max(first + 2, len(live) - _JOINT_SIGNATURE_LINES) :]  # below the 关于 line, never the title's own
    tail = "".join(b.folded for b in end) if first > 0 else ""
    k = first - 1
    while (
        k >= 0
        and first - k <= _JOINT_TITLE_ORGANS
        and id(live[k + 1]) not in cut
        and L.is_organ_line(live[k])
        and not L.ends_with_kind(live[k].folded)
        and live[k].folded.strip() in tail
    ):
        k -= 1
    return live[k + 1 : first]


_KIND_TAIL_MAX = 3  # the longest piece of a type a wrap leaves alone under its title (的函 of 答复的函, 意见函)


def kind_tail(live: list[Block], i: int) -> bool:
    """live[i] is the end of a type alone that ends the title over it: a narrow column or a text
    layer's wrap left the last characters of the type on a line of their own (`…办理情况的答` / `复`,
    `…提案答复` / `的函`), too short for a title's line, but the line above, a title's, ends in a type
    only with them, or in a longer type with them (`…办理情况的答复` / `函`: 答复函, the characters part
    of the type's word, not a word of their own)."""
    f = live[i].folded.strip()
    if not 0 < len(f) <= _KIND_TAIL_MAX or not all("\u4e00" <= c <= "\u9fff" for c in f) or i == 0:
        return False
    above = live[i - 1]
    if not L.is_title_like(above) or not L.ends_with_kind(joined := above.folded.strip() + f):
        return False
    if not L.ends_with_kind(above.folded):
        return True
    alone, together = kind_suffix(title_core(above.folded.strip())), kind_suffix(title_core(joined))
    return alone is not None and together is not None and together.start() <= alone.start()


def _set_as_one_title(lines: list[Block]) -> bool:
    """Lines set alike in display type (one face and size, the 二号 标宋 of a title, no red) are one
    title wrapped, whatever its words: a plan's or a regulation's title names no 关于
    (`某区2024年城市内涝治理` / `工作实施方案`), while a site's or a column's name above a headline is
    set otherwise."""
    first = lines[0].hints
    return all(
        b.hints.display_type and not b.hints.red and b.hints.size == first.size and b.hints.font == first.font
        for b in lines
    )


def with_edition_line(live: list[Block], title: list[Block]) -> list[Block]:
    """The title with the line under it when that line is only its edition, draft or period in
    brackets (`（2024年修订）`, `（征求意见稿）`): centred under the name, it is the title's last line."""
    after = live.index(title[-1]) + 1
    if after < len(live) and live[after].folded[:1] == "(" and P.TITLE_EDITION_LINE.match(live[after].folded.strip()):
        return [*title, live[after]]
    return title


def _wrapped_before_quote(b: Block, above: Block) -> bool:
    """A title wrapped right before the book title it quotes (`关于对市政协…会议` / `《关于…的提案》`
    / `的答复`): the line opening with 《 is not where the title starts when the line above it
    opens with 关于/对 and cannot end a title (no type at its end, no title's shape of its own)."""
    f = above.folded.strip()
    return (
        b.folded.lstrip().startswith("《")
        and f.startswith(("关于", "对"))
        and L.is_title_like(above)
        and not L.ends_with_kind(f)
        and not L.has_title_shape(f)
    )


def signs_at_end(blocks: list[Block], i: int) -> bool:
    """A name no organ ending ends (某市少年宫) that the 落款 repeats at the end, over its date or beside
    it: the document's own organ, so on its line over a 关于 title it is the title's first line (and
    the issuer), as an organ's name is. A site's or a column's name over a headline (一网搜, 规范性文件)
    never signs the page. Asked only of a name line over a title's opener, so the scan is rare."""
    b = blocks[i]
    if L.opens_as_title(b) or not L.is_name_line(b):
        return False
    name = b.folded.strip()
    for k in range(len(blocks) - 1, i + 1, -1):
        f = blocks[k].folded.strip()
        if f == name and k + 1 < len(blocks) and L.is_date_line(blocks[k + 1]):
            return True
        if f.startswith(name) and (at := L.name_date_at(blocks[k])) and blocks[k].folded[:at].strip() == name:
            return True
    return False


def _meeting_name(b: Block) -> bool:
    """A meeting's name alone on the line over a 关于 line (`某镇第十八届人民代表大会第三次会议`): the
    congress or committee that adopted it, the title's first line as an organ's name is."""
    f = b.folded.strip()
    return ("会议" in f or "大会" in f) and P.MEETING_NAME_LINE.match(f) is not None


def _organ_and_verb(b: Block) -> bool:
    """A title's first line that is its organ(s) and verb alone (`某市人民政府 某市中级人民法院印发`),
    the subject wrapped onto the next line (`关于…的意见的通知`)."""
    f = b.folded.strip()
    end = L.title_organ_end(f)
    return end is not None and bool(P.TITLE_VERB.fullmatch(f[end:].strip()))


def best_title(live: list[Block], limit: int, cut: frozenset[int], headlines: frozenset[int]) -> list[Block]:
    """Without a 主送 to anchor it, the title is the best-scored candidate before the body.

    A candidate is a title-like line with a title's shape (or a title's layout) and the wrapped
    lines above it. It scores by its place (right above the body or the 主送, or over a 文号)
    and its evidence (a listed type at its end, its start at 关于/an organ, centred or large
    type); a web page's headline above the document's own title loses to it by place. Ties go
    to the first. A line over the page's byline (`headlines`) is the page's headline whatever
    its shape (`…代表建议办理情况`): the title of a page whose document has none.
    """
    best: list[Block] = []
    best_score = -1
    i = 0
    while i < limit:
        b = live[i]
        if body_like(b) or L.is_recipient_line(b):
            break
        if under_letter_label(live, i):
            lines = []  # the letter a mailbox's reply answers: its `responds_to`, not the reply's title
        elif bare_type_title(live, i):
            lines = [b]
        elif (
            L.is_title_like(b)
            and (
                L.has_title_shape(L.title_words(b))
                or (b.hints.title_like and not stands_over_number(live, i))
                or id(b) in headlines
            )
            and not L.marker_at(b.folded)
        ):
            lines = title_above(live, i + 1, cut) or ([b] if id(b) in headlines else [])
        else:
            lines = []
        if lines:
            score = _title_score(live, lines)
            if score > best_score:
                best, best_score = lines, score
        i += 1
    return best


def under_letter_label(live: list[Block], i: int) -> bool:
    """The line stands under a mailbox form's label of the letter's title alone on its line (信件标题 ⏎
    关于…的问题: a web page's form read one cell per line): the letter the reply answers (schema 1.8's
    `responds_to` of kind 来信 or 留言), never the reply's own title."""
    return i > 0 and live[i - 1].folded.strip().rstrip(":").rstrip() in P.LETTER_TITLE_LABELS


def bare_type_title(live: list[Block], i: int) -> bool:
    """live[i] is a type's word alone (`公告`, `令`) under an organ's name: the title of an
    announcement's or an order's page, too short for a title's line elsewhere (BARE_TYPE_TITLE); or,
    with nothing above it, the text's first line (`通知`, `会议纪要`) over its serial, its 主送 or its
    first sentence: an internal notice's or a 纪要's whole title (BARE_TYPE_OPENING)."""
    f = live[i].folded.strip()
    if i == 0:
        return len(f) <= _BARE_OPENING_MAX and bool(P.BARE_TYPE_OPENING.match(f)) and _text_under(live, 1)
    return len(f) <= 2 and bool(P.BARE_TYPE_TITLE.match(f)) and L.is_organ_line(live[i - 1])


_BARE_OPENING_MAX = 4  # BARE_TYPE_OPENING's longest word (会议纪要)


def _text_under(live: list[Block], i: int) -> bool:
    """live[i] is what a title stands over: its serial (第5期, 第3号), its 主送 or the text's first sentence."""
    if i >= len(live):
        return False
    b = live[i]
    return bool(P.SERIAL_LINE.match(b.folded.strip())) or L.is_recipient_line(b) or body_like(b)


def _title_score(live: list[Block], lines: list[Block]) -> int:
    joined = "".join(b.folded for b in lines)
    after = live.index(lines[-1]) + 1
    while after < len(live) and is_headerish(live[after]) and not L.is_doc_number_line(live[after]):
        after += 1
    nxt = live[after] if after < len(live) else None
    score = 0
    if nxt is not None and (body_like(nxt) or L.is_recipient_line(nxt, loose=True) or L.marker_at(nxt.folded)):
        score += 3  # the text starts right under it
    if nxt is not None and L.is_doc_number_line(nxt):
        score += 2
    if L.ends_with_kind(joined):
        score += 2
    if opens_title(lines[0]):
        score += 1
    if all(b.hints.title_like for b in lines):
        score += 1
    if "," in joined or joined.rstrip().endswith("。"):
        score -= 3  # a sentence, not a title
    return score


def promulgated(live: list[Block], title: list[Block]) -> list[Block]:
    """A 令 that promulgates a regulation is the regulation: the regulation's title, or [].

    The 令's head (`…令`, `第N号` on its line or the next, the sentence promulgating it, the signer's post and name, the
    date) stands above the regulation's own title, which ends in a document type.
    """
    if not title:
        return []
    joined = "".join(b.folded for b in title)
    if ")" in joined:
        joined = P.TRAILING_PAREN.sub("", joined)  # 某市人民政府令（第25号）
    m = kind_suffix(joined) or kind_suffix(P.TITLE_TAIL.sub("", joined))  # 某市人民政府令　第25号
    if m is None or P.KIND_OF_SUFFIX[m.group("s")] != "order":
        return []
    start = live.index(title[-1]) + 1
    promulgates = False
    for j in range(start, min(len(live), start + 8)):
        b = live[j]
        f = b.folded.strip()
        if P.PROMULGATION.search(f):
            promulgates = True
        elif P.ORDER_NUMBER_LINE.match(f) or P.POST_AND_NAME.match(f) or L.is_date_line(b):
            continue
        elif promulgates and L.is_title_like(b) and L.ends_with_kind(f) and j > start:
            return [b]
        elif not promulgates:
            return []
    return []


_FRAMED_TITLE_MAX = 40  # a title of a genre outside the type list is short: 信访事项处理意见书


def framed_title(live: list[Block], limit: int) -> list[Block]:
    """Where no line has a title's shape, the line that stands where a title stands: the first
    after the 版头 (份号, marks, 键：值 lines, the 发文机关标志 or an organ's name) and right over the
    文号, the 主送 or the body, short and no sentence (`信访事项处理意见书`, `…工作总结和…工作思路`);
    a form's title (`…建议办理答复表`) stands so over its labelled rows.
    A genre the type list does not name is a title by its place, not by a row of its word. A
    document's own title says whose or when it is where no 文号 stands under it: it names a year, a
    congress's term (`第十九届`), opens with its organ or ends on the noun of its instrument
    (`…督办卡`, `…交办单`), as a portal's column name over its items does not."""
    i = 0
    while i < limit and (is_metadata(live, i) or is_headerish(live[i]) or _is_mark_of_issuer(live[i])):
        i += 1
    if i >= limit:
        return []
    b = live[i]
    f = b.folded.strip()
    if len(f) > _FRAMED_TITLE_MAX or "," in f or f.endswith("。") or not L.is_title_like(b):
        return []
    if L.marker_at(f) or L.is_recipient_line(b, loose=True):
        return []
    if not (
        (i + 1 < len(live) and (L.is_doc_number_line(live[i + 1]) or is_case_number_line(live[i + 1])))
        or ("年" in f and P.TITLE_YEAR.search(f))
        or ("届" in f and P.TERM.search(f))
        or ((m := P.TITLE_HEAD_ORGAN.match(f)) and L.is_organ_name(m.group()))
        or P.FORM_NOUN_ENDING.search(f)
    ):
        return []  # a column's name a portal prints over its items (政协委员提案办理情况) names neither
    j = i + 1
    while j < len(live) and (is_headerish(live[j]) or is_metadata(live, j)):
        j += 1  # a form's labelled rows (建议编号：…, 主办单位：…) stand between its title and its text
    if j + 1 < len(live) and _text_label(live[j]) and not L.is_recipient_line(live[j], loose=True):
        j += 1  # the form's label over its text (答复内容：)
    nxt = live[j] if j < len(live) else None
    if nxt is None or not (body_like(nxt) or L.is_recipient_line(nxt, loose=True) or L.marker_at(nxt.folded)):
        return []
    return [b]


_TEXT_LABEL_MAX = 8  # 答复内容：, 办理情况说明：


def _text_label(b: Block) -> bool:
    """A short label alone on its line, its colon last, that heads a form's text (`答复内容：`)."""
    f = b.folded.strip()
    return len(f) <= _TEXT_LABEL_MAX and f.endswith(":") and P.FORM_TEXT_LABEL.match(f) is not None


def _is_mark_of_issuer(b: Block) -> bool:
    return bool(L.issuer_mark(b.folded)) or L.is_organ_line(b)
