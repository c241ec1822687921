"""Causes found by the session-11 hand check of wild documents (files 1–80 of ../shared/corpus/wild),
each tested on new wording written for it, not on the wild text that showed it:

- a long list of joint proposers named after their meeting, closed by a bare 等 (…会议上，甲、乙、
  丙…等提出的《…》): proposers were read only for up to six names followed by 代表/委员;
- a labelled 公开方式 line right under the 落款 of a notice that prints its plan after it: the line
  was taken for the printed plan's first line and the disclosure lost;
- a reply's title framed 关于对…的建议办理情况的答复: its 关于对 is the frame's, and the proposal's own
  title the opening names (您提出的关于…的建议) was lost to the framed words;
- a headline naming the meeting and 提案 while the opening quotes the proposal by a title ending in
  建议 with its number: the last word inside the quotes is the title's wording, not the register's
  kind, and the headline's meeting was dropped for the mismatch.
"""

from __future__ import annotations

import govdoc


def test_many_joint_proposers_closed_by_a_bare_deng_are_the_proposers() -> None:
    doc = govdoc.parse_text(
        "关于对市九届人民代表大会三次会议建议办理情况的报告\n"
        "在市九届人民代表大会三次会议上，张红梅、李建国、王志强、赵丽华、刘海涛、陈晓东、杨秀英等"
        "提出的《关于改造城东农贸市场的建议》。\n"
        "建议对城东农贸市场进行改造。此建议由我局负责办理，现将办理情况报告如下：\n"
        "我局已将城东农贸市场改造列入明年计划，并已完成项目前期论证。\n"
        "2024年5月8日\n"
    )
    ref = doc.header.responds_to
    assert ref is not None
    assert ref.proposers == ("张红梅", "李建国", "王志强", "赵丽华", "刘海涛", "陈晓东", "杨秀英")


def test_two_proposers_closed_by_a_bare_deng_are_the_proposers() -> None:
    doc = govdoc.parse_text(
        "关于区五届人大二次会议建议办理情况的报告\n"
        "在区五届人大二次会议上，孙立新、马文静等提出的《关于增设社区养老服务站的建议》。\n"
        "我局已在三个社区试点设立养老服务站，明年将扩大到全区。\n"
        "2024年9月2日\n"
    )
    ref = doc.header.responds_to
    assert ref is not None
    assert ref.proposers == ("孙立新", "马文静")


def test_a_group_before_deng_is_no_proposer() -> None:
    doc = govdoc.parse_text(
        "关于区五届人大二次会议建议办理情况的报告\n"
        "在区五届人大二次会议上，有关部门等提出的《关于增设社区养老服务站的建议》。\n"
        "我局已在三个社区试点设立养老服务站，明年将扩大到全区。\n"
        "2024年9月2日\n"
    )
    ref = doc.header.responds_to
    assert ref is not None
    assert ref.proposers == ()


_NOTICE_WITH_PLAN = (
    "清河县人民政府办公室\n"
    "关于印发清河县农村人居环境整治工作方案的通知\n"
    "各乡镇人民政府，县直有关单位：\n"
    "《清河县农村人居环境整治工作方案》已经县政府同意，现印发给你们，请认真组织实施。\n"
    "清河县人民政府办公室\n"
    "2024年3月12日\n"
    "{line}\n"
    "清河县农村人居环境整治工作方案\n"
    "为持续改善农村人居环境，制定本方案。\n"
    "一、工作目标\n"
    "到年底，全县村庄生活垃圾得到有效治理。\n"
    "二、重点任务\n"
    "（一）推进厕所改造。全年完成改厕一千户。\n"
)


def test_a_labelled_disclosure_under_the_signature_before_a_printed_plan_is_read() -> None:
    doc = govdoc.parse_text(_NOTICE_WITH_PLAN.format(line="公开方式：依申请公开"))
    assert doc.header.disclosure == "依申请公开"
    assert [s.marker for s in doc.sections] == ["一、", "二、"]
    assert doc.signature is not None and doc.signature.date == "2024-03-12"


def test_the_disclosure_line_is_no_paragraph_of_the_printed_plan() -> None:
    doc = govdoc.parse_text(_NOTICE_WITH_PLAN.format(line="公开属性：主动公开"))
    assert doc.header.disclosure == "主动公开"
    assert not any("公开属性" in p.text for p in doc.preamble)


def test_a_proposal_title_the_opening_names_wins_over_the_framed_title_words() -> None:
    doc = govdoc.parse_text(
        "关于对加快老旧小区加装电梯的建议办理情况的答复\n"
        "尊敬的吴海燕代表：\n"
        "您提出的关于加快老旧小区加装电梯的建议，区政府交由我局办理。现将办理情况答复如下：\n"
        "一、今年已完成加装电梯二十部。\n"
        "感谢您对我区城市建设工作的关心和支持。\n"
        "某区住房和城乡建设局\n"
        "2024年7月1日\n"
    )
    ref = doc.header.responds_to
    assert ref is not None
    assert ref.title == "关于加快老旧小区加装电梯的建议"


def test_the_framed_title_words_still_name_the_proposal_when_the_opening_does_not() -> None:
    doc = govdoc.parse_text(
        "关于对加快老旧小区加装电梯的建议办理情况的答复\n"
        "尊敬的吴海燕代表：\n"
        "您的建议收悉。现答复如下：\n"
        "一、今年已完成加装电梯二十部。\n"
        "某区住房和城乡建设局\n"
        "2024年7月1日\n"
    )
    ref = doc.header.responds_to
    assert ref is not None
    assert ref.title == "关于对加快老旧小区加装电梯的建议"


def test_a_headline_meeting_joins_a_number_the_opening_gives_after_a_title_ending_in_jianyi() -> None:
    doc = govdoc.parse_text(
        "平山县政协九届二次会议委员提案答复\n"
        "刘志刚委员：\n"
        "您提出的《关于整治城区占道经营的建议》（第B15号）已收悉，现答复如下：\n"
        "一、我局已联合街道开展占道经营专项整治。\n"
        "平山县城市管理局\n"
        "2024年8月20日\n"
    )
    ref = doc.header.responds_to
    assert ref is not None
    assert (ref.body, ref.level, ref.term, ref.session) == ("政协", "县", 9, 2)
    assert ref.kind == "提案"
    assert ref.number == "B15"
    assert ref.title == "关于整治城区占道经营的建议"


def test_a_headline_of_another_register_still_keeps_the_opening_kind() -> None:
    """A headline naming 建议 and an opening quoting a title ending in 建议: nothing changes."""
    doc = govdoc.parse_text(
        "平山县十七届人大二次会议代表建议答复\n"
        "刘志刚代表：\n"
        "您提出的《关于整治城区占道经营的建议》（第15号）已收悉，现答复如下：\n"
        "一、我局已联合街道开展占道经营专项整治。\n"
        "平山县城市管理局\n"
        "2024年8月20日\n"
    )
    ref = doc.header.responds_to
    assert ref is not None
    assert (ref.body, ref.level, ref.term, ref.session, ref.kind) == ("人大", "县", 17, 2, "建议")
