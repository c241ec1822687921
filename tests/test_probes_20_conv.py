"""Round-20 blind probes of text that came through CONVERSION PATHS rounds 14, 15, 17, 18 and 19 did not try.

Rounds 14/15/17/18/19 (tests/test_probes_14_noise.py, _15_conv, _17_conv, _18_conv, _19_conv) covered pandoc,
markitdown, text browsers, WeChat, mail, pdf.js, Adobe, Word/WPS/LibreOffice text, docling/marker/MinerU's
comments and HTML tables, Tika, OCR engines, RTF, reader services, trafilatura, note apps, reST/AsciiDoc/org/
Textile, Calibre, pdfminer/PDFBox/pdftotext, ABBYY, crawler records, antiword/catdoc, unstructured, Nougat/
Mathpix, chats, SMS and LLM answers. This round adds (batches below):
- document-AI parsers' Markdown: MinerU's `![](images/….jpg)` lines with an HTML table, marker's paginated
  `{N}------` marks with a page footer per page, docling's `##` for every heading with a padded pipe table,
  LlamaParse's `#` on every line and its `---` page rule, Mathpix's LaTeX `tabular`;
- reader services and extractors: Jina Reader's cache `Warning:` and a portal's breadcrumb and buttons,
  Firecrawl's site menu as a list of links, trafilatura's full metadata block, Readability's
  `textContent` (source indentation, runs of blank lines), a script printing newspaper3k's fields;
- html2text (`\\*`, two-space breaks, its table without outer bars, reference links), markdownify (setext
  underlines, `\\_`), turndown (`\\[2024\\]` in a 文号, `1\\. `), html-to-text (`words [https://…]`);
- office exports: Word's Save as Plain Text cut at 80 display columns with a tab after its list numbers,
  WPS's 导出为TXT (full-width indents and alignment), 腾讯文档 (`<br>` in a line, `- ` lists), 金山文档
  (`<u>`, `<font color>`, `+ ` lists), 飞书 (the file's name over the same title in bold);
- Acrobat's Save as Text (CR line ends, `－1－`; accessible text with a two-line title; no-break spaces;
  an English `Page 1 of 2` stamp and the file name per page), pdftotext -raw with an organ+title running
  head opening page 2 inside a cut sentence;
- OCR apps: Umi-OCR's merged txt (a file-name line between `=` runs per image) and its `.jsonl`, PaddleOCR's
  printed result (a box and `('text', score)` a line), a script's `text<TAB>score`, 天若OCR's merged lines;
- a 公众号 article copied from WeChat's PC browser (its dialogs and spoken button labels), its headline
  over the same title, Evernote's `.enex` read as text, OneNote's Chinese-locale stamp, 印象笔记's txt with
  its Chinese property lines (contract20 item 6);
- LlamaParse's pages with their header and footer, trafilatura's `--xml`, Google Docs' Markdown download
  (`# **…**`), SmolDocling's DocTags (`<loc_N>`, `<page_header>`), MinerU's `content_list.json`.
Not tried: TAB-parted table rows (contract20 item 1 decides them tables and builds the rule: round 19's ABBYY
probe is that case); a mail's quoted-printable body (contract20 item 2); Kangxi radicals from pdftotext
(noise20's round, and decoding them would put characters in the text the input does not have).

Every expected value was written by hand from the contract (../shared/design/contract.md) and the README's
warning table before the parser ran on the batch (each batch was committed first).

First look per batch (documents whole / checks), and the general cause of each miss (cause tests in
tests/test_conv20_causes.py, each a new example that fails on the session's start /work/s20start):
- batch 1 (MinerU, marker, docling, LlamaParse, Mathpix): 4/5 whole, 55/58 checks. Cause: LaTeX's tabular
  environment (Mathpix) is a table, its `\\hline`/`\\toprule` rules and `\\\\` row ends markup, read only in a text
  holding its `\\begin{tabular}` and `\\end{tabular}` (readers.light_markup.tabular_line).
- batch 2 (Jina, Firecrawl, trafilatura, Readability, newspaper3k): 4/5 whole, 54/56 checks. Cause: the menu
  entries on the organ itself (机构概况, 领导信息 …) missing from the portal menu's row (patterns.EDGE_CHROME).
- batch 3 (html2text, markdownify, turndown, html-to-text): 3/5 whole, 53/56 checks. One miss my reading
  (corrected in place: `2. 加大…奖励。` is a heading by the contract, 26 characters, no stop inside). Left:
  html-to-text's `words [https://…]` (strict xfail: one mark of the tool only).
- batch 4 (Word, WPS, 腾讯文档, 金山文档, 飞书): 4/5 whole, 54/55 checks; the miss my reading (corrected in
  place: a hard wrap's join is warned `page-break-joined`, the README's table).
- batch 5 (Acrobat, pdftotext -raw): 4/5 whole, 59/61 checks. Cause: a running head printing the organ before
  the title it copies (某市民政局关于…的答复) at a page's top inside a cut sentence
  (rules.running_heads._organ_and_top).
- batch 6 (OCR apps): 1/5 whole, 26/55 checks. Causes: an OCR app's image-name line between `=`/`-` runs is
  a page's start; PaddleOCR/RapidOCR's printed boxes and a script's `<TAB>score` column are read as their
  texts only where every line has that shape (readers.ocr_text); a tool's JSON list of elements beyond
  unstructured's (Umi-OCR's `data`, below) is read as its elements' texts (readers.text._json_elements).
- batch 7 (WeChat, Evernote, OneNote, 印象笔记): 0/5 whole, 48/58 checks. Causes: an XML export's content
  holding markup (ENML: a declaration, a DOCTYPE, its own root) read between its tags (records._markup_runs);
  WeChat's dialog captions and buttons and their spoken labels (轻点两下取消赞, 听过) at the text's edge
  (patterns.EDGE_CHROME). Left (strict xfails with reasons): OneNote's stamp without a weekday, a byline with
  neither 原创 nor 发表于; the `更新时间` chrome row taking a note's property was fixed after (fixC20).
- batch 8 (LlamaParse pages, trafilatura XML, Google Docs, DocTags, MinerU JSON; run with batch 1-7's fixes
  not yet in): 2/5 whole, 25/57 checks. Causes: a tool's XML output's text element (`<main>`, `<doctag>`) read
  between its tags, DocTags' `<page_header>`/`<page_footer>` furniture (records.xml_record); MinerU's
  `content_list.json`, a typed list of blocks without element ids (readers.text._json_elements, furniture by
  type, a list of titled records staying several pages).

Over the eight batches: 22/40 documents whole at first look, 374/456 checks; 36/40 whole now, the other four
strict xfails with their reasons. conv19's three strict xfails: the grid table's two-line cell and the Scrapy
item's title after its content stay (each would reorder the file's characters, tests/invariants.py); the
ABBYY tab-parted table is contract20's item 1 (TAB rows ARE tables), flipped by that rule where it lands.
"""

