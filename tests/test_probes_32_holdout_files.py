"""Session 32's held-out check as files: ten ordinary documents in the formats users hold them
(fixtures/holdout32/, written by fixtures/office/make_holdout32.py), set aside before anyone ran the parser on
them. Made-up organs, people and places (溱州市, 洧川县, 芑阳区, 蘅塘镇, 蒌溪街道, 荻湾村), no real document's
text; no puzzles: what a user downloads. Varied from holdout25b's to holdout31's files: other bodies (a 税务局, a
医保局, a town's 请示, a 退役军人事务局's report, a 医保局 and a 林业局 on portals, a 林业局 on a district portal, a
数据局 in PDF, a town's notice in PDF, a 林业局 in OFD), other layouts (headings numbered by Word's own list, a 落款
in a borderless table set right over a 版记 table, 文号 and 签发人 on one line by a right tab, a running header naming
the organ without 文件, a `<th>`/`<td>` information table, `<div>` paragraphs with an 附件 link, `<span>` pairs over
the headline, a PDF running head naming the organ, an attachment's ruled table on the PDF's second page, an OFD
answer with sections and a contact).

What the files hold:
- DOCX: a county 税务局's answer to a 人大 建议 (一、/（一） from numbering.xml, a contact under the 落款, a `— N —`
  footer); a city 医保局's notice (two 附件, （此件公开发布）, the 落款 in a borderless table, the 版记 a ruled table,
  a `第 N 页 共 M 页` footer); a town's 请示 (文号 and 签发人 on one line, 妥否，请批示, a bracketed contact, a `- N -`
  footer); a city 退役军人事务局's 报告 (a running header naming the organ, 一是 members, 特此报告).
- HTML: a city 医保局's answer to a 民进 committee under a `<th>` table (索引号/发布机构/文号/成文日期), a 下一步工作
  heading; a county 林业局's notice in `<div>`s (an 附件 link, a 抄送 line after the 落款, share links); a district
  林业局's answer under `<span>` pairs over its headline and a 来源/浏览 byline (no sections, 下一步 inside a paragraph).
- PDF: a district 数据局's answer over two pages (running head `溱州市芑阳区数据局`, `- N -` folios, the 下一步
  paragraph crossing the break); a town's notice whose 附件 table stands on page 2 (`第N页` folios). OFD: a district
  林业局's answer to a 致公党 支部 (two headings, a contact, a `— 1 —` folio).

Settled readings used (contract, README's "Schema 1.x adds" and Input sections, the docstrings of
tests/test_probes_29_holdout_files.py to tests/test_probes_31_holdout_files.py): a page's furniture (a footer's or
header's text, a portal's breadcrumb, byline, share/print links, footer) never reaches the text; the organ over a 文号
is the issuer, else the organ that opens the title, else the information table's 发布机构; a table's 文号 row is the
document's number and its rows (pairs before the title) are metadata as written; a 落款 in a table is the signature;
a listed attachment's content is the attachment's (kept in the text, no warning). Fields I doubted are left out and
named beside the call (`leave`).

This file was committed (skipped) before anyone ran the parser on these files.

First look (run by holdout32 at 14:05 UTC on branch holdout32 = main 73e0488a plus the held-out files as committed,
skipped, before any run in 2cbe7ecb (documents and long) and fd7d1016 (files), HEAD fd7d1016; the parser untouched):
**9/10 files whole, 215/217 checks right** (/work/coord/reports32/holdout32-firstlook.md). The miss, the parser's:
- pdf-running-head-answer.pdf (2 checks: sections, closing): on page 2 the closing `感谢您对数据工作的关心和支持。`
  (its own indented line) ran into the 下一步 paragraph carried over from page 1, and the 落款's organ and date
  into one line. The page's left margin was measured as the most common start of its few long lines, and the
  organ and the date, set right, both open at one x: the margin stood right of the page's middle, no line was
  indented against it nor full. Cause 3 (readers.geometry).
After (holdout32 cause 3, tests/test_holdout32_causes.py: `readers.geometry.geometry` keeps the page before's
margin where the page's commonest start lies past its middle and a line of its text opens at that margin):
**10/10 files whole, 217/217 checks right**.
The fields left out as doubted read (not scored): the `<div>` notice's metadata {} (its 发布日期 line under the
headline a byline), the two-page PDF's warnings `page-break-joined` (the 下一步 paragraph across its break), the
annex notice's warnings none.

"""

