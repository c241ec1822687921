"""Causes found by hand-checking wild sample 5 (first half): each test is a new short example of
the cause, written for it, not a sentence of the documents."""

from __future__ import annotations

import govdoc


def test_a_headline_number_after_the_reply_word_is_the_proposal_number() -> None:
    doc = govdoc.parse_text(
        "政协青石县第九届三次会议委员提案答复 第17号\n"
        "王明委员：\n"
        "您提出的关于改善乡村公路养护的提案，经研究答复如下：\n"
        "我局已将乡村公路养护经费纳入年度预算，并逐年提高标准。\n"
        "青石县交通运输局\n"
        "2024年6月3日\n"
    )
    ref = doc.header.responds_to
    assert ref is not None
    assert (ref.number, ref.kind, ref.body, ref.term, ref.session) == ("17", "提案", "政协", 9, 3)


def test_a_column_tag_opening_the_headline_is_no_part_of_the_reference() -> None:
    doc = govdoc.parse_text(
        "【县交通局】政协青石县第九届三次会议委员提案答复 第17号\n"
        "王明委员：\n"
        "您提出的关于改善乡村公路养护的提案，经研究答复如下：\n"
        "我局已将乡村公路养护经费纳入年度预算，并逐年提高标准。\n"
        "青石县交通运输局\n"
        "2024年6月3日\n"
    )
    ref = doc.header.responds_to
    assert ref is not None
    assert ref.text.startswith("政协青石县第九届三次会议")
    assert doc.text[ref.span.start : ref.span.end] == ref.text


def test_a_point_of_the_answer_after_the_acknowledgement_is_not_the_proposal_title() -> None:
    doc = govdoc.parse_text(
        "关于县人大二次会议第31号建议的答复\n"
        "周明代表：\n"
        "您提出的完善社区养老服务设施的建议，经认真研究答复如下：\n"
        "我局已在辖区新建日间照料中心三处，并为每处配备专职护理人员。\n"
        "关于在老旧小区加装电梯的建议，需经业主表决同意，目前正在逐户征求意见。\n"
        "青石县交通运输局\n"
        "2024年6月3日\n"
    )
    ref = doc.header.responds_to
    assert ref is not None
    assert ref.number == "31"
    assert ref.title is None


def test_a_reply_without_a_title_that_ends_in_cifu_is_a_reply() -> None:
    doc = govdoc.parse_text(
        "市民朋友：\n"
        "您好！接到您反映的路灯不亮问题后，我们立即安排人员到现场查看，目前已更换损坏灯具，恢复照明。\n"
        "此复。\n"
        "青石县城市管理局\n"
        "2024年6月3日\n"
    )
    assert doc.kind == "reply"


def test_cifu_inside_a_word_does_not_make_a_reply() -> None:
    doc = govdoc.parse_text(
        "各施工单位：\n"
        "受连续降雨影响，城南道路改造工程暂停施工，因此复工时间推迟至下月，具体安排另行通知。\n"
        "青石县城市管理局\n"
        "2024年6月3日\n"
    )
    assert doc.kind == "other"


def test_cifu_run_on_at_the_end_of_the_answer_makes_a_reply() -> None:
    doc = govdoc.parse_text(
        "城南路口的红绿灯坏了好几天，早晚高峰车辆拥堵严重，希望有关部门尽快修复，保障行人安全。\n"
        "县长信箱\n"
        "网友：\n"
        "您好！接到您反映的问题后，我们立即安排人员到现场查看，目前信号灯已修复并恢复正常运行，给您带来的不便敬请谅解。此复。\n"
        "青石县公安局交通警察大队\n"
        "2024年6月3日\n"
    )
    assert doc.kind == "reply"


def test_the_public_addressed_under_a_printed_message_is_the_recipient() -> None:
    doc = govdoc.parse_text(
        "城南路口的红绿灯坏了好几天，早晚高峰车辆拥堵严重，希望有关部门尽快修复，保障行人安全。\n"
        "县长信箱\n"
        "尊敬的市民朋友：\n"
        "您好！接到您反映的问题后，我们立即安排人员到现场查看，目前信号灯已修复并恢复正常运行。\n"
        "青石县公安局交通警察大队\n"
        "2024年6月3日\n"
    )
    assert doc.header.recipients == ("市民朋友",)


