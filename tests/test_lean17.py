"""Session 17's clean-up of repeated work: each test pins a piece of work now done once.

Expected values are written by hand from the inputs (the tables and lines below are the tests' own).
"""

from __future__ import annotations

import csv
import json
import random
from pathlib import Path

import pytest

import govdoc
import govdoc.readers.decoding as decoding
from govdoc.batch import run_batch
from govdoc.batch import tables as T
from govdoc.numerals import cn_to_int
from govdoc.rules import lines as L
from govdoc.rules import sections
from govdoc.rules.cleanup import flattened
from govdoc.state import Block, Zone
from tests.probing import paragraphs, tree


def test_a_tables_encoding_is_decoded_once_for_the_column_check_and_the_rows(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The run checks a table's columns before it starts and streams its rows later: both need the
    table's codec, which the first MiB's decoding gives; the file unchanged, it is decoded once."""
    table = tmp_path / "export.csv"
    with open(table, "w", encoding="gb18030", newline="") as fh:
        csv.writer(fh).writerows([["编号", "正文"], ["1", "某县交通运输局关于优化公交线路的答复"]])
    calls: list[int] = []
    decode = decoding.decode_repaired

    def counted(data: bytes, path: str | None = None) -> tuple[str, str, object]:
        calls.append(len(data))
        return decode(data, path=path)  # type: ignore[return-value]

    monkeypatch.setattr(decoding, "decode_repaired", counted)
    T._encoding_of.cache_clear()
    out = tmp_path / "out.jsonl"
    run_batch([str(table)], out, workers=1, quiet=True, text_column="正文", id_column="编号")
    records = [json.loads(line) for line in out.read_text(encoding="utf-8").splitlines()]
    assert [r["path"].rsplit("!/", 1)[1] for r in records] == ["id/1"]
    assert records[0]["source"]["encoding"] == "gb18030"
    assert len(calls) == 1


# Lines that move the 一、 family's count, open or close quotations, or cite a note: what `_marked`'s
# walk reads (a bare 一、 title, a run of numbers, a quoted heading, a ① note after its citing line).
_LINES = (
    "一、总体要求",
    "二、三级医院要落实责任。",
    "三、四季度投资增速回升。",
    "二、主要任务",
    "各区要落实防汛责任，加强巡查值守。",
    "您在提案中提出：“一、加大财政投入",
    "二、完善管护机制”。",
    "「三、强化考核",
    "四、压实责任」",
    "截至年底共建成一百二十个①。",
    "①数据截至2024年底。",
    "（一）全面排查",
    "五、保障措施",
)


def _reference_next_cn(body: list[Block]) -> int | None:
    """The number the 一、 family expects after `body`, by marking the whole body (the walk itself)."""
    found = sections._marked(body, frozenset())
    last = next((h for h in reversed(found) if h is not None and h.group == "cn"), None)
    number = cn_to_int(last.number) if last is not None else None
    return None if number is None else number + 1


@pytest.mark.parametrize("seed", range(40))
def test_the_next_cn_carried_over_a_growing_body_is_the_whole_bodys(seed: int) -> None:
    """`CnSoFar` marks only the lines since its last question; its answer must be the one marking the
    whole body so far gives, at every question: over bodies of lines that open and close quotations
    (a quotation's close up to `_QUOTE_SPAN` lines on changes the lines above), whose last line grows
    between questions (a join) or is replaced, with lines of other zones between."""
    rng = random.Random(seed)
    kept: list[Block] = []
    cn = sections.CnSoFar()
    for _ in range(rng.randrange(5, 60)):
        step = rng.random()
        if kept and step < 0.2:  # the last line grows: a join, as `Block.absorb` makes it
            grown = kept[-1].text + rng.choice(_LINES)
            kept[-1] = Block(grown, zone=kept[-1].zone)
        else:
            zone = Zone.CHROME if step > 0.9 else Zone.BODY
            kept.append(Block(rng.choice(_LINES), zone=zone))
        if rng.random() < 0.5:
            expected = _reference_next_cn([b for b in kept if b.zone is Zone.BODY])
            assert cn.next_cn(kept) == expected


_REPLY_HEAD = "关于公交站点建设的提案的答复\n\n张某委员：\n\n您提出的关于公交站点建设的提案收悉。现答复如下：\n\n"
_REPLY_TAIL = "\n\n特此答复。\n\n某区交通委员会\n2024年9月12日\n"


def test_notes_under_the_paragraph_citing_them_open_no_sections() -> None:
    """Two notes (① ②) under the paragraph citing both: footnotes of the 一、 section, not points."""
    doc = govdoc.parse_text(
        _REPLY_HEAD + "一、工作情况\n\n全区建成站点八十个①，改造候车亭三十座②。\n\n①数据截至2024年6月底。\n\n"
        "②含新建十座。\n\n二、下步打算\n\n继续推进站点建设。" + _REPLY_TAIL
    )
    assert tree(doc) == [(1, "cn", "一、", "工作情况"), (1, "cn", "二、", "下步打算")]
    assert paragraphs(doc.sections[0]) == [
        "全区建成站点八十个①，改造候车亭三十座②。",
        "①数据截至2024年6月底。",
        "②含新建十座。",
    ]


def test_a_mark_cited_above_the_last_heading_makes_no_note_of_a_point_under_it() -> None:
    """The citing line must stand in the same section: a ① cited in 一、's text leaves a ① point under
    二、 a point (the search for the citing line ends at the 二、 heading)."""
    doc = govdoc.parse_text(
        _REPLY_HEAD
        + "一、工作情况\n\n全区建成站点八十个①。\n\n二、下步打算\n\n①加快站点建设\n\n年内新建站点十个。"
        + _REPLY_TAIL
    )
    assert tree(doc) == [
        (1, "cn", "一、", "工作情况"),
        (1, "cn", "二、", "下步打算"),
        (2, "circled", "①", "加快站点建设"),
    ]


def _nearest_number(above: list[Block], group: str) -> int | None:
    """The number of the nearest line of `above` opening with a marker of `group`'s family within
    `_LOOK_BACK` lines: the search back from the line, as the definition reads."""
    for b in reversed(above[-flattened._LOOK_BACK :]):
        found = flattened._numbered(L.section_marker(b))
        if found is not None and found[0] == group:
            return found[1]
    return None


@pytest.mark.parametrize("seed", range(6))
def test_the_numbers_above_read_forward_are_the_nearest_ones_searched_back(seed: int) -> None:
    """`flattened._NumbersAbove` reads each line once as the list grows; at every question it must
    answer as a search back over the last `_LOOK_BACK` lines does (markers of three families, sparse
    enough that a family's last line falls out of the window)."""
    rng = random.Random(seed)
    kinds = ("各区要落实防汛责任。", "二、主要任务", "（三）加强巡查", "4.压实责任", "五、保障措施", "（一）明确分工")
    weights = (40, 1, 1, 1, 1, 1)
    above: list[Block] = []
    numbers = flattened._NumbersAbove()
    for _ in range(rng.randrange(300, 1200)):
        above.append(Block(rng.choices(kinds, weights)[0], zone=Zone.BODY))
        if rng.random() < 0.3:
            group = rng.choice(("cn", "cn_paren", "num"))
            assert numbers.last(above, group) == _nearest_number(above, group)
