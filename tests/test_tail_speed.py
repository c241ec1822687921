"""What the trailer side's speed-ups must not change: each shortcut gives the answer of the longer
way it replaces, on new examples of every class it guards and on every line of the corpora."""

from __future__ import annotations

from pathlib import Path

import pytest

from govdoc.rules import lines as L
from govdoc.rules.lines.dates import _date_class
from govdoc.rules.lines.tail import _may_be_tail, _tail_zone
from govdoc.state import Block, Zone

ROOT = Path(__file__).resolve().parent.parent
SHARED = ROOT.parent / "shared"


def _corpus_lines() -> list[str]:
    paths = [*sorted((ROOT / "fixtures").glob("*.txt")), *sorted((ROOT / "fixtures").glob("*.md"))]
    for folder in ("seed", "corpus/dev", "corpus/dev-2", "corpus/wild"):
        paths += sorted((SHARED / folder).rglob("*.txt"))
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
    assert len(lines) > 1000
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
