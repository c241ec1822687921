"""Session 32's held-out blind check of the whole parser, for the session's closing note: thirty
documents set aside before anyone looked at the parser's output on them, written as offices publish
them and as users hold them, every area mixed at once (no puzzles), and varied from holdout25 to
holdout31 (other bodies: a court, 税务, 医保, 林业, 文旅, 退役军人, 信访, 数据局; other places, fields, table
shapes, page labels and damage; none of their documents copied; every organ, person and place below the
province made up and new: 溱州市, 洧川县, 芑阳区, 蘅塘镇, 蒌溪街道, 荻湾村, 蘅塘湖; none of the earlier rounds'
漪州/荇川/蘼阳/泠塘/蔺溪/蕙江 nor older names). Expected values were written by hand from the contract
(../shared/design/contract.md), README's "Schema 1.x adds" sections and the settled readings in the
docstrings of tests/test_probes_25_holdout.py and _29_ to _31_holdout.py, the ones leaned on most here:
- a numbered line of at most 30 characters with no 。！？；： inside is a heading; a run-in heading is the
  text before the first 。 or ： of at most 30 characters with more text after it; a numbered point whose
  first sentence is over 30 characters with commas only is untitled;
- a heading's own 下一步 gives no phase; a paragraph that opens with 下一步/今后 is `plan`, the ones before it
  in its section (or the preamble) `progress`;
- the organ line over a 文号 is the issuer; a portal table's 发文字号 row is the document's number; form rows
  are metadata as written; proposers come after 提案人 or 领衔代表 only (never from 您提出);
- 签发人 is a metadata pair and `signer`; 、 splits the 主送 and the 抄送 only between organ names of the
  contract's endings; two organs stacked over one date are two co-signers;
- members of 一是/第一，/首先 runs are (ordinal, marker, lead up to the member's ；or 。);
- a 纪要 signs nowhere, its head line is its imprint, its 〔2024〕N号 its serial, 出席/列席/记录 attendance;
- a line joined across a page label or a hard wrap is warned `page-break-joined`; values keep the
  characters as written (half-width marks and brackets of an OCR copy).

Six batches of five (ids D1A … D6E):
1. answers to 人大代表建议: D1A a city 医疗保障局 under an 答复类别 row (一、 over （一）, a 下一步 paragraph, a
   contact parted by ；), D1B a province's 税务局 (国家税务总局…) to 12 deputies (run-in 一、关于….), D1C a county
   退役军人事务局 (no sections, a 首先/其次/最后 run, a 今后 paragraph, 专此答复), D1D a town answering its own
   congress's deputy (the reference in the full 第十八届人民代表大会第四次会议 form), D1E a joint answer under a
   two-organ letterhead (issuer doubted), two organs side by side over one date;
2. answers to 政协提案: D2A a province's 数据局 (对…的答复, two ranks, a 下一步工作 heading), D2B a city 信访局
   (1． headings on lines of their own), D2C a county 医保局 under a 提案号/提案人/答复类别 form (no sections, a
   下一步 paragraph), D2D a district court to a 民盟 committee (一是 members, no sections, 专此答复), D2E a city
   文广旅局 to a 工商联 (an eight-digit proposal number, top-level run-in （1） points);
3. letters around answers, notices: D3A a county 税务局's 协办意见 (untitled 1． points, 专此函达), D3B a city
   数据局's 商请 函 (特此函告, a bracketed contact), D3C a district 卫健委's 特急 紧急通知 (two 附件, 、 in the 抄送,
   印发), D3D a county's 批复 creating a resort (untitled points, 此复), D3E a city 林业局's 通报 (第一，… members);
4. 请示, 纪要, 方案, 报告, 意见: D4A a town's 请示 under 特急 (签发人 on the 文号's line), D4B a county's 信访工作联席
   会议纪要 (〔2024〕3号, run-in 关于 points), D4C a district's 行动方案 (a place opens the title, 1. under （一）),
   D4D a city 退役军人事务局's 报告 (一方面/另一方面), D4E a city 数据局's 指导意见 (（此件主动公开）);
5. portal and PDF copies: D5A a portal with letter-spaced keys one pair a line (索 引 号：) and a 发布机构, D5B a
   政协 site's 提案编号/提案标题/提案者/主办单位 form, and a PDF's text layer hard-wrapped at 30, 34 and 35 with
   page labels never used before (`1/2`, `第 1 页，共 2 页`, `— 1 —`): D5C an answer, D5D a 请示, D5E a notice
   with an 附件 and 抄送;
6. D6A a Word file saved as text (blank lines, ASCII-space indents, a right-set 落款), D6B a WeChat copy (原创
   byline, 来源 line, 往期推荐), D6C an OCR copy (溱税函[2024]12号, half-width 1. markers, broken lines), D6D a
   Markdown copy (`##` title, bold run-in （一） points), D6E a Word text notice with ASCII-space indents, an 附件
   and a 版记.

Fields I doubted are left out of a check and named beside it (`same` compares only the keys given).
This file was committed (skipped) before its first run: nobody ran the parser on any of these texts.

First look (run by holdout32 at 14:05 UTC on branch holdout32 = main 73e0488a plus the held-out files as committed,
skipped, before any run in 2cbe7ecb (documents and long) and fd7d1016 (files), HEAD fd7d1016; the parser untouched):
**29/30 documents whole, 650/651 fields right** (/work/coord/reports32/holdout32-firstlook.md). The miss, the parser's:
- D1C (members): `今年以来，我局首先建立…；其次联合…；最后组织…` gave no members. A 首先 written straight on (no comma) opens a
  run only after a stop, a colon or a comma; after a subject (我局, as 一是 follows it) it was not read, though its
  ；其次 later in the sentence shows the run. Cause 1 (see the after score).
After (holdout32 cause 1, tests/test_holdout32_causes.py: `patterns.structure._SEQ_UNMARKED` takes 首先 after a
subject's last character as ENUM_MARKER takes 一是 there): **30/30 documents whole, 651/651 fields right**.
The fields left out as doubted read (not scored): D1E's issuer `溱州市芑阳区教育局溱州市芑阳区财政局` (the joint
版头's two lines joined, as tests/test_genre13_causes.py and _14_, _19_genres read a stacked joint 版头), D4B's and
D4C's issuer none, D5B's issuer none, contact none and proposers ('鄢某某',) (its 提案者 row read as 提案人), D6B's
issuer none, D6C's warnings `page-break-joined`, D6D's warnings none.

"""

from __future__ import annotations

from tests.probing import pdf_copy, phases, ref_of
from tests.test_probes_25_holdout import check, expect, leave
from tests.test_probes_30_holdout_long import clean, line, rest

# --- Batch 1 (ids D1*): answers to 人大代表建议 -----------------------------------------------------------------------

D1A = [
    "答复类别：B类",
    "溱州市医疗保障局",
    "溱医保函〔2024〕31号",
    "关于市十五届人大三次会议第0217号建议的答复",
    "尊敬的缪某某代表：",
    "    您提出的《关于将更多门诊慢特病纳入医保报销范围的建议》收悉。经商市财政局、市卫生健康委员会，现答复如下：",
    "    一、门诊慢特病保障现状",
    "    （一）病种范围",
    "    我市现有门诊慢特病病种42种，涵盖高血压、糖尿病、恶性肿瘤门诊治疗等常见慢性病和特殊疾病。",
    "    （二）待遇水平",
    "    职工医保门诊慢特病政策范围内报销比例为85%，居民医保为65%，年度最高支付限额按病种分档设置。",
    "    二、关于扩大病种范围",
    "    今年我局组织专家对群众呼声较高的病种开展论证，拟将阿尔茨海默病、慢性阻塞性肺疾病等5个病种纳入门诊慢特病保障范围，测算年增医保基金支出约2600万元，基金可以承受。",
    "    下一步，我局将在完成基金运行风险评估后报市人民政府审定，力争明年1月起执行。",
    "    再次感谢您对医疗保障工作的关心和支持。",
    "溱州市医疗保障局",
    "2024年8月14日",
    "联系人：阙某某；联系电话：0514-87236105",
]


