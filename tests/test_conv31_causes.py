"""Cause tests of session 31's conversion work (earlier rounds' strict xfails lifted, and the misses of
tests/test_probes_31_conv.py): each a NEW example of a general cause, not the probe that found it; the guards beside
them hold what the fix must leave alone."""

from __future__ import annotations

import govdoc
from tests.probing import checked, codes, squashed

# A short reply of our own in traditional characters, not a probe's.
_T = [
    "關於市人大十五屆三次會議第0077號建議的答覆",
    "鍾某某代表：",
    "您提出的《關於改善老舊社區電梯加裝的建議》收悉。現答覆如下：",
    "一、工作情況",
    "本市今年已完成加裝電梯三百部，惠及居民一萬二千戶。",
    "感謝您對住房工作的關心。",
    "某市住房和城鄉建設局",
    "2025年3月12日",
]


def _gone(doc: govdoc.Document, *pieces: str) -> None:
    text = squashed(doc.text)
    assert [p for p in pieces if squashed(p) in text] == []


# --- Big5 bytes read as GBK (probe 30 #16) -----------------------------------------------------------------------


def test_a_paragraph_of_big5_read_as_gbk_is_warned_as_mojibake_and_kept() -> None:
    """Two body lines pasted from a Big5 file a program read as GBK: its punctuation and commonest characters are
    pairs GBK lacks (U+FFFD, then the trail byte as a letter). They are kept as written, warned as Big5 misread."""
    bad = [line.encode("big5").decode("gbk", errors="replace") for line in _T[4:6]]
    doc = checked("\n".join([*_T[:4], *bad, *_T[6:]]) + "\n")
    found = [w for w in doc.warnings if w.code == "mojibake-suspected"]
    assert len(found) == 1 and "Big5" in found[0].message and "2 行" in found[0].message
    assert bad[0] in doc.text and doc.header.title == _T[0]
    assert doc.signature is not None and doc.signature.date == "2025-03-12"


def test_one_damaged_byte_before_a_letter_in_a_sound_text_is_no_big5_misreading() -> None:
    """A simplified text with one replacement character before a Latin letter (a damaged byte, `�A类`) shows one
    mark, not a Big5 text's many: no mojibake warning."""
    lines = [
        "关于区政协八届二次会议第0031号提案的答复",
        "吕某某委员：",
        "经研究，该提案办理结果为\ufffdA类。",
        "某区商务局",
        "2025年2月8日",
    ]
    assert "mojibake-suspected" not in codes(checked("\n".join(lines) + "\n"))


# --- a watermark's words among each page's lines (probe 30 #19) ----------------------------------------------------

_W = [
    "关于市政协十二届二次会议第0418号提案的答复",
    "聂某某委员：",
    "您提出的《关于加快城市更新改造的提案》收悉。现答复如下：",
    "一、更新改造情况",
    "全市今年启动城市更新项目二十六个，完成老旧街区改造一百二十万平方米。",
    "二、下一步计划",
    "我局将出台城市更新实施办法，建立政府与社会资本合作的更新机制。",
    "感谢您对住房城乡建设工作的关心和支持。",
    "某市住房和城乡建设局",
    "2025年4月3日",
]


def test_a_stamps_words_once_inside_each_page_of_three_leave_with_the_pages_furniture() -> None:
    """A reply printed over three pages (form feeds) with `某市政务服务数据管理局电子文件存档` stamped across each page: the text layer
    puts the words once inside each page, between two lines of the reply. The words leave unsaid as the page's."""
    mark = "某市政务服务数据管理局电子文件存档"
    src = [*_W[:2], mark, *_W[2:4], "\f" + _W[4], mark, *_W[5:7], "\f" + _W[7], _W[8], mark, _W[9]]
    doc = checked("\n".join(src) + "\n")
    _gone(doc, mark)
    assert doc.signature is not None and list(doc.signature.issuers) == [_W[8]]
    assert [s.title for s in doc.sections] == ["更新改造情况", "下一步计划"]
    assert "content-unplaced" not in codes(doc)


