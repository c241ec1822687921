"""What the trailer side's speed-ups must not change: each shortcut gives the answer of the longer
way it replaces, on new examples of every class it guards and on every line of the corpora."""

from __future__ import annotations

import dataclasses

import pytest

from govdoc import patterns as P
from govdoc.fields.dates import _parts, find_date
from govdoc.rules import lines as L
from govdoc.rules.lines.dates import _date_class
from govdoc.rules.lines.tail import _may_be_contact, _may_be_tail
from govdoc.rules.trailer.base import continues_cc
from govdoc.rules.trailer_fields import _known_organs, _organs_on_line, attachments, contact
from govdoc.state import Block, State, Zone
from tests.conftest import FIXTURES, SHARED, need_shared, without_shared
from tests.pattern_forms import forms

# the classes themselves, without the guard before their store
_tail_zone = L.tail_zone.__wrapped__  # type: ignore[attr-defined]
_is_contact_line = L.is_contact_line.__wrapped__  # type: ignore[attr-defined]


def _corpus_lines() -> list[str]:
    """Every distinct line of our fixtures and, unless a bare clone says it runs without them, of
    the shared corpora (a missing ../shared fails through `need_shared`)."""
    paths = [*sorted(FIXTURES.glob("*.txt")), *sorted(FIXTURES.glob("*.md"))]
    if not without_shared():
        for folder in ("seed", "corpus/dev", "corpus/dev-2", "corpus/wild"):
            paths += sorted(need_shared(SHARED / folder).rglob("*.txt"))
    lines = {line.strip() for path in paths for line in path.read_text("utf-8", errors="replace").splitlines()}
    return sorted(line for line in lines if line)


@pytest.mark.parametrize(
    ("line", "zone"),
    [
        ("联系人：周某", Zone.CONTACT),
        ("联系电话\t0571-8765432", Zone.CONTACT),
        ("联系人", Zone.CONTACT),
        ("如对本答复有异议，请致电0571-8765432。", Zone.CONTACT),
        ("（此件主动公开）", Zone.NOTE),
        ("附注：本件不公开。", Zone.NOTE),
        ("签发人：吴某", Zone.NOTE),
        ("审核人：孙某", Zone.NOTE),
        ("办复类别：A类", Zone.NOTE),
        ("抄送：区人大常委会办公室，区政协办公室。", Zone.IMPRINT),
        ("某区人民政府办公室 2025年3月2日印发", Zone.IMPRINT),
        ("主送：各街道办事处，区政府各部门。", Zone.IMPRINT),
    ],
)
def test_each_tail_class_passes_the_tail_guard(line: str, zone: Zone) -> None:
    b = Block(line)
    assert _may_be_tail(b) and L.tail_zone(b) is zone


def test_a_line_of_running_text_is_no_tail_line_without_the_store() -> None:
    b = Block("我局将进一步完善工作机制，切实加强对各街道的指导和督促检查。")
    assert not _may_be_tail(b) and L.tail_zone(b) is None and b.known is None


def test_a_contact_label_cell_set_off_by_a_gap_passes_the_tail_guard() -> None:
    b = Block("联系电话号码咨询处室名称", gaps=[4])
    assert _may_be_tail(b)


def test_the_tail_guard_hides_no_tail_line_of_the_corpora() -> None:
    """Every line the guard answers at once is one the tail classes themselves find no zone for."""
    lines = _corpus_lines()
    assert len(lines) > (100 if without_shared() else 1000)
    hidden = [line for line in lines if not _may_be_tail(Block(line)) and _tail_zone(Block(line)) is not None]
    assert hidden == []


def test_the_date_class_guard_hides_no_date_line_of_the_corpora() -> None:
    """A line the date class answers 0 without the store is one its patterns would give 0 too."""
    hidden = [line for line in _corpus_lines() if L.date_class(Block(line)) != _date_class(Block(line))]
    assert hidden == []


def test_a_line_that_cannot_hold_a_date_is_answered_without_the_store() -> None:
    title, date = Block("关于加强秋冬季森林防火工作的通知"), Block("2025年11月3日")
    assert L.date_class(title) == 0 and title.known is None
    assert L.date_class(date) == L.DATE_LINE and date.known is not None


def test_every_cc_line_opens_with_a_character_the_cc_test_looks_for_first() -> None:
    pattern = P.CC_LINE.pattern
    head = forms(pattern[: pattern.index("[ ]")])  # the label; what follows it is no line's start
    assert {form[0] for form in head} <= P.CC_LINE_FIRST


