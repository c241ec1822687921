"""Causes found by round 18's conversion-path probes (tests/test_probes_18_conv.py), each tested on a
NEW example that fails on the session's start (/work/s18start), with guards that ordinary text that
looks like the tool's mark is untouched: a rule reading a tool's marks first asks whether the text
shows that tool."""

from __future__ import annotations

import govdoc
from tests.probing import checked, codes

_HEAD = "关于县政协十届三次会议第64号提案的答复\n\n戴某委员：\n\n您提出的关于推进农村改厕的提案收悉，现答复如下：\n\n"
_BODY = "一、整治成效\n\n全县完成农村改厕一万二千户。\n\n二、下一步工作\n\n我局将推进改厕后续管护。\n\n"
_END = "特此答复。\n\n某县农业农村局\n\n2024年9月3日\n"


def _sections(doc: govdoc.Document) -> list[tuple[str, str | None, list[str]]]:
    return [(s.marker, s.title, [p.text for p in s.paragraphs]) for s in doc.iter_sections()]


_WANT = [("一、", "整治成效", ["全县完成农村改厕一万二千户。"]), ("二、", "下一步工作", ["我局将推进改厕后续管护。"])]


def _whole(doc: govdoc.Document) -> None:
    """The reply read whole: title, addressee, both sections, 落款."""
    assert doc.header.title == "关于县政协十届三次会议第64号提案的答复"
    assert list(doc.header.recipients) == ["戴某委员"]
    assert _sections(doc) == _WANT
    assert doc.signature is not None and doc.signature.date == "2024-09-03"


# --- a converting library's evaluation banner ------------------------------------------------------


def test_an_evaluation_banner_naming_aspose_or_spire_leaves_whatever_its_length() -> None:
    for top, foot in (
        ("Evaluation Only. Created with Aspose.Cells for .NET.Copyright 2003 - 2024 Aspose Pty Ltd.", ""),
        (
            "Evaluation Warning : The document was created with Spire.Presentation for Java.",
            "Created with an evaluation copy of Aspose.PDF. To discover the full versions of our APIs "
            "please visit: https://products.aspose.com/pdf/ and remove this line from the output.",
        ),
    ):
        doc = checked(top + "\n" + _HEAD + _BODY + _END + foot + "\n")
        _whole(doc)
        assert "Aspose" not in doc.text and "Spire" not in doc.text and codes(doc) == []


def test_a_line_about_an_evaluation_that_names_no_tool_stays() -> None:
    doc = checked(_HEAD + "一、整治成效\n\nEvaluation Only: 第三方评估报告已提交。\n\n" + _END)
    assert "Evaluation Only: 第三方评估报告已提交。" in doc.text


# --- a note app's record of the note ---------------------------------------------------------------


def test_a_note_apps_created_and_tags_lines_leave_at_the_start_or_under_the_title() -> None:
    for source in (
        "Created: 2024/9/4 8:30\nNotebook: 工作\nTags: 农业\n\n" + _HEAD + _BODY + _END,
        _HEAD.replace("\n\n", "\n\nCreated: September 4, 2024 8:30 AM\nLast edited: today\n\n", 1) + _BODY + _END,
    ):
        doc = checked(source)
        _whole(doc)
        assert dict(doc.header.metadata) == {} and "Created" not in doc.text and "Notebook" not in doc.text


def test_a_title_line_above_a_note_apps_run_stays_the_documents() -> None:
    title = _HEAD.split("\n")[0]
    doc = checked(
        f"Title: {title}\nCreated: 2024-09-04 08:30\nSource: https://nyj.example.gov.cn/a.html\n\n"
        + _HEAD
        + _BODY
        + _END
    )
    assert title in doc.text.split("\n")[0] and "Created" not in doc.text


def test_tags_or_keys_without_a_created_date_stay() -> None:
    doc = checked("Tags: 农业\nSource: 县农业农村局\n\n" + _HEAD + _BODY + _END)
    assert "Tags: 农业" in doc.text


# --- unstructured.io's elements --------------------------------------------------------------------


