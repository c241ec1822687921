"""Round-27 blind probes of text that came through CONVERSION TOOLS, COPIES and SCRAPES rounds 14-26 did not try.

Rounds 14-26 (tests/test_probes_14_noise.py, _15_conv … _26_conv, and the noise rounds) covered pandoc, markitdown,
docling, marker, MinerU, Nougat, Mathpix, LlamaParse, unstructured, DocTags, Tika, poppler (raw, -layout,
-bbox-layout, -htmlmeta, pdftohtml), pdfminer (text and html), MuPDF (txt, stext), PDFBox, pypdf, pypdfium2,
pdfplumber's text, PyMuPDF, Tabula, pdf2htmlEX, Adobe's Extract API, Word/WPS/LibreOffice text, antiword/catdoc/
docx2txt/docx2python/mammoth, OCR engines and their JSON (Tesseract text, TSV, hOCR, ALTO, PaddleOCR, EasyOCR,
Umi-OCR, RapidOCR, Surya, dots.ocr, DeepSeek-OCR, 百度, 腾讯云, 阿里云, 华为云, Azure, Google Vision and Document AI),
reader services, text browsers, note apps (Notion, Obsidian, OneNote, Evernote, 印象笔记, 语雀, 飞书, 钉钉, Bear,
Joplin, Typora, Logseq), light markups (reST, AsciiDoc, org, Textile), mail (raw .eml, Outlook, Gmail's, Foxmail's,
QQ's, Thunderbird's, Apple Mail's forwards), chats (WeChat, QQ, 钉钉, 飞书, 企业微信), registers, crawler records,
feeds, database clients, web archives, terminals and LLM framings. This round adds (each checked against those
rounds' docstrings and a grep of the test names first):
- batch 1, PDF tools not tried: Ghostscript's `txtwrite` device (columns by spaces), pdf.js `getTextContent` items a
  line each (a font change cuts a printed line: figures in their own item), 合合 TextIn's JSON (`markdown` beside
  its `detail` and `pages` copies), Mistral OCR's JSON (a page's `markdown`, a picture link for the seal), poppler's
  `pdftotext -tsv` (`###PAGE###`/`###LINE###` rows, a word a row), pdfplumber's `extract_words()` pretty-printed
  (sorted keys), Acrobat's "Export to XML 1.0" (an XMP packet above `<TaggedPDF-doc>`), pdfminer's `pdf2txt -t xml`
  (a `<text>` element per character);
- batch 2, wikis and note stores: a Zim page file, a DokuWiki page (`\\\\` breaks, `<WRAP>`), pandoc's MediaWiki,
  Confluence's wiki markup (`h1.`, `{panel}`, `{color}`), Google Keep's Takeout JSON (`textContent` beside
  `textContentHtml`), Simplenote's export (CRLF inside the JSON string), SiYuan's `.sy` tree (text in `Data`
  members), a TiddlyWiki `.tid` (field lines, `!` headings, a `\"\"\"` block);
- batch 3, mail clients and chats not tried: Lotus Notes' forward, 网易163's `转发邮件信息`, 阿里邮箱's rule and `主　题`,
  a Huawei-style confidentiality disclaimer under a rule of underscores, WhatsApp's txt export, Telegram Desktop's
  JSON (`text` beside `text_entities`), Gmail's print view, Microsoft 365's first-contact safety tip;
- batch 4, forum, subtitle and book markups: Discuz's BBCode (`[p=30, 2, left]`, its edit line), SRT, WebVTT and
  Aegisub's ASS of a video reading the reply, calibre's FB2 (its `<description>`), LibreOffice's flat ODT, pandoc's
  DocBook 5 and groff ms;
- batch 5, records as programs print them: mongosh (util.inspect's `'…\\n' +` pieces, `ObjectId`), PHP's `print_r`,
  a Lombok `toString()` in a log line, Ruby's `inspect` (`=>`), Solr's JSON (one-element lists), an OA system's
  发文处理笺 over the reply, a HAR entry's escaped JSON answer, Notion's API blocks (`rich_text` pieces);
- batch 6, apps and readers: PowerToys Text Extractor (a space between every Han character), Kindle's `My
  Clippings.txt` (Chinese UI), an iCalendar event's folded DESCRIPTION, a retrieval pipeline's overlapping chunks as
  JSON Lines, Firefox's Save Page As Text, NVDA's Speech Viewer log, a code forge's issue page, Bing Chat's copied
  answer (`[^1^][1]` marks, `源: 与必应的对话`, reference definitions).

Every expected value was written by hand from the contract (../shared/design/contract.md), the README's Input
section and warning table and earlier rounds' settled readings before the parser ran on any of these texts
(batches 1-3 committed in 94bee9a6, before any run; batches 4-6 in the commit that adds them, before any run of
them in the worktree: the Notion probe alone was run once in a scratch copy before that commit, by my slip, while
a cause was tried on another example, so its first look is not blind and is not counted).

First look per batch (documents whole / checks; a check is a field `same` compares), and the general cause of each
miss (cause tests in tests/test_conv27_causes.py, each a new example that fails on the session's start /work/s27start):
- batch 1: 1/8 whole, 52/112 checks. Causes: a record listing its pages, each page's text in one member of one key
  (Mistral OCR's `pages[].markdown`: readers.text_records._page_texts, only under `pages`: a crawler's list under
  another key may hold several documents); poppler's `pdftotext -tsv` (its header with par_num and block_num the other
  way round, boxes with decimals, its `###LINE###` rows: readers.ocr_text, read as Tesseract's TSV); a PDF library's
  word dicts printed (pdfplumber: readers.records.python_word_dicts); an XMP packet at the file's start
  (readers.tool_lines.xmp_packet_lines) and a tagged PDF's roots (`<TaggedPDF-doc>`, `<Part>`: text_lines root
  tags). Five misses my writing (corrected in place): a reply whose every printed line is a line joins its wrapped
  lines with `page-break-joined` warned, the settled reading (rounds 24-26's `_JOINED`): the txtwrite, TSV, pdf.js,
  pdfplumber and pdfminer probes now expect it. Left (strict xfails): pdf.js's items cut at every font change,
  pdfminer's XML of a `<text>` per character.
- batch 2: 2/8 whole, 60/96 checks. Causes: a wiki's headings between two runs of `=` of one length (MediaWiki,
  DokuWiki, Zim: readers.text_signs wiki_headings, readers.text_pieces; AsciiDoc's opening run alone stays AsciiDoc's);
  a wiki's forced breaks (`\\\\` ending a line after its words, ` \\\\ ` inside one: readers.inline_marks,
  readers.text._WIKI_BREAK), its boxes alone on a line (DokuWiki's `<WRAP>`, Confluence's `{panel}`: text_lines
  _MARKUP_LINE) and Confluence's `{color:…}…{color}` pair (inline_marks; a style rule's `p {color:red}` stays). Left
  (strict xfails): SiYuan's `.sy` tree, TiddlyWiki's `.tid`.
- batch 3: 1/8 whole, 81/96 checks. Causes: a mail's header under a client's line opening an inline forward at the
  file's start (Lotus Notes' `----- Forwarded by … -----`, Outlook's `-----Original Message-----`:
  readers.mail_text._FORWARD_OPENING); mail systems' own lines (网易's `转发邮件信息` rule, Lotus's forward line inside
  a text, Microsoft 365's first-contact tip, Gmail's `1 封邮件`, a confidentiality notice short or long:
  patterns.chrome CHROME_LINE, LONG_CHROME); a print's foot with a TAB before its page count (PRINTED_PAGE_BAND).
  One miss my reading (corrected in place): Gmail's `收件人：` row is a Chinese client's header, metadata kept in the
  text by rounds 14/26's reading, so its address stays. Left (strict xfails): WhatsApp's export, Telegram's JSON.
- later in the session (cause tests in the same file): WhatsApp's export (a stamp and sender opening each message's
  first line: readers.messages.STAMPED_MESSAGE, text_lines stamped-message), pdfminer's XML (a character to an
  element: readers.records.element_lines), SiYuan's tree (typed blocks' short string members of one key:
  readers.text_records._block_words) and TiddlyWiki's `.tid` (its field head, `!` headings, triple-quote fences:
  readers.tool_lines.tid_head_lines, text_pieces tiddlywiki_line) were read and unpinned.

Batches 4-6 were run first on this branch with batches 1-3's first fixes in (e50ea88f; the later ones not yet):
- batch 4: 0/8 whole, 33/91 checks. Causes: a subtitle file's own lines (SRT's and WebVTT's cue numbers and times,
  WebVTT's head and notes, an ASS script's sections, settings and dialogue fields, `\\N`: readers.text_lines
  subtitle_line, text_signs subtitles); a forum's BBCode (text_pieces.bbcode) and Discuz's edit line
  (patterns.chrome). Left (strict xfails): calibre's FB2, a flat ODT, DocBook, groff ms.
- batch 5: 1/7 whole, 45/88 checks (the Notion probe left out: not blind, see above). Cause: a record's text as a
  one-string list after the title's (Solr: readers.records.json_list_member reads on past a list that does not hold
  the words). Notion's blocks read by SiYuan's cause. Left (strict xfails): mongosh, print_r, Lombok, Ruby, a HAR's
  escaped answer.
- batch 6: 1/8 whole, 71/100 checks. Causes: a code forge's issue and comment heads, Bing Chat's source lines, Kindle's
  clipping lines and rule (patterns.chrome); an assistant's citation marks to its defined sources (`[^1^][1]`:
  text_pieces reference_links). Left (strict xfails): Kindle's book line, iCalendar, overlapping chunks, Firefox's
  menu row, NVDA.

Over the six batches: 6/47 documents whole at first look (the Notion probe not counted), 342/583 checks (six misses
my writing or reading, corrected in place); 32/48 whole now, the other sixteen strict xfails with their reasons.

Session 29 (conv29) lifted twelve of the sixteen, each by a general cause with a new example in
tests/test_conv29_causes.py: Ruby's Hash inspect, a portal's menu row opening on 首页, a HAR entry's escaped JSON
answer, PHP's print_r, mongosh's util.inspect, groff's ms, FictionBook, a flat ODT and DocBook (one reader of XML
vocabularies of paragraphs), Lombok's toString in a log line, Kindle's clippings, Telegram's rich-text pieces. Four stay
pinned: pdf.js's items, iCalendar (its SUMMARY and LOCATION hold Han words a reader would have to say, against this
probe's empty warnings), overlapping chunks, NVDA's role words (Han vocabulary, and the layout clean-up takes the two
spaces that part them out before a chrome pattern could see them).
"""

