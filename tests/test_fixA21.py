"""Fixes of diffread-C's findings on conv21's round-21 causes (/work/coord/reports/diffread-C.md), each tested
on a NEW example of the cause (not the reviewer's repro) that fails on main before the fix, with a guard that the
case the rule was written for still reads as conv21 meant it."""

from __future__ import annotations

import govdoc
from tests.probing import checked, codes

_TITLE = "关于市政协十五届三次会议第0456号提案的答复"
_LINES = [
    _TITLE,
    "孙某委员：",
    "您提出的关于加强社区养老服务设施建设的提案收悉，现答复如下：",
    "一、设施建设情况",
    "全区已建成社区养老服务站四十二个，覆盖街道全部社区，日间照料床位八百余张。",
    "二、下一步工作",
    "我局将推进助餐点建设，完善运营补贴政策，并引入专业机构连锁运营。",
    "感谢您对民政工作的关心和支持。",
    "某区民政局",
    "2024年7月12日",
]
_WANT = [
    ("一、", "设施建设情况", [_LINES[4]]),
    ("二、", "下一步工作", [_LINES[6]]),
]
_HEAD = ["<!DOCTYPE html>", "<html>", "<head>", '<meta charset="utf-8">', "<title>某区民政局</title>", "</head>"]


def _sections(doc: govdoc.Document) -> list[tuple[str, str | None, list[str]]]:
    return [(s.marker, s.title, [p.text for p in s.paragraphs]) for s in doc.iter_sections()]


def _whole(doc: govdoc.Document) -> None:
    """The reply read whole: title, addressee, both sections, closing, 落款."""
    assert doc.header.title == _TITLE
    assert list(doc.header.recipients) == ["孙某委员"]
    assert _sections(doc) == _WANT
    assert doc.closing is not None and doc.closing.text == _LINES[7]
    assert doc.signature is not None and doc.signature.date == "2024-07-12"
    assert list(doc.signature.issuers) == ["某区民政局"]


def _tables(doc: govdoc.Document) -> list[list[tuple[str, ...]]]:
    return [list(t.rows) for s in doc.iter_sections() for t in s.tables]


# --- C1: a page source's layout table (readers.page_source.row_end) ------------------------------------------


def test_a_page_source_whose_article_sits_in_one_layout_cell_of_div_paragraphs_reads_whole() -> None:
    """A site template's page saved as text: `<body>` ⏎ `<table width="960">` ⏎ `<tr>` ⏎ `<td valign="top">` ⏎
    one `<div>` per paragraph ⏎ `</td>` ⏎ `</tr>`: the cell holds the reply's ten paragraphs, no row of cells."""
    body = ["<body>", '<table width="960">', "<tr>", '<td valign="top">']
    body += [f"<div>{line}</div>" for line in _LINES] + ["</td>", "</tr>", "</table>", "</body>", "</html>"]
    doc = checked("\n".join([*_HEAD, *body]) + "\n")
    _whole(doc)
    assert _tables(doc) == []


def test_a_layout_row_holding_an_inner_data_table_keeps_the_article_and_the_inner_rows() -> None:
    """The outer layout row opens over a cell holding section 一's own table (`<table>` ⏎ `<tr>` ⏎ `<td>项目</td>`
    ⏎ `<td>数量</td>` ⏎ `</tr>` …) and the reply's paragraphs: the outer row is no row; the inner one's rows are."""
    inner = ["<table>", "<tr>", "<td>项目</td>", "<td>数量</td>", "</tr>", "<tr>", "<td>养老服务站</td>", "<td>42</td>"]
    inner += ["</tr>", "</table>"]
    paras = [f"<p>{line}</p>" for line in _LINES]
    body = ["<body>", "<table>", "<tr>", "<td>", *paras[:5], *inner, *paras[5:], "</td>", "</tr>", "</table>"]
    doc = checked("\n".join([*_HEAD, *body, "</body>", "</html>"]) + "\n")
    _whole(doc)
    assert _tables(doc) == [[("项目", "数量"), ("养老服务站", "42")]]


