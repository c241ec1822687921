"""Session 23's held-out blind check of the whole parser, for the session's closing note: forty
documents set aside before anyone looked at the parser's output on them, written as offices publish
them and as users hold them, every area mixed at once (no puzzles), and varied from holdout21 and
holdout22 (other organs and sorts of body, other fields, shapes and damage; none of their documents
copied). Expected values were written by hand from the contract (../shared/design/contract.md),
README's "Schema 1.x adds" sections and the readings the earlier probe rounds settled (a numbered
line of at most 30 characters with no 。！？；： inside is a heading even if it ends in 。; a run-in
heading is the text before the first 。 or ： of at most 30 characters; full-width digits of a proposal
number fold to ASCII; 签发人：… before the title, or beside the 文号, is a metadata pair as well as
`signer`; an unbracketed title after 提出的 is the proposal's title; an organ on its own line right above
a 关于 title, no 文号 between, is the title's first line and the issuer; 主办/会办 rows are metadata, not a
letterhead; 以上意见供参考。 closes a 协办/会办意见; a 纪要 signs nowhere; a line joined across a page
number is warned `page-break-joined`; 0/O for 〇 and 一 for a phone's dash read as written), and this
file was committed (skipped) before its first run: nobody ran the parser on any of these texts.

Batches (5 documents each):
1. answers to 人大代表建议 from a 垂直管理 tax bureau (a bare letter category, 一是… after 我局), a
   state-owned water company (签发人, a 文号 of its own, 尊敬的, points over 30 characters, 地址/邮编), a
   街道 answering two deputies (办理结果 in words: 列入计划解决, a plan paragraph in the preamble), a
   province's 气象局 (（2024）brackets, 第一，/第二， members, 专此答复) and a city hospital (its name
   opening the title);
2. answers to 政协提案 from a 消防救援大队 to a 界别 (run-in headings), a city 发改委 (文件 letterhead,
   签发人 beside the 文号, category C, two ranks), a county bureau with an unbracketed proposal title
   and a 抄送 line, a province's 厅 (答复的函, 【2024】, ·摘要, 一是 in a section, a 下一步 paragraph)
   and a township (the category letter beside its 文号, a short point ending 。 as heading);
3. joint answers and the letters around them (主办/会办 rows with two organs stacked over one date, a
   tax bureau's 协办意见 with its name opening the title, a finance bureau's 会办意见的函 closing 特此函告,
   two district bureaus signing on one line under 留作参考, a power-supply company's 会办意见 in 1./2.
   points);
4. notices, 批复, 函, 通报 (a city 发改委 notice with 附件, 抄送 and 印发 lines and a bracketed contact, a
   province's 批复 to an autonomous prefecture with points as sentences, a 商请 函 closing 特此函商，盼复,
   an 应急管理局's 通报 with 一是 members and one unnumbered 附件, a county's 批复 to a township with
   （此件公开发布）);
5. a notice issuing a 工作方案 printed after its 落款, a 区长办公会议纪要 (〔2024〕12号 serial, 时间/地点
   and 主持/出席/列席 under its title), a county's 实施细则 in 第X条 articles (one with a short heading of
   its own line), a city's 实施意见 (two ranks, run-in (一) headings) and a 公安局's 通告 with its 第2号
   serial and short points;
6. portal copies: a `|` information table with 文号, a `[ 索引号 ]` table two pairs a line with a
   site footer naming its 主办单位, a notice under info rows and a 来源/浏览次数 byline, a province's
   letter-spaced table with a 标题 row, a county page with a 来源 byline, 字体 row, 上一篇/下一篇 and
   纠错/打印 row;
7. a PDF's text layer hard-wrapped at 25, 30, 36 and 40 characters with page numbers inside paragraphs
   (`- 1 -`, `第1页 共2页`, `— 1 —`, `第 1 页`), and `pdftotext -layout` output (centred title,
   right-aligned 落款, indents, a form feed between pages);
8. a Word file saved as text (full-width indents, blank lines, TABs after （一）), a WeChat copy of a
   notice (follow prompt, byline, 往期推荐, 在看), OCR-like damage (the letter O for 〇, an em dash for a
   phone's hyphen, two paragraphs run into one line), a Word 工作方案 with （1） points, and an OCR copy
   with letter-spaced 落款 and contact labels.

Fields I doubted are left out of a check and named beside it (`same` compares only the keys given);
the list is in the report (/work/coord/reports/holdout23.md) too.

First look (run by the lead at 11:37 on main 9e1b3b88, after every probe engineer's last landing): 36/40
documents whole. Two misses were the writer's: a 实施细则 (b5c) and a 工作方案 (b8d) printed without a 落款 are
warned `field-missing`, as the README says of any document but a 纪要 (first written []): 38/40 under the settled
readings. The two parser misses had three general causes, two fixed with new examples in
tests/test_holdout23_causes.py: a 纪要 (b5b), which signs nowhere, was warned `field-missing` for its null
signature; a label letter-spaced with two spaces (索  引  号, b6d) lost its first character, the metadata cells
being cut at the label's own gaps; a breadcrumb whose first step is the site's name (…门户网站  >  省政府部门  >
…, b6d) stays in the text, warned content-unplaced: a row for it landed and was taken back (its look-arounds
broke the chrome rows' one search over the joined lines), so b6d is a strict xfail. 39/40 after.
"""

from __future__ import annotations

from tests.probing import pdf_copy, proposers_of, ref_of, run

# --- Batch 1: answers to 人大代表建议 -------------------------------------------------------------

B1A = """办理结果：B
国家税务总局醴陵市税务局
醴税函〔2024〕27号
关于市十七届人大三次会议第0142号建议的答复
易某某代表：
    您提出的《关于优化小微企业办税缴费服务的建议》收悉。经认真研究，现答复如下：
    一、推行“非接触式”办税
    今年以来，我局一是扩大网上办税范围，全市98%的涉税事项实现网上办理；二是推广“问办协同”远程帮办，累计服务纳税人1.2万户次；三是在6个乡镇设立税费服务点。
    二、落实税费优惠政策
    1至5月，全市小微企业享受减税降费及退税缓税1.86亿元。
    三、下一步工作
    我局将持续开展“便民办税春风行动”，力争年底前实现小微企业常办事项“一次不跑”。
    感谢您对税务工作的关心和支持。
国家税务总局醴陵市税务局
2024年6月20日
联系人：左某某　联系电话：0731-23218806
"""


def test_b1a_vertical_tax_bureau_answer_with_a_bare_category_letter_and_members_after_wo_ju() -> None:
    doc = run(
        B1A,
        {
            "kind": "reply",
            "title": "关于市十七届人大三次会议第0142号建议的答复",
            "number": ("醴税函〔2024〕27号", 2024, 27),
            # the organ line over the 文号 is the 版头's 发文机关标志
            "issuer": "国家税务总局醴陵市税务局",
            "recipients": ["易某某代表"],
            "ref": "0142",
            "metadata": {"办理结果": "B"},
            "preamble": ["您提出的《关于优化小微企业办税缴费服务的建议》收悉。经认真研究，现答复如下："],
            "sections": [
                (
                    1,
                    "一、",
                    1,
                    "推行“非接触式”办税",
                    [
                        "今年以来，我局一是扩大网上办税范围，全市98%的涉税事项实现网上办理；二是推广“问办协同”远程帮办，"
                        "累计服务纳税人1.2万户次；三是在6个乡镇设立税费服务点。"
                    ],
                ),
                (1, "二、", 2, "落实税费优惠政策", ["1至5月，全市小微企业享受减税降费及退税缓税1.86亿元。"]),
                (
                    1,
                    "三、",
                    3,
                    "下一步工作",
                    ["我局将持续开展“便民办税春风行动”，力争年底前实现小微企业常办事项“一次不跑”。"],
                ),
            ],
            "items": [
                [
                    ("一是", "扩大网上办税范围，全市98%的涉税事项实现网上办理"),
                    ("二是", "推广“问办协同”远程帮办，累计服务纳税人1.2万户次"),
                    ("三是", "在6个乡镇设立税费服务点"),
                ]
            ],
            "closing": "感谢您对税务工作的关心和支持。",
            "signature": (["国家税务总局醴陵市税务局"], "2024-06-20", "2024年6月20日"),
            "contact": ("左某某", ["0731-23218806"]),
            "cc": None,
            "attachments": [],
            "warnings": [],
        },
    )
    h = doc.header
    assert (h.handling_result, h.disclosure, h.signer) == ("B", None, None)
    assert h.doc_number is not None and h.doc_number.agency_code == "醴税函"
    # 醴陵 is a county-level city: its 人大 reads 市 from the reference's own place word
    assert ref_of(doc) == ("人大", "市", 17, 3, "建议", "关于优化小微企业办税缴费服务的建议")
    assert proposers_of(doc) == []


B1B = """签发人：龙某某
衡阳市水务投资集团有限公司
衡水司函〔2024〕8号
关于市十六届人大四次会议第216号建议的答复
尊敬的罗某某代表：
    您提出的《关于解决城南片区高峰时段水压不足问题的建议》收悉，市住房城乡建设局已转我公司办理。现答复如下：
    一、原因分析
    城南片区地势较高，现有供水管网管径偏小，夏季用水高峰时段末端水压低于0.14兆帕。
    二、整改措施
    （一）新建城南加压泵站一座，设计规模为每日2万吨，总投资3800万元，已于今年5月开工建设。
    （二）更换城南片区供水主干管网3.2公里，管径由300毫米扩大到500毫米，计划9月底前完工。
    特此答复。
衡阳市水务投资集团有限公司
2024年6月3日
联系人：邹某
联系电话：0734-8126655
地址：衡阳市蒸湘区解放大道36号
邮编：421001
"""


def test_b1b_state_owned_water_company_answer_with_signer_row_points_and_an_address_block() -> None:
    doc = run(
        B1B,
        {
            "kind": "reply",
            "title": "关于市十六届人大四次会议第216号建议的答复",
            "number": ("衡水司函〔2024〕8号", 2024, 8),
            # the company's line over its 文号 is the 版头, as an office's is
            "issuer": "衡阳市水务投资集团有限公司",
            "recipients": ["罗某某代表"],
            "ref": "216",
            "metadata": {"签发人": "龙某某"},
            "preamble": [
                "您提出的《关于解决城南片区高峰时段水压不足问题的建议》收悉，市住房城乡建设局已转我公司办理。现答复如下："
            ],
            "sections": [
                (
                    1,
                    "一、",
                    1,
                    "原因分析",
                    ["城南片区地势较高，现有供水管网管径偏小，夏季用水高峰时段末端水压低于0.14兆帕。"],
                ),
                (1, "二、", 2, "整改措施", []),
                # over 30 characters, commas only: points, their whole text the paragraph
                (
                    2,
                    "（一）",
                    1,
                    None,
                    ["新建城南加压泵站一座，设计规模为每日2万吨，总投资3800万元，已于今年5月开工建设。"],
                ),
                (
                    2,
                    "（二）",
                    2,
                    None,
                    ["更换城南片区供水主干管网3.2公里，管径由300毫米扩大到500毫米，计划9月底前完工。"],
                ),
            ],
            "items": [],
            "closing": "特此答复。",
            "signature": (["衡阳市水务投资集团有限公司"], "2024-06-03", "2024年6月3日"),
            "contact": ("邹某", ["0734-8126655"]),
            "cc": None,
            "attachments": [],
            "warnings": [],
        },
    )
    assert doc.header.signer == "龙某某"
    c = doc.contact
    assert c is not None
    assert (c.address, c.postcode) == ("衡阳市蒸湘区解放大道36号", "421001")
    assert ref_of(doc) == ("人大", "市", 16, 4, "建议", "关于解决城南片区高峰时段水压不足问题的建议")


B1C = """办理结果：列入计划解决
关于区十七届人大四次会议第0036号建议的答复
王某某、李某代表：
    你们提出的《关于改善东塘片区老旧小区停车难问题的建议》收悉。我街道会同区城管局、区交警大队进行了实地调研，现答复如下：
    东塘片区共有老旧小区11个，现有停车位620个，车辆保有量约1500辆，停车缺口较大。
    下一步，我街道将利用拆违腾退的3处空地建设临时停车场，新增停车位210个，并协调周边单位错时开放内部停车场。
    感谢你们对街道工作的关心和支持！
长沙市雨花区东塘街道办事处
2024年7月10日
"""


def test_b1c_street_office_answer_to_two_deputies_with_its_category_in_words_and_a_plan_paragraph() -> None:
    doc = run(
        B1C,
        {
            "kind": "reply",
            "title": "关于区十七届人大四次会议第0036号建议的答复",
            "number": None,
            "issuer": None,
            # 、 between two persons' names: one addressee (the contract's splitting rule)
            "recipients": ["王某某、李某代表"],
            "ref": "0036",
            "metadata": {"办理结果": "列入计划解决"},
            "preamble": [
                "你们提出的《关于改善东塘片区老旧小区停车难问题的建议》收悉。我街道会同区城管局、区交警大队进行了实地调研，"
                "现答复如下：",
                "东塘片区共有老旧小区11个，现有停车位620个，车辆保有量约1500辆，停车缺口较大。",
                "下一步，我街道将利用拆违腾退的3处空地建设临时停车场，新增停车位210个，并协调周边单位错时开放内部停车场。",
            ],
            "sections": [],
            "items": [],
            "closing": "感谢你们对街道工作的关心和支持！",
            "signature": (["长沙市雨花区东塘街道办事处"], "2024-07-10", "2024年7月10日"),
            "contact": None,
            "cc": None,
            "attachments": [],
            "warnings": [],
        },
    )
    # 列入计划 is the B category's wording (正在解决或列入计划)
    assert doc.header.handling_result == "B"
    # only the plan paragraph's phase: whether the acknowledgement itself is `progress` is doubted
    assert doc.preamble[2].phase == "plan"
    assert ref_of(doc) == ("人大", "区", 17, 4, "建议", "关于改善东塘片区老旧小区停车难问题的建议")


