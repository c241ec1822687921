"""Causes found by round 21's conversion-path probes (tests/test_probes_21_conv.py), each tested on a
NEW example that fails on the session's start (/work/s21start), with guards that ordinary text looking
like the tool's mark is untouched: a rule reading a tool's marks first asks whether the text shows that
tool, with two independent marks where one alone could be a document's own words (sessions 17 to 20's
second reads)."""

from __future__ import annotations

import govdoc
from tests.probing import checked, codes

_TITLE = "关于市人大十五届二次会议第117号建议的答复"
_LINES = [
    _TITLE,
    "周某代表：",
    "您提出的关于加强中小学课后服务的建议收悉，现答复如下：",
    "一、工作开展情况",
    "全市中小学课后服务实现全覆盖，参与学生比例达到百分之九十二，聘请校外专业人员一千三百余名。",
    "二、下一步工作",
    "我局将丰富课后服务内容，推动体育、艺术、科普类课程进校园，并完善经费保障机制。",
    "感谢您对教育工作的关心和支持。",
    "某市教育局",
    "2024年9月3日",
]
_WANT = [
    ("一、", "工作开展情况", [_LINES[4]]),
    ("二、", "下一步工作", [_LINES[6]]),
]


def _sections(doc: govdoc.Document) -> list[tuple[str, str | None, list[str]]]:
    return [(s.marker, s.title, [p.text for p in s.paragraphs]) for s in doc.iter_sections()]


def _whole(doc: govdoc.Document) -> None:
    """The reply read whole: title, addressee, both sections, closing, 落款."""
    assert doc.header.title == _TITLE
    assert list(doc.header.recipients) == ["周某代表"]
    assert _sections(doc) == _WANT
    assert doc.closing is not None and doc.closing.text == _LINES[7]
    assert doc.signature is not None and doc.signature.date == "2024-09-03"
    assert list(doc.signature.issuers) == ["某市教育局"]


# --- a chat assistant's framing of a text it took out of a picture (patterns.ASSISTANT_LEAD/_OFFER) -------


def test_an_assistants_opening_naming_the_text_it_read_off_a_photo_and_its_offer_leave() -> None:
    """`下面是照片里的文字：` over the title and `如果你需要，我还可以帮你核对数字。` under the 落款: an extraction's
    opening and an offer speaking as 我, two marks of a chat."""
    source = "\n".join(["下面是照片里的文字：", *_LINES, "如果你需要，我还可以帮你核对数字。"])
    doc = checked(source + "\n")
    _whole(doc)
    assert "照片里的文字" not in doc.text and "核对数字" not in doc.text
    assert "text-repaired" in codes(doc)


def test_an_assistants_recognition_result_label_and_its_remark_that_this_is_all_the_text_leave() -> None:
    """`截图中的文字识别结果：` over the title and `以上就是截图中的全部文字。` under the 落款."""
    source = "\n".join(["截图中的文字识别结果：", *_LINES, "以上就是截图中的全部文字。"])
    doc = checked(source + "\n")
    _whole(doc)
    assert "识别结果" not in doc.text and "全部文字" not in doc.text


def test_an_english_opening_and_an_english_offer_around_a_chinese_reply_leave() -> None:
    """`Here is the transcription of the scanned page:` and `If you would like me to check the dates, just ask.`"""
    source = "\n".join(
        [
            "Here is the transcription of the scanned page:",
            *_LINES,
            "If you would like me to check the dates, just ask.",
        ]
    )
    doc = checked(source + "\n")
    _whole(doc)
    assert "transcription" not in doc.text and "check the dates" not in doc.text


def test_an_assistants_note_on_a_blurred_picture_under_the_signature_leaves_with_its_opening() -> None:
    """`已帮你识别出图片中的文字：` and `注：原图右下角印章处文字无法识别，已略去。`."""
    source = "\n".join(["已帮你识别出图片中的文字：", *_LINES, "注：原图右下角印章处文字无法识别，已略去。"])
    doc = checked(source + "\n")
    _whole(doc)
    assert "无法识别" not in doc.text and "已帮你" not in doc.text


def test_one_mark_alone_an_extraction_opening_over_a_title_leaves_nothing() -> None:
    """Guard: `以下是图片中的文字内容：` over a reply with no offer, note or role label under it: one mark, which
    a person's own paste note could be as well; every line stays (content-unplaced, said)."""
    source = "\n".join(["以下是图片中的文字内容：", *_LINES])
    doc = checked(source + "\n")
    assert "以下是图片中的文字内容" in doc.text
    assert doc.header.title == _TITLE


