"""Cause tests of round 26's conversion probes (tests/test_probes_26_conv.py): each a NEW example of a general cause a
probe's miss named, failing on the session's start (/work/s26start) and passing after its fix, with guards where a
rule could take a document's own line."""

from __future__ import annotations

import json

import govdoc
from tests.probing import absent, checked
from tests.test_probes_24_conv import _bytes

# A short reply to a 人大 proposal, unlike the probes' own documents.
_A = [
    "关于市十七届人大三次会议第112号建议的答复",
    "李某代表：",
    "您提出的关于加快老旧小区加装电梯的建议收悉。现答复如下：",
    "一、工作进展",
    "今年以来，全市老旧小区新增加装电梯二百三十部，惠及居民一万余户，审批时间平均缩短至二十个工作日。",
    "二、下一步打算",
    "我局将简化审批流程，推行联合审查，加快项目落地，并引导社会资本参与加装电梯。",
    "感谢您对住房和城乡建设工作的关心。",
    "某市住房和城乡建设局",
    "2024年7月9日",
    "联系人：赵某",
    "联系电话：0571-85012345",
]


def _whole(doc: govdoc.Document) -> None:
    """The reply read whole: its title, addressee, two sections, 落款 and contact."""
    assert doc.header.title == _A[0]
    assert list(doc.header.recipients) == ["李某代表"]
    assert [s.title for s in doc.iter_sections()] == ["工作进展", "下一步打算"]
    assert doc.signature is not None and doc.signature.date == "2024-07-09"
    assert list(doc.signature.issuers) == ["某市住房和城乡建设局"]
    assert doc.contact is not None and doc.contact.name == "赵某"


# --- records: what a record repeats of its text, and whose title it is -------------------------------------------


def test_a_search_answers_highlights_repeating_its_source_text_leave_the_source_the_text() -> None:
    """A search engine's answer (OpenSearch's hit, pretty-printed): the `_source` text and, beside it, `highlight`
    fragments that repeat pieces of it with `<em>` marks. The fragments are copies of the text, no other page's
    words: the record's text is the source's, once."""
    frags = [
        "今年以来，全市老旧小区新增<em>加装电梯</em>二百三十部，惠及居民一万余户",
        "引导社会资本参与<em>加装电梯</em>",
    ]
    frags += ["我局将简化审批流程，推行联合审查，加快项目落地"]
    hit = {"_index": "replies", "_id": "112", "_score": 3.2, "_source": {"content": "\n".join(_A)}}
    hit["highlight"] = {"content": frags, "content.pinyin": frags[:1]}
    answer = {"took": 5, "hits": {"total": {"value": 1}, "hits": [hit]}}
    doc = checked(json.dumps(answer, ensure_ascii=False, indent=2))
    _whole(doc)
    absent(doc, "<em>", "_score", "_index")


def test_an_rss_items_whole_page_in_content_encoded_beside_its_teaser() -> None:
    """An RSS item holding the page's text as CDATA in `<content:encoded>` and its first sentences as the
    `<description>` teaser: the encoded content is the text, the teaser a copy of its start, and the item's own
    title (not the channel's) its title."""
    html = "".join(f"<p>{line}</p>" for line in _A[1:])
    xml = [
        '<?xml version="1.0" encoding="UTF-8"?>',
        '<rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/">',
        "<channel><title>某市住建局 人大建议答复</title><link>https://zjj.mou.gov.cn/</link>",
        f"<item><title>{_A[0]}</title><link>https://zjj.mou.gov.cn/a/112.html</link>",
        f"<description><![CDATA[{_A[1]}{_A[2]}{_A[3]}{_A[4][:24]}……]]></description>",
        f"<content:encoded><![CDATA[{html}]]></content:encoded>",
        "<pubDate>Tue, 09 Jul 2024 17:00:00 +0800</pubDate></item></channel></rss>",
    ]
    doc = checked("\n".join(xml) + "\n")
    _whole(doc)
    absent(doc, "人大建议答复", "pubDate", "……")


def test_a_json_records_title_is_the_one_nearest_above_its_text() -> None:
    """A feed-like JSON (a list API's answer naming its column with a `title` before the item's own `title` and
    `content`): the item's title, nearest above the text member, is the document's; the column's is the API's. A
    second rendering of the text beside it (`content_text`) is a copy."""
    lines = _A[1:]
    item = {"title": _A[0], "content": "".join(f"<p>{x}</p>" for x in lines), "content_text": "\n".join(lines)}
    answer = {"title": "人大建议办理专栏", "count": 1, "item": item}
    doc = checked(json.dumps(answer, ensure_ascii=False, indent=1))
    _whole(doc)
    absent(doc, "人大建议办理专栏", "content_text")


