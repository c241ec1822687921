"""Cause tests of session 29's conversion work (tests/test_probes_27_conv.py's pins lifted, tests/test_probes_29_conv.py's
misses): each a NEW example of a general cause, not the probe that found it; the guards beside them hold what the
fix must leave alone."""

from __future__ import annotations

import json

import govdoc
from tests.probing import checked, squashed
from tests.test_probes_11_noise import wrapped

# A short reply of our own, not a probe's: every example below carries it through one tool or copy.
_C = [
    "某区住房和城乡建设局",
    "某住建函〔2025〕12号",
    "关于区人大五届二次会议第0118号建议的答复",
    "赵某某代表：",
    "您提出的《关于加快老旧小区加装电梯的建议》收悉。现答复如下：",
    "一、工作进展",
    "今年我局已完成老旧小区加装电梯六十一台，另有三十四台正在施工，财政补贴资金全部按期拨付到位。",
    "二、下一步打算",
    "下一步，我局将简化加装电梯审批流程，推行一窗受理，力争年底前再开工四十台。",
    "感谢您对住房和城乡建设工作的关心和支持。",
    "某区住房和城乡建设局",
    "2025年6月9日",
    "联系人：钱某",
    "联系电话：0571-86001234",
]


def _whole(doc: govdoc.Document) -> None:
    """The reply's own fields read whole."""
    assert doc.header.title == _C[2]
    assert list(doc.header.recipients) == ["赵某某代表"]
    assert [(s.marker, s.title) for s in doc.iter_sections()] == [("一、", "工作进展"), ("二、", "下一步打算")]
    assert [p.text for s in doc.iter_sections() for p in s.paragraphs] == [_C[6], _C[8]]
    assert doc.closing is not None and doc.closing.text == _C[9]
    assert doc.signature is not None and (doc.signature.issuers, doc.signature.date) == (
        ("某区住房和城乡建设局",),
        "2025-06-09",
    )
    assert doc.contact is not None and (doc.contact.name, list(doc.contact.phones)) == ("钱某", ["0571-86001234"])


def _gone(doc: govdoc.Document, *pieces: str) -> None:
    text = squashed(doc.text)
    assert [p for p in pieces if squashed(p) in text] == []


# --- a Ruby Hash's inspect (`"key"=>value`, `nil`): JSON but for its arrows ---------------------------------------


def test_a_ruby_hash_inspected_with_spaced_arrows_and_a_nil_member_reads_its_text() -> None:
    """Ruby 3.4's `inspect` spaces the arrow (`"id" => 7`) and writes a missing member as `nil`; the text's quotes are
    escaped `\\"`. The record's text member is the reply; the keys, `nil` and the other members are Ruby's."""
    body = "\\n".join(_C).replace("《", '\\"《').replace("》", '》\\"')
    src = f'{{"id" => 7, "source" => nil, "body" => "{body}", "hits" => 88, "tags" => ["建议", "住建"]}}\n'
    doc = checked(src)
    _gone(doc, '" =>', "nil", '"hits"')
    assert doc.header.issuer == "某区住房和城乡建设局"
    _whole(doc)


def test_guard_an_arrow_inside_a_texts_words_is_no_ruby_hash() -> None:
    """Guard: a plain text that opens with a brace and names an arrow (`=>`) in its words stays as written."""
    src = "{说明}本件按“受理=>审核=>办结”的流程办理。\n" + "\n".join(_C) + "\n"
    doc = checked(src)
    assert "{说明}本件按“受理=>审核=>办结”的流程办理。" in doc.text


# --- a portal's menu row opening on its link home (`首页 新闻中心 政务公开 …`) -----------------------------------------


def test_a_menu_row_opening_on_the_link_home_is_the_sites() -> None:
    """A browser's or a copy's text of a portal page keeps the menu as one row of its links parted by spaces, the
    first `首页` (patterns.chrome _MENU_ROW): the site's, no line of the reply."""
    top = ["首页　新闻中心　政务公开　办事服务　公众参与　走进西湖", "", "当前位置：首页 > 政务公开 > 建议提案", ""]
    doc = checked("\n".join([*top, *_C]) + "\n")
    _gone(doc, "新闻中心", "公众参与")
    _whole(doc)