def test_a_replys_own_lines_naming_a_picture_and_recognition_stay() -> None:
    """Guard: a reply about a 人脸识别 system that says `以下是系统识别结果的统计：` in its body and ends its
    section with `以上为图片采集终端的全部内容。` and a note `注：图片识别准确率按月统计。`: no assistant here
    (no opening at the top over the title), nothing leaves."""
    body = ["以下是系统识别结果的统计：", "全市已安装图片采集终端三百二十台。", "以上为图片采集终端的全部内容。"]
    lines = [*_LINES[:5], *body, *_LINES[5:], "注：图片识别准确率按月统计。"]
    doc = checked("\n".join(lines) + "\n")
    for line in [*body, "注：图片识别准确率按月统计。"]:
        assert line in doc.text
    assert "text-repaired" not in codes(doc)


def test_a_mailbox_answer_offering_help_as_we_keeps_its_last_lines() -> None:
    """Guard: a mailbox answer ending `如果你需要，我们可以提供咨询电话。` under its date: 我们 is the organ's."""
    lines = [
        "网友您好：",
        "您反映的问题已收悉，现答复如下：",
        "经核实，该路段路灯已于本周修复。",
        "某区城市管理局",
        "2024年9月5日",
    ]
    lines.append("如果你需要，我们可以提供咨询电话。")
    doc = checked("\n".join(lines) + "\n")
    assert "如果你需要，我们可以提供咨询电话。" in doc.text


# --- an OCR service's JSON answer saved as text (readers.text._json_elements) ------------------------------


def test_an_ocr_services_answer_naming_its_boxes_prism_words_info_is_read_as_their_words() -> None:
    """阿里云 OCR's answer: `{"content": …?` no: `{"prism_wordsInfo": [{"word": …, "pos": [...]}, …], "height": …,
    "width": …, "orgHeight": …}`: only the boxes' words are the document's, in order."""
    import json

    boxes = [
        {"word": line, "pos": [{"x": 40, "y": 30 * k}, {"x": 600, "y": 30 * k + 20}]} for k, line in enumerate(_LINES)
    ]
    answer = {"prism_wordsInfo": boxes, "height": 1600, "width": 1200, "orgHeight": 1600, "orgWidth": 1200}
    doc = checked(json.dumps(answer, ensure_ascii=False) + "\n")
    _whole(doc)
    assert "prism" not in doc.text and "orgHeight" not in doc.text


def test_an_ocr_services_envelope_around_its_boxes_with_locations_is_read_as_their_words() -> None:
    """百度 accurate OCR's answer inside an envelope a script added (`{"result": {"words_result": [{"words": …,
    "location": {…}}], "words_result_num": N, "log_id": …}}`)."""
    import json

    boxes = [
        {"words": line, "location": {"top": 30 * k, "left": 40, "width": 560, "height": 24}}
        for k, line in enumerate(_LINES)
    ]
    answer = {"result": {"words_result": boxes, "words_result_num": len(boxes), "log_id": 1712345678901234567}}
    doc = checked(json.dumps(answer, ensure_ascii=False, indent=1) + "\n")
    _whole(doc)
    assert "words_result" not in doc.text and "location" not in doc.text


def test_a_json_list_of_word_entries_without_an_ocr_services_list_name_stays_as_written() -> None:
    """Guard: a glossary's JSON (`[{"words": "课后服务", "note": "…"}, …]`) is no OCR answer: no service's list
    name, no box's key; it stays as written (its notes are words no box holds)."""
    import json

    entries = [
        {"words": "课后服务", "note": "指放学后学校提供的看护服务"},
        {"words": "双减", "note": "减轻学生作业负担和校外培训负担"},
    ]
    source = json.dumps(entries, ensure_ascii=False) + "\n"
    doc = checked(source)
    assert "指放学后学校提供的看护服务" in doc.text and '"words"' in doc.text


# --- a 提案办理 register's row with the reply in its answer column (readers.records._TEXT_KEYS) --------------


def test_a_register_rows_reply_column_named_as_a_registers_answer_column_is_the_document() -> None:
    """`建议号,建议标题,领衔代表,办理答复` over one row whose last cell holds the reply (quoted, its lines kept):
    the cell is the document; the proposal's title (建议标题) is no title of the reply."""
    cell = "\n".join(_LINES)
    source = "建议号,建议标题,领衔代表,办理答复\n" + f'117,关于加强中小学课后服务的建议,周某,"{cell}"\n'
    doc = checked(source)
    _whole(doc)
    assert "建议号" not in doc.text and "领衔代表" not in doc.text


