"""Before the 落款: the attachment list, then contact and 附注 lines, the closing, and the body,
peeled off the end of what the 落款 leaves above it."""

from __future__ import annotations

from govdoc import patterns as P
from govdoc.fields.kind import kind_of
from govdoc.rules import lines as L
from govdoc.rules.lines.guards import Opening
from govdoc.rules.trailer.attachments import mark_attachment_lists
from govdoc.rules.trailer.base import (
    BODY,
    CHROME,
    CLOSING,
    CONTACT,
    NOTE,
    TRAILER,
    UNSET,
    paragraph_head,
    unset_and_page_starts,
)
from govdoc.state import Block, State, Zone

_LOST_LABEL_VALUE = Opening(P.LOST_LABEL_VALUE)  # the lost label's colon opens the line (rules/lines/guards.py)


def body_end(state: State) -> None:
    """Before the 落款: the attachment list, then contact and 附注 lines, the closing, and the body."""
    last = state.signature_date or (state.signature_organs[-1] if state.signature_organs else None)
    # one walk: the page starts and the 落款's place do not change below (zones change, the list does not)
    # and whether a closing stands already: the lines zoned below are those left unzoned, so a closing
    # stands at the end where one stood before or this rule made one (no third walk to ask)
    before, starts, last_at, closing = unset_and_page_starts(state, last)
    end = mark_attachment_lists(before, tail_box=last is None)  # no 落款: a 相关附件 box ending the text
    answers = _AnswersOnce(state, before)
    for b in before[end:]:
        if b.zone is UNSET:
            b.zone = L.tail_zone(b) or _closing_after_list(b, answers) or TRAILER
            closing = closing or b.zone is CLOSING
    closing = _peel_tail(state, before[:end], starts) or closing
    if not closing:
        _closing_under_signature(state, last_at, answers)


class _AnswersOnce:
    """Whether the text above the 落款 answers something (`_answers_text`), asked at most once a parse: a
    request line after the attachment list asked it of every line above, so 2000 such lines made the rule
    quadratic (review22's note on diffread-A A3's fix)."""

    __slots__ = ("_before", "_said", "_state")

    def __init__(self, state: State, before: list[Block]) -> None:
        self._state, self._before = state, before
        self._said: bool | None = None

    def __call__(self) -> bool:
        if self._said is None:
            self._said = _answers_text(self._state, self._before)
        return self._said


def _closing_under_signature(state: State, last_at: int, answers: _AnswersOnce) -> None:
    """A closing written under the 落款 instead of above it (某局 ⏎ 2024年5月8日 ⏎ 特此答复。, a web copy
    that moved it): where no closing stands above, the line right under the 落款 that is courtesy from end
    to end with a formula or thanks in it is the closing still (it stood in no element). `last_at`: where
    the 落款's last line stands (-1: no 落款). Asked only where no line is zoned as the closing."""
    if last_at < 0 or state.closing_run_on is not None:
        return
    blocks = state.blocks  # the line under the 落款, by place: a look or two down, not a copy of the rest
    under = next((blocks[k] for k in range(last_at + 1, len(blocks)) if blocks[k].zone is not CHROME), None)
    if under is not None and under.zone is TRAILER and _closing_after_list(under, answers) is CLOSING:
        under.zone = CLOSING


def _closing_after_list(b: Block, answers: _AnswersOnce) -> Zone | None:
    """A closing written after the attachment list instead of above it (附件：1.… ⏎ 2.… ⏎ 特此通知。 ⏎
    落款): a line of courtesy from end to end with a formula or thanks in it is the closing still. A request for
    views strong only as an answer's (如有意见，请与我局联系) is so only where the text answers something (`answers`:
    asked of the lines above the 落款), as above the 落款 (diffread-A A3)."""
    closing, strong = L.closing_strength(b.folded)
    if not (closing and strong):
        return None
    return CLOSING if L.closing_strength(b.folded, views=False)[1] or answers() else None


_DATE_FRAGMENT_MESSAGE = "成文日期缺少年月，未作解析 (a date that lost its year and month, left unparsed)"


