"""Fixes of diffread-B's findings on format19's readers (/work/coord/reports/diffread-B.md), each tested on
a new example of its cause (not the finding's repro), with a guard that the case the code was written for
still reads.

- B2: every widget annotation made a page a filled form, and flattening drew a signature field's seal
  or caption and a push button's label into the text (over the 落款: a false co-signer, a lost date).
- B3: the missing-Unicode-map check was made at the first character of each font/size/colour group and
  masked the whole group: one unmapped glyph turned every character of that font into U+FFFD.
"""

from __future__ import annotations

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
