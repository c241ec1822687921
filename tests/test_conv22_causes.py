"""Causes found by round 22's conversion-path probes (tests/test_probes_22_conv.py), each tested on a
NEW example that fails on the session's start (/work/s22start), with guards that ordinary text looking
like the tool's mark is untouched: a rule reading a tool's marks first asks whether the text shows that
tool, with two independent marks where one alone could be a document's own words (review21 R6/R8,
diffread-A A8)."""

from __future__ import annotations

from pathlib import Path

import govdoc
from tests.probing import checked, codes

_NOTICE = [
    "某县教育局",
    "关于做好2024年秋季学期中小学开学工作的通知",
    "各中小学校：",
    "现将秋季学期开学有关事项通知如下：",
    "一、报到安排",
]


# --- Word's object-model text: the end-of-cell marks (readers.word_text) ------------------------------


def test_word_range_text_end_of_cell_marks_are_no_text_and_the_rows_cells_stay_lines() -> None:
    """A notice's schedule table as Word's `Range.Text` writes it (each cell `…\\r\\x07`, each row one more
    `\\r\\x07`): no BEL reaches the text, every cell's words do, and the 落款 under the table is read."""
    cells = [["年级", "报到日期", "地点"], ["七年级", "8月28日", "东校区"], ["八年级", "8月29日", "西校区"]]
    table = "".join("".join(c + "\r\x07" for c in row) + "\r\x07" for row in cells)
    tail = "特此通知。\r某县教育局\r2024年8月20日\r"
    doc = checked("\r".join(_NOTICE) + "\r" + table + tail)
    assert "\x07" not in doc.text
    assert all(c in doc.text for row in cells for c in row)
    assert doc.signature is not None and doc.signature.issuers == ("某县教育局",)
    assert doc.signature.date == "2024-08-20"


def test_a_word_range_text_file_with_a_large_table_is_text_not_binary(tmp_path: Path) -> None:
    """The same text saved as a .txt by a macro: forty rows of three cells give 160 BELs in 4 KB, more than
    a twentieth of the sample; they are Word's cell marks, so the file is text (it was refused as binary)."""
    rows = [[f"{n}号", "已办结", "满意"] for n in range(1, 41)]
    table = "".join("".join(c + "\r\x07" for c in row) + "\r\x07" for row in rows)
    body = "\r".join(_NOTICE) + "\r" + table + "特此通知。\r某县教育局\r2024年8月20日\r"
    path = tmp_path / "range.txt"
    path.write_bytes(body.encode("utf-8"))
    doc = govdoc.parse(path)
    assert doc.header.title == _NOTICE[0] + _NOTICE[1]  # (the organ over 关于… opens the title: contract)
    assert "\x07" not in doc.text


def test_a_bel_after_a_line_feed_is_no_word_mark_and_stays() -> None:
    """Guard: a BEL a file holds after LF (no CR before it: no Word cell mark) is not read as Word's; the
    reader keeps it as it did (a control character it has no reading of)."""
    doc = checked("\n".join([*_NOTICE[:4], "\x07报到时间为8月28日。", "某县教育局", "2024年8月20日"]) + "\n")
    assert "\x07" in doc.text
    assert "internal-error" not in codes(doc)


# --- A spreadsheet's copy: a column's quoted cells, a row's paragraphs (readers.sheet_text) -------------

_REPLY = [
    "关于县政协十一届二次会议第38号提案的答复",
    "郑某委员：",
    "您提出的关于规范农村集贸市场管理的提案收悉，现答复如下：",
    "一、开展专项整治",
    "今年我局对全县十四个农村集贸市场开展了环境卫生和计量器具专项检查，整改问题六十二个。",
    "二、建立长效机制",
    "下一步，我局将推行市场管理责任清单制度，每季度开展一次联合检查。",
    "感谢您对市场监管工作的关心和支持。",
    "某县市场监督管理局",
    "2024年5月16日",
]


def _reply_whole(doc: govdoc.Document) -> None:
    assert doc.header.title == _REPLY[0]
    assert list(doc.header.recipients) == ["郑某委员"]
    assert [(s.marker, s.title) for s in doc.iter_sections()] == [("一、", "开展专项整治"), ("二、", "建立长效机制")]
    assert doc.closing is not None and doc.closing.text == _REPLY[7]
    assert doc.signature is not None and doc.signature.issuers == ("某县市场监督管理局",)
    assert doc.signature.date == "2024-05-16"


