"""Causes found by round 20's format probes (tests/test_probes_20_formats.py), each tested on a new example
of the cause (not the probe's document), with guards that the neighbouring cases read as before.

- A web archive's frameset: the frame with the most text was read, and a navigation frame of many links
  holds more text than a short article (readers.mht: the frame whose text is most its own, not links').
- PDF: a text object showing a glyph, an /ActualText span and then a TJ array with a wide kern was read
  with the span's glyphs as drawn (pypdf puts a space in for the kern, so the shows' byte counts did not
  add up to its string), and a string recovered from such an object repeated the tail PDFium had read
  already, a kern's width to the left of it (生：生：) (readers.pdf_dropped).
- PDF/OFD: the horizontal words inside a seal (业务专用章), red and smaller than the 落款 they are
  stamped across, were read into its lines character by character (readers.page_edges.seal_words_apart).
- HTML: a single-page app's page whose article is only in its rendered state script
  (`window.__INITIAL_STATE__ = {…}`) was `empty-document` (readers.html.embedded.state_article).
"""

from __future__ import annotations

import base64
import io
import json
from typing import Any

import pytest

import govdoc
from govdoc.errors import EmptyDocumentError
from tests.invariants import check_invariants
from tests.test_formats19_causes import PAGE_H, _bytes, _pdf


def _hex(text: str) -> str:
    return "<" + "".join(f"{ord(ch):04X}" for ch in text) + ">"


def _with_stream(writer: Any, extra: str) -> bytes:
    """The writer's one page with `extra` (content stream operators, `/F` for the page's CID font)
    drawn after its own content."""
    from pypdf.generic import DecodedStreamObject, NameObject

    page = writer.pages[0]
    key = next(str(k) for k, v in page["/Resources"]["/Font"].items() if "STSong" in str(v.get_object()["/BaseFont"]))
    drawn = page.get_contents()
    stream = DecodedStreamObject()
    stream.set_data(drawn.get_data() + extra.replace("/F ", f"{key} ").encode("ascii"))
    page[NameObject("/Contents")] = writer._add_object(stream)
    return _bytes(writer)


LETTER = [
    ("关于征集2024年民生实事项目意见的复函", 110, 120),
    ("请于本月底前反馈意见。", 112, 200),
    ("某市发展和改革委员会", 360, 300),
    ("2024年4月3日", 372, 330),
]


# --- PDF: an /ActualText span, then a kerned TJ array, in one text object ----------------------------


def test_an_actual_text_span_followed_by_a_widely_kerned_array_in_its_text_object_is_read_once() -> None:
    # 张, then 堃 drawn as two squeezed 土 in a span, then 先生： with a kern of one and a half ems
    extra = (
        f"\nBT /F 16 Tf 1 0 0 1 80 {PAGE_H - 170:.2f} Tm {_hex('张')} Tj"
        f"\n/Span <</ActualText <FEFF5803>>> BDC 50 Tz {_hex('土')} Tj {_hex('土')} Tj EMC"
        f"\n100 Tz [{_hex('先生')} -1500 {_hex('：')}] TJ ET\n"
    )
    doc = govdoc.parse(_with_stream(_pdf(LETTER), extra), format="pdf")
    check_invariants(doc)
    lines = [line.replace(" ", "") for line in doc.text.split("\n")]
    assert "张堃先生：" in lines
    assert "土" not in doc.text
    assert "text-repaired" in [w.code for w in doc.warnings]  # the span's reading is the parser's judgement


def test_a_string_recovered_from_a_kerned_text_object_does_not_repeat_what_pdfium_read() -> None:
    # a glyph alone (PDFium leaves it out: no width in a font the file does not embed), then a kerned array
    extra = (
        f"\nBT /F 16 Tf 1 0 0 1 80 {PAGE_H - 170:.2f} Tm {_hex('李')} Tj [{_hex('先生')} -2000 {_hex('：')}] TJ ET\n"
    )
    doc = govdoc.parse(_with_stream(_pdf(LETTER), extra), format="pdf")
    check_invariants(doc)
    line = next(line for line in doc.text.split("\n") if "先生" in line)
    assert line.replace(" ", "") == "李先生："


