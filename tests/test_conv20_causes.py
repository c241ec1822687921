"""Causes found by round 20's conversion-path probes (tests/test_probes_20_conv.py), each tested on a
NEW example that fails on the session's start (/work/s20start), with guards that ordinary text looking
like the tool's mark is untouched: a rule reading a tool's marks first asks whether the text shows that
tool (sessions 17, 18 and 19's second reads)."""

from __future__ import annotations

import json

import govdoc
from tests.probing import checked, codes

_TITLE = "关于区政协九届三次会议第46号提案的答复"
_LINES = [
    _TITLE,
    "吴某委员：",
    "您提出的关于加快城市书房建设的提案收悉，现答复如下：",
    "一、建设情况",
    "全区已建成城市书房十八家，年接待读者六十余万人次，图书外借量逾二十万册。",
    "二、下一步工作",
    "我局将推动城市书房向社区延伸，新增书房五家，并延长夜间开放时间。",
    "感谢您对全区公共文化服务工作的关心。",
    "某区文化和旅游局",
    "2024年8月2日",
]
_WANT = [
    ("一、", "建设情况", [_LINES[4]]),
    ("二、", "下一步工作", [_LINES[6]]),
]


def _sections(doc: govdoc.Document) -> list[tuple[str, str | None, list[str]]]:
    return [(s.marker, s.title, [p.text for p in s.paragraphs]) for s in doc.iter_sections()]


def _whole(doc: govdoc.Document) -> None:
    """The reply read whole: title, addressee, both sections, closing, 落款."""
    assert doc.header.title == _TITLE
    assert list(doc.header.recipients) == ["吴某委员"]
    assert _sections(doc) == _WANT
    assert doc.closing is not None and doc.closing.text == _LINES[7]
    assert doc.signature is not None and doc.signature.date == "2024-08-02"
    assert list(doc.signature.issuers) == ["某区文化和旅游局"]


# --- a tool's XML output read as text (readers.records: xml_record, _markup_runs) ----------------------


def test_an_xml_exports_content_holding_html_markup_loses_its_declaration_and_root_tags() -> None:
    """A note's export whose `<content>` holds a whole XHTML-like note (declaration, DOCTYPE, a root of its
    own, a `<p>` a line): every tag is the tool's."""
    body = "".join(f"<p>{line}</p>" for line in _LINES)
    note = f'<?xml version="1.0"?><!DOCTYPE note-body SYSTEM "x.dtd"><note-body>{body}</note-body>'
    source = f"<export>\n<item>\n<title>{_TITLE}</title>\n<content><![CDATA[{note}]]></content>\n</item>\n</export>\n"
    doc = checked(source)
    _whole(doc)
    assert "<" not in doc.text and "note-body" not in doc.text


def test_trafilatura_xml_main_element_with_line_breaks_is_the_documents_text() -> None:
    ps = "".join(f"<p>{line}</p>" for line in _LINES[:8])
    source = (
        f'<doc sitename="某区文化和旅游局" title="{_TITLE}" date="2024-08-05">\n'
        f"<main>{ps}<p>{_LINES[8]}<lb/>{_LINES[9]}</p></main>\n<comments/>\n</doc>\n"
    )
    doc = checked(source)
    _whole(doc)
    assert "sitename" not in doc.text and "<lb/>" not in doc.text


def test_doctags_elements_lose_their_location_tokens_and_the_page_footer_leaves() -> None:
    rows = [f"<text><loc_12><loc_{k}><loc_480><loc_{k + 9}>{line}</text>" for k, line in enumerate(_LINES)]
    source = (
        "<doctag>" + "".join(rows) + "<page_footer><loc_240><loc_490><loc_260><loc_498>第1页</page_footer></doctag>"
    )
    doc = checked(source)
    _whole(doc)
    assert "loc_" not in doc.text and "第1页" not in doc.text


def test_an_xml_text_element_holding_few_of_the_words_stays_as_written() -> None:
    """A guard: a text opening with markup whose text elements hold a line or two is no tool's export."""
    source = "<text>说明</text>\n" + "\n".join(_LINES) + "\n"
    doc = checked(source)
    assert "<text>说明</text>" in doc.text


# --- a tool's JSON list of elements (readers.text._json_elements) ------------------------------------


def test_a_json_list_of_typed_blocks_without_element_ids_is_read_in_order() -> None:
    blocks = [{"type": "text", "text": line, "page_idx": 0} for line in _LINES]
    blocks.insert(3, {"type": "image", "img_path": "images/a1.jpg", "page_idx": 0})
    blocks.append({"type": "page_number", "text": "1", "page_idx": 0})
    doc = checked(json.dumps(blocks, ensure_ascii=False))
    _whole(doc)
    assert "img_path" not in doc.text and "page_idx" not in doc.text


def test_an_ocr_apps_record_holding_its_boxes_is_read_as_their_texts() -> None:
    record = {
        "code": 100,
        "data": [
            {"box": [[0, k], [9, k], [9, k + 1], [0, k + 1]], "score": 0.98, "text": t} for k, t in enumerate(_LINES)
        ],
        "timestamp": 1722566400.5,
    }
    doc = checked(json.dumps(record, ensure_ascii=False, indent=2))
    _whole(doc)
    assert "score" not in doc.text and "timestamp" not in doc.text