from __future__ import annotations

from typing import Any

import govdoc
from tests.probing import codes, office_probe, phases, same
from tests.test_probes_25_holdout import expect, leave, whole


def probe(name: str, want: dict[str, Any], *gone: str) -> govdoc.Document:
    """The held-out file parsed (invariants held, no internal error) and every field of `want` compared at once."""
    doc = office_probe(f"../holdout32/{name}")
    same(whole(doc, *gone), want)
    return doc


# --- DOCX ----------------------------------------------------------------------------------------


def test_docx_tax_answer_with_word_list_numbered_headings_a_contact_and_a_folio_footer() -> None:
    probe(
        "docx-autonumber-answer.docx",
        expect(
            issuer="国家税务总局洧川县税务局",
            number=("洧税函〔2024〕30号", "洧税函", 2024, 30),
            title="关于县十八届人大三次会议第052号建议的答复",
            recipients=["尤某某代表"],
            ref=("人大", "县", 18, 3, "052", "建议", "关于优化农村地区办税服务的建议", []),
            preamble=["您提出的《关于优化农村地区办税服务的建议》收悉。现答复如下："],
            # the list's markers (numbering.xml) read as written by Word: 一、 and （一）
            sections=[
                (1, "cn", "一、", "农村办税服务网点建设", []),
                (
                    2,
                    "cn-paren",
                    "（一）",
                    "设立乡镇办税服务点",
                    [
                        "我局在蘅塘镇等6个乡镇便民服务中心设立办税服务点，配备自助办税终端14台，"
                        "农村纳税人可就近办理发票领用、申报缴税等业务。"
                    ],
                ),
                (
                    2,
                    "cn-paren",
                    "（二）",
                    "开展流动办税服务",
                    ["组建流动办税服务队，每月到偏远村组开展上门服务，今年以来共服务农村纳税人2300余人次。"],
                ),
                (
                    1,
                    "cn",
                    "二、",
                    "税费政策宣传辅导",
                    [
                        "我局利用农村集市、村民大会等时机开展税费政策宣传，发放宣传资料1.2万份，"
                        "帮助农户和农村个体工商户应享尽享税费优惠。"
                    ],
                ),
            ],
            closing="感谢您对税收工作的关心和支持。",
            signature=(("国家税务总局洧川县税务局",), "2024-06-21", "2024年6月21日"),
            contact={"name": "苗某某", "phones": ("0514-86530217",)},
        ),
        "— 1 —",
    )


def test_docx_medical_insurance_notice_with_a_table_set_signature_and_a_ruled_imprint_table() -> None:
    probe(
        "docx-imprint-table-notice.docx",
        expect(
            kind="notice",
            issuer="溱州市医疗保障局",
            number=("溱医保发〔2024〕52号", "溱医保发", 2024, 52),
            # the title's two lines (a soft break) joined
            title="溱州市医疗保障局关于开展2024年医保基金使用情况专项检查的通知",
            recipients=["各县（区）医疗保障局", "市医疗保障基金监管中心"],
            disclosure="主动公开",
            preamble=[
                "为加强医保基金监督管理，维护基金安全，市局决定于2024年9月至11月在全市开展医保基金使用情况专项检查。"
                "现将有关事项通知如下："
            ],
            sections=[
                (
                    1,
                    "cn",
                    "一、",
                    "检查范围",
                    ["全市定点医疗机构、定点零售药店，重点是二级以上医疗机构和年度医保结算金额排名靠前的零售药店。"],
                ),
                (
                    1,
                    "cn",
                    "二、",
                    "检查方式",
                    ["采取各县（区）自查、市局抽查和交叉检查相结合的方式，运用大数据筛查疑点线索，逐一核实处理。"],
                ),
            ],
            signature=(("溱州市医疗保障局",), "2024-08-30", "2024年8月30日"),
            imprint=(("市卫生健康委员会", "市市场监督管理局"), "溱州市医疗保障局办公室", "2024-08-30"),
            attachments=("医保基金使用情况专项检查工作方案", "医保基金使用情况专项检查问题清单"),
        ),
        "第 1 页",
    )


