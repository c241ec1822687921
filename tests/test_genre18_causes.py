"""The general causes behind round 18's genre probe misses (tests/test_probes_18_genres.py), each
with a new example written for it (not the probe's text), and guards that ordinary text is not
taken. Each cause test fails on the code of session 18's start (/work/s18start)."""

from __future__ import annotations

import govdoc
from tests.probing import checked, codes

# --- a co-handling unit names the proposal by the lead unit's role (你部主办的…代表提出的) ----------


def test_a_co_handler_naming_the_lead_units_role_before_the_deputy_names_the_deputy() -> None:
    doc = checked(
        "关于市十六届人大四次会议第88号建议的协办意见\n市交通运输局：\n"
        "你局主办的梁某某代表提出的《关于增设城西公交站台的建议》收悉。经研究，提出协办意见如下：\n"
        "我局支持在城西新增公交站台3处。\n湖阳市公安局\n2024年5月6日\n"
    )
    ref = doc.header.responds_to
    assert ref is not None and ref.proposers == ("梁某某",)


def test_a_co_handler_naming_the_lead_units_leading_role_before_a_member_and_the_title() -> None:
    doc = checked(
        "关于县政协十届三次会议第21号提案的会办意见\n县农业农村局：\n"
        "贵局牵头办理的贾某某委员《关于发展林下经济的提案》收悉。现提出会办意见如下：\n"
        "我局将林下经济纳入林业产业扶持范围。\n云岭县林业局\n2024年4月9日\n"
    )
    ref = doc.header.responds_to
    assert ref is not None and ref.proposers == ("贾某某",)


def test_the_lead_units_role_alone_names_no_proposer() -> None:
    doc = checked(
        "关于市十六届人大四次会议第90号建议的协办意见\n市教育局：\n"
        "你局主办的《关于增加城区学位供给的建议》收悉。现提出协办意见如下：\n"
        "我局支持。\n湖阳市自然资源和规划局\n2024年5月8日\n"
    )
    ref = doc.header.responds_to
    assert ref is not None and ref.proposers == ()


# --- a mailbox's or hotline's form: its rows up to the row holding the answer are the form's -------


def test_an_untitled_mailbox_forms_answer_row_opens_the_body() -> None:
    doc = checked(
        "来信标题：小区充电桩安装难\n来信人：冯某\n来信日期：2024-06-02\n"
        "来信内容：物业不同意在地下车库安装充电桩，希望有关部门协调。\n"
        "回复单位：湖阳市发展和改革委员会\n回复日期：2024-06-10\n"
        "回复内容：冯某您好！您的来信收悉。我委已会同住建部门约谈该物业公司，目前已同意安装。感谢您的来信。\n"
    )
    assert doc.kind == "reply"
    assert doc.header.metadata.get("回复单位") == "湖阳市发展和改革委员会"
    assert doc.header.metadata.get("来信内容") == "物业不同意在地下车库安装充电桩，希望有关部门协调。"
    assert "回复内容" not in doc.header.metadata
    assert any("我委已会同住建部门约谈该物业公司" in p.text for p in doc.preamble)


def test_an_answer_under_its_bare_answer_label_is_the_body_not_text_in_no_element() -> None:
    doc = checked(
        "留言主题：公园厕所无人保洁\n留言时间：2024-07-01\n留言内容：\n"
        "城东公园北门厕所多日无人保洁，气味很大。\n"
        "回复单位：湖阳市城市管理局\n回复时间：2024-07-04\n回复内容：\n"
        "您反映的问题收悉。我局已责成保洁公司每日保洁两次，并安排专人督查。\n感谢您的监督！\n"
    )
    assert doc.kind == "reply"
    assert "content-unplaced" not in codes(doc)
    assert doc.header.metadata.get("留言内容") == "城东公园北门厕所多日无人保洁，气味很大。"
    assert any("我局已责成保洁公司每日保洁两次" in p.text for p in doc.preamble)
    s = doc.signature  # the form's rows sign it: no 落款 closes the answer (review18 R4)
    assert s is not None and (s.issuers, s.date) == (("湖阳市城市管理局",), "2024-07-04")


def test_a_hotline_orders_rows_under_its_title_reach_its_answer_row() -> None:
    doc = checked(
        "市民热线诉求办理答复\n诉求编号：RX20240611008\n诉求时间：2024年6月11日\n"
        "诉求内容：反映城北菜市场周边夜间噪音扰民。\n承办单位：湖阳市生态环境局\n答复时间：2024年6月14日\n"
        "答复内容：我局已对该市场冷库机组加装隔音设施，经复测噪音已达标。\n"
    )
    assert doc.header.title == "市民热线诉求办理答复"
    assert "content-unplaced" not in codes(doc)
    assert any("加装隔音设施" in p.text for p in doc.preamble)
    assert doc.contact is not None and doc.contact.unit == "湖阳市生态环境局"


