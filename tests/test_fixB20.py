"""Fixes of diffread-B's findings on conv20's tool readers (B7, B8, B9, B10, B15, ...): each tested on a NEW
example of the cause (failing on main before the fix), with a guard that the tool's own output the rule was
written for still reads as before. A tool's mark is read only with a second mark of that tool."""

from __future__ import annotations

import json

import govdoc
from tests.probing import checked

_TITLE = "关于加强老旧小区改造的建议的答复"
_LINES = [
    _TITLE,
    "李某代表：",
    "您提出的关于加强老旧小区改造的建议收悉，现答复如下：",
    "一、改造进展",
    "全县今年已完成老旧小区改造十二个，惠及居民三千余户，加装电梯二十部。",
    "二、下一步打算",
    "我局将统筹推进管网更新和停车设施建设，确保年底前全部完工。",
    "感谢您对住房和城乡建设工作的关心。",
    "某县住房和城乡建设局",
    "2024年9月5日",
]


def _whole(doc: govdoc.Document) -> None:
    """The reply read whole: title, addressee, 落款."""
    assert doc.header.title == _TITLE
    assert list(doc.header.recipients) == ["李某代表"]
    assert doc.signature is not None and doc.signature.date == "2024-09-05"
    assert list(doc.signature.issuers) == ["某县住房和城乡建设局"]


# --- B8: one `=====photo.jpg=====` line is a reply's own (readers.ocr_text.image_names_shown) ---------------


def test_a_single_framed_picture_name_between_a_replys_paragraphs_stays() -> None:
    """A reply's placeholder for one photo (`-----改造后外立面.png-----`) is its text: no OCR app's output
    opens with a paragraph and names one image only."""
    source = "\n".join([*_LINES[:5], "-----改造后外立面.png-----", *_LINES[5:]]) + "\n"
    doc = checked(source)
    _whole(doc)
    assert "改造后外立面.png" in doc.text


def test_an_ocr_apps_batch_output_still_loses_its_image_name_lines() -> None:
    """A guard: the app's output opens with its first image's name and names the next one: both leave."""
    source = "===== 扫描件_01.jpeg =====\n" + "\n".join(_LINES[:6]) + "\n===== 扫描件_02.jpeg =====\n"
    source += "\n".join(_LINES[6:]) + "\n"
    doc = checked(source)
    _whole(doc)
    assert "扫描件" not in doc.text and "jpeg" not in doc.text


# --- B10: HTML5's `<main>` is trafilatura's text element only under its `<doc>` root (readers.records) -------


def _html_fragment() -> str:
    ps = "".join(f"<p>{line}</p>\n" for line in _LINES[1:8])
    return (
        '<nav class="path">当前位置：首页 &gt; 建议提案办理</nav>\n'
        f'<main id="zoom">\n<h2>{_TITLE}</h2>\n{ps}<p class="sign">{_LINES[8]}<br>{_LINES[9]}</p>\n</main>\n'
        '<footer class="contact">联系人：王某某　联系电话：0571-86543210</footer>\n'
    )


def test_an_html_fragment_saved_as_text_keeps_its_contact_outside_main() -> None:
    """A page's fragment (no <html>/<body>) whose `<main>` holds the reply and whose footer the contact: the
    footer's words are the document's too (main is HTML5's element, no tool's)."""
    doc = checked(_html_fragment())
    _whole(doc)
    assert doc.contact is not None and list(doc.contact.phones) == ["0571-86543210"]


def test_trafilatura_xml_under_a_declaration_still_reads_only_main() -> None:
    """A guard: trafilatura's `<doc …>` root (under an XML declaration) holds `<main>` and `<comments>`: only
    `<main>`'s text is the document, the comments' words leave."""
    ps = "".join(f"<p>{line}</p>" for line in _LINES[1:8])
    source = (
        '<?xml version="1.0" encoding="utf-8"?>\n'
        f'<doc sitename="某县住房和城乡建设局" title="{_TITLE}" date="2024-09-05" fingerprint="abc123">\n'
        f'<main><head rend="h1">{_TITLE}</head>{ps}<p>{_LINES[8]}<lb/>{_LINES[9]}</p></main>\n'
        "<comments><p>网友评论：点赞支持</p></comments>\n</doc>\n"
    )
    doc = checked(source)
    _whole(doc)
    assert "网友评论" not in doc.text and "sitename" not in doc.text and "<p>" not in doc.text