from __future__ import annotations

from typing import Any

import pytest

import govdoc
from tests.test_probes_11_noise import look, parsed, same, wrapped

# A reply every probe of a batch carries through a tool in its own way.
_R = [
    "关于市人大十六届三次会议第0148号建议的答复",  # 0
    "王某代表：",  # 1
    "您提出的关于加强社区养老服务设施建设的建议收悉。经认真研究，现答复如下：",  # 2
    "一、主要工作情况",  # 3
    "截至2023年底，全市建成社区养老服务中心八十六个、日间照料中心二百一十四个，市级财政投入补助资金九千六百万元。",  # 4
    "二、下一步工作",  # 5
    "我们将推动社区养老服务设施与新建住宅小区同步规划、同步建设、同步验收、同步交付，并加大运营补贴力度。",  # 6
    "感谢您对我市养老服务工作的关心和支持。",  # 7
    "某市民政局",  # 8
    "2024年7月8日",  # 9
    "联系人：刘某",  # 10
    "联系电话：0591-83456789",  # 11
]
_R_WANT: dict[str, Any] = {
    "kind": "reply",
    "title": _R[0],
    "recipients": ["王某代表"],
    "ref": "0148",
    "preamble": [_R[2]],
    "sections": [(1, "一、", 1, "主要工作情况", [_R[4]]), (1, "二、", 2, "下一步工作", [_R[6]])],
    "closing": _R[7],
    "signature": (["某市民政局"], "2024-07-08", "2024年7月8日"),
    "contact": ("刘某", ["0591-83456789"]),
    "warnings": [],
    "leaked": [],
}
_TABLE = [("类别", "数量（个）"), ("社区养老服务中心", "86"), ("日间照料中心", "214")]


def _tables(doc: govdoc.Document) -> list[list[tuple[str, ...]]]:
    return [list(t.rows) for s in doc.iter_sections() for t in s.tables]


# --- Batch 1: document-AI parsers' Markdown (written before any run) --------------------------------


def test_mineru_markdown_with_image_lines_an_html_table_and_the_seal_as_a_picture() -> None:
    """MinerU's `.md`: the title a `# ` heading, the section heads `# ` too, every block parted by a blank
    line, the statistics table of section 一 written as one line of raw HTML, the page's emblem above the
    title and the seal under the 落款 each an image line `![](images/<hash>.jpg)`. The images are no text;
    the HTML table is a table of section 一."""
    source = "\n\n".join(
        [
            "![](images/5c1e0f9a7b3d42e68a0b9c7d1e2f3a4b5c6d7e8f9a0b1c2d3e4f5a6b7c8d9e0f.jpg)",
            "# " + _R[0],
            _R[1],
            _R[2],
            "# " + _R[3],
            _R[4],
            "<table><tr><td>类别</td><td>数量（个）</td></tr><tr><td>社区养老服务中心</td><td>86</td></tr>"
            "<tr><td>日间照料中心</td><td>214</td></tr></table>",
            "# " + _R[5],
            _R[6],
            _R[7],
            _R[8],
            _R[9],
            "![](images/a9d8c7b6e5f4a3b2c1d0e9f8a7b6c5d4e3f2a1b0c9d8e7f6a5b4c3d2e1f0a9b8.jpg)",
            _R[10],
            _R[11],
        ]
    )
    doc = parsed(source + "\n")
    same(look(doc, "images/", "![](", "<td>", "# ") | {"tables": _tables(doc)}, _R_WANT | {"tables": [_TABLE]})


def test_marker_paginated_markdown_with_page_marks_and_a_footer_on_every_page() -> None:
    """marker with `--paginate_output`: each page opened by `{N}` and 48 dashes (the first `{0}`), the page's
    footer `第 N 页 共 2 页` kept as its last line, the page cut inside section 二's paragraph (the rest
    opening page 2). The marks and footers are furniture; the paragraph is one (warned as a join)."""
    rule = "-" * 48
    source = "\n\n".join(
        [
            "{0}" + rule,
            "# " + _R[0],
            _R[1],
            _R[2],
            "## " + _R[3],
            _R[4],
            "## " + _R[5],
            "我们将推动社区养老服务设施与新建住宅小区同步规划、同步建设、",
            "第 1 页 共 2 页",
            "{1}" + rule,
            "同步验收、同步交付，并加大运营补贴力度。",
            _R[7],
            _R[8],
            _R[9],
            _R[10],
            _R[11],
            "第 2 页 共 2 页",
        ]
    )
    doc = parsed(source + "\n")
    same(look(doc, "第 1 页", "第 2 页", "{0}", "{1}"), _R_WANT | {"warnings": ["page-break-joined"]})


def test_docling_markdown_with_every_heading_at_level_two_and_a_padded_pipe_table() -> None:
    """docling's `export_to_markdown()`: the title, the greeting's line and both section heads written `## `
    (docling marks every line it takes for a heading so), the table a pipe table padded to its widest
    cell, the seal `<!-- image -->`. The `##` marks are Markdown's, the table a table of section 一."""
    source = "\n\n".join(
        [
            "## " + _R[0],
            _R[1],
            _R[2],
            "## " + _R[3],
            _R[4],
            "| 类别             | 数量（个）   |\n|------------------|--------------|\n"
            "| 社区养老服务中心 | 86           |\n| 日间照料中心     | 214          |",
            "## " + _R[5],
            _R[6],
            _R[7],
            "<!-- image -->",
            _R[8],
            _R[9],
            _R[10],
            _R[11],
        ]
    )
    doc = parsed(source + "\n")
    same(look(doc, "<!--", "|---", "## ") | {"tables": _tables(doc)}, _R_WANT | {"tables": [_TABLE]})


