"""Third round of probes, trailer side: short documents written to try the closing, the 落款 (organs
and date), the contact block, the 版记 and the 附件 list the ways real replies, notices, opinions and
批复 vary them. Expected values come from the contract and the domain guide, written by hand before
the parser was run on any of them."""

from __future__ import annotations

import govdoc
from tests.probing import codes

# A reply's head and a two-section body: what the trailer probes hang their tail on.
REPLY = (
    "关于区政协二届三次会议第0117号提案的答复\n"
    "陈某某委员：\n"
    "您提出的《关于加快老旧小区加装电梯的提案》收悉。经认真研究，现答复如下：\n"
    "一、工作进展\n"
    "今年以来，全区已完成加装电梯四十二台。\n"
    "二、下一步打算\n"
    "我局将简化审批流程，加大财政补助力度。\n"
)
LAST = "我局将简化审批流程，加大财政补助力度。"


def reply(tail: str) -> govdoc.Document:
    return govdoc.parse_text(REPLY + tail)


def signed(doc: govdoc.Document) -> tuple[tuple[str, ...], str | None, str | None] | None:
    s = doc.signature
    return None if s is None else (s.issuers, s.date, s.date_text)


def contact(doc: govdoc.Document) -> dict[str, object]:
    c = doc.contact
    if c is None:
        return {}
    fields = {"name": c.name, "phones": c.phones, "address": c.address, "postcode": c.postcode}
    fields |= {"email": c.email, "unit": c.unit}
    return {k: v for k, v in fields.items() if v not in (None, ())}


def imprint(doc: govdoc.Document) -> tuple[tuple[str, ...], str | None, str | None] | None:
    i = doc.imprint
    return None if i is None else (i.cc, i.printed_by, i.printed_on)


def closing(doc: govdoc.Document) -> str | None:
    return None if doc.closing is None else doc.closing.text


def last_paragraph(doc: govdoc.Document) -> str:
    sections = list(doc.iter_sections())
    return sections[-1].paragraphs[-1].text


# --- closings --------------------------------------------------------------------------------------


def test_closings_of_several_wordings_leave_the_body_intact() -> None:
    for words in (
        "专此答复。",
        "特此回复。",
        "以上答复，如有意见请及时与我们联系。",
        "以上答复如有不妥，请批评指正。",
        "衷心感谢您对我区城市更新工作的关注，欢迎继续提出宝贵意见和建议。",
        "再次感谢您对住房保障工作的理解和支持！",
        "非常感谢您对我们工作的关心。",
        "特此答复，谢谢！",
    ):
        doc = reply(f"{words}\n某区住房和城乡建设局\n2024年5月6日")
        assert closing(doc) == words, words
        assert last_paragraph(doc) == LAST, words
        assert signed(doc) == (("某区住房和城乡建设局",), "2024-05-06", "2024年5月6日"), words


def test_thanks_then_a_request_for_feedback_are_one_closing() -> None:
    doc = reply(
        "感谢您对我区加装电梯工作的关心和支持！\n如对答复有意见，请填写意见反馈表寄回我局。\n某区住房和城乡建设局\n2024年5月6日"
    )
    assert closing(doc) == "感谢您对我区加装电梯工作的关心和支持！\n如对答复有意见，请填写意见反馈表寄回我局。"
    assert last_paragraph(doc) == LAST


def test_a_closing_sentence_naming_a_contact_gives_the_contact_too() -> None:
    doc = reply(
        "以上答复，如有问题请与区住建局物业科联系，联系电话：0571-86012345。\n某区住房和城乡建设局\n2024年5月6日"
    )
    assert contact(doc).get("phones") == ("0571-86012345",)
    assert closing(doc) == "以上答复，如有问题请与区住建局物业科联系，联系电话：0571-86012345。"
    assert last_paragraph(doc) == LAST
    assert signed(doc) == (("某区住房和城乡建设局",), "2024-05-06", "2024年5月6日")


# --- signature: organs -----------------------------------------------------------------------------


def test_three_organs_one_per_line_sign_jointly() -> None:
    doc = reply("特此答复。\n某区住房和城乡建设局\n某区财政局\n某区市场监督管理局\n2024年5月6日")
    assert signed(doc) == (
        ("某区住房和城乡建设局", "某区财政局", "某区市场监督管理局"),
        "2024-05-06",
        "2024年5月6日",
    )


def test_two_organs_side_by_side_with_full_width_spaces() -> None:
    doc = reply("特此答复。\n某区住房和城乡建设局\u3000\u3000某区财政局\n2024年5月6日")
    assert signed(doc) == (("某区住房和城乡建设局", "某区财政局"), "2024-05-06", "2024年5月6日")


def test_lead_and_joint_organs_labelled_in_the_signature() -> None:
    doc = reply("特此答复。\n主办单位：某区住房和城乡建设局\n会办单位：某区财政局\n2024年5月6日")
    s = doc.signature
    assert s is not None and s.date == "2024-05-06"
    assert s.issuers == ("某区住房和城乡建设局", "某区财政局")


def test_a_signature_pushed_right_with_spaces() -> None:
    doc = reply("特此答复。\n\n" + " " * 40 + "某区住房和城乡建设局\n" + " " * 42 + "2024年5月6日\n")
    assert signed(doc) == (("某区住房和城乡建设局",), "2024-05-06", "2024年5月6日")


def test_a_signature_pushed_right_with_ideographic_spaces() -> None:
    doc = reply("特此答复。\n" + "\u3000" * 16 + "某区住房和城乡建设局\n" + "\u3000" * 17 + "2024年5月6日")
    assert signed(doc) == (("某区住房和城乡建设局",), "2024-05-06", "2024年5月6日")


def test_organ_and_date_on_one_line() -> None:
    doc = reply("特此答复。\n某区住房和城乡建设局    2024年5月6日")
    assert signed(doc) == (("某区住房和城乡建设局",), "2024-05-06", "2024年5月6日")


def test_a_seal_note_on_its_own_line_between_organ_and_date() -> None:
    doc = reply("特此答复。\n某区住房和城乡建设局\n（盖章）\n2024年5月6日")
    assert signed(doc) == (("某区住房和城乡建设局",), "2024-05-06", "2024年5月6日")
    assert "盖章" not in last_paragraph(doc)


def test_a_seal_note_after_the_organ() -> None:
    for note in ("（盖章）", "(盖章)", "（公章）"):
        doc = reply(f"特此答复。\n某区住房和城乡建设局{note}\n2024年5月6日")
        assert signed(doc) == (("某区住房和城乡建设局",), "2024-05-06", "2024年5月6日"), note


def test_a_date_before_the_organ_with_weekday() -> None:
    doc = reply("特此答复。\n2024年5月6日 星期一\n某区住房和城乡建设局")
    assert signed(doc) == (("某区住房和城乡建设局",), "2024-05-06", "2024年5月6日")


