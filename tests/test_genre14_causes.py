"""The general causes behind round 14's genre probes (tests/test_probes_14_genres.py), each shown on
a new example of its own, not the probe's text, with guards that ordinary text is not taken."""

from __future__ import annotations

import govdoc
from tests.probing import checked, codes, signed


def _signature_text(doc: govdoc.Document) -> tuple[tuple[str, ...], str | None, str] | None:
    s = doc.signature
    return None if s is None else (s.issuers, s.date, s.date_text)


# --- a numeral year whose zeros are Cyrillic О (二ОО六年): as the Greek Ο and the Latin O ------------


def test_a_numeral_date_typed_with_cyrillic_o_for_its_zeros_is_the_signature_date() -> None:
    doc = checked(
        "关于开展二〇〇八年度企业年检工作的通知\n各乡镇工商所：\n请按要求做好年检工作。\n特此通知。\n"
        "梅溪县工商行政管理局\n二ОО八年三月四日\n"
    )
    assert _signature_text(doc) == (("梅溪县工商行政管理局",), "2008-03-04", "二ОО八年三月四日")
    assert doc.closing is not None and doc.closing.text == "特此通知。"


def test_a_numeral_date_typed_with_small_cyrillic_o_is_read_too() -> None:
    doc = checked("关于某事项的答复\n王某委员：\n已办理。\n特此答复。\n某县民政局\n二оо九年十月九日\n")
    assert signed(doc) == (("某县民政局",), "2009-10-09")


def test_a_cyrillic_word_in_the_body_keeps_its_letters() -> None:
    doc = checked("关于对外合作的通知\n各单位：\n与ОАО公司的合作协议已签署。\n某市商务局\n2024年5月6日\n")
    assert "ОАО" in doc.text and doc.preamble[0].text == "与ОАО公司的合作协议已签署。"


# --- a 落款 dated by its year and month in numerals (二〇二四年五月): a date without its day ---------


def test_a_signature_dated_by_a_numeral_year_and_month_has_no_iso_date_and_warns_it_partial() -> None:
    doc = checked(
        "关于加强冬季供暖保障的通知\n各供热企业：\n请做好冬季供暖保障工作。\n特此通知。\n某市城市管理局\n二〇一九年十二月\n"
    )
    assert _signature_text(doc) == (("某市城市管理局",), None, "二〇一九年十二月")
    assert doc.closing is not None and doc.closing.text == "特此通知。"
    # since schema 1.8 the month is read to its precision, and the warning says the day is not written
    assert doc.signature is not None and doc.signature.date_partial == "2019-12"
    assert codes(doc) == ["date-partial"]


def test_a_numeral_year_and_month_inside_a_sentence_stays_in_the_body() -> None:
    doc = checked(
        "关于供暖工作的报告\n市人民政府：\n二〇一九年十二月，全市供暖面积达到一千万平方米。\n特此报告。\n某市城市管理局\n2020年1月6日\n"
    )
    assert doc.preamble[0].text == "二〇一九年十二月，全市供暖面积达到一千万平方米。"
    assert signed(doc) == (("某市城市管理局",), "2020-01-06")


# --- a seal's note in square or lenticular brackets ([签章], 【印章】, 〔盖章〕) ----------------------


def test_a_seal_note_in_lenticular_or_square_brackets_after_the_organ_is_no_part_of_its_name() -> None:
    for note in ("【印章】", "〔盖章〕", "［签章］", "[单位盖章]"):
        doc = checked(
            f"关于某事项的函\n某县财政局：\n我局拟于4月开展林地清查。\n盼复。\n某县林业局{note}\n2024年3月5日\n"
        )
        assert _signature_text(doc) == (("某县林业局",), "2024-03-05", "2024年3月5日"), note
        assert doc.closing is not None and doc.closing.text == "盼复。", note


def test_a_seal_note_in_lenticular_brackets_on_its_own_line_under_the_organ() -> None:
    doc = checked("关于某事项的通知\n各单位：\n请遵照执行。\n某县林业局\n【印章】\n2024年3月5日\n")
    assert signed(doc) == (("某县林业局",), "2024-03-05")
    assert "content-unplaced" not in codes(doc)


def test_a_bracketed_seal_word_inside_a_sentence_stays_in_the_body() -> None:
    doc = checked("关于报送回执的通知\n各单位：\n请在回执上[签章]后寄回。\n某县林业局\n2024年3月5日\n")
    assert doc.preamble[0].text == "请在回执上[签章]后寄回。"


# --- 领导签字: the leader who signs the reply off, as 签发人 ----------------------------------------


def test_a_leader_signature_row_over_the_title_names_the_signer() -> None:
    doc = checked(
        "领导签字：罗某某\n关于区政协五届二次会议第31号提案的答复\n方某委员：\n您提出的提案收悉。现答复如下：\n"
        "已完成改造。\n特此答复。\n某区交通运输局\n2024年6月3日\n"
    )
    assert doc.header.signer == "罗某某"
    assert doc.header.metadata == {"领导签字": "罗某某"}


def test_a_leader_signature_row_after_the_date_names_the_signer() -> None:
    doc = checked(
        "关于区政协五届二次会议第31号提案的答复\n方某委员：\n您提出的提案收悉。现答复如下：\n已完成改造。\n特此答复。\n"
        "某区交通运输局\n2024年6月3日\n领导签字：罗某某\n联系电话：0571-81234567\n"
    )
    assert doc.header.signer == "罗某某"
    assert doc.contact is not None and doc.contact.phones == ("0571-81234567",)


def test_a_request_for_a_leaders_signature_in_a_sentence_names_no_signer() -> None:
    doc = checked("关于报送材料的通知\n各单位：\n材料经领导签字后报送。\n某区交通运输局\n2024年6月3日\n")
    assert doc.header.signer is None