# --- B9: a list of dicts with `text` is a tool's element list only by the tool's keys (readers.text) ----------


def test_a_crawlers_list_of_letters_and_answers_keeps_each_letter() -> None:
    """A crawler's export: each record a citizen's letter (`letter`) and the bureau's answer (`text`), no
    tool's key (type, page_idx, bbox, box): the letters are no element's furniture, their words stay."""
    records = [
        {
            "seq": 7,
            "asker": "张某",
            "letter": "小区门口的路灯坏了一个多月，晚上出行很不方便。",
            "text": "\n".join(_LINES),
        },
        {"seq": 8, "asker": "刘某", "letter": "建议在公园增设健身器材。", "text": "刘某您好：\n已列入明年计划。"},
    ]
    doc = checked(json.dumps(records, ensure_ascii=False, indent=2))
    assert "路灯坏了一个多月" in doc.text and "增设健身器材" in doc.text


def test_minerus_content_list_is_still_read_as_its_elements() -> None:
    """A guard: MinerU's `content_list.json` (type, text, text_level, page_idx; a page number entry): each
    entry's text a line, the page number left out, no JSON in the text."""
    entries: list[dict[str, object]] = [{"type": "text", "text": _TITLE, "text_level": 1, "page_idx": 0}]
    entries += [{"type": "text", "text": line, "page_idx": 0} for line in _LINES[1:]]
    entries.append({"type": "page_number", "text": "- 1 -", "page_idx": 0})
    doc = checked(json.dumps(entries, ensure_ascii=False, indent=1))
    _whole(doc)
    assert "page_idx" not in doc.text and "- 1 -" not in doc.text


# --- B15: a tabular's head row on its opening line (readers.light_markup.tabular_line) --------------------


def _tabular_reply(table: list[str]) -> govdoc.Document:
    return checked("\n".join([*_LINES[:4], "全县改造情况见下表。", *table, *_LINES[5:]]) + "\n")


def test_a_tabular_opened_on_its_head_rows_line_is_a_table() -> None:
    """`\\begin{tabular}{lcr}\\hline 片区 & 小区数 & 户数 \\\\` opens the table and holds its head row: three rows."""
    doc = _tabular_reply(
        [
            "\\begin{tabular}{lcr}\\hline 片区 & 小区数 & 户数 \\\\",
            "城东 & 5 & 1200 \\\\",
            "城西 & 7 & 1860 \\\\ \\hline",
            "\\end{tabular}",
        ]
    )
    _whole(doc)
    assert [list(t.rows) for s in doc.iter_sections() for t in s.tables] == [
        [("片区", "小区数", "户数"), ("城东", "5", "1200"), ("城西", "7", "1860")]
    ]
    assert "\\" not in doc.text and "&" not in doc.text


def test_mathpixs_usual_tabular_with_its_opening_alone_is_still_a_table() -> None:
    """A guard: the opening alone on its line, `\\hline` before each row: one table of three rows."""
    doc = _tabular_reply(
        [
            "\\begin{tabular}{|l|c|c|}",
            "\\hline 片区 & 小区数 & 户数 \\\\",
            "\\hline 城东 & 5 & 1200 \\\\",
            "\\hline 城西 & 7 & 1860 \\\\",
            "\\hline",
            "\\end{tabular}",
        ]
    )
    _whole(doc)
    assert [list(t.rows) for s in doc.iter_sections() for t in s.tables] == [
        [("片区", "小区数", "户数"), ("城东", "5", "1200"), ("城西", "7", "1860")]
    ]


# --- B7: an organ-menu word alone on its line is the menu's only inside it (cleanup.furniture._in_a_menu) -------