# --- signature: dates ------------------------------------------------------------------------------


def test_a_weekday_after_the_date() -> None:
    for line, text in (
        ("2024年5月6日 星期一", "2024年5月6日"),
        ("2024年5月6日（星期一）", "2024年5月6日"),
        ("2024年5月6日(星期一)", "2024年5月6日"),
        ("2024年5月6日  周一", "2024年5月6日"),
        ("二〇二四年五月六日 星期一", "二〇二四年五月六日"),
    ):
        doc = reply(f"此复。\n某区住房和城乡建设局\n{line}")
        assert signed(doc) == (("某区住房和城乡建设局",), "2024-05-06", text), line
        assert last_paragraph(doc) == LAST, line


def test_dates_written_with_dots_dashes_or_slashes() -> None:
    for text in ("2024.5.6", "2024.05.06", "2024-05-06", "2024-5-6", "2024/5/6"):
        doc = reply(f"此复。\n某区住房和城乡建设局\n{text}")
        assert signed(doc) == (("某区住房和城乡建设局",), "2024-05-06", text), text


def test_a_date_with_zero_padded_month_and_day() -> None:
    doc = reply("此复。\n某区住房和城乡建设局\n2024年05月06日")
    assert signed(doc) == (("某区住房和城乡建设局",), "2024-05-06", "2024年05月06日")


def test_a_date_in_full_width_digits() -> None:
    doc = reply("此复。\n某区住房和城乡建设局\n２０２４年５月６日")
    assert signed(doc) == (("某区住房和城乡建设局",), "2024-05-06", "２０２４年５月６日")


def test_a_chinese_numeral_date_with_tens() -> None:
    doc = reply("此复。\n某区住房和城乡建设局\n二〇二三年十二月二十一日")
    assert signed(doc) == (("某区住房和城乡建设局",), "2023-12-21", "二〇二三年十二月二十一日")


def test_a_seal_note_after_the_date() -> None:
    doc = reply("此复。\n某区住房和城乡建设局\n2024年5月6日（盖章）")
    assert signed(doc) == (("某区住房和城乡建设局",), "2024-05-06", "2024年5月6日")


# --- signature: labelled -----------------------------------------------------------------------------


def test_labelled_reply_unit_and_reply_time_on_two_lines() -> None:
    doc = reply("特此答复。\n答复单位：某区住房和城乡建设局\n答复时间：2024年5月6日")
    assert signed(doc) == (("某区住房和城乡建设局",), "2024-05-06", "2024年5月6日")
    assert closing(doc) == "特此答复。"


def test_labelled_reply_unit_and_reply_date_on_one_line() -> None:
    doc = reply("特此答复。\n答复单位：某区住房和城乡建设局    答复日期：2024年5月6日")
    assert signed(doc) == (("某区住房和城乡建设局",), "2024-05-06", "2024年5月6日")


def test_labelled_reply_date_with_a_half_width_colon_and_no_closing() -> None:
    doc = reply("答复单位:某区住房和城乡建设局\n答复日期:2024-05-06")
    assert signed(doc) == (("某区住房和城乡建设局",), "2024-05-06", "2024-05-06")
    assert last_paragraph(doc) == LAST


def test_a_handling_unit_label_and_signing_date_label() -> None:
    doc = reply("特此答复。\n承办单位：某区住房和城乡建设局\n签发日期：2024年5月6日")
    assert contact(doc).get("unit") == "某区住房和城乡建设局"
    s = doc.signature
    assert s is not None and (s.date, s.date_text) == ("2024-05-06", "2024年5月6日")
    assert last_paragraph(doc) == LAST


# --- contact ----------------------------------------------------------------------------------------


def sig_then(tail: str) -> govdoc.Document:
    return reply("特此答复。\n某区住房和城乡建设局\n2024年5月6日\n" + tail)


def test_contact_name_and_phone_on_one_line_with_spaces() -> None:
    doc = sig_then("联系人：王某某  联系电话：0571-87001234")
    assert contact(doc) == {"name": "王某某", "phones": ("0571-87001234",)}
    assert signed(doc) == (("某区住房和城乡建设局",), "2024-05-06", "2024年5月6日")


def test_contact_with_mobile_and_fax_keeps_the_mobile_only() -> None:
    doc = sig_then("联系人：李某；电话：13812345678；传真：0571-87001235")
    assert contact(doc) == {"name": "李某", "phones": ("13812345678",)}  # a fax number is no phone


def test_contact_block_with_address_postcode_and_email() -> None:
    doc = sig_then(
        "联系人：王某\n联系电话：0571-87001234\n通讯地址：某市某区文化路18号\n邮政编码：310012\n电子邮箱：zjj@example.cn"
    )
    assert contact(doc) == {
        "name": "王某",
        "phones": ("0571-87001234",),
        "address": "某市某区文化路18号",
        "postcode": "310012",
        "email": "zjj@example.cn",
    }


def test_contact_with_a_short_address_label_and_postcode_on_one_line() -> None:
    doc = sig_then("联系人：王某，电话：87001234\n地址：某区文化路18号  邮编：310012")
    assert contact(doc) == {
        "name": "王某",
        "phones": ("87001234",),
        "address": "某区文化路18号",
        "postcode": "310012",
    }


def test_contact_unit_from_a_contact_unit_label() -> None:
    doc = sig_then("联系单位：某区住建局物业管理科\n联系人：周某\n联系电话：86012345")
    assert contact(doc) == {"unit": "某区住建局物业管理科", "name": "周某", "phones": ("86012345",)}


def test_contact_unit_and_phone_under_one_label() -> None:
    doc = sig_then("（联系单位及电话：某区住建局物业管理科，86012345）")
    assert contact(doc) == {"unit": "某区住建局物业管理科", "phones": ("86012345",)}


def test_contact_with_a_handling_office_label() -> None:
    doc = sig_then("办理处室：物业管理科    联系人：周某    联系电话：86012345")
    assert contact(doc) == {"unit": "物业管理科", "name": "周某", "phones": ("86012345",)}


def test_contact_name_and_phone_under_one_label() -> None:
    doc = sig_then("联系人及电话：王某，13912345678")
    assert contact(doc) == {"name": "王某", "phones": ("13912345678",)}


def test_contact_with_letter_spaced_label_and_two_phones() -> None:
    doc = sig_then("联 系 人：王某\n联系电话：87001234、13912345678")
    assert contact(doc) == {"name": "王某", "phones": ("87001234", "13912345678")}


def test_contact_in_parentheses_with_a_handler_label() -> None:
    doc = sig_then("（经办人：孙某；联系电话：0571-87001234转8021）")
    assert contact(doc) == {"name": "孙某", "phones": ("0571-87001234转8021",)}


