"""Fourth round of probes, trailer side: short documents that vary one realistic form of the
closing, the 落款, the contact, the 附注, the 版记 or the 附件 list at a time, in forms the earlier
rounds did not try. Every expected value was written from the contract and the domain guide
before the parser ran on the document; each probe compares every trailer field (not only the one
aimed at), keeps the span invariants, invents no character and raises no internal error."""

from __future__ import annotations

from typing import Any

import pytest

import govdoc
from tests import probing
from tests.invariants import check_invariants, invented

# A reply to a deputy's suggestion, with two sections: what the probes hang their tails on.
HEAD = (
    "关于市十七届人大三次会议第0231号建议的答复\n"
    "周某某代表：\n"
    "您提出的《关于增设中小学校车线路的建议》收悉。经认真研究，现答复如下：\n"
    "一、已开展的工作\n"
    "今年秋季学期，全市新开通校车线路十二条。\n"
    "二、下一步计划\n"
    "我局将会同交通部门继续优化校车站点设置。\n"
)
LAST = "我局将会同交通部门继续优化校车站点设置。"
SIGN = "某市教育局\n2024年6月18日"
SIGNED = (("某市教育局",), "2024-06-18", "2024年6月18日")


def checked(source: str) -> govdoc.Document:
    try:
        doc = govdoc.parse_text(source)
    except govdoc.InternalError as e:  # pragma: no cover - the probe's failure message
        pytest.fail(f"internal-error: {e}")
    check_invariants(doc)
    assert invented(doc.text, source) is None
    assert "internal-error" not in [w.code for w in doc.warnings]
    return doc


def reply(tail: str) -> govdoc.Document:
    return checked(HEAD + tail)


def trailer(doc: govdoc.Document) -> dict[str, Any]:
    """Every trailer field of the parse, in plain values (round 4 compares no 签发人 nor section count)."""
    view = probing.trailer(doc)
    del view["signer"], view["sections"]
    return view


def want(**fields: Any) -> dict[str, Any]:
    """The expected trailer: a signed reply closing 特此答复 with nothing else, unless said otherwise."""
    base: dict[str, Any] = {
        "closing": "特此答复。",
        "signature": SIGNED,
        "contact": {},
        "imprint": None,
        "attachments": (),
        "disclosure": None,
        "last": LAST,
        "warnings": [],
    }
    return base | fields


# --- first batch: closings ----------------------------------------------------------------------------


def test_the_short_formula_this_reply() -> None:
    assert trailer(reply("此复。\n" + SIGN)) == want(closing="此复。")


def test_the_formula_replying_by_letter() -> None:
    assert trailer(reply("专此函复。\n" + SIGN)) == want(closing="专此函复。")


def test_a_joint_handlers_opinion_closing_for_reference() -> None:
    doc = checked(
        "关于市十七届人大三次会议第0231号建议的协办意见\n"
        "市交通运输局：\n"
        "市十七届人大三次会议第0231号建议收悉。结合我局职能，提出以下协办意见：\n"
        "一、关于校车线路\n"
        "我局将配合做好校车线路的规划工作。\n"
        "以上意见，供参考。\n" + SIGN
    )
    assert trailer(doc) == want(closing="以上意见，供参考。", last="我局将配合做好校车线路的规划工作。")


def test_thanks_written_on_at_the_end_of_the_last_body_line() -> None:
    # First look expected the thanks as the closing; the contract is silent and the project chose that
    # thanks alone at a paragraph's end stay body (tests/test_unseen_causes.py, a numbered point ending
    # in 感谢您的关心。), so this probe now holds that choice: no closing, the line whole in the body.
    line = LAST + "再次感谢您对教育工作的关心和支持！"
    doc = checked(HEAD.removesuffix(LAST + "\n") + line + "\n" + SIGN)
    assert trailer(doc) == want(closing=None, last=line)


def test_a_closing_then_an_attachment_list_in_full_width_numbers_then_the_signature() -> None:
    doc = reply("特此答复。\n附件：1．某市校车线路一览表\n2．某市校车安全管理办法\n" + SIGN)
    assert trailer(doc) == want(attachments=("某市校车线路一览表", "某市校车安全管理办法"))


def test_a_reports_closing_asking_for_deliberation() -> None:
    doc = checked(
        "某市人民政府关于2023年度校车安全管理情况的报告\n"
        "市人大常委会：\n"
        "现将我市2023年度校车安全管理情况报告如下：\n"
        "一、基本情况\n"
        "全市共有校车三百二十辆，全年未发生安全事故。\n"
        "以上报告，请审议。\n"
        "某市人民政府\n2024年6月18日"
    )
    assert trailer(doc) == want(
        closing="以上报告，请审议。",
        signature=(("某市人民政府",), "2024-06-18", "2024年6月18日"),
        last="全市共有校车三百二十辆，全年未发生安全事故。",
    )


def test_a_closing_with_the_contact_in_brackets_on_its_line() -> None:
    doc = reply("特此答复。（联系人：王某某，电话：87001234）\n" + SIGN)
    t = trailer(doc)
    assert t["contact"] == {"name": "王某某", "phones": ("87001234",)}
    assert t["closing"] is not None and t["closing"].startswith("特此答复。")
    assert (t["signature"], t["last"]) == (SIGNED, LAST)


def test_a_page_note_that_the_page_has_no_body_before_the_signature() -> None:
    assert trailer(reply("特此答复。\n（此页无正文）\n" + SIGN)) == want()


# --- first batch: 落款 ------------------------------------------------------------------------------


def test_a_date_with_a_latin_letter_zero_and_arabic_month_and_day() -> None:
    doc = reply("特此答复。\n某市教育局\n二O二四年6月18日")
    assert trailer(doc) == want(signature=(("某市教育局",), "2024-06-18", "二O二四年6月18日"))


def test_a_date_with_a_greek_letter_for_zero() -> None:
    doc = reply("特此答复。\n某市教育局\n二\u039f二四年六月十八日")
    assert trailer(doc) == want(signature=(("某市教育局",), "2024-06-18", "二\u039f二四年六月十八日"))


def test_chinese_numeral_dates_in_the_last_months_of_the_year() -> None:
    for written, iso in (("二〇二四年十月三十一日", "2024-10-31"), ("二〇二四年十二月二十日", "2024-12-20")):
        doc = reply(f"特此答复。\n某市教育局\n{written}")
        assert trailer(doc) == want(signature=(("某市教育局",), iso, written)), written


def test_a_labelled_signature_in_a_markdown_table() -> None:
    doc = reply("特此答复。\n\n| 答复单位 | 某市教育局 |\n| --- | --- |\n| 答复日期 | 2024年6月18日 |\n")
    assert trailer(doc) == want()


def test_the_heads_name_between_the_organ_and_the_date() -> None:
    doc = reply("特此答复。\n某市教育局\n局长：张某某\n2024年6月18日")
    # schema 1.9: the head's name is a signing person (signature.persons); 1.5 to 1.8 warned it content-unplaced
    assert trailer(doc) == want()
    assert doc.signature is not None and [(p.post, p.name) for p in doc.signature.persons] == [("局长", "张某某")]


def test_a_bank_and_schools_sign() -> None:
    for organ in ("中国人民银行某市分行", "某市第一中学", "某区实验小学", "某区机关幼儿园"):
        doc = reply(f"特此答复。\n{organ}\n2024年6月18日")
        assert trailer(doc) == want(signature=((organ,), "2024-06-18", "2024年6月18日")), organ


def test_two_organs_and_the_date_on_one_line() -> None:
    doc = reply("特此答复。\n某市教育局\u3000\u3000某市交通运输局\u3000\u30002024年6月18日")
    assert trailer(doc) == want(signature=(("某市教育局", "某市交通运输局"), "2024-06-18", "2024年6月18日"))


def test_an_organ_its_seal_note_and_the_date_on_one_line() -> None:
    doc = reply("特此答复。\n某市教育局（盖章）    2024年6月18日")
    assert trailer(doc) == want()


