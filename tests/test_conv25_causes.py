"""The general causes behind round 25's conversion-tool probe misses (tests/test_probes_25_conv.py), each tested on a
new example (not the probe's text): another document, another organ, another shape of the same cause. Every test
here fails on the session's start (/work/s25start) and passes with its fix."""

from __future__ import annotations

import json

import pytest

import govdoc
from tests.probing import checked, codes, squashed, tree
from tests.test_probes_11_noise import wrapped

# A short reply of another organ, written for these tests (no probe's text)
_REPLY = [
    "关于县政协九届三次会议第45号提案的答复",
    "李某委员：",
    "您提出的《关于发展农村电子商务的提案》收悉。现答复如下：",
    "一、工作进展",
    "今年我局在全县建成村级电商服务站六十个，培训农村电商人员八百人次。",
    "二、下一步打算",
    "下一步，我局将继续完善县乡村三级物流配送体系。",
    "感谢您对农业农村工作的支持。",
    "某县农业农村局",
    "2024年9月3日",
    "联系人：吴某",
    "联系电话：0597-3456789",
]
_TITLE = _REPLY[0]
_TREE = [(1, "cn", "一、", "工作进展"), (1, "cn", "二、", "下一步打算")]


def _signed(doc: govdoc.Document) -> tuple[tuple[str, ...], str | None] | None:
    s = doc.signature
    return None if s is None else (tuple(s.issuers), s.date)


def _whole(doc: govdoc.Document) -> None:
    """The reply read whole: its title, its two sections, its 落款 and its contact."""
    assert doc.header.title == _TITLE
    assert tree(doc) == _TREE
    assert _signed(doc) == (("某县农业农村局",), "2024-09-03")
    assert doc.contact is not None and doc.contact.phones == ("0597-3456789",)


def _absent(doc: govdoc.Document, *pieces: str) -> None:
    text = squashed(doc.text)
    assert [p for p in pieces if squashed(p) in text] == []


# --- bytes and a terminal's marks ---------------------------------------------------------------------------------


def test_utf16_big_endian_bytes_without_a_byte_order_mark_are_text() -> None:
    """UTF-16 written without its preamble is text, the NULs of its ASCII characters on one side of every unit
    (big-endian here; the probe's was little-endian)."""
    doc = govdoc.parse(("\n".join(_REPLY) + "\n").encode("utf-16-be"))
    assert doc.source.encoding == "utf-16-be"
    _whole(doc)


def test_a_binary_file_with_nuls_on_both_sides_of_its_units_stays_binary() -> None:
    """NULs on both sides of the two-byte units (a binary file's) tell no UTF-16 text (guard)."""
    data = bytes(range(256)) * 8
    with pytest.raises(govdoc.GovDocError) as caught:
        govdoc.parse(data)
    assert caught.value.code == "unsupported-format"  # the contract's code for a binary "text" (never a crash)


def test_utf8_text_with_stray_nuls_on_one_side_stays_binary() -> None:
    """Guard: NULs put into UTF-8 text (every one at an odd offset here) make no UTF-16: what is left without them
    is UTF-8, so the file is binary as the contract says."""
    data = bytearray(("\n".join(_REPLY) + "\n").encode("utf-8"))
    for at in (101, 203, 305, 407):
        data[at:at] = b"\x00" if at % 2 else b"\x00\x00"
    with pytest.raises(govdoc.GovDocError) as caught:
        govdoc.parse(bytes(data))
    assert caught.value.code == "unsupported-format"  # binary, as the contract says (never a crash)


def test_a_man_page_style_overstrike_and_underline_read_as_the_terminal_shows_them() -> None:
    """`nroff`'s bold (character, backspace, character) on the title and its underline (underscore, backspace,
    character) on a heading are the characters once, no binary file's controls."""
    bold = "".join(f"{c}\b{c}" for c in _TITLE)
    under = "".join(f"_\b{c}" for c in _REPLY[3])
    doc = checked("\n".join([bold, *_REPLY[1:3], under, *_REPLY[4:]]))
    assert "\b" not in doc.text
    _whole(doc)