def test_contact_written_as_a_sentence_after_the_signature() -> None:
    doc = sig_then("如有疑问，请与我局物业管理科联系，联系电话：0571-86012345。")
    assert contact(doc).get("phones") == ("0571-86012345",)
    assert signed(doc) == (("某区住房和城乡建设局",), "2024-05-06", "2024年5月6日")


def test_contact_written_as_label_contact_way() -> None:
    doc = sig_then("联系方式：王某  0571-87001234")
    assert contact(doc).get("phones") == ("0571-87001234",)


# --- 版记 ----------------------------------------------------------------------------------------------


def test_cc_split_at_the_enumeration_comma_between_organs() -> None:
    doc = sig_then("抄送：区人大常委会代表工作委员会、区政府督查室。\n某区住房和城乡建设局办公室  2024年5月8日印发")
    assert imprint(doc) == (
        ("区人大常委会代表工作委员会", "区政府督查室"),
        "某区住房和城乡建设局办公室",
        "2024-05-08",
    )


def test_old_report_copy_label_and_print_line_on_two_lines() -> None:
    doc = sig_then("抄报：区政府办公室\n抄送：区政协提案委员会\n某区住房和城乡建设局办公室\n2024年5月8日印发")
    i = doc.imprint
    assert i is not None
    assert set(i.cc) == {"区政府办公室", "区政协提案委员会"}
    assert (i.printed_by, i.printed_on) == ("某区住房和城乡建设局办公室", "2024-05-08")


def test_print_line_with_a_chinese_numeral_date() -> None:
    doc = sig_then("抄送：区政协提案委员会。\n某区住房和城乡建设局办公室    二〇二四年五月八日印发")
    assert imprint(doc) == (("区政协提案委员会",), "某区住房和城乡建设局办公室", "2024-05-08")
    assert signed(doc) == (("某区住房和城乡建设局",), "2024-05-06", "2024年5月6日")


# --- 附件 ------------------------------------------------------------------------------------------------


def test_attachments_numbered_with_the_enumeration_comma() -> None:
    doc = reply("特此答复。\n附件：1、加装电梯项目清单\n      2、补助资金分配表\n某区住房和城乡建设局\n2024年5月6日")
    assert doc.attachments == ("加装电梯项目清单", "补助资金分配表")
    assert signed(doc) == (("某区住房和城乡建设局",), "2024-05-06", "2024年5月6日")


def test_a_single_attachment_without_a_number() -> None:
    doc = reply("特此答复。\n附件：加装电梯项目清单\n某区住房和城乡建设局\n2024年5月6日")
    assert doc.attachments == ("加装电梯项目清单",)
    assert signed(doc) == (("某区住房和城乡建设局",), "2024-05-06", "2024年5月6日")


def test_attachments_each_under_its_own_numbered_label() -> None:
    doc = reply("特此答复。\n附件1：加装电梯项目清单\n附件2：补助资金分配表\n某区住房和城乡建设局\n2024年5月6日")
    assert doc.attachments == ("加装电梯项目清单", "补助资金分配表")
    assert signed(doc) == (("某区住房和城乡建设局",), "2024-05-06", "2024年5月6日")


# --- web-scraped tails ----------------------------------------------------------------------------------


def test_print_and_close_buttons_after_the_signature() -> None:
    doc = sig_then("【打印本页】  【关闭窗口】")
    assert signed(doc) == (("某区住房和城乡建设局",), "2024-05-06", "2024年5月6日")
    assert "关闭窗口" not in doc.text


def test_scan_code_and_share_chrome_after_the_contact() -> None:
    doc = sig_then("联系人：王某  联系电话：87001234\n扫一扫在手机打开当前页\n分享到：")
    assert contact(doc) == {"name": "王某", "phones": ("87001234",)}
    assert "扫一扫" not in doc.text


def test_previous_and_next_links_after_the_signature() -> None:
    doc = sig_then("上一篇：关于区政协二届三次会议第0116号提案的答复\n下一篇：关于区政协二届三次会议第0118号提案的答复")
    assert signed(doc) == (("某区住房和城乡建设局",), "2024-05-06", "2024年5月6日")
    assert "上一篇" not in doc.text


def test_an_editor_credit_is_not_a_contact() -> None:
    doc = sig_then("（责任编辑：王某）")
    assert contact(doc) == {}
    assert signed(doc) == (("某区住房和城乡建设局",), "2024-05-06", "2024年5月6日")


# --- documents at other levels and of other kinds --------------------------------------------------


def test_a_ministry_reply_to_a_national_proposal() -> None:
    doc = govdoc.parse_text(
        "某某部\n某部函〔2024〕188号\n"
        "关于政协十四届全国委员会第二次会议第01234号（资源环境类056号）提案答复的函\n"
        "刘某某委员：\n您提出的关于加强湿地保护修复的提案收悉。经商财政部，现答复如下：\n"
        "一、关于湿地保护立法\n湿地保护法已于2022年施行。\n二、关于资金投入\n中央财政持续安排湿地保护补助资金。\n"
        "感谢您对湿地保护工作的关心和支持。\n"
        "某某部\n2024年7月1日\n（联系单位及电话：某某部湿地管理司  010-66551234）"
    )
    assert closing(doc) == "感谢您对湿地保护工作的关心和支持。"
    assert signed(doc) == (("某某部",), "2024-07-01", "2024年7月1日")
    assert contact(doc) == {"unit": "某某部湿地管理司", "phones": ("010-66551234",)}


def test_a_provincial_reply_to_a_deputys_suggestion() -> None:
    doc = govdoc.parse_text(
        "关于省十四届人大二次会议第1234号建议的答复\n张某代表：\n"
        "您提出的《关于加强乡村教师队伍建设的建议》收悉。现答复如下：\n"
        "一、关于教师待遇\n全省乡村教师生活补助已全面落实。\n二、关于编制保障\n我厅将会同省委编办统筹调剂编制。\n"
        "以上答复，如有意见请及时与我们联系。\n"
        "某省教育厅\n2024年6月20日\n（联系人：李某某，联系电话：0571-87001234）\n"
        "抄送：省人大常委会代表工作委员会，省政府办公厅。"
    )
    assert closing(doc) == "以上答复，如有意见请及时与我们联系。"
    assert signed(doc) == (("某省教育厅",), "2024-06-20", "2024年6月20日")
    assert contact(doc) == {"name": "李某某", "phones": ("0571-87001234",)}
    assert imprint(doc) == (("省人大常委会代表工作委员会", "省政府办公厅"), None, None)


