"""Session 30's held-out check as files: ten ordinary documents in the formats users hold them
(fixtures/holdout30/, written by fixtures/office/make_holdout30.py), set aside before anyone ran the parser on
them. Made-up organs, people and places (蘅州市, 沅汐县, 芷阳区, 蕖塘镇), no real document's text; no puzzles: what
a user downloads. Varied from holdout25b's to holdout29's files: other bodies (a 民政局 and 教育局 answering
jointly, a district 住建局, a county 教育局, a city government's 纪要, a 自然资源和规划局 on a portal, a 文广旅体局 on a
政协 site, a 市场监管局 on WeChat, a 卫健委, an 应急管理局, a town in OFD), other layouts (two co-signers in a
borderless table row, a running header over a 文号+签发人 line and a two-line title, a 加急 line over the 版头, a
纪要's head line parted by a right tab, a `<th>`/`<td>` table one pair a row with 信息名称 and 生成日期, a `<ul>` of
`<li><span>key：</span>value</li>` rows, a WeChat page with a 往期推荐 list, a PDF notice with its 版记 between drawn
rules, an OFD 请示 with 文号 and 签发人 on one line).

What the files hold:
- DOCX: a joint answer of a city 民政局 and 教育局 to a 人大代表建议 (the 落款's organs side by side in a table row,
  the date under them, a bracketed contact, a `— N —` footer); a district 住建局's answer to a 民革 committee's 提案
  (a running header `…提案答复件`, 文号 and 签发人 on one line, the title over two lines, 楷体 run-in （一） leads, a
  `第 N 页 共 M 页` footer); a county 教育局's 加急 notice (one 附件, （此件公开发布）, the 版记 between rules); a city
  government's 专题会议纪要 (第15期, the head line's organ and date parted by a right tab, 出席/列席/记录 at the end).
- HTML: a city portal's answer under a table of 信息名称/索引号/发布机构/生成日期/文号 (print/close links, a footer of
  网站标识码 and ICP); a county 政协 site's answer under a `<ul>` of 提案号/提案人/承办单位/办理结果 (上一篇/下一篇);
  a WeChat article of a district 市场监管局's notice (account and time under the title, 往期推荐, 微信扫一扫).
- PDF: a city 卫健委's two-page answer to a 台盟 branch's 提案 (red 版头, a running head naming the 提案答复
  collection, `- N -` folios, a contact under the 落款); a county 应急管理局's one-page notice (（此件公开发布）,
  抄送 and 印发 between drawn rules). OFD: a town's 请示 (文号 and 签发人 on one line, a title over two lines, a
  bracketed contact, a `— 1 —` folio).

Settled readings used (contract, README's "Schema 1.x adds" and Input sections, the docstrings of
tests/test_probes_27_holdout_files.py and tests/test_probes_29_holdout_files.py): a page's furniture (a footer's or
header's text, a portal's breadcrumb, byline, share/print links, footer, a WeChat account line and its
recommendations) never reaches the text; the organ over a 文号 is the issuer, else the organ that opens the title,
else the information table's 发布机构; a table's 文号 row is the document's number; 签发人 beside the 文号 is a
metadata pair and `signer`; the two organs of one table row under the body are two co-signers, the date under them;
a 纪要 signs nowhere, its head line is its imprint; proposers come after 提案人 (a form's row too); a bare or 类
letter is the category as written. Fields I doubted are left out and named beside the call (`leave`).

This file was committed (skipped) before anyone ran the parser on these files.

First look (run by holdout30 at 09:21 UTC on branch holdout30 = main 765ecfec plus the held-out files as committed, skipped, in fadb050a and 04c166b0 (documents) and 303302e7 (files), HEAD 303302e7, landed on main as 79d92c8a,
0cafba06 and 25d63722; the parser untouched):
**10/10 files whole, 215/215 checks right**, every assertion after a check right
(/work/coord/reports30/holdout30-firstlook.md). The fields left out as doubted read: the 纪要's issuer 蘅州市人民政府,
the 政协 page's issuer none and its contact the 承办单位 row's unit, both PDFs' warnings none. Unskipped.
"""

from __future__ import annotations

from typing import Any