def test_d1a_city_medical_insurance_answer_under_a_category_row_in_two_ranks_with_a_plan_paragraph() -> None:
    L = D1A
    doc = check(
        clean(L),
        expect(
            issuer="溱州市医疗保障局",
            number=("溱医保函〔2024〕31号", "溱医保函", 2024, 31),
            title="关于市十五届人大三次会议第0217号建议的答复",
            recipients=["缪某某代表"],
            metadata={"答复类别": "B类"},
            category="B",
            ref=("人大", "市", 15, 3, "0217", "建议", "关于将更多门诊慢特病纳入医保报销范围的建议", []),
            preamble=[line(L, "您提出的")],
            sections=[
                (1, "cn", "一、", "门诊慢特病保障现状", []),
                (2, "cn-paren", "（一）", "病种范围", [line(L, "我市现有门诊")]),
                (2, "cn-paren", "（二）", "待遇水平", [line(L, "职工医保")]),
                (1, "cn", "二、", "关于扩大病种范围", [line(L, "今年我局组织"), line(L, "下一步，")]),
            ],
            closing="再次感谢您对医疗保障工作的关心和支持。",
            signature=(("溱州市医疗保障局",), "2024-08-14", "2024年8月14日"),
            # a contact whose two parts are parted by ；
            contact={"name": "阙某某", "phones": ("0514-87236105",)},
        ),
    )
    assert phases(doc.sections[1]) == ["progress", "plan"]


D1B = [
    "国家税务总局福建省税务局",
    "闽税函〔2024〕88号",
    "国家税务总局福建省税务局关于省十四届人大三次会议第0562号建议的答复",
    "林某某等12位代表：",
    "    你们提出的《关于进一步优化小微企业办税缴费服务的建议》收悉。现答复如下：",
    "    一、关于税费优惠政策直达快享。我局依托电子税务局对符合条件的小微企业实行优惠政策“免申即享”，今年上半年全省小微企业享受减税降费及退税缓费287亿元。",
    "    二、关于简化办税流程。全省推行“非接触式”办税，98%以上的涉税事项可在网上办理，纳税人平均办税时间压缩至1.2小时。",
    "    三、关于拓展征纳互动服务。我局开通征纳互动服务平台，提供“问办协同”服务，今年以来累计解答纳税人咨询126万次。",
    "    感谢你们对税收工作的关心和支持。",
    "国家税务总局福建省税务局",
    "2024年7月22日",
    "（此件主动公开）",
]


def test_d1b_provincial_tax_bureau_answer_to_twelve_deputies_in_run_in_guan_yu_points() -> None:
    L = D1B
    check(
        clean(L),
        expect(
            issuer="国家税务总局福建省税务局",
            number=("闽税函〔2024〕88号", "闽税函", 2024, 88),
            title=L[2],
            recipients=["林某某等12位代表"],
            disclosure="主动公开",
            ref=("人大", "省", 14, 3, "0562", "建议", "关于进一步优化小微企业办税缴费服务的建议", []),
            preamble=[line(L, "你们提出的")],
            sections=[
                (1, "cn", "一、", "关于税费优惠政策直达快享", [rest(L, "一、关于税费优惠政策直达快享。")]),
                (1, "cn", "二、", "关于简化办税流程", [rest(L, "二、关于简化办税流程。")]),
                (1, "cn", "三、", "关于拓展征纳互动服务", [rest(L, "三、关于拓展征纳互动服务。")]),
            ],
            closing="感谢你们对税收工作的关心和支持。",
            signature=(("国家税务总局福建省税务局",), "2024-07-22", "2024年7月22日"),
        ),
    )


D1C = [
    "洧川县退役军人事务局",
    "洧退役军人函〔2024〕7号",
    "关于县十八届人大三次会议第029号建议的答复",
    "尚某某代表：",
    "    您提出的《关于做好退役士兵就业安置工作的建议》收悉。现答复如下：",
    "    今年以来，我局首先建立退役士兵就业需求台账，逐人了解就业意愿；其次联合县人社局举办退役军人专场招聘会3场，提供岗位420个；最后组织有意愿的退役士兵参加技能培训，培训合格率达到96%。",
    "    今后，我局将继续拓宽就业渠道，推动更多退役士兵实现稳定就业。",
    "    专此答复。",
    "洧川县退役军人事务局",
    "2024年6月28日",
]


def test_d1c_county_veterans_answer_without_sections_with_a_shou_xian_run_and_a_plan_paragraph() -> None:
    L = D1C
    doc = check(
        clean(L),
        expect(
            issuer="洧川县退役军人事务局",
            number=("洧退役军人函〔2024〕7号", "洧退役军人函", 2024, 7),
            title="关于县十八届人大三次会议第029号建议的答复",
            recipients=["尚某某代表"],
            ref=("人大", "县", 18, 3, "029", "建议", "关于做好退役士兵就业安置工作的建议", []),
            preamble=[line(L, "您提出的"), line(L, "今年以来"), line(L, "今后，")],
            members=[
                (1, "首先", "建立退役士兵就业需求台账，逐人了解就业意愿"),
                (2, "其次", "联合县人社局举办退役军人专场招聘会3场，提供岗位420个"),
                (3, "最后", "组织有意愿的退役士兵参加技能培训，培训合格率达到96%"),
            ],
            closing="专此答复。",
            signature=(("洧川县退役军人事务局",), "2024-06-28", "2024年6月28日"),
        ),
    )
    assert [p.phase for p in doc.preamble][2] == "plan"


D1D = [
    "洧川县蘅塘镇人民政府",
    "蘅政函〔2024〕5号",
    "关于蘅塘镇第十八届人民代表大会第四次会议第6号建议的答复",
    "乐某某代表：",
    "    您在镇十八届人大四次会议期间提出的《关于修缮荻湾村灌溉渠的建议》收悉。现答复如下：",
    "    荻湾村灌溉渠建于上世纪七十年代，渠长3.2公里，目前部分渠段渗漏严重。镇政府已将该渠修缮工程列入今年农田水利建设计划，总投资68万元，其中争取县级以上补助45万元，镇级配套23万元。工程已于9月开工，预计11月底前完工。",
    "    感谢您对镇政府工作的关心和支持。",
    "洧川县蘅塘镇人民政府",
    "2024年9月20日",
]


def test_d1d_town_answers_its_own_congress_deputy_in_the_full_congress_form() -> None:
    L = D1D
    check(
        clean(L),
        expect(
            issuer="洧川县蘅塘镇人民政府",
            number=("蘅政函〔2024〕5号", "蘅政函", 2024, 5),
            title=L[2],
            recipients=["乐某某代表"],
            # 蘅塘镇第十八届人民代表大会第四次会议: the town's congress, term 18, session 4
            ref=("人大", "镇", 18, 4, "6", "建议", "关于修缮荻湾村灌溉渠的建议", []),
            preamble=[line(L, "您在镇十八届"), line(L, "荻湾村灌溉渠")],
            closing="感谢您对镇政府工作的关心和支持。",
            signature=(("洧川县蘅塘镇人民政府",), "2024-09-20", "2024年9月20日"),
        ),
    )


D1E = [
    "溱州市芑阳区教育局",
    "溱州市芑阳区财政局",
    "芑教函〔2024〕19号",
    "关于区九届人大四次会议第0048号建议的答复",
    "龚某某代表：",
    "    您提出的《关于扩大蒌溪街道公办幼儿园学位供给的建议》收悉。经区教育局会同区财政局认真研究，现答复如下：",
    "    一、学位供给情况",
    "    蒌溪街道现有公办幼儿园4所、学位1260个，公办园在园幼儿占比为46%，低于全区平均水平。",
    "    二、新建幼儿园安排",
    "    区财政已安排资金1800万元，在蒌溪街道新建9个班规模的公办幼儿园1所，预计2025年9月开园，可新增学位270个。",
    "    感谢您对教育工作的关心和支持。",
    "溱州市芑阳区教育局　　　溱州市芑阳区财政局",
    "2024年7月25日",
]


def test_d1e_joint_answer_under_a_two_organ_letterhead_signed_side_by_side_over_one_date() -> None:
    L = D1E
    check(
        clean(L),
        leave(
            expect(
                number=("芑教函〔2024〕19号", "芑教函", 2024, 19),
                title="关于区九届人大四次会议第0048号建议的答复",
                recipients=["龚某某代表"],
                ref=("人大", "区", 9, 4, "0048", "建议", "关于扩大蒌溪街道公办幼儿园学位供给的建议", []),
                preamble=[line(L, "您提出的")],
                sections=[
                    (1, "cn", "一、", "学位供给情况", [line(L, "蒌溪街道现有")]),
                    (1, "cn", "二、", "新建幼儿园安排", [line(L, "区财政已安排")]),
                ],
                closing="感谢您对教育工作的关心和支持。",
                signature=(("溱州市芑阳区教育局", "溱州市芑阳区财政局"), "2024-07-25", "2024年7月25日"),
            ),
            # issuer left out (doubted: a joint 版头 of two organs, whether the first or both read as issuer)
            "issuer",
        ),
    )


# --- Batch 2 (ids D2*): answers to 政协提案 -------------------------------------------------------------------------------

