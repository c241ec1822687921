"""One short hand-written document for each rule of the contract's Section and Signature parts
(the enumeration rules are in test_enumeration_rules.py)."""

from __future__ import annotations

import govdoc

HEAD = "关于区人大二届三次会议第15号建议的答复\n陈某代表：\n您提出的建议收悉，现答复如下：\n"
TAIL = "\n某区卫生健康委员会\n2023年9月12日"


def sections(body: str) -> list[govdoc.Section]:
    return list(govdoc.parse_text(HEAD + body + TAIL).iter_sections())


def test_a_heading_on_its_own_line_is_the_whole_line_less_a_final_stop() -> None:
    (s,) = sections("一、关于社区医院建设。\n目前已建成两所。")
    assert s.title == "关于社区医院建设"
    assert [p.text for p in s.paragraphs] == ["目前已建成两所。"]


def test_a_run_in_heading_is_the_text_before_the_first_colon_or_stop() -> None:
    (s,) = sections("一、床位情况：全区现有床位一千二百张，比去年增加一百张。")
    assert s.title == "床位情况"
    assert s.paragraphs[0].text == "全区现有床位一千二百张，比去年增加一百张。"


def test_a_numbered_point_of_the_answer_has_no_title() -> None:
    (s,) = sections("1. 经调查，该路段夜间照明不足的问题确实存在，我委已会同区建设管理部门研究增设路灯的方案。")
    assert s.title is None
    assert s.paragraphs[0].text.startswith("经调查")


def test_an_article_has_a_title_only_when_its_line_is_a_short_heading() -> None:
    doc = govdoc.parse_text(
        "某区应急物资储备管理办法\n第一章 总则\n第一条 目的\n第二条 本办法适用于全区应急物资的储备和调用。"
    )
    articles = doc.sections[0].sections
    assert [(a.marker, a.title) for a in articles] == [("第一条", "目的"), ("第二条", None)]


def test_sections_after_the_signature_still_belong_to_the_body() -> None:
    doc = govdoc.parse_text(
        "关于印发《某区志愿服务管理办法》的通知\n各街道：\n现将《某区志愿服务管理办法》印发给你们，请认真贯彻执行。\n"
        "某区人民政府\n2024年2月3日\n某区志愿服务管理办法\n第一条 为规范志愿服务，制定本办法。\n第二条 本办法自发布之日起施行。"
    )
    assert [s.marker for s in doc.sections] == ["第一条", "第二条"]
    assert doc.signature is not None and doc.signature.date == "2024-02-03"


def test_numbered_lines_under_an_attachment_label_are_not_sections() -> None:
    doc = govdoc.parse_text(
        "关于开展健康讲座的通知\n各社区：\n一、时间安排\n每月一次。\n附件：讲座安排表\n某区卫生健康委员会\n2024年3月1日\n"
        "附件\n讲座安排表\n一、三月：合理膳食\n二、四月：科学运动"
    )
    assert [s.marker for s in doc.sections] == ["一、"]
    assert doc.attachments == ("讲座安排表",)


def test_the_signature_closes_the_body_before_its_note_contact_and_imprint() -> None:
    doc = govdoc.parse_text(
        HEAD + "一、关于家庭医生\n已签约五万人。" + TAIL + "\n（此件公开发布）\n（联系人：孙某，联系电话：12345678）\n"
        "抄送：区政协提案委员会。\n某区卫生健康委员会办公室  2023年9月13日印发"
    )
    assert doc.signature is not None
    assert doc.signature.issuers == ("某区卫生健康委员会",)
    assert (doc.signature.date, doc.signature.date_text) == ("2023-09-12", "2023年9月12日")
    assert doc.contact is not None and doc.contact.phones == ("12345678",)


def test_a_signature_date_in_chinese_numerals_is_read_and_kept_as_written() -> None:
    doc = govdoc.parse_text(HEAD + "一、关于家庭医生\n已签约五万人。\n某区卫生健康委员会\n二〇二三年九月十二日")
    assert doc.signature is not None
    assert (doc.signature.date, doc.signature.date_text) == ("2023-09-12", "二〇二三年九月十二日")


def test_co_signing_organs_are_each_an_issuer() -> None:
    doc = govdoc.parse_text(
        "关于做好秋季开学工作的通知\n各学校：\n请做好开学准备。\n某区教育局  某区卫生健康委员会\n2024年8月20日"
    )
    assert doc.signature is not None
    assert doc.signature.issuers == ("某区教育局", "某区卫生健康委员会")
