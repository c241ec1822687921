"""The general causes behind round 15's conversion-path misses (tests/test_probes_15_conv.py), each
shown by a NEW example (not a probe's text) that fails on the session's start, with guards that
ordinary text like it is left as it was."""

from __future__ import annotations

import govdoc
from tests.probing import checked, codes


def _paragraphs(doc: govdoc.Document) -> list[str]:
    return [p.text for p in doc.preamble] + [p.text for s in doc.iter_sections() for p in s.paragraphs]


_REPLY_HEAD = (
    "关于区政协九届二次会议第106号提案的答复\n邱某委员：\n您提出的关于增设公共自行车站点的提案收悉，现答复如下：\n"
)
_REPLY_END = "特此答复。\n某区交通运输局\n2024年8月2日\n"


# --- a contact label set in 【】 (a WPS/Word template's field) ends at its bracket --------------------


def test_a_contact_label_in_square_brackets_reads_as_its_label_and_colon() -> None:
    doc = checked(_REPLY_HEAD + "今年新增站点三十个。\n" + _REPLY_END + "【经办人】刘某 【手机】13912345678\n")
    assert doc.contact is not None
    assert (doc.contact.name, list(doc.contact.phones)) == ("刘某", ["13912345678"])
    assert "content-unplaced" not in codes(doc)
    assert doc.text.endswith("【经办人】刘某【手机】13912345678")  # the brackets stay in the text as written


def test_a_bracketed_word_that_is_no_contact_label_stays_a_bracket() -> None:
    doc = checked(_REPLY_HEAD + "【工作成效】今年新增站点三十个。\n" + _REPLY_END)
    assert doc.contact is None
    assert "【工作成效】今年新增站点三十个。" in _paragraphs(doc)


# --- an HTML table a Markdown converter wrote raw is a table of the body ------------------------------


def test_html_table_rows_inside_markdown_are_one_table_with_their_cells() -> None:
    source = (
        _REPLY_HEAD
        + "\n今年新增站点如下：\n\n<table>\n<tr><th>街道</th><th>站点（个）</th></tr>\n"
        + "<tr><td>东城街道</td><td>12</td></tr>\n<tr><td>西城街道</td><td>18</td></tr>\n</table>\n\n"
        + _REPLY_END
    )
    doc = checked(source)
    tables = [*doc.tables, *(t for s in doc.iter_sections() for t in s.tables)]
    assert len(tables) == 1
    assert "<td>" not in doc.text and "<th>" not in doc.text
    assert all("东城街道" not in p for p in _paragraphs(doc))
    assert "今年新增站点如下：" in _paragraphs(doc)


def test_a_line_break_tag_in_markdown_still_only_cuts_its_line() -> None:
    doc = checked(_REPLY_HEAD + "今年新增站点三十个。\n" + "特此答复。\n某区交通运输局<br>2024年8月2日\n")
    assert doc.signature is not None and doc.signature.issuers == ("某区交通运输局",)
    assert not doc.tables


# --- a figure a converter wrapped in TeX's inline-math dollars --------------------------------------


def test_figures_wrapped_in_math_dollars_lose_the_dollars() -> None:
    doc = checked(_REPLY_HEAD + "全区共享单车日均骑行量达到$4.2$万人次，同比增长$8\\%$。\n" + _REPLY_END)
    assert "全区共享单车日均骑行量达到4.2万人次，同比增长8%。" in _paragraphs(doc)


def test_a_dollar_sign_of_a_price_stays() -> None:
    doc = checked(_REPLY_HEAD + "单车采购单价为$120，较去年下降$15。\n" + _REPLY_END)
    assert "单车采购单价为$120，较去年下降$15。" in _paragraphs(doc)


# --- a page's end marked without a page number: its running head inside a cut sentence --------------


