"""Round-17 blind probes of text that came through CONVERSION PATHS rounds 14 and 15 did not try.

Round 14 (tests/test_probes_14_noise.py) covered pandoc and markitdown Markdown, lynx/w3m/html2text
dumps, WeChat copies, mail forwards, registry exports, pdftotext -layout, viewer numbers and OpenCC;
round 15 (tests/test_probes_15_conv.py) pdf.js, Adobe's save as text, Word's and WPS's plain text,
LibreOffice txt, docling/marker/MinerU, Tika/textract, OCR engines' text, RTF, BeautifulSoup and
Excel. This round adds other tools and paths:
- a reader service's Markdown (Jina reader / readability: `Title:`, `URL Source:`, `Published
  Time:`, `Markdown Content:` above the page, setext underlines, `![Image N: …](…)`, its `Images:` and
  `Links/Buttons:` summaries under it); readability plus turndown (`_…_`, escaped `1\\.`);
- trafilatura's Markdown (`*…*`, pipe rows without a delimiter row) and txt with its metadata block;
  html2text (indented `  1. ` lists, escaped link parentheses, `* * *`); newspaper3k's dump (a bare
  publish timestamp under the title);
- 语雀 (`:::tips` callouts, `<mark>`), Notion (`- [ ]` task lists, `<aside>`), 飞书 (heading levels the
  author chose), 钉钉 (`&emsp;` indents, `<p align="right">…<br/>…`), Obsidian/Typora (`==…==`, `%%…%%`,
  `[[…]]`, `> [!note]`); Google Docs' Markdown (automatic 一、 renumbered `1.`) and txt (BOM, CRLF,
  indented numbers; lost heading numbers, `* ` bullets);
- reStructuredText (over/underlined titles, `| ` line blocks, simple tables in `=` rules), AsciiDoc
  (`= `/`== ` titles, attributes, roles, ` +` breaks, `|===` tables), org-mode (`#+` settings, `*`
  headings and bold, tables with `|---+---|`); Calibre's txt (a contents page, chapter gaps) and its
  Markdown (`* * *`, image references);
- pdfminer.six (a blank line between lines, form feeds, a label cell cut in two lines), PDFBox (a
  letter-spaced title with its figures spaced), pdftotext -raw (content-stream order: date before
  organ, page numbers first, a 红头's 签发人 before its 文号, the 版记), ABBYY (form feed inside a
  paragraph, a phone cut at its hyphen), CAJViewer (spaces at cuts, a gazette's band, a figure caption)
  and 超星 (indents, a space-aligned table, spaces where printed lines ended inside one line);
- a crawler's JSON record saved as text (one line, `\\n` and `\\u3000` escapes; pretty-printed with HTML
  content), a registry CSV through `govdoc batch`'s table reader (doubled quotes), mail replies
  quoted with `> ` (once and twice, with the attribution line and a `-- ` signature); unrtf's `###`
  comments; docx2txt (the header's text first, footer fields lost).
Not tried (questions in the report): a JSON record with every CJK character `\\u`-escaped
(ensure_ascii): decoding escapes would put characters in the text the input does not have, which
tests/invariants.py forbids for text input; CSV lines pasted into a .txt (the registry's path is `govdoc
batch --text-column`); AsciiDoc, org and reST files under their own suffixes (.adoc/.org/.rst are no
format the project takes; their text copies are read here as text).

Every expected value was written by hand from the contract (../shared/design/contract.md) and the
README's warning table before the parser ran on the batch (each batch was committed first).

First look per batch (documents whole / checks), and the general cause of each miss (cause tests in
tests/test_conv17_causes.py, each a new example that fails on the session's start /work/s17start):
- batch 1 (reader services, trafilatura, html2text, newspaper3k): 1/5 whole, 44/53 checks. Causes: a
  reader service's header (`Title:` … `Markdown Content:`, named by its `URL Source:`) read as text and
  its `Title:` as metadata (readers.text._READER_HEAD); single-star emphasis (readers.text._EMPHASIS,
  only in a text with other marks and, since review17 R2, only at word edges: a star between Han
  characters may be a name's mask, so the trafilatura probe itself is a strict xfail);
  a bare timestamp with its clock time above the text (patterns.BARE_TIMESTAMP,
  cleanup.furniture._stamps_above_text: under the text it dates a message board's 落款, under its own
  label it is that label's value).
- batch 2 (语雀, Notion, 飞书, 钉钉, Google Docs Markdown): 2/5 whole, 38/49 checks. Causes: callout
  fences (readers.text._MARKUP_LINE); a task list's box and a list item joined to the one above as a
  wrap (readers.text._MD_PREFIX, patterns.LIST_ITEM_MARK in rules.joins.continues: an item opens its
  own block); block tags alone on a line, `<aside>` (readers.text._HTML_BREAK); space entities as a
  paragraph's indent (readers.text._SPACE_ENTITIES).
- batch 3 (Google Docs txt, reST, AsciiDoc, org, Calibre txt): 3/5 whole, 35/49 checks. Causes:
  AsciiDoc's `=` headings, attribute and role lines, ` +` breaks; org's settings, `**` headings and
  `*bold*` title (readers.text._MD_PREFIX, _MARKUP_LINE, _ASCIIDOC_BREAK, _EMPHASIS).
- batch 4 (pdfminer.six, PDFBox, pdftotext -raw, ABBYY): 3/5 whole, 47/50 checks. Causes: a line
  letter-spaced throughout keeps its spaces beside digits (cleanup.spaces._SPACED_THROUGHOUT); a
  known label a narrow cell set in two lines (rules.joins._label_cut, warned as the cut values are).
- batch 5 (CAJViewer, 超星, a crawler's JSON record, a registry CSV, a quoted mail): 2/5 whole, 37/50
  checks. Causes: a JSON record's text member (readers.text._json_record); a gazette's band naming its
  issue above the text (cleanup.furniture._periodical_bands); a short copy whose longest lines, three
  or more, all end open at one length was cut at that width, numbered points too
  (rules.joins.wrap_width); columns aligned by spaces with figures under a head row
  (rules.body_tables.spaced_rows, text copies only, never contents lines).
- batch 6 (turndown, Jina's summaries, trafilatura txt, Obsidian, Google Docs bullets): 2/5 whole,
  43/54 checks. Causes: underscore emphasis (readers.text._EMPHASIS, never inside an ASCII word); a
  reader service's summaries under the page (readers.text._READER_TAIL); highlights, comments, wiki
  links and a callout's type (readers.text._HIGHLIGHT, _NOTE_COMMENT, _WIKI_LINK, _CALLOUT_TAG).
- batch 7 (reST, AsciiDoc and org tables, a pretty-printed JSON record with HTML, a twice-quoted
  mail): 1/5 whole, 40/55 checks. Causes: a JSON record over several lines (readers.text: the record
  no longer waits for escaped breaks to outnumber real ones); a mail's attribution line
  (patterns.chrome: On … wrote:, 在 … 写道：with its time or address); the mail's signature block read as
  the document's contact (rules.trailer.after: under the `-- ` delimiter, held by no element); reST's
  simple table in `=` rules and AsciiDoc's `|===` table with its `[cols=…]` line (readers.text). One
  miss my reading (corrected in place): round 15 keeps a mail's signature in the text, warned.
- batch 8 (unrtf, docx2txt, Calibre Markdown, 超星's mid-line spaces, pdftotext -raw with a 版记): 3/5
  whole, 45/50 checks. Causes: unrtf's comment lines (readers.text._UNRTF_HEAD); a page-count foot
  whose figures were fields (patterns.PAGE_FURNITURE: 第  页  共  页). Two misses my reading (corrected
  in place): an organ alone above a 关于 title is the title's first line by the contract.

Over the eight batches: 17/40 documents whole at first look, 329/410 checks (three misses my reading,
corrected and noted); 39/40 whole now, the last a strict xfail: single-star emphasis between Han
characters (trafilatura's `的*关于…*收悉`) is read only at word edges since review17 R2 (two masked
names pair like it), so that probe's stars stay.
"""

from __future__ import annotations

from pathlib import Path

import pytest

import govdoc
from govdoc.batch.tables import Columns, rows
from tests.test_probes_11_noise import look, parsed, same, wrapped


def tables(doc: govdoc.Document) -> list[list[tuple[str, ...]]]:
    """The rows of every table of the body (the preamble's, then each section's), in order."""
    found = [list(t.rows) for t in doc.tables]
    for s in doc.iter_sections():
        found += [list(t.rows) for t in s.tables]
    return found


# --- Batch 1: reader services, trafilatura, html2text, newspaper3k (written before any run) ---------


def test_a_jina_reader_copy_of_a_reply_page_with_its_header_lines_and_setext_headings() -> None:
    """A reader service's Markdown of a reply page: `Title:` (the page's <title>, with the site's
    name), `URL Source:`, `Published Time:` and `Markdown Content:` above the page, a breadcrumb of
    links, the headline and the 一、 headings underlined (`====`, `----`). The service's lines and the
    breadcrumb leave the text; the title is the headline, never the <title>."""
    source = (
        "Title: 关于市政协十三届三次会议第0123号提案的答复-某市发展和改革委员会\n"
        "\n"
        "URL Source: https://fgw.example.gov.cn/art/2024/7/5/art_1229_5678.html\n"
        "\n"
        "Published Time: 2024-07-05T09:30:00+08:00\n"
        "\n"
        "Markdown Content:\n"
        "[首页](https://fgw.example.gov.cn/) > [政务公开](https://fgw.example.gov.cn/zwgk/) > "
        "[建议提案办理](https://fgw.example.gov.cn/zwgk/jyta/)\n"
        "\n"
        "关于市政协十三届三次会议第0123号提案的答复\n"
        "=====================================\n"
        "\n"
        "蒋某委员：\n"
        "\n"
        "您提出的关于加快充电基础设施建设的提案收悉，现答复如下：\n"
        "\n"
        "一、建设情况\n"
        "------\n"
        "\n"
        "截至今年6月底，全市累计建成公共充电桩一万二千个，实现乡镇全覆盖。\n"
        "\n"
        "二、下一步工作\n"
        "-------\n"
        "\n"
        "我委将会同市住房城乡建设局推动老旧小区充电设施改造。\n"
        "\n"
        "感谢您对发展改革工作的关心和支持。\n"
        "\n"
        "某市发展和改革委员会\n"
        "\n"
        "2024年7月5日\n"
        "\n"
        "联系人：韩某\n"
        "\n"
        "联系电话：0571-85051234\n"
    )
    doc = parsed(source)
    same(
        look(doc, "URL Source:", "Published Time:", "Markdown Content:", "fgw.example", "首页", "建议提案办理", "==="),
        {
            "kind": "reply",
            "title": "关于市政协十三届三次会议第0123号提案的答复",
            "recipients": ["蒋某委员"],
            "ref": "0123",
            "metadata": {},
            "preamble": ["您提出的关于加快充电基础设施建设的提案收悉，现答复如下："],
            "sections": [
                (1, "一、", 1, "建设情况", ["截至今年6月底，全市累计建成公共充电桩一万二千个，实现乡镇全覆盖。"]),
                (1, "二、", 2, "下一步工作", ["我委将会同市住房城乡建设局推动老旧小区充电设施改造。"]),
            ],
            "closing": "感谢您对发展改革工作的关心和支持。",
            "signature": (["某市发展和改革委员会"], "2024-07-05", "2024年7月5日"),
            "contact": ("韩某", ["0571-85051234"]),
            "warnings": ["text-repaired"],  # schema 1.11: the service's `Title:` line (the page's <title>) said,
            "leaked": [],
        },
    )
    assert not doc.text.startswith("Title")


