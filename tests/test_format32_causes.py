"""Causes found by the thirty-second format round (tests/test_probes_32_formats.py), each tested on a new example of
its own (never a probe's document), failing on the session's start and passing since (a test named a guard passes
on both: it holds what the fix must not change).

- HTML: a 政府信息公开 page whose article is the signed PDF shown by the browser's viewer (`<object data=….pdf>`,
  `<embed src=….pdf>`), saved without it, gave its information table and headline and said nothing of the missing
  body: a frame's file was named (`pages-without-text`), an embedded document's was not. An `<object>` or `<embed>`
  of a document (by its type or its file's extension) is named as a frame is; a picture's or a player's is not
  (readers.html.frames `shown_frames`).
"""

from __future__ import annotations

import govdoc
from tests.invariants import check_invariants
from tests.probing import codes


def _notes(doc: govdoc.Document, code: str) -> list[str]:
    return [w.message for w in doc.warnings if w.code == code]


def _checked(doc: govdoc.Document) -> govdoc.Document:
    check_invariants(doc)
    assert "internal-error" not in codes(doc)
    return doc


# --- HTML: a document embedded by <object>/<embed>, not saved with the page --------------------------------

_EMBED_PAGE = """<!DOCTYPE html><html><head><meta charset="utf-8"><title>信息公开</title></head><body>
<div class="nav"><a href="/">首页</a> &gt; <a href="/xxgk/">信息公开</a></div>
<table class="info"><tr><td>索引号：</td><td>000123456/2024-01877</td><td>发布机构：</td><td>某县交通运输局</td></tr>
<tr><td>文号：</td><td>县交函〔2024〕41号</td><td>发布日期：</td><td>2024-09-03</td></tr></table>
<h2>关于商请协助做好国庆假期道路运输安全保障的函</h2>
<div class="wenzhang">{embedded}</div>
<div class="foot">主办单位：某县人民政府办公室</div></body></html>"""


def test_a_page_whose_article_is_an_embedded_pdf_not_saved_with_it_names_the_file() -> None:
    page = _EMBED_PAGE.format(
        embedded='<embed src="/attach/2024/09/P020240903388120764512.pdf" width="100%" height="780">'
    )
    doc = _checked(govdoc.parse(page.encode("utf-8"), format="html"))
    assert doc.header.title == "关于商请协助做好国庆假期道路运输安全保障的函"
    assert any("P020240903388120764512.pdf" in m for m in _notes(doc, "pages-without-text"))


def test_an_object_naming_its_document_by_type_alone_is_named_too() -> None:
    page = _EMBED_PAGE.format(embedded='<object data="/viewer/file?id=88231" type="application/pdf"></object>')
    doc = _checked(govdoc.parse(page.encode("utf-8"), format="html"))
    assert any("/viewer/file?id=88231" in m for m in _notes(doc, "pages-without-text"))


def test_guard_an_embedded_player_or_picture_is_no_article_and_is_not_named() -> None:
    page = _EMBED_PAGE.format(
        embedded='<embed src="/media/2024/guoqing.mp4" type="video/mp4"><object data="/images/map.svg"></object>'
    )
    doc = _checked(govdoc.parse(page.encode("utf-8"), format="html"))
    assert not [m for m in _notes(doc, "pages-without-text") if "guoqing" in m or "map.svg" in m]
