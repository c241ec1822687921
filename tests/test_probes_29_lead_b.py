"""The lead's second spot check of session 29: five more ordinary documents, expected values by hand from
the contract before the parser ran on them (committed first). A county 教育局's answer under its 文件
版头 with a title over two lines, top-rank （一） run-in points, a 〇-numeral date and a contact with
address and postcode; a city bureau's answer to two deputies under a 办理结果 line with run-in `1.` points
ending at a ：; a city office's 通知 with a two-line 附件 list whose first title opens with a year, a
bracketed disclosure note, 抄送 and 印发; a district 民政局's answer with its category on a line of its
own under the title; a county bureau's answer whose organ line stands over the title, to 等6位代表, the
建议's number and title named only in the opening. Made-up places: 岑阳县, 沅溪市, 湄江区, 沙坪县.

First look (the file as committed, d0aaca0c on main 7e667a21, 07:12 UTC): 5/5 documents whole, every check
as written. With the first file, the lead's spot checks of this session stand at 10/10.
"""

from __future__ import annotations

from tests.test_probes_11_noise import look, parsed, same

SCHOOL = """岑阳县教育局文件
岑教函〔2024〕35号
岑阳县教育局关于县政协十届三次会议
第0142号提案的答复
尊敬的钟某某委员：
　　您提出的《关于加强农村学校心理健康教育的提案》收悉，现答复如下：
　　（一）配齐心理健康教师。全县已有专兼职心理健康教师86名，实现中小学校全覆盖。
　　（二）建设心理辅导室。今年投入资金120万元，新建标准化心理辅导室15间。
　　（三）开展心理健康筛查。每学年对全县学生开展一次心理健康筛查，建立学生心理健康档案。
　　特此答复。
　　　　　　　　　　　　　　岑阳县教育局
　　　　　　　　　　　　二〇二四年五月二十日
　　联系人：龚某某　联系电话：0734-5621093
　　通讯地址：岑阳县城南路18号　邮编：421600
"""


def test_a_county_answer_with_a_two_line_title_top_rank_paren_points_and_a_full_contact() -> None:
    doc = parsed(SCHOOL)
    same(
        look(doc),
        {
            "kind": "reply",
            "title": "岑阳县教育局关于县政协十届三次会议第0142号提案的答复",
            "number": ("岑教函〔2024〕35号", 2024, 35),
            "issuer": "岑阳县教育局",
            "recipients": ["钟某某委员"],
            "ref": "0142",
            "preamble": ["您提出的《关于加强农村学校心理健康教育的提案》收悉，现答复如下："],
            "sections": [
                (1, "（一）", 1, "配齐心理健康教师", ["全县已有专兼职心理健康教师86名，实现中小学校全覆盖。"]),
                (1, "（二）", 2, "建设心理辅导室", ["今年投入资金120万元，新建标准化心理辅导室15间。"]),
                (1, "（三）", 3, "开展心理健康筛查", ["每学年对全县学生开展一次心理健康筛查，建立学生心理健康档案。"]),
            ],
            "closing": "特此答复。",
            "signature": (["岑阳县教育局"], "2024-05-20", "二〇二四年五月二十日"),
            "contact": ("龚某某", ["0734-5621093"]),
            "cc": None,
            "warnings": [],
        },
    )
    c = doc.contact
    assert c is not None and (c.address, c.postcode) == ("岑阳县城南路18号", "421600")


PARKING = """办理结果：B
关于对市十五届人大二次会议第203号建议的答复
姚某某、卢某某代表：
　　你们提出的《关于完善城区停车设施的建议》收悉。经认真研究，现答复如下：
　　1.关于新建公共停车场：今年我局已开工建设公共停车场4处，新增泊位1100个，预计年底前投入使用。
　　2.关于推进错时共享停车：我局正在会同市公安局交警支队制定机关事业单位停车场错时开放办法，计划于明年一季度出台。
　　3.关于规范路内停车管理：我局将结合道路改造，在具备条件的路段施划路内停车泊位，实行智慧收费管理。
　　感谢你们对城市停车工作的关注。
沅溪市城市管理局
2024年6月30日
"""


