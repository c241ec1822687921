"""Session 18's second read (diffread-C, diffread-B, review18) found these in the landed rules; each
cause has a new example written for it (not the repro text), and a guard that the case the rule was
written for still reads. Each cause test fails on main before the fix."""

from __future__ import annotations

from tests.probing import checked, codes

# --- C1 / R12: an organ-and-date line in the body is no 落款 when the real one follows ---------------


def test_a_schedule_row_with_an_organ_and_a_month_loses_to_the_replys_own_signature() -> None:
    doc = checked(
        "关于市人大十五届二次会议第45号建议的答复\n刘某代表：\n您提出的关于改造城东排水管网的建议收悉。现答复如下：\n"
        "我局已将该工程列入年度计划，节点安排如下：\n完成初步设计　市水务局　2024年7月\n完成管网铺设　市城投公司　2024年11月\n"
        "感谢您对排水工作的关心。\n湖阳市水务局\n2024年4月12日\n"
    )
    s = doc.signature
    assert s is not None and (s.issuers, s.date) == (("湖阳市水务局",), "2024-04-12")
    assert doc.closing is not None and doc.closing.text == "感谢您对排水工作的关心。"


def test_a_task_table_copied_as_text_keeps_the_notices_signature() -> None:
    doc = checked(
        "湖阳市人民政府办公室关于印发2024年为民办实事分工方案的通知\n各县区人民政府，市政府各部门：\n"
        "现将分工方案印发给你们，请认真贯彻执行。\n序号 事项 牵头单位 完成时限\n"
        "1 新建口袋公园20个 市园林局 2024年10月\n2 改造农贸市场8个 市商务局 2024年11月\n"
        "湖阳市人民政府办公室\n2024年3月1日\n"
    )
    s = doc.signature
    assert s is not None and (s.issuers, s.date) == (("湖阳市人民政府办公室",), "2024-03-01")
    assert "content-unplaced" not in codes(doc)


def test_a_source_line_with_a_full_date_inside_a_section_is_no_signature() -> None:
    doc = checked(
        "关于2024年上半年全区安全生产情况的报告\n区人大常委会：\n一、基本情况\n上半年全区未发生较大以上事故。数据来源：\n"
        "区应急管理局　　2024年7月2日\n二、下步打算\n我们将继续开展隐患排查。\n特此报告。\n"
        "湖阳市某某区人民政府\n2024年7月10日\n"
    )
    s = doc.signature
    assert s is not None and (s.issuers, s.date) == (("湖阳市某某区人民政府",), "2024-07-10")
    assert doc.closing is not None and doc.closing.text == "特此报告。"


def test_schedule_rows_with_a_month_and_no_signature_below_sign_nothing() -> None:
    doc = checked(
        "关于县政协十届二次会议第12号提案的答复\n王某委员：\n您的提案收悉。现答复如下：\n"
        "完成选址　县自然资源局　2024年5月\n完成建设　县住建局　2024年9月\n感谢您的关心和支持。\n"
    )
    assert doc.signature is None
    assert doc.closing is not None and doc.closing.text == "感谢您的关心和支持。"


def test_an_organ_and_a_month_on_the_last_line_still_sign() -> None:
    # guard (4ecd394's case): 某局　　2024年5月 as the text's last line is its 落款
    doc = checked(
        "关于区十届人大三次会议第8号建议的答复\n赵某代表：\n您提出的关于增设公交线路的建议收悉。现答复如下：\n"
        "我局已开通12路公交。\n特此答复。\n湖阳市交通运输局　　二〇二四年六月\n"
    )
    s = doc.signature
    assert s is not None and (s.issuers, s.date_partial) == (("湖阳市交通运输局",), "2024-06")


def test_joint_signers_each_dated_on_their_line_are_one_signature() -> None:
    # guard: two organ-date lines with the same date, one under the other, are a joint 落款
    doc = checked(
        "关于开展夏季安全生产检查的通知\n各县区：\n现就开展夏季安全生产检查通知如下。\n请认真落实。\n"
        "湖阳市应急管理局　　2024年6月3日\n湖阳市住房和城乡建设局　　2024年6月3日\n"
    )
    s = doc.signature
    assert s is not None and s.date == "2024-06-03"
    assert "湖阳市应急管理局" in s.issuers