def test_a_tools_elements_with_a_copy_of_their_words_and_a_furniture_layer() -> None:
    """A document converter's JSON (docling's DoclingDocument shape): `texts`, each item its `self_ref`, `label`,
    `prov`, its words twice (`orig` and `text`) and its `content_layer`, the running foot in the furniture layer.
    The body's items, once each, are the document."""
    texts = []
    for n, line in enumerate([*_A, "第1页"]):
        layer = "furniture" if line == "第1页" else "body"
        label = "page_footer" if layer == "furniture" else "section_header" if line in (_A[3], _A[5]) else "text"
        item = {"self_ref": f"#/texts/{n}", "content_layer": layer, "label": label}
        item |= {"prov": [{"page_no": 1, "bbox": {"l": 72.0, "t": 700.0 - 20 * n}}], "orig": line, "text": line}
        texts.append(item)
    doc = checked(json.dumps({"schema_name": "DoclingDocument", "texts": texts, "tables": []}, ensure_ascii=False))
    _whole(doc)
    absent(doc, "第1页", "page_footer", "self_ref")


def test_an_extraction_apis_elements_with_their_path_and_text_beside_a_pages_list() -> None:
    """A PDF extraction service's answer (Adobe's Extract API shape): `elements`, each with its `Path`, `Bounds`,
    `Page` and `Text` (a trailing space), beside a `pages` list of its own. The elements' texts are the document."""
    elements = []
    for n, line in enumerate(_A):
        path = "//Document/H1" if line in (_A[3], _A[5]) else f"//Document/P[{n + 1}]"
        elements.append(
            {"Bounds": [72.0, 700.0 - 20 * n, 520.0, 716.0 - 20 * n], "Page": 0, "Path": path, "Text": line + " "}
        )
    answer = {"version": {"schema": "1.1.0"}, "elements": elements, "pages": [{"page_number": 0}, {"page_number": 1}]}
    doc = checked(json.dumps(answer, ensure_ascii=False))
    _whole(doc)
    absent(doc, "//Document", "Bounds")


# --- mail clients' separators and apps' lines ---------------------------------------------------------------------


def test_thunderbirds_english_separator_over_an_inline_forward_is_no_text() -> None:
    """Thunderbird's (English UI) inline forward opens with `-------- Forwarded Message --------` over its header
    pairs: the separator is the client's, no line of the reply."""
    head = ["-------- Forwarded Message --------", f"主题：\t{_A[0]}", "日期：\t2024年7月9日 17:02", ""]
    doc = checked("\n".join([*head, *_A]) + "\n")
    _whole(doc)
    absent(doc, "Forwarded Message")
    assert "content-unplaced" not in [w.code for w in doc.warnings]


def test_apple_mails_begin_forwarded_message_line_is_no_text() -> None:
    """Apple Mail's `Begin forwarded message:` over a forwarded mail: the client's line."""
    doc = checked("\n".join(["Begin forwarded message:", "", *_A]) + "\n")
    _whole(doc)
    absent(doc, "Begin forwarded message")


def test_onenotes_pasted_from_line_under_a_pasted_piece_is_no_text() -> None:
    """OneNote's `Pasted from <…>` under a piece pasted into a page, here between the reply and a note the user
    typed under it: the app's record of the source, wherever it stands; the user's note stays."""
    lines = [*_A, "Pasted from <https://zjj.mou.gov.cn/a/112.html>", "", "（已转办公室存档）"]
    doc = checked("\n".join(lines) + "\n")
    assert doc.header.title == _A[0]
    absent(doc, "Pasted from", "zjj.mou.gov.cn")
    assert "已转办公室存档" in doc.text


def test_a_google_doc_published_to_the_web_leaves_its_bars() -> None:
    """A Google Doc published to the web, copied with its top bar (`Published using Google Docs`, `Report abuse`,
    `Learn more`) and its foot (`Updated automatically every 5 minutes`)."""
    lines = ["Published using Google Docs", "Report abuse", "Learn more", "", *_A, ""]
    lines += ["Updated automatically every 5 minutes"]
    doc = checked("\n".join(lines) + "\n")
    _whole(doc)
    absent(doc, "Published using", "Report abuse", "Learn more", "Updated automatically")


def test_a_news_portals_share_prompt_under_a_reprint_is_chrome() -> None:
    """A portal's `分享让更多人看到` under the reprinted reply (its share buttons' caption): the site's."""
    doc = checked("\n".join([*_A, "", "分享让更多人看到"]) + "\n")
    _whole(doc)
    absent(doc, "分享让更多人看到")


