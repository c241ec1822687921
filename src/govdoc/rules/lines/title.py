"""The title's and the 主送's lines: whether a text ends like a title, where a category mark or
the issuing organ stands in it, whether a line can be part of a title, and the addressees' line."""

from __future__ import annotations

import functools

import regex

from govdoc import patterns as P
from govdoc.fields.kind import kind_suffix, title_core
from govdoc.rules.lines.base import (
    CELL_EDGE,
    SENTENCE_STOP,
    closing_strong,
    is_key_value,
    is_organ_name,
    is_pipe_table,
    marker_at,
    section_marker,
)
from govdoc.rules.lines.dates import is_date_line
from govdoc.rules.lines.guards import Ending, Holding, Opening
from govdoc.rules.lines.head import is_doc_number_line
from govdoc.state import Block

_PAREN_ONLY = regex.compile(r"^\([^()]{1,24}\)$")
_ADDRESSEE_SEPARATOR = regex.compile(r",")
_NOT_IN_ADDRESSEES = frozenset("。;:!?")


def ends_with_kind(text: str) -> bool:
    """Ends with a document type (…的答复, …的通知), brackets and a full stop aside: a title's ending;
    not where the type's word follows a title verb (`…关于通报`: what the title is about begins there)."""
    core = title_core(text)
    m = kind_suffix(core)
    return m is not None and not core.endswith(P.TYPE_AFTER_VERB, 0, m.start())


# What a category mark ends with (CATEGORY_MARK: a closing bracket or 类, at the text's end;
# tests/test_rule_speed.py checks): a title ending otherwise is not searched for one.
_MARK_ENDS = frozenset(")〕]】类")


def title_category_mark(folded: str) -> int | None:
    """Where a category mark written after a title's document type starts (`…提案的答复（B类）`,
    `…的答复　A类`), or None: the mark is the answer category, no part of the title."""
    core = folded.rstrip()
    if core[-1:] not in _MARK_ENDS:
        return None
    m = P.CATEGORY_MARK.search(core)
    return m.start() if m is not None and ends_with_kind(folded[: m.start()].rstrip()) else None


def title_category_lead(folded: str) -> int | None:
    """Where a title starts after a bracketed category mark before it on its line (`【A类】关于…的答复`),
    or None: the mark is the answer category, no part of the title."""
    m = P.CATEGORY_LEAD.match(folded) if folded[:1] in _LEAD_OPENS else None
    return m.end() if m is not None and ends_with_kind(folded[m.end() :]) else None


_LEAD_OPENS = frozenset("(〔[【")  # CATEGORY_LEAD's opening brackets (tests/test_rule_speed.py ties them)


def has_title_shape(text: str) -> bool:
    """Ends with a document type (maybe followed by the quoted title or number of what it
    answers, or by the answer category: …的答复函　C类), or with a genre the list does not name
    (…公示), or reads `关于…的X`."""
    return (
        ends_with_kind(text)
        or ends_with_unlisted_genre(text)
        or bool(P.GUANYU_TITLE.match(text))
        or ends_with_kind(P.TITLE_TAIL.sub("", text))
        or title_category_mark(text) is not None
    )


def ends_with_unlisted_genre(text: str) -> bool:
    """Ends with a genre word the type list does not name (…公示), so it can still be a title."""
    return bool(P.UNLISTED_TITLE_SUFFIX.search(title_core(text)))


def lost_tail(folded: str) -> int | None:
    """Where the `?` a stored page leaves at a line's end for a character its encoding lost starts, when
    what stands before it ends with a document type (`…的批复?`, w052's shape), or None. A title asks no
    question, so after its type the mark is no sentence stop and no part of the title."""
    core = folded.rstrip()
    if not core.endswith("?"):
        return None
    stem = core.rstrip("?").rstrip()
    return len(stem) if ends_with_kind(stem) else None


def is_title_like(b: Block) -> bool:
    """Could be a line of a title: short, no sentence stop inside, not a label or number line (a lost
    character's `?` after a title's type is no stop: `lost_tail`)."""
    f = b.folded
    if f.endswith("?") and (cut := lost_tail(f)) is not None:
        f = f[:cut]
    if not 2 <= len(f) <= 80 or f.endswith(":") or _inner_stop(f.rstrip("。")):
        return False
    if "号" in f and ":" in f and P.LISTED_ITEM_HEAD.match(f):  # a number, 号 and a colon open the item
        return False
    if (section_marker(b) and not f.startswith("第")) or ((">" in f or "»" in f or "›" in f) and P.BREADCRUMB.match(f)):
        return False
    return not (
        is_key_value(b)
        or is_pipe_table(b)
        or is_doc_number_line(b)
        or is_date_line(b)
        or (f[:1] == "(" and _PAREN_ONLY.match(f))
    )


