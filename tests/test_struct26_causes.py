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


# Cause 4 (batch 8, outside the checks it compared: the 纪要 of a 局长办公会议 came out issued by 某市应急管理局局): a
# title opening with an organ then the post or the meeting named after its ending (局长办公会议, 局务会) gave the
# organ's name the post's first character, the ending read twice.


def test_an_organ_before_its_heads_meeting_is_the_issuer_without_the_posts_first_character() -> None:
    heads = checked(
        "某县自然资源局局长办公会议纪要\n2025年8月4日，局长主持召开办公会议。会议议定如下：\n一、关于用地报批\n同意上报。"
    )
    board = checked("某市交通运输局局务会议纪要\n2025年8月5日，召开局务会议。\n一、关于道路养护\n同意实施。")
    assert [heads.header.issuer, board.header.issuer] == ["某县自然资源局", "某市交通运输局"]
    assert [heads.kind, board.kind] == ["minutes", "minutes"]


# Cause 5 (batch 12, and batch 2's 第一是 once taken for a contract question): a member word written with the 是 that
# 一是 holds (首先是…；其次是…, 一方面是…另一方面是…) made members whose leads opened on 是, and 其一是/第一是 made none: the
# 是 is the marker's in every family.


def test_member_words_followed_by_is_keep_the_is_in_their_marker() -> None:
    doc = checked(
        "关于加强社区养老服务的答复\n孙某委员：\n您的提案收悉，现答复如下：\n一、关于存在问题\n"
        "养老服务短板，其一是护理人员不足；其二是服务设施老旧。\n二、关于改进措施\n"
        "首先是扩大护理员培训规模；其次是改造社区养老服务站；最后是完善运营补贴。\n三、关于资金来源\n"
        "资金来源，一方面是财政补助；另一方面是社会捐赠。\n四、关于工作安排\n第一是摸清底数。第二是分类施策。\n特此答复。\n"
        "某区民政局\n2025年9月1日"
    )
    got = [[(i.marker, i.lead) for p in s.paragraphs for i in p.items] for s in doc.sections]
    assert got == [
        [("其一是", "护理人员不足"), ("其二是", "服务设施老旧")],
        [("首先是", "扩大护理员培训规模"), ("其次是", "改造社区养老服务站"), ("最后是", "完善运营补贴")],
        [("一方面是", "财政补助"), ("另一方面是", "社会捐赠")],
        [("第一是", "摸清底数"), ("第二是", "分类施策")],
    ]


def test_a_lone_is_after_the_word_again_or_a_phrase_makes_no_member() -> None:
    """A guard (whole on the start too): 首先是 alone and 其次是 in prose make no run."""
    doc = checked(
        "关于加强社区养老服务的答复\n孙某委员：\n您的提案收悉，现答复如下：\n一、关于护理人员\n"
        "护理人员首先是要有爱心。主要困难是资金不足，其次是场地紧张。\n特此答复。\n某区民政局\n2025年9月1日"
    )
    assert [i for s in doc.sections for p in s.paragraphs for i in p.items] == []


# Review of causes 2 and 3 (review26 R10, diffread-A N3; both pass on s26start and failed on main 2195b3d3):
# cause 2's width from the prose lines alone gave no width where the text holds one prose line beside a short
# one (第3期), whose tie the short line won, while the headings' and labels' lines, cut by the width too, gave it;
# cause 3 let any label go on under a line that fills the measure without a stop (a listing's item title).


def test_one_prose_line_beside_a_short_line_leaves_the_width_to_the_labels_and_headings() -> None:
    text = (
        "某区人大常委会主任会议纪要\n第3期\n出席：赵某某、钱某某、孙某某、李某某\n列席：区人大常委会办公室、区人大常委会各工作委员会负责同\n"
        "志\n2025年3月5日，区人大常委会主任赵某某主持召开第三次主\n任会议。纪要如下：\n"
        "一、会议同意区人大常委会第十五次会议议程草案，提请常委会会\n议审议。\n"
        "二、会议听取了区人大常委会代表工委关于代表建议办理工作的汇\n报。\n"
    )
    doc = checked(text)
    lines = doc.text.split("\n")
    assert [cut for cut in ("志", "任会议。纪要如下：", "议审议。", "报。") if cut in lines] == []


# (cause 3's review, diffread-A N3, is pinned by tests/test_diffread26a.py::test_a_label_line_under_a_full_title_line_is_its_own,
# whose strict xfail this branch's fix lifts)


def test_an_organ_before_its_heads_mailbox_is_the_issuer() -> None:
    """Cause 4 once more (batch 13): 局长信箱, the post's mailbox, no meeting after it."""
    doc = checked("某县人力资源和社会保障局局长信箱回复\n李某：\n您的来信收悉，现回复如下：\n已为您办理社保转移手续。")
    assert doc.header.issuer == "某县人力资源和社会保障局"


# Cause 6 (batch 13): the 是 forms of 第一 and 其一 straight after a member's subject (我局将第一是…, 该建议其一是…), as
# 一是 follows one (我局将一是…), made no members.


def test_first_is_and_the_other_is_members_right_after_their_subject() -> None:
    doc = checked(
        "关于加快充电桩建设的答复\n周某代表：\n您的建议收悉，现答复如下：\n一、关于建议内容\n该建议其一是增加公共充电桩；其二是降低充电价格。\n"
        "二、关于工作打算\n下一步，我委将第一是编制充电设施规划；第二是落实建设补贴。\n特此答复。\n某市发展和改革委员会\n2025年10月9日"
    )
    got = [[(i.marker, i.lead) for p in s.paragraphs for i in p.items] for s in doc.sections]
    assert got == [
        [("其一是", "增加公共充电桩"), ("其二是", "降低充电价格")],
        [("第一是", "编制充电设施规划"), ("第二是", "落实建设补贴")],
    ]


def test_a_rank_of_first_after_a_place_is_no_member() -> None:
    """A guard: 位居全省第一，… is a rank, and 第二，… after it carries no run."""
    doc = checked(
        "关于加快充电桩建设的答复\n周某代表：\n您的建议收悉，现答复如下：\n一、关于建设成效\n我市充电桩数量位居全省第一，第二，三季度还将新增二百个。\n"
        "特此答复。\n某市发展和改革委员会\n2025年10月9日"
    )
    assert [i for s in doc.sections for p in s.paragraphs for i in p.items] == []
