"""Session 24's second reading of format24's readers, fixed (diffread-B's findings).

- B7: an OFD composite graphic unit that names itself was drawn inside itself until a depth of 32, so a unit
  naming itself twice expanded 2^32 times (a 2 KB file hung). A unit is now never drawn inside itself, and
  the objects units place on one page are counted against `limits.composite_draws` (fan-outs of distinct
  units multiply too).
- B3: Office Math scripts were read in line as plain characters, so 5×10⁴ read `5×104` (a wrong figure, unsaid).
  Scripts and radicals are now written in Office's own linear form (UnicodeMath): `10^4`, `Q_1`, `x_i^2`, `√2`.
  Not the Unicode superscript digits: they exist for digits only, and text is folded (NFKC) where it is
  matched, which turns ⁴ back into 4.
- B1: a paragraph whose mark is hidden carries its last line into the next paragraph; only the body released
  the carry at its end, so a header's or footer's last such line was lost or glued to the next part, and a text
  box's ran into its anchor. Every container (header/footer part, note, text box) now releases it at its end.

The examples are new (a 批复's seal-line unit, a 会议纪要's nested 版头 units), written by hand.
"""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

import govdoc
from tests.invariants import check_invariants
from tests.probing import codes
from tests.test_formats24_causes import BODY, NS, _docx_bytes, _p, _r

OFFICE = Path(__file__).resolve().parent.parent / "fixtures" / "office"
if str(OFFICE) not in sys.path:
    sys.path.insert(0, str(OFFICE))


def _ofd_with_units(units: dict[int, str], placed: str) -> bytes:
    """A one-page 批复 whose page also holds `placed` (objects naming units) and whose document resources
    hold `units` (unit ID → the unit's content)."""
    from make_formats14 import OFD_NS, OfdPages, ofd_package, rezip
    from make_formats24 import unzip

    o = OfdPages()
    o.centred("关于同意某镇调整农村供水价格的批复", 7.7611, font=1)
    o.line("某镇人民政府：", o.left)
    o.wrapped("你镇关于调整农村供水价格的请示收悉。经研究，同意你镇按程序调整供水价格。")
    o.wrapped("此复。")
    o.y += o.pitch
    files = unzip(ofd_package([[*o.pages[0], placed.replace("@Y", f"{o.y:.1f}")]], {}))
    files["Doc_0/Document.xml"] = files["Doc_0/Document.xml"].replace(
        "</ofd:PublicRes>", "</ofd:PublicRes><ofd:DocumentRes>DocumentRes.xml</ofd:DocumentRes>"
    )
    listed = "".join(
        f'<ofd:CompositeGraphicUnit ID="{key}" Width="40" Height="20"><ofd:Content>{content}</ofd:Content>'
        "</ofd:CompositeGraphicUnit>"
        for key, content in units.items()
    )
    files["Doc_0/DocumentRes.xml"] = (
        f'<ofd:Res xmlns:ofd="{OFD_NS}" BaseLoc="Res"><ofd:CompositeGraphicUnits>{listed}'
        "</ofd:CompositeGraphicUnits></ofd:Res>"
    )
    return bytes(rezip(files))


def _text(ident: int, text: str, y: float) -> str:
    step = " ".join(["3.5"] * (len(text) - 1))
    return (
        f'<ofd:TextObject ID="{ident}" Boundary="0 {y:g} 40 5" Font="2" Size="3.5">'
        f'<ofd:TextCode X="0" Y="3.5" DeltaX="{step}">{text}</ofd:TextCode></ofd:TextObject>'
    )


def _uses(key: int, times: int, first: int) -> str:
    return "".join(
        f'<ofd:CompositeObject ID="{first + k}" Boundary="0 0 40 20" ResourceID="{key}"/>' for k in range(times)
    )


def test_an_ofd_composite_unit_naming_itself_is_drawn_once_not_inside_itself() -> None:
    # unit 81 (the signing organ) also names itself three times: drawn inside itself it expanded 3^32 times
    unit = _text(501, "某县水利局", 0.0) + _uses(81, 3, 510)
    data = _ofd_with_units({81: unit}, '<ofd:CompositeObject ID="96" Boundary="120 @Y 40 20" ResourceID="81"/>')
    # a limit far under the expansion: a unit drawn inside itself would cross it, drawn once it does not
    doc = govdoc.parse(data, format="ofd", limits=govdoc.Limits(composite_draws=50))  # type: ignore[arg-type]
    check_invariants(doc)
    assert "internal-error" not in codes(doc)
    assert doc.text.count("某县水利局") == 1
    assert "此复。" in doc.text