def test_a_county_reply_with_hosted_and_joint_organs_and_a_mobile() -> None:
    doc = govdoc.parse_text(
        "对县政协九届四次会议第12号提案的答复\n赵某委员：\n"
        "您提出的关于发展特色农业的提案收悉，经与县财政局共同研究，现答复如下：\n"
        "我县已建成特色农业示范园三个，下一步将继续扩大规模。\n"
        "再次感谢您对我县农业农村工作的关心和支持！\n"
        "某县农业农村局        某县财政局\n二〇二四年八月一日\n"
        "联系人：周某    手机：13912345678"
    )
    assert closing(doc) == "再次感谢您对我县农业农村工作的关心和支持！"
    assert signed(doc) == (("某县农业农村局", "某县财政局"), "2024-08-01", "二〇二四年八月一日")
    assert contact(doc) == {"name": "周某", "phones": ("13912345678",)}


def test_a_township_reply_to_a_congress_suggestion() -> None:
    doc = govdoc.parse_text(
        "关于镇第十八届人民代表大会第三次会议第5号建议的答复\n吴某代表：\n"
        "您提出的关于修缮村道的建议收悉。现答复如下：\n"
        "镇政府已将该村道列入今年的修缮计划，预计十月底前完工。\n"
        "特此答复。\n某镇人民政府\n2024年3月1日"
    )
    assert closing(doc) == "特此答复。"
    assert signed(doc) == (("某镇人民政府",), "2024-03-01", "2024年3月1日")
    assert [p.text for p in doc.preamble][-1] == "镇政府已将该村道列入今年的修缮计划，预计十月底前完工。"


def test_a_notice_with_attachments_signature_and_publication_note() -> None:
    doc = govdoc.parse_text(
        "关于做好2024年防汛工作的通知\n各镇人民政府、街道办事处，区各有关部门：\n"
        "为做好今年防汛工作，现将有关事项通知如下：\n"
        "一、压实责任\n各单位主要负责人为防汛第一责任人。\n二、加强值守\n汛期实行24小时值班。\n"
        "特此通知。\n附件：1.防汛责任人名单\n2.值班安排表\n"
        "某区人民政府办公室\n2024年5月6日\n（此件公开发布）"
    )
    assert doc.kind == "notice"
    assert closing(doc) == "特此通知。"
    assert doc.attachments == ("防汛责任人名单", "值班安排表")
    assert signed(doc) == (("某区人民政府办公室",), "2024-05-06", "2024年5月6日")
    assert last_paragraph(doc) == "汛期实行24小时值班。"


def test_an_opinion_without_closing_then_its_imprint() -> None:
    doc = govdoc.parse_text(
        "某市人民政府关于促进民营经济发展的实施意见\n各区县人民政府，市政府各部门：\n"
        "为促进民营经济高质量发展，提出如下意见。\n"
        "一、优化营商环境\n全面推行涉企事项一网通办。\n二、加大金融支持\n扩大普惠小微贷款规模。\n"
        "某市人民政府\n2024年4月12日\n"
        "抄送：市委各部门，市人大常委会办公厅，市政协办公厅。\n"
        "某市人民政府办公厅              2024年4月15日印发"
    )
    assert doc.kind == "opinion"
    assert closing(doc) is None
    assert signed(doc) == (("某市人民政府",), "2024-04-12", "2024年4月12日")
    assert imprint(doc) == (("市委各部门", "市人大常委会办公厅", "市政协办公厅"), "某市人民政府办公厅", "2024-04-15")
    assert last_paragraph(doc) == "扩大普惠小微贷款规模。"


def test_an_approval_closing_with_this_reply() -> None:
    doc = govdoc.parse_text(
        "关于同意设立某镇文化站的批复\n某镇人民政府：\n"
        "你镇《关于设立文化站的请示》（某镇〔2024〕5号）收悉。经研究，批复如下：\n"
        "一、同意设立某镇文化站。\n二、所需经费由你镇自行解决。\n"
        "此复。\n某区人民政府\n2024年5月6日\n抄送：区文化和旅游局，区财政局。"
    )
    assert doc.kind == "approval"
    assert closing(doc) == "此复。"
    assert signed(doc) == (("某区人民政府",), "2024-05-06", "2024年5月6日")
    assert imprint(doc) == (("区文化和旅游局", "区财政局"), None, None)


def test_a_city_reply_with_weekday_date_contact_and_site_chrome() -> None:
    doc = govdoc.parse_text(
        "对市政协十三届二次会议第235号提案的答复\n民盟市委：\n"
        "贵委提出的关于完善托育服务体系的提案收悉。现答复如下：\n"
        "一、托位供给\n全市每千人口托位数已达3.5个。\n二、下步工作\n我委将推动社区嵌入式托育点建设。\n"
        "专此答复。\n某市卫生健康委员会\n2024年6月3日（星期一）\n"
        "联系人：郑某  联系电话：0574-89181234\n【打印本页】【关闭窗口】"
    )
    assert closing(doc) == "专此答复。"
    assert signed(doc) == (("某市卫生健康委员会",), "2024-06-03", "2024年6月3日")
    assert contact(doc) == {"name": "郑某", "phones": ("0574-89181234",)}
    assert last_paragraph(doc) == "我委将推动社区嵌入式托育点建设。"


def test_no_signature_is_invented_where_the_document_stops_after_its_closing() -> None:
    doc = reply("特此答复。")
    assert doc.signature is None
    assert closing(doc) == "特此答复。"


# --- causes found by the probes above: new examples of each ------------------------------------------


def test_a_weekday_ending_like_the_date_after_an_organ_and_date_on_one_line() -> None:
    for line in ("某区民政局  2023年10月15日 星期日", "某区民政局  二〇二三年十月十五日（周日）"):
        doc = reply(f"特此答复。\n{line}")
        s = doc.signature
        assert s is not None, line
        assert (s.issuers, s.date) == (("某区民政局",), "2023-10-15"), line
        assert closing(doc) == "特此答复。", line


def test_a_weekday_alone_after_the_body_is_no_signature() -> None:
    doc = reply("特此答复。\n星期一")
    assert doc.signature is None


def test_a_labelled_reply_unit_naming_two_organs_signs_jointly() -> None:
    doc = reply("此复。\n回复单位：某县水利局、某县自然资源局\n回复日期：二〇二三年十一月二日\n抄送：县政协提案委员会")
    assert signed(doc) == (("某县水利局", "某县自然资源局"), "2023-11-02", "二〇二三年十一月二日")
    assert imprint(doc) == (("县政协提案委员会",), None, None)
    assert closing(doc) == "此复。"


def test_a_labelled_date_under_a_plain_organ_line() -> None:
    doc = reply("此复。\n某县水利局\n签发日期：2023年11月2日")
    assert signed(doc) == (("某县水利局",), "2023-11-02", "2023年11月2日")


def test_a_sites_hosting_unit_after_the_signature_is_no_signing_organ() -> None:
    doc = reply("此复。\n某县水利局\n2023年11月2日\n主办单位：某县人民政府办公室  网站标识码：1234567890")
    assert signed(doc) == (("某县水利局",), "2023-11-02", "2023年11月2日")


