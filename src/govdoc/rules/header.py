"""Find the header by content: 键：值 lines, 发文机关标志, 发文字号, the (wrapped) title and 主送.

The 主送 line anchors the search: the title is the run of title-like lines just above it
(skipping the 发文字号 that State Council documents put between them). Without a 主送, the
first title-like line ending in a document type ends the title. A web page's headline, a
title-like line above the document's own title, is chrome.

The rule is here; the title's search is in `header_title`, the 主送's in `header_recipients`,
and what the header's other lines are (文号, 键：值 table, 红头, chrome) in `header_lines`.
"""

from __future__ import annotations

import string
from itertools import pairwise

from govdoc import patterns as P
from govdoc.blocks import KEPT_TITLE
from govdoc.fields.kind import kind_suffix, title_core
from govdoc.fields.metadata import key_of, pairs_of
from govdoc.fold import fold
from govdoc.numerals import MARKER_NUMERALS
from govdoc.rules import lines as L
from govdoc.rules.cleanup.base import excerpt, say_app_record
from govdoc.rules.header_lines import (
    header_zone,
    is_headerish,
    is_metadata,
    issue_title,
    labelled_number,
    letterhead_over_title,
    pre_title_zone,
    serial_under_type,
    shows_title_again,
    untitled_top_zone,
)
from govdoc.rules.header_recipients import (
    deputy_over_reply,
    form_row,
    labelled_recipients,
    recipient_candidate,
    rejoin_wrapped_recipients,
    run_on_addressee,
    split_run_on_addressee,
    unaddressed_applicant,
)
from govdoc.rules.header_title import (
    best_title,
    framed_title,
    promulgated,
    signs_at_end,
    title_above,
    with_edition_line,
)
from govdoc.rules.lines.guards import Ending
from govdoc.state import Block, State, Zone

# Sources whose lines above the title may be a web page's chrome (text is mostly saved web pages).
_WEB_OR_TEXT = frozenset({"html", "txt", "md", "text", ""})
# Plain text carries no layout (no centring, no type size) to say which line is the title: there
# its place says it (`framed_title`). A page or an office file has its layout for that, and a web
# page's plain line over the text may be its column's name.
_LAYOUTLESS = frozenset({"txt", "md", "text", ""})


# Zones as module names: a `Zone.X` look-up costs about ten times as much (see rules/head/zones.py).
_UNSET, _CHROME = Zone.UNSET, Zone.CHROME
_SEARCH_LIMIT = 40  # the header never runs longer than this many lines


