"""The general causes behind round 17's genre probes (tests/test_probes_17_genres.py), each shown on
a new example of its own, not the probe's text, with guards that ordinary text is not taken."""

from __future__ import annotations

import govdoc
from tests.probing import checked, codes


def _proposers(doc: govdoc.Document) -> list[str] | None:
    r = doc.header.responds_to
    return None if r is None else list(r.proposers)


def _closing(doc: govdoc.Document) -> str | None:
    return None if doc.closing is None else doc.closing.text


# --- a 令 numbered by its year in brackets (〔2023〕第7号), as a 令's head may number it ----------


def test_an_order_numbered_by_a_bracketed_year_is_the_regulation_it_promulgates() -> None:
    doc = checked(
        "南州市人民政府令\n〔2023〕第7号\n"
        "《南州市住宅物业管理办法》已经2023年3月2日市人民政府第12次常务会议通过，现予公布，自2023年5月1日起施行。\n"
        "市长　某某某\n2023年3月10日\n南州市住宅物业管理办法\n"
        "第一条　为了规范住宅物业管理活动，制定本办法。\n第二条　本办法自2023年5月1日起施行。\n"
    )
    assert (doc.kind, doc.header.title) == ("measures", "南州市住宅物业管理办法")
    assert doc.header.doc_number is None and doc.header.signer is None and doc.signature is None


def test_an_order_numbered_by_a_year_in_square_brackets_is_read_alike() -> None:
    doc = checked(
        "某省交通运输厅令\n[2022]第2号\n"
        "《某省道路运输站场管理规定》已经厅务会议审议通过，现予发布，自2022年9月1日起施行。\n"
        "厅长：某某\n2022年7月20日\n某省道路运输站场管理规定\n第一条　为了加强道路运输站场管理，制定本规定。\n"
    )
    assert (doc.kind, doc.header.title) == ("measures", "某省道路运输站场管理规定")


def test_an_order_of_commendation_numbered_by_a_bracketed_year_stays_an_order() -> None:
    doc = checked(
        "某县人民政府嘉奖令\n〔2024〕第1号\n在抗洪抢险中，县消防救援大队连续奋战，成功转移群众860人。县人民政府决定，"
        "对县消防救援大队予以嘉奖。\n某县人民政府\n2024年7月30日\n"
    )
    assert (doc.kind, doc.header.title) == ("order", "某县人民政府嘉奖令")


# --- a proposal handed on by the lead unit (你局转来…代表提出的《…》, 贵局转来的…委员《…》) --------


def test_a_deputy_named_after_the_lead_unit_handed_the_suggestion_on_is_its_proposer() -> None:
    doc = checked(
        "关于市十五届人大二次会议第0312号建议的协办意见\n市教育局：\n"
        "你局转来贝某代表提出的《关于加强校园周边交通安全的建议》收悉。现将协办意见函告如下：\n"
        "我局已在城区学校周边设置护学岗86处。\n某市公安局交通警察支队\n2023年5月8日\n"
    )
    assert _proposers(doc) == ["贝某"]


def test_members_named_right_before_the_quoted_title_after_zhuan_lai_de_are_its_proposers() -> None:
    doc = checked(
        "关于县政协九届三次会议第041号提案的会办意见\n县农业农村局：\n"
        "贵局转交的简某、闵某委员《关于发展林下经济的提案》收悉。我局会办意见如下：\n"
        "全县已发展林下种植面积2.3万亩。\n某县林业局\n2023年6月2日\n"
    )
    assert _proposers(doc) == ["简某", "闵某"]


def test_a_proposal_handed_on_without_a_name_names_no_proposer() -> None:
    doc = checked(
        "关于市十五届人大二次会议第0318号建议的协办意见\n市教育局：\n"
        "你局转来的《关于加强校园周边交通安全的建议》收悉。现将协办意见函告如下：\n"
        "我局已在城区学校周边设置护学岗86处。\n某市公安局交通警察支队\n2023年5月8日\n"
    )
    assert _proposers(doc) == []


def test_a_group_handed_on_is_no_proposer() -> None:
    doc = checked(
        "关于市十五届人大二次会议第0320号建议的协办意见\n市教育局：\n"
        "你局转来部分代表提出的《关于加强校园周边交通安全的建议》收悉。现将协办意见函告如下：\n"
        "我局已在城区学校周边设置护学岗86处。\n某市公安局交通警察支队\n2023年5月8日\n"
    )
    assert _proposers(doc) == []


# --- a co-handling opinion handed over for the lead unit to weigh (以上意见，请酌。 / 请酌参) -------