def test_unstructured_category_prefixes_leave_and_its_page_furniture_with_them() -> None:
    lines = (_HEAD + _BODY + _END).split("\n")
    tagged = ["PageNumber: 1", "Header: 某县农业农村局"] + [
        ("ListItem: " if line[:2] in ("一、", "二、") else "NarrativeText: ") + line for line in lines if line
    ]
    doc = checked("\n".join(tagged) + "\nFigureCaption: 图1 改厕现场\n")
    _whole(doc)
    assert not any(c in doc.text for c in ("NarrativeText", "ListItem", "PageNumber", "Header:"))


def test_a_single_category_like_label_in_an_ordinary_text_stays() -> None:
    doc = checked(_HEAD + "一、整治成效\n\nNarrativeText: 叙事文本的分类见附表。\n\n" + _END)
    assert "NarrativeText: 叙事文本的分类见附表。" in doc.text


def test_unstructureds_json_list_of_elements_is_read_element_by_element() -> None:
    lines = [line for line in (_HEAD + _BODY + _END).split("\n") if line]
    items = ", ".join(
        f'{{"type": "NarrativeText", "element_id": "e{i}", "text": "{line}", "metadata": {{"page_number": 1}}}}'
        for i, line in enumerate(lines)
    )
    doc = checked("[" + items + ', {"type": "Footer", "element_id": "f", "text": "第 1 页", "metadata": {}}]')
    _whole(doc)
    assert "element_id" not in doc.text and "第 1 页" not in doc.text


def test_a_json_list_of_records_without_element_ids_is_left_as_it_stands() -> None:
    source = '[{"title": "甲", "text": "一条记录"}, {"title": "乙", "text": "另一条记录"}]'
    assert "一条记录" in checked(source).text and '"title"' in checked(source).text


# --- a converter's page marks ----------------------------------------------------------------------


def test_converters_page_marks_leave_and_end_the_page() -> None:
    cut = "全县完成农村改厕一万二千户，"
    for mark in ("{4}" + "-" * 48, "---Page---", "<!-- page 3 -->"):
        doc = checked(
            _HEAD + "一、整治成效\n\n" + cut + "\n\n" + mark + "\n\n卫生厕所普及率达到百分之九十五。\n\n" + _END
        )
        assert doc.sections[0].paragraphs[0].text == cut + "卫生厕所普及率达到百分之九十五。"
        assert "page-break-joined" in codes(doc) and mark not in doc.text


def test_a_line_opening_with_a_brace_stays() -> None:
    doc = checked(_HEAD + "一、整治成效\n\n{全县}完成改厕一万二千户。\n\n" + _END)
    assert "{全县}完成改厕一万二千户。" in doc.text


# --- reference-style links ---------------------------------------------------------------------------


def test_reference_style_links_keep_their_words_and_lose_their_definitions() -> None:
    doc = checked(
        _HEAD + "一、整治成效\n\n详见[改厕技术导则][guide]和[验收办法][]。\n\n" + _END + "\n"
        "[guide]: https://nyj.example.gov.cn/dz.html\n[验收办法]: <https://nyj.example.gov.cn/ys.html> '办法'\n"
    )
    assert doc.sections[0].paragraphs[0].text == "详见改厕技术导则和验收办法。"
    assert "example" not in doc.text and "content-unplaced" not in codes(doc)


def test_brackets_without_a_definition_and_a_definition_nothing_uses_stay() -> None:
    doc = checked(_HEAD + "一、整治成效\n\n见[附表][2]。\n\n" + _END + "\n[9]: http://nyj.example.gov.cn/a.html\n")
    assert "见[附表][2]。" in doc.text and "[9]: http://nyj.example.gov.cn/a.html" in doc.text


# --- a picture's data URI, LaTeX's other inline math ---------------------------------------------------


