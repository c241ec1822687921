"""Fifth round of probes, trailer side: short documents whose closing, 落款, contact, 附注, 版记 or
附件 take forms round 4 did not try (forms appended after the 落款, joint replies of three organs,
handler and signer lines, wrapped 抄送, print lines without a date, dates with a weekday or a time,
page numbers inside the trailer, the attachment's own text after the 落款). Every expected value was
written by hand from the contract and the domain guide before the parser ran on the document, and each
probe compares every trailer field (not only the one aimed at), keeps the span invariants, invents no
character and raises no internal error (tests/probing.py)."""

from __future__ import annotations

from typing import Any

import govdoc
from tests.probing import checked, trailer

# A reply to a member's proposal with two sections: what the probes hang their tails on.
HEAD = (
    "关于区政协九届四次会议第0417号提案的答复\n"
    "林某某委员：\n"
    "您提出的《关于加强城区内河水质治理的提案》收悉。经认真研究，现答复如下：\n"
    "一、已开展的工作\n"
    "去年以来，我局完成城区十一条内河的清淤疏浚。\n"
    "二、下一步打算\n"
    "我局将联合生态环境部门建立内河水质月度通报机制。\n"
)
LAST = "我局将联合生态环境部门建立内河水质月度通报机制。"
SIGN = "某区水务局\n2025年3月12日"
SIGNED = (("某区水务局",), "2025-03-12", "2025年3月12日")


def reply(tail: str) -> govdoc.Document:
    return checked(HEAD + tail)


def want(**fields: Any) -> dict[str, Any]:
    """The expected trailer: the two-section reply closing 特此答复 and signed, unless said otherwise."""
    base: dict[str, Any] = {
        "closing": "特此答复。",
        "signature": SIGNED,
        "contact": {},
        "imprint": None,
        "attachments": (),
        "disclosure": None,
        "signer": None,
        "sections": 2,
        "last": LAST,
        "warnings": [],
    }
    return base | fields


# --- batch 1 (written before the parser ran on it) ---------------------------------------------------


def test_a_proposal_feedback_form_under_a_bare_attachment_label_after_the_signature() -> None:
    doc = reply(
        "特此答复。\n" + SIGN + "\n附件\n区政协提案办理情况征询意见表\n"
        "提案号：0417\u3000\u3000提案人：林某某\n"
        "对办理工作的意见：满意□\u3000基本满意□\u3000不满意□\n"
        "委员签名：\n"
        "年\u3000\u3000月\u3000\u3000日\n"
    )
    assert trailer(doc) == want(attachments=("区政协提案办理情况征询意见表",))


def test_a_result_feedback_form_appended_without_a_label_after_the_contact() -> None:
    doc = reply(
        "特此答复。\n" + SIGN + "\n联系人：韩某某\n联系电话：020-83451234\n"
        "提案办理结果反馈表\n"
        "提案题目：关于加强城区内河水质治理的提案\n"
        "满意程度：满意\u3000基本满意\u3000不满意\n"
        "委员意见：\n"
    )
    # a form printed after the reply (not under 附件) has no element of the contract: warned (schema 1.5)
    # two runs: the form's 提案题目 line repeats the proposal's title the reply names, and so is held
    unplaced = ["content-unplaced", "content-unplaced"]
    assert trailer(doc) == want(contact={"name": "韩某某", "phones": ("020-83451234",)}, warnings=unplaced)


def test_three_joint_organs_side_by_side_over_one_date() -> None:
    doc = reply("特此答复。\n某区水务局\u3000\u3000某区生态环境局\u3000\u3000某区城市管理局\n2025年3月12日")
    issuers = ("某区水务局", "某区生态环境局", "某区城市管理局")
    assert trailer(doc) == want(signature=(issuers, "2025-03-12", "2025年3月12日"))


def test_three_joint_organs_stacked_with_official_seal_notes_over_a_ring_zero_date() -> None:
    doc = reply("此复。\n某区水务局（公章）\n某区生态环境局（公章）\n某区城市管理局（公章）\n二\u25cb二五年三月十二日")
    issuers = ("某区水务局", "某区生态环境局", "某区城市管理局")
    assert trailer(doc) == want(closing="此复。", signature=(issuers, "2025-03-12", "二\u25cb二五年三月十二日"))


def test_a_bracketed_note_of_semicolon_parted_contact_fields_before_the_signature() -> None:
    doc = reply("专此答复。\n（联系人：韩某某；联系电话：020-83451234；地址：某区滨江路18号；邮编：510230）\n" + SIGN)
    contact = {"name": "韩某某", "phones": ("020-83451234",), "address": "某区滨江路18号", "postcode": "510230"}
    assert trailer(doc) == want(closing="专此答复。", contact=contact)


def test_a_leader_in_charge_and_a_handler_with_a_phone_after_the_date() -> None:
    doc = reply("特此答复。\n" + SIGN + "\n分管领导：赵某某\n承办人：钱某某\u3000\u3000联系电话：83451234\n")
    # the leader in charge is no contact and has no field of the contract: warned (schema 1.5)
    assert trailer(doc) == want(contact={"name": "钱某某", "phones": ("83451234",)}, warnings=["content-unplaced"])


