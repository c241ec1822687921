"""The lead's first spot check of session 30: five ordinary documents, expected values written by hand
from the contract before the parser ran on them (this file was committed before its first run). A
district 教育局's answer to a 政协提案 saved from Word as text (TAB indents, an 附件 list after the
落款's closing, contact on one line); a city 交通运输局's 答复函 to a 人大代表建议 with its 办理结果 in a
bracket after the title and a date in 〇 numerals; a county government office's 通知 with 一、 sections,
1. points ending in ；, two attachments and a 版记 (抄送, 印发); a town's short answer to a 县人大代表
whose 落款 repeats the organ in full; a city 民政局's answer copied from a portal with an index table (one
pair a line), a breadcrumb and print links. Made-up organs, people and places (蔺江市, 雩阳区, 崧口县,
棠湄镇, 峒溪市).

First look (the file as committed, 9c035571 on main 765ecfec, 09:03 UTC): 2/5 documents whole as I wrote
them, and all three misses were MINE, each a settled reading of the contract I had forgotten: (1) an organ
name on its own line directly above a 关于… title with no 文号 between them is the title's first line (and
the issuer), so the 交通运输局's and the county office's titles begin with the organ; (2) a numbered point
whose line has no 。！？；： inside and is at most 30 characters is a heading even when it ends in 。
(`2.县水利局要在5月1日前完成病险水库除险加固。` → its title), while `1.…；` (a ； inside) stays a point;
(3) the town's answer has no 发文机关标志 and its title opens with no organ: the issuer is null, since the
signature's organs are never copied there. Also mine: `disclosure` holds the category (（此件公开发布） → 主动公开, its span on the note), and two
attribute names (`handling_result`, `printed_on`, not the names I typed). Corrected
expectations below; the parser was right on 5/5.
"""

from __future__ import annotations

from tests.test_probes_11_noise import look, parsed, same

EDUCATION = (
    "蔺江市雩阳区教育局\n"
    "\n"
    "雩教提复〔2025〕9号\n"
    "\n"
    "关于区政协十届四次会议第45号提案的答复\n"
    "\n"
    "方某某委员：\n"
    "\t您提出的《关于加强中小学心理健康教育的提案》收悉。经研究，现答复如下：\n"
    "\t一、配齐专兼职心理教师\n"
    "\t全区现有专职心理教师38名，今年秋季学期起每所中学至少配备1名专职心理教师。\n"
    "\t二、完善筛查和转介机制\n"
    "\t我局联合区卫生健康局建立学生心理问题“发现—评估—转介”机制，每学期开展一次心理健康测评。\n"
    "\t感谢您对教育工作的关心和支持。\n"
    "\n"
    "\t\t\t\t蔺江市雩阳区教育局\n"
    "\t\t\t\t2025年7月3日\n"
    "\n"
    "联系人：唐某某　　联系电话：0739-5521806\n"
)


def test_a_district_bureau_answer_saved_from_word_as_text() -> None:
    doc = parsed(EDUCATION)
    same(
        look(doc),
        {
            "kind": "reply",
            "title": "关于区政协十届四次会议第45号提案的答复",
            "number": ("雩教提复〔2025〕9号", 2025, 9),
            "issuer": "蔺江市雩阳区教育局",
            "recipients": ["方某某委员"],
            "ref": "45",
            "preamble": ["您提出的《关于加强中小学心理健康教育的提案》收悉。经研究，现答复如下："],
            "sections": [
                (
                    1,
                    "一、",
                    1,
                    "配齐专兼职心理教师",
                    ["全区现有专职心理教师38名，今年秋季学期起每所中学至少配备1名专职心理教师。"],
                ),
                (
                    1,
                    "二、",
                    2,
                    "完善筛查和转介机制",
                    ["我局联合区卫生健康局建立学生心理问题“发现—评估—转介”机制，每学期开展一次心理健康测评。"],
                ),
            ],
            "closing": "感谢您对教育工作的关心和支持。",
            "signature": (["蔺江市雩阳区教育局"], "2025-07-03", "2025年7月3日"),
            "contact": ("唐某某", ["0739-5521806"]),
            "warnings": [],
        },
    )


TRANSPORT = """蔺江市交通运输局
关于市十六届人大三次会议第118号建议的答复函
（办理结果：A）
蔺交建函〔2024〕31号
吕某某代表：
　　您在市十六届人大三次会议上提出的《关于优化城乡公交线路的建议》收悉。现将办理情况答复如下：
　　近年来，我局围绕城乡公交一体化，新开和调整公交线路23条，建制村通公交率达到100%。
　　下一步，我局将结合客流监测数据，对日均客流不足50人次的线路实行预约响应式服务，提高车辆使用效率。
　　特此函复。
蔺江市交通运输局
二〇二四年六月二十日
（联系人：钱某某，电话：0739-8812345）
"""


def test_a_city_bureau_answer_letter_with_its_result_bracketed_under_the_title() -> None:
    doc = parsed(TRANSPORT)
    got = look(doc)
    same(
        got,
        {
            "kind": "reply",
            "title": "蔺江市交通运输局关于市十六届人大三次会议第118号建议的答复函",
            "number": ("蔺交建函〔2024〕31号", 2024, 31),
            "issuer": "蔺江市交通运输局",
            "recipients": ["吕某某代表"],
            "ref": "118",
            "sections": [],
            "closing": "特此函复。",
            "signature": (["蔺江市交通运输局"], "2024-06-20", "二〇二四年六月二十日"),
            "contact": ("钱某某", ["0739-8812345"]),
            "warnings": [],
        },
    )
    assert doc.header.handling_result == "A"
    assert [p.text for p in doc.preamble][-1].startswith("下一步，我局将结合客流监测数据")