def test_ansi_colour_escapes_of_a_coloured_listing_leave_the_text() -> None:
    """`grep --color=always` marking a word in each line it prints (ESC [01;31m … ESC [m): the escapes are no text."""
    lines = [line.replace("提案", "\x1b[01;31m\x1b[K提案\x1b[m\x1b[K") for line in _REPLY]
    doc = checked("\n".join(lines))
    _absent(doc, "\x1b", "[01;31m", "[K")
    _whole(doc)


def test_a_dos_end_of_file_mark_after_a_utf8_text() -> None:
    """`^Z` after the last line of a UTF-8 file (the probe's was GBK) is no text."""
    doc = govdoc.parse(("\r\n".join(_REPLY) + "\r\n").encode("utf-8") + b"\x1a")
    assert "\x1a" not in doc.text
    _whole(doc)


def test_a_pagers_bare_more_prompt_inside_a_cut_sentence_is_a_page_end() -> None:
    """`-- More --` (no percentage) where a console's screen filled, inside a sentence: the page's end, the
    sentence one again."""
    four = _REPLY[4]
    lines = [*_REPLY[:4], four[:20], "-- More --", four[20:], *_REPLY[5:]]
    doc = checked("\n".join(lines))
    assert doc.sections[0].paragraphs[0].text == four
    _absent(doc, "More")


def test_a_run_of_yi_under_the_letterhead_is_the_red_rule_read_by_ocr() -> None:
    """The 红头's rule read as twelve 一 between the 文号 and the title: a rule, no line of the text."""
    lines = ["某县农业农村局", "某农函〔2024〕12号", "一" * 12, *_REPLY]
    doc = checked("\n".join(lines))
    assert "一一一一一一" not in doc.text
    _whole(doc)


def test_a_word_of_several_yi_inside_a_sentence_stays() -> None:
    """Guard: 一 repeated inside a line that holds other words is the text's."""
    line = "统计表中“一一对应”的栏目已逐项核对，一一列明。"
    doc = checked("\n".join([*_REPLY[:4], line, *_REPLY[5:]]))
    assert doc.sections[0].paragraphs[0].text == line


# --- converters' markup ---------------------------------------------------------------------------------------------


def test_pandoc_tracked_insertion_and_deletion_spans_read_as_accepted() -> None:
    """`[旧]{.deletion …}` leaves, `[新]{.insertion …}` stays, and the reading is said (text-repaired)."""
    attrs = 'author="赵某" date="2024-09-01T08:00:00Z"'
    four = _REPLY[4].replace("六十个", f"[五十个]{{.deletion {attrs}}}[六十个]{{.insertion {attrs}}}")
    doc = checked("\n\n".join([*_REPLY[:4], four, *_REPLY[5:]]))
    assert doc.sections[0].paragraphs[0].text == _REPLY[4]
    repaired = [w.message for w in doc.warnings if w.code == "text-repaired"]
    assert len(repaired) == 1 and "tracked-changes" in repaired[0] and "五十个" in repaired[0]


def test_pandoc_comment_spans_leave_and_are_said() -> None:
    """A comment's words in `[…]{.comment-start …}` leave the text (`comments-dropped`); the words it marks stay."""
    start = '[数字请再核实]{.comment-start id="3" author="钱某" date="2024-09-02T09:00:00Z"}'
    four = _REPLY[4].replace("培训", f"{start}培训").replace("人次。", '人次[]{.comment-end id="3"}。')
    doc = checked("\n\n".join([*_REPLY[:4], four, *_REPLY[5:]]))
    assert doc.sections[0].paragraphs[0].text == _REPLY[4]
    assert "comments-dropped" in codes(doc)
    _absent(doc, "数字请再核实")


def test_a_terminal_tools_star_decorated_heading_loses_its_closing_stars() -> None:
    """`***** 一、工作进展 *****` (the C html2text's `<h2>`): the stars on both sides are its decoration."""
    lines = [f"****** {_TITLE} ******", *_REPLY[1:3], f"***** {_REPLY[3]} *****", _REPLY[4]]
    lines += [f"***** {_REPLY[5]} *****", *_REPLY[6:]]
    doc = checked("\n\n".join(lines))
    _whole(doc)
    _absent(doc, "***")