D2A = [
    "江苏省数据局",
    "苏数函〔2024〕15号",
    "对省政协十三届三次会议第0417号提案的答复",
    "致公党江苏省委员会：",
    "    贵会提出的《关于加快推进公共数据开放共享的提案》收悉。现答复如下：",
    "    一、公共数据共享情况",
    "    （一）共享平台建设",
    "    省级公共数据共享交换平台已接入省级部门58个、设区市13个，累计提供数据共享调用21亿次。",
    "    （二）数据目录编制",
    "    我局组织编制省级公共数据资源目录，共梳理数据资源4860类，其中无条件共享类占62%。",
    "    二、公共数据开放情况",
    "    省公共数据开放平台已开放数据集2130个，涵盖交通、气象、市场监管等18个领域，今年以来下载量达到96万次。",
    "    三、下一步工作",
    "    我局将加快制定公共数据开放管理办法，建立数据开放需求响应机制，推动更多高价值数据向社会开放。",
    "    感谢贵会对数据工作的关心和支持！",
    "江苏省数据局",
    "2024年7月30日",
]


def test_d2a_provincial_data_bureau_answer_titled_dui_in_two_ranks_with_a_next_step_heading() -> None:
    L = D2A
    doc = check(
        clean(L),
        expect(
            issuer="江苏省数据局",
            number=("苏数函〔2024〕15号", "苏数函", 2024, 15),
            title="对省政协十三届三次会议第0417号提案的答复",
            recipients=["致公党江苏省委员会"],
            ref=("政协", "省", 13, 3, "0417", "提案", "关于加快推进公共数据开放共享的提案", []),
            preamble=[line(L, "贵会提出的")],
            sections=[
                (1, "cn", "一、", "公共数据共享情况", []),
                (2, "cn-paren", "（一）", "共享平台建设", [line(L, "省级公共数据共享")]),
                (2, "cn-paren", "（二）", "数据目录编制", [line(L, "我局组织编制")]),
                (1, "cn", "二、", "公共数据开放情况", [line(L, "省公共数据开放平台")]),
                (1, "cn", "三、", "下一步工作", [line(L, "我局将加快")]),
            ],
            closing="感谢贵会对数据工作的关心和支持！",
            signature=(("江苏省数据局",), "2024-07-30", "2024年7月30日"),
        ),
    )
    # a heading's 下一步 gives no phase
    assert phases(doc.sections[2]) == [None]


D2B = [
    "溱州市信访局",
    "溱信函〔2024〕9号",
    "关于市政协十届三次会议第0095号提案的答复",
    "钟某某委员：",
    "    您提出的《关于推动信访矛盾纠纷源头化解的提案》收悉。现答复如下：",
    "    1．建立矛盾纠纷排查机制",
    "    我局指导各县（区）建立乡镇（街道）每周、县（区）每半月、市每月的矛盾纠纷排查制度，今年以来共排查化解矛盾纠纷3140件。",
    "    2．推行领导干部接访下访",
    "    全市各级领导干部累计接待群众来访1860批次，包案化解信访积案212件，积案化解率达到87%。",
    "    3．加强信访法治化建设",
    "    我局组织开展信访工作法治化培训16场，推动信访事项依法按程序办理，群众满意率达到92.6%。",
    "    感谢您对信访工作的关心和支持。",
    "溱州市信访局",
    "2024年7月11日",
    "联系人：凤某某　联系电话：0514-87210439",
]


def test_d2b_city_petitions_bureau_answer_in_num_headings_on_lines_of_their_own() -> None:
    L = D2B
    check(
        clean(L),
        expect(
            issuer="溱州市信访局",
            number=("溱信函〔2024〕9号", "溱信函", 2024, 9),
            title="关于市政协十届三次会议第0095号提案的答复",
            recipients=["钟某某委员"],
            ref=("政协", "市", 10, 3, "0095", "提案", "关于推动信访矛盾纠纷源头化解的提案", []),
            preamble=[line(L, "您提出的")],
            sections=[
                (1, "num", "1．", "建立矛盾纠纷排查机制", [line(L, "我局指导各县")]),
                (1, "num", "2．", "推行领导干部接访下访", [line(L, "全市各级领导干部")]),
                (1, "num", "3．", "加强信访法治化建设", [line(L, "我局组织开展")]),
            ],
            closing="感谢您对信访工作的关心和支持。",
            signature=(("溱州市信访局",), "2024-07-11", "2024年7月11日"),
            contact={"name": "凤某某", "phones": ("0514-87210439",)},
        ),
    )


D2C = [
    "提案号：第048号",
    "提案人：宓某某",
    "答复类别：A类",
    "洧川县医疗保障局",
    "洧医保函〔2024〕12号",
    "关于县政协十一届三次会议第048号提案的答复",
    "宓某某委员：",
    "    您提出的《关于加强医保基金监管的提案》收悉。现答复如下：",
    "    今年以来，我局联合县卫生健康局、县公安局开展医保基金违法违规使用专项整治，检查定点医药机构186家，追回医保基金312万元，对2家违规情节严重的定点医疗机构解除医保服务协议。同时，我局在全县定点医药机构推广医保智能监控系统，实现事前提醒、事中审核、事后监管全覆盖。",
    "    下一步，我局将聘请社会监督员20名，畅通举报投诉渠道，让医保基金在阳光下运行。",
    "    感谢您对医疗保障工作的关心和支持。",
    "洧川县医疗保障局",
    "2024年6月18日",
]


def test_d2c_county_medical_insurance_answer_under_a_proposal_form_with_no_sections_and_a_plan() -> None:
    L = D2C
    doc = check(
        clean(L),
        expect(
            issuer="洧川县医疗保障局",
            number=("洧医保函〔2024〕12号", "洧医保函", 2024, 12),
            title="关于县政协十一届三次会议第048号提案的答复",
            recipients=["宓某某委员"],
            metadata={"提案号": "第048号", "提案人": "宓某某", "答复类别": "A类"},
            category="A",
            # 提案人 names the proposer
            ref=("政协", "县", 11, 3, "048", "提案", "关于加强医保基金监管的提案", ["宓某某"]),
            preamble=[line(L, "您提出的"), line(L, "今年以来"), line(L, "下一步，")],
            closing="感谢您对医疗保障工作的关心和支持。",
            signature=(("洧川县医疗保障局",), "2024-06-18", "2024年6月18日"),
        ),
    )
    assert [p.phase for p in doc.preamble] == ["progress", "progress", "plan"]


D2D = [
    "溱州市芑阳区人民法院",
    "芑法函〔2024〕6号",
    "关于区政协八届三次会议第0033号提案的答复",
    "民盟芑阳区基层委员会：",
    "    贵会提出的《关于加强诉源治理推动矛盾纠纷多元化解的提案》收悉。现答复如下：",
    "    我院高度重视诉源治理工作，一是在蒌溪街道等5个街道设立诉讼服务站，法官定期驻点开展调解指导；二是与区司法局共建诉调对接中心，今年以来诉前委派调解纠纷1260件，调解成功率达到58%；三是推行“法官进网格”，全区148个网格均明确联系法官。",
    "    专此答复。",
    "溱州市芑阳区人民法院",
    "2024年8月6日",
]


def test_d2d_district_court_answers_a_party_committee_with_yi_shi_members_and_no_sections() -> None:
    L = D2D
    check(
        clean(L),
        expect(
            issuer="溱州市芑阳区人民法院",
            number=("芑法函〔2024〕6号", "芑法函", 2024, 6),
            title="关于区政协八届三次会议第0033号提案的答复",
            recipients=["民盟芑阳区基层委员会"],
            ref=("政协", "区", 8, 3, "0033", "提案", "关于加强诉源治理推动矛盾纠纷多元化解的提案", []),
            preamble=[line(L, "贵会提出的"), line(L, "我院高度重视")],
            members=[
                (1, "一是", "在蒌溪街道等5个街道设立诉讼服务站，法官定期驻点开展调解指导"),
                (2, "二是", "与区司法局共建诉调对接中心，今年以来诉前委派调解纠纷1260件，调解成功率达到58%"),
                (3, "三是", "推行“法官进网格”，全区148个网格均明确联系法官"),
            ],
            closing="专此答复。",
            signature=(("溱州市芑阳区人民法院",), "2024-08-06", "2024年8月6日"),
        ),
    )


D2E = [
    "溱州市文化广电和旅游局",
    "溱文旅函〔2024〕41号",
    "关于市政协十届三次会议第20240156号提案的答复",
    "溱州市工商业联合会：",
    "    贵会提出的《关于推动乡村旅游提质升级的提案》收悉。现答复如下：",
    "    （1）打造精品线路。我局推出“蘅塘湖山水游”“荻湾古村研学游”等乡村旅游精品线路12条，今年以来接待游客186万人次。",
    "    （2）培育乡村民宿。出台乡村民宿等级评定办法，评定星级民宿43家，带动农户就业1200余人。",
    "    （3）完善配套设施。新建改建乡村旅游厕所36座、停车场18处，在主要景区景点设置旅游引导标识210块。",
    "    感谢贵会对文化和旅游工作的关心和支持。",
    "溱州市文化广电和旅游局",
    "2024年8月12日",
]


