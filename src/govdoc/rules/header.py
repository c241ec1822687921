"""Find the header by content: 键：值 lines, 发文机关标志, 发文字号, the (wrapped) title and 主送.

The 主送 line anchors the search: the title is the run of title-like lines just above it
(skipping the 发文字号 that State Council documents put between them). Without a 主送, the
first title-like line ending in a document type ends the title. A web page's headline, a
title-like line above the document's own title, is chrome.
"""

from __future__ import annotations

from itertools import pairwise

from govdoc import patterns as P
from govdoc.fields.kind import kind_suffix
from govdoc.fields.metadata import ends_on_bare_label, is_bare_label, is_label
from govdoc.rules import lines as L
from govdoc.rules.joins import JOINED_MESSAGE
from govdoc.state import Block, State, Zone

# Sources whose lines above the title may be a web page's chrome (text is mostly saved web pages).
_WEB_OR_TEXT = frozenset({"html", "txt", "md", "text", ""})

# Zones as module names: a `Zone.X` look-up costs about ten times as much (see rules/head/zones.py).
_UNSET, _CHROME = Zone.UNSET, Zone.CHROME

_SEARCH_LIMIT = 40  # the header never runs longer than this many lines
_MAX_RUN_ON_ADDRESSEE = 60  # how far into an opening line a 主送 run onto it may end
_PUBLIC_ADDRESSEE_REACH = 16  # PUBLIC_ADDRESSEE's longest line: 尊敬的广大市民朋友们：您好！


def _body_like(b: Block) -> bool:
    f = b.folded
    return (len(f) >= 40 and "。" in f) or (len(f) > 30 and bool(P.SECTION_MARKER.match(f)))


def _is_headerish(b: Block) -> bool:
    """Lines that may stand between the title and the body without being body: the 文号, 签发人,
    密级 and 紧急程度, a short note, a report's speech subtitle and speaker, and the 版头 of minutes
    (第12期, and the issuing organ beside its date).

    Each pattern is asked only of a line that can hold it (its length, a word it needs; the
    ties are tested): most lines asked are a title's, which none of them matches. The date class
    (`lines.date_class`) has its own such test."""
    f = b.folded
    n = len(f)
    return (
        L.is_signer_line(b)
        or (n <= _NOTE_MAX and bool(P.NOTE_LINE.match(f)))
        or (n <= _MARK_MAX and bool(P.SECURITY.match(f) or P.URGENCY.match(f)))
        or ("期" in f and bool(P.ISSUE_NUMBER_LINE.match(f)))
        or (f[:1] == "-" and n <= 80 and bool(P.SPEECH_SUBTITLE.match(f)))
        or (n <= _SPEAKER_MAX and _names_a_post(f) and bool(P.SPEAKER_LINE.match(f)))
        or L.is_doc_number_line(b)
        or L.is_organ_date_line(b)
    )


_NOTE_MAX = 24  # a short note in brackets; longer ones are the body's
_MARK_MAX = 17  # the longest SECURITY (【秘密★ and twelve more】) or URGENCY line
_SPEAKER_MAX = 41  # SPEAKER_LINE: thirty characters, the longest post (秘书长), a gap of four, a name of four
_POST_WORDS = ("长", "主", "书记")  # every post SPEAKER_LINE names holds one (主任, 主席)


def _names_a_post(f: str) -> bool:
    return "长" in f or "主" in f or "书记" in f


def _opens_title(b: Block) -> bool:
    """The line where a title starts: `关于…`, `对…`, `《…`, or an organ followed by 关于/转发/印发."""
    return bool(P.TITLE_OPENER.match(b.folded)) or L.title_organ_end(b.folded) is not None


