"""The general causes behind round-18 damaged and scraped text probe misses
(tests/test_probes_18_noise.py), each shown by a NEW example written for it, not the probe's text:
what the cause is, where it is fixed (a pattern row or a rule), and that the example failed on the
session's start (/work/s18start). The guards beside them hold ordinary text that looks like the
damage to what it was before: a rule that drops a line or a character must not take the text's own."""

from __future__ import annotations

import pytest

import govdoc
from tests.probing import checked, codes, squashed


def _reply(body: str, tail: str = "", head: str = "") -> str:
    """A short reply with `head` lines above it and `tail` lines under its 落款."""
    return (
        f"{head}"
        "关于市政协十三届三次会议第0707号提案的答复\n"
        "乔某委员：\n"
        "您提出的关于完善城市停车管理的提案收悉，现答复如下：\n"
        f"{body}"
        "特此答复。\n"
        "某市公安局交通警察支队\n"
        "2024年8月2日\n"
        f"{tail}"
    )


def _in_text(doc_text: str, line: str) -> bool:
    return squashed(line) in squashed(doc_text)


# --- chrome worded as sentences (patterns.chrome._UNSENTENCED, furniture._a_sentence) -------------


def test_a_scan_prompt_and_neighbour_links_ending_on_a_full_stop_leave_the_text() -> None:
    """Cause (batches 1, 8): a chrome row ending on 。 passed as a sentence by its length (8 characters,
    or 20 after a label), so `扫一扫在手机上查看本页。` and `下一篇：关于…的通知。` stayed in the text,
    unplaced. Such rows are worded as a page's, never a sentence (diffread-A 7 of session 17)."""
    tail = "扫一扫在手机上查看本页。\n上一条：关于开展2024年道路交通安全专项整治的通告。\n下一篇：关于调整部分路段限速标准的公告。\n"
    doc = checked(_reply("全市今年新增公共停车泊位一万二千个。\n", tail))
    for line in tail.splitlines():
        assert not _in_text(doc.text, line), line
    assert codes(doc) == []


def test_a_search_engines_cache_head_and_its_hint_leave_the_text() -> None:
    """Cause (batches 2, 7): Google's cache head (这是 Google 对 … 的缓存。 这是该网页在 … 的快照。), its
    switch row and its Ctrl+F hint were text: no chrome row named them, and they end on 。."""
    head = (
        "这是 Google 对 https://www.example.gov.cn/jtj/art/2024/8/2/art_3_4.html 的缓存。\n"
        "这是该网页在 2024年8月9日 11:03:52 GMT 的快照。\n"
        "完整版本 纯文字版本 查看源代码\n"
        "提示：要在此页面上快速找到您的搜索字词，请按 Ctrl+F。\n"
    )
    doc = checked(_reply("全市今年新增公共停车泊位一万二千个。\n", head=head))
    for line in head.splitlines():
        assert not _in_text(doc.text, line), line
    assert doc.header.title == "关于市政协十三届三次会议第0707号提案的答复" and codes(doc) == []


def test_a_snapshot_disclaimer_and_an_archive_banner_longer_than_a_chrome_row_leave_the_text() -> None:
    """Cause (batch 2): 百度快照's disclaimer and the Wayback Machine's banner hold the page's address
    and run past the length up to which a line was asked whether it is chrome (100 characters), so
    they stayed whatever the vocabulary held; the long lines opening as they can are asked now."""
    head = (
        "The Wayback Machine - https://web.archive.org/web/20231105120000/https://www.example.gov.cn/"
        "col/col1229412/art/2023/art_0f1e2d3c4b5a69788796a5b4c3d2e1f0.html\n"
        "(百度和网页https://www.example.gov.cn/col/col1229412/art/2023/art_0f1e2d3c4b5a69788796a5b4c3d2e1f0.html"
        "的作者无关，不对其内容负责。)\n"
        "5 captures 05 Nov 2023 - 17 Jan 2024\n"
    )
    assert all(len(line) > 100 for line in head.splitlines()[:2])
    doc = checked(_reply("全市今年新增公共停车泊位一万二千个。\n", head=head))
    for line in head.splitlines():
        assert not _in_text(doc.text, line), line
    assert codes(doc) == []