def test_a_column_copy_quotes_a_cell_holding_a_break_and_the_quotes_are_no_text() -> None:
    """A reply's paragraphs copied out of a sheet's column, CRLF a row, the 落款's cell `"organ⏎date"` (its
    break a bare LF): the quotes are the sheet's, the organ and date the 落款."""
    cells = [*_REPLY[:8], '"' + _REPLY[8] + "\n" + _REPLY[9] + '"']
    doc = checked("\r\n".join(cells) + "\r\n")
    _reply_whole(doc)
    assert '"' not in doc.text


def test_a_row_copy_of_a_replys_paragraphs_is_parted_at_its_tabs() -> None:
    """The same reply pasted across a row and copied out: one line, a TAB between paragraphs: each a block."""
    doc = checked("\t".join(_REPLY) + "\n")
    _reply_whole(doc)


def test_guard_a_sentence_in_ascii_quotes_over_two_crlf_lines_keeps_its_quotes() -> None:
    """Guard: a CRLF text (no bare LF: no spreadsheet's cell) quoting a resident's words in ASCII quotes over
    two lines keeps both quotes where they stand."""
    lines = [*_REPLY[:4], '"市场里的秤要准，', '卫生要干净。"这是群众反映最多的问题。', *_REPLY[4:]]
    doc = checked("\r\n".join(lines) + "\r\n")
    assert '"市场里的秤要准，' in doc.text and '卫生要干净。"' in doc.text


def test_guard_a_form_row_of_labels_and_values_parted_by_tabs_stays_one_line() -> None:
    """Guard: a form's row `姓名：<TAB>张三<TAB>性别：<TAB>男<TAB>单位：<TAB>某局` ends three cells on colons and
    none on a sentence's stop: no paragraphs in a row; the line stays as written."""
    row = "姓名：\t张三\t性别：\t男\t单位：\t某县市场监督管理局"
    doc = checked("\n".join([*_REPLY[:4], row, *_REPLY[4:]]) + "\n")
    assert row in doc.text


def test_guard_a_register_row_with_one_answer_cell_stays_a_row() -> None:
    """Guard: a register's TAB row whose one 答复内容 cell holds sentences (`…整改问题六十二个。`) beside its
    number, title, proposer, organ and date cells is no row of paragraphs: it stays one line."""
    row = "38\t关于规范农村集贸市场管理的提案\t郑某\t某县市场监督管理局\t已开展专项整治，整改问题六十二个。\t2024-05-16"
    doc = checked("\n".join(["序号\t标题\t提案人\t承办单位\t答复内容\t答复日期", row]) + "\n")
    assert row in doc.text


# --- Look-alikes a font's map or a Japanese reading put in (govdoc.fold) ------------------------------


def test_white_lenticular_brackets_around_a_doc_numbers_year_are_variant_brackets() -> None:
    """`某教发〖2024〗5号` under the issuer: the 文号 is read, its text as written, year 2024, serial 5."""
    doc = checked(
        "\n".join(
            ["某县教育局", "某教发〖2024〗5号", *_NOTICE[1:], "报到时间为8月28日。", "某县教育局", "2024年8月20日"]
        )
    )
    n = doc.header.doc_number
    assert n is not None and (n.text, n.year, n.serial) == ("某教发〖2024〗5号", 2024, 5)


def test_katakana_ni_and_ha_read_as_the_numerals_two_and_eight_in_markers_and_a_numeral_date() -> None:
    """`ニ、` numbers section 2 under `一、`; `ハ` (for 八) in `二〇二四年ハ月二十日`'s month: the date reads."""
    lines = [
        *_NOTICE[1:],
        "报到时间为8月28日。",
        "ニ、收费标准",
        "严格执行物价部门核定的收费标准。",
        "某县教育局",
        "二〇二四年ハ月二十日",
    ]
    doc = checked("\n".join(lines) + "\n")
    assert [(s.marker, s.ordinal) for s in doc.iter_sections()] == [("一、", 1), ("ニ、", 2)]
    assert doc.signature is not None and doc.signature.date == "2024-08-20"