def test_ofd_units_that_name_each_other_in_a_ring_are_each_drawn_once() -> None:
    units = {81: _text(501, "某县水利局", 0.0) + _uses(82, 1, 510), 82: _uses(81, 2, 520)}
    data = _ofd_with_units(units, '<ofd:CompositeObject ID="96" Boundary="120 @Y 40 20" ResourceID="81"/>')
    doc = govdoc.parse(data, format="ofd", limits=govdoc.Limits(composite_draws=50))  # type: ignore[arg-type]
    check_invariants(doc)
    assert doc.text.count("某县水利局") == 1


def _fan_out(levels: int, width: int) -> bytes:
    """Distinct units `levels` deep, each placing the next `width` times; the last holds one text object,
    so the page draws width^levels objects from units (no unit inside itself)."""
    units = {100 + n: _uses(101 + n, width, 1000 + 100 * n) for n in range(levels - 1)}
    units[100 + levels - 1] = _text(501, "某县水利局", 0.0)
    return _ofd_with_units(units, '<ofd:CompositeObject ID="96" Boundary="120 @Y 40 20" ResourceID="100"/>')


def test_ofd_composite_fan_out_over_the_limit_is_too_large_naming_it() -> None:
    data = _fan_out(4, 6)  # 6^3 = 216 text objects placed, and the units placing them
    with pytest.raises(govdoc.TooLargeError, match=r"limits\.composite_draws"):
        govdoc.parse(data, format="ofd", limits=govdoc.Limits(composite_draws=200))  # type: ignore[arg-type]


def test_ofd_units_that_place_only_units_are_counted_too() -> None:
    # 2^12 units placed, none of them drawing an object: the walk itself is what is bounded
    units = {100 + n: _uses(101 + n, 2, 1000 + 100 * n) for n in range(12)}
    units[112] = ""
    data = _ofd_with_units(units, '<ofd:CompositeObject ID="96" Boundary="120 @Y 40 20" ResourceID="100"/>')
    with pytest.raises(govdoc.TooLargeError, match=r"limits\.composite_draws"):
        govdoc.parse(data, format="ofd", limits=govdoc.Limits(composite_draws=1000))  # type: ignore[arg-type]


def test_ofd_composite_fan_out_under_the_limit_is_read() -> None:
    doc = govdoc.parse(_fan_out(3, 2), format="ofd")  # type: ignore[arg-type]
    check_invariants(doc)
    assert "某县水利局" in doc.text
    assert "此复。" in doc.text


# --- B3: Office Math scripts ---------------------------------------------------------------------

_M = 'xmlns:m="http://schemas.openxmlformats.org/officeDocument/2006/math"'


def _math(inner: str) -> str:
    return f"<m:oMath {_M}>{inner}</m:oMath>"


def _mr(text: str) -> str:
    return f"<m:r><m:t>{text}</m:t></m:r>"


def _math_doc(*paragraphs: str) -> govdoc.Document:
    body = (
        _p(_r("关于下达2025年农村公路养护资金的通知"))
        + _p(_r("各镇人民政府："))
        + "".join(f"<w:p>{p}</w:p>" for p in paragraphs)
        + _p(_r("特此通知。"))
    )
    doc = govdoc.parse(_docx_bytes(body), format="docx")  # type: ignore[arg-type]
    check_invariants(doc)
    assert "internal-error" not in codes(doc)
    return doc


def test_an_office_math_superscript_keeps_the_figure_right() -> None:
    power = _math(f"<m:sSup><m:e>{_mr('10')}</m:e><m:sup>{_mr('8')}</m:sup></m:sSup>")
    doc = _math_doc(_r("全年下达养护资金3×") + power + _r("元。"))
    assert "全年下达养护资金3×10^8元。" in doc.text
    assert "3×108元" not in doc.text