def test_a_reposting_sites_attribution_block_and_copyright_lines_leave_the_text() -> None:
    """Cause (batch 6): the lines a Q&A site, a blog or a sharing site appends to every copy (作者/链接/
    来源 and 著作权归作者所有。…, 版权声明：本文为…, 本文来自网络，如有侵权请联系删除。, 转载请注明来源。, 本文来源：…)
    were text: worded as sentences, or no chrome row named them."""
    tail = (
        "作者：城市治理研究\n"
        "链接：https://www.zhihu.com/question/655443322/answer/3344556677\n"
        "著作权归作者所有。商业转载请联系作者获得授权，非商业转载请注明出处。\n"
        "版权声明：本文系转载文章，版权归原作者所有，如有侵权请联系删除。\n"
        "本文转自网络，仅供学习交流。\n"
        "转载请注明来源。\n"
        "本文来源：某市公安局网站\n"
    )
    doc = checked(_reply("全市今年新增公共停车泊位一万二千个。\n", tail))
    for line in tail.splitlines():
        assert not _in_text(doc.text, line), line
    assert doc.signature is not None and doc.signature.date == "2024-08-02" and codes(doc) == []


def test_toggles_service_menus_scan_captions_badges_and_fax_lines_are_chrome() -> None:
    """Cause (batches 1, 3, 7, 8): rows of the 集约化 county platforms no vocabulary named: the
    视力保护色 and 关怀版 toggles, the 政务服务 menu of 个人办事/法人办事/走进某地, a bare 扫描二维码 caption,
    the IPv6 badge, a sidebar's 相关信息 label, a file row's 下载次数 or 已下载 N 次; and a fax
    machine's transmission line (FROM:… TO:… P.1). (The file box is labelled 附件下载 here: a 相关附件 box over
    files the reply lists nowhere else is the reply's attachment list and stays, diffread-B B6.)"""
    head = "视力保护色：开启 | 关怀版 | 无障碍\nMAR-05-2024 16:20  FROM:某市交警支队  TO:市政协  P.1\n"
    tail = (
        "附件下载：\n"
        "停车泊位分布图.pdf（已下载 7 次）\n"
        "停车泊位统计表.xlsx  下载次数：15\n"
        "扫描二维码\n"
        "相关信息\n"
        "个人办事 | 法人办事 | 便民服务 | 走进某市\n"
        "本站支持IPv6\n"
    )
    doc = checked(_reply("全市今年新增公共停车泊位一万二千个。\n", tail, head))
    for line in (head + tail).splitlines():
        assert not _in_text(doc.text, line), line
    assert list(doc.attachments) == [] and codes(doc) == []


def test_body_sentences_holding_those_words_stay_text() -> None:
    """Guard: sentences of a reply that name a scan, a download count, a copyright, a neighbour and
    IPv6 are its own: they end on 。 after clauses, or a chrome row's words stand inside them."""
    body = (
        "群众扫一扫停车场入口的二维码，即可在手机上查看本页所列收费标准。\n"
        "停车APP上线以来下载次数已超过三十万次。\n"
        "本文件所称停车泊位，是指经批准设置的泊位。\n"
        "上一篇文章所列数据已作更新，市政府网站已支持IPv6访问。\n"
        "如有侵权行为，权利人可依法投诉。\n"
        "作者、出版者的著作权依法受到保护。\n"
    )
    doc = checked(_reply(body))
    for line in body.splitlines():
        assert _in_text(doc.text, line), line
    assert [p.text for p in doc.preamble][1:] == body.splitlines() and codes(doc) == []


# --- OCR's katakana long mark for 一 in markers (fold: ー → -, patterns.structure.OCR_ONE) --------


def test_markers_whose_one_ocr_read_as_the_katakana_long_mark_open_sections() -> None:
    """Cause (batch 3): OCR reads the stroke of 一 as the katakana long mark ー as it reads it as a dash;
    the dash was folded to `-` (a marker `-、`, `（-）` is 一、, （一）), the long mark was not, so `ー、`
    was text and the next 二、 a numbering gap. Half-width ｰ alike."""
    body = "ー、停车设施建设\n（ｰ）新增泊位\n全市新增公共停车泊位一万二千个。\n（二）智慧停车\n建成停车诱导屏八十块。\n二、下一步工作\n我局将推进错时共享停车。\n"
    doc = checked(_reply(body))
    assert [(s.level, s.marker, s.ordinal, s.title) for s in doc.iter_sections()] == [
        (1, "ー、", 1, "停车设施建设"),
        (2, "（ｰ）", 1, "新增泊位"),
        (2, "（二）", 2, "智慧停车"),
        (1, "二、", 2, "下一步工作"),
    ]
    assert codes(doc) == []