def test_a_page_source_row_whose_cells_each_hold_a_line_of_their_own_stays_one_row() -> None:
    """Guard (conv21's case): a row set over lines, each cell's text on a line between its tags (`<td>` ⏎ `站点`
    ⏎ `</td>`): one row of the table."""
    table = ["<table>", "<tr>", "<td>", "项目", "</td>", "<td>", "数量", "</td>", "</tr>", "<tr>", "<td>"]
    table += ["养老服务站", "</td>", "<td>", "42", "</td>", "</tr>", "</table>"]
    paras = [f"<p>{line}</p>" for line in _LINES]
    doc = checked("\n".join([*_HEAD, "<body>", *paras[:5], *table, *paras[5:], "</body>", "</html>"]) + "\n")
    _whole(doc)
    assert _tables(doc) == [[("项目", "数量"), ("养老服务站", "42")]]


def test_a_layout_cell_holding_the_whole_article_on_one_line_of_paragraphs_is_no_row() -> None:
    """Guard (main reads it whole too): a CMS writing the article's `<p>`s on one line inside the layout's
    second cell (`<tr>` ⏎ `<td width="20"></td>` ⏎ `<td id="zoom"><p>…</p> <p>…</p>…` ⏎ `</td>` ⏎ `</tr>`): one
    line, but ten paragraphs: the row is a layout's, the paragraphs the text's."""
    article = '<td id="zoom">' + "".join(f"<p>{line}</p> " for line in _LINES)
    body = ["<body>", "<table>", "<tr>", '<td width="20"></td>', article, "</td>", "</tr>", "</table>", "</body>"]
    body.append("</html>")
    doc = checked("\n".join([*_HEAD, *body]) + "\n")
    _whole(doc)
    assert _tables(doc) == []


# --- C6: a tag a notice names between its words (readers.text._HTML_BREAK) --------------------------------------

_NOTICE = [
    "某县数据局关于规范政府网站页面结构的通知",
    "各乡镇人民政府，县直各部门：",
    "为提升政府网站的适老化水平，现将有关事项通知如下：",
    "一、页面结构",
    "正文段落一律使用<p>标签，标题使用<h2>标签，页面根元素<html>标签须声明中文语言。",
    "二、完成时限",
    "请于2024年9月30日前完成整改。",
    "某县数据局",
    "2024年8月1日",
]


def test_block_tags_a_notice_names_between_its_words_stay_in_the_sentence() -> None:
    """`…使用<p>标签，标题使用<h2>标签，页面根元素<html>标签须…`: the tags a website notice names are its words; the
    sentence stays one paragraph."""
    doc = checked("\n".join(_NOTICE) + "\n")
    paragraphs = [p.text for s in doc.iter_sections() for p in s.paragraphs]
    assert _NOTICE[4] in paragraphs
    assert doc.signature is not None and list(doc.signature.issuers) == ["某县数据局"]


def test_html_paragraph_tags_in_a_markdown_reply_still_part_its_lines() -> None:
    """Guard: a Markdown export's raw HTML (`<p>孙某委员：</p><p>您提出的…</p>`, `<div align="right">某区民政局</div>`,
    `感谢…支持。<br>某区民政局`): the tags at a paragraph's edge, with attributes or a `<br>` still break lines."""
    lines = [_LINES[0], f"<p>{_LINES[1]}</p><p>{_LINES[2]}</p>", *_LINES[3:7]]
    lines += [f"{_LINES[7]}<br>{_LINES[8]}", f'<div align="right">{_LINES[9]}</div>']
    doc = checked("\n".join(lines) + "\n")
    _whole(doc)
    assert "<" not in doc.text


def test_a_page_sources_body_tag_beside_its_first_paragraph_leaves() -> None:
    """Guard (conv21's case): a page's source whose `<body>` opens the line of its first `<p>`: the tag is markup."""
    paras = [f"<p>{line}</p>" for line in _LINES]
    doc = checked("\n".join([*_HEAD, "<body>" + paras[0], *paras[1:], "</body></html>"]) + "\n")
    _whole(doc)
    assert "body" not in doc.text


# --- C2: a page source's head said (readers.page_source.head_words) ---------------------------------------------


