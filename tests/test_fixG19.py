"""fixG19: diffread-B's findings B4, B4b, B5, B10, B6, B7, B8, B11 (second read of session 19's format19
and contract19 landings), each by a new example of its cause and a guard that the case the code was
written for still holds. Expected values written by hand from reading each document."""

from __future__ import annotations

import govdoc
from tests.docx_builder import make_docx, p
from tests.invariants import check_invariants

RED = '<w:color w:val="E60012"/><w:sz w:val="44"/>'
CENTRE = '<w:jc w:val="center"/>'


def _docx(body: str) -> govdoc.Document:
    doc = govdoc.parse(make_docx(body), format="docx")
    check_invariants(doc)
    return doc


# --- B4: red ink marks a letterhead only where the title under it is not red too ----------------


def _notice(first: str, first_rpr: str, title_rpr: str) -> govdoc.Document:
    return _docx(
        p(first, CENTRE, first_rpr)
        + p("关于开展2025年夏季臭氧污染防治攻坚行动的通知", CENTRE, title_rpr)
        + p("各区生态环境分局，局机关各处室：")
        + p("为改善夏季空气质量，现就开展臭氧污染防治攻坚行动通知如下。")
        + p("特此通知。")
        + p("某市生态环境局", '<w:jc w:val="right"/>')
        + p("2025年5月12日", '<w:jc w:val="right"/>')
    )


def test_a_title_set_in_red_as_a_whole_keeps_its_organ_line() -> None:
    doc = _notice("某市生态环境局", RED, RED)
    assert doc.header.title == "某市生态环境局关于开展2025年夏季臭氧污染防治攻坚行动的通知"
    assert doc.header.issuer == "某市生态环境局"


def test_a_red_organ_over_a_black_title_is_still_the_letterhead() -> None:
    doc = _notice("某市生态环境局", RED, '<w:sz w:val="44"/>')
    assert doc.header.title == "关于开展2025年夏季臭氧污染防治攻坚行动的通知"
    assert doc.header.issuer == "某市生态环境局"


def test_a_red_line_naming_organs_that_issue_is_the_titles_first_line_never_a_letterhead() -> None:
    body = (
        p("中共某镇委员会 某镇人民政府印发", CENTRE, RED)
        + p("关于加强冬春季森林防火工作的意见的通知", CENTRE, '<w:sz w:val="44"/>')
        + p("各村（社区）党组织、村（居）委会：")
        + p("现将《关于加强冬春季森林防火工作的意见》印发给你们，请认真贯彻落实。")
        + p("中共某镇委员会　　某镇人民政府", '<w:jc w:val="right"/>')
        + p("2024年11月20日", '<w:jc w:val="right"/>')
    )
    doc = _docx(body)
    assert doc.header.title == "中共某镇委员会某镇人民政府印发关于加强冬春季森林防火工作的意见的通知"


# --- B4b: a line's ink is its first visible run's, whatever the runs after it wear ----------------


def _organ_runs(first_rpr: str | None, rest_rpr: str | None) -> str:
    def run(text: str, rpr: str | None) -> str:
        props = f"<w:rPr>{rpr}</w:rPr>" if rpr is not None else ""
        return f'<w:r>{props}<w:t xml:space="preserve">{text}</w:t></w:r>'

    return f"<w:p><w:pPr>{CENTRE}</w:pPr>{run('某市', first_rpr)}{run('市场监督管理局', rest_rpr)}</w:p>"


def _inked(first_rpr: str | None, rest_rpr: str | None) -> govdoc.Document:
    return _docx(
        _organ_runs(first_rpr, rest_rpr)
        + p("关于开展2025年食品安全抽检工作的通知", CENTRE, '<w:sz w:val="44"/>')
        + p("各区市场监督管理局：")
        + p("现就2025年食品安全抽检工作通知如下。")
        + p("某市市场监督管理局", '<w:jc w:val="right"/>')
        + p("2025年2月18日", '<w:jc w:val="right"/>')
    )


def test_an_organ_line_whose_first_run_is_black_is_no_letterhead_though_a_later_run_is_red() -> None:
    doc = _inked(None, '<w:color w:val="FF0000"/>')
    assert doc.header.title == "某市市场监督管理局关于开展2025年食品安全抽检工作的通知"


def test_an_organ_line_whose_first_run_is_red_is_the_letterhead_though_a_later_run_is_black() -> None:
    doc = _inked('<w:color w:val="FF0000"/>', "<w:b/>")
    assert doc.header.title == "关于开展2025年食品安全抽检工作的通知"
    assert doc.header.issuer == "某市市场监督管理局"
