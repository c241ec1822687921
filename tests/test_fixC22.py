"""fixC22: diffread-B's B5 and B6 (session 22), each tested on a new example of its cause (failing on main before
the fix), with a guard that the case the code was written for still reads as it did.

- B5 (readers.sheet_text.shows_row_paragraphs): a TAB table of ONE data row whose head row holds a TAB fewer (a
  merged or missing head cell) was taken as a row copy of paragraphs and parted at its TABs: a line of two TABs or
  more right beside the row makes it a table's row.
- B6 (readers.pdf_chars._Runs.skew, cost): a page whose first or last drawn character is turned far (a diagonal
  watermark drawn first, a stamp turned 90° drawn last) paid the per-character angle pass on every page though it
  cannot be a slanted sheet: the pass is asked only where most of a few spread samples are turned a little.
"""

from __future__ import annotations

import math
from typing import Any

import pytest

from govdoc.readers import pdf_chars
from tests.probing import checked
from tests.test_formats22_causes import FONT, PAGE_H, SLANTED, _canvas, _parse

# --- B5: a one-row TAB table under a head row with a TAB fewer -----------------------------------------

_NOTICE = [
    "关于做好2024年秋季开学安全检查的通知",
    "各中小学校、幼儿园：",
    "为确保秋季开学平稳有序，局里决定开展开学安全专项检查，检查安排如下：",
]
_NOTICE_TAIL = [
    "请各学校认真做好自查，按时报送自查报告。",
    "某县教育局",
    "2024年8月20日",
]


def test_a_one_row_tab_table_under_a_head_row_missing_a_cell_stays_two_rows_b5() -> None:
    """A check schedule of one data row (five cells, two of them sentences ending on 。) under a head row of four
    cells (its 备注 head left out): the table's two lines stay as written, not five paragraphs."""
    head = "检查内容\t检查方式\t责任股室\t完成时间"
    row = (
        "校舍、消防设施和食堂安全。\t由各学校先行自查，县教育局组织人员对全县学校逐一开展实地督查，发现问题当场反馈。"
        "\t安全股\t8月30日前\t请于检查结束后报送书面总结。"
    )
    doc = checked("\n".join([*_NOTICE, head, row, *_NOTICE_TAIL]) + "\n")
    assert head in doc.text and row in doc.text
    assert doc.header.title == _NOTICE[0]


def test_a_one_row_tab_table_over_a_short_total_row_stays_a_row_b5() -> None:
    """The same cause below the row: a one-row table whose 备注 row under it holds three cells (two TABs) is a
    table; its row stays one line."""
    row = "1\t城区学校校舍安全检查。\t对城区各校舍开展结构安全排查，对发现的隐患建立台账并限期整改。\t基建股\t已完成。"
    note = "备注\t整改情况每周报送一次\t联系人：王某"
    doc = checked("\n".join([*_NOTICE, row, note, *_NOTICE_TAIL]) + "\n")
    assert row in doc.text and note in doc.text


def test_guard_a_row_copy_of_a_notices_paragraphs_is_still_parted_b5() -> None:
    """Guard: the notice pasted across one row and copied out (a TAB between paragraphs, no TAB line beside it)
    is still parted into its paragraphs."""
    paragraphs = [*_NOTICE, "请各学校于8月30日前完成自查，发现问题立即整改。", *_NOTICE_TAIL]
    doc = checked("\t".join(paragraphs) + "\n")
    assert doc.header.title == _NOTICE[0]
    assert list(doc.header.recipients) == ["各中小学校、幼儿园"]
    assert doc.signature is not None and doc.signature.issuers == ("某县教育局",)
    assert doc.signature.date == "2024-08-20"
    assert "\t" not in doc.text


def test_guard_a_row_copy_beside_a_one_tab_contact_line_is_still_parted_b5() -> None:
    """Guard: a line of one TAB under the row copy (a contact's name and phone) is no table's row: the row copy
    is still parted."""
    paragraphs = [*_NOTICE, "请各学校于8月30日前完成自查，发现问题立即整改。", *_NOTICE_TAIL]
    contact = "联系人：王某\t联系电话：0000-1234567"
    doc = checked("\t".join(paragraphs) + "\n" + contact + "\n")
    assert doc.header.title == _NOTICE[0]
    assert doc.signature is not None and doc.signature.issuers == ("某县教育局",)
    assert "\t" not in doc.text.replace(contact, "")