def test_an_organ_pages_headline_under_the_breadcrumb_and_toolbar_stays() -> None:
    """A scraped 机构设置 page: breadcrumb, the print toolbar, then its own headline `机构设置` over its text. One
    chrome line above is one mark: the headline is the page's text."""
    source = "\n".join(
        [
            "当前位置：首页 > 信息公开 > 机构信息",
            "【字体：大 中 小】【打印本页】【关闭窗口】",
            "机构设置",
            "某县交通运输局内设办公室、规划建设股、运输管理股三个股室，下设公路事业发展中心。",
            "办公室负责机关日常运转，承担信息、安全、保密和政务公开等工作。",
        ]
    )
    doc = checked(source + "\n")
    assert "机构设置" in doc.text


def test_a_site_menu_one_entry_a_line_above_the_title_still_leaves() -> None:
    """A guard: the site's menu kept one entry a line (html2text's bullets) above the reply: its organ entries
    stand under or between the menu's other entries and leave with them."""
    menu = [
        f"* [{m}](https://zjj.example.gov.cn/{k}/)"
        for k, m in enumerate(["网站首页", "政务公开", "机构职能", "领导之窗", "互动交流"])
    ]
    doc = checked("\n".join([*menu, "", *_LINES]) + "\n")
    _whole(doc)
    assert "机构职能" not in doc.text and "领导之窗" not in doc.text and "政务公开" not in doc.text


# --- B12: U+FE0F is a keycap sequence's own before U+20E3 (charclass.ZERO_WIDTH) -----------------------------


def test_keycap_numbers_keep_their_presentation_selector() -> None:
    """`3\\ufe0f\\u20e3` (the keycap 3 a WeChat-style reply numbers its parts with) is what the input holds:
    no bare `3\\u20e3` in the text."""
    lines = [*_LINES[:3], "3\ufe0f\u20e3 强化资金保障", "县财政安排专项资金八百万元，全部用于小区改造。", *_LINES[7:]]
    doc = checked("\n".join(lines) + "\n")
    _whole(doc)
    assert "3\ufe0f\u20e3" in doc.text


def test_a_variation_selector_inside_an_organs_name_still_leaves() -> None:
    """A guard: a selector after an ideograph (a PDF's glyph choice, 县\\ufe0f and 设\\ufe00) shows nothing and
    leaves, so the 落款's organ reads whole."""
    lines = [*_LINES[:8], "某县\ufe0f住房和城乡建\ufe00设局", _LINES[9]]
    doc = checked("\n".join(lines) + "\n")
    _whole(doc)
    assert "\ufe0f" not in doc.text and "\ufe00" not in doc.text


# --- B13: one reference to a symbol (&copy;) is no evidence of an escaped copy (rules.cleanup.entities) ---------


def test_a_single_registered_sign_reference_in_a_sentence_stays_as_written() -> None:
    """One `&reg;` inside a reply's sentence and no other reference: a symbol a CMS user may type as written,
    no evidence the copy is escaped: the line stays as the input holds it, no repair warned."""
    lines = [*_LINES[:4], "小区外墙统一使用通过认证的某牌&reg;保温材料，施工质量全程监理。", *_LINES[5:]]
    doc = checked("\n".join(lines) + "\n")
    _whole(doc)
    assert "某牌&reg;保温材料" in doc.text
    assert not [w for w in doc.warnings if w.code == "text-repaired"]


def test_a_single_left_quote_reference_after_han_is_still_read() -> None:
    """A guard (noise20): one `&ldquo;…` standing for a quotation mark a Chinese text writes as itself shows an
    escaped copy: it is read, and the line warned."""
    lines = [*_LINES[:4], "全县推行&ldquo;一楼一策”改造方式，完成老旧小区改造十二个。", *_LINES[5:]]
    doc = checked("\n".join(lines) + "\n")
    _whole(doc)
    assert "推行“一楼一策”改造方式" in doc.text
    assert [w for w in doc.warnings if w.code == "text-repaired"]