def test_guard_a_sentence_naming_the_home_page_stays() -> None:
    """Guard: the reply's own sentence naming the portal's home page and a menu entry stays."""
    lines = [*_C]
    lines[8] = "下一步，我局将在首页政务公开栏目公布加装电梯审批流程，力争年底前再开工四十台。"
    doc = checked("\n".join(lines) + "\n")
    assert lines[8] in doc.text


# --- a Word field copied with its code shown, in braces before its result (readers.text_signs BRACED_FIELD) ---------


def test_a_date_fields_code_in_braces_before_the_date_is_words_not_the_documents() -> None:
    """A CREATEDATE field under the 落款's organ copied with its code shown (no `MERGEFORMAT` switch) and a PAGE field's
    code alone on a line: the codes are Word's; the date is the signature's."""
    lines = [*_C]
    lines[11] = '{ CREATEDATE \\@ "yyyy年M月d日" }2025年6月9日'
    doc = checked("\n".join([*lines, "{ PAGE }"]) + "\n")
    _gone(doc, "CREATEDATE", "yyyy", "{ PAGE }")
    assert doc.signature is not None and doc.signature.date_text == "2025年6月9日"
    _whole(doc)


def test_guard_braces_around_words_that_name_no_field_stay() -> None:
    """Guard: braces around the document's own words (a placeholder, `{ 日期 }`, a formula) are no field code."""
    lines = [*_C]
    lines[6] = "今年我局按照{ 需求 + 补贴 }的办法完成老旧小区加装电梯六十一台，财政补贴资金全部按期拨付到位。"
    doc = checked("\n".join(lines) + "\n")
    assert "{ 需求 + 补贴 }" in doc.text


# --- a page named between brackets (patterns.chrome PAGE_FURNITURE) ----------------------------------------------


def test_a_bracketed_page_and_count_inside_a_cut_paragraph_is_furniture() -> None:
    """A text layer copied at 20 characters a line, the page's label `【第1页 共2页】` between two printed lines of
    section 一's paragraph: the label is furniture, the paragraph one again (warned)."""
    lines = wrapped(_C[:10], 20)
    at = lines.index(wrapped([_C[6]], 20)[1]) + 1
    lines[at:at] = ["【第1页 共2页】"]
    doc = checked("\n".join([*lines, *_C[10:]]) + "\n")
    _gone(doc, "第1页")
    assert "page-break-joined" in [w.code for w in doc.warnings]
    _whole(doc)


def test_guard_a_bracketed_note_naming_a_page_stays() -> None:
    """Guard: a bracketed line that says more than the page (`（第2页为附表）`) is the document's."""
    lines = [*_C]
    lines[7:7] = ["（第2页为附表）"]
    doc = checked("\n".join(lines) + "\n")
    assert "（第2页为附表）" in doc.text


# --- a phone app's own rows: the back arrow's bar, the font buttons' row, a 视频号 card (patterns.chrome) ---------


def test_an_apps_back_bar_font_buttons_and_a_video_card_are_the_apps() -> None:
    """A 政务 app's page copied on a phone: the bar `‹  办件公示  更多`, the toolbar `A+ A- 收藏 分享 纠错` over the reply, and
    a 视频号 card's caption `视频号｜某区发布` under it: the app's and the post's rows, no line of the reply."""
    top = ["‹  办件公示  更多", "A+ A- 收藏 分享 纠错", ""]
    doc = checked("\n".join([*top, *_C, "", "视频号｜某区发布"]) + "\n")
    _gone(doc, "办件公示", "纠错", "视频号")
    assert [w.code for w in doc.warnings] == []
    _whole(doc)


def test_guard_a_sentence_on_font_sizes_and_a_quoted_arrow_stay() -> None:
    """Guard: the reply's own line naming the buttons in a sentence, and one opening with `<` that says more, stay."""
    lines = [*_C]
    lines[8] = "下一步，我局将在政务APP中增设A+ A-字号按钮，方便老年人阅读加装电梯政策，力争年底前再开工四十台。"
    lines[7:7] = ["<办理流程> 受理、审核、答复"]
    doc = checked("\n".join(lines) + "\n")
    assert lines[8] in doc.text and "<办理流程> 受理、审核、答复" in doc.text