def test_an_addressee_under_a_printed_message_that_is_not_the_public_stays_unread() -> None:
    doc = govdoc.parse_text(
        "城南路口的红绿灯坏了好几天，早晚高峰车辆拥堵严重，希望有关部门尽快修复，保障行人安全。\n"
        "各有关单位：\n"
        "请于本周内完成辖区信号灯排查，发现问题及时报修，确保设施正常运行，排查结果报局办公室。\n"
        "青石县公安局交通警察大队\n"
        "2024年6月3日\n"
    )
    assert doc.header.recipients == ()


_NOTICE_WITH_PLAN = (
    "各乡镇人民政府，县直各单位：\n"
    "现将《青石县农村道路养护实施方案》印发给你们，请认真组织实施。\n"
    "青石县人民政府\n"
    "2024年6月3日\n"
    "{title}\n"
    "为加强农村道路养护管理，提高道路通行水平，结合我县实际，制定本方案。\n"
    "一、工作目标\n"
    "到2025年，全县农村道路优良中等路率达到百分之八十以上。\n"
)


def test_the_title_of_a_plan_printed_after_the_notice_is_not_joined_to_its_first_paragraph() -> None:
    for title in (
        "青石县进一步加强农村道路养护提升群众出行质量实施方案",
        "青石县农村公路养护以奖代补专项资金使用管理暂行办法",
    ):
        doc = govdoc.parse_text(_NOTICE_WITH_PLAN.format(title=title))
        assert f"{title}\n为加强" in doc.text
        assert not any(w.code == "page-break-joined" for w in doc.warnings)


def test_a_bracketed_tail_under_a_plan_title_still_joins_it() -> None:
    doc = govdoc.parse_text(
        _NOTICE_WITH_PLAN.format(title="青石县进一步加强农村道路养护提升群众出行质量实施方案\n2024年）")
    )
    assert "出行质量实施方案2024年）\n为加强" in doc.text


def test_a_doc_number_under_its_bare_label_is_also_the_tables_value() -> None:
    doc = govdoc.parse_text(
        "索引号：\n"
        "001-2024-5\n"
        "发文字号：\n"
        "青政发〔2024〕7号\n"
        "发布日期：\n"
        "2024年04月06日\n"
        "青石县人民政府关于加强农村道路养护的通知\n"
        "各乡镇人民政府：\n"
        "为加强农村道路养护管理，现就有关事项通知如下，请认真贯彻执行。\n"
        "青石县人民政府\n"
        "2024年4月6日\n"
    )
    assert doc.header.metadata == {
        "索引号": "001-2024-5",
        "发文字号": "青政发〔2024〕7号",
        "发布日期": "2024年04月06日",
    }
    assert doc.header.doc_number is not None and doc.header.doc_number.text == "青政发〔2024〕7号"


def test_a_title_under_its_bare_label_is_also_the_tables_value() -> None:
    doc = govdoc.parse_text(
        "索 引 号:\n"
        "001-2024-5\n"
        "标  题:\n"
        "对县政协九届三次会议第12号提案的答复\n"
        "王明委员：\n"
        "您提出的关于改善乡村公路养护的提案收悉，现答复如下：\n"
        "我局已将乡村公路养护经费纳入年度预算，并逐年提高标准。\n"
        "青石县交通运输局\n"
        "2024年6月3日\n"
    )
    assert doc.header.metadata == {"索引号": "001-2024-5", "标题": "对县政协九届三次会议第12号提案的答复"}
    assert doc.header.title == "对县政协九届三次会议第12号提案的答复"


def test_a_title_under_a_label_of_another_kind_is_not_its_value() -> None:
    doc = govdoc.parse_text(
        "索 引 号:\n"
        "001-2024-5\n"
        "主题词:\n"
        "青石县人民政府关于加强农村道路养护的通知\n"
        "各乡镇人民政府：\n"
        "为加强农村道路养护管理，现就有关事项通知如下，请认真贯彻执行。\n"
        "青石县人民政府\n"
        "2024年4月6日\n"
    )
    assert "主题词" not in doc.header.metadata
