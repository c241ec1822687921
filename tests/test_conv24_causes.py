"""The general causes round 24's conversion probes (tests/test_probes_24_conv.py) found, each tried on a new
example of its cause (not the probe's text) that fails on the session's start (/work/s24start) and passes after.

A notice of a 区教育局 (not the probes' reply of a 卫健委) carried through the tools in other ways: other page
counts, other marks of the same tools, and guards where the tool's words stand in the text's own sentences.
"""

from __future__ import annotations

import json
from typing import Any

import govdoc
from tests.probing import checked, codes, squashed

_N = [
    "某区教育局关于做好2024年暑期学生安全工作的通知",
    "各中小学校：",
    "为切实做好暑期学生安全工作，现将有关事项通知如下：",
    "一、加强安全教育",
    "各学校要在放假前组织开展一次防溺水、交通安全和消防安全专题教育，并向家长发放致家长的一封信。",
    "二、落实值班制度",
    "暑期实行领导带班和二十四小时值班制度，值班人员要保持通信畅通，遇有突发情况及时报告。",
    "特此通知。",
    "某区教育局",
    "2024年7月5日",
]


def _wrapped(line: str, width: int = 26) -> list[str]:
    return [line[i : i + width] for i in range(0, len(line), width)]


def _look(doc: govdoc.Document) -> dict[str, Any]:
    s = doc.signature
    return {
        "title": doc.header.title,
        "recipients": list(doc.header.recipients),
        "preamble": [p.text for p in doc.preamble],
        "sections": [(x.marker, x.title, [p.text for p in x.paragraphs]) for x in doc.iter_sections()],
        "closing": None if doc.closing is None else doc.closing.text,
        "signature": None if s is None else (list(s.issuers), s.date),
    }


_WANT = {
    "title": _N[0],
    "recipients": ["各中小学校"],
    "preamble": [_N[2]],
    "sections": [("一、", "加强安全教育", [_N[4]]), ("二、", "落实值班制度", [_N[6]])],
    "closing": _N[7],
    "signature": (["某区教育局"], "2024-07-05"),
}


def _printed() -> list[str]:
    return [_N[0], _N[1], _N[2], _N[3], *_wrapped(_N[4]), _N[5], *_wrapped(_N[6]), *_N[7:]]


def test_a_scripts_page_marks_with_a_count_between_equals_runs_end_the_pages() -> None:
    """`=== Page 1 of 2 ===` over each page's text (a loop over pypdf's pages): the page ends there, the mark is no
    text and the paragraph the page cut is one again."""
    lines = _printed()
    cut = lines.index(_wrapped(_N[4])[1]) + 1
    doc = checked("\n".join(["=== Page 1 of 2 ===", *lines[:cut], "=== Page 2 of 2 ===", *lines[cut:]]))
    assert _look(doc) == _WANT
    assert "Page" not in doc.text and "page-break-joined" in codes(doc)


def test_a_scanning_apps_watermark_under_a_one_page_scan_is_no_text() -> None:
    """扫描全能王's watermark read once under a one-page scan (`CS扫描全能王`, `3亿人都在用的扫描App`): the app's."""
    doc = checked("\n".join([*_N, "CS扫描全能王", "3亿人都在用的扫描App"]))
    assert _look(doc) == _WANT
    assert "扫描全能王" not in doc.text and "App" not in doc.text
    assert "content-unplaced" not in codes(doc)


def test_a_sentence_naming_the_scanning_app_stays() -> None:
    """Guard: the app named inside a sentence of the text is the text's."""
    four = "各学校要提醒学生家长，不得使用扫描全能王等应用上传含有学生个人信息的材料。"
    doc = checked("\n".join([*_N[:4], four, *_N[5:]]))
    assert doc.iter_sections()[0].paragraphs[0].text == four


def test_a_converters_picture_placeholder_glued_to_the_signing_organ_is_no_text() -> None:
    """docx2python's placeholder for the seal anchored in the 落款's organ, glued before it
    (`----media/image2.jpeg----某区教育局`): no words; the organ signs."""
    doc = checked("\n\n".join([*_N[:8], "----media/image2.jpeg----" + _N[8], _N[9]]))
    assert _look(doc) == _WANT
    assert "media" not in doc.text