def test_a_jina_reader_copy_of_a_notice_with_bold_headings_links_and_the_seal_as_a_picture() -> None:
    """The reader's Markdown of a notice: bold 一、 headings, a link inside a sentence and one for the
    attachment, the seal a picture `![Image 1: …印章](…)` above the 落款. Link words stay, URLs and the
    picture leave; the attachment is listed by its title."""
    source = (
        "Title: 某市科学技术局关于组织申报2024年度科技创新券的通知\n"
        "\n"
        "URL Source: http://kjj.example.gov.cn/tzgg/202403/t20240312_88.html\n"
        "\n"
        "Published Time: Tue, 12 Mar 2024 08:00:00 GMT\n"
        "\n"
        "Markdown Content:\n"
        "某市科学技术局关于组织申报2024年度科技创新券的通知\n"
        "---------------------------------\n"
        "\n"
        "各区科技主管部门，各有关企业：\n"
        "\n"
        "为降低中小企业创新成本，根据《某市科技创新券管理办法》，现将2024年度科技创新券申报工作通知如下：\n"
        "\n"
        "**一、申报对象**\n"
        "\n"
        "在本市注册的科技型中小企业和创新创业团队。\n"
        "\n"
        "**二、申报时间**\n"
        "\n"
        "2024年3月15日至4月15日。\n"
        "\n"
        "**三、申报方式**\n"
        "\n"
        "申报单位登录某市科技创新券服务平台在线填报，详见[申报指南](http://kjj.example.gov.cn/zn.html)。\n"
        "\n"
        "附件：[2024年度科技创新券申报表](http://kjj.example.gov.cn/files/sbb.xlsx)\n"
        "\n"
        "![Image 1: 某市科学技术局印章](http://kjj.example.gov.cn/images/seal.png)\n"
        "\n"
        "某市科学技术局\n"
        "\n"
        "2024年3月12日\n"
    )
    doc = parsed(source)
    same(
        look(doc, "URL Source:", "Published Time:", "Markdown Content:", "example.gov.cn", "Image 1", "印章"),
        {
            "kind": "notice",
            "title": "某市科学技术局关于组织申报2024年度科技创新券的通知",
            "issuer": "某市科学技术局",
            "recipients": ["各区科技主管部门", "各有关企业"],
            "preamble": [
                "为降低中小企业创新成本，根据《某市科技创新券管理办法》，现将2024年度科技创新券申报工作通知如下："
            ],
            "sections": [
                (1, "一、", 1, "申报对象", ["在本市注册的科技型中小企业和创新创业团队。"]),
                (1, "二、", 2, "申报时间", ["2024年3月15日至4月15日。"]),
                (
                    1,
                    "三、",
                    3,
                    "申报方式",
                    ["申报单位登录某市科技创新券服务平台在线填报，详见申报指南。"],
                ),
            ],
            "attachments": ["2024年度科技创新券申报表"],
            "signature": (["某市科学技术局"], "2024-03-12", "2024年3月12日"),
            "warnings": [],
            "leaked": [],
        },
    )


@pytest.mark.xfail(
    strict=True,
    reason="trafilatura's `的*关于…的建议*收悉`: a star pair between Han characters cannot be told from two "
    "masked names (李*明同志会同社区主任陈*现场核实, review17 R2); the stars stay, as s17start kept them",
)
def test_trafilatura_markdown_with_emphasis_and_a_pipe_table_without_its_delimiter_row() -> None:
    """trafilatura --markdown of a reply page: the title a `#` heading, the 一、 headings `###`, the
    proposal's name in `*…*`, a bold phrase in `**…**`, and the body's table written as pipe rows
    with no `|---|` row under its head. The marks leave, the rows are one table of the section, not
    paragraphs."""
    source = (
        "# 关于区十七届人大三次会议第035号建议的答复\n"
        "\n"
        "刘某代表：\n"
        "\n"
        "您提出的*关于加强老年助餐服务的建议*收悉，现答复如下：\n"
        "\n"
        "### 一、助餐点建设情况\n"
        "\n"
        "全区已建成老年助餐点四十六个，分布如下：\n"
        "\n"
        "| 街道 | 助餐点数 | 日均就餐人次 |\n"
        "| 城关街道 | 18 | 1200 |\n"
        "| 东湖街道 | 15 | 860 |\n"
        "| 西山街道 | 13 | 640 |\n"
        "\n"
        "### 二、下一步打算\n"
        "\n"
        "下一步，我局将**推广“中央厨房+配送”模式**，年内新增助餐点十个。\n"
        "\n"
        "特此答复。\n"
        "\n"
        "某区民政局\n"
        "\n"
        "2024年6月28日\n"
    )
    doc = parsed(source)
    same(
        look(doc) | {"tables": tables(doc), "marks": [m for m in ("*", "#", "|") if m in doc.text]},
        {
            "kind": "reply",
            "title": "关于区十七届人大三次会议第035号建议的答复",
            "recipients": ["刘某代表"],
            "ref": "035",
            "preamble": ["您提出的关于加强老年助餐服务的建议收悉，现答复如下："],
            "sections": [
                (1, "一、", 1, "助餐点建设情况", ["全区已建成老年助餐点四十六个，分布如下："]),
                (1, "二、", 2, "下一步打算", ["下一步，我局将推广“中央厨房+配送”模式，年内新增助餐点十个。"]),
            ],
            "tables": [
                [
                    ("街道", "助餐点数", "日均就餐人次"),
                    ("城关街道", "18", "1200"),
                    ("东湖街道", "15", "860"),
                    ("西山街道", "13", "640"),
                ]
            ],
            "closing": "特此答复。",
            "signature": (["某区民政局"], "2024-06-28", "2024年6月28日"),
            "warnings": [],
            "marks": [],
        },
    )


def test_html2text_output_of_an_approval_with_an_indented_list_and_escaped_link_parentheses() -> None:
    """html2text of a 批复 page: the menu as a row of links parted by `|`, the 文号 in bold, the
    points an ordered list indented two spaces (`  1. `), a `* * *` rule, and the page's buttons as
    `javascript:` links whose parentheses html2text escaped. The menu and buttons leave; each point
    is a num section whose short line is its heading by the contract (no inner stop, ≤30 chars)."""
    source = (
        "[首页](/) | [政务公开](/zwgk/) | [政策文件](/zwgk/zcwj/)\n"
        "\n"
        "# 某县人民政府关于同意设立某县现代农业产业园的批复\n"
        "\n"
        "**某政复〔2024〕8号**\n"
        "\n"
        "县农业农村局：\n"
        "\n"
        "你局《关于设立某县现代农业产业园的请示》（某农〔2024〕15号）收悉。经研究，现批复如下：\n"
        "\n"
        "  1. 同意设立某县现代农业产业园，规划面积12.6平方公里。\n"
        "  2. 产业园建设要坚持规划引领，严格保护耕地。\n"
        "  3. 你局要会同有关部门制定实施方案，报县政府备案。\n"
        "\n"
        "某县人民政府\n"
        "\n"
        "2024年4月3日\n"
        "\n"
        "* * *\n"
        "\n"
        "[打印本页](javascript:window.print\\(\\)) [关闭窗口](javascript:window.close\\(\\))\n"
    )
    doc = parsed(source)
    same(
        look(doc, "首页", "政策文件", "打印本页", "关闭窗口", "javascript", "* * *"),
        {
            "kind": "approval",
            "title": "某县人民政府关于同意设立某县现代农业产业园的批复",
            "number": ("某政复〔2024〕8号", 2024, 8),
            "issuer": "某县人民政府",
            "recipients": ["县农业农村局"],
            "preamble": ["你局《关于设立某县现代农业产业园的请示》（某农〔2024〕15号）收悉。经研究，现批复如下："],
            "sections": [
                (1, "1.", 1, "同意设立某县现代农业产业园，规划面积12.6平方公里", []),
                (1, "2.", 2, "产业园建设要坚持规划引领，严格保护耕地", []),
                (1, "3.", 3, "你局要会同有关部门制定实施方案，报县政府备案", []),
            ],
            "signature": (["某县人民政府"], "2024-04-03", "2024年4月3日"),
            "warnings": [],
            "leaked": [],
        },
    )


def test_newspaper3k_plain_text_with_the_title_and_a_bare_publish_timestamp_above_it() -> None:
    """A script's dump of newspaper3k: `article.title`, `article.publish_date` as Python prints a
    datetime, then `article.text` (paragraphs parted by blank lines, the 落款's right-aligned lines
    each a paragraph). The timestamp is the page's, not the document's: it leaves the text."""
    source = (
        "关于市政协十三届二次会议第2087号提案的答复\n"
        "2024-05-20 00:00:00\n"
        "\n"
        "许某委员：\n"
        "\n"
        "您提出的关于推进中小学课后服务提质增效的提案收悉，现答复如下：\n"
        "\n"
        "一、课后服务开展情况\n"
        "\n"
        "全市义务教育学校课后服务实现全覆盖，学生参与率达到百分之九十二。\n"
        "\n"
        "二、下一步工作\n"
        "\n"
        "我局将引入优质社会资源参与课后服务，丰富课程内容。\n"
        "\n"
        "感谢您对教育工作的关心和支持。\n"
        "\n"
        "某市教育局\n"
        "\n"
        "2024年5月16日\n"
    )
    doc = parsed(source)
    same(
        look(doc, "2024-05-20 00:00:00"),
        {
            "kind": "reply",
            "title": "关于市政协十三届二次会议第2087号提案的答复",
            "recipients": ["许某委员"],
            "ref": "2087",
            "preamble": ["您提出的关于推进中小学课后服务提质增效的提案收悉，现答复如下："],
            "sections": [
                (
                    1,
                    "一、",
                    1,
                    "课后服务开展情况",
                    ["全市义务教育学校课后服务实现全覆盖，学生参与率达到百分之九十二。"],
                ),
                (1, "二、", 2, "下一步工作", ["我局将引入优质社会资源参与课后服务，丰富课程内容。"]),
            ],
            "closing": "感谢您对教育工作的关心和支持。",
            "signature": (["某市教育局"], "2024-05-16", "2024年5月16日"),
            "warnings": [],
            "leaked": [],
        },
    )


# --- Batch 2: 语雀, Notion, 飞书, 钉钉 and Google Docs Markdown exports (written before any run) -------


def test_a_yuque_export_with_callout_blocks_and_a_mark_tag() -> None:
    """语雀's Markdown: the 办理结果/公开属性 lines inside a `:::tips` callout above the title, a sentence
    inside a `:::warning` callout, a phrase highlighted with `<mark>`. The callout fences and the tag
    leave; the pairs are metadata; the sentence is its section's paragraph."""
    source = (
        ":::tips\n"
        "办理结果：A（已解决或采纳）\n"
        "公开属性：主动公开\n"
        ":::\n"
        "\n"
        "# 关于市政协十三届三次会议第0418号提案的答复\n"
        "\n"
        "周某委员：\n"
        "\n"
        "您提出的关于<mark>加快推进既有住宅加装电梯</mark>的提案收悉，现答复如下：\n"
        "\n"
        "## 一、工作进展\n"
        "\n"
        "今年以来全市既有住宅加装电梯开工三百二十台，完工二百一十台。\n"
        "\n"
        "## 二、存在的困难\n"
        "\n"
        ":::warning\n"
        "部分小区居民意见难以统一，低层住户顾虑较多。\n"
        ":::\n"
        "\n"
        "## 三、下一步工作\n"
        "\n"
        "我局将出台加装电梯协商指引，推广“一梯一议”做法。\n"
        "\n"
        "感谢您对住房城乡建设工作的关心和支持。\n"
        "\n"
        "某市住房和城乡建设局\n"
        "\n"
        "2024年6月30日\n"
    )
    doc = parsed(source)
    same(
        look(doc, ":::", "tips", "warning", "mark>"),
        {
            "kind": "reply",
            "title": "关于市政协十三届三次会议第0418号提案的答复",
            "recipients": ["周某委员"],
            "ref": "0418",
            "metadata": {"办理结果": "A（已解决或采纳）", "公开属性": "主动公开"},
            "preamble": ["您提出的关于加快推进既有住宅加装电梯的提案收悉，现答复如下："],
            "sections": [
                (1, "一、", 1, "工作进展", ["今年以来全市既有住宅加装电梯开工三百二十台，完工二百一十台。"]),
                (1, "二、", 2, "存在的困难", ["部分小区居民意见难以统一，低层住户顾虑较多。"]),
                (1, "三、", 3, "下一步工作", ["我局将出台加装电梯协商指引，推广“一梯一议”做法。"]),
            ],
            "closing": "感谢您对住房城乡建设工作的关心和支持。",
            "signature": (["某市住房和城乡建设局"], "2024-06-30", "2024年6月30日"),
            "warnings": [],
            "leaked": [],
        },
    )


