"""fixB22: diffread-B's findings on format22's HTML headline beside an article standing in `<body>`.

B1 (MEDIUM, format22 460a643f/18bbe022): `html.content._named_headline_before` took any block the page
names a title (class or id: title/bt/tit) before a `<div id="zoom">` standing right in `<body>` as the
article's headline. Old portals name so their column's banner and their masthead too: the banner became an
untitled reply's title (kind reply → other), the masthead (an organ alone) joined a titled notice's title and
became its issuer. (B1's LOW) the last named block won, so a byline named `title-info` under the real title
lost the page its title. Cause: the reader took a named block for a headline on its name alone, with no
evidence that its words are a title. Fix: the reader hands the named blocks on hinted (`named-headline`);
`rules.info_table` keeps the first whose words read as a title (they end in a document type), only where
the article does not open on a title of its own; the others are the page's text outside the article.
Examples here are new (not diffread-B's repros); expected values written from reading the pages.

B4 (LOW, format22 460a643f): `pdf_glyph_names.glyph_names` copied `pdf_simple_fonts.garbled_fonts`'s opening
(the pypdf file kept in `opened`, the empty password, the page's /Font walk, the except tuple), and
`pdf_chars._CODES` repeated `pdf._UNMAPPED`'s control characters: one `page_fonts`/`read_errors` and one
`glyphs.BARE_CODES` now (no change of output: compare_pdf the same; the fonts' own tests hold).
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import govdoc
from govdoc.readers.pdf_glyph_names import glyph_names
from govdoc.readers.pdf_simple_fonts import garbled_fonts
from tests.invariants import check_invariants
from tests.probing import codes


def _html(page: str) -> govdoc.Document:
    doc = govdoc.parse(page.encode("utf-8"), format="html")
    check_invariants(doc)
    assert "internal-error" not in codes(doc)
    return doc


_ANSWER = """<div id="zoom">李某某代表：<br>
&#12288;&#12288;您提出的《关于增加城区学校学位供给的建议》收悉，现答复如下：<br>
&#12288;&#12288;一、加快学校建设<br>
&#12288;&#12288;今年新建小学两所，新增学位2700个。<br>
&#12288;&#12288;感谢您对教育工作的关心和支持。<br>
某某区教育局<br>
2024年7月3日</div>"""


def test_a_columns_banner_named_a_title_over_an_untitled_answer_is_no_title() -> None:
    page = (
        '<html><head><meta charset="utf-8"><title>复文</title></head><body>\n'
        '<div class="column-tit">人大建议政协提案复文公开专栏</div>\n'
        f"{_ANSWER}\n</body></html>"
    )
    doc = _html(page)
    assert doc.header.title is None
    assert doc.kind == "reply"
    assert "复文公开专栏" not in doc.text
    assert doc.text.startswith("李某某代表：")


def test_a_sites_masthead_named_a_title_never_joins_the_articles_own_title_nor_is_its_issuer() -> None:
    page = """<html><head><meta charset="utf-8"><title>某某市人民政府</title></head><body>
<div id="site_title">某某市自然资源和规划局</div>
<div class="pic"><img src="banner.jpg" alt=""></div>
<div class="TRS_Editor">关于同意调整某某村村庄规划的批复<br>
某某镇人民政府：<br>
&#12288;&#12288;你镇《关于调整某某村村庄规划的请示》收悉。经研究，现批复如下：<br>
&#12288;&#12288;一、同意调整某某村村庄规划。<br>
&#12288;&#12288;二、请严格按照规划实施建设。<br>
&#12288;&#12288;此复。<br>
某某市人民政府<br>
2024年3月18日</div>
</body></html>"""
    doc = _html(page)
    assert doc.header.title == "关于同意调整某某村村庄规划的批复"
    assert doc.header.issuer != "某某市自然资源和规划局"
    assert doc.kind == "approval"
    assert "自然资源" not in doc.text


def test_a_byline_named_like_the_title_under_it_does_not_win_over_the_title() -> None:
    page = """<html><head><meta charset="utf-8"><title>公告</title></head><body>
<div class="tit">关于暂停办理不动产登记业务的公告</div>
<div class="tit-info">发布日期：2024-09-02　信息来源：某某县不动产登记中心</div>
<div id="zoom">&#12288;&#12288;因系统升级，我中心定于2024年9月7日暂停办理不动产登记业务。特此公告。<br>
某某县不动产登记中心<br>
2024年9月2日</div>
</body></html>"""
    doc = _html(page)
    assert doc.header.title == "关于暂停办理不动产登记业务的公告"
    assert "信息来源" not in doc.text


def test_the_articles_title_named_after_the_sites_masthead_is_still_the_title() -> None:
    # guard (the cause 460a643f was written for): an untitled article under its named title, a masthead above
    page = """<html><head><meta charset="utf-8"><title>某某乡人民政府</title></head><body>
