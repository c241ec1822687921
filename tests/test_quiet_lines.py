"""The clean-up walks' short paths give what their whole tests give (issue #19 item 2, session 23).

Three walks answer most lines by their two ends or their classes instead of asking them every test:

- `join_breaks` does not hand a pair to `continues` where the zones part it, or where no width, indent or
  page end is read and the pair's classes say the lower line opens a paragraph (`joins._ends_for_good`);
- `furniture_and_chrome` asks a line opening and closing with none of its rows' gate characters
  (`furniture._asked_ends`) only the questions left (markup, a clock time, the two chrome patterns, a band);
- `flattened_paragraphs` asks a heading run onto a paragraph's end only of a line holding a stop.

Each short path must be a necessary condition of the work it skips. Here they are held to the whole tests:
on every pair and line of the corpora (seed, fixtures, dev, dev-2, wild), at the place of the pipeline
where the rule stands, and on written lines near each gate's edge (a closed line over a bracket's tail, a
comma, a lone marker, a figure; chrome rows that open or close on a gate character).
"""

from __future__ import annotations

from itertools import pairwise
from pathlib import Path

import pytest

import govdoc
from govdoc.blocks import Block
from govdoc.pipeline import DEFAULT_RULES
from govdoc.readers import format_of, read_bytes
from govdoc.rules import joins
from govdoc.rules.cleanup import furniture
from govdoc.state import State, Zone
from tests.conftest import FIXTURES, SEED, SHARED, need_shared


def documents() -> list[Path]:
    """The seed, the fixtures' texts and pages, and the shared corpora's."""
    found = [SEED, *sorted(FIXTURES.glob("*.txt")), *sorted(FIXTURES.glob("*.md")), *sorted(FIXTURES.glob("*.html"))]
    for corpus in ("dev", "dev-2", "wild"):
        folder = need_shared(SHARED / "corpus" / corpus)
        found += [p for p in sorted(folder.iterdir()) if p.suffix in (".txt", ".md", ".html")]
    return found


def _states_before(rule: str) -> list[State]:
    """Each corpus document's state as the rule `rule` meets it in a parse."""
    met: list[State] = []
    for path in documents():
        reading = read_bytes(path.read_bytes(), format_of(str(path)) or "txt")
        state = State(blocks=reading.blocks, format=reading.format)
        for name, fn in DEFAULT_RULES:
            if name == rule:
                met.append(state)
                break
            fn(state)
    return met


def _continues_plainly(a: Block, b: Block) -> bool:
    """`continues` as `join_breaks` asks it where no width, page end or indent convention is read."""
    return joins.continues(a, b, 0, False, -1, False, None, None) or joins.continues(a, b, 0, False, -1, True)


def test_pairs_the_classes_part_never_continue_on_the_corpus() -> None:
    skipped = 0
    for state in _states_before("join_breaks"):
        live = [b for b in state.blocks if b.zone is not Zone.CHROME]
        for a, b in pairwise(live):
            if joins._ends_for_good(a, b):
                skipped += 1
                assert not _continues_plainly(a, b), (a.text, b.text)
    assert skipped > 100  # most pairs of the corpus: the short path is taken


@pytest.mark.parametrize(
    ("upper", "lower", "parted"),
    [
        ("我局高度重视此项工作。", "下一步，我局将继续加强监管。", True),
        ("我局高度重视此项工作。", "，并将继续加强监管。", False),  # no paragraph opens with a comma
        ("我局高度重视（详见附件。", "1），明确责任分工。", False),  # an aside's tail: asked as before
        ("一、", "加强组织领导。", False),  # a lone marker opens no closed line
        # (session 24) a line that may open with a marker is parted once its own marker and heading are
        # asked: a numbered point's or a member's last sentence over the next point is parted
        ("（一）加强组织领导。", "各单位要高度重视。", True),
        ("二是建立长效机制；", "三是加强督查考核。", True),
        # … and asked as before where the marker stands alone or the heading's title runs on under it
        ("第一条：", "为规范管理，制定本办法。", False),  # a marker alone, its colon a stop
        ("（一）加强组织领导（牵头单位：", "区发改委）", False),  # the heading's aside left open
        ("主要做法包括（1）", "建立台账；（2）定期走访。", False),  # an inline list's marker at the end
        ("此复。", "某区住房和城乡建设局", True),
    ],
)
def test_a_closed_line_is_parted_by_its_classes_only_where_nothing_else_asks(
    upper: str, lower: str, parted: bool
) -> None:
    a, b = Block(upper), Block(lower)
    assert joins._ends_for_good(a, b) is parted
    assert _continues_plainly(a, b) is not parted  # (each pair not parted here does continue)