def test_d2e_city_culture_answer_to_a_federation_with_an_eight_digit_number_in_top_level_num_paren_points() -> None:
    L = D2E
    check(
        clean(L),
        expect(
            issuer="溱州市文化广电和旅游局",
            number=("溱文旅函〔2024〕41号", "溱文旅函", 2024, 41),
            title="关于市政协十届三次会议第20240156号提案的答复",
            recipients=["溱州市工商业联合会"],
            ref=("政协", "市", 10, 3, "20240156", "提案", "关于推动乡村旅游提质升级的提案", []),
            preamble=[line(L, "贵会提出的")],
            sections=[
                (1, "num-paren", "（1）", "打造精品线路", [rest(L, "（1）打造精品线路。")]),
                (1, "num-paren", "（2）", "培育乡村民宿", [rest(L, "（2）培育乡村民宿。")]),
                (1, "num-paren", "（3）", "完善配套设施", [rest(L, "（3）完善配套设施。")]),
            ],
            closing="感谢贵会对文化和旅游工作的关心和支持。",
            signature=(("溱州市文化广电和旅游局",), "2024-08-12", "2024年8月12日"),
        ),
    )


# --- Batch 3 (ids D3*): letters around answers, notices --------------------------------------------------------------

D3A = [
    "国家税务总局洧川县税务局",
    "洧税函〔2024〕21号",
    "关于县政协十一届三次会议第062号提案的协办意见",
    "洧川县发展和改革局：",
    "    县政协十一届三次会议第062号提案《关于支持县域民营经济发展壮大的提案》由你局主办、我局协办。经认真研究，现将我局协办意见函告如下：",
    "    1．今年以来，我局落实小规模纳税人增值税减免、小微企业所得税优惠等政策，为全县民营企业减免税费1.36亿元。",
    "    2．我局建立重点民营企业联系制度，由局领导班子成员分别联系县内32家重点民营企业，及时解决企业涉税诉求。",
    "    专此函达。",
    "国家税务总局洧川县税务局",
    "2024年5月17日",
]


def test_d3a_county_tax_bureaus_assisting_opinion_to_the_lead_unit_in_untitled_num_points() -> None:
    L = D3A
    check(
        clean(L),
        expect(
            # 协办意见: a reply (the contract's list)
            issuer="国家税务总局洧川县税务局",
            number=("洧税函〔2024〕21号", "洧税函", 2024, 21),
            title="关于县政协十一届三次会议第062号提案的协办意见",
            recipients=["洧川县发展和改革局"],
            ref=("政协", "县", 11, 3, "062", "提案", "关于支持县域民营经济发展壮大的提案", []),
            preamble=[line(L, "县政协十一届")],
            # first sentences over 30 characters with commas only: untitled points
            sections=[
                (1, "num", "1．", None, [rest(L, "1．")]),
                (1, "num", "2．", None, [rest(L, "2．")]),
            ],
            closing="专此函达。",
            signature=(("国家税务总局洧川县税务局",), "2024-05-17", "2024年5月17日"),
        ),
    )


D3B = [
    "溱州市数据局",
    "溱数函〔2024〕27号",
    "溱州市数据局关于商请提供不动产登记数据共享接口的函",
    "溱州市自然资源和规划局：",
    "    为推进“一件事一次办”改革，实现二手房转移登记与水电气过户联动办理，需共享不动产登记相关数据。现商请贵局通过市公共数据平台提供不动产登记信息查询接口，共享字段包括不动产单元号、权利人、坐落和登记时间。",
    "    我局将严格按照数据安全管理规定使用共享数据，不用于其他用途。",
    "    特此函告。",
    "溱州市数据局",
    "2024年10月8日",
    "（联系人：詹某某，联系电话：0514-87356021）",
]


def test_d3b_city_data_bureaus_letter_asking_a_bureau_for_a_data_interface_closing_te_ci_han_gao() -> None:
    L = D3B
    check(
        clean(L),
        expect(
            kind="letter",
            issuer="溱州市数据局",
            number=("溱数函〔2024〕27号", "溱数函", 2024, 27),
            title=L[2],
            recipients=["溱州市自然资源和规划局"],
            preamble=[line(L, "为推进"), line(L, "我局将严格")],
            closing="特此函告。",
            signature=(("溱州市数据局",), "2024-10-08", "2024年10月8日"),
            contact={"name": "詹某某", "phones": ("0514-87356021",)},
        ),
    )


D3C = [
    "特急",
    "溱州市芑阳区卫生健康委员会",
    "芑卫发〔2024〕22号",
    "芑阳区卫生健康委员会关于做好登革热防控工作的紧急通知",
    "各街道社区卫生服务中心，区疾病预防控制中心，区属各医疗机构：",
    "    近期，周边地区登革热病例明显增多，我区输入性病例传播风险加大。为有效防范本地疫情发生，现就有关工作紧急通知如下：",
    "    一、加强病例监测报告",
    "    各医疗机构要加强发热病人筛查，对疑似病例做到早发现、早报告、早隔离、早治疗，确诊病例须在2小时内网络直报。",
    "    二、开展爱国卫生运动",
    "    各社区卫生服务中心要配合街道开展蚊媒孳生地清理，重点清除居民小区积水容器，降低蚊媒密度。",
    "    附件：1．登革热诊疗方案（2024年版）",
    "    　　　2．蚊媒孳生地清理工作记录表",
    "溱州市芑阳区卫生健康委员会",
    "2024年9月3日",
    "抄送：区人民政府办公室、区爱国卫生运动委员会办公室。",
    "溱州市芑阳区卫生健康委员会办公室　　2024年9月3日印发",
]


def test_d3c_district_health_commissions_urgent_notice_with_two_attachments_and_a_full_imprint() -> None:
    L = D3C
    check(
        clean(L),
        expect(
            kind="notice",
            issuer="溱州市芑阳区卫生健康委员会",
            number=("芑卫发〔2024〕22号", "芑卫发", 2024, 22),
            title=L[3],
            urgency="特急",
            recipients=["各街道社区卫生服务中心", "区疾病预防控制中心", "区属各医疗机构"],
            preamble=[line(L, "近期，")],
            sections=[
                (1, "cn", "一、", "加强病例监测报告", [line(L, "各医疗机构要")]),
                (1, "cn", "二、", "开展爱国卫生运动", [line(L, "各社区卫生服务中心要")]),
            ],
            signature=(("溱州市芑阳区卫生健康委员会",), "2024-09-03", "2024年9月3日"),
            imprint=(
                ("区人民政府办公室", "区爱国卫生运动委员会办公室"),
                "溱州市芑阳区卫生健康委员会办公室",
                "2024-09-03",
            ),
            attachments=("登革热诊疗方案（2024年版）", "蚊媒孳生地清理工作记录表"),
        ),
    )


D3D = [
    "洧川县人民政府",
    "洧政复〔2024〕14号",
    "洧川县人民政府关于同意创建蘅塘湖省级旅游度假区的批复",
    "县文化广电旅游局：",
    "    你局《关于申请创建蘅塘湖省级旅游度假区的请示》（洧文旅〔2024〕9号）收悉。经县人民政府研究，现批复如下：",
    "    一、同意以蘅塘湖及周边区域为范围创建省级旅游度假区，规划面积8.6平方公里。",
    "    二、你局要会同蘅塘镇人民政府抓紧编制度假区总体规划，完善游客服务中心、停车场等配套设施，力争2026年通过省级评定。",
    "    此复。",
    "洧川县人民政府",
    "2024年10月22日",
    "（此件公开发布）",
]


def test_d3d_county_approval_of_a_resort_in_untitled_points_closing_ci_fu_published() -> None:
    L = D3D
    check(
        clean(L),
        expect(
            kind="approval",
            issuer="洧川县人民政府",
            number=("洧政复〔2024〕14号", "洧政复", 2024, 14),
            title=L[2],
            recipients=["县文化广电旅游局"],
            disclosure="主动公开",
            preamble=[line(L, "你局《")],
            sections=[
                (1, "cn", "一、", None, [rest(L, "一、")]),
                (1, "cn", "二、", None, [rest(L, "二、")]),
            ],
            closing="此复。",
            signature=(("洧川县人民政府",), "2024-10-22", "2024年10月22日"),
        ),
    )