def test_an_answer_to_two_deputies_with_run_in_number_points_ending_at_a_colon() -> None:
    doc = parsed(PARKING)
    same(
        look(doc),
        {
            "kind": "reply",
            "title": "关于对市十五届人大二次会议第203号建议的答复",
            "number": None,
            "issuer": None,
            "recipients": ["姚某某、卢某某代表"],
            "ref": "203",
            "metadata": {"办理结果": "B"},
            "preamble": ["你们提出的《关于完善城区停车设施的建议》收悉。经认真研究，现答复如下："],
            "sections": [
                (
                    1,
                    "1.",
                    1,
                    "关于新建公共停车场",
                    ["今年我局已开工建设公共停车场4处，新增泊位1100个，预计年底前投入使用。"],
                ),
                (
                    1,
                    "2.",
                    2,
                    "关于推进错时共享停车",
                    ["我局正在会同市公安局交警支队制定机关事业单位停车场错时开放办法，计划于明年一季度出台。"],
                ),
                (
                    1,
                    "3.",
                    3,
                    "关于规范路内停车管理",
                    ["我局将结合道路改造，在具备条件的路段施划路内停车泊位，实行智慧收费管理。"],
                ),
            ],
            "closing": "感谢你们对城市停车工作的关注。",
            "signature": (["沅溪市城市管理局"], "2024-06-30", "2024年6月30日"),
            "warnings": [],
        },
    )
    assert doc.header.handling_result == "B"
    assert doc.sections[0].style == "num"


NOTICE = """沅溪市人民政府办公室文件
沅政办发〔2025〕6号
沅溪市人民政府办公室关于做好2025年春季森林防火工作的通知
各县（市、区）人民政府，市直各有关单位：
　　当前已进入春季森林防火紧要期。为切实做好森林防火工作，经市人民政府同意，现就有关事项通知如下：
　　一、压实防火责任
　　各地要严格落实森林防火行政首长负责制，层层签订责任书，确保责任落实到山头地块。
　　二、严格火源管控
　　清明节期间，各地要在重点林区入山路口设立检查站，严禁携带火种进山。
　　三、加强应急值守
　　各地要严格执行24小时值班和领导带班制度，发现火情及时报告。
　　附件：1.2025年春季森林防火重点区域名单
　　　　　2.森林火情信息报送表
　　　　　　　　　　　　　　　　沅溪市人民政府办公室
　　　　　　　　　　　　　　　　　　2025年2月26日
　　（此件公开发布）
抄送：市委办公室，市人大常委会办公室，市政协办公室。
沅溪市人民政府办公室　　　　　　　　　2025年2月26日印发
"""


def test_a_city_office_notice_with_a_two_line_attachment_list_and_its_imprint() -> None:
    doc = parsed(NOTICE)
    same(
        look(doc),
        {
            "kind": "notice",
            "title": "沅溪市人民政府办公室关于做好2025年春季森林防火工作的通知",
            "number": ("沅政办发〔2025〕6号", 2025, 6),
            "issuer": "沅溪市人民政府办公室",
            "recipients": ["各县（市、区）人民政府", "市直各有关单位"],
            "ref": None,
            "preamble": [
                "当前已进入春季森林防火紧要期。为切实做好森林防火工作，经市人民政府同意，现就有关事项通知如下："
            ],
            "sections": [
                (
                    1,
                    "一、",
                    1,
                    "压实防火责任",
                    ["各地要严格落实森林防火行政首长负责制，层层签订责任书，确保责任落实到山头地块。"],
                ),
                (1, "二、", 2, "严格火源管控", ["清明节期间，各地要在重点林区入山路口设立检查站，严禁携带火种进山。"]),
                (1, "三、", 3, "加强应急值守", ["各地要严格执行24小时值班和领导带班制度，发现火情及时报告。"]),
            ],
            "closing": None,
            "signature": (["沅溪市人民政府办公室"], "2025-02-26", "2025年2月26日"),
            "contact": None,
            "cc": ["市委办公室", "市人大常委会办公室", "市政协办公室"],
            "attachments": ["2025年春季森林防火重点区域名单", "森林火情信息报送表"],
            "warnings": [],
        },
    )
    imp = doc.imprint
    assert imp is not None and (imp.printed_by, imp.printed_on) == ("沅溪市人民政府办公室", "2025-02-26")