def test_a_notion_export_with_a_task_list_and_an_aside_callout() -> None:
    """Notion's Markdown of a notice: the title a `#` heading, the 一、 headings at `###`, the points
    to check a task list (`- [ ]`, `- [x]`), the closing requirement inside an `<aside>` block. The
    task boxes and the aside's tags leave; each task is a paragraph of its section."""
    source = (
        "# 某区应急管理局关于开展汛前安全隐患排查的通知\n"
        "\n"
        "各街道办事处，区有关单位：\n"
        "\n"
        "为做好今年汛期安全防范工作，现就开展汛前安全隐患排查通知如下：\n"
        "\n"
        "### 一、排查重点\n"
        "\n"
        "- [ ] 地下空间、下穿通道的排水设施\n"
        "- [ ] 在建工地的深基坑和高边坡\n"
        "- [x] 老旧小区的危旧房屋\n"
        "\n"
        "### 二、工作要求\n"
        "\n"
        "<aside>\n"
        "各单位于5月20日前将排查情况报区应急管理局。\n"
        "</aside>\n"
        "\n"
        "某区应急管理局\n"
        "\n"
        "2024年5月6日\n"
    )
    doc = parsed(source)
    same(
        look(doc, "[ ]", "[x]", "aside"),
        {
            "kind": "notice",
            "title": "某区应急管理局关于开展汛前安全隐患排查的通知",
            "issuer": "某区应急管理局",
            "recipients": ["各街道办事处", "区有关单位"],
            "preamble": ["为做好今年汛期安全防范工作，现就开展汛前安全隐患排查通知如下："],
            "sections": [
                (
                    1,
                    "一、",
                    1,
                    "排查重点",
                    ["地下空间、下穿通道的排水设施", "在建工地的深基坑和高边坡", "老旧小区的危旧房屋"],
                ),
                (1, "二、", 2, "工作要求", ["各单位于5月20日前将排查情况报区应急管理局。"]),
            ],
            "signature": (["某区应急管理局"], "2024-05-06", "2024年5月6日"),
            "warnings": [],
            "leaked": [],
        },
    )


def test_a_feishu_export_whose_heading_levels_the_author_chose_out_of_order() -> None:
    """飞书's Markdown: the author made the title a `##` heading, the 一、 headings `#` and the （一）
    headings `##`, and put a divider (`---`) under a heading. The sections' levels come from their
    markers' families, not from the `#` counts; the marks leave."""
    source = (
        "## 关于区政协十届三次会议第56号提案的答复\n"
        "\n"
        "吴某委员：\n"
        "\n"
        "您提出的关于提升社区卫生服务能力的提案收悉，现答复如下：\n"
        "\n"
        "# 一、基本情况\n"
        "\n"
        "## （一）机构建设\n"
        "\n"
        "全区现有社区卫生服务中心十二家、服务站四十六个。\n"
        "\n"
        "## （二）人才队伍\n"
        "\n"
        "全区社区卫生服务机构共有全科医生二百一十名。\n"
        "\n"
        "# 二、下一步工作\n"
        "\n"
        "---\n"
        "\n"
        "下一步，我委将推进社区医院建设，年内新增两家社区医院。\n"
        "\n"
        "特此答复。\n"
        "\n"
        "某区卫生健康委员会\n"
        "\n"
        "2024年7月12日\n"
    )
    doc = parsed(source)
    same(
        look(doc) | {"marks": [m for m in ("#", "---") if m in doc.text]},
        {
            "kind": "reply",
            "title": "关于区政协十届三次会议第56号提案的答复",
            "recipients": ["吴某委员"],
            "ref": "56",
            "preamble": ["您提出的关于提升社区卫生服务能力的提案收悉，现答复如下："],
            "sections": [
                (1, "一、", 1, "基本情况", []),
                (2, "（一）", 1, "机构建设", ["全区现有社区卫生服务中心十二家、服务站四十六个。"]),
                (2, "（二）", 2, "人才队伍", ["全区社区卫生服务机构共有全科医生二百一十名。"]),
                (1, "二、", 2, "下一步工作", ["下一步，我委将推进社区医院建设，年内新增两家社区医院。"]),
            ],
            "closing": "特此答复。",
            "signature": (["某区卫生健康委员会"], "2024-07-12", "2024年7月12日"),
            "warnings": [],
            "marks": [],
        },
    )


def test_a_dingtalk_export_with_emsp_entities_for_indents_and_a_right_aligned_html_signature() -> None:
    """A rich-text editor's Markdown (钉钉文档): every paragraph indented by `&emsp;&emsp;` entities, the
    title bold, the 落款 an HTML `<p align="right">` with the organ and the date parted by `<br/>`.
    The entities and tags leave; the 落款 is organ and date."""
    source = (
        "**关于县十八届人大三次会议第12号建议的答复**\n"
        "\n"
        "何某代表：\n"
        "\n"
        "&emsp;&emsp;您提出的关于加强农村饮水安全保障的建议收悉，现答复如下：\n"
        "\n"
        "&emsp;&emsp;一、农村供水工程建设情况\n"
        "\n"
        "&emsp;&emsp;近三年全县新建改造农村供水工程四十八处，农村自来水普及率达到百分之九十七。\n"
        "\n"
        "&emsp;&emsp;二、下一步工作\n"
        "\n"
        "&emsp;&emsp;下一步，我局将推进城乡供水一体化，实现城乡同网同质同价。\n"
        "\n"
        "&emsp;&emsp;感谢您对水利工作的关心和支持。\n"
        "\n"
        '<p align="right">某县水利局<br/>2024年8月1日</p>\n'
    )
    doc = parsed(source)
    same(
        look(doc, "&emsp;", "align", "<br"),
        {
            "kind": "reply",
            "title": "关于县十八届人大三次会议第12号建议的答复",
            "recipients": ["何某代表"],
            "ref": "12",
            "preamble": ["您提出的关于加强农村饮水安全保障的建议收悉，现答复如下："],
            "sections": [
                (
                    1,
                    "一、",
                    1,
                    "农村供水工程建设情况",
                    ["近三年全县新建改造农村供水工程四十八处，农村自来水普及率达到百分之九十七。"],
                ),
                (1, "二、", 2, "下一步工作", ["下一步，我局将推进城乡供水一体化，实现城乡同网同质同价。"]),
            ],
            "closing": "感谢您对水利工作的关心和支持。",
            "signature": (["某县水利局"], "2024-08-01", "2024年8月1日"),
            "warnings": [],
            "leaked": [],
        },
    )


def test_a_google_docs_markdown_download_whose_automatic_numbers_became_1_and_2() -> None:
    """Google Docs' "download as Markdown" of a reply whose 一、 were automatic numbers: they come out
    as an ordered list `1.` `2.` with bold headings, the points under the second a nested list
    indented three spaces. The numbers as written are the markers (num, level by nesting)."""
    source = (
        "**关于市十六届人大二次会议第0210号建议的答复**\n"
        "\n"
        "马某代表：\n"
        "\n"
        "您提出的关于完善城市慢行系统的建议收悉，现答复如下：\n"
        "\n"
        "1. **慢行系统建设情况**\n"
        "\n"
        "   今年全市新建改造自行车道八十五公里，打通断头路十二条。\n"
        "\n"
        "2. **下一步工作**\n"
        "\n"
        "   1. 编制慢行交通专项规划，年底前完成。\n"
        "   2. 推进绿道与自行车道互联互通。\n"
        "\n"
        "感谢您对城市建设工作的关心和支持。\n"
        "\n"
        "某市城市管理局\n"
        "\n"
        "2024年6月25日\n"
    )
    doc = parsed(source)
    same(
        look(doc),
        {
            "kind": "reply",
            "title": "关于市十六届人大二次会议第0210号建议的答复",
            "recipients": ["马某代表"],
            "ref": "0210",
            "preamble": ["您提出的关于完善城市慢行系统的建议收悉，现答复如下："],
            "sections": [
                (1, "1.", 1, "慢行系统建设情况", ["今年全市新建改造自行车道八十五公里，打通断头路十二条。"]),
                (1, "2.", 2, "下一步工作", []),
                (2, "1.", 1, "编制慢行交通专项规划，年底前完成", []),
                (2, "2.", 2, "推进绿道与自行车道互联互通", []),
            ],
            "closing": "感谢您对城市建设工作的关心和支持。",
            "signature": (["某市城市管理局"], "2024-06-25", "2024年6月25日"),
            "warnings": [],
        },
    )


# --- Batch 3: Google Docs txt, reStructuredText, AsciiDoc, org-mode, Calibre txt (written before any run) ---


def test_a_google_docs_txt_download_with_a_bom_crlf_and_indented_automatic_numbers() -> None:
    """Google Docs' "download as plain text": a byte-order mark, CRLF, no blank lines, the typed
    一、 kept and the automatic sub-numbers written `1. ` under a three-space indent. The organ on its
    own line above the 关于 title is the title's first line and the issuer; each point's run-in
    heading is its title."""
    lines = [
        "某市人力资源和社会保障局",
        "关于市政协十三届三次会议第0376号提案的答复",
        "谢某委员：",
        "您提出的关于支持高校毕业生就业创业的提案收悉，现答复如下：",
        "一、主要工作",
        "   1. 开发政策性岗位。今年全市开发公益性岗位一千二百个。",
        "   2. 落实创业担保贷款。累计发放创业担保贷款三点二亿元。",
        "二、下一步工作",
        "我局将举办高校毕业生专场招聘会二十场以上。",
        "感谢您对人力资源和社会保障工作的关心和支持。",
        "某市人力资源和社会保障局",
        "2024年7月3日",
    ]
    doc = parsed("\ufeff" + "\r\n".join(lines) + "\r\n")
    same(
        look(doc),
        {
            "kind": "reply",
            "title": "某市人力资源和社会保障局关于市政协十三届三次会议第0376号提案的答复",
            "issuer": "某市人力资源和社会保障局",
            "recipients": ["谢某委员"],
            "ref": "0376",
            "preamble": ["您提出的关于支持高校毕业生就业创业的提案收悉，现答复如下："],
            "sections": [
                (1, "一、", 1, "主要工作", []),
                (2, "1.", 1, "开发政策性岗位", ["今年全市开发公益性岗位一千二百个。"]),
                (2, "2.", 2, "落实创业担保贷款", ["累计发放创业担保贷款三点二亿元。"]),
                (1, "二、", 2, "下一步工作", ["我局将举办高校毕业生专场招聘会二十场以上。"]),
            ],
            "closing": "感谢您对人力资源和社会保障工作的关心和支持。",
            "signature": (["某市人力资源和社会保障局"], "2024-07-03", "2024年7月3日"),
            "warnings": [],
        },
    )


def test_restructuredtext_from_a_docs_portal_with_over_and_underlined_title_and_a_line_block() -> None:
    """reStructuredText of a docs-as-code portal: the title over- and underlined with `=`, the 一、
    headings underlined with `-`, the 落款 a line block (`| ` before each line). The adornments and
    the bars leave; the 落款 is organ and date."""
    source = (
        "========================================\n"
        "关于区政协十届二次会议第88号提案的答复\n"
        "========================================\n"
        "\n"
        "孙某委员：\n"
        "\n"
        "您提出的关于活化利用历史文化街区的提案收悉，现答复如下：\n"
        "\n"
        "一、保护利用情况\n"
        "----------------\n"
        "\n"
        "我局完成历史文化街区保护规划修编，修缮历史建筑十八处。\n"
        "\n"
        "二、下一步工作\n"
        "--------------\n"
        "\n"
        "我局将引入文创业态，打造夜间文旅消费集聚区。\n"
        "\n"
        "感谢您对文化旅游工作的关心和支持。\n"
        "\n"
        "| 某区文化和旅游局\n"
        "| 2024年5月28日\n"
    )
    doc = parsed(source)
    same(
        look(doc) | {"marks": [m for m in ("===", "---", "|") if m in doc.text]},
        {
            "kind": "reply",
            "title": "关于区政协十届二次会议第88号提案的答复",
            "recipients": ["孙某委员"],
            "ref": "88",
            "preamble": ["您提出的关于活化利用历史文化街区的提案收悉，现答复如下："],
            "sections": [
                (1, "一、", 1, "保护利用情况", ["我局完成历史文化街区保护规划修编，修缮历史建筑十八处。"]),
                (1, "二、", 2, "下一步工作", ["我局将引入文创业态，打造夜间文旅消费集聚区。"]),
            ],
            "closing": "感谢您对文化旅游工作的关心和支持。",
            "signature": (["某区文化和旅游局"], "2024-05-28", "2024年5月28日"),
            "warnings": [],
            "marks": [],
        },
    )