def find_header(state: State) -> None:
    """The rule: zones the header's lines by content, anchored on the 主送 line when there is one,
    since web copies and scans carry no layout that marks the 版头.
    """
    top = state.blocks[: 2 * _SEARCH_LIMIT]
    chrome = _chrome_lines(top)
    if _site_name_over_navigation(top, chrome):
        chrome = _chrome_lines(top)  # the site's name joined the chrome
    # the lines not zoned yet: those of the top (copied already) and then the rest, one walk in all
    live = [b for b in top if b.zone is _UNSET]
    if len(state.blocks) > len(top):
        live += [b for b in state.blocks[len(top) :] if b.zone is _UNSET]
    limit = min(len(live), _SEARCH_LIMIT)
    cut = frozenset(id(top[i + 1]) for i in chrome if i + 1 < len(top))
    headlines = frozenset(
        id(top[i - 1])
        for i in chrome
        if i > 0 and P.BYLINE.search(top[i].folded) and P.HEADLINE_WORDS.search(top[i - 1].folded)
    )
    candidate = recipient_candidate(live, limit, cut)
    recipients: int | None = None
    title: list[Block] = []
    if candidate is not None and candidate[1] and _plan_heading(candidate[1], live[candidate[0]]):
        title = candidate[1]  # 组织领导： ends like an addressee, but under a plan's title it is its heading
    elif candidate is not None:
        recipients, title = candidate
        rejoined = rejoin_wrapped_recipients(state, live, recipients)
        if rejoined != recipients:  # lines above the 主送 were joined to it: climb again
            recipients, title = rejoined, title_above(live, rejoined, cut)
            limit = min(limit, len(live))  # the joined lines left `live`
    if not title:
        title = issue_title(live, limit) or best_title(live, limit, cut, headlines)
    if not title and state.format in _LAYOUTLESS:
        title = framed_title(live, limit if recipients is None else recipients)
    if title and recipients is None:
        title = with_edition_line(live, title)
    order_head: list[Block] = []
    regulation = promulgated(live, title)
    if regulation:
        order_head = live[live.index(title[0]) : live.index(regulation[0])]
        title = regulation
    if recipients is None and title:
        after = live.index(title[-1]) + 1
        while (
            after < len(live)
            and not labelled_recipients(live[after])
            and run_on_addressee(live[after]) is None
            and (is_headerish(live[after]) or is_metadata(live, after) or serial_under_type(live, after))
        ):
            after += 1  # a page's 键：值 table may stand between the title and the 主送
        if after < len(live) and (
            (
                not _plan_heading(title, live[after])
                and not _marked_heading(live[after])
                and not unaddressed_applicant(title, live[after])
                and L.is_recipient_line(live[after], loose=True)
            )
            or deputy_over_reply(live, after)
            or split_run_on_addressee(state, live, after)
        ):
            recipients = after
    if recipients is not None:
        end = recipients + 1
        if _number_under_recipients(state, live, end, title):
            end += 1  # the 文号 is the header's (`header_zone` zones it), not the opening's first paragraph
        live[recipients].zone = Zone.RECIPIENTS
        state.recipients_block = live[recipients]
        if recipients and L.answer_row_value(live[recipients - 1].folded) == "":
            # a greeting under the form's bare answer label (回复内容： ⏎ 网友，您好：): the rows above are the form's,
            # where they are a form's (a lone 回复： over a greeting is none)
            rows = live[live.index(title[-1]) + 1 if title else 0 : recipients - 1]
            if any(form_row(r) for r in rows):
                _form_answer(state, rows, live[recipients - 1], form=True)
    elif title:
        end = live.index(title[-1]) + 1
        form = bool(P.FORM_TITLE.search(title[-1].folded.rstrip()))
        while end < len(live) and (
            is_headerish(live[end]) or (form and _form_row(live, end)) or serial_under_type(live, end)
        ):
            end += 1
        end = _through_form(state, live, end, limit, live.index(title[-1]) + 1)
    else:
        end = 0
        while end < limit and (is_metadata(live, end) or is_headerish(live[end])) and not _answer_row(live[end]):
            end += 1
        end = _through_form(state, live, end, limit, 0)
    for b in order_head:
        b.zone = Zone.HEADER  # the 令's own head: its name, number, promulgation, signer and date
    title_start = live.index(order_head[0] if order_head else title[0]) if title else end
    for b in title:
        b.zone = Zone.TITLE
    other = Zone.CHROME if state.format in _WEB_OR_TEXT else Zone.HEADER
    # the lines above the title are asked whether they show it again: its text once for them all
    shown = "".join("".join(b.folded.split()) for b in title) if title and title_start > 0 else ""
    for i in range(end):
        b = live[i]
        if b.zone is _UNSET:
            if not title:
                b.zone = untitled_top_zone(live, i, other)
            else:
                b.zone = pre_title_zone(live, i, other, shown) if i < title_start else header_zone(b, live, i)
                # (a title the reader kept from the file's head is said by `kept_title`, once)
                if (
                    b.zone is _CHROME
                    and i < title_start
                    and b.hints.markup != KEPT_TITLE
                    and shows_title_again(b, shown)
                ):
                    state.warn(
                        "repeat-dropped",
                        f"删除了页面重复显示的标题「{excerpt(b.text)}」"
                        "(dropped the page's headline shown again above the title)",
                        title[0],
                    )
    if title and not order_head:
        letterhead_over_title(live, title_start, live.index(title[-1]), lambda i: signs_at_end(live, i))


_PLAN_HEADING_END = Ending(P.PLAN_HEADING_END)  # a heading's word ends the line (rules/lines/guards.py)


def _number_under_recipients(state: State, live: list[Block], at: int, title: list[Block]) -> bool:
    """A 发文字号 alone on the line right under the 主送 (`某某代表：` ⏎ `某体函〔2024〕12号`), where some copies
    set it, no line above naming one (a 文号 line, a portal table's `文号：…`, `[ 文号 ] …` or `| 文号 | … |`):
    the document's number, no line of its opening (the title and 主送 above it are the header's, a number
    line alone is no sentence). Not a bracketed number (`（某镇政〔2024〕15号）`: a cited one, the 请示's a
    批复 answers; a document's own is never bracketed), nor one under a title forwarding another's document
    (关于转发…的通知: the forwarded paper's number)."""
    if at >= len(live) or "号" not in live[at].folded or not L.is_doc_number_line(live[at]):
        return False
    if live[at].folded.lstrip().startswith("(") or any(verb in b.folded for b in title for verb in P.FORWARDING_VERBS):
        return False
    return not _number_above(state.blocks, live[at - 1])


