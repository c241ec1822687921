"""Three schema 1.10 decisions that were "decided, not emitted yet" or left a wrong value, each tested on a
new hand-written example (failing on main before the fix) with guards beside it.

- Q7: a PDF string only partly inside an /ActualText span, read with the span's text for part of its
  glyphs (readers.pdf_dropped `_partly_said`), was repaired in silence: it is now warned `text-repaired`
  with the kind `actual-text` (span null, the message quoting the string as drawn and as read). Where the
  counts do not add up the glyphs stay as drawn and nothing is warned.
- Q6: a plain-text 简报's 编发 line (`某县人民政府办公室编　　2024年5月6日`) over its articles is its `signature`,
  as 1.9 reads a PDF 简报's 报头; the imprint stays the 报尾's 报/送/发 and 印发 lines. Only with evidence the
  text is a 简报 (a 第N期 line under the title): a line ending in 编 in a reply or a notice signs nothing.
- genre19's question: `签发人：秦某某　尤某某` gave header.signer `秦某某尤某某`. The signers of a joint document
  are kept apart: `header.signers` (schema 1.10), and `signer` the names joined with 、.
"""

from __future__ import annotations

import io
from typing import Any

import govdoc
from tests.invariants import check_invariants

# --- Q7: an /ActualText span over part of a PDF string -------------------------------------------------

FONT = "STSong-Light"
PAGE_H = 841.89


def _pdf_with(line_ops: str) -> govdoc.Document:
    """A one-page reply drawn with reportlab (a CID font the file does not embed, so PDFium leaves a lone
    object's glyphs out and the stream is read), with `line_ops` (a text object; `{font}` its font's
    resource name, `{y}` its baseline) added to the page's content stream."""
    from pypdf import PdfReader, PdfWriter
    from pypdf.generic import DecodedStreamObject, NameObject
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.cidfonts import UnicodeCIDFont
    from reportlab.pdfgen.canvas import Canvas

    pdfmetrics.registerFont(UnicodeCIDFont(FONT))
    out = io.BytesIO()
    c = Canvas(out, pagesize=(595.27, PAGE_H), invariant=True)
    for text, x, top in (
        ("关于市人大代表第0212号建议的答复", 130, 120),
        ("您提出的关于加强社区养老服务的建议收悉。现答复如下：", 112, 200),
        ("我局将会同有关部门继续推进社区养老服务设施建设。", 112, 230),
        ("某市民政局", 380, 280),
        ("2024年7月3日", 372, 310),
    ):
        t = c.beginText()
        t.setFont(FONT, 16)
        t.setTextOrigin(x, PAGE_H - top)
        t.textOut(text)
        c.drawText(t)
    c.showPage()
    c.save()
    writer = PdfWriter()
    writer.add_page(PdfReader(io.BytesIO(out.getvalue())).pages[0])
    page = writer.pages[0]
    font = next(k for k, v in page["/Resources"]["/Font"].items() if "STSong" in str(v.get_object()["/BaseFont"]))
    contents = page.get_contents()
    assert contents is not None
    stream = DecodedStreamObject()
    stream.set_data(contents.get_data() + line_ops.format(font=font, y=f"{PAGE_H - 160:.2f}").encode("ascii"))
    page[NameObject("/Contents")] = writer._add_object(stream)
    final = io.BytesIO()
    writer.write(final)
    doc = govdoc.parse(final.getvalue(), format="pdf")
    check_invariants(doc)
    return doc


def _hex(text: str) -> str:
    return "<" + "".join(f"{ord(ch):04X}" for ch in text) + ">"


def _actual_text_warnings(doc: govdoc.Document) -> list[Any]:
    return [w for w in doc.warnings if w.code == "text-repaired" and w.message.startswith("actual-text:")]


