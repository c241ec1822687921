"""A document a notice prints after its 落款 with no numbered section in it: its title and paragraphs
are the body continued (the preamble, after the notice's own paragraphs), as numbered sections there
are; the 落款 stays the notice's. Under an 附件 label the same content is an attachment: its title
goes to `attachments` and its text is not parsed. Expected values written by hand from the text."""

from __future__ import annotations

from tests.probing import checked, codes

NOTICE = (
    "某市市场监督管理局关于印发某市电动自行车销售管理办法的通知\n\n"
    "各区市场监督管理分局，局机关各处室：\n"
    "    《某市电动自行车销售管理办法》已经局务会研究通过，现印发给你们，请遵照执行。\n\n"
    "某市市场监督管理局\n"
    "2025年6月18日\n"
    "（此件主动公开）\n\n"
)
PRINTED = (
    "某市电动自行车销售管理办法\n\n"
    "为规范电动自行车销售行为，保障消费者安全，制定本办法。\n"
    "销售者应当查验产品合格证明，不得销售未获认证的车辆。\n"
    "本办法自印发之日起施行。\n"
)


def test_an_unnumbered_document_printed_after_the_signature_is_body() -> None:
    doc = checked(NOTICE + PRINTED)
    assert [p.text for p in doc.preamble] == [
        "《某市电动自行车销售管理办法》已经局务会研究通过，现印发给你们，请遵照执行。",
        "某市电动自行车销售管理办法",
        "为规范电动自行车销售行为，保障消费者安全，制定本办法。",
        "销售者应当查验产品合格证明，不得销售未获认证的车辆。",
        "本办法自印发之日起施行。",
    ]
    for p in doc.preamble:
        assert doc.text[p.span.start : p.span.end] == p.text
    assert doc.sections == ()
    assert doc.signature is not None
    assert doc.signature.issuers == ("某市市场监督管理局",)
    assert doc.signature.date == "2025-06-18"
    assert doc.header.disclosure == "主动公开"  # the 附注 under the date is still read as one
    assert codes(doc) == []


def test_a_printed_work_plan_without_a_note_under_the_date_is_body_too() -> None:
    doc = checked(
        "某区教育局关于印发2025年全区教育工作要点的通知\n各中小学校：\n"
        "现将《2025年全区教育工作要点》印发给你们，请结合实际抓好落实。\n"
        "某区教育局\n2025年2月10日\n"
        "2025年全区教育工作要点\n"
        "今年全区教育工作的总体思路是稳中求进、提质增效。\n"
        "要持续推进集团化办学，扩大优质资源覆盖面。\n"
        "要加强教师队伍建设，完善轮岗交流机制。\n"
    )
    assert [p.text for p in doc.preamble][1:] == [
        "2025年全区教育工作要点",
        "今年全区教育工作的总体思路是稳中求进、提质增效。",
        "要持续推进集团化办学，扩大优质资源覆盖面。",
        "要加强教师队伍建设，完善轮岗交流机制。",
    ]
    assert doc.signature is not None
    assert (doc.signature.issuers, doc.signature.date) == (("某区教育局",), "2025-02-10")


def test_a_printed_document_under_an_attachment_label_stays_an_attachment() -> None:
    doc = checked(NOTICE + "附件\n\n" + PRINTED)
    assert [p.text for p in doc.preamble] == [
        "《某市电动自行车销售管理办法》已经局务会研究通过，现印发给你们，请遵照执行。"
    ]
    assert doc.attachments == ("某市电动自行车销售管理办法",)
    assert doc.signature is not None
    assert doc.signature.issuers == ("某市市场监督管理局",)


def test_a_title_after_the_imprint_is_no_printed_document() -> None:
    """A title-shaped line under the 抄送 with text under it is not what the notice prints: it
    stays out of the body (as any line after the 版记 does)."""
    doc = checked(
        NOTICE.replace("（此件主动公开）\n\n", "抄送：市政府办公室。\n")
        + "某市电动自行车销售管理办法\n本办法自印发之日起施行。\n"
    )
    assert [p.text for p in doc.preamble] == [
        "《某市电动自行车销售管理办法》已经局务会研究通过，现印发给你们，请遵照执行。"
    ]


def test_a_printed_plans_cover_date_and_contents_heading_stay_lines_of_their_own_over_a_page_number() -> None:
    """The printed plan's cover (its date) and its 目录 line stand over a dropped page number: each
    ends at its line, no paragraph runs on from it into the next page."""
    doc = checked(
        NOTICE
        + "某市电动自行车销售管理办法\n某市市场监督管理局\n2025年6月\n— 1 —\n目 录\n— 2 —\n总则\n"
        + "为规范电动自行车销售行为，制定本办法。\n"
    )
    assert [p.text for p in doc.preamble][1:] == [
        "某市电动自行车销售管理办法",
        "某市市场监督管理局",
        "2025年6月",
        "目录",  # letter-spacing between CJK characters removed, as in every line
        "总则",
        "为规范电动自行车销售行为，制定本办法。",
    ]
    assert "page-break-joined" not in codes(doc)
    assert doc.signature is not None
    assert (doc.signature.issuers, doc.signature.date) == (("某市市场监督管理局",), "2025-06-18")
