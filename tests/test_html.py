"""Pages saved from portals: the article and its information table, never the chrome."""

from __future__ import annotations

import pytest

import govdoc
from govdoc.readers.html import html_blocks
from tests.conftest import FIXTURES

CHROME = ("首页", "当前位置", "字号", "打印本页", "分享到", "相关文章", "版权所有", "ICP备", "公网安备", "脚本里的文字")


def page(body: str, head: str = '<meta charset="utf-8">') -> bytes:
    return f"<html><head>{head}<title>网页标题不是公文标题的答复</title></head><body>{body}</body></html>".encode()


REPLY = (
    "<p>关于区政协一届一次会议第1号提案的答复</p><p>张某委员：</p><p>您的提案收悉，现答复如下：</p>"
    "<p>一、总体情况</p><p>已经完成。</p><p>某区某局</p><p>2024年1月2日</p>"
)


def test_chrome_and_scripts_never_reach_the_text() -> None:
    doc = govdoc.parse(FIXTURES / "gbk-table-info.html")
    for word in CHROME:
        assert word not in doc.text, word
    assert "有效性" not in doc.header.metadata  # an empty cell has no value, not the next one on the page


def test_page_title_and_headline_never_fill_a_field() -> None:
    doc = govdoc.parse(
        page(
            f'<h1 class="title">网页大标题的答复</h1><div class="content">{REPLY}</div><div class="footer">版权所有</div>'
        ),
        format="html",
    )
    assert doc.header.title == "关于区政协一届一次会议第1号提案的答复"
    assert "网页" not in doc.text
    untitled = govdoc.parse(
        page('<div class="content"><p>张某委员：</p><p>您的提案收悉，现答复如下：</p><p>已办。</p></div>'),
        format="html",
    )
    assert untitled.header.title is None


def test_information_table_title_fills_only_a_missing_title() -> None:
    info = "<table><tr><td>标题：</td><td>信息表里的标题的答复</td></tr><tr><td>发文机关：</td><td>某区某局</td></tr></table>"
    with_own = govdoc.parse(page(info + f'<div class="content">{REPLY}</div>'), format="html")
    assert with_own.header.title == "关于区政协一届一次会议第1号提案的答复"
    body = '<div class="content"><p>张某委员：</p><p>您的提案收悉，现答复如下：</p><p>已经办理完毕，特此说明情况。</p></div>'
    without = govdoc.parse(page(info + body), format="html")
    assert without.header.title == "信息表里的标题的答复"
    assert without.header.issuer == "某区某局"


def test_charset_from_meta_http_equiv_and_from_bom() -> None:
    gbk = page(REPLY, '<meta http-equiv="Content-Type" content="text/html; charset=GB2312">').decode().encode("gbk")
    assert govdoc.parse(gbk, format="html").source.encoding == "gb18030"
    bom = b"\xef\xbb\xbf" + page(REPLY, "")
    assert govdoc.parse(bom, format="html").source.encoding == "utf-8"


def test_wrong_charset_declaration_falls_back_to_detection() -> None:
    lying = page(REPLY * 3, '<meta charset="utf-8">').decode().encode("gb18030")
    doc = govdoc.parse(lying, format="html")
    assert doc.source.encoding == "gb18030"
    assert doc.header.recipients == ("张某委员",)


def test_br_separated_lines_bold_leads_and_centred_hints() -> None:
    html = '<div class="TRS_Editor"><p align="center">标题行</p>一是<b>加强领导</b>。内容。<br>二是<strong>完善制度</strong>。内容。</div>'
    blocks = html_blocks(html)
    assert [b.text for b in blocks] == ["标题行", "一是加强领导。内容。", "二是完善制度。内容。"]
    assert blocks[0].hints.centered and not blocks[1].hints.centered
    assert blocks[1].bold == [(2, 6)]


def test_data_table_is_kept_and_layout_table_is_read_as_text() -> None:
    layout = "<table><tr><td><p>张某委员：</p><p>您的提案收悉，现答复如下：</p></td></tr></table>"
    data = "<table><tr><td>项目</td><td>金额</td></tr><tr><td>道路</td><td>12万元</td></tr></table>"
    doc = govdoc.parse(
        page(f'<div class="content">{layout}{data}<p>某区某局</p><p>2024年1月2日</p></div>'), format="html"
    )
    assert doc.header.recipients == ("张某委员",)
    assert [t.rows for t in doc.tables] == [(("项目", "金额"), ("道路", "12万元"))]
    table = doc.tables[0]
    assert doc.text[table.span.start : table.span.end] == "项目\t金额\n道路\t12万元"