# --- first batch: contact ---------------------------------------------------------------------------


def test_two_phones_parted_by_the_enumeration_comma() -> None:
    doc = reply("特此答复。\n" + SIGN + "\n联系人：张某某  联系电话：87001234、87001235")
    assert trailer(doc) == want(contact={"name": "张某某", "phones": ("87001234", "87001235")})


def test_a_desk_phone_and_a_mobile_parted_by_a_semicolon() -> None:
    doc = reply("特此答复。\n" + SIGN + "\n联系人：张某某  联系电话：0571-87001234；13900001111")
    assert trailer(doc) == want(contact={"name": "张某某", "phones": ("0571-87001234", "13900001111")})


def test_a_mobile_after_the_contacts_name_without_a_phone_label() -> None:
    doc = reply("特此答复。\n" + SIGN + "\n联系人：张某某 13912345678")
    assert trailer(doc) == want(contact={"name": "张某某", "phones": ("13912345678",)})


def test_an_area_code_joined_by_a_chinese_dash() -> None:
    doc = reply("特此答复。\n" + SIGN + "\n联系人：张某某  电话：0571—87001234")
    assert trailer(doc) == want(contact={"name": "张某某", "phones": ("0571—87001234",)})


def test_a_mobile_written_in_groups() -> None:
    doc = reply("特此答复。\n" + SIGN + "\n联系人：张某某  手机：139 1234 5678")
    assert trailer(doc) == want(contact={"name": "张某某", "phones": ("139 1234 5678",)})


def test_a_contact_in_brackets_over_two_lines() -> None:
    doc = reply("特此答复。\n" + SIGN + "\n（联系人：王某某\n联系电话：0571-87001234）")
    assert trailer(doc) == want(contact={"name": "王某某", "phones": ("0571-87001234",)})


def test_a_contact_line_before_the_closing() -> None:
    doc = reply("联系人：张某某，联系电话：87001234。\n特此答复。\n" + SIGN)
    assert trailer(doc) == want(contact={"name": "张某某", "phones": ("87001234",)})


def test_a_labelled_phone_in_brackets_after_the_contacts_name() -> None:
    doc = reply("特此答复。\n" + SIGN + "\n联系人：张某某（电话：87001234）")
    assert trailer(doc) == want(contact={"name": "张某某", "phones": ("87001234",)})


def test_a_contact_sentence_asking_to_call_a_number_without_a_label() -> None:
    doc = reply("特此答复。\n如有疑问，请致电0571-87001234。\n" + SIGN)
    assert trailer(doc) == want(contact={"phones": ("0571-87001234",)})


def test_name_phone_and_mailbox_in_one_bracket() -> None:
    doc = reply("特此答复。\n" + SIGN + "\n（联系人：王某某，电话：0571-87001234，邮箱：jyj@example.gov.cn）")
    assert trailer(doc) == want(contact={"name": "王某某", "phones": ("0571-87001234",), "email": "jyj@example.gov.cn"})


def test_a_postcode_in_brackets_after_the_address() -> None:
    doc = reply("特此答复。\n" + SIGN + "\n联系人：张某某  电话：87001234\n地址：某市解放路100号（邮编：310000）")
    assert trailer(doc) == want(
        contact={"name": "张某某", "phones": ("87001234",), "address": "某市解放路100号", "postcode": "310000"}
    )


def test_office_hours_after_the_phone_are_no_phone() -> None:
    doc = reply("特此答复。\n" + SIGN + "\n联系电话：0571-87001234（工作日9:00-17:00）")
    assert trailer(doc) == want(contact={"phones": ("0571-87001234",)})


def test_name_phone_and_fax_parted_by_semicolons() -> None:
    doc = reply("特此答复。\n" + SIGN + "\n联系人：张某某；电话：0571-87001234；传真：0571-87001235")
    assert trailer(doc) == want(contact={"name": "张某某", "phones": ("0571-87001234",)})


# --- first batch: 附注 --------------------------------------------------------------------------------


def test_disclosure_notes_in_other_words() -> None:
    for note, disclosure in (
        ("（此件主动公开）", "主动公开"),
        ("附注：此件不予公开。", "不予公开"),
        ("（本件依申请公开）", "依申请公开"),
        ("（此件不公开）", "不予公开"),
    ):
        doc = reply("特此答复。\n" + SIGN + "\n" + note)
        assert trailer(doc) == want(disclosure=disclosure), note


# --- first batch: 版记 --------------------------------------------------------------------------------


def test_a_cc_list_of_enumeration_commas_wrapped_after_a_comma() -> None:
    doc = reply("特此答复。\n" + SIGN + "\n抄送：市人大常委会代表工作委员会、市政府办公室、\n市财政局。")
    assert trailer(doc) == want(imprint=(("市人大常委会代表工作委员会", "市政府办公室", "市财政局"), None, None))


def test_a_subject_words_line_before_the_cc() -> None:
    doc = reply(
        "特此答复。\n" + SIGN + "\n主题词：教育\u3000校车\u3000建议\u3000答复\n"
        "抄送：市人大常委会代表工作委员会，市政府办公室。\n某市教育局办公室    2024年6月19日印发"
    )
    # 主题词 (GB/T 9704-1999): `header.subject_terms` since schema 1.7 (warned content-unplaced in 1.5 and 1.6)
    assert trailer(doc) == want(
        imprint=(("市人大常委会代表工作委员会", "市政府办公室"), "某市教育局办公室", "2024-06-19"),
    )
    assert doc.header.subject_terms == ("教育", "校车", "建议", "答复")


def test_imprint_between_box_drawing_rules() -> None:
    rule = "─" * 30
    doc = reply(
        "特此答复。\n" + SIGN + f"\n{rule}\n抄送：市人大常委会代表工作委员会，市政府办公室。\n{rule}\n"
        f"某市教育局办公室    2024年6月19日印发\n{rule}"
    )
    assert trailer(doc) == want(
        imprint=(("市人大常委会代表工作委员会", "市政府办公室"), "某市教育局办公室", "2024-06-19")
    )


def test_imprint_between_rules_of_dashes() -> None:
    rule = "—" * 24
    doc = reply(
        "特此答复。\n" + SIGN + f"\n{rule}\n抄送：市人大常委会代表工作委员会，市政府办公室。\n"
        f"某市教育局办公室    2024年6月19日印发\n{rule}"
    )
    assert trailer(doc) == want(
        imprint=(("市人大常委会代表工作委员会", "市政府办公室"), "某市教育局办公室", "2024-06-19")
    )


def test_a_report_copy_line_and_a_cc_line() -> None:
    doc = reply("特此答复。\n" + SIGN + "\n抄报：市人大常委会。\n抄送：市政府办公室，市财政局。")
    assert trailer(doc) == want(imprint=(("市人大常委会", "市政府办公室", "市财政局"), None, None))


def test_a_print_line_parted_by_a_tab() -> None:
    doc = reply("特此答复。\n" + SIGN + "\n抄送：市政府办公室。\n某市教育局办公室\t2024年6月19日印发")
    assert trailer(doc) == want(imprint=(("市政府办公室",), "某市教育局办公室", "2024-06-19"))


def test_a_cc_list_cut_by_the_pages_end_is_warned() -> None:
    doc = reply("特此答复。\n" + SIGN + "\n抄送：市人大常委会代表工作委员会，市政")
    assert trailer(doc) == want(
        imprint=(("市人大常委会代表工作委员会", "市政"), None, None), warnings=["field-missing"]
    )


def test_a_whole_cc_list_without_a_final_stop_is_not_warned() -> None:
    doc = reply("特此答复。\n" + SIGN + "\n抄送：市人大常委会代表工作委员会，市政府办公室")
    assert trailer(doc) == want(imprint=(("市人大常委会代表工作委员会", "市政府办公室"), None, None))