def test_a_string_recovered_clear_of_what_pdfium_read_is_kept_whole() -> None:
    # guard: glyphs alone in their objects, none under PDFium's characters, each read once in place
    extra = "".join(
        f"\nBT /F 16 Tf 1 0 0 1 {80 + 16 * k} {PAGE_H - 170:.2f} Tm {_hex(ch)} Tj ET" for k, ch in enumerate("王明：")
    )
    doc = govdoc.parse(_with_stream(_pdf(LETTER), extra + "\n"), format="pdf")
    check_invariants(doc)
    assert "王明：" in doc.text.split("\n")


# --- PDF: a seal's horizontal words across the 落款 ------------------------------------------------


def _sealed(words: str, x: float, top: float, size: float = 9) -> bytes:
    """LETTER with `words` in red at `size` points, its baseline `top` down the page."""
    extra = f"\nq 0.9 0 0.07 rg BT /F {size} Tf 1 0 0 1 {x} {PAGE_H - top:.2f} Tm {_hex(words)} Tj ET Q\n"
    return _with_stream(_pdf(LETTER), extra)


def test_a_seals_horizontal_words_stamped_across_the_signature_are_no_characters_of_its_lines() -> None:
    # 财务专用章 across the organ's line, a few points under its baseline
    doc = govdoc.parse(_sealed("财务专用章", 385, 306), format="pdf")
    check_invariants(doc)
    assert "财务专用章" not in doc.text.replace(" ", "")
    assert doc.signature is not None
    assert doc.signature.issuers == ("某市发展和改革委员会",)
    assert doc.signature.date == "2024-04-03"


def test_red_words_following_a_lines_text_stay_in_that_line() -> None:
    # guard: a red note set smaller after the text of its line, over none of it
    doc = govdoc.parse(_sealed("（已核）", 290, 200, 12), format="pdf")
    check_invariants(doc)
    assert "（已核）" in doc.text.replace(" ", "")


def test_a_red_line_of_its_own_under_a_black_line_stays_text() -> None:
    # guard: a red line set smaller a line's pitch under the body's line
    doc = govdoc.parse(_sealed("此件公开发布", 112, 226, 12), format="pdf")
    check_invariants(doc)
    assert "此件公开发布" in doc.text.replace(" ", "")


# --- MHT: a navigation frame of many links beside a short article ----------------------------------

MENU = "".join(
    f'<li><a href="/c/{k}.html">{name}</a></li>'
    for k, name in enumerate(
        [
            "机构职能",
            "领导之窗",
            "新闻动态",
            "通知公告",
            "政策法规",
            "政策解读",
            "规划计划",
            "人事信息",
            "财政资金",
            "统计数据",
            "在线访谈",
            "意见征集",
            "咨询投诉",
            "网上办事",
            "下载中心",
            "联系我们",
        ]
    )
)
ARTICLE = (
    "<h2>关于调整城区停车收费标准的公告</h2><p>自2024年7月1日起，城区道路停车泊位收费标准调整为每小时二元。</p>"
    '<p>特此公告。</p><p align="right">某市交通运输局</p><p align="right">2024年6月20日</p>'
)


def _archive(pages: list[tuple[str, str]]) -> bytes:
    boundary = "----=_Part_20"
    parts = [f'MIME-Version: 1.0\r\nContent-Type: multipart/related; boundary="{boundary}"; type="text/html"\r\n\r\n']
    for name, page in pages:
        body = base64.encodebytes(page.encode("utf-8")).decode("ascii")
        parts.append(
            f"--{boundary}\r\nContent-Type: text/html; charset=utf-8\r\nContent-Transfer-Encoding: base64\r\n"
            f"Content-Location: http://www.example.gov.cn/site/{name}\r\n\r\n{body}\r\n"
        )
    parts.append(f"--{boundary}--\r\n")
    return "".join(parts).encode("ascii")


def test_an_archives_article_frame_is_read_though_its_menu_frame_holds_more_text() -> None:
    frames = _archive(
        [
            (
                "index.html",
                '<html><body><iframe src="menu.html"></iframe><iframe src="gg_0620.html"></iframe></body></html>',
            ),
            ("menu.html", f"<html><body><ul>{MENU}</ul></body></html>"),
            ("gg_0620.html", f"<html><body>{ARTICLE}</body></html>"),
        ]
    )
    doc = govdoc.parse(frames, format="html")
    check_invariants(doc)
    assert doc.header.title == "关于调整城区停车收费标准的公告"
    assert "网上办事" not in doc.text