def test_asciidoc_from_a_docs_portal_with_equals_titles_attributes_and_hard_breaks() -> None:
    """AsciiDoc: the document title `= …`, attribute lines (`:lang: zh-CN`), the 一、 headings `== …`,
    a role line `[.text-right]` over the 落款, whose lines end in ` +` (a hard break). The title,
    headings and 落款 are found; the markup (`=`, attributes, role, ` +`) leaves the text."""
    source = (
        "= 关于市十六届人大三次会议第0155号建议的答复\n"
        ":doctype: article\n"
        ":lang: zh-CN\n"
        "\n"
        "王某代表：\n"
        "\n"
        "您提出的关于加强公共场所无障碍环境建设的建议收悉，现答复如下：\n"
        "\n"
        "== 一、无障碍设施建设情况\n"
        "\n"
        "全市完成无障碍改造公共建筑三百四十处，新增无障碍停车位八百个。\n"
        "\n"
        "== 二、下一步工作\n"
        "\n"
        "我会将制定无障碍环境建设三年行动计划，开展无障碍设施专项督查。\n"
        "\n"
        "感谢您对残疾人事业的关心和支持。\n"
        "\n"
        "[.text-right]\n"
        "某市残疾人联合会 +\n"
        "2024年6月18日\n"
    )
    doc = parsed(source)
    same(
        look(doc, ":doctype:", ":lang:", "zh-CN", "text-right") | {"marks": [m for m in ("=", "+") if m in doc.text]},
        {
            "kind": "reply",
            "title": "关于市十六届人大三次会议第0155号建议的答复",
            "recipients": ["王某代表"],
            "ref": "0155",
            "preamble": ["您提出的关于加强公共场所无障碍环境建设的建议收悉，现答复如下："],
            "sections": [
                (
                    1,
                    "一、",
                    1,
                    "无障碍设施建设情况",
                    ["全市完成无障碍改造公共建筑三百四十处，新增无障碍停车位八百个。"],
                ),
                (1, "二、", 2, "下一步工作", ["我会将制定无障碍环境建设三年行动计划，开展无障碍设施专项督查。"]),
            ],
            "closing": "感谢您对残疾人事业的关心和支持。",
            "signature": (["某市残疾人联合会"], "2024-06-18", "2024年6月18日"),
            "warnings": [],
            "leaked": [],
            "marks": [],
        },
    )


def test_an_org_mode_file_with_star_headings_a_bold_title_and_option_lines() -> None:
    """pandoc -t org of a reply: `#+OPTIONS:` and `#+STARTUP:` lines, the title bold in org's single
    stars, the 一、 headings `* `, the （一） headings `** `, each heading's text right under it. The
    option lines and the stars leave; levels come from the markers."""
    source = (
        "#+OPTIONS: toc:nil num:nil\n"
        "#+STARTUP: showall\n"
        "\n"
        "*关于县政协九届四次会议第23号提案的答复*\n"
        "\n"
        "罗某委员：\n"
        "\n"
        "您提出的关于发展壮大村级集体经济的提案收悉，现答复如下：\n"
        "\n"
        "* 一、发展情况\n"
        "全县村级集体经济年收入十万元以上的村达到一百零六个。\n"
        "\n"
        "* 二、下一步工作\n"
        "** （一）强化政策扶持\n"
        "每年安排村级集体经济发展资金二千万元。\n"
        "** （二）加强人才培养\n"
        "开展村党组织书记轮训，每年培训三百人次。\n"
        "\n"
        "感谢您对农业农村工作的关心和支持。\n"
        "\n"
        "某县农业农村局\n"
        "2024年5月22日\n"
    )
    doc = parsed(source)
    same(
        look(doc, "#+OPTIONS", "#+STARTUP", "toc:nil") | {"marks": [m for m in ("*", "#+") if m in doc.text]},
        {
            "kind": "reply",
            "title": "关于县政协九届四次会议第23号提案的答复",
            "recipients": ["罗某委员"],
            "ref": "23",
            "preamble": ["您提出的关于发展壮大村级集体经济的提案收悉，现答复如下："],
            "sections": [
                (1, "一、", 1, "发展情况", ["全县村级集体经济年收入十万元以上的村达到一百零六个。"]),
                (1, "二、", 2, "下一步工作", []),
                (2, "（一）", 1, "强化政策扶持", ["每年安排村级集体经济发展资金二千万元。"]),
                (2, "（二）", 2, "加强人才培养", ["开展村党组织书记轮训，每年培训三百人次。"]),
            ],
            "closing": "感谢您对农业农村工作的关心和支持。",
            "signature": (["某县农业农村局"], "2024-05-22", "2024年5月22日"),
            "warnings": [],
            "leaked": [],
            "marks": [],
        },
    )


def test_a_calibre_txt_of_an_ebook_with_its_table_of_contents_and_chapter_gaps() -> None:
    """Calibre's ebook-convert to txt of a notice issued as an EPUB: a 目录 page listing the 一、
    headings first, each chapter parted by three blank lines, paragraphs by one. The contents are no
    sections: each heading is a section once, where the text has it."""
    source = (
        "目录\n"
        "\n"
        "一、总体要求\n"
        "\n"
        "二、重点任务\n"
        "\n"
        "三、保障措施\n"
        "\n"
        "\n"
        "\n"
        "某市人民政府办公室关于印发2024年政务公开工作要点的通知\n"
        "\n"
        "各区人民政府，市政府各委、办、局：\n"
        "\n"
        "为深入推进政务公开，经市政府同意，现就2024年政务公开工作通知如下：\n"
        "\n"
        "\n"
        "\n"
        "一、总体要求\n"
        "\n"
        "坚持以公开为常态、不公开为例外，全面提升政务公开质量。\n"
        "\n"
        "\n"
        "\n"
        "二、重点任务\n"
        "\n"
        "加强政策解读，重要政策文件做到解读材料与文件同步发布。\n"
        "\n"
        "\n"
        "\n"
        "三、保障措施\n"
        "\n"
        "各单位要明确分管领导和工作机构，将政务公开纳入绩效考核。\n"
        "\n"
        "某市人民政府办公室\n"
        "\n"
        "2024年3月29日\n"
    )
    doc = parsed(source)
    same(
        look(doc),
        {
            "kind": "notice",
            "title": "某市人民政府办公室关于印发2024年政务公开工作要点的通知",
            "issuer": "某市人民政府办公室",
            "recipients": ["各区人民政府", "市政府各委、办、局"],
            "preamble": ["为深入推进政务公开，经市政府同意，现就2024年政务公开工作通知如下："],
            "sections": [
                (1, "一、", 1, "总体要求", ["坚持以公开为常态、不公开为例外，全面提升政务公开质量。"]),
                (1, "二、", 2, "重点任务", ["加强政策解读，重要政策文件做到解读材料与文件同步发布。"]),
                (1, "三、", 3, "保障措施", ["各单位要明确分管领导和工作机构，将政务公开纳入绩效考核。"]),
            ],
            "signature": (["某市人民政府办公室"], "2024-03-29", "2024年3月29日"),
        },
    )


# --- Batch 4: pdfminer.six, PDFBox, pdftotext -raw, ABBYY FineReader text (written before any run) ------


def test_pdfminer_pdf2txt_output_with_a_blank_line_between_every_line_and_form_feeds() -> None:
    """pdfminer.six's pdf2txt.py of a GB/T 9704 page (28 characters a line): every line its own text
    box, so a blank line after every line; the page number `- 1 -` a box of its own, then a form
    feed. The page numbers and feeds leave; the cut lines join into their paragraphs (warned)."""
    lines = [
        "关于市政协十三届三次会议第0520号提案的答复",
        "高某委员：",
        "您提出的关于加强城市地下管网更新改造的提案收悉，现答复如下：",
        "一、管网更新改造情况",
        "近三年全市累计改造老旧燃气管网三百二十公里、供水管网二百八十公里，"
        "城市建成区雨污分流改造完成率达到百分之八十五。",
        "二、下一步工作",
        "我局将编制地下管网更新改造三年行动方案，建立管网信息化管理平台，实现管网运行实时监测。",
        "感谢您对城市建设工作的关心和支持。",
        "某市住房和城乡建设局",
        "2024年6月19日",
    ]
    cut = wrapped(lines, 28)
    page_one, page_two = cut[:8], cut[8:]
    source = "\n\n".join([*page_one, "- 1 -"]) + "\n\n\f" + "\n\n".join([*page_two, "- 2 -"]) + "\n\n\f"
    doc = parsed(source)
    same(
        look(doc, "- 1 -", "- 2 -") | {"feeds": "\f" in doc.text},
        {
            "kind": "reply",
            "title": lines[0],
            "recipients": ["高某委员"],
            "ref": "0520",
            "preamble": [lines[2]],
            "sections": [
                (1, "一、", 1, "管网更新改造情况", [lines[4]]),
                (1, "二、", 2, "下一步工作", [lines[6]]),
            ],
            "closing": "感谢您对城市建设工作的关心和支持。",
            "signature": (["某市住房和城乡建设局"], "2024-06-19", "2024年6月19日"),
            "warnings": ["page-break-joined"],
            "leaked": [],
            "feeds": False,
        },
    )


def test_pdfminer_output_of_a_narrow_label_cell_cut_into_two_lines_above_the_title() -> None:
    """pdfminer's text of a reply whose top box is a two-cell table (`办理结果 | A类`): the label cell
    is narrow, so its characters stand in two lines (`办理` / `结果`), each a text box, the value a box
    of its own. The label reads whole; the category is A."""
    source = (
        "办理\n"
        "\n"
        "结果\n"
        "\n"
        "A类\n"
        "\n"
        "关于区政协十届三次会议第112号提案的答复\n"
        "\n"
        "邵某委员：\n"
        "\n"
        "您提出的关于增加社区公共停车泊位的提案收悉，现答复如下：\n"
        "\n"
        "今年我局利用边角地新建公共停车场六处，新增停车泊位一千二百个。\n"
        "\n"
        "感谢您对城市管理工作的关心和支持。\n"
        "\n"
        "某区城市管理局\n"
        "\n"
        "2024年8月9日\n"
        "\n\f"
    )
    doc = parsed(source)
    same(
        look(doc) | {"category": doc.header.handling_result, "label whole": "办理结果" in doc.text},
        {
            "kind": "reply",
            "title": "关于区政协十届三次会议第112号提案的答复",
            "recipients": ["邵某委员"],
            "ref": "112",
            "preamble": [
                "您提出的关于增加社区公共停车泊位的提案收悉，现答复如下：",
                "今年我局利用边角地新建公共停车场六处，新增停车泊位一千二百个。",
            ],
            "closing": "感谢您对城市管理工作的关心和支持。",
            "signature": (["某区城市管理局"], "2024-08-09", "2024年8月9日"),
            "category": "A",
            "label whole": True,
        },
    )


def test_pdfbox_extract_text_with_a_letter_spaced_title_and_em_dash_page_numbers() -> None:
    """PDFBox ExtractText: CRLF, no blank lines, the lines as the page cut them (28 characters), the
    two-line title letter-spaced (PDFBox puts a space where the glyphs stand apart), `— 1 —` at the
    first page's foot with no form feed. The spaces and page numbers leave; the title is whole."""
    body = wrapped(
        [
            "您提出的关于推进老旧小区适老化改造的建议收悉，现答复如下：",
            "一、改造进展",
            "今年全市已完成老旧小区适老化改造一百二十个，加装坡道扶手三千余处，改造后小区老年人出行满意度明显提升。",
            "二、下一步工作",
            "我局将把适老化改造纳入城镇老旧小区改造基本内容，做到应改尽改。",
            "感谢您对住房保障工作的关心和支持。",
        ],
        28,
    )
    source = "\r\n".join(
        [
            "关 于 市 人 大 十 六 届 三 次 会 议",
            "第 0 1 8 8 号 建 议 的 答 复",
            "鲁某代表：",
            *body[:5],
            "— 1 —",
            *body[5:],
            "某市住房保障和房产管理局",
            "2024年7月16日",
            "— 2 —",
        ]
    )
    doc = parsed(source + "\r\n")
    same(
        look(doc, "— 1 —", "— 2 —"),
        {
            "kind": "reply",
            "title": "关于市人大十六届三次会议第0188号建议的答复",
            "recipients": ["鲁某代表"],
            "ref": "0188",
            "preamble": ["您提出的关于推进老旧小区适老化改造的建议收悉，现答复如下："],
            "sections": [
                (
                    1,
                    "一、",
                    1,
                    "改造进展",
                    [
                        "今年全市已完成老旧小区适老化改造一百二十个，加装坡道扶手三千余处，"
                        "改造后小区老年人出行满意度明显提升。"
                    ],
                ),
                (1, "二、", 2, "下一步工作", ["我局将把适老化改造纳入城镇老旧小区改造基本内容，做到应改尽改。"]),
            ],
            "closing": "感谢您对住房保障工作的关心和支持。",
            "signature": (["某市住房保障和房产管理局"], "2024-07-16", "2024年7月16日"),
            "warnings": ["page-break-joined"],
            "leaked": [],
        },
    )