def test_a_diff_adding_the_reply_reads_the_file_added() -> None:
    """`git diff --cached` of a new file (no `diff --git` line first here: `--- /dev/null` opens it)."""
    lines = ["--- /dev/null", "+++ b/reply.txt", f"@@ -0,0 +1,{len(_REPLY)} @@", *[f"+{line}" for line in _REPLY]]
    doc = checked("\n".join(lines) + "\n")
    _whole(doc)
    _absent(doc, "/dev/null", "@@")


def test_a_diff_that_changes_lines_stays_as_written() -> None:
    """Guard: a diff keeping or taking away lines adds no file whole: nothing is read as the file."""
    lines = ["--- a/reply.txt", "+++ b/reply.txt", "@@ -1,3 +1,3 @@", f" {_TITLE}", "-李某：", "+李某委员："]
    doc = checked("\n".join(lines) + "\n")
    assert "@@" in doc.text


def test_a_script_printing_python_docx_rows_gives_a_merged_cell_once() -> None:
    """A 版记 whose 印发 row is one merged cell over three columns, printed three times with TABs between."""
    row = "某县农业农村局办公室 2024年9月3日印发"
    doc = checked("\n".join([*_REPLY, "抄送：县政协提案委员会。", "\t".join([row] * 3)]))
    assert doc.imprint is not None and doc.imprint.printed_by == "某县农业农村局办公室"
    assert doc.text.count("某县农业农村局办公室") == 1


def test_a_table_row_of_two_alike_short_cells_stays_whole() -> None:
    """Guard: two short cells alike (`合格\t合格`) are a table's values, each kept."""
    doc = checked("\n".join([*_REPLY[:5], "项目\t初检\t复检", "电商站\t合格\t合格", *_REPLY[5:]]))
    assert doc.text.count("合格") == 2


# --- records: JSON, XML, data of tools ----------------------------------------------------------------------------


def test_an_ocr_answer_listing_its_boxes_beside_another_list_reads_the_boxes() -> None:
    """An OCR answer holding its boxes (`words_result`) beside another list of records (its `paragraphs_result`)
    reads the boxes' words, once."""
    boxes = [{"words": line, "location": {"top": 40 * n, "left": 20}} for n, line in enumerate(_REPLY)]
    paras = [{"words_result_idx": [n, n + 1]} for n in range(0, len(_REPLY) - 1, 2)]
    answer = {"log_id": 9, "paragraphs_result": paras, "words_result_num": len(boxes), "words_result": boxes}
    doc = checked(json.dumps(answer, ensure_ascii=False, indent=1))
    _whole(doc)
    _absent(doc, "words_result", "location")


def test_a_layout_dump_of_one_page_nesting_each_lines_text_in_its_spans() -> None:
    """One page of a layout tool's dump (no list of pages: one dict), each line's text in `blocks[].lines[].spans[]`
    beside its box: the lines, in order."""
    blocks = [
        {"bbox": [50, 60 + 20 * n, 500, 76 + 20 * n], "lines": [{"spans": [{"font": "SimSun", "text": line}]}]}
        for n, line in enumerate(_REPLY)
    ]
    doc = checked(json.dumps({"width": 595, "height": 842, "blocks": blocks}, ensure_ascii=False))
    _whole(doc)
    _absent(doc, "SimSun", "bbox")


def test_an_rss_items_title_is_its_own_not_the_channels() -> None:
    """An RSS channel's title (the column) above its item: the item's title, nearest above its content, is the
    headline over the text."""
    body = "".join(f"&lt;p&gt;{line}&lt;/p&gt;" for line in _REPLY[1:])
    lines = ['<?xml version="1.0" encoding="UTF-8"?>', "<rss><channel>", "<title>县农业农村局 建议提案</title>"]
    lines += ["<item>", f"<title>{_TITLE}</title>", f"<description>{body}</description>", "</item>"]
    doc = checked("\n".join([*lines, "</channel></rss>"]))
    _whole(doc)
    _absent(doc, "建议提案</title>")


def test_poppler_bbox_words_in_a_page_source_read_as_their_lines() -> None:
    """`pdftotext -bbox` (words only, no blocks): `<page>` and `<word xMin=…>` elements under the XHTML root."""
    out = ['<html xmlns="http://www.w3.org/1999/xhtml">', "<head>", "<title></title>", "</head>", "<body>", "<doc>"]
    out.append('<page width="595.276" height="841.890">')
    out += [
        f'<word xMin="72.0" yMin="{80 + 22 * n}.0" xMax="520.0" yMax="{96 + 22 * n}.0">{x}</word>'
        for n, x in enumerate(_REPLY)
    ]
    doc = checked("\n".join([*out, "</page>", "</doc>", "</body>", "</html>"]))
    _whole(doc)
    _absent(doc, "xMin")