def test_printed_records_of_a_box_and_a_text_with_numpy_figures_are_read_as_their_texts() -> None:
    """EasyOCR's `readtext` printed under numpy 2 (`([[np.int32(12), np.int32(20)], …], '某区…', np.float64(0.97))`):
    the texts are the document, a box a line."""
    rows = []
    for n, line in enumerate(_printed()):
        y = 40 + 50 * n
        box = f"[[np.int32(12), np.int32({y})], [np.int32(980), np.int32({y})], [np.int32(980), np.int32({y + 40})]"
        box += f", [np.int32(12), np.int32({y + 40})]]"
        rows.append(f"({box}, {line!r}, np.float64({0.97 - n / 1000}))")
    doc = checked("\n".join(rows) + "\n")
    assert _look(doc) == _WANT
    assert "np." not in doc.text and "980" not in doc.text


def test_an_ocr_answers_lines_read_once_under_their_words_copies() -> None:
    """An OCR service's answer nesting each line's words under it (Azure Read's `readResults[].lines[]`, `text` and
    `boundingBox`, `words[]` a character each), two pages: the lines are the text, once."""
    pages = []
    lines = _printed()
    for number, part in enumerate((lines[:6], lines[6:]), 1):
        read = []
        for n, line in enumerate(part):
            box = [100, 200 + 80 * n, 1900, 200 + 80 * n, 1900, 250 + 80 * n, 100, 250 + 80 * n]
            words = [{"boundingBox": box, "text": c, "confidence": 0.99} for c in line]
            read.append({"boundingBox": box, "text": line, "words": words})
        pages.append({"page": number, "angle": 0, "width": 2000, "height": 2800, "unit": "pixel", "lines": read})
    answer = {"status": "succeeded", "analyzeResult": {"version": "3.2.0", "readResults": pages}}
    doc = checked(json.dumps(answer, ensure_ascii=False))
    assert _look(doc) == _WANT
    assert "boundingBox" not in doc.text and doc.text.count("加强安全教育") == 1


def test_heading_attributes_and_block_attribute_lines_are_markup() -> None:
    """pandoc's and kramdown's attributes after a heading (`## 一、加强安全教育 {#s1 .unnumbered}`) and on a line of
    their own after a block (`{: .right}`): no words of the text."""
    lines = [f"# {_N[0]} {{#top}}", "", _N[1], "", _N[2], "", f"## {_N[3]} {{#s1 .unnumbered}}", "", _N[4], ""]
    lines += [f"## {_N[5]} {{#s2}}", "", _N[6], "", _N[7], "", _N[8] + "  ", _N[9], "{: .right}", ""]
    doc = checked("\n".join(lines))
    assert _look(doc) == _WANT
    assert "{" not in doc.text and "content-unplaced" not in codes(doc)


def test_an_ebook_readers_note_under_a_copied_passage_is_the_apps() -> None:
    """Apple Books' note under a copy (`摘录来自` ⏎ the book's title ⏎ its author ⏎ `此材料可能受版权保护。`) and Kindle's
    English citation (`… (Kindle Locations 812-840). … Kindle Edition.`): the apps', not the notice's."""
    apple = ["", "摘录来自", "某区教育文件选编（2024年版）", "某区教育局办公室", "此材料可能受版权保护。"]
    kindle = ["", "某区教育局办公室. 某区教育文件选编 (Kindle Locations 812-840). Kindle Edition."]
    for note in (apple, kindle):
        doc = checked("\n".join([*_N, *note]))
        assert _look(doc) == _WANT, note
        assert "文件选编" not in squashed(doc.text) and "content-unplaced" not in codes(doc)


def test_a_passage_naming_its_source_in_a_sentence_stays() -> None:
    """Guard: `摘录来自` opening a sentence of the text, and a line saying a work is protected, stay the text's."""
    four = "摘录来自《某区中小学安全教育读本》的防溺水要点已印发各校，请组织学生学习。"
    doc = checked("\n".join([*_N[:4], four, *_N[5:]]))
    assert doc.iter_sections()[0].paragraphs[0].text == four