def _page(head: list[str]) -> str:
    paras = [f"<p>{line}</p>" for line in _LINES]
    return "\n".join(["<!DOCTYPE html>", '<html lang="zh-CN">', "<head>", *head, "</head>", "<body>", *paras]) + "\n"


def test_a_page_sources_head_holding_an_author_and_a_site_title_in_han_is_said() -> None:
    """`<meta name="author" content="某区民政局办公室 李某">` and `<title>某区民政局门户网站</title>` in the head: left
    out of the text, said in the one app-record warning; the style's `font-family: 宋体` is the page's setting."""
    head = ['<meta charset="utf-8">', '<meta name="author" content="某区民政局办公室 李某">']
    head += ["<title>某区民政局门户网站</title>", "<style>", "p { font-family: 宋体; }", "</style>"]
    doc = checked(_page(head))
    _whole(doc)
    said = [w.message for w in doc.warnings if w.message.startswith("app-record")]
    assert len(said) == 1 and "某区民政局办公室 李某" in said[0] and "某区民政局门户网站" in said[0]
    assert "宋体" not in said[0] and "李某" not in doc.text


def test_a_page_sources_head_title_that_the_body_shows_again_is_not_said() -> None:
    """Guard: the `<title>` repeats the reply's own title (the body's headline) and the meta lines hold no Han:
    nothing of a person's words is lost, nothing said."""
    doc = checked(_page(['<meta charset="utf-8">', f"<title>{_TITLE}</title>"]))
    _whole(doc)
    assert "text-repaired" not in codes(doc)


# --- C3: the first page's own 文号 under a template repeating it (rules.running_heads._first_page_head) ----------


def _two_pages(head: str, first: list[str]) -> str:
    """The reply on two pages parted by a form feed: `first` over the title, `head` at page 2's top inside
    section 一's sentence the page cut."""
    four = _LINES[4]
    page1 = [*first, *_LINES[:4], four[:20]]
    page2 = [head, four[20:], *_LINES[5:]]
    return "\n".join(page1) + "\n\f" + "\n".join(page2) + "\n"


def test_the_first_pages_doc_number_over_the_title_stays_where_the_next_page_repeats_it() -> None:
    """`某区民发〔2024〕37号` over the title and again at page 2's top inside a cut sentence: the copy leaves, the
    first page's line is the reply's 文号."""
    number = "某区民发〔2024〕37号"
    doc = checked(_two_pages(number, [number]))
    _whole(doc)
    assert doc.header.doc_number is not None and doc.header.doc_number.text == number
    assert doc.text.count(number) == 1


def test_a_template_head_over_the_title_repeated_at_the_next_pages_top_still_leaves_on_both() -> None:
    """Guard (conv21's case): `某区民政局            提案办理复文` over the title and at page 2's top: the template's."""
    head = "某区民政局" + " " * 12 + "提案办理复文"
    doc = checked(_two_pages(head, [head]))
    _whole(doc)
    assert "提案办理复文" not in doc.text


# --- C4: a pipe table of a notice's details opening with contact rows (rules.cleanup.spaces.lone_cells) -------


def test_a_pipe_table_of_details_whose_first_rows_are_contacts_stays_one_table() -> None:
    """Section 二's two-column pipe table `|联系人|赵某|` ⏎ `|手机|13912345678|` ⏎ `|服务地点|街道养老服务中心|`:
    one table of three rows; no row rewritten on its own, none left with its bars in the text."""
    table = ["|联系人|赵某|", "|手机|13912345678|", "|服务地点|街道养老服务中心|"]
    doc = checked("\n".join([*_LINES[:7], *table, *_LINES[7:]]) + "\n")
    assert _tables(doc) == [[("联系人", "赵某"), ("手机", "13912345678"), ("服务地点", "街道养老服务中心")]]
    assert "|" not in doc.text


