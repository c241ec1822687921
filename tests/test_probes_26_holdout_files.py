"""Session 26's held-out check as files: twelve ordinary documents in the formats users hold them
(fixtures/holdout26/, written by fixtures/office/make_holdout26.py), set aside before anyone ran the parser on
them. Made-up organs, people and places (璞阳市, 溱源县, 柘湾区, 梓亭街道, 杉坪乡 …), no real document's text;
no puzzles: what a user downloads. Varied from holdout25b's files (fixtures/holdout25b/): other bodies (a 中级
人民法院, a 公安局, a 人民检察院, a 金融监管分局), other genres (a meeting notice, a 请示, a 常务会议纪要, a 协办
意见, a WeChat 通告), other layouts (a right tab between 文号 and 签发人, a 〇-numeral date, three ranks of
automatic numbering, a 版记 in a ruled table, a GB2312 table-layout page, a `<dl>` form, an HTML5 `<article>`
with a 相关附件 box, a WeChat page saved whole, a PDF whose 落款 stands alone on its last page).

What the files hold:
- DOCX as offices make them in Word or WPS: a city court's answer to a 人大代表建议 (red 版头, 文号 and 签发人 on
  one line parted by a right tab over a red rule, typed 黑体 一、 headings, bold run-in （一） leads, the date in
  〇 numerals, a `第 N 页 共 M 页` footer of fields, a contact); a county 公安局's answer to a 政协提案 addressed
  to the 工商联 (title over two lines by a soft break, Word's automatic numbering 一、/（一）/1. with a tab after
  the number, （此件依申请公开）, a `- N -` footer); a district government office's meeting notice (typed
  headings, 楷体 （一） run-in leads under 四、, the contact above the 落款, the 版记 in a ruled table of two
  rows); a county bureau's 请示 (文号 and 签发人 by a tab, 妥否，请批示, a bracketed contact); a city government's
  常务会议纪要 (〔2024〕第12期 under the red title, the head line of organ and date in a borderless table over a
  red rule, 出席/缺席/列席 at its end); a 金融监管分局's 协办意见 to the lead unit (Word's `1．` automatic
  numbering over untitled points, 以上意见供参考).
- HTML as sites save them: a county 政协 site's table layout saved as GB2312 (提案编号/提案人/办理单位 rows,
  the answer one cell of `<br>` lines with `&nbsp;` indents, a right-aligned 落款 `<div>`, a footer with the
  site's address and phone); a district 人大 site's 代表建议 page (a `<dl>` of 建议编号/建议标题/领衔代表/承办单位,
  run-in 一、 points in `text-indent` paragraphs); a city bureau's notice in an HTML5 `<article>` (its 文号 the
  first line of the content, `<h3>` headings, a `<time>`/来源/阅读 byline, a 相关附件 box of two files); a
  WeChat article saved whole (rich_media title, 原创 and the account's name and time, `<section><span>` lines,
  bold headings, 阅读原文, 阅读 count, the follow prompt).
- PDF: a city procuratorate's answer to a 政协提案 on two pages (a running head on each page, `第N页` folios, a
  seal ring over the 落款, the 落款 alone on the last page with a bracketed contact). OFD: a county
  government's 批复 (a title over two lines, untitled points, 此复, （此件公开发布）, a 版记 between drawn rules).

Settled readings used (contract, README's "Schema 1.x adds" and Input sections, the docstrings of
tests/test_probes_25_holdout_files.py and tests/test_probes_26_holdout.py): a page's furniture (a footer's page
number, a running head, a portal's breadcrumb, byline, share/print links, footer) never reaches the text; the
organ over a 文号 is the issuer, else the organ that opens the title (never the signature's organ); 签发人
beside the 文号 is `signer` and a metadata pair; a numbered point over 30 characters with commas only is
untitled; a run-in heading is the text before the first 。 (at most 30 characters) with more after it;
proposers come after 提案人 or 领衔代表 (a form's row too), never from the recipients; a 纪要 signs nowhere, its
head line is its imprint and its 期数 its serial; a portal's 相关附件 box naming files, where the text lists no
附件 of its own, gives `attachments` without list numbers and file types (schema 1.10). Fields I doubted are left
out and named beside the call (`leave`).

This file was committed (skipped) before anyone ran the parser on these files: the lead runs it first.

First look (run by the lead at 20:05 UTC on main 4d57f7d3, the file as committed): 10/12 files whole. Both misses
were the parser's:
- the DOCX 纪要: its head line, set as a borderless table of two cells (the office | the date), reads as one row with a
  tab between the cells, which the head-line pattern did not take: unplaced, not the 纪要's imprint (fixed:
  patterns/dates.PRINTED_HEAD_LINE takes tabs; tests/test_review26_fixes.py, a new example);
- the 人大 site's `<dl>` form: its 承办单位 row was dropped from the text unsaid, in neither metadata nor
  contact.unit (fixed by fixA26: 承办单位 a label of the one table, a pair in the same row element as the table's
  labels the table's; tests/test_fixA26.py).
After the fixes 12/12; unskipped.
"""

