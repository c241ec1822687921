"""Small causes left by earlier sessions, each with a new example written for it.

Every expected value below is written by hand from reading the short document, not from the
parser's output.
"""

from __future__ import annotations

import govdoc


def test_thanks_after_an_instruction_in_one_sentence_stay_in_the_notice_body() -> None:
    # a sentence that asks the reader to act and then thanks in passing is the notice's last
    # instruction, not its closing
    doc = govdoc.parse_text(
        "关于城南水厂停水检修的通知\n"
        "因管网改造需要，2025年4月9日8时至18时城南片区暂停供水。\n"
        "停水期间，请各用户提前做好储水准备，感谢您的理解和配合支持。\n"
        "某市自来水公司\n"
        "2025年4月2日\n"
    )
    assert doc.closing is None
    assert doc.preamble[-1].text == "停水期间，请各用户提前做好储水准备，感谢您的理解和配合支持。"
    assert doc.signature is not None and doc.signature.issuers == ("某市自来水公司",)


def test_thanks_after_courtesy_or_a_statement_still_close_a_reply() -> None:
    # the request that is itself courtesy (请您继续关心和支持…) and a sentence that states before it
    # thanks keep closing the answer
    for closing in (
        "请您继续关心和支持我区的教育工作，再次感谢您的关心。",
        "您的建议对我们改进工作很有帮助，感谢您对教育工作的关心和支持。",
    ):
        doc = govdoc.parse_text(
            "关于区政协三届一次会议第12号提案的答复\n"
            "周某某委员：\n"
            "您提出的关于增加学校体育设施的提案收悉，现答复如下：\n"
            "今年我局为辖区12所小学新建了室内运动场。\n"
            f"{closing}\n"
            "某区教育局\n"
            "2025年5月6日\n"
        )
        assert doc.closing is not None and doc.closing.text == closing, closing
        assert doc.preamble[-1].text == "今年我局为辖区12所小学新建了室内运动场。", closing


def test_joint_organs_with_different_dates_take_the_last_signers_date_with_a_warning() -> None:
    # GB/T 9704: a joint document carries the date of its last signer; the other date printed is
    # said in a warning, not dropped
    doc = govdoc.parse_text(
        "关于联合开展校园周边食品安全检查的通知\n"
        "各街道办事处：\n"
        "为保障学生饮食安全，决定于2025年4月联合开展校园周边食品安全检查。\n"
        "特此通知。\n"
        "某区教育局　　　　某区市场监督管理局\n"
        "2025年3月11日　　　　2025年3月14日\n"
    )
    assert doc.closing is not None and doc.closing.text == "特此通知。"
    assert doc.signature is not None
    assert doc.signature.issuers == ("某区教育局", "某区市场监督管理局")
    assert (doc.signature.date, doc.signature.date_text) == ("2025-03-14", "2025年3月14日")
    assert [w.code for w in doc.warnings] == ["date-unparsed"]
    span = doc.warnings[0].span
    assert span is not None and doc.text[span.start : span.end] == "2025年3月11日"
    # the same date repeated under each organ is one date, with no warning
    same = govdoc.parse_text(
        "关于联合开展校园周边食品安全检查的通知\n各街道办事处：\n现将有关事项通知如下。\n特此通知。\n"
        "某区教育局　　　　某区市场监督管理局\n2025年3月14日　　　　2025年3月14日\n"
    )
    assert same.signature is not None and same.signature.date == "2025-03-14"
    assert same.warnings == ()


def test_joint_dates_in_numerals_side_by_side_read_the_last() -> None:
    doc = govdoc.parse_text(
        "关于加强汛期值班的通知\n各乡镇：\n请各乡镇加强汛期值班。\n特此通知。\n"
        "某县应急管理局　　某县水利局\n"
        "二〇二五年五月六日　　二〇二五年五月九日\n"
    )
    assert doc.signature is not None and doc.signature.issuers == ("某县应急管理局", "某县水利局")
    assert (doc.signature.date, doc.signature.date_text) == ("2025-05-09", "二〇二五年五月九日")
    assert [w.code for w in doc.warnings] == ["date-unparsed"]


