"""A portal's column box is no headline (session 14's review, finding F10).

Round 12 let a block the page names a title (`class="bt"`, `class="title"`) or sets wholly in bold
stand for a headline where no h1–h3 does. Portals name the box of the column an article sits in the
same way (建议提案办理, 通知公告): it reached the text and the reply's own title line stood below it.
A block taken so must be longer than a column's name. Pages and expected values are written by hand.
"""

from __future__ import annotations

import govdoc

_PAGE = """<html><head><meta charset="utf-8"><title>{page_title}</title></head><body>
<div class="wrap"><div class="bt">{box}</div>
<div class="content">
{first}
<p>李某代表：</p>
<p>您提出的关于增设公交线路的建议收悉。现答复如下：我局已新开通公交线路两条。</p>
<p>特此答复。</p>
<p>某县交通运输局</p>
<p>2025年4月8日</p>
</div></div></body></html>"""


def _parse(box: str, first: str, page_title: str = "某县交通运输局") -> govdoc.Document:
    html = _PAGE.format(box=box, first=first, page_title=page_title)
    return govdoc.parse(html.encode("utf-8"), format="html")


def test_a_column_box_named_like_a_title_beside_a_titled_article_stays_out_of_the_text() -> None:
    doc = _parse("人大建议办理", "<p>关于县人大十九届二次会议第017号建议的答复</p>")
    assert "人大建议办理" not in doc.text
    assert doc.header.title == "关于县人大十九届二次会议第017号建议的答复"
    assert "content-unplaced" not in [w.code for w in doc.warnings]


def test_a_column_box_of_a_type_word_alone_is_no_headline_of_an_untitled_article() -> None:
    doc = _parse("公示公告", "")
    assert "公示公告" not in doc.text
    assert doc.header.title is None


def test_a_box_named_a_title_that_reads_as_one_is_still_the_headline() -> None:
    doc = _parse("某县交通运输局关于增设公交线路建议的答复", "")
    assert doc.header.title == "某县交通运输局关于增设公交线路建议的答复"
    assert doc.text.startswith("某县交通运输局关于增设公交线路建议的答复")