# --- first batch: attachments -------------------------------------------------------------------------


def test_attachments_numbered_in_brackets() -> None:
    doc = reply("特此答复。\n附件：（1）某市校车线路一览表\n（2）某市校车安全管理办法\n" + SIGN)
    assert trailer(doc) == want(attachments=("某市校车线路一览表", "某市校车安全管理办法"))


def test_an_attachment_title_wrapped_onto_a_second_line() -> None:
    doc = reply(
        "特此答复。\n附件：1．某市关于进一步加强中小学校车安全管理工作的\n实施意见（试行）\n2．某市校车线路一览表\n"
        + SIGN
    )
    assert trailer(doc) == want(
        attachments=("某市关于进一步加强中小学校车安全管理工作的实施意见（试行）", "某市校车线路一览表")
    )


# --- first batch: whole documents ---------------------------------------------------------------------


def test_a_notice_with_attachments_after_the_signature_and_an_imprint() -> None:
    doc = checked(
        "某市教育局关于做好2024年秋季学期校车安全工作的通知\n"
        "各区教育局，市直属学校：\n"
        "为做好秋季学期校车安全工作，现将有关事项通知如下：\n"
        "一、落实安全责任\n"
        "各校要明确校车安全管理责任人。\n"
        "二、加强隐患排查\n"
        "各区要在开学前完成校车隐患排查。\n"
        "特此通知。\n"
        "附件：1．校车安全检查表\n"
        "2．校车驾驶人名单\n"
        "某市教育局\n"
        "2024年8月20日\n"
        "（此件主动公开）\n"
        "抄送：市公安局交通警察支队，市交通运输局。\n"
        "某市教育局办公室  2024年8月21日印发"
    )
    assert trailer(doc) == want(
        closing="特此通知。",
        signature=(("某市教育局",), "2024-08-20", "2024年8月20日"),
        attachments=("校车安全检查表", "校车驾驶人名单"),
        disclosure="主动公开",
        imprint=(("市公安局交通警察支队", "市交通运输局"), "某市教育局办公室", "2024-08-21"),
        last="各区要在开学前完成校车隐患排查。",
    )


def test_a_county_reply_with_two_sealed_organs_a_contact_block_cc_and_print_line() -> None:
    doc = checked(
        "关于县十八届人大四次会议第056号建议的答复\n"
        "吴某某代表：\n"
        "您提出的关于改善农村学校寄宿条件的建议收悉，现答复如下：\n"
        "一、改善宿舍条件\n"
        "今年投入资金八百万元，改造宿舍楼三栋。\n"
        "二、配齐生活教师\n"
        "下一步，我们将逐校配齐生活教师。\n"
        "感谢您对全县教育工作的关心和支持！\n"
        "某县教育局（代章）\u3000\u3000某县财政局（代章）\n"
        "二〇二四年七月八日\n"
        "联系单位：某县教育局计财股\n"
        "联系人：吴某\n"
        "联系电话：0913-6201234\n"
        "抄送：县人大常委会人代工委，县政府办公室。\n"
        "某县教育局办公室  2024年7月9日印发\n"
        "（共印5份）"
    )
    assert trailer(doc) == want(
        closing="感谢您对全县教育工作的关心和支持！",
        signature=(("某县教育局", "某县财政局"), "2024-07-08", "二〇二四年七月八日"),
        contact={"name": "吴某", "phones": ("0913-6201234",), "unit": "某县教育局计财股"},
        imprint=(("县人大常委会人代工委", "县政府办公室"), "某县教育局办公室", "2024-07-09"),
        last="下一步，我们将逐校配齐生活教师。",
        warnings=["content-unplaced"],  # （共印5份） on a line of its own: no field holds the copies
    )


# --- causes of the first batch: a new example of each ---------------------------------------------------


def test_a_labelled_signature_in_table_cells() -> None:
    doc = reply("特此答复。\n回复单位\t某市教育局\t\n回复时间\t2024年6月18日")
    assert trailer(doc) == want()


def test_handing_over_formulas_of_a_report_and_an_opinion_close_them() -> None:
    for words in ("以上汇报，请审阅。", "以上意见，请结合实际认真贯彻执行。"):
        doc = reply(f"{words}\n{SIGN}")
        assert trailer(doc) == want(closing=words), words


def test_a_directors_name_under_the_organ_in_the_signature() -> None:
    doc = reply("此复。\n某市教育局\n主任  李某\n2024年6月18日")
    # schema 1.9: the head's name is a signing person (signature.persons); 1.5 to 1.8 warned it content-unplaced
    assert trailer(doc) == want(closing="此复。")
    assert doc.signature is not None and [(p.post, p.name) for p in doc.signature.persons] == [("主任", "李某")]


def test_a_sub_branch_and_a_middle_school_sign_jointly() -> None:
    doc = reply("特此答复。\n某农商银行城东支行\n某县第二中学\n2024年6月18日")
    assert trailer(doc) == want(signature=(("某农商银行城东支行", "某县第二中学"), "2024-06-18", "2024年6月18日"))


def test_an_organ_its_seal_in_other_words_and_the_date_on_one_line() -> None:
    doc = reply("特此答复。\n某市教育局（印章）\u3000\u30002024年6月18日")
    assert trailer(doc) == want()


def test_a_mobile_written_in_groups_parted_by_hyphens() -> None:
    doc = reply("特此答复。\n" + SIGN + "\n经办人：李某  手机：139-1234-5678")
    assert trailer(doc) == want(contact={"name": "李某", "phones": ("139-1234-5678",)})


def test_a_sentence_asking_to_dial_a_mobile_after_the_signature() -> None:
    doc = reply("特此答复。\n" + SIGN + "\n如需了解详情，可拨打13900001111。")
    assert trailer(doc) == want(contact={"phones": ("13900001111",)})


def test_an_opening_bracket_before_the_next_label_is_not_the_addresss() -> None:
    doc = reply("特此答复。\n" + SIGN + "\n单位地址：某县人民路8号(邮政编码：311100)")
    assert trailer(doc) == want(contact={"address": "某县人民路8号", "postcode": "311100"})


def test_a_labelled_note_saying_the_reply_is_public_on_request() -> None:
    doc = reply("特此答复。\n" + SIGN + "\n附注：本件依申请公开")
    assert trailer(doc) == want(disclosure="依申请公开")


def test_short_office_names_wrapped_after_an_enumeration_comma() -> None:
    doc = reply("特此答复。\n" + SIGN + "\n抄送：区委办、区人大办、\n区政协办。")
    assert trailer(doc) == want(imprint=(("区委办", "区人大办", "区政协办"), None, None))


def test_a_cc_list_ending_on_a_separator_at_the_texts_end_is_warned() -> None:
    doc = reply("特此答复。\n" + SIGN + "\n抄送：区委办，区人大办、")
    assert trailer(doc) == want(imprint=(("区委办", "区人大办"), None, None), warnings=["field-missing"])


def test_a_cc_list_ending_on_a_bracketed_addressee_is_whole() -> None:
    doc = reply("特此答复。\n" + SIGN + "\n抄送：各镇（街道）")
    assert trailer(doc) == want(imprint=(("各镇（街道）",), None, None))


def test_a_cc_list_cut_after_the_first_characters_of_an_organ() -> None:
    doc = reply("特此答复。\n" + SIGN + "\n抄送：市政府办公厅，市财")
    assert trailer(doc) == want(imprint=(("市政府办公厅", "市财"), None, None), warnings=["field-missing"])


def test_attachments_under_the_short_label_numbered_in_brackets_after_the_signature() -> None:
    doc = reply("特此答复。\n" + SIGN + "\n附：(1)校车站点调整表\n(2)校车运行时刻表")
    assert trailer(doc) == want(attachments=("校车站点调整表", "校车运行时刻表"))


