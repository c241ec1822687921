"""Causes the scan30 probes found (tests/test_probes_30_scan.py), each tested on a new example.

Scans in layouts the first scan batch lacked: a page photographed on a desk, a sheet fed upside
down, a sideways second sheet of a TIFF, a grey seal whose lettering the recogniser read along
its arc, and recognisers' specks beside a 文号's bracket and after a line's last mark. Geometry
and text tests need no engine; the one that reads a page needs the `ocr` extra and skips
without it.
"""

from __future__ import annotations

import io
import math
from pathlib import Path

import pytest

from govdoc.readers.ocr import clean_text
from govdoc.readers.ocr_engine import TextLine

np = pytest.importorskip("numpy")
Image = pytest.importorskip("PIL.Image")
ImageDraw = pytest.importorskip("PIL.ImageDraw")

FIXTURES = Path(__file__).parent.parent / "fixtures"


# --- a page photographed on a desk: the desk held the skew measure at 0 --------------------------


@pytest.mark.parametrize("border", [40, 110])
def test_the_skew_of_a_page_on_a_dark_ground_is_measured_on_the_sheet_not_the_ground(border: int) -> None:
    """The first batch's grey PNG of 临江县住房和城乡建设局, laid 0.8° turned (documents.py), on a dark ground:
    a scanner's black strip beyond the paper (40 px, 7 mm) or a desk round a photographed sheet."""
    from PIL import ImageOps

    from govdoc.readers.ocr_image import skew_angle

    sheet = Image.open(FIXTURES / "scan" / "scan5-county-housing.png").convert("L")
    assert skew_angle(np.asarray(sheet)) == pytest.approx(-0.8, abs=0.15)  # turned back by the opposite angle
    on_desk = ImageOps.expand(sheet, border=border, fill=60)
    assert skew_angle(np.asarray(on_desk)) == pytest.approx(-0.8, abs=0.15)


@pytest.mark.parametrize("more", [5.0, -6.0])
def test_a_page_photographed_several_degrees_turned_is_turned_back_all_the_way(more: float) -> None:
    """The first batch's grey PNG of 西河市人力资源和社会保障局, laid 1.4° turned (documents.py), turned
    further as a phone's photo is: the search stopped at 3°."""
    from govdoc.readers.ocr_image import skew_angle

    sheet = Image.open(FIXTURES / "scan" / "scan5-city-jobs.png").convert("L")
    photo = sheet.rotate(more, resample=Image.Resampling.BICUBIC, expand=True, fillcolor=240)
    assert skew_angle(np.asarray(photo)) == pytest.approx(-(1.4 + more), abs=0.15)


def test_dark_reached_from_the_edges_is_around_the_sheet_and_ink_inside_the_margin_is_not() -> None:
    from govdoc.readers.ocr_image import outer_dark

    dark = np.zeros((6, 8), dtype=bool)
    dark[:, 0] = True  # a scanner's black strip down the left edge
    dark[0, :] = True  # and along the top
    dark[3, 3:5] = True  # a stroke of text inside the white margin
    outer = outer_dark(dark)
    assert outer[:, 0].all() and outer[0, :].all()
    assert not outer[3, 3:5].any()


# --- a grey seal's lettering read along its arc went into the 落款 --------------------------------

SEAL = (800.0, 1300.0, 124.0)  # centre x, y and radius in pixels: a 42 mm seal at 150 dpi


def test_a_line_read_at_a_slant_inside_a_seal_is_its_lettering_however_long() -> None:
    from govdoc.readers.ocr import _lettering

    arc = TextLine("市城市管理局", 700.0, 1180.0, 890.0, 1290.0, 0.9, angle=24.0)  # six characters up the arc
    assert _lettering(arc, SEAL)
    # the 落款 organ the seal is stamped over: level, its middle near the seal's centre
    organ = TextLine("某市城市管理局", 660.0, 1270.0, 940.0, 1310.0, 0.95, angle=0.4)
    assert not _lettering(organ, SEAL)
    # a slanted line far from any seal (a handwritten note in the margin) is not the seal's
    note = TextLine("已阅", 200.0, 300.0, 280.0, 340.0, 0.6, angle=18.0)
    assert not _lettering(note, SEAL)


# --- a sheet fed upside down read foot first ------------------------------------------------------