D3E = [
    "溱州市林业局",
    "溱林发〔2024〕19号",
    "溱州市林业局关于2024年春季森林防火督查情况的通报",
    "各县（区）林业局，市林业局直属各单位：",
    "    3月至4月，我局组织4个督查组对全市春季森林防火工作进行了督查。现将督查情况通报如下：",
    "    一、总体情况",
    "    今年春季全市共发生森林火情2起，过火面积3.6公顷，无人员伤亡，森林火灾受害率控制在省定指标以内。",
    "    二、存在的主要问题",
    "    督查发现的问题主要有：第一，部分乡镇野外火源管控不严，林区祭祀用火现象仍有发生；第二，个别护林员巡山不到位，巡护轨迹记录不全；第三，部分林区防火通道和蓄水池年久失修。",
    "    三、整改要求",
    "    各县（区）要对照问题清单逐项整改，于5月31日前将整改情况报送市林业局。",
    "    特此通报。",
    "溱州市林业局",
    "2024年5月8日",
]


def test_d3e_city_forestry_bulletin_of_fire_inspections_with_di_yi_members_closing_te_ci_tong_bao() -> None:
    L = D3E
    check(
        clean(L),
        expect(
            kind="bulletin",
            issuer="溱州市林业局",
            number=("溱林发〔2024〕19号", "溱林发", 2024, 19),
            title=L[2],
            recipients=["各县（区）林业局", "市林业局直属各单位"],
            preamble=[line(L, "3月至4月")],
            sections=[
                (1, "cn", "一、", "总体情况", [line(L, "今年春季")]),
                (1, "cn", "二、", "存在的主要问题", [line(L, "督查发现的问题")]),
                (1, "cn", "三、", "整改要求", [line(L, "各县（区）要对照")]),
            ],
            members=[
                (1, "第一", "部分乡镇野外火源管控不严，林区祭祀用火现象仍有发生"),
                (2, "第二", "个别护林员巡山不到位，巡护轨迹记录不全"),
                (3, "第三", "部分林区防火通道和蓄水池年久失修"),
            ],
            closing="特此通报。",
            signature=(("溱州市林业局",), "2024-05-08", "2024年5月8日"),
        ),
    )


# --- Batch 4 (ids D4*): 请示, 纪要, 方案, 报告, 意见 ----------------------------------------------------------------------

D4A = [
    "特急",
    "洧川县蘅塘镇人民政府",
    "蘅政〔2024〕21号　　　　　　　　签发人：庞某某",
    "洧川县蘅塘镇人民政府关于申请拨付蘅塘湖堤防应急抢险资金的请示",
    "洧川县人民政府：",
    "    7月上旬，我镇遭遇连续强降雨，蘅塘湖北岸堤防出现管涌险情3处、堤身滑坡2处。险情发生后，我镇立即组织抢险队伍和群众260余人开展抢险，险情已得到有效控制。经初步核算，此次抢险共投入资金186万元，我镇财力难以承担。恳请县人民政府拨付应急抢险资金150万元。",
    "    妥否，请批示。",
    "洧川县蘅塘镇人民政府",
    "2024年7月16日",
    "（联系人：冀某某，联系电话：0514-86512307）",
]


def test_d4a_towns_urgent_request_with_its_signer_on_the_numbers_line_closing_tuo_fou() -> None:
    L = D4A
    check(
        clean(L),
        expect(
            kind="request",
            issuer="洧川县蘅塘镇人民政府",
            number=("蘅政〔2024〕21号", "蘅政", 2024, 21),
            title=L[3],
            urgency="特急",
            recipients=["洧川县人民政府"],
            signer="庞某某",
            metadata={"签发人": "庞某某"},
            preamble=[line(L, "7月上旬")],
            closing="妥否，请批示。",
            signature=(("洧川县蘅塘镇人民政府",), "2024-07-16", "2024年7月16日"),
            contact={"name": "冀某某", "phones": ("0514-86512307",)},
        ),
    )


D4B = [
    "洧川县信访工作联席会议纪要",
    "〔2024〕3号",
    "洧川县信访工作联席会议办公室　　　　　　2024年5月20日",
    "    5月17日上午，副县长晁某某主持召开县信访工作联席会议，研究蘅塘镇荻湾村征地补偿信访问题化解工作。现将会议议定事项纪要如下：",
    "    一、关于补偿标准核查。会议要求县自然资源局会同蘅塘镇人民政府于6月10日前完成荻湾村征地补偿标准和补偿款发放情况核查，核查结果向群众公开。",
    "    二、关于困难群众帮扶。会议同意对荻湾村征地后生活困难的17户群众，由县民政局按规定落实临时救助，县人力资源和社会保障局优先推荐就业岗位。",
    "    三、关于稳控化解责任。会议明确由蘅塘镇党委书记为化解第一责任人，县信访局每周跟踪化解进展。",
    "出席：晁某某、邸某某、龙某某",
    "列席：县自然资源局、县民政局、县人力资源和社会保障局、蘅塘镇人民政府负责同志",
    "记录：栾某某",
]


def test_d4b_county_petition_joint_meeting_minutes_with_a_bracket_serial_and_run_in_guan_yu_points() -> None:
    L = D4B
    doc = check(
        clean(L),
        leave(
            expect(
                kind="minutes",
                title="洧川县信访工作联席会议纪要",
                preamble=[line(L, "5月17日上午")],
                sections=[
                    (1, "cn", "一、", "关于补偿标准核查", [rest(L, "一、关于补偿标准核查。")]),
                    (1, "cn", "二、", "关于困难群众帮扶", [rest(L, "二、关于困难群众帮扶。")]),
                    (1, "cn", "三、", "关于稳控化解责任", [rest(L, "三、关于稳控化解责任。")]),
                ],
                imprint=((), "洧川县信访工作联席会议办公室", "2024-05-20"),
            ),
            # issuer left out (doubted, as every earlier round: the place opening a 纪要's title, no organ)
            "issuer",
        ),
    )
    s = doc.header.serial
    assert s is not None and s.number == 3 and s.text == "〔2024〕3号"
    assert [(a.role, list(a.names)) for a in doc.header.attendance] == [
        ("出席", ["晁某某", "邸某某", "龙某某"]),
        ("列席", ["县自然资源局", "县民政局", "县人力资源和社会保障局", "蘅塘镇人民政府负责同志"]),
        ("记录", ["栾某某"]),
    ]


D4C = [
    "芑阳区2024年夜间文旅消费提升行动方案",
    "    为丰富夜间文化和旅游消费供给，激发消费潜力，结合我区实际，制定本方案。",
    "    一、行动目标",
    "    到2024年底，全区培育夜间文旅消费集聚区3个，夜间文旅消费额较上年增长15%以上。",
    "    二、重点任务",
    "    （一）打造夜间消费场景",
    "    1.建设蒌溪夜市街区。对蒌溪老街进行亮化改造，引进特色餐饮、文创零售商户80家以上。",
    "    2.开发夜游产品。推出蘅塘湖夜游航线，开发灯光秀、水上演艺等夜游项目。",
    "    （二）丰富夜间文化活动",
    "    每周末在区文化广场举办“芑阳之夜”文艺演出，全年演出不少于60场。",
    "    三、保障措施",
    "    区文化广电旅游局牵头建立工作专班，区财政安排引导资金300万元，对评定为区级夜间文旅消费集聚区的给予一次性奖励。",
    "溱州市芑阳区人民政府办公室",
    "2024年4月2日",
]


def test_d4c_districts_action_plan_opened_by_a_place_with_num_points_under_a_paren_heading() -> None:
    L = D4C
    check(
        clean(L),
        leave(
            expect(
                kind="plan",
                title=L[0],
                preamble=[line(L, "为丰富夜间")],
                sections=[
                    (1, "cn", "一、", "行动目标", [line(L, "到2024年底")]),
                    (1, "cn", "二、", "重点任务", []),
                    (2, "cn-paren", "（一）", "打造夜间消费场景", []),
                    (3, "num", "1.", "建设蒌溪夜市街区", [rest(L, "1.建设蒌溪夜市街区。")]),
                    (3, "num", "2.", "开发夜游产品", [rest(L, "2.开发夜游产品。")]),
                    (2, "cn-paren", "（二）", "丰富夜间文化活动", [line(L, "每周末")]),
                    (1, "cn", "三、", "保障措施", [line(L, "区文化广电旅游局牵头")]),
                ],
                signature=(("溱州市芑阳区人民政府办公室",), "2024-04-02", "2024年4月2日"),
            ),
            # issuer left out (doubted, as holdout30 B5B and holdout31 C4C: a place opens the title)
            "issuer",
        ),
    )