def test_an_opinion_handed_over_with_a_bare_qing_zhuo_closes_it() -> None:
    doc = checked(
        "关于县政协九届三次会议第052号提案的协办意见\n县住建局：\n王某委员的提案收悉。我局意见如下：\n"
        "县城已建成公园绿地12处。\n以上协办意见，请酌参。\n某县自然资源局\n2023年5月20日\n"
    )
    assert _closing(doc) == "以上协办意见，请酌参。"


def test_an_opinion_handed_over_with_qing_zhuo_and_a_full_stop_closes_it() -> None:
    doc = checked(
        "关于区人大代表第18号建议的会办意见\n区城管局：\n建议收悉。会办意见如下：\n辖区已增设公厕6座。\n"
        "以上意见，请酌。\n某区卫生健康局\n2023年6月1日\n"
    )
    assert _closing(doc) == "以上意见，请酌。"


def test_an_answer_reporting_that_opinions_were_weighed_does_not_close_on_it() -> None:
    doc = checked(
        "关于区人大代表第19号建议的答复\n李某代表：\n建议收悉。现答复如下：\n以上意见已酌情吸收进年度计划。\n"
        "下一步，我局将加快推进。\n某区卫生健康局\n2023年6月1日\n"
    )
    assert _closing(doc) is None


# --- the answer category under the label 标注 (标注：B类（…）) ----------------------------------------


def test_a_category_marked_under_biaozhu_is_the_handling_result() -> None:
    doc = checked(
        "标注：B类（正在解决或列入计划解决）\n关于县十七届人大三次会议第8号建议的答复\n吴某代表：\n"
        "建议收悉。现答复如下：\n该路段改造已列入明年计划。\n特此答复。\n某县交通运输局\n2022年6月9日\n"
    )
    assert doc.header.handling_result == "B"
    assert doc.header.metadata == {"标注": "B类（正在解决或列入计划解决）"}


def test_a_biaozhu_line_naming_no_category_gives_none_and_no_warning() -> None:
    doc = checked(
        "标注：重点督办件\n关于县十七届人大三次会议第9号建议的答复\n吴某代表：\n"
        "建议收悉。现答复如下：\n该路段已完成改造。\n特此答复。\n某县交通运输局\n2022年6月9日\n"
    )
    assert doc.header.handling_result is None
    assert "category-unmapped" not in codes(doc)


# --- the head of the unit signing the answer off as 负责人签字 / 单位负责人签字 --------------------------


def test_the_unit_heads_signature_label_names_the_signer() -> None:
    doc = checked(
        "关于市政协八届二次会议第77号提案的答复\n钟某委员：\n提案收悉。现答复如下：\n已完成改造。\n特此答复。\n"
        "某市园林局\n2021年7月1日\n单位负责人签字：戚某某　　承办人：蓝某　　电话：0571-87654321\n"
    )
    assert doc.header.signer == "戚某某"


def test_the_main_heads_signature_label_on_a_line_of_its_own_names_the_signer() -> None:
    doc = checked(
        "关于市政协八届二次会议第78号提案的答复\n钟某委员：\n提案收悉。现答复如下：\n已完成改造。\n特此答复。\n"
        "某市园林局\n2021年7月1日\n主要负责人签字：童某\n"
    )
    assert doc.header.signer == "童某"


def test_a_sentence_about_a_heads_signature_names_no_signer() -> None:
    doc = checked(
        "关于规范公文签批的通知\n各科室：\n请各科室负责人签字后再报送文件。\n特此通知。\n某县档案局\n2021年7月1日\n"
    )
    assert doc.header.signer is None


# --- a title numbering the proposal alone whose opening names the meeting it was made at ----------
# (found while reading the fields the probes left unchecked: 关于第0089号提案… over 您在县政协十一届四次会议
# 期间提交的《…》: the document states the meeting, so the reference's body, level, term and session are its)


def _meeting(doc: govdoc.Document) -> tuple[object, ...] | None:
    r = doc.header.responds_to
    return None if r is None else (r.body, r.level, r.term, r.session, r.number, r.kind)


def test_the_meeting_an_opening_names_joins_a_title_that_numbers_the_proposal_alone() -> None:
    doc = checked(
        "关于第0217号提案的答复\n柯某委员：\n您在区政协五届二次会议期间提出的《关于增设社区食堂的提案》收悉。现答复如下：\n"
        "辖区已建成社区食堂9家。\n特此答复。\n某区民政局\n2023年6月5日\n"
    )
    assert _meeting(doc) == ("政协", "区", 5, 2, "0217", "提案")


