"""Causes the scan31 probes found (tests/test_probes_31_scan.py), each tested on a new example.

Scans in layouts scan5 and scan30 lacked: a phone photo in perspective with a shadow band, a
two-page fax with its machine's header line, the next page bleeding through, a 落款 of two organs
under two seals, a low-resolution two-page TIFF. Text and geometry tests need no engine; a test
that reads a page needs the `ocr` extra and skips without it.
"""

from __future__ import annotations

import pytest

from govdoc.readers.ocr import clean_text
from govdoc.readers.ocr_engine import TextLine

Image = pytest.importorskip("PIL.Image")
ImageDraw = pytest.importorskip("PIL.ImageDraw")

# --- a dot read between a 文号's year bracket and its serial ---------------------------------------


def test_a_dot_read_between_a_文号s_year_bracket_and_its_serial_is_dropped() -> None:
    """The 〕's lower hook (or a speck beside it) read as a mark: `某提复〔2024〕·8号` held no 文号 at all."""
    assert clean_text("云港卫提复〔2023〕·14号") == "云港卫提复〔2023〕14号"
    assert clean_text("云港卫提复[2023] . 第14号") == "云港卫提复[2023]第14号"
    # a dot after a year bracket where no serial and 号 follow is the line's own: a list, a figure, a month
    assert clean_text("附表[2023]·3.5") == "附表[2023]·3.5"
    assert clean_text("截至〔2023〕·9月") == "截至〔2023〕·9月"
    assert clean_text("2023年·14号楼") == "2023年·14号楼"


# --- a joint 落款's organs read as one line, the gap between them lost ------------------------------


def test_organs_of_one_place_glued_in_a_joint_落款_are_each_a_signer() -> None:
    """A recogniser reads a 落款's row of two organs a gap apart as one line (青禾区…局青禾区教育局): the place
    the first name opens with opens the second, and each piece is a whole organ's name."""
    import govdoc

    text = (
        "关于县政协七届二次会议第31号提案的答复\n韩某委员：\n您提出的提案收悉，现答复如下：\n"
        "两部门已联合制定实施方案。\n感谢您的关心和支持。\n"
        "云岭县自然资源局云岭县林业和草原局云岭县财政局\n2024年9月2日\n"
    )
    doc = govdoc.parse_text(text)
    assert doc.signature is not None
    assert doc.signature.issuers == ("云岭县自然资源局", "云岭县林业和草原局", "云岭县财政局")


def test_one_organs_name_holding_a_lower_place_is_not_cut() -> None:
    from govdoc.fields.organs import split_at_repeated_place

    assert split_at_repeated_place("云岭县云岭镇人民政府") == ["云岭县云岭镇人民政府"]  # the town's own name
    assert split_at_repeated_place("云岭县人民政府办公室") == ["云岭县人民政府办公室"]
    assert split_at_repeated_place("云岭县教育局云岭县") == ["云岭县教育局云岭县"]  # a place alone is no organ
    assert split_at_repeated_place("市教育局市财政局") == ["市教育局市财政局"]  # a level alone is no place's name


# --- a level piece of the 落款 organ, cut from the rest by the seal's star, taken for its lettering --


class _Reads:
    """An engine that reads the lines it is given, wherever they stand (no model)."""

    name = "rapidocr"

    def __init__(self, lines: list[TextLine]) -> None:
        self.lines = lines

    def recognise(self, image: object, *, upright: bool = False) -> list[TextLine]:
        return list(self.lines)

    def upside_down(self, image: object, lines: list[TextLine]) -> float:
        return 0.0


def _sealed_page() -> object:
    """An A4 page at 150 dpi with a grey seal's ring (42 mm) centred at (620, 900), as a grey scan prints it."""
    page = Image.new("RGB", (1240, 1754), "white")
    ImageDraw.Draw(page).ellipse((496, 776, 744, 1024), outline=(95, 95, 95), width=7)
    return page


def test_a_level_piece_going_on_from_the_organ_line_under_a_seal_is_no_lettering() -> None:
    """A bilevel scan's black star blots a character of the 落款 organ out and the recogniser reads the line in
    two pieces (云岭县自然 | 资源局): the short right piece lies in the seal's ring band, as lettering does,
    but it goes on along the row from the other piece, which lettering round a ring never does."""
    from govdoc.readers.ocr import recognise_page

    left = TextLine("云岭县自然", 470, 880, 640, 915, 0.99)
    right = TextLine("资源局", 650, 881, 750, 914, 0.98)
    arc = TextLine("自然资", 640, 790, 720, 850, 0.97, angle=-28.0)  # the ring's own lettering, read along it
    top = TextLine("源局", 590, 786, 650, 816, 0.95, angle=1.0)  # a level piece at the ring's top, alone on its row
    read = recognise_page(_sealed_page(), 1, 150.0, _Reads([left, right, arc, top]))
    assert sorted(g.text for g in read.page.glyphs) == ["云岭县自然", "资源局"]
    assert sorted(read.seal_text) == ["源局", "自然资"]


# --- a fax machine's header line over each page, read a little differently on each ----------------


def test_a_fax_header_read_with_a_dash_more_on_one_page_still_repeats_at_the_pages_top() -> None:
    """The receiving fax prints its line (time, number, page) over every page; the recogniser read a dash on page 1
    it did not read on page 2 (`FAX-0571`, `FAX0571`), and the page count changes (P.001, P.002): with figures
    alone set aside the two never matched, so the line stood in the paragraph the page break cut."""
    from govdoc.readers.geometry import Glyph, Page
    from govdoc.readers.page_edges import set_aside
    from govdoc.readers.page_lines import page_lines

    heads = [
        "2024-03-05 14:22 FAX-0571 88062231 YUNLING P.001/002",
        "2024-03-05 14:22 FAX0571 88062231 YUNLING P.002/002",
    ]
    pages = []
    for number, head in enumerate(heads, 1):
        page = Page(number, 595.0, 842.0)
        page.glyphs.append(Glyph(head, 34.0, 330.0, 30.0, 9.0))
        for k in range(12):
            page.glyphs.append(Glyph("县财政按照每年度的预算安排资金用于苗木补助", 80.0, 516.0, 140.0 + 28.9 * k, 16.0))
        pages.append(page)
    lines = [page_lines(p) for p in pages]
    aside = set_aside(lines, [p.height for p in pages])
    assert [[ln.text.replace(" ", "") for ln in a] for a in aside] == [[h.replace(" ", "")] for h in heads]


# --- a 落款 date whose year lost two numerals under a seal's ring ---------------------------------


def test_a_落款_date_whose_year_lost_two_numerals_under_the_seal_is_the_date_unparsed() -> None:
    """二〇二四年 under a black ring read as 二四年 (〇 and a 二 gone): the line is still the 落款's date, garbled, and
    the organ above it still signs; before, the date line was no date at all and the 落款 was not found."""
    import govdoc

    text = (
        "关于县政协七届二次会议第12号提案的答复\n韩某委员：\n您提出的提案收悉，现答复如下：\n"
        "我局已将该路段列入明年的改造计划。\n感谢您的关心和支持。\n云岭县交通运输局\n二四年三月五日\n"
    )
    doc = govdoc.parse_text(text)
    assert doc.signature is not None and doc.signature.issuers == ("云岭县交通运输局",)
    assert doc.signature.date is None and doc.signature.date_text == "二四年三月五日"
    assert "date-unparsed" in {w.code for w in doc.warnings}
    assert doc.closing is not None and doc.closing.text == "感谢您的关心和支持。"