D4D = [
    "溱州市退役军人事务局",
    "溱退役军人〔2024〕33号",
    "溱州市退役军人事务局关于2024年上半年退役军人服务保障工作情况的报告",
    "溱州市人民政府：",
    "    今年以来，我局围绕让退役军人成为全社会尊重的人这一目标，扎实做好退役军人服务保障工作。现将上半年工作情况报告如下：",
    "    一、就业创业扶持",
    "    一方面，我局与42家企业签订退役军人就业合作协议，举办专场招聘会9场，帮助1130名退役军人实现就业；另一方面，设立退役军人创业孵化基地3个，为86名退役军人创业者落实创业担保贷款2600万元。",
    "    二、优抚政策落实",
    "    上半年全市发放各类优抚资金1.72亿元，为2.3万名优抚对象落实医疗保障待遇，完成烈士纪念设施维修改造11处。",
    "    特此报告。",
    "溱州市退役军人事务局",
    "2024年7月10日",
]


def test_d4d_city_veterans_report_to_its_government_with_yi_fang_mian_members_closing_te_ci_bao_gao() -> None:
    L = D4D
    check(
        clean(L),
        expect(
            kind="report",
            issuer="溱州市退役军人事务局",
            number=("溱退役军人〔2024〕33号", "溱退役军人", 2024, 33),
            title=L[2],
            recipients=["溱州市人民政府"],
            preamble=[line(L, "今年以来")],
            sections=[
                (1, "cn", "一、", "就业创业扶持", [line(L, "一方面")]),
                (1, "cn", "二、", "优抚政策落实", [line(L, "上半年全市")]),
            ],
            members=[
                (1, "一方面", "我局与42家企业签订退役军人就业合作协议，举办专场招聘会9场，帮助1130名退役军人实现就业"),
                (2, "另一方面", "设立退役军人创业孵化基地3个，为86名退役军人创业者落实创业担保贷款2600万元"),
            ],
            closing="特此报告。",
            signature=(("溱州市退役军人事务局",), "2024-07-10", "2024年7月10日"),
        ),
    )


D4E = [
    "溱州市数据局",
    "溱数发〔2024〕6号",
    "溱州市数据局关于推进公共数据授权运营的指导意见",
    "各县（区）数据局，市直各有关单位：",
    "    为规范公共数据授权运营，释放公共数据要素价值，现提出如下指导意见。",
    "    一、基本原则",
    "    坚持依法合规、安全可控、公益优先、有偿使用的原则，确保公共数据授权运营在安全前提下有序开展。",
    "    二、主要任务",
    "    （一）明确授权范围。公共数据授权运营以市公共数据平台汇聚的交通、医疗、气象等领域数据为主，涉及国家秘密、个人隐私的数据不得授权运营。",
    "    （二）规范运营主体。运营主体通过公开招标等竞争性方式确定，授权期限一般不超过5年。",
    "    （三）加强收益管理。公共数据授权运营收益按规定纳入财政预算管理。",
    "    三、组织实施",
    "    市数据局负责统筹推进公共数据授权运营工作，各县（区）参照本意见组织实施。",
    "溱州市数据局",
    "2024年11月5日",
    "（此件主动公开）",
]


def test_d4e_city_data_bureaus_guiding_opinion_in_two_ranks_published() -> None:
    L = D4E
    check(
        clean(L),
        expect(
            kind="opinion",
            issuer="溱州市数据局",
            number=("溱数发〔2024〕6号", "溱数发", 2024, 6),
            title=L[2],
            recipients=["各县（区）数据局", "市直各有关单位"],
            disclosure="主动公开",
            preamble=[line(L, "为规范公共数据")],
            sections=[
                (1, "cn", "一、", "基本原则", [line(L, "坚持依法合规")]),
                (1, "cn", "二、", "主要任务", []),
                (2, "cn-paren", "（一）", "明确授权范围", [rest(L, "（一）明确授权范围。")]),
                (2, "cn-paren", "（二）", "规范运营主体", [rest(L, "（二）规范运营主体。")]),
                (2, "cn-paren", "（三）", "加强收益管理", [rest(L, "（三）加强收益管理。")]),
                (1, "cn", "三、", "组织实施", [line(L, "市数据局负责")]),
            ],
            signature=(("溱州市数据局",), "2024-11-05", "2024年11月5日"),
        ),
    )


# --- Batch 5 (ids D5*): portal copies and PDF text layers ----------------------------------------------------------------

D5A = [
    "溱州市人民政府门户网站",
    "当前位置：首页 > 信息公开 > 建议提案办理结果",
    "索 引 号：114503210031/2024-00418",
    "发布机构：溱州市林业局",
    "文　　号：溱林函〔2024〕27号",
    "成文日期：2024-07-26",
    "关于市十五届人大三次会议第0306号建议的答复",
    "发布时间：2024-07-29　　浏览量：",
    "邬某某代表：",
    "    您提出的《关于加强古树名木保护的建议》收悉。现答复如下：",
    "    一、古树名木资源普查",
    "    我局已完成全市古树名木资源普查，共普查登记古树名木3862株，其中一级古树216株，全部建立电子档案并挂牌保护。",
    "    二、保护管理措施",
    "    对生长衰弱的古树名木实施“一树一策”抢救复壮，今年以来已复壮古树47株；同时落实古树名木日常养护责任人，养护经费纳入市级财政预算。",
    "    感谢您对林业工作的关心和支持。",
    "溱州市林业局",
    "2024年7月26日",
    "【打印本页】　【关闭窗口】",
    "主办：溱州市人民政府办公室　网站标识码：3211000012",
]


def test_d5a_city_portal_answer_under_letter_spaced_keys_one_pair_a_line() -> None:
    L = D5A
    check(
        clean(L),
        expect(
            # the organ over no 文号 line: the table's 发布机构 names it
            issuer="溱州市林业局",
            # the table's 文号 row (its key letter-spaced) is the document's number
            number=("溱林函〔2024〕27号", "溱林函", 2024, 27),
            title=L[6],
            recipients=["邬某某代表"],
            # keys without their layout spaces, values as written
            metadata={
                "索引号": "114503210031/2024-00418",
                "发布机构": "溱州市林业局",
                "文号": "溱林函〔2024〕27号",
                "成文日期": "2024-07-26",
            },
            ref=("人大", "市", 15, 3, "0306", "建议", "关于加强古树名木保护的建议", []),
            preamble=[line(L, "您提出的")],
            sections=[
                (1, "cn", "一、", "古树名木资源普查", [line(L, "我局已完成")]),
                (1, "cn", "二、", "保护管理措施", [line(L, "对生长衰弱")]),
            ],
            closing="感谢您对林业工作的关心和支持。",
            signature=(("溱州市林业局",), "2024-07-26", "2024年7月26日"),
        ),
        "门户网站",
        "当前位置",
        "浏览量",
        "打印本页",
        "网站标识码",
    )


D5B = [
    "首页 > 提案工作 > 办理复文",
    "提案编号：0231",
    "提案标题：关于完善城区无障碍设施建设的提案",
    "提案者：鄢某某",
    "主办单位：溱州市芑阳区住房和城乡建设局",
    "关于区政协八届三次会议第0231号提案的答复",
    "鄢某某委员：",
    "    您提出的《关于完善城区无障碍设施建设的提案》收悉。现答复如下：",
    "    今年以来，我局对城区主次干道、公共建筑和居住小区的无障碍设施开展排查，共排查出缺失或损坏的盲道、坡道等问题点位312处，已完成整改268处。下一步，我局将把无障碍设施建设纳入城市更新项目同步设计、同步施工、同步验收。",
    "    感谢您对住房和城乡建设工作的关心和支持。",
    "溱州市芑阳区住房和城乡建设局",
    "2024年8月19日",
    "上一条：关于加强蒌溪街道停车管理的提案的答复",
    "下一条：关于推进老旧小区加装电梯的提案的答复",
]


def test_d5b_cppcc_site_answer_under_a_form_of_number_title_proposer_and_lead_unit_rows() -> None:
    L = D5B
    doc = check(
        clean(L),
        leave(
            expect(
                title=L[5],
                recipients=["鄢某某委员"],
                metadata={
                    "提案编号": "0231",
                    "提案标题": "关于完善城区无障碍设施建设的提案",
                    "提案者": "鄢某某",
                    "主办单位": "溱州市芑阳区住房和城乡建设局",
                },
                preamble=[line(L, "您提出的"), line(L, "今年以来")],
                closing="感谢您对住房和城乡建设工作的关心和支持。",
                signature=(("溱州市芑阳区住房和城乡建设局",), "2024-08-19", "2024年8月19日"),
            ),
            # issuer and contact left out (doubted, as holdout30 b6b and holdout31 C5B: only a 主办单位 row names
            # the organ); ref compared below without its proposers (doubted: 提案者 is not 提案人)
            "issuer",
            "contact",
            "ref",
        ),
        "提案工作",
        "上一条",
        "下一条",
        "老旧小区加装电梯",
    )
    assert ref_of(doc) == ("政协", "区", 8, 3, "提案", "关于完善城区无障碍设施建设的提案")
    assert doc.header.responds_to is not None and doc.header.responds_to.number == "0231"
    # 下一步 opens inside the paragraph, not at its head: no plan
    assert [p.phase for p in doc.preamble] == [None, None]