def test_llamaparse_markdown_with_a_heading_mark_on_every_short_line_and_a_page_rule() -> None:
    """LlamaParse's markdown result: every short line it took for a heading written `# ` (the title, the
    addressee, both heads, the organ and the date of the 落款), the pages joined under a `---` rule. Every
    `#` is Markdown's: the 主送 still the addressee, the organ and date the 落款; the rule no text."""
    source = "\n\n".join(
        [
            "# " + _R[0],
            "# " + _R[1],
            _R[2],
            "# " + _R[3],
            _R[4],
            "---",
            "# " + _R[5],
            _R[6],
            _R[7],
            "# " + _R[8],
            "# " + _R[9],
            _R[10],
            _R[11],
        ]
    )
    doc = parsed(source + "\n")
    same(look(doc, "# ", "---"), _R_WANT)


def test_mathpix_markdown_with_a_latex_tabular_for_the_table() -> None:
    """Mathpix's `.mmd`: the title in `\\title{…}`, heads `\\section*{…}`, the statistics table written
    as LaTeX (`\\begin{tabular}{|l|r|}`, `\\hline`, cells parted by `&`, rows ended by `\\\\`). The
    table is a table of section 一: no `\\hline`, `&` or `\\\\` in the text."""
    source = "\n\n".join(
        [
            "\\title{" + _R[0] + "}",
            _R[1],
            _R[2],
            "\\section*{" + _R[3] + "}",
            _R[4],
            "\\begin{tabular}{|l|r|}\n\\hline 类别 & 数量（个） \\\\\n\\hline 社区养老服务中心 & 86 \\\\\n"
            "\\hline 日间照料中心 & 214 \\\\\n\\hline\n\\end{tabular}",
            "\\section*{" + _R[5] + "}",
            _R[6],
            _R[7],
            _R[8],
            _R[9],
            _R[10],
            _R[11],
        ]
    )
    doc = parsed(source + "\n")
    same(look(doc, "\\hline", "tabular", "\\\\", " & ") | {"tables": _tables(doc)}, _R_WANT | {"tables": [_TABLE]})


# --- Batch 2: reader services and article extractors (written before any run) ----------------------

_URL = "https://mzj.example.gov.cn/zwgk/jyta/202407/t20240710_1234567.html"


def test_jina_reader_with_a_cache_warning_a_breadcrumb_and_the_portal_buttons_under_the_text() -> None:
    """Jina Reader (`r.jina.ai`): `Title:` (the page's title: the document's and the site's name after
    `_`), `URL Source:`, `Published Time:`, its `Warning:` that the page is a cached snapshot, then
    `Markdown Content:`; the portal's breadcrumb of links above the document and its print and close
    buttons under it. All of it the service's and the portal's: no text."""
    source = "\n".join(
        [
            "Title: " + _R[0] + "_某市民政局",
            "",
            "URL Source: " + _URL,
            "",
            "Published Time: 2024-07-10T08:30:00+08:00",
            "",
            "Warning: This is a cached snapshot of the original page, consider retry with caching opt-out.",
            "",
            "Markdown Content:",
            "[首页](https://mzj.example.gov.cn/) > [政务公开](https://mzj.example.gov.cn/zwgk/) > "
            "[建议提案办理](https://mzj.example.gov.cn/zwgk/jyta/)",
            "",
            _R[0],
            "",
            *[line for r in _R[1:] for line in (r, "")],
            "[打印本页](javascript:window.print()) [关闭窗口](javascript:window.close())",
        ]
    )
    doc = parsed(source)
    # (schema 1.11, contract20 item 3: the service's head holding Han, its `Title:`, leaves said: app-record)
    same(
        look(doc, "URL Source", "cached snapshot", "政务公开", "打印本页", "关闭窗口"),
        _R_WANT | {"warnings": ["text-repaired"]},
    )


def test_firecrawl_markdown_with_the_site_menu_above_and_the_footer_links_under_the_text() -> None:
    """Firecrawl's `markdown` of the page: the site's menu kept as a list of links above the article (its
    main-content filter missed it), the title `# `, the text, and the footer's links and copyright line
    under the contact. The menu and footer are the site's: none reaches the text."""
    menu = ["首页", "机构概况", "政务公开", "办事服务", "互动交流"]
    source = "\n".join(
        [
            *[f"- [{m}](https://mzj.example.gov.cn/{k}/)" for k, m in enumerate(menu)],
            "",
            "# " + _R[0],
            "",
            *[line for r in _R[1:] for line in (r, "")],
            "[网站地图](https://mzj.example.gov.cn/wzdt/) | [联系我们](https://mzj.example.gov.cn/lxwm/)",
            "",
            "版权所有：某市民政局　网站标识码：3501000012　闽ICP备12345678号",
        ]
    )
    doc = parsed(source + "\n")
    same(look(doc, "机构概况", "办事服务", "网站地图", "版权所有", "ICP备"), _R_WANT)


def test_trafilatura_txt_with_its_metadata_block_and_the_title_repeated_under_it() -> None:
    """`trafilatura --with-metadata` as text: the block between `---` lines (title, author, url, hostname,
    description, sitename, date, categories, tags, fingerprint, id, license; empty ones left empty), then
    the text from its title. The block is the tool's (the title read once, from the text)."""
    source = "\n".join(
        [
            "---",
            "title: " + _R[0],
            "author: ",
            "url: " + _URL,
            "hostname: example.gov.cn",
            "description: 王某代表：您提出的关于加强社区养老服务设施建设的建议收悉。",
            "sitename: 某市民政局",
            "date: 2024-07-10",
            "categories: ",
            "tags: ",
            "fingerprint: 9f3b2c1d0e8a7f65",
            "id: ",
            "license: ",
            "---",
            *_R,
        ]
    )
    doc = parsed(source + "\n")
    # (schema 1.11, contract20 item 3: the block's lines holding Han (title, description, sitename) leave said)
    same(
        look(doc, "hostname", "fingerprint", "sitename", "9f3b2c1d0e8a7f65"), _R_WANT | {"warnings": ["text-repaired"]}
    )


def test_readability_text_content_with_the_pages_indentation_tabs_and_runs_of_blank_lines() -> None:
    """Mozilla Readability's `textContent` of the article: each paragraph keeps the tabs and spaces the
    page's source indented its element with, blank lines run two to four deep between blocks, the
    落款's `<p align=right>` lines with trailing spaces. The whitespace is the page source's."""
    pads = ["\t\t\t\t", "\t\t\t\t\t", "\t\t\t\t  ", "\t\t\t"]
    blank = ["", "\n", "\n\n", "\t\t\t\n"]
    parts = [pads[k % 4] + r + ("   " if k >= 8 else "") + "\n" + blank[k % 4] for k, r in enumerate(_R)]
    doc = parsed("\n\n\t\t" + "".join(parts) + "\n\t\t\n")
    same(look(doc), _R_WANT)