def test_a_string_partly_inside_an_actual_text_span_read_with_its_text_is_warned_text_repaired() -> None:
    # 张, then 垚 (a character the font lacks) drawn as three squeezed 土 in a span, then 代表： — one object
    doc = _pdf_with(
        "\nBT {font} 16 Tf 1 0 0 1 80 {y} Tm "
        + _hex("张")
        + " Tj /Span <</ActualText <FEFF579A>>> BDC 33.3 Tz "
        + " ".join(f"{_hex('土')} Tj" for _ in range(3))
        + " EMC 100 Tz "
        + _hex("代表：")
        + " Tj ET\n"
    )
    assert doc.header.recipients == ("张垚代表",)
    found = _actual_text_warnings(doc)
    assert len(found) == 1
    assert found[0].span is None  # the reader keeps no offset into the text it builds
    assert "「张土土土代表：」" in found[0].message  # as drawn
    assert "「张垚代表：」" in found[0].message  # as read


def test_a_string_whose_kern_space_alone_breaks_the_count_is_read_with_its_span_once() -> None:
    # the span over the object's first glyph, then a wide kern inside a TJ array: pypdf puts a space for
    # the kern, so the string's characters outnumbered its codes and it stayed as drawn, its tail read twice
    # (土先生：生：). Spaces that are no codes (the count adds up without them) are the kern's: the span's
    # place is told, its text read, warned as any such reading (format20; session 19's leftover)
    doc = _pdf_with(
        "\nBT {font} 16 Tf 1 0 0 1 80 {y} Tm /Span <</ActualText <FEFF579A>>> BDC "
        + _hex("土")
        + " Tj EMC ["
        + _hex("先")
        + " -3000 "
        + _hex("生：")
        + "] TJ ET\n"
    )
    assert len(_actual_text_warnings(doc)) == 1
    line = next(line for line in doc.text.split("\n") if "先" in line)
    assert line.replace(" ", "") == "垚先生："
    assert "土" not in doc.text


def test_a_text_object_wholly_inside_an_actual_text_span_is_the_file_s_own_text_and_not_warned() -> None:
    # the whole object in one span: the PDF says what its glyphs are, no judgement of the reader's
    doc = _pdf_with(
        "\nBT {font} 16 Tf 1 0 0 1 80 {y} Tm /Span <</ActualText <FEFF5F204E09FF1A>>> BDC "
        + _hex("弓长三：")
        + " Tj EMC ET\n"
    )
    assert not _actual_text_warnings(doc)


# --- genre19's question: joint signers parted by a space -------------------------------------------------

_JOINT_REQUEST = """某县农业农村局　某县水利局文件
县农发〔2024〕21号　　　　　　签发人：{signers}

某县农业农村局　某县水利局关于申请高标准农田建设补助资金的请示

市农业农村局、市水利局：
我县今年计划新建高标准农田1.2万亩，配套建设灌排渠系42公里，资金缺口较大。特申请补助资金800万元。
妥否，请批示。

某县农业农村局　　　　某县水利局
2024年3月15日
"""


def _joint(signers: str) -> govdoc.Document:
    doc = govdoc.parse_text(_JOINT_REQUEST.format(signers=signers))
    check_invariants(doc)
    return doc


def test_two_signers_parted_by_an_ideographic_space_are_two_signers() -> None:
    doc = _joint("鲁某某　方某某")
    assert doc.header.signers == ("鲁某某", "方某某")
    assert doc.header.signer == "鲁某某　方某某"  # as written: the span slices back to it
    assert "签发人：鲁某某　方某某" in doc.text  # the space stays in the text: no letter-spacing


def test_two_signers_parted_by_a_half_width_space_are_two_signers() -> None:
    doc = _joint("鲁某某 方某")
    assert doc.header.signers == ("鲁某某", "方某")
    assert doc.header.signer == "鲁某某 方某"


def test_two_signers_parted_by_a_dunhao_keep_their_signer_as_written() -> None:
    doc = _joint("鲁某某、方某某")
    assert doc.header.signers == ("鲁某某", "方某某")
    assert doc.header.signer == "鲁某某、方某某"


def test_a_single_signer_is_unchanged_and_alone_in_signers() -> None:
    doc = _joint("鲁某某")
    assert doc.header.signer == "鲁某某"
    assert doc.header.signers == ("鲁某某",)