B1D = """公开属性：主动公开
湖南省气象局
湘气函（2024）19号
湖南省气象局关于省十四届人大二次会议第0587号建议的答复
刘某某代表：
    您提出的《关于加强山区乡镇气象灾害预警能力建设的建议》收悉。现答复如下：
    近年来，我局持续加强山区气象防灾减灾能力建设。第一，完善监测站网，山区乡镇自动气象站覆盖率达到100%；第二，畅通预警发布渠道，预警信息可在10分钟内直达乡镇村组责任人；第三，开展基层气象信息员培训，全省共有气象信息员4.1万名。
    我局将继续争取中国气象局支持，加快补齐山区监测短板。
    专此答复。
湖南省气象局
2024年6月17日
"""


def test_b1d_provincial_weather_bureau_answer_with_round_bracket_year_and_ordinal_members() -> None:
    doc = run(
        B1D,
        {
            "kind": "reply",
            "title": "湖南省气象局关于省十四届人大二次会议第0587号建议的答复",
            "number": ("湘气函（2024）19号", 2024, 19),
            "issuer": "湖南省气象局",
            "recipients": ["刘某某代表"],
            "ref": "0587",
            "metadata": {"公开属性": "主动公开"},
            "preamble": [
                "您提出的《关于加强山区乡镇气象灾害预警能力建设的建议》收悉。现答复如下：",
                "近年来，我局持续加强山区气象防灾减灾能力建设。第一，完善监测站网，山区乡镇自动气象站覆盖率达到100%；"
                "第二，畅通预警发布渠道，预警信息可在10分钟内直达乡镇村组责任人；第三，开展基层气象信息员培训，"
                "全省共有气象信息员4.1万名。",
                "我局将继续争取中国气象局支持，加快补齐山区监测短板。",
            ],
            "sections": [],
            "closing": "专此答复。",
            "signature": (["湖南省气象局"], "2024-06-17", "2024年6月17日"),
            "contact": None,
            "cc": None,
            "attachments": [],
            "warnings": [],
        },
    )
    # items left out of `look` (doubted: whether a 第一， marker keeps its comma, and so where the lead
    # starts); only the count of members in the second paragraph
    assert len(doc.preamble[1].items) == 3
    assert (doc.header.disclosure, doc.header.handling_result) == ("主动公开", None)
    assert ref_of(doc) == ("人大", "省", 14, 2, "建议", "关于加强山区乡镇气象灾害预警能力建设的建议")


B1E = """株洲市中心医院关于市十六届人大三次会议第0275号建议的答复
周某某代表：
    您提出的《关于缩短门诊患者候诊时间的建议》已由市卫生健康委员会交我院办理。我院高度重视，现答复如下：
    一、全面推行预约诊疗
    我院开通微信、电话、自助机等多种预约渠道，预约诊疗率由去年的58%提高到76%。
    二、实行检查集中预约
    设立检查预约服务中心，CT、磁共振等大型检查平均等候时间缩短至2天以内。
    三、增加高峰时段出诊医师
    在周一上午等就诊高峰时段增开诊室18个，实行弹性排班。
    衷心感谢您对我院工作的关心和支持！
株洲市中心医院
2024年5月30日
联系人：谭某　电话：0731-28568002
"""


def test_b1e_city_hospital_answer_with_its_name_opening_the_title() -> None:
    doc = run(
        B1E,
        {
            "kind": "reply",
            "title": "株洲市中心医院关于市十六届人大三次会议第0275号建议的答复",
            "number": None,
            # the body opening the title is the issuer (a hospital answering a 建议 handed on to it)
            "issuer": "株洲市中心医院",
            "recipients": ["周某某代表"],
            "ref": "0275",
            "metadata": {},
            "preamble": [
                "您提出的《关于缩短门诊患者候诊时间的建议》已由市卫生健康委员会交我院办理。我院高度重视，现答复如下："
            ],
            "sections": [
                (
                    1,
                    "一、",
                    1,
                    "全面推行预约诊疗",
                    ["我院开通微信、电话、自助机等多种预约渠道，预约诊疗率由去年的58%提高到76%。"],
                ),
                (
                    1,
                    "二、",
                    2,
                    "实行检查集中预约",
                    ["设立检查预约服务中心，CT、磁共振等大型检查平均等候时间缩短至2天以内。"],
                ),
                (1, "三、", 3, "增加高峰时段出诊医师", ["在周一上午等就诊高峰时段增开诊室18个，实行弹性排班。"]),
            ],
            "items": [],
            "closing": "衷心感谢您对我院工作的关心和支持！",
            "signature": (["株洲市中心医院"], "2024-05-30", "2024年5月30日"),
            "contact": ("谭某", ["0731-28568002"]),
            "cc": None,
            "attachments": [],
            "warnings": [],
        },
    )
    assert ref_of(doc) == ("人大", "市", 16, 3, "建议", "关于缩短门诊患者候诊时间的建议")


# --- Batch 2: answers to 政协提案 -----------------------------------------------------------------

B2A = """关于区政协十二届三次会议第20240058号提案的答复
区政协经济界别：
    你界别提出的《关于加强高层住宅消防安全管理的提案》收悉。现答复如下：
    一、开展隐患排查整治。今年以来，我大队联合各街道对辖区312栋高层住宅开展全覆盖检查，督促整改隐患1580处。
    二、推进消防设施改造。推动21个老旧高层小区完成消防设施维修改造，投入维修资金2600万元。
    三、强化宣传培训。组织高层住宅物业服务企业消防管理人员培训6期，培训人员900余人次。
    特此答复。
长沙市开福区消防救援大队
2024年6月26日
"""


def test_b2a_fire_rescue_brigade_answer_to_a_sector_group_with_run_in_headings() -> None:
    doc = run(
        B2A,
        {
            "kind": "reply",
            "title": "关于区政协十二届三次会议第20240058号提案的答复",
            "number": None,
            "issuer": None,
            "recipients": ["区政协经济界别"],
            "ref": "20240058",
            "metadata": {},
            "preamble": ["你界别提出的《关于加强高层住宅消防安全管理的提案》收悉。现答复如下："],
            "sections": [
                (
                    1,
                    "一、",
                    1,
                    "开展隐患排查整治",
                    ["今年以来，我大队联合各街道对辖区312栋高层住宅开展全覆盖检查，督促整改隐患1580处。"],
                ),
                (
                    1,
                    "二、",
                    2,
                    "推进消防设施改造",
                    ["推动21个老旧高层小区完成消防设施维修改造，投入维修资金2600万元。"],
                ),
                (
                    1,
                    "三、",
                    3,
                    "强化宣传培训",
                    ["组织高层住宅物业服务企业消防管理人员培训6期，培训人员900余人次。"],
                ),
            ],
            "items": [],
            "closing": "特此答复。",
            "signature": (["长沙市开福区消防救援大队"], "2024-06-26", "2024年6月26日"),
            "contact": None,
            "cc": None,
            "attachments": [],
            "warnings": [],
        },
    )
    assert ref_of(doc) == ("政协", "区", 12, 3, "提案", "关于加强高层住宅消防安全管理的提案")
    # the 界别 is the addressee; proposers are never inferred from the recipients
    assert proposers_of(doc) == []


B2B = """办理结果：C
公开属性：主动公开
湘潭市发展和改革委员会文件
潭发改函〔2024〕46号　　　　　签发人：段某某
关于市政协十一届三次会议第0091号提案的答复
致公党湘潭市委员会：
    贵委提出的《关于建设湘潭至韶山城际轨道交通的提案》收悉。现答复如下：
    一、项目前期研究情况
    （一）线路方案。我委已委托专业机构开展线网规划研究，初步提出沿湘韶公路敷设的线路方案，全长约38公里。
    （二）客流预测。经测算，初期日均客流约1.8万人次，低于国家规定的城际轨道建设标准。
    二、暂不具备建设条件的原因
    按照国家对城市轨道交通建设的有关规定，项目须纳入省级城际铁路网规划，目前尚不具备申报条件。我委将持续跟踪国家政策，适时启动项目申报。
    感谢贵委对我市发展改革工作的关心和支持。
湘潭市发展和改革委员会
2024年7月2日
"""


def test_b2b_city_development_commission_answer_under_wenjian_letterhead_category_c_and_two_ranks() -> None:
    doc = run(
        B2B,
        {
            "kind": "reply",
            "title": "关于市政协十一届三次会议第0091号提案的答复",
            "number": ("潭发改函〔2024〕46号", 2024, 46),
            "issuer": "湘潭市发展和改革委员会",
            "recipients": ["致公党湘潭市委员会"],
            "ref": "0091",
            "metadata": {"办理结果": "C", "公开属性": "主动公开", "签发人": "段某某"},
            "preamble": ["贵委提出的《关于建设湘潭至韶山城际轨道交通的提案》收悉。现答复如下："],
            "sections": [
                (1, "一、", 1, "项目前期研究情况", []),
                (
                    2,
                    "（一）",
                    1,
                    "线路方案",
                    ["我委已委托专业机构开展线网规划研究，初步提出沿湘韶公路敷设的线路方案，全长约38公里。"],
                ),
                (
                    2,
                    "（二）",
                    2,
                    "客流预测",
                    ["经测算，初期日均客流约1.8万人次，低于国家规定的城际轨道建设标准。"],
                ),
                (
                    1,
                    "二、",
                    2,
                    "暂不具备建设条件的原因",
                    [
                        "按照国家对城市轨道交通建设的有关规定，项目须纳入省级城际铁路网规划，目前尚不具备申报条件。"
                        "我委将持续跟踪国家政策，适时启动项目申报。"
                    ],
                ),
            ],
            "items": [],
            "closing": "感谢贵委对我市发展改革工作的关心和支持。",
            "signature": (["湘潭市发展和改革委员会"], "2024-07-02", "2024年7月2日"),
            "contact": None,
            "cc": None,
            "attachments": [],
            "warnings": [],
        },
    )
    h = doc.header
    assert (h.handling_result, h.disclosure, h.signer) == ("C", "主动公开", "段某某")
    assert ref_of(doc) == ("政协", "市", 11, 3, "提案", "关于建设湘潭至韶山城际轨道交通的提案")


B2C = """关于县政协第十届三次会议第42号提案的答复
陈某某委员：
    您提出的关于加强农村宅基地规范管理的提案收悉。现答复如下：
    我局高度重视农村宅基地管理工作，2023年以来共审批农村宅基地1286宗，查处违法占地建房案件47起。
    我局将会同县农业农村局制定《农村宅基地审批管理实施办法》，进一步规范审批流程。
    感谢您对自然资源工作的关心和支持。
攸县自然资源局
2024年5月22日
抄送：县政协提案委员会，县人民政府督查室
"""


def test_b2c_county_bureau_answer_with_an_unbracketed_proposal_title_and_a_copy_line() -> None:
    doc = run(
        B2C,
        {
            "kind": "reply",
            "title": "关于县政协第十届三次会议第42号提案的答复",
            "number": None,
            "issuer": None,
            "recipients": ["陈某某委员"],
            "ref": "42",
            "metadata": {},
            "preamble": [
                "您提出的关于加强农村宅基地规范管理的提案收悉。现答复如下：",
                "我局高度重视农村宅基地管理工作，2023年以来共审批农村宅基地1286宗，查处违法占地建房案件47起。",
                "我局将会同县农业农村局制定《农村宅基地审批管理实施办法》，进一步规范审批流程。",
            ],
            "sections": [],
            "items": [],
            "closing": "感谢您对自然资源工作的关心和支持。",
            "signature": (["攸县自然资源局"], "2024-05-22", "2024年5月22日"),
            "contact": None,
            "cc": ["县政协提案委员会", "县人民政府督查室"],
            "attachments": [],
            "warnings": [],
        },
    )
    # 第十届三次会议: term 10, session 3; the title after 提出的 without 《》 is the proposal's (settled)
    assert ref_of(doc) == ("政协", "县", 10, 3, "提案", "关于加强农村宅基地规范管理的提案")


B2D = """签发人：钱某某
公开属性：主动公开·摘要
湖北省农业农村厅
鄂农函【2024】133号
湖北省农业农村厅关于省政协十三届二次会议第20240416号提案答复的函
民进湖北省委员会：
    贵会提出的《关于加快发展稻渔综合种养产业的提案》收悉。经商省财政厅，现将办理情况函复如下：
    一、产业发展现状
    2023年全省稻渔综合种养面积达到1020万亩，综合产值超过1200亿元，面积和产值均居全国首位。
    二、主要工作措施
    一是制定《湖北省稻渔综合种养产业发展规划》；二是每年安排省级财政资金1.2亿元支持基地建设；三是培育“潜江龙虾”等区域公用品牌。
    三、下一步工作
    下一步，我厅将推动出台稻渔综合种养地方标准，规范沟坑占比，确保粮食生产稳定。
    特此函复。
湖北省农业农村厅
2024年7月15日
（联系人：钟某某，电话：027-87665322）
"""