from __future__ import annotations

import json
import pprint
import re
from typing import Any

import pytest

from tests.test_probes_11_noise import look, parsed, same
from tests.test_probes_25_conv import _HEAD, _HEAD_WANT, _JOINED, _R, _WANT, _lines, _printed, _without

_KEYS = ("title", "issuer", "number", "recipients", "ref", "sections", "closing", "signature", "contact", "leaked")


def _keys(got: dict[str, Any], want: dict[str, Any], keys: tuple[str, ...] = _KEYS) -> None:
    """Only the fields named compared (the probe says why the others are left out)."""
    same({k: got[k] for k in keys}, {k: want[k] for k in keys})


def _paragraph_lines() -> list[list[str]]:
    """The reply's printed lines grouped by the paragraph (or head line) they belong to."""
    return [[line] for line in _HEAD] + [_printed([line]) for line in _R]


# --- Batch 1: PDF tools rounds 14-26 did not try (written before any run) ----------------------------------------


def test_ghostscript_txtwrite_sets_columns_by_spaces() -> None:
    """`gs -sDEVICE=txtwrite -o out.txt 答复.pdf`: each printed line a line, its left edge as leading spaces (the
    margin, a paragraph's two-character indent, the centred title, the 文号 and the 落款 pushed right), no page mark
    on a one-page reply."""
    out = [" " * 6 + _HEAD[0], " " * 38 + _HEAD[1], "", " " * 14 + _R[0], "", " " * 6 + _R[1]]
    for line in _R[2:8]:
        printed = _printed([line])
        out += [" " * 10 + printed[0], *(" " * 6 + p for p in printed[1:])]
    out += ["", " " * 44 + _R[8], " " * 45 + _R[9], "", " " * 6 + _R[10], " " * 6 + _R[11], ""]
    same(look(parsed("\n".join(out))), _HEAD_WANT | _JOINED)


@pytest.mark.xfail(
    strict=True,
    reason="a printed line cut into a line per font run (the figures of a 文号, a date, a phone each a line of their own, `〔` and `号` apart) is read as that many lines; joining them needs the tool's mark, which a bare list of items does not show (no general rule found: a table's column of figures is as much a line per figure)",
)
def test_pdfjs_text_content_items_a_line_each_cut_at_every_font_change() -> None:
    """A script printing pdf.js `getTextContent()` items joined by newlines: the figures (set in Times New Roman)
    are items of their own, so every printed line holding figures is cut before and after them, and the empty item
    pdf.js adds at each printed line's end (`hasEOL`) gives a blank line. The 文号, the date and the phone come in
    pieces; the reply must read whole."""
    out: list[str] = []
    for line in _lines():
        out += [piece for piece in re.split(r"([0-9][0-9-]*)", line) if piece]
        out.append("")
    same(look(parsed("\n".join(out))), _HEAD_WANT | _JOINED)


def test_textin_json_holds_the_markdown_beside_its_detail_and_pages_copies() -> None:
    """合合 TextIn's `pdf_to_markdown` answer: `result.markdown` (the whole page, `#` for the title, `##` for the
    headings), `result.detail` (a paragraph an element with `text`, `type`, `outline_level`, `position`) and
    `result.pages[].content` (a printed line an element). The three hold the same words; the reply reads once."""
    md = [*_HEAD, f"# {_R[0]}", *_R[1:3], f"## {_R[3]}", _R[4], f"## {_R[5]}", *_R[6:]]
    detail = [
        {
            "page_id": 1,
            "paragraph_id": n,
            "outline_level": 0 if line == _R[0] else 1 if line in (_R[3], _R[5]) else -1,
            "text": line,
            "type": "paragraph",
            "sub_type": "text_title" if line == _R[0] else "text",
            "position": [150, 180 + 70 * n, 1500, 180 + 70 * n, 1500, 224 + 70 * n, 150, 224 + 70 * n],
            "content": 0,
        }
        for n, line in enumerate([*_HEAD, *_R])
    ]
    content = [
        {
            "id": n,
            "type": "line",
            "text": line,
            "pos": [150, 180 + 70 * n, 1500, 180 + 70 * n, 1500, 224 + 70 * n, 150, 224 + 70 * n],
        }
        for n, line in enumerate(_lines())
    ]
    answer = {
        "code": 200,
        "message": "success",
        "version": "3.6.9",
        "duration": 812,
        "result": {
            "markdown": "\n\n".join(md),
            "detail": detail,
            "pages": [
                {"page_id": 1, "status": "success", "width": 1654, "height": 2339, "angle": 0, "content": content}
            ],
            "total_page_number": 1,
            "valid_page_number": 1,
        },
    }
    same(look(parsed(json.dumps(answer, ensure_ascii=False))), _HEAD_WANT)


def test_mistral_ocr_json_gives_each_page_its_markdown_and_the_seal_as_a_picture_link() -> None:
    """Mistral OCR's answer saved as JSON: `pages[]` with `index`, `markdown`, `images` (the seal's box, no base64)
    and `dimensions`, then `model` and `usage_info`. Page 1 ends after section 一's paragraph; page 2's markdown
    opens on section 二 and holds `![img-0.jpeg](img-0.jpeg)` above the 落款. The picture link is no text."""
    first = [*_HEAD, f"# {_R[0]}", *_R[1:3], f"## {_R[3]}", _R[4]]
    second = [f"## {_R[5]}", *_R[6:8], "![img-0.jpeg](img-0.jpeg)", *_R[8:]]
    box = {"top_left_x": 1021, "top_left_y": 1610, "bottom_right_x": 1395, "bottom_right_y": 1984}
    pages = [
        {
            "index": 0,
            "markdown": "\n\n".join(first),
            "images": [],
            "dimensions": {"dpi": 200, "height": 2339, "width": 1654},
        },
        {
            "index": 1,
            "markdown": "\n\n".join(second),
            "images": [{"id": "img-0.jpeg", **box, "image_base64": None}],
            "dimensions": {"dpi": 200, "height": 2339, "width": 1654},
        },
    ]
    answer = {
        "pages": pages,
        "model": "mistral-ocr-2505-completion",
        "usage_info": {"pages_processed": 2, "doc_size_bytes": 184213},
    }
    same(look(parsed(json.dumps(answer, ensure_ascii=False, indent=2)), "img-0.jpeg"), _HEAD_WANT)


def test_pdftotext_tsv_gives_a_row_per_word_under_page_flow_and_line_rows() -> None:
    """poppler's `pdftotext -tsv`: a header row (`level page_num par_num block_num line_num word_num left top width
    height conf text`), a `###PAGE###` row (level 1), a `###FLOW###` row per block (level 3), a `###LINE###` row per
    printed line (level 4), then its words (level 5, conf 100); a CJK line with no space is one word. The reply is
    the words in their order, one printed line a line."""
    rows = ["level\tpage_num\tpar_num\tblock_num\tline_num\tword_num\tleft\ttop\twidth\theight\tconf\ttext"]
    rows.append("1\t1\t0\t0\t0\t0\t0.000000\t0.000000\t595.276000\t841.890000\t-1\t###PAGE###")
    y = 72.0
    for block, group in enumerate(_paragraph_lines()):
        rows.append(f"3\t1\t0\t{block}\t0\t0\t90.000000\t{y:.6f}\t415.300000\t{16.0 * len(group):.6f}\t-1\t###FLOW###")
        for n, line in enumerate(group):
            box = f"90.000000\t{y:.6f}\t{16.0 * len(line):.6f}\t16.000000"
            rows.append(f"4\t1\t0\t{block}\t{n}\t0\t{box}\t-1\t###LINE###")
            rows.append(f"5\t1\t0\t{block}\t{n}\t0\t{box}\t100\t{line}")
            y += 28.0
    same(look(parsed("\n".join(rows) + "\n"), "###LINE###", "###FLOW###", "595.276"), _HEAD_WANT | _JOINED)


