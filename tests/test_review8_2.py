"""Bugs the second session-8 reviewer found in the late commits landed on main, each with a new
example that failed before its fix. Expected values are written by hand from reading the short
documents."""

from __future__ import annotations

import govdoc

_HEAD = "某县人民政府办公室关于做好汛期值班工作的通知\n各乡镇人民政府：\n"
_TAIL = "\n某县人民政府办公室\n2024年5月6日\n"


def _paragraphs(doc: govdoc.Document) -> list[str]:
    return [p.text for p in doc.preamble] + [p.text for s in doc.iter_sections() for p in s.paragraphs]


def test_a_page_number_before_a_line_opening_with_a_units_character_is_still_a_page_number() -> None:
    # d82844b kept any bare figure whose next line opens with a unit's character as data, but 人, 项,
    # 年 … also open common words: a page break inside a sentence put the page number into the text
    for before, after in (
        ("　　各地要压实责任，加强巡查，切实保障", "人民群众生命财产安全。请认真执行。"),
        ("　　各地要压实责任，加强巡查，加快推进重点", "项目防汛设施建设。请认真执行。"),
        ("　　各地要压实责任，加强巡查，确保今", "年汛期安全。请认真执行。"),
    ):
        doc = govdoc.parse_text(_HEAD + before + "\n7\n" + after + _TAIL)
        assert _paragraphs(doc) == [before.strip() + after], after


def test_a_page_number_after_a_line_ending_on_a_colon_is_still_a_page_number() -> None:
    # d82844b: any colon over the figure made it data, so a page ending after …如下要求： left the
    # page number as a paragraph of its own
    doc = govdoc.parse_text(_HEAD + "　　为做好汛期值班工作，现提出如下要求：\n7\n一是加强巡查，落实责任。" + _TAIL)
    assert _paragraphs(doc) == ["为做好汛期值班工作，现提出如下要求：", "一是加强巡查，落实责任。"]


def test_a_figure_after_a_word_a_count_follows_stays_in_the_text() -> None:
    # what d82844b meant to keep, in other words than its own test (whether the short lines are
    # then joined into one paragraph is the joiner's matter: the figure must not be dropped)
    for text, figure in (
        ("　　今年汛期，全县共有\n120\n名干部参与值班，请认真执行。", "120"),
        ("　　汛前，累计投入资金达到\n350\n万元，请认真执行。", "350"),
        ("　　今年新建避险安置点，数量：\n45\n其中，山区乡镇三十个。", "45"),
    ):
        doc = govdoc.parse_text(_HEAD + text + _TAIL)
        assert any(figure in p for p in _paragraphs(doc)), text


def test_a_tasks_doers_in_brackets_over_the_signature_stay_the_last_tasks_in_any_wording() -> None:
    # 9c6ad04 kept only the labelled form (（牵头单位：…）) in the body; a plan as often names its
    # doers without a label, or under a bare 牵头：, and those were still peeled off as a 附注 note
    # that no field holds, so the last task lost them with no warning
    head = "某县人民政府办公室关于印发农村人居环境整治方案的通知\n各乡镇人民政府，县直各部门：\n一、整治村庄垃圾\n推行垃圾分类收运，年底前实现全覆盖。\n"
    for note in (
        "（县住房城乡建设局牵头，各乡镇人民政府配合）",
        "（牵头：县农业农村局；配合：县财政局、县生态环境分局）",
        "（各乡镇人民政府负责）",
        "（责任人：各乡镇分管负责同志）",
    ):
        doc = govdoc.parse_text(head + note + _TAIL)
        assert _paragraphs(doc)[-1] == note, note


def test_a_proposal_title_its_proposer_names_after_a_bare_acknowledgement_is_read_without_a_turn() -> None:
    # 7bb7aee: with no turn to the answer (现答复如下), only a title in 《》 after the …收悉 paragraph
    # counts, so an acknowledgement in two steps that never turns lost the unquoted title even where
    # the proposer's verb introduces it (您所提关于…的建议); a point of the answer has no such verb
    head = "关于加强停车管理的答复\n张某某代表：\n"
    tail = "\n我局已在城区增设停车泊位四十个。\n某区交通运输局\n2024年6月3日\n"
    for second, title in (
        ("您所提关于增设社区充电桩的建议，我局高度重视，组织相关科室进行了认真研究。", "关于增设社区充电桩的建议"),
        ("对您提出的关于规范电动自行车停放的建议，我局十分重视。", "关于规范电动自行车停放的建议"),
    ):
        doc = govdoc.parse_text(head + "您提出的建议已收悉，感谢您对交通工作的关心。\n" + second + tail)
        ref = doc.header.responds_to
        assert ref is not None and ref.title == title, second
    # the answer's first point after the acknowledgement names no proposer: not the proposal's title
    doc = govdoc.parse_text(head + "您的建议已收悉。\n关于在老旧小区增设停车位的建议，我局已会同街道完成选址。" + tail)
    assert doc.header.responds_to is None or doc.header.responds_to.title is None


def test_a_body_line_left_without_its_stop_is_no_head_of_an_office_signing_alone() -> None:
    # d4e78d9 kept apart only a line opening with a request word (请, 各 …); any other last line of
    # the body without its stop was still joined to a lone 办公室 under it as the head of its name.
    # An office's name wraps after the organ it serves (某县人民政府 ⏎ 办公室), so its head ends like one
    for last in ("望各科室遵照执行", "切实做好节日期间值班工作", "确保节日期间安全稳定"):
        doc = govdoc.parse_text(
            f"关于做好节日期间值班工作的通知\n各科室：\n节日期间实行24小时值班。\n{last}\n办公室\n2024年9月20日\n"
        )
        assert doc.signature is not None and doc.signature.issuers == ("办公室",), last
    doc = govdoc.parse_text(
        "关于做好节日期间值班工作的通知\n各科室：\n节日期间实行24小时值班。\n某县卫生健康局\n办公室\n2024年9月20日\n"
    )
    assert doc.signature is not None and doc.signature.issuers == ("某县卫生健康局办公室",)


def test_short_county_organs_parted_by_single_spaces_on_a_cc_line_stay_apart() -> None:
    # 520777e keeps a single space between two complete organs' names on a 抄送 line, but a name of
    # three characters never counted as complete, so 县委办 was glued to the next organ
    doc = govdoc.parse_text(
        "关于做好节日期间值班工作的通知\n各乡镇：\n节日期间实行24小时值班。\n某县人民政府办公室\n2024年9月20日\n"
        "抄送：县委办 县人大办 县政协办 市委办\n某县人民政府办公室  2024年9月20日印发\n"
    )
    assert doc.imprint is not None and doc.imprint.cc == ("县委办", "县人大办", "县政协办", "市委办")