NOTICE = """崧口县人民政府办公室
关于做好2025年度防汛抗旱工作的通知
崧政办发〔2025〕12号
各乡镇人民政府，县直有关单位：
　　为切实做好今年防汛抗旱工作，保障人民群众生命财产安全，现将有关事项通知如下：
　　一、压实防汛责任
　　1.各乡镇要落实行政首长负责制，明确每座水库、每处山洪灾害危险区的责任人；
　　2.县水利局要在5月1日前完成病险水库除险加固。
　　二、加强监测预警
　　县气象局、县水利局要加密雨情水情监测，预警信息及时发送到村到户。
　　附件：1.崧口县防汛抗旱责任人名单
　　　　　2.崧口县防汛重点部位一览表
崧口县人民政府办公室
2025年4月8日
（此件公开发布）
抄送：县委办公室，县人大常委会办公室，县政协办公室。
崧口县人民政府办公室　　　　　　2025年4月8日印发
"""


def test_a_county_office_notice_with_points_attachments_and_an_imprint() -> None:
    doc = parsed(NOTICE)
    same(
        look(doc),
        {
            "kind": "notice",
            "title": "崧口县人民政府办公室关于做好2025年度防汛抗旱工作的通知",
            "number": ("崧政办发〔2025〕12号", 2025, 12),
            "issuer": "崧口县人民政府办公室",
            "recipients": ["各乡镇人民政府", "县直有关单位"],
            "ref": None,
            "preamble": ["为切实做好今年防汛抗旱工作，保障人民群众生命财产安全，现将有关事项通知如下："],
            "sections": [
                (1, "一、", 1, "压实防汛责任", []),
                (2, "1.", 1, None, ["各乡镇要落实行政首长负责制，明确每座水库、每处山洪灾害危险区的责任人；"]),
                (2, "2.", 2, "县水利局要在5月1日前完成病险水库除险加固", []),
                (
                    1,
                    "二、",
                    2,
                    "加强监测预警",
                    ["县气象局、县水利局要加密雨情水情监测，预警信息及时发送到村到户。"],
                ),
            ],
            "signature": (["崧口县人民政府办公室"], "2025-04-08", "2025年4月8日"),
            "cc": ["县委办公室", "县人大常委会办公室", "县政协办公室"],
            "attachments": ["崧口县防汛抗旱责任人名单", "崧口县防汛重点部位一览表"],
            "warnings": [],
        },
    )
    assert doc.imprint is not None and doc.imprint.printed_by == "崧口县人民政府办公室"
    assert doc.imprint.printed_on == "2025-04-08"
    assert doc.header.disclosure == "主动公开"  # (此件公开发布) read as its category


TOWN = """关于县十八届人大二次会议第27号建议的答复
苗某某代表：
　　您提出的关于修缮棠湄镇中心小学至白沙村道路的建议收悉，现答复如下：
　　该路段长约3.2公里，已列入今年县级农村公路提质改造计划，计划9月开工、年底前完工。施工期间我镇将设置临时通道，保障学生通行安全。
　　感谢您对我镇工作的支持！
崧口县棠湄镇人民政府
2025年5月16日
"""


def test_a_town_answer_signed_by_an_organ_the_header_does_not_name_has_no_issuer() -> None:
    doc = parsed(TOWN)
    same(
        look(doc),
        {
            "kind": "reply",
            "title": "关于县十八届人大二次会议第27号建议的答复",
            "number": None,
            "issuer": None,
            "recipients": ["苗某某代表"],
            "ref": "27",
            "sections": [],
            "closing": "感谢您对我镇工作的支持！",
            "signature": (["崧口县棠湄镇人民政府"], "2025-05-16", "2025年5月16日"),
            "contact": None,
            "warnings": [],
        },
    )


PORTAL = """首页 > 政务公开 > 建议提案办理 > 政协提案
索引号：11350300MB0123456X/2024-00087
发布机构：峒溪市民政局
生成日期：2024-08-05
公开方式：主动公开
关于市政协九届三次会议第0203号提案的答复
【字体：大 中 小】
峒民提〔2024〕7号
农工党峒溪市委员会：
　　贵委员会提出的《关于推进社区嵌入式养老服务的提案》收悉。现答复如下：
　　一是扩大服务供给。今年新建社区嵌入式养老服务站15个，全市已达到62个。二是强化人才支撑。联合市人社局开展养老护理员培训1200人次。
　　下一步，我局将把嵌入式养老服务站建设纳入城市更新项目统筹推进。
　　峒溪市民政局
　　2024年7月29日
【打印本页】【关闭窗口】
"""


def test_a_city_bureau_answer_copied_from_a_portal_with_an_index_table() -> None:
    doc = parsed(PORTAL)
    got = look(doc, "首页 > 政务公开", "字体：大 中 小", "打印本页", "关闭窗口")
    same(
        got,
        {
            "kind": "reply",
            "title": "关于市政协九届三次会议第0203号提案的答复",
            "number": ("峒民提〔2024〕7号", 2024, 7),
            "issuer": "峒溪市民政局",
            "recipients": ["农工党峒溪市委员会"],
            "ref": "0203",
            "sections": [],
            "signature": (["峒溪市民政局"], "2024-07-29", "2024年7月29日"),
            "leaked": [],
        },
    )
    assert doc.header.metadata.get("索引号") == "11350300MB0123456X/2024-00087"
    assert doc.header.disclosure == "主动公开"
    runs = [[(i.marker, i.lead) for i in p.items] for p in doc.preamble if p.items]
    assert runs == [[("一是", "扩大服务供给"), ("二是", "强化人才支撑")]]