def test_pdfplumber_extract_words_pretty_printed_with_sorted_keys() -> None:
    """A script doing `pprint(page.extract_words())`: a list of dicts, keys sorted (`bottom`, `direction`, `doctop`,
    `height`, `text`, `top`, `upright`, `width`, `x0`, `x1`), one word a dict; a CJK printed line with no space is
    one word. The words in order are the reply; the boxes are no text."""
    words: list[dict[str, Any]] = []
    for n, line in enumerate(_lines()):
        top = 72.0 + 28.0 * n
        words.append(
            {
                "text": line,
                "x0": 90.0,
                "x1": 90.0 + 16.0 * len(line),
                "top": top,
                "doctop": top,
                "bottom": top + 16.0,
                "upright": True,
                "height": 16.0,
                "width": 16.0 * len(line),
                "direction": "ltr",
            }
        )
    same(look(parsed(pprint.pformat(words) + "\n"), "'doctop'", "'upright'"), _HEAD_WANT | _JOINED)


def test_acrobat_export_to_xml_puts_an_xmp_packet_above_the_tagged_pdf() -> None:
    """Acrobat's Export PDF → XML 1.0: the XML declaration, the file's XMP packet (`<?xpacket begin=…?>`,
    `<x:xmpmeta>` with `xmp:CreateDate`, `pdf:Producer` and the file's `dc:title` 0326答复) and then
    `<TaggedPDF-doc>` with a `<P>` a paragraph and `<H1>`/`<H2>` for the headings. The packet is the file's, not
    the reply's: its title is no title, its tool names no text."""
    xmp = [
        '<?xml version="1.0" encoding="UTF-8" ?>',
        '<?xpacket begin="\ufeff" id="W5M0MpCehiHzreSzNTczkc9d"?>',
        '<x:xmpmeta xmlns:x="adobe:ns:meta/" x:xmptk="Adobe XMP Core 9.1-c001 79.675d0f7, 2023/06/11-19:21:16        ">',
        '   <rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#">',
        '      <rdf:Description rdf:about=""',
        '            xmlns:xmp="http://ns.adobe.com/xap/1.0/"',
        '            xmlns:pdf="http://ns.adobe.com/pdf/1.3/"',
        '            xmlns:dc="http://purl.org/dc/elements/1.1/">',
        "         <xmp:CreateDate>2024-08-16T18:30:12+08:00</xmp:CreateDate>",
        "         <xmp:CreatorTool>WPS 文字</xmp:CreatorTool>",
        "         <pdf:Producer>Adobe PDF Library 23.3.247</pdf:Producer>",
        "         <dc:format>application/pdf</dc:format>",
        "         <dc:title>",
        "            <rdf:Alt>",
        '               <rdf:li xml:lang="x-default">0326答复</rdf:li>',
        "            </rdf:Alt>",
        "         </dc:title>",
        "      </rdf:Description>",
        "   </rdf:RDF>",
        "</x:xmpmeta>",
        '<?xpacket end="w"?>',
    ]
    tags = {_R[0]: "H1", _R[3]: "H2", _R[5]: "H2"}
    body = ["<TaggedPDF-doc>", "<Part>"]
    body += [f"<{tags.get(line, 'P')}>{line} </{tags.get(line, 'P')}>" for line in [*_HEAD, *_R]]
    body += ["</Part>", "</TaggedPDF-doc>"]
    doc = parsed("\n".join([*xmp, *body]) + "\n")
    same(_without(look(doc, "0326答复", "Adobe PDF Library", "xpacket", "CreatorTool"), "text-repaired"), _HEAD_WANT)


def test_pdfminer_xml_output_gives_a_text_element_per_character() -> None:
    """`pdf2txt.py -t xml`: `<pages>`, `<page>`, `<textbox>`, `<textline>`, then one `<text font=… bbox=… size=…>`
    element per character on a line of its own, and the line's end as `<text>` newline `</text>`; the page's
    `<layout>` tree under it. The characters in order are the reply."""
    out = [
        '<?xml version="1.0" encoding="utf-8" ?>',
        "<pages>",
        '<page id="1" bbox="0.000,0.000,595.276,841.890" rotate="0">',
    ]
    for box, group in enumerate(_paragraph_lines()):
        out.append(f'<textbox id="{box}" bbox="90.000,{700 - 40 * box:.3f},505.300,{716 - 40 * box:.3f}">')
        for n, line in enumerate(group):
            y = 700.0 - 40 * box - 16 * n
            out.append(f'<textline bbox="90.000,{y:.3f},{90 + 16 * len(line):.3f},{y + 16:.3f}">')
            for i, char in enumerate(line):
                x = 90.0 + 16 * i
                out.append(
                    f'<text font="FZFSK--GBK1-0" bbox="{x:.3f},{y:.3f},{x + 16:.3f},{y + 16:.3f}" '
                    f'colourspace="DeviceGray" ncolour="[0]" size="16.000">{char}</text>'
                )
            out += ["<text>", "</text>", "</textline>"]
        out.append("</textbox>")
    out += [
        "<layout>",
        '<textgroup bbox="90.000,60.000,505.300,716.000">',
        '<textbox id="0" bbox="90.000,700.000,202.000,716.000" />',
    ]
    out += ["</textgroup>", "</layout>", "</page>", "</pages>"]
    same(look(parsed("\n".join(out) + "\n"), "FZFSK", "colourspace"), _HEAD_WANT | _JOINED)


# --- Batch 2: wikis and note stores rounds 14-26 did not try (written before any run) ----------------------------


def test_a_zim_page_file_with_its_headers_and_created_line() -> None:
    """A Zim desktop-wiki page file: `Content-Type: text/x-zim-wiki`, `Wiki-Format: zim 0.6`, `Creation-Date: …`,
    a blank line, the page's name as its `======` heading (0326答复), Zim's `Created Friday 16 August 2024`, then the
    reply as pasted, its headings set with `====` and the closing in `**…**`. Zim's headers, the page's name and
    its created line are the wiki's, not the reply's."""
    top = ["Content-Type: text/x-zim-wiki", "Wiki-Format: zim 0.6", "Creation-Date: 2024-08-16T18:30:12+08:00", ""]
    top += ["====== 0326答复 ======", "Created Friday 16 August 2024", ""]
    body = [*_HEAD, "", f"===== {_R[0]} =====", "", _R[1], _R[2], "", f"==== {_R[3]} ====", _R[4], ""]
    body += [f"==== {_R[5]} ====", _R[6], "", f"**{_R[7]}**", "", *_R[8:], ""]
    doc = parsed("\n".join([*top, *body]))
    gone = ("text/x-zim-wiki", "Wiki-Format", "Creation-Date", "====", "**")
    _keys(look(doc, *gone), _HEAD_WANT)


def test_a_dokuwiki_page_with_forced_breaks_and_a_wrap_block() -> None:
    """A DokuWiki page's source: the title as `====== … ======`, the head's two lines parted by DokuWiki's forced
    break `\\\\`, sections as `===== … =====`, the 落款 inside the Wrap plugin's `<WRAP right>…</WRAP>` with a forced
    break between organ and date, and the contact's two lines parted by `\\\\` too. The marks are no text."""
    src = [f"{_HEAD[0]}\\\\", _HEAD[1], "", f"====== {_R[0]} ======", "", _R[1], "", _R[2], ""]
    src += [f"===== {_R[3]} =====", "", _R[4], "", f"===== {_R[5]} =====", "", _R[6], "", _R[7], ""]
    src += ["<WRAP right>", f"{_R[8]}\\\\", _R[9], "</WRAP>", "", f"{_R[10]}\\\\", _R[11], ""]
    doc = parsed("\n".join(src))
    same(look(doc, "WRAP", "\\\\", "======"), _HEAD_WANT)


def test_pandoc_mediawiki_output_with_a_bookmark_span_and_br_tags() -> None:
    """`pandoc -t mediawiki` of the reply's .docx: paragraphs a blank line apart, the title a level-1 heading
    `= … =` after an empty `<span id="_Toc…"></span>` anchor, the sections `== … ==`, and the contact's two lines
    joined by `<br />` in one paragraph (a soft return in Word). The marks and the anchor are no text."""
    src = [_HEAD[0], "", _HEAD[1], "", '<span id="_Toc174201833"></span>', f"= {_R[0]} =", "", _R[1], "", _R[2], ""]
    src += [f"== {_R[3]} ==", "", _R[4], "", f"== {_R[5]} ==", "", _R[6], "", _R[7], "", _R[8], "", _R[9], ""]
    src += [f"{_R[10]}<br />", _R[11], ""]
    doc = parsed("\n".join(src))
    same(look(doc, "_Toc174201833", "<br", "span id"), _HEAD_WANT)


def test_confluence_wiki_markup_with_a_panel_a_colour_and_breaks() -> None:
    """A Confluence page in its wiki markup (the legacy editor's source, Jira's markup too): the head inside
    `{panel}` … `{panel}`, the title as `h1. `, the sections as `h2. `, the closing wrapped in `{color:#172b4d}` …
    `{color}`, and the 落款's organ and date on one line parted by Confluence's ` \\\\ ` break. The macros and marks
    are no text."""
    src = ["{panel}", *_HEAD, "{panel}", f"h1. {_R[0]}", "", _R[1], _R[2], "", f"h2. {_R[3]}", _R[4], ""]
    src += [f"h2. {_R[5]}", _R[6], "", "{color:#172b4d}" + _R[7] + "{color}", "", f"{_R[8]} \\\\ {_R[9]}", ""]
    src += [_R[10], _R[11], ""]
    doc = parsed("\n".join(src))
    same(look(doc, "{panel}", "{color", "h1.", "h2.", "172b4d"), _HEAD_WANT)


