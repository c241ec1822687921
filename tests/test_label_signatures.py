"""A labelled 落款 whose label stands alone on its line, the organ (or the date) on the line under it
(答复单位： ⏎ 某区教育局 ⏎ 2024年5月6日): the label is no body text, the organ signs, the date is the
落款's and the closing above it is the closing, as when the organ is written on the label's line.
Short documents written for these tests; expected values by hand from the contract."""

from __future__ import annotations

import govdoc
from tests.probing import checked

_HEAD = "关于增设学校门口护学岗的答复\n李某代表：\n您提出的建议收悉。经研究，现答复如下：我局已在辖区各小学门口增设护学岗。\n"
_BODY = ["您提出的建议收悉。经研究，现答复如下：我局已在辖区各小学门口增设护学岗。"]


def _body_texts(doc: govdoc.Document) -> list[str]:
    return [p.text for p in doc.preamble] + [p.text for s in doc.iter_sections() for p in s.paragraphs]


def _signed(doc: govdoc.Document) -> tuple[tuple[str, ...], str | None, str | None] | None:
    s = doc.signature
    return None if s is None else (s.issuers, s.date, s.date_text)


def test_a_reply_organ_label_alone_on_its_line_heads_the_signature() -> None:
    doc = checked(_HEAD + "特此答复。\n答复单位：\n某区教育局\n2024年5月6日\n")
    assert _body_texts(doc) == _BODY
    assert doc.closing is not None and doc.closing.text == "特此答复。"
    assert _signed(doc) == (("某区教育局",), "2024-05-06", "2024年5月6日")


def test_the_label_alone_works_for_every_signature_organ_label() -> None:
    for label in ("落款单位：", "主办单位：", "回复单位:", "单位（盖章）：", "办理单位："):
        doc = checked(_HEAD + f"以上答复，请予审议。\n{label}\n某区教育局\n2024年5月6日\n")
        assert _body_texts(doc) == _BODY, label
        assert doc.closing is not None and doc.closing.text == "以上答复，请予审议。", label
        assert _signed(doc) == (("某区教育局",), "2024-05-06", "2024年5月6日"), label


def test_a_joint_reply_under_a_lone_label_keeps_both_organs() -> None:
    doc = checked(_HEAD + "特此答复。\n答复单位：\n某区教育局\n某区财政局\n二〇二四年五月六日\n")
    assert _body_texts(doc) == _BODY
    assert doc.closing is not None and doc.closing.text == "特此答复。"
    assert _signed(doc) == (("某区教育局", "某区财政局"), "2024-05-06", "二〇二四年五月六日")


def test_a_date_label_alone_on_its_line_gives_the_signature_date() -> None:
    doc = checked(_HEAD + "特此答复。\n答复单位：\n某区教育局\n答复日期：\n2024年5月6日\n")
    assert _body_texts(doc) == _BODY
    assert doc.closing is not None and doc.closing.text == "特此答复。"
    assert _signed(doc) == (("某区教育局",), "2024-05-06", "2024年5月6日")


def test_a_date_label_alone_under_an_organ_on_its_labels_line() -> None:
    doc = checked(_HEAD + "特此答复。\n答复单位：某区教育局\n答复时间：\n2024年5月6日\n")
    assert _body_texts(doc) == _BODY
    assert doc.closing is not None and doc.closing.text == "特此答复。"
    assert _signed(doc) == (("某区教育局",), "2024-05-06", "2024年5月6日")


def test_the_contact_under_a_lone_label_signature_stays_the_contact() -> None:
    doc = checked(_HEAD + "特此答复。\n答复单位：\n某区教育局\n2024年5月6日\n联系人：王某\n联系电话：12345678\n")
    assert _body_texts(doc) == _BODY
    assert _signed(doc) == (("某区教育局",), "2024-05-06", "2024年5月6日")
    assert doc.contact is not None and (doc.contact.name, doc.contact.phones) == ("王某", ("12345678",))


def test_a_sentence_ending_in_danwei_over_a_list_of_organs_stays_body() -> None:
    """The guard: …的责任单位： over organ lines is the body's list; only an exact label heads a 落款."""
    source = (
        "关于整治学校周边交通秩序的答复\n李某代表：\n您提出的建议收悉。现答复如下：\n"
        "本次整治的责任单位：\n某区公安分局\n某区城管局\n"
        "下一步，我们将继续加强巡查。\n特此答复。\n某区教育局\n2024年5月6日\n"
    )
    doc = checked(source)
    assert _body_texts(doc) == [
        "您提出的建议收悉。现答复如下：",
        "本次整治的责任单位：",
        "某区公安分局",
        "某区城管局",
        "下一步，我们将继续加强巡查。",
    ]
    assert doc.closing is not None and doc.closing.text == "特此答复。"
    assert _signed(doc) == (("某区教育局",), "2024-05-06", "2024年5月6日")


def test_a_date_label_alone_with_no_organ_over_it_is_no_signature() -> None:
    """答复日期： ⏎ date with no organ: the 落款 needs its organ (a lone labelled date stays the body's)."""
    doc = checked(_HEAD + "请继续关注我局工作。\n答复日期：\n2024年5月6日\n")
    assert doc.signature is None or doc.signature.issuers == ()


def test_a_lone_label_over_the_organ_and_date_on_one_line() -> None:
    doc = checked(_HEAD + "特此答复。\n答复单位：\n某区教育局    2024年5月6日\n")
    assert _body_texts(doc) == _BODY
    assert doc.closing is not None and doc.closing.text == "特此答复。"
    assert _signed(doc) == (("某区教育局",), "2024-05-06", "2024年5月6日")


def test_a_lone_label_over_an_undated_organ_still_signs_with_a_warning() -> None:
    doc = checked(_HEAD + "特此答复。\n答复单位：\n某区教育局\n联系人：王某\n")
    assert _body_texts(doc) == _BODY
    assert doc.closing is not None and doc.closing.text == "特此答复。"
    assert _signed(doc) == (("某区教育局",), None, None)
    assert any(w.code == "field-missing" and w.message.startswith("落款没有成文日期") for w in doc.warnings)
    assert doc.contact is not None and doc.contact.name == "王某"


def test_banli_danwei_on_the_organs_line_names_the_signing_organ() -> None:
    """办理单位：某局 (the organ that handled the 建议) signs like 答复单位：某局; the label is no body text."""
    doc = checked(_HEAD + "特此答复。\n办理单位：某区教育局\n2024年5月6日\n")
    assert _body_texts(doc) == _BODY
    assert doc.closing is not None and doc.closing.text == "特此答复。"
    assert _signed(doc) == (("某区教育局",), "2024-05-06", "2024年5月6日")


def test_chengban_danwei_stays_the_contacts_unit() -> None:
    """承办单位 names the contact's unit by the contract, not the signing organ."""
    doc = checked(_HEAD + "特此答复。\n承办单位：某区教育局\n2024年5月6日\n")
    assert doc.contact is not None and doc.contact.unit == "某区教育局"
    assert doc.signature is not None and doc.signature.issuers == ()