def test_a_signer_line_and_a_handler_line_after_the_date() -> None:
    doc = reply("特此答复。\n" + SIGN + "\n签发人：孙某某\n经办人：钱某某\n电话：020-83451234")
    assert trailer(doc) == want(signer="孙某某", contact={"name": "钱某某", "phones": ("020-83451234",)})


def test_a_cc_label_alone_on_its_line_over_the_organs() -> None:
    doc = reply(
        "特此答复。\n" + SIGN + "\n抄送：\n区政协提案委员会，区人民政府办公室。\n"
        "某区水务局办公室\u3000\u30002025年3月13日印发"
    )
    imprint = (("区政协提案委员会", "区人民政府办公室"), "某区水务局办公室", "2025-03-13")
    assert trailer(doc) == want(imprint=imprint)


def test_a_cc_list_wrapped_inside_an_organs_name() -> None:
    doc = reply("特此答复。\n" + SIGN + "\n抄送：区政协提案委员会，区人民政府\n办公室，区生态环境局。")
    t = trailer(doc)
    assert set(t["warnings"]) <= {"page-break-joined"}  # joining the two halves is a guess it may say
    imprint = (("区政协提案委员会", "区人民政府办公室", "区生态环境局"), None, None)
    assert t == want(imprint=imprint, warnings=t["warnings"])


def test_a_print_line_without_its_date() -> None:
    for line in ("某区水务局办公室印发", "某区水务局办公室\u3000\u3000\u3000\u3000印发"):
        doc = reply("特此答复。\n" + SIGN + "\n抄送：区政协提案委员会。\n" + line)
        assert trailer(doc) == want(imprint=(("区政协提案委员会",), "某区水务局办公室", None)), line


def test_dates_with_zero_as_ling_and_arabic_and_numeral_parts_mixed() -> None:
    for written in ("二零二五年三月十二日", "2025年三月十二日", "二〇二五年3月12日"):
        doc = reply(f"特此答复。\n某区水务局\n{written}")
        assert trailer(doc) == want(signature=(("某区水务局",), "2025-03-12", written)), written


def test_a_signature_date_followed_by_its_weekday() -> None:
    for line in ("2025年3月12日（星期三）", "2025年3月12日\u3000星期三", "2025年3月12日 周三"):
        doc = reply(f"特此答复。\n某区水务局\n{line}")
        assert trailer(doc) == want(), line


def test_a_signature_date_followed_by_a_time_of_day() -> None:
    for line in ("2025年3月12日 16:20", "2025年3月12日16时20分"):
        doc = reply(f"特此答复。\n某区水务局\n{line}")
        assert trailer(doc) == want(), line


def test_the_short_formula_run_on_at_the_end_of_the_last_body_line() -> None:
    body = HEAD.removesuffix(LAST + "\n")
    for formula in ("此复。", "专此答复。"):
        doc = checked(body + LAST + formula + "\n" + SIGN)
        assert trailer(doc) == want(closing=formula), formula


def test_thanks_then_an_invitation_to_further_views_on_the_next_line() -> None:
    words = "感谢您对我区水务工作的关心和支持！\n欢迎您继续提出宝贵意见和建议。"
    assert trailer(reply(words + "\n" + SIGN)) == want(closing=words)


def test_a_letter_closing_with_a_request_for_support() -> None:
    doc = checked(
        "某区水务局关于商请协助开展内河水质联合监测的函\n"
        "区生态环境局：\n"
        "为掌握城区内河水质变化情况，现将有关事项函告如下：\n"
        "一、监测范围\n"
        "监测范围为城区十一条内河的二十二个断面。\n"
        "二、工作分工\n"
        "我局负责采样，贵局负责检测分析。\n"
        "请予支持为盼。\n" + SIGN
    )
    assert trailer(doc) == want(closing="请予支持为盼。", last="我局负责采样，贵局负责检测分析。")


def test_page_numbers_inside_the_trailer_are_left_out() -> None:
    doc = reply(
        "特此答复。\n— 3 —\n" + SIGN + "\n联系人：韩某某\u3000\u3000联系电话：83451234\n— 4 —\n"
        "抄送：区政协提案委员会。\n某区水务局办公室\u3000\u30002025年3月13日印发"
    )
    assert "— 3 —" not in doc.text and "— 4 —" not in doc.text
    assert trailer(doc) == want(
        contact={"name": "韩某某", "phones": ("83451234",)},
        imprint=(("区政协提案委员会",), "某区水务局办公室", "2025-03-13"),
    )


def test_an_attachment_list_then_the_attachments_own_text_after_the_signature() -> None:
    doc = reply(
        "特此答复。\n附件：城区内河水质监测点位表\n" + SIGN + "\n附件\n城区内河水质监测点位表\n"
        "序号\u3000河道名称\u3000点位数\n1\u3000东濠涌\u3000三处\n2\u3000西关涌\u3000两处\n"
    )
    assert trailer(doc) == want(attachments=("城区内河水质监测点位表",))


def test_a_disclosure_label_at_the_very_end() -> None:
    doc = reply(
        "特此答复。\n" + SIGN + "\n联系人：韩某某\u3000\u3000联系电话：83451234\n"
        "抄送：区政协提案委员会。\n公开属性：依申请公开"
    )
    assert trailer(doc) == want(
        contact={"name": "韩某某", "phones": ("83451234",)},
        imprint=(("区政协提案委员会",), None, None),
        disclosure="依申请公开",
    )