def test_google_keep_takeout_json_holds_the_text_beside_its_html_copy() -> None:
    """A Google Keep note from Takeout (`Keep/0326答复.json`, one line): `color`, `isTrashed`, `isPinned`,
    `isArchived`, `textContent` (the note's text, `\\n` escapes), `textContentHtml` (the same as `<p dir="ltr">`
    elements), `title` (the note's name, 0326答复), the timestamps in microseconds and `labels`. The text reads once;
    the note's name is no title of the reply."""
    text = "\n".join([*_HEAD, *_R])
    html = "".join(
        f'<p dir="ltr" style="line-height:1.38;margin-top:0.0pt;margin-bottom:0.0pt;"><span>{x}</span></p>'
        for x in [*_HEAD, *_R]
    )
    note = {
        "color": "DEFAULT",
        "isTrashed": False,
        "isPinned": False,
        "isArchived": False,
        "textContent": text,
        "textContentHtml": html,
        "title": "0326答复",
        "userEditedTimestampUsec": 1723804977512000,
        "createdTimestampUsec": 1723804212000000,
        "labels": [{"name": "工作"}],
    }
    doc = parsed(json.dumps(note, ensure_ascii=False, separators=(",", ":")))
    _keys(look(doc, "textContentHtml", "line-height", "isTrashed"), _HEAD_WANT)


def test_simplenote_export_json_with_crlf_inside_the_note() -> None:
    """Simplenote's `notes.json` export (pretty, two spaces): `activeNotes` with one note (`id`, `content` whose
    lines end `\\r\\n`, `creationDate`, `lastModified`, `tags`) and an empty `trashedNotes`. The note's content is
    the reply whole."""
    note = {
        "id": "5f2a1c0e8b7d4e3f9a6b1c2d3e4f5a6b",
        "content": "\r\n".join([*_HEAD, *_R]),
        "creationDate": "2024-08-16T10:30:12.000Z",
        "lastModified": "2024-08-16T10:42:57.512Z",
        "tags": ["答复"],
    }
    doc = parsed(json.dumps({"activeNotes": [note], "trashedNotes": []}, ensure_ascii=False, indent=2) + "\n")
    same(look(doc, "5f2a1c0e8b7d4e3f9a6b1c2d3e4f5a6b", "creationDate"), _HEAD_WANT)


def test_siyuan_sy_tree_holds_each_line_in_a_text_nodes_data() -> None:
    """A SiYuan note's `.sy` file (pretty JSON, tabs): a `NodeDocument` with `Properties` (`id`, `title` 0326答复,
    `updated`) and `Children`: a `NodeParagraph` per paragraph and a `NodeHeading` (`HeadingLevel`) per heading,
    each holding one `{"Type": "NodeText", "Data": "…"}`. The `Data` members in order are the reply."""

    def block(line: str, n: int) -> dict[str, Any]:
        node: dict[str, Any] = {"ID": f"20240816183{n:03d}-abcdefg", "Type": "NodeParagraph"}
        if line in (_R[0], _R[3], _R[5]):
            node = {**node, "Type": "NodeHeading", "HeadingLevel": 1 if line == _R[0] else 2}
        props = {"id": node["ID"], "updated": "20240816184257"}
        return {**node, "Properties": props, "Children": [{"Type": "NodeText", "Data": line}]}

    tree = {
        "ID": "20240816183012-siyuan0",
        "Spec": "1",
        "Type": "NodeDocument",
        "Properties": {"id": "20240816183012-siyuan0", "title": "0326答复", "updated": "20240816184257"},
        "Children": [block(line, n) for n, line in enumerate([*_HEAD, *_R])],
    }
    doc = parsed(json.dumps(tree, ensure_ascii=False, indent="\t"))
    _keys(look(doc, "NodeParagraph", "abcdefg", "HeadingLevel"), _HEAD_WANT)


def test_a_tiddlywiki_tid_file_with_its_fields_headings_and_a_hard_line_block() -> None:
    """A TiddlyWiki tiddler saved as `.tid`: field lines (`created: 20240816103012000`, `modified: …`, `tags: 答复 交通`,
    `title: 0326答复`, `type: text/vnd.tiddlywiki`), a blank line, then the wikitext: `!` for the title, `!!` for the
    sections, paragraphs a blank line apart, and the 落款 inside a `\"\"\"` hard-line block. The fields and the marks are
    the wiki's."""
    top = ["created: 20240816103012000", "modified: 20240816104257512", "tags: 答复 交通", "title: 0326答复"]
    top += ["type: text/vnd.tiddlywiki", ""]
    body = [*_HEAD, "", f"!{_R[0]}", "", _R[1], "", _R[2], "", f"!!{_R[3]}", "", _R[4], "", f"!!{_R[5]}", "", _R[6]]
    body += ["", _R[7], "", '"""', _R[8], _R[9], '"""', "", _R[10], "", _R[11], ""]
    doc = parsed("\n".join([*top, *body]))
    gone = ("text/vnd.tiddlywiki", "created:", "modified:", '"""')
    _keys(look(doc, *gone), _HEAD_WANT)


# --- Batch 3: mail clients and chats rounds 14-26 did not try (written before any run) ---------------------------


def test_lotus_notes_forward_with_its_tab_aligned_english_header() -> None:
    """Lotus Notes 8.5's forward copied out: `----- Forwarded by 张某/JTJ/MOU on 2024-08-16 18:35 -----`, a blank line,
    then `From:`, `To:`, `Date:`, `Subject:` each with a TAB before its value (the sender in Notes' hierarchical
    name), a blank line and the reply. The forward line and the Notes names are the mail's; the reply's fields
    hold (the English header's own reading is rounds 14/19's, not compared)."""
    head = ["----- Forwarded by 张某/JTJ/MOU on 2024-08-16 18:35 -----", "", "From:\t某市交通运输局/JTJ/MOU"]
    head += ["To:\t王某某 <wang@163.com>", "Date:\t2024-08-16 18:30", f"Subject:\t{_R[0]}", ""]
    doc = parsed("\n".join([*head, *_HEAD, *_R]) + "\n")
    _keys(look(doc, "Forwarded by", "JTJ/MOU"), _HEAD_WANT)


def test_netease_163_forward_header_under_its_own_rule() -> None:
    """网易163邮箱's forward: `-------- 转发邮件信息 --------`, then `发件人："某市交通运输局" <jtj@mou.gov.cn>`,
    `发送日期：2024-08-16 18:30:12`, `收件人："王某某" <wang@163.com>`, `主题：…`, a blank line and the reply. The rule is
    no text; the Chinese keys are a mail header's, metadata by rounds 14/26's reading."""
    head = [
        "-------- 转发邮件信息 --------",
        '发件人："某市交通运输局" <jtj@mou.gov.cn>',
        "发送日期：2024-08-16 18:30:12",
    ]
    head += ['收件人："王某某" <wang@163.com>', f"主题：{_R[0]}", ""]
    doc = parsed("\n".join([*head, *_HEAD, *_R]) + "\n")
    meta = {"发件人": '"某市交通运输局" <jtj@mou.gov.cn>', "发送日期": "2024-08-16 18:30:12"}
    meta |= {"收件人": '"王某某" <wang@163.com>', "主题": _R[0]}
    same(look(doc, "转发邮件信息"), _HEAD_WANT | {"metadata": meta})


def test_aliyun_mail_forward_under_a_long_rule_with_a_spaced_subject_key() -> None:
    """阿里邮箱's forward: a rule of 66 hyphens, then `发件人：某市交通运输局<jtj@mou.gov.cn>`, `发送时间：2024年8月16日(星期五)
    18:30`, `收件人：王某某<wang@aliyun.com>`, `主　题：…` (a full-width space inside the key) and the reply after a
    blank line. The header is the mail's; the reply's own fields hold (the keys' spelling in metadata not compared)."""
    head = ["-" * 66, "发件人：某市交通运输局<jtj@mou.gov.cn>", "发送时间：2024年8月16日(星期五) 18:30"]
    head += ["收件人：王某某<wang@aliyun.com>", f"主　题：{_R[0]}", ""]
    doc = parsed("\n".join([*head, *_HEAD, *_R]) + "\n")
    _keys(look(doc, "-" * 20), _HEAD_WANT)