def test_a_katakana_word_and_a_long_mark_inside_a_sentence_stay_as_written() -> None:
    """Guard: a long mark inside a sentence (a katakana brand name) is no marker and stays as written."""
    body = "停车场引入了“パーク”智慧管理系统，ー年来运行平稳。\n"
    doc = checked(_reply(body))
    assert "“パーク”智慧管理系统，ー年来运行平稳。" in doc.text and list(doc.sections) == []


# --- `==…==` read as a highlight only in a text that shows Markdown (readers.text._MARKDOWN_SIGN) ---


def test_double_equals_around_words_in_a_plain_text_stay() -> None:
    """Cause (batch 8; session 17's second read): Obsidian's highlight `==…==` was taken off in any
    text, so a plain text's stressed phrase lost its marks (`须==按时上报==，…`)."""
    body = "各停车场须==每月5日前==报送泊位使用数据，==不得迟报==。\n"
    doc = checked(_reply(body))
    assert "须==每月5日前==报送泊位使用数据，==不得迟报==。" in doc.text


def test_double_equals_in_a_text_with_a_markdown_heading_are_a_highlight() -> None:
    """Guard: where the text shows Markdown (a `#` heading) the marks are a highlight's and leave."""
    source = "# " + _reply("全市新增公共停车泊位==一万二千个==。\n")
    doc = checked(source)
    assert "全市新增公共停车泊位一万二千个。" in doc.text and "==" not in doc.text


# --- a member after a half-width stop (patterns.structure.ENUM_MARKER) -----------------------------


def test_members_after_half_width_stops_are_an_enumeration() -> None:
    """Cause (batch 5): in a copy whose every 。 went half-width, 二是 after `平台.` had no sentence end
    before it (the members open after 。;:!?, and the newline), so the enumeration was lost; a `.` after
    a Han character is a stop (patterns.structure.HALF_STOP reads it so for leads)."""
    body = "今年我局做了三项工作.一是增设泊位.新增一万二千个.二是规范收费.查处违规收费四十起.三是智慧引导.建成诱导屏八十块.\n"
    doc = checked(_reply(body))
    items = [(i.marker, i.lead) for p in doc.preamble for i in p.items]
    assert items == [("一是", "增设泊位"), ("二是", "规范收费"), ("三是", "智慧引导")]


def test_a_decimal_before_a_numeral_and_shi_is_no_members_stop() -> None:
    """Guard: `3.一是` after a digit is a decimal's or a list number's dot, not a stop: the member after
    it is no member unless a stop or a clause mark stands before it."""
    body = "收费标准为每小时3.二是指第二档收费，详见公示。\n"
    doc = checked(_reply(body))
    assert [i for p in doc.preamble for i in p.items] == []


# --- quoted proposal titles in 『』 and single quotes (patterns.proposal.QUOTED_TITLE) -------------


def test_a_proposal_title_in_white_corner_brackets_or_single_quotes_is_its_title() -> None:
    """Cause (batch 5): only 《》, “”, "" and 「」 held a proposal's title; a copy that set it in 『』 or
    in single quotes (‘…’, '…') lost it."""
    for left, right in (("『", "』"), ("‘", "’"), ("'", "'")):
        source = _reply("全市新增公共停车泊位一万二千个。\n").replace(
            "您提出的关于完善城市停车管理的提案收悉", f"您提出的{left}关于完善城市停车管理的提案{right}收悉"
        )
        doc = checked(source)
        assert doc.header.responds_to is not None
        assert doc.header.responds_to.title == "关于完善城市停车管理的提案", left


def test_a_single_quoted_phrase_that_no_proposal_word_names_is_no_title() -> None:
    """Guard: a single-quoted slogan in the body (‘停车入位’) is no proposal title."""
    doc = checked(_reply("我局开展‘停车入位、文明出行’宣传活动。\n"))
    r = doc.header.responds_to
    assert r is not None and r.title == "关于完善城市停车管理的提案"


# --- a GBK text whose lines a byte width cut inside characters (readers.text._gb_characters_rejoined)


def test_a_gbk_file_cut_inside_characters_by_a_byte_width_reads() -> None:
    """Cause (batch 4): a fixed-width export cut every line after 40 bytes, inside a two-byte character
    where an odd number of ASCII bytes stood before the cut; no codec read the file
    (`encoding-undetected`). The break inside a character is taken out: the character is whole."""
    line = "今年全市新增公共停车泊位12000个，其中路内泊位3500个，路外泊位8500个。"
    raw = line.encode("gbk")
    assert len(line[:22].encode("gbk")) == 39 and raw[39:41] == "内".encode("gbk")  # 内 at bytes 39–40
    cut = raw[:40] + b"\r\n" + raw[40:]  # the width of 40 bytes cuts 内 in two
    source = _reply("").encode("gbk").replace(b"\xcc\xd8\xb4\xcb", cut + b"\r\n\xcc\xd8\xb4\xcb", 1)
    doc = govdoc.parse(source, format="txt")
    assert doc.source.encoding == "gb18030"
    assert [p.text for p in doc.preamble][-1] == line