def test_an_attachment_title_in_book_title_marks_wrapped_inside_them() -> None:
    doc = reply("特此答复。\n附件：《某区关于规范中小学校车\n接送服务的管理办法》\n" + SIGN)
    assert trailer(doc) == want(attachments=("《某区关于规范中小学校车接送服务的管理办法》",))


def test_a_short_formula_with_the_contact_in_brackets_on_its_line() -> None:
    doc = reply("此复。（联系人：李某，手机：13900001111）\n" + SIGN)
    t = trailer(doc)
    assert t["contact"] == {"name": "李某", "phones": ("13900001111",)}
    assert t["closing"] is not None and t["closing"].startswith("此复。")
    assert (t["signature"], t["last"]) == (SIGNED, LAST)


def test_a_reply_forms_table_rows_give_the_signature() -> None:
    doc = reply("此复。\n\n| 办复单位（盖章） | 某市教育局 |\n| --- | --- |\n| 办复日期 | 2024年6月18日 |\n")
    assert trailer(doc) == want(closing="此复。")


def test_a_date_row_of_a_body_table_is_not_the_signature() -> None:
    doc = checked(
        HEAD.removesuffix(LAST + "\n")
        + "校车线路开通情况如下：\n\n| 线路 | 日期 |\n| --- | --- |\n| 城东线 | 2024年6月1日 |\n\n"
        + "特此答复。\n"
        + SIGN
    )
    assert trailer(doc) == want(last="校车线路开通情况如下：")
    assert [t.rows for t in doc.iter_sections()[-1].tables] == [(("线路", "日期"), ("城东线", "2024年6月1日"))]


# --- second batch, written before running it (after the first batch's fixes) ----------------------------


def test_the_formula_replying_by_letter_in_the_other_order() -> None:
    assert trailer(reply("特此复函。\n" + SIGN)) == want(closing="特此复函。")


def test_a_respectful_formula_of_reply() -> None:
    assert trailer(reply("谨此答复。\n" + SIGN)) == want(closing="谨此答复。")


def test_thanks_and_the_short_formula_on_one_line() -> None:
    words = "感谢您对我市教育工作的关心和支持。此复。"
    assert trailer(reply(f"{words}\n{SIGN}")) == want(closing=words)


def test_a_publication_note_after_the_date_on_its_line() -> None:
    doc = reply("特此答复。\n某市教育局\n2024年6月18日（此件公开发布）")
    assert trailer(doc) == want(disclosure="主动公开")


def test_organ_and_date_parted_by_a_tab() -> None:
    assert trailer(reply("特此答复。\n某市教育局\t2024年6月18日")) == want()


def test_a_number_after_the_contacts_name_and_a_comma() -> None:
    doc = reply("特此答复。\n" + SIGN + "\n联系人：张某某，0571-87001234")
    assert trailer(doc) == want(contact={"name": "张某某", "phones": ("0571-87001234",)})


def test_one_number_for_phone_and_fax_is_a_phone() -> None:
    for line in ("电话（传真）：0571-87001234", "联系电话：0571-87001234（兼传真）"):
        doc = reply("特此答复。\n" + SIGN + "\n联系人：张某某\n" + line)
        assert trailer(doc) == want(contact={"name": "张某某", "phones": ("0571-87001234",)}), line


def test_two_phones_parted_by_a_space() -> None:
    doc = reply("特此答复。\n" + SIGN + "\n联系人：张某某  联系电话：0571-87001234 0571-87001235")
    assert trailer(doc) == want(contact={"name": "张某某", "phones": ("0571-87001234", "0571-87001235")})


def test_address_labels_of_other_words() -> None:
    for label in ("通信地址", "办公地址", "邮寄地址"):
        doc = reply("特此答复。\n" + SIGN + f"\n联系人：张某某\n{label}：某市解放路100号")
        assert trailer(doc) == want(contact={"name": "张某某", "address": "某市解放路100号"}), label


def test_unit_labels_of_other_words() -> None:
    for label in ("联系部门", "经办单位"):
        doc = reply("特此答复。\n" + SIGN + f"\n{label}：某市教育局基础教育处\n联系人：张某某")
        assert trailer(doc) == want(contact={"name": "张某某", "unit": "某市教育局基础教育处"}), label


def test_a_labelled_note_of_numbered_points_after_the_signature() -> None:
    doc = reply("特此答复。\n" + SIGN + "\n附注：\n1.此件主动公开。\n2.联系人：张某某，联系电话：0571-87001234。")
    assert trailer(doc) == want(disclosure="主动公开", contact={"name": "张某某", "phones": ("0571-87001234",)})
    assert [s.marker for s in doc.sections] == ["一、", "二、"]


def test_the_contact_parted_around_the_signature() -> None:
    doc = reply("特此答复。\n联系人：张某某\n" + SIGN + "\n联系电话：0571-87001234")
    assert trailer(doc) == want(contact={"name": "张某某", "phones": ("0571-87001234",)})


def test_a_contact_block_above_the_title() -> None:
    doc = checked("承办单位：某市教育局\n联系人：张某某\n联系电话：0571-87001234\n" + HEAD + "特此答复。\n" + SIGN)
    assert trailer(doc) == want(contact={"name": "张某某", "phones": ("0571-87001234",), "unit": "某市教育局"})


def test_a_cc_to_a_deputy() -> None:
    doc = reply("特此答复。\n" + SIGN + "\n抄送：王某某代表。")
    assert trailer(doc) == want(imprint=(("王某某代表",), None, None))


def test_a_cc_list_parted_by_semicolons_and_enumeration_commas() -> None:
    doc = reply("特此答复。\n" + SIGN + "\n抄送：市委办公室、市政府办公室；市人大常委会办公厅、市政协办公厅。")
    assert trailer(doc) == want(
        imprint=(("市委办公室", "市政府办公室", "市人大常委会办公厅", "市政协办公厅"), None, None)
    )


def test_the_number_of_copies_without_brackets_after_the_print_line() -> None:
    doc = reply("特此答复。\n" + SIGN + "\n抄送：市政府办公室。\n某市教育局办公室  2024年6月19日印发\n共印20份")
    # the number of copies is neither 抄送 nor 印发, the contract's 版记: warned (schema 1.5)
    assert trailer(doc) == want(
        imprint=(("市政府办公室",), "某市教育局办公室", "2024-06-19"), warnings=["content-unplaced"]
    )


def test_two_attachments_listed_on_one_line() -> None:
    doc = reply("特此答复。\n附件：1.某市校车线路一览表  2.某市校车安全管理办法\n" + SIGN)
    assert trailer(doc) == want(attachments=("某市校车线路一览表", "某市校车安全管理办法"))


def test_attachment_names_with_their_file_types() -> None:
    doc = reply("特此答复。\n" + SIGN + "\n附件：1.某市校车线路一览表.xlsx\n2.某市校车安全管理办法.pdf")
    assert trailer(doc) == want(attachments=("某市校车线路一览表.xlsx", "某市校车安全管理办法.pdf"))


def test_a_seal_note_naming_the_organ_after_its_name() -> None:
    doc = reply("特此答复。\n某市教育局（某市教育局印）\n2024年6月18日")
    assert trailer(doc) == want()


def test_a_letters_formula_then_the_signature_and_a_cc() -> None:
    doc = checked(
        "某市教育局关于商请协助做好校车通行保障的函\n"
        "市公安局交通警察支队：\n"
        "为保障秋季开学校车安全通行，现就有关事项函商如下：\n"
        "一、请在校车线路沿线加强交通疏导。\n"
        "二、请在学校门口增设临时停车位。\n"
        "特此函商，请予支持。\n"
        "某市教育局\n"
        "2024年8月20日\n"
        "（联系人：张某某，联系电话：0571-87001234）\n"
        "抄送：市交通运输局。"
    )
    assert trailer(doc) == want(
        closing="特此函商，请予支持。",
        signature=(("某市教育局",), "2024-08-20", "2024年8月20日"),
        contact={"name": "张某某", "phones": ("0571-87001234",)},
        imprint=(("市交通运输局",), None, None),
        last="为保障秋季开学校车安全通行，现就有关事项函商如下：",  # both sections are short headings
    )
    assert [s.marker for s in doc.sections] == ["一、", "二、"]