def test_pdftotext_raw_with_the_date_drawn_before_the_organ_and_page_numbers_first() -> None:
    """pdftotext -raw (content-stream order, no layout): each page's number drawn first, the 落款's
    date drawn before its organ, a form feed after each page. The numbers leave; the 落款 is the organ
    and its date whatever their order."""
    source = (
        "-1-\n"
        "关于县政协九届三次会议第31号提案的答复\n"
        "柯某委员：\n"
        "您提出的关于加强农村寄递物流体系建设的提案收悉，现答复如下：\n"
        "一、体系建设情况\n"
        "全县建成乡镇寄递物流综合服务站十四个、村级服务点二百一十个。\n"
        "\f-2-\n"
        "二、下一步工作\n"
        "我局将推动邮政快递与农村电商融合发展，打通农产品上行通道。\n"
        "特此答复。\n"
        "2024年6月3日\n"
        "某县商务局\n"
        "\f"
    )
    doc = parsed(source)
    same(
        look(doc, "-1-", "-2-"),
        {
            "kind": "reply",
            "title": "关于县政协九届三次会议第31号提案的答复",
            "recipients": ["柯某委员"],
            "ref": "31",
            "preamble": ["您提出的关于加强农村寄递物流体系建设的提案收悉，现答复如下："],
            "sections": [
                (1, "一、", 1, "体系建设情况", ["全县建成乡镇寄递物流综合服务站十四个、村级服务点二百一十个。"]),
                (1, "二、", 2, "下一步工作", ["我局将推动邮政快递与农村电商融合发展，打通农产品上行通道。"]),
            ],
            "closing": "特此答复。",
            "signature": (["某县商务局"], "2024-06-03", "2024年6月3日"),
            "leaked": [],
        },
    )


def test_abbyy_finereader_text_with_a_form_feed_and_a_phone_broken_at_its_hyphen() -> None:
    """ABBYY FineReader's txt with "keep line breaks": paragraphs parted by blank lines, each page's
    lines as printed (28 characters), a form feed inside a paragraph the page cut, and the contact's
    phone number broken after its area code's hyphen at the line's end. The phone reads whole; the
    feed leaves; the paragraph is whole (warned)."""
    paragraphs = [
        "您提出的关于加快推进全民健身场地设施建设的提案收悉，现答复如下：",
        "一、场地设施建设情况",
        "全市新建改建体育公园八个、社区健身中心二十六个，人均体育场地面积达到二点八平方米。",
        "二、下一步工作",
        "我局将利用城市边角地、公园绿地建设嵌入式体育场地设施。",
    ]
    cut = [wrapped([p], 28) for p in paragraphs]
    third = cut[2][0] + "\n\f" + cut[2][1]  # the page ends after the paragraph's first line
    source = (
        "关于市政协十三届三次会议第0611号提案的答复\n"
        "\n"
        "姜某委员：\n"
        "\n" + "\n\n".join(["\n".join(cut[0]), "\n".join(cut[1]), third, "\n".join(cut[3]), "\n".join(cut[4])]) + "\n\n"
        "感谢您对体育工作的关心和支持。\n"
        "\n"
        "某市体育局\n"
        "\n"
        "2024年5月31日\n"
        "\n"
        "（联系人：裴某，联系电话：0571-\n"
        "87013579）\n"
    )
    assert len(cut[2]) == 2 and len(cut[0]) == 2
    doc = parsed(source)
    same(
        look(doc) | {"feeds": "\f" in doc.text},
        {
            "kind": "reply",
            "title": "关于市政协十三届三次会议第0611号提案的答复",
            "recipients": ["姜某委员"],
            "ref": "0611",
            "preamble": [paragraphs[0]],
            "sections": [
                (1, "一、", 1, "场地设施建设情况", [paragraphs[2]]),
                (1, "二、", 2, "下一步工作", [paragraphs[4]]),
            ],
            "closing": "感谢您对体育工作的关心和支持。",
            "signature": (["某市体育局"], "2024-05-31", "2024年5月31日"),
            "contact": ("裴某", ["0571-87013579"]),
            "warnings": ["page-break-joined"],
            "feeds": False,
        },
    )


# --- Batch 5: CAJViewer and 超星 copies, a crawler's JSON record, a registry CSV, a quoted mail reply ---


def test_a_cajviewer_copy_of_a_gazette_page_with_a_space_at_each_cut_and_a_figure_caption() -> None:
    """CAJViewer's copy of a 政府公报 page: a line break after about 30 characters with a space left
    before it, the gazette's running head (`某市人民政府公报 2024年第8期`) and its page figure (`·23·`),
    and a figure's caption (`图1 …`) where the picture stood. The head and figure leave; the cut lines
    join (warned); the caption is a paragraph of its own."""
    paragraphs = [
        "某市人民政府关于同意设立某市城乡供水一体化示范区的批复",
        "市水利局：",
        "你局《关于设立某市城乡供水一体化示范区的请示》收悉。经研究，现批复如下：",
        "一、同意设立某市城乡供水一体化示范区，范围包括三个县（市）的二十个乡镇。",
        "图1 某市城乡供水一体化示范区范围示意图",
        "二、示范区建设要坚持统一规划、统一建设、统一管理，确保二〇二六年底前实现城乡供水同网同质同价。",
        "某市人民政府",
        "2024年4月18日",
    ]
    lines: list[str] = []
    for p in paragraphs:
        cut = wrapped([p], 30)
        lines += [piece + " " for piece in cut[:-1]] + cut[-1:]
    source = "某市人民政府公报 2024年第8期\n" + "\n".join(lines[:6]) + "\n·23·\n" + "\n".join(lines[6:]) + "\n"
    doc = parsed(source)
    same(
        look(doc, "某市人民政府公报", "·23·"),
        {
            "kind": "approval",
            "title": paragraphs[0],
            "issuer": "某市人民政府",
            "recipients": ["市水利局"],
            "preamble": [paragraphs[2]],
            "sections": [
                (1, "一、", 1, None, [paragraphs[3].removeprefix("一、"), paragraphs[4]]),
                (1, "二、", 2, None, [paragraphs[5].removeprefix("二、")]),
            ],
            "signature": (["某市人民政府"], "2024-04-18", "2024年4月18日"),
            "warnings": ["page-break-joined"],
            "leaked": [],
        },
    )


def test_a_chaoxing_reader_copy_with_indent_spaces_and_a_table_caption_over_its_rows() -> None:
    """超星's reader copy of a reply printed in a compilation: each line cut at about 30 characters,
    the first line of a paragraph indented by two ASCII spaces, a table's caption (`表1 …`) over the
    table's rows copied as cells parted by runs of spaces. The paragraphs join at their indents; the
    caption is a paragraph; the rows are a table."""
    paragraphs = [
        "您提出的关于加快发展县域职业教育的提案收悉，经认真研究，现答复如下：",
        "一、职业教育发展情况",
        "全县现有中等职业学校三所，在校生六千二百人，近三年毕业生就业率保持在百分之九十五以上。",
        "表1 全县中等职业学校基本情况",
    ]
    lines = [
        "关于县政协九届三次会议第57号提案的答复",
        "甘某委员：",
    ]
    for p in paragraphs:
        cut = wrapped([p], 30)
        lines += ["  " + cut[0], *cut[1:]] if not p.startswith(("一、", "表1")) else cut
    lines += [
        "学校名称    在校生数    专业数",
        "县职业中专    3200    12",
        "县技工学校    1800    8",
        "县卫生学校    1200    5",
        "  下一步，我局将推动职业学校与县内重点企业共建实训基地，",
        "提升人才培养质量。",
        "  感谢您对教育工作的关心和支持。",
        "某县教育局",
        "2024年6月11日",
    ]
    doc = parsed("\n".join(lines) + "\n")
    same(
        look(doc) | {"tables": tables(doc)},
        {
            "kind": "reply",
            "title": "关于县政协九届三次会议第57号提案的答复",
            "recipients": ["甘某委员"],
            "ref": "57",
            "preamble": [paragraphs[0]],
            "sections": [
                (
                    1,
                    "一、",
                    1,
                    "职业教育发展情况",
                    [
                        paragraphs[2],
                        paragraphs[3],
                        "下一步，我局将推动职业学校与县内重点企业共建实训基地，提升人才培养质量。",
                    ],
                ),
            ],
            "tables": [
                [
                    ("学校名称", "在校生数", "专业数"),
                    ("县职业中专", "3200", "12"),
                    ("县技工学校", "1800", "8"),
                    ("县卫生学校", "1200", "5"),
                ]
            ],
            "closing": "感谢您对教育工作的关心和支持。",
            "signature": (["某县教育局"], "2024-06-11", "2024年6月11日"),
            "warnings": ["page-break-joined"],
        },
    )


def test_a_crawlers_json_record_saved_as_text_with_escaped_breaks_and_ideographic_spaces() -> None:
    """A crawler's record dumped as one JSON object (ensure_ascii off): `title`, `url`, `pub_date`
    and the page's text in `content`, its line breaks escaped `\\n` and its paragraph indents
    escaped `\\u3000\\u3000`. Only the content is the document: the keys, the URL and the other values
    leave; the escapes are its line breaks and indents."""
    content = (
        "关于市政协十三届三次会议第0733号提案的答复\\n\\n"
        "柳某委员：\\n\\n"
        "\\u3000\\u3000您提出的关于推进公共数据开放共享的提案收悉，现答复如下：\\n\\n"
        "\\u3000\\u3000一、开放共享情况\\n\\n"
        "\\u3000\\u3000市公共数据平台已归集六十二个部门数据，开放数据集一千二百个。\\n\\n"
        "\\u3000\\u3000二、下一步工作\\n\\n"
        "\\u3000\\u3000我局将制定公共数据授权运营管理办法，推动数据要素市场化配置。\\n\\n"
        "\\u3000\\u3000特此答复。\\n\\n"
        "某市大数据发展管理局\\n"
        "2024年7月22日"
    )
    source = (
        '{"title": "关于市政协十三届三次会议第0733号提案的答复_某市大数据发展管理局", '
        '"url": "http://dsj.example.gov.cn/art/2024/7/22/art_77_901.html", '
        '"pub_date": "2024-07-22", '
        f'"content": "{content}"}}\n'
    )
    doc = parsed(source)
    same(
        look(doc, '"title"', "dsj.example", "pub_date", '"content"', "\\u3000"),
        {
            "kind": "reply",
            "title": "关于市政协十三届三次会议第0733号提案的答复",
            "recipients": ["柳某委员"],
            "ref": "0733",
            "preamble": ["您提出的关于推进公共数据开放共享的提案收悉，现答复如下："],
            "sections": [
                (1, "一、", 1, "开放共享情况", ["市公共数据平台已归集六十二个部门数据，开放数据集一千二百个。"]),
                (1, "二、", 2, "下一步工作", ["我局将制定公共数据授权运营管理办法，推动数据要素市场化配置。"]),
            ],
            "closing": "特此答复。",
            "signature": (["某市大数据发展管理局"], "2024-07-22", "2024年7月22日"),
            "warnings": [],
            "leaked": [],
        },
    )


