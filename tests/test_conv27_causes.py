"""Cause tests of session 27's conversion probes (tests/test_probes_27_conv.py): each a NEW example of a general
cause a probe met, failing on the session's start (/work/s27start) and passing after its fix; the guards beside
them hold what the fix must leave alone."""

from __future__ import annotations

import json

import govdoc
from tests.probing import checked, codes, squashed

# A short reply of our own, not a probe's: every example below carries it through one tool.
_B = [
    "某县水利局",
    "某水函〔2024〕19号",
    "关于县人大十八届三次会议第0045号建议的答复",
    "李某某代表：",
    "您提出的《关于加强农村饮水安全保障的建议》收悉。现答复如下：",
    "一、工作开展情况",
    "今年我局完成农村供水工程改造二十三处，新增受益人口一万二千人，水质检测合格率达到百分之九十六。",
    "二、下一步打算",
    "我局将继续推进城乡供水一体化，力争明年底实现规模化供水工程覆盖百分之九十的农村人口。",
    "感谢您对水利工作的关心和支持。",
    "某县水利局",
    "2024年7月22日",
    "联系人：吴某",
    "联系电话：0595-22331144",
]


def _whole(doc: govdoc.Document) -> None:
    """The reply's own fields read whole."""
    assert doc.header.title == _B[2]
    assert list(doc.header.recipients) == ["李某某代表"]
    assert [(s.marker, s.title) for s in doc.iter_sections()] == [("一、", "工作开展情况"), ("二、", "下一步打算")]
    assert doc.closing is not None and doc.closing.text == _B[9]
    assert doc.signature is not None and (doc.signature.issuers, doc.signature.date) == (("某县水利局",), "2024-07-22")
    assert doc.contact is not None and doc.contact.name == "吴某"


def _gone(doc: govdoc.Document, *pieces: str) -> None:
    text = squashed(doc.text)
    assert [p for p in pieces if squashed(p) in text] == []


# --- a mail's header under a client's line opening an inline forward ---------------------------------------------


def test_outlooks_original_message_line_over_an_english_header_leaves_with_the_header() -> None:
    """Outlook's `-----Original Message-----` at the file's start over `From:`/`Sent:`/`To:`/`Subject:`: the header is
    the forwarded mail's, read as one at the start would be (readers.mail_text._FORWARD_OPENING)."""
    head = ["-----Original Message-----", "From: 某县水利局 <slj@mou.gov.cn>", "Sent: Monday, July 22, 2024 4:05 PM"]
    head += ["To: 李某某 <li@126.com>", f"Subject: {_B[2]}", ""]
    doc = checked("\n".join([*head, *_B]) + "\n")
    _gone(doc, "Original Message", "slj@mou.gov.cn", "li@126.com", "Sent:")
    _whole(doc)


def test_guard_a_memo_under_a_rule_keeps_its_to_and_from_lines() -> None:
    """Guard: a dashed separator over a memo's `To:`/`From:` lines with no address is no mail's forward: they stay."""
    head = ["----- Forwarded message -----", "To: 各乡镇水利站", "From: 县水利局办公室", ""]
    doc = checked("\n".join([*head, *_B]) + "\n")
    assert "各乡镇水利站" in doc.text


# --- mail systems' own lines (patterns.chrome) -------------------------------------------------------------------


def test_a_163_forward_rule_a_first_contact_tip_and_a_threads_count_are_the_mail_systems() -> None:
    """`--------转发邮件信息--------` (no spaces), Microsoft 365's English safety tip, Gmail's `2 messages` under the
    subject: the mail systems' lines, no text of the reply."""
    top = ["You don't often get email from slj@mou.gov.cn. Learn why this is important", "2 messages", ""]
    top += ["--------转发邮件信息--------", ""]
    doc = checked("\n".join([*top, *_B]) + "\n")
    _gone(doc, "often get email", "2 messages", "转发邮件信息")
    _whole(doc)