def test_a_seal_note_on_its_own_line_after_the_date() -> None:
    assert trailer(reply("特此答复。\n" + SIGN + "\n（盖章）")) == want()


# --- causes of batch 1: a new example of each --------------------------------------------------------


def test_a_cc_name_cut_by_the_wrap_before_its_standing_committees_office_is_joined_and_said() -> None:
    doc = reply("特此答复。\n" + SIGN + "\n抄送：市人大常委会代表工作委员会，市人大\n常委会办公室。")
    imprint = (("市人大常委会代表工作委员会", "市人大常委会办公室"), None, None)
    assert trailer(doc) == want(imprint=imprint, warnings=["page-break-joined"])


def test_a_cc_line_that_lost_its_separator_before_a_whole_organ_keeps_them_apart() -> None:
    doc = reply("特此答复。\n" + SIGN + "\n抄送：区人大常委会，区政协\n区政府办公室。")
    assert trailer(doc) == want(imprint=(("区人大常委会", "区政协", "区政府办公室"), None, None))


def test_an_undated_print_line_with_the_number_of_copies() -> None:
    doc = reply("特此答复。\n" + SIGN + "\n抄送：县交通运输局。\n中共某县委办公室    印发（共印8份）")
    assert trailer(doc) == want(imprint=(("县交通运输局",), "中共某县委办公室", None))


def test_a_date_followed_by_the_hour_in_words() -> None:
    for line, written in (
        ("2024年11月5日 9时", "2024年11月5日"),
        ("二〇二四年十一月五日9点30分", "二〇二四年十一月五日"),
    ):
        doc = reply(f"此复。\n某县交通运输局\n{line}")
        signature = (("某县交通运输局",), "2024-11-05", written)
        assert trailer(doc) == want(closing="此复。", signature=signature), line


# --- batch 2 (written before the parser ran on it) ---------------------------------------------------

FORM = "区政协提案办理情况征询意见表\n"
CONTACT = {"name": "韩某某", "phones": ("020-83451234",)}


def test_a_filled_form_after_the_contact_keeps_the_proposers_phone_out_of_the_contact() -> None:
    doc = reply(
        "特此答复。\n" + SIGN + "\n联系人：韩某某\n联系电话：020-83451234\n附件\n" + FORM + "提案人：林某某\u3000\u3000"
        "联系电话：13800001111\n办理态度：满意\u3000基本满意\u3000不满意\n"
    )
    assert trailer(doc) == want(contact=CONTACT, attachments=("区政协提案办理情况征询意见表",))


def test_a_form_right_under_the_date_without_a_label_gives_no_contact() -> None:
    doc = reply(
        "特此答复。\n" + SIGN + "\n" + FORM + "提案人：林某某\n联系电话：13800001111\n"
        "办理态度：满意\u3000基本满意\u3000不满意\n"
    )
    # a form printed after the reply (not under 附件) has no element of the contract: warned (schema 1.5),
    # in two runs: its 提案人 line names the addressee the reply answers, and so is held
    assert trailer(doc) == want(warnings=["content-unplaced", "content-unplaced"])


def test_a_letters_respectful_closing_over_two_lines() -> None:
    assert trailer(reply("此致\n敬礼！\n" + SIGN)) == want(closing="此致\n敬礼！")


def test_thanks_and_the_formula_run_on_at_the_end_of_the_last_body_line() -> None:
    words = "感谢您对我区水务工作的关心和支持！特此答复。"
    doc = checked(HEAD.removesuffix(LAST + "\n") + LAST + words + "\n" + SIGN)
    assert trailer(doc) == want(closing=words)


def test_the_formula_of_a_response() -> None:
    assert trailer(reply("特此回复。\n" + SIGN)) == want(closing="特此回复。")


def test_a_request_to_point_out_what_is_wrong() -> None:
    words = "如有不妥之处，敬请批评指正。"
    assert trailer(reply(words + "\n" + SIGN)) == want(closing=words)


def test_a_request_for_instructions_closes_asking_for_them() -> None:
    doc = checked(
        "某区水务局关于申请内河清淤专项资金的请示\n"
        "区人民政府：\n"
        "为推进城区内河清淤工作，现就申请专项资金请示如下：\n"
        "一、项目概况\n"
        "今年计划清淤内河六条，需资金一千二百万元。\n"
        "二、资金安排\n"
        "拟由区财政一次性安排。\n"
        "妥否，请批示。\n" + SIGN
    )
    assert trailer(doc) == want(closing="妥否，请批示。", last="拟由区财政一次性安排。")


def test_a_contact_under_the_label_for_means_of_contact() -> None:
    assert trailer(reply("特此答复。\n" + SIGN + "\n联系方式：韩某某，020-83451234")) == want(contact=CONTACT)


def test_office_and_mobile_phone_labels() -> None:
    doc = reply("特此答复。\n" + SIGN + "\n联系人：韩某某\n办公电话：020-83451234\n移动电话：13800001111")
    assert trailer(doc) == want(contact={"name": "韩某某", "phones": ("020-83451234", "13800001111")})