def test_b2d_provincial_department_answer_letter_with_lenticular_year_summary_note_and_members() -> None:
    doc = run(
        B2D,
        {
            # 答复的函: the contract's reply row
            "kind": "reply",
            "title": "湖北省农业农村厅关于省政协十三届二次会议第20240416号提案答复的函",
            "number": ("鄂农函【2024】133号", 2024, 133),
            "issuer": "湖北省农业农村厅",
            "recipients": ["民进湖北省委员会"],
            "ref": "20240416",
            "metadata": {"签发人": "钱某某", "公开属性": "主动公开·摘要"},
            "preamble": ["贵会提出的《关于加快发展稻渔综合种养产业的提案》收悉。经商省财政厅，现将办理情况函复如下："],
            "sections": [
                (
                    1,
                    "一、",
                    1,
                    "产业发展现状",
                    ["2023年全省稻渔综合种养面积达到1020万亩，综合产值超过1200亿元，面积和产值均居全国首位。"],
                ),
                (
                    1,
                    "二、",
                    2,
                    "主要工作措施",
                    [
                        "一是制定《湖北省稻渔综合种养产业发展规划》；二是每年安排省级财政资金1.2亿元支持基地建设；"
                        "三是培育“潜江龙虾”等区域公用品牌。"
                    ],
                ),
                (
                    1,
                    "三、",
                    3,
                    "下一步工作",
                    ["下一步，我厅将推动出台稻渔综合种养地方标准，规范沟坑占比，确保粮食生产稳定。"],
                ),
            ],
            "items": [
                [
                    ("一是", "制定《湖北省稻渔综合种养产业发展规划》"),
                    ("二是", "每年安排省级财政资金1.2亿元支持基地建设"),
                    ("三是", "培育“潜江龙虾”等区域公用品牌"),
                ]
            ],
            "closing": "特此函复。",
            "signature": (["湖北省农业农村厅"], "2024-07-15", "2024年7月15日"),
            "contact": ("钟某某", ["027-87665322"]),
            "cc": None,
            "attachments": [],
            "warnings": [],
        },
    )
    h = doc.header
    assert (h.disclosure, h.signer, h.handling_result) == ("主动公开", "钱某某", None)
    assert [p.phase for p in doc.sections[2].paragraphs] == ["plan"]
    assert ref_of(doc) == ("政协", "省", 13, 2, "提案", "关于加快发展稻渔综合种养产业的提案")


B2E = """花明楼镇人民政府
花政函〔2024〕5号　　　　　　　　　　A
关于宁乡市政协第十一届四次会议第128号提案的答复
谢某某委员：
    您提出的《关于保护利用花明楼老街历史建筑的提案》收悉。现答复如下：
    一、已完成老街28栋历史建筑的测绘建档工作。
    二、争取省级传统村落保护资金300万元，对其中12栋破损严重的建筑实施抢救性修缮，目前已完成9栋。
    三、我镇将结合老街保护利用，引入文创、民宿等业态，打造集红色文化与民俗体验于一体的旅游街区。
    感谢您对我镇工作的关心和支持。
花明楼镇人民政府
2024年6月12日
"""


def test_b2e_township_answer_with_its_category_letter_beside_the_number_and_a_short_point_as_heading() -> None:
    doc = run(
        B2E,
        {
            "kind": "reply",
            "title": "关于宁乡市政协第十一届四次会议第128号提案的答复",
            "number": ("花政函〔2024〕5号", 2024, 5),
            "issuer": "花明楼镇人民政府",
            "recipients": ["谢某某委员"],
            "ref": "128",
            "preamble": ["您提出的《关于保护利用花明楼老街历史建筑的提案》收悉。现答复如下："],
            "sections": [
                # at most 30 characters, no stop inside, a final 。: a heading (settled reading)
                (1, "一、", 1, "已完成老街28栋历史建筑的测绘建档工作", []),
                (
                    1,
                    "二、",
                    2,
                    None,
                    ["争取省级传统村落保护资金300万元，对其中12栋破损严重的建筑实施抢救性修缮，目前已完成9栋。"],
                ),
                (
                    1,
                    "三、",
                    3,
                    None,
                    ["我镇将结合老街保护利用，引入文创、民宿等业态，打造集红色文化与民俗体验于一体的旅游街区。"],
                ),
            ],
            "items": [],
            "closing": "感谢您对我镇工作的关心和支持。",
            "signature": (["花明楼镇人民政府"], "2024-06-12", "2024年6月12日"),
            "contact": None,
            "cc": None,
            "attachments": [],
            "warnings": [],
        },
    )
    # the bare letter beside the 文号 is the category (README 1.4); metadata left out (doubted: whether
    # an unlabelled mark makes a pair at all)
    assert doc.header.handling_result == "A"
    # 宁乡市政协: the level word of the reference's own place, 市
    assert ref_of(doc) == ("政协", "市", 11, 4, "提案", "关于保护利用花明楼老街历史建筑的提案")


# --- Batch 3: joint answers, 协办意见, 会办意见 -----------------------------------------------------

B3A = """主办单位：市交通运输局
会办单位：市公安局交通警察支队
关于市十五届人大三次会议第0198号建议的答复
龚某某等5位代表：
    你们提出的《关于在中小学校周边设置临时停车接送区的建议》收悉。经市交通运输局与市公安局交通警察支队共同研究，现答复如下：
    一、试点情况
    今年春季开学以来，我们在城区12所中小学周边设置临时停车接送区，高峰时段拥堵时长平均缩短15分钟。
    二、推广计划
    秋季开学前，将在城区其余26所中小学推广设置，并同步完善交通标志标线。
    感谢你们对交通工作的关心和支持！
郴州市交通运输局
郴州市公安局交通警察支队
2024年8月5日
联系人：陈某　联系电话：0735-2228163
"""


def test_b3a_joint_answer_under_lead_and_joint_unit_rows_two_organs_stacked_over_one_date() -> None:
    doc = run(
        B3A,
        {
            "kind": "reply",
            "title": "关于市十五届人大三次会议第0198号建议的答复",
            "number": None,
            # 主办/会办 rows are metadata, not a letterhead (genre20's reading)
            "issuer": None,
            "recipients": ["龚某某等5位代表"],
            "ref": "0198",
            "metadata": {"主办单位": "市交通运输局", "会办单位": "市公安局交通警察支队"},
            "preamble": [
                "你们提出的《关于在中小学校周边设置临时停车接送区的建议》收悉。经市交通运输局与市公安局交通警察支队共同研究，"
                "现答复如下："
            ],
            "sections": [
                (
                    1,
                    "一、",
                    1,
                    "试点情况",
                    ["今年春季开学以来，我们在城区12所中小学周边设置临时停车接送区，高峰时段拥堵时长平均缩短15分钟。"],
                ),
                (1, "二、", 2, "推广计划", ["秋季开学前，将在城区其余26所中小学推广设置，并同步完善交通标志标线。"]),
            ],
            "items": [],
            "closing": "感谢你们对交通工作的关心和支持！",
            "signature": (["郴州市交通运输局", "郴州市公安局交通警察支队"], "2024-08-05", "2024年8月5日"),
            "contact": ("陈某", ["0735-2228163"]),
            "cc": None,
            "attachments": [],
            "warnings": [],
        },
    )
    assert ref_of(doc) == ("人大", "市", 15, 3, "建议", "关于在中小学校周边设置临时停车接送区的建议")
    # proposers left out (doubted: whether 龚某某等5位代表 in the 主送 may be read as proposers is
    # settled only as "never inferred from the recipients", so [] is asserted)
    assert proposers_of(doc) == []


B3B = """国家税务总局长沙市岳麓区税务局关于区政协十三届二次会议第045号提案的协办意见
区发展和改革局：
    你局转来的《关于支持大学生创业园发展的提案》收悉。现将我局协办意见函告如下：
    一、落实创业税收优惠。对符合条件的高校毕业生从事个体经营的，按每户每年20000元限额依次扣减相关税费。
    二、提供精准辅导。我局在大学生创业园设立税务服务站，每周安排专人驻点辅导。
    以上意见供参考。
国家税务总局长沙市岳麓区税务局
2024年4月25日
"""


def test_b3b_tax_bureau_co_handling_opinion_with_its_name_opening_the_title() -> None:
    doc = run(
        B3B,
        {
            "kind": "reply",
            "title": "国家税务总局长沙市岳麓区税务局关于区政协十三届二次会议第045号提案的协办意见",
            "number": None,
            "issuer": "国家税务总局长沙市岳麓区税务局",
            "recipients": ["区发展和改革局"],
            "ref": "045",
            "metadata": {},
            "preamble": ["你局转来的《关于支持大学生创业园发展的提案》收悉。现将我局协办意见函告如下："],
            "sections": [
                (
                    1,
                    "一、",
                    1,
                    "落实创业税收优惠",
                    ["对符合条件的高校毕业生从事个体经营的，按每户每年20000元限额依次扣减相关税费。"],
                ),
                (1, "二、", 2, "提供精准辅导", ["我局在大学生创业园设立税务服务站，每周安排专人驻点辅导。"]),
            ],
            "items": [],
            "closing": "以上意见供参考。",
            "signature": (["国家税务总局长沙市岳麓区税务局"], "2024-04-25", "2024年4月25日"),
            "contact": None,
            "cc": None,
            "attachments": [],
            "warnings": [],
        },
    )
    assert ref_of(doc) == ("政协", "区", 13, 2, "提案", "关于支持大学生创业园发展的提案")


B3C = """株洲市财政局
株财函〔2024〕71号
关于市政协十届三次会议第101号提案会办意见的函
市教育局：
    市政协十届三次会议第101号《关于提高乡村学校教师周转房建设标准的提案》由你局主办、我局会办。经研究，现将会办意见函告如下：
    2023年，市财政统筹安排教师周转房建设资金3100万元，新建周转房420套。今年市本级预算继续安排专项资金2000万元，对财力困难的县（市）给予倾斜。
    特此函告。
株洲市财政局
2024年5月13日
"""


def test_b3c_finance_bureau_joint_handling_opinion_letter_closing_te_ci_han_gao() -> None:
    doc = run(
        B3C,
        {
            # 会办意见 and its 函: the contract's reply row
            "kind": "reply",
            "title": "关于市政协十届三次会议第101号提案会办意见的函",
            "number": ("株财函〔2024〕71号", 2024, 71),
            "issuer": "株洲市财政局",
            "recipients": ["市教育局"],
            "ref": "101",
            "metadata": {},
            "preamble": [
                "市政协十届三次会议第101号《关于提高乡村学校教师周转房建设标准的提案》由你局主办、我局会办。"
                "经研究，现将会办意见函告如下：",
                "2023年，市财政统筹安排教师周转房建设资金3100万元，新建周转房420套。今年市本级预算继续安排专项资金2000万元，"
                "对财力困难的县（市）给予倾斜。",
            ],
            "sections": [],
            "items": [],
            "closing": "特此函告。",
            "signature": (["株洲市财政局"], "2024-05-13", "2024年5月13日"),
            "contact": None,
            "cc": None,
            "attachments": [],
            "warnings": [],
        },
    )
    assert ref_of(doc) == ("政协", "市", 10, 3, "提案", "关于提高乡村学校教师周转房建设标准的提案")


B3D = """答复类别：留作参考
关于区政协十届四次会议第0213号提案的答复
农工党天心区总支：
    贵总支提出的《关于在老旧小区加装电梯实行“一梯一策”的提案》收悉。经区住房和城乡建设局会同区城市管理和综合执法局研究，现答复如下：
    全区符合加装条件的老旧住宅单元共1460个，已完成加装电梯183台。加装电梯须经本单元三分之二以上业主同意，部分单元因低层住户反对难以推进。
    对贵总支提出的“一梯一策”建议，我们将在修订加装电梯实施办法时研究吸收。
    感谢贵总支对城市建设工作的关心和支持。
长沙市天心区住房和城乡建设局　　长沙市天心区城市管理和综合执法局
2024年6月19日
"""


def test_b3d_two_district_bureaus_signing_on_one_line_under_a_kept_for_reference_category() -> None:
    doc = run(
        B3D,
        {
            "kind": "reply",
            "title": "关于区政协十届四次会议第0213号提案的答复",
            "number": None,
            "issuer": None,
            "recipients": ["农工党天心区总支"],
            "ref": "0213",
            "metadata": {"答复类别": "留作参考"},
            "preamble": [
                "贵总支提出的《关于在老旧小区加装电梯实行“一梯一策”的提案》收悉。经区住房和城乡建设局会同区城市管理和综合执法局研究，"
                "现答复如下：",
                "全区符合加装条件的老旧住宅单元共1460个，已完成加装电梯183台。加装电梯须经本单元三分之二以上业主同意，"
                "部分单元因低层住户反对难以推进。",
                "对贵总支提出的“一梯一策”建议，我们将在修订加装电梯实施办法时研究吸收。",
            ],
            "sections": [],
            "items": [],
            "closing": "感谢贵总支对城市建设工作的关心和支持。",
            "signature": (
                ["长沙市天心区住房和城乡建设局", "长沙市天心区城市管理和综合执法局"],
                "2024-06-19",
                "2024年6月19日",
            ),
            "contact": None,
            "cc": None,
            "attachments": [],
            "warnings": [],
        },
    )
    assert doc.header.handling_result == "reference"
    assert ref_of(doc) == ("政协", "区", 10, 4, "提案", "关于在老旧小区加装电梯实行“一梯一策”的提案")