<div class="title">某某乡人民政府政务公开网</div>
<div class="art_bt">某某乡人民政府关于做好秋季森林防火工作的通知</div>
<div class="date">时间：2024-10-08</div>
<div id="zoom">各村民委员会：<br>
&#12288;&#12288;秋季气候干燥，森林火险等级升高。现就做好森林防火工作通知如下：<br>
&#12288;&#12288;一、严格管控野外用火。<br>
&#12288;&#12288;特此通知。<br>
某某乡人民政府<br>
2024年10月8日</div>
</body></html>"""
    doc = _html(page)
    assert doc.header.title == "某某乡人民政府关于做好秋季森林防火工作的通知"
    assert doc.kind == "notice"
    assert "政务公开网" not in doc.text


_OFFICE = Path(__file__).resolve().parent.parent / "fixtures" / "office"


def test_the_glyph_names_and_the_garbled_font_asks_read_one_opening_of_the_file() -> None:
    data = (_OFFICE / "formats22-pdf-type3-names.pdf").read_bytes()
    opened: dict[str, Any] = {}
    names = glyph_names(data, 0, opened)
    reader = opened["reader"]
    assert {"关", "于", "通", "知"} <= set(names.values())  # the notice's title, drawn by uniXXXX-named glyphs
    assert garbled_fonts(data, 0, set(), opened) == set()
    assert opened["reader"] is reader


def test_a_page_pypdf_cannot_find_leaves_the_text_as_pdfium_read_it() -> None:
    data = (_OFFICE / "formats19-pdf-garbled-font.pdf").read_bytes()
    opened: dict[str, Any] = {}
    assert glyph_names(data, 99, opened) == {}
    assert garbled_fonts(data, 99, {"SimSun"}, opened) == set()


def test_a_minutes_title_named_over_its_untitled_article_and_a_title_broken_by_a_br_are_still_taken() -> None:
    # guards of B1's fix on the neighbouring genre and on a named title set in two lines (one element, one row)
    minutes = """<html><body><div class="bt">某某县防汛工作专题会议纪要</div><div class="info">发布时间：2024-06-01</div>
<div id="zoom">&#12288;&#12288;2024年5月30日，副县长王某某主持召开防汛工作专题会议。纪要如下：<br>
&#12288;&#12288;一、会议听取了县水利局的汇报。<br>&#12288;&#12288;二、会议要求各乡镇落实责任。<br>参加人员：张某、李某</div>
</body></html>"""
    doc = _html(minutes)
    assert doc.header.title == "某某县防汛工作专题会议纪要"
    assert doc.kind == "minutes"
    two_lines = """<html><body><div class="biaoti">某某县人民政府办公室关于印发<br>防汛应急预案的通知</div>
<div id="zoom">各乡镇人民政府：<br>&#12288;&#12288;现将《防汛应急预案》印发给你们，请认真贯彻执行。<br>
某某县人民政府办公室<br>2024年5月6日</div></body></html>"""
    doc = _html(two_lines)
    assert doc.header.title == "某某县人民政府办公室关于印发防汛应急预案的通知"
    assert doc.kind == "notice"


def test_a_columns_banner_ending_on_an_answers_type_names_no_matter_and_is_no_title() -> None:
    """diffread-B on B1's fix: a banner `建议提案办理复函` ends on an answer's type word yet names no proposal
    (no 关于/对, no number): a column's name, not the untitled answer's title."""
    page = """<html><body><div class="bt">政协委员提案办理复函</div>
<div id="zoom">李某某委员：<br>&#12288;&#12288;您提出的《关于推进社区嵌入式托育服务的提案》收悉，现答复如下：<br>
&#12288;&#12288;今年我委已在中心城区建成社区托育点8个。<br>&#12288;&#12288;感谢您对卫生健康工作的关心和支持。<br>
某某市卫生健康委员会<br>2024年6月20日</div></body></html>"""
    doc = _html(page)
    assert doc.header.title is None
    assert doc.kind == "reply"


def test_guard_a_named_answer_title_that_names_its_proposal_is_still_taken() -> None:
    page = """<html><body><div class="bt">对市政协十三届三次会议第0215号提案的答复</div>
<div id="zoom">李某某委员：<br>&#12288;&#12288;您提出的提案收悉，现答复如下：<br>
&#12288;&#12288;今年我委已在中心城区建成社区托育点8个。<br>某某市卫生健康委员会<br>2024年6月20日</div></body></html>"""
    doc = _html(page)
    assert doc.header.title == "对市政协十三届三次会议第0215号提案的答复"