# --- a running head of the organ's name beside a page number, the line above it a sentence's piece ending on an
# organ's suffix (rules.running_heads._listed_organ) ----------------------------------------------------------------


def test_a_running_head_after_a_piece_ending_on_an_organs_suffix_goes_with_the_page_number() -> None:
    """The page cut section 一's paragraph after `…财政补贴资金由区财政局` (a sentence's piece, ending as an organ's name
    does); `- 1 -` and the next page's head `某区住房和城乡建设局` stand between it and `全部按期拨付到位。`. The piece is no
    member of a list of organs: the head is furniture, the paragraph one again."""
    para = "今年我局已完成老旧小区加装电梯六十一台，另有三十四台正在施工，财政补贴资金由区财政局全部按期拨付到位。"
    lines = [*_C[:6], para[:42], "- 1 -", _C[0], para[42:], *_C[7:], "- 2 -"]
    assert lines[6].endswith("区财政局")
    doc = checked("\n".join(lines) + "\n")
    assert [p.text for s in doc.iter_sections() for p in s.paragraphs] == [para, _C[8]]
    assert "page-break-joined" in [w.code for w in doc.warnings]


def test_guard_a_list_of_organs_around_a_page_number_keeps_its_member() -> None:
    """Guard: a list of member units, one a line, cut by a page number: the organ after the number is a member."""
    lines = [
        *_C[:7],
        "成员单位：",
        "区发展和改革局",
        "区财政局",
        "- 1 -",
        "区住房和城乡建设局",
        "区城市管理局",
        *_C[7:],
    ]
    doc = checked("\n".join(lines) + "\n")
    assert "区住房和城乡建设局\n区城市管理局" in doc.text


# --- the contact at the left and the 落款 at the right of the same printed lines (rules.cleanup.flattened
# _signature_beside) ----------------------------------------------------------------------------------------------


def test_a_contact_set_level_with_the_signature_at_its_left_parts_from_it() -> None:
    """`pdftotext -layout` of a last page whose contact stands at the left margin level with the 落款 at the right:
    `联系人：钱某` and the organ on one line, `联系电话：…` and the date on the next. Each column is read: the contact
    its name and phone, the signature its organ and date."""
    tail = [f"{_C[12]}{' ' * 31}{_C[10]}", f"{_C[13]}{' ' * 22}{_C[11]}"]
    doc = checked("\n".join([*_C[:10], "", *tail]) + "\n")
    _whole(doc)


def test_guard_a_row_of_two_contact_cells_stays_one_contact() -> None:
    """Guard: a contact row of two labelled cells parted by a wide gap is one contact, no 落款 beside it."""
    lines = [*_C[:12], f"联系人：钱某{' ' * 12}联系电话：0571-86001234"]
    doc = checked("\n".join(lines) + "\n")
    assert doc.contact is not None and (doc.contact.name, list(doc.contact.phones)) == ("钱某", ["0571-86001234"])
    assert doc.signature is not None and doc.signature.issuers == ("某区住房和城乡建设局",)


# --- a JSON answer held as one escaped string member of a record (readers.text_records.json_inside) ---------------


def test_a_log_records_message_holding_an_api_answer_as_a_json_string_reads_the_answer() -> None:
    """A service's JSON log line whose `body` member holds the portal API's answer as a JSON text written in a string
    (its quotes and breaks escaped once more): the answer is read as the record it is, its text member the reply."""
    api = json.dumps({"status": "ok", "result": {"doc": "\n".join(_C), "hits": 12}}, ensure_ascii=False)
    log = {"ts": "2025-06-10T08:00:01Z", "level": "info", "route": "/api/doc/118", "body": api}
    doc = checked(json.dumps(log, ensure_ascii=False))
    _gone(doc, "route", '"status"', "hits")
    assert doc.header.issuer == "某区住房和城乡建设局"
    _whole(doc)