def test_a_confidentiality_disclaimer_in_two_languages_under_the_reply() -> None:
    """A mail whose body is the reply, then Outlook's rule of 32 underscores and the organisation's disclaimer (a
    Chinese paragraph 本邮件及其附件含有…保密信息…请您立即电话或邮件通知发件人并删除本邮件！ and its English twin). The
    disclaimer is the mail system's: no contact, no 落款, no body text."""
    tail = [
        "",
        "_" * 32,
        "本邮件及其附件含有某市交通运输局的保密信息，仅限于发送给上面地址中列出的个人或群组。禁止任何其他人以任何形式"
        "使用（包括但不限于全部或部分地泄露、复制、或散发）本邮件中的信息。如果您错收了本邮件，请您立即电话或邮件通知发件人并删除本邮件！",
    ]
    tail += [
        "This e-mail and its attachments contain confidential information, which is intended only for the person or "
        "entity whose address is listed above. If you receive this e-mail in error, please notify the sender by phone "
        "or email immediately and delete it!",
        "",
    ]
    doc = parsed("\n".join([*_HEAD, *_R, *tail]))
    same(_without(look(doc, "本邮件及其附件", "confidential information", "_" * 32), "text-repaired"), _HEAD_WANT)


def test_whatsapp_chat_export_with_the_reply_as_one_message() -> None:
    """WhatsApp's `Export chat` (without media): `16/08/2024, 18:25 - Messages and calls are end-to-end encrypted. …`,
    then `16/08/2024, 18:30 - 周某: ` opening the message whose lines are the reply (its other lines raw), and a
    last message `16/08/2024, 18:41 - 王某某: 收到，谢谢`. The notice and each sender's stamp are the chat's; the reply's
    fields hold (the last message's own reading is rounds 23's chats', not compared)."""
    lines = [
        "16/08/2024, 18:25 - Messages and calls are end-to-end encrypted. No one outside of this chat, not even "
        "WhatsApp, can read or listen to them. Tap to learn more."
    ]
    lines += [f"16/08/2024, 18:30 - 周某: {_HEAD[0]}", _HEAD[1], *_R, "16/08/2024, 18:41 - 王某某: 收到，谢谢", ""]
    doc = parsed("\n".join(lines))
    _keys(look(doc, "end-to-end encrypted", "18:30 - 周某"), _HEAD_WANT)


def test_telegram_desktop_json_export_holds_the_text_beside_its_entities() -> None:
    """Telegram Desktop's `result.json` (one-space indent): the chat's `name`, `type`, `id` and `messages`, the
    message with `id`, `type`, `date`, `date_unixtime`, `from`, `from_id`, `text` (a list: a bold entity object for
    the title and a plain string for the rest) and `text_entities` (the same words as typed pieces). The reply reads
    once, whole."""
    rest = "\n" + "\n".join(_R[1:])
    top = "\n".join(_HEAD) + "\n"
    message = {
        "id": 512,
        "type": "message",
        "date": "2024-08-16T18:30:12",
        "date_unixtime": "1723804212",
        "from": "周某",
        "from_id": "user5123456789",
        "text": [top, {"type": "bold", "text": _R[0]}, rest],
        "text_entities": [
            {"type": "plain", "text": top},
            {"type": "bold", "text": _R[0]},
            {"type": "plain", "text": rest},
        ],
    }
    export = {"name": "交通工作群", "type": "private_supergroup", "id": 1987654321, "messages": [message]}
    doc = parsed(json.dumps(export, ensure_ascii=False, indent=1) + "\n")
    same(look(doc, "交通工作群", "user5123456789", "private_supergroup"), _HEAD_WANT)


def test_gmail_print_view_copied_with_its_thread_head_and_the_browsers_foot() -> None:
    """Gmail's print view (Chinese UI) copied whole: `Gmail - <subject>`, the account's `王某某 <wang@gmail.com>`, the
    subject again with `1 封邮件`, the sender line with its date after a TAB, `收件人： …`, the reply, and the
    browser's foot (the print URL and `1/1`). The thread's head and the foot are Gmail's and the browser's; the
    title is the reply's own once."""
    top = [f"Gmail - {_R[0]}", "", "王某某 <wang@gmail.com>", "", _R[0], "1 封邮件", ""]
    top += ["某市交通运输局 <jtj@mou.gov.cn>\t2024年8月16日 18:30", "收件人： 王某某 <wang@gmail.com>", ""]
    foot = [
        "",
        "https://mail.google.com/mail/u/0/?ik=3f2a1b4c5d&view=pt&search=all&permthid=thread-f:1807512345678901234\t1/1",
        "",
    ]
    doc = parsed("\n".join([*top, *_HEAD, *_R, *foot]))
    _keys(look(doc, "Gmail -", "1 封邮件", "mail.google.com"), _HEAD_WANT)


def test_microsoft_365_first_contact_safety_tip_above_the_reply() -> None:
    """A mail from Outlook (Microsoft 365, Chinese UI) copied with its first-contact safety tip as the first line:
    `你通常不会收到来自 jtj@mou.gov.cn 的电子邮件。了解这一点为什么很重要<https://aka.ms/LearnAboutSenderIdentification>`,
    then the reply. The tip is the mail system's, no text of the reply."""
    tip = "你通常不会收到来自 jtj@mou.gov.cn 的电子邮件。了解这一点为什么很重要<https://aka.ms/LearnAboutSenderIdentification>"
    doc = parsed("\n".join([tip, "", *_HEAD, *_R]) + "\n")
    same(_without(look(doc, "你通常不会收到来自", "LearnAboutSenderIdentification"), "text-repaired"), _HEAD_WANT)


# --- Batch 4: forum, subtitle and book markups rounds 14-26 did not try (written before any run) ------------------


def _cues(lines: list[str]) -> list[str]:
    """The reply as a reading video's subtitle cues: each line cut after its clauses' stops (，。；) into cues of at
    most 18 characters where the clauses allow (a longer clause a cue of its own), a short line one cue; no cue runs
    over two lines."""
    cues: list[str] = []
    for line in lines:
        mine: list[str] = []
        for clause in re.findall(r"[^，。；]+[，。；]?", line):
            if mine and len(mine[-1]) + len(clause) <= 18 and mine[-1][-1:] != "。":
                mine[-1] += clause
            else:
                mine.append(clause)
        cues += mine
    return cues


def _stamp(n: int, comma: bool) -> str:
    """A cue's time, 2.5 s a cue, as SRT (`00:00:02,500`) or WebVTT (`00:00:02.500`) writes it."""
    ms = 500 + 2500 * n
    sep = "," if comma else "."
    return f"{ms // 3_600_000:02d}:{ms // 60_000 % 60:02d}:{ms // 1000 % 60:02d}{sep}{ms % 1000:03d}"


_CUE_KEYS = ("title", "recipients", "ref", "signature", "contact", "leaked")


def _cue_look(doc: Any, *gone: str) -> dict[str, Any]:
    """A subtitle probe's fields: the cues cut the paragraphs, so only the fields a cue holds whole are compared, and
    the sections' markers and titles."""
    got = look(doc, *gone)
    got["sections"] = [s[:4] for s in got["sections"]]
    return got


_CUE_WANT = _WANT | {"sections": [s[:4] for s in _WANT["sections"]]}


def test_a_discuz_forum_post_in_bbcode_with_its_edit_line() -> None:
    """A reply reposted on a Discuz forum, its source (BBCode) copied from the editor: `本帖最后由 周某 于 2024-8-16 18:30
    编辑` first, the title in `[align=center][size=5][b]…[/b][/size][/align]`, the head in `[color=#333333]`, the
    paragraphs in Discuz's `[p=30, 2, left]…[/p]`, the 落款 in `[align=right]`. The tags and the edit line are the
    forum's."""
    src = ["本帖最后由 周某 于 2024-8-16 18:30 编辑", ""]
    src += [f"[color=#333333]{x}[/color]" for x in _HEAD]
    src += [f"[align=center][size=5][b]{_R[0]}[/b][/size][/align]", _R[1]]
    src += [f"[p=30, 2, left]{x}[/p]" for x in _R[2:8]]
    src += [f"[align=right]{x}[/align]" for x in _R[8:10]]
    src += [*_R[10:], ""]
    doc = parsed("\n".join(src))
    gone = ("本帖最后由", "[b]", "[/size]", "[p=30", "[align", "[color")
    same(_without(look(doc, *gone), "text-repaired"), _HEAD_WANT)


def test_an_srt_file_of_a_reading_video_gives_its_cues() -> None:
    """A 政务 video reading the reply out, its subtitles saved as `.srt` and opened as text: a cue number, the cue's
    `00:00:00,500 --> 00:00:03,000` line, its words (a clause or two), a blank line. The numbers and times are the
    file's; the title, the addressee, the headings, the 落款 and the contact are cues of their own."""
    cues = _cues(_R)
    src: list[str] = []
    for n, cue in enumerate(cues):
        src += [str(n + 1), f"{_stamp(n, True)} --> {_stamp(n + 1, True)}", cue, ""]
    doc = parsed("\n".join(src))
    got = _cue_look(doc, "-->", "00:00:")
    _keys(got, _CUE_WANT, (*_CUE_KEYS, "sections"))


def test_a_webvtt_file_with_its_header_settings_and_a_note() -> None:
    """The same cues as WebVTT: `WEBVTT` and a `Kind: captions` / `Language: zh-CN` header, a `NOTE` block, each cue's
    time line with settings (`align:center line:85%`). The header, notes, times and settings are the file's."""
    cues = _cues(_R)
    src = ["WEBVTT", "Kind: captions", "Language: zh-CN", "", "NOTE 由某市融媒体中心字幕组制作", ""]
    for n, cue in enumerate(cues):
        src += [f"{_stamp(n, False)} --> {_stamp(n + 1, False)} align:center line:85%", cue, ""]
    doc = parsed("\n".join(src))
    got = _cue_look(doc, "WEBVTT", "-->", "align:center", "字幕组", "Language:")
    _keys(got, _CUE_WANT, (*_CUE_KEYS, "sections"))