def test_a_lotus_forward_line_inside_the_text_is_the_clients() -> None:
    """Lotus Notes' `----- Forwarded by … on … -----` under a forwarder's note (not at the file's start): the client's
    line, no text."""
    top = ["请阅处。", "", "----- Forwarded by 陈某/SLJ/MOU on 2024-07-22 16:20 -----", ""]
    doc = checked("\n".join([*top, *_B]) + "\n")
    _gone(doc, "Forwarded by")


def test_a_confidentiality_notice_under_a_mail_is_the_mail_systems() -> None:
    """A mail system's confidentiality notice under the reply, long, in Chinese (本电子邮件可能包含…机密信息…) and in
    English (This email may contain confidential …): neither is the reply's text."""
    tail = [
        "",
        "本电子邮件可能包含某县水利局的机密信息，仅供指定收件人使用。如您并非指定收件人，请勿阅读、使用、复制或转发本邮件，"
        "并请立即通知发件人并删除本邮件及其全部附件，谢谢合作！",
    ]
    tail += [
        "This email may contain confidential or privileged information and is intended only for the addressee named "
        "above. If you are not the intended recipient, please notify the sender and delete this email.",
        "",
    ]
    doc = checked("\n".join([*_B, *tail]))
    _gone(doc, "本电子邮件可能包含", "privileged information")
    _whole(doc)


def test_a_print_foot_with_a_tab_between_the_address_and_the_page_count() -> None:
    """A browser print's foot copied with a TAB between the page's address and its count (`https://…\\t1/2`): the
    print's band."""
    foot = ["https://www.mou.gov.cn/art/2024/7/22/art_1229_3356.html\t1/1", ""]
    doc = checked("\n".join([*_B, "", *foot]))
    _gone(doc, "art_1229_3356")
    assert doc.contact is not None and list(doc.contact.phones) == ["0595-22331144"]


# --- a wiki's markup ---------------------------------------------------------------------------------------------


def test_wiki_headings_between_runs_of_equals_without_spaces() -> None:
    """MediaWiki's headings typed without spaces (`=关于…=`, `==一、工作开展情况==`): the words between the runs are the
    heading's (readers.text_signs wiki_headings, readers.text_pieces)."""
    lines = [*_B[:2], f"={_B[2]}=", *_B[3:5], f"=={_B[5]}==", _B[6], f"=={_B[7]}==", *_B[8:]]
    doc = checked("\n".join(lines) + "\n")
    _gone(doc, "==")
    _whole(doc)


def test_guard_an_equation_line_is_no_wiki_heading() -> None:
    """Guard: a line opening with `=` that no equal run closes (`= 1.2万吨`) stays as written."""
    lines = [*_B[:7], "年供水总量", "= 1.2万吨 + 0.3万吨", *_B[7:]]
    doc = checked("\n".join(lines) + "\n")
    assert "= 1.2万吨 + 0.3万吨" in doc.text


def test_a_wikis_forced_breaks_boxes_and_colour_marks_are_markup() -> None:
    """DokuWiki's `\\\\` at a line's end and its `<WRAP right>` box, Confluence's ` \\\\ ` inside a line, its `{info}`
    macro lines and a `{color:red}…{color}` pair: markup around the words (readers.inline_marks, text_lines, text)."""
    lines = ["{info}", f"{_B[0]}\\\\", _B[1], "{info}", *_B[2:9], "{color:red}" + _B[9] + "{color}", "<WRAP right>"]
    lines += [f"{_B[10]} \\\\ {_B[11]}", "</WRAP>", *_B[12:]]
    doc = checked("\n".join(lines) + "\n")
    _gone(doc, "{info}", "WRAP", "\\\\", "{color")
    _whole(doc)
    assert doc.header.issuer == "某县水利局"


def test_guard_a_share_path_keeps_its_backslashes() -> None:
    """Guard: a UNC path's doubled backslash (`\\\\files\\水利`) between ASCII names stays as written."""
    lines = [*_B[:7], "资料已上传至\\\\files\\slj\\2024目录。", *_B[7:]]
    doc = checked("\n".join(lines) + "\n")
    assert "\\\\files\\slj\\2024" in doc.text


# --- a record listing its pages ---------------------------------------------------------------------------------