def test_guard_a_notice_asking_to_share_keeps_its_sentence() -> None:
    """A notice's own sentence asking to share the policy (分享让更多人看到这项政策。) is its text."""
    lines = [
        "关于开展住房公积金政策宣传月活动的通知",
        "各区住建局：",
        "请将政策解读转发至社区群，分享让更多人看到这项政策。",
    ]
    lines += ["某市住房和城乡建设局", "2024年7月9日"]
    doc = checked("\n".join(lines) + "\n")
    assert "分享让更多人看到这项政策" in doc.text


# --- converters' marks --------------------------------------------------------------------------------------------


def test_a_vision_models_grounding_marks_and_page_split_are_no_text() -> None:
    """A grounding OCR's output (DeepSeek-OCR's shape): each element's `<|ref|>type<|/ref|><|det|>[[box]]<|/det|>`
    line over its text, and `<--- Page Split --->` between pages inside a paragraph. The marks are the model's; the
    page split a page end (the paragraph joined again)."""
    out = []
    for n, line in enumerate(_A):
        kind = "title" if n == 0 else "sub_title" if line in (_A[3], _A[5]) else "text"
        out.append(f"<|ref|>{kind}<|/ref|><|det|>[[96, {50 + 40 * n}, 903, {80 + 40 * n}]]<|/det|>")
        if n == 4:
            out += [line[:20], "<--- Page Split --->", line[20:], ""]
        else:
            out += [line, ""]
    doc = checked("\n".join(out))
    _whole(doc)
    absent(doc, "<|ref|>", "<|det|>", "Page Split")
    assert doc.iter_sections()[0].paragraphs[0].text == _A[4]


def test_an_outliners_block_properties_are_no_text() -> None:
    """An outliner's page (Logseq's shape): blocks as `- ` bullets, and under two of them the properties the app
    wrote itself (`id:: <uuid>` for a referenced block, `collapsed:: true` for a folded one)."""
    out = [f"- {line}" for line in _A[:4]]
    out += [f"\t- {_A[4]}", "\t  id:: 5f3c2a1b-0d9e-4f8a-b7c6-1e2d3c4b5a69", f"- {_A[5]}", "  collapsed:: true"]
    out += [f"\t- {_A[6]}", *[f"- {line}" for line in _A[7:]]]
    doc = checked("\n".join(out) + "\n")
    _whole(doc)
    absent(doc, "id::", "collapsed::", "5f3c2a1b")


def test_guard_a_property_line_holding_words_stays() -> None:
    """A writer's own property holding words (`备注:: 已办结`, `tags:: 建议`) is no bookkeeping of the app's."""
    doc = checked("\n".join([*_A, "备注:: 已办结"]) + "\n")
    assert "已办结" in doc.text


def test_a_picture_tag_in_markdown_is_no_text() -> None:
    """A layout parser's Markdown (PP-StructureV3's shape) centring a picture's `<img …/>` in a `<div>` where the
    seal stood, between the 落款's organ and its date: no text, and the 落款 still the organ and its date."""
    img = '<div style="text-align: center;"><img src="imgs/img_in_seal_box_880_1500_1290_1910.jpg" alt="Image" /></div>'
    lines = [f"# {_A[0]}", *_A[1:3], f"## {_A[3]}", _A[4], f"## {_A[5]}", *_A[6:9], img, *_A[9:]]
    doc = checked("\n\n".join(lines) + "\n")
    _whole(doc)
    absent(doc, "<img", "imgs/", "text-align")


def test_hz_bytes_are_read_as_hz() -> None:
    """A text saved in HZ (7-bit GB2312 between `~{` and `~}`, CRLF ends): read in HZ, no ASCII text of tildes."""
    doc = _bytes(("\r\n".join(_A) + "\r\n").encode("hz"))
    assert doc.source.encoding == "hz"
    _whole(doc)


def test_guard_an_ascii_text_with_its_own_tildes_stays_ascii() -> None:
    """An ASCII text writing `~{` and `~}` (a TeX note, a shell's brace expansion) is no HZ."""
    doc = govdoc.parse(b"Type ~{ and ~} to quote, e.g. a~{xy~}b; echo ~{a,b~}\n")
    assert doc.source.encoding == "utf-8"
    assert "~{xy~}" in doc.text