def test_guard_a_records_short_json_string_beside_its_text_is_not_read_instead() -> None:
    """Guard: a record whose text member is the reply and whose other member is a short JSON string (its settings)
    reads its text member, not the settings."""
    record = {"content": "\n".join(_C), "extra": json.dumps({"font": "宋体", "size": 16}, ensure_ascii=False)}
    doc = checked(json.dumps(record, ensure_ascii=False))
    _gone(doc, "font")
    _whole(doc)


# --- PHP's print_r of a row (readers.records.print_r_record) --------------------------------------------------------


def test_php_print_r_of_a_row_reads_its_text_member_over_its_raw_lines() -> None:
    """A PHP script's `print_r($row)`: `Array`, `(`, the members at four spaces (`[doc_id] => 118`, `[body] =>` with
    the reply's lines raw under it, `[status] => 1`), `)`. The body's lines are the text; the rest is PHP's."""
    src = ["Array", "(", "    [doc_id] => 118", f"    [body] => {_C[0]}", *_C[1:], "    [status] => 1", ")", ""]
    doc = checked("\n".join(src))
    _gone(doc, "Array", "[doc_id]", "[status]")
    assert doc.header.issuer == "某区住房和城乡建设局"
    _whole(doc)


def test_guard_a_text_opening_on_the_word_array_stays_as_written() -> None:
    """Guard: a plain text whose first line is an English word `Array` with no print_r members is read as written."""
    doc = checked("\n".join(["Array", *_C]) + "\n")
    assert doc.text.startswith("Array")


# --- Node's util.inspect of a record: unquoted keys, single-quoted pieces joined by ` +` (records.inspected_record) --


def test_a_node_scripts_console_log_of_a_record_reads_its_pieces_as_the_text() -> None:
    """`console.log(doc)` in a Node script: `{`, `id: 118,`, `body: '某区…\\n' +` and the reply's further lines each a
    quoted piece under it, `createdAt: 2025-06-10T08:00:01.000Z`, `}`. The pieces are the text's lines; the keys,
    quotes, pluses and the other members are Node's."""
    pieces = [f"'{line}\\n' +" for line in _C[:-1]] + [f"'{_C[-1]}',"]
    src = ["{", "  id: 118,", f"  body: {pieces[0]}", *(f"    {p}" for p in pieces[1:]), "  views: 88,"]
    src += ["  createdAt: 2025-06-10T08:00:01.000Z", "}", ""]
    doc = checked("\n".join(src))
    _gone(doc, "body:", "createdAt", "' +", "views")
    assert doc.header.issuer == "某区住房和城乡建设局"
    _whole(doc)


def test_guard_a_quoted_line_with_a_plus_in_a_plain_text_stays() -> None:
    """Guard: a plain text whose line holds a key-like label, a quoted word and a plus is read as written."""
    lines = [*_C]
    lines[8] = "下一步，我局将按 note: '加梯' + '适老化' 的思路，力争年底前再开工四十台。"
    doc = checked("\n".join(["{说明}", *lines]) + "\n")
    assert lines[8] in doc.text


# --- groff's requests and font escapes (readers.text_lines ROFF_REQUEST, text_pieces roff_escapes) -----------------


def test_groff_ms_requests_and_font_escapes_are_the_typesetters() -> None:
    """A reply typeset with groff's ms macros by hand: `.TL` over the title in `\\fB…\\fP`, `.NH 1` over each heading,
    `.PP` over each paragraph, `.br` and `.sp` inside the 落款 and contact. The requests and escapes are groff's."""
    src = [".LP", _C[0], ".LP", _C[1], ".TL", f"\\fB{_C[2]}\\fP", ".LP", _C[3], ".PP", _C[4], ".NH 1", _C[5]]
    src += [".PP", _C[6], ".NH 1", _C[7], ".PP", _C[8], ".PP", _C[9], ".PP", _C[10], ".br", _C[11], ".sp"]
    src += [_C[12], ".br", _C[13]]
    doc = checked("\n".join(src) + "\n")
    _gone(doc, ".LP", ".PP", ".NH", ".br", "\\fB")
    assert doc.header.issuer == "某区住房和城乡建设局"
    _whole(doc)