B3E = """国网浏阳市供电公司
关于市十八届人大三次会议第0067号建议的会办意见
浏阳市住房和城乡建设局：
    你局转来的浏阳市十八届人大三次会议第0067号《关于加快老旧小区供电设施改造的建议》收悉。经研究，现提出会办意见如下：
    1.我公司已将城区17个老旧小区的配电设施改造纳入2024年农网改造升级项目，计划投资1650万元。
    2.对小区内产权归属业主的供电设施，建议由住建部门统筹纳入老旧小区改造内容，我公司提供技术支持。
    以上意见供参考。
国网浏阳市供电公司
2024年5月8日
联系人：黎某　电话：13907310000
"""


def test_b3e_power_supply_company_joint_opinion_under_its_name_line_with_num_points() -> None:
    doc = run(
        B3E,
        {
            "kind": "reply",
            # the company's line right above the 关于 title, no 文号 between: the title's first line
            "title": "国网浏阳市供电公司关于市十八届人大三次会议第0067号建议的会办意见",
            "number": None,
            "issuer": "国网浏阳市供电公司",
            "recipients": ["浏阳市住房和城乡建设局"],
            "ref": "0067",
            "metadata": {},
            "preamble": [
                "你局转来的浏阳市十八届人大三次会议第0067号《关于加快老旧小区供电设施改造的建议》收悉。经研究，现提出会办意见如下："
            ],
            "sections": [
                (
                    1,
                    "1.",
                    1,
                    None,
                    ["我公司已将城区17个老旧小区的配电设施改造纳入2024年农网改造升级项目，计划投资1650万元。"],
                ),
                (
                    1,
                    "2.",
                    2,
                    None,
                    ["对小区内产权归属业主的供电设施，建议由住建部门统筹纳入老旧小区改造内容，我公司提供技术支持。"],
                ),
            ],
            "items": [],
            "closing": "以上意见供参考。",
            "signature": (["国网浏阳市供电公司"], "2024-05-08", "2024年5月8日"),
            "contact": ("黎某", ["13907310000"]),
            "cc": None,
            "attachments": [],
            "warnings": [],
        },
    )
    assert [s.style for s in doc.sections] == ["num", "num"]
    assert ref_of(doc) == ("人大", "市", 18, 3, "建议", "关于加快老旧小区供电设施改造的建议")


# --- Batch 4: notices, 批复, 函, 通报 ----------------------------------------------------------------

B4A = """岳阳市发展和改革委员会文件
岳发改〔2024〕88号
岳阳市发展和改革委员会关于做好2024年度重点项目入库工作的通知
各县市区发展改革局，市直有关单位：
    为做好2025年重点项目谋划储备，现就2024年度重点项目入库有关事项通知如下：
    一、入库范围
    总投资5000万元以上的产业、基础设施、社会民生类项目。
    二、申报材料
    各单位须填报项目入库申报表，并附项目备案（核准、审批）文件。
    三、时间要求
    请于10月31日前将申报材料报送市发展改革委投资科。
    附件：1.2024年度重点项目入库申报表
          2.重点项目入库条件说明
岳阳市发展和改革委员会
2024年9月18日
（联系人：许某，联系电话：0730-8880512）
抄送：市人民政府办公室。
岳阳市发展和改革委员会办公室　　2024年9月19日印发
"""


def test_b4a_city_commission_notice_with_attachments_bracketed_contact_copy_and_print_line() -> None:
    doc = run(
        B4A,
        {
            "kind": "notice",
            "title": "岳阳市发展和改革委员会关于做好2024年度重点项目入库工作的通知",
            "number": ("岳发改〔2024〕88号", 2024, 88),
            "issuer": "岳阳市发展和改革委员会",
            "recipients": ["各县市区发展改革局", "市直有关单位"],
            "ref": None,
            "metadata": {},
            "preamble": ["为做好2025年重点项目谋划储备，现就2024年度重点项目入库有关事项通知如下："],
            "sections": [
                (1, "一、", 1, "入库范围", ["总投资5000万元以上的产业、基础设施、社会民生类项目。"]),
                (1, "二、", 2, "申报材料", ["各单位须填报项目入库申报表，并附项目备案（核准、审批）文件。"]),
                (1, "三、", 3, "时间要求", ["请于10月31日前将申报材料报送市发展改革委投资科。"]),
            ],
            "items": [],
            "closing": None,
            "signature": (["岳阳市发展和改革委员会"], "2024-09-18", "2024年9月18日"),
            "contact": ("许某", ["0730-8880512"]),
            "cc": ["市人民政府办公室"],
            "attachments": ["2024年度重点项目入库申报表", "重点项目入库条件说明"],
            "warnings": [],
        },
    )
    assert doc.imprint is not None
    assert (doc.imprint.printed_by, doc.imprint.printed_on) == ("岳阳市发展和改革委员会办公室", "2024-09-19")


B4B = """湖南省人民政府
湘政函〔2024〕52号
湖南省人民政府关于同意设立湘西经济开发区高新技术产业园的批复
湘西土家族苗族自治州人民政府：
    你州《关于申请设立湘西经济开发区高新技术产业园的请示》（州政〔2024〕11号）收悉。经研究，现批复如下：
    一、同意设立湘西经济开发区高新技术产业园，规划面积3.2平方公里，四至范围以省自然资源厅审核的界址为准。
    二、产业园要坚持集约节约用地，重点发展新材料、生物医药产业，严禁引进高耗能、高污染项目。
    三、你州要加强对产业园建设的组织领导，省直有关部门要按照职责分工给予支持和指导。
湖南省人民政府
2024年4月12日
抄送：省发展改革委，省自然资源厅，省生态环境厅。
"""


def test_b4b_provincial_approval_to_an_autonomous_prefecture_with_points_as_sentences_and_a_copy() -> None:
    doc = run(
        B4B,
        {
            "kind": "approval",
            "title": "湖南省人民政府关于同意设立湘西经济开发区高新技术产业园的批复",
            "number": ("湘政函〔2024〕52号", 2024, 52),
            "issuer": "湖南省人民政府",
            "recipients": ["湘西土家族苗族自治州人民政府"],
            "ref": None,
            "metadata": {},
            "preamble": [
                "你州《关于申请设立湘西经济开发区高新技术产业园的请示》（州政〔2024〕11号）收悉。经研究，现批复如下："
            ],
            "sections": [
                (
                    1,
                    "一、",
                    1,
                    None,
                    [
                        "同意设立湘西经济开发区高新技术产业园，规划面积3.2平方公里，四至范围以省自然资源厅审核的界址为准。"
                    ],
                ),
                (
                    1,
                    "二、",
                    2,
                    None,
                    ["产业园要坚持集约节约用地，重点发展新材料、生物医药产业，严禁引进高耗能、高污染项目。"],
                ),
                (
                    1,
                    "三、",
                    3,
                    None,
                    ["你州要加强对产业园建设的组织领导，省直有关部门要按照职责分工给予支持和指导。"],
                ),
            ],
            "items": [],
            "closing": None,
            "signature": (["湖南省人民政府"], "2024-04-12", "2024年4月12日"),
            "contact": None,
            "cc": ["省发展改革委", "省自然资源厅", "省生态环境厅"],
            "attachments": [],
            "warnings": [],
        },
    )
    # the 请示's number quoted in the opening is not the header's
    assert doc.header.doc_number is not None and doc.header.doc_number.agency_code == "湘政函"


B4C = """平江县人民政府办公室
平政办函〔2024〕37号
平江县人民政府办公室关于商请支持幕阜山旅游公路建设的函
岳阳市交通运输局：
    幕阜山旅游公路是我县全域旅游发展的重点项目，全长46公里，总投资9.8亿元。目前项目已完成工程可行性研究，因县级财力有限，资金缺口较大。
    恳请贵局将该项目纳入全市旅游公路建设计划，并在省级补助资金分配上给予倾斜支持。
    特此函商，盼复。
平江县人民政府办公室
2024年3月26日
（联系人：方某某，联系电话：0730-6222415）
"""


def test_b4c_county_office_letter_asking_a_city_bureau_for_support() -> None:
    doc = run(
        B4C,
        {
            "kind": "letter",
            "title": "平江县人民政府办公室关于商请支持幕阜山旅游公路建设的函",
            "number": ("平政办函〔2024〕37号", 2024, 37),
            "issuer": "平江县人民政府办公室",
            "recipients": ["岳阳市交通运输局"],
            "ref": None,
            "metadata": {},
            "preamble": [
                "幕阜山旅游公路是我县全域旅游发展的重点项目，全长46公里，总投资9.8亿元。目前项目已完成工程可行性研究，"
                "因县级财力有限，资金缺口较大。",
                "恳请贵局将该项目纳入全市旅游公路建设计划，并在省级补助资金分配上给予倾斜支持。",
            ],
            "sections": [],
            "items": [],
            "closing": "特此函商，盼复。",
            "signature": (["平江县人民政府办公室"], "2024-03-26", "2024年3月26日"),
            "contact": ("方某某", ["0730-6222415"]),
            "cc": None,
            "attachments": [],
            "warnings": [],
        },
    )
    assert doc.header.responds_to is None


B4D = """祁阳市应急管理局
关于2024年第一季度全市安全生产执法检查情况的通报
各镇（街道）安委办，市安委会有关成员单位：
    2024年第一季度，我局组织开展安全生产执法检查，现将有关情况通报如下：
    一、基本情况
    共检查生产经营单位236家，发现隐患812处，已整改782处，立案处罚14起，罚款金额43.5万元。
    二、存在的主要问题
    一是部分企业主体责任落实不到位；二是部分企业应急预案流于形式，未按要求开展演练；三是有限空间作业审批制度执行不严。
    三、下一步工作要求
    各单位要对照检查发现的问题，举一反三，于4月30日前完成整改。
    附件：2024年第一季度安全生产执法检查问题清单
祁阳市应急管理局
2024年4月8日
"""


def test_b4d_emergency_bureau_bulletin_under_its_organ_line_with_members_and_one_attachment() -> None:
    doc = run(
        B4D,
        {
            "kind": "bulletin",
            "title": "祁阳市应急管理局关于2024年第一季度全市安全生产执法检查情况的通报",
            "number": None,
            "issuer": "祁阳市应急管理局",
            "recipients": ["各镇（街道）安委办", "市安委会有关成员单位"],
            "ref": None,
            "metadata": {},
            "preamble": ["2024年第一季度，我局组织开展安全生产执法检查，现将有关情况通报如下："],
            "sections": [
                (
                    1,
                    "一、",
                    1,
                    "基本情况",
                    ["共检查生产经营单位236家，发现隐患812处，已整改782处，立案处罚14起，罚款金额43.5万元。"],
                ),
                (
                    1,
                    "二、",
                    2,
                    "存在的主要问题",
                    [
                        "一是部分企业主体责任落实不到位；二是部分企业应急预案流于形式，未按要求开展演练；"
                        "三是有限空间作业审批制度执行不严。"
                    ],
                ),
                (1, "三、", 3, "下一步工作要求", ["各单位要对照检查发现的问题，举一反三，于4月30日前完成整改。"]),
            ],
            "items": [
                [
                    ("一是", "部分企业主体责任落实不到位"),
                    ("二是", "部分企业应急预案流于形式，未按要求开展演练"),
                    ("三是", "有限空间作业审批制度执行不严"),
                ]
            ],
            "closing": None,
            "signature": (["祁阳市应急管理局"], "2024-04-08", "2024年4月8日"),
            "contact": None,
            "cc": None,
            "attachments": ["2024年第一季度安全生产执法检查问题清单"],
            "warnings": [],
        },
    )
    assert doc.header.serial is None


B4E = """新邵县人民政府
关于同意调整坪上镇部分村级建制的批复
坪上镇人民政府：
    你镇《关于调整部分村级建制的请示》收悉。经县人民政府研究，同意将坪上镇龙口村、石桥村合并设立龙桥村，村民委员会驻原龙口村村部。
    请你镇按照有关规定做好合并村的资产清理、档案移交等工作，确保群众生产生活秩序稳定。
    此复。
新邵县人民政府
2024年2月28日
（此件公开发布）
"""


def test_b4e_county_approval_to_a_township_closing_ci_fu_with_a_publication_note() -> None:
    doc = run(
        B4E,
        {
            "kind": "approval",
            "title": "新邵县人民政府关于同意调整坪上镇部分村级建制的批复",
            "number": None,
            "issuer": "新邵县人民政府",
            "recipients": ["坪上镇人民政府"],
            "ref": None,
            "metadata": {},
            "preamble": [
                "你镇《关于调整部分村级建制的请示》收悉。经县人民政府研究，同意将坪上镇龙口村、石桥村合并设立龙桥村，"
                "村民委员会驻原龙口村村部。",
                "请你镇按照有关规定做好合并村的资产清理、档案移交等工作，确保群众生产生活秩序稳定。",
            ],
            "sections": [],
            "items": [],
            "closing": "此复。",
            "signature": (["新邵县人民政府"], "2024-02-28", "2024年2月28日"),
            "contact": None,
            "cc": None,
            "attachments": [],
            "warnings": [],
        },
    )
    assert doc.header.disclosure == "主动公开"