def test_newspaper_style_extract_with_the_title_its_authors_list_and_a_summary_line_printed_above() -> None:
    """A script printing newspaper3k's fields before the text: `标题：` with the title, `作者：[]` (its
    authors list as Python prints it, empty), `发布时间：2024-07-10 00:00:00`, `摘要：` with the first
    sentence, then `正文：` and the text. The printed fields are the script's; the text is the document."""
    source = "\n".join(
        [
            "标题：" + _R[0],
            "作者：[]",
            "发布时间：2024-07-10 00:00:00",
            "摘要：王某代表：您提出的关于加强社区养老服务设施建设的建议收悉。",
            "正文：",
            *_R,
        ]
    )
    doc = parsed(source + "\n")
    got = look(doc)
    same(got, _R_WANT | {"metadata": got["metadata"]})


# --- Batch 3: html2text, markdownify, turndown, html-to-text (written before any run) ---------------


def test_html2text_with_escaped_stars_hard_breaks_and_a_table_without_outer_pipes() -> None:
    """html2text's defaults: the addressee bold (`**…**`), a star of the text escaped (`7\\*24小时`), the
    落款's and contact's `<br>` written as two spaces before the line end, the table as html2text draws
    it (`类别 | 数量（个）` over `---|---`, no outer bars). The escape is Markdown's (the star stays), the
    spaces a break, the rows a table of section 一."""
    four = "截至2023年底，全市建成社区养老服务中心八十六个、日间照料中心二百一十四个，开通7*24小时紧急呼叫服务。"
    source = "\n".join(
        [
            "# " + _R[0],
            "",
            "**" + _R[1] + "**",
            "",
            _R[2],
            "",
            "## " + _R[3],
            "",
            four.replace("*", "\\*"),
            "",
            "类别 | 数量（个）  ",
            "---|---  ",
            "社区养老服务中心 | 86  ",
            "日间照料中心 | 214  ",
            "",
            "## " + _R[5],
            "",
            _R[6],
            "",
            _R[7],
            "",
            _R[8] + "  ",
            _R[9],
            "",
            _R[10] + "  ",
            _R[11],
            "",
            "",
        ]
    )
    doc = parsed(source)
    want = _R_WANT | {"sections": [(1, "一、", 1, "主要工作情况", [four]), _R_WANT["sections"][1]], "tables": [_TABLE]}
    same(look(doc, "\\*", "---|", "**") | {"tables": _tables(doc)}, want)


def test_markdownify_with_underlined_headings_escaped_underscores_and_breaks() -> None:
    """markdownify's defaults: `<h1>` underlined with `=`, `<h2>` with `-` (setext), an underscore of the
    text escaped (`\\_`: a form's blank `联系人：刘某　手机：\\_\\_\\_` is not here; the file name
    `ylfw\\_2024.pdf` is), the 落款's `<br>` as two spaces. The underlines mark headings, not rules."""
    four = _R[4][:-1] + "（详见附表ylfw_2024.pdf）。"
    source = "\n".join(
        [
            _R[0],
            "=" * 40,
            "",
            _R[1],
            "",
            _R[2],
            "",
            _R[3],
            "-" * 16,
            "",
            four.replace("_", "\\_"),
            "",
            _R[5],
            "-" * 14,
            "",
            _R[6],
            "",
            _R[7],
            "",
            _R[8] + "  ",
            _R[9],
            "",
            _R[10] + "  ",
            _R[11],
            "",
        ]
    )
    doc = parsed(source)
    want = _R_WANT | {"sections": [(1, "一、", 1, "主要工作情况", [four]), _R_WANT["sections"][1]]}
    same(look(doc, "\\_", "=====", "-----"), want)


def test_turndown_web_clipper_with_escaped_brackets_in_the_doc_number_and_escaped_list_numbers() -> None:
    """A web clipper built on turndown: the 文号 `某民函[2024]58号` written with its brackets escaped
    (`\\[2024\\]`), a line opening `1. ` escaped `1\\. ` so that no list is made (the reply's own steps
    under 二), the title `# `. The escapes are Markdown's: the 文号 read, the steps the section's lines."""
    steps = [
        "1. 推动社区养老服务设施与新建住宅小区同步规划、同步建设、同步验收、同步交付。",
        "2. 加大运营补贴力度，对连锁化运营的机构给予一次性奖励。",
    ]
    source = "\n".join(
        [
            "某民函\\[2024\\]58号",
            "",
            "# " + _R[0],
            "",
            _R[1],
            "",
            _R[2],
            "",
            _R[3],
            "",
            _R[4],
            "",
            _R[5],
            "",
            *[s.replace(". ", "\\. ", 1) for s in steps],
            "",
            *[line for r in _R[7:] for line in (r, "")],
        ]
    )
    doc = parsed(source)
    got = look(doc, "\\[", "\\.")
    sections = [(x.level, x.marker, x.title) for x in doc.iter_sections()]
    two = [p.text for p in doc.sections[1].paragraphs] if len(doc.sections) > 1 else []
    same(
        {k: got[k] for k in ("number", "title", "recipients", "closing", "signature", "contact", "leaked", "warnings")}
        | {"sections": sections, "two": two},
        {
            "number": ("某民函[2024]58号", 2024, 58),
            "title": _R[0],
            "recipients": ["王某代表"],
            "closing": _R[7],
            "signature": _R_WANT["signature"],
            "contact": _R_WANT["contact"],
            "leaked": [],
            "warnings": [],
            "sections": [
                (1, "一、", "主要工作情况"),
                (1, "二、", "下一步工作"),
                (2, "1.", None),
                (2, "2.", "加大运营补贴力度，对连锁化运营的机构给予一次性奖励"),
            ],
            "two": [],
        },
    )


@pytest.mark.xfail(
    strict=True,
    reason="html-to-text's `words [https://…]` has no second mark of the tool (its other marks are Latin "
    "upper-casing and `*` bullets a Chinese text does not show): an address in brackets after a space may be a "
    "document's own citation of a site, which a rule dropping it on the mark alone would take (session 19's lesson)",
)
def test_html_to_text_with_link_addresses_in_brackets_after_their_words() -> None:
    """Node's html-to-text: a link written as its words, a space and its address in square brackets
    (`《…规划》 [https://…pdf]`), headings as their words alone, paragraphs parted by a blank line.
    The address is the link's markup: the sentence reads as the page shows it."""
    url = "https://mzj.example.gov.cn/zwgk/ghjh/202403/P020240315512345678901.pdf"
    six = "我们将按照《某市养老服务设施专项规划》推动社区养老服务设施与新建住宅小区同步规划、同步建设。"
    source = "\n\n".join([*_R[:6], six.replace("》", "》 [" + url + "]"), *_R[7:]])
    doc = parsed(source + "\n")
    want = _R_WANT | {"sections": [_R_WANT["sections"][0], (1, "二、", 2, "下一步工作", [six])]}
    same(look(doc, url, "https://"), want)