def test_guard_one_line_opening_with_a_dot_and_capitals_stays() -> None:
    """Guard: a text with one line that reads like a request (`.SH 与 .PP 为排版宏`) shows no groff source: it stays."""
    lines = [*_C]
    lines[7:7] = [".SH 与 .PP 为排版宏"]
    doc = checked("\n".join(lines) + "\n")
    assert ".SH 与 .PP 为排版宏" in doc.text


# --- a document in an XML vocabulary of paragraphs read as text (readers.records.xml_document_lines) ---------------


def test_an_odf_flat_document_reads_its_paragraphs_and_says_its_metadatas_words() -> None:
    """A `.fodt` opened as text: `<office:document>`, `<office:meta>` holding the file's title in Han (`dc:title`),
    `<office:styles>`, then a `<text:p>` a paragraph (one with a bold `<text:span>` inside), `<text:h>` for the
    headings. The paragraphs are the text; the metadata's Han title is said."""
    ns = 'xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" '
    ns += 'xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0"'
    src = ['<?xml version="1.0" encoding="UTF-8"?>', f'<office:document {ns} office:version="1.3">']
    src += [" <office:meta><dc:title>加装电梯建议答复</dc:title></office:meta>", " <office:styles>"]
    src += ['  <style:style style:name="T1" style:family="text"/>', " </office:styles>", " <office:body><office:text>"]
    for line in _C:
        if line in (_C[5], _C[7]):
            src.append(f'  <text:h text:outline-level="1">{line}</text:h>')
        elif line == _C[6]:
            span = f'<text:span text:style-name="T1">{line[:2]}</text:span>'
            src.append(f'  <text:p text:style-name="P1">{span}{line[2:]}</text:p>')
        else:
            src.append(f'  <text:p text:style-name="P1">{line}</text:p>')
    src += [" </office:text></office:body>", "</office:document>", ""]
    doc = checked("\n".join(src))
    _gone(doc, "office:", "text:span", "style:name", "加装电梯建议答复")
    assert "text-repaired" in [w.code for w in doc.warnings]
    _whole(doc)


# --- a Java object's toString() in a log line, its text member's lines raw (readers.records.to_string_record) ------


def test_a_log_line_printing_an_objects_to_string_reads_its_text_member() -> None:
    """A service's log line printing the saved object (`AnswerVO(answerId=118, title=…, body=某区…`), the body's further
    lines raw under it, the last closing `…, state=1, updatedAt=2025-06-10T08:00:01)`. The body is the text; the
    log's head, the class and the other members are the program's."""
    head = "2025-06-10 08:00:01.204 DEBUG 4412 --- [main] c.e.d.AnswerService : "
    head += f"AnswerVO(answerId=118, title={_C[2]}, "
    src = [head + f"body={_C[0]}", *_C[1:-1], f"{_C[-1]}, state=1, updatedAt=2025-06-10T08:00:01)", ""]
    doc = checked("\n".join(src))
    _gone(doc, "AnswerVO", "answerId", "updatedAt", "DEBUG")
    assert doc.header.issuer == "某区住房和城乡建设局"
    _whole(doc)


def test_guard_a_sentence_with_a_parenthesis_and_an_equals_sign_stays() -> None:
    """Guard: a text whose first line holds `Name(key=value` in its words and no object closing a later line reads as
    written."""
    lines = [f"{_C[0]}（系统编号 AnswerVO(answerId=118）", *_C[1:]]
    doc = checked("\n".join(lines) + "\n")
    assert "AnswerVO(answerId=118" in doc.text


# --- Kindle's My Clippings.txt: clippings parted by ten `=`, each the book's line and its own line over the words ----