from __future__ import annotations

from typing import Any

import govdoc
from tests.probing import codes, office_probe, phases, same
from tests.test_probes_25_holdout import expect, leave, whole


def probe(name: str, want: dict[str, Any], *gone: str) -> govdoc.Document:
    """The held-out file parsed (invariants held, no internal error) and every field of `want` compared at once."""
    doc = office_probe(f"../holdout26/{name}")
    same(whole(doc, *gone), want)
    return doc


# --- DOCX ----------------------------------------------------------------------------------------


def test_docx_city_court_answer_with_a_tabbed_signer_line_run_in_leads_and_a_numeral_date() -> None:
    probe(
        "docx-court-answer.docx",
        expect(
            issuer="璞阳市中级人民法院",
            number=("璞中法函〔2024〕14号", "璞中法函", 2024, 14),
            title="关于市十六届人大四次会议第0286号建议的答复",
            recipients=["阎某某代表"],
            # 签发人 beside the 文号 (a tab between): the signer and a metadata pair (settled)
            signer="姚某某",
            metadata={"签发人": "姚某某"},
            ref=("人大", "市", 16, 4, "0286", "建议", "关于加强涉企案件执行工作的建议", []),
            preamble=["您提出的《关于加强涉企案件执行工作的建议》收悉。我院高度重视，现答复如下："],
            sections=[
                (1, "cn", "一、", "执行工作开展情况", []),
                (
                    2,
                    "cn-paren",
                    "（一）",
                    "开展集中执行行动",
                    ["今年以来，全市法院开展涉企案件集中执行行动3次，执结涉企案件2146件，执行到位金额5.8亿元。"],
                ),
                (
                    2,
                    "cn-paren",
                    "（二）",
                    "推行善意文明执行",
                    ["对暂时经营困难的企业，依法采取“活封活扣”措施，帮助企业恢复生产经营。"],
                ),
                (
                    1,
                    "cn",
                    "二、",
                    "下一步工作",
                    ["下一步，我院将完善执行联动机制，与市场监管、税务等部门建立信息共享，提升执行质效。"],
                ),
            ],
            closing="感谢您对法院工作的关心和支持！",
            # the date in 〇 numerals: ISO from it, date_text as written
            signature=(("璞阳市中级人民法院",), "2024-06-20", "二〇二四年六月二十日"),
            contact={"name": "冉某某", "phones": ("0793-8326105",)},
        ),
        "第 1 页",
        "共 2 页",
    )


def test_docx_county_police_answer_in_three_ranks_of_word_numbering_published_on_request() -> None:
    doc = probe(
        "docx-police-answer.docx",
        expect(
            issuer="溱源县公安局",
            number=("溱公函〔2024〕23号", "溱公函", 2024, 23),
            # the title's two lines joined
            title="溱源县公安局关于县政协十届三次会议第039号提案的答复",
            recipients=["县工商业联合会"],
            disclosure="依申请公开",
            # the 工商联 is the addressee: proposers are never inferred from the recipients
            ref=("政协", "县", 10, 3, "039", "提案", "关于加强电信网络诈骗防范宣传的提案", []),
            preamble=["贵会提出的《关于加强电信网络诈骗防范宣传的提案》收悉。现答复如下："],
            # Word's numbers as they show (一、 （一） 1.), the tab after them no part of the marker
            sections=[
                (1, "cn", "一、", "工作开展情况", []),
                (2, "cn-paren", "（一）", "宣传覆盖", []),
                (
                    3,
                    "num",
                    "1.",
                    "进企业宣讲",
                    ["今年以来，我局组织民警走进全县工业园区企业开展防骗宣讲126场，覆盖职工1.5万人次。"],
                ),
                (
                    3,
                    "num",
                    "2.",
                    "进村入户宣传",
                    ["依托“警保联动”机制，发放防骗宣传资料8万份，推动国家反诈中心APP注册安装。"],
                ),
                (2, "cn-paren", "（二）", "技术反制", ["今年已拦截涉诈电话2.3万个，紧急止付涉案资金860万元。"]),
                (
                    1,
                    "cn",
                    "二、",
                    "下一步打算",
                    ["下一步，我局将联合县工商联建立企业反诈联络员制度，定期推送预警信息。"],
                ),
            ],
            closing="感谢贵会对公安工作的关心和支持。",
            signature=(("溱源县公安局",), "2024-06-19", "2024年6月19日"),
        ),
        "- 1 -",
    )
    assert phases(doc.sections[1]) == ["plan"]