def _peel_tail(state: State, body: list[Block], page_starts: frozenset[int]) -> bool:
    """Contact and 附注 lines, then the closing, peeled off the end of the body (`page_starts`: the
    ids of the lines a page starts with, `unset_and_page_starts`); whether a closing was found."""
    end = len(body)
    cut_head = -1  # where the paragraph the peel stopped at starts, as `_cut_tail_line` found: the closing's walk
    while end > 0:
        last = body[end - 1]
        zone = L.tail_zone(last)
        if zone is None and end >= 2 and _lost_label_under_contact(last, body[end - 2]):
            zone = CONTACT
        if zone is None and end >= 2 and _phone_rest_under_contact(last, body[end - 2]):
            zone = CONTACT  # the line above, a contact line, is peeled next
        if zone is None and L.is_date_fragment_line(last):
            zone = NOTE
            state.warn("date-unparsed", _DATE_FRAGMENT_MESSAGE, last, 0, len(last.text))
        if zone is None:
            head, zone = _cut_tail_line(body, end - 1, page_starts)
            if zone is None:
                cut_head = head  # below asks the same paragraph's head first: not walked up again
                break
            for b in body[head:end]:  # the line a wrap cut and its rest: the zone of the line's kind
                b.zone = zone
            end = head
            continue
        last.zone = zone
        end -= 1
    start = end
    strong = False
    starts = page_starts if end > 0 else frozenset()
    views = _answers(state, body, end)
    taken = False  # a paragraph of the closing found: a request above it is the body's
    top = end  # where the closing found so far starts: a contact line the peel walked over above it is none of it
    inside: set[int] = set()  # the ids of contact lines of their own between the closing's lines
    while start > 0:
        head = cut_head if start == end and cut_head >= 0 else paragraph_head(body, start - 1, starts)
        text = _text_before_signature(state, body[head:start])
        closing, is_strong = L.closing_strength(text, views=views)
        if not closing and taken:
            # a bracketed note a wrap cut into lines its paragraph's walk does not join (…0571-8 ⏎ 8885555）)
            opened = _bracket_opened(body, start - 1)
            if opened is not None and opened < head:
                head, text = opened, _text_before_signature(state, body[opened:start])
        if not closing and taken and _contact_alone(body[head], text):
            # a contact line of its own over the formula (感谢… ⏎ （联系人：…） ⏎ 特此答复。), a wrap's pieces of it
            # too: the contact's, and the closing may go on above it (struct29)
            inside.update(id(b) for b in body[head:start])
            start = head
            continue
        if not (closing or views or taken) and L.asks_views(text):
            # a request in a text that answers nothing (特此通知。 ⏎ 如有疑问，请与…联系): the closing's only under a
            # formula or thanks, so the peel asks the lines above; with none there it stays the body's (A9)
            start = head
            continue
        if not closing and head > 0 and L.ends_open(body[head - 1]):
            head, closing, is_strong = _broken_closing(state, body, head, start, views)
        elif closing and head > 0 and _clause_above(body[head - 1]):
            # its sentence opens on the line above, broken after a comma (妥否， ⏎ 请批示。): read whole
            up, joined, _ = _broken_closing(state, body, head, start, views)
            head, is_strong = (up, True) if joined else (head, is_strong)
        if not closing:
            break
        taken = True
        strong = strong or is_strong
        start = top = head
    if strong:
        for b in body[top:end]:
            b.zone = CLOSING
        for b in body[start:end]:
            if id(b) in inside:
                b.zone = CONTACT  # (one the peel walked over above the closing's first line stands right over it)
        start = top
    else:
        start = end
        _closing_run_on(state, body[end:], body[end - 1] if end > 0 else None)
    for b in body[:start]:
        if b.zone is UNSET:
            b.zone = BODY
    # Labelled contact lines in the body's last stretch (before the closing) still belong to the
    # contact; a sentence there (如需了解…，可咨询县社保中心，咨询电话：…) is the answer's own prose,
    # and a row of a table of data in the body stays in its table (its rows are the table's, in
    # order); a table whose every row is a contact line is the contact's.
    for b in reversed(body[:start]):
        if (
            not L.is_contact_line(b)
            or P.CONTACT_SENTENCE.match(b.folded)
            or (b.table and not _contact_table(body, b.table))
        ):
            break
        b.zone = CONTACT
    return strong


_VIEWS_REACH = 3  # the lines above the 落款 a request for views (如有意见，请与我局联系) may close on


def _answers(state: State, body: list[Block], end: int) -> bool:
    """Whether a request for any view or a word on where to ask (patterns.VIEWS_REQUEST, FEEDBACK_ASK: 如有意见，
    请与我局联系 / 如有疑问，请与…联系) may close the text: it answers something, as its title says (…的答复, 复函,
    a numbered proposal's 办理情况的函) or its words do (…收悉, 现答复如下, 您反映的…, 现将办理情况函告如下:
    patterns.ANSWER_WORDS, diffread-A A2); a 征求意见 公告, a meeting notice or a 征求意见函 ends its body with the same
    words (diffread-A A5). Asked only where the last lines may hold such a request (如 and 意见, 疑问 or 建议: both
    read so; not every 如下, 如期 or 例如, diffread-A A9's note)."""
    if not any(
        "如" in b.folded and ("意见" in b.folded or "疑问" in b.folded or "建议" in b.folded)
        for b in body[max(0, end - _VIEWS_REACH) : end]
    ):
        return True  # nothing to decide: the answer is not asked
    return _answers_text(state, body[:end])


def _answers_text(state: State, body: list[Block]) -> bool:
    """The text answers something, as its title says or its words (`body`) do (patterns.ANSWER_WORDS); a text
    without a title found is taken to (an untitled mailbox answer, a reply's copy cut at its head)."""
    title = _title_text(state)
    if title:
        return (
            kind_of(title, ()) == "reply"
            or P.PROP_NO.search(title) is not None  # …第56号提案办理情况的函: titled by what it answers
            or any(P.ANSWER_WORDS.search(b.folded) for b in body)
        )
    return True