def test_a_record_listing_its_pages_each_with_its_text_reads_the_pages_in_order() -> None:
    """LlamaParse's JSON result: `pages[]` each with `page`, `text` and `md` (two copies of the page) and `images`,
    then `job_metadata`: the pages' texts (the larger copy, `md`) in order (readers.text_records._page_texts)."""
    first, second = _B[:7], _B[7:]
    pages = [
        {"page": n + 1, "text": "\n".join(p), "md": "\n\n".join(p), "images": [], "status": "OK"}
        for n, p in enumerate((first, second))
    ]
    record = {"pages": pages, "job_metadata": {"credits_used": 2, "job_pages": 2, "job_is_cache_hit": False}}
    doc = checked(json.dumps(record, ensure_ascii=False, indent=2))
    _gone(doc, "job_metadata", "credits_used")
    _whole(doc)


def test_guard_a_list_of_several_records_under_another_key_stays_as_written() -> None:
    """Guard: a crawler's `data` list of two pages is two documents, no one text: no page list joins them."""
    data = {"data": [{"title": "甲", "content": "\n".join(_B)}, {"title": "乙", "content": "\n".join(_B)}]}
    doc = checked(json.dumps(data, ensure_ascii=False, indent=2))
    assert doc.text.count(_B[6]) == 1


# --- poppler's TSV, an XMP packet -------------------------------------------------------------------------------


def test_poppler_tsv_rows_give_the_printed_lines() -> None:
    """`pdftotext -tsv`: its header (par_num before block_num), `###PAGE###`/`###FLOW###`/`###LINE###` rows and the
    words a row with boxes in points: the words of a line make the line (readers.ocr_text)."""
    rows = ["level\tpage_num\tpar_num\tblock_num\tline_num\tword_num\tleft\ttop\twidth\theight\tconf\ttext"]
    rows.append("1\t1\t0\t0\t0\t0\t0.000000\t0.000000\t595.276000\t841.890000\t-1\t###PAGE###")
    for n, line in enumerate(_B):
        top = 80.0 + 24 * n
        rows.append(f"3\t1\t0\t{n}\t0\t0\t79.370000\t{top:.6f}\t436.540000\t15.960000\t-1\t###FLOW###")
        rows.append(f"4\t1\t0\t{n}\t0\t0\t79.370000\t{top:.6f}\t436.540000\t15.960000\t-1\t###LINE###")
        rows.append(f"5\t1\t0\t{n}\t0\t0\t79.370000\t{top:.6f}\t{15.96 * len(line):.6f}\t15.960000\t100\t{line}")
    doc = checked("\n".join(rows) + "\n")
    _gone(doc, "###LINE###", "###PAGE###", "79.370000")
    _whole(doc)


def test_an_xmp_packet_at_the_files_start_is_the_files_metadata() -> None:
    """A file opening with its XMP packet (`<?xpacket begin=…?>` … `<?xpacket end="w"?>`, the file's title 0045号答复
    in `dc:title`) over a tagged text (`<Sect>`, `<P>`): the packet and the roots are no text (readers.tool_lines
    xmp_packet_lines, text_lines root tags)."""
    xmp = ['<?xpacket begin="\ufeff" id="W5M0MpCehiHzreSzNTczkc9d"?>', '<x:xmpmeta xmlns:x="adobe:ns:meta/">']
    xmp += ['<rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#">', '<rdf:Description rdf:about=""']
    xmp += ['    xmlns:dc="http://purl.org/dc/elements/1.1/">', "<dc:title><rdf:Alt>"]
    xmp += ['<rdf:li xml:lang="x-default">0045号答复</rdf:li>', "</rdf:Alt></dc:title>", "</rdf:Description>"]
    xmp += ["</rdf:RDF>", "</x:xmpmeta>", '<?xpacket end="w"?>']
    body = ["<Sect>", *(f"<P>{line}</P>" for line in _B), "</Sect>"]
    doc = checked("\n".join([*xmp, *body]) + "\n")
    _gone(doc, "xpacket", "0045号答复", "xmpmeta", "Sect")
    _whole(doc)
    assert "internal-error" not in codes(doc)