# --- a header's pairs ---------------------------------------------------------------------------------------------


def test_a_web_address_alone_above_the_title_is_no_metadata_pair() -> None:
    """`https://…` alone on a line over an information table's pairs names no key `https`."""
    doc = checked("\n".join(["https://nyj.mou.gov.cn/art/2024/9/3/art_77_123.html", "索引号：001/2024-0088", *_REPLY]))
    assert "https" not in doc.header.metadata
    assert doc.header.metadata.get("索引号") == "001/2024-0088"


def test_an_oa_records_received_document_labels_give_the_number_and_issuer() -> None:
    """An OA system's 收文 head (来文机关, 来文文号) over a text without its 版头: the number and the issuer."""
    head = ["来文机关：某县农业农村局", "来文文号：某农函〔2024〕12号", "收文日期：2024-09-05"]
    doc = checked("\n".join([*head, *_REPLY]))
    n = doc.header.doc_number
    assert n is not None and (n.text, n.serial) == ("某农函〔2024〕12号", 12)
    assert doc.header.issuer == "某县农业农村局"


def test_an_assistants_opening_naming_its_summary_as_a_noun_and_its_offer_are_framing() -> None:
    """`以下是这份答复的要点梳理：` over the title and `如需我补充细节，请告诉我。` under the text: two marks of a chat,
    the framing leaves, said."""
    lines = ["以下是这份答复的要点梳理：", "", *_REPLY, "", "如需我补充细节，请告诉我。"]
    doc = checked("\n".join(lines))
    _absent(doc, "要点梳理", "如需我补充细节")
    assert "text-repaired" in codes(doc)
    _whole(doc)


# --- platforms' and tools' page strings ---------------------------------------------------------------------------


def test_a_bracketed_seal_placeholder_under_the_signature_is_no_text() -> None:
    """`【公章】` on its own line under the 落款's date (a typist's mark of the seal)."""
    doc = checked("\n".join([*_REPLY[:10], "【公章】", *_REPLY[10:]]))
    _whole(doc)
    _absent(doc, "公章")
    assert "content-unplaced" not in codes(doc)


def test_a_zhihu_answers_counts_and_post_line_around_the_text() -> None:
    """知乎's `36 人赞同了该回答` over a reply and its `编辑于 2024-09-04 10:12・IP 属地江西` under it."""
    doc = checked("\n".join(["36 人赞同了该回答", *_REPLY, "编辑于 2024-09-04 10:12・IP 属地江西", "赞同 36"]))
    _whole(doc)
    _absent(doc, "赞同", "IP属地")
    assert "content-unplaced" not in codes(doc)


def test_a_weibo_posts_topics_before_its_bracketed_title() -> None:
    """A 微博 post's two topics before its 【title】, its link stub and its counts one a line under it."""
    lines = [f"#农村电商##提案办理#【{_TITLE}】", *_REPLY[1:], "O网页链接", "转发 3", "评论 1", "赞 9"]
    doc = checked("\n".join(lines))
    _whole(doc)
    _absent(doc, "#农村电商#", "网页链接", "转发3")


def test_a_xiaohongshu_notes_account_over_its_follow_button_and_its_tags() -> None:
    """小红书: the account over `+ 关注` over the note's title, the topic tags and the comment prompt under it. The
    account is the page's, no first line of the title."""
    lines = ["某县农业农村局", "+ 关注", *_REPLY, "#乡村振兴[话题]#", "共 3 条评论", "说点什么…"]
    doc = checked("\n".join(lines))
    _whole(doc)
    assert doc.header.issuer is None
    _absent(doc, "关注", "[话题]", "说点什么")
    assert "content-unplaced" not in codes(doc)


