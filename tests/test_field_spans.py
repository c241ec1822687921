"""Schema 1.3: header and trailer fields carry the span of the text they came from, additively."""

from __future__ import annotations

import json

import govdoc

REPLY = """办理结果：正在解决
公开属性：主动公开
某市某区市场监督管理局文件
某市监提〔2024〕33号
关于区政协五届二次会议第0421号提案的
答复
王某委员，区政协社会法制委员会：
您提出的关于规范校园周边食品经营的提案收悉，现答复如下：
一、总体情况
我局高度重视。
感谢您的关心。
某市某区市场监督管理局
2024年7月8日
联系人：钱某
联系电话：11112222，13300001111
邮编：200001
抄送：区政协提案委员会，区政府督查室
某市某区市场监督管理局办公室 2024年7月9日印发
"""


def _at(doc: govdoc.Document, span: govdoc.Span | None) -> str | None:
    return None if span is None else doc.text[span.start : span.end]


def test_every_header_field_points_at_its_own_words() -> None:
    doc = govdoc.parse_text(REPLY)
    h = doc.header
    assert _at(doc, h.issuer_span) == "某市某区市场监督管理局"
    assert h.issuer_span is not None and h.issuer_span.start == doc.text.index("某市某区市场监督管理局文件")
    assert h.doc_number is not None and _at(doc, h.doc_number.span) == "某市监提〔2024〕33号"
    assert h.title == "关于区政协五届二次会议第0421号提案的答复"
    assert _at(doc, h.title_span) == "关于区政协五届二次会议第0421号提案的\n答复"  # both wrapped lines
    assert [_at(doc, s) for s in h.recipients_spans] == ["王某委员", "区政协社会法制委员会"]
    assert h.handling_result == "B" and _at(doc, h.handling_result_span) == "正在解决"
    assert _at(doc, h.disclosure_span) == "主动公开"
    assert h.responds_to is not None and _at(doc, h.responds_to.span) == "区政协五届二次会议第0421号提案"


def test_every_trailer_field_points_at_its_own_words() -> None:
    doc = govdoc.parse_text(REPLY)
    assert doc.signature is not None and doc.contact is not None and doc.imprint is not None
    assert [_at(doc, s) for s in doc.signature.issuers_spans] == ["某市某区市场监督管理局"]
    assert doc.signature.issuers_spans[0].start == doc.text.rindex("某市某区市场监督管理局\n2024年7月8日")
    assert _at(doc, doc.signature.date_span) == "2024年7月8日"
    assert _at(doc, doc.contact.name_span) == "钱某"
    assert [_at(doc, s) for s in doc.contact.phones_spans] == ["11112222", "13300001111"]
    assert _at(doc, doc.contact.postcode_span) == "200001"
    assert [_at(doc, s) for s in doc.imprint.cc_spans] == ["区政协提案委员会", "区政府督查室"]
    assert _at(doc, doc.imprint.printed_by_span) == "某市某区市场监督管理局办公室"


def test_the_contract_fields_keep_their_shape_and_spans_are_siblings() -> None:
    data = json.loads(govdoc.parse_text(REPLY).to_json())
    header = data["header"]
    assert header["recipients"] == ["王某委员", "区政协社会法制委员会"]  # still a list of strings
    assert header["title"] == "关于区政协五届二次会议第0421号提案的答复"
    assert set(header["recipients_spans"][0]) == {"start", "end", "page", "source_ref", "source_box"}
    assert data["signature"]["issuers"] == ["某市某区市场监督管理局"]
    assert isinstance(data["contact"]["phones"][0], str)


def test_a_value_not_written_as_such_gets_no_span_rather_than_a_guess() -> None:
    text = "关于某事项的通知\n各单位：\n请按要求办理。\n某区某局\n2024年1月5日\n"
    doc = govdoc.parse_text(text)
    assert doc.header.handling_result is None and doc.header.handling_result_span is None
    assert doc.header.signer_span is None
    assert [_at(doc, s) for s in doc.header.recipients_spans] == ["各单位"]


# Schema 1.4: every field's span comes from the rule that read the value, whichever source it was.


def _spans_hold(doc: govdoc.Document) -> None:
    from tests.invariants import check_field_spans

    check_field_spans(doc)


def test_the_printing_date_points_at_the_date_as_written() -> None:
    doc = govdoc.parse_text(REPLY)
    assert doc.imprint is not None and doc.imprint.printed_on == "2024-07-09"
    assert _at(doc, doc.imprint.printed_on_span) == "2024年7月9日"
    _spans_hold(doc)


SOURCES_OF_THE_CATEGORY = {
    "beside the doc number": (
        "某区农业农村局\n某农复〔2023〕5号（A类）\n关于区人大二届三次会议第12号建议的答复\n",
        "（A类）",
    ),
    "beside the date": ("关于区人大二届三次会议第12号建议的答复\n", "（B类）"),
    "in the title": ("关于区人大二届三次会议第12号建议办理情况（C）的函\n", "（C）"),
    "a line of its own": ("B类\n关于区人大二届三次会议第12号建议的答复\n", "B类"),
}


def test_the_category_points_at_what_it_was_read_from_whatever_the_source() -> None:
    for source, (head, mark) in SOURCES_OF_THE_CATEGORY.items():
        date = "2024年5月6日（B类）" if source == "beside the date" else "2024年5月6日"
        text = head + "李某代表：\n您提出的建议收悉，现答复如下：\n我局已推进相关工作。\n某区农业农村局\n" + date + "\n"
        doc = govdoc.parse_text(text)
        assert doc.header.handling_result is not None, source
        assert _at(doc, doc.header.handling_result_span) == mark, source
        _spans_hold(doc)