def test_guard_a_foreign_firms_katakana_name_and_a_bracketed_note_stay_as_written() -> None:
    """Guard: a reply naming `カシオ計算機` and a `〖温馨提示〗` line keeps both as written (folding changes
    only the copy the rules read)."""
    lines = [
        *_REPLY[:4],
        "全县学校采购的カシオ計算機均已完成计量检定。",
        "〖温馨提示〗请群众通过正规渠道购买计量器具。",
        *_REPLY[4:],
    ]
    doc = checked("\n".join(lines) + "\n")
    assert "カシオ計算機" in doc.text and "〖温馨提示〗" in doc.text
    _reply_whole(doc)


# --- A browser's print bands each weak alone (rules/cleanup/print_bands.py) ----------------------------

_URL = "http://www.example.gov.cn/art/2024/8/20/art_2231_9876.html"
_FULL = [*_NOTICE[1:], "请各校于8月27日前完成校舍安全排查，确保师生安全。", "某县教育局", "2024年8月20日"]


def test_firefoxs_head_of_title_and_address_and_foot_of_count_and_time_leave_together() -> None:
    """Firefox's bands over a notice's two pages (head `标题    https://…`, foot `第 1 页，共 2 页    2024/8/21 9:05`):
    weak alone, two shapes together say a print; none of them in the text, the cut sentence one."""
    head, foot = _FULL[0] + "    " + _URL, "第 {n} 页，共 2 页    2024/8/21 9:05"
    cut = _FULL[4]
    lines = [head, *_FULL[:4], cut[:12], foot.format(n=1), head, cut[12:], *_FULL[5:], foot.format(n=2)]
    doc = checked("\n".join(lines) + "\n")
    assert _URL not in doc.text and "9:05" not in doc.text
    assert doc.header.title == _FULL[0]
    assert any(p.text == cut for s in doc.iter_sections() for p in s.paragraphs)


def test_a_print_bands_site_name_beside_the_time_leaves_beside_a_sure_band() -> None:
    """Chrome's head band whose <title> is the bureau's name (`2024/8/21 09:05    某县教育局`) at page 2's top,
    right under page 1's sure foot (`https://…    1/2`): a band; not in the text, the sentence one."""
    head, foot = "2024/8/21 09:05    某县教育局", _URL + "    {n}/2"
    cut = _FULL[4]
    lines = [head, *_FULL[:4], cut[:12], foot.format(n=1), head, cut[12:], *_FULL[5:], foot.format(n=2)]
    doc = checked("\n".join(lines) + "\n")
    assert "09:05" not in doc.text and _URL not in doc.text
    assert any(p.text == cut for s in doc.iter_sections() for p in s.paragraphs)


def test_guard_a_schedule_row_of_a_date_time_and_a_grade_stays_without_a_print() -> None:
    """Guard: a notice's own rows `2024/8/28 8:00    七年级新生报到` (a weak band's shape: a time and a short
    name) in a text showing no print stay where they stand."""
    rows = ["2024/8/28 8:00    七年级新生报到", "2024/8/29 8:00    八年级学生报到"]
    doc = checked("\n".join([*_FULL[:4], *rows, *_FULL[4:]]) + "\n")
    assert all(r.replace(" ", "") in doc.text.replace(" ", "") for r in rows)


def test_guard_a_schedule_row_inside_the_text_stays_though_the_text_was_printed() -> None:
    """Guard: the same row inside a printed notice (sure bands at its pages' edges) stands beside no band and
    at no edge: it stays."""
    row = "2024/8/28 8:00    七年级新生报到"
    lines = ["2024/8/21 09:05    某县教育局", *_FULL[:4], row, *_FULL[4:], _URL + "    1/1"]
    doc = checked("\n".join(lines) + "\n")
    assert "七年级新生报到" in doc.text and "2024/8/28" in doc.text


def test_guard_a_system_name_beside_its_address_stays_in_an_unprinted_notice() -> None:
    """Guard: `网上报名系统    https://…` (the title-and-address shape) in a notice with no other band stays."""
    line = "网上报名系统    " + _URL
    doc = checked("\n".join([*_FULL[:4], line, *_FULL[4:]]) + "\n")
    assert _URL in doc.text and "网上报名系统" in doc.text


