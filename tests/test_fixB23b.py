"""Fixes of diffread-B's findings B6, B8 and B4 (session 23), each tested on a new example of the cause
(not the reviewer's repro; each cause's test fails on main before its fix), a guard beside each holding the
case the landed code was written for.

- B6: pypdf's glyph table is not the Adobe Glyph List: it adds `/a0`…`/a255` → chr(N) (its own fix for TeX
  bitmap fonts), so a Type3 font naming its glyphs by code (`/a33`, `/a34` …, no ToUnicode) read as ASCII
  garbage (readers.pdf_glyph_names `_glyph_list`: the list proper, pypdf's additions left out).
"""

from __future__ import annotations

import govdoc
from tests.invariants import check_invariants
from tests.probing import codes
from tests.test_formats22_causes import _type3_pdf


def _checked(doc: govdoc.Document) -> govdoc.Document:
    check_invariants(doc)
    assert "internal-error" not in codes(doc)
    return doc


def _pdf(data: bytes) -> govdoc.Document:
    return _checked(govdoc.parse(data, format="pdf", pdf_backend="pypdfium2"))


def _html(page: str) -> govdoc.Document:
    return _checked(govdoc.parse(page.encode("utf-8"), format="html"))


# --- B6: glyphs named by their codes (/a33 …) state no character ---------------------------------------

CODE_LINES = ["某镇人民政府关于开展秋冬季森林防火检查的通知", "各村民委员会：", "请于11月20日前完成自查。"]


def _by_code(lines: list[str], first: int) -> dict[str, str]:
    """Every glyph named `aN` after its code, as a driver numbering its drawings names them."""
    chars = sorted({ch for line in lines for ch in line})
    return {ch: f"a{k}" for k, ch in enumerate(chars, first)}


def test_type3_glyphs_named_by_their_codes_stay_replacement_characters_not_ascii() -> None:
    doc = _pdf(_type3_pdf(CODE_LINES, "uni", first=0x21, named=_by_code(CODE_LINES, 0x21)))
    assert "encoding-repaired" in codes(doc)
    shown = doc.text.replace("\n", "")
    assert shown and set(shown) == {"\ufffd"}, doc.text  # no ASCII character the codes happen to be


def test_guard_glyphs_the_adobe_glyph_list_names_beside_coded_han_are_still_read() -> None:
    lines = ["某县市场监督管理局", "投诉电话:0531-87654"]
    named = {"0": "zero", "1": "one", "3": "three", "4": "four", "5": "five", "6": "six", "7": "seven"}
    named |= {"8": "eight", ":": "colon", "-": "hyphen"}
    named |= {ch: code for ch, code in _by_code(["某县市场监督管理局投诉电话"], 0x30).items()}
    doc = _pdf(_type3_pdf(lines, "uni", first=0x21, named=named))
    assert doc.text.split("\n")[-1] == "\ufffd" * 4 + ":0531-87654", doc.text
    assert "encoding-repaired" in codes(doc)