import govdoc
from tests.probing import office_probe, phases, same
from tests.test_probes_25_holdout import expect, leave, whole


def probe(name: str, want: dict[str, Any], *gone: str) -> govdoc.Document:
    """The held-out file parsed (invariants held, no internal error) and every field of `want` compared at once."""
    doc = office_probe(f"../holdout30/{name}")
    same(whole(doc, *gone), want)
    return doc


# --- DOCX ----------------------------------------------------------------------------------------


def test_docx_joint_answer_signed_by_two_organs_side_by_side_in_a_table_row() -> None:
    probe(
        "docx-joint-answer.docx",
        expect(
            issuer="蘅州市民政局",
            number=("蘅民函〔2024〕45号", "蘅民函", 2024, 45),
            title="关于市十五届人大三次会议第0154号建议的答复",
            recipients=["郁某某代表"],
            ref=("人大", "市", 15, 3, "0154", "建议", "关于加强困境儿童关爱保护的建议", []),
            preamble=["您提出的《关于加强困境儿童关爱保护的建议》收悉。经市民政局会同市教育局研究，现答复如下："],
            sections=[
                (
                    1,
                    "cn",
                    "一、",
                    "健全关爱保护机制",
                    ["全市已建立困境儿童定期走访制度，由儿童主任每月至少走访1次，登记在册困境儿童4260人。"],
                ),
                (
                    1,
                    "cn",
                    "二、",
                    "落实教育资助政策",
                    ["市教育局对困境儿童实行从学前教育到高中阶段教育全程资助，今年已资助困境儿童3180人次。"],
                ),
            ],
            closing="感谢您对民政和教育工作的关心和支持。",
            # the two organs of one table row: two co-signers, the date under them (holdout27 files)
            signature=(("蘅州市民政局", "蘅州市教育局"), "2024-07-11", "2024年7月11日"),
            contact={"name": "冼某某", "phones": ("0752-3318460",)},
        ),
        "— 1 —",
    )


def test_docx_district_housing_answer_under_a_running_header_with_its_signer_and_a_two_line_title() -> None:
    doc = probe(
        "docx-signer-answer.docx",
        expect(
            issuer="芷阳区住房和城乡建设局",
            number=("芷建函〔2024〕39号", "芷建函", 2024, 39),
            signer="祁某某",
            metadata={"签发人": "祁某某"},
            # the title's two lines joined
            title="芷阳区住房和城乡建设局关于区政协六届四次会议第0098号提案的答复",
            recipients=["民革芷阳区基层委员会"],
            ref=("政协", "区", 6, 4, "0098", "提案", "关于加快推进既有住宅加装电梯的提案", []),
            preamble=["贵会提出的《关于加快推进既有住宅加装电梯的提案》收悉。现答复如下："],
            sections=[
                (1, "cn", "一、", "加装电梯工作进展", []),
                (
                    2,
                    "cn-paren",
                    "（一）",
                    "简化审批程序",
                    ["我局会同区自然资源局等部门出台加装电梯联合审查办法，审批时限压缩至15个工作日。"],
                ),
                (
                    2,
                    "cn-paren",
                    "（二）",
                    "落实财政补贴",
                    ["对既有多层住宅加装电梯每台补贴15万元，今年已兑现补贴资金1230万元。"],
                ),
                (
                    1,
                    "cn",
                    "二、",
                    "下一步工作",
                    ["下一步，我局将推行加装电梯“带方案审批”，引导有条件的小区成片连片加装。"],
                ),
            ],
            closing="感谢贵会对住房和城乡建设工作的关心和支持。",
            signature=(("芷阳区住房和城乡建设局",), "2024-06-25", "2024年6月25日"),
        ),
        "提案答复件",
        "第 1 页",
        "共 2 页",
    )
    assert phases(doc.sections[1]) == ["plan"]


