"""Causes behind round 21's genre probe misses (tests/test_probes_21_genres.py), each tested with a new
example of the cause rather than the probe's own text (each cause test fails on the session's start,
/work/s21start), with guards that ordinary text is not taken."""

from __future__ import annotations

import govdoc
from tests.probing import checked


def _ref(doc: govdoc.Document) -> tuple[object, ...] | None:
    r = doc.header.responds_to
    return None if r is None else (r.body, r.level, r.term, r.session, r.number, r.kind, r.proposers)


def _signed(doc: govdoc.Document) -> tuple[tuple[str, ...], str | None] | None:
    return None if doc.signature is None else (doc.signature.issuers, doc.signature.date)


def _closing(doc: govdoc.Document) -> str | None:
    return None if doc.closing is None else doc.closing.text


# --- cause 1: a mailbox's or hotline's form whose row holds the answer (回复内容, 答复内容) is a reply, whatever
# its words; and the form's rows above a bare answer label still sign where a greeting stands under the label


def test_a_mailbox_page_whose_answer_row_never_says_shou_xi_is_a_reply() -> None:
    doc = checked("""\
信件编号：2024-0815-03
来信主题：小区电梯频繁故障
办理单位：北坪县市场监督管理局
回复内容：您好！县市场监管局已责令物业公司对电梯进行全面检修，并更换故障部件，目前电梯运行正常。
回复时间：2024-08-20
""")
    assert doc.kind == "reply"
    assert doc.header.responds_to is not None and doc.header.responds_to.kind == "来信"


def test_a_hotline_orders_answer_row_makes_it_a_reply_without_a_letter_title() -> None:
    doc = checked("""\
工单编号：RX2024090100118
来电时间：2024-09-01 15:20
反映内容：北坪县人民医院门口公交站台雨棚损坏。
承办单位：北坪县交通运输局
答复时间：2024-09-04
答复内容：经查，站台雨棚系大风损坏，我局已于9月3日修复。
""")
    assert doc.kind == "reply"


def test_the_forms_rows_sign_the_answer_whose_label_stands_over_a_greeting() -> None:
    doc = checked("""\
来信标题：农村客运班线停运
来信时间：2024-04-02
回复单位：北坪县交通运输局
回复时间：2024-04-07
回复内容：
张先生，您好：
您反映的石岭村客运班线已于4月5日恢复运营，每天往返4班。
感谢您的关注！
""")
    assert doc.kind == "reply"
    assert _signed(doc) == (("北坪县交通运输局",), "2024-04-07")
    assert list(doc.header.recipients) == ["张先生"]


def test_guard_a_question_and_answer_list_with_no_form_rows_is_no_form() -> None:
    doc = checked("""\
问题：社保卡丢失了怎么办？
回复：可携带身份证到就近社保服务网点挂失补办，也可通过手机APP办理。
问题：异地就医如何备案？
回复：可通过国家医保服务平台APP办理备案。
""")
    assert doc.signature is None
    assert doc.kind == "other"


def test_guard_a_titled_notice_keeps_its_kind_over_an_answer_row() -> None:
    doc = checked("""\
北坪县人民政府办公室关于公布2024年度群众来信办理情况的通知
各乡镇人民政府，县直各单位：
现将2024年度县长信箱来信办理情况通知如下：
答复内容：全年共办理来信1260件，按期办结率100%。
北坪县人民政府办公室
2024年12月20日
""")
    assert doc.kind == "notice"


def test_guard_a_bare_reply_label_over_a_greeting_with_no_form_above_signs_nothing_from_rows() -> None:
    doc = checked("""\
回复：
王女士您好：
您咨询的公积金提取事项，可登录市住房公积金中心网站办理。
""")
    assert doc.signature is None


# --- cause 2: a title naming a meeting by its chair's post (主任会议纪要, 主席会议纪要) is no speaker's line ---


def test_minutes_of_a_cppcc_chairmens_meeting_are_titled_so() -> None:
    doc = checked("""\
北坪县政协主席会议纪要
第4期
2024年7月9日，县政协主席赵某某主持召开主席会议，研究了以下事项：
一、会议同意县政协十一届常委会第八次会议议程。
二、会议审议通过了年度视察工作方案。
""")
    assert doc.kind == "minutes"
    assert doc.header.title == "北坪县政协主席会议纪要"


def test_minutes_of_a_directors_meeting_with_attendance_under_the_issue_read_their_attendance() -> None:
    doc = checked("""\
北坪县教育局局长会议纪要
〔2024〕3号
出席：林某、高某、潘某
2024年3月4日，局长林某主持召开局长会议。纪要如下：
一、会议研究了春季开学安全工作。
二、会议研究了教师招聘工作。
""")
    assert doc.kind == "minutes"
    assert doc.header.title == "北坪县教育局局长会议纪要"
    assert [(a.role, a.names) for a in doc.header.attendance] == [("出席", ("林某", "高某", "潘某"))]