# --- Batch 5: a 方案 issued by a notice, a 纪要, a 实施细则, an 实施意见, an 通告 ----------------------------

B5A = """汨罗市人民政府办公室
汨政办发〔2024〕9号
汨罗市人民政府办公室关于印发《汨罗市2024年城乡环境卫生整治工作方案》的通知
各镇人民政府、街道办事处，市直各单位：
    《汨罗市2024年城乡环境卫生整治工作方案》已经市人民政府同意，现印发给你们，请结合实际认真组织实施。
汨罗市人民政府办公室
2024年2月20日
汨罗市2024年城乡环境卫生整治工作方案
    为持续改善城乡人居环境，制定本方案。
    一、工作目标
    到2024年底，全市城乡生活垃圾无害化处理率达到100%，农村卫生厕所普及率达到95%。
    二、重点任务
    （一）整治农村生活垃圾。完善村收集、镇转运、市处理体系。
    （二）推进厕所革命。新改建农村户用厕所3000座。
    三、保障措施
    各镇（街道）要建立“月检查、季评比”制度，市财政安排整治专项资金1200万元。
"""


def test_b5a_notice_issuing_a_work_plan_printed_after_the_notices_signature() -> None:
    doc = run(
        B5A,
        {
            "kind": "notice",
            "title": "汨罗市人民政府办公室关于印发《汨罗市2024年城乡环境卫生整治工作方案》的通知",
            "number": ("汨政办发〔2024〕9号", 2024, 9),
            "issuer": "汨罗市人民政府办公室",
            # split at ，; at 、 too, both sides organ names of three characters or more ending 政府 / 处
            "recipients": ["各镇人民政府", "街道办事处", "市直各单位"],
            "ref": None,
            "metadata": {},
            # the plan printed after the notice does not move the notice's 落款 (contract, Signature)
            "signature": (["汨罗市人民政府办公室"], "2024-02-20", "2024年2月20日"),
            "contact": None,
            "cc": None,
            "attachments": [],
        },
    )
    # numbered sections after the signature still belong to the body; where the plan's title line and
    # its opening sentence go is not settled (holdout21 b5a, holdout22 b5a): only the sections' heads
    assert [(s.level, s.marker, s.title) for s in doc.iter_sections()] == [
        (1, "一、", "工作目标"),
        (1, "二、", "重点任务"),
        (2, "（一）", "整治农村生活垃圾"),
        (2, "（二）", "推进厕所革命"),
        (1, "三、", "保障措施"),
    ]
    assert doc.preamble[0].text == (
        "《汨罗市2024年城乡环境卫生整治工作方案》已经市人民政府同意，现印发给你们，请结合实际认真组织实施。"
    )


B5B = """雁峰区人民政府区长办公会议纪要
〔2024〕12号
时间：2024年8月14日
地点：区政府第一会议室
主持：蒋某某
出席：刘某、唐某某、许某某
列席：区发改局、区财政局、区住建局主要负责人
    8月14日，区长蒋某某主持召开区长办公会议，研究城区排水防涝设施建设等事项。现纪要如下：
    一、关于城区排水防涝设施建设
    会议原则同意区住建局提出的排水防涝设施建设方案，项目总投资1.6亿元，由区财政分三年安排。
    二、关于背街小巷提质改造
    会议要求区城管局于9月底前完成28条背街小巷提质改造，所需资金从城市维护费中列支。
"""


def test_b5b_district_heads_meeting_minutes_with_serial_time_place_and_attendance_under_its_title() -> None:
    doc = run(
        B5B,
        {
            "kind": "minutes",
            "title": "雁峰区人民政府区长办公会议纪要",
            # 〔2024〕12号 under a 纪要's title is its serial, not a 发文字号 (schema 1.8)
            "number": None,
            "recipients": [],
            "ref": None,
            "metadata": {},
            # 时间 and 地点 lines stay preamble paragraphs (schema 1.8)
            "preamble": [
                "时间：2024年8月14日",
                "地点：区政府第一会议室",
                "8月14日，区长蒋某某主持召开区长办公会议，研究城区排水防涝设施建设等事项。现纪要如下：",
            ],
            "sections": [
                (
                    1,
                    "一、",
                    1,
                    "关于城区排水防涝设施建设",
                    ["会议原则同意区住建局提出的排水防涝设施建设方案，项目总投资1.6亿元，由区财政分三年安排。"],
                ),
                (
                    1,
                    "二、",
                    2,
                    "关于背街小巷提质改造",
                    ["会议要求区城管局于9月底前完成28条背街小巷提质改造，所需资金从城市维护费中列支。"],
                ),
            ],
            "items": [],
            "closing": None,
            "signature": None,
            "contact": None,
            "cc": None,
            "attachments": [],
            "warnings": [],
        },
    )
    s = doc.header.serial
    assert s is not None and (s.number, s.year) == (12, 2024)
    assert [(a.role, list(a.names)) for a in doc.header.attendance] == [
        ("主持", ["蒋某某"]),
        ("出席", ["刘某", "唐某某", "许某某"]),
        ("列席", ["区发改局", "区财政局", "区住建局主要负责人"]),
    ]
    # issuer left out (doubted, as holdout22 b5b: whether the organ opening a 纪要's title is its issuer)


B5C = """岳阳县农村危房改造补助资金管理实施细则
第一条　为规范农村危房改造补助资金管理，提高资金使用效益，根据《湖南省农村危房改造补助资金管理办法》，结合本县实际，制定本细则。
第二条　本细则所称补助资金，是指中央、省、县各级财政安排用于农村低收入群体危房改造的资金。
第三条　补助资金实行专户管理、分账核算，任何单位和个人不得截留、挤占、挪用。
第四条　补助标准
C级危房每户补助1.5万元，D级危房每户补助3.5万元。
第五条　本细则由县财政局、县住房和城乡建设局负责解释，自2024年7月1日起施行。
"""


def test_b5c_county_implementing_rules_in_articles_one_with_a_heading_line_of_its_own() -> None:
    doc = run(
        B5C,
        {
            "kind": "measures",
            "title": "岳阳县农村危房改造补助资金管理实施细则",
            "number": None,
            "recipients": [],
            "ref": None,
            "metadata": {},
            "preamble": [],
            # an article has no title unless its line is only the number and a short heading
            "sections": [
                (
                    1,
                    "第一条",
                    1,
                    None,
                    [
                        "为规范农村危房改造补助资金管理，提高资金使用效益，根据《湖南省农村危房改造补助资金管理办法》，"
                        "结合本县实际，制定本细则。"
                    ],
                ),
                (
                    1,
                    "第二条",
                    2,
                    None,
                    ["本细则所称补助资金，是指中央、省、县各级财政安排用于农村低收入群体危房改造的资金。"],
                ),
                (1, "第三条", 3, None, ["补助资金实行专户管理、分账核算，任何单位和个人不得截留、挤占、挪用。"]),
                (1, "第四条", 4, "补助标准", ["C级危房每户补助1.5万元，D级危房每户补助3.5万元。"]),
                (
                    1,
                    "第五条",
                    5,
                    None,
                    ["本细则由县财政局、县住房和城乡建设局负责解释，自2024年7月1日起施行。"],
                ),
            ],
            "items": [],
            "closing": None,
            "signature": None,
            "contact": None,
            "cc": None,
            "attachments": [],
            # no 落款: warned, as the README's field-missing says of any document but a 纪要 (first written [], the
            # writer's error)
            "warnings": ["field-missing"],
        },
    )
    assert {s.style for s in doc.sections} == {"article"}
    # issuer left out (doubted): the title opens with a place (岳阳县), not an organ


B5D = """永州市人民政府
永政发〔2024〕5号
永州市人民政府关于加快发展银发经济增进老年人福祉的实施意见
各县区人民政府，市政府各部门：
    为积极应对人口老龄化，加快发展银发经济，结合我市实际，提出如下实施意见。
    一、发展民生事业，解决急难愁盼
    （一）扩大老年助餐服务。到2025年，城市社区老年助餐服务覆盖率达到80%。
    （二）拓展居家助老服务。推广“家庭养老床位”，每年新增家庭养老床位500张。
    二、培育潜力产业，推进提质升级
    （一）发展康复辅助器具产业。支持企业研发适老化产品。
    （二）发展老年旅游服务业。开发“潇湘银发游”精品线路10条。
永州市人民政府
2024年3月15日
（此件公开发布）
"""


def test_b5d_city_implementing_opinion_to_the_counties_with_run_in_second_rank_headings() -> None:
    doc = run(
        B5D,
        {
            "kind": "opinion",
            "title": "永州市人民政府关于加快发展银发经济增进老年人福祉的实施意见",
            "number": ("永政发〔2024〕5号", 2024, 5),
            "issuer": "永州市人民政府",
            "recipients": ["各县区人民政府", "市政府各部门"],
            "ref": None,
            "metadata": {},
            "preamble": ["为积极应对人口老龄化，加快发展银发经济，结合我市实际，提出如下实施意见。"],
            "sections": [
                (1, "一、", 1, "发展民生事业，解决急难愁盼", []),
                (2, "（一）", 1, "扩大老年助餐服务", ["到2025年，城市社区老年助餐服务覆盖率达到80%。"]),
                (2, "（二）", 2, "拓展居家助老服务", ["推广“家庭养老床位”，每年新增家庭养老床位500张。"]),
                (1, "二、", 2, "培育潜力产业，推进提质升级", []),
                (2, "（一）", 1, "发展康复辅助器具产业", ["支持企业研发适老化产品。"]),
                (2, "（二）", 2, "发展老年旅游服务业", ["开发“潇湘银发游”精品线路10条。"]),
            ],
            "items": [],
            "closing": None,
            "signature": (["永州市人民政府"], "2024-03-15", "2024年3月15日"),
            "contact": None,
            "cc": None,
            "attachments": [],
            "warnings": [],
        },
    )
    assert doc.header.disclosure == "主动公开"


B5E = """耒阳市公安局
关于城区部分道路禁止货车通行的通告
第2号
    为改善城区交通秩序，保障道路交通安全，根据《中华人民共和国道路交通安全法》有关规定，决定对城区部分道路实施货车禁行管理。现通告如下：
    一、禁行范围：蔡伦大道、五一中路、神农路、青年路全线。
    二、禁行时间：每日7时至22时。
    三、执行应急抢险、环卫作业等任务的车辆不受本通告限制。
    四、本通告自2024年6月1日起施行。
    特此通告。
耒阳市公安局
2024年5月20日
"""


def test_b5e_police_bureau_announcement_with_its_serial_under_the_title_and_short_points() -> None:
    doc = run(
        B5E,
        {
            "kind": "announcement",
            "title": "耒阳市公安局关于城区部分道路禁止货车通行的通告",
            "number": None,
            "issuer": "耒阳市公安局",
            "recipients": [],
            "ref": None,
            "metadata": {},
            "preamble": [
                "为改善城区交通秩序，保障道路交通安全，根据《中华人民共和国道路交通安全法》有关规定，"
                "决定对城区部分道路实施货车禁行管理。现通告如下："
            ],
            "sections": [
                # run-in: the text before the first ： (at most 30 characters, more text after it)
                (1, "一、", 1, "禁行范围", ["蔡伦大道、五一中路、神农路、青年路全线。"]),
                (1, "二、", 2, "禁行时间", ["每日7时至22时。"]),
                # at most 30 characters, no stop inside, a final 。: heading lines (settled reading)
                (1, "三、", 3, "执行应急抢险、环卫作业等任务的车辆不受本通告限制", []),
                (1, "四、", 4, "本通告自2024年6月1日起施行", []),
            ],
            "items": [],
            "closing": "特此通告。",
            "signature": (["耒阳市公安局"], "2024-05-20", "2024年5月20日"),
            "contact": None,
            "cc": None,
            "attachments": [],
            "warnings": [],
        },
    )
    s = doc.header.serial
    assert s is not None and s.number == 2


# --- Batch 6: portal copies -----------------------------------------------------------------------

B6A = """首页 > 信息公开 > 政府信息公开目录 > 建议提案办理
| 索引号 | 11430300MB1234567A/2024-00318 |
| 发布机构 | 湘潭市生态环境局 |
| 成文日期 | 2024-06-21 |
| 文号 | 潭环函〔2024〕33号 |
| 公开方式 | 主动公开 |
关于市十六届人大三次会议第0154号建议的答复
字号：大 中 小　　打印本页　　关闭窗口
伍某某代表：
    您提出的《关于加强湘江沿岸餐饮油烟污染治理的建议》收悉，现答复如下：
    一、开展专项整治。我局会同市城管局对沿江风光带餐饮店开展专项检查，督促安装油烟净化设施93台。
    二、推进在线监控。对大中型餐饮单位油烟排放实施在线监控，已联网41家。
    三、强化执法处罚。依法查处油烟超标排放案件12起，罚款金额8.6万元。
    此复。
湘潭市生态环境局
2024年6月21日
【打印本页】【关闭窗口】
版权所有：湘潭市生态环境局　　ICP备案号：湘ICP备05000123号
"""