def test_phones_marked_office_and_mobile_in_brackets() -> None:
    doc = reply("特此答复。\n" + SIGN + "\n联系人：韩某某\n联系电话：83451234（办）\u300013800001111（手机）")
    assert trailer(doc) == want(contact={"name": "韩某某", "phones": ("83451234", "13800001111")})


def test_the_contacts_section_in_brackets_after_the_name() -> None:
    doc = reply("特此答复。\n" + SIGN + "\n联系人：韩某某（河湖管理科）\u3000联系电话：83451234")
    assert trailer(doc) == want(contact={"name": "韩某某", "phones": ("83451234",)})


def test_a_cc_label_naming_the_units() -> None:
    doc = reply("特此答复。\n" + SIGN + "\n抄送单位：区政协提案委员会，区人民政府办公室。")
    assert trailer(doc) == want(imprint=(("区政协提案委员会", "区人民政府办公室"), None, None))


def test_a_page_count_line_inside_the_trailer_is_left_out() -> None:
    for furniture in ("第3页 共4页", "第3页，共4页"):
        doc = reply("特此答复。\n" + SIGN + "\n" + furniture + "\n联系人：韩某某\n联系电话：020-83451234")
        assert "第3页" not in doc.text, furniture
        assert trailer(doc) == want(contact=CONTACT), furniture


def test_an_attachments_own_numbered_sections_after_the_signature_are_not_the_body() -> None:
    doc = reply(
        "特此答复。\n附件：城区内河水质提升三年行动计划\n" + SIGN + "\n附件\n城区内河水质提升三年行动计划\n"
        "一、总体目标\n到2027年，城区内河水质稳定达到四类标准。\n"
        "二、主要任务\n实施截污纳管、清淤疏浚和生态补水。\n"
    )
    assert trailer(doc) == want(attachments=("城区内河水质提升三年行动计划",))


def test_two_numbered_attachment_labels_each_over_its_title_and_table_without_a_list() -> None:
    doc = reply(
        "特此答复。\n" + SIGN + "\n附件1\n城区内河监测断面表\n序号\u3000断面名称\n1\u3000东濠涌口\n"
        "附件2\n内河水质月报样表\n月份\u3000水质类别\n"
    )
    assert trailer(doc) == want(attachments=("城区内河监测断面表", "内河水质月报样表"))


def test_a_disclosure_mode_label_at_the_end() -> None:
    doc = reply("特此答复。\n" + SIGN + "\n抄送：区政协提案委员会。\n公开方式：主动公开")
    assert trailer(doc) == want(imprint=(("区政协提案委员会",), None, None), disclosure="主动公开")


def test_a_note_label_with_the_contact_on_its_line() -> None:
    doc = reply("特此答复。\n" + SIGN + "\n附注：联系人：韩某某，电话：020-83451234")
    assert trailer(doc) == want(contact=CONTACT)


def test_lead_and_assisting_units_labelled_over_a_labelled_reply_time() -> None:
    doc = reply("特此答复。\n主办单位：某区水务局\n协办单位：某区生态环境局\n答复时间：2025年3月12日")
    signature = (("某区水务局", "某区生态环境局"), "2025-03-12", "2025年3月12日")
    assert trailer(doc) == want(signature=signature)


def test_two_organs_side_by_side_with_the_date_under_each() -> None:
    doc = reply("特此答复。\n某区水务局\u3000\u3000\u3000\u3000某区生态环境局\n2025年3月12日\u3000\u30002025年3月12日")
    signature = (("某区水务局", "某区生态环境局"), "2025-03-12", "2025年3月12日")
    assert trailer(doc) == want(signature=signature)


def test_handling_section_handler_and_phone_on_one_line_after_the_date() -> None:
    doc = reply(
        "特此答复。\n" + SIGN + "\n承办科室：河湖管理科\u3000\u3000经办人：钱某某\u3000\u3000联系电话：83451234"
    )
    assert trailer(doc) == want(contact={"name": "钱某某", "phones": ("83451234",), "unit": "河湖管理科"})


# --- causes of batch 2: a new example of each --------------------------------------------------------


def test_a_receipt_form_appended_under_the_date_keeps_the_deputys_mobile_out_of_the_contact() -> None:
    doc = reply(
        "此复。\n某县教育局\n2024年9月2日\n联系人：邓某\n电话：0736-7201234\n"
        "建议办理意见回执\n代表姓名：周某某\u3000\u3000手机：13912345678\n是否满意：满意\u3000基本满意\u3000不满意\n"
    )
    # a form printed after the reply (not under 附件) has no element of the contract: warned (schema 1.5)
    assert trailer(doc) == want(
        closing="此复。",
        signature=(("某县教育局",), "2024-09-02", "2024年9月2日"),
        contact={"name": "邓某", "phones": ("0736-7201234",)},
        warnings=["content-unplaced"],
    )


def test_thanks_again_then_the_short_formula_after_the_last_body_sentence() -> None:
    words = "再次感谢您对我区河道管护的关心！此复。"
    doc = checked(HEAD.removesuffix(LAST + "\n") + LAST + words + "\n" + SIGN)
    assert trailer(doc) == want(closing=words)