def test_an_approval_with_a_reply_formula_and_a_print_line() -> None:
    doc = checked(
        "某市人民政府关于同意调整城区校车线路的批复\n"
        "市教育局：\n"
        "你局《关于调整城区校车线路的请示》收悉。经研究，现批复如下：\n"
        "一、同意调整城区校车线路八条。\n"
        "二、请你局做好线路调整的宣传解释工作。\n"
        "此复。\n"
        "某市人民政府\n"
        "2024年7月1日\n"
        "（此件公开发布）\n"
        "抄送：市交通运输局，市公安局。\n"
        "某市人民政府办公室  2024年7月2日印发"
    )
    assert trailer(doc) == want(
        closing="此复。",
        signature=(("某市人民政府",), "2024-07-01", "2024年7月1日"),
        disclosure="主动公开",
        imprint=(("市交通运输局", "市公安局"), "某市人民政府办公室", "2024-07-02"),
        last="你局《关于调整城区校车线路的请示》收悉。经研究，现批复如下：",  # both sections are short headings
    )


# --- causes of the second batch: a new example of each --------------------------------------------------


def test_a_respectful_formula_replying_by_letter() -> None:
    assert trailer(reply("谨此函复。\n" + SIGN)) == want(closing="谨此函复。")


def test_a_note_on_request_after_a_numeral_date_on_its_line() -> None:
    doc = reply("特此答复。\n某市教育局\n二〇二四年六月十八日（此件依申请公开）")
    assert trailer(doc) == want(
        signature=(("某市教育局",), "2024-06-18", "二〇二四年六月十八日"), disclosure="依申请公开"
    )


def test_a_phone_and_fax_label_joined_by_a_slash() -> None:
    doc = reply("特此答复。\n" + SIGN + "\n经办人：李某\n电话/传真：0571-87001234")
    assert trailer(doc) == want(contact={"name": "李某", "phones": ("0571-87001234",)})


def test_a_detailed_address_label() -> None:
    doc = reply("特此答复。\n" + SIGN + "\n联系人：李某\n详细地址：某县城关镇人民路8号")
    assert trailer(doc) == want(contact={"name": "李某", "address": "某县城关镇人民路8号"})


def test_a_handling_department_label_names_the_unit() -> None:
    doc = reply("特此答复。\n" + SIGN + "\n承办部门：某市教育局学生资助中心\n联系人：李某")
    assert trailer(doc) == want(contact={"name": "李某", "unit": "某市教育局学生资助中心"})


def test_a_remark_label_over_bracket_numbered_points() -> None:
    doc = reply("特此答复。\n" + SIGN + "\n备注：\n（1）本件不予公开。\n（2）经办人：李某，手机：13900001111。")
    assert trailer(doc) == want(disclosure="不予公开", contact={"name": "李某", "phones": ("13900001111",)})
    assert [s.marker for s in doc.sections] == ["一、", "二、"]


def test_a_contact_unit_and_phone_on_one_line_above_the_title() -> None:
    doc = checked("联系单位：某市教育局  联系电话：0571-87001234\n" + HEAD + "特此答复。\n" + SIGN)
    assert trailer(doc) == want(contact={"phones": ("0571-87001234",), "unit": "某市教育局"})


def test_a_contact_in_the_trailer_is_not_joined_by_one_above_the_title() -> None:
    doc = checked("联系人：王某\n" + HEAD + "特此答复。\n" + SIGN + "\n联系人：李某  电话：87001234")
    assert trailer(doc) == want(contact={"name": "李某", "phones": ("87001234",)})


def test_an_official_seal_note_naming_its_unit_after_the_second_organ() -> None:
    doc = reply("特此答复。\n某市教育局\n某市财政局（某市财政局公章）\n2024年6月18日")
    assert trailer(doc) == want(signature=(("某市教育局", "某市财政局"), "2024-06-18", "2024年6月18日"))


# --- third batch, written before running it (after the second batch's fixes) ----------------------------


def test_a_letters_wish_after_the_formula() -> None:
    doc = reply("特此函复。\n顺颂时祺！\n" + SIGN)
    assert trailer(doc) == want(closing="特此函复。\n顺颂时祺！")


def test_a_date_in_brackets_under_the_organ() -> None:
    assert trailer(reply("特此答复。\n某市教育局\n（2024年6月18日）")) == want()


def test_organ_and_date_written_together_without_a_gap() -> None:
    assert trailer(reply("特此答复。\n某市教育局2024年6月18日")) == want()


def test_an_end_mark_after_the_date() -> None:
    assert trailer(reply("特此答复。\n" + SIGN + "\n（完）")) == want()


def test_an_extension_with_spaces_around_the_word_for_it() -> None:
    doc = reply("特此答复。\n" + SIGN + "\n联系人：张某某  联系电话：0571-87001234 转 8012")
    assert trailer(doc) == want(contact={"name": "张某某", "phones": ("0571-87001234 转 8012",)})


def test_a_mobile_number_label_without_its_last_word() -> None:
    doc = reply("特此答复。\n" + SIGN + "\n联系人：张某某  手机号：13900001111")
    assert trailer(doc) == want(contact={"name": "张某某", "phones": ("13900001111",)})


def test_an_english_phone_label() -> None:
    doc = reply("特此答复。\n" + SIGN + "\n联系人：张某某\nTel：0571-87001234")
    assert trailer(doc) == want(contact={"name": "张某某", "phones": ("0571-87001234",)})


def test_two_phones_parted_by_an_ideographic_space() -> None:
    doc = reply("特此答复。\n" + SIGN + "\n联系人：张某某\u3000联系电话：0571-87001234\u300013900001111")
    assert trailer(doc) == want(contact={"name": "张某某", "phones": ("0571-87001234", "13900001111")})


def test_a_second_number_marked_as_the_fax_is_left_out() -> None:
    doc = reply("特此答复。\n" + SIGN + "\n联系人：张某某  联系电话：0571-87001234、87001235（传真）")
    assert trailer(doc) == want(contact={"name": "张某某", "phones": ("0571-87001234",)})


def test_a_disclosure_sentence_without_brackets_after_the_date() -> None:
    assert trailer(reply("特此答复。\n" + SIGN + "\n此件主动公开。")) == want(disclosure="主动公开")


def test_an_information_disclosure_option_label_after_the_date() -> None:
    doc = reply("特此答复。\n" + SIGN + "\n信息公开选项：依申请公开")
    assert trailer(doc) == want(disclosure="依申请公开")


def test_a_labelled_print_line() -> None:
    doc = reply("特此答复。\n" + SIGN + "\n抄送：市政府办公室。\n印发机关：某市教育局办公室  印发日期：2024年6月19日")
    assert trailer(doc) == want(imprint=(("市政府办公室",), "某市教育局办公室", "2024-06-19"))


def test_a_print_line_with_the_number_of_copies_on_it() -> None:
    doc = reply("特此答复。\n" + SIGN + "\n抄送：市政府办公室。\n某市教育局办公室  2024年6月19日印发（共印10份）")
    assert trailer(doc) == want(imprint=(("市政府办公室",), "某市教育局办公室", "2024-06-19"))


def test_an_addressee_line_in_the_imprint_before_the_cc() -> None:
    doc = reply("特此答复。\n" + SIGN + "\n主送：周某某代表\n抄送：市人大常委会代表工作委员会，市政府办公室。")
    assert trailer(doc) == want(imprint=(("市人大常委会代表工作委员会", "市政府办公室"), None, None))
    assert doc.header.recipients == ("周某某代表",)