def test_html2text_with_reference_links_and_the_link_list_under_a_rule() -> None:
    """html2text with `--reference-links`: the attachment's link in the body written `[附件：…][1]`, the
    addresses listed at the end (`   [1]: https://…`) after html2text's own blank lines, the page's
    `<hr>` as `* * *`. The link's words stay where they stood; the list and the rule are markup."""
    url = "https://mzj.example.gov.cn/zwgk/jyta/202407/P020240710398765432101.pdf"
    source = "\n\n".join(
        [
            *_R[:7],
            "[附件：某市社区养老服务设施建设情况表][1]",
            *_R[7:],
            "* * *",
            "   [1]: " + url,
        ]
    )
    doc = parsed(source + "\n\n")
    got = look(doc, url, "[1]", "* * *")
    same(got, _R_WANT | {"attachments": ["某市社区养老服务设施建设情况表"]})


# --- Batch 4: office exports (written before any run) ------------------------------------------------


def _columns(line: str, width: int) -> list[str]:
    """`line` cut at `width` display columns (a CJK character two), as Word's "insert line breaks" does."""
    out: list[str] = []
    piece = ""
    used = 0
    for c in line:
        w = 2 if ord(c) > 0x2E7F else 1
        if used + w > width:
            out.append(piece)
            piece, used = "", 0
        piece += c
        used += w
    return [*out, piece] if piece else out


def test_word_plain_text_with_line_breaks_at_eighty_columns_crlf_and_tab_after_list_numbers() -> None:
    """Word's Save as Plain Text, "Insert line breaks" on, Windows line ends: every paragraph cut at 80
    display columns (forty CJK characters, more where figures stand), no blank lines, the automatic
    heading numbers written with the tab Word puts after them (`一、\\t主要工作情况`). The cut paragraphs
    are whole again (warned as joins, as the README's table says of a hard wrap); the tab is the number's."""
    lines: list[str] = []
    for r in _R:
        if r[:2] in ("一、", "二、"):
            lines.append(r[:2] + "\t" + r[2:])
        else:
            lines += _columns(r, 80)
    doc = parsed("\r\n".join(lines) + "\r\n")
    same(look(doc), _R_WANT | {"warnings": ["page-break-joined"]})


def test_wps_txt_export_with_full_width_indents_and_a_signature_pushed_right_by_full_width_spaces() -> None:
    """WPS's 导出为TXT: each paragraph opened by its two full-width spaces, one line a paragraph, CRLF,
    the 落款's organ and date pushed right by runs of full-width spaces as the author typed them, an empty
    line of full-width spaces between the closing and the 落款. The spaces are layout."""
    ind = "\u3000\u3000"
    body = [_R[0], "", _R[1], *[ind + r for r in _R[2:8]]]
    tail = ["\u3000" * 6, "\u3000" * 16 + _R[8], "\u3000" * 15 + _R[9], ind + _R[10], ind + _R[11]]
    doc = parsed("\r\n".join(body + tail) + "\r\n")
    same(look(doc), _R_WANT)


def test_tencent_docs_markdown_with_br_tags_inside_the_signature_and_contact_lines() -> None:
    """腾讯文档's Markdown export: the title `# `, each soft break the author made (Shift+Enter) written
    `<br>` inside its line (the 落款's organ and date one line, the contact's two labels one line), the
    reply's points under 二 a `- ` list. Each `<br>` ends a line; the list marks are Markdown's."""
    points = [
        "推动社区养老服务设施与新建住宅小区同步规划、同步建设、同步验收、同步交付；",
        "加大运营补贴力度，对连锁化运营的机构给予一次性奖励。",
    ]
    source = "\n\n".join(
        [
            "# " + _R[0],
            _R[1],
            _R[2],
            "## " + _R[3],
            _R[4],
            "## " + _R[5],
            "下一步，我们将重点做好两方面工作：",
            "\n".join("- " + p for p in points),
            _R[7],
            _R[8] + "<br>" + _R[9],
            _R[10] + "<br>" + _R[11],
        ]
    )
    doc = parsed(source + "\n")
    two = ["下一步，我们将重点做好两方面工作：", *points]
    want = _R_WANT | {"sections": [_R_WANT["sections"][0], (1, "二、", 2, "下一步工作", two)]}
    same(look(doc, "<br>", "- 推动"), want)


def test_kdocs_markdown_with_underline_and_font_tags_and_its_own_list_marks() -> None:
    """金山文档's Markdown: the proposal's title underlined `<u>…</u>`, the figures in red `<font
    color="#FF0000">…</font>`, headings `### `, a `+ ` list of the two measures. The tags are markup:
    the words as the document shows them."""
    two = "《关于加强社区养老服务设施建设的建议》"
    opening = "您提出的" + two + "收悉。经认真研究，现答复如下："
    four = _R[4]
    source = "\n\n".join(
        [
            "### " + _R[0],
            _R[1],
            "您提出的<u>" + two + "</u>收悉。经认真研究，现答复如下：",
            "### " + _R[3],
            four.replace("八十六个", '<font color="#FF0000">八十六个</font>'),
            "### " + _R[5],
            "+ " + _R[6],
            _R[7],
            _R[8],
            _R[9],
            _R[10],
            _R[11],
        ]
    )
    doc = parsed(source + "\n")
    same(look(doc, "<u>", "<font", "### ", "+ "), _R_WANT | {"preamble": [opening]})


def test_feishu_markdown_with_the_document_name_as_heading_over_the_same_title_in_bold() -> None:
    """飞书's Markdown export: the file's name (the title, as the author named the document) written as
    the export's `# ` heading, the document's own title under it in bold, then the text. The name is a
    repeat of the title: the title read once, the repeat warned."""
    source = "\n\n".join(["# " + _R[0], "**" + _R[0] + "**", *_R[1:]])
    doc = parsed(source + "\n")
    same(look(doc, "**"), _R_WANT | {"warnings": ["repeat-dropped"]})