def test_a_converter_page_break_comment_ends_the_page_and_its_running_head_leaves() -> None:
    source = (
        _REPLY_HEAD
        + "\n今年我局在地铁站周边新增公共自行车站点三十个，\n\n<!-- PageBreak -->\n\n"
        + "某区交通运输局\n\n有效解决了市民出行最后一公里问题。\n\n"
        + _REPLY_END
    )
    doc = checked(source)
    assert "今年我局在地铁站周边新增公共自行车站点三十个，有效解决了市民出行最后一公里问题。" in _paragraphs(doc)
    assert doc.text.count("某区交通运输局") == 1
    assert "page-break-joined" in codes(doc)


def test_a_form_feed_page_whose_first_line_copies_the_title_inside_a_cut_sentence() -> None:
    source = (
        _REPLY_HEAD
        + "今年我局在地铁站周边新增公共自行车站点三十个，\n\f关于区政协九届二次会议第106号提案的答复\n"
        + "有效解决了市民出行最后一公里问题。\n"
        + _REPLY_END
    )
    doc = checked(source)
    assert doc.text.count("关于区政协九届二次会议第106号提案的答复") == 1


def test_an_organ_line_at_a_page_top_after_a_whole_sentence_stays() -> None:
    source = _REPLY_HEAD + "今年新增站点三十个。\n特此答复。\n\f某区交通运输局\n2024年8月2日\n"
    doc = checked(source)
    assert doc.signature is not None and doc.signature.issuers == ("某区交通运输局",)


# --- a text extractor's file metadata above the text -------------------------------------------------


def test_an_extractors_metadata_lines_are_no_text_of_the_document() -> None:
    source = (
        "Content-Type: application/vnd.openxmlformats-officedocument.wordprocessingml.document\n"
        "Last-Author: user\n"
        "meta:word-count: 412\n"
        "\n" + _REPLY_HEAD + "今年新增站点三十个。\n" + _REPLY_END
    )
    doc = checked(source)
    assert "Content-Type" not in doc.text and "word-count" not in doc.text
    assert doc.header.metadata == {}
    assert doc.header.title == "关于区政协九届二次会议第106号提案的答复"


def test_latin_key_lines_without_a_content_type_stay_text() -> None:
    source = "Subject: 提案答复\nFrom: 某区交通运输局\n\n" + _REPLY_HEAD + "今年新增站点三十个。\n" + _REPLY_END
    doc = checked(source)
    assert "Subject" in doc.text


# --- RTF control words a converter left ---------------------------------------------------------------


def test_rtf_control_words_at_line_ends_and_starts_are_no_text() -> None:
    source = "".join(
        line + "\\line\n" if i % 2 else "\\tab " + line + "\\par\n"
        for i, line in enumerate([*_REPLY_HEAD.splitlines(), "今年新增站点三十个。", *_REPLY_END.splitlines()])
    )
    doc = checked(source)
    assert "\\" not in doc.text
    assert doc.header.title == "关于区政协九届二次会议第106号提案的答复"
    assert doc.signature is not None and doc.signature.date == "2024-08-02"


def test_a_backslash_word_in_ordinary_text_stays() -> None:
    doc = checked(_REPLY_HEAD + "资料存放于共享目录D:\\data\\par2024中。\n" + _REPLY_END)
    assert "资料存放于共享目录D:\\data\\par2024中。" in _paragraphs(doc)


# --- tesseract's bar for the digit 1 of a point's number ----------------------------------------------


def test_a_bar_read_for_the_digit_one_opens_the_first_numbered_point() -> None:
    doc = checked(_REPLY_HEAD + "|、增设站点。今年新增站点三十个。\n2、优化调度。高峰时段增派调度车辆。\n" + _REPLY_END)
    got = [(s.marker, s.ordinal, s.title) for s in doc.iter_sections()]
    assert got == [("|、", 1, "增设站点"), ("2、", 2, "优化调度")]
    assert "numbering-gap" not in codes(doc)


def test_a_pipe_table_row_is_still_no_numbered_point() -> None:
    doc = checked(_REPLY_HEAD + "| 街道 | 站点 |\n| --- | --- |\n| 东城 | 12 |\n" + _REPLY_END)
    assert not list(doc.iter_sections())