def test_a_json_records_text_as_a_list_of_lines_nested_in_its_objects() -> None:
    """A record holding the text as a list of lines at depth (a notebook's `cells[].outputs[].text`, a script's
    `result.lines`): the list, where it stands, is the text, each string a line."""
    record = {"ok": True, "result": {"engine": "v2", "lines": [line + "\n" for line in _A], "pages": 1}}
    doc = checked(json.dumps(record, ensure_ascii=False, indent=2))
    _whole(doc)
    absent(doc, "engine", '"lines"')


def test_a_fenced_html_answers_root_tags_are_no_text() -> None:
    """An assistant's HTML answer in a fence: `<html><body>` and `</body></html>` on lines of their own around
    the paragraphs. Markup, no words: nothing left unplaced."""
    out = ["```html", "<html><body>", *[f"<p>{line}</p>" for line in _A], "</body></html>", "```"]
    doc = checked("\n".join(out) + "\n")
    _whole(doc)
    assert "content-unplaced" not in [w.code for w in doc.warnings]


def test_guard_a_notice_naming_the_body_tag_in_a_sentence_keeps_it() -> None:
    """A notice on web accessibility naming `<body>` inside its sentence keeps it (a whole line of root tags only
    is markup)."""
    lines = [
        "关于规范政府网站页面代码的通知",
        "各区政府：",
        "网站页面应在<body>元素内标注主要内容区域，便于读屏软件识别。",
    ]
    lines += ["某市政务服务数据管理局", "2024年7月9日"]
    doc = checked("\n".join(lines) + "\n")
    assert "<body>" in doc.text


def test_toml_front_matter_between_plus_rules_gives_its_title() -> None:
    """A static site's page with TOML front matter (`+++`, `title = "…"`, `date = …`, `+++`) over a body without its
    title line: the front matter's title is the title; its lines are the site's."""
    top = ["+++", f'title = "{_A[0]}"', "date = 2024-07-09T17:00:00+08:00", "draft = false", "+++", ""]
    doc = checked("\n".join([*top, *_A[1:]]) + "\n")
    _whole(doc)
    absent(doc, "+++", "draft")


def test_guard_a_text_opening_with_a_rule_of_pluses_is_no_front_matter() -> None:
    """A text framed by `+++` rules holding sentences, no `key = value` lines, keeps them."""
    doc = checked("\n".join(["+++", "请各单位于7月15日前报送材料。", "+++", *_A]) + "\n")
    assert "请各单位于7月15日前报送材料" in doc.text


def test_a_warc_files_records_and_the_pages_http_head_are_no_text() -> None:
    """A WARC file opened as text (a crawler's capture): a `warcinfo` record, the `request` record, then the
    `response` record's fields, its HTTP head and the page's source. The records and the heads are the archive's
    and the transport's; the page's `<head>` its own; the article is the text."""
    page = ["<!DOCTYPE html>", "<html>", "<head>", '<meta charset="utf-8">', f"<title>{_A[0]}</title>", "</head>"]
    page += ["<body>", f"<h1>{_A[0]}</h1>", *[f"<p>{line}</p>" for line in _A[1:]], "</body>", "</html>"]
    lines = ["WARC/1.1", "WARC-Type: warcinfo", "WARC-Date: 2024-07-09T09:00:00Z", "Content-Length: 60", ""]
    lines += ["software: Heritrix/3.4.0", "format: WARC File Format 1.1", "", ""]
    lines += ["WARC/1.1", "WARC-Type: request", "WARC-Target-URI: https://zjj.mou.gov.cn/a/112.html", ""]
    lines += ["GET /a/112.html HTTP/1.1", "Host: zjj.mou.gov.cn", "", ""]
    lines += ["WARC/1.1", "WARC-Type: response", "WARC-Target-URI: https://zjj.mou.gov.cn/a/112.html"]
    lines += ["Content-Type: application/http; msgtype=response", "Content-Length: 2100", ""]
    lines += ["HTTP/1.1 200 OK", "Content-Type: text/html; charset=utf-8", "Server: Apache", "", *page, "", ""]
    doc = checked("\r\n".join(lines))
    _whole(doc)
    absent(doc, "WARC", "Heritrix", "HTTP/1.1", "Apache", "charset")
    assert doc.header.metadata == {}


def test_guard_a_notice_opening_with_the_words_warc_is_no_archive() -> None:
    """A text opening `WARC/1.0` but holding no response record stays as written."""
    doc = checked("\n".join(["WARC/1.0 格式说明", "网页归档文件采用WARC格式保存。", *_A]) + "\n")
    assert "网页归档文件采用WARC格式保存" in doc.text


# --- XML dumps whose words stand in attributes --------------------------------------------------------------------