def _title_text(state: State) -> str:
    """The title's folded lines joined: the header's zones stand, its fields are not read yet."""
    blocks = state.blocks
    return "".join(blocks[i].folded.strip() for i in state.title_run())


def _cut_tail_line(body: list[Block], at: int, page_starts: frozenset[int]) -> tuple[int, Zone | None]:
    """Where the contact or 附注 line stands whose rest, cut off by a wrap, is line `at`
    (`（联系人：周某，联系电话：0736-52812` ⏎ `34）`), and its zone (None: no such line). The rest is no
    line of its own kind, but the line it carries on is, and the two are one line of the trailer,
    never the closing's too."""
    head = paragraph_head(body, at, page_starts)
    return (head, L.tail_zone(body[head])) if head < at else (at, None)


def _clause_above(b: Block) -> bool:
    """A line of prose that ends on a comma: its sentence goes on under it (a table's cell, which
    ends open as a matter of layout, does not)."""
    return not b.table and b.folded.rstrip().endswith(",")


def _broken_closing(state: State, body: list[Block], head: int, start: int, views: bool) -> tuple[int, bool, bool]:
    """A closing sentence broken by a line break the page width did not make (`感谢您对…工作的关心` ⏎
    `和支持！`: a manual break, a web copy's): the line above, left open, and these lines read as
    one are strong courtesy from end to end. The lines stay two lines of the closing. `views`: as the peel's
    (`如有意见，` ⏎ `请与我局联系。` closes only a text that answers something, as on one line: diffread-A A3)."""
    closing, strong = L.closing_strength(_text_before_signature(state, body[head - 1 : start]), views=views)
    return (head - 1, True, True) if closing and strong else (head, False, False)


def _contact_alone(b: Block, text: str) -> bool:
    """The paragraph opening with `b` (its folded lines joined: `text`) is a contact line of its own
    (联系人：…，电话：…), bracketed or not (（联系人：…）), no sentence saying whom to call (如需了解…，可咨询…):
    under it the closing's formula may stand, above it its thanks."""
    f = text.strip()
    if b.table or P.CONTACT_SENTENCE.match(f):
        return False
    return L.is_contact_line(b) or P.CONTACT_BRACKET.match(f) is not None


_NOTE_LINES = 4  # the most lines a wrap cuts a bracketed contact note into


def _bracket_opened(body: list[Block], at: int) -> int | None:
    """Where the bracket opens that line `at` closes and no line of it reopens (`（联系人：钱某，联系电话：0571-8` ⏎
    `8885555）`), within a few lines up; None where line `at` closes no bracket the lines above left open."""
    depth = 0
    for k in range(at, max(at - _NOTE_LINES, -1), -1):
        f = body[k].folded
        depth += f.count(")") - f.count("(")
        if k == at and depth <= 0:
            return None  # the line closes nothing left open above it
        if depth <= 0:
            return k
    return None


def _contact_table(body: list[Block], table: int) -> bool:
    """Every row of the table is a contact line (联系人：… | 联系电话：…): the contact printed in a
    table, not a table of data whose last row happens to be a label (姓名 | 职务 over 邮箱 | empty)."""
    return all(L.is_contact_line(b) for b in body if b.table == table)


def _closing_run_on(state: State, peeled: list[Block], last_body: Block | None) -> None:
    """A closing written on at a line's end: 特此公告。 after the last contact or 附注 value before the
    落款 (…电话：12345678，特此公告。), or formula sentences ending the body's last line (…完工。此复。)."""
    last = peeled[-1] if peeled else None
    m = P.CLOSING_RUN_ON.search(last.folded.rstrip()) if last is not None else None
    if last is not None and m is not None:
        state.closing_run_on = (last, m.start("closing"))
        return
    at = L.closing_run_on_start(_text_before_signature(state, [last_body]).rstrip()) if last_body is not None else None
    if last_body is not None and at is not None:
        state.closing_run_on = (last_body, at)


def _lost_label_under_contact(b: Block, above: Block) -> bool:
    """`: 孟某` under `联系电话：…`: a contact value whose label the page lost, still the contact's."""
    return bool(_LOST_LABEL_VALUE.match(b.folded)) and L.tail_zone(above) is CONTACT


def _phone_rest_under_contact(b: Block, above: Block) -> bool:
    """`1-88881234` under `联系人：王某，联系电话：057`: the rest of a phone a wrap cut (`L.phone_cut`), still the
    contact's where no width was read off the text to join the two lines (a short copy; struct29)."""
    return L.phone_cut(above.folded, b.folded) and L.tail_zone(above) is CONTACT


def _text_before_signature(state: State, blocks: list[Block]) -> str:
    """The lines' folded text, up to the 落款 where it was flattened onto the last of them."""
    text = "".join(b.folded for b in blocks)
    if blocks and blocks[-1] is state.signature_date and state.signature_from:
        text = text[: len(text) - len(blocks[-1].folded) + state.signature_from].rstrip()
    return text
