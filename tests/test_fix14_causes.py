"""The general causes behind three findings of the session's review (review14 F2, F7, F8), each
shown by a NEW example written for it, not the reviewer's repro text: what the cause is, where it
is fixed. Expected values written by hand. Each cause's first example fails on main before the fix
(0c84fc4); its second (`still`/`outside`) guards what the fix must keep and passes on both."""

from __future__ import annotations

import govdoc
from tests.probing import absent, checked, codes, tree


def _paragraph_texts(doc: govdoc.Document) -> list[str]:
    """Every paragraph's text, sections' and preamble's, in document order."""
    texts = [p.text for p in doc.preamble]
    for s in doc.iter_sections():
        texts += [p.text for p in s.paragraphs]
    return texts


def test_a_table_head_row_under_a_page_number_is_no_word_a_heading_lost_at_the_page_end() -> None:
    """F2 (rules.joins._heading_rest): under a heading at a page's foot and its page number, a short
    line of no mark was taken as the heading's word the page end cut. A cut word holds no space:
    `工程 地点 工期`, a table's head row, stays out of the title `山塘整治安排`."""
    source = (
        "某县水利局关于2024年度山塘整治工作的报告\n"
        "县人民政府：\n"
        "现将我局2024年度山塘整治工作情况报告如下。\n"
        "一、整治安排\n"
        "（一）山塘整治安排\n"
        "- 4 -\n"
        "工程 地点 工期\n"
        "全县今年共整治山塘十二座，年底前全部完工。\n"
        "二、资金保障\n"
        "县财政安排专项资金三百万元。\n"
        "某县水利局\n"
        "2024年8月2日\n"
    )
    doc = checked(source)
    titles = [s[3] for s in tree(doc)]
    assert titles == ["整治安排", "山塘整治安排", "资金保障"]
    assert "page-break-joined" not in codes(doc)
    assert any("工程" in t and "工期" in t for t in _paragraph_texts(doc))


def test_a_short_line_opening_on_a_figure_under_a_page_number_is_no_word_of_the_heading() -> None:
    """F2: a line opening on a figure (`12座`, a value left alone) is no word a page end cut from
    a heading; the heading `（二）完成情况` keeps its own title."""
    source = (
        "某县水利局关于2024年度山塘整治工作的报告\n"
        "县人民政府：\n"
        "现将我局2024年度山塘整治工作情况报告如下。\n"
        "一、整治情况\n"
        "（一）完成情况\n"
        "- 2 -\n"
        "12座\n"
        "今年已完成整治的山塘数量如上。\n"
        "某县水利局\n"
        "2024年8月2日\n"
    )
    doc = checked(source)
    assert [s[3] for s in tree(doc)] == ["整治情况", "完成情况"]


def test_a_date_first_signature_does_not_take_the_organs_own_office_under_it_as_a_co_signer() -> None:
    """F7 (rules.trailer.organs.organs_under_date): a 落款 written date first stacks its co-signers
    under the date; a line opening with the whole name of the organ above (某县民政局社会救助股
    under 某县民政局) is that organ's own office, named for the contact, not a second signer."""
    source = (
        "关于某某事项的复函\n"
        "某县财政局：\n"
        "　　你局来函收悉。经研究，我局同意你局意见。\n"
        "2024年9月3日\n"
        "某县民政局\n"
        "某县民政局社会救助股\n"
        "联系电话：0571-88881234\n"
    )
    doc = checked(source)
    assert doc.signature is not None
    assert doc.signature.issuers == ("某县民政局",)
    assert doc.signature.date == "2024-09-03"


def test_a_date_first_signature_still_stacks_other_organs_as_co_signers() -> None:
    """F7: other organs under the first (某县民政局 ⏎ 某县财政局) are still its co-signers."""
    source = (
        "关于做好困难群众救助工作的通知\n"
        "各乡镇人民政府：\n"
        "　　为做好困难群众救助工作，现通知如下：请各乡镇及时摸排上报。\n"
        "2024年9月3日\n"
        "某县民政局\n"
        "某县财政局\n"
    )
    doc = checked(source)
    assert doc.signature is not None
    assert doc.signature.issuers == ("某县民政局", "某县财政局")


def test_platform_names_and_a_bare_stamp_inside_the_running_text_stay_the_texts_own() -> None:
    """F8 (patterns.chrome.EDGE_CHROME, cleanup.furniture._edge_chrome): a row of platform names
    and a bare download stamp were chrome on any line, so a body listing its channels lost them
    silently. Inside the running text they are the text's own; only where chrome stands (outside
    the running text, a page's edge) are they chrome."""
    source = (
        "关于加强政务公开工作的通知\n"
        "各乡镇人民政府：\n"
        "　　为做好政务公开工作，各乡镇要用好以下新媒体：\n"
        "钉钉 今日头条\n"
        "　　各类表格统一从平台取得，标注为：\n"
        "导出自某县政务服务平台\n"
        "　　请各乡镇于每月5日前报送公开情况。\n"
        "某县人民政府办公室\n"
        "2024年4月9日\n"
    )
    doc = checked(source)
    assert "钉钉" in doc.text and "今日头条" in doc.text
    assert "导出自某县政务服务平台" in doc.text


def test_platform_names_and_a_bare_stamp_outside_the_running_text_are_still_chrome() -> None:
    """F8: the same rows above the document's first sentence (a share row under the headline) and
    under its last (a stamp at the foot) are the page's, and leave the text."""
    source = (
        "关于加强政务公开工作的通知\n"
        "微博 钉钉\n"
        "各乡镇人民政府：\n"
        "　　为做好政务公开工作，请各乡镇于每月5日前报送公开情况。\n"
        "某县人民政府办公室\n"
        "2024年4月9日\n"
        "下载自某县人民政府门户网站\n"
    )
    doc = checked(source)
    absent(doc, "钉钉", "门户网站")
    assert doc.signature is not None and doc.signature.date == "2024-04-09"