def test_b6a_city_portal_answer_under_a_pipe_information_table_with_a_font_row_and_copyright_footer() -> None:
    doc = run(
        B6A,
        {
            "kind": "reply",
            "title": "关于市十六届人大三次会议第0154号建议的答复",
            # the table's 文号 row
            "number": ("潭环函〔2024〕33号", 2024, 33),
            # the information table's 发布机构
            "issuer": "湘潭市生态环境局",
            "recipients": ["伍某某代表"],
            "ref": "0154",
            "metadata": {
                "索引号": "11430300MB1234567A/2024-00318",
                "发布机构": "湘潭市生态环境局",
                "成文日期": "2024-06-21",
                "文号": "潭环函〔2024〕33号",
                "公开方式": "主动公开",
            },
            "preamble": ["您提出的《关于加强湘江沿岸餐饮油烟污染治理的建议》收悉，现答复如下："],
            "sections": [
                (
                    1,
                    "一、",
                    1,
                    "开展专项整治",
                    ["我局会同市城管局对沿江风光带餐饮店开展专项检查，督促安装油烟净化设施93台。"],
                ),
                (1, "二、", 2, "推进在线监控", ["对大中型餐饮单位油烟排放实施在线监控，已联网41家。"]),
                (1, "三、", 3, "强化执法处罚", ["依法查处油烟超标排放案件12起，罚款金额8.6万元。"]),
            ],
            "items": [],
            "closing": "此复。",
            "signature": (["湘潭市生态环境局"], "2024-06-21", "2024年6月21日"),
            "contact": None,
            "cc": None,
            "attachments": [],
            "warnings": [],
        },
        "首页 > 信息公开",
        "字号：大 中 小",
        "【打印本页】",
        "版权所有",
        "湘ICP备05000123号",
    )
    # disclosure left out (doubted: whether a table's 公开方式 row is the 公开属性 the contract reads)
    assert ref_of(doc) == ("人大", "市", 16, 3, "建议", "关于加强湘江沿岸餐饮油烟污染治理的建议")


B6B = """您所在的位置：网站首页 → 政务公开 → 建议提案
[ 索引号 ] 430602/2024-05117        [ 主题分类 ] 城乡建设
[ 发布机构 ] 岳阳楼区住房和城乡建设局      [ 发文日期 ] 2024-07-11
关于区政协九届三次会议第56号提案的答复
潘某某委员：
    您提出的《关于推进城区口袋公园建设的提案》收悉。现答复如下：
    一、建设进展
    2023年以来，全区利用边角地、闲置地建成口袋公园17个，新增绿地面积4.3万平方米。
    二、管护机制
    口袋公园建成后移交所在街道管护，区财政按每平方米每年8元标准安排管护经费。
    三、下一步工作
    下一步，我局将结合城市更新再建设口袋公园10个，并征求周边居民意见，增加儿童游乐和健身设施。
    感谢您对我区城市建设工作的关心和支持。
岳阳市岳阳楼区住房和城乡建设局
2024年7月11日
扫一扫在手机打开当前页
分享到：
主办单位：岳阳市岳阳楼区人民政府办公室　　网站标识码：4306020001
湘ICP备12003345号　　湘公网安备43060202000245号
"""


def test_b6b_district_portal_answer_under_a_bracketed_table_two_pairs_a_row_and_a_site_footer() -> None:
    doc = run(
        B6B,
        {
            "kind": "reply",
            "title": "关于区政协九届三次会议第56号提案的答复",
            "number": None,
            "issuer": "岳阳楼区住房和城乡建设局",
            "recipients": ["潘某某委员"],
            "ref": "56",
            # `[ 索引号 ]` → 索引号 (the contract's own example)
            "metadata": {
                "索引号": "430602/2024-05117",
                "主题分类": "城乡建设",
                "发布机构": "岳阳楼区住房和城乡建设局",
                "发文日期": "2024-07-11",
            },
            "preamble": ["您提出的《关于推进城区口袋公园建设的提案》收悉。现答复如下："],
            "sections": [
                (
                    1,
                    "一、",
                    1,
                    "建设进展",
                    ["2023年以来，全区利用边角地、闲置地建成口袋公园17个，新增绿地面积4.3万平方米。"],
                ),
                (
                    1,
                    "二、",
                    2,
                    "管护机制",
                    ["口袋公园建成后移交所在街道管护，区财政按每平方米每年8元标准安排管护经费。"],
                ),
                (
                    1,
                    "三、",
                    3,
                    "下一步工作",
                    ["下一步，我局将结合城市更新再建设口袋公园10个，并征求周边居民意见，增加儿童游乐和健身设施。"],
                ),
            ],
            "items": [],
            "closing": "感谢您对我区城市建设工作的关心和支持。",
            "signature": (["岳阳市岳阳楼区住房和城乡建设局"], "2024-07-11", "2024年7月11日"),
            "contact": None,
            "cc": None,
            "attachments": [],
            "warnings": [],
        },
        "您所在的位置",
        "扫一扫在手机打开当前页",
        "分享到",
        "网站标识码：4306020001",
        "湘ICP备12003345号",
        "湘公网安备",
    )
    # the footer's 主办单位 is the site's, no metadata pair and no contact unit
    assert doc.contact is None
    assert ref_of(doc) == ("政协", "区", 9, 3, "提案", "关于推进城区口袋公园建设的提案")


B6C = """当前位置：首页 > 政务公开 > 通知公告
信息索引号：MB1C24117-0200-2024-00051
生成日期：2024-05-08
关于开展2024年度城镇燃气安全专项检查的通知
发布时间：2024-05-08 09:30　来源：市住房和城乡建设局　浏览次数：1362
各区县（市）住房城乡建设局，各燃气经营企业：
    为深刻汲取近期燃气事故教训，全面排查整治城镇燃气安全隐患，经研究，决定在全市开展城镇燃气安全专项检查。现将有关事项通知如下：
    一、检查内容
    燃气经营企业安全生产主体责任落实、瓶装液化石油气充装和配送、餐饮场所燃气使用安全等情况。
    二、时间安排
    5月10日至6月30日，分企业自查、集中检查、督导复查三个阶段进行。
    三、工作要求
    各地要建立隐患整改台账，实行闭环管理。检查情况请于7月5日前报市住房和城乡建设局城建科。
常德市住房和城乡建设局
2024年5月8日
联系电话：0736-7223056
【打印】【关闭】
"""


def test_b6c_city_portal_notice_under_info_rows_and_a_source_and_views_byline() -> None:
    run(
        B6C,
        {
            "kind": "notice",
            "title": "关于开展2024年度城镇燃气安全专项检查的通知",
            "number": None,
            "recipients": ["各区县（市）住房城乡建设局", "各燃气经营企业"],
            "ref": None,
            "metadata": {"信息索引号": "MB1C24117-0200-2024-00051", "生成日期": "2024-05-08"},
            "preamble": [
                "为深刻汲取近期燃气事故教训，全面排查整治城镇燃气安全隐患，经研究，决定在全市开展城镇燃气安全专项检查。"
                "现将有关事项通知如下："
            ],
            "sections": [
                (
                    1,
                    "一、",
                    1,
                    "检查内容",
                    ["燃气经营企业安全生产主体责任落实、瓶装液化石油气充装和配送、餐饮场所燃气使用安全等情况。"],
                ),
                (1, "二、", 2, "时间安排", ["5月10日至6月30日，分企业自查、集中检查、督导复查三个阶段进行。"]),
                (
                    1,
                    "三、",
                    3,
                    "工作要求",
                    ["各地要建立隐患整改台账，实行闭环管理。检查情况请于7月5日前报市住房和城乡建设局城建科。"],
                ),
            ],
            "items": [],
            "closing": None,
            "signature": (["常德市住房和城乡建设局"], "2024-05-08", "2024年5月8日"),
            "contact": (None, ["0736-7223056"]),
            "cc": None,
            "attachments": [],
            "warnings": [],
        },
        "当前位置：首页",
        "浏览次数",
        "【打印】【关闭】",
    )
    # issuer left out (doubted, as holdout22 b6e: the 来源 byline names the organ, but 来源 lines are
    # chrome by the contract)


B6D = """湖南省人民政府门户网站  >  省政府部门  >  省民政厅
索  引  号：4300000033/2024-00412
发 布 机 构：湖南省民政厅
标　　　题：湖南省民政厅关于省政协十三届二次会议第0379号提案的答复
文　　　号：湘民函〔2024〕96号
发 布 日 期：2024-07-22
湖南省民政厅关于省政协十三届二次会议第0379号提案的答复
民建湖南省委员会：
    贵会提出的《关于完善困境儿童关爱保护体系的提案》收悉。现答复如下：
    一、关于健全困境儿童保障制度。我厅会同省财政厅提高孤儿和事实无人抚养儿童基本生活保障标准，集中养育孤儿每人每月1650元，社会散居孤儿每人每月1250元。
    二、关于加强基层儿童工作队伍建设。全省配备乡镇（街道）儿童督导员1937名、村（居）儿童主任2.9万名，实现全覆盖。
    三、关于下一步工作。我厅将推动出台《湖南省困境儿童关爱保护办法》，建立困境儿童分类保障制度。
    感谢贵会对民政工作的关心和支持。
湖南省民政厅
2024年7月22日
【关闭窗口】
湘ICP备05004321号
"""


def test_b6d_provincial_portal_answer_under_a_letter_spaced_table_with_a_title_row() -> None:
    doc = run(
        B6D,
        {
            "kind": "reply",
            "title": "湖南省民政厅关于省政协十三届二次会议第0379号提案的答复",
            "number": ("湘民函〔2024〕96号", 2024, 96),
            "issuer": "湖南省民政厅",
            "recipients": ["民建湖南省委员会"],
            "ref": "0379",
            # keys without inner spaces, values as written
            "metadata": {
                "索引号": "4300000033/2024-00412",
                "发布机构": "湖南省民政厅",
                "标题": "湖南省民政厅关于省政协十三届二次会议第0379号提案的答复",
                "文号": "湘民函〔2024〕96号",
                "发布日期": "2024-07-22",
            },
            "preamble": ["贵会提出的《关于完善困境儿童关爱保护体系的提案》收悉。现答复如下："],
            "sections": [
                (
                    1,
                    "一、",
                    1,
                    "关于健全困境儿童保障制度",
                    [
                        "我厅会同省财政厅提高孤儿和事实无人抚养儿童基本生活保障标准，集中养育孤儿每人每月1650元，"
                        "社会散居孤儿每人每月1250元。"
                    ],
                ),
                (
                    1,
                    "二、",
                    2,
                    "关于加强基层儿童工作队伍建设",
                    ["全省配备乡镇（街道）儿童督导员1937名、村（居）儿童主任2.9万名，实现全覆盖。"],
                ),
                (
                    1,
                    "三、",
                    3,
                    "关于下一步工作",
                    ["我厅将推动出台《湖南省困境儿童关爱保护办法》，建立困境儿童分类保障制度。"],
                ),
            ],
            "items": [],
            "closing": "感谢贵会对民政工作的关心和支持。",
            "signature": (["湖南省民政厅"], "2024-07-22", "2024年7月22日"),
            "contact": None,
            "cc": None,
            "attachments": [],
            "warnings": [],
        },
        "门户网站",
        "【关闭窗口】",
        "湘ICP备05004321号",
    )
    assert ref_of(doc) == ("政协", "省", 13, 2, "提案", "关于完善困境儿童关爱保护体系的提案")


B6E = """祁东县人民政府
首页 > 政务公开 > 部门信息公开 > 县教育局
关于县十八届人大四次会议第0089号建议的答复
来源：祁东县教育局　　发布时间：2024-06-12 16:20　　【字体：大 中 小】
尹某某代表：
    您提出的《关于解决乡镇学校音体美教师短缺问题的建议》收悉。现答复如下：
    一、补充教师。今年通过公开招聘、特岗计划招录音体美教师46名，全部安排到乡镇学校任教。
    二、共享教师。推行“走教”制度，由中心学校音体美教师到村小走教，每周不少于4课时。
    三、培训教师。实施乡村教师音体美学科能力提升培训，今年培训教师320人次。
    感谢您对教育工作的关心和支持！
祁东县教育局
2024年6月11日
上一篇：关于县十八届人大四次会议第0084号建议的答复
下一篇：关于县十八届人大四次会议第0093号建议的答复
【我要纠错】【打印本页】【关闭窗口】
祁东县人民政府办公室主办　网站标识码：4304260001
"""