def test_docx_county_education_urgent_notice_with_an_attachment_a_disclosure_note_and_an_imprint() -> None:
    probe(
        "docx-urgent-notice.docx",
        expect(
            kind="notice",
            issuer="沅汐县教育局",
            number=("沅教发〔2024〕21号", "沅教发", 2024, 21),
            title="沅汐县教育局关于做好2024年秋季学期学生资助工作的通知",
            recipients=["各乡镇中心学校", "县直各学校"],
            urgency="加急",
            disclosure="主动公开",
            preamble=["为确保家庭经济困难学生应助尽助，现就做好2024年秋季学期学生资助工作通知如下："],
            sections=[
                (
                    1,
                    "cn",
                    "一、",
                    "资助对象",
                    ["全县学前教育至高中阶段家庭经济困难学生，重点保障脱贫家庭、低保家庭和特困供养学生。"],
                ),
                (
                    1,
                    "cn",
                    "二、",
                    "工作要求",
                    ["各学校要于9月30日前完成资助对象认定和公示，10月15日前将资助资金发放到学生本人或监护人账户。"],
                ),
            ],
            signature=(("沅汐县教育局",), "2024-08-26", "2024年8月26日"),
            imprint=(("县人民政府办公室", "县财政局"), "沅汐县教育局办公室", "2024-08-26"),
            attachments=("沅汐县2024年秋季学期学生资助汇总表",),
        ),
        "— 1 —",
    )


def test_docx_city_topic_meeting_minutes_with_a_serial_a_tabbed_head_line_and_attendance() -> None:
    doc = probe(
        "docx-minutes.docx",
        leave(
            expect(
                kind="minutes",
                title="蘅州市人民政府专题会议纪要",
                preamble=[
                    "9月11日下午，副市长甘某某主持召开专题会议，研究城区农贸市场升级改造有关问题。"
                    "现将会议议定事项纪要如下："
                ],
                # both points one sentence over 30 characters with commas only: untitled
                sections=[
                    (
                        1,
                        "cn",
                        "一、",
                        None,
                        [
                            "会议原则同意《蘅州市城区农贸市场升级改造实施方案》，"
                            "由市商务局会同芷阳区人民政府抓紧组织实施。"
                        ],
                    ),
                    (
                        1,
                        "cn",
                        "二、",
                        None,
                        ["会议要求市财政局统筹安排升级改造补助资金，对按期完成改造的农贸市场给予每个最高50万元补助。"],
                    ),
                ],
                # the head line (organ and date parted by a tab) is the 纪要's imprint; it signs nowhere
                imprint=((), "蘅州市人民政府办公室", "2024-09-13"),
            ),
            # issuer left out (doubted, as holdout22–29: whether the organ opening a 纪要's title is its issuer)
            "issuer",
        ),
        "- 1 -",
    )
    s = doc.header.serial
    assert s is not None and s.number == 15
    assert [(a.role, list(a.names)) for a in doc.header.attendance] == [
        ("出席", ["甘某某", "伍某某", "冷某某"]),
        ("列席", ["市商务局", "市财政局", "芷阳区人民政府负责同志"]),
        ("记录", ["毕某某"]),
    ]


# --- HTML ----------------------------------------------------------------------------------------


def test_html_city_portal_answer_under_a_one_pair_a_row_table_with_an_information_name_row() -> None:
    probe(
        "html-table-answer.html",
        expect(
            # the table's 发布机构 (no 版头 on the page)
            issuer="蘅州市自然资源和规划局",
            number=("蘅自然资规函〔2024〕73号", "蘅自然资规函", 2024, 73),
            title="关于市十五届人大三次会议第0213号建议的答复",
            recipients=["庄某某代表"],
            metadata={
                "信息名称": "关于市十五届人大三次会议第0213号建议的答复",
                "索引号": "11352100MB0B76543Y/2024-00406",
                "发布机构": "蘅州市自然资源和规划局",
                "生成日期": "2024-07-30",
                "文号": "蘅自然资规函〔2024〕73号",
            },
            ref=("人大", "市", 15, 3, "0213", "建议", "关于加强历史文化街区保护的建议", []),
            preamble=["您提出的《关于加强历史文化街区保护的建议》收悉。现答复如下："],
            sections=[
                (
                    1,
                    "cn",
                    "一、",
                    "保护规划编制情况",
                    ["我局已完成蓬溪老街、菱湖古镇等4片历史文化街区保护规划编制，划定核心保护范围86公顷。"],
                ),
                (
                    1,
                    "cn",
                    "二、",
                    "历史建筑认定情况",
                    ["全市已公布历史建筑三批共212处，并全部完成测绘建档和挂牌保护。"],
                ),
            ],
            closing="感谢您对自然资源和规划工作的关心和支持。",
            signature=(("蘅州市自然资源和规划局",), "2024-07-26", "2024年7月26日"),
        ),
        "当前位置",
        "建议提案办理",
        "【打印本页】",
        "网站标识码",
        "ICP",
    )


