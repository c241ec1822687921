"""Fixes of diffread-B's findings B6, B8 and B4 (session 23), each tested on a new example of the cause
(not the reviewer's repro; each cause's test fails on main before its fix), a guard beside each holding the
case the landed code was written for.

- B6: pypdf's glyph table is not the Adobe Glyph List: it adds `/a0`…`/a255` → chr(N) (its own fix for TeX
  bitmap fonts), so a Type3 font naming its glyphs by code (`/a33`, `/a34` …, no ToUnicode) read as ASCII
  garbage (readers.pdf_glyph_names `_glyph_list`: the list proper, pypdf's additions left out).
- B8: a page showing its own short article (a notice of a few sentences) had a longer `<template>` kept for a
  dialog (办事指南) stamped into the document: the template was weighed only against twice the shown text
  (readers.html.embedded `show_template`: a page saying sentences of its own reads as it shows).
- B4: a class a descendant selector displays as a block (`#header .hl{display:block}`) or keeps the newlines of
  (`.side .txt{white-space:pre-wrap}`) in another part of the page only was taken by its last compound: the
  article's emphasis spans cut its 一是/二是 paragraph, with false page-break-joined warnings
  (readers.html.hidden `layout_classes`: the compounds before the last must be matched by the element's
  ancestors).
"""

from __future__ import annotations

import govdoc
from tests.invariants import check_invariants
from tests.probing import codes
from tests.test_formats22_causes import _type3_pdf


def _checked(doc: govdoc.Document) -> govdoc.Document:
    check_invariants(doc)
    assert "internal-error" not in codes(doc)
    return doc


def _pdf(data: bytes) -> govdoc.Document:
    return _checked(govdoc.parse(data, format="pdf", pdf_backend="pypdfium2"))


def _html(page: str) -> govdoc.Document:
    return _checked(govdoc.parse(page.encode("utf-8"), format="html"))


# --- B6: glyphs named by their codes (/a33 …) state no character ---------------------------------------

CODE_LINES = ["某镇人民政府关于开展秋冬季森林防火检查的通知", "各村民委员会：", "请于11月20日前完成自查。"]


def _by_code(lines: list[str], first: int) -> dict[str, str]:
    """Every glyph named `aN` after its code, as a driver numbering its drawings names them."""
    chars = sorted({ch for line in lines for ch in line})
    return {ch: f"a{k}" for k, ch in enumerate(chars, first)}


def test_type3_glyphs_named_by_their_codes_stay_replacement_characters_not_ascii() -> None:
    doc = _pdf(_type3_pdf(CODE_LINES, "uni", first=0x21, named=_by_code(CODE_LINES, 0x21)))
    assert "encoding-repaired" in codes(doc)
    shown = doc.text.replace("\n", "")
    assert shown and set(shown) == {"\ufffd"}, doc.text  # no ASCII character the codes happen to be


def test_guard_glyphs_the_adobe_glyph_list_names_beside_coded_han_are_still_read() -> None:
    lines = ["某县市场监督管理局", "投诉电话:0531-87654"]
    named = {"0": "zero", "1": "one", "3": "three", "4": "four", "5": "five", "6": "six", "7": "seven"}
    named |= {"8": "eight", ":": "colon", "-": "hyphen"}
    named |= {ch: code for ch, code in _by_code(["某县市场监督管理局投诉电话"], 0x30).items()}
    doc = _pdf(_type3_pdf(lines, "uni", first=0x21, named=named))
    assert doc.text.split("\n")[-1] == "\ufffd" * 4 + ":0531-87654", doc.text
    assert "encoding-repaired" in codes(doc)


# --- B8: a page showing its own short article keeps a longer template for later ------------------------

SHORT_NOTICE = """<!DOCTYPE html><html><head><meta charset="utf-8"><title>某县人民政府办公室</title></head><body>
<div class="menu"><a href="/">首页</a> <a href="/zwgk/">信息公开</a></div>
<div class="detail"><h1>某县人民政府办公室关于调整春节期间政务服务大厅办公时间的通知</h1>
<p>各乡镇人民政府，县直各单位：</p>
<p>春节期间政务服务大厅2月9日至2月17日暂停窗口服务，网上办理照常受理。</p>
<p>特此通知。</p><p>某县人民政府办公室</p><p>2024年2月5日</p>
<button class="guide">查看办事指南</button>
<template id="guide-tpl"><div class="guide-box"><h3>办事指南</h3>
<p>一、网上办理渠道</p><p>群众可通过省政务服务网、某县政务服务小程序办理社保查询、不动产登记预约、户籍证明开具等高频事项，办理进度可在个人中心查看。</p>
<p>二、咨询方式</p><p>节假日期间如需咨询，可拨打政务服务热线，工作人员将在节后第一个工作日内回复并协助办理相关业务。</p>
<p>三、温馨提示</p><p>请提前准备好身份证明材料的电子版本，按照系统提示逐项填写申请信息，提交后请留意短信通知。</p>
<p>四、常见问题</p><p>网上申请提交后被退回的，请按照退回意见补正材料后重新提交；系统无法登录的，请清理浏览器缓存或更换浏览器后再试。</p>
<p>五、相关链接</p><p>省政务服务网、国家政务服务平台、某县人民政府门户网站、某县政务服务中心微信公众号均可查询办事指南和办理进度。</p></div></template>
</div>
<div class="footer">主办：某县人民政府办公室</div></body></html>"""