def test_a_reply_time_inside_the_body_is_not_the_signature() -> None:
    doc = govdoc.parse_text(
        "关于区政协二届三次会议第0120号提案的答复\n陈某某委员：\n您的提案收悉，现答复如下：\n"
        "答复时间：2024年5月6日\n我局已于今年完成改造。\n特此答复。\n某区住房和城乡建设局\n2024年5月8日"
    )
    assert signed(doc) == (("某区住房和城乡建设局",), "2024-05-08", "2024年5月8日")


def test_a_handling_office_label_on_its_own_line_names_the_unit() -> None:
    doc = sig_then("承办科室：综合科\n经办人：钱某  电话：66881234")
    assert contact(doc) == {"unit": "综合科", "name": "钱某", "phones": ("66881234",)}


def test_a_contact_sentence_between_the_thanks_and_the_signature() -> None:
    doc = reply(
        "感谢您对我区工作的支持。\n如需咨询，请致电区住建局物业科，联系电话：66001234。\n某区住房和城乡建设局\n2024年5月6日"
    )
    assert closing(doc) == "感谢您对我区工作的支持。"
    assert contact(doc) == {"phones": ("66001234",)}
    assert signed(doc) == (("某区住房和城乡建设局",), "2024-05-06", "2024年5月6日")


def test_a_closing_asking_for_questions_with_a_number_gives_the_contact() -> None:
    doc = reply("以上答复，如有疑问请联系我局综合科，电话：66001234。\n某区住房和城乡建设局\n2024年5月6日")
    assert closing(doc) == "以上答复，如有疑问请联系我局综合科，电话：66001234。"
    assert contact(doc) == {"phones": ("66001234",)}


def test_a_closing_asking_for_questions_without_a_number_gives_no_contact() -> None:
    doc = reply("以上答复，如有疑问，请与我们联系。\n某区住房和城乡建设局\n2024年5月6日")
    assert closing(doc) == "以上答复，如有疑问，请与我们联系。"
    assert doc.contact is None


# --- second batch, written before running it (after the first batch's fixes landed) --------------------


def test_an_organ_with_its_second_name_in_brackets() -> None:
    doc = reply("特此答复。\n某区市场监督管理局（某区知识产权局）\n2024年5月6日")
    assert signed(doc) == (("某区市场监督管理局（某区知识产权局）",), "2024-05-06", "2024年5月6日")
    assert closing(doc) == "特此答复。"


def test_organs_ending_in_uncommon_suffixes_sign() -> None:
    for organ in ("某某海关", "某市气象台", "某区国有林场"):
        doc = reply(f"特此答复。\n{organ}\n2024年5月6日")
        assert signed(doc) == ((organ,), "2024-05-06", "2024年5月6日"), organ
        assert closing(doc) == "特此答复。", organ


def test_two_organs_joined_by_the_enumeration_comma() -> None:
    doc = reply("特此答复。\n某区教育局、某区财政局\n2024年5月6日")
    assert signed(doc) == (("某区教育局", "某区财政局"), "2024-05-06", "2024年5月6日")


def test_two_organs_each_with_a_seal_note() -> None:
    doc = reply("特此答复。\n某区教育局（盖章）    某区财政局（盖章）\n2024年5月6日")
    assert signed(doc) == (("某区教育局", "某区财政局"), "2024-05-06", "2024年5月6日")


def test_a_date_written_with_hao_for_the_day() -> None:
    doc = reply("特此答复。\n某区住房和城乡建设局\n2024年5月6号")
    assert signed(doc) == (("某区住房和城乡建设局",), "2024-05-06", "2024年5月6号")


def test_a_letters_salutation_is_the_closing() -> None:
    doc = govdoc.parse_text(
        "关于商请支持某某项目建设的函\n某市发展和改革委员会：\n为加快项目建设，现商请贵委给予支持。\n"
        "一、项目概况\n项目总投资两亿元。\n二、支持事项\n请协助列入市重点项目。\n此致\n敬礼！\n某区人民政府\n2024年5月6日"
    )
    assert closing(doc) == "此致\n敬礼！"
    assert signed(doc) == (("某区人民政府",), "2024-05-06", "2024年5月6日")
    assert last_paragraph(doc) == "请协助列入市重点项目。"


def test_a_requests_closing_formula() -> None:
    doc = govdoc.parse_text(
        "关于申请某某专项资金的请示\n区人民政府：\n为推进老旧小区改造，现申请专项资金。\n"
        "一、资金用途\n用于加装电梯补助。\n二、资金额度\n共计五百万元。\n妥否，请批示。\n"
        "某区住房和城乡建设局\n2024年5月6日\n（联系人：王某；联系电话：87001234）"
    )
    assert doc.kind == "request"
    assert closing(doc) == "妥否，请批示。"
    assert signed(doc) == (("某区住房和城乡建设局",), "2024-05-06", "2024年5月6日")
    assert contact(doc) == {"name": "王某", "phones": ("87001234",)}


def test_a_reports_closing_formula() -> None:
    doc = govdoc.parse_text(
        "关于2023年度工作情况的报告\n区人民政府：\n现将我局2023年度工作情况报告如下：\n"
        "一、主要成绩\n完成各项目标任务。\n二、存在问题\n资金压力较大。\n特此报告。\n某区住房和城乡建设局\n2024年1月8日"
    )
    assert closing(doc) == "特此报告。"
    assert signed(doc) == (("某区住房和城乡建设局",), "2024-01-08", "2024年1月8日")


def test_contact_phone_with_area_code_in_brackets_and_full_width_dash() -> None:
    doc = sig_then("联系人：王某\n联系电话：（0571）87001234；0571－87001235")
    assert contact(doc) == {"name": "王某", "phones": ("（0571）87001234", "0571－87001235")}


def test_contact_name_followed_by_a_post_in_brackets() -> None:
    doc = sig_then("联系人：王某某（科长）  电话：87001234")
    assert contact(doc) == {"name": "王某某", "phones": ("87001234",)}


def test_contact_unit_and_person_under_the_person_label() -> None:
    doc = sig_then("联系人：区住建局综合科  王某\n联系电话：87001234")
    assert contact(doc) == {"unit": "区住建局综合科", "name": "王某", "phones": ("87001234",)}


def test_contact_all_fields_on_one_line() -> None:
    doc = sig_then("联系人：王某  电话：87001234  邮箱：wang@example.cn  邮编：310012")
    assert contact(doc) == {"name": "王某", "phones": ("87001234",), "email": "wang@example.cn", "postcode": "310012"}


def test_contact_with_letter_spaced_postcode_label_and_english_mail_label() -> None:
    doc = sig_then("联系人：王某\n邮  编：310012\nE-mail：wang@example.cn")
    assert contact(doc) == {"name": "王某", "postcode": "310012", "email": "wang@example.cn"}