def test_a_mobile_labelled_as_a_mobile_telephone_under_the_name() -> None:
    doc = reply("特此答复。\n" + SIGN + "\n联系人：邓某\u3000\u3000移动电话：13912345678")
    assert trailer(doc) == want(contact={"name": "邓某", "phones": ("13912345678",)})


def test_a_cc_label_naming_the_organs() -> None:
    doc = reply("特此答复。\n" + SIGN + "\n抄送机关：市水务局，区人大常委会代表工作室。")
    assert trailer(doc) == want(imprint=(("市水务局", "区人大常委会代表工作室"), None, None))


def test_the_same_numeral_date_under_each_of_three_organs() -> None:
    date = "二〇二四年九月二日"
    doc = reply(f"特此答复。\n某县教育局　　某县财政局　　某县卫生健康局\n{date}　　{date}　　{date}")
    signature = (("某县教育局", "某县财政局", "某县卫生健康局"), "2024-09-02", date)
    assert trailer(doc) == want(signature=signature)


# --- batch 3 (written before the parser ran on it) ---------------------------------------------------


def test_the_closing_the_signature_and_a_contact_note_flattened_onto_one_line() -> None:
    doc = reply("特此答复。    某区水务局    2025年3月12日    （联系人：韩某某，联系电话：83451234）")
    assert trailer(doc) == want(contact={"name": "韩某某", "phones": ("83451234",)})


def test_handler_reviewer_and_signer_on_one_line_after_the_date() -> None:
    doc = reply("特此答复。\n" + SIGN + "\n经办人：钱某某\u3000\u3000审核人：赵某某\u3000\u3000签发人：孙某某")
    assert trailer(doc) == want(signer="孙某某", contact={"name": "钱某某"})


def test_a_signer_line_between_the_closing_and_the_organ() -> None:
    assert trailer(reply("特此答复。\n签发人：孙某某\n" + SIGN)) == want(signer="孙某某")


def test_dates_in_digits_and_separators_under_the_organ() -> None:
    for written in ("2025.3.12", "2025-03-12", "2025/3/12"):
        doc = reply(f"特此答复。\n某区水务局\n{written}")
        assert trailer(doc) == want(signature=(("某区水务局",), "2025-03-12", written)), written


def test_the_short_attachment_label_before_the_signature() -> None:
    doc = reply("特此答复。\n附：1.城区内河水质监测点位表\n2.内河清淤计划表\n" + SIGN)
    assert trailer(doc) == want(attachments=("城区内河水质监测点位表", "内河清淤计划表"))


def test_the_seals_ring_text_repeating_the_organ_over_its_name() -> None:
    assert trailer(reply("特此答复。\n某区水务局\n某区水务局\n2025年3月12日")) == want()


def test_an_email_in_the_bracketed_contact_note() -> None:
    doc = reply("特此答复。\n" + SIGN + "\n（联系人：韩某某；电话：83451234；邮箱：hanmm@shuiwu.example.cn）")
    contact = {"name": "韩某某", "phones": ("83451234",), "email": "hanmm@shuiwu.example.cn"}
    assert trailer(doc) == want(contact=contact)


def test_a_note_that_no_body_text_follows_before_the_signature() -> None:
    assert trailer(reply("特此答复。\n（以下无正文）\n" + SIGN)) == want()


def test_the_cc_and_print_line_in_a_markdown_table() -> None:
    doc = reply(
        "特此答复。\n"
        + SIGN
        + "\n\n| 抄送：区政协提案委员会。 | |\n| --- | --- |\n| 某区水务局办公室 | 2025年3月13日印发 |\n"
    )
    assert trailer(doc) == want(imprint=(("区政协提案委员会",), "某区水务局办公室", "2025-03-13"))


def test_a_contact_in_a_table_of_label_and_value_cells_without_colons() -> None:
    doc = reply("特此答复。\n" + SIGN + "\n\n| 联系人 | 韩某某 |\n| --- | --- |\n| 联系电话 | 020-83451234 |\n")
    assert trailer(doc) == want(contact=CONTACT)


def test_a_date_ending_in_the_colloquial_word_for_day() -> None:
    doc = reply("特此答复。\n某区水务局\n2025年3月12号")
    assert trailer(doc) == want(signature=(("某区水务局",), "2025-03-12", "2025年3月12号"))


def test_two_organs_on_one_line_parted_by_an_enumeration_comma() -> None:
    doc = reply("特此答复。\n某区水务局、某区生态环境局\n2025年3月12日")
    assert trailer(doc) == want(signature=(("某区水务局", "某区生态环境局"), "2025-03-12", "2025年3月12日"))


def test_imprint_between_rules_of_underscores() -> None:
    doc = reply(
        "特此答复。\n" + SIGN + "\n____________________\n抄送：区政协提案委员会。\n"
        "____________________\n某区水务局办公室\u3000\u30002025年3月13日印发\n____________________"
    )
    assert trailer(doc) == want(imprint=(("区政协提案委员会",), "某区水务局办公室", "2025-03-13"))


def test_a_bracketed_disclosure_label_under_the_date() -> None:
    assert trailer(reply("特此答复。\n" + SIGN + "\n（公开属性：主动公开）")) == want(disclosure="主动公开")