def test_entities_from_a_doctype_are_not_expanded() -> None:
    html = '<!DOCTYPE html [<!ENTITY a "AAAAAAAAAA"><!ENTITY b "&a;&a;&a;&a;&a;&a;">]><html><body><p>张某委员：&b;&amp;</p></body></html>'
    doc = govdoc.parse(html.encode(), format="html")
    assert "AAAA" not in doc.text
    assert "&" in doc.text


def test_deeply_nested_markup_does_not_overflow() -> None:
    html = "<div>" * 5000 + "<p>张某委员：</p><p>您的提案收悉，现答复如下：</p>" + "</div>" * 5000
    with pytest.raises(govdoc.TooLargeError, match=r"limits\.html_depth"):  # deeper than any browser nests
        govdoc.parse(html.encode(), format="html")
    doc = govdoc.parse(html.encode(), format="html", limits=govdoc.Limits(html_depth=6000))
    assert doc.header.recipients == ("张某委员",)


def test_suffixes_and_empty_pages(tmp_path: pytest.TempPathFactory) -> None:
    for suffix in (".htm", ".shtml"):
        path = tmp_path / f"reply{suffix}"  # type: ignore[operator]
        path.write_bytes(page(REPLY))
        assert govdoc.parse(path).source.format == "html"
    with pytest.raises(govdoc.EmptyDocumentError):
        govdoc.parse(b"", format="html")


def test_centred_title_is_evidence_where_the_text_alone_says_nothing() -> None:
    # The line has neither a listed type at its end nor the 关于…的 shape: only centring says title.
    body = "<p>区人大常委会：</p><p>现将有关情况报告如下：</p><p>已经全部完成。</p><p>某区某局</p><p>2024年1月2日</p>"
    centred = govdoc.parse(
        page(f'<div class="content"><p align="center">为民办实事项目推进情况汇总</p>{body}</div>'),
        format="html",
    )
    assert centred.header.title == "为民办实事项目推进情况汇总"
    plain = govdoc.parse(page(f'<div class="content"><p>为民办实事项目推进情况汇总</p>{body}</div>'), format="html")
    assert plain.header.title is None
    organ = govdoc.parse(page(f'<div class="content"><p align="center">某区某局</p>{body}</div>'), format="html")
    assert organ.header.title is None


def test_a_table_reads_as_the_document_text_with_layout_spaces_and_empty_cells() -> None:
    """The rows of a Table are what its span shows in `Document.text`: a space between two Han
    characters that the layout clean-up removes is gone from the cell too, and an empty first
    or last cell keeps its tab, so the columns stay in place."""
    page = (
        "<html><body><p>关于做好冬季供暖保障工作的通知</p><table>"
        "<tr><td>联系人  张三</td><td>电话</td></tr>"
        "<tr><td></td><td>12345678</td></tr>"
        "<tr><td>地址</td><td></td></tr>"
        "</table><p>请遵照执行。</p></body></html>"
    )
    doc = govdoc.parse(page.encode(), format="html")
    (table,) = doc.tables
    assert table.rows == (("联系人张三", "电话"), ("", "12345678"), ("地址", ""))
    assert doc.text[table.span.start : table.span.end] == "联系人张三\t电话\n\t12345678\n地址\t"


SITE_NAME_OVER_NAVIGATION = """<html><head><meta charset="utf-8"></head><body>
<div class="page">
<h2>青禾县人民政府</h2>
<div class="position">当前位置：首页 &gt; 政务公开 &gt; 建议提案</div>
<div class="con"><div class="detail"><div id="zoom">
<p>关于改善乡村道路照明的建议的答复</p>
<p>李某代表：</p>
<p>您提出的《关于改善乡村道路照明的建议》收悉，现答复如下：</p>
<p>我局已将沿线路灯改造列入今年计划，预计十月底前完工。</p>
<p>感谢您对交通工作的关心。</p>
<p>青禾县交通运输局</p>
<p>2024年7月2日</p>
</div></div></div></div></body></html>"""


def test_a_site_name_above_the_pages_navigation_is_not_the_articles_headline() -> None:
    # A headline several wrappers up is the article's (a WeChat page) only when the page's
    # navigation (a breadcrumb here) does not stand between it and the article.
    doc = govdoc.parse(SITE_NAME_OVER_NAVIGATION.encode(), format="html")
    assert doc.header.title == "关于改善乡村道路照明的建议的答复"
    assert doc.header.issuer is None
    assert "青禾县人民政府" not in doc.text
    assert "internal-error" not in [w.code for w in doc.warnings]
