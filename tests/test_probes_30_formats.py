"""Thirtieth round of probes through the readers (session 30): DOCX, PDF, HTML and OFD files laid out in ways rounds
4 to 29 did not try (fixtures/format30/, written by fixtures/office/make_format30.py), each beside its text twin
(`*.twin.txt`: the same document as its reader should see it, one line a paragraph). Every expected value below,
and what must NOT reach the text, was written by hand from the document the generator writes, before the parser
ran on it; every good file must also parse to the same header, trailer, sections and paragraphs as its twin (the
format adds nothing and loses nothing), keep the span invariants and raise no internal error. Bad files must fail
with a typed error of a stable code.

The shapes: DOCX — headings numbered by their paragraph style's numPr, sub-headings taking level 2 by their own
numPr and a closing in the heading style switching the list off (numId 0); two list instances of one abstract
list, the second restarting by lvlOverride/startOverride; a 落款 in the right cell of a borderless two-column table
with a footnote and an endnote; a 发文字号 standing only in the page header and a 版记 drawn as a table of full
borders. PDF — a two-line title in a larger font under a 版头 in red ink over a red rule; a Type3 glyph with no
ToUnicode map among the words; a second page drawn upside down and set right by /Rotate 180, folios `- 1 -`.
HTML — a 政府信息公开 detail table above the article; the article inside an `<iframe srcdoc>`; a page laid out by
`<br>` alone; `<font>` soup; a 附件 list of file links; a table in a `<pre>` flush under `如下表：`. OFD — two
pages with a paragraph over the break; a template page holding the 版头; a reader's stamp annotation; a producer
writing points through a CTM. Bad — a .docx whose document part is cut off; an OFD whose OFD.xml is no XML; a PDF
of its header alone.

First look (committed before any parse): 15 of 19 good documents whole and 3 of 3 bad files failing with
`corrupt-file` (18 of 22 files). The misses:
- the sub-headings in the heading style naming their own level (`w:numPr/w:ilvl` 1) were numbered at the style's
  linked level, 二、 三、 for （一） （二） (the tree; parser's cause, fixed in readers.docx.walk);
- the file links under 附件： kept their extensions, `职业技能等级认定报名表.docx`, where I wrote the names without
  them: my expectation's error (the project keeps a listed file's name as written under a 附件 label, extension
  and all, tests/test_probes_23_conv.py; only a 相关附件 box's rows drop it), corrected with a note;
- the table in a `<pre>` under `如下表：` read as three lines, its head glued `乡镇学校数已改造` (1 check; parser's
  cause, fixed in readers.html.walk and rules.body_tables `spaced_rows`);
- the detail page's issuer: I wrote None (no 发文机关标志), the project reads the information table's 发布机构 as
  the issuer (rules.head.issuer `from_information_table`): my expectation's error, corrected with a note.
Each parser's cause (two) is tested on a new example in tests/test_format30_causes.py.
Read right on first look: the restart by startOverride, the 落款 in a borderless table's right cell with a footnote
and an endnote, the 文号 in the page header and the fully ruled 版记, the two-line title under the red 版头, the
Type3 glyph (U+FFFD, `encoding-repaired`), the page turned by /Rotate 180 and the `- 2 -` folios, the iframe's
srcdoc, the `<br>` layout, the `<font>` soup, the OFD's two pages, template 版头, stamp annotation and CTM.
After the fixes: 19 of 19 good documents whole, 3 of 3 bad files right.

Batch 2 (`main2`, expectations committed with the fixtures before any parse; run first from a scratch copy): first
look 2 of 5 whole. Two misses were my generator's errors, not the parser's nor my expectations': the letter-spaced
版头 was written in the page's Helvetica rather than its CID font (read as `gÐ S¿`), and `_ofd_notice` wrote no
line for the `heading` kind (the bottom-up OFD lacked its headings), both corrected in the generator. The third:
- the table typed with `&nbsp;` runs read as lines, its head glued `年度新建（座）改造（座）` (1 check; parser's cause:
  a no-break space was no column gap, and `spaced_rows`' need named text formats only; fixed in
  patterns.structure `SPACED_CELL_GAP` and rules.body_tables, tested on a new example).
After: 5 of 5. In both batches, first look 17 of 24 good documents whole (20 of 27 files with the bad ones);
after: 24 of 24 and 3 of 3; two expectations of mine were wrong (the issuer, the extensions).
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

import govdoc
from tests.invariants import check_invariants
from tests.probing import absent, codes, expect_fields, head, paragraphs, trailer, tree

HERE = Path(__file__).resolve().parent.parent / "fixtures" / "format30"


def probe(name: str) -> govdoc.Document:
    """A generated file of fixtures/format30 parsed, its invariants held, no internal error."""
    doc = govdoc.parse(HERE / name)
    check_invariants(doc)
    assert "internal-error" not in codes(doc)
    return doc


def same_as_twin(doc: govdoc.Document, name: str) -> None:
    """The file parses to what its text twin parses to: the header (its metadata aside), the trailer, the sections
    and their paragraphs (warnings aside: a page break joined or a glyph repaired is the file's own)."""
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


# --- DOCX ------------------------------------------------------------------------------------------


def test_a_reply_whose_heading_style_carries_the_list_and_paragraphs_override_its_level_or_switch_it_off() -> None:
    doc = probe("format30-docx-style-numpr.docx")
    expect_fields(
        doc,
        kind="reply",
        issuer="某区住房和城乡建设局",
        number=("区建复〔2024〕17号", "区建复", 2024, 17),
        title="关于区政协七届三次会议第0136号提案的答复",
        recipients=("孙立群委员",),
        ref=("政协", "区", 7, 3, "0136", "提案", "关于推进老旧小区加装电梯的提案", []),
        preamble=["您提出的《关于推进老旧小区加装电梯的提案》收悉。现答复如下："],
        tree=[
            (1, "cn", "一、", "工作进展"),
            (2, "cn-paren", "（一）", "完善工作机制"),
            (2, "cn-paren", "（二）", "加大资金补助"),
            (1, "cn", "二、", "下一步打算"),
        ],
        closing="感谢您对住房和城乡建设工作的关心和支持。",
        signature=(("某区住房和城乡建设局",), "2024-06-25", "2024年6月25日"),
        contact={},
        imprint=None,
        attachments=(),
        last="我局将简化审批流程，推行加装电梯一站式服务。",
        warnings=[],
    )
    same_as_twin(doc, "format30-docx-style-numpr.twin.txt")


def test_a_notice_whose_second_list_instance_restarts_its_points_by_a_start_override() -> None:
    doc = probe("format30-docx-start-override.docx")
    expect_fields(
        doc,
        kind="notice",
        issuer="某县市场监督管理局",
        number=("县市监发〔2024〕22号", "县市监发", 2024, 22),
        title="关于开展2024年秋季学校食堂食品安全检查的通知",
        recipients=("各市场监管所", "局机关各股室"),
        preamble=["为保障秋季开学师生饮食安全，县局决定开展学校食堂食品安全检查。现将有关事项通知如下："],
        tree=[
            (1, "cn", "一、", "检查内容"),
            (2, "cn-paren", "（一）", "食堂许可证照和从业人员健康证明是否齐全"),
            (2, "cn-paren", "（二）", "食品原料采购查验和索证索票制度是否落实"),
            (1, "cn", "二、", "工作要求"),
            (2, "cn-paren", "（一）", "各所要在9月20日前完成辖区学校食堂全覆盖检查"),
            (2, "cn-paren", "（二）", "发现问题要当场督促整改，重大问题及时报告县局"),
        ],
        closing="特此通知。",
        signature=(("某县市场监督管理局",), "2024-09-02", "2024年9月2日"),
        contact={},
        imprint=None,
        attachments=(),
        # (the last section holds no paragraph of its own: the helper falls back to the preamble's last)
        last="为保障秋季开学师生饮食安全，县局决定开展学校食堂食品安全检查。现将有关事项通知如下：",
        warnings=[],
    )
    same_as_twin(doc, "format30-docx-start-override.twin.txt")


def test_a_letter_signed_in_a_borderless_tables_right_cell_with_a_footnote_and_an_endnote() -> None:
    doc = probe("format30-docx-signature-table-notes.docx")
    letter = (
        "为做好2023年度单位地区生产总值能耗核算工作，全市规模以上工业企业共一千二百零六家。"
        "现商请贵委于3月31日前提供上述企业的能耗数据。"
    )
    expect_fields(
        doc,
        kind="letter",
        issuer="某市统计局",
        number=("市统函〔2024〕15号", "市统函", 2024, 15),
        title="关于商请提供2023年度规模以上工业企业能耗数据的函",
        recipients=("市发展和改革委员会",),
        preamble=[letter],
        tree=[],
        closing="请予支持为盼。",
        signature=(("某市统计局",), "2024-03-12", "2024年3月12日"),
        contact={"name": "邓晓梅", "phones": ("0731-84561234",)},
        imprint=None,
        attachments=(),
        last=letter,
        # the footnote's source line stands below the 落款, in no field of the contract
        warnings=["content-unplaced"],
    )
    assert "数据来源：市统计局一套表联网直报平台。" in doc.text
    same_as_twin(doc, "format30-docx-signature-table-notes.twin.txt")


def test_a_notice_whose_number_stands_only_in_the_page_header_and_whose_imprint_is_a_fully_ruled_table() -> None:
    doc = probe("format30-docx-header-number.docx")
    expect_fields(
        doc,
        kind="notice",
        issuer="某县人民政府办公室",
        number=("县政办发〔2024〕47号", "县政办发", 2024, 47),
        title="关于做好2024年度城乡居民医疗保险集中参保工作的通知",
        recipients=("各乡镇人民政府", "县直有关单位"),
        preamble=["2024年度城乡居民医疗保险集中参保缴费期为2024年9月1日至12月31日。现将有关事项通知如下："],
        tree=[(1, "cn", "一、", "参保范围"), (1, "cn", "二、", "缴费标准")],
        closing="特此通知。",
        signature=(("某县人民政府办公室",), "2024-08-20", "2024年8月20日"),
        contact={},
        imprint=(("县委办公室", "县人大常委会办公室", "县政协办公室"), "某县人民政府办公室", "2024-08-20"),
        attachments=(),
        last="个人缴费标准为每人每年三百八十元。",
        warnings=[],
    )
    assert doc.text.count("县政办发〔2024〕47号") == 1  # the header's line, once
    same_as_twin(doc, "format30-docx-header-number.twin.txt")


# --- PDF -------------------------------------------------------------------------------------------


def test_a_notice_whose_title_runs_over_two_larger_lines_under_a_red_letterhead() -> None:
    doc = probe("format30-pdf-two-line-red.pdf")
    expect_fields(
        doc,
        kind="notice",
        issuer="某县林业局",
        number=("县林发〔2024〕19号", "县林发", 2024, 19),
        title="关于进一步加强全县古树名木保护管理工作的通知",
        recipients=("各乡镇人民政府", "县直有关单位"),
        preamble=["为切实加强古树名木保护，现将有关事项通知如下："],
        tree=[(1, "cn", "一、", "开展资源普查"), (1, "cn", "二、", "落实管护责任")],
        closing="特此通知。",
        signature=(("某县林业局",), "2024-04-03", "2024年4月3日"),
        contact={},
        imprint=None,
        attachments=(),
        last="古树名木所在地的村委会和单位为日常养护责任人。",
        warnings=[],
    )
    same_as_twin(doc, "format30-pdf-two-line-red.twin.txt")


def test_a_reply_with_a_type3_glyph_that_no_tounicode_map_names() -> None:
    doc = probe("format30-pdf-type3.pdf")
    expect_fields(
        doc,
        kind="reply",
        issuer="某市文化广电旅游局",
        number=("市文旅复〔2024〕33号", "市文旅复", 2024, 33),
        title="关于市人大十七届三次会议第0219号建议的答复",
        recipients=("黄志军代表",),
        ref=("人大", "市", 17, 3, "0219", "建议", "关于加强历史文化街区保护的建议", []),
        preamble=["您提出的《关于加强历史文化街区保护的建议》收悉。现答复如下："],
        tree=[(1, "cn", "一、", "保护现状"), (1, "cn", "二、", "下一步工作")],
        closing="感谢您对文化旅游工作的关心和支持。",
        signature=(("某市文化广电旅游局",), "2024-07-15", "2024年7月15日"),
        contact={},
        imprint=None,
        attachments=(),
        last="我局将会同市自然资源和规划局推进剩余一片街区的规划编制。",
        warnings=["encoding-repaired"],
    )
    assert paragraphs(doc.iter_sections()[0]) == ["全市已公布历史文化街区六片，编制完成保护规划五片。\ufffd"]
    same_as_twin(doc, "format30-pdf-type3.twin.txt")


def test_a_notice_whose_second_page_is_drawn_upside_down_and_turned_by_rotate_180_with_hyphen_folios() -> None:
    doc = probe("format30-pdf-rotated-back.pdf")
    expect_fields(
        doc,
        kind="notice",
        issuer="某区教育局",
        number=("区教发〔2024〕61号", "区教发", 2024, 61),
        title="关于做好2024年中小学校冬季安全工作的通知",
        recipients=("各中小学校", "各幼儿园"),
        preamble=["冬季是火灾、煤气中毒和交通事故的易发期。为确保师生安全，现将有关事项通知如下："],
        tree=[
            (1, "cn", "一、", "加强消防安全管理"),
            (1, "cn", "二、", "做好防寒防冻工作"),
            (1, "cn", "三、", "强化交通安全教育"),
        ],
        closing="特此通知。",
        signature=(("某区教育局",), "2024-11-20", "2024年11月20日"),
        contact={},
        imprint=None,
        attachments=(),
        last="各校要利用班会开展交通安全教育，严禁学生乘坐无牌无证车辆。",
        warnings=[],
    )
    absent(doc, "-1-", "-2-")
    same_as_twin(doc, "format30-pdf-rotated-back.twin.txt")


# --- HTML ------------------------------------------------------------------------------------------


def test_a_disclosure_detail_page_whose_information_table_stands_above_the_article() -> None:
    doc = probe("format30-html-xxgk-detail.html")
    expect_fields(
        doc,
        kind="reply",
        # (first written None, from the contract's 发文机关标志: my error; the project reads the organ of a portal's
        # information table as the issuer, its 发布机构 among the labels: rules.head.issuer `from_information_table`)
        issuer="某县交通运输局",
        number=("县交提复〔2024〕9号", "县交提复", 2024, 9),
        title="关于县政协十一届四次会议第0089号提案的答复",
        recipients=("刘海燕委员",),
        metadata={
            "索引号": "11522623MB1234567X/2024-00089",
            "发布机构": "某县交通运输局",
            "生成日期": "2024-06-13",
            "文号": "县交提复〔2024〕9号",
            "主题分类": "交通运输",
            "公开方式": "主动公开",
        },
        disclosure="主动公开",
        ref=("政协", "县", 11, 4, "0089", "提案", "关于加快农村寄递物流体系建设的提案", []),
        preamble=["您提出的《关于加快农村寄递物流体系建设的提案》收悉。现答复如下："],
        tree=[(1, "cn", "一、", "建设情况"), (1, "cn", "二、", "下一步工作")],
        closing="感谢您对交通运输工作的关心和支持。",
        signature=(("某县交通运输局",), "2024-06-12", "2024年6月12日"),
        contact={"name": "蒋涛", "phones": ("0855-3221456",)},
        imprint=None,
        attachments=(),
        last="我局将推动快递进村全覆盖，降低农村寄递成本。",
        warnings=[],
    )
    absent(doc, "首页", "技术支持", "互动交流")
    same_as_twin(doc, "format30-html-xxgk-detail.twin.txt")


def test_a_page_whose_article_stands_inside_an_iframes_srcdoc() -> None:
    doc = probe("format30-html-iframe.html")
    expect_fields(
        doc,
        kind="notice",
        issuer="某镇人民政府",
        number=("镇政发〔2024〕8号", "镇政发", 2024, 8),
        title="关于做好2024年秋冬季秸秆禁烧工作的通知",
        recipients=("各村（居）民委员会",),
        preamble=["为改善空气质量，现将秋冬季秸秆禁烧工作有关事项通知如下："],
        tree=[(1, "cn", "一、", "禁烧范围"), (1, "cn", "二、", "工作措施")],
        closing="特此通知。",
        signature=(("某镇人民政府",), "2024-10-09", "2024年10月9日"),
        contact={},
        imprint=None,
        attachments=(),
        last="各村要划分网格，落实专人巡查，发现火情及时处置。",
        warnings=[],
    )
    absent(doc, "首页", "技术支持")
    same_as_twin(doc, "format30-html-iframe.twin.txt")


def test_a_page_laid_out_by_br_alone_in_one_table_cell() -> None:
    doc = probe("format30-html-br-only.html")
    expect_fields(
        doc,
        kind="notice",
        issuer="某县财政局",
        number=("县财预〔2024〕14号", "县财预", 2024, 14),
        title="关于提前下达2025年县对乡镇转移支付预算的通知",
        recipients=("各乡镇人民政府",),
        preamble=["为加快预算执行进度，现将2025年县对乡镇一般性转移支付预算提前下达给你们。"],
        tree=[(1, "cn", "一、", "下达金额"), (1, "cn", "二、", "有关要求")],
        closing="特此通知。",
        signature=(("某县财政局",), "2024-11-25", "2024年11月25日"),
        contact={},
        imprint=None,
        attachments=(),
        last="各乡镇要将提前下达的资金全额编入2025年年初预算。",
        warnings=[],
    )
    same_as_twin(doc, "format30-html-br-only.twin.txt")


def test_a_reply_written_in_font_soup_with_unclosed_paragraphs_and_misnested_tags() -> None:
    doc = probe("format30-html-font-soup.html")
    expect_fields(
        doc,
        kind="reply",
        issuer="某县水利局",
        number=("县水复〔2024〕6号", "县水复", 2024, 6),
        title="关于县人大十八届四次会议第0042号建议的答复",
        recipients=("马国庆代表",),
        ref=("人大", "县", 18, 4, "0042", "建议", "关于加强山塘水库除险加固的建议", []),
        preamble=["您提出的《关于加强山塘水库除险加固的建议》收悉。现答复如下："],
        tree=[(1, "cn", "一、", "除险加固进展"), (1, "cn", "二、", "下一步打算")],
        closing="感谢您对水利工作的关心和支持。",
        signature=(("某县水利局",), "2024-05-28", "2024年5月28日"),
        contact={},
        imprint=None,
        attachments=(),
        last="我局将争取中央和省级资金，对剩余病险山塘分年度实施加固。",
        warnings=[],
    )
    same_as_twin(doc, "format30-html-font-soup.twin.txt")


def test_a_notice_whose_attachments_are_a_list_of_file_links_after_the_signature() -> None:
    doc = probe("format30-html-attachment-links.html")
    expect_fields(
        doc,
        kind="notice",
        issuer="某县人力资源和社会保障局",
        number=("县人社发〔2024〕31号", "县人社发", 2024, 31),
        title="关于开展2024年度职业技能等级认定工作的通知",
        recipients=("各有关单位",),
        preamble=["为加强技能人才队伍建设，县人社局决定开展2024年度职业技能等级认定工作。现将有关事项通知如下："],
        tree=[(1, "cn", "一、", "认定职业"), (1, "cn", "二、", "报名方式")],
        closing="特此通知。",
        signature=(("某县人力资源和社会保障局",), "2024-09-18", "2024年9月18日"),
        contact={},
        imprint=None,
        # (first written without the extensions, as a 相关附件 box's rows are read: my error; under a 附件 label the
        # project keeps a listed file's name as written, extension and all: tests/test_probes_23_conv.py)
        attachments=("职业技能等级认定报名表.docx", "认定职业目录.xlsx"),
        last="报名人员填写报名表，于10月15日前报送县职业技能鉴定所。",
        warnings=[],
    )
    same_as_twin(doc, "format30-html-attachment-links.twin.txt")


def test_a_reply_whose_table_is_set_in_a_pre_flush_under_the_sentence_naming_it() -> None:
    doc = probe("format30-html-pre-table.html")
    expect_fields(
        doc,
        kind="reply",
        issuer="某县教育局",
        number=("县教复〔2024〕12号", "县教复", 2024, 12),
        title="关于县政协十届三次会议第0115号提案的答复",
        recipients=("李明委员",),
        ref=("政协", "县", 10, 3, "0115", "提案", "关于改善乡村学校食堂条件的提案", []),
        preamble=["您提出的《关于改善乡村学校食堂条件的提案》收悉。现答复如下："],
        tree=[(1, "cn", "一、", "改造情况"), (1, "cn", "二、", "下一步工作")],
        closing="感谢您对教育工作的关心和支持。",
        signature=(("某县教育局",), "2024-06-03", "2024年6月3日"),
        contact={},
        imprint=None,
        attachments=(),
        last="我局将在明年完成剩余六所学校食堂的改造。",
        warnings=[],
    )
    first = doc.iter_sections()[0]
    assert paragraphs(first) == ["全县乡村学校食堂改造情况如下表："]
    assert [t.rows for t in first.tables] == [
        (("乡镇", "学校数", "已改造"), ("东河镇", "12", "9"), ("西岭乡", "8", "5"))
    ]
    same_as_twin(doc, "format30-html-pre-table.twin.txt")


# --- OFD -------------------------------------------------------------------------------------------


def test_an_ofd_notice_over_two_pages_whose_paragraph_runs_over_the_break() -> None:
    doc = probe("format30-ofd-two-pages.ofd")
    expect_fields(
        doc,
        kind="notice",
        issuer="某市生态环境局",
        number=("市环发〔2024〕28号", "市环发", 2024, 28),
        title="关于开展2024年度入河排污口排查整治的通知",
        recipients=("各区生态环境分局", "各有关单位"),
        preamble=[
            "为贯彻落实入河排污口监督管理有关要求，市生态环境局决定开展2024年度入河排污口排查整治工作。"
            "现将有关事项通知如下："
        ],
        tree=[(1, "cn", "一、", "排查范围"), (1, "cn", "二、", "整治要求")],
        closing="特此通知。",
        signature=(("某市生态环境局",), "2024-05-10", "2024年5月10日"),
        contact={},
        imprint=None,
        attachments=(),
        last="对排查发现的非法设置排污口，各分局要依法责令拆除。",
        warnings=["page-break-joined"],
    )
    assert paragraphs(doc.iter_sections()[0]) == [
        "全市流域面积五十平方公里以上的河流和湖库沿岸的各类排污口，包括工业排污口、城镇污水处理厂排污口、"
        "农业排口和其他排口，均纳入本次排查范围。"
    ]
    absent(doc, "—1—", "—2—")
    same_as_twin(doc, "format30-ofd-two-pages.twin.txt")


def test_an_ofd_notice_whose_letterhead_stands_on_a_template_page() -> None:
    doc = probe("format30-ofd-template-letterhead.ofd")
    expect_fields(
        doc,
        kind="notice",
        issuer="某县审计局",
        number=("县审发〔2024〕5号", "县审发", 2024, 5),
        title="关于开展2024年度村级财务审计的通知",
        recipients=("各乡镇人民政府",),
        preamble=["根据年度审计工作计划，县审计局决定对全县村级财务收支情况开展审计。现将有关事项通知如下："],
        tree=[(1, "cn", "一、", "审计内容"), (1, "cn", "二、", "时间安排")],
        closing="特此通知。",
        signature=(("某县审计局",), "2024-05-22", "2024年5月22日"),
        contact={},
        imprint=None,
        attachments=(),
        last="审计工作自2024年6月开始，9月底前结束。",
        warnings=[],
    )
    same_as_twin(doc, "format30-ofd-template-letterhead.twin.txt")


def test_an_ofd_reply_carrying_a_readers_stamp_annotation_in_its_top_margin() -> None:
    doc = probe("format30-ofd-stamp-annotation.ofd")
    expect_fields(
        doc,
        kind="reply",
        issuer="某区卫生健康委员会",
        number=("区卫健复〔2024〕19号", "区卫健复", 2024, 19),
        title="关于区人大五届四次会议第0077号建议的答复",
        recipients=("许文斌代表",),
        ref=("人大", "区", 5, 4, "0077", "建议", "关于增设社区卫生服务站的建议", []),
        preamble=["您提出的《关于增设社区卫生服务站的建议》收悉。现答复如下："],
        tree=[(1, "cn", "一、", "设置现状"), (1, "cn", "二、", "下一步工作")],
        closing="感谢您对卫生健康工作的关心和支持。",
        signature=(("某区卫生健康委员会",), "2024-07-01", "2024年7月1日"),
        contact={},
        imprint=None,
        attachments=(),
        last="我委将在新建居住区同步规划建设社区卫生服务站。",
        warnings=[],
    )
    absent(doc, "已阅", "周某")
    same_as_twin(doc, "format30-ofd-stamp-annotation.twin.txt")


def test_an_ofd_notice_whose_producer_writes_points_through_a_ctm() -> None:
    doc = probe("format30-ofd-ctm-points.ofd")
    expect_fields(
        doc,
        kind="notice",
        issuer="某县应急管理局",
        number=("县应急〔2024〕40号", "县应急", 2024, 40),
        title="关于做好2024年冬春火灾防控工作的通知",
        recipients=("各乡镇人民政府", "县安委会各成员单位"),
        preamble=["冬春季节火灾多发，为有效防范火灾事故，现将有关事项通知如下："],
        tree=[(1, "cn", "一、", "开展隐患排查"), (1, "cn", "二、", "加强宣传教育")],
        closing="特此通知。",
        signature=(("某县应急管理局",), "2024-11-12", "2024年11月12日"),
        contact={},
        imprint=None,
        attachments=(),
        last="各单位要利用广播、微信群等开展防火宣传。",
        warnings=[],
    )
    same_as_twin(doc, "format30-ofd-ctm-points.twin.txt")


# --- bad files -------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("name", "code"),
    [
        ("format30-bad-docx-cut.docx", "corrupt-file"),
        ("format30-bad-ofd-not-xml.ofd", "corrupt-file"),
        ("format30-bad-pdf-header-only.pdf", "corrupt-file"),
    ],
)
def test_a_damaged_file_fails_with_its_typed_error(name: str, code: str) -> None:
    with pytest.raises(govdoc.GovDocError) as caught:
        govdoc.parse(HERE / name)
    assert caught.value.code == code