# --- A page saved twice: a cut first fetch, a re-broken second copy (rules/cleanup/repeats.py) ---------

_CHROME = ["首页 > 信息公开 > 通知公告", "发布时间：2024-08-20 来源：某县教育局"]


def test_a_first_fetch_cut_inside_a_line_then_fetched_again_leaves_as_the_repeat() -> None:
    """A notice's page saved twice, the first fetch cut off inside its fifth line: the cut copy leaves
    (warned repeat-dropped), the whole one is the notice."""
    first = [*_CHROME, *_FULL[:4], _FULL[4][:12]]
    doc = checked("\n".join([*first, *_CHROME, *_FULL]) + "\n")
    assert "repeat-dropped" in codes(doc)
    assert doc.text.count(_FULL[2]) == 1
    assert [s.marker for s in doc.iter_sections()] == ["一、"]


def test_a_second_copy_with_its_lines_broken_elsewhere_leaves_as_the_repeat() -> None:
    """The same page, then its mobile copy with the lines broken at 16 characters: the copy leaves (warned)."""
    mobile = [piece for line in _FULL for piece in (line[k : k + 16] for k in range(0, len(line), 16))]
    doc = checked("\n".join([*_CHROME, *_FULL, *mobile]) + "\n")
    assert "repeat-dropped" in codes(doc)
    assert doc.text.count("校舍安全排查") == 1


def test_guard_two_paragraphs_opening_alike_in_a_web_copy_both_stay() -> None:
    """Guard: a web copy whose two paragraphs open on the same eight characters and go on differently: no
    repeat, both stay."""
    a = "请各校高度重视开学工作，落实校舍安全排查。"
    b = "请各校高度重视开学工作，做好疫情防控准备。"
    doc = checked("\n".join([*_CHROME, *_FULL[:4], a, b, "请各校", *_FULL[5:]]) + "\n")
    assert a in doc.text and b in doc.text
    assert "repeat-dropped" not in codes(doc)


# --- A 落款 date OCR read with a placeholder for its unread figures (patterns.GARBLED_DATE_LINE) ---------


def test_a_signature_date_whose_month_ocr_left_unread_is_the_signatures_garbled_date() -> None:
    """`2024年□月20日` under the organ: the 落款's date, garbled (no ISO value, warned), the organ still signs."""
    doc = checked("\n".join([*_FULL[:-1], "2024年□月20日"]) + "\n")
    assert doc.signature is not None and doc.signature.issuers == ("某县教育局",)
    assert (doc.signature.date, doc.signature.date_text) == (None, "2024年□月20日")
    assert "date-unparsed" in codes(doc)


def test_guard_a_blank_date_of_a_form_to_fill_in_stays_body_text() -> None:
    """Guard: a notice's own form line `填表日期：2024年  月  日` (blanks, no placeholder) is no 落款 date."""
    doc = checked("\n".join([*_FULL[:5], "填表日期：2024年  月  日", *_FULL[5:]]) + "\n")
    assert doc.signature is not None and doc.signature.date == "2024-08-20"
    assert "填表日期" in doc.text


# --- A page's source saved as text: a head inside one line, the body's scripts and styles (page_source) --


def test_a_page_source_written_on_one_line_leaves_its_head_and_closing_tags() -> None:
    """A notice's page written on one line by a crawler: `<html><head><title>通知公告</title></head><body><p>…`: no
    head word, no `</body>` in the text; the notice read; the tab title said (its Han is in no body line)."""
    body = "".join(f"<p>{line}</p>" for line in _FULL)
    doc = checked(f"<html><head><title>通知公告</title></head><body>{body}</body></html>")
    assert "通知公告" not in doc.text and "</body>" not in doc.text and "<" not in doc.text
    assert doc.header.title == _FULL[0] and list(doc.header.recipients) == ["各中小学校"]
    assert "text-repaired" in codes(doc)