def test_a_librarys_word_dicts_printed_give_their_texts_a_line_each() -> None:
    """`print(page.extract_words(extra_attrs=["fontname", "size"]))` (one line, keys in the library's order): each
    dict's `text` is a printed line; the boxes and fonts are no text (readers.records.python_word_dicts)."""
    words = [
        {"text": line, "x0": 79.37, "x1": 79.37 + 15.96 * len(line), "top": 80.0 + 24 * n, "bottom": 95.96 + 24 * n}
        | {"upright": True, "direction": 1, "fontname": "ABCDEE+FangSong_GB2312", "size": 15.96}
        for n, line in enumerate(_B)
    ]
    doc = checked(repr(words) + "\n")
    _gone(doc, "FangSong_GB2312", "'upright'", "79.37")
    _whole(doc)


# --- a stamped chat export, a character-a-element XML dump, a tree of typed blocks --------------------------------


def test_a_chat_export_stamping_each_messages_first_line_leaves_the_stamps() -> None:
    """WhatsApp's iOS export: `[22/07/2024, 16:05:31] 吴某: ` opening each message's first line, the message's other
    lines raw; a notice of the client's own carries the stamp and no sender (readers.messages.STAMPED_MESSAGE)."""
    lines = ["[22/07/2024, 16:01:02] 吴某 created group “水利答复”", f"[22/07/2024, 16:05:31] 吴某: {_B[0]}", *_B[1:]]
    lines += ["[22/07/2024, 16:20:44] 李某某: 已收到"]
    doc = checked("\n".join(lines) + "\n")
    _gone(doc, "16:05:31", "created group")
    _whole(doc)
    assert doc.header.issuer == "某县水利局"


def test_guard_a_dated_list_in_a_notice_is_no_chat() -> None:
    """Guard: a notice's own dated rows (`22/07/2024, 16:05 - 县水利局: 检查完毕`, once) are no export: they stay."""
    lines = [*_B[:7], "检查记录：", "22/07/2024, 16:05 - 县水利局: 检查完毕", *_B[7:]]
    doc = checked("\n".join(lines) + "\n")
    assert "22/07/2024, 16:05 - 县水利局: 检查完毕" in doc.text


def test_an_xml_dump_of_a_character_to_an_element_gives_its_lines() -> None:
    """An XML dump holding a character to an element as its text (pdfminer's `-t xml`: `<text font=… size=…>某</text>`,
    a line closed by `</textline>`, an entity for `&`): the characters make the lines (readers.records.element_lines)."""
    out = ['<?xml version="1.0" encoding="utf-8" ?>', "<pages>", '<page id="1" bbox="0,0,595,842" rotate="0">']
    for n, line in enumerate(_B):
        out += [f'<textbox id="{n}" bbox="80,{700 - 24 * n},516,{716 - 24 * n}">', '<textline bbox="80,700,516,716">']
        out += [
            f'<text font="SimSun" bbox="{80 + 16 * i},700,{96 + 16 * i},716" size="16.0">{c}</text>'
            for i, c in enumerate(line)
        ]
        out += ["</textline>", "</textbox>"]
    out += ["</page>", "</pages>"]
    doc = checked("\n".join(out) + "\n")
    _gone(doc, "SimSun", "textline", "bbox")
    _whole(doc)


def test_an_editor_states_tree_of_typed_nodes_gives_its_texts() -> None:
    """An editor's saved state (Lexical's JSON: `root.children[]` paragraphs and headings, each with `children[]` text
    nodes `{"detail": 0, "format": 0, "mode": "normal", "text": "…", "type": "text"}`): the text nodes' words in order
    (readers.text_records._block_words)."""

    def node(line: str) -> dict[str, object]:
        kind = "heading" if line in (_B[2], _B[5], _B[7]) else "paragraph"
        leaf = {"detail": 0, "format": 0, "mode": "normal", "style": "", "text": line, "type": "text", "version": 1}
        return {"children": [leaf], "direction": "ltr", "format": "", "indent": 0, "type": kind, "version": 1}

    state = {"root": {"children": [node(x) for x in _B], "direction": "ltr", "type": "root", "version": 1}}
    doc = checked(json.dumps(state, ensure_ascii=False))
    _gone(doc, '"detail"', "ltr")
    _whole(doc)