def test_docx_district_office_meeting_notice_with_run_in_points_a_contact_and_an_imprint_table() -> None:
    probe(
        "docx-meeting-notice.docx",
        expect(
            kind="notice",
            issuer="柘湾区人民政府办公室",
            number=("柘政办函〔2024〕58号", "柘政办函", 2024, 58),
            title="柘湾区人民政府办公室关于召开全区冬季安全生产工作会议的通知",
            recipients=["各街道办事处", "区政府各部门"],
            preamble=["经区人民政府同意，定于近期召开全区冬季安全生产工作会议。现将有关事项通知如下："],
            sections=[
                (1, "cn", "一、", "会议时间", ["2024年10月25日（星期五）上午9:00，会期半天。"]),
                (1, "cn", "二、", "会议地点", ["区行政中心三楼第一会议室。"]),
                (1, "cn", "三、", "参会人员", ["各街道办事处分管负责同志，区政府各部门主要负责同志。"]),
                (1, "cn", "四、", "有关要求", []),
                (
                    2,
                    "cn-paren",
                    "（一）",
                    "严格会议纪律",
                    ["参会人员不得无故缺席，确有特殊情况需书面请假。"],
                ),
                (
                    2,
                    "cn-paren",
                    "（二）",
                    "报送参会名单",
                    ["请各单位于10月23日下班前将参会人员名单报区应急管理局。"],
                ),
            ],
            signature=(("柘湾区人民政府办公室",), "2024-10-21", "2024年10月21日"),
            # the contact above the 落款 is no paragraph of the last point
            contact={"name": "蔡某", "phones": ("0793-2281746",)},
            # the 版记's two rows, in a ruled table: 抄送 split at the ，, the 印发 row's organ and date
            imprint=(("区委办公室", "区人大常委会办公室", "区政协办公室"), "柘湾区人民政府办公室", "2024-10-21"),
        ),
        "- 1 -",
    )


def test_docx_county_bureau_request_with_its_signer_by_a_tab_and_a_bracketed_contact() -> None:
    probe(
        "docx-request.docx",
        expect(
            kind="request",
            issuer="溱源县文体广电和旅游局",
            number=("溱文旅〔2024〕21号", "溱文旅", 2024, 21),
            title="溱源县文体广电和旅游局关于申请拨付石窟寺保护修缮工程配套资金的请示",
            recipients=["县人民政府"],
            signer="鲍某某",
            metadata={"签发人": "鲍某某"},
            preamble=[
                "溱源县石窟寺保护修缮方案已经省文物局批复同意，工程总投资680万元，其中省级补助资金400万元，"
                "需县级配套资金280万元。为确保工程如期开工，恳请县人民政府拨付县级配套资金280万元。"
            ],
            closing="妥否，请批示。",
            signature=(("溱源县文体广电和旅游局",), "2024-09-02", "2024年9月2日"),
            contact={"name": "苏某某", "phones": ("0797-6835512",)},
        ),
        "- 1 -",
    )


