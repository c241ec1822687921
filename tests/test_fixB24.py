"""Session 24's second reading of format24's readers, fixed (diffread-B's findings).

- B7: an OFD composite graphic unit that names itself was drawn inside itself until a depth of 32, so a unit
  naming itself twice expanded 2^32 times (a 2 KB file hung). A unit is now never drawn inside itself, and
  the objects units place on one page are counted against `limits.composite_draws` (fan-outs of distinct
  units multiply too).

The examples are new (a 批复's seal-line unit, a 会议纪要's nested 版头 units), written by hand.
"""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

import govdoc
from tests.invariants import check_invariants
from tests.probing import codes

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