# --- an empty anchor element before a Markdown heading (marker) ---------------------------------------


def test_an_empty_anchor_before_a_hash_heading_leaves_the_heading_its_marker() -> None:
    source = _REPLY_HEAD + '<a id="sec-1"></a>### 一、增设站点\n今年新增站点三十个。\n' + _REPLY_END
    doc = checked(source)
    assert [(s.marker, s.title) for s in doc.iter_sections()] == [("一、", "增设站点")]
    assert "<a" not in doc.text and "###" not in doc.text


def test_a_span_holding_words_before_a_line_is_only_markup_around_them() -> None:
    source = _REPLY_HEAD + '<span style="color:red">今年新增站点三十个。</span>\n' + _REPLY_END
    doc = checked(source)
    assert "今年新增站点三十个。" in _paragraphs(doc)


# --- a .doc converter's picture placeholder ------------------------------------------------------------


def test_a_doc_converters_picture_placeholder_is_no_text() -> None:
    doc = checked("[image]\n" + _REPLY_HEAD + "今年新增站点三十个。\n特此答复。\n[PIC]\n某区交通运输局\n2024年8月2日\n")
    assert "[image]" not in doc.text and "[PIC]" not in doc.text
    assert doc.closing is not None and doc.closing.text == "特此答复。"


def test_a_bracketed_word_in_a_sentence_is_no_placeholder() -> None:
    doc = checked(_REPLY_HEAD + "详见附图[pic]所示站点分布。\n" + _REPLY_END)
    assert "详见附图[pic]所示站点分布。" in _paragraphs(doc)


# --- pandoc's simple table: a head row over a rule of dashes, one run a column ------------------------


def test_a_simple_table_under_a_rule_of_dashed_columns_is_one_table() -> None:
    source = (
        _REPLY_HEAD
        + "\n站点分布如下：\n\n  街道     站点\n  -------- ------\n  东城     12\n  西城     18\n\n"
        + _REPLY_END
    )
    doc = checked(source)
    tables = [*doc.tables, *(t for s in doc.iter_sections() for t in s.tables)]
    assert len(tables) == 1
    assert "------" not in doc.text
    assert all("东城" not in p for p in _paragraphs(doc))


def test_a_dashed_rule_under_a_sentence_is_no_table_head() -> None:
    source = _REPLY_HEAD + "今年新增站点三十个。\n--- ---\n" + _REPLY_END
    doc = checked(source)
    assert "今年新增站点三十个。" in _paragraphs(doc)
    assert not doc.tables and not [t for s in doc.iter_sections() for t in s.tables]


# --- pandoc's bracketed spans: the words stay, the brackets and attributes go --------------------------


def test_pandoc_bracketed_spans_and_bookmark_anchors_leave_their_words() -> None:
    source = (
        _REPLY_HEAD
        + "## []{#_Toc5550001 .anchor}一、增设站点\n\n今年新增[三十个]{.underline}站点。\n\n"
        + '## []{#_Toc5550002 .anchor}二、优化调度\n\n高峰时段增派[调度车辆]{custom-style="强调" .mark}。\n\n'
        + _REPLY_END
    )
    doc = checked(source)
    assert [(s.marker, s.title) for s in doc.iter_sections()] == [("一、", "增设站点"), ("二、", "优化调度")]
    assert "今年新增三十个站点。" in _paragraphs(doc)
    assert "{" not in doc.text and "_Toc" not in doc.text


def test_braces_after_a_bracket_in_ordinary_text_stay() -> None:
    doc = checked(_REPLY_HEAD + "公式为[A]{B}，其中A为站点数。\n" + _REPLY_END)
    assert "公式为[A]{B}，其中A为站点数。" in _paragraphs(doc)


# --- a spreadsheet cell of several lines, copied out quoted ---------------------------------------------