# --- B8: a mailbox's answer greets its writer by role (来信人：, 留言人：) --------------------------------


def test_a_mailbox_answer_greeting_its_writer_by_role_on_its_own_line_addresses_the_writer() -> None:
    doc = checked(
        "关于城南路段雨后积水问题的回复\n留言人：\n您好！您反映的城南路段雨后积水问题收悉。我局已安排疏通排水口。\n"
        "湖阳市城市管理局\n2024年7月8日\n"
    )
    assert doc.header.recipients == ("留言人",)
    assert doc.preamble and doc.preamble[0].text.startswith("您好！")


def test_a_mailbox_answer_running_its_greeting_onto_the_writers_role_addresses_the_writer() -> None:
    doc = checked(
        "关于某小区电梯维修问题的回复\n来信人：您好！您反映的某小区电梯长期停运问题收悉。经协调，电梯已于7月1日修复。\n"
        "湖阳市市场监督管理局\n2024年7月3日\n"
    )
    assert doc.header.recipients == ("来信人",)


def test_a_form_row_of_who_answered_left_empty_is_still_no_addressee() -> None:
    # guard (43389b5): other form labels with their colon and nothing after them are no 主送
    doc = checked(
        "关于某小区电梯维修问题的回复\n回复单位：\n您好！您反映的某小区电梯长期停运问题收悉。电梯已修复。\n"
        "湖阳市市场监督管理局\n2024年7月3日\n"
    )
    assert doc.header.recipients == ()


# --- B5 / C2: 申请人：X is the 主送 only of an answer to an information request ------------------------


def test_a_review_decisions_company_applicant_is_a_party_not_the_addressee() -> None:
    doc = checked(
        "湖阳市人民政府\n行政复议决定书\n湖政复决〔2024〕9号\n申请人：湖阳某某物流有限公司\n住所地：湖阳市城东路1号\n"
        "被申请人：湖阳市交通运输局\n申请人不服被申请人作出的行政处罚，向本机关申请行政复议。本机关决定维持。\n"
        "湖阳市人民政府\n2024年6月3日\n"
    )
    assert doc.header.recipients == ()
    assert doc.preamble and doc.preamble[0].text == "申请人：湖阳某某物流有限公司"


def test_a_notices_fact_rows_naming_an_applicant_stay_its_text() -> None:
    doc = checked(
        "湖阳市自然资源和规划局关于某某置业有限公司建设工程规划许可的批前公示\n项目名称：城北安置房项目\n"
        "申请人：湖阳某某置业有限公司\n公示期限：2024年6月1日至2024年6月10日\n"
        "现将该项目规划方案予以公示，公示期间如有意见，请向我局反映。\n湖阳市自然资源和规划局\n2024年6月1日\n"
    )
    assert doc.header.recipients == ()
    assert "申请人" not in doc.header.metadata


def test_an_information_disclosure_notice_still_addresses_its_applicant() -> None:
    # guard (0c68765): under a 依申请公开 告知书 the labelled applicant is the 主送
    doc = checked(
        "湖阳市住房和城乡建设局\n依申请公开政府信息告知书\n湖建依告〔2024〕5号\n申请人：郑某某\n"
        "你于2024年5月8日提出的政府信息公开申请收悉。现告知如下：你申请的信息属于公开范围。\n"
        "湖阳市住房和城乡建设局\n2024年5月20日\n"
    )
    assert doc.header.recipients == ("郑某某",)


# --- C7: a FAQ page's 问题：/回复： pairs are no mailbox form reaching its answer row -----------------


def test_a_faq_pages_first_question_stays_in_its_text() -> None:
    doc = checked(
        "关于社保卡办理的常见问题解答\n问题：社保卡丢失后如何补办？\n回复：持身份证到任一合作银行网点申请补办。\n"
        "问题：补办需要多长时间？\n回复：一般10个工作日内可领取新卡。\n湖阳市人力资源和社会保障局\n2024年8月2日\n"
    )
    assert "问题" not in doc.header.metadata
    assert doc.preamble and doc.preamble[0].text == "问题：社保卡丢失后如何补办？"


