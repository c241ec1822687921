"""Thirty-first round of probes through the readers (session 31): DOCX, PDF, HTML/MHT and OFD files laid out in
ways rounds 4 to 30 did not try (fixtures/format31/, written by fixtures/office/make_format31.py), each beside its
text twin (`*.twin.txt`: the same document as its reader should see it, one line a paragraph). Every expected
value below, and what must NOT reach the text, was written by hand from the document the generator writes, before
the parser ran on it; every good file must also parse to the same header, trailer, sections and paragraphs as its
twin, keep the span invariants and raise no internal error. Bad files must fail with a typed error of a stable
code.

The shapes: DOCX — a WPS reply (`wpsCustomData`, `w:tentative` levels in chineseCountingThousand); title and
落款 lines parted by `w:cr`; a 文号 cut by a bookmark, proofing marks and a permission range, the title in an
internal hyperlink, the 主送 a merge field's result; auto-numbered headings followed by a typed one, 一是 二是 三是
in a paragraph; a 公章 drawn over the date as a ring, an arched WordArt name and a star; 附件 as auto-numbered
paragraphs under a bare `附件：`; a 请示 laid out as one borderless table (版头 row, 文号 and 签发人 cells, body
cell, 落款 cell). PDF (hand-written) — an unembedded STSong-Light under `GBK-EUC-H` without ToUnicode; lines moved
by `TL`, `T*`, `'` and `"`; every line a one-point font scaled by `Tm`; 文号 and 落款 pushed right by a TJ kerning
number; Identity-H over Adobe-GB1 CIDs with a ToUnicode map in `bfrange` arrays; WPS's one `Tj` a character moved
by `Td`. HTML — a WeChat article saved by Chrome as MHTML (quoted-printable cutting characters, `#js_content`
hidden); an IE web archive of a 2006 GB2312 page in base64, its charset only in the MIME part (its bytes GBK: 〇);
an article as plain text in a `white-space:pre-wrap` block. OFD — a 版头 drawn as paths and an electronic
signature; another namespace prefix, an outline and `HScale`; a foreground layer written before the background
and body; figures in a Latin font cutting each line into objects. Bad — a workbook named .docx, an OFD whose page
member is empty, a web archive of a picture only, a .docx of no bytes.

First look (expectations committed before any parse): 14 of 20 good documents whole and 4 of 4 bad files failing
with their codes (18 of 24 files). The misses:
- the 公章 drawn in Word: its arched WordArt name read as a line under the 落款's organ (parser's cause, fixed in
  readers.docx.shapes `set_round`);
- the 请示 laid out as one table: read as a table of data, every field lost (parser's cause, fixed in
  readers.docx.layout_tables);
- the one-point font scaled by `Tm`: every size read as 1, no wrapped line joined (parser's cause, fixed in
  readers.pdf_chars `drawn_sizes`);
- WPS's glyph-by-glyph print: each line cut after its first figures (县科发〔2024, 2024 4 9; parser's cause, fixed in
  readers.pdf_slots and readers.pdf_dropped);
- the WeChat MHTML: my generator folded its Subject header by quoted-printable soft breaks, ending the message's
  head early (my error, corrected in the generator); and, like the pre-wrap page, I wrote warnings [] where the
  page's headline shown again above the title is dropped and said `repeat-dropped`, as the contract has it (my
  expectation's error, corrected with a note).
Each parser's cause is tested on a new example in tests/test_format31_causes.py. After: 20 of 20, 4 of 4.

Batch 2 (`main2`, expectations committed with the files before any parse): first look 3 of 5 whole. The split
content streams read as no text: my generator put the first stream into the /Contents array as a direct object
(my error, corrected). The page saved without its article's frame read its information table and headline right
but said nothing of the missing body (parser's cause: it now names the frame, `pages-without-text`,
readers.html.frames). After: 5 of 5. Both batches: first look 17 of 25 good documents whole (21 of 29 files with
the bad ones); after 25 of 25 and 4 of 4; five parser's causes, all fixed; two expectations of mine wrong, two
generator errors.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

import govdoc
from tests.invariants import check_invariants
from tests.probing import absent, codes, expect_fields, head, items, paragraphs, trailer, tree

HERE = Path(__file__).resolve().parent.parent / "fixtures" / "format31"


def probe(name: str) -> govdoc.Document:
    """A generated file of fixtures/format31 parsed, its invariants held, no internal error."""
    doc = govdoc.parse(HERE / name)
    check_invariants(doc)
    assert "internal-error" not in codes(doc)
    return doc


def same_as_twin(doc: govdoc.Document, name: str) -> None:
    """The file parses to what its text twin parses to: the header (its metadata aside), the trailer, the sections
    and their paragraphs (warnings aside)."""
    twin = govdoc.parse_text((HERE / name).read_text(encoding="utf-8"))

    def view(d: govdoc.Document) -> dict[str, Any]:
        t = trailer(d)
        del t["warnings"]
        return {
            "head": {k: v for k, v in head(d).items() if k != "metadata"},
            "trailer": t,
            "tree": tree(d),
            "preamble": [p.text for p in d.preamble],
            "paragraphs": [paragraphs(s) for s in d.iter_sections()],
        }

    got, want = view(doc), view(twin)
    wrong = {k: {"file": got[k], "twin": want[k]} for k in want if got[k] != want[k]}
    assert not wrong, wrong


def cn(*titles: str) -> list[tuple[int, str, str, str]]:
    """First-level 一、 二、 … sections of these titles."""
    marks = "一二三四五六"
    return [(1, "cn", f"{marks[k]}、", t) for k, t in enumerate(titles)]


NONE_AFTER: dict[str, Any] = {"contact": {}, "imprint": None, "attachments": ()}


# --- DOCX ------------------------------------------------------------------------------------------


def test_a_wps_reply_numbered_by_tentative_levels_in_chinese_counting_thousand() -> None:
    doc = probe("format31-docx-wps-kso.docx")
    expect_fields(
        doc,
        kind="reply",
        issuer="某县交通运输局",
        number=("县交建复〔2024〕21号", "县交建复", 2024, 21),
        title="关于县十九届人大三次会议第0107号建议的答复",
        recipients=("吴海波代表",),
        ref=("人大", "县", 19, 3, "0107", "建议", "关于改善城乡公交站台设施的建议", []),
        preamble=["您提出的《关于改善城乡公交站台设施的建议》收悉。现答复如下："],
        tree=[
            (1, "cn", "一、", "站台建设情况"),
            (2, "cn-paren", "（一）", "新建候车亭"),
            (2, "cn-paren", "（二）", "增设站牌"),
            (1, "cn", "二、", "下一步工作"),
        ],
        closing="感谢您对交通运输工作的关心和支持。",
        signature=(("某县交通运输局",), "2024-08-16", "2024年8月16日"),
        contact={"name": "程丽", "phones": ("0794-7223561",)},
        imprint=None,
        attachments=(),
        last="我局将在年底前完成剩余二十个行政村站台的改造。",
        warnings=[],
    )
    same_as_twin(doc, "format31-docx-wps-kso.twin.txt")


def test_a_notice_whose_title_and_signature_lines_are_parted_by_carriage_return_elements() -> None:
    doc = probe("format31-docx-cr-lines.docx")
    expect_fields(
        doc,
        kind="notice",
        issuer="某市人力资源和社会保障局",
        number=("市人社发〔2024〕58号", "市人社发", 2024, 58),
        title="关于做好2024年度高校毕业生就业见习工作的通知",
        recipients=("各区人力资源和社会保障局", "市直有关单位"),
        preamble=["为促进高校毕业生等青年就业，现将2024年度就业见习工作有关事项通知如下："],
        tree=cn("扩大见习岗位", "落实见习补贴"),
        closing="特此通知。",
        signature=(("某市人力资源和社会保障局",), "2024-04-18", "2024年4月18日"),
        last="见习单位按规定享受见习补贴，补贴标准为当地最低工资标准的百分之八十。",
        warnings=[],
        **NONE_AFTER,
    )
    same_as_twin(doc, "format31-docx-cr-lines.twin.txt")


def test_a_letter_whose_number_is_cut_by_bookmarks_proofing_marks_and_a_permission_range() -> None:
    doc = probe("format31-docx-bookmarked-number.docx")
    letter = "为做好全县重点项目要素保障调度工作，请贵局于6月20日前通过县重点项目调度平台报送2024年重点项目用地报批和供地情况。"
    expect_fields(
        doc,
        kind="letter",
        issuer="某县发展和改革局",
        number=("县发改函〔2024〕12号", "县发改函", 2024, 12),
        title="关于商请提供2024年重点项目用地保障情况的函",
        recipients=("县自然资源局",),
        preamble=[letter],
        tree=[],
        closing="请予支持为盼。",
        signature=(("某县发展和改革局",), "2024-06-07", "2024年6月7日"),
        contact={"name": "邵明", "phones": ("0518-86123457",)},
        imprint=None,
        attachments=(),
        last=letter,
        warnings=[],
    )
    absent(doc, "MERGEFIELD", "_GoBack", "_Toc0001")
    same_as_twin(doc, "format31-docx-bookmarked-number.twin.txt")


def test_a_reply_whose_two_auto_numbered_headings_go_on_with_a_typed_third() -> None:
    doc = probe("format31-docx-mixed-numbering.docx")
    expect_fields(
        doc,
        kind="reply",
        issuer="某市民政局",
        number=("市民提复〔2024〕44号", "市民提复", 2024, 44),
        title="关于市政协十四届三次会议第0321号提案的答复",
        recipients=("林秀英委员",),
        ref=("政协", "市", 14, 3, "0321", "提案", "关于发展社区嵌入式养老服务的提案", []),
        preamble=["您提出的《关于发展社区嵌入式养老服务的提案》收悉。现答复如下："],
        tree=cn("主要做法", "存在问题", "下一步工作"),
        closing="感谢您对民政工作的关心和支持。",
        signature=(("某市民政局",), "2024-07-02", "2024年7月2日"),
        last="我局将加大护理人员培训力度，推动站点连锁化运营。",
        warnings=[],
        **NONE_AFTER,
    )
    first = doc.iter_sections()[0].paragraphs[0]
    assert items(first) == [
        (1, "一是", "建设社区养老服务站，全市已建成一百一十二个"),
        (2, "二是", "推行家庭养老床位，已建设二千三百张"),
        (3, "三是", "开展老年助餐服务，助餐点覆盖所有街道"),
    ]
    same_as_twin(doc, "format31-docx-mixed-numbering.twin.txt")


def test_a_reply_whose_seal_is_drawn_over_the_date_as_a_ring_an_arched_name_and_a_star() -> None:
    doc = probe("format31-docx-seal-shapes.docx")
    expect_fields(
        doc,
        kind="reply",
        issuer="某县教育体育局",
        number=("县教体复〔2024〕15号", "县教体复", 2024, 15),
        title="关于县政协十二届三次会议第0058号提案的答复",
        recipients=("钟明华委员",),
        ref=("政协", "县", 12, 3, "0058", "提案", "关于加强农村学校体育设施建设的提案", []),
        preamble=["您提出的《关于加强农村学校体育设施建设的提案》收悉。现答复如下："],
        tree=cn("建设情况", "下一步工作"),
        closing="感谢您对教育体育工作的关心和支持。",
        signature=(("某县教育体育局",), "2024-06-20", "2024年6月20日"),
        last="我局将把剩余九所学校的运动场建设列入明年计划。",
        warnings=[],
        **NONE_AFTER,
    )
    assert doc.text.count("某县教育体育局") == 2  # the 版头 and the 落款; the seal's arched name is no text
    absent(doc, "★")
    same_as_twin(doc, "format31-docx-seal-shapes.twin.txt")


def test_a_notice_whose_attachments_are_auto_numbered_paragraphs_under_a_bare_label() -> None:
    doc = probe("format31-docx-numbered-attachments.docx")
    expect_fields(
        doc,
        kind="notice",
        issuer="某区卫生健康委员会",
        number=("区卫健发〔2024〕33号", "区卫健发", 2024, 33),
        title="关于开展2024年度基层医疗卫生机构绩效评价的通知",
        recipients=("各社区卫生服务中心", "各街道卫生院"),
        preamble=[
            "为提升基层医疗卫生服务能力，区卫生健康委决定开展2024年度基层医疗卫生机构绩效评价。现将有关事项通知如下："
        ],
        tree=cn("评价范围", "评价方式"),
        closing="特此通知。",
        signature=(("某区卫生健康委员会",), "2024-10-15", "2024年10月15日"),
        contact={},
        imprint=None,
        attachments=("基层医疗卫生机构绩效评价指标", "绩效评价自评报告模板"),
        last="采取机构自评、现场核查和群众满意度调查相结合的方式进行。",
        warnings=[],
    )
    same_as_twin(doc, "format31-docx-numbered-attachments.twin.txt")


def test_a_request_laid_out_as_one_borderless_table_with_number_and_signer_cells() -> None:
    doc = probe("format31-docx-layout-table.docx")
    body = [
        "2024年我县承担高标准农田建设任务二万亩，按规定需县级配套资金六百万元。",
        "为保障项目按期开工，特申请县财政拨付县级配套资金六百万元。",
    ]
    expect_fields(
        doc,
        kind="request",
        issuer="某县农业农村局",
        number=("县农字〔2024〕9号", "县农字", 2024, 9),
        signer="郑国华",
        title="关于申请拨付2024年高标准农田建设县级配套资金的请示",
        recipients=("县人民政府",),
        preamble=body,
        tree=[],
        closing="妥否，请批示。",
        signature=(("某县农业农村局",), "2024-03-26", "2024年3月26日"),
        contact={"name": "江涛", "phones": ("0736-5223108",)},
        imprint=None,
        attachments=(),
        last=body[-1],
        warnings=[],
    )
    same_as_twin(doc, "format31-docx-layout-table.twin.txt")


# --- PDF -------------------------------------------------------------------------------------------


def test_a_2009_notice_in_an_unembedded_font_under_gbk_euc_h_without_tounicode() -> None:
    doc = probe("format31-pdf-gbk-euc.pdf")
    expect_fields(
        doc,
        kind="notice",
        issuer="某县文化广播电视局",
        number=("县文广发〔2009〕17号", "县文广发", 2009, 17),
        title="关于开展2009年农村电影放映工程检查的通知",
        recipients=("各乡镇文化站",),
        preamble=["为确保农村电影放映工程顺利实施，县局决定对各乡镇放映工作进行检查。现将有关事项通知如下："],
        tree=cn("检查内容", "检查时间"),
        closing="特此通知。",
        signature=(("某县文化广播电视局",), "2009-10-12", "二〇〇九年十月十二日"),
        last="2009年10月20日至10月30日。",
        warnings=[],
        **NONE_AFTER,
    )
    same_as_twin(doc, "format31-pdf-gbk-euc.twin.txt")


def test_a_reply_whose_lines_are_moved_to_by_the_leading_operators() -> None:
    doc = probe("format31-pdf-leading-operators.pdf")
    expect_fields(
        doc,
        kind="reply",
        issuer="某区城市管理和综合执法局",
        number=("区城管复〔2024〕27号", "区城管复", 2024, 27),
        title="关于区人大四届三次会议第0093号建议的答复",
        recipients=("顾建新代表",),
        ref=("人大", "区", 4, 3, "0093", "建议", "关于规范共享单车停放秩序的建议", []),
        preamble=["您提出的《关于规范共享单车停放秩序的建议》收悉。现答复如下："],
        tree=cn("工作开展情况", "下一步工作"),
        closing="感谢您对城市管理工作的关心和支持。",
        signature=(("某区城市管理和综合执法局",), "2024-07-25", "2024年7月25日"),
        last="我局将督促运营企业加强调度，推行电子围栏管理。",
        warnings=[],
        **NONE_AFTER,
    )
    assert paragraphs(doc.iter_sections()[0]) == [
        "我局会同交警部门在地铁站周边施划共享单车停放区一百六十处，对乱停乱放车辆及时清理。"
    ]
    same_as_twin(doc, "format31-pdf-leading-operators.twin.txt")


def test_a_notice_whose_every_line_is_a_one_point_font_scaled_by_the_text_matrix() -> None:
    doc = probe("format31-pdf-matrix-size.pdf")
    expect_fields(
        doc,
        kind="notice",
        issuer="某市商务局",
        number=("市商发〔2024〕41号", "市商发", 2024, 41),
        title="关于组织开展2024年“消费促进月”活动的通知",
        recipients=("各区商务主管部门", "各有关企业"),
        preamble=["为进一步激发消费活力，市商务局决定在9月组织开展“消费促进月”活动。现将有关事项通知如下："],
        tree=cn("活动时间", "活动内容"),
        closing="特此通知。",
        signature=(("某市商务局",), "2024-08-22", "2024年8月22日"),
        last="各区要结合本地特色，组织开展汽车、家电、餐饮等促消费活动。",
        warnings=[],
        **NONE_AFTER,
    )
    same_as_twin(doc, "format31-pdf-matrix-size.twin.txt")


def test_a_letter_whose_number_and_signature_are_pushed_into_place_by_a_tj_kerning_number() -> None:
    doc = probe("format31-pdf-kerned-signature.pdf")
    letter = "为核实部分单位住房公积金缴存基数，请贵中心协助提供三十二家单位2023年度社会保险缴费基数。"
    expect_fields(
        doc,
        kind="letter",
        issuer="某市住房公积金管理中心",
        number=("市公积金函〔2024〕6号", "市公积金函", 2024, 6),
        title="关于协助核查住房公积金缴存情况的函",
        recipients=("市社会保险事业管理中心",),
        preamble=[letter],
        tree=[],
        closing="请予支持为盼。",
        signature=(("某市住房公积金管理中心",), "2024-05-13", "2024年5月13日"),
        last=letter,
        warnings=[],
        **NONE_AFTER,
    )
    same_as_twin(doc, "format31-pdf-kerned-signature.twin.txt")


def test_a_reply_in_identity_h_whose_tounicode_map_is_written_in_bfrange_arrays() -> None:
    doc = probe("format31-pdf-identity-ranges.pdf")
    expect_fields(
        doc,
        kind="reply",
        issuer="某县医疗保障局",
        number=("县医保复〔2024〕8号", "县医保复", 2024, 8),
        title="关于县政协九届三次会议第0142号提案的答复",
        recipients=("秦凤兰委员",),
        ref=("政协", "县", 9, 3, "0142", "提案", "关于提高城乡居民门诊报销比例的提案", []),
        preamble=["您提出的《关于提高城乡居民门诊报销比例的提案》收悉。现答复如下："],
        tree=cn("政策落实情况", "下一步打算"),
        closing="感谢您对医疗保障工作的关心和支持。",
        signature=(("某县医疗保障局",), "2024-06-28", "2024年6月28日"),
        last="我局将积极争取上级支持，逐步提高门诊保障水平。",
        warnings=[],
        **NONE_AFTER,
    )
    same_as_twin(doc, "format31-pdf-identity-ranges.twin.txt")


def test_a_notice_printed_by_wps_one_show_a_character_moved_by_td() -> None:
    doc = probe("format31-pdf-wps-chars.pdf")
    expect_fields(
        doc,
        kind="notice",
        issuer="某县科学技术局",
        number=("县科发〔2024〕14号", "县科发", 2024, 14),
        title="关于组织申报2024年度县级科技计划项目的通知",
        recipients=("各乡镇人民政府", "县直有关单位"),
        preamble=["为加快实施创新驱动发展战略，现将2024年度县级科技计划项目申报工作有关事项通知如下："],
        tree=cn("申报范围", "申报时间"),
        closing="特此通知。",
        signature=(("某县科学技术局",), "2024-04-09", "2024年4月9日"),
        contact={"name": "葛磊", "phones": ("0558-2312467",)},
        imprint=None,
        attachments=(),
        last="即日起至2024年5月31日止。",
        warnings=[],
    )
    same_as_twin(doc, "format31-pdf-wps-chars.twin.txt")


# --- HTML and web archives -------------------------------------------------------------------------


def test_a_wechat_article_saved_by_chrome_as_mhtml_with_its_content_hidden_until_script() -> None:
    doc = probe("format31-html-wechat.mht")
    expect_fields(
        doc,
        kind="notice",
        issuer="某县应急管理局",
        number=("县应急发〔2024〕29号", "县应急发", 2024, 29),
        title="关于切实做好汛期地质灾害防范工作的通知",
        recipients=("各乡镇人民政府", "县防指各成员单位"),
        preamble=["近期我县将进入主汛期，为切实做好地质灾害防范工作，现将有关事项通知如下："],
        tree=cn("加强隐患排查", "落实预警响应"),
        closing="特此通知。",
        signature=(("某县应急管理局",), "2024-06-03", "2024年6月3日"),
        last="接到预警信息后，各乡镇要及时组织受威胁群众转移避险。",
        # (first written [], my error: the page's headline shown again above the title is dropped and said, as the
        # contract has it: rules.header_lines `shows_title_again`)
        warnings=["repeat-dropped"],
        **NONE_AFTER,
    )
    absent(doc, "阅读原文", "微信扫一扫", "发表于江西")
    same_as_twin(doc, "format31-html-wechat.twin.txt")


def test_an_ie_web_archive_of_a_2006_page_in_base64_whose_charset_only_the_mime_part_names() -> None:
    doc = probe("format31-html-ie-gb2312.mht")
    expect_fields(
        doc,
        kind="reply",
        issuer="某市水利局",
        number=("市水复〔2006〕19号", "市水复", 2006, 19),
        title="关于市政协十届四次会议第0246号提案的答复",
        recipients=("任志强委员",),
        ref=("政协", "市", 10, 4, "0246", "提案", "关于加快城区防洪堤建设的提案", []),
        preamble=["您提出的《关于加快城区防洪堤建设的提案》收悉。现答复如下："],
        tree=cn("建设进展", "下一步工作"),
        closing="感谢您对水利工作的关心和支持。",
        signature=(("某市水利局",), "2006-07-10", "二〇〇六年七月十日"),
        last="二期工程已列入省水利建设计划，力争2007年开工。",
        warnings=[],
        **NONE_AFTER,
    )
    absent(doc, "打印本页", "版权所有", "政务公开", "建议提案办理")
    same_as_twin(doc, "format31-html-ie-gb2312.twin.txt")


def test_a_page_holding_its_article_as_plain_text_in_a_pre_wrap_block() -> None:
    doc = probe("format31-html-pre-wrap.html")
    expect_fields(
        doc,
        kind="notice",
        issuer="某县司法局",
        number=("县司发〔2024〕16号", "县司发", 2024, 16),
        title="关于开展2024年“法律明白人”培训工作的通知",
        recipients=("各乡镇司法所", "局机关各股室"),
        preamble=["为提升基层依法治理水平，县司法局决定开展2024年“法律明白人”培训工作。现将有关事项通知如下："],
        tree=cn("培训对象", "培训内容"),
        closing="特此通知。",
        signature=(("某县司法局",), "2024-05-06", "2024年5月6日"),
        last="民法典、人民调解法和乡村治理相关法律法规。",
        # (first written [], my error: the page's headline shown again above the title is dropped and said, as the
        # contract has it: rules.header_lines `shows_title_again`)
        warnings=["repeat-dropped"],
        **NONE_AFTER,
    )
    absent(doc, "浏览次数", "网站标识码", "当前位置")
    same_as_twin(doc, "format31-html-pre-wrap.twin.txt")


# --- OFD -------------------------------------------------------------------------------------------


def test_a_signed_ofd_reply_whose_letterhead_is_drawn_as_paths() -> None:
    doc = probe("format31-ofd-signed.ofd")
    expect_fields(
        doc,
        kind="reply",
        issuer=None,  # the 版头 is curves, no text (as formats21's flattened seal: no 发文机关标志 read)
        number=("区市监复〔2024〕31号", "区市监复", 2024, 31),
        title="关于区政协八届三次会议第0175号提案的答复",
        recipients=("冯丽娟委员",),
        ref=("政协", "区", 8, 3, "0175", "提案", "关于加强校园周边食品安全监管的提案", []),
        preamble=["您提出的《关于加强校园周边食品安全监管的提案》收悉。现答复如下："],
        tree=cn("监管开展情况", "下一步工作"),
        closing="感谢您对市场监管工作的关心和支持。",
        signature=(("某区市场监督管理局",), "2024-06-12", "2024年6月12日"),
        last="我局将推行校园周边食品经营户量化分级管理。",
        warnings=["electronic-seal"],
        **NONE_AFTER,
    )
    assert "某某电子签章系统" in doc.warnings[0].message
    absent(doc, "电子公章")
    same_as_twin(doc, "format31-ofd-signed.twin.txt")


def test_an_ofd_reply_under_another_prefix_with_an_outline_and_a_squeezed_title() -> None:
    doc = probe("format31-ofd-outlines.ofd")
    expect_fields(
        doc,
        kind="reply",
        issuer="某市林业局",
        number=("市林复〔2024〕13号", "市林复", 2024, 13),
        title="关于市十六届人大四次会议第0288号建议的答复",
        recipients=("田卫东代表",),
        ref=("人大", "市", 16, 4, "0288", "建议", "关于加强城郊森林公园建设的建议", []),
        preamble=["您提出的《关于加强城郊森林公园建设的建议》收悉。现答复如下："],
        tree=cn("建设现状", "下一步工作"),
        closing="感谢您对林业工作的关心和支持。",
        signature=(("某市林业局",), "2024-07-18", "2024年7月18日"),
        last="我局将推进森林步道和游客服务设施建设。",
        warnings=[],
        **NONE_AFTER,
    )
    absent(doc, "答复正文")
    same_as_twin(doc, "format31-ofd-outlines.twin.txt")


def test_an_ofd_notice_whose_foreground_layer_is_written_before_its_background_and_body() -> None:
    doc = probe("format31-ofd-layers.ofd")
    expect_fields(
        doc,
        kind="notice",
        issuer="某县自然资源局",
        number=("县自然资发〔2024〕38号", "县自然资发", 2024, 38),
        title="关于做好2024年度耕地保护督察整改工作的通知",
        recipients=("各乡镇人民政府", "局属各单位"),
        preamble=["为落实耕地保护督察反馈意见，现将整改工作有关事项通知如下："],
        tree=cn("明确整改任务", "严格整改验收"),
        closing="特此通知。",
        signature=(("某县自然资源局",), "2024-09-10", "2024年9月10日"),
        last="整改完成后，由县自然资源局组织现场核查验收。",
        warnings=[],
        **NONE_AFTER,
    )
    same_as_twin(doc, "format31-ofd-layers.twin.txt")


def test_an_ofd_reply_whose_figures_are_set_in_a_latin_font_cutting_each_line_into_objects() -> None:
    doc = probe("format31-ofd-latin-figures.ofd")
    expect_fields(
        doc,
        kind="reply",
        issuer="某区卫生健康局",
        number=("区卫健复〔2024〕26号", "区卫健复", 2024, 26),
        title="关于区人大三届五次会议第0061号建议的答复",
        recipients=("彭红霞代表",),
        ref=("人大", "区", 3, 5, "0061", "建议", "关于增加社区卫生服务中心夜间门诊的建议", []),
        preamble=["您提出的《关于增加社区卫生服务中心夜间门诊的建议》收悉。现答复如下："],
        tree=cn("开展情况", "下一步工作"),
        closing="感谢您对卫生健康工作的关心和支持。",
        signature=(("某区卫生健康局",), "2024-07-30", "2024年7月30日"),
        last="我局将在2025年底前实现夜间门诊全覆盖。",
        warnings=[],
        **NONE_AFTER,
    )
    assert paragraphs(doc.iter_sections()[0]) == ["全区已有7家社区卫生服务中心开设夜间门诊，服务时间延长至20时。"]
    same_as_twin(doc, "format31-ofd-latin-figures.twin.txt")


# --- bad files -------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("name", "code"),
    [
        ("format31-bad-docx-workbook.docx", "unsupported-format"),
        ("format31-bad-ofd-empty-page.ofd", "corrupt-file"),
        ("format31-bad-mht-picture.mht", "unsupported-format"),
        ("format31-bad-docx-empty.docx", "empty-document"),
    ],
)
def test_a_bad_file_fails_with_its_typed_error(name: str, code: str) -> None:
    with pytest.raises(govdoc.GovDocError) as caught:
        govdoc.parse(HERE / name)
    assert caught.value.code == code


# --- batch 2 ---------------------------------------------------------------------------------------


def test_a_disclosure_page_saved_without_the_frame_holding_its_article() -> None:
    doc = probe("format31-html-unsaved-frame.html")
    expect_fields(
        doc,
        kind="reply",
        issuer="某县卫生健康局",  # the information table's 发布机构 (rules.head.issuer `from_information_table`)
        number=("县卫健复〔2024〕11号", "县卫健复", 2024, 11),
        title="关于县政协十届三次会议第0057号提案的答复",
        recipients=(),
        metadata={
            "索引号": "11522601MB0987654Y/2024-00057",
            "发布机构": "某县卫生健康局",
            "文号": "县卫健复〔2024〕11号",
            "发布日期": "2024-07-09",
            "主题分类": "卫生健康",
        },
        preamble=[],
        tree=[],
        closing=None,
        signature=None,
        **NONE_AFTER,
    )
    absent(doc, "主办", "技术支持", "当前位置", "互动交流")
    # the article is a frame's file the save does not hold: said, naming it
    assert any("c_0057.html" in w.message for w in doc.warnings if w.code == "pages-without-text")


def test_a_reply_saved_by_word_as_a_single_file_web_page() -> None:
    doc = probe("format31-html-word.mht")
    expect_fields(
        doc,
        kind="reply",
        issuer="某区文化和旅游局",
        number=("区文旅复〔2024〕22号", "区文旅复", 2024, 22),
        title="关于区人大六届四次会议第0135号建议的答复",
        recipients=("陆海燕代表",),
        ref=("人大", "区", 6, 4, "0135", "建议", "关于加强社区文化活动中心建设的建议", []),
        preamble=["您提出的《关于加强社区文化活动中心建设的建议》收悉。现答复如下："],
        tree=cn("建设现状", "下一步工作"),
        closing="感谢您对文化和旅游工作的关心和支持。",
        signature=(("某区文化和旅游局",), "2024-06-26", "2024年6月26日"),
        last="我局将推动社区文化活动中心延时开放，丰富夜间文化活动。",
        warnings=[],
        **NONE_AFTER,
    )
    absent(doc, "Single File Web Page", "办公室", "filelist")
    same_as_twin(doc, "format31-html-word.twin.txt")


def test_a_reply_whose_headings_run_in_by_hidden_paragraph_marks() -> None:
    doc = probe("format31-docx-run-in-marks.docx")
    expect_fields(
        doc,
        kind="reply",
        issuer="某县人力资源和社会保障局",
        number=("县人社复〔2024〕18号", "县人社复", 2024, 18),
        title="关于县十八届人大四次会议第0091号建议的答复",
        recipients=("卢文斌代表",),
        ref=("人大", "县", 18, 4, "0091", "建议", "关于加强农民工工资支付保障的建议", []),
        preamble=["您提出的《关于加强农民工工资支付保障的建议》收悉。现答复如下："],
        tree=cn("办理情况", "下一步工作"),
        closing="感谢您对人力资源和社会保障工作的关心和支持。",
        signature=(("某县人力资源和社会保障局",), "2024-08-05", "2024年8月5日"),
        last="我局将全面推行农民工工资专用账户管理制度。",
        warnings=[],
        **NONE_AFTER,
    )
    assert paragraphs(doc.iter_sections()[0]) == [
        "今年以来，我局共受理欠薪投诉一百零三件，为农民工追回工资三百二十万元。"
    ]
    same_as_twin(doc, "format31-docx-run-in-marks.twin.txt")


def test_an_ofd_reply_naming_an_undeclared_font_and_writing_marks_as_character_references() -> None:
    doc = probe("format31-ofd-undeclared-font.ofd")
    expect_fields(
        doc,
        kind="reply",
        issuer="某县住房和城乡建设局",
        number=("县建复〔2024〕29号", "县建复", 2024, 29),
        title="关于县政协十一届四次会议第0118号提案的答复",
        recipients=("邱建军委员",),
        ref=("政协", "县", 11, 4, "0118", "提案", "关于加快老旧小区改造的提案", []),
        preamble=["您提出的《关于加快老旧小区改造的提案》收悉。现答复如下："],
        tree=cn("改造进展", "下一步工作"),
        closing="感谢您对住房和城乡建设工作的关心和支持。",
        signature=(("某县住房和城乡建设局",), "2024-07-11", "2024年7月11日"),
        last="我局将统筹推进水电气管网和加装电梯等改造内容。",
        warnings=[],
        **NONE_AFTER,
    )
    same_as_twin(doc, "format31-ofd-undeclared-font.twin.txt")


def test_a_notice_whose_content_is_two_streams_cut_inside_a_text_object_under_a_spot_red_letterhead() -> None:
    doc = probe("format31-pdf-split-contents.pdf")
    expect_fields(
        doc,
        kind="notice",
        issuer="某县市场监督管理局",
        number=("县市监发〔2024〕47号", "县市监发", 2024, 47),
        title="关于开展2024年电动自行车质量安全专项检查的通知",
        recipients=("各市场监管所",),
        preamble=["为加强电动自行车产品质量安全监管，县局决定开展专项检查。现将有关事项通知如下："],
        tree=cn("检查对象", "检查重点"),
        closing="特此通知。",
        signature=(("某县市场监督管理局",), "2024-10-08", "2024年10月8日"),
        last="重点检查产品是否取得强制性产品认证，是否存在非法改装行为。",
        warnings=[],
        **NONE_AFTER,
    )
    assert paragraphs(doc.iter_sections()[0]) == ["辖区内电动自行车及其电池、充电器的销售企业。"]
    same_as_twin(doc, "format31-pdf-split-contents.twin.txt")