D5C_LINES = [
    "洧川县文化广电旅游局",
    "洧文旅函〔2024〕17号",
    "关于县政协十一届三次会议第077号提案的答复",
    "晏某某委员：",
    "您在县政协十一届三次会议上提出的《关于加强蘅塘湖周边非遗保护的提案》收悉。现答复如下：",
    "一、非遗项目保护情况",
    "蘅塘湖周边现有县级以上非物质文化遗产代表性项目14项，其中省级3项。我局已为每个项目建立保护档案，落实保护责任单位。",
    "二、传承活动开展情况",
    "今年以来，我局在荻湾村建成非遗传习所1处，组织开展非遗展演和进校园活动46场次，参与群众1.2万人次。",
    "感谢您对文化和旅游工作的关心和支持。",
    "洧川县文化广电旅游局",
    "2024年6月27日",
]


def test_d5c_county_culture_answer_wrapped_at_30_with_slash_page_labels() -> None:
    L = D5C_LINES
    check(
        pdf_copy(L, 30, 8, "1/2", "2/2"),
        expect(
            issuer="洧川县文化广电旅游局",
            number=("洧文旅函〔2024〕17号", "洧文旅函", 2024, 17),
            title=L[2],
            recipients=["晏某某委员"],
            ref=("政协", "县", 11, 3, "077", "提案", "关于加强蘅塘湖周边非遗保护的提案", []),
            preamble=[L[4]],
            sections=[
                (1, "cn", "一、", "非遗项目保护情况", [L[6]]),
                (1, "cn", "二、", "传承活动开展情况", [L[8]]),
            ],
            closing=L[9],
            signature=(("洧川县文化广电旅游局",), "2024-06-27", "2024年6月27日"),
            warnings=["page-break-joined"],
        ),
        "1/2",
        "2/2",
    )


D5D_LINES = [
    "溱州市芑阳区信访局",
    "芑信〔2024〕11号",
    "芑阳区信访局关于申请增加信访接待大厅工作人员编制的请示",
    "溱州市芑阳区人民政府：",
    "区信访接待大厅自2021年启用以来，年接待群众来访量由3200人次增加到今年预计的6800人次，现有工作人员8名，其中在编人员3名，难以满足接访工作需要。为进一步做好群众来访接待工作，恳请区人民政府为区信访接待大厅增加事业编制4名。",
    "以上请示妥否，请批示。",
    "溱州市芑阳区信访局",
    "2024年3月12日",
    "（联系人：阮某某，联系电话：0514-87652218）",
]


def test_d5d_district_petitions_bureau_request_wrapped_at_34_with_page_of_total_labels() -> None:
    L = D5D_LINES
    check(
        pdf_copy(L, 34, 5, "第 1 页，共 2 页", "第 2 页，共 2 页"),
        expect(
            kind="request",
            issuer="溱州市芑阳区信访局",
            number=("芑信〔2024〕11号", "芑信", 2024, 11),
            title=L[2],
            recipients=["溱州市芑阳区人民政府"],
            preamble=[L[4]],
            closing=L[5],
            signature=(("溱州市芑阳区信访局",), "2024-03-12", "2024年3月12日"),
            contact={"name": "阮某某", "phones": ("0514-87652218",)},
            warnings=["page-break-joined"],
        ),
        "第 1 页",
        "第 2 页",
        "共 2 页",
    )


D5E_LINES = [
    "溱州市退役军人事务局",
    "溱退役军人发〔2024〕15号",
    "溱州市退役军人事务局关于开展2024年“八一”走访慰问活动的通知",
    "各县（区）退役军人事务局：",
    "为庆祝中国人民解放军建军97周年，弘扬拥军优属光荣传统，经研究，决定在全市开展2024年“八一”走访慰问活动。现将有关事项通知如下：",
    "一、慰问对象",
    "重点慰问生活困难的重点优抚对象、部分参战退役军人、在乡老复员军人和因公牺牲军人遗属。",
    "二、慰问标准",
    "市级慰问标准为每人500元，各县（区）可根据财力适当提高标准，所需资金从本级优抚经费中列支。",
    "附件：2024年“八一”走访慰问对象统计表",
    "溱州市退役军人事务局",
    "2024年7月15日",
    "抄送：市委组织部，市财政局，溱州军分区政治工作处。",
]


def test_d5e_city_veterans_notice_wrapped_at_35_with_dash_page_labels_an_attachment_and_a_copy_line() -> None:
    L = D5E_LINES
    check(
        pdf_copy(L, 35, 5, "— 1 —", "— 2 —"),
        expect(
            kind="notice",
            issuer="溱州市退役军人事务局",
            number=("溱退役军人发〔2024〕15号", "溱退役军人发", 2024, 15),
            title=L[2],
            recipients=["各县（区）退役军人事务局"],
            preamble=[L[4]],
            sections=[
                (1, "cn", "一、", "慰问对象", [L[6]]),
                (1, "cn", "二、", "慰问标准", [L[8]]),
            ],
            signature=(("溱州市退役军人事务局",), "2024-07-15", "2024年7月15日"),
            imprint=(("市委组织部", "市财政局", "溱州军分区政治工作处"), None, None),
            attachments=("2024年“八一”走访慰问对象统计表",),
            warnings=["page-break-joined"],
        ),
        "— 1 —",
        "— 2 —",
    )


# --- Batch 6 (ids D6*): Word as text, WeChat, OCR and Markdown copies ----------------------------------------------------

D6A = (
    "洧川县林业局\n"
    "\n"
    "洧林函〔2024〕16号\n"
    "\n"
    "关于县十八届人大三次会议第041号建议的答复\n"
    "\n"
    "郗某某代表：\n"
    "\n"
    "    您提出的《关于加快油茶低产林改造的建议》收悉。现答复如下：\n"
    "\n"
    "    一、低产林改造进展\n"
    "\n"
    "    全县现有油茶林8.6万亩，其中低产林3.1万亩。今年我局已完成低产林改造6200亩，改造后亩产茶油可提高到15公斤以上。\n"
    "\n"
    "    二、扶持政策落实\n"
    "\n"
    "    对实施低产林改造的经营主体，县财政按每亩400元给予补助，今年已兑现补助资金248万元。\n"
    "\n"
    "    感谢您对林业工作的关心和支持。\n"
    "\n"
    "                                        洧川县林业局\n"
    "                                      2024年9月10日\n"
    "\n"
    "联系人：仉某某    联系电话：0514-86523174\n"
)


def test_d6a_word_text_forestry_answer_with_blank_lines_ascii_indents_and_a_right_set_signature() -> None:
    check(
        D6A,
        expect(
            issuer="洧川县林业局",
            number=("洧林函〔2024〕16号", "洧林函", 2024, 16),
            title="关于县十八届人大三次会议第041号建议的答复",
            recipients=["郗某某代表"],
            ref=("人大", "县", 18, 3, "041", "建议", "关于加快油茶低产林改造的建议", []),
            preamble=["您提出的《关于加快油茶低产林改造的建议》收悉。现答复如下："],
            sections=[
                (
                    1,
                    "cn",
                    "一、",
                    "低产林改造进展",
                    [
                        "全县现有油茶林8.6万亩，其中低产林3.1万亩。"
                        "今年我局已完成低产林改造6200亩，改造后亩产茶油可提高到15公斤以上。"
                    ],
                ),
                (
                    1,
                    "cn",
                    "二、",
                    "扶持政策落实",
                    ["对实施低产林改造的经营主体，县财政按每亩400元给予补助，今年已兑现补助资金248万元。"],
                ),
            ],
            closing="感谢您对林业工作的关心和支持。",
            signature=(("洧川县林业局",), "2024-09-10", "2024年9月10日"),
            contact={"name": "仉某某", "phones": ("0514-86523174",)},
        ),
    )


D6B = """原创 溱州医保 溱州医保 2024年09月02日 17:05 江苏
关于市政协十届三次会议第0178号提案的答复
台盟溱州市支部：
贵支部提出的《关于推进医保电子凭证全场景应用的提案》收悉。现答复如下：
一、推广应用情况
全市医保电子凭证激活人数达到326万人，激活率达到81%，全市1860家定点医药机构均已支持医保电子凭证扫码结算。
二、场景拓展情况
我局在全市二级以上公立医院推行医保电子凭证“一码通行”，实现挂号、就诊、取药、结算全流程扫码。
感谢贵支部对医疗保障工作的关心和支持。
溱州市医疗保障局
2024年8月28日
来源：溱州市医疗保障局
往期推荐
医保年度结算这些事项要注意
阅读 1862
分享
在看
"""