def test_b6e_county_portal_answer_with_a_source_byline_font_row_prev_next_and_a_correction_row() -> None:
    doc = run(
        B6E,
        {
            "kind": "reply",
            "title": "关于县十八届人大四次会议第0089号建议的答复",
            "number": None,
            "recipients": ["尹某某代表"],
            "ref": "0089",
            "metadata": {},
            "preamble": ["您提出的《关于解决乡镇学校音体美教师短缺问题的建议》收悉。现答复如下："],
            "sections": [
                (
                    1,
                    "一、",
                    1,
                    "补充教师",
                    ["今年通过公开招聘、特岗计划招录音体美教师46名，全部安排到乡镇学校任教。"],
                ),
                (
                    1,
                    "二、",
                    2,
                    "共享教师",
                    ["推行“走教”制度，由中心学校音体美教师到村小走教，每周不少于4课时。"],
                ),
                (1, "三、", 3, "培训教师", ["实施乡村教师音体美学科能力提升培训，今年培训教师320人次。"]),
            ],
            "items": [],
            "closing": "感谢您对教育工作的关心和支持！",
            "signature": (["祁东县教育局"], "2024-06-11", "2024年6月11日"),
            "contact": None,
            "cc": None,
            "attachments": [],
        },
        "首页 > 政务公开",
        "来源：祁东县教育局",
        "【字体：大 中 小】",
        "上一篇：关于县十八届人大四次会议第0084号建议的答复",
        "下一篇：关于县十八届人大四次会议第0093号建议的答复",
        "【我要纠错】",
        "网站标识码：4304260001",
    )
    # issuer left out (doubted: a 来源 byline is chrome; the site's name on the first line is the
    # site's masthead); warnings left out (doubted: whether the masthead line is dropped or kept
    # `content-unplaced`); its fate is not checked
    assert ref_of(doc) == ("人大", "县", 18, 4, "建议", "关于解决乡镇学校音体美教师短缺问题的建议")


# --- Batch 7: a PDF's text layer copied out, hard-wrapped, page numbers inside paragraphs -----------

B7A_LINES = [
    "宁远县医疗保障局",
    "宁医保函〔2024〕14号",
    "关于县十八届人大三次会议第0061号建议的答复",
    "欧某某代表：",
    "您提出的《关于提高城乡居民门诊慢特病报销比例的建议》收悉。现答复如下：",
    "一、政策执行情况",
    "我县城乡居民高血压、糖尿病门诊用药报销比例为50%，年度支付限额分别为每人300元和500元，已按省市规定执行到位。",
    "二、下一步工作",
    "下一步，我局将积极向上争取，在全市统一调整时同步提高报销比例，并加大门诊慢特病政策宣传力度。",
    "感谢您对医疗保障工作的关心和支持。",
    "宁远县医疗保障局",
    "2024年6月24日",
]


def test_b7a_county_medical_insurance_answer_wrapped_at_25_with_dash_page_numbers() -> None:
    source = pdf_copy(B7A_LINES, 25, 8, "- 1 -", "- 2 -")
    doc = run(
        source,
        {
            "kind": "reply",
            "title": "关于县十八届人大三次会议第0061号建议的答复",
            "number": ("宁医保函〔2024〕14号", 2024, 14),
            "issuer": "宁远县医疗保障局",
            "recipients": ["欧某某代表"],
            "ref": "0061",
            "metadata": {},
            "preamble": [B7A_LINES[4]],
            "sections": [
                (1, "一、", 1, "政策执行情况", [B7A_LINES[6]]),
                (1, "二、", 2, "下一步工作", [B7A_LINES[8]]),
            ],
            "items": [],
            "closing": B7A_LINES[9],
            "signature": (["宁远县医疗保障局"], "2024-06-24", "2024年6月24日"),
            "contact": None,
            "cc": None,
            "attachments": [],
            "warnings": ["page-break-joined"],
        },
        "- 1 -",
        "- 2 -",
    )
    assert [p.phase for p in doc.sections[1].paragraphs] == ["plan"]
    assert ref_of(doc) == ("人大", "县", 18, 3, "建议", "关于提高城乡居民门诊慢特病报销比例的建议")


B7B_LINES = [
    "签发人：曹某某",
    "公开属性：依申请公开",
    "关于市政协十四届三次会议第0137号提案的答复",
    "九三学社衡阳市委会：",
    "贵会提出的《关于加快推进城市地下综合管廊建设的提案》收悉。经会同市发展改革委、市财政局研究，现答复如下：",
    "一、建设现状",
    "全市已建成城市地下综合管廊23.6公里，入廊管线包括给水、电力、通信、燃气等，累计完成投资19.4亿元。",
    "二、存在的困难",
    "综合管廊建设投资大、回收周期长，入廊收费标准偏低，社会资本参与意愿不强。",
    "三、下一步打算",
    "下一步，我局将结合老旧管网改造，在新建道路同步规划建设干线、支线管廊，并研究完善入廊有偿使用收费政策。",
    "特此答复。",
    "衡阳市住房和城乡建设局",
    "2024年7月3日",
    "联系人：汤某　联系电话：0734-8868125",
]


def test_b7b_city_answer_wrapped_at_30_with_signer_and_disclosure_rows_and_page_of_pages() -> None:
    source = pdf_copy(B7B_LINES, 30, 11, "第1页 共2页", "第2页 共2页")
    doc = run(
        source,
        {
            "kind": "reply",
            "title": "关于市政协十四届三次会议第0137号提案的答复",
            "number": None,
            "issuer": None,
            "recipients": ["九三学社衡阳市委会"],
            "ref": "0137",
            "metadata": {"签发人": "曹某某", "公开属性": "依申请公开"},
            "preamble": [B7B_LINES[4]],
            "sections": [
                (1, "一、", 1, "建设现状", [B7B_LINES[6]]),
                (1, "二、", 2, "存在的困难", [B7B_LINES[8]]),
                (1, "三、", 3, "下一步打算", [B7B_LINES[10]]),
            ],
            "items": [],
            "closing": "特此答复。",
            "signature": (["衡阳市住房和城乡建设局"], "2024-07-03", "2024年7月3日"),
            "contact": ("汤某", ["0734-8868125"]),
            "cc": None,
            "attachments": [],
            "warnings": ["page-break-joined"],
        },
        "第1页 共2页",
        "第2页 共2页",
    )
    h = doc.header
    assert (h.signer, h.disclosure) == ("曹某某", "依申请公开")
    assert ref_of(doc) == ("政协", "市", 14, 3, "提案", "关于加快推进城市地下综合管廊建设的提案")


B7C_LINES = [
    "冷水江市人民政府办公室",
    "冷政办发〔2024〕21号",
    "冷水江市人民政府办公室关于做好2024年森林防火工作的通知",
    "各乡镇人民政府、街道办事处，市直有关单位：",
    "为切实做好今冬明春森林防火工作，严防重特大森林火灾发生，经市人民政府同意，现就有关事项通知如下：",
    "一、压实防火责任",
    "各乡镇（街道）要严格落实森林防火行政首长负责制，层层签订责任状，将防火责任落实到山头地块和具体责任人。",
    "二、加强火源管控",
    "（一）严管野外用火。森林防火期内，严禁在林区烧荒、烧田埂、燃放孔明灯等野外用火行为。",
    "（二）强化祭祀用火管理。在重点林区入口设置检查站，劝导群众文明祭祀。",
    "三、做好应急准备",
    "市应急管理局要组织开展森林火灾扑救演练，各专业扑火队伍实行24小时备勤。",
    "冷水江市人民政府办公室",
    "2024年10月28日",
    "（此件公开发布）",
    "抄送：市委办公室，市人大常委会办公室，市政协办公室。",
]


def test_b7c_city_office_notice_wrapped_at_36_with_em_dash_page_numbers_and_a_copy_line() -> None:
    source = pdf_copy(B7C_LINES, 36, 8, "— 1 —", "— 2 —")
    doc = run(
        source,
        {
            "kind": "notice",
            "title": B7C_LINES[2],
            "number": ("冷政办发〔2024〕21号", 2024, 21),
            "issuer": "冷水江市人民政府办公室",
            "recipients": ["各乡镇人民政府", "街道办事处", "市直有关单位"],
            "ref": None,
            "metadata": {},
            "preamble": [B7C_LINES[4]],
            "sections": [
                (1, "一、", 1, "压实防火责任", [B7C_LINES[6]]),
                (1, "二、", 2, "加强火源管控", []),
                (
                    2,
                    "（一）",
                    1,
                    "严管野外用火",
                    ["森林防火期内，严禁在林区烧荒、烧田埂、燃放孔明灯等野外用火行为。"],
                ),
                (2, "（二）", 2, "强化祭祀用火管理", ["在重点林区入口设置检查站，劝导群众文明祭祀。"]),
                (1, "三、", 3, "做好应急准备", [B7C_LINES[11]]),
            ],
            "items": [],
            "closing": None,
            "signature": (["冷水江市人民政府办公室"], "2024-10-28", "2024年10月28日"),
            "contact": None,
            "cc": ["市委办公室", "市人大常委会办公室", "市政协办公室"],
            "attachments": [],
            "warnings": ["page-break-joined"],
        },
        "— 1 —",
        "— 2 —",
    )
    assert doc.header.disclosure == "主动公开"


B7D_LINES = [
    "湖南省住房和城乡建设厅",
    "湘建函〔2024〕158号",
    "湖南省住房和城乡建设厅关于省十四届人大二次会议第0823号建议的答复",
    "龙某某等10位代表：",
    "你们提出的《关于加快推进城镇老旧小区改造的建议》收悉。经商省发展改革委、省财政厅，现答复如下：",
    "一、改造进展",
    "2019年以来，全省累计开工改造城镇老旧小区1.23万个，惠及居民143万户，争取中央补助资金186亿元。",
    "二、主要做法",
    "我们着力在三个方面下功夫：一是坚持居民自愿，改不改、改什么由居民商量决定；二是坚持应改尽改，同步改造水电气等地下管网；三是坚持长效管理，改造后的小区物业管理覆盖率达到85%。",
    "感谢你们对住房城乡建设工作的关心和支持。",
    "湖南省住房和城乡建设厅",
    "2024年6月30日",
    "联系人：石某某，联系电话：0731-88950236",
]


def test_b7d_provincial_department_answer_wrapped_at_40_with_bare_page_labels_and_members() -> None:
    source = pdf_copy(B7D_LINES, 40, 8, "第 1 页", "第 2 页")
    doc = run(
        source,
        {
            "kind": "reply",
            "title": B7D_LINES[2],
            "number": ("湘建函〔2024〕158号", 2024, 158),
            "issuer": "湖南省住房和城乡建设厅",
            "recipients": ["龙某某等10位代表"],
            "ref": "0823",
            "metadata": {},
            "preamble": [B7D_LINES[4]],
            "sections": [
                (1, "一、", 1, "改造进展", [B7D_LINES[6]]),
                (1, "二、", 2, "主要做法", [B7D_LINES[8]]),
            ],
            "items": [
                [
                    ("一是", "坚持居民自愿，改不改、改什么由居民商量决定"),
                    ("二是", "坚持应改尽改，同步改造水电气等地下管网"),
                    ("三是", "坚持长效管理，改造后的小区物业管理覆盖率达到85%"),
                ]
            ],
            "closing": B7D_LINES[9],
            "signature": (["湖南省住房和城乡建设厅"], "2024-06-30", "2024年6月30日"),
            "contact": ("石某某", ["0731-88950236"]),
            "cc": None,
            "attachments": [],
            "warnings": ["page-break-joined"],
        },
        "第 1 页",
        "第 2 页",
    )
    assert ref_of(doc) == ("人大", "省", 14, 2, "建议", "关于加快推进城镇老旧小区改造的建议")


# pdftotext -layout: the title centred, paragraphs indented and wrapped at the page's measure, the
# 落款 set right, the page number centred under each page and a form feed between the pages
B7E = (
    "                          汝城县文化旅游广电体育局\n"
    "             关于县政协十一届三次会议第027号提案的答复\n"
    "\n"
    "朱某某委员：\n"
    "    您提出的《关于推进沙洲红色旅游景区提质升级的提案》收\n"
    "悉。现答复如下：\n"
    "    一、景区基础设施建设\n"
    "    今年我局争取上级资金2300万元，完成沙洲景区游客服务中\n"
    "心、生态停车场和旅游厕所建设，景区接待能力明显提升。\n"
    "    二、红色研学品牌打造\n"
    "    我局联合县教育局开发“半条被子”红色研学课程6门，今年\n"
    "\n"
    "                                 - 1 -\n"
    "\f"
    "接待研学团队860批次、学生4.2万人次。\n"
    "    感谢您对文化旅游工作的关心和支持。\n"
    "\n"
    "                                     汝城县文化旅游广电体育局\n"
    "                                         2024年6月27日\n"
    "\n"
    "                                 - 2 -\n"
)


def test_b7e_pdftotext_layout_copy_with_centred_heads_right_set_signature_and_a_form_feed() -> None:
    doc = run(
        B7E,
        {
            "kind": "reply",
            # the organ line right above the 关于 title (no 文号 between): the title's first line
            "title": "汝城县文化旅游广电体育局关于县政协十一届三次会议第027号提案的答复",
            "number": None,
            "issuer": "汝城县文化旅游广电体育局",
            "recipients": ["朱某某委员"],
            "ref": "027",
            "metadata": {},
            "preamble": ["您提出的《关于推进沙洲红色旅游景区提质升级的提案》收悉。现答复如下："],
            "sections": [
                (
                    1,
                    "一、",
                    1,
                    "景区基础设施建设",
                    [
                        "今年我局争取上级资金2300万元，完成沙洲景区游客服务中心、生态停车场和旅游厕所建设，景区接待能力明显提升。"
                    ],
                ),
                (
                    1,
                    "二、",
                    2,
                    "红色研学品牌打造",
                    ["我局联合县教育局开发“半条被子”红色研学课程6门，今年接待研学团队860批次、学生4.2万人次。"],
                ),
            ],
            "items": [],
            "closing": "感谢您对文化旅游工作的关心和支持。",
            "signature": (["汝城县文化旅游广电体育局"], "2024-06-27", "2024年6月27日"),
            "contact": None,
            "cc": None,
            "attachments": [],
            "warnings": ["page-break-joined"],
        },
        "- 1 -",
        "- 2 -",
    )
    assert ref_of(doc) == ("政协", "县", 11, 3, "提案", "关于推进沙洲红色旅游景区提质升级的提案")