def test_an_ass_subtitle_script_with_its_styles_and_dialogue_lines() -> None:
    """An Aegisub `.ass` script: `[Script Info]` (its comment lines, `Title:`, `ScriptType:`, `PlayRes`), `[V4+
    Styles]` (a `Format:` and a `Style:` line naming 微软雅黑), `[Events]` (a `Format:` line, then a `Dialogue: 0,0:00:
    00.50,0:00:03.00,Default,,0,0,0,,` line per cue, `\\N` breaking a long cue). Only the dialogue's words are text."""
    cues = _cues(_R)
    src = ["[Script Info]", "; Script generated by Aegisub 3.2.2", "; http://www.aegisub.org/", "Title: 0326答复"]
    src += ["ScriptType: v4.00+", "PlayResX: 1920", "PlayResY: 1080", "", "[V4+ Styles]"]
    src += [
        "Format: Name, Fontname, Fontsize, PrimaryColour, SecondaryColour, OutlineColour, BackColour, Bold, Italic, "
        "Underline, StrikeOut, ScaleX, ScaleY, Spacing, Angle, BorderStyle, Outline, Shadow, Alignment, MarginL, "
        "MarginR, MarginV, Encoding"
    ]
    src += [
        "Style: Default,微软雅黑,60,&H00FFFFFF,&H000000FF,&H00000000,&H00000000,0,0,0,0,100,100,0,0,1,2,1,2,10,10,30,1"
    ]
    src += ["", "[Events]", "Format: Layer, Start, End, Style, Name, MarginL, MarginR, MarginV, Effect, Text"]
    for n, cue in enumerate(cues):
        words = cue if len(cue) <= 12 else cue[:12] + "\\N" + cue[12:]
        src.append(f"Dialogue: 0,{_stamp(n, False)[1:-1]},{_stamp(n + 1, False)[1:-1]},Default,,0,0,0,,{words}")
    doc = parsed("\n".join(src) + "\n")
    got = _cue_look(doc, "Dialogue:", "Aegisub", "微软雅黑", "PlayResX", "\\N")
    _keys(got, _CUE_WANT, (*_CUE_KEYS, "sections"))


def test_calibres_fb2_output_with_its_description_block() -> None:
    """calibre's FictionBook 2 output of the reply: the XML declaration, `<FictionBook>`, a `<description>` with
    `<title-info>` (`<genre>`, the author, `<book-title>0326答复</book-title>`, `<lang>`) and `<document-info>`
    (`<program-used>calibre 7.4.0</program-used>`, `<date>`, `<id>`), then `<body><section>` with a `<p>` a paragraph
    and the headings as `<title><p>…</p></title>`. The description is the book's, not the reply's."""
    src = ['<?xml version="1.0" encoding="UTF-8"?>']
    src += ['<FictionBook xmlns="http://www.gribuser.ru/xml/fictionbook/2.0" xmlns:l="http://www.w3.org/1999/xlink">']
    src += [" <description>", "  <title-info>", "   <genre>nonfiction</genre>"]
    src += ["   <author><first-name></first-name><last-name>某市交通运输局</last-name></author>"]
    src += ["   <book-title>0326答复</book-title>", "   <lang>zh</lang>", "  </title-info>", "  <document-info>"]
    src += ["   <author><nickname>calibre</nickname></author>", "   <program-used>calibre 7.4.0</program-used>"]
    src += [
        "   <date>16.8.2024</date>",
        "   <id>0b7c1f62-4d2a-4e7e-9c1b-3f2a5d6e7f80</id>",
        "   <version>1.0</version>",
    ]
    src += ["  </document-info>", " </description>", " <body>", "  <section>"]
    for line in [*_HEAD, *_R]:
        src.append(f"   <title><p>{line}</p></title>" if line in (_R[0], _R[3], _R[5]) else f"   <p>{line}</p>")
    src += ["  </section>", " </body>", "</FictionBook>", ""]
    doc = parsed("\n".join(src))
    gone = ("program-used", "calibre 7.4.0", "nonfiction", "0b7c1f62", "gribuser")
    same(_without(look(doc, *gone), "text-repaired"), _HEAD_WANT)


def test_a_flat_odt_saved_by_libreoffice_read_as_text() -> None:
    """LibreOffice's Flat XML ODF Text Document (`.fodt`), pretty-printed: `<office:document …>`, `<office:meta>` (the
    creation date, `dc:title` 0326答复, `meta:generator` LibreOffice/7.6…), `<office:font-face-decls>`, `<office:styles>`
    with `<style:style>` lines, then `<office:body><office:text>` with a `<text:p text:style-name=…>` a paragraph and
    `<text:h text:outline-level=…>` for the headings. The file's metadata and styles are no text."""
    ns = (
        'xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" '
        'xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" '
        'xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0" xmlns:dc="http://purl.org/dc/elements/1.1/"'
    )
    src = [
        '<?xml version="1.0" encoding="UTF-8"?>',
        "",
        f'<office:document {ns} office:version="1.3" office:mimetype="application/vnd.oasis.opendocument.text">',
    ]
    src += [
        " <office:meta><meta:creation-date>2024-08-16T18:30:12.000000000</meta:creation-date><dc:title>0326答复</dc:title>"
        "<meta:generator>LibreOffice/7.6.4.1$Linux_X86_64 LibreOffice_project/e19e193f88cd6c0525a17fb7a176ed8e6a3e2aa1"
        "</meta:generator></office:meta>"
    ]
    src += [" <office:font-face-decls>", '  <style:font-face style:name="仿宋_GB2312" svg:font-family="仿宋_GB2312"/>']
    src += [" </office:font-face-decls>", " <office:styles>"]
    src += ['  <style:style style:name="Standard" style:family="paragraph" style:class="text"/>']
    src += ['  <style:style style:name="Heading_20_1" style:display-name="Heading 1" style:family="paragraph"/>']
    src += [" </office:styles>", " <office:body>", "  <office:text>"]
    for line in [*_HEAD, *_R]:
        if line in (_R[0], _R[3], _R[5]):
            level = 1 if line == _R[0] else 2
            src.append(f'   <text:h text:style-name="Heading_20_{level}" text:outline-level="{level}">{line}</text:h>')
        else:
            src.append(f'   <text:p text:style-name="P1">{line}</text:p>')
    src += ["  </office:text>", " </office:body>", "</office:document>", ""]
    doc = parsed("\n".join(src))
    gone = ("LibreOffice", "Heading_20_1", "0326答复", "仿宋_GB2312", "office:", "style:name")
    same(_without(look(doc, *gone), "text-repaired"), _HEAD_WANT)


def test_pandoc_docbook5_output_indents_each_paras_words() -> None:
    """`pandoc -t docbook5 -s`: the XML declaration, `<article xmlns="http://docbook.org/ns/docbook" version="5.0" …>`,
    an empty `<info>` title, each paragraph a `<para>` whose words stand indented on a line of their own, and the
    headings as `<section xml:id="…">` with a `<title>`, the sections nested. The markup is DocBook's."""
    src = ['<?xml version="1.0" encoding="utf-8" ?>', '<article xmlns="http://docbook.org/ns/docbook" version="5.0"']
    src += ['xmlns:xlink="http://www.w3.org/1999/xlink" >', "  <info>", "    <title></title>", "  </info>"]
    for line in _HEAD:
        src += ["<para>", f"  {line}", "</para>"]
    src += ['<section xml:id="关于市政协十三届四次会议第0326号提案的答复">', f"  <title>{_R[0]}</title>"]
    for line in _R[1:3]:
        src += ["  <para>", f"    {line}", "  </para>"]
    src += ['  <section xml:id="一公交线网优化情况">', f"    <title>{_R[3]}</title>", "    <para>", f"      {_R[4]}"]
    src += ["    </para>", "  </section>", '  <section xml:id="二下一步工作打算">', f"    <title>{_R[5]}</title>"]
    for line in _R[6:]:
        src += ["    <para>", f"      {line}", "    </para>"]
    src += ["  </section>", "</section>", "</article>", ""]
    doc = parsed("\n".join(src))
    same(look(doc, "docbook", "xml:id", "<para>"), _HEAD_WANT)


def test_pandoc_ms_output_for_groff() -> None:
    """`pandoc -t ms`: groff's ms macros on lines of their own (`.LP` over a paragraph, `.NH 1` over a numbered
    heading and `.SH 1` over an unnumbered one, `.pdfhref O 1 "…"` outline entries, `.XS`/`.XE` contents lines), bold
    as `\\f[B]…\\f[R]`. The macros are groff's; the words are the reply's."""
    src = [
        ".LP",
        _HEAD[0],
        ".PP",
        _HEAD[1],
        ".SH 1",
        f"\\f[B]{_R[0]}\\f[R]",
        '.pdfhref O 1 "关于市政协十三届四次会议第0326号提案的答复"',
    ]
    src += ['.pdfhref M "关于市政协十三届四次会议第0326号提案的答复"', ".LP", _R[1], ".PP", _R[2]]
    for heading, body in ((_R[3], _R[4]), (_R[5], _R[6])):
        src += [".SH 2", heading, f'.pdfhref O 2 "{heading}"', ".LP", body]
    src += [".PP", _R[7]]
    for line in _R[8:]:
        src += [".PP", line]
    doc = parsed("\n".join(src) + "\n")
    same(look(doc, ".pdfhref", ".LP", ".SH", "\\f[B]"), _HEAD_WANT)