def test_a_longer_template_beside_a_short_article_the_page_shows_stays_unread() -> None:
    doc = _html(SHORT_NOTICE)
    assert doc.header.title == "某县人民政府办公室关于调整春节期间政务服务大厅办公时间的通知"
    assert doc.signature is not None and doc.signature.date == "2024-02-05"
    assert "网上办理渠道" not in doc.text and "常见问题" not in doc.text
    assert not doc.sections or all("渠道" not in (s.heading or "") for s in doc.sections)


def test_guard_a_template_under_a_mount_point_and_the_sites_menu_and_footer_is_still_read() -> None:
    """The page says one short sentence of its own (its footer's): still a page showing next to nothing."""
    doc = _html(MOUNT_PAGE.format(kept=ARTICLE_KEPT))
    assert doc.header.title == "某街道办事处关于开展辖区消防安全隐患排查的通知", doc.text
    assert doc.signature is not None and doc.signature.date == "2024-03-12"


ARTICLE_KEPT = """<h1>某街道办事处关于开展辖区消防安全隐患排查的通知</h1><p>各社区居委会：</p>
<p>为切实做好春季防火工作，现就开展辖区消防安全隐患排查有关事项通知如下：</p><p>一、排查范围</p>
<p>辖区内沿街商铺、出租房屋、老旧小区和人员密集场所。</p><p>二、工作要求</p><p>各社区要于3月底前完成排查并建立台账。</p>
<p>特此通知。</p><p>某街道办事处</p><p>2024年3月12日</p>"""
MOUNT_PAGE = """<!DOCTYPE html><html><head><meta charset="utf-8"><title>某街道办事处</title></head><body>
<div class="menu"><a href="/">首页</a> <a href="/zwgk/">信息公开</a> <a href="/hdjl/">互动交流</a></div>
<div id="app"><p>页面正在加载中，请稍候……</p></div><template id="tpl">{kept}</template>
<script>document.getElementById('app').innerHTML = document.getElementById('tpl').innerHTML;</script>
<div class="footer">主办：某街道办事处　建议使用谷歌浏览器浏览本站。</div></body></html>"""


# --- B4: a class a descendant selector displays as a block in another part of the page ------------------

EMPHASIS_PAGE = """<!DOCTYPE html><html><head><meta charset="utf-8"><title>某市生态环境局</title>
<style>{css}</style></head><body>
<div id="header"><div class="date"><span class="hl">2024年9月2日 星期一</span></div></div>
<div class="content">
<h1>关于市人大十七届三次会议第0087号建议的答复</h1>
<p>陈某某代表：</p>
<p>您提出的《关于加强城区扬尘治理的建议》收悉。现答复如下：</p>
<p>今年以来，我局重点做了以下工作：一是<span class="hl">严格工地管控。</span>对全市在建工地实行视频监控全覆盖。二是<span class="hl">加密道路保洁。</span>主干道每日洒水降尘四次。</p>
<p>感谢您对生态环境工作的关心和支持。</p>
<p>某市生态环境局</p>
<p>2024年8月30日</p>
</div></body></html>"""
WORK_SENTENCE = (
    "今年以来，我局重点做了以下工作：一是严格工地管控。对全市在建工地实行视频监控全覆盖。"
    "二是加密道路保洁。主干道每日洒水降尘四次。"
)


def test_a_class_displayed_as_a_block_only_under_the_masthead_leaves_the_articles_spans_inline() -> None:
    for css in ("#header .hl{display:block}", ".date > span.hl { display: block; color: red }"):
        doc = _html(EMPHASIS_PAGE.format(css=css))
        assert WORK_SENTENCE in doc.text.split("\n"), (css, doc.text)
        assert "page-break-joined" not in codes(doc), css


def test_a_class_whose_newlines_are_kept_only_in_a_sidebar_leaves_the_articles_paragraph_whole() -> None:
    page = EMPHASIS_PAGE.format(css=".side .txt{white-space:pre-wrap}").replace(
        '<div class="content">', '<div class="content txt">'
    )
    page = page.replace("一是<span", "一是\n<span").replace("二是<span", "二是\n<span")
    doc = _html(page)
    assert WORK_SENTENCE in doc.text.split("\n"), doc.text
    assert "page-break-joined" not in codes(doc)


def test_guard_spans_a_descendant_selector_displays_as_blocks_under_their_own_article_are_lines() -> None:
    rows = "".join(f'<span class="ln">{line}</span>' for line in ROW_LINES)
    page = EMPHASIS_PAGE.format(css="body div.content .ln{display:block}").replace(
        "<p>今年以来，", f'<div class="rows">{rows}</div><p>今年以来，'
    )
    doc = _html(page)
    for line in ROW_LINES:
        assert line in doc.text.split("\n"), doc.text
    assert WORK_SENTENCE in doc.text.split("\n")


def test_guard_a_descendant_selector_keeping_the_articles_newlines_still_breaks_its_lines() -> None:
    page = EMPHASIS_PAGE.format(css="#main .txt{white-space:pre-line}").replace(
        '<div class="content">', '<div id="main"><div class="txt">'
    )
    page = page.replace("<p>感谢", "\n".join(ROW_LINES) + "\n<p>感谢").replace("</div></body>", "</div></div></body>")
    doc = _html(page)
    for line in ROW_LINES:
        assert line in doc.text.split("\n"), doc.text


ROW_LINES = ["办理结果：已解决", "联系人：刘某某", "联系电话：0532-85912345"]