def test_cc_of_three_organs_with_final_stop() -> None:
    doc = sig_then("抄送：市政协提案委员会，市政府督查室，市人大常委会代表工作委员会。")
    assert imprint(doc) == (("市政协提案委员会", "市政府督查室", "市人大常委会代表工作委员会"), None, None)


def test_cc_label_alone_with_its_organs_on_the_next_line() -> None:
    doc = sig_then("抄送：\n区政协提案委员会，区政府办公室。")
    assert imprint(doc) == (("区政协提案委员会", "区政府办公室"), None, None)


def test_print_line_followed_by_the_number_of_copies() -> None:
    doc = sig_then("抄送：区政协提案委员会。\n某区住房和城乡建设局办公室  2024年5月8日印发\n（共印5份）")
    assert imprint(doc) == (("区政协提案委员会",), "某区住房和城乡建设局办公室", "2024-05-08")


def test_attachment_label_alone_with_its_list_below() -> None:
    doc = reply("特此答复。\n附件：\n1.加装电梯项目清单\n2.补助资金分配表\n某区住房和城乡建设局\n2024年5月6日")
    assert doc.attachments == ("加装电梯项目清单", "补助资金分配表")
    assert signed(doc) == (("某区住房和城乡建设局",), "2024-05-06", "2024年5月6日")


def test_attachment_list_with_full_width_numbers() -> None:
    doc = reply("特此答复。\n附件：１．加装电梯项目清单\n２．补助资金分配表\n某区住房和城乡建设局\n2024年5月6日")
    assert doc.attachments == ("加装电梯项目清单", "补助资金分配表")


def test_a_publishing_line_after_the_signature_is_not_the_signature() -> None:
    doc = sig_then("发布日期：2024-05-10  来源：某区住房和城乡建设局  浏览次数：356")
    assert signed(doc) == (("某区住房和城乡建设局",), "2024-05-06", "2024年5月6日")
    assert "浏览次数" not in doc.text


def test_font_size_print_and_close_tools_after_the_signature() -> None:
    doc = sig_then("【字体：大 中 小】【打印】【关闭】")
    assert signed(doc) == (("某区住房和城乡建设局",), "2024-05-06", "2024年5月6日")
    assert "字体" not in doc.text


def test_an_opinion_with_a_lone_date_and_no_organ() -> None:
    doc = govdoc.parse_text(
        "关于加强社区治理的指导意见\n各街道办事处：\n为加强社区治理，提出如下意见。\n"
        "一、健全组织体系\n完善社区党组织。\n二、强化服务功能\n建设社区服务中心。\n"
        "2024年3月18日\n抄送：区委办公室，区人大常委会办公室。"
    )
    s = doc.signature
    assert s is not None and (s.date, s.date_text) == ("2024-03-18", "2024年3月18日")
    assert imprint(doc) == (("区委办公室", "区人大常委会办公室"), None, None)
    assert last_paragraph(doc) == "建设社区服务中心。"


def test_a_reply_ending_with_public_note_and_contact_in_one_bracket() -> None:
    doc = sig_then("（此件依申请公开。联系人：王某，电话：87001234）")
    assert contact(doc) == {"name": "王某", "phones": ("87001234",)}


# --- causes of the second batch: new examples of each ----------------------------------------------------


def test_a_bracketed_second_name_after_each_of_two_organs() -> None:
    doc = reply("此复。\n某县文化和广电旅游体育局（某县文物局）\n某县财政局\n2023年9月1日")
    s = doc.signature
    assert s is not None and s.issuers == ("某县文化和广电旅游体育局（某县文物局）", "某县财政局")


def test_a_bracketed_note_that_is_no_organ_does_not_make_an_organ_line() -> None:
    doc = reply("此复。\n会议纪要（讨论稿）\n2023年9月1日")
    s = doc.signature
    assert s is None or s.issuers == ()


def test_a_party_school_and_a_customs_office_sign_jointly() -> None:
    doc = reply("此复。\n中共某县委党校\n某某海关\n2023年9月1日")
    s = doc.signature
    assert s is not None and s.issuers == ("中共某县委党校", "某某海关")


def test_three_organs_joined_by_the_enumeration_comma_with_the_date_on_their_line() -> None:
    doc = reply("此复。\n某县水利局、某县财政局、某县农业农村局  2023年9月1日")
    s = doc.signature
    assert s is not None and (s.issuers, s.date) == (("某县水利局", "某县财政局", "某县农业农村局"), "2023-09-01")


def test_attachment_label_alone_after_the_signature_with_its_list_below() -> None:
    doc = reply("此复。\n某县水利局\n2023年9月1日\n附件:\n1、水库除险加固清单\n2、资金下达文件")
    assert doc.attachments == ("水库除险加固清单", "资金下达文件")
    s = doc.signature
    assert s is not None and s.date == "2023-09-01"


def test_a_bare_attachment_label_over_a_table_still_starts_the_attachment() -> None:
    doc = reply("此复。\n某县水利局\n2023年9月1日\n附件：\n水库除险加固清单\n序号\t名称")
    s = doc.signature
    assert s is not None and s.date == "2023-09-01"
    assert doc.attachments == ("水库除险加固清单",)  # the contract: an attachment's own title is listed


def test_other_wordings_of_a_requests_closing() -> None:
    for words in ("当否，请批复。", "以上请示，请予审批。", "是否妥当，请批示。"):
        doc = govdoc.parse_text(
            f"关于增设公交站点的请示\n区人民政府：\n为方便群众出行，拟增设公交站点两处。\n{words}\n某区交通运输局\n2023年9月1日"
        )
        assert closing(doc) == words, words
        s = doc.signature
        assert s is not None and s.issuers == ("某区交通运输局",), words


def test_a_question_asking_for_help_in_a_letters_body_is_no_closing() -> None:
    doc = govdoc.parse_text(
        "关于商请协助的函\n某区财政局：\n可否请贵局协助核定补助资金？我局将提供相关材料。\n特此函告。\n某区交通运输局\n2023年9月1日"
    )
    assert closing(doc) == "特此函告。"


def test_mail_labels_in_other_spellings() -> None:
    for line, mail in (("电子信箱：jtj@example.cn", "jtj@example.cn"), ("EMAIL：jtj@example.cn", "jtj@example.cn")):
        doc = sig_then(f"联系人：钱某\n{line}")
        assert contact(doc) == {"name": "钱某", "email": mail}, line


def test_a_note_and_the_contact_in_one_bracket_parted_by_a_semicolon() -> None:
    doc = sig_then("（此件主动公开；联系人：赵某，联系电话：12345678）")
    assert contact(doc) == {"name": "赵某", "phones": ("12345678",)}


# --- third batch, written before running it ----------------------------------------------------------------