def test_a_sheet_fed_upside_down_is_read_turned_round_in_reading_order() -> None:
    """The first batch's colour JPEG of 长宁县卫生健康局 (its head: 版头, 文号, title, 主送), turned over."""
    pytest.importorskip("rapidocr_onnxruntime", reason="the ocr extra is not installed")
    from govdoc.readers.image import image_pages
    from govdoc.readers.ocr import recognise_page
    from govdoc.readers.ocr_pages import ocr_warnings

    (page,), (dpi,) = image_pages((FIXTURES / "scan" / "scan5-county-health.jpg").read_bytes(), path=None)
    head = page.crop((0, 0, page.width, round(page.height * 0.4)))
    read = recognise_page(head.rotate(180), 1, dpi)
    assert read.upside_down
    texts = [g.text for g in sorted(read.page.glyphs, key=lambda g: g.y)]
    assert texts[:2] == ["A类", "长宁县卫生健康局"] and texts[2].startswith("长卫提")  # 〔〕 or [] as the engine reads
    assert texts[3:5] == ["关于县政协十一届三次会议第23号提案的答复", "县工商联："]
    assert ("layout-unusual", "页面倒置 (pages upside down, read turned round: 1)") in ocr_warnings([read])
    upright = recognise_page(head, 1, dpi)  # the same head read as it lies on the glass
    assert not upright.upside_down and [g.text for g in sorted(upright.page.glyphs, key=lambda g: g.y)] == texts


# --- a TIFF's resolution and a sideways frame -----------------------------------------------------


def _tiff(frames: list[object], dpi: int | None) -> bytes:
    out = io.BytesIO()
    extra = {"dpi": (dpi, dpi)} if dpi else {}
    frames[0].save(out, format="TIFF", save_all=True, append_images=frames[1:], **extra)  # type: ignore[attr-defined]
    return out.getvalue()


def test_a_tiffs_declared_resolution_is_read_for_every_frame_upright_or_sideways() -> None:
    """A TIFF declares its resolution as a fraction (Pillow's IFDRational): it was never read, and a
    sideways frame was taken to be A4 wide across its long side, shrunk by √2 as if scanned finer."""
    from govdoc.readers.image import image_pages

    upright, sideways = Image.new("L", (850, 1200), 255), Image.new("L", (1200, 850), 255)
    pages, dpis = image_pages(_tiff([upright, sideways], 100), path=None)
    assert dpis == [100.0, 100.0]
    assert [p.size for p in pages] == [(850, 1200), (1200, 850)]


def test_an_image_without_a_resolution_lying_sideways_is_as_wide_as_a4_across_its_short_side() -> None:
    from govdoc.readers.image import A4_WIDTH_INCHES, image_pages

    out = io.BytesIO()
    Image.new("RGB", (1169, 827), "white").save(out, format="PNG")  # A4 at 100 dpi, lying on its side
    (page,), (dpi,) = image_pages(out.getvalue(), path=None)
    assert dpi == pytest.approx(827 / A4_WIDTH_INCHES) and page.size == (1169, 827)
    assert math.isclose(dpi, 100.0, rel_tol=0.01)


# --- specks a recogniser reads beside a 文号's bracket and after a line's last mark -----------------


def test_a_dot_read_between_a_文号s_agency_code_and_its_year_bracket_is_dropped() -> None:
    assert clean_text("南港交函·[2023]8号") == "南港交函[2023]8号"  # the brackets as read, the speck gone
    assert clean_text("南港交函.〔2023〕第8号") == "南港交函〔2023〕第8号"
    assert clean_text("南港交函•【2023]8号") == "南港交函〔2023〕8号"  # and a mixed pair is still 〔〕
    # a dot not before a 文号's year bracket stays: a list's number, a name's middle dot, no serial after it
    assert clean_text("附件2.[2023]年度报表") == "附件2.[2023]年度报表"
    assert clean_text("阿依古丽·[2023]") == "阿依古丽·[2023]"


def test_a_half_width_speck_after_a_lines_last_full_width_mark_is_dropped() -> None:
    assert clean_text("现将办理情况答复如下：.") == "现将办理情况答复如下："
    assert clean_text("感谢您的支持。·") == "感谢您的支持。"
    # a point that belongs to the line stays: a number's, an abbreviation's, one after no full-width mark
    assert clean_text("详见附件3.") == "详见附件3."
    assert clean_text("共计4.5万元。") == "共计4.5万元。"


class _Reads:
    """An engine that reads the lines it is given, wherever they stand (no model, no image)."""

    name = "rapidocr"

    def __init__(self, lines: list[TextLine]) -> None:
        self.lines = lines

    def recognise(self, image: object, *, upright: bool = False) -> list[TextLine]:
        return list(self.lines)

    def upside_down(self, image: object, lines: list[TextLine]) -> float:
        return 0.0


def test_a_line_whose_last_speck_was_dropped_keeps_the_body_size_its_box_was_read_at() -> None:
    """`复如下：` followed by a speck: the box still spans the speck, so measured without it the short line
    came out a size larger than the body, was set apart as a heading and cut its paragraph."""
    from govdoc.readers.ocr import recognise_page

    pitch = 33.0  # 16 pt at 150 dpi
    full = TextLine("您提出的《关于增设社区食堂的建议》收悉，现将有关情况答", 230, 600, 230 + 26.5 * pitch, 640, 0.99)
    short = TextLine("复如下：.", 165, 660, 165 + 4.0 * pitch, 700, 0.97)
    read = recognise_page(Image.new("RGB", (1240, 1754), "white"), 1, 150.0, _Reads([full, short]))
    first, second = read.page.glyphs
    assert second.text == "复如下：" and second.size == pytest.approx(first.size)