def test_a_feedback_form_after_the_print_line() -> None:
    doc = reply(
        "特此答复。\n" + SIGN + "\n抄送：区政协提案委员会。\n某区水务局办公室\u3000\u30002025年3月13日印发\n"
        "提案办理结果反馈表\n提案人：林某某\u3000\u3000联系电话：13800001111\n"
    )
    # a form printed after the reply (not under 附件) has no element of the contract: warned (schema 1.5)
    assert trailer(doc) == want(
        imprint=(("区政协提案委员会",), "某区水务局办公室", "2025-03-13"), warnings=["content-unplaced"]
    )


def test_a_seal_note_between_the_organ_and_a_numeral_date_with_a_ling() -> None:
    doc = reply("特此答复。\n某区水务局\n（盖章）\n二零二五年三月十二日")
    assert trailer(doc) == want(signature=(("某区水务局",), "2025-03-12", "二零二五年三月十二日"))


# --- causes of batch 3: a new example of each --------------------------------------------------------


def test_a_contact_note_written_on_after_the_date() -> None:
    doc = reply("此复。\n某县教育局\n2024年9月2日（联系人：邓某，电话：0736-7201234）")
    assert trailer(doc) == want(
        closing="此复。",
        signature=(("某县教育局",), "2024-09-02", "2024年9月2日"),
        contact={"name": "邓某", "phones": ("0736-7201234",)},
    )


def test_a_flattened_signature_with_a_numeral_date_and_a_contact_note() -> None:
    doc = reply("专此答复。  某县教育局  二〇二四年九月二日  （联系人：邓某；联系电话：0736-7201234）")
    assert trailer(doc) == want(
        closing="专此答复。",
        signature=(("某县教育局",), "2024-09-02", "二〇二四年九月二日"),
        contact={"name": "邓某", "phones": ("0736-7201234",)},
    )


def test_a_signer_cell_after_the_drafters_and_after_the_contacts() -> None:
    for line in ("拟稿人：邓某\u3000\u3000签发人：易某某", "联系人：邓某\u3000\u3000签发人：易某某"):
        doc = reply("特此答复。\n" + SIGN + "\n" + line)
        t = trailer(doc)
        assert (t["signer"], t["signature"], t["closing"]) == ("易某某", SIGNED, "特此答复。"), line


def test_an_organ_read_twice_over_the_date_signs_once() -> None:
    doc = reply("特此答复。\n中共某县委宣传部\n中共某县委宣传部\n2024年9月2日")
    assert trailer(doc) == want(signature=(("中共某县委宣传部",), "2024-09-02", "2024年9月2日"))


# --- batch 4 (written before the parser ran on it) ---------------------------------------------------


def test_a_long_organ_name_wrapped_over_two_lines_above_the_date() -> None:
    # First look expected no warning; joining two lines is a guess from the text, which this project
    # always says with page-break-joined (as the cc name cut by a wrap of batch 1 does): corrected.
    doc = reply("特此答复。\n某市某区住房和城乡建设\n管理委员会\n2025年3月12日")
    signature = (("某市某区住房和城乡建设管理委员会",), "2025-03-12", "2025年3月12日")
    assert trailer(doc) == want(signature=signature, warnings=["page-break-joined"])


def test_a_date_with_spaces_around_its_digits() -> None:
    doc = reply("特此答复。\n某区水务局\n2025 年 3 月 12 日")
    assert trailer(doc) == want(signature=(("某区水务局",), "2025-03-12", "2025 年 3 月 12 日"))


def test_an_area_code_joined_by_a_doubled_dash() -> None:
    doc = reply("特此答复。\n" + SIGN + "\n联系人：韩某某\n联系电话：020——83451234")
    assert trailer(doc) == want(contact={"name": "韩某某", "phones": ("020——83451234",)})


def test_an_extension_after_the_word_for_an_extension_line() -> None:
    doc = reply("特此答复。\n" + SIGN + "\n联系人：韩某某\n联系电话：020-83451234分机8012")
    assert trailer(doc) == want(contact={"name": "韩某某", "phones": ("020-83451234分机8012",)})


def test_a_cc_to_the_member_and_the_committee() -> None:
    doc = reply("特此答复。\n" + SIGN + "\n抄送：林某某委员，区政协提案委员会。")
    assert trailer(doc) == want(imprint=(("林某某委员", "区政协提案委员会"), None, None))


def test_an_attachment_list_between_the_contact_and_the_cc() -> None:
    doc = reply(
        "特此答复。\n" + SIGN + "\n联系人：韩某某\n联系电话：020-83451234\n"
        "附件：1.城区内河水质监测点位表\n2.内河清淤计划表\n抄送：区政协提案委员会。"
    )
    assert trailer(doc) == want(
        contact=CONTACT,
        attachments=("城区内河水质监测点位表", "内河清淤计划表"),
        imprint=(("区政协提案委员会",), None, None),
    )


def test_a_numeral_date_in_brackets_under_the_organ() -> None:
    doc = reply("特此答复。\n某区水务局\n（二〇二五年三月十二日）")
    assert trailer(doc) == want(signature=(("某区水务局",), "2025-03-12", "二〇二五年三月十二日"))