def test_guard_a_list_of_typed_records_with_long_texts_is_no_block_tree() -> None:
    """Guard: a feed's list of three typed records (`type: article`), each a whole reply in `content`, is three
    documents: no block tree joins them (the texts are long)."""
    items = [{"type": "article", "title": f"第{k}号答复", "content": "\n".join(_B)} for k in range(3)]
    doc = checked(json.dumps({"items": items}, ensure_ascii=False, indent=2))
    assert doc.text.count(_B[6]) <= 1


def test_a_tiddlers_fields_headings_and_hard_line_fences_are_the_wikis() -> None:
    """A TiddlyWiki tiddler (`.tid`, the classic type `text/x-tiddlywiki`): its field lines and the blank under them,
    `!`/`!!` heading marks and the `\"\"\"` fences of a hard-line block (readers.tool_lines.tid_head_lines,
    readers.text_pieces.tiddlywiki_line)."""
    top = ["created: 20240722080512000", "modifier: 吴某", "title: 0045号建议答复", "type: text/x-tiddlywiki", ""]
    body = [*_B[:2], f"!{_B[2]}", *_B[3:5], f"!!{_B[5]}", _B[6], f"!!{_B[7]}", *_B[8:10], '"""', *_B[10:12], '"""']
    doc = checked("\n".join([*top, *body, *_B[12:]]) + "\n")
    _gone(doc, "x-tiddlywiki", "modifier", '"""', "!!")
    _whole(doc)


def test_guard_a_bang_opening_a_plain_texts_line_stays() -> None:
    """Guard: outside a tiddler, a line opening with `!` (`!注意：…`) keeps it."""
    lines = [*_B[:7], "!注意：汛期供水工程巡查每日一次。", *_B[7:]]
    doc = checked("\n".join(lines) + "\n")
    assert "!注意" in doc.text


# --- batches 4-6: subtitles, BBCode, a one-string list, sites' and apps' lines, citation marks -----------------------


def test_an_srt_files_numbers_and_times_are_the_files() -> None:
    """An SRT file whose cues are the reply's lines (`1` ⏎ `00:00:01,000 --> 00:00:04,000` ⏎ words ⏎ blank): the
    numbers and times leave, the words read (readers.text_lines.subtitle_line, text_signs subtitles)."""
    src: list[str] = []
    for n, line in enumerate(_B):
        src += [str(n + 1), f"00:00:{2 * n:02d},000 --> 00:00:{2 * n + 2:02d},000", line, ""]
    doc = checked("\n".join(src))
    _gone(doc, "-->", "00:00:02")
    assert doc.header.title == _B[2] and doc.contact is not None and doc.contact.name == "吴某"
    assert [s.marker for s in doc.iter_sections()] == ["一、", "二、"]


def test_an_ass_scripts_events_give_their_words() -> None:
    """An ASS script (`[Script Info]`, `[V4+ Styles]`, `[Events]`): each `Dialogue:` line's words after its nine
    fields, a `\\N` a break; the script's heads, settings and styles leave."""
    src = ["[Script Info]", "Title: 水利答复", "ScriptType: v4.00+", "", "[V4+ Styles]", "Format: Name, Fontname"]
    src += [
        "Style: Default,黑体,48",
        "",
        "[Events]",
        "Format: Layer, Start, End, Style, Name, MarginL, MarginR, MarginV, Effect, Text",
    ]
    src += [
        f"Dialogue: 0,0:00:{2 * n:02d}.00,0:00:{2 * n + 2:02d}.00,Default,,0,0,0,,{line}" for n, line in enumerate(_B)
    ]
    doc = checked("\n".join(src) + "\n")
    _gone(doc, "Dialogue", "黑体", "ScriptType")
    assert doc.header.title == _B[2] and [s.marker for s in doc.iter_sections()] == ["一、", "二、"]