CIVIL = """关于区政协五届四次会议第4052号提案的答复
（A类）
蒲某某委员：
　　您提出的《关于加快社区养老服务设施建设的提案》收悉。现答复如下：
　　近年来，我区坚持把养老服务设施建设作为重要民生实事，全区已建成社区养老服务综合体12家、日间照料中心46个。今年以来，我局按照您的建议，在6个街道新增社区食堂10个，老年人助餐服务覆盖率达到95%。
　　下一步，我局将继续推进养老服务设施布局优化，2025年底前实现社区养老服务设施全覆盖。
　　再次感谢您对民政工作的关心和支持！
湄江区民政局
2024年9月3日
抄送：区政协提案委员会
"""


def test_a_district_answer_with_its_category_on_a_line_of_its_own_under_the_title() -> None:
    doc = parsed(CIVIL)
    same(
        look(doc),
        {
            "kind": "reply",
            "title": "关于区政协五届四次会议第4052号提案的答复",
            "number": None,
            "issuer": None,
            "recipients": ["蒲某某委员"],
            "ref": "4052",
            "preamble": [
                "您提出的《关于加快社区养老服务设施建设的提案》收悉。现答复如下：",
                "近年来，我区坚持把养老服务设施建设作为重要民生实事，全区已建成社区养老服务综合体12家、日间照料中心46个。"
                "今年以来，我局按照您的建议，在6个街道新增社区食堂10个，老年人助餐服务覆盖率达到95%。",
                "下一步，我局将继续推进养老服务设施布局优化，2025年底前实现社区养老服务设施全覆盖。",
            ],
            "sections": [],
            "closing": "再次感谢您对民政工作的关心和支持！",
            "signature": (["湄江区民政局"], "2024-09-03", "2024年9月3日"),
            "cc": ["区政协提案委员会"],
            "warnings": [],
        },
    )
    assert doc.header.handling_result == "A"
    assert [p.phase for p in doc.preamble][1:] == ["progress", "plan"]


FARM = """沙坪县农业农村局
关于加快发展特色农业产业的建议的答复
唐某某等6位代表：
　　你们在县十八届人大四次会议期间提出的第4号建议《关于加快发展特色农业产业的建议》收悉。现答复如下：
　　一、发展现状
　　全县现有茶叶、油茶、中药材等特色产业基地23万亩，培育市级以上农业产业化龙头企业17家。
　　二、下一步措施
　　一是加大资金扶持，每年安排特色产业发展资金2000万元；二是培育经营主体，重点扶持龙头企业和农民合作社；三是打造区域品牌，推进“沙坪红茶”地理标志产品保护。
　　感谢你们对农业农村工作的关心和支持。
沙坪县农业农村局
2024年7月18日
"""


def test_an_organ_line_over_the_title_and_a_suggestion_named_only_in_the_opening() -> None:
    doc = parsed(FARM)
    same(
        look(doc),
        {
            "kind": "reply",
            "title": "沙坪县农业农村局关于加快发展特色农业产业的建议的答复",
            "number": None,
            "issuer": "沙坪县农业农村局",
            "recipients": ["唐某某等6位代表"],
            "ref": "4",
            "sections": [
                (
                    1,
                    "一、",
                    1,
                    "发展现状",
                    ["全县现有茶叶、油茶、中药材等特色产业基地23万亩，培育市级以上农业产业化龙头企业17家。"],
                ),
                (
                    1,
                    "二、",
                    2,
                    "下一步措施",
                    [
                        "一是加大资金扶持，每年安排特色产业发展资金2000万元；二是培育经营主体，重点扶持龙头企业和农民合作社；"
                        "三是打造区域品牌，推进“沙坪红茶”地理标志产品保护。"
                    ],
                ),
            ],
            "items": [
                [
                    ("一是", "加大资金扶持，每年安排特色产业发展资金2000万元"),
                    ("二是", "培育经营主体，重点扶持龙头企业和农民合作社"),
                    ("三是", "打造区域品牌，推进“沙坪红茶”地理标志产品保护"),
                ]
            ],
            "closing": "感谢你们对农业农村工作的关心和支持。",
            "signature": (["沙坪县农业农村局"], "2024-07-18", "2024年7月18日"),
            "warnings": [],
        },
    )
    r = doc.header.responds_to
    assert r is not None
    assert (r.body, r.level, r.term, r.session, r.kind) == ("人大", "县", 18, 4, "建议")
    assert r.title == "关于加快发展特色农业产业的建议"
    assert list(r.proposers) == []