def _inner_stop(f: str) -> bool:
    """`INNER_STOP` (。!?;) stands in `f`, written out as an `in` scan each: a title-like line is
    asked it first, and the scans cost less than the pattern's call (a test ties them)."""
    return "。" in f or "!" in f or "?" in f or ";" in f


@functools.lru_cache(maxsize=512)
def title_organ_end(folded: str) -> int | None:
    """Where the organ that opens a title ends (`国务院办公厅|转发…`, `国务院、中央军委|关于…`), or None.

    The organ is the prefix before the first title verb (关于, 对, 转发, 印发 …) that reads as an
    organ's name; a 转发/印发 title thus names its issuer before the verb, not the organ forwarded.
    The answer depends on the string alone and is kept for the last lines asked: the header's climb asks
    it of a line again at each anchor, and the issuer of the title's lines joined, as the title read them.
    """
    for m in P.TITLE_VERB.finditer(folded, 0, 48):
        prefix = folded[: m.start()].rstrip(" ")
        if P.TITLE_ORGAN_TEXT.match(prefix) and is_organ_name(prefix):
            return len(prefix)
        if "《" in prefix:
            break
    return None


def title_head_organ_end(folded: str) -> int | None:
    """Where a complete organ opens a title that has no title verb (`某县人民政府|拟征收土地启动公告`,
    `某市卫生健康委|…公示`), or None. The organ may be all the title holds before its type
    (`某县人大常委会|公告`). Asked of a title already found, whatever made it one: its type, an
    unlisted genre's word, or its place over the text (`某市民政局|主要职责`, `某中心|服务承诺`)."""
    m = P.TITLE_HEAD_ORGAN.match(folded)
    if m is None or len(folded) - m.end() < 2 or not is_organ_name(m.group()):
        return None
    organ, rest = m.group(), folded[m.end() :]
    if organ.startswith(P.WHOLE_AREA_OPENINGS):
        return None  # 全县防汛抗旱指挥部成员单位…: a whole area's body, the subject
    if (
        organ.endswith(P.TASK_BODY_ENDS)
        and not rest.startswith(("关于", "对"))
        and kind_suffix(title_core(rest)) is None
    ):
        return None  # a task body before words that name no type (成员名单): the title's subject
    return m.end()


# What a line RECIPIENT_LINE matches ends on: its colon, or the greeting or lost characters after
# it (or a line end, which its `$` stands before; tests/test_rule_speed.py ties them).
_RECIPIENT_ENDS = frozenset(":好!。?\ufffd\n")


@functools.lru_cache(maxsize=1024)
def recipient_match(folded: str) -> regex.Match[str] | None:
    """`patterns.RECIPIENT_LINE` matched at the start of a folded line (刘某委员：, 各街道办事处，区级各部门：).
    The 主送 search asks it of the same lines again (strictly, then loosely right under the title) and
    `header.recipients` once more to split the line, about 5 µs a time; the match depends on the string
    alone, so it is kept for the last few hundred lines asked."""
    return P.RECIPIENT_LINE.match(folded)


_GREETING_ENDS = frozenset("好!。")
# Patterns asked only of lines that can hold a match (rules/lines/guards.py: read off each pattern's source)
_LABELLED_RECIPIENTS, _LABELLED_APPLICANT = Opening(P.LABELLED_RECIPIENTS), Opening(P.LABELLED_APPLICANT)
_RECIPIENT_CLAUSE, _SITE_NAME = Holding(P.RECIPIENT_CLAUSE), Ending(P.SITE_NAME)
_GREETED_PUBLIC_REACH = 40  # GREETED_PUBLIC's longest line: five named members (尊敬的甲某某、…、戊某某委员，您们好！)


def greeted_public(folded: str) -> regex.Match[str] | None:
    """`patterns.GREETED_PUBLIC` on a short line: the public greeted without a colon (网友您好！), whose
    `body` is the addressee (schema 1.10)."""
    if len(folded) > _GREETED_PUBLIC_REACH or "好" not in folded:
        return None
    return P.GREETED_PUBLIC.match(folded.strip())