def test_the_short_formula_without_its_stop() -> None:
    assert trailer(reply("此复\n" + SIGN)) == want(closing="此复")


def test_the_formula_then_thanks_on_the_next_line() -> None:
    words = "特此答复。\n感谢您对我区水务工作的关心和支持！"
    assert trailer(reply(words + "\n" + SIGN)) == want(closing=words)


def test_a_disclosure_type_label_at_the_end() -> None:
    doc = reply("特此答复。\n" + SIGN + "\n公开类型：依申请公开")
    assert trailer(doc) == want(disclosure="依申请公开")


def test_a_last_body_line_without_its_stop_before_the_formula() -> None:
    body = HEAD.removesuffix("。\n") + "\n"
    doc = checked(body + "特此答复。\n" + SIGN)
    assert trailer(doc) == want(last=LAST.removesuffix("。"))


def test_a_sites_print_and_close_buttons_after_the_date() -> None:
    doc = reply("特此答复。\n" + SIGN + "\n【打印本页】【关闭窗口】")
    assert "打印本页" not in doc.text
    assert trailer(doc) == want()


def test_joint_organs_stacked_with_their_roles_in_brackets() -> None:
    doc = reply("特此答复。\n某区水务局（主办）\n某区生态环境局（协办）\n2025年3月12日")
    assert trailer(doc) == want(signature=(("某区水务局", "某区生态环境局"), "2025-03-12", "2025年3月12日"))


def test_lead_and_assisting_unit_labels_side_by_side_over_the_date() -> None:
    doc = reply("特此答复。\n主办单位：某区水务局\u3000\u3000协办单位：某区生态环境局\n2025年3月12日")
    assert trailer(doc) == want(signature=(("某区水务局", "某区生态环境局"), "2025-03-12", "2025年3月12日"))


# --- causes of batch 4: a new example of each --------------------------------------------------------


def test_an_organs_ending_wrapped_onto_its_own_line_under_a_numeral_date_is_joined_and_said() -> None:
    doc = reply("此复。\n某县农业农村和水利\n管理局\n二〇二四年九月二日")
    signature = (("某县农业农村和水利管理局",), "2024-09-02", "二〇二四年九月二日")
    assert trailer(doc) == want(closing="此复。", signature=signature, warnings=["page-break-joined"])


def test_an_extension_after_the_words_for_transfer_to_an_extension() -> None:
    doc = reply("特此答复。\n" + SIGN + "\n联系人：邓某\n电话：0736-7201234转分机302")
    assert trailer(doc) == want(contact={"name": "邓某", "phones": ("0736-7201234转分机302",)})


def test_joint_organs_with_lead_and_cooperating_role_notes() -> None:
    doc = reply("特此答复。\n某县教育局（牵头单位）\n某县财政局（配合）\n二〇二四年九月二日")
    signature = (("某县教育局", "某县财政局"), "2024-09-02", "二〇二四年九月二日")
    assert trailer(doc) == want(signature=signature)


def test_a_replying_and_a_co_handling_unit_labelled_on_one_line_over_a_labelled_date() -> None:
    doc = reply("特此答复。\n答复单位：某县教育局\u3000会办单位：某县财政局\n答复日期：2024年9月2日")
    signature = (("某县教育局", "某县财政局"), "2024-09-02", "2024年9月2日")
    assert trailer(doc) == want(signature=signature)


# --- batch 5 (written before the parser ran on it) ---------------------------------------------------


def test_a_phone_label_with_its_line_in_brackets_before_the_colon() -> None:
    doc = reply("特此答复。\n" + SIGN + "\n联系人：韩某某\n联系电话（办）：83451234")
    assert trailer(doc) == want(contact={"name": "韩某某", "phones": ("83451234",)})


def test_the_number_of_copies_under_the_cc_without_a_print_line() -> None:
    doc = reply("特此答复。\n" + SIGN + "\n抄送：区政协提案委员会，区人民政府办公室。\n（共印6份）")
    # the number of copies is neither 抄送 nor 印发: warned (schema 1.5)
    want_imprint = (("区政协提案委员会", "区人民政府办公室"), None, None)
    assert trailer(doc) == want(imprint=want_imprint, warnings=["content-unplaced"])


def test_a_publication_note_in_square_brackets_after_the_date() -> None:
    assert trailer(reply("特此答复。\n" + SIGN + "\n【此件主动公开】")) == want(disclosure="主动公开")


def test_a_listed_form_printed_after_the_date_without_its_label() -> None:
    doc = reply(
        "特此答复。\n附件：提案办理情况征询意见表\n" + SIGN + "\n提案办理情况征询意见表\n"
        "提案人：林某某\u3000\u3000联系电话：13800001111\n"
    )
    assert trailer(doc) == want(attachments=("提案办理情况征询意见表",))


def test_three_organs_and_the_date_on_one_line_parted_by_single_wide_spaces() -> None:
    doc = reply("特此答复。\n某区水务局\u3000某区生态环境局\u3000某区城市管理局\u30002025年3月12日")
    issuers = ("某区水务局", "某区生态环境局", "某区城市管理局")
    assert trailer(doc) == want(signature=(issuers, "2025-03-12", "2025年3月12日"))