def test_header_fields_read_from_the_information_table_point_into_it() -> None:
    text = (
        "索引号：000123/2024-00056\n发文机关：某县住房和城乡建设局\n文号：某建函〔2024〕8号\n"
        "标题：关于某县人大十八届三次会议第56号建议的答复\n"
        "张某代表：\n您提出的建议收悉，现答复如下：\n我局将加快老旧小区改造。\n某县住房和城乡建设局\n2024年6月3日\n"
    )
    doc = govdoc.parse_text(text)
    h = doc.header
    assert h.doc_number is not None and _at(doc, h.doc_number.span) == "某建函〔2024〕8号"
    assert h.doc_number.span is not None and doc.text[: h.doc_number.span.start].endswith("文号：")
    assert h.title == "关于某县人大十八届三次会议第56号建议的答复"
    assert _at(doc, h.title_span) == h.title
    assert h.responds_to is not None and _at(doc, h.responds_to.span) == "某县人大十八届三次会议第56号建议"
    _spans_hold(doc)


def test_an_issuer_read_from_the_title_and_a_number_in_brackets_after_it() -> None:
    text = (
        "某区人民政府关于印发某区防汛工作方案的通知（某府发〔2024〕3号）\n各街道办事处：\n现将方案印发给你们，请认真执行。\n"
        "某区人民政府\n2024年4月1日\n"
    )
    doc = govdoc.parse_text(text)
    h = doc.header
    assert _at(doc, h.issuer_span) == "某区人民政府" and h.issuer_span is not None and h.issuer_span.start == 0
    assert h.doc_number is not None and _at(doc, h.doc_number.span) == "某府发〔2024〕3号"
    _spans_hold(doc)


def test_a_signer_below_the_date_and_a_disclosure_note_point_at_their_lines() -> None:
    text = (
        "关于区政协三届一次会议第7号提案的答复\n赵某委员：\n您提出的提案收悉，现答复如下：\n我局已完成整改。\n"
        "某区卫生健康委员会\n2024年3月2日\n领导签发：孙某某\n（此件公开发布）\n"
    )
    doc = govdoc.parse_text(text)
    assert doc.header.signer == "孙某某" and _at(doc, doc.header.signer_span) == "孙某某"
    assert doc.header.disclosure == "主动公开" and _at(doc, doc.header.disclosure_span) == "（此件公开发布）"
    _spans_hold(doc)


def test_a_date_flattened_onto_the_last_line_of_the_body_still_has_its_span() -> None:
    text = (
        "关于表彰某项工作先进单位的通报\n各乡镇：\n一年来，各乡镇扎实推进植树造林工作，成效明显。\n"
        "希望受表彰的单位再接再厉，创造更好成绩。  二〇二四年二月七日\n"
    )
    doc = govdoc.parse_text(text)
    assert doc.signature is not None and doc.signature.date == "2024-02-07"
    assert _at(doc, doc.signature.date_span) == "二〇二四年二月七日"
    _spans_hold(doc)


def test_the_span_check_fails_on_a_span_that_points_elsewhere() -> None:
    import dataclasses

    import pytest

    doc = govdoc.parse_text(REPLY)
    moved = dataclasses.replace(doc.header, issuer_span=doc.header.signer_span or doc.header.title_span)
    with pytest.raises(AssertionError, match=r"header\.issuer"):
        _spans_hold(dataclasses.replace(doc, header=moved))
    assert doc.imprint is not None
    dated = dataclasses.replace(doc.imprint, printed_on_span=doc.signature.date_span if doc.signature else None)
    with pytest.raises(AssertionError, match=r"imprint\.printed_on"):
        _spans_hold(dataclasses.replace(doc, imprint=dated))


def test_a_disclosure_label_whose_value_names_no_category_has_no_span_either() -> None:
    """`公开属性：待定` gives no disclosure; a span pointing at 待定 would be a span without a value."""
    doc = govdoc.parse_text(
        "关于做好冬季供暖保障工作的通知\n各街道办事处：\n现将有关事项通知如下，请遵照执行。\n"
        "某区城市管理局\n2025年11月3日\n公开属性：待定\n"
    )
    assert doc.header.disclosure is None
    assert doc.header.disclosure_span is None


def test_a_disclosure_label_whose_value_names_no_category_is_warned_about_and_kept() -> None:
    """`公开属性：部分公开` is resolved to nothing: a `disclosure-unmapped` warning points at the
    value, which stays in the text (and in the metadata, for a label in the header)."""
    doc = govdoc.parse_text(
        "关于调整公园开放时间的通知\n各街道办事处：\n现将调整事项通知如下，请做好宣传。\n"
        "某区绿化和市容管理局\n2025年3月14日\n公开属性：部分公开\n"
    )
    assert doc.header.disclosure is None
    warned = [w for w in doc.warnings if w.code == "disclosure-unmapped"]
    assert len(warned) == 1 and "部分公开" in warned[0].message
    assert warned[0].span is not None and doc.text[warned[0].span.start : warned[0].span.end] == "部分公开"
    in_header = govdoc.parse_text(
        "公开属性：待定\n关于调整公园开放时间的通知\n各街道办事处：\n现将调整事项通知如下，请做好宣传。\n"
        "某区绿化和市容管理局\n2025年3月14日\n"
    )
    assert in_header.header.metadata.get("公开属性") == "待定"
    assert [w.code for w in in_header.warnings].count("disclosure-unmapped") == 1
    mapped = govdoc.parse_text(
        "关于调整公园开放时间的通知\n各街道办事处：\n现将调整事项通知如下，请做好宣传。\n"
        "某区绿化和市容管理局\n2025年3月14日\n公开属性：主动公开\n"
    )
    assert mapped.header.disclosure == "主动公开"
    assert not [w for w in mapped.warnings if w.code == "disclosure-unmapped"]