# --- Batch 5: Acrobat's Save as Text, pdftotext -raw (written before any run) -----------------------


def test_acrobat_save_as_text_untagged_with_cr_line_ends_and_full_width_page_numbers() -> None:
    """Acrobat's File > Save as Text of an untagged PDF, classic Mac line ends (CR alone): every printed
    line a line (28 characters a line), the page number `－1－` (full-width hyphens) alone at the page's
    foot, a blank line, then the next page (no form feed). The page number is furniture; the paragraph
    the page cut is one again (warned)."""
    page1 = [_R[0], _R[1], *wrapped(_R[2:5], 28), _R[5], *wrapped([_R[6]], 28)[:2]]
    page2 = [*wrapped([_R[6]], 28)[2:], *_R[7:]]
    source = "\r".join([*page1, "－1－", "", *page2, "－2－", ""])
    doc = parsed(source)
    same(look(doc, "－1－", "－2－"), _R_WANT | {"warnings": ["page-break-joined"]})


def test_acrobat_accessible_text_of_a_tagged_pdf_with_the_title_printed_on_two_lines() -> None:
    """Acrobat's Save as Text (Accessible) of a tagged PDF: a paragraph a line, paragraphs parted by an
    empty line, CR line ends; the title's two printed lines each its own paragraph element (the
    typesetter broke it after `第0148号`). The title is one."""
    title = [_R[0][:17], _R[0][17:]]
    doc = parsed("\r\r".join([*title, *_R[1:]]) + "\r")
    same(look(doc), _R_WANT)


def test_acrobat_text_with_no_break_spaces_for_the_indents_and_the_signature_alignment() -> None:
    """Acrobat's text of a PDF made from a Word file: each paragraph's 全角 indent written as four
    no-break spaces (U+00A0), the right-aligned 落款 behind a run of them, CRLF. The spaces are layout."""
    nb = "\u00a0"
    lines = [_R[0], _R[1], *[nb * 4 + r for r in _R[2:8]], nb * 40 + _R[8], nb * 38 + _R[9], *_R[10:]]
    doc = parsed("\r\n".join(lines) + "\r\n")
    same(look(doc), _R_WANT)


def test_pdftotext_raw_with_the_running_head_opening_page_two_inside_a_cut_sentence() -> None:
    """`pdftotext -raw` of a two-page reply whose page 2 opens with a running head printing the title
    again (the template's header), then the rest of section 二's sentence; form feeds after each page.
    The head is furniture (the title read once); the sentence one again (warned)."""
    six = _R[6]
    page1 = [*_R[:6], six[:30]]
    page2 = [_R[8] + "关于" + _R[0][2:], six[30:], *_R[7:]]
    doc = parsed("\n".join(page1) + "\n\f" + "\n".join(page2) + "\n\f")
    got = look(doc) | {"titles": doc.text.count(_R[0][2:])}
    same(got, _R_WANT | {"warnings": ["page-break-joined"], "titles": 1})


def test_acrobat_text_with_an_english_header_and_footer_stamped_on_every_page() -> None:
    """Acrobat's Save as Text of a PDF stamped by Acrobat's Header & Footer tool: `Page 1 of 2` at each
    page's foot, the file name `答复0148.pdf` at each page's top; the page cut inside section 一's
    paragraph. The stamps are furniture; the paragraph one again (warned)."""
    four = _R[4]
    page1 = ["答复0148.pdf", *_R[:4], four[:34], "Page 1 of 2"]
    page2 = ["答复0148.pdf", four[34:], *_R[5:], "Page 2 of 2"]
    doc = parsed("\r\n".join(page1 + page2) + "\r\n")
    same(look(doc, "Page 1 of 2", "Page 2 of 2", "答复0148.pdf"), _R_WANT | {"warnings": ["page-break-joined"]})


# --- Batch 6: OCR apps' text (written before any run) ------------------------------------------------


def _printed_lines() -> list[str]:
    """The reply as its two pages print it: each paragraph cut at 28 characters, a detected box a line."""
    return [_R[0], _R[1], *wrapped(_R[2:5], 28), _R[5], *wrapped(_R[6:8], 28), *_R[8:]]


def test_umi_ocr_merged_txt_with_a_file_name_line_over_each_screenshot() -> None:
    """Umi-OCR's batch task written to one txt: each image's text under a line naming the file between
    `=` runs, a detected box a line (the printed lines), the second screenshot starting inside section
    二's paragraph. The file names are the app's; the paragraphs whole (warned as joins)."""
    lines = _printed_lines()
    cut = lines.index(_R[5]) + 2
    source = "\n".join(
        [
            "==================== 答复0148_1.png ====================",
            *lines[:cut],
            "",
            "==================== 答复0148_2.png ====================",
            *lines[cut:],
            "",
        ]
    )
    doc = parsed(source)
    same(look(doc, "答复0148_1.png", "答复0148_2.png", "===="), _R_WANT | {"warnings": ["page-break-joined"]})


def test_paddleocr_result_printed_a_box_and_a_text_with_its_score_per_line() -> None:
    """PaddleOCR's quick-start loop `for line in result[0]: print(line)`: each detected box printed as
    Python prints it, `[[[x, y], [x, y], [x, y], [x, y]], ('text', 0.99…)]`. Only the texts are the
    document's: no coordinates or scores in the text; the cut paragraphs whole (warned as joins)."""
    out = []
    for k, line in enumerate(_printed_lines()):
        y = 40 + 32 * k
        box = f"[[[56.0, {y}.0], [612.0, {y}.0], [612.0, {y + 24}.0], [56.0, {y + 24}.0]]"
        out.append(f"{box}, ('{line}', 0.99{k % 10}{(k * 37) % 100:02d}1234567)]")
    doc = parsed("\n".join(out) + "\n")
    same(look(doc, "[[[", "0.99", "612.0"), _R_WANT | {"warnings": ["page-break-joined"]})


def test_ocr_script_output_with_each_line_followed_by_a_tab_and_its_confidence() -> None:
    """A batch OCR script writing `text<TAB>confidence` (three decimals) per detected line. The scores
    are the engine's: no figure of them in the text; the cut paragraphs whole (warned as joins)."""
    lines = _printed_lines()
    source = "\n".join(f"{line}\t{0.9 + (k % 9) / 100:.3f}" for k, line in enumerate(lines))
    doc = parsed(source + "\n")
    same(look(doc, "\t0.9", "0.91"), _R_WANT | {"warnings": ["page-break-joined"]})


