"""Session 11's fixes of older strict xfails: each test is a new example (new wording, another
layout) of the general cause an xfail named, written by hand from the contract before the parser
ran on it, so it shows the cause is fixed rather than the one document that showed it."""

from __future__ import annotations

from tests.probing import checked

# ------------------------------------------- an untitled body closing on its type's own formula


def test_an_untitled_body_closing_on_a_formula_of_its_type_takes_that_type() -> None:
    # the contract's body words are 特此 + the type's own word (特此通知, 特此批复, 特此通报);
    # an untitled 通告, 报告 or 请示 closes with the same formula and names its type as surely
    for formula, kind in (
        ("特此通告", "announcement"),
        ("特此报告", "report"),
        ("特此请示", "request"),
        ("特此公告", "announcement"),
    ):
        doc = checked(
            "因供水主管道抢修，城东片区将于2025年3月6日8时至20时停止供水，请居民提前储水。\n"
            f"{formula}。\n"
            "某市水务局\n"
            "2025年3月4日\n"
        )
        assert (doc.kind, doc.header.title) == (kind, None), formula
        assert doc.closing is not None and doc.closing.text == f"{formula}。"


# ------------------------------------- a form's title of an unlisted genre, known by its noun


def test_a_titled_form_of_an_unlisted_genre_over_its_addressee_keeps_its_title() -> None:
    # no 版头, 文号, year or organ names whose it is; the noun of the instrument (…单, …书) says it is
    # the document's own name, which a portal's column name over a reply (网民留言选登) is not
    for title in ("环境问题线索交办单", "校园安全隐患整改意见书"):
        doc = checked(
            f"{title}\n"
            "某街道办事处：\n"
            "现将群众反映的河道垃圾堆积问题交你单位办理，请于七日内核查处理并书面反馈。\n"
            "某区生态环境分局\n"
            "2025年4月8日\n"
        )
        assert doc.header.title == title
        assert list(doc.header.recipients) == ["某街道办事处"]


def test_a_column_name_over_a_titleless_reply_still_gives_no_title() -> None:
    doc = checked(
        "市民来信摘登\n"
        "市民朋友：\n您反映的夜间施工噪音问题收悉，现答复如下：\n我局已责令施工单位调整作业时间。\n"
        "某区住房和城乡建设局\n2025年4月8日\n"
    )
    assert (doc.header.title, doc.kind) == (None, "reply")
