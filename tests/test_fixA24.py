"""diffread-A's findings on conv24's conversion paths (reports/diffread-A.md A2, A3, A7), each tried on a new
example of its cause (a 区人大代表's 建议 answered by a 区住建局, not the reader's 文旅局 reply) that fails on main
before the fix, and look-alikes of the same shape that must keep reading right.
"""

from __future__ import annotations

import json

import govdoc
from tests.probing import checked

_TITLE = "关于区十七届人大四次会议第41号建议的答复"
_LINES = [
    _TITLE,
    "王某某代表：",
    "您提出的《关于加快老旧小区加装电梯的建议》收悉，现答复如下：",
    "今年全区已完成加装电梯一百二十台，明年将继续推进。",
    "感谢您对住房和城乡建设工作的关心和支持！",
    "某区住房和城乡建设局",
    "2024年8月15日",
]


def _read_whole(doc: govdoc.Document) -> None:
    """The reply's title, reference, recipient and 落款 as written."""
    assert doc.header.title == _TITLE
    assert doc.header.responds_to is not None and doc.header.responds_to.number == "41"
    assert doc.header.recipients == ("王某某代表",)
    assert doc.signature is not None and doc.signature.issuers == ("某区住房和城乡建设局",)
    assert doc.signature.date == "2024-08-15"


def test_a_clipboard_fragment_of_pretty_printed_html_reads_a_wrapped_element_as_one_line() -> None:
    """The clipboard's `HTML Format` pasted raw (Windows line ends) whose fragment's HTML is pretty-printed: an
    element's words over two source lines are one title, not a title holding a line break (an invariant failure,
    the reference lost)."""
    fragment = (
        '<p align="center">关于区十七届人大四次会议\r\n第41号建议的答复</p>\r\n'
        + "".join(f"<p>{line}</p>\r\n" for line in _LINES[1:3])
        + "<p>今年全区已完成加装电梯一百二十台，\r\n明年将继续推进。</p>\r\n"
        + "".join(f"<p>{line}</p>\r\n" for line in _LINES[4:])
    )
    head = "Version:1.0\r\nStartHTML:0000000200\r\nEndHTML:0000003000\r\nStartFragment:0000000240\r\n"
    head += "EndFragment:0000002900\r\nSourceURL:https://zjj.example.gov.cn/art/2024/8/15/art_9.html\r\n"
    doc = checked(head + "<html><body>\r\n<!--StartFragment-->" + fragment + "<!--EndFragment-->\r\n</body></html>\r\n")
    _read_whole(doc)
    assert "StartHTML" not in doc.text and "<p" not in doc.text
    assert _LINES[3] in doc.text


def test_scored_ocr_lines_whose_first_opens_with_a_bracketed_figure_are_read_as_scored() -> None:
    """An OCR script's lines with each one's score after a tab, the first a 文号 opening `[2024]`: the scores are
    no text (they stayed in it, and the reply's title and 落款 were lost)."""
    scores = ["0.91", "0.99", "0.98", "0.97", "0.96", "0.95", "0.99", "0.98"]
    lines = ["[2024]第27号", *_LINES]
    doc = checked("\n".join(f"{line}\t{score}" for line, score in zip(lines, scores, strict=True)) + "\n")
    _read_whole(doc)
    assert "\t" not in doc.text and "0.9" not in doc.text


def test_a_printed_box_list_opening_with_a_bracket_is_still_read_as_boxes() -> None:
    """Look-alike: an OCR engine's boxes printed as Python tuples a line each, opening `([` as the scored lines'
    first may: each box's words are a line, its figures no text."""
    boxes = [
        ([[10, 10 + 40 * k], [400, 10 + 40 * k], [400, 40 + 40 * k], [10, 40 + 40 * k]], line, 0.97)
        for k, line in enumerate(_LINES)
    ]
    doc = checked("\n".join(repr(box) for box in boxes) + "\n")
    _read_whole(doc)
    assert "0.97" not in doc.text and "[[" not in doc.text


def _azure_like(title_key: str | None) -> str:
    """A scraper's record of an OCR service's answer: the whole text, then its pages' lines with their boxes."""
    content = "\n".join(_LINES[1:])
    record: dict[str, object] = {}
    if title_key is not None:
        record[title_key] = _TITLE
    record["content"] = content
    record["pages"] = [
        {
            "pageNumber": 1,
            "lines": [
                {"content": line, "polygon": [1, 2 + k, 3, 2 + k, 3, 4 + k, 1, 4 + k]}
                for k, line in enumerate(_LINES[1:])
            ],
        }
    ]
    return json.dumps(record, ensure_ascii=False, indent=2)