def test_a_row_after_the_title_that_no_answer_row_follows_stays_the_text() -> None:
    # guard: 键：值 rows under a title are a form's only where they reach the row holding the answer
    doc = checked(
        "关于城区停车收费调整的说明\n调整时间：2024年7月1日\n调整范围：城区道路停车泊位。\n"
        "为提高泊位周转率，城区道路停车泊位收费标准作适当调整。\n湖阳市发展和改革委员会\n2024年6月20日\n"
    )
    assert [p.text for p in doc.preamble][:2] == ["调整时间：2024年7月1日", "调整范围：城区道路停车泊位。"]


def test_an_answer_row_after_a_sentence_leaves_the_header_where_it_was() -> None:
    # guard: a body line opening 答复： after the text has begun is the text's own
    doc = checked(
        "关于网上咨询办理情况的通报\n各区人民政府：\n上半年共受理网上咨询1200件。典型问答如下：\n"
        "问：新生儿如何办理医保？\n答复：出生后3个月内参保即可。\n湖阳市医疗保障局\n2024年7月2日\n"
    )
    assert doc.header.recipients == ("各区人民政府",)
    assert any(p.text.startswith("答复：") for p in doc.preamble)


def test_an_empty_forms_bare_labels_are_no_pairs_and_no_content() -> None:
    doc = checked(
        "来信标题\n来信人\n来信日期\n来信内容\n回复部门\n回复日期\n"
        "各位市民：\n近期有市民来信咨询城区集中供暖开始时间，现答复如下：今年供暖于11月15日开始。\n"
        "特此答复。\n湖阳市住房和城乡建设局\n2024年11月1日\n"
    )
    assert doc.header.metadata == {}
    assert "content-unplaced" not in codes(doc)
    assert doc.header.responds_to is None


# --- a labelled 落款 whose organ's label says 部门 (回复部门：, 答复部门：) ----------------------------


def test_a_reply_signed_under_a_department_label_and_a_date_label() -> None:
    doc = checked(
        "关于城西片区自来水水质问题的回复\n网友：\n您好！您反映的问题收悉。经检测，城西片区出厂水各项指标均符合国家标准。\n"
        "感谢您的关注！\n答复部门：湖阳市水务局\n答复日期：2024年8月5日\n"
    )
    s = doc.signature
    assert s is not None and (s.issuers, s.date) == (("湖阳市水务局",), "2024-08-05")
    assert doc.closing is not None and doc.closing.text == "感谢您的关注！"


def test_a_department_named_in_a_sentence_ending_the_text_is_no_signature() -> None:
    # guard: the label must open its own line with a colon; a sentence naming a department is text
    doc = checked(
        "关于城西片区自来水水质问题的回复\n网友：\n您好！您反映的问题收悉。请与回复部门联系。\n"
        "湖阳市水务局\n2024年8月5日\n"
    )
    s = doc.signature
    assert s is not None and s.issuers == ("湖阳市水务局",)


def test_parse_text_keeps_every_line_of_a_form_in_the_text() -> None:
    text = "留言标题：路灯不亮\n回复单位：某局\n回复时间：2024-05-06\n回复内容：已修复。\n"
    doc = govdoc.parse_text(text)
    assert "回复内容：已修复。" in doc.text


# --- the kinds of an answer to an information request (the contract's list decides) ------------------


def test_a_notification_letter_of_an_information_request_stays_other() -> None:
    # guard: 告知书 is none of the contract's types, whatever it answers (答复书 is: schema 1.10 made it
    # `reply`, the written form of an 答复 as 答复意见书/答复文书, tests/test_contract19.py)
    doc = checked(
        "云岭县民政局\n政府信息公开申请补正告知书\n胡某某：\n您的申请内容不明确，请于15个工作日内补正。\n"
        "云岭县民政局\n2024年9月5日\n"
    )
    assert doc.kind == "other"


# --- 政府 right after an organ's suffix opens the title's subject (某局|政府信息公开…), no organ's end ----


def test_a_bureau_opening_a_title_on_government_information_is_the_issuer() -> None:
    doc = checked(
        "云岭县统计局政府信息公开申请答复书\n云统依复〔2024〕1号\n冯某：\n"
        "本机关于2024年8月1日收到您的申请，现答复如下：您申请的信息不存在。\n云岭县统计局\n2024年8月9日\n"
    )
    assert doc.header.issuer == "云岭县统计局"