def is_recipient_line(b: Block, *, loose: bool = False) -> bool:
    """The 主送 line: addressees ending in a colon.

    Strictly, the last addressee must end like one (委员, 代表, 政府, 局 …); `loose` accepts any
    short name, for the line standing right under the title where nothing else can be, and a
    labelled `主送：…` line, which the 版记 may carry too.
    """
    if ":" not in b.folded and b.folded[-1:] in _GREETING_ENDS and greeted_public(b.folded) is not None:
        return True  # 网友您好！: the public greeted without a colon (schema 1.10)
    if not loose and (
        ":" not in b.folded or b.folded[-1:] not in _RECIPIENT_ENDS or "收悉" in b.folded or b.folded.count(":") > 1
    ):
        # Both 主送 patterns need the colon, and RECIPIENT_LINE ends on it or a greeting after it; what
        # its addressees run to holds the line but for that colon and greeting, so a 收悉 or a second
        # colon anywhere is one in them (refused below): an opening sentence (…收悉，现答复如下：).
        return False
    # each label pattern opens the line with its label (主送, 申请人): not asked of other lines
    if _LABELLED_RECIPIENTS.match(b.folded) or _LABELLED_APPLICANT.match(b.folded):
        return loose  # its label says what it is, but only right under the title (not the 版记's)
    m = recipient_match(b.folded)
    if not m:
        return loose and _honoured_addressee(b.folded)
    body = P.HONORIFIC.sub("", m.group("body")).strip()
    if ":" in body or "收悉" in body or _RECIPIENT_CLAUSE.search(body):
        return False
    if (
        body.replace(" ", "") in P.LABELS
        and P.HONORIFIC.match(m.group("body")) is None
        and body.replace(" ", "") not in P.MAILBOX_WRITER_LABELS
    ):
        # a label's row left empty (索引号：, 回复单位：); greeted with 尊敬的 a form's role is the addressee
        # (尊敬的来信人：), and the writer's role alone is how a mailbox's answer greets its writer (来信人：)
        return False
    if _SITE_NAME.search(body):  # (a site's name ends on its word: …网站, …平台)
        return False
    if P.ADDRESSEE_SUFFIX.search(body):
        return True
    tail = body[-4:] if len(body) > 4 else body
    return loose and len(body) <= 60 and not P.NOT_ADDRESSEE.search(tail) and SENTENCE_STOP.isdisjoint(body)


def _honoured_addressee(f: str) -> bool:
    """A 主送 line under a title whose page lost the colon: an addressee all the same.

    `尊敬的王某代表`, or several bare names each ending like an addressee (`各乡镇人民政府,
    县直各部门`): the line only counts in the loose sense, right under the title.
    """
    h = P.HONORIFIC.match(f)
    rest = f[h.end() :] if h else f
    if not 2 <= len(rest) <= 60 or not _NOT_IN_ADDRESSEES.isdisjoint(rest) or marker_at(rest):
        return False  # a heading (`一、加强组织领导`) may end like an addressee too
    names = [n.strip() for n in _ADDRESSEE_SEPARATOR.split(rest)]
    if (h is None) != (len(names) > 1):
        return False  # one honoured name, or a list of several: a lone bare name may open the body
    return all(2 <= len(n) <= 30 and P.ADDRESSEE_SUFFIX.search(n) for n in names)


def is_name_line(b: Block) -> bool:
    """One word of a name that no organ ending ends (某市少年宫, 南州港, 安居物业) and nothing a line of
    that shape may be besides: no closing (特此通知), heading, label, 附件 line or title. Its place
    says whether it is an organ's (right over the 落款's date, over the 文号 or a 关于 title)."""
    f = b.folded.strip()
    return _is_name(f) and section_marker(b) is None and not is_key_value(b)


def _is_name(f: str) -> bool:
    """`f` (folded, stripped) is one word of a name: no closing, 附件 label or title of that shape."""
    return (
        P.NAME_BY_PLACE.match(f) is not None
        and not f.startswith(P.NOT_A_NAME_HEAD)
        and not f.startswith("附件")
        and not (closing_strong(f) or P.CLOSING_WEAK.match(f))
        and not has_title_shape(f)
    )


def name_date_at(b: Block) -> int:
    """Where the date starts on a line of one name no organ ending ends and the date after a gap
    (南州大剧场　　　　2024年6月20日, the wide gap one space by then), else 0. The date class leaves such
    a line out, for it asks the line alone; the 落款 search asks this where the line's place (right
    under the body's end) can say."""
    f = b.folded.rstrip(CELL_EDGE)
    if f[-1:] not in _NAME_DATE_ENDS or " " not in f:
        return 0
    m = P.NAME_GAP_DATE_LINE.match(f)
    if m is None or m.group("organ").endswith(P.NOT_A_SIGNING_NAME_ENDS) or P.DATE.search(m.group("organ")):
        return 0  # a label's word, or a date itself (the same date under each of joint organs)
    return m.start("date") if _is_name(m.group("organ")) else 0


_NAME_DATE_ENDS = frozenset("日号0123456789")