def test_a_json_list_of_several_titled_records_stays_as_written() -> None:
    """A guard: a crawler's list of pages, each with its title, is several documents, none read as one."""
    pages = [{"title": _TITLE, "text": "\n".join(_LINES)}, {"title": "关于另一件提案的答复", "text": "\n".join(_LINES)}]
    doc = checked(json.dumps(pages, ensure_ascii=False))
    assert '"title"' in doc.text


# --- OCR apps' output (readers.ocr_text) ---------------------------------------------------------------


def test_rapidocr_results_printed_without_a_tuple_keep_only_the_texts() -> None:
    lines = [
        f'[[[10.0, {k}.0], [500.0, {k}.0], [500.0, {k + 20}.0], [10.0, {k + 20}.0]], "{t}", 0.97]'
        for k, t in enumerate(_LINES)
    ]
    doc = checked("\n".join(lines) + "\n")
    _whole(doc)
    assert "500.0" not in doc.text and "0.97" not in doc.text


def test_each_lines_score_after_a_tab_leaves_the_text() -> None:
    doc = checked("\n".join(f"{t}\t0.9{k % 10}" for k, t in enumerate(_LINES)) + "\n")
    _whole(doc)
    assert "0.9" not in doc.text


def test_a_table_with_a_column_of_rates_keeps_its_figures() -> None:
    """A guard: only a text whose every line ends in a score is an OCR script's; a table of rates stays."""
    rows = "项目\t完成率\n道路改造\t0.85\n桥梁维修\t0.60\n绿化提升\t0.92\n路灯更新\t0.75\n"
    doc = checked("\n".join(_LINES[:5]) + "\n" + rows + "\n".join(_LINES[5:]) + "\n")
    assert "0.85" in doc.text and "0.92" in doc.text


def test_an_ocr_apps_image_name_line_is_a_page_start() -> None:
    source = "----- scan_01.jpg -----\n" + "\n".join(_LINES[:6]) + "\n----- scan_02.jpg -----\n"
    source += "\n".join(_LINES[6:]) + "\n"
    doc = checked(source)
    _whole(doc)
    assert "scan_0" not in doc.text


def test_a_rule_of_equals_signs_in_ordinary_text_stays_a_rule() -> None:
    """A guard: a line of `=` runs naming no image is no OCR app's mark (a setext or a drawn rule as before)."""
    source = "\n".join(_LINES[:4]) + "\n===== 附表 =====\n" + "\n".join(_LINES[4:]) + "\n"
    doc = checked(source)
    assert "附表" in doc.text


# --- WeChat's dialog strings and a site's menu (patterns.EDGE_CHROME) ---------------------------------


def test_wechats_dialog_captions_and_spoken_button_labels_under_a_post_leave() -> None:
    tail = [
        "微信扫一扫",
        "使用小程序",
        "取消",
        "允许",
        "知道了",
        "赞，轻点两下取消赞",
        "在看，轻点两下取消在看",
        "分享 收藏 听过",
    ]
    doc = checked("\n".join(_LINES + tail) + "\n")
    _whole(doc)
    for word in ("使用小程序", "允许", "知道了", "轻点两下", "听过"):
        assert word not in doc.text
    assert "content-unplaced" not in codes(doc)


def test_a_notices_own_line_saying_cancel_inside_its_text_stays() -> None:
    """A guard: 取消 and 知道了 alone are chrome only where chrome stands, never inside the running text."""
    source = "\n".join(
        [
            "关于调整会议安排的通知",
            "各科室：",
            "原定于8月5日召开的会议安排调整如下，原议程中的第三项：",
            "取消",
            "其余议程不变，请各科室知悉。",
            "某区文化和旅游局办公室",
            "2024年8月2日",
        ]
    )
    doc = checked(source + "\n")
    assert "\n取消\n" in doc.text


def test_a_site_menu_of_links_above_the_title_leaves() -> None:
    menu = "\n".join(
        f"- [{m}](https://wlj.example.gov.cn/{k}/)" for k, m in enumerate(["首页", "政务公开", "机构概况", "领导信息"])
    )
    doc = checked(menu + "\n\n" + "\n".join(_LINES) + "\n")
    _whole(doc)
    assert "机构概况" not in doc.text and "领导信息" not in doc.text


# --- a running head printing the organ before the title (rules.running_heads) -------------------------


def test_a_page_top_naming_the_organ_before_the_title_inside_a_cut_sentence_leaves() -> None:
    four = _LINES[4]
    source = "\n".join([*_LINES[:4], four[:20]]) + "\n\f" + "某区文化和旅游局" + _TITLE + "\n"
    source += "\n".join([four[20:], *_LINES[5:]]) + "\n"
    doc = checked(source)
    _whole(doc)
    assert doc.text.count(_TITLE) == 1


