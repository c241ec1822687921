"""Session 17, fixB: the causes of diffread-A's findings on the cleanup, table, trailer and PDF
rules, each with a new example of the cause (not the reviewer's repro text; each fails on main
before its fix) and a guard holding the case the rule was written for.

- dr-A-5: a mailbox page's bare 留言 label over the citizen's message (留言标题：/留言内容：) was read as
  a readers' comment section and dropped without a warning (cleanup.furniture._readers_words).
- dr-A-12: `label：value。` chrome lines of eight characters or more (来源：…。, 责任编辑：…。) were kept
  as sentences (cleanup.furniture._a_sentence).
- dr-A-17: an information table's 发布日期 value with a clock time, one cell a line, was dropped as a
  scraper's bare timestamp because its label has no colon (cleanup.furniture._above_text).
- dr-A-20: a 内部资料 cell repeated in a table's column was dropped as a watermark
  (cleanup.furniture._watermarks).
- dr-A-7: a letter-spaced heading (目  录) over a spaced contents list became a table's head
  (body_tables._spaced_cells).
- dr-A-18: an /ActualText span was given to the whole string pypdf merged from several shows
  (readers.pdf_dropped.recovered_glyphs).
- dr-A-6: any `--` line under the 落款 ended the document as a mail's signature (trailer.after).
"""

from __future__ import annotations

import io

import govdoc
from tests.invariants import check_invariants


def _parsed(text: str) -> govdoc.Document:
    doc = govdoc.parse_text(text)
    check_invariants(doc)
    return doc


# dr-A-5 -------------------------------------------------------------------------------------------


def test_a_mailbox_message_under_a_bare_label_below_the_answer_is_no_comment_section() -> None:
    doc = _parsed(
        "群众您好：\n"
        "您反映的路灯损坏问题已转交维修单位处理，目前已全部修复。感谢您的监督。\n"
        "某镇人民政府\n"
        "2024-06-12\n"
        "留言\n"
        "留言主题：关于某路段路灯不亮的问题\n"
        "留言日期：2024-06-01\n"
        "留言内容：某路段十余盏路灯长期不亮，夜间出行不便。\n"
    )
    assert "留言内容：某路段十余盏路灯长期不亮，夜间出行不便。" in doc.text


def test_readers_comments_under_a_bare_label_below_the_date_still_leave_the_text() -> None:
    doc = _parsed(
        "关于某镇垃圾分类工作情况的通报\n"
        "各村（社区）：\n"
        "今年以来，全镇垃圾分类工作稳步推进，现将有关情况通报如下。\n"
        "某镇人民政府\n"
        "2024年7月2日\n"
        "留言\n"
        "网友乙：希望继续加强宣传。\n"
        "2024-07-05 10:21\n"
        "发表评论\n"
    )
    assert "网友乙" not in doc.text
    assert "发表评论" not in doc.text


# dr-A-12 ------------------------------------------------------------------------------------------


def test_a_chrome_label_with_its_short_value_ending_on_a_stop_is_no_sentence() -> None:
    doc = _parsed(
        "关于做好2024年防汛工作的通知\n"
        "各乡镇人民政府：\n"
        "为切实做好今年防汛工作，现将有关事项通知如下。\n"
        "某县人民政府办公室\n"
        "2024年5月6日\n"
        "信息来源：某县水利局网站。\n"
        "责任编辑：李某某。\n"
    )
    assert "信息来源" not in doc.text
    assert "责任编辑" not in doc.text


def test_a_short_sentence_opening_with_a_chrome_word_still_stays() -> None:
    doc = _parsed(
        "关于加强网站内容管理的通知\n"
        "各部门：\n"
        "为规范政府网站内容发布，现将有关事项通知如下。\n"
        "责任编辑制度已在全县推行。\n"
        "某县人民政府办公室\n"
        "2024年5月6日\n"
    )
    assert "责任编辑制度已在全县推行。" in doc.text


# dr-A-17 ------------------------------------------------------------------------------------------


def test_an_info_table_date_value_with_a_clock_time_under_its_bare_label_is_kept() -> None:
    doc = _parsed(
        "发布机构\n"
        "某县财政局\n"
        "成文日期\n"
        "2024-03-08 09:15:00\n"
        "关于下达2024年乡村振兴补助资金的通知\n"
        "各乡镇人民政府：\n"
        "现将2024年乡村振兴补助资金下达给你们，请按规定使用。\n"
        "某县财政局\n"
        "2024年3月8日\n"
    )
    assert doc.header.metadata.get("成文日期") == "2024-03-08 09:15:00"


def test_a_scrapers_bare_timestamp_under_the_headline_still_leaves_the_text() -> None:
    doc = _parsed(
        "关于下达2024年乡村振兴补助资金的通知\n"
        "2024-03-08 09:15:00\n"
        "各乡镇人民政府：\n"
        "现将2024年乡村振兴补助资金下达给你们，请按规定使用。\n"
        "某县财政局\n"
        "2024年3月8日\n"
    )
    assert "09:15:00" not in doc.text


# dr-A-20 ------------------------------------------------------------------------------------------