def test_an_organs_name_once_on_each_page_is_the_documents_own() -> None:
    """The answering organ's name stands once on each of two pages (inside a list of 协办单位 on the first, as the
    落款 on the second): an organ's name is the document's own line, no stamp's words."""
    src = [*_W[:3], "协办单位：", "某市自然资源和规划局", "某市住房和城乡建设局", "某市财政局", *_W[3:5], "- 1 -"]
    src += [*_W[5:], "- 2 -"]
    doc = checked("\n".join(src) + "\n")
    assert "某市住房和城乡建设局协办单位" not in doc.text
    assert doc.signature is not None and list(doc.signature.issuers) == [_W[8]]
    assert doc.text.count("某市住房和城乡建设局") == 2


# --- UTF-8 cut after a count of bytes, inside characters (probe 31 #18) ------------------------------------------


def test_utf8_cut_every_45_bytes_with_crlf_reads_whole_characters_and_joins_the_cut_lines() -> None:
    """A UTF-8 text cut every 45 bytes by a byte-counting tool and saved with CRLF: many lines end inside a
    character. Read as bytes, every character is whole, the paragraphs are one again (warned), the fields read."""
    raw = b""
    for line in _W:
        data = line.encode("utf-8")
        raw += b"\r\n".join(data[i : i + 45] for i in range(0, len(data), 45)) + b"\r\n"
    doc = govdoc.parse(raw, format="txt")
    assert "\ufffd" not in doc.text and doc.source.encoding == "utf-8"
    assert [p.text for p in doc.sections[0].paragraphs] == [_W[4]]
    assert doc.header.title == _W[0] and "page-break-joined" in codes(doc)
    assert doc.signature is not None and doc.signature.date == "2025-04-03"


def test_a_damaged_byte_inside_a_utf8_line_is_no_cut_and_is_replaced_and_said() -> None:
    """One byte of a UTF-8 character lost inside a line (no line end after it): no cut to undo; the damaged
    character is U+FFFD and `encoding-repaired` says so, as before."""
    data = bytearray("\n".join(_W).encode("utf-8") + b"\n")
    at = data.index("更新".encode())
    del data[at + 1]
    doc = govdoc.parse(bytes(data), format="txt")
    assert "encoding-repaired" in codes(doc) and "\ufffd" in doc.text


def test_an_unnumbered_subhead_once_on_each_of_two_pages_stays_as_the_documents_words() -> None:
    """`工作成效` heads a paragraph under each of the two points, one on each page (REVIEW31 R5's shape, my own
    text): the same short line once a page, but no stamp's words: it stays in both sections."""
    src = [
        *_W[:4],
        _W[4],
        "工作成效",
        "改造惠及居民四万户。",
        "- 1 -",
        _W[5],
        _W[6],
        "工作成效",
        "已征集社会意见三百条。",
    ]
    src += [*_W[7:], "- 2 -"]
    doc = checked("\n".join(src) + "\n")
    assert doc.text.count("工作成效") == 2
    assert [[p.text for p in s.paragraphs] for s in doc.sections] == [
        [_W[4], "工作成效", "改造惠及居民四万户。"],
        [_W[6], "工作成效", "已征集社会意见三百条。"],
    ]


# --- an HTML comment over several lines in a Markdown text (probe 31 #17, in part) ---------------------------------


def test_an_html_comment_over_several_lines_above_a_markdown_reply_is_no_text() -> None:
    """A Markdown export opening with its tool's notes in a comment over four lines (`<!--` … `-->`): markup no
    rendering shows, as a comment on one line is. The reply reads whole from its title."""
    notes = ["<!--", "exported by md-tool 2.3", "source: 0418.docx", "-->", ""]
    doc = checked("\n".join([*notes, *_W]) + "\n")
    _gone(doc, "md-tool", "0418.docx")
    assert doc.header.title == _W[0] and "content-unplaced" not in codes(doc)


def test_a_comment_opened_and_never_closed_keeps_the_lines_under_it() -> None:
    """`<!--` with no closing line under it: nothing shows where a comment would end, so the lines stay."""
    doc = checked("\n".join(["<!--", *_W]) + "\n")
    assert doc.header.title == _W[0] and doc.signature is not None