def test_guard_a_speakers_post_and_name_under_a_report_title_stay_out_of_the_title() -> None:
    doc = checked("""\
关于2023年度县级预算执行情况的报告
——2024年6月26日在县十八届人大常委会第十次会议上
县财政局局长　潘某某
县人大常委会：
现将2023年度县级预算执行情况报告如下：全县一般公共预算收入12.6亿元。
""")
    assert doc.header.title == "关于2023年度县级预算执行情况的报告"
    assert list(doc.header.recipients) == ["县人大常委会"]


# --- cause 3: a body set up for one task (指挥部, 领导小组) or a 人大常委会 under its short name opens a title
# without 关于 as its issuer (某县防汛抗旱指挥部通告)


def test_a_headquarters_announcement_names_its_issuer_from_the_title() -> None:
    doc = checked("""\
北坪县森林防火指挥部通告
第2号
当前正值森林防火紧要期，全县范围内禁止一切野外用火。违者依法追究责任。
北坪县森林防火指挥部
2024年3月1日
""")
    assert doc.header.issuer == "北坪县森林防火指挥部"


def test_a_leading_groups_office_announcement_names_its_issuer_from_the_title() -> None:
    doc = checked("""\
北坪县创建国家卫生县城工作领导小组办公室通告
为巩固创卫成果，自2024年5月1日起，县城建成区内禁止占道经营、乱贴乱画。
北坪县创建国家卫生县城工作领导小组办公室
2024年4月20日
""")
    assert doc.header.issuer == "北坪县创建国家卫生县城工作领导小组办公室"


def test_a_standing_committees_announcement_under_its_short_name_names_its_issuer() -> None:
    doc = checked("""\
北坪县人大常委会公告
第9号
北坪县第十八届人民代表大会代表林某某因病逝世，其代表资格自然终止。
北坪县人大常委会
2024年5月6日
""")
    assert doc.header.issuer == "北坪县人大常委会"


def test_guard_a_title_opening_with_a_place_and_a_task_names_no_issuer() -> None:
    doc = checked("""\
北坪县2024年森林防火工作通告
当前正值森林防火紧要期，全县范围内禁止一切野外用火。
北坪县林业局
2024年3月1日
""")
    assert doc.header.issuer is None


# --- cause 4: a title naming the deputy after the role (区人大代表某某所提…) names the proposer; and a reference
# whose words give its body and level but no term takes the meeting the opening names, at that level only


def test_a_title_naming_the_member_after_the_role_names_the_proposer() -> None:
    doc = checked("""\
关于县政协委员郑某某所提第0112号提案的答复
郑某某委员：
您在县政协十一届三次会议期间提出的《关于建设县城公共停车场的提案》收悉。现答复如下：
我局已在县城新建公共停车场2处。
北坪县住房和城乡建设局
2024年6月14日
""")
    assert _ref(doc) == ("政协", "县", 11, 3, "0112", "提案", ("郑某某",))


def test_a_reference_with_its_level_takes_the_meeting_the_opening_names() -> None:
    doc = checked("""\
关于市政协第0231号提案的答复
宋某某委员：
您在市政协九届三次会议期间提出的《关于加强中小学心理健康教育的提案》收悉。现答复如下：
我局已在全市中小学配备专兼职心理健康教师460名。
北坪市教育局
2024年7月1日
""")
    assert _ref(doc) == ("政协", "市", 9, 3, "0231", "提案", ())


def test_guard_a_meeting_of_another_level_in_the_opening_is_not_taken() -> None:
    doc = checked("""\
关于市政协第0231号提案的答复
宋某某委员：
您在区政协五届三次会议期间提出的《关于加强中小学心理健康教育的提案》收悉。现答复如下：
我局已在全市中小学配备专兼职心理健康教师460名。
北坪市教育局
2024年7月1日
""")
    ref = _ref(doc)
    assert ref is not None and ref[1:4] == ("市", None, None)


def test_guard_a_role_with_no_name_after_it_names_no_proposer() -> None:
    doc = checked("""\
关于区人大代表所提第0045号建议的答复
各位代表：
你们在区三届人大四次会议期间提出的关于加强社区养老服务的建议收悉。现答复如下：
我街道已建成社区养老服务站3个。
东岭街道办事处
2024年6月3日
""")
    ref = _ref(doc)
    assert ref is not None and ref[-1] == ()


