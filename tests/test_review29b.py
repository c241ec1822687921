"""Second review of session 29's landed commits: each fault found, tested on a new example written by hand (made-up
organs, people and places), the expected values read from the page, never copied from the parser's output."""

from __future__ import annotations

import govdoc
from tests.probing import codes

# --- 18ace38e: short lines after an <article> read as its 落款 took a footer's site name -----------------------

_REPLY = (
    "<p>您提出的《关于增设城西片区公交线路的建议》收悉，现答复如下：</p>"
    "<p>今年我局已会同公交公司调整三条线路走向，新增站点九个，覆盖城西片区主要居民小区。</p>"
    "<p>下一步，我局将根据客流监测情况适时加密班次。感谢您对交通工作的支持。</p>"
)
_NAV = '<div class="nav"><a href="/">首页</a> <a href="/zwgk/">政务公开</a></div>'


def _page(body: str) -> bytes:
    return f"<html><body>{_NAV}{body}</body></html>".encode()


def test_a_site_name_after_a_signed_article_is_not_read_into_the_text() -> None:
    page = _page(
        f"<article><h1>关于增设城西片区公交线路的建议的答复</h1><p>符某代表：</p>{_REPLY}"
        "<p>洛川市交通运输局</p><p>2026年3月9日</p></article>"
        "<div>洛川市人民政府门户网站</div><div>网站标识码 4101000012</div>"
    )
    doc = govdoc.parse(page, format="html")
    assert "门户网站" not in doc.text and "网站标识码" not in doc.text
    assert doc.signature is not None and doc.signature.issuers == ("洛川市交通运输局",)
    assert "content-unplaced" not in codes(doc)


def test_a_site_name_after_an_unsigned_article_is_not_taken_as_its_signature() -> None:
    page = _page(
        f"<article><h1>关于增设城西片区公交线路的建议的答复</h1><p>符某代表：</p>{_REPLY}</article>"
        "<div>洛川市人民政府</div><div>版权所有 2026</div>"
    )
    doc = govdoc.parse(page, format="html")
    assert "洛川市人民政府" not in doc.text and "版权所有" not in doc.text
    assert doc.signature is None or "洛川市人民政府" not in doc.signature.issuers


def test_an_organ_and_its_date_after_the_article_are_still_its_signature() -> None:
    """The guard: a 落款 whose last line is its date, set after the article, is read as before."""
    page = _page(
        f"<article><h1>关于增设城西片区公交线路的建议的答复</h1><p>符某代表：</p>{_REPLY}</article>"
        "<p>洛川市交通运输局</p><p>二〇二六年三月九日</p><div>洛川市人民政府门户网站</div>"
    )
    doc = govdoc.parse(page, format="html")
    assert doc.signature is not None
    assert (doc.signature.issuers, doc.signature.date) == (("洛川市交通运输局",), "2026-03-09")
    assert "门户网站" not in doc.text


# --- c1ab84e2: white words on a ground a stylesheet paints by an id, an element or a picture were dropped ---------

_NOTICE = (
    "<html><head><style>{styles}</style></head><body><div class='zw'>"
    "<h1>关于东湖片区排涝设施改造建议的答复</h1><p>侯某代表：</p>"
    "<p>您提出的《关于东湖片区排涝设施改造的建议》收悉，现答复如下：</p>"
    "<p>今年汛前，我局已完成东湖片区两座泵站的机组更换，新增排涝能力每秒六立方米。</p>"
    "{line}"
    "<p>下一步，我局将结合老旧小区改造同步实施雨污分流。感谢您对水务工作的关心。</p>"
    "<p>南岭县水务局</p><p>2026年5月12日</p></div></body></html>"
)


def _notice(styles: str, line: str) -> govdoc.Document:
    return govdoc.parse(_NOTICE.format(styles=styles, line=line).encode(), format="html")


def test_white_words_on_a_ground_the_stylesheet_paints_by_id_element_or_picture_are_read() -> None:
    for styles, line in (
        (
            "#dj{background:#b71c1c;padding:0 4px}",
            '<p>办理等级：<span id="dj" style="color:#fff">重点</span>（已办结）</p>',
        ),
        (
            ".dj{background-image:url(red-band.png)}",
            '<p>办理等级：<span class="dj" style="color:#fff">重点</span>（已办结）</p>',
        ),
        (
            "table.hz th{background:#1d4e89}",
            '<table class="hz"><tr><th>办理等级：<font color="#ffffff">重点</font>（已办结）</th></tr></table>',
        ),
    ):
        doc = _notice(styles, line)
        assert "办理等级：重点（已办结）" in doc.text.replace(" ", ""), styles


def test_white_junk_between_words_on_a_grey_page_is_still_not_read() -> None:
    """The guard: the page's own paper (body's grey) is no ground a badge's words stand on."""
    line = '<p>新增排涝<span style="color:#ffffff">k9w</span>能力明显提升。</p>'
    doc = _notice("body{background:#f2f2f2}", line)
    assert "新增排涝能力明显提升。" in doc.text and "k9w" not in doc.text


def test_a_bracketed_note_under_the_date_after_the_article_stays_with_the_reply() -> None:
    """The guard of R1's fix: the line in brackets a reply sets under its 落款's date is the reply's, not the page's."""
    page = _page(
        f"<article><h1>关于增设城西片区公交线路的建议的答复</h1><p>符某代表：</p>{_REPLY}</article>"
        "<p>洛川市交通运输局</p><p>2026年3月9日</p><p>（此件公开发布）</p>"
    )
    doc = govdoc.parse(page, format="html")
    assert "（此件公开发布）" in doc.text
    assert doc.signature is not None and doc.signature.date == "2026-03-09"