def test_a_letter_spaced_attachment_label() -> None:
    doc = reply("特此答复。\n附\u3000\u3000件：1.某市校车线路一览表\n2.某市校车安全管理办法\n" + SIGN)
    assert trailer(doc) == want(attachments=("某市校车线路一览表", "某市校车安全管理办法"))


def test_an_attachment_list_indented_with_tabs() -> None:
    doc = reply("特此答复。\n附件：\n\t1.某市校车线路一览表\n\t2.某市校车安全管理办法\n" + SIGN)
    assert trailer(doc) == want(attachments=("某市校车线路一览表", "某市校车安全管理办法"))


def test_a_forms_unit_and_date_labels() -> None:
    doc = reply("特此答复。\n单位（盖章）：某市教育局\n日期：2024年6月18日")
    assert trailer(doc) == want()


def test_a_reply_forms_labelled_replier_and_reply_date_with_spaces_in_the_labels() -> None:
    doc = reply("特此答复。\n答 复 单 位：某市教育局\n答 复 日 期：2024年6月18日")
    assert trailer(doc) == want()


def test_a_contact_line_of_name_and_mobile_under_a_joined_label_after_a_note() -> None:
    doc = reply("特此答复。\n" + SIGN + "\n（此件公开发布）\n联系人及手机：张某某 13900001111")
    assert trailer(doc) == want(disclosure="主动公开", contact={"name": "张某某", "phones": ("13900001111",)})


def test_a_township_reply_with_a_cc_to_the_proposer_and_a_print_line() -> None:
    doc = checked(
        "关于镇人大十九届三次会议第5号建议的答复\n"
        "陈某某代表：\n"
        "您提出的关于修缮村道的建议收悉，现答复如下：\n"
        "镇政府已将该村道修缮列入今年计划，预计十月底前完工。\n"
        "感谢您对全镇工作的支持！\n"
        "某县某某镇人民政府\n"
        "2024年6月18日\n"
        "抄送：镇人大主席团，陈某某代表。\n"
        "某县某某镇党政办公室  2024年6月18日印发"
    )
    assert trailer(doc) == want(
        closing="感谢您对全镇工作的支持！",
        signature=(("某县某某镇人民政府",), "2024-06-18", "2024年6月18日"),
        imprint=(("镇人大主席团", "陈某某代表"), "某县某某镇党政办公室", "2024-06-18"),
        last="镇政府已将该村道修缮列入今年计划，预计十月底前完工。",
    )


# --- causes of the third batch: a new example of each ---------------------------------------------------


def test_a_wish_for_the_readers_work_after_the_short_formula() -> None:
    doc = reply("此复。\n顺祝工作顺利！\n" + SIGN)
    assert trailer(doc) == want(closing="此复。\n顺祝工作顺利！")


def test_a_dotted_date_in_half_width_brackets_under_the_organ() -> None:
    doc = reply("特此答复。\n某市教育局\n(2024.6.18)")
    assert trailer(doc) == want(signature=(("某市教育局",), "2024-06-18", "2024.6.18"))


def test_an_extension_after_the_word_for_it_and_a_space() -> None:
    doc = reply("特此答复。\n" + SIGN + "\n经办人：李某  电话：87001234转 102")
    assert trailer(doc) == want(contact={"name": "李某", "phones": ("87001234转 102",)})


def test_a_phone_number_label_ending_in_its_word_for_number() -> None:
    doc = reply("特此答复。\n" + SIGN + "\n联系人：李某  电话号码：0571-87001234")
    assert trailer(doc) == want(contact={"name": "李某", "phones": ("0571-87001234",)})


def test_english_mobile_and_phone_labels_in_capitals() -> None:
    doc = reply("特此答复。\n" + SIGN + "\n联系人：李某\nMOBILE: 13900001111\nPHONE：0571-87001234")
    assert trailer(doc) == want(contact={"name": "李某", "phones": ("13900001111", "0571-87001234")})


def test_a_fax_mark_in_half_width_brackets_after_the_second_number() -> None:
    doc = reply("特此答复。\n" + SIGN + "\n经办人：李某  电话：87001234，87001235(传真)")
    assert trailer(doc) == want(contact={"name": "李某", "phones": ("87001234",)})


def test_a_sentence_that_the_reply_is_public_on_request() -> None:
    assert trailer(reply("特此答复。\n" + SIGN + "\n本件依申请公开。")) == want(disclosure="依申请公开")


def test_a_print_line_labelled_with_unit_and_time() -> None:
    doc = reply("特此答复。\n" + SIGN + "\n抄送：市政府办公室。\n印发单位：某市教育局办公室  印发时间：2024年6月19日")
    assert trailer(doc) == want(imprint=(("市政府办公室",), "某市教育局办公室", "2024-06-19"))


def test_the_number_of_copies_spaced_after_a_print_line_without_its_organ() -> None:
    doc = reply("特此答复。\n" + SIGN + "\n抄送：市政府办公室。\n2024年6月19日印发  共印 5 份")
    assert trailer(doc) == want(imprint=(("市政府办公室",), None, "2024-06-19"))


def test_a_sealing_unit_label_over_a_date_label() -> None:
    doc = reply("特此答复。\n盖章单位：某市教育局\n日期：2024年6月18日")
    assert trailer(doc) == want()


# --- fourth batch, written before running it (after the third batch's fixes) ----------------------------


def test_a_date_labelled_as_the_written_date_under_the_organ() -> None:
    assert trailer(reply("特此答复。\n某市教育局\n成文日期：2024年6月18日")) == want()


def test_the_organ_written_on_after_the_closing_with_the_date_below() -> None:
    assert trailer(reply("特此答复。          某市教育局\n2024年6月18日")) == want()


def test_an_organ_after_thanks_across_ideographic_spaces_is_the_signatures() -> None:
    doc = reply("感谢您对交通工作的关心和支持！\u3000\u3000\u3000\u3000某县交通运输局\n2023年9月3日")
    assert trailer(doc) == want(
        closing="感谢您对交通工作的关心和支持！", signature=(("某县交通运输局",), "2023-09-03", "2023年9月3日")
    )


def test_a_formula_after_the_last_body_sentence_then_a_gap_then_two_organs() -> None:
    doc = reply("请继续关注。特此函复。    某区卫生健康委员会\u3000\u3000某区财政局\n2024年1月5日")
    signature = (("某区卫生健康委员会", "某区财政局"), "2024-01-05", "2024年1月5日")
    assert trailer(doc) == want(closing="特此函复。", signature=signature, last="请继续关注。")


def test_an_organ_after_a_closing_across_tabs_is_the_signatures() -> None:
    doc = reply("专此函复。\t\t某市住房和城乡建设局\n2022年11月30日")
    signature = (("某市住房和城乡建设局",), "2022-11-30", "2022年11月30日")
    assert trailer(doc) == want(closing="专此函复。", signature=signature)


def test_ordinary_words_after_a_closing_and_a_gap_stay_on_its_line() -> None:
    doc = reply("特此答复。          欢迎监督指导\n" + SIGN)
    assert trailer(doc) == want(closing="特此答复。欢迎监督指导")


def test_name_and_phone_under_a_label_joined_by_a_slash() -> None:
    doc = reply("特此答复。\n" + SIGN + "\n联系人/电话：张某某/0571-87001234")
    assert trailer(doc) == want(contact={"name": "张某某", "phones": ("0571-87001234",)})


def test_the_cc_and_the_print_line_flattened_onto_one_line() -> None:
    doc = reply("特此答复。\n" + SIGN + "\n抄送：市政府办公室。  某市教育局办公室  2024年6月19日印发")
    assert trailer(doc) == want(imprint=(("市政府办公室",), "某市教育局办公室", "2024-06-19"))


def test_a_qq_number_after_the_contacts_name_is_no_phone() -> None:
    doc = reply("特此答复。\n" + SIGN + "\n联系人：张某某  QQ：12345678")
    assert trailer(doc) == want(contact={"name": "张某某"})