def test_a_seal_note_naming_the_unit() -> None:
    for note in ("（单位盖章）", "（单位公章）"):
        doc = reply(f"特此答复。\n某区住房和城乡建设局{note}\n2024年5月6日")
        assert signed(doc) == (("某区住房和城乡建设局",), "2024-05-06", "2024年5月6日"), note


def test_a_date_under_the_organ_labelled_with_date_alone() -> None:
    doc = reply("特此答复。\n某区住房和城乡建设局\n日期：2024年5月6日")
    assert signed(doc) == (("某区住房和城乡建设局",), "2024-05-06", "2024年5月6日")


def test_phones_tagged_office_and_mobile() -> None:
    doc = sig_then("联系人：王某；联系电话：87001234（办）、13912345678（手机）")
    assert contact(doc) == {"name": "王某", "phones": ("87001234", "13912345678")}


def test_two_phones_parted_by_a_slash() -> None:
    doc = sig_then("联系人：王某\n电话：0571-87001234/87001235")
    assert contact(doc) == {"name": "王某", "phones": ("0571-87001234", "87001235")}


def test_phone_labels_of_other_words() -> None:
    for label in ("咨询电话", "办公室电话", "座机", "手机号"):
        number = "13912345678" if label == "手机号" else "0571-87001234"
        doc = sig_then(f"联系人：王某\n{label}：{number}")
        assert contact(doc) == {"name": "王某", "phones": (number,)}, label


def test_a_contact_after_the_imprint() -> None:
    doc = sig_then("抄送：区政协提案委员会。\n联系人：王某  联系电话：87001234")
    assert imprint(doc) == (("区政协提案委员会",), None, None)
    assert contact(doc) == {"name": "王某", "phones": ("87001234",)}


def test_a_publication_note_after_the_contact() -> None:
    doc = sig_then("（联系人：王某  电话：87001234）\n（此件公开发布）")
    assert contact(doc) == {"name": "王某", "phones": ("87001234",)}
    assert signed(doc) == (("某区住房和城乡建设局",), "2024-05-06", "2024年5月6日")


def test_a_site_link_row_naming_contact_us_is_no_contact() -> None:
    doc = sig_then("网站地图 | 联系我们 | 关于我们")
    assert contact(doc) == {}
    assert signed(doc) == (("某区住房和城乡建设局",), "2024-05-06", "2024年5月6日")


def test_short_office_names_in_the_cc_list() -> None:
    doc = sig_then("抄送：区委办，区人大办，区政协办。")
    assert imprint(doc) == (("区委办", "区人大办", "区政协办"), None, None)


def test_closings_of_thanks_in_other_words() -> None:
    for words in ("谢谢您的关心和支持！", "敬请继续关注和支持我们的工作。", "衷心感谢您长期以来对城市建设的关注。"):
        doc = reply(f"{words}\n某区住房和城乡建设局\n2024年5月6日")
        assert closing(doc) == words, words
        assert last_paragraph(doc) == LAST, words


def test_a_closing_of_two_paragraphs_with_blank_lines_between() -> None:
    doc = reply("\n感谢您对我区工作的关心和支持。\n\n欢迎继续提出宝贵意见。\n\n某区住房和城乡建设局\n\n2024年5月6日\n")
    assert closing(doc) == "感谢您对我区工作的关心和支持。\n欢迎继续提出宝贵意见。"
    assert signed(doc) == (("某区住房和城乡建设局",), "2024-05-06", "2024年5月6日")


def test_a_letter_spaced_closing_formula() -> None:
    doc = reply("特 此 答 复 。\n某区住房和城乡建设局\n2024年5月6日")
    c = closing(doc)
    assert c is not None and c.replace(" ", "") == "特此答复。"
    assert last_paragraph(doc) == LAST


def test_a_reply_to_a_deputy_with_a_joint_handling_note_and_markdown_tail() -> None:
    doc = govdoc.parse_text(
        "# 关于市十六届人大三次会议第0218号建议的答复\n\n**孙某某代表**：\n\n"
        "您提出的关于加强校园周边交通管理的建议收悉。经会同市公安局研究，现答复如下：\n\n"
        "一、加强高峰时段疏导\n\n各学校周边已配备护学岗。\n\n"
        "感谢您对教育工作的关心和支持！\n\n"
        "某市教育局\n\n2024年6月12日\n\n---\n\n抄送：市人大常委会人事代表工作委员会，市公安局。\n"
    )
    assert closing(doc) == "感谢您对教育工作的关心和支持！"
    assert signed(doc) == (("某市教育局",), "2024-06-12", "2024年6月12日")
    assert imprint(doc) == (("市人大常委会人事代表工作委员会", "市公安局"), None, None)


def test_bold_signature_lines_in_markdown() -> None:
    doc = reply("特此答复。\n**某区住房和城乡建设局**\n**2024年5月6日**")
    assert signed(doc) == (("某区住房和城乡建设局",), "2024-05-06", "2024年5月6日")


# --- causes of the third batch: new examples of each -----------------------------------------------------


def test_a_unit_seal_note_after_the_second_of_two_organs() -> None:
    doc = reply("此复。\n某县水利局\n某县财政局（单位签章）\n2023年9月1日")
    s = doc.signature
    assert s is not None and s.issuers == ("某县水利局", "某县财政局")


def test_a_time_label_on_the_date_under_the_organ() -> None:
    doc = reply("此复。\n某县水利局\n时间：2023年9月1日")
    assert signed(doc) == (("某县水利局",), "2023-09-01", "2023年9月1日")


def test_a_date_labelled_alone_with_no_organ_over_it_is_no_signature() -> None:
    doc = reply("日期：2024-05-10")
    assert doc.signature is None


def test_a_desk_phone_and_a_mobile_on_one_line() -> None:
    doc = sig_then("联系人：钱某  座机：66881234  手机：13912345678")
    assert contact(doc) == {"name": "钱某", "phones": ("66881234", "13912345678")}


# --- fourth batch, written before running it -----------------------------------------------------------------


def test_a_labelled_reply_unit_with_a_seal_note_in_its_label() -> None:
    doc = reply("特此答复。\n答复单位（盖章）：某区住房和城乡建设局\n答复日期：2024年5月6日")
    assert signed(doc) == (("某区住房和城乡建设局",), "2024-05-06", "2024年5月6日")


def test_a_labelled_reply_unit_with_a_seal_note_after_its_value() -> None:
    doc = reply("特此答复。\n答复单位：某区住房和城乡建设局（盖章）\n答复日期：2024年5月6日")
    assert signed(doc) == (("某区住房和城乡建设局",), "2024-05-06", "2024年5月6日")


def test_a_labelled_reply_date_alone_after_the_closing() -> None:
    doc = reply("特此答复。\n答复时间：2024年5月6日")
    s = doc.signature
    assert s is not None and (s.issuers, s.date) == ((), "2024-05-06")
    assert "field-missing" in codes(doc)
    assert closing(doc) == "特此答复。"