def test_docx_towns_request_with_number_and_signer_on_one_line_and_a_bracketed_contact() -> None:
    probe(
        "docx-signer-request.docx",
        expect(
            kind="request",
            issuer="洧川县蘅塘镇人民政府",
            number=("蘅政〔2024〕36号", "蘅政", 2024, 36),
            title="洧川县蘅塘镇人民政府关于申请荻湾村饮水工程改造补助资金的请示",
            recipients=["洧川县人民政府"],
            # 签发人 beside the 文号: a metadata pair as well as the signer (settled, holdout25 B4E)
            signer="柏某某",
            metadata={"签发人": "柏某某"},
            preamble=[
                "荻湾村现有饮水工程建于2008年，供水管网老化破损严重，漏损率超过35%，夏季高峰时段部分村民组经常停水，"
                "群众反映强烈。经测算，荻湾村饮水工程改造需投资186万元，我镇已筹措资金56万元，尚有缺口130万元。"
                "恳请县人民政府给予补助。"
            ],
            closing="妥否，请批示。",
            signature=(("洧川县蘅塘镇人民政府",), "2024-05-09", "2024年5月9日"),
            contact={"name": "殷某某", "phones": ("0514-86519038",)},
        ),
        "- 1 -",
    )


def test_docx_veterans_report_under_a_running_header_naming_the_organ_with_yi_shi_members() -> None:
    doc = probe(
        "docx-header-report.docx",
        expect(
            kind="report",
            issuer="溱州市退役军人事务局",
            number=("溱退役军人〔2024〕48号", "溱退役军人", 2024, 48),
            title="溱州市退役军人事务局关于2024年光荣牌悬挂工作情况的报告",
            recipients=["溱州市人民政府"],
            preamble=["按照市政府工作部署，我局今年组织开展了光荣牌悬挂补挂工作。现将有关情况报告如下："],
            sections=[
                (
                    1,
                    "cn",
                    "一、",
                    "悬挂情况",
                    [
                        "截至10月底，全市共为4.6万户退役军人家庭、军属家庭和烈属家庭悬挂光荣牌，悬挂率达到99.3%，"
                        "剩余未悬挂的均为本人自愿暂不悬挂。"
                    ],
                ),
                (
                    1,
                    "cn",
                    "二、",
                    "主要做法",
                    [
                        "我局一是逐户核对悬挂对象信息，做到不错挂、不漏挂；二是组织各县（区）在“八一”前后集中开展悬挂仪式；"
                        "三是建立光荣牌动态管理台账，对新增对象及时悬挂。"
                    ],
                ),
            ],
            members=[
                (1, "一是", "逐户核对悬挂对象信息，做到不错挂、不漏挂"),
                (2, "二是", "组织各县（区）在“八一”前后集中开展悬挂仪式"),
                (3, "三是", "建立光荣牌动态管理台账，对新增对象及时悬挂"),
            ],
            closing="特此报告。",
            signature=(("溱州市退役军人事务局",), "2024-11-06", "2024年11月6日"),
        ),
        "第 1 页",
    )
    # the running header's organ name is furniture: the organ stands in the text as the 版头, the title's opening
    # and the 落款 only
    assert doc.text.count("溱州市退役军人事务局") == 3


# --- HTML ----------------------------------------------------------------------------------------


def test_html_medical_insurance_answer_under_a_th_table_one_pair_a_row_with_a_next_step_heading() -> None:
    doc = probe(
        "html-th-table-answer.html",
        expect(
            # no organ over a 文号 line, none opening the title: the table's 发布机构
            issuer="溱州市医疗保障局",
            number=("溱医保函〔2024〕44号", "溱医保函", 2024, 44),
            title="关于市政协十届三次会议第0266号提案的答复",
            recipients=["民进溱州市委员会"],
            metadata={
                "索引号": "11320900MB0C21547X/2024-00311",
                "发布机构": "溱州市医疗保障局",
                "文号": "溱医保函〔2024〕44号",
                "成文日期": "2024-08-07",
            },
            ref=("政协", "市", 10, 3, "0266", "提案", "关于完善长期护理保险制度的提案", []),
            preamble=["贵会提出的《关于完善长期护理保险制度的提案》收悉。现答复如下："],
            sections=[
                (
                    1,
                    "cn",
                    "一、",
                    "试点推进情况",
                    [
                        "我市自2022年起开展长期护理保险试点，目前已覆盖全市职工医保参保人员，"
                        "累计为4800余名重度失能人员支付护理费用1.3亿元。"
                    ],
                ),
                (
                    1,
                    "cn",
                    "二、",
                    "下一步工作",
                    ["下一步，我局将研究将城乡居民医保参保人员纳入长期护理保险覆盖范围，并加快培育护理服务机构。"],
                ),
            ],
            closing="感谢贵会对医疗保障工作的关心和支持。",
            signature=(("溱州市医疗保障局",), "2024-08-07", "2024年8月7日"),
        ),
        "当前位置",
        "政民互动",
        "打印本页",
        "ICP",
    )
    assert phases(doc.sections[1]) == ["plan"]