def test_attachment_labels_numbered_in_chinese() -> None:
    doc = reply("特此答复。\n附件一：某市校车线路一览表\n附件二：某市校车安全管理办法\n" + SIGN)
    assert trailer(doc) == want(attachments=("某市校车线路一览表", "某市校车安全管理办法"))


def test_two_seal_notes_side_by_side_under_two_organs() -> None:
    doc = reply("特此答复。\n某市教育局\u3000\u3000某市财政局\n（盖章）\u3000\u3000（盖章）\n2024年6月18日")
    assert trailer(doc) == want(signature=(("某市教育局", "某市财政局"), "2024-06-18", "2024年6月18日"))


def test_a_service_number_of_three_groups() -> None:
    doc = reply("特此答复。\n" + SIGN + "\n咨询电话：400-800-1234")
    assert trailer(doc) == want(contact={"phones": ("400-800-1234",)})


def test_a_date_with_a_numeral_year_and_month_and_an_arabic_day() -> None:
    doc = reply("特此答复。\n某市教育局\n二〇二四年六月18日")
    assert trailer(doc) == want(signature=(("某市教育局",), "2024-06-18", "二〇二四年六月18日"))


def test_an_organ_whose_name_holds_digits() -> None:
    doc = reply("特此答复。\n某市12345政务服务便民热线管理中心\n2024年6月18日")
    assert trailer(doc) == want(signature=(("某市12345政务服务便民热线管理中心",), "2024-06-18", "2024年6月18日"))


def test_a_bold_closing_in_markdown() -> None:
    assert trailer(reply("**特此答复。**\n" + SIGN)) == want()


def test_the_office_then_the_person_under_the_person_label() -> None:
    doc = reply("特此答复。\n" + SIGN + "\n联系人：基础教育处 张某某  电话：87001234")
    assert trailer(doc) == want(contact={"name": "张某某", "phones": ("87001234",), "unit": "基础教育处"})


def test_a_publication_note_before_the_signature() -> None:
    assert trailer(reply("特此答复。\n（此件主动公开）\n" + SIGN)) == want(disclosure="主动公开")


def test_a_closing_of_thanks_and_a_wish_on_two_lines_then_organ_and_date_on_one() -> None:
    doc = reply("感谢您对教育工作的关心和支持！\n祝您工作顺利！\n某市教育局  2024年6月18日")
    assert trailer(doc) == want(closing="感谢您对教育工作的关心和支持！\n祝您工作顺利！")


def test_a_joint_reply_signed_by_a_lead_and_a_joint_office_with_seal_words_in_the_labels() -> None:
    doc = reply("特此答复。\n主办单位（盖章）：某市教育局\n会办单位（盖章）：某市交通运输局\n签发日期：2024年6月18日")
    assert trailer(doc) == want(signature=(("某市教育局", "某市交通运输局"), "2024-06-18", "2024年6月18日"))


def test_a_notice_with_attachment_titles_under_chinese_numbered_labels_after_the_signature() -> None:
    doc = checked(
        "某市教育局关于开展校车安全大检查的通知\n"
        "各区教育局：\n"
        "为确保校车运行安全，决定开展校车安全大检查。\n"
        "一、检查内容\n"
        "校车车况、驾驶人资质和随车照管人员配备情况。\n"
        "特此通知。\n"
        "某市教育局\n"
        "2024年8月20日\n"
        "附件一\n"
        "校车安全检查表\n"
        "附件二\n"
        "校车驾驶人名单\n"
    )
    assert trailer(doc) == want(
        closing="特此通知。",
        signature=(("某市教育局",), "2024-08-20", "2024年8月20日"),
        attachments=("校车安全检查表", "校车驾驶人名单"),
        last="校车车况、驾驶人资质和随车照管人员配备情况。",
    )


# --- causes of the fourth batch: a new example of each --------------------------------------------------


def test_a_dashed_written_date_label_under_the_organ() -> None:
    doc = reply("特此答复。\n某市教育局\n成文日期：2024-06-18")
    assert trailer(doc) == want(signature=(("某市教育局",), "2024-06-18", "2024-06-18"))


def test_a_written_date_label_with_no_organ_over_it_is_no_signature() -> None:
    doc = reply("特此答复。\n成文日期：2024年6月18日")
    assert doc.signature is None
    assert "field-missing" in [w.code for w in doc.warnings]


def test_a_print_line_written_on_after_the_cc_lists_stop() -> None:
    doc = reply("特此答复。\n" + SIGN + "\n抄送：区委办，区政府办。区教育局办公室2024年6月19日印发")
    assert trailer(doc) == want(imprint=(("区委办", "区政府办"), "区教育局办公室", "2024-06-19"))


def test_a_wechat_id_between_the_name_and_the_phone() -> None:
    doc = reply("特此答复。\n" + SIGN + "\n经办人：李某  微信：li_mou123  电话：87001234")
    assert trailer(doc) == want(contact={"name": "李某", "phones": ("87001234",)})


def test_a_chinese_numbered_attachment_label_with_a_pause_mark() -> None:
    doc = reply("特此答复。\n附件一、校车站点调整表\n" + SIGN)
    assert trailer(doc) == want(attachments=("校车站点调整表",))


def test_half_width_seal_notes_under_three_organs() -> None:
    doc = reply("特此答复。\n某市教育局    某市财政局    某市交通运输局\n(公章)    (公章)    (公章)\n2024年6月18日")
    assert trailer(doc) == want(
        signature=(("某市教育局", "某市财政局", "某市交通运输局"), "2024-06-18", "2024年6月18日")
    )


def test_a_service_number_without_hyphens() -> None:
    doc = reply("特此答复。\n" + SIGN + "\n咨询电话：8008201234")
    assert trailer(doc) == want(contact={"phones": ("8008201234",)})


def test_a_short_wish_after_the_thanks() -> None:
    doc = reply("感谢您的关心和支持！\n祝好！\n" + SIGN)
    assert trailer(doc) == want(closing="感谢您的关心和支持！\n祝好！")


# --- fifth batch, written before running it (after the fourth batch's fixes) -----------------------------


def test_the_answers_end_asking_to_be_corrected_or_excused() -> None:
    for words in ("以上答复，请予指正。", "以上答复，敬请谅解。"):
        assert trailer(reply(f"{words}\n{SIGN}")) == want(closing=words), words


def test_the_contacts_name_in_brackets_after_the_phone() -> None:
    doc = reply("特此答复。\n" + SIGN + "\n联系电话：0571-87001234（张某某）")
    assert trailer(doc) == want(contact={"name": "张某某", "phones": ("0571-87001234",)})


def test_a_note_after_the_mobile_that_it_is_also_the_wechat() -> None:
    doc = reply("特此答复。\n" + SIGN + "\n联系人：张某某  手机：13900001111（微信同号）")
    assert trailer(doc) == want(contact={"name": "张某某", "phones": ("13900001111",)})


def test_a_note_label_over_a_disclosure_sentence_and_a_contact_line() -> None:
    doc = reply("特此答复。\n" + SIGN + "\n附注：\n此件主动公开。\n联系人：张某某  电话：87001234")
    assert trailer(doc) == want(disclosure="主动公开", contact={"name": "张某某", "phones": ("87001234",)})


def test_a_cc_to_county_governments_with_a_bracketed_list_inside() -> None:
    doc = reply("特此答复。\n" + SIGN + "\n抄送：各县（市、区）人民政府，市直各部门。")
    assert trailer(doc) == want(imprint=(("各县（市、区）人民政府", "市直各部门"), None, None))


def test_a_print_line_between_heavy_rules() -> None:
    rule = "━" * 20
    doc = reply("特此答复。\n" + SIGN + f"\n{rule}\n抄送：市政府办公室。\n某市教育局办公室  2024年6月19日印发\n{rule}")
    assert trailer(doc) == want(imprint=(("市政府办公室",), "某市教育局办公室", "2024-06-19"))