def _title_above(live: list[Block], anchor: int, cut: frozenset[int] = frozenset()) -> list[Block]:
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
    while i >= 0 and _is_headerish(live[i]):
        i -= 1
    lines: list[Block] = []
    while i >= 0 and len(lines) < 4:
        b = live[i]
        if not L.is_title_like(b) or P.ISSUER_MARK.match(b.folded):
            break
        if lines and (L.ends_with_kind(b.folded) or id(lines[0]) in cut):
            break  # the last line of another title (a headline above the document's own), or chrome between
        if (
            lines
            and not _opens_title(b)
            and not P.TITLE_SESSION_TAIL.match(lines[0].folded)
            and 2 * len(b.folded.strip()) < len(lines[0].folded.strip())
        ):
            break
        lines.insert(0, b)
        if P.TITLE_OPENER.match(b.folded):
            if i > 0 and id(b) not in cut and _wrapped_before_quote(b, live[i - 1]):
                i -= 1
                lines.insert(0, live[i])
            above = live[i - 1] if i > 0 else None
            if above is not None and (
                (L.is_organ_line(above) and not L.ends_with_kind(above.folded)) or _organ_and_verb(above)
            ):
                lines.insert(0, above)
            break
        if _opens_title(b):
            break
        i -= 1
    if not lines:
        return []
    joined = "".join(b.folded for b in lines)
    # A title ends with its document type; where the layout centred every line of it (HTML,
    # DOCX), that is evidence enough, unless the line is only an organ's name.
    centred = all(b.hints.title_like for b in lines) and not (len(lines) == 1 and L.is_organ_line(lines[0]))
    if len(joined) < 6 or not (L.has_title_shape(joined) or centred):
        return []
    if len(lines) > 1 and not (
        P.TITLE_OPENER.search(joined)
        or "关于" in joined
        or "对" in joined
        or any(P.TITLE_SESSION_TAIL.match(b.folded) for b in lines[1:])
    ):
        return lines[-1:]
    return lines


def _with_edition_line(live: list[Block], title: list[Block]) -> list[Block]:
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


def _organ_and_verb(b: Block) -> bool:
    """A title's first line that is its organ(s) and verb alone (`某市人民政府 某市中级人民法院印发`),
    the subject wrapped onto the next line (`关于…的意见的通知`)."""
    f = b.folded.strip()
    end = L.title_organ_end(f)
    return end is not None and bool(P.TITLE_VERB.fullmatch(f[end:].strip()))


def _recipient_candidate(live: list[Block], limit: int, cut: frozenset[int]) -> tuple[int, list[Block]] | None:
    """The 主送 line and the title above it ([] if none): of the addressee-shaped lines, the
    first with a title above it.

    Before the first body-like line any addressee-shaped line is a candidate; a line that merely
    looks like a 主送 and has no title above it loses to a later one that does. Past body-like
    lines (a page that prints the proposal before the reply) only a 主送 under a title counts.
    Without any title, the first candidate before the body stands; without one there, a line
    addressing the public alone (`网友：`, `尊敬的市民朋友：`) past the message a hotline page
    prints before its answer. The title comes back with the line so the caller does not climb
    for it again.
    """
    candidates: list[int] = []
    in_body = False
    public: int | None = None
    for i in range(limit):
        b = live[i]
        if L.is_recipient_line(b):
            if not in_body:
                candidates.append(i)
            elif title := _title_above(live, i, cut):
                first = _title_above(live, candidates[0], cut) if candidates else []
                return (candidates[0], first) if first else (i, title)
            elif public is None and len(b.folded) <= _PUBLIC_ADDRESSEE_REACH and P.PUBLIC_ADDRESSEE.match(b.folded):
                public = i
        elif _body_like(b):
            if candidates:
                break
            in_body = True
    for i in candidates:
        if title := _title_above(live, i, cut):
            return i, title
    if candidates:
        return candidates[0], []
    return (public, []) if public is not None else None


def _best_title(live: list[Block], limit: int, cut: frozenset[int], headlines: frozenset[int]) -> list[Block]:
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
        if _body_like(b) or L.is_recipient_line(b):
            break
        if (
            L.is_title_like(b)
            and (
                L.has_title_shape(b.folded)
                or (b.hints.title_like and not _stands_over_number(live, i))
                or id(b) in headlines
            )
            and not P.SECTION_MARKER.match(b.folded)
        ):
            lines = _title_above(live, i + 1, cut) or ([b] if id(b) in headlines else [])
            if lines:
                score = _title_score(live, lines)
                if score > best_score:
                    best, best_score = lines, score
        i += 1
    return best


def _title_score(live: list[Block], lines: list[Block]) -> int:
    joined = "".join(b.folded for b in lines)
    after = live.index(lines[-1]) + 1
    while after < len(live) and _is_headerish(live[after]) and not L.is_doc_number_line(live[after]):
        after += 1
    nxt = live[after] if after < len(live) else None
    score = 0
    if nxt is not None and (
        _body_like(nxt) or L.is_recipient_line(nxt, loose=True) or P.SECTION_MARKER.match(nxt.folded)
    ):
        score += 3  # the text starts right under it
    if nxt is not None and L.is_doc_number_line(nxt):
        score += 2
    if L.ends_with_kind(joined):
        score += 2
    if _opens_title(lines[0]):
        score += 1
    if all(b.hints.title_like for b in lines):
        score += 1
    if "," in joined or joined.rstrip().endswith("。"):
        score -= 3  # a sentence, not a title
    return score