# --- batch 2 ---------------------------------------------------------------------------------------


def test_a_notice_whose_letterhead_and_number_are_letter_spaced_by_tj_offsets() -> None:
    doc = probe("format30-pdf-letter-spaced-head.pdf")
    expect_fields(
        doc,
        kind="notice",
        issuer="某县民政局",
        number=("县民发〔2024〕36号", "县民发", 2024, 36),
        title="关于做好2024年冬春困难群众救助工作的通知",
        recipients=("各乡镇人民政府",),
        preamble=["为切实保障困难群众基本生活，现将冬春救助工作有关事项通知如下："],
        tree=[(1, "cn", "一、", "开展走访排查"), (1, "cn", "二、", "及时实施救助")],
        closing="特此通知。",
        signature=(("某县民政局",), "2024-12-02", "2024年12月2日"),
        contact={},
        imprint=None,
        attachments=(),
        last="对遭遇突发困难的家庭，要先行实施临时救助。",
        warnings=[],
    )
    same_as_twin(doc, "format30-pdf-letter-spaced-head.twin.txt")


BOTTOM_UP = {
    "kind": "notice",
    "issuer": "某县农业农村局",
    "number": ("县农发〔2024〕52号", "县农发", 2024, 52),
    "title": "关于做好2024年冬季农业安全生产工作的通知",
    "recipients": ("各乡镇人民政府", "局属各单位"),
    "preamble": ["为防范冬季农业生产安全事故，现将有关事项通知如下："],
    "tree": [(1, "cn", "一、", "加强农机安全管理"), (1, "cn", "二、", "做好设施农业防灾")],
    "closing": "特此通知。",
    "signature": (("某县农业农村局",), "2024-12-05", "2024年12月5日"),
    "contact": {},
    "attachments": (),
    "last": "各地要指导农户加固温室大棚，防范雨雪冰冻灾害。",
    "warnings": [],
}