def test_a_marking_repeated_in_a_tables_column_one_cell_a_line_is_no_watermark() -> None:
    doc = _parsed(
        "关于内部资料清理情况的报告\n"
        "县委办公室：\n"
        "经清理，我局现有编印资料4种，具体如下：\n"
        "名称\n"
        "类别\n"
        "某县教育简报\n"
        "内部资料\n"
        "某县教育年鉴\n"
        "公开出版物\n"
        "某县教研动态\n"
        "内部资料\n"
        "特此报告。\n"
        "某县教育局\n"
        "2024年6月5日\n"
    )
    assert doc.text.count("内部资料") >= 3  # the title's and both cells


def test_a_watermark_repeated_over_a_texts_pages_still_leaves_the_text() -> None:
    para = "全县各学校认真落实安全责任，开展隐患排查整治，未发生安全事故。\n"
    doc = _parsed(
        "关于2024年学校安全工作情况的报告\n"
        "县人民政府：\n" + para * 3 + "内部资料\n" + para * 3 + "内部资料\n" + para + "特此报告。\n"
        "某县教育局\n"
        "2024年6月5日\n"
    )
    assert "内部资料" not in doc.text


# dr-A-7 -------------------------------------------------------------------------------------------


def test_a_letter_spaced_heading_over_a_spaced_contents_list_is_no_table_head() -> None:
    doc = _parsed(
        "某县2023年度财政决算说明\n"
        "\n"
        "目  次\n"
        "总体情况    1\n"
        "收入决算情况    4\n"
        "支出决算情况    9\n"
        "\n"
        "总体情况\n"
        "2023年全县一般公共预算收入完成18亿元。\n"
    )
    assert "目次" in doc.text
    assert "\t" not in doc.text  # neither the heading nor the entries under it are a table's cells


def test_a_spaced_table_under_a_head_of_words_is_still_a_table() -> None:
    doc = _parsed(
        "关于2023年各校招生情况的通报\n"
        "各学校：\n"
        "现将2023年各校招生情况通报如下：\n"
        "学校    招生人数    班级数\n"
        "县第一中学    1200    24\n"
        "县职业中专    3200    12\n"
        "某县教育局\n"
        "2024年1月5日\n"
    )
    assert "学校\t招生人数\t班级数" in doc.text


# dr-A-6 -------------------------------------------------------------------------------------------


def test_a_double_dash_rule_over_the_imprint_does_not_end_the_document() -> None:
    doc = _parsed(
        "关于召开全县安全生产工作会议的通知\n"
        "各乡镇人民政府：\n"
        "经研究，定于2024年6月10日召开全县安全生产工作会议，请准时参加。\n"
        "某县人民政府办公室\n"
        "2024年6月3日\n"
        "--\n"
        "抄送：县委办公室，县人大常委会办公室。\n"
    )
    assert doc.imprint is not None
    assert doc.imprint.cc == ("县委办公室", "县人大常委会办公室")


def test_a_mails_signature_under_the_dash_line_still_stays_out_of_the_imprint() -> None:
    doc = _parsed(
        "发件人：某县信访局\n"
        "收件人：张某某\n"
        "主题：关于您来信反映问题的答复\n"
        "\n"
        "张某某：\n"
        "您反映的问题已转有关部门办理，处理结果将另行告知。\n"
        "某县信访局\n"
        "2024年6月3日\n"
        "--\n"
        "某县信访局办公室 电话：0571-12345678\n"
    )
    assert doc.contact is None or "12345678" not in doc.contact.text


# dr-A-18 ------------------------------------------------------------------------------------------


def _one_line_pdf(stream: bytes) -> bytes:
    from pypdf import PdfWriter
    from pypdf.generic import DecodedStreamObject, DictionaryObject, NameObject

    w = PdfWriter()
    page = w.add_blank_page(200, 200)
    font = DictionaryObject(
        {
            NameObject("/Type"): NameObject("/Font"),
            NameObject("/Subtype"): NameObject("/Type1"),
            NameObject("/BaseFont"): NameObject("/Helvetica"),
        }
    )
    fonts = DictionaryObject({NameObject("/F1"): w._add_object(font)})
    page[NameObject("/Resources")] = DictionaryObject({NameObject("/Font"): fonts})
    content = DecodedStreamObject()
    content.set_data(stream)
    page[NameObject("/Contents")] = w._add_object(content)
    out = io.BytesIO()
    w.write(out)
    return out.getvalue()


def _recovered(stream: bytes) -> str:
    from govdoc.readers.pdf_dropped import recovered_glyphs

    data = _one_line_pdf(stream)
    strings = recovered_glyphs(data, 0, 200.0, [(5.0, 95.0, 190.0, 115.0, False, "Helvetica")], None)
    return "".join(g.text for string in strings for g in string)


def test_an_actual_text_span_inside_a_string_pypdf_merged_leaves_the_other_shows_their_text() -> None:
    # pypdf flushes the three shows as one string at ET, after the span closed
    said = _recovered(b"BT /F1 12 Tf 10 100 Td (Li ) Tj /Span <</ActualText (Q)>> BDC (xy) Tj EMC ET")
    assert said.startswith("Li")


def test_an_actual_text_span_over_a_string_of_its_own_is_still_read_as_said() -> None:
    said = _recovered(b"BT /F1 12 Tf 10 100 Td /Span <</ActualText (Q)>> BDC (xy) Tj EMC ET")
    assert said == "Q"