def test_html_county_cppcc_site_answer_under_a_list_of_labelled_rows_naming_its_proposer() -> None:
    probe(
        "html-ul-form.html",
        leave(
            expect(
                title="关于县政协十一届三次会议第037号提案的答复",
                recipients=["邬某某委员"],
                metadata={
                    "提案号": "第037号",
                    "提案人": "邬某某",
                    "承办单位": "沅汐县文化广电旅游体育局",
                    "办理结果": "B类",
                },
                category="B",
                # the 提案人 row names the proposer
                ref=("政协", "县", 11, 3, "037", "提案", "关于加强乡村文化礼堂建设的提案", ["邬某某"]),
                preamble=[
                    "您提出的《关于加强乡村文化礼堂建设的提案》收悉。现答复如下：",
                    "全县已建成乡村文化礼堂86个，覆盖全县42%的行政村。今年计划新建文化礼堂20个，"
                    "所需资金已列入县级财政预算，预计年底前全部建成投用。",
                ],
                closing="感谢您对文化工作的关心和支持。",
                signature=(("沅汐县文化广电旅游体育局",), "2024-06-21", "2024年6月21日"),
            ),
            # issuer and contact left out (doubted, as holdout29 b6b: only the form's 承办单位 row names the organ,
            # and a 承办单位 label may give contact.unit)
            "issuer",
            "contact",
        ),
        "提案工作",
        "上一篇",
        "下一篇",
        "全民健身",
        "版权所有",
    )


def test_html_wechat_article_of_a_district_market_regulators_notice_with_a_recommendation_list() -> None:
    probe(
        "html-wechat.html",
        expect(
            kind="notice",
            issuer="芷阳区市场监督管理局",
            title="芷阳区市场监督管理局关于开展2024年“双节”食品安全专项检查的通知",
            recipients=["各市场监管所", "局机关各科室"],
            preamble=[
                "中秋、国庆“双节”临近，食品生产经营进入旺季。为保障节日期间食品安全，"
                "局党组研究决定开展“双节”食品安全专项检查。现将有关事项通知如下："
            ],
            sections=[
                (1, "cn", "一、", "检查时间", ["2024年9月10日至10月8日。"]),
                (
                    1,
                    "cn",
                    "二、",
                    "检查重点",
                    ["月饼、酒类、肉制品等节令食品生产企业，大型商超、农贸市场和旅游景区周边餐饮单位。"],
                ),
            ],
            signature=(("芷阳区市场监督管理局",), "2024-09-10", "2024年9月10日"),
        ),
        "芷阳市场监管",
        "17:20",
        "往期推荐",
        "学校食堂",
        "微信扫一扫",
    )


# --- PDF and OFD -------------------------------------------------------------------------------------


