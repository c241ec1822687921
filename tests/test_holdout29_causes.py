"""The causes holdout29's first look found, each with a test from a new example (not the held-out document it
was found with; hand-written expected values): a results column named by its 办理 alone (…提案办理公开,
…建议办理公开) is a column's name like 建议提案办理结果公开 (patterns.chrome.LIST_COLUMN_NAME), and a footer's
link row holding a notice's link (免责声明, 法律声明, 版权声明) is the footer's link row (patterns.chrome)."""

from __future__ import annotations

import govdoc
from tests.invariants import check_invariants

_ANSWER = """关于县十五届人大二次会议第19号建议的答复
龙某某代表：
    您提出的《关于改善乡村小学寄宿条件的建议》收悉。现答复如下：
    今年以来，我局投入资金420万元，为全县11所乡村寄宿制小学更新床铺和热水设备，新建学生浴室6间。
    感谢您对教育工作的关心和支持。
栗阳县教育局
2025年6月9日
"""


def _clean(doc: govdoc.Document, *gone: str) -> None:
    """The answer read whole, none of `gone` in its text, nothing warned."""
    check_invariants(doc)
    assert doc.header.title == "关于县十五届人大二次会议第19号建议的答复"
    assert doc.signature is not None and doc.signature.issuers == ("栗阳县教育局",)
    assert not [w.code for w in doc.warnings]
    for piece in gone:
        assert piece not in doc.text


def test_a_column_named_by_its_handling_alone_over_the_rows_and_the_answer_s_own_title_is_chrome() -> None:
    head = "栗阳县人大常委会\n代表建议办理公开\n建议编号：第19号\n领衔代表：龙某某\n"
    doc = govdoc.parse_text(head + _ANSWER)
    _clean(doc, "代表建议办理公开")
    assert doc.header.metadata == {"建议编号": "第19号", "领衔代表": "龙某某"}
    r = doc.header.responds_to
    assert r is not None and list(r.proposers) == ["龙某某"]


def test_a_proposal_column_named_by_its_handling_alone_over_an_answer_without_a_title_is_its_title() -> None:
    doc = govdoc.parse_text("提案办理公开\n" + _ANSWER.split("\n", 1)[1])
    assert doc.header.title == "提案办理公开"


def test_a_footer_link_row_opening_with_a_legal_notice_link_is_chrome() -> None:
    doc = govdoc.parse_text(_ANSWER + "法律声明 | 网站地图 | 联系我们\n")
    _clean(doc, "法律声明", "网站地图")


def test_a_footer_link_row_with_a_disclaimer_and_a_copyright_notice_is_chrome() -> None:
    doc = govdoc.parse_text(_ANSWER + "首页 | 免责声明 | 版权声明\n")
    _clean(doc, "免责声明", "版权声明")


def test_a_sentence_naming_a_disclaimer_stays_in_the_text() -> None:
    text = _ANSWER.replace("新建学生浴室6间。", "新建学生浴室6间，并在学校网站增设免责声明。")
    doc = govdoc.parse_text(text)
    assert "并在学校网站增设免责声明。" in doc.text
    assert doc.preamble[-1].text.endswith("并在学校网站增设免责声明。")
