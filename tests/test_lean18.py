"""Session 18's clean-up of session 17's LOW duplicates: one place for what was written twice, and the
one of them that changes what is read.

The attachment list's patterns took the circled numbers up to ⑳ only, while the section markers took
㉑–㊿ (`numerals.CIRCLED_PAST_TWENTY`) since session 17: a 附件 list numbered ①… past twenty lost its
21st name and every one after it to the body's last line. The document below is new, written for
this test; its expected attachments are read off it by hand.
"""

from __future__ import annotations

import govdoc
from govdoc.numerals import circled_to_int, glyph_after, int_to_circled

_NAMES = [f"{district}街道2024年老旧小区改造项目清单" for district in "甲乙丙丁戊己庚辛壬癸"] + [
    f"第{k}批加装电梯项目汇总表" for k in range(1, 13)
]

_NOTICE = (
    "某市住房和城乡建设局关于报送2024年老旧小区改造项目的通知\n"
    "\n"
    "各街道办事处：\n"
    "\n"
    "　　现将2024年老旧小区改造和加装电梯项目清单印发给你们，请于6月30日前核对后报送。\n"
    "\n"
    "附件：\n" + "\n".join(f"{int_to_circled(k)}{name}" for k, name in enumerate(_NAMES, 1)) + "\n"
    "\n"
    "某市住房和城乡建设局\n"
    "2024年6月3日\n"
)


def test_an_attachment_list_numbered_past_twenty_circled_keeps_every_name() -> None:
    assert len(_NAMES) == 22 and "㉑第11批加装电梯项目汇总表" in _NOTICE and "㉒第12批" in _NOTICE
    doc = govdoc.parse_text(_NOTICE)
    assert doc.attachments == tuple(_NAMES)


def test_a_glyphs_neighbour_is_found_in_its_own_family() -> None:
    assert glyph_after("①") == "②" and glyph_after("⑳") == "㉑" and glyph_after("㉟") == "㊱"
    assert glyph_after("㊿") is None and glyph_after("①", -1) is None and glyph_after("㉑", -1) == "⑳"
    assert glyph_after("⑴") == "⑵" and glyph_after("⒇") is None  # ⒈ follows ⒇ in the code chart: another family
    assert glyph_after("⒈", -1) is None and glyph_after("㈩") is None and glyph_after("㈡", -1) == "㈠"
    assert glyph_after("一") is None and glyph_after("A") is None
    for code in range(0x2460, 0x32C0):  # every glyph steps to the one of the next number, in its family
        glyph = chr(code)
        n = circled_to_int(glyph)
        after = glyph_after(glyph)
        if n is not None and after is not None:
            assert circled_to_int(after) == n + 1
