"""The probes of issue #12: documents of a few lines, written to try one rule each, as a new
user would. Each once broke the core output; each now gives what a reader of it expects."""

from __future__ import annotations

import unicodedata

import govdoc


def test_points_quoted_from_the_proposal_do_not_become_the_top_sections() -> None:
    doc = govdoc.parse_text(
        "关于区政协五届二次会议第8号提案的答复\n赵某委员：\n您在提案中提出：\n1.加快建设进度；\n2.加强资金保障。\n"
        "现答复如下：\n一、关于建设进度\n目前主体工程已完工。\n二、关于资金保障\n区财政已安排专项资金。\n"
        "某区建设管理委员会\n2024年7月8日"
    )
    assert [(s.level, s.marker) for s in doc.iter_sections()] == [(1, "一、"), (1, "二、")]
    assert "1.加快建设进度；" in [p.text for p in doc.preamble]


def test_a_top_heading_is_not_nested_under_the_lower_headings_before_it() -> None:
    doc = govdoc.parse_text(
        "某区养老服务工作方案\n（一）现状\n内容。\n（二）问题\n内容。\n一、主要任务\n内容。\n二、保障措施\n内容。"
    )
    assert [(s.level, s.marker) for s in doc.iter_sections()] == [
        (1, "（一）"),
        (1, "（二）"),
        (1, "一、"),
        (1, "二、"),
    ]


def test_sentences_that_open_with_a_numeral_are_body_text() -> None:
    doc = govdoc.parse_text(
        "关于老旧小区改造的情况通报\n各街道：\n一、总体进展\n改造工作有序推进。\n一，是我们的首要任务。\n"
        "3 个街道已经完成改造，覆盖居民1万余户。\n二、下步安排\n继续推进。"
    )
    assert [s.marker for s in doc.iter_sections()] == ["一、", "二、"]
    assert len(doc.sections[0].paragraphs) == 3


def test_a_lone_date_under_a_label_is_not_the_signature() -> None:
    doc = govdoc.parse_text(
        "关于召开防汛工作会议的通知\n各街道、各有关部门：\n经研究，决定召开全区防汛工作会议。现将有关事项通知如下：\n"
        "一、会议时间\n会议时间：\n2024年3月5日\n二、会议地点\n区政府第一会议室。\n请各单位准时参会。\n"
        "某区防汛抗旱指挥部办公室\n2024年3月1日"
    )
    assert doc.signature is not None
    assert (doc.signature.issuers, doc.signature.date) == (("某区防汛抗旱指挥部办公室",), "2024-03-01")


def test_a_nested_enumeration_in_the_last_item_leaves_two_items_the_second_whole() -> None:
    doc = govdoc.parse_text(
        "关于加强安全生产工作的通知\n各部门：\n我们将：一是加强领导。二是完善机制，具体包括：一要明确职责；二要加强考核。"
    )
    items = [i for p in doc.preamble for i in p.items]
    assert [i.text for i in items] == ["一是加强领导。", "二是完善机制，具体包括：一要明确职责；二要加强考核。"]


def test_repeated_lines_of_a_word_document_are_kept() -> None:
    text = (
        "关于开展消防检查的通知\n各单位：\n请于本周内完成自查。\n请于本周内完成自查。\n某区消防安全委员会\n2024年4月1日"
    )
    doc = govdoc.parse_text(text)
    assert doc.text.count("请于本周内完成自查。") == 2


def test_a_sentence_that_names_the_recipients_is_not_the_addressee_line() -> None:
    doc = govdoc.parse_text(
        "关于做好防汛工作的通知\n为切实做好防汛工作，现将有关事项通知各部门：\n一、加强值守。\n二、及时报告。\n某区人民政府\n2024年6月1日"
    )
    assert doc.header.recipients == ()


def test_a_portals_site_name_above_the_title_is_neither_title_nor_issuer() -> None:
    doc = govdoc.parse_text(
        "某某区人民政府门户网站\n关于做好防汛工作的通知\n各部门：\n一、加强值守。\n二、及时报告。\n某区人民政府\n2024年6月1日"
    )
    assert doc.header.title == "关于做好防汛工作的通知"
    assert doc.header.issuer != "某某区人民政府门户网站"
    assert "门户网站" not in (doc.header.issuer or "")


def test_text_from_html_is_nfc() -> None:
    page = "<html><body><p>关于加强\uf900管理的通知</p><p>各单位：</p><p>请认真落实。</p></body></html>"
    doc = govdoc.parse(page.encode(), format="html")
    assert unicodedata.is_normalized("NFC", doc.text) and "\uf900" not in doc.text
