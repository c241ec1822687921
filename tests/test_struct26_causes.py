"""Causes found by session 26's structure probes (tests/test_probes_26_structure.py), each tested on a NEW
example of the cause, not the probe document itself; every test here fails on /work/s26start."""

from __future__ import annotations

from govdoc.numerals import cn_to_int
from tests.probing import checked, closing, signed
from tests.test_probes_11_noise import wrapped

# Cause 1 (batch 4): a 落款 dated in the traditional style, the day's tens written 廿 or 卅 (二〇二六年五月廿日),
# was no date: the organ and the date stayed in the last section, the closing with them.


def test_a_signature_dated_with_the_thirty_ideograph_closes_the_body() -> None:
    doc = checked(
        "某区民政局关于做好冬季困难群众救助工作的通知\n各街道办事处：\n现就有关事项通知如下：\n一、摸清底数\n"
        "全面排查困难群众生活状况。\n二、及时救助\n对符合条件的群众及时给予临时救助。\n特此通知。\n某区民政局\n二〇二五年十月卅一日"
    )
    s = doc.signature
    assert s is not None
    assert (s.issuers, s.date, s.date_text) == (("某区民政局",), "2025-10-31", "二〇二五年十月卅一日")
    assert closing(doc) == "特此通知。"
    assert [p.text for p in doc.sections[-1].paragraphs] == ["对符合条件的群众及时给予临时救助。"]


def test_a_signature_dated_with_the_twenty_ideograph_and_a_unit_day() -> None:
    doc = checked(
        "关于某事项的答复\n张某代表：\n您提出的建议收悉，现答复如下。\n已安排专项资金。\n此复。\n某县水利局\n二〇二四年三月廿八日"
    )
    assert signed(doc) == (("某县水利局",), "2024-03-28")
    assert closing(doc) == "此复。"


def test_the_tens_ideographs_count_as_their_tens() -> None:
    assert [cn_to_int(t) for t in ("廿", "廿八", "卅", "卅一")] == [20, 28, 30, 31]


# Cause 2 (batch 9): a short hard-wrapped copy's width was read from its headings: two headings of one length (an
# own-line heading ends open at any length) outnumbered the copy's two or three lines the width cut, so no width was
# found, and the next member of an inline list that a wrap brought to a line's start (2., ②, 第二，) opened a section
# or a paragraph of its own.

_OPENING = "您提出的《关于加快老旧小区加装电梯的建议》收悉，经认真研究，现答复如下："
_CIRCLED = "我局会同各街道对全区小区进行了摸排，具体情况是①已竣工投用的小区目前共有二十个；②正在加装的小区共有十二个。"
_OTHER = (
    "关于资金问题，经研究原因有二：其一，居民出资意愿不一，加装电梯的协调难度比较大；其二，维保费用缺乏长效分担机制。"
)


def _elevator_reply(first: str, second: str, heads: tuple[str, str] = ("一、审批问题", "二、资金问题")) -> str:
    lines = ["关于加快老旧小区加装电梯的答复", "赵某代表：", *wrapped([_OPENING], 20), heads[0], *wrapped([first], 20)]
    lines += [heads[1], *wrapped([second], 20), "特此答复。", "某区住房和城乡建设局", "2025年7月1日"]
    return "\n".join(lines) + "\n"


def test_the_wrap_bringing_an_inline_lists_next_member_to_a_lines_start_keeps_it_in_the_paragraph() -> None:
    text = _elevator_reply(_CIRCLED, _OTHER)
    assert "\n②正在" in text and "\n其二，维保" in text  # the wraps this test is about
    doc = checked(text)
    assert [(s.marker, [p.text for p in s.paragraphs]) for s in doc.iter_sections()] == [
        ("一、", [_CIRCLED]),
        ("二、", [_OTHER]),
    ]
    members = [(i.marker, i.lead) for p in doc.sections[1].paragraphs for i in p.items]
    assert members == [("其一", "居民出资意愿不一，加装电梯的协调难度比较大"), ("其二", "维保费用缺乏长效分担机制")]


# Cause 3 (found writing cause 2's test, then probed in batch 10): a word and a colon that a hard wrap brought to
# a line's start (…我局采取了两项 ⏎ 措施：（1）…) read as a label's line (键：值), and no cut paragraph went on to
# a label's line: the paragraph was parted mid-phrase. Under a line the width cut mid-phrase it is the sentence's.

_MEASURES = "针对您反映的加装电梯难题，我局采取了两项措施：（1）简化审批流程，实行一窗受理；（2）加大财政补贴力度，每部电梯补贴二十万元。"


def test_a_word_and_colon_the_wrap_brought_to_a_lines_start_go_on_with_the_sentence() -> None:
    text = _elevator_reply(_MEASURES, _OTHER, ("一、关于审批问题", "二、资金问题"))
    assert "两项\n措施：（1）" in text
    doc = checked(text)
    assert [[p.text for p in s.paragraphs] for s in doc.iter_sections()] == [[_MEASURES], [_OTHER]]


def test_a_label_under_a_closed_line_stays_a_line_of_its_own() -> None:
    """A guard (whole on the start too): a label's line under a line that ends its value stays its own."""
    doc = checked(
        "关于召开加装电梯工作推进会的通知\n各街道办事处：\n一、会议安排\n会议时间：2025年7月10日上午\n"
        "会议地点：区政府三楼会议室\n请各街道分管领导准时参加。\n二、其他事项\n请提前报送参会名单。\n某区住房和城乡建设局\n2025年7月1日"
    )
    assert [p.text for p in doc.sections[0].paragraphs] == [
        "会议时间：2025年7月10日上午",
        "会议地点：区政府三楼会议室",
        "请各街道分管领导准时参加。",
    ]