def _number_above(blocks: list[Block], recipients: Block) -> bool:
    """A line above the 主送 names a 发文字号 (a 文号 line, a portal table's `文号：…` an earlier rule zoned,
    its `[ 文号 ] …` or `| 文号 | … |` row: the table's own pairs, `fields.metadata.pairs_of`)."""
    for b in blocks:
        if b is recipients:
            return False
        if "号" in b.folded and (L.is_doc_number_line(b) or labelled_number(b) or _number_pair(b)):
            return True
    return False


def _number_pair(b: Block) -> bool:
    """The line is a label table's row holding a 文号 cell (`[ 文号 ] 某发〔2024〕3号`, `| 文号 | … |`)."""
    return any(
        key_of(k) in P.DOC_NUMBER_KEYS and P.DOC_NO.match(fold(v).strip()) is not None
        for k, v in pairs_of(b.text, b.folded)
    )


def _plan_heading(title: list[Block], line: Block) -> bool:
    """Whether the line right under `title` is the first unmarked heading of a plan, a rules text or a
    工作要点 printed alone (`P.UNADDRESSED_TITLE_ENDS`), which addresses no one: a line ending on a
    heading's word (`P.PLAN_HEADING_END`: 指导思想：, 附则：, 组织领导：, even where it ends like an addressee
    too), unless a 主送 label or a distributive 各 (各水厂：) says it is the 主送. Any other line there
    (市直机关各党组织：, 全体干部职工：) may name the addressees the text is printed to, as under any title."""
    f = line.folded
    head = f.split(":", 1)[0].rstrip()
    return (
        _PLAN_HEADING_END.search(head) is not None  # (the heading's word ends it: asked only where it can)
        and title_core(title[-1].folded).endswith(P.UNADDRESSED_TITLE_ENDS)
        and P.LABELLED_RECIPIENTS.match(f) is None
        and P.DISTRIBUTIVE_ADDRESSEES.match(f) is None
    )


def _marked_heading(line: Block) -> bool:
    """Whether the line right under the title opens on a section's marker (`第一条　本办法所称…包括：`, a
    rules text's first article ending on its list's colon): the body's first heading or point, which
    addresses no one. A numeral after the marker makes it a list of numbers (`一、二年级学生家长：`, the
    addressees of a school's notice), no marker."""
    m = L.marker_at(line.folded)
    return m is not None and line.folded[m.end() : m.end() + 1] not in _NUMERALS


_NUMERALS = MARKER_NUMERALS | frozenset(string.digits)


def _form_row(live: list[Block], i: int) -> bool:
    """A 键：值 row of a handling form under its title, where no 主送 follows (建议编号　0342, 办理结果：已解决,
    承办单位：某局): the form's header, up to the row that holds the answer's sentences, which is the body."""
    return (is_metadata(live, i) or L.is_contact_line(live[i])) and "。" not in live[i].folded


def _answer_row(b: Block) -> bool:
    """The row of a mailbox's, message board's or hotline's form that holds the answer (回复内容：…,
    答复内容 ⏎ …): the page's body begins there (`lines.answer_row_value`)."""
    return L.answer_row_value(b.folded) is not None


def _through_form(state: State, live: list[Block], end: int, limit: int, top: int) -> int:
    """Where the header ends on a page where no 主送 was found: at `end`, unless the lines from there are
    a form's rows (键：值 rows, a value under its bare label, a contact or header line) that reach the row
    holding the answer (来信人：… ⏎ 来信内容：… ⏎ 回复单位：… ⏎ 回复时间：… ⏎ 回复内容：…). Then the rows
    above it are the form's, whatever the title says (a hotline's 工单答复 as a 答复单): the letter answered,
    who answered and when, and not the 落款 that closes the answer; the answer is the body, its row's
    label left in the header where the answer stands under it. Asked from the first line the header
    did not take, and it stops at the first line no form holds, so a page without a form pays one look.
    The form's rows from `top` on that name who answered and when (回复单位：…, 回复时间：…) are kept as the
    signature's source where no 落款 closes the answer (`State.form_signature`, review18 R4)."""
    k = end
    while k < limit:
        b = live[k]
        value = L.answer_row_value(b.folded)
        if value is not None:
            rows = live[top:k]
            form = any(form_row(r) for r in rows)
            if k > end and not form:
                return end  # rows of no form (问题：… ⏎ 回复：…, a FAQ page): no form's answer row (diffread-C C7)
            _form_answer(state, rows, b, form=form)
            return k + 1 if not value.strip() else k  # a bare label over its answer: the header's
        if not (is_metadata(live, k) or is_headerish(b) or L.is_contact_line(b)):
            return end
        k += 1
    return end