def test_a_page_top_citing_the_organ_and_title_after_a_closed_sentence_stays() -> None:
    """A guard: the line opens the page after a sentence that ended (a cited document's name): it stays."""
    source = "\n".join(_LINES[:5]) + "\n\f" + "某区文化和旅游局" + _TITLE + "\n" + "\n".join(_LINES[5:]) + "\n"
    doc = checked(source)
    assert doc.text.count(_TITLE) == 2


# --- LaTeX's tabular (readers.light_markup.tabular_line) ----------------------------------------------


def test_a_latex_tabular_is_a_table_of_its_section() -> None:
    table = "\\begin{tabular}{ll}\n\\toprule 类型 & 数量 \\\\\n\\midrule 城市书房 & 18 \\\\\n农家书屋 & 96 \\\\\n\\bottomrule\n\\end{tabular}"
    source = "\n".join(_LINES[:5]) + "\n" + table + "\n" + "\n".join(_LINES[5:]) + "\n"
    doc = checked(source)
    _whole(doc)
    assert [list(t.rows) for s in doc.iter_sections() for t in s.tables] == [
        [("类型", "数量"), ("城市书房", "18"), ("农家书屋", "96")]
    ]
    assert "\\\\" not in doc.text and "rule" not in doc.text


def test_ampersands_and_double_backslashes_outside_a_tabular_stay() -> None:
    """A guard: a text with no `\\begin{tabular}`…`\\end{tabular}` keeps its `&` and `\\\\` as written."""
    source = "\n".join(_LINES[:5]) + "\n书房 & 书屋 \\\\\n" + "\n".join(_LINES[5:]) + "\n"
    doc = checked(source)
    assert "书房 & 书屋" in doc.text


def test_an_xml_exports_html_content_keeps_its_table_a_table() -> None:
    """A guard: an export's CDATA holding an HTML page's body keeps its `<table>` rows for the text reader,
    which reads them as a table of the body (only the other tags end lines). (s20start read no title here.)"""
    body = "".join(f"<p>{line}</p>" for line in _LINES[:5])
    table = "<table><tr><td>类型</td><td>数量</td></tr><tr><td>城市书房</td><td>18</td></tr></table>"
    rest = "".join(f"<p>{line}</p>" for line in _LINES[5:])
    source = f"<item>\n<title>{_TITLE}</title>\n<content><![CDATA[{body}{table}{rest}]]></content>\n</item>\n"
    doc = checked(source)
    _whole(doc)
    assert [list(t.rows) for s in doc.iter_sections() for t in s.tables] == [[("类型", "数量"), ("城市书房", "18")]]


def test_a_notices_own_dialog_word_under_its_last_sentence_stays() -> None:
    """A guard (review20's HIGH on a URL line, the same shape): a notice's last sentence introducing a word on
    its own line (…请在回执中选择： ⏎ 允许) keeps it; WeChat's dialog words leave only right under other chrome."""
    source = "\n".join(
        [
            "关于开放城市书房夜间服务的通知",
            "各街道文化站：",
            "城市书房夜间服务将于8月起试行，是否同意本站参加，请在回执中选择：",
            "允许",
            "某区文化和旅游局",
            "2024年8月2日",
        ]
    )
    doc = checked(source + "\n")
    assert "\n允许\n" in doc.text


def test_a_budget_explanations_own_headings_named_as_a_menus_entries_stay() -> None:
    """A guard (review20): a 部门决算 说明 heads its parts 机构职能 ⏎ 机构设置 above its sentences: a menu's words
    alone on a line are chrome only right under other chrome."""
    source = "\n".join(
        [
            "某区文化和旅游局2023年度部门决算说明",
            "一、部门基本情况",
            "机构职能",
            "负责全区文化和旅游事业发展规划的拟订和实施。",
            "机构设置",
            "内设股室四个，所属事业单位两个。",
        ]
    )
    doc = checked(source + "\n")
    assert "机构职能" in doc.text and "机构设置" in doc.text


def test_a_json_elements_table_caption_and_body_and_a_pictures_caption_are_read() -> None:
    """review20: a typed block list's table entry (its caption list and its HTML body) and a picture's caption
    hold the document's words: they are read in their place, the table a table of its section."""
    blocks: list[dict[str, object]] = [{"type": "text", "text": line} for line in _LINES[:5]]
    blocks.append(
        {
            "type": "table",
            "table_caption": ["表1 城市书房分布"],
            "table_body": "<table><tr><td>街道</td><td>书房</td></tr><tr><td>东城</td><td>7</td></tr></table>",
        }
    )
    blocks.append({"type": "image", "img_path": "images/b2.jpg", "img_caption": ["图1 东城书房外景"]})
    blocks += [{"type": "text", "text": line} for line in _LINES[5:]]
    doc = checked(json.dumps(blocks, ensure_ascii=False, indent=1))
    assert "表1 城市书房分布" in doc.text and "图1 东城书房外景" in doc.text
    assert [list(t.rows) for s in doc.iter_sections() for t in s.tables] == [[("街道", "书房"), ("东城", "7")]]
    assert doc.signature is not None and doc.signature.date == "2024-08-02"