def test_a_pdf_notice_whose_page_draws_its_lines_bottom_up_with_its_imprint_between_rules() -> None:
    doc = probe("format30-pdf-bottom-up.pdf")
    expect_fields(doc, **BOTTOM_UP, imprint=(("县应急管理局", "县气象局"), "某县农业农村局办公室", "2024-12-05"))
    same_as_twin(doc, "format30-pdf-bottom-up.twin.txt")


def test_an_ofd_notice_whose_page_lists_its_text_objects_bottom_up() -> None:
    doc = probe("format30-ofd-bottom-up.ofd")
    expect_fields(doc, **BOTTOM_UP, imprint=None)
    same_as_twin(doc, "format30-ofd-bottom-up.twin.txt")


def test_a_reply_whose_table_is_typed_with_nbsp_runs_and_whose_signature_stands_in_a_layout_tables_cell() -> None:
    doc = probe("format30-html-nbsp-table.html")
    expect_fields(
        doc,
        kind="reply",
        issuer="某区城市管理局",
        number=("区城管复〔2024〕8号", "区城管复", 2024, 8),
        title="关于区政协六届四次会议第0152号提案的答复",
        recipients=("高红梅委员",),
        ref=("政协", "区", 6, 4, "0152", "提案", "关于增设城区公共厕所的提案", []),
        preamble=["您提出的《关于增设城区公共厕所的提案》收悉。现答复如下："],
        tree=[(1, "cn", "一、", "建设情况"), (1, "cn", "二、", "下一步工作")],
        closing="感谢您对城市管理工作的关心和支持。",
        signature=(("某区城市管理局",), "2024-08-09", "2024年8月9日"),
        contact={},
        imprint=None,
        attachments=(),
        last="我局将在老城区和公园周边再增设公共厕所十座。",
        warnings=[],
    )
    first = doc.iter_sections()[0]
    assert paragraphs(first) == ["近三年全区新建和改造公共厕所情况如下："]
    assert [t.rows for t in first.tables] == [
        (("年度", "新建（座）", "改造（座）"), ("2022年", "12", "30"), ("2023年", "15", "26"), ("2024年", "18", "21"))
    ]
    same_as_twin(doc, "format30-html-nbsp-table.twin.txt")


def test_a_reply_pasted_from_a_web_page_whose_lines_end_in_soft_breaks_inside_few_paragraphs() -> None:
    doc = probe("format30-docx-soft-breaks.docx")
    expect_fields(
        doc,
        kind="reply",
        issuer="某县自然资源局",
        number=("县自然资复〔2024〕14号", "县自然资复", 2024, 14),
        title="关于县人大十八届四次会议第0063号建议的答复",
        recipients=("邹建平代表",),
        ref=("人大", "县", 18, 4, "0063", "建议", "关于加快农村宅基地确权登记的建议", []),
        preamble=["您提出的《关于加快农村宅基地确权登记的建议》收悉。现答复如下："],
        tree=[(1, "cn", "一、", "确权登记进展"), (1, "cn", "二、", "下一步工作")],
        closing="感谢您对自然资源工作的关心和支持。",
        signature=(("某县自然资源局",), "2024-07-08", "2024年7月8日"),
        contact={},
        imprint=None,
        attachments=(),
        last="我局将集中力量解决历史遗留问题，年底前基本完成确权登记。",
        warnings=[],
    )
    same_as_twin(doc, "format30-docx-soft-breaks.twin.txt")