def find_header(state: State) -> None:
    """The rule: zones the header's lines by content, anchored on the 主送 line when there is one,
    since web copies and scans carry no layout that marks the 版头.
    """
    _site_name_over_navigation(state)
    live = [b for b in state.blocks if b.zone is _UNSET]
    limit = min(len(live), _SEARCH_LIMIT)
    top = list(pairwise(state.blocks[: 2 * _SEARCH_LIMIT]))
    cut = frozenset(id(b) for above, b in top if above.zone is _CHROME)
    headlines = frozenset(
        id(above)
        for above, b in top
        if b.zone is _CHROME and P.BYLINE.search(b.folded) and P.HEADLINE_WORDS.search(above.folded)
    )
    candidate = _recipient_candidate(live, limit, cut)
    recipients: int | None = None
    title: list[Block] = []
    if candidate is not None:
        recipients, title = candidate
        rejoined = _rejoin_wrapped_recipients(state, live, recipients)
        if rejoined != recipients:  # lines above the 主送 were joined to it: climb again
            recipients, title = rejoined, _title_above(live, rejoined, cut)
    if not title:
        title = _best_title(live, limit, cut, headlines)
    if title and recipients is None:
        title = _with_edition_line(live, title)
    order_head: list[Block] = []
    regulation = _promulgated(live, title)
    if regulation:
        order_head = live[live.index(title[0]) : live.index(regulation[0])]
        title = regulation
    if recipients is None and title:
        after = live.index(title[-1]) + 1
        while (
            after < len(live)
            and not _labelled_recipients(live[after])
            and _run_on_addressee(live[after]) is None
            and (_is_headerish(live[after]) or _is_metadata(live, after))
        ):
            after += 1  # a page's 键：值 table may stand between the title and the 主送
        if after < len(live) and (
            L.is_recipient_line(live[after], loose=True)
            or _deputy_over_reply(live, after)
            or _split_run_on_addressee(state, live, after)
        ):
            recipients = after
    if recipients is not None:
        end = recipients + 1
        live[recipients].zone = Zone.RECIPIENTS
        state.recipients_block = live[recipients]
    elif title:
        end = live.index(title[-1]) + 1
        while end < len(live) and _is_headerish(live[end]):
            end += 1
    else:
        end = 0
        while end < limit and (_is_metadata(live, end) or _is_headerish(live[end])):
            end += 1
    for b in order_head:
        b.zone = Zone.HEADER  # the 令's own head: its name, number, promulgation, signer and date
    title_start = live.index(order_head[0] if order_head else title[0]) if title else end
    for b in title:
        b.zone = Zone.TITLE
    other = Zone.CHROME if state.format in _WEB_OR_TEXT else Zone.HEADER
    for i in range(end):
        b = live[i]
        if b.zone is _UNSET:
            b.zone = _pre_title_zone(live, i, other) if i < title_start and title else _header_zone(b, live, i)


def _site_name_over_navigation(state: State) -> None:
    """An organ's name right above the page's navigation (`某市卫生健康委员会` / `首页 > 信息公开`)
    is the site's name, chrome: once the navigation has left the text it would otherwise stand
    right above the title, as if it were the title's first line and the issuer."""
    blocks = state.blocks[:_SEARCH_LIMIT]
    for b, nxt in pairwise(blocks):
        if (
            nxt.zone is _CHROME
            and b.zone is _UNSET
            and (P.NAVIGATION.search(nxt.folded) or P.BREADCRUMB.match(nxt.folded))
            and L.is_organ_line(b)
        ):
            b.zone = Zone.CHROME


def _header_zone(b: Block, live: list[Block], i: int) -> Zone:
    if L.is_doc_number_line(b):
        return Zone.DOC_NUMBER
    if _is_metadata(live, i):
        return Zone.METADATA
    f = b.folded
    if (
        P.ISSUER_MARK.match(f)
        or _stands_over_number(live, i)
        or _stands_over_wenjian(live, i)
        or (b.hints.red and L.is_organ_line(b))
    ):
        return Zone.ISSUER
    return Zone.HEADER