def test_a_quoted_multi_line_cell_after_its_label_is_the_text_without_its_quotes() -> None:
    source = (
        '建议号\t0042\n办理答复\t"' + _REPLY_HEAD + '今年新增站点三十个。\n特此答复。\n某区交通运输局\n2024年8月2日"\n'
    )
    doc = checked(source)
    assert '"' not in doc.text
    assert doc.header.title == "关于区政协九届二次会议第106号提案的答复"
    assert doc.signature is not None and doc.signature.date == "2024-08-02"


def test_a_quote_after_a_tab_in_one_line_of_text_stays() -> None:
    doc = checked(_REPLY_HEAD + '站点名称\t"东城站"已启用。\n' + _REPLY_END)
    assert '"东城站"已启用。' in doc.text


# --- a nested Markdown ordered list for Word's list levels ----------------------------------------------


def test_an_indented_list_restarting_at_one_under_its_family_is_a_level_below() -> None:
    source = (
        _REPLY_HEAD + "1. 增设站点\n   1. 东城街道新增十二个。\n   2. 西城街道新增十八个。\n2. 优化调度\n" + _REPLY_END
    )
    doc = checked(source)
    got = [(s.level, s.marker) for s in doc.iter_sections()]
    assert got == [(1, "1."), (2, "1."), (2, "2."), (1, "2.")]
    assert "numbering-gap" not in codes(doc)


def test_indented_points_that_go_on_numbering_stay_one_level() -> None:
    source = (
        _REPLY_HEAD
        + "1. 增设站点。今年新增三十个。\n  2. 优化调度。高峰增派车辆。\n  3. 完善设施。新增车棚。\n"
        + _REPLY_END
    )
    doc = checked(source)
    assert [(s.level, s.marker) for s in doc.iter_sections()] == [(1, "1."), (1, "2."), (1, "3.")]


# --- an image a converter names in its place ------------------------------------------------------------


def test_a_converters_named_image_line_is_no_text() -> None:
    source = (
        "----media/image3.jpeg----\n"
        + _REPLY_HEAD
        + "今年新增站点三十个。\n特此答复。\n[cid:image002.jpg@01DB0A11.22C3D4E0]\n某区交通运输局\n2024年8月2日\n"
    )
    doc = checked(source)
    assert "media/" not in doc.text and "cid:" not in doc.text
    assert doc.closing is not None and doc.closing.text == "特此答复。"
    assert "content-unplaced" not in codes(doc)


def test_a_sentence_naming_an_image_file_stays() -> None:
    doc = checked(_REPLY_HEAD + "站点分布图见media/map.png文件。\n" + _REPLY_END)
    assert "站点分布图见media/map.png文件。" in _paragraphs(doc)


# --- a spreadsheet form's row with an empty value ----------------------------------------------------


def test_a_form_row_whose_value_cell_is_empty_is_a_bare_label() -> None:
    source = "建议号\t106\n主题词\t\n" + _REPLY_HEAD + "今年新增站点三十个。\n" + _REPLY_END
    doc = checked(source)
    assert "content-unplaced" not in codes(doc)


def test_a_word_alone_under_a_line_that_is_no_label_row_is_still_content() -> None:
    source = _REPLY_HEAD + "今年新增站点三十个。\n" + _REPLY_END + "督办专栏\n"
    doc = checked(source)
    assert "content-unplaced" in codes(doc)


def test_a_tab_and_a_quoted_phrase_above_a_line_ending_in_a_quoted_phrase_stay_as_written() -> None:
    source = _REPLY_HEAD + '站点名称\t"东城站"已启用。\n今年新增站点三十个。\n市民称之为"家门口的站点"\n' + _REPLY_END
    doc = checked(source)
    assert '站点名称\t"东城站"已启用。' in doc.text or '站点名称"东城站"已启用。' in doc.text
    assert '市民称之为"家门口的站点"' in doc.text


def test_a_short_word_that_is_no_label_under_a_tab_row_is_still_content() -> None:
    """review16 R3: only a known label left alone is a row with an empty value."""
    source = "索引号\t11330100002498-2023-0012\n紧急通知\n" + _REPLY_HEAD + "今年新增站点三十个。\n" + _REPLY_END
    doc = checked(source)
    assert "content-unplaced" in codes(doc)
