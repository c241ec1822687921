"""The contract's enumeration rules (一是/二是 …), one short hand-written document each."""

from __future__ import annotations

import govdoc

HEAD = "关于区政协一届一次会议第2号提案的答复\n李某委员：\n您的提案收悉，现答复如下：\n一、工作情况\n"
TAIL = "\n某区某局\n2024年3月4日\n"


def section_items(text: str) -> list[list[tuple[str, str]]]:
    """For each paragraph of the first section: its items as (marker, text)."""
    doc = govdoc.parse_text(HEAD + text + TAIL)
    return [[(i.marker, i.text) for i in p.items] for p in doc.sections[0].paragraphs]


def leads(text: str) -> list[str]:
    doc = govdoc.parse_text(HEAD + text + TAIL)
    return [i.lead for p in doc.sections[0].paragraphs for i in p.items]


def test_an_enumeration_inside_the_last_item_stays_inside_it() -> None:
    assert section_items("我们将：一是加强领导。二是完善机制，具体包括：一要明确职责；二要加强考核。") == [
        [("一是", "一是加强领导。"), ("二是", "二是完善机制，具体包括：一要明确职责；二要加强考核。")]
    ]


def test_an_enumeration_inside_a_middle_item_stays_inside_it() -> None:
    assert section_items("一是摸清底数，做到：首先，逐户走访；其次，建立台账。二是落实资金。") == [
        [("一是", "一是摸清底数，做到：首先，逐户走访；其次，建立台账。"), ("二是", "二是落实资金。")]
    ]


def test_an_enumeration_in_a_later_paragraph_is_its_own() -> None:
    assert section_items("一是加强宣传。二是强化培训。\n此外，首先，完善制度；其次，加强监督。") == [
        [("一是", "一是加强宣传。"), ("二是", "二是强化培训。")],
        [("首先", "首先，完善制度；"), ("其次", "其次，加强监督。")],
    ]


def test_one_member_alone_is_no_enumeration() -> None:
    assert section_items("首先，感谢您对教育工作的关心。我们高度重视。") == [[]]


def test_words_that_only_look_like_markers_are_none() -> None:
    assert section_items("第一次会议召开后，第一批项目启动。统一是前提，二是关键。") == [[]]


def test_a_run_goes_on_across_paragraphs_and_each_item_stays_where_it_starts() -> None:
    assert section_items("一是开展排查，发现隐患十处。\n二是限期整改，已整改八处。三是建立长效机制。") == [
        [("一是", "一是开展排查，发现隐患十处。")],
        [("二是", "二是限期整改，已整改八处。"), ("三是", "三是建立长效机制。")],
    ]


def test_a_stray_second_member_before_the_first_is_no_item() -> None:
    assert section_items("二是的说法不准确。一是加快进度；二是提高质量。") == [
        [("一是", "一是加快进度；"), ("二是", "二是提高质量。")]
    ]


def test_the_lead_is_the_bold_run_after_the_marker_else_the_text_to_the_first_stop() -> None:
    assert leads("一是**健全工作机制**，明确分工。二是加大投入；每年安排资金。") == ["健全工作机制", "加大投入"]


def test_every_family_of_the_contract_is_read() -> None:
    assert leads("其一，数据共享；其二，业务协同。") == ["数据共享", "业务协同"]
    assert leads("第一，压实责任；第二，强化督查。") == ["压实责任", "强化督查"]
    assert leads("一方面加大宣传力度；另一方面完善配套设施。") == ["加大宣传力度", "完善配套设施"]
    assert leads("一要提高站位；二要狠抓落实。") == ["提高站位", "狠抓落实"]
