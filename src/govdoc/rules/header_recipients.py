"""The 主送's search for `rules/header.py`: the addressee-shaped line with a title above it,
and the forms a copy breaks it into (wrapped over two lines, run onto the reply's opening,
a deputy's name or an organ without its colon).
"""

from __future__ import annotations

from govdoc import patterns as P
from govdoc.fields.metadata import is_label
from govdoc.rules import lines as L
from govdoc.rules.header_lines import body_like
from govdoc.rules.header_title import opens_title, title_above
from govdoc.rules.join_lines import JOINED_MESSAGE
from govdoc.state import Block, State

_MAX_RUN_ON_ADDRESSEE = 60  # how far into an opening line a 主送 run onto it may end
_PUBLIC_ADDRESSEE_REACH = 16  # PUBLIC_ADDRESSEE's longest line: 尊敬的广大市民朋友们：您好！


def recipient_candidate(live: list[Block], limit: int, cut: frozenset[int]) -> tuple[int, list[Block]] | None:
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
        if L.is_recipient_line(b) and not writer_row_of_a_form(live, i):
            if not in_body:
                candidates.append(i)
            elif title := title_above(live, i, cut):
                first = title_above(live, candidates[0], cut) if candidates else []
                return (candidates[0], first) if first else (i, title)
            elif public is None and len(b.folded) <= _PUBLIC_ADDRESSEE_REACH and P.PUBLIC_ADDRESSEE.match(b.folded):
                public = i
        elif body_like(b):
            if candidates:
                break
            in_body = True
    for i in candidates:
        if title := title_above(live, i, cut):
            return i, title
    if candidates:
        return candidates[0], []
    return (public, []) if public is not None else None


def rejoin_wrapped_recipients(state: State, live: list[Block], at: int) -> int:
    """A 主送 list too long for one line (`张某、李某、` / `王某等代表：`) is one line again."""
    line = live[at]
    while at > 0 and (_opens_recipient_list(live[at - 1]) or _name_cut(live[at - 1], line)):
        above = live[at - 1]
        offset = above.absorb(line)
        state.warn("page-break-joined", JOINED_MESSAGE, above, offset - 1, 2)
        state.blocks.remove(line)
        live.pop(at)
        at -= 1
        line = above
    return at


def _name_cut(above: Block, line: Block) -> bool:
    """A deputy's or member's name the width cut (`欧阳某` / `某委员：`): the 主送's name is one character,
    which no name is, and a piece of it stands alone on the line above, the two together one name of at
    most four characters and its 代表 or 委员 (a title's last line over a whole name, `答复` / `丁某代表：`,
    is no piece of it)."""
    upper, lower = above.folded.strip(), line.folded.strip().rstrip(":;")
    return (
        len(lower) == _ONE_CHARACTER_NAME
        and lower.endswith(("代表", "委员"))
        and bool(P.NAME_PIECE.match(upper))
        and not opens_title(above)
        and bool(P.BARE_DEPUTY.match(upper + lower))
    )


_ONE_CHARACTER_NAME = 3  # 某委员: one character and the two of 代表 or 委员


def _opens_recipient_list(b: Block) -> bool:
    """A line of addressees cut after a separator (`各区人民政府，市政府各委、办、`) or, where the
    page wrapped at a fixed width, inside a name (`各州、市人民政府，各行政公署，自治` over
    `区人民政府各部门：`): a list of two or more separators that is neither a sentence nor a title."""
    f = b.folded.rstrip()
    if not 2 <= len(f) <= 120 or "。" in f or "!" in f or "?" in f or ";" in f or ":" in f or "《" in f or "“" in f:
        return False
    if f[-1] in "、,":
        return True
    return f.count(",") + f.count("、") >= 2 and not opens_title(b) and not L.ends_with_kind(f)


def split_run_on_addressee(state: State, live: list[Block], i: int) -> bool:
    """`冯某委员：您提出的…收悉，现答复如下：` right under the title: a web copy ran the 主送 onto
    the reply's opening, with no space to split at. The addressee and its colon become a line of
    their own again (live[i]); the opening stays the body's first line."""
    b = live[i]
    cut = run_on_addressee(b)
    if cut is None or (run_on_addressee(b, replies=False) is not None and _listed(live, i)):
        return False  # no addressee, or an organ before its sentence in a list of them (no reply's opening)
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