def test_a_registry_csv_row_whose_body_cell_doubles_its_quotes(tmp_path: Path) -> None:
    """A registry's CSV export, read as the project reads one (`govdoc batch --text-column 正文`): the
    body cell quoted, its line breaks kept inside the quotes and its own ASCII quotes doubled
    (`""智慧停车""`). The cell is the document, its quotes single again."""
    body = (
        "关于市政协十三届三次会议第0801号提案的答复\n"
        "钱某委员：\n"
        '您提出的关于加快"智慧停车"建设的提案收悉，现答复如下：\n'
        '一、"智慧停车"平台建设情况\n'
        "全市已有八百个停车场接入城市停车平台，实现泊位信息实时查询。\n"
        "二、下一步工作\n"
        "我局将推动医院、商圈周边停车场错时共享。\n"
        "感谢您对交通工作的关心和支持。\n"
        "某市交通运输局\n"
        "2024年7月30日"
    )
    cell = '"' + body.replace('"', '""') + '"'
    table = tmp_path / "export.csv"
    table.write_text(f"编号,标题,正文\r\n0801,关于市政协十三届三次会议第0801号提案的答复,{cell}\r\n", encoding="utf-8")
    got = list(rows(str(table), "export.csv", Columns(text="正文", id="编号")))
    assert [r.path for r in got] == ["export.csv!/id/0801"]
    text = got[0].text
    assert text is not None
    doc = parsed(text)
    same(
        look(doc) | {"doubled": '""' in doc.text},
        {
            "kind": "reply",
            "title": "关于市政协十三届三次会议第0801号提案的答复",
            "recipients": ["钱某委员"],
            "ref": "0801",
            "preamble": ['您提出的关于加快"智慧停车"建设的提案收悉，现答复如下：'],
            "sections": [
                (
                    1,
                    "一、",
                    1,
                    '"智慧停车"平台建设情况',
                    ["全市已有八百个停车场接入城市停车平台，实现泊位信息实时查询。"],
                ),
                (1, "二、", 2, "下一步工作", ["我局将推动医院、商圈周边停车场错时共享。"]),
            ],
            "closing": "感谢您对交通工作的关心和支持。",
            "signature": (["某市交通运输局"], "2024-07-30", "2024年7月30日"),
            "warnings": [],
            "doubled": False,
        },
    )


def test_a_mail_reply_quoting_the_answer_with_a_mark_at_every_line() -> None:
    """A mail client's reply that quotes the answer it got: the attribution line (`在 2024年7月2日
    星期二 10:15，… 写道：`), then every line of the answer after `> ` (blank ones as `>` alone). The
    quote marks leave; the attribution is the mail's, not the document's."""
    answer = [
        "关于区人大十七届三次会议第0044号建议的答复",
        "",
        "潘某代表：",
        "",
        "您提出的关于加强中小学心理健康教育的建议收悉，现答复如下：",
        "",
        "一、工作开展情况",
        "",
        "全区中小学已全部配备专兼职心理健康教师，建成心理辅导室五十六个。",
        "",
        "二、下一步工作",
        "",
        "我局将建立学生心理健康监测预警机制，每学期开展一次全员筛查。",
        "",
        "感谢您对教育工作的关心和支持。",
        "",
        "某区教育局",
        "2024年7月2日",
    ]
    source = "在 2024年7月2日 星期二 10:15，某区教育局 <jyj@example.gov.cn> 写道：\n" + "".join(
        "> " + line + "\n" if line else ">\n" for line in answer
    )
    doc = parsed(source)
    same(
        look(doc, "写道", "jyj@example", "星期二") | {"marks": ">" in doc.text},
        {
            "kind": "reply",
            "title": answer[0],
            "recipients": ["潘某代表"],
            "ref": "0044",
            "preamble": [answer[4]],
            "sections": [
                (1, "一、", 1, "工作开展情况", [answer[8]]),
                (1, "二、", 2, "下一步工作", [answer[12]]),
            ],
            "closing": "感谢您对教育工作的关心和支持。",
            "signature": (["某区教育局"], "2024-07-02", "2024年7月2日"),
            "warnings": [],
            "leaked": [],
            "marks": False,
        },
    )


# --- Batch 6: turndown, Jina's summaries, trafilatura's metadata, Obsidian/Typora, Google Docs bullets ---


def test_turndown_markdown_with_underscore_emphasis_and_escaped_point_numbers() -> None:
    """A readability-plus-turndown Markdown of a notice: the title setext-underlined with `=`, emphasis
    in underscores (`_…_`), the points' numbers escaped (`1\\. `) as turndown does so no list is made, a
    dash escaped (`\\-`). The marks and escapes leave; the points are num sections."""
    source = (
        "某县人民政府办公室关于做好2024年秋冬季森林防火工作的通知\n"
        "=============================================\n"
        "\n"
        "各乡镇人民政府，县政府各部门：\n"
        "\n"
        "为切实做好今年秋冬季森林防火工作，现就有关事项通知如下：\n"
        "\n"
        "1\\. _严格火源管控_。各乡镇要在重点林区入口设立检查站，严禁携带火种进山。\n"
        "\n"
        "2\\. _加强队伍建设_。各乡镇要组建不少于二十人的半专业扑火队伍。\n"
        "\n"
        "3\\. _落实值班制度_。防火期内实行二十四小时值班，值班电话：0571\\-64321119。\n"
        "\n"
        "某县人民政府办公室\n"
        "\n"
        "2024年10月8日\n"
    )
    doc = parsed(source)
    same(
        look(doc) | {"marks": [m for m in ("_", "\\", "===") if m in doc.text]},
        {
            "kind": "notice",
            "title": "某县人民政府办公室关于做好2024年秋冬季森林防火工作的通知",
            "issuer": "某县人民政府办公室",
            "recipients": ["各乡镇人民政府", "县政府各部门"],
            "preamble": ["为切实做好今年秋冬季森林防火工作，现就有关事项通知如下："],
            "sections": [
                (1, "1.", 1, "严格火源管控", ["各乡镇要在重点林区入口设立检查站，严禁携带火种进山。"]),
                (1, "2.", 2, "加强队伍建设", ["各乡镇要组建不少于二十人的半专业扑火队伍。"]),
                (1, "3.", 3, "落实值班制度", ["防火期内实行二十四小时值班，值班电话：0571-64321119。"]),
            ],
            "signature": (["某县人民政府办公室"], "2024-10-08", "2024年10月8日"),
            "warnings": [],
            "marks": [],
        },
    )


def test_a_jina_reader_copy_with_its_images_and_links_summaries_at_the_end() -> None:
    """The reader service asked for summaries: under the page's Markdown it lists `Images:` and
    `Links/Buttons:`, each a bulleted list of pictures and links of the page. The summaries are the
    service's: they leave with the header lines; the 落款 and contact above them stay whole."""
    source = (
        "Title: 答复公开\n"
        "\n"
        "URL Source: https://wjw.example.gov.cn/jyta/0419.html\n"
        "\n"
        "Markdown Content:\n"
        "关于市政协十三届三次会议第0419号提案的答复\n"
        "\n"
        "冉某委员：\n"
        "\n"
        "您提出的关于加强基层中医药服务能力建设的提案收悉，现答复如下：\n"
        "\n"
        "一、服务网络建设\n"
        "\n"
        "全市所有社区卫生服务中心和乡镇卫生院均已设置中医馆。\n"
        "\n"
        "二、下一步工作\n"
        "\n"
        "我委将实施基层中医药人才培养项目，每年培训基层中医药人员五百名。\n"
        "\n"
        "感谢您对卫生健康工作的关心和支持。\n"
        "\n"
        "某市卫生健康委员会\n"
        "\n"
        "2024年6月27日\n"
        "\n"
        "联系人：聂某；联系电话：0571-87051122\n"
        "\n"
        "Images:\n"
        "- ![Image 1: 网站标识](https://wjw.example.gov.cn/images/logo.png)\n"
        "- ![Image 2: 二维码](https://wjw.example.gov.cn/images/qr.png)\n"
        "\n"
        "Links/Buttons:\n"
        "- [首页](https://wjw.example.gov.cn/)\n"
        "- [政务公开](https://wjw.example.gov.cn/zwgk/)\n"
    )
    doc = parsed(source)
    same(
        look(doc, "Images:", "Links/Buttons", "首页", "政务公开", "二维码", "wjw.example"),
        {
            "kind": "reply",
            "title": "关于市政协十三届三次会议第0419号提案的答复",
            "recipients": ["冉某委员"],
            "ref": "0419",
            "preamble": ["您提出的关于加强基层中医药服务能力建设的提案收悉，现答复如下："],
            "sections": [
                (1, "一、", 1, "服务网络建设", ["全市所有社区卫生服务中心和乡镇卫生院均已设置中医馆。"]),
                (1, "二、", 2, "下一步工作", ["我委将实施基层中医药人才培养项目，每年培训基层中医药人员五百名。"]),
            ],
            "closing": "感谢您对卫生健康工作的关心和支持。",
            "signature": (["某市卫生健康委员会"], "2024-06-27", "2024年6月27日"),
            "contact": ("聂某", ["0571-87051122"]),
            "warnings": ["text-repaired"],  # schema 1.11: the service's `Title:` line (the page's <title>) said,
            "leaked": [],
        },
    )


def test_trafilatura_txt_with_its_metadata_header_and_a_table_written_as_bar_rows() -> None:
    """trafilatura --output-format txt --with-metadata: a `---` block of `title:`, `url:`,
    `hostname:`, `date:` lines above the text, paragraphs a line each, a table's rows written with
    ` | ` between cells and no rule. The metadata block leaves; the rows are a table."""
    source = (
        "---\n"
        "title: 关于区十七届人大三次会议第088号建议的答复\n"
        "url: http://www.example-qu.gov.cn/art/2024/8/2/art_88.html\n"
        "hostname: example-qu.gov.cn\n"
        "date: 2024-08-02\n"
        "---\n"
        "关于区十七届人大三次会议第088号建议的答复\n"
        "窦某代表：\n"
        "您提出的关于增加社区养老服务设施的建议收悉，现答复如下：\n"
        "一、设施建设情况\n"
        "全区已建成社区养老服务设施如下：\n"
        "街道 | 日间照料中心 | 老年食堂\n"
        "城南街道 | 4 | 6\n"
        "城北街道 | 3 | 5\n"
        "二、下一步工作\n"
        "我局将在新建住宅小区按标准配建养老服务用房。\n"
        "特此答复。\n"
        "某区民政局\n"
        "2024年8月2日\n"
    )
    doc = parsed(source)
    same(
        look(doc, "hostname", "example-qu") | {"tables": tables(doc)},
        {
            "kind": "reply",
            "title": "关于区十七届人大三次会议第088号建议的答复",
            "recipients": ["窦某代表"],
            "ref": "088",
            "preamble": ["您提出的关于增加社区养老服务设施的建议收悉，现答复如下："],
            "sections": [
                (1, "一、", 1, "设施建设情况", ["全区已建成社区养老服务设施如下："]),
                (1, "二、", 2, "下一步工作", ["我局将在新建住宅小区按标准配建养老服务用房。"]),
            ],
            "tables": [[("街道", "日间照料中心", "老年食堂"), ("城南街道", "4", "6"), ("城北街道", "3", "5")]],
            "closing": "特此答复。",
            "signature": (["某区民政局"], "2024-08-02", "2024年8月2日"),
            "warnings": [],
            "leaked": [],
        },
    )