def test_guard_a_schedule_with_an_arrow_between_times_is_no_subtitle() -> None:
    """Guard: a notice's schedule row `09:30:00 --> 10:00:00` (no milliseconds) is no cue: it stays."""
    lines = [*_B[:7], "09:30:00 --> 10:00:00 现场检查", "10:00:00 --> 11:00:00 座谈交流", *_B[7:]]
    doc = checked("\n".join(lines) + "\n")
    assert "09:30:00 --> 10:00:00 现场检查" in doc.text


def test_a_forums_bbcode_tags_and_edit_line_are_the_forums() -> None:
    """A phpBB-style post: `[b]`, `[size=150]`, `[color=red]`, `[url=…]…[/url]`, `[img]…[/img]` and Discuz's edit line
    `本帖最后由 吴某 于 2024-7-22 16:20 编辑`: tags and line leave, words stay (readers.text_pieces.bbcode)."""
    src = ["本帖最后由 吴某 于 2024-7-22 16:20 编辑", *_B[:2], f"[size=150][b]{_B[2]}[/b][/size]", *_B[3:9]]
    src += [f"[color=red]{_B[9]}[/color]", "[img]https://bbs.mou.cn/data/attachment/seal.png[/img]", *_B[10:12]]
    src += [_B[12], f"{_B[13]}（详见[url=https://slj.mou.gov.cn]县水利局网站[/url]）"]
    doc = checked("\n".join(src) + "\n")
    _gone(doc, "[b]", "[/size]", "[color", "seal.png", "本帖最后由", "[url")
    _whole(doc)
    assert "县水利局网站" in doc.text


def test_guard_bracketed_words_in_a_plain_text_stay() -> None:
    """Guard: a plain text's `[b]` (one, no BBCode around it) stays."""
    lines = [*_B[:7], "其中[b]类工程七处。", *_B[7:]]
    doc = checked("\n".join(lines) + "\n")
    assert "[b]类工程" in doc.text


def test_a_records_text_as_a_list_of_one_string() -> None:
    """A search engine's answer (Solr) whose doc holds each field in a one-element list, the title's list first:
    the content's one string is the text (readers.records.json_list_member)."""
    doc_ = {"id": "45", "title": [_B[2]], "content": ["\n".join(_B)], "_version_": 1}
    answer = {"responseHeader": {"status": 0, "QTime": 2}, "response": {"numFound": 1, "start": 0, "docs": [doc_]}}
    doc = checked(json.dumps(answer, ensure_ascii=False, indent=2))
    _gone(doc, "responseHeader", "numFound")
    _whole(doc)


def test_a_forges_heads_an_assistants_sources_and_a_readers_clipping_lines_are_chrome() -> None:
    """GitHub's `wu-mou commented on Jul 22, 2024`, Bing Chat's `Source: Conversation with Bing, 7/22/2024` and
    `(1) 标题. https://….`, Kindle's `- Your Highlight on page 2 | Location 20-24 | Added on …` and its rule of ten
    `=`: the sites' and apps' lines (patterns.chrome)."""
    top = ["wu-mou commented on Jul 22, 2024", ""]
    tail = ["", "Source: Conversation with Bing, 7/22/2024", f"(1) {_B[2]}. https://slj.mou.gov.cn/art/45.html."]
    tail += ["- Your Highlight on page 2 | Location 20-24 | Added on Monday, 22 July 2024 16:20:05", "=========="]
    doc = checked("\n".join([*top, *_B, *tail]) + "\n")
    _gone(doc, "commented on", "Conversation with Bing", "Your Highlight", "==========", "art/45.html")
    _whole(doc)


def test_an_assistants_citation_marks_to_its_defined_sources_are_no_words() -> None:
    """Bing Chat's `[^2^][2]` after a sentence, its source defined under the answer (`[2]: https://… ""`): the mark
    leaves, the sentence ends on its stop (readers.text_pieces reference_links)."""
    body = list(_B)
    body[6] += "[^2^][2]"
    doc = checked("\n".join([*body, "", '[2]: https://slj.mou.gov.cn/art/45.html ""']) + "\n")
    assert [p.text for s in doc.iter_sections()[:1] for p in s.paragraphs] == [_B[6]]