# --- cause 5: a reply's request for the reader's word that asks to be told by the organ that answers closes alone


def test_a_request_to_tell_the_answering_organ_closes_a_reply_alone() -> None:
    doc = checked("""\
关于县十八届人大三次会议第0032号建议的答复
熊某某代表：
您提出的关于修缮石岭村小学校舍的建议收悉。现答复如下：
石岭村小学校舍修缮工程已于2024年5月完工。
如有意见，请与我局联系。
北坪县教育局
2024年6月20日
""")
    assert _closing(doc) == "如有意见，请与我局联系。"


def test_guard_a_public_notices_objection_line_is_no_closing() -> None:
    doc = checked("""\
关于北坪县城东片区控制性详细规划的公示
北坪县城东片区控制性详细规划已编制完成，现予公示。公示期为2024年6月1日至6月30日。
公示期间如有意见，请与我局联系。
北坪县自然资源局
2024年6月1日
""")
    assert _closing(doc) is None


def test_guard_a_request_to_send_views_to_another_body_stays_weak() -> None:
    doc = checked("""\
北坪县司法局关于征求《北坪县物业管理办法（征求意见稿）》意见的通知
各乡镇人民政府，县直各单位：
现将《北坪县物业管理办法（征求意见稿）》印发给你们，请认真研究。
如有意见，请于6月10日前反馈至县司法局。
北坪县司法局
2024年5月28日
""")
    assert _closing(doc) is None


# --- guards of session 18–20's lessons: the rules tried on a meeting record, a reply's middle and a notice ---


def test_guard_a_meeting_records_rows_over_a_reply_content_row_are_no_mailbox_form() -> None:
    doc = checked("""\
会议记录
时间：2024年5月6日
地点：县政府三楼会议室
回复内容：各部门于5月10日前将意见报县政府办公室。
""")
    assert doc.kind == "other"
    assert doc.signature is None


def test_guard_a_request_for_word_in_the_middle_of_a_reply_is_no_closing() -> None:
    doc = checked("""\
关于县十八届人大三次会议第0032号建议的答复
熊某某代表：
您提出的关于修缮石岭村小学校舍的建议收悉。现答复如下：
一、工作进展
校舍修缮工程已完工。如有意见，请与我局联系。
二、下一步工作
我局将继续改善农村学校办学条件。
北坪县教育局
2024年6月20日
""")
    assert _closing(doc) is None
    assert _signed(doc) == (("北坪县教育局",), "2024-06-20")


def test_guard_a_notices_request_for_word_before_its_deadline_line_is_no_closing() -> None:
    doc = checked("""\
北坪县自然资源局关于征求城东片区规划方案意见的通知
各乡镇人民政府：
现将城东片区规划方案印发给你们。
如有意见，请与我局联系。
请于6月10日前书面反馈。
北坪县自然资源局
2024年5月28日
""")
    assert _closing(doc) is None


def test_guard_a_delegation_or_the_deputies_as_a_group_after_the_role_name_no_proposer() -> None:
    for who in ("区人大代表团", "区人大代表们"):
        doc = checked(f"""\
关于{who}所提第0045号建议的答复
各位代表：
你们在区三届人大四次会议期间提出的关于加强社区养老服务的建议收悉。现答复如下：
我街道已建成社区养老服务站3个。
东岭街道办事处
2024年6月3日
""")
        ref = _ref(doc)
        assert ref is not None and ref[-1] == (), who


def test_a_lead_deputy_named_after_the_role_with_the_count_of_co_proposers_is_the_proposer() -> None:
    doc = checked("""\
关于区人大代表黄某某等5名代表所提第0045号建议的答复
黄某某代表：
您在区三届人大四次会议期间领衔提出的关于加强社区养老服务的建议收悉。现答复如下：
我街道已建成社区养老服务站3个。
东岭街道办事处
2024年6月3日
""")
    ref = _ref(doc)
    assert ref is not None and ref[-1] == ("黄某某",)


def test_guard_a_notices_request_for_word_that_goes_on_with_its_deadline_is_no_closing() -> None:
    # review21 R3: the sentence that asks to be told goes on with what to send and when
    doc = checked("""\
北坪县民政局关于征求《北坪县殡葬设施布局规划（征求意见稿）》意见的通知
各乡镇人民政府，县直各单位：
现将《北坪县殡葬设施布局规划（征求意见稿）》印发给你们，请结合实际认真研究。
如有意见，请与我局联系，并于6月15日前将书面意见反馈县民政局。
联系人：孔某，电话：0797-6230011
北坪县民政局
2024年6月1日
""")
    assert _closing(doc) is None