def test_a_wechat_collection_line_and_its_entry_under_the_byline() -> None:
    """WeChat's `收录于合集` and `#农业农村 8个` between the byline and the reply."""
    doc = checked("\n".join(["原创 某县农业农村局 2024年09月03日 17:02 福建", "收录于合集", "#农业农村 8个", *_REPLY]))
    _whole(doc)
    _absent(doc, "收录于合集", "8个")


def test_a_news_apps_picture_prompt_and_a_lone_count_between_buttons() -> None:
    """`打开腾讯新闻 查看精彩图片` where a picture stood, and a share count `12` between `举报` and `分享至`."""
    lines = [_TITLE, "举报", "12", "分享至", "打开腾讯新闻 查看精彩图片", *_REPLY[1:]]
    doc = checked("\n".join(lines))
    _whole(doc)
    _absent(doc, "腾讯新闻", "举报")
    assert "content-unplaced" not in codes(doc)


def test_a_reader_views_host_and_reading_time_around_the_headline() -> None:
    """Chrome's and Firefox's reader views alike: the host over the headline, the reading time under it."""
    doc = checked("\n".join(["nyj.mou.gov.cn", _TITLE, "5-6 分钟", "", *_REPLY[1:]]))
    _whole(doc)
    _absent(doc, "nyj.mou.gov.cn", "分钟")
    assert "content-unplaced" not in codes(doc)


def test_an_archives_toolbar_over_a_reply_page() -> None:
    """The Wayback Machine's toolbar copied with a page: its capture count and span, calendar rows, labels."""
    bar = ["https://nyj.mou.gov.cn/art/2024/9/3/a.html", "Go", "12 captures", "03 Sep 2024 - 11 Mar 2025"]
    bar += ["Aug\tSEP\tOct", "03", "2023\t2024\t2025", "About this capture", "COLLECTED BY", "TIMESTAMPS"]
    doc = checked("\n".join([*bar, *_REPLY]))
    _whole(doc)
    _absent(doc, "captures", "COLLECTED", "TIMESTAMPS", "Sep2024")
    assert doc.header.metadata == {}
    assert "content-unplaced" not in codes(doc)


def test_a_mini_programs_capsule_bar_over_the_text() -> None:
    """A mini-program's bar with its capsule (`<  提案答复  ··· ◎`) under a screenshot's status bar."""
    doc = checked("\n".join(["10:05", "..ıl 4G 63%", "<  提案答复  ··· ◎", *_REPLY]))
    _whole(doc)
    _absent(doc, "10:05", "4G", "提案答复···")


def test_screenshots_pasted_one_under_another_each_open_with_the_phones_bars() -> None:
    """Three screenshots, each opening with the status bar and the app's close bar (`×  提案答复  ···`), the second
    and third inside sentences the screen cut (the phone wraps at 16): their bars leave and the sentences are one."""
    body = wrapped(_REPLY, 16)
    bars = ["10:05", "4G 63%", "×  提案答复  ···"]
    second = body.index(wrapped([_REPLY[4]], 16)[1])
    third = body.index(wrapped([_REPLY[6]], 16)[1])
    lines = [*bars, *body[:second], *bars, *body[second:third], *bars, *body[third:]]
    doc = checked("\n".join(lines))
    assert [p.text for s in doc.sections for p in s.paragraphs] == [_REPLY[4], _REPLY[6]]
    _absent(doc, "10:05", "4G", "提案答复···")


def test_a_shell_prompt_and_a_script_capture_around_a_listing() -> None:
    """A `script` capture's start and end lines and a plain prompt (`wu@host:~$ cat reply.txt`, `exit`)."""
    lines = ['Script started on 2024-09-05 10:00:01+08:00 [TERM="xterm"]', "wu@host:~$ cat reply.txt", *_REPLY]
    lines += ["wu@host:~$ exit", "exit", 'Script done on 2024-09-05 10:00:09+08:00 [COMMAND_EXIT_CODE="0"]']
    doc = checked("\n".join(lines))
    _whole(doc)
    _absent(doc, "Script started", "wu@host", "Script done")


def test_a_windows_prompt_around_a_typed_file() -> None:
    """`D:\\公文>type reply.txt` over the text and the prompt again under it."""
    doc = checked("\n".join(["D:\\公文>type reply.txt", *_REPLY, "", "D:\\公文>"]))
    _whole(doc)
    _absent(doc, "type reply", "D:\\")