def test_tianruo_ocr_with_each_paragraphs_lines_merged_and_the_signature_lines_run_together() -> None:
    """天若OCR's merge mode: each paragraph's box lines joined (its breaks gone), and with them the short
    lines it could not tell apart: the 落款's organ and date run together (`某市民政局2024年7月8日`), the
    contact's two labels run together. The 落款 still its organ and date; the contact its name and phone."""
    source = "\n".join([*_R[:8], _R[8] + _R[9], _R[10] + _R[11]])
    doc = parsed(source + "\n")
    same(look(doc), _R_WANT)


def test_umi_ocr_jsonl_output_with_the_boxes_texts_and_scores_of_one_image() -> None:
    """Umi-OCR's `.jsonl` output: one JSON object per image (`image_path`, `code`, `data`: a list of
    boxes, each with its `box`, `score`, `text` and `end`, the line end the app put after it). Only the
    boxes' texts are the document's, in order; the cut paragraphs whole (warned as joins)."""
    import json

    data = [
        {
            "box": [[56, 40 + 32 * k], [612, 40 + 32 * k], [612, 64 + 32 * k], [56, 64 + 32 * k]],
            "score": 0.99,
            "text": line,
            "end": "\n",
        }
        for k, line in enumerate(_printed_lines())
    ]
    record = {"image_path": "D:\\\\扫描\\\\答复0148.png", "code": 100, "data": data}
    doc = parsed(json.dumps(record, ensure_ascii=False) + "\n")
    same(look(doc, "image_path", "score", "D:"), _R_WANT | {"warnings": ["page-break-joined"]})


# --- Batch 7: a 公众号 article copied out, note apps' exports (written before any run) ----------------


def test_wechat_article_copied_in_the_pc_browser_with_its_byline_and_the_page_strings_under_it() -> None:
    """A 公众号 post copied whole from WeChat's PC browser: the headline (the reply's title), the byline
    (`原创 某市民政 某市民政 2024-07-10 18:30 福建`), the reply, then the page's strings each a line
    (`阅读原文`, `预览时标签不可点`, `微信扫一扫`, `关注该公众号`, `继续滑动看下一个`, `轻触阅读原文`, `知道了`,
    `微信扫一扫`, `使用小程序`, `取消`, `允许`, the run of `视频 小程序 赞，轻点两下取消赞 在看，轻点两下取消在看`,
    `分享 留言 收藏 听过`). All of them WeChat's: none reaches the text."""
    chrome = [
        "阅读原文",
        "预览时标签不可点",
        "微信扫一扫",
        "关注该公众号",
        "继续滑动看下一个",
        "轻触阅读原文",
        "知道了",
        "微信扫一扫",
        "使用小程序",
        "取消",
        "允许",
        "视频 小程序 赞，轻点两下取消赞 在看，轻点两下取消在看",
        "分享 留言 收藏 听过",
    ]
    source = "\n".join([_R[0], "原创 某市民政 某市民政 2024-07-10 18:30 福建", *_R[1:], *chrome])
    doc = parsed(source + "\n")
    same(look(doc, "原创", "18:30", *sorted(set(chrome))), _R_WANT)


# (a strict xfail until session 24: a byline with neither 原创 nor 发表于 has a schedule line's shape; the
# province of the poster's IP closing it is the second mark of WeChat it lacked, a room never is one)
def test_wechat_article_whose_body_opens_with_the_headline_again_under_the_byline() -> None:
    """A 公众号 post whose editor pasted the whole reply under the post's headline, so the title stands
    twice: the headline, the byline (`某市民政 2024年07月10日 18:30 福建`), then the reply from its own
    title line. The headline is the page's repeat of the title: the title read once, the repeat warned."""
    source = "\n".join([_R[0], "某市民政 2024年07月10日 18:30 福建", *_R, "阅读原文"])
    doc = parsed(source + "\n")
    got = look(doc, "18:30", "阅读原文") | {"titles": doc.text.count(_R[0])}
    same(got, _R_WANT | {"warnings": ["repeat-dropped"], "titles": 1})


def test_evernote_enex_export_read_as_text_with_the_note_in_cdata() -> None:
    """An Evernote `.enex` read as text: the XML declaration, the `en-export` element, the note's
    `<title>` (the reply's title), `<created>`/`<updated>` stamps, its ENML content inside CDATA (`<en-note>`
    with a `<div>` a line, a `<br/>` in the 落款), its `<tag>`. Only the note's content is the document:
    no stamp, tag or markup in the text."""
    divs = "".join(f"<div>{r}</div>" for r in _R[:8])
    enml = (
        '<?xml version="1.0" encoding="UTF-8" standalone="no"?>'
        '<!DOCTYPE en-note SYSTEM "http://xml.evernote.com/pub/enml2.dtd">'
        f"<en-note>{divs}<div>{_R[8]}<br/>{_R[9]}</div><div>{_R[10]}</div><div>{_R[11]}</div></en-note>"
    )
    source = "\n".join(
        [
            '<?xml version="1.0" encoding="UTF-8"?>',
            '<!DOCTYPE en-export SYSTEM "http://xml.evernote.com/pub/evernote-export4.dtd">',
            '<en-export export-date="20240712T090501Z" application="Evernote" version="10.80.4">',
            "  <note>",
            f"    <title>{_R[0]}</title>",
            "    <created>20240710T083000Z</created>",
            "    <updated>20240712T090455Z</updated>",
            "    <note-attributes><author>刘某</author></note-attributes>",
            f"    <content><![CDATA[{enml}]]></content>",
            "    <tag>提案答复</tag>",
            "  </note>",
            "</en-export>",
        ]
    )
    doc = parsed(source + "\n")
    same(look(doc, "<div>", "en-note", "20240710T", "提案答复", "<br/>"), _R_WANT)


@pytest.mark.xfail(
    strict=True,
    reason="without the weekday (the English stamp's and round 19's `2024年6月3日 星期一`), a date line and a "
    "bare clock time under a title are a notice's meeting day and hour as much as OneNote's stamp (session 18's "
    "HIGH: a stamp shape took a notice's date line): not sure enough to drop, it stays content-unplaced",
)
def test_onenote_page_copied_with_a_chinese_locale_stamp_under_the_reply_title() -> None:
    """A OneNote page in a Chinese-locale OneNote, copied out: the page's title (the reply's), OneNote's
    stamp as that locale writes it (`2024年7月10日`, then `8:30`, a line each), a blank line, the reply.
    The stamp is OneNote's (as the English one, rounds 18/19): it leaves the text, warned."""
    source = "\n".join([_R[0], "2024年7月10日", "8:30", "", *_R[1:]])
    doc = parsed(source + "\n")
    same(
        look(doc, "8:30") | {"dates": doc.text.count("2024年7月10日")},
        _R_WANT | {"warnings": ["text-repaired"], "dates": 0},
    )