def test_html_county_forestry_notice_in_divs_with_an_attachment_link_and_a_copy_line() -> None:
    probe(
        "html-div-notice.html",
        leave(
            expect(
                kind="notice",
                # the organ opening the title
                issuer="洧川县林业局",
                title="洧川县林业局关于做好2024年林业有害生物秋季普查工作的通知",
                recipients=["各乡镇人民政府", "县国有林场"],
                preamble=[
                    "根据省、市林业主管部门的统一部署，县林业局决定在全县开展2024年林业有害生物秋季普查。"
                    "现将有关事项通知如下："
                ],
                sections=[
                    (1, "cn", "一、", "普查时间", ["2024年9月10日至10月31日。"]),
                    (
                        1,
                        "cn",
                        "二、",
                        "普查内容",
                        [
                            "重点普查松材线虫病、美国白蛾等重大林业有害生物的发生种类、分布范围和危害程度，"
                            "对发现的疫情及时取样送检。"
                        ],
                    ),
                ],
                signature=(("洧川县林业局",), "2024-09-02", "2024年9月2日"),
                imprint=(("县人民政府办公室", "县应急管理局"), None, None),
                attachments=("洧川县林业有害生物秋季普查统计表",),
            ),
            # metadata left out (doubted: whether the 发布日期 line under the headline is a byline or a pair)
            "metadata",
        ),
        "政务公开",
        "阅读次数",
        "QQ空间",
        "网站标识码",
    )


def test_html_district_forestry_answer_under_span_pairs_over_its_headline_and_a_source_byline() -> None:
    doc = probe(
        "html-span-answer.html",
        expect(
            issuer="溱州市芑阳区林业局",
            title="关于区九届人大四次会议第0117号建议的答复",
            recipients=["滑某某代表"],
            # two pairs on one line before the headline, each in its own span
            metadata={"发布机构": "溱州市芑阳区林业局", "发文日期": "2024-08-20"},
            ref=("人大", "区", 9, 4, "0117", "建议", "关于加强蒌溪河两岸绿化建设的建议", []),
            preamble=[
                "您提出的《关于加强蒌溪河两岸绿化建设的建议》收悉。现答复如下：",
                "今年以来，我局在蒌溪河两岸实施绿化提升工程，新增绿化面积12.6万平方米，栽植乔木3800株，"
                "建成滨河绿道4.2公里。下一步，我局将把蒌溪河上游段绿化纳入明年城区绿化计划。",
            ],
            closing="感谢您对林业和园林绿化工作的关心和支持。",
            signature=(("溱州市芑阳区林业局",), "2024-08-20", "2024年8月20日"),
        ),
        "来源：",
        "浏览",
        "版权所有",
    )
    # 下一步 inside a paragraph, not at its head: no plan
    assert [p.phase for p in doc.preamble] == [None, None]


# --- PDF and OFD ---------------------------------------------------------------------------------