def test_a_register_of_two_rows_each_holding_a_reply_stays_as_written() -> None:
    """Guard: two rows each holding a reply in `答复内容` are two documents (govdoc batch --text-column reads
    them): the text is read as written, nothing of either row dropped."""
    one = "\n".join(_LINES)
    two = one.replace("第117号", "第118号")
    source = f'建议号,答复内容\n117,"{one}"\n118,"{two}"\n'
    doc = checked(source)
    assert "第118号" in doc.text and "117," in doc.text


# --- an extractor's metadata and an HTTP answer's head above the text (readers.text, readers.mail_text) -----


def test_an_extractors_metadata_sorted_by_name_with_spaced_keys_leaves_the_text() -> None:
    """textract/Tika's metadata in name order: `Author: admin`, `Line Count: 14`, `Page Count: 1`, then
    `Content-Type:` (not first), `Revision Number: 3`, a blank line, the reply."""
    meta = [
        "Author: admin",
        "Line Count: 14",
        "Page Count: 1",
        "Content-Type: application/msword",
        "Revision Number: 3",
    ]
    doc = checked("\n".join([*meta, "", *_LINES]) + "\n")
    _whole(doc)
    assert "Line Count" not in doc.text and "Revision Number" not in doc.text


def test_an_http2_answers_head_with_lower_case_fields_above_the_text_leaves() -> None:
    """`curl -i` over HTTP/2: `HTTP/2 200`, `content-type: text/plain;charset=utf-8`, `date: …`,
    `content-length: 1204`, a blank line, the reply."""
    head = [
        "HTTP/2 200",
        "content-type: text/plain;charset=utf-8",
        "date: Tue, 03 Sep 2024 02:11:09 GMT",
        "content-length: 1204",
    ]
    doc = checked("\r\n".join(head) + "\r\n\r\n" + "\n".join(_LINES) + "\n")
    _whole(doc)
    assert "HTTP/2" not in doc.text and "content-length" not in doc.text


def test_a_run_of_spaced_english_keys_without_a_content_type_stays() -> None:
    """Guard: a bilingual form's head (`Project Name: 课后服务`, `Start Date: 2024-09-01`, a blank line) names no
    file's Content-Type: it is the text's own, and stays."""
    head = ["Project Name: 课后服务提升", "Start Date: 2024-09-01", ""]
    doc = checked("\n".join([*head, *_LINES]) + "\n")
    assert "Project Name: 课后服务提升" in doc.text and "Start Date: 2024-09-01" in doc.text


def test_an_http_status_line_inside_a_replys_body_stays() -> None:
    """Guard: a reply quoting a server's answer in its body (`HTTP/1.1 503 Service Unavailable` ⏎ `Retry-After:
    120`) is no head: only the file's start can hold one."""
    body = ["平台故障期间返回信息如下：", "HTTP/1.1 503 Service Unavailable", "Retry-After: 120"]
    doc = checked("\n".join([*_LINES[:5], *body, *_LINES[5:]]) + "\n")
    assert "HTTP/1.1 503 Service Unavailable" in doc.text and "Retry-After: 120" in doc.text


# --- pandoc's attributes, fenced divs and Word's automatic alt text (readers.text, patterns.chrome) ----------


def test_a_pictures_pandoc_attributes_after_it_leave_with_the_picture() -> None:
    """`![](media/image2.jpeg){width="5.76in" height="3.24in"}` on a line of section 一 (a photo of a class):
    the picture and its attributes are markup."""
    lines = [*_LINES[:5], '![](media/image2.jpeg){width="5.76in" height="3.24in"}', *_LINES[5:]]
    doc = checked("\n\n".join(lines) + "\n")
    _whole(doc)
    assert "width" not in doc.text and "{" not in doc.text