# --- the drafting roles without 人 (核稿：, 拟稿：, 审核：) end the signer's name on its row --------------


def test_the_signers_name_ends_where_a_bare_drafting_role_starts() -> None:
    for role in ("核稿", "拟稿", "审核", "校对"):
        doc = checked(
            "关于某事项的答复\n方某委员：\n已办理。\n特此答复。\n某县教育局\n2024年6月3日\n"
            f"签发人：蒋某某　　{role}：卢某\n"
        )
        assert doc.header.signer == "蒋某某", role


def test_a_bare_drafting_role_on_its_own_line_is_no_contact() -> None:
    doc = checked(
        "关于某事项的答复\n方某委员：\n已办理。\n特此答复。\n某县教育局\n2024年6月3日\n"
        "拟稿：卢某\n联系人：韦某　　电话：0771-2345678\n"
    )
    assert doc.contact is not None and (doc.contact.name, doc.contact.phones) == ("韦某", ("0771-2345678",))


# --- the signing row set as a bracketed 附注 with its other cells ---------------------------------


def test_a_bracketed_note_opening_with_the_signer_and_going_on_with_its_rows_cells_names_the_signer() -> None:
    doc = checked(
        "关于某事项的答复\n方某委员：\n已办理。\n特此答复。\n某县教育局\n2024年6月3日\n"
        "（签发人：邓某某　核稿人：蔡某　联系电话：0851-8123456）\n"
    )
    assert doc.header.signer == "邓某某"
    assert doc.contact is not None and doc.contact.phones == ("0851-8123456",)


def test_a_bracketed_note_opening_with_the_signer_and_then_its_mobile_names_the_signer() -> None:
    doc = checked(
        "关于某事项的答复\n方某委员：\n已办理。\n特此答复。\n某县教育局\n2024年6月3日\n"
        "(签发人:邓某某 联系人:蔡某 手机:13812345678)\n"
    )
    assert doc.header.signer == "邓某某"
    assert doc.contact is not None and (doc.contact.name, doc.contact.phones) == ("蔡某", ("13812345678",))


# --- 摘要 after the type: the summary a site publishes of the document -----------------------------


def test_a_title_ending_on_a_summary_after_its_type_keeps_the_type() -> None:
    for title, kind in (
        ("关于市十五届人大三次会议第88号建议的答复摘要", "reply"),
        ("东江市2023年国民经济和社会发展统计公报摘要", "communique"),
        ("关于2024年预算执行情况的报告摘要", "report"),
    ):
        doc = checked(f"{title}\n您提出的建议收悉。现答复如下：\n已办理。\n某市交通局\n2024年6月3日\n")
        assert doc.kind == kind, title


def test_a_summary_of_no_listed_type_stays_other() -> None:
    doc = checked("全市重点工作推进情况摘要\n一季度全市重点工作总体进展顺利。\n")
    assert doc.kind == "other"


# --- a type's word alone on its line under the organ's name (公　告, 令) -------------------------------


def test_a_bare_announcement_word_under_the_organs_name_is_the_title_and_the_organ_the_issuer() -> None:
    doc = checked(
        "白岭藏族自治州人民政府\n通　　告\n第3号\n为加强草原防火管理，州人民政府决定，自即日起至6月30日为草原防火期。\n"
        "特此通告。\n白岭藏族自治州人民政府\n2025年3月1日\n"
    )
    assert (doc.kind, doc.header.title, doc.header.issuer) == ("announcement", "通告", "白岭藏族自治州人民政府")


def test_a_joint_order_whose_word_stands_alone_under_two_organs_is_the_regulation_it_promulgates() -> None:
    doc = checked(
        "国家市场监督管理总局\n国家发展和改革委员会\n令\n第9号\n"
        "《明码标价和禁止价格欺诈规定》已经审议通过，现予公布，自2025年1月1日起施行。\n"
        "国家市场监督管理总局局长　罗某某\n国家发展和改革委员会主任　魏某某\n2024年10月9日\n"
        "明码标价和禁止价格欺诈规定\n第一条　为了规范经营者明码标价行为，制定本规定。\n第二条　本规定自2025年1月1日起施行。\n"
    )
    assert (doc.kind, doc.header.title, doc.signature) == ("measures", "明码标价和禁止价格欺诈规定", None)
    assert [s.marker for s in doc.iter_sections()] == ["第一条", "第二条"]


def test_a_column_word_alone_over_a_headline_is_no_title() -> None:
    doc = checked(
        "首页\n公告\n关于暂停办理不动产登记业务的公告\n因系统升级，6月8日暂停办理业务。\n某市不动产登记中心\n2024年6月5日\n"
    )
    assert doc.header.title == "关于暂停办理不动产登记业务的公告"


# --- the serial of a series under its title (第6期, 第12号) says the organ's name over it is its 标志 ----


def test_an_organ_over_minutes_whose_issue_number_stands_under_the_title_is_the_issuer() -> None:
    doc = checked(
        "东江市人民政府办公室\n市政府专题会议纪要\n第8期\n3月5日，副市长主持召开专题会议，研究春耕备耕工作。现纪要如下：\n"
        "一、会议要求各县做好春耕物资储备。\n"
    )
    assert (doc.kind, doc.header.title, doc.header.issuer) == ("minutes", "市政府专题会议纪要", "东江市人民政府办公室")


def test_an_organ_over_a_plan_with_no_serial_no_number_and_no_signature_is_no_issuer() -> None:
    doc = checked(
        "东江市人民政府\n东江市2025年春季植树活动安排\n为做好春季植树工作，现安排如下。\n一、时间\n3月12日。\n"
    )
    assert doc.header.issuer is None