def test_docx_city_executive_meeting_minutes_with_its_issue_a_table_head_line_and_attendance_at_the_end() -> None:
    doc = probe(
        "docx-minutes.docx",
        leave(
            expect(
                kind="minutes",
                title="璞阳市人民政府常务会议纪要",
                preamble=["8月14日，市长蒋某某主持召开市人民政府第十二次常务会议。现将会议议定事项纪要如下："],
                sections=[
                    (
                        1,
                        "cn",
                        "一、",
                        "审议《璞阳市城市更新实施办法（草案）》",
                        ["会议原则通过该办法，由市住房和城乡建设局根据会议意见修改完善后，按程序印发实施。"],
                    ),
                    (
                        1,
                        "cn",
                        "二、",
                        "研究秋粮收购工作",
                        [
                            "会议要求市发展改革委、市粮食和物资储备局做好秋粮收购资金和仓容准备，"
                            "严格执行最低收购价政策。"
                        ],
                    ),
                ],
                # a 纪要 signs nowhere (not warned); its head line (organ and date in a table) is its imprint
                imprint=((), "璞阳市人民政府办公室", "2024-08-16"),
            ),
            # issuer left out (doubted, as in every held-out round: whether the organ opening a 纪要's title issues it)
            "issuer",
        ),
        "- 1 -",
    )
    s = doc.header.serial
    assert s is not None and (s.number, s.year) == (12, 2024)
    assert [(a.role, list(a.names)) for a in doc.header.attendance] == [
        ("出席", ["蒋某某", "邓某某", "韩某", "陶某某"]),
        ("缺席", ["孟某某（出差）"]),
        ("列席", ["市政府办公室", "市发展改革委", "市财政局", "市住房和城乡建设局负责同志"]),
    ]


def test_docx_financial_regulators_assisting_opinion_in_word_numbered_untitled_points() -> None:
    probe(
        "docx-assisting-opinion.docx",
        expect(
            # the 版头 over the 文号 (垂直管理: the state organ's name first)
            issuer="国家金融监督管理总局璞阳监管分局",
            number=("璞金监函〔2024〕7号", "璞金监函", 2024, 7),
            title="关于市政协十一届三次会议第0162号提案的协办意见",
            recipients=["璞阳市财政局"],
            ref=("政协", "市", 11, 3, "0162", "提案", "关于扩大农业保险覆盖面的提案", []),
            preamble=[
                "市政协十一届三次会议第0162号提案《关于扩大农业保险覆盖面的提案》由你局主办、我分局协办。"
                "经研究，提出以下协办意见："
            ],
            # Word's `1．` numbers as they show; each point over 30 characters with commas only: untitled
            sections=[
                (
                    1,
                    "num",
                    "1．",
                    None,
                    ["2023年，辖内保险机构农业保险保费收入3.2亿元，为18.6万户次农户提供风险保障96亿元。"],
                ),
                (
                    1,
                    "num",
                    "2．",
                    None,
                    ["我分局将督促保险机构扩大特色农产品保险品种，简化理赔流程，做到应赔尽赔。"],
                ),
            ],
            closing="以上意见供参考。",
            signature=(("国家金融监督管理总局璞阳监管分局",), "2024-04-29", "2024年4月29日"),
        ),
        "第 1 页",
    )


# --- HTML ----------------------------------------------------------------------------------------


def test_html_county_cppcc_site_in_a_gb2312_table_layout_with_a_proposer_row() -> None:
    doc = probe(
        "html-cppcc-gbk.html",
        leave(
            expect(
                title="关于县政协十届三次会议第066号提案的答复",
                recipients=["谷某某委员"],
                metadata={"提案编号": "第066号", "提案人": "谷某某", "办理单位": "溱源县水利局"},
                # 提案人: the contract's own proposer label
                ref=("政协", "县", 10, 3, "066", "提案", "关于加快农村饮水安全巩固提升的提案", ["谷某某"]),
                preamble=["您提出的《关于加快农村饮水安全巩固提升的提案》收悉。现答复如下："],
                sections=[
                    (
                        1,
                        "cn",
                        "一、",
                        "工程建设情况",
                        ["今年全县实施农村饮水安全巩固提升工程14处，新铺设供水管网96公里，受益人口3.8万人。"],
                    ),
                    (
                        1,
                        "cn",
                        "二、",
                        "水质保障措施",
                        ["我局在千人以上供水工程全部配备消毒设备，并委托第三方每季度开展一次水质检测。"],
                    ),
                ],
                closing="感谢您对水利工作的关心和支持！",
                signature=(("溱源县水利局",), "2024-06-26", "2024年6月26日"),
                # the footer's 地址 and 电话 are the site's, no contact
                contact={},
            ),
            # issuer left out (doubted: only a 办理单位 row and the 落款 name the organ; no 版头, no organ opens the title)
            "issuer",
        ),
        "您现在的位置",
        "提案工作",
        "联系我们",
        "版权所有",
        "人民路12号",
        "0797-6821001",
    )
    assert doc.source.encoding == "gb18030" or doc.source.encoding == "gb2312"