def test_a_labelled_replier_over_a_plain_date() -> None:
    assert trailer(reply("特此答复。\n答复单位：某市教育局\n2024年6月18日")) == want()


def test_an_attachment_label_saying_none() -> None:
    assert trailer(reply("特此答复。\n附件：无\n" + SIGN)) == want()


def test_attachment_titles_ending_in_list_punctuation() -> None:
    doc = reply("特此答复。\n附件：1.某市校车线路一览表；\n2.某市校车安全管理办法。\n" + SIGN)
    assert trailer(doc) == want(attachments=("某市校车线路一览表", "某市校车安全管理办法"))


def test_two_phones_parted_by_a_spaced_slash() -> None:
    doc = reply("特此答复。\n" + SIGN + "\n联系人：张某某  电话：0571-87001234 / 13900001111")
    assert trailer(doc) == want(contact={"name": "张某某", "phones": ("0571-87001234", "13900001111")})


def test_a_district_reply_with_a_labelled_note_and_cc_to_county_level_units() -> None:
    doc = checked(
        "关于区政协五届二次会议第018号提案的答复\n"
        "钱某某委员：\n"
        "您提出的关于加强校园周边交通管理的提案收悉，现答复如下：\n"
        "一、加强高峰时段疏导\n"
        "区交警大队在全区三十所学校门口设置护学岗。\n"
        "以上答复，请予指正。\n"
        "某区教育局\n"
        "2024年6月18日\n"
        "附注：此件公开发布。\n"
        "联系人：钱某  联系电话：0571-86001234\n"
        "抄送：区政协提案委员会，区政府办公室。"
    )
    assert trailer(doc) == want(
        closing="以上答复，请予指正。",
        signature=(("某区教育局",), "2024-06-18", "2024年6月18日"),
        disclosure="主动公开",
        contact={"name": "钱某", "phones": ("0571-86001234",)},
        imprint=(("区政协提案委员会", "区政府办公室"), None, None),
        last="区交警大队在全区三十所学校门口设置护学岗。",
    )


# --- causes of the fifth batch: a new example of each ---------------------------------------------------


def test_the_answers_end_asking_pardon_for_its_shortcomings() -> None:
    words = "以上答复，如有不周之处，敬请谅解。"
    assert trailer(reply(f"{words}\n{SIGN}")) == want(closing=words)


def test_a_name_in_half_width_brackets_after_a_mobile_and_a_lines_word_that_is_no_name() -> None:
    doc = reply("特此答复。\n" + SIGN + "\n电话：13900001111(李某)")
    assert trailer(doc) == want(contact={"name": "李某", "phones": ("13900001111",)})
    doc = reply("特此答复。\n" + SIGN + "\n联系电话：87001234（办公室）")
    assert trailer(doc) == want(contact={"phones": ("87001234",)})


def test_an_attachment_label_saying_there_is_none_yet() -> None:
    assert trailer(reply("特此答复。\n" + SIGN + "\n附件：暂无")) == want()


def test_attachment_titles_ending_in_commas_of_the_list() -> None:
    doc = reply("特此答复。\n附件：1、校车站点调整表，\n2、校车运行时刻表。\n" + SIGN)
    assert trailer(doc) == want(attachments=("校车站点调整表", "校车运行时刻表"))


# --- sixth batch, written before running it (after the fifth batch's fixes) ------------------------------


def test_a_postcode_in_brackets_after_the_address_without_its_label() -> None:
    doc = reply("特此答复。\n" + SIGN + "\n联系人：张某某\n联系地址：某市解放路100号（310000）")
    assert trailer(doc) == want(contact={"name": "张某某", "address": "某市解放路100号", "postcode": "310000"})


def test_a_postcode_label_without_its_colon() -> None:
    doc = reply("特此答复。\n" + SIGN + "\n联系人：张某某  邮编310000")
    assert trailer(doc) == want(contact={"name": "张某某", "postcode": "310000"})


def test_thanks_alone_as_the_closing() -> None:
    assert trailer(reply("谢谢！\n" + SIGN)) == want(closing="谢谢！")


def test_a_cc_to_two_deputies_named_together() -> None:
    doc = reply("特此答复。\n" + SIGN + "\n抄送：王某某、李某某代表。")
    assert trailer(doc) == want(imprint=(("王某某、李某某代表",), None, None))


def test_a_desk_phone_after_the_contacts_name_without_a_label() -> None:
    doc = reply("特此答复。\n" + SIGN + "\n联系人：张某某 0571-87001234")
    assert trailer(doc) == want(contact={"name": "张某某", "phones": ("0571-87001234",)})


def test_closing_attachments_and_contact_before_the_signature() -> None:
    doc = reply("特此答复。\n附件：某市校车线路一览表\n联系人：张某某  电话：87001234\n" + SIGN)
    assert trailer(doc) == want(
        attachments=("某市校车线路一览表",), contact={"name": "张某某", "phones": ("87001234",)}
    )


def test_a_note_that_a_meeting_approved_the_reply_after_the_date() -> None:
    # a note of how the reply was approved has no field of the contract: warned (schema 1.5)
    doc = reply("特此答复。\n" + SIGN + "\n（本答复已经局长办公会审定）")
    assert trailer(doc) == want(warnings=["content-unplaced"])


def test_an_email_with_a_full_width_at_sign_under_the_mail_label() -> None:
    doc = reply("特此答复。\n" + SIGN + "\n联系人：张某某\n电子邮箱：jyj＠example.gov.cn")
    assert trailer(doc) == want(contact={"name": "张某某", "email": "jyj＠example.gov.cn"})


# --- causes of the sixth batch: a new example of each ---------------------------------------------------


def test_a_postcode_in_half_width_brackets_after_a_mailing_address() -> None:
    doc = reply("特此答复。\n" + SIGN + "\n经办人：李某\n通讯地址：某县城关镇人民路8号(311100)")
    assert trailer(doc) == want(contact={"name": "李某", "address": "某县城关镇人民路8号", "postcode": "311100"})


def test_a_phone_label_glued_to_its_number_after_the_name() -> None:
    doc = reply("特此答复。\n" + SIGN + "\n联系人：李某  电话87001234")
    assert trailer(doc) == want(contact={"name": "李某", "phones": ("87001234",)})


# --- seventh batch, written before running it (after the sixth batch's fixes) ----------------------------


def test_a_local_number_written_in_two_groups() -> None:
    doc = reply("特此答复。\n" + SIGN + "\n联系人：张某某  联系电话：0571-8700 1234")
    assert trailer(doc) == want(contact={"name": "张某某", "phones": ("0571-8700 1234",)})


def test_a_cc_to_the_offices_own_leaders_and_its_file() -> None:
    doc = reply("特此答复。\n" + SIGN + "\n抄送：本局领导，办公室，存档。")
    assert trailer(doc) == want(imprint=(("本局领导", "办公室", "存档"), None, None))


def test_a_seal_note_between_two_lines_of_a_joint_signature_and_a_numeral_date() -> None:
    doc = reply("特此答复。\n某市教育局\n（印）\n某市财政局\n（印）\n二〇二四年六月十八日")
    assert trailer(doc) == want(signature=(("某市教育局", "某市财政局"), "2024-06-18", "二〇二四年六月十八日"))


def test_a_mobile_with_the_country_code() -> None:
    """(round 4 read the mobile without its code; schema 1.13 keeps it as written, as the contract says)"""
    doc = reply("特此答复。\n" + SIGN + "\n联系人：张某某  手机：+86 13900001111")
    assert trailer(doc) == want(contact={"name": "张某某", "phones": ("+86 13900001111",)})


# --- causes of the seventh batch: a new example ---------------------------------------------------------


def test_a_local_number_in_two_groups_after_a_bracketed_area_code() -> None:
    doc = reply("特此答复。\n" + SIGN + "\n经办人：李某  电话：(0571)8600 2345")
    assert trailer(doc) == want(contact={"name": "李某", "phones": ("(0571)8600 2345",)})