def test_a_gbk_file_with_a_byte_damaged_elsewhere_is_still_refused() -> None:
    """Guard: a lead byte before a line break with no trail byte after it is no cut character: such
    bytes are no GB text, and the file stays unread (`encoding-undetected`), as before."""
    source = _reply("全市新增公共停车泊位。\n").encode("gbk").replace("泊位。".encode("gbk"), b"\xb2\r\n\r\n", 1)
    with pytest.raises(govdoc.GovDocError) as caught:
        govdoc.parse(source, format="txt")
    assert caught.value.code == "encoding-undetected"


# --- a line ending on a hyphen between two Han characters goes on (rules.joins._hyphen_wrapped) ------


def test_a_pairs_hyphen_a_wrapper_broke_at_stays_as_written_when_the_lines_join() -> None:
    """Guard (review18 R5): a wrapper that breaks at hyphens leaves a pair's hyphen at the line's end
    (中国- ⏎ 东盟博览会, 杭州- ⏎ 宁波): the lines join (warned), the hyphen stays as written, since no reading
    tells it from a wrap tool's own hyphen (…停车泊- ⏎ 位…)."""
    body = (
        "今年我局积极组织企业参加中国-\n东盟博览会，签约停车设备项目十二个，并推动杭州-\n宁波智慧停车平台互联互通。\n"
    )
    doc = checked(_reply(body))
    assert "今年我局积极组织企业参加中国-东盟博览会，签约停车设备项目十二个，并推动杭州-宁波智慧停车平台互联互通。" in [
        p.text for p in doc.preamble
    ]
    assert "page-break-joined" in codes(doc)


def test_hyphens_between_figures_or_letters_and_before_a_heading_stay() -> None:
    """Guard: a hyphen between figures (2023- ⏎ 2025年) or Latin letters (Wi- ⏎ Fi) is the text's own,
    and one ending a line the next does not carry on (a heading under it) stays where it is."""
    body = "一、工作情况\n按照《停车设施专项规划（2023-\n2025年）》，全市公共停车场已实现Wi-\nFi覆盖，收费标准见市发改委网站-\n二、下一步工作\n我局将推进错时共享停车。\n"
    doc = checked(_reply(body))
    assert "（2023-2025年）" in doc.text and "Wi-Fi" in doc.text and "网站-" in doc.text


def test_a_hyphen_ending_a_line_short_of_a_full_one_is_a_wrap_as_a_comma_is() -> None:
    """Cause (batch 10): in a short copy (no width to read) a line of 23 characters ending on a wrap's
    hyphen with no clause mark was no paragraph's line by its length alone, so it stood apart; the
    hyphen says the line goes on, as a comma at its end would (the hyphen itself stays as written)."""
    body = "全市今年新增公共停车泊位一万二千个和充电-\n桩三千个，停车难问题得到缓解。\n"
    doc = checked(_reply(body))
    assert "全市今年新增公共停车泊位一万二千个和充电-桩三千个，停车难问题得到缓解。" in [p.text for p in doc.preamble]


# --- print bands in the other order (patterns.chrome.PRINTED_PAGE_BAND) ---------------------------


def test_print_bands_with_the_title_before_the_time_and_the_count_before_the_address_leave() -> None:
    """Cause (batch 9): a browser that prints the page's <title> first and the time after a gap
    (`…的答复_某市公安局    2024/8/5 09:12`), and the page count before the address (`第1页 共1页    https://…`,
    `1/1    https://…`): the bands read only the other way round and stayed text."""
    head = "关于市政协十三届三次会议第0707号提案的答复_某市公安局    2024/8/5 09:12\n"
    tail = "第1页 共1页    https://www.example.gov.cn/art/2024/8/2/art_7_7.html\n"
    doc = checked(_reply("全市今年新增公共停车泊位一万二千个。\n", tail, head))
    assert not _in_text(doc.text, "2024/8/5") and not _in_text(doc.text, "https://") and codes(doc) == []
    doc = checked(_reply("全市今年新增公共停车泊位一万二千个。\n", "1/1    https://www.example.gov.cn/a.html\n"))
    assert not _in_text(doc.text, "https://") and codes(doc) == []