def test_an_obsidian_note_with_highlights_a_callout_quote_and_wiki_links() -> None:
    """An Obsidian (or Typora) note a clerk kept the answer in: a phrase highlighted `==…==`, the
    handling note in a callout quote (`> [!note] 办理结果` then `> A`), the attachment as a wiki link
    `[[…]]`, an inline comment `%%…%%`. The marks leave; the callout's lines are quoted text, its
    type tag gone; the wiki link's words stay as the attachment's title."""
    source = (
        "> [!note] 办理结果：B（正在解决或列入计划）\n"
        "\n"
        "# 关于县政协九届四次会议第66号提案的答复\n"
        "\n"
        "戚某委员：\n"
        "\n"
        "您提出的关于==加快乡镇污水处理设施建设==的提案收悉，现答复如下：\n"
        "\n"
        "## 一、建设进展\n"
        "\n"
        "全县已有九个乡镇建成污水处理设施，其余六个乡镇正在建设。%%数据截至6月底%%\n"
        "\n"
        "## 二、下一步工作\n"
        "\n"
        "我局将争取专项债券资金，确保明年底前实现乡镇污水处理设施全覆盖。\n"
        "\n"
        "特此答复。\n"
        "\n"
        "附件：[[乡镇污水处理设施建设计划表]]\n"
        "\n"
        "某县住房和城乡建设局\n"
        "\n"
        "2024年7月19日\n"
    )
    doc = parsed(source)
    same(
        look(doc, "[!note]", "%%", "数据截至6月底") | {"marks": [m for m in ("==", "[[", "]]") if m in doc.text]},
        {
            "kind": "reply",
            "title": "关于县政协九届四次会议第66号提案的答复",
            "recipients": ["戚某委员"],
            "ref": "66",
            "metadata": {"办理结果": "B（正在解决或列入计划）"},
            "preamble": ["您提出的关于加快乡镇污水处理设施建设的提案收悉，现答复如下："],
            "sections": [
                (1, "一、", 1, "建设进展", ["全县已有九个乡镇建成污水处理设施，其余六个乡镇正在建设。"]),
                (1, "二、", 2, "下一步工作", ["我局将争取专项债券资金，确保明年底前实现乡镇污水处理设施全覆盖。"]),
            ],
            "closing": "特此答复。",
            "attachments": ["乡镇污水处理设施建设计划表"],
            "signature": (["某县住房和城乡建设局"], "2024-07-19", "2024年7月19日"),
            "warnings": [],
            "leaked": [],
            "marks": [],
        },
    )


def test_a_google_docs_txt_whose_heading_numbers_were_lost_and_bullets_are_stars() -> None:
    """Google Docs' plain text of a reply whose 一、 were automatic numbers the export dropped: the
    headings stand as short lines without markers, the bulleted points as `* ` lines (nested ones
    indented `    * `). Without markers there are no sections: the lines are paragraphs of the
    preamble, each bullet its own; the 落款 as usual."""
    source = (
        "\ufeff关于市政协十三届三次会议第0290号提案的答复\r\n"
        "钟某委员：\r\n"
        "您提出的关于加强城市内涝治理的提案收悉，现答复如下：\r\n"
        "工作进展\r\n"
        "* 完成城区易涝点改造三十六处。\r\n"
        "* 新建雨水管网四十二公里。\r\n"
        "    * 其中老城区二十公里。\r\n"
        "下一步打算\r\n"
        "我局将编制城市排水防涝专项规划。\r\n"
        "感谢您对城市建设工作的关心和支持。\r\n"
        "某市住房和城乡建设局\r\n"
        "2024年7月8日\r\n"
    )
    doc = parsed(source)
    same(
        look(doc) | {"marks": "*" in doc.text},
        {
            "kind": "reply",
            "title": "关于市政协十三届三次会议第0290号提案的答复",
            "recipients": ["钟某委员"],
            "ref": "0290",
            "preamble": [
                "您提出的关于加强城市内涝治理的提案收悉，现答复如下：",
                "工作进展",
                "完成城区易涝点改造三十六处。",
                "新建雨水管网四十二公里。",
                "其中老城区二十公里。",
                "下一步打算",
                "我局将编制城市排水防涝专项规划。",
            ],
            "sections": [],
            "closing": "感谢您对城市建设工作的关心和支持。",
            "signature": (["某市住房和城乡建设局"], "2024-07-08", "2024年7月8日"),
            "warnings": [],
            "marks": False,
        },
    )


# --- Batch 7: tables of reST, AsciiDoc and org; a JSON record holding HTML; a twice-quoted mail -------------


def test_a_restructuredtext_simple_table_between_equals_rules() -> None:
    """reStructuredText's simple table inside a reply: the columns framed by rules of `=` runs parted
    by spaces (over the head row, under it, and at the table's end), rows aligned by spaces. The rules
    leave; the rows are one table of the section."""
    source = (
        "关于区政协十届三次会议第131号提案的答复\n"
        "======================================\n"
        "\n"
        "阮某委员：\n"
        "\n"
        "您提出的关于加快老旧小区加装电梯的提案收悉，现答复如下：\n"
        "\n"
        "一、加装进展\n"
        "------------\n"
        "\n"
        "今年各街道加装电梯情况如下：\n"
        "\n"
        "========  ========  ========\n"
        "街道      已完工    在建\n"
        "========  ========  ========\n"
        "东城街道  26        8\n"
        "西城街道  19        5\n"
        "========  ========  ========\n"
        "\n"
        "二、下一步工作\n"
        "--------------\n"
        "\n"
        "我局将简化加装电梯审批流程，推行联合审查。\n"
        "\n"
        "特此答复。\n"
        "\n"
        "| 某区住房和城乡建设局\n"
        "| 2024年8月20日\n"
    )
    doc = parsed(source)
    same(
        look(doc) | {"tables": tables(doc), "rules": "===" in doc.text},
        {
            "kind": "reply",
            "title": "关于区政协十届三次会议第131号提案的答复",
            "recipients": ["阮某委员"],
            "ref": "131",
            "preamble": ["您提出的关于加快老旧小区加装电梯的提案收悉，现答复如下："],
            "sections": [
                (1, "一、", 1, "加装进展", ["今年各街道加装电梯情况如下："]),
                (1, "二、", 2, "下一步工作", ["我局将简化加装电梯审批流程，推行联合审查。"]),
            ],
            "tables": [[("街道", "已完工", "在建"), ("东城街道", "26", "8"), ("西城街道", "19", "5")]],
            "closing": "特此答复。",
            "signature": (["某区住房和城乡建设局"], "2024-08-20", "2024年8月20日"),
            "warnings": [],
            "rules": False,
        },
    )


def test_an_asciidoc_table_between_its_bar_equals_delimiters() -> None:
    """An AsciiDoc table: `[cols="2,1,1"]`, `|===` above and below, the head row's cells each after a
    `|` on one line, the body rows likewise. The delimiters and the cols line leave; the rows are one
    table of the section."""
    source = (
        "= 关于县十八届人大三次会议第27号建议的答复\n"
        "\n"
        "卜某代表：\n"
        "\n"
        "您提出的关于加强农村客运服务的建议收悉，现答复如下：\n"
        "\n"
        "== 一、农村客运开通情况\n"
        "\n"
        "全县建制村通客车情况如下：\n"
        "\n"
        '[cols="2,1,1"]\n'
        "|===\n"
        "|乡镇 |建制村数 |通客车村数\n"
        "\n"
        "|城关镇 |18 |18\n"
        "|南山乡 |12 |11\n"
        "|===\n"
        "\n"
        "== 二、下一步工作\n"
        "\n"
        "我局将推行农村客运预约响应服务，年底前实现建制村通客车全覆盖。\n"
        "\n"
        "特此答复。\n"
        "\n"
        "某县交通运输局\n"
        "\n"
        "2024年6月14日\n"
    )
    doc = parsed(source)
    same(
        look(doc, "cols=", "|===") | {"tables": tables(doc)},
        {
            "kind": "reply",
            "title": "关于县十八届人大三次会议第27号建议的答复",
            "recipients": ["卜某代表"],
            "ref": "27",
            "preamble": ["您提出的关于加强农村客运服务的建议收悉，现答复如下："],
            "sections": [
                (1, "一、", 1, "农村客运开通情况", ["全县建制村通客车情况如下："]),
                (1, "二、", 2, "下一步工作", ["我局将推行农村客运预约响应服务，年底前实现建制村通客车全覆盖。"]),
            ],
            "tables": [[("乡镇", "建制村数", "通客车村数"), ("城关镇", "18", "18"), ("南山乡", "12", "11")]],
            "closing": "特此答复。",
            "signature": (["某县交通运输局"], "2024-06-14", "2024年6月14日"),
            "warnings": [],
            "leaked": [],
        },
    )


def test_an_org_mode_table_with_its_plus_rule_and_a_caption_line() -> None:
    """An org table: `#+CAPTION:` over it (the table's caption, a setting line), `|` rows with a
    `|---+---|` rule under the head row. The rule and the setting leave; the rows are one table."""
    source = (
        "*关于市政协十三届三次会议第0905号提案的答复*\n"
        "\n"
        "尤某委员：\n"
        "\n"
        "您提出的关于推进垃圾分类的提案收悉，现答复如下：\n"
        "\n"
        "* 一、分类成效\n"
        "全市生活垃圾回收利用率逐年提高：\n"
        "#+CAPTION: 生活垃圾回收利用率\n"
        "| 年份 | 回收利用率 |\n"
        "|------+------------|\n"
        "| 2022 | 35% |\n"
        "| 2023 | 38% |\n"
        "* 二、下一步工作\n"
        "我局将完善再生资源回收网络，推进垃圾分类示范片区建设。\n"
        "\n"
        "感谢您对城市管理工作的关心和支持。\n"
        "\n"
        "某市城市管理局\n"
        "2024年7月25日\n"
    )
    doc = parsed(source)
    same(
        look(doc, "#+CAPTION") | {"tables": tables(doc)},
        {
            "kind": "reply",
            "title": "关于市政协十三届三次会议第0905号提案的答复",
            "recipients": ["尤某委员"],
            "ref": "0905",
            "preamble": ["您提出的关于推进垃圾分类的提案收悉，现答复如下："],
            "sections": [
                (1, "一、", 1, "分类成效", ["全市生活垃圾回收利用率逐年提高："]),
                (1, "二、", 2, "下一步工作", ["我局将完善再生资源回收网络，推进垃圾分类示范片区建设。"]),
            ],
            "tables": [[("年份", "回收利用率"), ("2022", "35%"), ("2023", "38%")]],
            "closing": "感谢您对城市管理工作的关心和支持。",
            "signature": (["某市城市管理局"], "2024-07-25", "2024年7月25日"),
            "warnings": [],
            "leaked": [],
        },
    )


def test_a_pretty_printed_json_record_whose_content_is_the_pages_html() -> None:
    """A crawler's record pretty-printed (`indent=2`), its `content` the article's HTML as scraped:
    `<p>` elements, `&nbsp;` indents, `<br>` in the 落款, escaped breaks between elements. Only the
    content is the document; its tags leave and its elements are its lines."""
    content = (
        "<h1>关于县十八届人大三次会议第40号建议的答复</h1>\\n"
        "<p>邹某代表：</p>\\n"
        "<p>&nbsp;&nbsp;您提出的关于加强农村电商人才培养的建议收悉，现答复如下：</p>\\n"
        "<p>&nbsp;&nbsp;一、培训开展情况</p>\\n"
        "<p>&nbsp;&nbsp;今年全县开展农村电商培训三十二期，培训一千六百人次。</p>\\n"
        "<p>&nbsp;&nbsp;二、下一步工作</p>\\n"
        "<p>&nbsp;&nbsp;我局将与职业院校合作开设电商直播实训班。</p>\\n"
        "<p>&nbsp;&nbsp;特此答复。</p>\\n"
        '<p style=\\"text-align:right\\">某县商务局<br>2024年5月29日</p>'
    )
    source = (
        "{\n"
        '  "id": "a-20240529-040",\n'
        '  "source": "某县人民政府网",\n'
        f'  "content": "{content}",\n'
        '  "crawled_at": "2024-06-01T02:11:09Z"\n'
        "}\n"
    )
    doc = parsed(source)
    same(
        look(doc, "crawled_at", "a-20240529", "某县人民政府网", "&nbsp;", "<p", "style"),
        {
            "kind": "reply",
            "title": "关于县十八届人大三次会议第40号建议的答复",
            "recipients": ["邹某代表"],
            "ref": "40",
            "preamble": ["您提出的关于加强农村电商人才培养的建议收悉，现答复如下："],
            "sections": [
                (1, "一、", 1, "培训开展情况", ["今年全县开展农村电商培训三十二期，培训一千六百人次。"]),
                (1, "二、", 2, "下一步工作", ["我局将与职业院校合作开设电商直播实训班。"]),
            ],
            "closing": "特此答复。",
            "signature": (["某县商务局"], "2024-05-29", "2024年5月29日"),
            "warnings": [],
            "leaked": [],
        },
    )


