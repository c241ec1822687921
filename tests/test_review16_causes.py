"""Review16's findings the lead fixed, each with a new example written by hand (not the reviewer's repro).

R15: a line naming the 12345 hotline was chrome anywhere, so a notice listing it among its own numbers lost
it without a warning; a site footer's hotline is chrome only where chrome stands (after the running text).
R16: a unit's name with its liaison run on after a short gap was cut as a 落款's organ with the contact run
onto it, so a body's list of units and their liaisons lost its rows; only past the running text now.
"""

from __future__ import annotations

from tests.probing import checked, codes, squashed


def test_a_hotline_a_reply_lists_among_its_numbers_stays_in_the_text() -> None:
    source = (
        "关于市政协十三届三次会议第88号提案的答复\n钱某委员：\n您的提案收悉，现答复如下：\n"
        "一、关于投诉渠道\n市民反映物业问题，可通过以下渠道：\n市住房保障局物业科：0571-85001234\n"
        "市长公开电话热线：12345\n我局将对每件投诉限时办结。\n二、下一步工作\n我局将继续完善物业监管。\n"
        "感谢您对住房工作的关心和支持。\n某市住房保障局\n2024年6月12日\n"
    )
    doc = checked(source)
    assert "市长公开电话热线：12345" in doc.text
    assert any("12345" in p.text for p in doc.sections[0].paragraphs)


def test_a_footer_hotline_after_the_signature_still_leaves_the_text() -> None:
    source = (
        "关于区人大十届二次会议第31号建议的答复\n林某代表：\n您的建议收悉，现答复如下：\n"
        "今年全区新增停车泊位一千二百个。\n特此答复。\n某区交通运输局\n2024年7月2日\n"
        "网站地图 | 联系我们\n政务服务热线：12345\n"
    )
    doc = checked(source)
    assert "12345" not in doc.text and codes(doc) == []


def test_a_body_list_of_units_with_their_liaisons_keeps_one_row_a_unit() -> None:
    rows = ["区教育局　联系人：孙某　电话：0571-86001001", "区卫健局　联系人：周某　电话：0571-86001002"]
    source = (
        "关于做好2024年防汛值守工作的通知\n各街道办事处，区各有关部门：\n现将有关事项通知如下：\n"
        "一、值守联络人\n" + "\n".join(rows) + "\n二、工作要求\n各单位要落实二十四小时值班制度。\n"
        "特此通知。\n某区人民政府办公室\n2024年6月1日\n"
    )
    doc = checked(source)
    texts = [squashed(p.text) for p in doc.sections[0].paragraphs]
    assert texts == [squashed(r) for r in rows]
    assert doc.contact is None or doc.contact.name is None


def test_a_signing_organ_with_its_contact_run_on_is_still_cut() -> None:
    source = (
        "关于县政协九届二次会议第7号提案的答复\n吕某委员：\n您的提案收悉，现答复如下：\n"
        "今年全县改造农村公路五十公里。\n感谢您的关心和支持。\n"
        "某县交通运输局　联系人：程某　电话：0575-83001122\n2024年4月18日\n"
    )
    doc = checked(source)
    s, c = doc.signature, doc.contact
    assert s is not None and (s.issuers, s.date) == (("某县交通运输局",), "2024-04-18")
    assert c is not None and (c.name, c.phones) == ("程某", ("0575-83001122",))


def test_a_raw_html_table_in_text_names_its_lines_as_every_other_table_does() -> None:
    """The final read of the change: rows of an HTML table written into a Markdown or text copy were made
    without their origin, so the table's span named no source lines, where a pipe table's does."""
    source = (
        "关于某事的答复\n<table><tr><td>项目</td><td>金额</td></tr>\n"
        "<tr><td>道路</td><td>300万元</td></tr></table>\n某县交通运输局\n2024年1月2日\n"
    )
    doc = checked(source)
    [table] = doc.tables
    assert table.span.source_ref == "line:2-3"