def test_pandoc_fenced_divs_naming_chinese_word_styles_leave_the_text() -> None:
    """`pandoc -f docx+styles` of a Chinese Word's file: `::: {custom-style="正文"}` … `:::` around each body
    paragraph, `::: {custom-style="标题 1"}` around the heads."""

    def div(style: str, line: str) -> str:
        return f'::: {{custom-style="{style}"}}\n{line}\n:::'

    blocks = [_LINES[0], _LINES[1], div("正文", _LINES[2]), div("标题 1", _LINES[3]), div("正文", _LINES[4])]
    blocks += [div("标题 1", _LINES[5]), div("正文", _LINES[6]), div("正文", _LINES[7]), _LINES[8], _LINES[9]]
    doc = checked("\n\n".join(blocks) + "\n")
    _whole(doc)
    assert ":::" not in doc.text and "custom-style" not in doc.text


def test_words_automatic_alt_text_on_a_line_where_the_seal_stood_leaves() -> None:
    """Word 2019's alt text for the seal (`徽标 自动生成的说明`) above the 落款, as a plain-text export writes it,
    and Word 365's English one (`A close up of a logo Description automatically generated`) under the date."""
    lines = [
        *_LINES[:8],
        "徽标 自动生成的说明",
        *_LINES[8:],
        "A close up of a logo Description automatically generated",
    ]
    doc = checked("\n".join(lines) + "\n")
    _whole(doc)
    assert "自动生成的说明" not in doc.text and "automatically" not in doc.text


def test_a_sentence_saying_a_description_was_generated_stays() -> None:
    """Guard: a reply's own line on its archive system (`图片包含的文字描述已自动生成并存入档案系统。`, and a table
    cell `文本描述已自动生成功能`) is the reply's."""
    body = ["图片包含的文字描述已自动生成并存入档案系统。", "文本描述已自动生成功能"]
    doc = checked("\n".join([*_LINES[:5], *body, *_LINES[5:]]) + "\n")
    assert body[0] in doc.text and body[1] in doc.text


# --- a word processor's second-level hollow bullet under filled ones (readers.text._SUB_BULLET) ---------------


def test_hollow_bullets_under_filled_ones_are_list_marks_and_each_point_a_paragraph() -> None:
    """A 腾讯文档 txt: section 一's two points `● ` and under the second two points `    ◦ `: each point a
    paragraph of section 一 without its bullet."""
    one = ["开设课程门类四十余种。", "参与学生情况：", "小学生比例百分之九十五；", "初中生比例百分之八十六。"]
    lines = [*_LINES[:4], "● " + one[0], "● " + one[1], "    ◦ " + one[2], "    ◦ " + one[3], *_LINES[5:]]
    doc = checked("\n".join(lines) + "\n")
    assert _sections(doc) == [("一、", "工作开展情况", one), _WANT[1]]


def test_a_hollow_circle_opening_a_line_without_filled_bullets_stays() -> None:
    """Guard: a schedule's legend `○ 表示尚未开工` and a date `二○二四年九月三日` in a text with no `● ` line:
    the circle is the text's."""
    lines = [*_LINES[:5], "○ 表示尚未开工", *_LINES[5:8], "某市教育局", "二○二四年九月三日"]
    doc = checked("\n".join(lines) + "\n")
    assert "○ 表示尚未开工" in doc.text or "○表示尚未开工" in doc.text
    assert doc.signature is not None and doc.signature.date == "2024-09-03"


# --- a template's running head on the first page too, pages parted by form feeds (rules.running_heads) --------


def _two_pages(head: str, first_line: str | None = None) -> str:
    """The reply on two pages parted by a form feed, `head` at page 2's top inside section 一's cut sentence
    and `first_line` (default: `head`) at the text's top."""
    four = _LINES[4]
    page1 = [first_line or head, *_LINES[:4], four[:25]]
    page2 = [head, four[25:], *_LINES[5:]]
    return "\n".join(page1) + "\n\f" + "\n".join(page2) + "\n"


def test_a_template_head_over_the_title_and_at_the_next_pages_top_leaves_on_both_pages() -> None:
    """`某市教育局          建议提案办理复文` over the title and again at page 2's top inside a cut sentence: the
    template's head, on both pages."""
    doc = checked(_two_pages("某市教育局" + " " * 30 + "建议提案办理复文"))
    _whole(doc)
    assert "办理复文" not in doc.text


def test_the_issuers_mark_repeated_at_the_next_pages_top_stays_over_the_title() -> None:
    """Guard: the 发文机关标志 `某市教育局文件` over the title, repeated at page 2's top inside a cut sentence: the
    copy at page 2 leaves as before; the first page's line stays, the issuer's."""
    doc = checked(_two_pages("某市教育局文件"))
    assert doc.text.startswith("某市教育局文件")
    assert doc.header.issuer == "某市教育局"