# --- Batch 5: records as programs print them, an OA form, a browser's network log (written before any run) ---------


def _inspected(value: str, indent: str) -> str:
    """A string as Node's util.inspect (mongosh) prints a long one holding breaks: a single-quoted piece per line,
    each but the last ending `\\n' +`, the pieces after the first on lines of their own under `indent`."""
    pieces = value.split("\n")
    out = [f"'{p}\\n' +" for p in pieces[:-1]] + [f"'{pieces[-1]}'"]
    return out[0] + "".join(f"\n{indent}{p}" for p in out[1:])


def test_mongosh_prints_a_record_with_its_text_cut_into_concatenated_pieces() -> None:
    """`db.replies.find({no: '0326'})` in mongosh: a list holding the document, keys unquoted, strings in single
    quotes, `ObjectId('…')` and `ISODate('…')`, and the long text cut at its breaks into `'…\\n' +` pieces, one a
    line. The pieces joined are the reply; the shell's syntax and the other members are no text."""
    content = _inspected("\n".join([*_HEAD, *_R]), "      ")
    src = ["[", "  {", "    _id: ObjectId('66bf1c2e8b7d4e3f9a6b1c2d'),", f"    title: '{_R[0]}',", "    no: '0326',"]
    src += [f"    content: {content},", "    publishedAt: ISODate('2024-08-16T10:30:12.000Z')", "  }", "]"]
    doc = parsed("\n".join(src) + "\n")
    same(look(doc, "ObjectId", "ISODate", "publishedAt", "' +"), _HEAD_WANT)


def test_php_print_r_of_a_cms_row_leaves_the_text_raw_over_lines() -> None:
    """A PHP CMS's debug output, `print_r($row)`: `Array`, `(`, each member as `    [key] => value` with a string's
    breaks raw (the text's lines stand unindented under `[content] => `), `)`. The members' keys and the array's
    frame are PHP's; the text is the content's lines, its title the row's own."""
    src = ["Array", "(", "    [id] => 326", f"    [title] => {_R[0]}", f"    [content] => {_HEAD[0]}", _HEAD[1], *_R]
    src += ["    [publish_time] => 2024-08-16 18:30:12", "    [views] => 1024", ")", ""]
    doc = parsed("\n".join(src))
    same(look(doc, "Array", "[content] =>", "[publish_time]", "[views]"), _HEAD_WANT)


def test_a_java_record_logged_by_its_lombok_to_string() -> None:
    """A Java service's log line printing the entity with Lombok's `toString()`: `ReplyDO(id=326, title=关于…,
    content=某市交通运输局` and the text's further lines raw, the last ending `, organ=某市交通运输局,
    publishTime=2024-08-16T18:30:12)`. The class, the member names and the other members are the program's; the
    reply's fields hold."""
    first = f"2024-08-16 18:30:12.512  INFO 23816 --- [nio-8080-exec-3] c.m.g.s.ReplyService : saved ReplyDO(id=326, title={_R[0]}, content={_HEAD[0]}"
    src = [first, _HEAD[1], *_R[:-1], f"{_R[-1]}, organ=某市交通运输局, publishTime=2024-08-16T18:30:12)", ""]
    doc = parsed("\n".join(src))
    _keys(look(doc, "ReplyDO", "nio-8080", "publishTime"), _HEAD_WANT)


def test_ruby_inspect_of_a_hash_with_escaped_breaks() -> None:
    """`p record` in Ruby (before 3.4): `{"id"=>326, "title"=>"关于…", "content"=>"某市交通运输局\\n…", "organ"=>…}` on
    one line, the text's breaks escaped. The hash's syntax and other members are Ruby's."""
    text = "\\n".join([*_HEAD, *_R])
    src = f'{{"id"=>326, "title"=>"{_R[0]}", "content"=>"{text}", "organ"=>"某市交通运输局", "views"=>1024}}'
    doc = parsed(src + "\n")
    same(look(doc, '"=>', '"views"'), _HEAD_WANT)


def test_solrs_json_answer_holds_each_field_in_a_one_element_list() -> None:
    """A government portal's search (Solr) answer saved from the browser: `responseHeader` (`status`, `QTime`,
    `params`), `response` with `numFound` and `docs`, the one doc's multivalued fields each a one-element list
    (`"title":["关于…"]`, `"content":["…"]`), and `_version_`. The content's one string is the reply."""
    doc_ = {"id": "326", "title": [_R[0]], "content": ["\n".join([*_HEAD, *_R])], "organ": ["某市交通运输局"]}
    doc_ |= {"_version_": 1807512345678901234}
    answer = {
        "responseHeader": {"status": 0, "QTime": 3, "params": {"q": "id:326", "wt": "json"}},
        "response": {"numFound": 1, "start": 0, "numFoundExact": True, "docs": [doc_]},
    }
    doc = parsed(json.dumps(answer, ensure_ascii=False, indent=2))
    same(look(doc, "responseHeader", "numFound", "_version_"), _HEAD_WANT)


def test_an_oa_systems_dispatch_form_exported_above_the_reply() -> None:
    """An OA system's export of a sent reply: its 发文处理笺 (a caption, then TAB rows of the form: 标　　题, 文　　号, 密　　级,
    缓　　急, 主　　送, 签　　发 with its date, 核　　稿, 拟稿单位, 拟 稿 人, 联系电话; the keys spaced to one width with
    U+3000) and a dashed rule, then the reply from its title. The form's 文号 is the reply's, its title the same; the
    reply's own fields hold (the form's other pairs' reading is a contract question, not compared)."""
    form = ["发文处理笺", f"标　　题\t{_R[0]}", f"文　　号\t{_HEAD[1]}", "密　　级\t公开", "缓　　急\t普通"]
    form += ["主　　送\t王某某委员", "签　　发\t张某　2024-08-15", "核　　稿\t李某　2024-08-14", "拟稿单位\t综合运输处"]
    form += ["拟 稿 人\t周某", "联系电话\t0591-87654321", "-" * 40]
    doc = parsed("\n".join([*form, *_R]) + "\n")
    keys = ("title", "number", "recipients", "ref", "sections", "closing", "signature", "contact")
    _keys(look(doc), _HEAD_WANT, keys)


def test_a_har_files_entry_holds_the_api_answer_as_an_escaped_json_string() -> None:
    """A browser's network log saved as HAR (`log.version`, `creator`, `pages`, `entries[]` with `request` and
    `response`), the portal's API answer in `response.content.text`: a JSON text written as a string, its own quotes
    and breaks escaped once more (`{\\"code\\":0,\\"data\\":{\\"content\\":\\"…\\\\n…\\"}}`). The reply is that answer's
    content."""
    api = json.dumps({"code": 0, "data": {"title": _R[0], "content": "\n".join([*_HEAD, *_R])}}, ensure_ascii=False)
    entry = {
        "startedDateTime": "2024-08-16T10:30:12.512Z",
        "request": {"method": "GET", "url": "https://jtj.mou.gov.cn/api/reply/326", "headers": []},
        "response": {
            "status": 200,
            "statusText": "OK",
            "content": {"size": len(api), "mimeType": "application/json", "text": api},
        },
    }
    har = {
        "log": {
            "version": "1.2",
            "creator": {"name": "WebInspector", "version": "537.36"},
            "pages": [],
            "entries": [entry],
        }
    }
    doc = parsed(json.dumps(har, ensure_ascii=False, indent=2))
    same(look(doc, "WebInspector", "startedDateTime", '\\"code\\"'), _HEAD_WANT)


def test_notions_api_blocks_hold_each_paragraph_in_rich_text_pieces() -> None:
    """Notion's API answer for a page's children saved as JSON: `object: list`, `results[]` of blocks (`type`
    heading_1/heading_2/paragraph, `id`, `created_time`), each holding its words in `rich_text[]` pieces with
    `text.content` and `plain_text` (two copies of the piece), `annotations` and `href`. Each block's words are a
    paragraph of the reply."""

    def block(line: str, n: int) -> dict[str, Any]:
        kind = "heading_1" if line == _R[0] else "heading_2" if line in (_R[3], _R[5]) else "paragraph"
        piece = {
            "type": "text",
            "text": {"content": line, "link": None},
            "annotations": {"bold": False, "italic": False, "code": False, "color": "default"},
            "plain_text": line,
            "href": None,
        }
        return {
            "object": "block",
            "id": f"9a3c2b1d-0000-4000-8000-{n:012d}",
            "created_time": "2024-08-16T10:30:00.000Z",
        } | {
            "type": kind,
            kind: {"rich_text": [piece], "color": "default"},
        }

    answer = {"object": "list", "results": [block(x, n) for n, x in enumerate([*_HEAD, *_R])], "next_cursor": None}
    answer |= {"has_more": False, "type": "block", "block": {}}
    doc = parsed(json.dumps(answer, ensure_ascii=False, indent=2))
    same(look(doc, "rich_text", "plain_text", "9a3c2b1d"), _HEAD_WANT)


