"""Fixes of diffread-B's findings on format19's readers (/work/coord/reports/diffread-B.md), each tested on
a new example of its cause (not the finding's repro), with a guard that the case the code was written for
still reads.

- B2: every widget annotation made a page a filled form, and flattening drew a signature field's seal
  or caption and a push button's label into the text (over the 落款: a false co-signer, a lost date).
- B3: the missing-Unicode-map check was made at the first character of each font/size/colour group and
  masked the whole group: one unmapped glyph turned every character of that font into U+FFFD.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import govdoc
from tests.invariants import check_invariants
from tests.test_formats19_causes import PAGE_H, _bytes, _field, _identity_font, _pdf

# --- B2: signature fields and push buttons are no values of a form ---------------------------------

NOTICE = [
    ("关于开展安全生产大检查的通知", 120, 120),
    ("各乡镇：", 80, 170),
    ("请于3月底前完成自查。", 112, 200),
    ("联系人：", 80, 230),
    ("县应急管理局", 380, 300),
    ("2024年3月8日", 380, 330),
]


def _widget(writer: Any, font: Any, kind: str, caption: str, rect: tuple[float, float, float, float]) -> Any:
    """A widget drawing `caption` through its appearance: a signature field (`/Sig`) or a push button."""
    from pypdf.generic import NameObject, NumberObject

    ref = _field(writer, writer.pages[0], caption, rect, font)
    widget = ref.get_object()
    del widget[NameObject("/V")]
    widget[NameObject("/FT")] = NameObject(kind)
    if kind == "/Btn":
        widget[NameObject("/Ff")] = NumberObject(1 << 16)  # a push button, no check box
    return ref


def _notice_with(widgets: list[tuple[str, str, float, float]], value: str | None) -> bytes:
    """NOTICE with `widgets` (kind, caption, x, top) and, given `value`, the 联系人 field filled in."""
    from pypdf.generic import ArrayObject, DictionaryObject, NameObject

    writer = _pdf(NOTICE)
    page = writer.pages[0]
    fonts = page["/Resources"]["/Font"]
    font = next(fonts.raw_get(k) for k, v in fonts.items() if "STSong" in str(v.get_object()["/BaseFont"]))
    annots = []
    if value is not None:
        annots.append(_field(writer, page, value, (150, PAGE_H - 236, 240, PAGE_H - 216), font))
    for kind, caption, x, top in widgets:
        annots.append(_widget(writer, font, kind, caption, (x, PAGE_H - top - 6, x + 170, PAGE_H - top + 14)))
    page[NameObject("/Annots")] = ArrayObject(annots)
    writer._root_object[NameObject("/AcroForm")] = DictionaryObject({NameObject("/Fields"): ArrayObject(annots)})
    return _bytes(writer)


def test_a_signature_fields_seal_over_the_signature_stays_out_of_a_filled_forms_text() -> None:
    doc = govdoc.parse(_notice_with([("/Sig", "县应急管理局电子印章", 370, 305)], value="陈晓东"), format="pdf")
    check_invariants(doc)
    assert "联系人：陈晓东" in doc.text  # guard: the filled field is still read
    assert "电子印章" not in doc.text
    assert doc.signature is not None
    assert list(doc.signature.issuers) == ["县应急管理局"]
    assert str(doc.signature.date) == "2024-03-08"


def test_push_buttons_alone_make_no_filled_form() -> None:
    doc = govdoc.parse(
        _notice_with([("/Btn", "打印本页", 370, 330), ("/Btn", "关闭窗口", 200, 400)], None), format="pdf"
    )
    check_invariants(doc)
    assert "打印本页" not in doc.text and "关闭窗口" not in doc.text
    assert doc.signature is not None
    assert str(doc.signature.date) == "2024-03-08"


def test_a_text_fields_value_beside_a_push_button_is_still_read() -> None:
    doc = govdoc.parse(_notice_with([("/Btn", "提交", 200, 400)], value="王丽萍"), format="pdf")
    check_invariants(doc)
    assert "联系人：王丽萍" in doc.text
    assert "提交" not in doc.text


# --- B3: an unmapped glyph is masked alone, not its font's every character --------------------------

_GLYPHS = {"安": 0x0311, "全": 0x0122, "生": 0x02F0, "产": 0x0135}


def _glyph_pdf(glyphs: dict[str, int], mapped: str) -> bytes:
    """A title line, then `glyphs` in an Identity-H CID font whose ToUnicode map names only the
    characters of `mapped` (none: no map at all, as a subset font embedded bare)."""
    from pypdf.generic import DecodedStreamObject, NameObject

    writer = _pdf([("关于开展安全生产大检查的通知", 120, 120)])
    page = writer.pages[0]
    cmap = None
    if mapped:
        pairs = " ".join(f"<{code:04X}> <{ord(ch):04X}>" for ch, code in glyphs.items() if ch in mapped)
        cmap = (
            "/CIDInit /ProcSet findresource begin 12 dict begin begincmap /CMapName /X def /CMapType 2 def "
            f"1 begincodespacerange <0000> <FFFF> endcodespacerange {len(mapped)} beginbfchar {pairs} endbfchar "
            "endcmap CMapName currentdict /CMap defineresource pop end end"
        )
    page["/Resources"]["/Font"][NameObject("/F7")] = _identity_font(writer, to_unicode=cmap)
    codes = "".join(f"{code:04X}" for code in glyphs.values())
    drawn = page.get_contents()
    stream = DecodedStreamObject()
    stream.set_data(drawn.get_data() + f"\nBT /F7 16 Tf 1 0 0 1 80 600 Tm <{codes}> Tj ET\n".encode("ascii"))
    page[NameObject("/Contents")] = writer._add_object(stream)
    return _bytes(writer)


def test_one_glyph_missing_from_a_fonts_unicode_map_is_masked_alone() -> None:
    doc = govdoc.parse(_glyph_pdf(_GLYPHS, mapped="全生产"), format="pdf")
    check_invariants(doc)
    assert "\ufffd全生产" in doc.text
    assert "encoding-repaired" in [w.code for w in doc.warnings]


def test_a_font_with_no_unicode_map_is_still_masked_whole() -> None:
    doc = govdoc.parse(_glyph_pdf(_GLYPHS, mapped=""), format="pdf")
    check_invariants(doc)
    assert "\ufffd" * 4 in doc.text
    assert not any(chr(code) in doc.text for code in _GLYPHS.values())


# --- B1, B1b: a web archive's framed page, a BOM, a UTF-16 page, a text/plain part ------------------

ARTICLE = (
    "<html><body><h1>关于市人大十七届三次会议第208号建议的答复</h1><p>刘建华代表：</p>"
    "<p>您提出的《关于完善农村客运班线的建议》收悉。现答复如下：</p>"
    "<p>今年我局新开通镇村公交线路九条，覆盖全部建制村。</p><p>感谢您对交通运输工作的关心。</p>"
    "<p>某市交通运输局</p><p>2024年7月9日</p></body></html>"
)
FRAMING = (
    '<html><head><meta charset="utf-8"><title>某市交通运输局</title></head><body>'
    "<div>网站首页 | 信息公开 | 建议提案</div>"
    '<iframe name="main" src="./zwgk/detail_208.html" frameborder="0"></iframe>'
    "<div>版权所有：某市交通运输局</div></body></html>"
)


def _mht(parts: list[tuple[str, str, bytes]], bom: bool = False) -> bytes:
    """A web archive of `parts` (content type, location, bytes), each base64 as Chrome and IE save them."""
    import base64

    out = (
        "From: <Saved by Blink>\r\nSubject: page\r\nMIME-Version: 1.0\r\n"
        'Content-Type: multipart/related;\r\n\ttype="text/html";\r\n\tboundary="----MultipartBoundary--x"\r\n\r\n'
    ).encode("ascii")
    for kind, where, payload in parts:
        body = base64.encodebytes(payload).decode("ascii").replace("\n", "\r\n")
        out += (
            f"------MultipartBoundary--x\r\nContent-Type: {kind}\r\nContent-Transfer-Encoding: base64\r\n"
            f"Content-Location: {where}\r\n\r\n{body}\r\n"
        ).encode("ascii")
    return (b"\xef\xbb\xbf" if bom else b"") + out + b"------MultipartBoundary--x--\r\n"


def _read(data: bytes, tmp_path: Path) -> govdoc.Document:
    target = tmp_path / "page.mht"
    target.write_bytes(data)
    doc = govdoc.parse(target)
    check_invariants(doc)
    return doc


def test_an_archives_article_in_an_iframe_part_is_the_page_read_and_the_framing_page_warned(tmp_path: Path) -> None:
    doc = _read(
        _mht(
            [
                ("text/html", "https://jtj.example.gov.cn/index.html", FRAMING.encode()),
                ("image/png", "https://jtj.example.gov.cn/logo.png", b"\x89PNG\r\n\x1a\n" + bytes(40)),
                ('text/html; charset="utf-8"', "https://jtj.example.gov.cn/zwgk/detail_208.html", ARTICLE.encode()),
            ]
        ),
        tmp_path,
    )
    assert "今年我局新开通镇村公交线路九条" in doc.text
    assert "刘建华代表" in doc.text
    warned = [w for w in doc.warnings if w.code == "pages-without-text"]
    assert len(warned) == 1 and "index.html" in warned[0].message


def test_an_archives_frameset_reads_its_content_frame_not_its_menu(tmp_path: Path) -> None:
    frames = '<html><frameset cols="160,*"><frame src="menu.htm"><frame src="body.htm"></frameset></html>'
    doc = _read(
        _mht(
            [
                ("text/html", "file:///D:/save/start.htm", frames.encode()),
                ('text/html; charset="utf-8"', "file:///D:/save/menu.htm", "<p>首页</p><p>通知公告</p>".encode()),
                ('text/html; charset="gbk"', "file:///D:/save/body.htm", ARTICLE.encode("gbk")),
            ]
        ),
        tmp_path,
    )
    assert "某市交通运输局\n2024年7月9日" in doc.text
    assert "通知公告" not in doc.text


def test_an_archives_page_with_a_small_iframe_beside_its_article_stays_the_page_read(tmp_path: Path) -> None:
    page = ARTICLE.replace("</body>", '<iframe src="share.html"></iframe></body>')
    doc = _read(
        _mht(
            [
                ('text/html; charset="utf-8"', "http://x.gov.cn/a.html", page.encode()),
                ('text/html; charset="utf-8"', "http://x.gov.cn/share.html", "<p>分享到：微信</p>".encode()),
            ]
        ),
        tmp_path,
    )
    assert "今年我局新开通镇村公交线路九条" in doc.text and "分享到" not in doc.text


def test_an_archive_of_one_page_is_read_unwarned(tmp_path: Path) -> None:
    doc = _read(_mht([('text/html; charset="utf-8"', "http://x.gov.cn/a.html", ARTICLE.encode())]), tmp_path)
    assert "刘建华代表" in doc.text
    assert "pages-without-text" not in [w.code for w in doc.warnings]


def test_an_archive_with_a_byte_order_mark_before_its_headers_is_read(tmp_path: Path) -> None:
    doc = _read(_mht([('text/html; charset="utf-8"', "http://x.gov.cn/a.html", ARTICLE.encode())], bom=True), tmp_path)
    assert "刘建华代表" in doc.text


def test_an_archives_utf16_page_is_read(tmp_path: Path) -> None:
    doc = _read(_mht([('text/html; charset="utf-16"', "http://x.gov.cn/a.html", ARTICLE.encode("utf-16"))]), tmp_path)
    assert "今年我局新开通镇村公交线路九条" in doc.text


def test_an_archive_holding_only_a_plain_text_part_reads_its_text(tmp_path: Path) -> None:
    text = "关于市人大十七届三次会议第208号建议的答复\n刘建华代表：\n您提出的建议收悉。现答复如下：\n某市交通运输局\n2024年7月9日\n"
    doc = _read(_mht([('text/plain; charset="utf-8"', "http://x.gov.cn/a.txt", text.encode())]), tmp_path)
    assert "您提出的建议收悉。现答复如下：" in doc.text
    assert "<p>" not in doc.text