def test_a_page_sources_body_script_and_style_lines_are_no_text() -> None:
    """A notice's page source with a `<script>` block (a counter's code) under the article and a `<style>` block
    over it, one element a line: their lines leave, unsaid (the page's settings); the notice read."""
    lines = ["<html>", "<head>", "<title>" + _FULL[0] + "</title>", "</head>", "<body>", "<style type='text/css'>"]
    lines += ["p{margin:0}", "</style>", *(f"<p>{line}</p>" for line in _FULL), "<script type='text/javascript'>"]
    lines += ["document.write(unescape('%3Cspan id=cnzz%3E'));", "</script>", "</body>", "</html>"]
    doc = checked("\n".join(lines) + "\n")
    assert "document.write" not in doc.text and "margin" not in doc.text
    assert doc.signature is not None and doc.signature.date == "2024-08-20"
    assert "content-unplaced" not in codes(doc)


def test_guard_a_replys_sentence_naming_a_script_tag_and_a_line_opening_with_one_stay_in_plain_text() -> None:
    """Guard: no page root: a reply's sentence `已清除被植入页面的<script>代码。` and a line opening with `<style>`
    (a quoted snippet in an IT office's answer) stay as written."""
    snippet = "<style>p{margin:0}</style>为样式代码示例。"
    lines = [*_REPLY[:4], "已清除被植入页面的<script>代码。", snippet, *_REPLY[4:]]
    doc = checked("\n".join(lines) + "\n")
    assert "<script>代码" in doc.text and "margin" in doc.text


# --- Apps' copies: 微博, 今日头条, WeChat's quoted button, a phone mail's signature, Outlook's style line ------
# (patterns.chrome EDGE_CHROME and CHROME_AT_START rows; rules.cleanup.furniture._weibo_accounts)


def test_a_weibo_posts_account_client_and_counts_lines_leave_a_notices_copy() -> None:
    """A notice posted on 微博 and copied: `某县教育局 V`, `2024-8-21 09:30 来自 微博网页版` over it, `转发 3 评论 1 赞 8`
    under it: none in the text; the notice read."""
    lines = ["某县教育局 V", "2024-8-21 09:30 来自 微博网页版", *_FULL, "转发 3 评论 1 赞 8"]
    doc = checked("\n".join(lines) + "\n")
    assert "微博网页版" not in doc.text and "转发 3" not in doc.text and "局 V" not in doc.text
    assert doc.header.title == _FULL[0]


def test_a_toutiao_byline_and_a_quoted_like_button_leave_a_notices_copy() -> None:
    """`原创2024-08-21 09:30·某县教育` under the headline and `点个“赞”再走吧` under the 落款: the site's."""
    lines = [_FULL[0], "原创2024-08-21 09:30·某县教育", *_FULL[1:], "点个“赞”再走吧"]
    doc = checked("\n".join(lines) + "\n")
    assert "原创" not in doc.text and "再走吧" not in doc.text


def test_a_phone_mails_signature_and_outlooks_style_line_leave_a_mails_text() -> None:
    """A mail's text: `.MsoNormal {margin:0cm;}` (Outlook's kept style rule) first, the notice, `Sent from my iPhone`
    last: neither is the notice's line."""
    lines = [".MsoNormal {margin:0cm;font-size:12pt;}", *_FULL, "", "Sent from my iPhone"]
    doc = checked("\n".join(lines) + "\n")
    assert "MsoNormal" not in doc.text and "iPhone" not in doc.text
    assert doc.signature is not None and doc.signature.date == "2024-08-20"


def test_guard_lines_shaped_like_the_apps_rows_inside_a_notices_running_text_stay() -> None:
    """Guard: inside the running text, `转发 3 评论 1 赞 8` (a log's row) and `p {color:red}` (an IT notice's
    example) are the notice's own lines: they stay."""
    own = ["转发 3 评论 1 赞 8", "p {color:red}"]
    lines = [*_FULL[:5], *own, "请于8月28日前上报排查结果。", *_FULL[5:]]
    doc = checked("\n".join(lines) + "\n")
    assert all(o in doc.text for o in own)


def test_guard_a_sentence_opening_like_a_phone_mails_signature_stays_even_above_the_first_sentence() -> None:
    """Guard: `发自我的内心感谢各位老师的辛勤付出` on a line of its own above the notice's first sentence (where the
    edge rows are chrome) names no phone: it stays."""
    own = "发自我的内心感谢各位老师的辛勤付出"
    doc = checked("\n".join([*_FULL[:4], own, *_FULL[4:]]) + "\n")
    assert own in doc.text