def test_a_government_opening_a_title_without_guanyu_is_still_the_issuer() -> None:
    # guard: 人民政府 and a county's 政府 stay organs' ends
    doc = checked(
        "云岭县人民政府拟征收土地启动公告\n根据有关规定，现将拟征收石门村集体土地有关事项公告如下。\n"
        "云岭县人民政府\n2024年8月9日\n"
    )
    assert doc.header.issuer == "云岭县人民政府"


# --- a two-row information table whose second row is its date, at the top of the text ----------------


def test_a_two_row_table_opening_the_text_keeps_its_publishing_date_row() -> None:
    doc = checked(
        "发文机关：云岭县农业农村局\n发布时间：2024-03-01\n云岭县农业农村局关于开展春季动物防疫的通知\n"
        "各乡镇农业综合服务中心：\n现就春季动物防疫工作通知如下：3月底前完成集中免疫。\n"
        "云岭县农业农村局\n2024年2月28日\n"
    )
    assert doc.header.metadata == {"发文机关": "云岭县农业农村局", "发布时间": "2024-03-01"}


def test_a_byline_under_a_headline_stays_the_pages() -> None:
    # guard: under a headline the dated line is the page's byline, not a row of a table
    doc = checked(
        "首页 > 政务公开 > 通知公告\n春季动物防疫工作通知\n发布时间：2024-03-01\n"
        "云岭县农业农村局关于开展春季动物防疫的通知\n各乡镇农业综合服务中心：\n"
        "现就春季动物防疫工作通知如下：3月底前完成集中免疫。\n云岭县农业农村局\n2024年2月28日\n"
    )
    assert "发布时间" not in doc.header.metadata


def test_an_empty_forms_reply_rows_left_bare_are_no_content_as_its_reply_date_is() -> None:
    # the same page's rows alike: 答复日期 was a known label with no value, 受理日期, 答复单位 and the
    # label over the answer were text in no element
    doc = checked(
        "留言标题\n网友昵称\n受理日期\n答复日期\n答复单位\n答复内容\n各位网友：\n"
        "近日有网友留言咨询城区公园开放时间，现答复如下：城区公园每日6时至22时开放。\n"
        "湖阳市城市管理局\n2024年4月2日\n"
    )
    assert doc.header.metadata == {}
    assert "content-unplaced" not in codes(doc)


# --- a 纪要's attendance run parted from its first point by the lead-in paragraph (session 17's residue) -


def test_attendance_under_the_opening_then_a_lead_in_paragraph_then_the_points_is_read() -> None:
    doc = checked(
        "湖阳市湖滨区人民政府专题会议纪要\n2024年9月3日，副区长龙某某主持召开专题会议，研究老旧小区改造工作。\n"
        "出席：龙某某、柴某某\n请假：吕某\n会议议定事项纪要如下：\n一、加快推进老旧小区改造项目。\n二、做好居民意见征集工作。\n"
    )
    assert [(a.role, a.names) for a in doc.header.attendance] == [("出席", ("龙某某", "柴某某")), ("请假", ("吕某",))]
    assert [p.text for p in doc.preamble][-1] == "会议议定事项纪要如下："


def test_labelled_lines_two_paragraphs_above_the_points_stay_paragraphs() -> None:
    # guard: only one paragraph, the lead-in, may part the run from the first point
    doc = checked(
        "湖阳市湖滨区人民政府专题会议纪要\n2024年9月3日，副区长龙某某主持召开专题会议。\n"
        "会议指出，老旧小区改造是民生工程。\n出席：龙某某、柴某某\n会议认为，要加快进度。\n会议要求：\n"
        "一、加快推进老旧小区改造项目。\n"
    )
    assert doc.header.attendance == ()


# --- a letter-title label left empty over the form's next filled row names no letter ------------------


def test_a_bare_letter_title_label_over_a_filled_row_names_no_letter() -> None:
    doc = checked(
        "留言标题\n留言人：邓某\n留言时间：2024-10-09\n邓某您好：\n您的留言收悉。城东菜市场改造将于11月完工。\n"
        "特此回复。\n湖阳市商务局\n2024年10月12日\n"
    )
    assert doc.header.responds_to is None
    assert doc.header.metadata == {"留言人": "邓某", "留言时间": "2024-10-09"}


# --- 回复机构 labels a 落款's organ too ---------------------------------------------------------------------


def test_a_reply_signed_under_an_organ_label_naming_it_an_institution() -> None:
    doc = checked(
        "关于城东公交站台无遮雨棚问题的回复\n网友：\n您好！您反映的问题收悉。我局已在城东3个公交站台加装遮雨棚。\n"
        "感谢您的关注！\n回复机构：湖阳市交通运输局\n回复时间：2024-09-20\n"
    )
    s = doc.signature
    assert s is not None and (s.issuers, s.date) == (("湖阳市交通运输局",), "2024-09-20")


# --- an answer to an information request addressing its applicant by the role's label ------------------