def test_kindle_clippings_in_english_read_their_words_and_say_the_books_line() -> None:
    """`My Clippings.txt` (English UI) from an e-book of replies, every paragraph highlighted: per clipping the book's
    line `Replies 2025 (某区住建局)`, `- Your Highlight on page 2 | Location 31-33 | Added on Monday, June 9, 2025 …`,
    a blank line, the words, `==========`. The words are the text; the book's line is said, not kept."""
    src: list[str] = []
    for n, line in enumerate(_C):
        src += [
            "Replies 2025 (某区住建局)",
            f"- Your Highlight on page 2 | Location {31 + 3 * n}-{33 + 3 * n} | Added on",
        ]
        src[-1] += " Monday, June 9, 2025 9:15:02 PM"
        src += ["", line, "=========="]
    doc = checked("\r\n".join(src) + "\r\n")
    _gone(doc, "Replies 2025", "Your Highlight", "==========")
    assert "text-repaired" in [w.code for w in doc.warnings]
    _whole(doc)


def test_guard_a_text_with_one_rule_of_equals_signs_is_no_clippings_file() -> None:
    """Guard: a reply with one line of ten `=` under its title shows no clippings: its lines stay as written."""
    doc = checked("\n".join([*_C[:3], "==========", *_C[3:]]) + "\n")
    assert doc.text.startswith(_C[0]) and _C[3] in doc.text


# --- a record's text as a list of rich-text pieces, strings and typed objects (readers.text_records.rich_text) -----


def test_a_chat_exports_message_written_as_rich_text_pieces_reads_them_joined() -> None:
    """A chat export's message whose `body` is a list of pieces: the head's lines as a string, the title as a bold
    object (`{"type": "bold", "text": …}`), the rest as a string, a link object inside it. The pieces joined are the
    reply; the export's other members are the app's."""
    rest = "\n".join(_C[3:])
    at = rest.index("一窗受理")
    body = ["\n".join(_C[:2]) + "\n", {"type": "bold", "text": _C[2]}, "\n" + rest[:at]]
    body += [{"type": "text_link", "text": "一窗受理", "href": "https://mou.gov.cn/ycsl"}, rest[at + 4 :]]
    export = {"chat": "住建工作群", "messages": [{"id": 7, "sender": "钱某", "body": body}]}
    doc = checked(json.dumps(export, ensure_ascii=False, indent=1))
    _gone(doc, '"type"', "text_link", "mou.gov.cn/ycsl")
    assert doc.header.issuer == "某区住房和城乡建设局"
    _whole(doc)


def test_guard_a_tools_element_list_is_no_rich_text() -> None:
    """Guard: a tool's elements (objects alone, each with `type` and `text`) stay a paragraph each."""
    elements = [{"type": "Title" if n == 2 else "NarrativeText", "text": line} for n, line in enumerate(_C)]
    doc = checked(json.dumps(elements, ensure_ascii=False))
    _whole(doc)


# --- a text read in place of the file's keeps the file's lines in its spans (review29 R2, R9) ----------------------


def test_spans_of_a_rich_text_message_and_of_clippings_name_the_files_lines() -> None:
    """A message's rich-text pieces (the first on the file's line 8 of an indented export) and Kindle's clippings (the
    title's words on line 14): each span's `source_ref` is the file's line the words stand on, not the line of the
    text read in their place."""
    body = ["\n".join(_C[:2]) + "\n", {"type": "bold", "text": _C[2]}, "\n" + "\n".join(_C[3:])]
    export = json.dumps(
        {"chat": "群", "messages": [{"id": 7, "sender": "钱某", "body": body}]}, ensure_ascii=False, indent=1
    )
    first = 1 + next(k for k, line in enumerate(export.splitlines()) if _C[0] in line)
    doc = checked(export)
    assert doc.header.title_span is not None and doc.header.title_span.source_ref == f"line:{first}"
    clips: list[str] = []
    for line in _C:
        clips += ["Replies 2025 (某区住建局)", "- Your Highlight on page 2 | Location 1-2 | Added on Monday", "", line]
        clips.append("==========")
    doc = checked("\n".join(clips) + "\n")
    assert doc.header.title_span is not None and doc.header.title_span.source_ref == "line:14"
    assert doc.signature is not None and doc.signature.date_span is not None
    assert doc.signature.date_span.source_ref == "line:59"