def test_yinxiang_txt_export_with_chinese_property_lines_above_the_reply() -> None:
    """印象笔记's 导出为TXT: the note's properties as its Chinese locale writes them (`创建时间：2024/7/10 08:30`,
    `更新时间：2024/7/12 17:05`, `标签：提案答复；养老`), a blank line, then the reply. Contract20 item 6:
    键：值 lines above the title are `header.metadata` pairs (nothing leaves)."""
    props = ["创建时间：2024/7/10 08:30", "更新时间：2024/7/12 17:05", "标签：提案答复；养老"]
    doc = parsed("\n".join([*props, "", *_R]) + "\n")
    same(
        look(doc),
        _R_WANT
        | {"metadata": {"创建时间": "2024/7/10 08:30", "更新时间": "2024/7/12 17:05", "标签": "提案答复；养老"}},
    )


# --- Batch 8: page furniture per page, XML and JSON outputs of extractors, DocTags (before any run) ---


def test_llamaparse_pages_each_with_its_header_and_footer_kept_under_a_page_rule() -> None:
    """LlamaParse's markdown of two pages joined by its `---` rule, each page keeping the template's
    header (`某市民政局建议提案答复件`) at its top and its page number (`— 1 —`) at its foot, the page cut
    inside section 二's sentence. Header and numbers are furniture; the sentence one again (warned)."""
    six = _R[6]
    page1 = ["某市民政局建议提案答复件", "# " + _R[0], *_R[1:6], six[:30], "— 1 —"]
    page2 = ["某市民政局建议提案答复件", six[30:], *_R[7:], "— 2 —"]
    source = "\n\n".join(page1) + "\n\n---\n\n" + "\n\n".join(page2) + "\n"
    doc = parsed(source)
    same(look(doc, "建议提案答复件", "— 1 —", "— 2 —"), _R_WANT | {"warnings": ["page-break-joined"]})


def test_trafilatura_xml_output_read_as_text() -> None:
    """`trafilatura --xml`: a `<doc>` element whose attributes carry the page's record (sitename, title,
    source, hostname, date, fingerprint), the text in `<main>` (`<head rend="h1">`, `<p>` a paragraph,
    the 落款's two lines parted by `<lb/>`), an empty `<comments/>`. Only `<main>`'s text is the document."""
    ps = "".join(f"<p>{r}</p>" for r in _R[1:8])
    source = (
        f'<doc sitename="某市民政局" title="{_R[0]}" source="{_URL}" hostname="example.gov.cn" '
        'date="2024-07-10" fingerprint="9f3b2c1d0e8a7f65">\n'
        f'  <main><head rend="h1">{_R[0]}</head>{ps}<p>{_R[8]}<lb/>{_R[9]}</p><p>{_R[10]}<lb/>{_R[11]}</p></main>\n'
        "  <comments/>\n</doc>\n"
    )
    doc = parsed(source)
    same(look(doc, "<p>", "<lb/>", "hostname", "fingerprint", "<main>"), _R_WANT)


def test_google_docs_markdown_download_with_bold_heading_lines_and_a_bold_title_heading() -> None:
    """Google Docs' File > Download > Markdown: the title `# **…**` (a heading whose run is bold), the
    section heads bold lines of their own (`**一、主要工作情况**`), the 主送 bold, an escaped full stop
    after a figure at a line's start where one stands (none here), blank lines between blocks. Every
    `#` and `**` is Markdown's."""
    source = "\n\n".join(
        [
            "# **" + _R[0] + "**",
            "**" + _R[1] + "**",
            _R[2],
            "**" + _R[3] + "**",
            _R[4],
            "**" + _R[5] + "**",
            *_R[6:],
        ]
    )
    doc = parsed(source + "\n")
    same(look(doc, "**", "# "), _R_WANT)


def test_smoldocling_doctags_with_location_tokens_and_a_page_header_element() -> None:
    """SmolDocling's DocTags for the page: `<doctag>`, each element with its four `<loc_N>` tokens (the
    box), a `<page_header>` (`某市民政局`, the template's band), `<section_header_level_1>` for the title
    and heads, `<text>` for paragraphs, `<page_footer>` (`1`). Only the elements' words are text; the page
    header and footer are furniture."""

    def el(tag: str, words: str, k: int) -> str:
        y = 40 + 30 * k
        return f"<{tag}><loc_40><loc_{y}><loc_460><loc_{y + 12}>{words}</{tag}>"

    parts = ["<doctag>", el("page_header", "某市民政局", 0), el("section_header_level_1", _R[0], 1)]
    for k, r in enumerate(_R[1:], 2):
        parts.append(el("section_header_level_1" if r[:2] in ("一、", "二、") else "text", r, k))
    parts += [el("page_footer", "1", 14), "</doctag>"]
    doc = parsed("\n".join(parts) + "\n")
    got = look(doc, "<loc_", "<text>", "doctag", "section_header") | {"organs": doc.text.count("某市民政局")}
    same(got, _R_WANT | {"organs": 1})


def test_mineru_content_list_json_with_typed_blocks_and_an_image_entry() -> None:
    """MinerU's `content_list.json`: a JSON list of blocks in reading order, each `{"type": "text",
    "text": …, "page_idx": 0}` (the title and heads with `"text_level": 1`), the seal an `{"type":
    "image", "img_path": "images/….jpg", "img_caption": []}` entry. Only the texts are the document."""
    import json

    blocks: list[dict[str, object]] = []
    for r in _R:
        block: dict[str, object] = {"type": "text", "text": r}
        if r == _R[0] or r[:2] in ("一、", "二、"):
            block["text_level"] = 1
        block["page_idx"] = 0
        blocks.append(block)
        if r == _R[9]:
            blocks.append({"type": "image", "img_path": "images/9a8b7c6d.jpg", "img_caption": [], "page_idx": 0})
    doc = parsed(json.dumps(blocks, ensure_ascii=False, indent=4) + "\n")
    same(look(doc, "page_idx", "img_path", "text_level", "images/"), _R_WANT)