def test_a_cc_list_wrapped_onto_the_next_line_is_still_told_from_a_line_of_text() -> None:
    cc = Block("抄送：区人大常委会办公室，区政协办公室，")
    assert continues_cc([cc, Block("区法院，区检察院。")], 1)
    assert not continues_cc([Block("现将有关事项通知如下，"), Block("区法院，区检察院。")], 1)


def test_every_seal_note_after_a_name_ends_on_the_bracket_the_name_test_looks_for_first() -> None:
    # the note closes on one of the brackets SEAL_CLOSERS names, a class of them (the guard's test)
    assert P.SEAL_AFTER.pattern.endswith("[" + ")\\]〕】" + "]$")
    assert {form[-1] for form in forms(P.SEAL_AFTER.pattern.replace("}?", "}"))} == {None}  # one class: a gap
    assert P.SEAL_CLOSERS == (")", "]", "〕", "】")
    assert _organs_on_line(Block("某县教育局【印章】")) == ["某县教育局"]
    assert _organs_on_line(Block("某县教育局(盖章)")) == ["某县教育局"]
    assert _organs_on_line(Block("某县教育局（盖章）")) == ["某县教育局"]


def test_an_entity_s_debris_is_taken_off_an_organ_line_only_where_it_stands() -> None:
    assert _organs_on_line(Block("某县财政局&nbsp;")) == ["某县财政局"]
    assert _organs_on_line(Block("某县财政局  某县教育局")) == ["某县财政局", "某县教育局"]


def test_a_date_is_read_from_its_groups_by_number_as_by_name() -> None:
    assert find_date("二〇二五年十二月三日") == ("2025-12-03", "二〇二五年十二月三日")
    assert find_date("落款日期 2025.7.9") == ("2025-07-09", "2025.7.9")
    assert find_date("2025年2月30日") == (None, "2025年2月30日")
    for pattern in (P.DATE, P.SEALED_DATE_LINE):
        index = pattern.groupindex
        assert _parts(pattern) == (index["y"], index["m"], index["d"])


def test_joint_issuers_are_split_only_where_a_separator_stands() -> None:
    state = State(blocks=[])
    state.header = dataclasses.replace(state.header, issuer="某市财政局、某市教育局", title="关于做好某事的通知")
    assert _known_organs(state) == {"某市财政局", "某市教育局"}
    state.header = dataclasses.replace(state.header, issuer="某市财政局", title="某市财政局关于做好某事的通知")
    assert _known_organs(state) == set()


def test_the_contact_guard_hides_no_contact_line_of_the_corpora() -> None:
    lines = _corpus_lines()
    hidden = [line for line in lines if not _may_be_contact(Block(line)) and _is_contact_line(Block(line))]
    assert hidden == []
    for line in ("联系人：周某", "联系人", "如有疑问，请致电0571-8765432。", "联系电话\t0571-8765432"):
        assert L.is_contact_line(Block(line)), line
    prose = Block("我局将进一步完善工作机制，切实加强对各街道的指导和督促检查。")
    assert not L.is_contact_line(prose) and prose.known is None


def test_the_contact_is_read_from_the_header_only_where_the_trailer_gives_none() -> None:
    lines = [
        "联系人：周某  电话：0571-8765432",
        "关于做好某事的答复",
        "经研究，现答复如下。",
        "某区教育局",
        "2025年3月2日",
    ]
    state = State(blocks=[Block(t) for t in lines])
    zones = [Zone.METADATA, Zone.TITLE, Zone.BODY, Zone.SIGNATURE, Zone.SIGNATURE]
    for b, zone in zip(state.blocks, zones, strict=True):
        b.zone = zone
    contact(state)
    assert state.contact is not None and state.contact.name == "周某"
    state.blocks.append(Block("联系人：吴某"))
    state.blocks[-1].zone = Zone.CONTACT
    contact(state)
    assert state.contact is not None and state.contact.name == "吴某"


def test_the_attachments_listed_win_over_the_titles_under_their_labels() -> None:
    state = State(blocks=[Block("附件：1.某表"), Block("附件1"), Block("某项目明细表")])
    zones = [Zone.ATTACHMENTS, Zone.ATTACHMENT_CONTENT, Zone.ATTACHMENT_CONTENT]
    for b, zone in zip(state.blocks, zones, strict=True):
        b.zone = zone
    attachments(state)
    assert state.attachments == ["某表"]
    state.blocks[0].zone = Zone.BODY
    attachments(state)
    assert state.attachments == ["某项目明细表"]


def test_an_organ_line_holds_no_stop_quote_or_cell_edge() -> None:
    for mark in "。，；：！？《》“”\t|":
        assert not L.is_organ_line(Block(f"某县教育局{mark}某县财政局")), mark
    assert L.is_organ_line(Block("某县教育局"))