def test_an_archives_article_frame_with_links_of_its_own_beats_a_smaller_menu() -> None:
    # guard: an article whose attachments are links is still the frame of most text of its own
    linked = ARTICLE.replace(
        "<p>特此公告。</p>", '<p>附件：<a href="/f/1.pdf">城区道路停车泊位收费标准表</a></p><p>特此公告。</p>'
    )
    frames = _archive(
        [
            (
                "index.html",
                '<html><body><iframe src="menu.html"></iframe><iframe src="gg_0620.html"></iframe></body></html>',
            ),
            (
                "menu.html",
                '<html><body><ul><li><a href="/">首页</a></li><li><a href="/x">通知公告</a></li></ul></body></html>',
            ),
            ("gg_0620.html", f"<html><body>{linked}</body></html>"),
        ]
    )
    doc = govdoc.parse(frames, format="html")
    assert doc.header.title == "关于调整城区停车收费标准的公告"


# --- HTML: a single-page app's article only in its rendered state ----------------------------------

DETAIL = {
    "name": "关于做好2024年夏季防溺水工作的通知",
    "html": (
        "<p>各中小学：</p><p>暑期将至，为切实预防学生溺水事故，现就有关事项通知如下：</p>"
        "<p>各校要在放假前开展一次防溺水专题教育，并通过家长会告知家长落实监护责任。</p>"
        '<p>特此通知。</p><p style="text-align:right">某县教育局</p><p style="text-align:right">2024年6月28日</p>'
    ),
}


def _app_page(state: object, shown: str = "") -> str:
    data = json.dumps(state, ensure_ascii=False).replace("<", "\\u003c")
    return (
        f'<!DOCTYPE html><html><head><meta charset="utf-8"><title>门户</title></head><body><div id="__nuxt">{shown}</div>'
        f"<script>window.__NUXT__={data}</script><script src=/_nuxt/app.js></script></body></html>"
    )


def test_an_apps_page_holding_its_article_only_in_its_state_script_reads_that_article() -> None:
    doc = govdoc.parse(_app_page({"data": [{"detail": DETAIL, "menu": ["首页", "通知公告"]}]}).encode(), format="html")
    check_invariants(doc)
    assert doc.header.title == "关于做好2024年夏季防溺水工作的通知"
    assert doc.signature is not None and doc.signature.date == "2024-06-28"
    assert "u003c" not in doc.text and "通知公告" not in doc.text


def test_an_apps_page_showing_its_article_reads_what_it_shows_not_its_state() -> None:
    # guard: the page shows an article; its state (another one) is no text of the page
    shown = "<h1>关于开展消防安全检查的通知</h1><p>各单位：</p><p>请于7月10日前完成消防设施自查，并将自查报告报县应急管理局。</p><p>特此通知。</p>"
    doc = govdoc.parse(_app_page({"detail": DETAIL}, shown).encode(), format="html")
    assert doc.header.title == "关于开展消防安全检查的通知"
    assert "防溺水" not in doc.text


def test_an_apps_page_whose_state_holds_no_article_is_still_empty() -> None:
    with pytest.raises(EmptyDocumentError):
        govdoc.parse(_app_page({"menu": ["首页", "通知公告"], "user": None}).encode(), format="html")


def test_a_page_naming_window_state_in_its_text_is_read_as_written() -> None:
    # guard: a page about the marks (a developer's note) shows them as its text
    page = "<html><body><p>前端渲染页面通过window.__INITIAL_STATE__={}传递数据，本文说明迁移步骤。</p><p>第一步，升级构建工具。</p></body></html>"
    doc = govdoc.parse(io.BytesIO(page.encode()).getvalue(), format="html")
    assert "window.__INITIAL_STATE__" in doc.text


def test_a_page_of_black_and_red_text_is_searched_for_seal_words_line_by_line() -> None:
    # review20's alert: every red run was compared with every black run of its page (quadratic); a page of
    # 3000 black and 3000 smaller red runs on lines of their own took seconds, and sets nothing apart
    import time

    from govdoc.readers.glyphs import Glyph, Page
    from govdoc.readers.page_edges import seal_words_apart

    runs = [Glyph("字", 50 + (i % 35) * 14, 64 + (i % 35) * 14, 100 + (i // 35) * 50, 14) for i in range(3000)]
    runs += [
        Glyph("红", 50 + (i % 35) * 14, 64 + (i % 35) * 14, 125 + (i // 35) * 50, 9, red=True) for i in range(3000)
    ]
    page = Page(1, 595, 5000, glyphs=runs)
    started = time.process_time()
    seal_words_apart(page)
    assert time.process_time() - started < 0.5
    assert page.stamps == [] and len(page.glyphs) == 6000