# --- Batch 8: Word files saved as text, a WeChat copy, OCR-like damage ---------------------------------

B8A = (
    "　　　　　　　　　　　　　桂东县民政局\n"
    "\n"
    "　　　　　　　　　　桂民函〔2024〕11号\n"
    "\n"
    "　　　　关于县政协十届三次会议第019号提案的答复\n"
    "\n"
    "扶某某委员：\n"
    "\n"
    "　　您提出的《关于加强农村留守老人关爱服务的提案》收悉。现答复如下：\n"
    "\n"
    "　　一、主要工作\n"
    "\n"
    "　　（一）\t建立探访关爱制度。全县建立农村留守老人信息台账，对1860名留守老人实行每月探访。\n"
    "\n"
    "　　（二）\t发展互助养老。依托村级综合服务中心建成农村互助养老服务点42个。\n"
    "\n"
    "　　二、下一步打算\n"
    "\n"
    "　　下一步，我局将争取把农村留守老人关爱服务纳入政府购买服务目录，引导社会组织参与。\n"
    "\n"
    "　　感谢您对民政工作的关心和支持。\n"
    "\n"
    "　　　　　　　　　　　　　　　　　　　　桂东县民政局\n"
    "　　　　　　　　　　　　　　　　　　　2024年5月28日\n"
    "\n"
    "　　（联系人：黄某某，联系电话：0735-8622193）\n"
)


def test_b8a_word_text_with_full_width_indents_blank_lines_and_tabs_after_cn_paren_markers() -> None:
    doc = run(
        B8A,
        {
            "kind": "reply",
            "title": "关于县政协十届三次会议第019号提案的答复",
            "number": ("桂民函〔2024〕11号", 2024, 11),
            "issuer": "桂东县民政局",
            "recipients": ["扶某某委员"],
            "ref": "019",
            "metadata": {},
            "preamble": ["您提出的《关于加强农村留守老人关爱服务的提案》收悉。现答复如下："],
            "sections": [
                (1, "一、", 1, "主要工作", []),
                (
                    2,
                    "（一）",
                    1,
                    "建立探访关爱制度",
                    ["全县建立农村留守老人信息台账，对1860名留守老人实行每月探访。"],
                ),
                (2, "（二）", 2, "发展互助养老", ["依托村级综合服务中心建成农村互助养老服务点42个。"]),
                (
                    1,
                    "二、",
                    2,
                    "下一步打算",
                    ["下一步，我局将争取把农村留守老人关爱服务纳入政府购买服务目录，引导社会组织参与。"],
                ),
            ],
            "items": [],
            "closing": "感谢您对民政工作的关心和支持。",
            "signature": (["桂东县民政局"], "2024-05-28", "2024年5月28日"),
            "contact": ("黄某某", ["0735-8622193"]),
            "cc": None,
            "attachments": [],
            "warnings": [],
        },
    )
    # the marker as written, without the TAB after it
    assert [s.marker for s in doc.sections[0].sections] == ["（一）", "（二）"]
    assert ref_of(doc) == ("政协", "县", 10, 3, "提案", "关于加强农村留守老人关爱服务的提案")


B8B = """点击蓝字 关注我们
关于做好2024年城区义务教育学校招生入学工作的通知
原创 北湖区教育局 北湖教育 2024年07月15日 18:02 湖南
各义务教育学校：
为规范义务教育招生入学工作，保障适龄儿童少年平等接受义务教育的权利，现将有关事项通知如下：
一、招生对象
2024年8月31日前年满6周岁的适龄儿童和小学毕业生。
二、报名方式
实行网上报名，报名时间为7月20日至7月31日，逾期不予受理。
三、工作要求
各学校要严格执行划片招生政策，不得以任何形式举行入学考试。
北湖区教育局
2024年7月15日
往期推荐
北湖区2024年中考成绩查询通道开通
分享 收藏 点赞 在看
"""


def test_b8b_wechat_copy_of_a_district_enrolment_notice_with_follow_prompt_byline_and_more_reading() -> None:
    run(
        B8B,
        {
            "kind": "notice",
            "title": "关于做好2024年城区义务教育学校招生入学工作的通知",
            "number": None,
            "recipients": ["各义务教育学校"],
            "ref": None,
            "metadata": {},
            "preamble": ["为规范义务教育招生入学工作，保障适龄儿童少年平等接受义务教育的权利，现将有关事项通知如下："],
            "sections": [
                (1, "一、", 1, "招生对象", ["2024年8月31日前年满6周岁的适龄儿童和小学毕业生。"]),
                (1, "二、", 2, "报名方式", ["实行网上报名，报名时间为7月20日至7月31日，逾期不予受理。"]),
                (1, "三、", 3, "工作要求", ["各学校要严格执行划片招生政策，不得以任何形式举行入学考试。"]),
            ],
            "items": [],
            "closing": None,
            "signature": (["北湖区教育局"], "2024-07-15", "2024年7月15日"),
            "contact": None,
            "cc": None,
            "attachments": [],
        },
        "点击蓝字",
        "原创",
        "18:02",
        "往期推荐",
        "北湖区2024年中考成绩查询通道开通",
        "在看",
    )
    # issuer left out (doubted: the byline names the account's organ, but a byline is chrome);
    # warnings left out (doubted: whether the 往期推荐 link list is dropped as chrome or warned)


B8C = """资兴市农业农村局
关于市政协十一届四次会议第0152号提案的答复
李某某委员：
您提出的《关于发展东江湖冷水鱼产业的提案》收悉。现答复如下：东江湖冷水鱼养殖面积现有2600亩，年产量1.1万吨，产值6.5亿元。
一、推进标准化养殖
制定冷水鱼养殖技术规范，建设标准化养殖示范基地8个。
二、打造区域品牌
“东江鱼”获国家农产品地理标志登记保护，今年组织企业参加农博会等展会5场次。
特此答复。
资兴市农业农村局
二O二四年六月十八日
联系人：何某 联系电话：0735—3322618
"""


def test_b8c_ocr_copy_with_two_sentences_run_into_one_line_a_letter_o_date_and_an_em_dash_phone() -> None:
    doc = run(
        B8C,
        {
            "kind": "reply",
            "title": "资兴市农业农村局关于市政协十一届四次会议第0152号提案的答复",
            "number": None,
            "issuer": "资兴市农业农村局",
            "recipients": ["李某某委员"],
            "ref": "0152",
            "metadata": {},
            # the line break lost between the opening and the context: one paragraph, as written
            "preamble": [
                "您提出的《关于发展东江湖冷水鱼产业的提案》收悉。现答复如下：东江湖冷水鱼养殖面积现有2600亩，"
                "年产量1.1万吨，产值6.5亿元。"
            ],
            "sections": [
                (1, "一、", 1, "推进标准化养殖", ["制定冷水鱼养殖技术规范，建设标准化养殖示范基地8个。"]),
                (
                    1,
                    "二、",
                    2,
                    "打造区域品牌",
                    ["“东江鱼”获国家农产品地理标志登记保护，今年组织企业参加农博会等展会5场次。"],
                ),
            ],
            "items": [],
            "closing": "特此答复。",
            # the letter O read for 〇 in a numeral date still reads; date_text as written
            "signature": (["资兴市农业农村局"], "2024-06-18", "二O二四年六月十八日"),
            # the phone as written, its em dash kept
            "contact": ("何某", ["0735—3322618"]),
            "cc": None,
            "attachments": [],
        },
    )
    # warnings left out (doubted: whether reading O for 〇 is warned, e.g. `text-repaired`, is not settled)
    assert ref_of(doc) == ("政协", "市", 11, 4, "提案", "关于发展东江湖冷水鱼产业的提案")


B8D = (
    "汝城县2024年农村饮水安全巩固提升工作方案\n"
    "\n"
    "\t为进一步巩固提升农村饮水安全保障水平，根据省、市有关工作部署，结合我县实际，制定本方案。\n"
    "\n"
    "\t一、目标任务\n"
    "\t2024年完成农村饮水安全巩固提升工程35处，受益人口4.6万人，农村自来水普及率达到91%。\n"
    "\t二、实施步骤\n"
    "\t（一）摸底排查阶段（3月至4月）\n"
    "\t（1）县水利局组织技术人员对全县农村供水工程逐一排查，建立问题清单和整改台账。\n"
    "\t（2）各乡镇对照问题清单，组织村组逐户核实供水人口和用水需求，形成项目建议。\n"
    "\t（二）组织实施阶段（5月至11月）\n"
    "\t按照“成熟一处、实施一处”的原则，分批推进工程建设。\n"
    "\t三、保障措施\n"
    "\t县财政统筹安排资金2800万元，县水利局负责项目技术指导和质量监管。\n"
)


def test_b8d_word_text_of_a_county_work_plan_with_tab_indents_and_third_rank_points() -> None:
    doc = run(
        B8D,
        {
            "kind": "plan",
            "title": "汝城县2024年农村饮水安全巩固提升工作方案",
            "number": None,
            "recipients": [],
            "ref": None,
            "metadata": {},
            "preamble": ["为进一步巩固提升农村饮水安全保障水平，根据省、市有关工作部署，结合我县实际，制定本方案。"],
            "sections": [
                (
                    1,
                    "一、",
                    1,
                    "目标任务",
                    ["2024年完成农村饮水安全巩固提升工程35处，受益人口4.6万人，农村自来水普及率达到91%。"],
                ),
                (1, "二、", 2, "实施步骤", []),
                (2, "（一）", 1, "摸底排查阶段（3月至4月）", []),
                (
                    3,
                    "（1）",
                    1,
                    None,
                    ["县水利局组织技术人员对全县农村供水工程逐一排查，建立问题清单和整改台账。"],
                ),
                (
                    3,
                    "（2）",
                    2,
                    None,
                    ["各乡镇对照问题清单，组织村组逐户核实供水人口和用水需求，形成项目建议。"],
                ),
                (
                    2,
                    "（二）",
                    2,
                    "组织实施阶段（5月至11月）",
                    ["按照“成熟一处、实施一处”的原则，分批推进工程建设。"],
                ),
                (
                    1,
                    "三、",
                    3,
                    "保障措施",
                    ["县财政统筹安排资金2800万元，县水利局负责项目技术指导和质量监管。"],
                ),
            ],
            "items": [],
            "closing": None,
            "signature": None,
            "contact": None,
            "cc": None,
            "attachments": [],
            # no 落款: warned, as the README's field-missing says of any document but a 纪要 (first written [], the
            # writer's error)
            "warnings": ["field-missing"],
        },
    )
    assert [s.style for s in doc.iter_sections()] == [
        "cn",
        "cn",
        "cn-paren",
        "num-paren",
        "num-paren",
        "cn-paren",
        "cn",
    ]
    # issuer left out (doubted): the title opens with a place (汝城县), not an organ


B8E = """醴陵市教育局
关于市政协十一届三次会议第0204号提案的答复
刘某某委员：
    您提出的《关于加强中小学生近视防控工作的提案》收悉。现答复如下：
    一、开展视力筛查
    全市中小学生每学期开展一次视力筛查，建立学生视力健康电子档案8.6万份。
    二、保障户外活动
    落实中小学生每天校园内体育活动时间不少于1小时，严格控制书面作业总量。
    感谢您对教育工作的关心和支持。
醴 陵 市 教 育 局
2024 年 6 月 5 日
联 系 人：易 某 某　　联系电话：0731-23222367
"""


def test_b8e_ocr_copy_with_letter_spaced_signature_date_and_contact_labels() -> None:
    doc = run(
        B8E,
        {
            "kind": "reply",
            "title": "醴陵市教育局关于市政协十一届三次会议第0204号提案的答复",
            "number": None,
            "issuer": "醴陵市教育局",
            "recipients": ["刘某某委员"],
            "ref": "0204",
            "metadata": {},
            "preamble": ["您提出的《关于加强中小学生近视防控工作的提案》收悉。现答复如下："],
            "sections": [
                (
                    1,
                    "一、",
                    1,
                    "开展视力筛查",
                    ["全市中小学生每学期开展一次视力筛查，建立学生视力健康电子档案8.6万份。"],
                ),
                (
                    1,
                    "二、",
                    2,
                    "保障户外活动",
                    ["落实中小学生每天校园内体育活动时间不少于1小时，严格控制书面作业总量。"],
                ),
            ],
            "items": [],
            "closing": "感谢您对教育工作的关心和支持。",
            # layout spaces between two CJK characters leave the text (the contract), so the organ
            # and the contact's name read without them
            "contact": ("易某某", ["0731-23222367"]),
            "cc": None,
            "attachments": [],
            "warnings": [],
        },
    )
    s = doc.signature
    assert s is not None and (list(s.issuers), s.date) == (["醴陵市教育局"], "2024-06-05")
    # date_text left out (doubted: a space between a digit and 年 is no space between two CJK
    # characters, so whether `2024 年 6 月 5 日` keeps its spaces is not settled)
    assert ref_of(doc) == ("政协", "市", 11, 3, "提案", "关于加强中小学生近视防控工作的提案")