def test_pdf_city_health_commission_answer_over_two_pages_under_a_running_head_with_a_contact() -> None:
    doc = probe(
        "pdf-health-answer.pdf",
        leave(
            expect(
                issuer="蘅州市卫生健康委员会",
                number=("蘅卫函〔2024〕58号", "蘅卫函", 2024, 58),
                title="关于市政协十届三次会议第0177号提案的答复",
                recipients=["台盟蘅州市支部"],
                ref=("政协", "市", 10, 3, "0177", "提案", "关于加强社区心理健康服务的提案", []),
                preamble=["贵支部提出的《关于加强社区心理健康服务的提案》收悉。经商市教育局、市民政局，现答复如下："],
                sections=[
                    (
                        1,
                        "cn",
                        "一、",
                        "心理健康服务体系建设情况",
                        [
                            "全市已在二级以上综合医院设立心理门诊21个，在社区卫生服务中心设立心理咨询室68个，"
                            "开通24小时心理援助热线1条，今年以来热线接听来电1.3万人次。"
                        ],
                    ),
                    (1, "cn", "二、", "主要工作措施", []),
                    (
                        2,
                        "cn-paren",
                        "（一）",
                        "加强专业人才培养",
                        [
                            "依托市精神卫生中心对基层医务人员开展心理健康服务能力培训，今年已培训社区医生和心理咨询员860人次。"
                        ],
                    ),
                    (
                        2,
                        "cn-paren",
                        "（二）",
                        "推进重点人群服务",
                        ["会同市教育局开展中小学生心理健康筛查，对筛查发现的高风险学生建立档案，实行一对一跟踪服务。"],
                    ),
                    (
                        1,
                        "cn",
                        "三、",
                        "下一步工作",
                        [
                            "下一步，我委将推动每个街道至少建成1个社区心理服务站，"
                            "并会同市民政局将心理关爱服务纳入社区养老服务内容。"
                        ],
                    ),
                ],
                closing="感谢贵支部对卫生健康工作的关心和支持。",
                signature=(("蘅州市卫生健康委员会",), "2024-07-17", "2024年7月17日"),
                contact={"name": "温某某", "phones": ("0752-3325817",)},
            ),
            # warnings left out (doubted, as holdout29 files: where the page falls, a paragraph joined across it
            # may warn)
            "warnings",
        ),
        "提案答复",
        "- 1 -",
        "- 2 -",
    )
    assert phases(doc.sections[2]) == ["plan"]
    assert doc.source.pages == 2


def test_pdf_county_emergency_bureau_notice_with_its_imprint_between_drawn_rules() -> None:
    probe(
        "pdf-notice.pdf",
        leave(
            expect(
                kind="notice",
                issuer="沅汐县应急管理局",
                number=("沅应急〔2024〕33号", "沅应急", 2024, 33),
                title="沅汐县应急管理局关于开展2024年冬春火灾防控工作的通知",
                recipients=["各乡镇人民政府", "县安委会各成员单位"],
                disclosure="主动公开",
                preamble=[
                    "冬春季节天干物燥，用火用电用气增多，火灾风险明显上升。为切实做好冬春火灾防控工作，"
                    "现就有关事项通知如下："
                ],
                sections=[
                    (
                        1,
                        "cn",
                        "一、",
                        "开展隐患排查",
                        [
                            "各乡镇、各有关单位要对人员密集场所、“三合一”场所和出租屋开展全覆盖排查，"
                            "建立问题清单和整改台账。"
                        ],
                    ),
                    (
                        1,
                        "cn",
                        "二、",
                        "加强宣传培训",
                        ["要利用广播、微信群等渠道广泛宣传防火知识，组织开展灭火和应急疏散演练。"],
                    ),
                ],
                signature=(("沅汐县应急管理局",), "2024-10-08", "2024年10月8日"),
                imprint=(("县人民政府办公室", "县消防救援大队"), "沅汐县应急管理局办公室", "2024-10-08"),
            ),
            # warnings left out (doubted, as for the two-page answer: how the PDF's wrapped lines are re-joined)
            "warnings",
        ),
        "- 1 -",
    )


def test_ofd_town_request_with_its_number_and_signer_on_one_line_and_a_two_line_title() -> None:
    probe(
        "ofd-request.ofd",
        expect(
            kind="request",
            issuer="沅汐县蕖塘镇人民政府",
            number=("蕖政〔2024〕47号", "蕖政", 2024, 47),
            signer="龚某某",
            metadata={"签发人": "龚某某"},
            title="沅汐县蕖塘镇人民政府关于申请蕖塘老街消防设施改造资金的请示",
            recipients=["沅汐县人民政府"],
            preamble=[
                "蕖塘老街现有木结构民居126栋，消防通道狭窄，消防设施老化，存在较大火灾隐患。"
                "经测算，老街消防设施改造需资金168万元，我镇已自筹资金48万元，尚有缺口120万元，"
                "恳请县人民政府给予支持。"
            ],
            closing="妥否，请批示。",
            signature=(("沅汐县蕖塘镇人民政府",), "2024-10-21", "2024年10月21日"),
            contact={"name": "查某某", "phones": ("0752-5831206",)},
        ),
        "— 1 —",
    )