def test_guard_a_tab_table_whose_cells_end_on_stops_stays_rows_review22() -> None:
    """Guard (review22's repro, a new example): a 整改台账 of TAB rows whose 问题描述 and 整改措施 cells end on 。 is
    a table's rows: each row stays one line as written (no row copy of paragraphs: rows of its width stand
    above and below)."""
    head = "序号\t问题描述\t整改措施\t责任单位\t整改时限\t整改情况"
    rows = [
        "1\t集贸市场计量器具未定期检定。\t开展计量器具专项检定。\t县市场监管局\t2024年6月\t已完成。",
        "2\t市场内消防通道被占用。\t清理占道经营并设置隔离栏。\t各乡镇人民政府\t2024年7月\t已完成。",
    ]
    doc = checked("\n".join([*_REPLY[:4], head, *rows, *_REPLY[4:]]) + "\n")
    assert all(r in doc.text for r in rows)


def test_guard_a_page_source_cut_inside_an_unclosed_script_keeps_the_lines_under_it() -> None:
    """Guard: a page source whose `<script>` line opens an element never closed (a truncated save) keeps the
    notice's lines under it: an unclosed element is no run of settings."""
    lines = [
        "<html>",
        "<head>",
        "<title>" + _FULL[0] + "</title>",
        "</head>",
        "<body>",
        "<script type='text/javascript'>",
    ]
    lines += [*(f"<p>{line}</p>" for line in _FULL), "</body>", "</html>"]
    doc = checked("\n".join(lines) + "\n")
    assert doc.signature is not None and doc.signature.date == "2024-08-20"
    assert _FULL[4] in doc.text


def test_guard_a_notices_sites_and_dated_schedule_rows_are_no_print_review22() -> None:
    """Guard (review22's HIGH, a new example): a notice's two query sites with their addresses (the title-and-
    address shape) and two dated schedule rows (the time-and-name shape) are no print: two rows of one shape,
    no foot: all four stay."""
    sites = ["县教育局网站  https://jyj.example.gov.cn/bm", "县政务服务网  https://zwfw.example.gov.cn/bm"]
    rows = ["2024/8/25 9:00  开通网上报名", "2024/8/27 17:00  截止网上报名"]
    lines = [*_FULL[:4], "报名网站：", *sites, "时间安排：", *rows, *_FULL[4:]]
    doc = checked("\n".join(lines) + "\n")
    assert all(x.split("  ")[1] in doc.text for x in sites + rows)


def test_guard_schedule_rows_beside_each_other_stay_in_a_printed_notice() -> None:
    """Guard: in a printed notice (a sure band at each edge), two dated schedule rows beside each other are
    not each other's band: both stay."""
    rows = ["2024/8/25 9:00  开通网上报名", "2024/8/27 17:00  截止网上报名"]
    lines = [
        "2024/8/21 09:05    关于做好秋季开学工作的通知_某县人民政府",
        *_FULL[:4],
        *rows,
        *_FULL[4:],
        _URL + "    1/1",
    ]
    doc = checked("\n".join(lines) + "\n")
    assert "开通网上报名" in doc.text and "截止网上报名" in doc.text


def test_guard_a_one_line_page_holding_a_script_and_a_paragraph_ending_on_one_keep_their_words() -> None:
    """Guard (diffread-B B3, new examples): a one-line page whose body holds a `<script>…</script>` keeps its
    notice, and a paragraph line of a page source with an inline script after its words keeps the words."""
    body = "".join(f"<p>{line}</p>" for line in _FULL)
    doc = checked(f"<html><head><title>通知公告</title></head><body>{body}<script>var a=1;</script></body></html>")
    assert doc.header.title == _FULL[0] and _FULL[4] in doc.text
    lines = ["<html>", "<head>", "<title>" + _FULL[0] + "</title>", "</head>", "<body>"]
    lines += [*(f"<p>{line}</p>" for line in _FULL[:4]), f"<p>{_FULL[4]}</p><script>track();</script>"]
    lines += [*(f"<p>{line}</p>" for line in _FULL[5:]), "</body>", "</html>"]
    doc = checked("\n".join(lines) + "\n")
    assert _FULL[4] in doc.text