def test_the_meeting_and_number_an_opening_names_join_a_numbered_title() -> None:
    doc = checked(
        "关于第31号建议的答复\n阮某代表：\n您在县十七届人大四次会议上提出的第31号建议《关于修缮乡村小学校舍的建议》收悉。"
        "现答复如下：\n已完成修缮。\n特此答复。\n某县教育局\n2023年6月5日\n"
    )
    assert _meeting(doc) == ("人大", "县", 17, 4, "31", "建议")


def test_a_meeting_of_another_kind_in_the_opening_does_not_join_the_titles_reference() -> None:
    doc = checked(
        "关于第0218号提案的答复\n柯某委员：\n您提出的《关于增设社区食堂的提案》收悉。此前，区五届人大二次会议期间也有代表提出相关建议。"
        "现答复如下：\n辖区已建成社区食堂9家。\n特此答复。\n某区民政局\n2023年6月5日\n"
    )
    assert _meeting(doc) == (None, None, None, None, "0218", "提案")


def test_a_meeting_named_in_the_answer_after_the_turn_does_not_join_the_reference() -> None:
    doc = checked(
        "关于第0219号提案的答复\n柯某委员：\n您提出的《关于增设社区食堂的提案》收悉。现答复如下：\n"
        "区政协五届一次会议以来，委员们围绕社区食堂提出了多件提案，我局均已认真办理。\n特此答复。\n某区民政局\n2023年6月5日\n"
    )
    assert _meeting(doc) == (None, None, None, None, "0219", "提案")


def test_a_meeting_of_the_same_kind_in_another_sentence_does_not_join_the_titles_reference() -> None:
    doc = checked(
        "关于第0220号提案的答复\n柯某委员：\n区政协五届一次会议期间，多位委员提出了社区食堂方面的提案。"
        "您提出的《关于增设社区食堂的提案》收悉。现答复如下：\n辖区已建成社区食堂9家。\n特此答复。\n某区民政局\n2023年6月5日\n"
    )
    assert _meeting(doc) == (None, None, None, None, "0220", "提案")


# --- attachments numbered on one line whose names open with a year (1．2023年…　2．2023年…) ----------


def _attachment_doc(line: str) -> govdoc.Document:
    return checked(f"关于表彰先进的决定\n各单位：\n现予表彰。\n{line}\n某县人民政府\n2024年2月1日\n")


def test_a_second_attachment_on_the_line_whose_name_opens_with_a_year_is_its_own() -> None:
    doc = _attachment_doc("附件：1.2023年度先进集体名单　2.2023年度先进个人名单")
    assert doc.attachments == ("2023年度先进集体名单", "2023年度先进个人名单")


def test_attachments_numbered_with_a_pause_mark_open_with_years_too() -> None:
    doc = _attachment_doc("附件：1、2024年第一批项目清单  2、2024年第二批项目清单  3、2025年项目计划")
    assert doc.attachments == ("2024年第一批项目清单", "2024年第二批项目清单", "2025年项目计划")


def test_a_decimal_after_a_gap_inside_one_attachments_name_cuts_nothing() -> None:
    doc = _attachment_doc("附件：1.投资额 2.5亿元以上项目表")
    assert doc.attachments == ("投资额 2.5亿元以上项目表",)


# --- the contact an upward document's 版头 gives beside its signer (签发人：…　联系人：…　电话：…) ----------


def test_the_contact_cells_beside_the_signer_above_the_title_are_the_contact() -> None:
    doc = checked(
        "某县财政局\n某财〔2023〕8号\n签发人：甲某某　　联系人：乙某　　联系电话：0571-86012345\n"
        "某县财政局关于追加防汛救灾资金的请示\n县人民政府：\n今年汛期我县受灾严重，恳请追加防汛救灾资金500万元。\n"
        "妥否，请批示。\n某县财政局\n2023年7月3日\n"
    )
    assert doc.header.signer == "甲某某"
    c = doc.contact
    assert c is not None and (c.name, c.phones) == ("乙某", ("0571-86012345",))


def test_a_signer_row_alone_above_the_title_gives_no_contact() -> None:
    doc = checked(
        "某县财政局\n某财〔2023〕9号\n签发人：甲某某\n某县财政局关于追加防汛救灾资金的请示\n县人民政府：\n"
        "今年汛期我县受灾严重，恳请追加防汛救灾资金500万元。\n妥否，请批示。\n某县财政局\n2023年7月3日\n"
    )
    assert doc.header.signer == "甲某某" and doc.contact is None


def test_a_portal_rows_phone_beside_its_publishing_organ_is_no_contact() -> None:
    doc = checked(
        "发布机构：某县财政局　　联系电话：0571-86012300\n某县财政局关于做好预算公开工作的通知\n各乡镇：\n"
        "请按要求做好预算公开工作。\n特此通知。\n某县财政局\n2023年7月3日\n"
    )
    assert doc.contact is None