def _is_metadata(live: list[Block], i: int) -> bool:
    """A 键：值 line, a label-table row, or the value standing under a bare label (`索引号：` / `…`)."""
    b = live[i]
    if L.is_key_value(b) or L.is_pipe_table(b):
        return True
    if is_bare_label(b.text):
        # A table laid out one cell per line (`索引号` / `0012-2024-3` / `发布机构` / …): a label
        # alone on its line is a row of it where another label stands within a cell or two.
        near = [live[j] for j in range(max(0, i - 3), min(len(live), i + 4)) if j != i]
        return any(is_bare_label(r.text) or L.is_key_value(r) for r in near)
    if L.is_glued_label_row(b):
        # Among other label rows, a label glued to its value is a row of the same table.
        rows = [live[j] for j in (i - 1, i + 1) if 0 <= j < len(live)]
        return any(L.is_key_value(r) or L.is_glued_label_row(r) for r in rows)
    if P.LONE_PAGE_LABEL.match(b.folded.strip()):
        return False  # the page's own label (来源) after an empty cell is no value of that cell
    if i == 0 or not _waits_for_value(live[i - 1]):
        return False
    # A value under its label is short, unless the table's rows go on after it: a long one (a
    # proposal's 内容) then still stands inside the table, not in the body.
    return len(b.folded) <= 80 or (i + 1 < len(live) and L.is_key_value(live[i + 1]) and ":" in live[i + 1].folded)


@L.per_line
def _waits_for_value(b: Block) -> bool:
    """The line ends on a label whose value is on the next line (`索引号：`): its labels are parsed
    once, however often the lines under it are asked about."""
    return ends_on_bare_label(b.text)


def _pre_title_zone(live: list[Block], i: int, other: Zone) -> Zone:
    """Above the title only header elements stand (红头, 文号, 签发人, 密级, 类别, a 键：值 table).

    Anything else there is, in a web page or text (most text is saved from web pages), the
    page's chrome: a date with its weekday, a site name, breadcrumbs, the headline shown again.
    `other` says what it is in an office or paged file (Word, PDF, OFD, a scan), which carries
    no site chrome: header text that stays in `Document.text`, since nothing the document
    itself prints may leave it without a warning.
    """
    b = live[i]
    if L.ends_with_kind(b.folded) and L.is_title_like(b):
        return other  # a web page's headline above the document's own title
    zone = _header_zone(b, live, i)
    if zone is not Zone.HEADER or _is_header_element(b) or "。" in b.folded:
        return zone  # sentences above the title (a proposal a page prints first) stay, outside the body
    return other


def _is_header_element(b: Block) -> bool:
    """A line of the 版头 other than the 文号, 红头 and 键：值 lines: 签发人, 密级, 紧急程度, 份号,
    a 令's or 公告's `第N号`, a category or disclosure mark (`【依申请公开】`), an organ's name (a
    发文机关标志 without 文件, or with its 文件 wrapped onto a line of its own), or a line of such
    marks set apart by wide gaps (`000123　　秘密★1年`, `A类　　　主动公开`)."""
    f = b.folded.strip()
    return (
        _is_headerish(b)
        or L.is_organ_line(b)
        or bool(P.COPY_NUMBER.match(f) or P.ORDER_NUMBER_LINE.match(f) or P.WENJIAN_LINE.match(f))
        or (len(f) <= 16 and bool(P.CATEGORY_LETTER_LINE.match(f)))
        or (len(f) <= 16 and bool(P.DISCLOSURE_MARK.match(f)))
        or L.is_header_cells_line(b)
    )


def _promulgated(live: list[Block], title: list[Block]) -> list[Block]:
    """A 令 that promulgates a regulation is the regulation: the regulation's title, or [].

    The 令's head (`…令`, `第N号`, the sentence promulgating it, the signer's post and name, the
    date) stands above the regulation's own title, which ends in a document type.
    """
    if not title:
        return []
    joined = "".join(b.folded for b in title)
    m = kind_suffix(P.TRAILING_PAREN.sub("", joined) if ")" in joined else joined)
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


def _rejoin_wrapped_recipients(state: State, live: list[Block], at: int) -> int:
    """A 主送 list too long for one line (`张某、李某、` / `王某等代表：`) is one line again."""
    line = live[at]
    while at > 0 and _opens_recipient_list(live[at - 1]):
        above = live[at - 1]
        offset = above.absorb(line)
        state.warn("page-break-joined", JOINED_MESSAGE, above, offset - 1, 2)
        state.blocks.remove(line)
        live.pop(at)
        at -= 1
        line = above
    return at