def test_html_district_npc_site_suggestion_page_with_a_definition_list_naming_the_lead_deputy() -> None:
    probe(
        "html-npc-dl.html",
        leave(
            expect(
                title="关于区十八届人大三次会议第0073号建议的答复",
                recipients=["韩某某代表"],
                metadata={
                    "建议编号": "第0073号",
                    "建议标题": "关于加强历史文化街区保护的建议",
                    "领衔代表": "韩某某",
                    "承办单位": "柘湾区文化和旅游局",
                },
                # 领衔代表: the contract's own proposer label
                ref=("人大", "区", 18, 3, "0073", "建议", "关于加强历史文化街区保护的建议", ["韩某某"]),
                preamble=["您提出的《关于加强历史文化街区保护的建议》收悉。现答复如下："],
                sections=[
                    (
                        1,
                        "cn",
                        "一、",
                        "摸清家底",
                        ["我局会同区住建局完成全区历史建筑普查，认定历史建筑67处，全部建立保护档案。"],
                    ),
                    (
                        1,
                        "cn",
                        "二、",
                        "活化利用",
                        ["梓亭老街已引入非遗工坊、老字号店铺23家，今年接待游客48万人次。"],
                    ),
                ],
                closing="感谢您对文化和旅游工作的关心和支持。",
                signature=(("柘湾区文化和旅游局",), "2024-07-01", "2024年7月1日"),
            ),
            # issuer left out (doubted: a 承办单位 row names the organ, no 版头); contact left out (doubted: whether
            # a 承办单位 row in the head is the contact's unit, the contract's label, or the form's)
            "issuer",
            "contact",
        ),
        "柘湾区人大常委会",
        "代表工作",
        "ICP备",
    )


def test_html_city_bureau_notice_in_an_article_with_h3_headings_and_a_related_files_box() -> None:
    probe(
        "html-article-files.html",
        expect(
            kind="notice",
            # the organ that opens the title (the 来源 byline is chrome)
            issuer="璞阳市人力资源和社会保障局",
            number=("璞人社函〔2024〕44号", "璞人社函", 2024, 44),
            title="璞阳市人力资源和社会保障局关于举办2024年璞阳市职业技能大赛的通知",
            recipients=["各县（市、区）人力资源和社会保障局", "市直有关单位"],
            preamble=[
                "为弘扬工匠精神，培养高技能人才，市人社局决定举办2024年璞阳市职业技能大赛。现将有关事项通知如下："
            ],
            sections=[
                (1, "cn", "一、", "竞赛项目", ["设电工、焊工、养老护理员、电子商务师等12个竞赛项目。"]),
                (
                    1,
                    "cn",
                    "二、",
                    "参赛对象",
                    ["在璞阳市就业的企业职工、院校师生及社会各类从业人员均可报名参赛。"],
                ),
                (1, "cn", "三、", "报名方式", ["请各单位于9月10日前将报名汇总表报市人社局职业能力建设科。"]),
            ],
            signature=(("璞阳市人力资源和社会保障局",), "2024-08-12", "2024年8月12日"),
            # the 相关附件 box: the files' titles without list numbers and file types (schema 1.10)
            attachments=("2024年璞阳市职业技能大赛竞赛项目表", "报名汇总表"),
        ),
        "通知公告",
        "来源：市人社局",
        "阅读：862",
        "版权所有",
        "网站标识码",
    )


