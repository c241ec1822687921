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


def test_a_phones_status_and_address_bars_over_a_screenshots_text_are_no_text() -> None:
    """A screenshot of a phone's browser read by OCR: its clock and network (`14:05`, `4G 56%`) and the page's host
    in the address bar over the notice, Android's keys (`◀ ◯ □`) under it: the phone's, not the notice's."""
    doc = checked("\n".join(["14:05", "4G 56%", "jyj.example.gov.cn", *_N, "◀    ◯    □"]))
    assert _look(doc) == _WANT
    assert "14:05" not in doc.text and "example" not in doc.text and "◀" not in doc.text


def test_an_app_pages_close_bar_and_its_reading_counts_are_no_text() -> None:
    """A 公众号 page's top bar with its close button (`×  某区教育发布  ···`) and its counts row under the post
    (`阅读 3.2万  赞 56  在看 12`), read off a screenshot: the app's."""
    doc = checked("\n".join(["×   某区教育发布   ···", *_N, "阅读 3.2万    赞 56    在看 12"]))
    assert _look(doc) == _WANT
    assert "教育发布" not in doc.text and "阅读" not in doc.text


def test_an_agendas_first_hour_and_a_notices_address_line_stay() -> None:
    """Guard: an agenda opening with its first hour alone, and a host name a notice gives on a line of its own
    under its label, are the text's (one row of a phone's bar is no screenshot)."""
    doc = checked("9:00\n报到\n9:30\n开幕式\n")
    assert "9:00" in doc.text
    doc = checked("7:00\n7:30\n8:00\n以上为3路公交车工作日首末班发车时刻。\n")
    assert "7:00" in doc.text and "7:30" in doc.text
    doc = checked("\n".join([*_N[:7], "报名网址：", "jyj.example.gov.cn", *_N[7:]]))
    assert "jyj.example.gov.cn" in doc.text


def test_a_line_between_two_html_comments_keeps_its_words() -> None:
    """A line opening with one HTML comment and closing with another (`<!--StartFragment--><p>…</p><!--EndFragment-->`,
    as the clipboard's HTML holds a copy) keeps the words between them (they were lost unsaid)."""
    body = "".join(f"<p>{p}</p>" for p in _N)
    doc = checked(f"<!--StartFragment-->{body}<!--EndFragment-->\n")
    assert _look(doc) == _WANT


def test_the_clipboards_html_description_and_page_around_the_fragment_are_no_text() -> None:
    """The clipboard's `HTML Format` pasted raw, with its `SourceURL:` and the page's `<html><body>` around the
    fragment: only the fragment is the notice."""
    body = "".join(f"<p>{p}</p>" for p in _N)
    head = "Version:0.9\nStartHTML:0000000180\nEndHTML:0000002468\nStartFragment:0000000216\nEndFragment:0000002432\n"
    head += "SourceURL:https://jyj.example.gov.cn/art/2024/7/5/art_1_1.html\n"
    doc = checked(head + f"<html>\n<body>\n<!--StartFragment-->{body}<!--EndFragment-->\n</body>\n</html>\n")
    assert _look(doc) == _WANT
    assert "StartHTML" not in doc.text and "<body>" not in doc.text


def test_a_printed_list_of_strings_is_read_a_paragraph_a_string() -> None:
    """A spider's `print(getall())` of a notice's paragraphs, the strings double-quoted where they hold a `'`
    and the indents written `\\u3000`: each string a paragraph."""
    strings = [_N[0], _N[1], *("\u3000\u3000" + p for p in _N[2:8]), *_N[8:]]
    doc = checked(repr(strings))
    assert _look(doc) == _WANT
    assert "\\u3000" not in doc.text and "', '" not in doc.text


def test_a_loaders_documents_printed_give_their_texts_not_their_metadata() -> None:
    """LlamaIndex's `Document(id_='…', metadata={…}, text='…')` printed, one per page: each one's text the page's."""
    lines = _printed()
    pages = [lines[:6], lines[6:]]
    objects = [
        f"Document(id_='{n}', metadata={{'file_name': '通知.pdf', 'page_label': '{n}'}}, text={chr(10).join(p)!r})"
        for n, p in enumerate(pages, 1)
    ]
    doc = checked("[" + ", ".join(objects) + "]")
    assert _look(doc) == _WANT
    assert "file_name" not in doc.text and "通知.pdf" not in doc.text


def test_a_layout_that_pads_only_after_wide_characters_loses_its_spaces() -> None:
    """pdfplumber's `layout=True` pads a space after each Han character and full-width mark (two columns) but
    none after a figure (one), so a figure run stands glued to the character after it (`2 0 2 4年` is never
    written: `于 2024年 7月`): in a text so spaced throughout, every such space is the layout's."""

    def padded(line: str) -> str:
        return "".join(c + " " if ord(c) > 0x2000 else c for c in line).rstrip()

    doc = checked("\n".join(padded(line) for line in _printed()))
    assert _look(doc) == _WANT
    assert "2024年7月5日" in doc.text