# --- Batch 6: OCR and reading apps, a calendar, chunks, a browser's save, a screen reader, a forge (before any run) ---


def test_powertoys_text_extractor_spaces_every_cjk_character() -> None:
    """PowerToys Text Extractor (Windows' OCR engine) on a screenshot of the printed reply: CRLF line ends, a printed
    line a line, and every Han character and mark a word of its own, one space apart (a run of figures one word:
    `0326`, `2024`, `0591-87654321`). The spaces are the engine's."""

    def spaced(line: str) -> str:
        return " ".join(re.findall(r"[0-9][0-9-]*|.", line))

    doc = parsed("\r\n".join(spaced(line) for line in _lines()) + "\r\n")
    same(look(doc), _HEAD_WANT | _JOINED)


def test_kindle_my_clippings_in_chinese_hold_a_highlight_per_paragraph() -> None:
    """Kindle's `My Clippings.txt` (Chinese UI) from an e-book of replies, every paragraph highlighted: per clipping
    the book's line `0326答复 (某市交通运输局)`, `- 您在第 1 页（位置 #12-15）的标注 | 添加于 2024年8月16日星期五 下午6:30:12`,
    a blank line, the highlighted words, and a `==========` line. The book's lines, the clipping lines and the rules
    are Kindle's."""
    src: list[str] = []
    for n, line in enumerate([*_HEAD, *_R]):
        src += ["\ufeff0326答复 (某市交通运输局)" if n == 0 else "0326答复 (某市交通运输局)"]
        src += [
            f"- 您在第 1 页（位置 #{12 + 3 * n}-{14 + 3 * n}）的标注 | 添加于 2024年8月16日星期五 下午6:{30 + n // 60:02d}:12",
            "",
        ]
        src += [line, "=========="]
    doc = parsed("\r\n".join(src) + "\r\n")
    _keys(look(doc, "您在第 1 页", "==========", "0326答复 (某市"), _HEAD_WANT)


def _folded(line: str) -> list[str]:
    """An iCalendar content line folded at 75 octets: each further line opens with one space."""
    out, cur = [], ""
    for ch in line:
        if len((cur + ch).encode()) > (75 if not out else 74):
            out.append(cur)
            cur = ""
        cur += ch
    return [out[0], *(" " + x for x in out[1:]), " " + cur] if out else [cur]


@pytest.mark.xfail(
    strict=True,
    reason="an iCalendar DESCRIPTION (folded at 75 octets, its breaks escaped) has no reader: unfolding and unescaping belong to an iCalendar reader",
)
def test_an_icalendar_event_carries_the_reply_in_its_folded_description() -> None:
    """A 面商 meeting's invitation saved as `.ics` and opened as text: `BEGIN:VCALENDAR`, `PRODID`, `BEGIN:VEVENT`,
    `DTSTART`, `SUMMARY`, then `DESCRIPTION:` holding the reply with its breaks escaped `\\n` (its commas are
    full-width: none to escape), folded at 75 octets (each further line opening with a space), `LOCATION`, `END:VEVENT`. The description,
    unfolded and unescaped, is the reply; the calendar's lines are no text."""
    text = "\\n".join([*_HEAD, *_R])
    src = [
        "BEGIN:VCALENDAR",
        "VERSION:2.0",
        "PRODID:-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN",
        "BEGIN:VEVENT",
    ]
    src += ["DTSTART;TZID=China Standard Time:20240820T093000", "DTEND;TZID=China Standard Time:20240820T103000"]
    src += ["SUMMARY:0326号提案面商", *_folded("DESCRIPTION:" + text), "LOCATION:市交通运输局三楼会议室"]
    src += ["UID:040000008200E00074C5B7101A82E008000000", "END:VEVENT", "END:VCALENDAR", ""]
    doc = parsed("\r\n".join(src))
    same(look(doc, "BEGIN:VEVENT", "DTSTART", "PRODID", "0326号提案面商", "三楼会议室"), _HEAD_WANT)


@pytest.mark.xfail(
    strict=True,
    reason="overlapping chunks: which characters repeat by design cannot be told from the text without a guess, and a JSON Lines file's records are read each as written (a contract question)",
)
def test_a_rag_pipelines_chunks_with_overlap_as_json_lines() -> None:
    """A retrieval pipeline's chunks of the reply saved as JSON Lines: one object a line (`id`, `text`, `metadata` with
    `source` and `chunk_index`), each chunk 120 characters of the text and overlapping the one before by 20. The
    chunks are one text cut with overlaps; read in order, the overlaps must not double its words."""
    text = "\n".join([*_HEAD, *_R])
    chunks = []
    for k, at in enumerate(range(0, len(text), 100)):
        chunks.append(
            {"id": f"0326-{k}", "text": text[at : at + 120], "metadata": {"source": "0326答复.pdf", "chunk_index": k}}
        )
        if at + 120 >= len(text):
            break
    doc = parsed("\n".join(json.dumps(c, ensure_ascii=False) for c in chunks) + "\n")
    same(look(doc, "chunk_index", "0326-1", '"metadata"'), _HEAD_WANT)


def test_firefox_save_page_as_text_files() -> None:
    """Firefox's Save Page As → Text Files of the portal's page: the site's menu as a line of its links, a blank line
    between blocks, the list of related links as `  * ` items, a `<hr>` as a line of dashes, and the reply's
    paragraphs whole on their lines. The site's menu, rule and related list are the page's chrome."""
    src = ["首页 政务公开 政务服务 互动交流 走进交通", "", "当前位置：首页 > 政务公开 > 建议提案办理", ""]
    for line in [*_HEAD, *_R]:
        src += [line, ""]
    src += ["-" * 72, "", "相关链接：", "", "  * 某市人民政府", "", "  * 某省交通运输厅", ""]
    doc = parsed("\n".join(src))
    gone = ("政务服务 互动交流", "当前位置", "某省交通运输厅")
    same(_without(look(doc, *gone), "text-repaired"), _HEAD_WANT)


def test_nvda_speech_viewer_log_of_the_reply_read_in_browse_mode() -> None:
    """NVDA's Speech Viewer copied after reading the page with say-all (Chinese UI): the page's name with `文档`, a
    heading's role and level before its words (`标题  级别 1  关于…`), `链接` before a link, and `列表  有 2 项` / `退出列表`
    around the related links; every other line the words read. The screen reader's words are no text."""
    src = [
        "关于市政协十三届四次会议第0326号提案的答复 - 某市交通运输局  文档",
        *_HEAD,
        f"标题  级别 1  {_R[0]}",
        *_R[1:3],
    ]
    src += [f"标题  级别 2  {_R[3]}", _R[4], f"标题  级别 2  {_R[5]}", *_R[6:]]
    src += ["列表  有 2 项", "链接  某市人民政府", "链接  某省交通运输厅", "退出列表"]
    doc = parsed("\n".join(src) + "\n")
    _keys(look(doc, "级别", "  文档", "退出列表"), _HEAD_WANT)


def test_a_forges_issue_page_copied_with_its_comment_head_and_reactions() -> None:
    """A reply pasted into an issue of a code forge (GitHub's issue page copied whole): `zhou-mou opened this issue
    Aug 16, 2024 · 2 comments`, the comment's head `zhou-mou commented Aug 16, 2024` and `Author`, the reply, then the
    reaction row `👍 2` and the next comment's head. The forge's lines are no text of the reply."""
    top = [
        "关于市政协十三届四次会议第0326号提案的答复 #12",
        "Open",
        "zhou-mou opened this issue Aug 16, 2024 · 2 comments",
        "",
    ]
    top += ["zhou-mou commented Aug 16, 2024", "Author", ""]
    tail = ["", "👍 2", "", "wang-mou commented Aug 17, 2024", "收到，谢谢。", ""]
    doc = parsed("\n".join([*top, *_HEAD, *_R, *tail]))
    _keys(look(doc, "opened this issue", "commented Aug", "👍"), _HEAD_WANT)


def test_bing_chats_copied_answer_with_its_citation_marks_and_sources() -> None:
    """Bing Chat's (Copilot's) answer copied with its button (Chinese UI): the reply with citation marks after
    sentences (`…九十八。[^1^][1]`), then `源: 与必应的对话， 2024/8/16`, the sources numbered `(1) title. URL.` and
    the marks' reference definitions (`[1]: https://… ""`). The marks, the source lines and the definitions are the
    assistant's."""
    url = "https://jtj.mou.gov.cn/art/2024/8/16/art_1229_3356.html"
    body = [*_HEAD, *_R]
    body[body.index(_R[4])] = _R[4] + "[^1^][1]"
    body[body.index(_R[6])] = _R[6] + "[^1^][1]"
    src = [*body, "", "源: 与必应的对话， 2024/8/16", f"(1) {_R[0]}. {url}.", "", f'[1]: {url} ""', ""]
    doc = parsed("\n".join(src))
    same(_without(look(doc, "与必应的对话", "art_1229_3356", "[^1^]"), "text-repaired"), _HEAD_WANT)