def test_a_run_of_framed_contact_rows_under_the_signature_is_still_the_contact() -> None:
    """Guard (conv21's case, two rows): antiword's 附注 table `|联系人：|钱某|` ⏎ `|联系电话：|13712345678|` under the
    落款: every row a contact pair, read as the contact's lines."""
    doc = checked("\n".join([*_LINES, "|联系人：|钱某|", "|联系电话：|13712345678|"]) + "\n")
    _whole(doc)
    assert doc.contact is not None and doc.contact.name == "钱某"
    assert list(doc.contact.phones) == ["13712345678"]


# --- C7: a legend's hollow symbol under a filled one (readers.text._legend_word) ---------------------------------


def test_a_legends_hollow_circle_lines_under_a_filled_one_keep_their_symbol() -> None:
    """A 通报's key under its list: `● 代表进度正常` ⏎ `○ 代表进度滞后` ⏎ `○ 代表尚未开工`: the symbols are what
    the lines explain, no list's bullets; they stay in the text."""
    lines = [*_LINES[:5], "● 养老服务站：已建成四十二个。", "说明：", "● 代表进度正常", "○ 代表进度滞后"]
    lines += ["○ 代表尚未开工", *_LINES[5:]]
    doc = checked("\n".join(lines) + "\n")
    assert "○ 代表进度滞后" in doc.text and "○ 代表尚未开工" in doc.text
    assert "● 代表进度正常" in doc.text  # (the key's filled symbol too; the list's point above loses its ●)
    assert "养老服务站：已建成四十二个。" in doc.text.splitlines()


def test_hollow_sub_bullets_under_a_filled_point_still_lose_their_mark() -> None:
    """Guard (conv21's case): `● 设施建设` ⏎ `○ 新建助餐点十个` ⏎ `○ 改造日间照料中心三处`: second-level bullets,
    each item its own paragraph without the ○."""
    lines = [*_LINES[:5], "● 设施建设", "○ 新建助餐点十个", "○ 改造日间照料中心三处", *_LINES[5:]]
    doc = checked("\n".join(lines) + "\n")
    assert "○" not in doc.text
    assert "新建助餐点十个" in doc.text.splitlines()


def test_a_speechs_title_over_its_subtitle_stays_where_its_pages_repeat_it() -> None:
    """`深化改革激发活力` ⏎ `——在2024年全市民政工作会议上的讲话` over the speaker, the title repeated at page 2's
    top inside a cut sentence: the copy leaves, the first page's title stays in the text."""
    title = "深化改革激发活力奋力开创民政工作新局面"
    top = [title, "——在2024年全市民政工作会议上的讲话", "局长 孙某", "同志们："]
    said = (
        "今年以来，全市民政系统认真落实各项决策部署，兜底保障水平稳步提升，基本社会服务持续完善，各项工作取得新进展。"
    )
    text = (
        "\n".join([*top, said[:30]]) + "\n\f" + "\n".join([title, said[30:], "一、主要成效", "养老服务网络不断健全。"])
    )
    doc = checked(text + "\n")
    assert doc.text.splitlines()[0] == title and doc.text.count(title) == 1


# --- C11: a site's own note on a scan it publishes as text (rules.cleanup.assistant._site_note) -----------------


def test_a_sites_note_over_and_under_a_scanned_reply_it_publishes_is_no_chat() -> None:
    """`以下为照片中的文字：` over the title and `以上为照片全部内容，原件存档备查。` under the 落款: both name a
    photo, neither speaks as an assistant: a site's note, one mark; nothing is warned as a chat's framing."""
    doc = checked("\n".join(["以下为照片中的文字：", *_LINES, "以上为照片全部内容，原件存档备查。"]) + "\n")
    assert doc.header.title == _TITLE
    assert "原件存档备查" in doc.text
    assert not any(w.message.startswith("assistant-framing") for w in doc.warnings)


def test_a_chats_extraction_opening_in_its_own_voice_and_its_remark_under_the_text_still_leave() -> None:
    """Guard (conv21's case): `好的，以下是照片中的文字：` (the assistant's 好的) and `以上为照片中的全部内容。`."""
    doc = checked("\n".join(["好的，以下是照片中的文字：", *_LINES, "以上为照片中的全部内容。"]) + "\n")
    _whole(doc)
    assert "照片" not in doc.text