def test_a_mail_quoting_a_forwarded_answer_twice_with_a_signature_block_below() -> None:
    """A mail that answers a forward: the attribution (`On Tue, Jul 9, 2024 at 10:02 AM 某某 <…> wrote:`),
    the forwarded answer quoted twice (`> > `, blank quoted lines `> >`), and the sender's signature
    under the standard delimiter (`-- `). The attribution and marks are the mail's; the signature
    block is too: no contact of the document. (First look: I wanted the block out of the text; round
    15's raw .eml probe reads a mail's signature as text in no element, warned `content-unplaced`,
    since nothing leaves without a warning: corrected to that reading.)"""
    answer = [
        "关于市政协十三届三次会议第0966号提案的答复",
        "",
        "詹某委员：",
        "",
        "您提出的关于规范校外培训机构管理的提案收悉，现答复如下：",
        "",
        "一、治理情况",
        "",
        "全市已完成校外培训机构全面排查，查处无证办学机构四十二家。",
        "",
        "二、下一步工作",
        "",
        "我局将建立校外培训常态化巡查机制。",
        "",
        "特此答复。",
        "",
        "某市教育局",
        "2024年7月8日",
    ]
    source = (
        "On Tue, Jul 9, 2024 at 10:02 AM 提案委 <taw@example.org.cn> wrote:\n"
        + "".join("> > " + line + "\n" if line else "> >\n" for line in answer)
        + "\n-- \n提案委员会办公室\n电话：0571-85000000\n"
    )
    doc = parsed(source)
    same(
        look(doc, "wrote:", "taw@example") | {"marks": ">" in doc.text, "mail's": "提案委员会办公室" in doc.text},
        {
            "kind": "reply",
            "title": answer[0],
            "recipients": ["詹某委员"],
            "ref": "0966",
            "preamble": [answer[4]],
            "sections": [(1, "一、", 1, "治理情况", [answer[8]]), (1, "二、", 2, "下一步工作", [answer[12]])],
            "closing": "特此答复。",
            "signature": (["某市教育局"], "2024-07-08", "2024年7月8日"),
            "contact": None,
            "warnings": ["content-unplaced"],
            "leaked": [],
            "marks": False,
            "mail's": True,
        },
    )


# --- Batch 8: unrtf, docx2txt, Calibre's Markdown, 超星's mid-line spaces, pdftotext -raw of a 版记 -----------


def test_unrtf_text_output_with_its_hash_comment_lines_and_rule() -> None:
    """unrtf --text of an RTF reply: its own comment lines first (`###  Translation from RTF performed
    by UnRTF, version 0.21.10`, `### font table contains 3 fonts total`, `### creation date: …`), a
    rule of dashes, then the text. The comment lines are the converter's: they leave."""
    source = (
        "###  Translation from RTF performed by UnRTF, version 0.21.10 \n"
        "### font table contains 3 fonts total\n"
        "### creation date: 2024 Jun 12 09:30\n"
        "### revision date: 2024 Jun 12 10:05\n"
        "\n"
        "-----------------\n"
        "关于区政协十届三次会议第146号提案的答复\n"
        "\n"
        "贝某委员：\n"
        "\n"
        "您提出的关于完善社区嵌入式服务设施的提案收悉，现答复如下：\n"
        "\n"
        "一、设施建设情况\n"
        "\n"
        "全区已建成社区嵌入式服务设施二十八处，覆盖百分之六十的社区。\n"
        "\n"
        "二、下一步工作\n"
        "\n"
        "我局将把嵌入式服务设施纳入城市更新项目统一规划建设。\n"
        "\n"
        "特此答复。\n"
        "\n"
        "某区发展和改革委员会\n"
        "\n"
        "2024年6月12日\n"
    )
    doc = parsed(source)
    same(
        look(doc, "Translation from RTF", "UnRTF", "font table", "creation date", "revision date"),
        {
            "kind": "reply",
            "title": "关于区政协十届三次会议第146号提案的答复",
            "recipients": ["贝某委员"],
            "ref": "146",
            "preamble": ["您提出的关于完善社区嵌入式服务设施的提案收悉，现答复如下："],
            "sections": [
                (1, "一、", 1, "设施建设情况", ["全区已建成社区嵌入式服务设施二十八处，覆盖百分之六十的社区。"]),
                (1, "二、", 2, "下一步工作", ["我局将把嵌入式服务设施纳入城市更新项目统一规划建设。"]),
            ],
            "closing": "特此答复。",
            "signature": (["某区发展和改革委员会"], "2024-06-12", "2024年6月12日"),
            "warnings": [],
            "leaked": [],
        },
    )


def test_docx2txt_output_with_the_header_text_first_and_the_footer_fields_lost() -> None:
    """docx2txt of a .docx reply: the page header's text first (the organ's running head), paragraphs
    parted by blank lines, and the footer last with its page fields gone (`第  页  共  页`). The
    footer's leftovers leave. (First look: I wanted the running head out; the contract makes an organ
    alone right above a 关于 title, no 文号 between, the title's first line and the issuer: corrected.)"""
    source = (
        "某县自然资源和规划局\n"
        "\n"
        "关于县政协九届四次会议第72号提案的答复\n"
        "\n"
        "鲍某委员：\n"
        "\n"
        "您提出的关于盘活农村闲置宅基地的提案收悉，现答复如下：\n"
        "\n"
        "一、工作开展情况\n"
        "\n"
        "我局在三个乡镇开展闲置宅基地盘活试点，已盘活闲置宅基地一百二十宗。\n"
        "\n"
        "二、下一步工作\n"
        "\n"
        "我局将总结试点经验，出台闲置宅基地盘活利用指导意见。\n"
        "\n"
        "特此答复。\n"
        "\n"
        "某县自然资源和规划局\n"
        "\n"
        "2024年7月10日\n"
        "\n"
        "第  页  共  页\n"
    )
    doc = parsed(source)
    same(
        look(doc) | {"footer": "共" in doc.text, "head": doc.text.count("某县自然资源和规划局")},
        {
            "kind": "reply",
            "title": "某县自然资源和规划局关于县政协九届四次会议第72号提案的答复",
            "issuer": "某县自然资源和规划局",
            "recipients": ["鲍某委员"],
            "ref": "72",
            "preamble": ["您提出的关于盘活农村闲置宅基地的提案收悉，现答复如下："],
            "sections": [
                (1, "一、", 1, "工作开展情况", ["我局在三个乡镇开展闲置宅基地盘活试点，已盘活闲置宅基地一百二十宗。"]),
                (1, "二、", 2, "下一步工作", ["我局将总结试点经验，出台闲置宅基地盘活利用指导意见。"]),
            ],
            "closing": "特此答复。",
            "signature": (["某县自然资源和规划局"], "2024-07-10", "2024年7月10日"),
            "footer": False,
            "head": 2,
        },
    )


def test_calibre_markdown_output_with_scene_breaks_and_image_references() -> None:
    """Calibre's txt output with Markdown formatting and image references kept: the title a `#`
    heading, the 一、 headings `##`, a `* * *` scene break between the parts, the seal as an image
    reference to the book's images folder. The marks and the picture leave."""
    source = (
        "# 某市生态环境局关于开展2024年夏季臭氧污染防治攻坚的通知\n"
        "\n"
        "各区生态环境分局，各有关单位：\n"
        "\n"
        "为有效应对夏季臭氧污染，现就开展攻坚行动通知如下：\n"
        "\n"
        "## 一、攻坚时段\n"
        "\n"
        "2024年6月1日至9月30日。\n"
        "\n"
        "* * *\n"
        "\n"
        "## 二、重点任务\n"
        "\n"
        "加强挥发性有机物排放企业监管，推进重点行业错峰生产。\n"
        "\n"
        "![](images/00003.jpeg)\n"
        "\n"
        "某市生态环境局\n"
        "\n"
        "2024年5月24日\n"
    )
    doc = parsed(source)
    same(
        look(doc, "* * *", "images/", "jpeg"),
        {
            "kind": "notice",
            "title": "某市生态环境局关于开展2024年夏季臭氧污染防治攻坚的通知",
            "issuer": "某市生态环境局",
            "recipients": ["各区生态环境分局", "各有关单位"],
            "preamble": ["为有效应对夏季臭氧污染，现就开展攻坚行动通知如下："],
            "sections": [
                (1, "一、", 1, "攻坚时段", ["2024年6月1日至9月30日。"]),
                (1, "二、", 2, "重点任务", ["加强挥发性有机物排放企业监管，推进重点行业错峰生产。"]),
            ],
            "signature": (["某市生态环境局"], "2024-05-24", "2024年5月24日"),
            "warnings": [],
            "leaked": [],
        },
    )


def test_a_chaoxing_copy_with_a_space_where_each_printed_line_ended_inside_one_long_line() -> None:
    """超星's copy of a page whose paragraphs come out one line each, but with a space wherever the
    printed line ended (about every 30 characters), inside words and figures alike. The spaces between
    two CJK characters are the layout's and leave; the paragraphs are whole."""
    paragraphs = [
        "您提出的关于加快建设城市公共充电设施网络的建议收悉，经认真研究，现答复如下：",
        "一、建设情况",
        "截至今年6月底，全市已建成公共充电站三百六十座、公共充电桩一万二千个，"
        "基本形成城区平均服务半径一公里的充电网络。",
        "二、下一步工作",
        "我委将推进居住区充电设施建设，鼓励建设共享充电桩，解决居民充电难问题。",
    ]

    def spaced_every(line: str, width: int) -> str:
        return " ".join(line[i : i + width] for i in range(0, len(line), width))

    source = (
        "关于市人大十六届三次会议第0271号建议的答复\n"
        "解某代表：\n"
        + "\n".join(spaced_every(p, 30) for p in paragraphs)
        + "\n感谢您对发展改革工作的关心和支持。\n某市发展和改革委员会\n2024年7月29日\n"
    )
    doc = parsed(source)
    same(
        look(doc),
        {
            "kind": "reply",
            "title": "关于市人大十六届三次会议第0271号建议的答复",
            "recipients": ["解某代表"],
            "ref": "0271",
            "preamble": [paragraphs[0]],
            "sections": [
                (1, "一、", 1, "建设情况", [paragraphs[2]]),
                (1, "二、", 2, "下一步工作", [paragraphs[4]]),
            ],
            "closing": "感谢您对发展改革工作的关心和支持。",
            "signature": (["某市发展和改革委员会"], "2024-07-29", "2024年7月29日"),
            "warnings": [],
        },
    )


def test_pdftotext_raw_of_a_notice_with_its_signer_drawn_before_its_number_and_a_banji() -> None:
    """pdftotext -raw of a 红头 notice: the 签发人 drawn before the 文号 on the line where they share a
    row, the page number `- 1 -` first on each page, and the 版记 (抄送, 印发) on the last page before
    the final form feed. The header's fields, the 版记 and the 落款 are found; page numbers leave."""
    source = (
        "- 1 -\n"
        "某县人民政府文件\n"
        "签发人：贾某\n"
        "某政发〔2024〕21号\n"
        "某县人民政府关于印发某县农村人居环境整治提升行动方案的通知\n"
        "各乡镇人民政府，县政府各部门：\n"
        "现将《某县农村人居环境整治提升行动方案》印发给你们，请认真贯彻落实。\n"
        "某县人民政府\n"
        "2024年3月18日\n"
        "\f- 2 -\n"
        "抄送：县委各部门，县人大常委会办公室，县政协办公室。\n"
        "某县人民政府办公室 2024年3月19日印发\n"
        "\f"
    )
    doc = parsed(source)
    imprint = doc.imprint
    same(
        look(doc, "- 1 -", "- 2 -")
        | {
            "signer": doc.header.signer,
            "printed": None if imprint is None else (imprint.printed_by, imprint.printed_on),
        },
        {
            "kind": "notice",
            "title": "某县人民政府关于印发某县农村人居环境整治提升行动方案的通知",
            "number": ("某政发〔2024〕21号", 2024, 21),
            "issuer": "某县人民政府",
            "recipients": ["各乡镇人民政府", "县政府各部门"],
            "preamble": ["现将《某县农村人居环境整治提升行动方案》印发给你们，请认真贯彻落实。"],
            "sections": [],
            "signature": (["某县人民政府"], "2024-03-18", "2024年3月18日"),
            "cc": ["县委各部门", "县人大常委会办公室", "县政协办公室"],
            "signer": "贾某",
            "printed": ("某县人民政府办公室", "2024-03-19"),
            "leaked": [],
        },
    )