def test_joined_paragraphs_are_the_same_with_the_short_path() -> None:
    text = (
        "关于某某工作的答复\n\n张某代表：\n\n您提出的建议收悉。现答复如下：\n\n"
        "一、基本情况\n\n我区共有老旧小区三百处，其中二百处已完成改造，\n\n其余将于明年完成。\n\n"
        "二、下一步工作\n\n我局将继续推进改造工作。\n\n感谢您对我区工作的关心和支持。\n\n某区住房和城乡建设局\n\n2024年6月3日\n"
    )
    doc = govdoc.parse(text.encode(), format="txt")
    assert "其中二百处已完成改造，其余将于明年完成。" in doc.text  # the cut paragraph joined, as before
    assert "我局将继续推进改造工作。\n感谢您" in doc.text  # a closed line over the closing: parted


class _Every(frozenset[str]):
    """A set holding every character: the walk's short path is never taken with it."""

    def __contains__(self, item: object) -> bool:
        return True


def _zones(state: State) -> list[tuple[str, Zone]]:
    return [(b.text, b.zone) for b in state.blocks]


def _chrome_both_ways(state: State, monkeypatch: pytest.MonkeyPatch) -> tuple[list[tuple[str, Zone]], ...]:
    """The zones `furniture_and_chrome` leaves with its short path and with every line asked every test."""
    plain = State(blocks=[Block(b.text, hints=b.hints, folded=b.folded) for b in state.blocks], format=state.format)
    for b, c in zip(plain.blocks, state.blocks, strict=True):
        b.zone = c.zone
    furniture.furniture_and_chrome(state)
    with monkeypatch.context() as m:
        m.setattr(furniture, "_asked_ends", lambda: (_Every(), _Every()))
        furniture.furniture_and_chrome(plain)
    return _zones(state), _zones(plain)


def test_chrome_is_the_same_with_every_line_asked_every_test_on_the_corpus(monkeypatch: pytest.MonkeyPatch) -> None:
    for state in _states_before("furniture_and_chrome"):
        short, whole = _chrome_both_ways(state, monkeypatch)
        assert short == whole


@pytest.mark.parametrize(
    "lines",
    [
        ["首页 > 政务公开 > 建议提案", "关于某某工作的答复", "发布时间：2024-07-02 10:30", "您提出的建议收悉。"],
        [
            "关于某某工作的答复",
            "您提出的建议收悉。",
            "【打印本页】【关闭窗口】",
            "- 3 -",
            "2024年",
            "分享到：微信 微博",
        ],
        ["您的位置：首页", "热门文章", "建议提案办理结果公开", "12345", "版权所有 某市人民政府 ICP备12345号"],
        ["关于某某工作的答复", "内部资料", "注意保存", "● 已完成", "3", "扫一扫在手机打开当前页"],
        ["某市人民政府公报", "2024年第12期", "关于某某工作的答复", "我局高度重视。", "下载某某APP"],
    ],
)
def test_chrome_rows_near_each_gate_are_found_as_before(lines: list[str], monkeypatch: pytest.MonkeyPatch) -> None:
    for fmt in ("txt", "html"):
        state = State(blocks=[Block(t) for t in lines], format=fmt)
        short, whole = _chrome_both_ways(state, monkeypatch)
        assert short == whole


def test_a_short_copy_cut_at_a_width_still_has_it_where_two_open_lines_reach_it() -> None:
    lines = [
        "一、基本情况",
        "我区高度重视老旧小区改造工作，今年共",  # 18 characters, cut inside its clause
        "完成改造项目四十个，惠及居民三千户。",
        "二、下一步工作",
        "我局将继续加大投入力度，确保明年全面",  # 18, the second open line that long
        "完成剩余改造任务。",
    ]
    assert joins.wrap_width([Block(t) for t in lines]) == 18
    # one open line that long is no width's evidence, whatever its length
    assert joins.wrap_width([Block(t) for t in lines[:3]]) == 0


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        # a mark's ASCII characters parted by Han ones: the ASCII projection holds the mark, the text does not
        ("关于印发Aspose中.Words使用说明的通知\n各单位：\n现印发给你们。\n", "关于印发Aspose中.Words使用说明的通知"),
        ("各单位：\n第一条 +一\n第二条。\n", "第一条 +一"),
        ("各单位：\n见Text中:附件说明。\n见ListItem中:清单。\n", "见Text中:附件说明。"),
        ("各单位：\n相关References中说明见附件。\n", "相关References中说明见附件。"),
        ("各单位：\n见[a中]条款与][中]:说明。\n", "见[a中]条款与][中]:说明。"),
    ],
)
def test_a_mark_parted_by_han_characters_is_no_tool_mark(text: str, kept: str) -> None:
    doc = govdoc.parse(text.encode(), format="txt")
    assert kept in doc.text