def test_a_record_with_page_boxes_keeps_its_title_member() -> None:
    """A record holding its text once whole and again as boxed lines, beside a `标题` member: the title is the
    page's headline as beside a record's one text member (it was lost unsaid)."""
    doc = checked(_azure_like("标题"))
    _read_whole(doc)
    assert doc.text.count("一百二十台") == 1


def test_a_record_with_page_boxes_whose_text_opens_with_its_title_reads_it_once() -> None:
    """Look-alike: the title member repeats the text's own first line: read once, not twice."""
    record = json.loads(_azure_like("title"))
    record["content"] = _TITLE + "\n" + record["content"]
    record["pages"][0]["lines"].insert(0, {"content": _TITLE, "polygon": [0, 0, 1, 0, 1, 1, 0, 1]})
    doc = checked(json.dumps(record, ensure_ascii=False))
    _read_whole(doc)
    assert doc.text.count(_TITLE) == 1


def test_a_site_path_with_media_in_a_plain_text_leaves_the_writers_stars() -> None:
    """A plain text quoting a site path holding `media/` shows no Markdown: the writer's own stars around a word
    stay (they were read as emphasis and dropped; diffread-A A4)."""
    lines = [
        *_LINES[:3],
        "详见 http://zjj.example.gov.cn/media/uploads/2024/dt.pdf ，带 *加梯小区* 为明年计划。",
        *_LINES[3:],
    ]
    doc = checked("\n".join(lines) + "\n")
    assert "带 *加梯小区* 为明年计划" in doc.text


def test_single_stars_in_a_markdown_text_holding_a_media_path_are_still_emphasis() -> None:
    """Look-alike: a Markdown text (a bold run) quoting the same path: its single stars are emphasis's marks."""
    lines = [
        *_LINES[:3],
        "详见 http://zjj.example.gov.cn/media/uploads/2024/dt.pdf ，**明年** 将推进 *七个小区* 。",
        *_LINES[3:],
    ]
    doc = checked("\n".join(lines) + "\n")
    assert "明年将推进七个小区。" in doc.text and "*" not in doc.text  # (a space beside a Han character is none)


def test_a_scripts_page_mark_between_two_dashes_ends_the_page() -> None:
    """`-- Page 3 --` (two dashes each side, as a script prints it) between a paragraph's halves is the script's
    mark, not the paragraph's words (it was glued into the paragraph; diffread-A A5)."""
    lines = [*_LINES[:3], "今年全区已完成加装电梯一百二十台，", "-- Page 3 --", "明年将继续推进。", *_LINES[4:]]
    doc = checked("\n".join(lines) + "\n")
    _read_whole(doc)
    assert "Page" not in doc.text and _LINES[3] in doc.text


def test_html_comments_inside_a_line_are_markup_and_the_words_beside_them_text() -> None:
    """A Markdown text whose lines hold HTML comments beside their words (`<!-- 待核 -->`, the clipboard's
    fragment marks): the comments are markup, the words the text (the comments stayed; diffread-A A6)."""
    lines = [
        f"# {_TITLE}",
        "",
        _LINES[1],
        "",
        f"<!--StartFragment-->{_LINES[2]}<!--EndFragment-->",
        "",
        f"{_LINES[3]}<!-- 数据待核 -->",
        "",
        f"<!-- 结束语 --> {_LINES[4]}",
        "",
        *_LINES[5:],
    ]
    doc = checked("\n".join(lines) + "\n")
    _read_whole(doc)
    assert "<!--" not in doc.text and "待核" not in doc.text
    assert all(line in doc.text for line in _LINES[2:5])


def test_a_forms_placeholder_of_crosses_after_the_last_sentence_is_the_texts() -> None:
    """A form's placeholder written with crosses and an ellipsis (`✕ ✕ ✕ ...`) after the last running line is the
    text's (it was taken for an app's close bar and dropped unsaid; diffread-A A8)."""
    notice = [
        "关于报送联系人信息的通知",
        "各街道办事处：",
        "请于本周内报送联系人，格式如下：",
        "✕ ✕ ✕ ...",
        "某区住房和城乡建设局",
        "2024年8月15日",
    ]
    doc = checked("\n".join(notice) + "\n")
    assert "✕ ✕ ✕ ..." in doc.text


def test_an_apps_close_bar_naming_its_page_over_the_text_is_still_chrome() -> None:
    """Look-alike: the close bar of an app's page (`×  某区住建局  ···`) over a screenshot's text stays its chrome."""
    doc = checked("\n".join(["×  某区住建局  ···", *_LINES]) + "\n")
    _read_whole(doc)
    assert "住建局  ···" not in doc.text