def test_pdf_district_data_answer_over_two_pages_under_a_running_head_naming_the_organ() -> None:
    doc = probe(
        "pdf-running-head-answer.pdf",
        leave(
            expect(
                issuer="溱州市芑阳区数据局",
                number=("芑数函〔2024〕11号", "芑数函", 2024, 11),
                title="关于区政协八届三次会议第0057号提案的答复",
                recipients=["解某某委员"],
                ref=("政协", "区", 8, 3, "0057", "提案", "关于推进基层报表数据“一表通”的提案", []),
                preamble=["您提出的《关于推进基层报表数据“一表通”的提案》收悉。现答复如下："],
                sections=[
                    (
                        1,
                        "cn",
                        "一、",
                        "基层报表清理情况",
                        [
                            "今年3月起，我局会同区委组织部、区民政局对各部门要求村（社区）填报的报表进行全面清理，"
                            "共梳理各类报表186张，取消重复报表74张，合并同类报表39张，保留的报表统一纳入区基层报表目录管理，"
                            "未列入目录的报表一律不得要求村（社区）填报。"
                        ],
                    ),
                    (
                        1,
                        "cn",
                        "二、",
                        "“一表通”平台建设情况",
                        [
                            "我局依托区公共数据平台建设基层报表“一表通”系统，将人口、民政、就业等基础数据一次采集、多方复用，"
                            "系统已在蒌溪街道12个社区试运行，社区填报工作量减少六成以上。"
                            "试运行期间，我局每月收集社区工作人员意见，先后对系统进行了5次优化升级，"
                            "进一步简化了数据填报和审核流程，社区工作人员普遍反映系统操作简便、数据准确。"
                        ],
                    ),
                    (
                        1,
                        "cn",
                        "三、",
                        "下一步工作",
                        ["下一步，我局将总结蒌溪街道试点经验，年内在全区所有村（社区）推广应用“一表通”系统。"],
                    ),
                ],
                closing="感谢您对数据工作的关心和支持。",
                signature=(("溱州市芑阳区数据局",), "2024-07-31", "2024年7月31日"),
            ),
            # warnings left out (doubted, as holdout31's two-page PDF: the paragraph across the break may warn)
            "warnings",
        ),
        "- 1 -",
        "- 2 -",
    )
    # the running head on both pages is furniture: the organ stands as the 版头 and the 落款 only
    assert doc.text.count("溱州市芑阳区数据局") == 2


def test_pdf_towns_notice_with_its_attachment_table_on_the_second_page() -> None:
    doc = probe(
        "pdf-notice-annex.pdf",
        leave(
            expect(
                kind="notice",
                issuer="洧川县蘅塘镇人民政府",
                number=("蘅政发〔2024〕18号", "蘅政发", 2024, 18),
                title="蘅塘镇人民政府关于做好2024年秋季森林防火工作的通知",
                recipients=["各村民委员会", "镇直各单位"],
                preamble=[
                    "秋冬季节天干物燥，森林火险等级持续升高。为切实做好我镇秋季森林防火工作，现将有关事项通知如下："
                ],
                sections=[
                    (
                        1,
                        "cn",
                        "一、",
                        "落实防火责任",
                        ["各村要落实村级森林防火责任人，明确护林员巡护区域，做到山有人管、林有人护、火有人防。"],
                    ),
                    (
                        1,
                        "cn",
                        "二、",
                        "严控野外用火",
                        ["防火期内严禁在林区及林缘燃放烟花爆竹、烧荒烧秸秆，各村要在主要进山路口设置防火检查点。"],
                    ),
                ],
                signature=(("洧川县蘅塘镇人民政府",), "2024-10-08", "2024年10月8日"),
                attachments=("蘅塘镇2024年秋季森林防火责任人名单",),
            ),
            # warnings left out (doubted, as holdout30 L03 and holdout31's notice: an attachment after the 落款)
            "warnings",
        ),
        "第1页",
        "第2页",
    )
    # the attachment's table: the attachment's content, kept in the text, nothing unplaced
    assert "镇林业站" in doc.text and "葛某某" in doc.text
    assert "content-unplaced" not in codes(doc)


def test_ofd_district_forestry_answer_in_two_headings_with_a_contact_under_the_signature() -> None:
    probe(
        "ofd-forestry-answer.ofd",
        expect(
            issuer="溱州市芑阳区林业局",
            number=("芑林函〔2024〕13号", "芑林函", 2024, 13),
            title="关于区政协八届三次会议第0081号提案的答复",
            recipients=["致公党芑阳区支部"],
            ref=("政协", "区", 8, 3, "0081", "提案", "关于加强城区古树名木保护的提案", []),
            preamble=["贵支部提出的《关于加强城区古树名木保护的提案》收悉。现答复如下："],
            sections=[
                (
                    1,
                    "cn",
                    "一、",
                    "普查建档情况",
                    ["我局已完成城区古树名木普查，共登记古树名木186株，全部建立“一树一档”，设立保护标志牌。"],
                ),
                (
                    1,
                    "cn",
                    "二、",
                    "日常养护情况",
                    ["我局委托专业养护单位对城区古树名木开展定期巡查和养护，今年以来已对12株长势衰弱的古树实施复壮。"],
                ),
            ],
            closing="感谢贵支部对林业工作的关心和支持。",
            signature=(("溱州市芑阳区林业局",), "2024-08-13", "2024年8月13日"),
            contact={"name": "易某某", "phones": ("0514-87316025",)},
        ),
        "— 1 —",
    )