def test_office_math_subscripts_and_grouped_scripts_keep_their_place() -> None:
    sub = _math(f"<m:sSub><m:e>{_mr('L')}</m:e><m:sub>{_mr('0')}</m:sub></m:sSub>")
    both = _math(f"<m:sSubSup><m:e>{_mr('k')}</m:e><m:sub>{_mr('i')}</m:sub><m:sup>{_mr('n+1')}</m:sup></m:sSubSup>")
    doc = _math_doc(_r("养护里程按") + sub + _r("计，系数取") + both + _r("。"))
    assert "养护里程按L_0计，系数取k_i^(n+1)。" in doc.text


def test_an_office_math_radical_is_written_with_its_sign() -> None:
    root = _math(f'<m:rad><m:radPr><m:degHide m:val="1"/></m:radPr><m:deg/><m:e>{_mr("2")}</m:e></m:rad>')
    cube = _math(f"<m:rad><m:deg>{_mr('3')}</m:deg><m:e>{_mr('V')}</m:e></m:rad>")
    doc = _math_doc(_r("修正系数为") + root + _r("，边长为") + cube + _r("。"))
    assert "修正系数为√2，边长为√(3&V)。" in doc.text


# --- B1: a hidden paragraph mark at a container's end ---------------------------------------------

_VANISH = "<w:rPr><w:vanish/></w:rPr>"
_SECT = (
    '<w:sectPr><w:headerReference w:type="default" r:id="rId1"/>'
    '<w:footerReference w:type="default" r:id="rId2"/></w:sectPr>'
)


def _part(kind: str, *paragraphs: str) -> str:
    return f'<?xml version="1.0" encoding="UTF-8"?><w:{kind} {NS}>{"".join(paragraphs)}</w:{kind}>'


def _parts_doc(header: str, footer: str) -> tuple[govdoc.Document, list[tuple[str, str | None]]]:
    from govdoc.readers.docx import docx_blocks

    body = BODY + _p(_r("某县统计局")) + _p(_r("2024年12月2日"))
    data = _docx_bytes(body, {"header1.xml": ("header", header), "footer1.xml": ("footer", footer)}, _SECT)
    doc = govdoc.parse(data, format="docx")  # type: ignore[arg-type]
    check_invariants(doc)
    assert "internal-error" not in codes(doc)
    return doc, [(b.text, b.hints.part) for b in docx_blocks(data, path=None) if b.hints.part]


def test_a_footers_last_line_with_a_hidden_mark_stands_as_its_own_footer_line() -> None:
    footer = _part(
        "ftr",
        _p(_r("抄送：县委办公室，县人大常委会办公室。")),
        _p(_r("某县统计局办公室　2024年12月3日印发"), ppr=_VANISH),
    )
    doc, parts = _parts_doc(_part("hdr", _p(_r("某县统计局文件"))), footer)
    assert ("某县统计局办公室\u30002024年12月3日印发", "page-footer") in parts
    assert "某县统计局办公室" in doc.text


def test_a_headers_last_line_with_a_hidden_mark_never_runs_into_the_footer() -> None:
    header = _part("hdr", _p(_r("县统函〔2024〕15号"), ppr=_VANISH))
    _, parts = _parts_doc(header, _part("ftr", _p(_r("— 1 —"))))
    assert ("县统函〔2024〕15号", "page-header") in parts
    assert ("— 1 —", "page-footer") in parts


def test_a_text_boxs_last_line_with_a_hidden_mark_never_runs_into_its_anchor() -> None:
    box = (
        '<w:r><w:pict><v:shape xmlns:v="urn:schemas-microsoft-com:vml" style="width:160pt;height:30pt">'
        f"<v:textbox><w:txbxContent>{_p(_r('特急'), ppr=_VANISH)}</w:txbxContent></v:textbox></v:shape></w:pict></w:r>"
    )
    body = (
        _p(_r("某县应急管理局文件"), box)
        + _p(_r("关于做好汛期安全防范工作的紧急通知"))
        + _p(_r("各乡镇人民政府："))
        + _p(_r("请立即部署汛期安全防范工作。"))
        + _p(_r("特此通知。"))
    )
    doc = govdoc.parse(_docx_bytes(body), format="docx")  # type: ignore[arg-type]
    check_invariants(doc)
    lines = doc.text.split("\n")
    assert "特急" in lines
    assert "某县应急管理局文件" in lines