def test_an_information_answer_addresses_the_applicant_its_label_names() -> None:
    doc = checked(
        "云岭县教育局\n政府信息公开申请答复书\n云教依复〔2024〕2号\n申请人：湖阳某某教育咨询有限公司\n"
        "本机关于2024年5月9日收到你单位的政府信息公开申请，现将有关信息提供给你单位。\n云岭县教育局\n2024年5月20日\n"
    )
    assert doc.header.recipients == ("湖阳某某教育咨询有限公司",)


def test_an_applicants_particulars_are_no_addressee() -> None:
    # guard: a 复议决定书 lists its parties' particulars under the same label
    doc = checked(
        "湖阳市人民政府\n行政复议决定书\n湖政复决〔2024〕3号\n申请人：张某某，男，1980年生，住湖阳市湖滨区。\n"
        "被申请人：湖阳市湖滨区人民政府。\n申请人不服被申请人作出的征收补偿决定，向本机关申请行政复议。\n"
        "湖阳市人民政府\n2024年6月1日\n"
    )
    assert doc.header.recipients == ()


# --- a co-handler's date label (协办时间：, 会办日期：) dates a labelled 落款 ---------------------------------


def test_a_co_handlers_labelled_signature_is_dated_by_its_co_handling_date_label() -> None:
    doc = checked(
        "关于市政协十二届三次会议第0266号提案的协办意见\n湖阳市教育局：\n"
        "你局主办的《关于加强学生近视防控的提案》收悉。现提出协办意见如下：\n我委将近视防控纳入学校卫生监督检查。\n"
        "协办单位：湖阳市卫生健康委员会\n协办日期：2024年5月30日\n"
    )
    s = doc.signature
    assert s is not None and (s.issuers, s.date) == (("湖阳市卫生健康委员会",), "2024-05-30")


# --- an organ and a date written to its month on one line ----------------------------------------------


def test_an_organ_and_a_month_only_date_on_one_line_are_the_signature() -> None:
    doc = checked(
        "关于县十八届人大四次会议第70号建议的答复\n韦某某代表：\n您提出的关于建设乡镇污水处理站的建议收悉。现答复如下：\n"
        "县住建局已将3个乡镇污水处理站列入2025年建设计划。\n特此答复。\n云岭县住房和城乡建设局　　二〇二四年九月\n"
    )
    s = doc.signature
    assert s is not None
    assert (s.issuers, s.date, s.date_text, s.date_partial) == (
        ("云岭县住房和城乡建设局",),
        None,
        "二〇二四年九月",
        "2024-09",
    )
    assert doc.closing is not None and doc.closing.text == "特此答复。"
    assert "date-partial" in codes(doc)


def test_a_sentence_ending_on_a_month_is_no_signature() -> None:
    # guard: the text before the month must be an organ's name, not a sentence's words
    doc = checked(
        "关于县十八届人大四次会议第70号建议的答复\n韦某某代表：\n您提出的建议收悉。现答复如下：\n"
        "该项目计划开工时间为2025年3月\n云岭县住房和城乡建设局\n2024年9月3日\n"
    )
    s = doc.signature
    assert s is not None and (s.issuers, s.date) == (("云岭县住房和城乡建设局",), "2024-09-03")


# --- a mailbox form's 回复单位/回复时间 rows are the answer's 署名 and date where no 落款 closes it (review18 R4) -


def test_a_mailbox_forms_reply_rows_sign_an_answer_that_has_no_signature_of_its_own() -> None:
    doc = checked(
        "信件标题：关于城北公园路灯不亮的问题\n来信人：严某\n来信时间：2024-10-08\n"
        "回复单位：湖阳市城市管理局\n回复时间：2024-10-11\n回复内容：\n"
        "您好！您反映的问题收悉，城北公园路灯已于10月10日修复。感谢您的来信。\n"
    )
    s = doc.signature
    assert s is not None and (s.issuers, s.date, s.date_text) == (("湖阳市城市管理局",), "2024-10-11", "2024-10-11")
    assert doc.header.metadata.get("回复单位") == "湖阳市城市管理局"  # the rows stay the form's pairs too
    assert "field-missing" not in codes(doc) or all("落款" not in w.message for w in doc.warnings)


def test_an_answers_own_signature_wins_over_its_forms_reply_rows() -> None:
    doc = checked(
        "来信人：严某\n回复单位：湖阳市城市管理局\n回复时间：2024-10-11\n回复内容：\n"
        "您好！您反映的问题收悉，城北公园路灯已于10月10日修复。\n湖阳市城市管理局城北执法中队\n2024年10月12日\n"
    )
    s = doc.signature
    assert s is not None and (s.issuers, s.date) == (("湖阳市城市管理局城北执法中队",), "2024-10-12")