def test_a_mailbox_forms_rows_still_reach_a_bare_reply_row() -> None:
    # guard (b5fbed0): 来信人/来信时间 rows say the page is a form; its 回复： row holds the answer
    doc = checked(
        "关于小区停车位不足的回复\n来信人：吴某\n来信时间：2024-08-01\n"
        "回复：吴某您好！您反映的问题收悉，我局已协调增设停车位40个。\n"
    )
    assert doc.header.metadata.get("来信人") == "吴某"
    assert any("增设停车位" in p.text for p in doc.preamble)


# --- C3: an organ named by its level under a bare 回复单位 label is the row's value -----------------------


def test_a_department_named_by_its_level_under_a_bare_answering_unit_label_is_its_value() -> None:
    doc = checked(
        "网友留言答复\n留言标题\n楼道堆放杂物\n留言时间\n2024-06-11\n回复单位\n县住建部门\n回复时间\n2024-06-14\n"
        "回复内容\n您好！经核查，物业公司已于6月13日清理完毕。\n"
    )
    assert doc.header.metadata.get("回复单位") == "县住建部门"
    assert "content-unplaced" not in codes(doc)


def test_an_empty_forms_next_label_is_still_no_value() -> None:
    # guard (b5fbed0): under an empty 回复单位 row the form's next field word is its next row
    doc = checked(
        "网友留言答复\n留言标题\n楼道堆放杂物\n回复单位\n受理部门\n回复时间\n2024-06-14\n"
        "回复内容\n您好！物业公司已清理完毕。\n"
    )
    assert "回复单位" not in doc.header.metadata


# --- B10: an event's organiser rows above the 落款's own organ line are body text ---------------------


def test_an_events_organiser_rows_above_its_signature_stay_in_the_body() -> None:
    doc = checked(
        "关于举办2024年湖阳市青少年书法大赛的通知\n各中小学校：\n现就举办青少年书法大赛有关事项通知如下。\n"
        "请各校于9月20日前报送参赛作品。\n主办部门：湖阳市教育局\n协办机构：湖阳市书法家协会\n湖阳市教育局\n2024年9月2日\n"
    )
    s = doc.signature
    assert s is not None and s.issuers == ("湖阳市教育局",)
    assert "协办机构：湖阳市书法家协会" in doc.text
    assert any(p.text == "协办机构：湖阳市书法家协会" for p in doc.preamble)


def test_a_labelled_joint_signature_still_signs_with_both_organs() -> None:
    # guard: a labelled 落款 (主办单位：… ⏎ 会办单位：… ⏎ its date) names both organs
    doc = checked(
        "关于市十六届人大四次会议第102号建议的答复\n李某代表：\n您提出的建议收悉。现答复如下：\n我们已采纳。\n"
        "主办单位：湖阳市交通运输局\n会办单位：湖阳市公安局\n答复时间：2024年6月20日\n"
    )
    s = doc.signature
    assert s is not None and s.issuers == ("湖阳市交通运输局", "湖阳市公安局")


# --- C4: a form copied one cell a line signs its answer as one-line rows do -------------------------------


def test_a_form_copied_one_cell_a_line_signs_its_answer_by_its_answering_rows() -> None:
    doc = checked(
        "网友留言答复\n留言标题\n公园厕所无人保洁\n留言时间\n2024-08-05\n答复单位\n湖阳市园林局\n答复日期\n2024-08-09\n"
        "回复内容\n您好！我局已责成管护单位每日保洁两次。感谢您的关注。\n"
    )
    s = doc.signature
    assert s is not None and (s.issuers, s.date) == (("湖阳市园林局",), "2024-08-09")
    assert doc.header.metadata.get("答复单位") == "湖阳市园林局"


def test_a_stacked_forms_date_of_writing_alone_signs_nothing() -> None:
    # guard: only the answer's own rows (回复单位/答复日期) sign; the letter's 留言时间 is no 落款 date
    doc = checked(
        "网友留言答复\n留言标题\n公园厕所无人保洁\n留言时间\n2024-08-05\n"
        "回复内容\n您好！我局已责成管护单位每日保洁两次。\n"
    )
    assert doc.signature is None