def test_a_line_ending_on_a_date_and_time_that_is_no_page_title_stays() -> None:
    """Guard: a line of the text that ends on a date and a time after a gap (a deadline, a schedule's
    row) is no print band: its head is no page's <title> (no site, no document type, no separator)."""
    body = "报名截止时间    2024/8/10 17:00\n现场咨询安排    2024/8/12 09:30\n"
    doc = checked(_reply(body))
    assert "报名截止时间" in doc.text and "2024/8/10 17:00" in doc.text and "2024/8/12 09:30" in doc.text


# --- a grid flattened onto one line with bars (fields.metadata._pipe_cells) ------------------------


def test_an_information_grid_flattened_onto_one_line_with_bars_is_metadata() -> None:
    """Cause (batch 9): a `|` row was read as label cell then value cell (`| 索引号 | 0011 |`), so a
    grid whose cells each hold a label with its value (`索引号：… | 发布机构：… | 文号：…`) gave no pair and
    its line was unplaced text."""
    head = "索引号：11330100MB/2024-00707 | 发布机构：某市公安局 | 成文日期：2024-08-02 | 公开方式：主动公开\n"
    doc = checked(_reply("全市今年新增公共停车泊位一万二千个。\n", head=head))
    assert doc.header.metadata == {
        "索引号": "11330100MB/2024-00707",
        "发布机构": "某市公安局",
        "成文日期": "2024-08-02",
        "公开方式": "主动公开",
    }
    assert doc.header.disclosure == "主动公开" and codes(doc) == []


def test_a_two_column_pipe_table_still_reads_label_then_value() -> None:
    """Guard: a `|` table of label cells and value cells keeps its reading."""
    head = "| 索引号 | 11330100MB/2024-00707 |\n| 发布机构 | 某市公安局 |\n"
    doc = checked(_reply("全市今年新增公共停车泊位一万二千个。\n", head=head))
    assert doc.header.metadata == {"索引号": "11330100MB/2024-00707", "发布机构": "某市公安局"}


def test_a_wrapped_line_and_a_table_head_naming_download_counts_stay() -> None:
    """Guard (review18 R1): a hard-wrapped line that ends on 下载次数 (…累计下载次数 ⏎ 超过…) and a text
    table's head row naming the column (渠道　　下载次数) are the text's: the count is chrome on a file row
    only."""
    body = (
        "一、工作情况\n今年以来，我市停车服务APP功能不断完善，新增车位预约功能，累计下载次数\n"
        "超过八十万次，日均服务车主一万余人次。\n"
        "渠道　　　　下载次数\n"
        "安卓应用市场　　52万\n"
    )
    doc = checked(_reply(body))
    assert "累计下载次数超过八十万次" in doc.text and "渠道" in doc.text and "下载次数" in doc.text.split("超过")[1]


def test_a_link_line_the_text_gives_before_its_signature_stays() -> None:
    """Guard (review18 R1): `链接：https://…` after the text's own `网址如下：`, right above the 落款, is the
    address it gives: the attribution's link line is chrome only beside the attribution's other lines."""
    source = (
        "关于开展停车泊位认领登记的通知\n"
        "各住宅小区物业服务企业：\n"
        "请各企业于8月31日前完成泊位信息登记，登记网址如下：\n"
        "链接：https://tc.example.gov.cn/djxt\n"
        "某市城市管理局\n"
        "2024年8月5日\n"
    )
    doc = checked(source)
    assert "链接：https://tc.example.gov.cn/djxt" in doc.text


def test_paragraphs_opening_with_a_reposting_sites_words_stay() -> None:
    """Guard (review18 R6): a reply's paragraphs that open with the words of a site's formula (著作权归
    作者所有是…, 本文摘自网络的…, 转载请注明出处的要求…, 扫一扫查看本页的…) are the text's: the formulas are
    chrome only as the whole line."""
    body = (
        "著作权归作者所有是我局处理停车标识设计纠纷的基本原则，已督促三家企业整改。\n"
        "本文摘自网络的停车场照片，均已取得权利人书面授权。\n"
        "转载请注明出处的要求已写入市停车信息发布规范。\n"
        "扫一扫查看本页二维码的功能已在停车场入口试点，群众反映良好。\n"
    )
    doc = checked(_reply(body))
    for line in body.splitlines():
        assert _in_text(doc.text, line), line
    assert codes(doc) == []