def run_on_addressee(b: Block, replies: bool = True) -> int | None:
    """Where the 主送 run onto an opening line ends (after its colon), or None: addressees before a
    reply's opening (`…委员：您提出的…`), or any line ending like an addressee (`各中小学校：`,
    strictly, as `is_recipient_line` reads a 主送 line of its own, or any named distributively,
    `各中小学、幼儿园：`) before the purpose or ground a notice's body opens on (`为做好…工作，`) or
    before a whole sentence, a one-paragraph notice's body (`各乡镇中心学校：即日起暂停…。`).
    `replies`: a reply's opening after its addressees counted."""
    colon = b.folded.find(":")
    if not 2 <= colon <= _MAX_RUN_ON_ADDRESSEE or colon + 1 >= len(b.folded) or b.folded[colon + 1] == " ":
        return None
    head, rest = b.folded[: colon + 1], b.folded[colon + 1 :]
    if (
        P.RECIPIENT_CLAUSE.search(head)
        or (is_label(head[:-1]) and head[:-1] not in P.MAILBOX_WRITER_LABELS)
        or P.ATTENDANCE_LINE.match(b.folded)
    ):
        # a label's line (but 来信人：您好！…, the writer greeted by role); a 纪要's 参会人员：…负责同志。
        # names who attended (diffread-B 0)
        return None
    if (
        replies
        and P.ADDRESSEE_OPENING.match(head)
        and (P.REPLY_OPENING.match(rest) or P.ORGAN_REPLY_OPENING.match(rest))
    ):
        return colon + 1
    if P.BODY_OPENING_CLAUSE.match(rest) or _one_sentence(rest):
        line = Block(head, folded=head)
        if L.is_recipient_line(line) or (
            P.DISTRIBUTIVE_ADDRESSEES.match(head) and L.is_recipient_line(line, loose=True)
        ):
            return colon + 1  # a notice's addressees (各中小学校：) before the clause its body opens on
    return None


def _listed(live: list[Block], i: int) -> bool:
    """The line above or below live[i] has its shape too, an organ before its clause or sentence
    (`县交通运输局：负责…。` under `县水利局：负责…。`): a 主送 is written once, and such lines one under
    another are a list (a division of duties), each organ its line's own, not addressees."""
    return any(0 <= j < len(live) and run_on_addressee(live[j], replies=False) is not None for j in (i - 1, i + 1))


def _one_sentence(rest: str) -> bool:
    """The rest of the line is a whole sentence, no label nor value (`即日起暂停审批…。`): the body of
    a one-paragraph notice a web copy ran onto its 主送, whatever word it opens on."""
    return rest[-1:] in _SENTENCE_ENDS and ":" not in rest


_SENTENCE_ENDS = frozenset("。!")


def labelled_recipients(b: Block) -> bool:
    """`主送：…` (or `申请人：…` over an answer to an information request), a 键：值 line that is the 主送
    itself, not the page's metadata. Asked of every line the header walks: each pattern only of a line
    opening on its label's first character (diffread-C C5)."""
    first = b.folded[:1]
    return bool(
        (first == "主" and P.LABELLED_RECIPIENTS.match(b.folded))
        or (first == "申" and P.LABELLED_APPLICANT.match(b.folded))
    )


def deputy_over_reply(live: list[Block], i: int) -> bool:
    """`李某代表` alone under the title, right over `您提出的…收悉`, or an organ's name right over
    `贵单位…提出的`: the 主送 without its colon."""
    if i + 1 >= len(live):
        return False
    line, below = live[i].folded.strip(), live[i + 1].folded.strip()
    if P.BARE_DEPUTY.match(line):
        return bool(P.REPLY_OPENING.match(below))
    return L.is_organ_line(live[i]) and bool(P.ORGAN_REPLY_OPENING.match(below))


def unaddressed_applicant(title: list[Block], b: Block) -> bool:
    """`申请人：X` under a title that names no answer to an information request (a 公示 listing its
    facts, a 复议决定书 its parties): a row of the document, not its 主送 (diffread-B B5)."""
    return (
        b.folded[:1] == "申"
        and P.LABELLED_APPLICANT.match(b.folded) is not None
        and not any(P.APPLICANT_ANSWER_TITLE.search(t.folded) for t in title)
    )


def writer_row_of_a_form(live: list[Block], i: int) -> bool:
    """`来信人：` (or `留言人：`) alone, over another row of the mailbox's form (来信时间：…, 留言内容：): the form's
    writer row left empty, not the answer greeting its writer by that role (来信人： ⏎ 您好！…), which
    is the 主送 (diffread-B B8's residue). Asked only of a writer's label and its colon alone on the line."""
    f = live[i].folded.strip()
    if f[-1:] != ":" or f[:-1].replace(" ", "") not in P.MAILBOX_WRITER_LABELS or i + 1 >= len(live):
        return False
    return form_row(live[i + 1])


def form_row(b: Block) -> bool:
    """A row labelled as a mailbox's or hotline's form labels its rows (来信人, 回复单位, 答复时间 …): its
    key before the colon or the cells' tab. One test for the writer's row here and the form's rows
    the header asks of the lines under its title (`rules.header`)."""
    return b.folded.split(":", 1)[0].split("\t", 1)[0].strip() in P.MAILBOX_FORM_KEYS