def _form_answer(state: State, rows: list[Block], answer: Block, *, form: bool) -> None:
    """The form's answer row, where a form's row stands in `rows` above it (`form`, asked once by the caller),
    and, from `rows` naming who answered and when (回复单位：…, 回复时间：…), the signature's source where no 落款
    closes the answer (`State.form_signature`). Under a greeting the caller asks only where `form` holds;
    `_through_form` asks also where a bare answer label opens the lines it was given (rows of no form: the
    signature's source is read all the same, as before diffread-C C7)."""
    if form:
        state.answer_row = answer  # a form's answer row: a FAQ's 问题：… ⏎ 回复：… is none (diffread-C C7)
    dates = [r for r in rows if L.date_class(r) & L.LABELLED_DATE]
    if dates:
        state.form_signature = ([r for r in rows if L.labelled_organs(r)], dates[-1])
    else:
        state.form_signature = _stacked_form_signature(rows)


def _stacked_form_signature(rows: list[Block]) -> tuple[list[Block], Block] | None:
    """The form's 回复单位/回复时间 copied one cell a line (回复单位 ⏎ 某局 ⏎ 回复时间 ⏎ 2024-05-10): the
    value under each bare label, as one-line rows give them (diffread-C C4); None without the date."""
    organs: list[Block] = []
    date: Block | None = None
    for label, value in pairwise(rows):
        m = P.SIGNATURE_FORM_LABEL_LINE.match(label.folded)
        if m is None:
            continue
        if m.group("organ"):
            if L.is_organ_line(value):
                organs.append(value)
        elif L.date_class(value) & L.DATE_LINE:
            date = value
    return (organs, date) if date is not None else None


def _chrome_lines(blocks: list[Block]) -> list[int]:
    """Where the lines already zoned as chrome stand among `blocks` (a few, if any): the lines next
    to them are the ones the header asks about the page's chrome."""
    return [i for i, b in enumerate(blocks) if b.zone is _CHROME]


def _site_name_over_navigation(top: list[Block], chrome: list[int]) -> bool:
    """An organ's name right above the page's navigation (`某市卫生健康委员会` / `首页 > 信息公开`)
    is the site's name, chrome: once the navigation has left the text it would otherwise stand
    right above the title, as if it were the title's first line and the issuer. True where one
    was found (`chrome`, the chrome lines of `top`, then misses it)."""
    found = False
    for i in chrome:
        if not 0 < i < _SEARCH_LIMIT:
            continue
        b, nxt = top[i - 1], top[i]
        if (
            b.zone is _UNSET
            and (P.NAVIGATION.search(nxt.folded) or P.BREADCRUMB.match(nxt.folded))
            and L.is_organ_line(b)
        ):
            b.zone = Zone.CHROME
            found = True
    return found


_HEAD_REACH = 3  # the kept title stands first, maybe under a line of chrome


def kept_title(state: State) -> None:
    """A title the text reader kept from a file's head (front matter's `title:`, a mail's Subject, where
    the text under the head does not repeat it: `blocks.KEPT_TITLE`) gives way to a title of the text's
    own (schema 1.11, contract20 7): the contract's title is the document's own, and the head's is the
    file's record of it, used only where the document has none. Where the rules read another line as the
    title, the kept line leaves the text with the rest of the head, warned `text-repaired` (`app-record`,
    span null: it no longer stands in the text; quoted whole, since it is nowhere else), not
    `content-unplaced` as up to 1.10; only where that title names a document's type, or the kept one
    names none (diffread-C C6)."""
    blocks = state.blocks
    for b in blocks[:_HEAD_REACH]:
        if b.hints.markup != KEPT_TITLE:
            continue
        title = "".join(t.text for t in blocks[:_SEARCH_LIMIT] if t.zone is Zone.TITLE)
        if b.zone is Zone.TITLE or not title or (_document_kind(b.text) and not _document_kind(title)):
            return
        b.zone = Zone.CHROME
        say_app_record(state, b.text)
        return


def _document_kind(title: str) -> bool:
    """Whether `title` names a document of the contract's kinds by its last words (…的答复, …的通知, …的批复,
    a tail such as 《…》 or 第35号 after it): the kept title gives way only to such a title. A body's bold
    line restating the proposal answered (`关于加强农村学校建设的提案`) names the proposal, not the
    document, and the file's own title (某县教育局关于…提案的答复) stays (diffread-C C6)."""
    core = title_core(title)
    core = P.TITLE_TAIL.sub("", core) if core[-1:] in "》号要" else core
    found = kind_suffix(core)
    return found is not None and P.KIND_OF_SUFFIX[found.group("s")] != "other"