def test_html_wechat_article_saved_whole_holding_a_subdistricts_announcement() -> None:
    probe(
        "html-wechat.html",
        leave(
            expect(
                kind="announcement",
                title="梓亭街道关于开展冬季消防安全大排查的通告",
                # neither side of the 、 is an organ name of the contract's endings: one addressee
                recipients=["广大居民朋友、辖区各单位"],
                preamble=[
                    "冬季是火灾易发多发季节。为有效防范火灾事故，街道决定自即日起至2025年2月底，"
                    "在辖区开展冬季消防安全大排查。现将有关事项通告如下："
                ],
                sections=[
                    (1, "cn", "一、", "排查范围", ["辖区内居民小区、沿街商铺、出租房屋、老旧厂房等场所。"]),
                    (1, "cn", "二、", "排查重点", ["电动自行车违规停放充电、堵塞消防通道、私拉乱接电线等问题。"]),
                ],
                closing="特此通告。",
                signature=(("梓亭街道办事处",), "2024-11-18", "2024年11月18日"),
            ),
            # issuer left out (doubted, as holdout25 b5b: the title opens with a place, 梓亭街道, not an organ)
            "issuer",
        ),
        "原创",
        "梓亭发布",
        "19:30",
        "阅读原文",
        "1.2万",
        "微信扫一扫",
        "关注该公众号",
    )


# --- PDF and OFD ---------------------------------------------------------------------------------


def test_pdf_city_procuratorate_answer_over_two_pages_with_a_running_head_and_its_signature_alone_on_the_last() -> None:
    doc = probe(
        "pdf-procuratorate-answer.pdf",
        expect(
            issuer="璞阳市人民检察院",
            number=("璞检函〔2024〕9号", "璞检函", 2024, 9),
            title="关于市政协十一届三次会议第0117号提案的答复",
            recipients=["民革璞阳市委员会"],
            ref=("政协", "市", 11, 3, "0117", "提案", "关于加强未成年人司法保护的提案", []),
            preamble=["贵会提出的《关于加强未成年人司法保护的提案》收悉。经认真研究，现答复如下："],
            sections=[
                (
                    1,
                    "cn",
                    "一、",
                    "依法惩治侵害未成年人犯罪",
                    [
                        "2023年以来，全市检察机关起诉侵害未成年人犯罪案件168件213人，对性侵、拐卖等严重侵害未成年人"
                        "犯罪坚持从严惩处，依法提出从重量刑建议。"
                    ],
                ),
                (
                    1,
                    "cn",
                    "二、",
                    "推进未成年人综合司法保护",
                    [
                        "我院联合市教育局在全市中小学开展“法治进校园”巡讲活动260场，覆盖师生18万人次；"
                        "对履行监护职责不到位的家长发出督促监护令42份。"
                    ],
                ),
                (
                    1,
                    "cn",
                    "三、",
                    "下一步工作",
                    [
                        "下一步，我院将深化未成年人检察业务统一集中办理改革，会同有关部门建立未成年人保护线索移送机制，"
                        "形成保护合力。"
                    ],
                ),
            ],
            closing="感谢贵会对检察工作的关心和支持。",
            signature=(("璞阳市人民检察院",), "2024-07-08", "2024年7月8日"),
            contact={"name": "祁某某", "phones": ("0793-8219307",)},
        ),
        "璞阳市人民检察院提案答复",
        "第1页",
        "第2页",
    )
    assert phases(doc.sections[2]) == ["plan"]
    assert doc.source.pages == 2


def test_ofd_county_government_approval_with_untitled_points_and_an_imprint_between_rules() -> None:
    doc = probe(
        "ofd-approval.ofd",
        expect(
            kind="approval",
            issuer="溱源县人民政府",
            number=("溱政复〔2024〕16号", "溱政复", 2024, 16),
            # the title's two lines joined
            title="溱源县人民政府关于同意杉坪乡撤乡设镇的批复",
            recipients=["杉坪乡人民政府"],
            disclosure="主动公开",
            preamble=[
                "你乡《关于撤乡设镇的请示》（杉政〔2024〕9号）收悉。经县人民政府研究，并报市人民政府同意，现批复如下："
            ],
            # each over 30 characters with commas only: untitled
            sections=[
                (
                    1,
                    "cn",
                    "一、",
                    None,
                    ["同意撤销杉坪乡，设立杉坪镇，以原杉坪乡的行政区域为杉坪镇的行政区域，镇人民政府驻地不变。"],
                ),
                (
                    1,
                    "cn",
                    "二、",
                    None,
                    ["请你乡按照有关规定，做好撤乡设镇的各项工作，确保机构调整期间各项工作平稳有序。"],
                ),
            ],
            closing="此复。",
            signature=(("溱源县人民政府",), "2024-11-12", "2024年11月12日"),
            imprint=(("县民政局", "县自然资源局"), "溱源县人民政府办公室", "2024-11-12"),
        ),
    )
    assert "content-unplaced" not in codes(doc)