def test_a_letter_spaced_two_character_name_stays_one_signer() -> None:
    doc = _joint("鲁　某")  # one character a side: letter-spacing, one name
    assert doc.header.signer == "鲁某"
    assert doc.header.signers == ("鲁某",)


def test_a_post_before_the_signer_s_name_is_no_second_signer() -> None:
    doc = _joint("局长　鲁某某")
    assert doc.header.signer == "鲁某某"
    assert doc.header.signers == ("鲁某某",)


def test_a_document_without_a_signer_has_no_signers() -> None:
    doc = govdoc.parse_text(_JOINT_REQUEST.replace("　　　　　　签发人：{signers}", ""))
    assert doc.header.signer is None
    assert doc.header.signers == ()


def test_a_signer_row_going_on_with_a_drafter_keeps_one_signer() -> None:
    # the names do not end the line: no joint signers, the drafter's label ends the name (as before)
    doc = _joint("鲁某某 拟稿人：方某某")
    assert doc.header.signer == "鲁某某"
    assert doc.header.signers == ("鲁某某",)


def test_the_table_row_lists_each_signer() -> None:
    from govdoc.table import row_of

    assert row_of(_joint("鲁某某　方某某"))["signers"] == "鲁某某；方某某"


# --- Q6: a plain-text 简报's 编发 line is its signature -----------------------------------------------------

_BRIEF = """{title}
{serial}
{compiled}

全县启动秋粮收购工作
9月20日，全县秋粮收购工作全面启动，设立收购网点18个，预计收购中晚稻4万吨。

农村人居环境整治取得新进展
今年以来，全县新改建农村户厕1200座，完成村庄清洁行动120个村。

报：市农业农村局
送：县委办公室，县人大常委会办公室
发：各镇人民政府，县直有关单位
某县农业农村局办公室　　　2024年9月23日印发
"""


def _brief(title: str, compiled: str, serial: str = "第7期") -> govdoc.Document:
    doc = govdoc.parse_text(_BRIEF.format(title=title, serial=serial, compiled=compiled))
    check_invariants(doc)
    return doc


def test_the_compiling_line_under_a_brief_s_title_and_issue_is_its_signature() -> None:
    doc = _brief("农业农村工作简报", "某县农业农村局办公室编　　　2024年9月23日")
    assert doc.signature is not None
    assert doc.signature.issuers == ("某县农业农村局办公室",)  # 编 is no part of the organ's name
    assert doc.signature.date == "2024-09-23"
    assert doc.signature.date_text == "2024年9月23日"
    assert doc.imprint is not None and doc.imprint.printed_by == "某县农业农村局办公室"  # the 报尾's 印发 line
    assert not [w for w in doc.warnings if w.code == "field-missing"]
    assert not any("编" in p.text and "2024年9月23日" in p.text for p in doc.preamble)


def test_a_compiling_line_written_bian_yin_signs_an_information_bulletin() -> None:
    doc = _brief("某县农业农村信息", "某县农业农村局办公室编印　2024年9月23日", serial="第15期")
    assert doc.header.title == "某县农业农村信息"  # 信息 is a title only over its issue
    assert doc.header.serial is not None and doc.header.serial.text == "第15期"
    assert doc.signature is not None
    assert doc.signature.issuers == ("某县农业农村局办公室",)
    assert doc.signature.date == "2024-09-23"


def test_a_work_trends_bulletin_is_titled_over_its_issue_and_signed_by_its_compiling_line() -> None:
    doc = _brief("农村工作动态", "某县农业农村局办公室编　2024年9月23日", serial="第3期")
    assert doc.header.title == "农村工作动态"
    assert doc.signature is not None and doc.signature.issuers == ("某县农业农村局办公室",)


def test_a_brief_without_a_compiling_line_still_says_its_signature_is_missing() -> None:
    doc = _brief("农业农村工作简报", "")
    assert doc.signature is None
    assert any(w.code == "field-missing" for w in doc.warnings)


