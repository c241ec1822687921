"""Schema 1.12 (README "Schema 1.12 adds"): the contract questions sessions 20–22 left open that have a clear
answer. A reference naming several proposals under one 第 keeps every number (`responds_to.numbers`), and a
form's yes/no row on publishing (是否公开, 是否同意公开) or a 公开范围 of 公开/不公开 gives `header.disclosure`.
Every addition is optional: a 1.11 document stays valid and reads back."""

from __future__ import annotations

import json

import govdoc
from tests.probing import checked, codes


def _reply(head: str = "", title_ref: str = "第0008号提案", tail: str = "") -> str:
    return (
        f"{head}关于县政协九届二次会议{title_ref}的答复\n"
        "丁某委员：\n"
        "您提出的提案收悉，现答复如下：\n"
        "我局已完成养老机构消防改造。\n"
        "感谢您对民政工作的关心和支持！\n"
        "青溪县民政局\n"
        f"2024年6月14日\n{tail}"
    )


def _numbers(doc: govdoc.Document) -> tuple[str | None, tuple[str, ...]] | None:
    r = doc.header.responds_to
    return None if r is None else (r.number, r.numbers)


# --- responds_to.numbers


def test_a_title_naming_three_proposals_under_one_di_keeps_every_number() -> None:
    doc = checked(_reply(title_ref="第21、47、133号提案"))
    assert _numbers(doc) == ("133", ("21", "47", "133"))


def test_the_last_number_parted_by_he_and_zeros_kept() -> None:
    doc = checked(_reply(title_ref="第0021、0047和0133号提案"))
    assert _numbers(doc) == ("0133", ("0021", "0047", "0133"))


def test_an_opening_naming_two_suggestions_under_one_di() -> None:
    doc = checked("""\
关于合并答复有关代表建议的函
苏某某代表：
您在县十八届人大三次会议上提出的第0031，0032号建议收悉，因内容相近，现合并答复如下：
今年全县新建村级养老服务站12个。
青溪县民政局
2024年6月20日
""")
    assert _numbers(doc) == ("0032", ("0031", "0032"))


def test_guard_one_number_leaves_numbers_empty() -> None:
    doc = checked(_reply(title_ref="第0008号提案"))
    assert _numbers(doc) == ("0008", ())


def test_guard_an_ordinal_list_before_the_number_is_no_numbers() -> None:
    # 第一、 is an ordinal of the sentence, not a number under the same 第 as 12
    doc = checked("""\
关于县政协九届二次会议第12号提案的答复
丁某委员：
现答复如下：第一、第12号提案所提问题已解决。
青溪县民政局
2024年6月14日
""")
    assert _numbers(doc) == ("12", ())


# --- header.disclosure from yes/no rows and a 公开范围 of 公开/不公开


def test_whether_public_yes_is_published_on_the_organs_initiative() -> None:
    doc = checked(_reply(head="是否公开：是\n"))
    assert doc.header.disclosure == "主动公开"
    span = doc.header.disclosure_span
    assert span is not None and doc.text[span.start : span.end] == "是"
    assert doc.text[span.start - 1] == "："  # the value's 是, not the label's
    assert doc.header.metadata.get("是否公开") == "是"


def test_whether_public_no_is_not_published_and_no_longer_warned() -> None:
    doc = checked(_reply(head="是否公开：否\n"))
    assert doc.header.disclosure == "不予公开"
    assert "disclosure-unmapped" not in codes(doc)


def test_whether_agreed_to_publish_under_the_signature() -> None:
    doc = checked(_reply(tail="是否同意公开：同意\n"))
    assert doc.header.disclosure == "主动公开"


def test_a_disclosure_scope_of_public_and_of_not_public() -> None:
    assert checked(_reply(head="公开范围：公开\n")).header.disclosure == "主动公开"
    assert checked(_reply(head="公开范围：不公开\n")).header.disclosure == "不予公开"


def test_guard_a_scope_naming_where_says_no_disclosure_and_warns_nothing() -> None:
    doc = checked(_reply(head="公开范围：全社会\n"))
    assert doc.header.disclosure is None
    assert "disclosure-unmapped" not in codes(doc)
    assert doc.header.metadata.get("公开范围") == "全社会"


def test_guard_a_labelled_disclosure_is_read_before_the_yes_no_row() -> None:
    doc = checked(_reply(head="是否公开：是\n公开方式：依申请公开\n"))
    assert doc.header.disclosure == "依申请公开"


def test_guard_a_notices_body_sentence_with_the_words_is_no_row() -> None:
    doc = checked("""\
关于做好政务公开工作的通知
各乡镇人民政府：
各单位在报送文件时须注明是否公开：是或否。
特此通知。
青溪县人民政府办公室
2024年6月15日
""")
    assert doc.header.disclosure is None


# --- the schema


def test_a_1_11_document_without_numbers_reads_back() -> None:
    doc = checked(_reply(title_ref="第21、47号提案"))
    data = json.loads(doc.to_json())
    del data["header"]["responds_to"]["numbers"]
    data["schema_version"] = "1.11"
    back = govdoc.Document.from_dict(data)
    assert back.header.responds_to is not None and back.header.responds_to.numbers == ()


def test_numbers_is_an_optional_property_of_the_reference() -> None:
    ref = govdoc.schema("document")["$defs"]["ProposalRef"]
    assert "numbers" in ref["properties"] and "numbers" not in ref.get("required", [])