def test_a_picture_written_whole_into_a_data_uri_leaves() -> None:
    picture = "![印章](data:image/jpeg;base64," + "/9j/4AAQSkZJRgABAQAAAQABAAD" * 120 + ")"
    doc = checked(_HEAD + _BODY + "特此答复。\n\n" + picture + "\n\n某县农业农村局\n\n2024年9月3日\n")
    _whole(doc)
    assert "base64" not in doc.text and "content-unplaced" not in codes(doc)


def test_latex_paren_math_around_a_figure_keeps_the_figure() -> None:
    doc = checked(_HEAD + "一、整治成效\n\n卫生厕所普及率提高\\(12.5\\%\\)，达到\\( 95 \\)%。\n\n" + _END)
    assert doc.sections[0].paragraphs[0].text == "卫生厕所普及率提高12.5%，达到95%。"


# --- WeChat's own page strings -------------------------------------------------------------------------


def test_wechats_page_strings_and_lone_buttons_under_a_post_leave() -> None:
    doc = checked(_HEAD + _BODY + _END + "微信扫一扫关注该公众号\n点赞\n在看\n继续滑动看下一个\n轻触阅读原文\n")
    _whole(doc)
    assert "content-unplaced" not in codes(doc) and "扫一扫" not in doc.text and "在看" not in doc.text


# --- a chat's sender lines ------------------------------------------------------------------------------


def test_a_chats_sender_lines_leave_where_one_sender_opens_three_or_more() -> None:
    parts = [p for p in (_HEAD + _BODY + _END).split("\n\n") if p]
    wechat = "县农业农村局的聊天记录\n" + "".join(f"农业股老刘 昨天 18:3{i}\n{p}\n" for i, p in enumerate(parts))
    qq = "消息记录（此消息记录为文本格式，不支持重新导入）\n\n消息对象:老刘\n\n" + "".join(
        f"2024-09-04 8:1{i}:00 老刘(10086)\n{p}\n\n" for i, p in enumerate(parts)
    )  # (the export's head: the evidence asked since fixA18, diffread-A A1)
    for source in (wechat, qq):
        doc = checked(source)
        _whole(doc)
        assert "老刘" not in doc.text and "聊天记录" not in doc.text and "content-unplaced" not in codes(doc)
    # QQ's stamped line of a member who wrote once is a sender's too, once the export shows itself
    doc = checked(qq + "2024-09-04 8:20:00 小王(10010)\n好的\n")
    assert "小王" not in doc.text and "好的" in doc.text


def test_an_agenda_whose_half_days_repeat_with_their_times_stays() -> None:
    days = "".join(f"9月{d}日\n上午 9:00\n现场观摩\n下午 14:30\n座谈交流\n" for d in (5, 6, 7))
    doc = checked(_HEAD + "一、整治成效\n\n会议安排如下：\n" + days + "\n" + _END)
    assert doc.text.count("上午 9:00") == 3 and doc.text.count("下午 14:30") == 3


# --- an SMS's parts ---------------------------------------------------------------------------------------


def test_an_smss_part_counts_leave_and_a_part_goes_on_with_the_cut_sentence() -> None:
    source = (
        "(1/2)" + _HEAD.replace("\n\n", "\n") + "一、整治成效\n全县完成农村改厕一万二千户，卫生厕所普及率\n"
        "(2/2)达到百分之九十五。\n二、下一步工作\n我局将推进改厕后续管护。\n" + _END.replace("\n\n", "\n")
    )
    doc = checked(source)
    assert doc.header.title == "关于县政协十届三次会议第64号提案的答复"
    assert doc.sections[0].paragraphs[0].text == "全县完成农村改厕一万二千户，卫生厕所普及率达到百分之九十五。"
    assert "(1/2)" not in doc.text and "(2/2)" not in doc.text and "page-break-joined" in codes(doc)


def test_a_fraction_in_brackets_opening_a_line_without_its_other_parts_stays() -> None:
    doc = checked(_HEAD + "一、整治成效\n\n(1/3)的村已完成改厕。\n\n" + _END)
    assert "(1/3)的村已完成改厕。" in doc.text


# --- Word's field codes -------------------------------------------------------------------------------------


