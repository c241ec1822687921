"""Fixes of diffread-B's findings on conv20's tool readers (B7, B8, B9, B10, B15, ...): each tested on a NEW
example of the cause (failing on main before the fix), with a guard that the tool's own output the rule was
written for still reads as before. A tool's mark is read only with a second mark of that tool."""

from __future__ import annotations

import govdoc
from tests.probing import checked

_TITLE = "关于加强老旧小区改造的建议的答复"
_LINES = [
    _TITLE,
    "李某代表：",
    "您提出的关于加强老旧小区改造的建议收悉，现答复如下：",
    "一、改造进展",
    "全县今年已完成老旧小区改造十二个，惠及居民三千余户，加装电梯二十部。",
    "二、下一步打算",
    "我局将统筹推进管网更新和停车设施建设，确保年底前全部完工。",
    "感谢您对住房和城乡建设工作的关心。",
    "某县住房和城乡建设局",
    "2024年9月5日",
]


def _whole(doc: govdoc.Document) -> None:
    """The reply read whole: title, addressee, 落款."""
    assert doc.header.title == _TITLE
    assert list(doc.header.recipients) == ["李某代表"]
    assert doc.signature is not None and doc.signature.date == "2024-09-05"
    assert list(doc.signature.issuers) == ["某县住房和城乡建设局"]


# --- B8: one `=====photo.jpg=====` line is a reply's own (readers.ocr_text.image_names_shown) ---------------


def test_a_single_framed_picture_name_between_a_replys_paragraphs_stays() -> None:
    """A reply's placeholder for one photo (`-----改造后外立面.png-----`) is its text: no OCR app's output
    opens with a paragraph and names one image only."""
    source = "\n".join([*_LINES[:5], "-----改造后外立面.png-----", *_LINES[5:]]) + "\n"
    doc = checked(source)
    _whole(doc)
    assert "改造后外立面.png" in doc.text


def test_an_ocr_apps_batch_output_still_loses_its_image_name_lines() -> None:
    """A guard: the app's output opens with its first image's name and names the next one: both leave."""
    source = "===== 扫描件_01.jpeg =====\n" + "\n".join(_LINES[:6]) + "\n===== 扫描件_02.jpeg =====\n"
    source += "\n".join(_LINES[6:]) + "\n"
    doc = checked(source)
    _whole(doc)
    assert "扫描件" not in doc.text and "jpeg" not in doc.text