def test_an_organs_name_over_the_title_and_at_the_next_pages_top_stays_over_the_title() -> None:
    """Guard: the organ's name alone over the title (the title's first line and the issuer), repeated at page 2's
    top: the first page's line stays."""
    doc = checked(_two_pages("某市教育局"))
    assert doc.text.startswith("某市教育局")


# --- a .doc's 附注 table as antiword writes it, rows between bars (rules.cleanup.spaces.lone_cells) -------------


def test_a_bar_framed_row_of_contact_labels_and_values_under_the_signature_gives_the_contact() -> None:
    """antiword's one-row 附注 table under the 落款: `|联系人：|吴某    |手机：|13812345678|`."""
    lines = [*_LINES, "|联系人：|吴某    |手机：|13812345678|"]
    doc = checked("\n".join(lines) + "\n")
    _whole(doc)
    assert doc.contact is not None and doc.contact.name == "吴某"
    assert list(doc.contact.phones) == ["13812345678"]
    assert "|" not in doc.text


def test_a_markdown_table_of_units_and_their_contacts_in_the_body_stays_a_table() -> None:
    """Guard: section 一's Markdown table `| 联系人 | 电话 |` over a delimiter row and rows of names and numbers
    is a table of the body (its head row holds two labels, no value)."""
    table = ["| 联系人 | 电话 |", "|---|---|", "| 吴某 | 13812345678 |", "| 郑某 | 13912345678 |"]
    lines = [*_LINES[:5], *table, *_LINES[5:]]
    doc = checked("\n".join(lines) + "\n")
    rows = [list(t.rows) for s in doc.iter_sections() for t in s.tables]
    assert rows == [[("联系人", "电话"), ("吴某", "13812345678"), ("郑某", "13912345678")]]


# --- a web page's source saved as text (readers.page_source) --------------------------------------------------


def test_a_page_source_saved_as_text_loses_its_head_and_reads_a_row_set_over_several_lines() -> None:
    """A browser's view-source saved as .txt: `<!DOCTYPE html>`, `<html lang="zh-CN">`, a `<head>` of `<meta>`,
    `<title>某市教育局门户网站</title>` and a `<style>` block, then `<body>` with a `<p>` a line and section 一's
    table whose row's cells each stand on lines of their own (`<tr>` ⏎ `<td>类别</td>` ⏎ … ⏎ `</tr>`)."""
    head = ["<!DOCTYPE html>", '<html lang="zh-CN">', "<head>", '<meta charset="utf-8">']
    head += ["<title>某市教育局门户网站</title>", "<style>", "p { text-indent: 2em; }", "</style>", "</head>", "<body>"]
    table = [
        "<table>",
        "<tr>",
        "<td>学段</td>",
        "<td>覆盖率</td>",
        "</tr>",
        "<tr>",
        "<td>小学</td>",
        "<td>100%</td>",
        "</tr>",
    ]
    table.append("</table>")
    body = [f"<p>{line}</p>" for line in _LINES[:5]] + table + [f"<p>{line}</p>" for line in _LINES[5:]]
    doc = checked("\n".join([*head, *body, "</body>", "</html>"]) + "\n")
    _whole(doc)
    assert "门户网站" not in doc.text and "text-indent" not in doc.text and "<" not in doc.text
    rows = [list(t.rows) for s in doc.iter_sections() for t in s.tables]
    assert rows == [[("学段", "覆盖率"), ("小学", "100%")]]


def test_a_markdown_text_with_an_unclosed_html_row_keeps_every_line() -> None:
    """Guard: no page's root opens the text, so a `<tr>` left open in a Markdown note (`<tr><td>小学</td>` and no
    `</tr>`) is read line by line as before: nothing of the lines under it is taken into a row."""
    lines = [*_LINES[:5], "<table><tr><td>小学</td>", "全市小学课后服务参与率为百分之九十五。", *_LINES[5:]]
    doc = checked("\n".join(lines) + "\n")
    assert "全市小学课后服务参与率为百分之九十五。" in doc.text


def test_a_head_element_not_under_a_page_root_stays() -> None:
    """Guard: an HTML fragment (no `<html>` root) whose first lines are `<head>` ⏎ `<title>…</title>` ⏎ `</head>`
    is no page's source as a whole; the reader keeps its lines' words."""
    lines = ["<head>", "<title>某市教育局</title>", "</head>", *_LINES]
    doc = checked("\n".join(lines) + "\n")
    assert "某市教育局" in doc.text