def test_words_field_codes_leave_with_their_results_kept() -> None:
    doc = checked(
        _HEAD + "一、整治成效\n\n"
        '标准见 HYPERLINK "https://nyj.example.gov.cn/bz.pdf" \\o "改厕标准" 农村户厕建设规范。\n\n'
        + _END
        + "第 PAGE  \\* Arabic  \\* MERGEFORMAT 1 页\n"
    )
    assert doc.sections[0].paragraphs[0].text == "标准见农村户厕建设规范。"
    assert "HYPERLINK" not in doc.text and "MERGEFORMAT" not in doc.text and "content-unplaced" not in codes(doc)


# --- a `--` line and a mail ---------------------------------------------------------------------------------


def test_a_double_dash_line_without_any_mail_in_the_text_is_no_signature_delimiter() -> None:
    doc = checked(_HEAD + _BODY + _END + "-- \n联系人：温某\n电话：0571-86001234\n")
    assert doc.contact is not None and doc.contact.name == "温某" and list(doc.contact.phones) == ["0571-86001234"]


def test_a_double_dash_line_under_a_mails_headers_still_ends_the_document() -> None:
    mail = "From: nyj@example.gov.cn\nSubject: 答复\n\n"
    doc = checked(mail + _HEAD + _BODY + _END + "-- \n县农业农村局办公室\n电话：0571-86001234\n")
    assert doc.contact is None and "content-unplaced" in codes(doc)


# --- a contact label alone over its value -----------------------------------------------------------------


def test_a_contact_label_alone_over_its_value_is_read_as_one_labelled_line() -> None:
    doc = checked(_HEAD + _BODY + _END + "\n联系人：\n\n郭某\n\n手机：\n\n13905710001\n")
    assert doc.contact is not None and doc.contact.name == "郭某" and list(doc.contact.phones) == ["13905710001"]
    assert "content-unplaced" not in codes(doc)


def test_a_contact_label_over_a_sentence_takes_no_name_from_it() -> None:
    doc = checked(_HEAD + _BODY + _END + "\n联系人\n请各乡镇于9月10日前报送联系人名单。\n")
    assert doc.contact is None or doc.contact.name is None


# --- Nougat's and Mathpix's marks ----------------------------------------------------------------------------


def test_nougats_missing_page_marks_leave_and_a_failed_page_is_warned() -> None:
    doc = checked(_HEAD + "一、整治成效\n\n全县完成农村改厕一万二千户。\n\n[MISSING_PAGE_POST]\n\n" + _BODY[17:] + _END)
    assert "MISSING_PAGE" not in doc.text and "pages-without-text" in codes(doc)
    blank = checked(_HEAD + _BODY + "[MISSING_PAGE_EMPTY:3]\n\n" + _END)
    assert "MISSING_PAGE" not in blank.text and "pages-without-text" not in codes(blank)


def test_mathpix_sectioning_commands_leave_their_words() -> None:
    source = (_HEAD + _BODY + _END).replace("一、整治成效", "\\section{一、整治成效}")
    doc = checked(source.replace("二、下一步工作", "\\subsubsection*{ 二、下一步工作 }"))
    _whole(doc)
    assert "\\section" not in doc.text and "{" not in doc.text


def test_a_backslash_command_inside_a_sentence_stays() -> None:
    doc = checked(_HEAD + "一、整治成效\n\n路径为 \\section{A} 的文件已归档。\n\n" + _END)
    assert "\\section{A}" in doc.text


# --- a word processor's list exported as text ------------------------------------------------------------------


def test_a_word_processors_bullet_followed_by_a_tab_is_a_bullet() -> None:
    doc = checked(_HEAD + "一、整治成效\n\n•\t完成改厕一万二千户。\n▪\t建成粪污处理站十座。\n\n" + _END)
    assert [p.text for p in doc.sections[0].paragraphs] == ["完成改厕一万二千户。", "建成粪污处理站十座。"]