def test_an_xml_dump_holding_each_character_in_an_attribute_reads_its_lines() -> None:
    """A layout dump's XML (MuPDF's stext shape): `<line>` elements each holding a `<char … c="…"/>` per character,
    no text between the tags. The characters of each line, joined, are its line."""
    out = ['<?xml version="1.0"?>', '<document name="112.pdf">', '<page id="page1" width="595" height="842">']
    for n, line in enumerate(_A):
        out.append(f'<line bbox="72 {90 + 20 * n} 520 {106 + 20 * n}">')
        out += [f'<char x="{72 + 16 * k}" y="{90 + 20 * n}" c="{ch}"/>' for k, ch in enumerate(line)]
        out.append("</line>")
    out += ["</page>", "</document>"]
    doc = checked("\n".join(out) + "\n")
    _whole(doc)
    absent(doc, "bbox", "c=")


def test_an_ocr_xml_holding_each_word_in_an_attribute_spaces_only_ascii_words() -> None:
    """An OCR engine's ALTO: `<TextLine>` elements holding `<String CONTENT="…"/>` words parted by `<SP/>`, each Han
    character a word, figures and marks words of their own. The words join into their line, a space only where two
    ASCII words stood apart (`Wi Fi` stays two words, `0571-85012345` one phone)."""
    lines = [*_A[:5], "站内已开通Wi Fi服务。", *_A[5:]]
    out = ['<?xml version="1.0" encoding="UTF-8"?>', '<alto xmlns="http://www.loc.gov/standards/alto/ns-v3#">']
    out += ["<Layout>", '<Page ID="p0">', "<PrintSpace>"]
    for n, line in enumerate(lines):
        words: list[str] = []
        for piece in line.split(" "):  # (a space parts words: `Wi Fi` is two)
            for k, ch in enumerate(piece):
                if k and ch.isascii() and ch.isalnum() and words[-1][-1:].isascii() and words[-1][-1:].isalnum():
                    words[-1] += ch
                else:
                    words.append(ch)
        strings = [f'<String HPOS="{40 * k}" VPOS="{60 * n}" CONTENT="{w}"/>' for k, w in enumerate(words)]
        out.append(f'<TextLine VPOS="{60 * n}">' + '<SP WIDTH="4"/>'.join(strings) + "</TextLine>")
    out += ["</PrintSpace>", "</Page>", "</Layout>", "</alto>"]
    doc = checked("\n".join(out) + "\n")
    _whole(doc)
    assert "站内已开通Wi Fi服务。" in doc.text
    assert doc.contact is not None and list(doc.contact.phones) == ["0571-85012345"]


def test_an_outline_xml_holding_each_line_in_an_attribute_reads_a_line_each() -> None:
    """An outliner's OPML: an `<outline text="…"/>` per line, the paragraphs nested under their headings' outlines,
    the title also in the head's `<title>`. Each outline's words are a line."""
    out = ['<?xml version="1.0" encoding="UTF-8"?>', '<opml version="2.0">', f"<head><title>{_A[0]}</title></head>"]
    out += ["<body>", *[f'<outline text="{line}"/>' for line in _A[:3]], f'<outline text="{_A[3]}">']
    out += [f'<outline text="{_A[4]}"/>', "</outline>", f'<outline text="{_A[5]}">', f'<outline text="{_A[6]}"/>']
    out += ["</outline>", *[f'<outline text="{line}"/>' for line in _A[7:]], "</body>", "</opml>"]
    doc = checked("\n".join(out) + "\n")
    _whole(doc)
    absent(doc, "outline", "opml")


def test_guard_a_page_source_whose_words_stand_between_its_tags_is_read_as_before() -> None:
    """A page's source with its words between the tags and a few in attributes (`title="…"`, `alt="…"`) is no
    attribute dump: its paragraphs are read as they were."""
    body = "".join(f'<p title="段落">{line}</p>' for line in _A)
    doc = checked(f'<div class="article" title="某市住建局"><img alt="公章" src="seal.png"/>{body}</div>\n')
    _whole(doc)


def test_a_records_title_written_as_an_object_holding_its_text() -> None:
    """A CMS's REST answer (WordPress's shape) writing its title as an object (`"title": {"rendered": "…"}`) over the
    content's object (`"content": {"rendered": "<p>…</p>"}`): the rendered title is the document's title."""
    post = {"id": 112, "title": {"rendered": _A[0]}, "content": {"rendered": "".join(f"<p>{x}</p>" for x in _A[1:])}}
    doc = checked(json.dumps(post, ensure_ascii=False).replace("/", "\\/"))
    _whole(doc)