def test_header_reply_fields_before_the_title_do_not_take_the_signatures_place() -> None:
    doc = govdoc.parse_text(
        "答复单位：某区住房和城乡建设局\n答复时间：2024-05-10\n"
        + REPLY
        + "特此答复。\n某区住房和城乡建设局\n2024年5月8日"
    )
    assert signed(doc) == (("某区住房和城乡建设局",), "2024-05-08", "2024年5月8日")


def test_a_list_of_attachments_and_their_contents_list_each_title_once() -> None:
    doc = reply(
        "特此答复。\n附件：1.加装电梯项目清单\n2.补助资金分配表\n某区住房和城乡建设局\n2024年5月6日\n"
        "附件1\n加装电梯项目清单\n序号\t小区\t台数\n附件2\n补助资金分配表\n序号\t街道\t金额"
    )
    assert doc.attachments == ("加装电梯项目清单", "补助资金分配表")
    assert signed(doc) == (("某区住房和城乡建设局",), "2024-05-06", "2024年5月6日")


def test_an_attachment_title_in_book_title_marks() -> None:
    doc = reply("特此答复。\n附件：《某区既有住宅加装电梯实施办法》\n某区住房和城乡建设局\n2024年5月6日")
    assert doc.attachments == ("《某区既有住宅加装电梯实施办法》",)


def test_a_signature_pushed_right_with_tabs() -> None:
    doc = reply("特此答复。\n\t\t\t\t某区住房和城乡建设局\n\t\t\t\t2024年5月6日")
    assert signed(doc) == (("某区住房和城乡建设局",), "2024-05-06", "2024年5月6日")


def test_a_contact_sentence_of_labelled_fields_ending_in_a_stop() -> None:
    doc = sig_then("联系人：王某，联系电话：87001234，地址：某区文化路18号，邮编：310012。")
    assert contact(doc) == {
        "name": "王某",
        "phones": ("87001234",),
        "address": "某区文化路18号",
        "postcode": "310012",
    }


def test_a_labelled_note_giving_the_contact() -> None:
    doc = sig_then("附注：联系人：王某，联系电话：87001234")
    assert contact(doc) == {"name": "王某", "phones": ("87001234",)}


def test_a_handler_and_a_reviewer_on_one_line() -> None:
    doc = sig_then("经办人：王某  审核人：李某  联系电话：87001234")
    assert contact(doc) == {"name": "王某", "phones": ("87001234",)}


def test_a_print_line_without_its_organ() -> None:
    doc = sig_then("抄送：区政协提案委员会。\n2024年5月8日印发")
    assert imprint(doc) == (("区政协提案委员会",), None, "2024-05-08")
    assert signed(doc) == (("某区住房和城乡建设局",), "2024-05-06", "2024年5月6日")


def test_a_cc_list_wrapped_onto_a_second_line() -> None:
    doc = sig_then("抄送：区人大常委会代表工作委员会，区政协提案委员会，\n区政府办公室，区政府督查室。")
    assert imprint(doc) == (
        ("区人大常委会代表工作委员会", "区政协提案委员会", "区政府办公室", "区政府督查室"),
        None,
        None,
    )


# --- causes of the fourth batch: new examples of each ----------------------------------------------------


def test_a_hosting_unit_label_with_an_official_seal_note() -> None:
    doc = reply("此复。\n主办单位（公章）：某县水利局\n会办单位（公章）：某县财政局\n2023年9月1日")
    s = doc.signature
    assert s is not None and s.issuers == ("某县水利局", "某县财政局")


def test_a_remark_label_giving_the_handler_and_phone() -> None:
    doc = sig_then("备注：经办人：孙某，电话：66881234")
    assert contact(doc) == {"name": "孙某", "phones": ("66881234",)}


def test_a_drafter_after_the_contact_name_is_not_part_of_it() -> None:
    doc = sig_then("联系人：王某  拟稿人：赵某\n联系电话：87001234")
    assert contact(doc) == {"name": "王某", "phones": ("87001234",)}


# --- fifth batch, written before running it ------------------------------------------------------------------


def test_an_attachment_list_labelled_fu_alone() -> None:
    doc = reply("特此答复。\n附：1.办理情况征询意见表\n2.项目清单\n某区住房和城乡建设局\n2024年5月6日")
    assert doc.attachments == ("办理情况征询意见表", "项目清单")
    assert signed(doc) == (("某区住房和城乡建设局",), "2024-05-06", "2024年5月6日")


def test_a_phone_in_brackets_after_the_handlers_name() -> None:
    doc = sig_then("经办人：王某（0571-87001234）")
    assert contact(doc) == {"name": "王某", "phones": ("0571-87001234",)}


def test_a_phone_with_an_extension_after_a_hyphen() -> None:
    doc = sig_then("联系人：王某\n电话：0571-87001234-8021")
    assert contact(doc) == {"name": "王某", "phones": ("0571-87001234-8021",)}


def test_party_and_government_offices_sign_jointly_with_one_space() -> None:
    doc = reply("特此答复。\n中共某区委办公室 某区人民政府办公室\n2024年5月6日")
    assert signed(doc) == (("中共某区委办公室", "某区人民政府办公室"), "2024-05-06", "2024年5月6日")


def test_a_party_group_signs() -> None:
    doc = reply("特此答复。\n中共某区住房和城乡建设局党组\n2024年5月6日")
    assert signed(doc) == (("中共某区住房和城乡建设局党组",), "2024-05-06", "2024年5月6日")


def test_a_note_that_the_text_was_abridged_after_the_date() -> None:
    doc = sig_then("（本文有删减）")
    assert signed(doc) == (("某区住房和城乡建设局",), "2024-05-06", "2024年5月6日")
    assert last_paragraph(doc) == LAST


# --- causes of the fifth batch: new examples of each -----------------------------------------------------


def test_a_single_attachment_under_the_short_label_after_the_signature() -> None:
    doc = reply("此复。\n某县水利局\n2023年9月1日\n附：水库除险加固项目表")
    assert doc.attachments == ("水库除险加固项目表",)
    assert signed(doc) == (("某县水利局",), "2023-09-01", "2023年9月1日")


def test_a_line_opening_with_the_word_nearby_is_no_attachment() -> None:
    doc = reply("附近居民反映的问题已全部整改。\n此复。\n某县水利局\n2023年9月1日")
    assert doc.attachments == ()
    assert last_paragraph(doc) == "附近居民反映的问题已全部整改。"


def test_a_mobile_in_brackets_after_the_contacts_name_and_an_area_code_in_brackets() -> None:
    doc = sig_then("联系人：钱某（13912345678）\n办公电话：(0571)66881234")
    assert contact(doc) == {"name": "钱某", "phones": ("13912345678", "(0571)66881234")}