def _opens_recipient_list(b: Block) -> bool:
    """A line of addressees cut after a separator (`各区人民政府，市政府各委、办、`) or, where the
    page wrapped at a fixed width, inside a name (`各州、市人民政府，各行政公署，自治` over
    `区人民政府各部门：`): a list of two or more separators that is neither a sentence nor a title."""
    f = b.folded.rstrip()
    if not 2 <= len(f) <= 120 or "。" in f or "!" in f or "?" in f or ";" in f or ":" in f or "《" in f or "“" in f:
        return False
    if f[-1] in "、,":
        return True
    return f.count(",") + f.count("、") >= 2 and not _opens_title(b) and not L.ends_with_kind(f)


def _split_run_on_addressee(state: State, live: list[Block], i: int) -> bool:
    """`冯某委员：您提出的…收悉，现答复如下：` right under the title: a web copy ran the 主送 onto
    the reply's opening, with no space to split at. The addressee and its colon become a line of
    their own again (live[i]); the opening stays the body's first line."""
    b = live[i]
    cut = _run_on_addressee(b)
    if cut is None:
        return False
    head, rest = b.folded[:cut], b.folded[cut:]
    addressee = Block(
        b.text[:cut],
        folded=head,
        bold=[(s, min(e, cut)) for s, e in b.bold if s < cut],
        spaces=[x for x in b.spaces if x < cut],
        gaps=[x for x in b.gaps if x < cut],
        blank_before=b.blank_before,
        hints=b.hints,
        origin=b.origin,
    )
    b.bold = [(max(s, cut) - cut, e - cut) for s, e in b.bold if e > cut]
    b.spaces = [x - cut for x in b.spaces if x >= cut]
    b.gaps = [x - cut for x in b.gaps if x >= cut]
    b.joins = [x - cut for x in b.joins if x >= cut]
    b.blank_before = False
    b.set_text(b.text[cut:], rest)
    state.blocks.insert(state.blocks.index(b), addressee)
    live.insert(i, addressee)
    return True


def _run_on_addressee(b: Block) -> int | None:
    """Where the 主送 run onto an opening line ends (after its colon), or None."""
    colon = b.folded.find(":")
    if not 2 <= colon <= _MAX_RUN_ON_ADDRESSEE or colon + 1 >= len(b.folded) or b.folded[colon + 1] == " ":
        return None
    head, rest = b.folded[: colon + 1], b.folded[colon + 1 :]
    if not P.ADDRESSEE_OPENING.match(head) or P.RECIPIENT_CLAUSE.search(head) or is_label(head[:-1]):
        return None
    if not (P.REPLY_OPENING.match(rest) or P.ORGAN_REPLY_OPENING.match(rest)):
        return None
    return colon + 1


def _labelled_recipients(b: Block) -> bool:
    """`主送：…`, a 键：值 line that is the 主送 itself, not the page's metadata."""
    return bool(P.LABELLED_RECIPIENTS.match(b.folded))


def _deputy_over_reply(live: list[Block], i: int) -> bool:
    """`李某代表` alone under the title, right over `您提出的…收悉`, or an organ's name right over
    `贵单位…提出的`: the 主送 without its colon."""
    if i + 1 >= len(live):
        return False
    line, below = live[i].folded.strip(), live[i + 1].folded.strip()
    if P.BARE_DEPUTY.match(line):
        return bool(P.REPLY_OPENING.match(below))
    return L.is_organ_line(live[i]) and bool(P.ORGAN_REPLY_OPENING.match(below))


_JOINT_MARK_LINES = 4  # organs a joint 发文机关标志 stacks over its one 文件


def _stands_over_wenjian(live: list[Block], i: int) -> bool:
    """An organ line over a line that is only `文件`: a 发文机关标志 whose 文件 wrapped; or one of the
    organs of a joint 标志 stacked over that 文件 (`中共某县委办公室` / `某县人民政府办公室` / `文件`)."""
    if not L.is_organ_line(live[i]):
        return False
    for below in live[i + 1 : i + 1 + _JOINT_MARK_LINES]:
        if P.WENJIAN_LINE.match(below.folded):
            return True
        if not L.is_organ_line(below):
            return False
    return False


def _stands_over_number(live: list[Block], i: int) -> bool:
    """An organ line right above the 发文字号 (bare, or under its label `文号：…`): the 发文机关标志
    of a letterhead without 文件."""
    if i + 1 >= len(live) or not L.is_organ_line(live[i]):
        return False
    below = live[i + 1]
    if L.is_doc_number_line(below):
        return True
    m = P.KEY_VALUE.match(below.folded)
    return m is not None and m.group("key") in P.DOC_NUMBER_KEYS and bool(P.DOC_NO.match(m.group("value").strip()))