# --- B6: a turned watermark or stamp buys no per-character angle pass ------------------------------------------

_BODY = [
    "各镇人民政府，各有关单位：",
    "为做好今冬明春森林防火工作，现就有关事项通知如下：",
    "一、严格落实野外火源管控，进山路口设卡检查。",
    "二、加强值班值守，发现火情立即报告并组织扑救。",
]


def _marked_pages(pages: int) -> bytes:
    """`pages` upright pages of `_BODY`, each under a 内部资料 watermark turned 45° drawn FIRST and with a side
    note turned 90° drawn LAST (as a stamp tool adds it): the page's first and last characters are turned far."""
    out, c = _canvas()
    for _ in range(pages):
        c.saveState()
        c.translate(200, 300)
        c.rotate(45)
        c.setFont(FONT, 36)
        c.drawString(0, 0, "内部资料注意保存")
        c.restoreState()
        c.setFont(FONT, 15)
        top = 120.0
        for line in _BODY:
            c.drawString(80, PAGE_H - top, line)
            top += 30
        c.saveState()
        c.translate(560, 200)
        c.rotate(90)
        c.setFont(FONT, 9)
        c.drawString(0, 0, "本件仅限内部传阅")
        c.restoreState()
        c.showPage()
    c.save()
    return out.getvalue()


def _angles_asked(monkeypatch: pytest.MonkeyPatch) -> list[int]:
    """A counter of the character angles `_Runs.skew` asks PDFium for (one item per call)."""
    asked: list[int] = []
    skew = pdf_chars._Runs.skew

    def counted(self: Any, page: Any, text: str) -> float:
        angle = self.angle

        def one(page: Any, k: int) -> float:
            asked.append(k)
            return float(angle(page, k))

        self.angle = one
        try:
            return skew(self, page, text)
        finally:
            self.angle = angle

    monkeypatch.setattr(pdf_chars._Runs, "skew", counted)
    return asked


def test_a_watermark_drawn_first_and_a_stamp_drawn_last_buy_no_per_character_pass_b6(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """Three upright pages each under a 45° watermark drawn first and a 90° side note drawn last: the pages cannot
    be a slanted sheet, so a few samples a page tell it and no page asks every character's angle."""
    asked = _angles_asked(monkeypatch)
    doc = _parse(_marked_pages(3))
    assert all(line in doc.text for line in _BODY)
    assert 0 < len(asked) <= 3 * 5


def _slanted_under_watermark(degrees: float) -> bytes:
    """An OCR layer written along a sheet turned `degrees` (as test_formats22_causes' `_slanted_page`), under a
    diagonal watermark drawn FIRST."""
    out, c = _canvas()
    c.saveState()
    c.translate(200, 400)
    c.rotate(45)
    c.setFont(FONT, 30)
    c.drawString(0, 0, "样本")
    c.restoreState()
    turn = math.radians(degrees)
    top = 200.0
    for text, x in SLANTED:
        t = c.beginText()
        t.setTextRenderMode(3)
        t.setFont(FONT, 15)
        t.setTextTransform(
            math.cos(turn), -math.sin(turn), math.sin(turn), math.cos(turn), x, PAGE_H - top - (x - 80) * math.tan(turn)
        )
        t.textOut(text)
        c.drawText(t)
        top += 30
    c.showPage()
    c.save()
    return out.getvalue()


def test_guard_a_slanted_ocr_layer_under_a_watermark_drawn_first_is_still_straightened_b6() -> None:
    """Guard: a scan's OCR layer turned 1.5° under a diagonal watermark drawn first: most samples are turned a
    little, the page is straightened, each line read whole."""
    lines = _parse(_slanted_under_watermark(-1.5)).text.split("\n")
    assert [line for line in lines if "样本" not in line] == [text for text, _ in SLANTED]