def test_d6b_wechat_copy_of_a_city_answer_under_an_original_byline_over_a_source_line_and_recommended_reads() -> None:
    check(
        D6B,
        leave(
            expect(
                title="关于市政协十届三次会议第0178号提案的答复",
                recipients=["台盟溱州市支部"],
                ref=("政协", "市", 10, 3, "0178", "提案", "关于推进医保电子凭证全场景应用的提案", []),
                preamble=["贵支部提出的《关于推进医保电子凭证全场景应用的提案》收悉。现答复如下："],
                sections=[
                    (
                        1,
                        "cn",
                        "一、",
                        "推广应用情况",
                        [
                            "全市医保电子凭证激活人数达到326万人，激活率达到81%，"
                            "全市1860家定点医药机构均已支持医保电子凭证扫码结算。"
                        ],
                    ),
                    (
                        1,
                        "cn",
                        "二、",
                        "场景拓展情况",
                        [
                            "我局在全市二级以上公立医院推行医保电子凭证“一码通行”，实现挂号、就诊、取药、结算全流程扫码。"
                        ],
                    ),
                ],
                closing="感谢贵支部对医疗保障工作的关心和支持。",
                signature=(("溱州市医疗保障局",), "2024-08-28", "2024年8月28日"),
            ),
            # issuer left out (doubted, as holdout31 C6B: only the 落款 and a 来源 line name the organ)
            "issuer",
        ),
        "原创",
        "17:05",
        "往期推荐",
        "医保年度结算",
        "阅读 1862",
        "在看",
    )


D6C = """国家税务总局溱州市税务局
溱税函[2024]12号
关于市十五届人大三次会议第0129号建议的答复
姬某某代表:
    您提出的《关于为个体工商户提供更便利税务服务的建议》收悉。现答
复如下:
    1.推行定额核定网上办理。个体工商户可通过电子税务局在线申请定
额核定和调整,办理时间由3个工作日压缩到1个工作日。
    2.开展上门辅导服务。今年以来,全市税务部门组织税务干部上门辅
导个体工商户4600户次,帮助其享受税费优惠政策。
    感谢您对税收工作的关心和支持!
国家税务总局溱州市税务局
2024年7月4日
"""


def test_d6c_ocr_copy_with_square_brackets_in_the_number_half_width_num_markers_and_scan_broken_lines() -> None:
    check(
        D6C,
        leave(
            expect(
                issuer="国家税务总局溱州市税务局",
                number=("溱税函[2024]12号", "溱税函", 2024, 12),
                title="关于市十五届人大三次会议第0129号建议的答复",
                recipients=["姬某某代表"],
                ref=("人大", "市", 15, 3, "0129", "建议", "关于为个体工商户提供更便利税务服务的建议", []),
                preamble=["您提出的《关于为个体工商户提供更便利税务服务的建议》收悉。现答复如下:"],
                sections=[
                    (
                        1,
                        "num",
                        "1.",
                        "推行定额核定网上办理",
                        ["个体工商户可通过电子税务局在线申请定额核定和调整,办理时间由3个工作日压缩到1个工作日。"],
                    ),
                    (
                        1,
                        "num",
                        "2.",
                        "开展上门辅导服务",
                        ["今年以来,全市税务部门组织税务干部上门辅导个体工商户4600户次,帮助其享受税费优惠政策。"],
                    ),
                ],
                closing="感谢您对税收工作的关心和支持!",
                signature=(("国家税务总局溱州市税务局",), "2024-07-04", "2024年7月4日"),
            ),
            # warnings left out (doubted, as holdout30 B8C and holdout31 C6C: whether the scan's broken lines warn)
            "warnings",
        ),
    )


D6D = """**溱州市芑阳区退役军人事务局**

**芑退役军人函〔2024〕8号**

## 关于区政协八届三次会议第0142号提案的答复

解某某委员：

您提出的《关于加强退役军人服务站规范化建设的提案》收悉。现答复如下：

**（一）站点建设。**全区已建成街道退役军人服务站9个、社区（村）服务站126个，实现全覆盖。

**（二）队伍建设。**每个街道服务站配备专职工作人员不少于2名，今年组织服务站工作人员业务培训3期。

**（三）服务提升。**推行“一站式”服务，退役军人优待证申领等12项业务可在服务站直接办理。

感谢您对退役军人工作的关心和支持。

溱州市芑阳区退役军人事务局

2024年8月9日
"""


def test_d6d_markdown_copy_with_a_bold_letterhead_a_second_level_title_and_bold_run_in_paren_points() -> None:
    check(
        D6D,
        leave(
            expect(
                issuer="溱州市芑阳区退役军人事务局",
                number=("芑退役军人函〔2024〕8号", "芑退役军人函", 2024, 8),
                title="关于区政协八届三次会议第0142号提案的答复",
                recipients=["解某某委员"],
                ref=("政协", "区", 8, 3, "0142", "提案", "关于加强退役军人服务站规范化建设的提案", []),
                preamble=["您提出的《关于加强退役军人服务站规范化建设的提案》收悉。现答复如下："],
                sections=[
                    (
                        1,
                        "cn-paren",
                        "（一）",
                        "站点建设",
                        ["全区已建成街道退役军人服务站9个、社区（村）服务站126个，实现全覆盖。"],
                    ),
                    (
                        1,
                        "cn-paren",
                        "（二）",
                        "队伍建设",
                        ["每个街道服务站配备专职工作人员不少于2名，今年组织服务站工作人员业务培训3期。"],
                    ),
                    (
                        1,
                        "cn-paren",
                        "（三）",
                        "服务提升",
                        ["推行“一站式”服务，退役军人优待证申领等12项业务可在服务站直接办理。"],
                    ),
                ],
                closing="感谢您对退役军人工作的关心和支持。",
                signature=(("溱州市芑阳区退役军人事务局",), "2024-08-09", "2024年8月9日"),
            ),
            # warnings left out (doubted, as holdout24–31: whether reading Markdown marks warns)
            "warnings",
        ),
        "**",
        "## ",
    )


D6E = (
    "溱州市芑阳区人民政府办公室\n"
    "芑府办发〔2024〕27号\n"
    "溱州市芑阳区人民政府办公室关于做好2024年冬季供暖保障工作的通知\n"
    "各街道办事处，区直各有关单位：\n"
    "    为确保群众温暖过冬，经区人民政府同意，现就做好2024年冬季供暖保障工作通知如下：\n"
    "    一、落实供暖时间\n"
    "    全区集中供暖时间为2024年11月15日至2025年3月15日，遇极端天气可适当提前或延长。\n"
    "    二、保障热源供应\n"
    "    区发展和改革局要督促供热企业落实燃煤、天然气储备，确保储备量满足15天以上用量。\n"
    "附件：芑阳区2024年冬季供暖保障工作责任分工表\n"
    "                              溱州市芑阳区人民政府办公室\n"
    "                                    2024年10月30日\n"
    "抄送：区委办公室、区人大常委会办公室、区政协办公室。\n"
    "溱州市芑阳区人民政府办公室            2024年10月30日印发\n"
)


def test_d6e_word_text_notice_with_ascii_space_indents_an_attachment_and_an_imprint() -> None:
    check(
        D6E,
        expect(
            kind="notice",
            issuer="溱州市芑阳区人民政府办公室",
            number=("芑府办发〔2024〕27号", "芑府办发", 2024, 27),
            title="溱州市芑阳区人民政府办公室关于做好2024年冬季供暖保障工作的通知",
            recipients=["各街道办事处", "区直各有关单位"],
            preamble=["为确保群众温暖过冬，经区人民政府同意，现就做好2024年冬季供暖保障工作通知如下："],
            sections=[
                (
                    1,
                    "cn",
                    "一、",
                    "落实供暖时间",
                    ["全区集中供暖时间为2024年11月15日至2025年3月15日，遇极端天气可适当提前或延长。"],
                ),
                (
                    1,
                    "cn",
                    "二、",
                    "保障热源供应",
                    ["区发展和改革局要督促供热企业落实燃煤、天然气储备，确保储备量满足15天以上用量。"],
                ),
            ],
            signature=(("溱州市芑阳区人民政府办公室",), "2024-10-30", "2024年10月30日"),
            imprint=(
                ("区委办公室", "区人大常委会办公室", "区政协办公室"),
                "溱州市芑阳区人民政府办公室",
                "2024-10-30",
            ),
            attachments=("芑阳区2024年冬季供暖保障工作责任分工表",),
        ),
    )