def test_a_dash_before_a_tab_in_a_spreadsheets_row_stays() -> None:
    doc = checked(_HEAD + "一、整治成效\n\n乡镇\t户数\t完成率\n-\t0\t12%\n\n" + _END)
    assert "-\t0\t12%" in doc.text or "-" in [c for t in doc.tables for r in t.rows for c in r]


def test_a_schedule_under_its_title_with_its_date_weekday_and_times_stays() -> None:
    doc = checked("会议日程\n2024年9月4日 星期三\n9:30\n开幕式\n10:00\n分组讨论\n")
    assert "9:30" in doc.text and "星期三" in doc.text


# --- note apps' stamps, cards and tags ------------------------------------------------------------------------


def test_onenotes_stamp_in_english_under_the_title_leaves() -> None:
    lines = _HEAD.split("\n")
    doc = checked(lines[0] + "\nWednesday, September 4, 2024\n8:30 AM\n" + "\n".join(lines[1:]) + _BODY + _END)
    _whole(doc)
    assert "Wednesday" not in doc.text and "8:30" not in doc.text


def test_a_date_with_its_weekday_under_the_title_without_a_time_line_stays() -> None:
    lines = _HEAD.split("\n")
    doc = checked(lines[0] + "\n2024年9月4日 星期三\n" + "\n".join(lines[1:]) + _BODY + _END)
    assert "2024年9月4日" in doc.text and "星期三" in doc.text


def test_wechats_card_of_a_reprinted_account_leaves() -> None:
    card = "以下文章来源于县农业农村 ，作者县农业农村\n\n县农业农村.\n\n县农业农村局官方账号\n\n"
    doc = checked(_HEAD.split("\n")[0] + "\n" + card + "\n".join(_HEAD.split("\n")[1:]) + _BODY + _END)
    _whole(doc)
    assert "以下文章来源于" not in doc.text and "官方账号" not in doc.text


def test_antiword_formatted_bold_lines_lose_their_stars_and_a_multiplication_stays() -> None:
    source = (
        (_HEAD + _BODY + _END).replace("一、整治成效", "*一、整治成效*").replace("二、下一步工作", "*二、下一步工作*")
    )
    doc = checked(source.replace("全县完成", "实行7*24小时值守，全县完成"))
    assert _sections(doc)[1] == _WANT[1] and "*" not in doc.text.replace("7*24", "")
    assert "7*24小时" in doc.text


def test_a_note_apps_tags_under_the_title_leave_and_a_bodys_hash_numbers_stay() -> None:
    doc = checked("# " + _HEAD.replace("\n\n", "\n#农业 #改厕/2024\n\n", 1) + _BODY + _END)
    _whole(doc)
    assert "农业" not in doc.text.split("\n")[1] and "改厕/2024" not in doc.text
    body = checked(_HEAD + "一、整治成效\n\n#3机组 #4机组\n\n" + _END)
    assert "#3机组 #4机组" in body.text


def test_a_hash_before_an_ascii_character_without_a_space_is_no_heading_mark() -> None:
    doc = checked(_HEAD + "一、整治成效\n\n#2主变检修已完成。\n#A栋外墙完成改造。\n\n" + _END)
    assert "#2主变检修已完成。" in doc.text and "#A栋外墙完成改造。" in doc.text
    heading = checked("#关于县政协十届三次会议第64号提案的答复\n\n" + _HEAD.split("\n", 1)[1] + _BODY + _END)
    assert heading.header.title == "关于县政协十届三次会议第64号提案的答复"
    markdown = checked("# " + _HEAD + _BODY.replace("一、整治成效", "##1.整治成效") + _END)
    assert "#" not in markdown.text  # (a text showing Markdown's headings: its loosely typed one is one too)


def test_a_wiki_pages_byline_leaves() -> None:
    lines = _HEAD.split("\n")
    for byline in ("Created by 刘某, last modified on Sep 04, 2024", "由 刘某创建, 最后修改于 2024-09-04"):
        doc = checked(lines[0] + "\n" + byline + "\n" + "\n".join(lines[1:]) + _BODY + _END)
        _whole(doc)
        assert "刘某" not in doc.text