def test_a_contact_cell_glued_after_the_signer_on_the_number_line_is_its_own_pair() -> None:
    # 签发人：张某某联系人：李某 on the 文号 line: the signer's name ends where the contact label starts,
    # and the contact is kept as the metadata lines keep it
    for number_line in (
        "渝文旅发〔2025〕12号　　签发人：邓某某联系人：骆某",
        "签发人：邓某某联系人：骆某　　渝文旅发〔2025〕12号",
    ):
        doc = govdoc.parse_text(
            f"{number_line}\n"
            "关于申请文物修缮经费的请示\n"
            "市文化和旅游委员会：\n"
            "我区某古桥年久失修，急需修缮。\n"
            "妥否，请批示。\n"
            "某区文化和旅游委员会\n"
            "2025年6月3日\n"
        )
        assert doc.header.doc_number is not None and doc.header.doc_number.text == "渝文旅发〔2025〕12号"
        assert doc.header.signer == "邓某某", number_line
        assert doc.header.metadata == {"签发人": "邓某某", "联系人": "骆某"}, number_line


def test_the_last_attachment_title_wrapped_above_the_signature_joins_its_title() -> None:
    doc = govdoc.parse_text(
        "关于报送2025年农村公路养护情况的通知\n"
        "各乡镇人民政府：\n"
        "请于4月30日前报送农村公路养护情况。\n"
        "特此通知。\n"
        "附件：1.农村公路养护情况统计表\n"
        "      2.农村公路养护资金使用\n"
        "      明细表\n"
        "某县交通运输局\n"
        "2025年4月8日\n"
    )
    assert doc.attachments == ("农村公路养护情况统计表", "农村公路养护资金使用明细表")
    assert doc.signature is not None and doc.signature.issuers == ("某县交通运输局",)
    assert doc.signature.date == "2025-04-08"
    assert [w.code for w in doc.warnings] == ["page-break-joined"]
    span = doc.warnings[0].span
    assert span is not None and doc.text[span.start : span.end].strip() == "明细表"


def test_a_meeting_named_without_its_term_still_gives_the_body_and_level_of_an_unnumbered_reference() -> None:
    # 您在市人大会议上提出的…建议 names no 届 and no number: the meeting's words still say which body
    # and which level the proposal went to (closing7: "a reference with no number and a meeting
    # without 届"); 人代会 is the common short name of a 人民代表大会
    cases = (
        ("您在县人大会议上提出的关于整治农村饮用水源的建议收悉，现答复如下：", "县人大会议", "人大", "县", "建议"),
        ("你们在市政协全体会议期间提出的关于发展夜间经济的提案收悉。", "市政协全体会议", "政协", "市", "提案"),
        ("您在区人代会期间提出的关于增设社区食堂的建议收悉。现答复如下：", "区人代会", "人大", "区", "建议"),
    )
    for opening, text, body, level, kind in cases:
        doc = govdoc.parse_text(
            "对代表委员意见的答复\n王某某：\n" + opening + "\n今年我们已做了相关工作。\n某区民政局\n2025年6月3日\n"
        )
        ref = doc.header.responds_to
        assert ref is not None, opening
        assert (ref.text, ref.body, ref.level, ref.kind) == (text, body, level, kind), opening
        assert (ref.term, ref.session, ref.number) == (None, None, None), opening
        assert ref.title is not None and ref.title.startswith("关于") and ref.title.endswith(kind), opening
    # a meeting named only inside the proposal's own title is not the one it was made at
    inner = govdoc.parse_text(
        "对委员意见的答复\n王某某委员：\n您提出的关于开好区政协全体会议期间服务保障的提案收悉，现答复如下：\n"
        "今年我们已做了相关工作。\n某区机关事务局\n2025年6月3日\n"
    )
    ref = inner.header.responds_to
    assert ref is not None and ref.body is None and ref.text == "关于开好区政协全体会议期间服务保障的提案"
