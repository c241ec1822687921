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