def test_a_line_ending_in_bian_inside_a_reply_signs_nothing() -> None:
    text = """关于市人大代表第0317号建议的答复

李某某代表：
您提出的关于编印农业技术手册的建议收悉。现答复如下：
我局组织编写的《水稻绿色高产技术手册》已于今年出版，现将版本信息摘录如下：
《水稻绿色高产技术手册》由市统计局编　　2024年3月1日
下一步，我局将继续组织农技人员深入田间地头开展技术指导。
感谢您对农业农村工作的关心和支持。

某市农业农村局
2024年6月12日
"""
    doc = govdoc.parse_text(text)
    check_invariants(doc)
    assert doc.signature is not None
    assert doc.signature.issuers == ("某市农业农村局",)
    assert doc.signature.date == "2024-06-12"
    assert "《水稻绿色高产技术手册》由市统计局编" in doc.text  # stays the body's


def test_a_notice_with_a_compiling_line_in_its_body_keeps_its_own_signature() -> None:
    text = """某县教育局关于做好2024年秋季开学工作的通知

各中小学校：
现将有关事项通知如下：
一、做好开学准备。各校要对照《秋季开学工作指南》逐项落实，该指南的版本为：
某县教育局办公室编　2024年8月20日
二、加强安全管理。开学前要完成校舍安全排查。

某县教育局
2024年8月22日
"""
    doc = govdoc.parse_text(text)
    check_invariants(doc)
    assert doc.kind == "notice"
    assert doc.signature is not None
    assert doc.signature.issuers == ("某县教育局",)
    assert doc.signature.date == "2024-08-22"
    assert "某县教育局办公室编" in doc.text  # stays the body's


def test_a_line_ending_in_xinxi_without_an_issue_under_it_is_no_title() -> None:
    doc = govdoc.parse_text("相关信息\n某县召开安全生产工作会议\n会议要求各部门压实责任。\n")
    assert doc.header.title != "相关信息"


def test_an_empty_label_after_the_signer_in_an_information_table_is_no_second_signer() -> None:
    # the space before 签发日期 is a cell's edge (its value empty): a label, not a name
    text = (
        "索引号 11330100/2024-00456 发布机构 某县交通运输局\n签发人：鲁某某 签发日期\n"
        "某县交通运输局关于做好春运工作的通知\n各乡镇交管站：\n请做好春运期间道路运输安全工作。\n某县交通运输局\n2024年1月10日\n"
    )
    doc = govdoc.parse_text(text)
    check_invariants(doc)
    assert doc.header.signer == "鲁某某"
    assert doc.header.signers == ("鲁某某",)


def test_a_compiling_line_closing_a_bulletin_signs_with_the_organ_without_its_bian() -> None:
    text = "农村工作动态\n第9期\n\n全县秋粮收购工作启动\n9月20日，全县设立秋粮收购网点18个。\n某县农业农村局办公室编　2024年9月23日\n"
    doc = govdoc.parse_text(text)
    check_invariants(doc)
    assert doc.signature is not None
    assert doc.signature.issuers == ("某县农业农村局办公室",)  # 1.9 gave 某县农业农村局办公室编
    assert doc.signature.date == "2024-09-23"


def test_a_brief_s_tail_lines_of_one_character_labels_are_its_imprint_s_cc() -> None:
    doc = _brief("农业农村工作简报", "某县农业农村局办公室编　　　2024年9月23日")
    assert doc.imprint is not None
    assert doc.imprint.cc == ("市农业农村局", "县委办公室", "县人大常委会办公室", "各镇人民政府", "县直有关单位")
    assert not [w for w in doc.warnings if w.code == "page-break-joined"]  # the three lines stay apart


def test_a_one_character_label_inside_a_notice_s_body_stays_its_text() -> None:
    text = """某县财政局关于规范公文报送流程的通知

各乡镇财政所：
为规范公文报送，现将有关要求通知如下：
一、上报文件的首页左上角按以下格式标注报送对象：
报：县财政局办公室
二、文件须经单位主要负责人签发后报送。

某县财政局
2024年4月2日
"""
    doc = govdoc.parse_text(text)
    check_invariants(doc)
    assert doc.imprint is None or not doc.imprint.cc
    assert doc.signature is not None and doc.signature.issuers == ("某县财政局",)
    assert "报：县财政局办公室" in doc.text
    assert len(doc.sections) == 2