def test_a_page_number_written_on_after_the_date() -> None:
    doc = reply("特此答复。\n某区水务局\n2025年3月12日    -3-")
    assert trailer(doc) == want()


def test_a_contact_note_and_an_attachment_list_between_the_closing_and_the_signature() -> None:
    doc = reply("特此答复。\n（联系人：韩某某；联系电话：020-83451234）\n附件：城区内河水质监测点位表\n" + SIGN)
    assert trailer(doc) == want(contact=CONTACT, attachments=("城区内河水质监测点位表",))


def test_an_english_mail_label() -> None:
    doc = reply("特此答复。\n" + SIGN + "\n联系人：韩某某\nE-mail：hanmm@shuiwu.example.cn")
    assert trailer(doc) == want(contact={"name": "韩某某", "email": "hanmm@shuiwu.example.cn"})


def test_a_co_handling_opinions_handing_over_formula() -> None:
    for words in ("以上协办意见，供参考。", "以上会办意见，请酌处。"):
        assert trailer(reply(words + "\n" + SIGN)) == want(closing=words), words


def test_the_answers_opinion_handed_over_for_review() -> None:
    assert trailer(reply("以上答复意见，请审阅。\n" + SIGN)) == want(closing="以上答复意见，请审阅。")


def test_thanks_then_the_respectful_salutation_over_two_lines() -> None:
    words = "感谢您对我区水务工作的关心和支持！\n此致\n敬礼！"
    assert trailer(reply(words + "\n" + SIGN)) == want(closing=words)


# --- causes of batch 5: a new example of each --------------------------------------------------------


def test_a_note_on_request_in_tortoise_shell_brackets_after_the_date() -> None:
    doc = reply("此复。\n某县教育局\n2024年9月2日\n〔此件依申请公开〕")
    signature = (("某县教育局",), "2024-09-02", "2024年9月2日")
    assert trailer(doc) == want(closing="此复。", signature=signature, disclosure="依申请公开")


def test_a_page_number_run_onto_the_last_body_line_is_left_out() -> None:
    doc = checked(HEAD.removesuffix("\n") + "      - 2 -\n特此答复。\n" + SIGN)
    assert "- 2 -" not in doc.text
    assert trailer(doc) == want()


def test_a_handling_opinion_handed_over_for_the_units_reference() -> None:
    words = "以上办理意见，供你单位参考。"
    assert trailer(reply(words + "\n" + SIGN)) == want(closing=words)


# --- batch 6 (written before the parser ran on it) ---------------------------------------------------


def test_every_contact_field_on_one_line_parted_by_commas() -> None:
    doc = reply(
        "特此答复。\n" + SIGN + "\n联系人：韩某某，联系电话：83451234，电子邮箱：hanmm@shuiwu.example.cn，"
        "通讯地址：某区滨江路18号，邮编：510230。"
    )
    contact = {
        "name": "韩某某",
        "phones": ("83451234",),
        "email": "hanmm@shuiwu.example.cn",
        "address": "某区滨江路18号",
        "postcode": "510230",
    }
    assert trailer(doc) == want(contact=contact)


def test_the_formula_and_a_short_thanks_on_one_line() -> None:
    assert trailer(reply("特此答复，谢谢！\n" + SIGN)) == want(closing="特此答复，谢谢！")


def test_a_cc_to_all_street_offices_and_the_units_concerned() -> None:
    doc = reply("特此答复。\n" + SIGN + "\n抄送：各街道办事处，区各有关单位。")
    assert trailer(doc) == want(imprint=(("各街道办事处", "区各有关单位"), None, None))


def test_a_print_date_in_brackets_after_the_printing_office() -> None:
    doc = reply("特此答复。\n" + SIGN + "\n抄送：区政协提案委员会。\n某区水务局办公室（2025年3月13日印发）")
    assert trailer(doc) == want(imprint=(("区政协提案委员会",), "某区水务局办公室", "2025-03-13"))


def test_an_end_mark_on_its_own_line_after_the_date() -> None:
    assert trailer(reply("特此答复。\n" + SIGN + "\n（完）")) == want()


def test_a_mobile_in_brackets_after_the_contacts_name() -> None:
    doc = reply("特此答复。\n" + SIGN + "\n联系人：韩某某（13800001111）")
    assert trailer(doc) == want(contact={"name": "韩某某", "phones": ("13800001111",)})


def test_a_short_attachment_label_after_the_signature_naming_the_form() -> None:
    doc = reply("特此答复。\n" + SIGN + "\n附：提案办理情况征询意见表")
    assert trailer(doc) == want(attachments=("提案办理情况征询意见表",))


def test_a_signer_and_a_signing_date_after_the_written_date() -> None:
    doc = reply("特此答复。\n" + SIGN + "\n签发人：孙某某\u3000签发日期：2025年3月11日")
    assert trailer(doc) == want(signer="孙某某")


# --- causes of batch 6: a new example of each --------------------------------------------------------


def test_a_numeral_print_date_in_half_width_brackets_after_the_office() -> None:
    doc = reply("特此答复。\n" + SIGN + "\n抄送：县人大常委会选联工委。\n中共某县委办公室(二〇二四年九月三日印发)")
    assert trailer(doc) == want(imprint=(("县人大常委会选联工委",), "中共某县委办公室", "2024-09-03"))
