"""The lead's second spot check of session 27: five documents, expected values by hand before the parser
ran on them (committed first). A street office's answer to a district 政协 member copied out of a WeChat
article (the account's byline, `预览时标签不可点`, `继续滑动看下一个`, `轻触阅读原文`, `微信扫一扫` chrome);
a city bureau's answer whose title names the 政协 body the long way (`政协第十四届X市委员会第三次会议第102号
提案`) with the category written `办理结果：B类（正在解决）` over it; a letter to a deputy that opens
`尊敬的…代表：`, signs with `（盖章）` under the organ and dates in Chinese numerals; a standing committee
office's notice handing out deputies' suggestions, its 主送 a list of three kinds of body; a county
bureau's answer whose 落款 puts the organ and its date on one line, spaces between (as a Word layout
without a table gives).

First look (the file as committed, 933fa122 on main 2ea5a379, 22:32 UTC): 1/5 documents whole, 4 misses,
all MINE and of one kind: I wrote the 落款's organ as `issuer` for four documents with no letterhead, no
organ opening the title and no information table, where the contract leaves it null ("The signature's
organs are never copied here"). Every other check was right at first look: 5/5 after the correction.
"""

from __future__ import annotations

from tests.test_probes_11_noise import look, parsed, same

WECHAT = """关于区政协第七届二次会议第56号提案的答复
原创 枫林街道 枫林街道发布 2025年06月03日 17:42 上海
预览时标签不可点
收录于合集
#提案办理 6个
徐某某委员：
您提出的《关于推进老旧小区“微更新”的提案》收悉。经认真研究，现答复如下：
今年以来，街道结合“美丽家园”建设，对辖区9个老旧小区实施了“微更新”，共改造楼道、绿化、停车等公共空间32处。
下一步，街道将继续听取居民意见，把“微更新”项目向更多小区延伸。
感谢您对街道工作的关心和支持。
枫林街道办事处
2025年5月28日
继续滑动看下一个
枫林街道发布
向上滑动看下一个
轻触阅读原文
微信扫一扫
关注该公众号
"""


def test_a_street_office_answer_copied_out_of_a_wechat_article() -> None:
    doc = parsed(WECHAT)
    same(
        look(
            doc,
            "原创",
            "预览时标签不可点",
            "收录于合集",
            "#提案办理",
            "继续滑动看下一个",
            "向上滑动看下一个",
            "轻触阅读原文",
            "微信扫一扫",
            "关注该公众号",
        ),
        {
            "kind": "reply",
            "title": "关于区政协第七届二次会议第56号提案的答复",
            "number": None,
            # no letterhead, no organ opening the title: the 落款 is never copied here (contract, issuer)
            "issuer": None,
            "recipients": ["徐某某委员"],
            "ref": "56",
            "metadata": {},
            "preamble": [
                "您提出的《关于推进老旧小区“微更新”的提案》收悉。经认真研究，现答复如下：",
                "今年以来，街道结合“美丽家园”建设，对辖区9个老旧小区实施了“微更新”，共改造楼道、绿化、停车等公共空间32处。",
                "下一步，街道将继续听取居民意见，把“微更新”项目向更多小区延伸。",
            ],
            "sections": [],
            "items": [],
            "closing": "感谢您对街道工作的关心和支持。",
            "signature": (["枫林街道办事处"], "2025-05-28", "2025年5月28日"),
            "contact": None,
            "cc": None,
            "attachments": [],
            "leaked": [],
        },
    )
    r = doc.header.responds_to
    assert r is not None
    assert (r.body, r.level, r.term, r.session, r.kind) == ("政协", "区", 7, 2, "提案")


LONG_BODY = """办理结果：B类（正在解决）
公开属性：主动公开
关于政协第十四届临江市委员会第三次会议第102号提案办理情况的答复
临交函〔2025〕19号
民盟临江市委员会：
　　贵会提出的《关于优化城区公交线网的提案》收悉。经认真研究，现将办理情况答复如下：
　　一、优化公交线路
　　今年以来，我局对城区公交线网进行了全面评估，新开公交线路3条，调整线路7条，撤并重复线路2条。
　　二、提升服务水平
　　在城区主要站点安装电子站牌60块，实现车辆到站实时查询。
　　三、下步打算
　　我局将结合城市轨道交通建设，进一步优化公交与轨道交通的衔接。
　　特此答复。
临江市交通运输局
2025年5月16日
"""


def test_a_city_bureau_answer_whose_title_names_the_cppcc_the_long_way() -> None:
    doc = parsed(LONG_BODY)
    same(
        look(doc),
        {
            "kind": "reply",
            "title": "关于政协第十四届临江市委员会第三次会议第102号提案办理情况的答复",
            "number": ("临交函〔2025〕19号", 2025, 19),
            # no letterhead, no organ opening the title: the 落款 is never copied here (contract, issuer)
            "issuer": None,
            "recipients": ["民盟临江市委员会"],
            "ref": "102",
            "metadata": {"办理结果": "B类（正在解决）", "公开属性": "主动公开"},
            "preamble": ["贵会提出的《关于优化城区公交线网的提案》收悉。经认真研究，现将办理情况答复如下："],
            "sections": [
                (
                    1,
                    "一、",
                    1,
                    "优化公交线路",
                    ["今年以来，我局对城区公交线网进行了全面评估，新开公交线路3条，调整线路7条，撤并重复线路2条。"],
                ),
                (1, "二、", 2, "提升服务水平", ["在城区主要站点安装电子站牌60块，实现车辆到站实时查询。"]),
                (1, "三、", 3, "下步打算", ["我局将结合城市轨道交通建设，进一步优化公交与轨道交通的衔接。"]),
            ],
            "items": [],
            "closing": "特此答复。",
            "signature": (["临江市交通运输局"], "2025-05-16", "2025年5月16日"),
            "contact": None,
            "cc": None,
            "attachments": [],
            "warnings": [],
            "leaked": [],
        },
    )
    h = doc.header
    assert (h.handling_result, h.disclosure) == ("B", "主动公开")
    r = h.responds_to
    assert r is not None
    assert (r.body, r.level, r.term, r.session, r.kind) == ("政协", "市", 14, 3, "提案")
    assert r.title == "关于优化城区公交线网的提案"


LETTER = """关于县十八届人大五次会议第23号建议的答复
尊敬的马某某代表：
　　您提出的《关于在我县建设冷链物流中心的建议》已收悉。县发改局会同县商务局进行了认真研究，现答复如下：
　　冷链物流中心项目已列入我县“十四五”现代物流业发展规划，目前正在开展项目选址和可行性研究，预计明年上半年开工建设。
　　再次感谢您对我县经济社会发展的关心！
　　　　　　　　　　　　　　　　　　　　清河县发展和改革局
　　　　　　　　　　　　　　　　　　　　　　（盖章）
　　　　　　　　　　　　　　　　　　　　二〇二五年五月十日
"""


def test_a_letter_to_a_deputy_with_an_honorific_a_seal_note_and_a_date_in_chinese_numerals() -> None:
    doc = parsed(LETTER)
    same(
        look(doc),
        {
            "kind": "reply",
            "title": "关于县十八届人大五次会议第23号建议的答复",
            "number": None,
            # no letterhead, no organ opening the title: the 落款 is never copied here (contract, issuer)
            "issuer": None,
            # the honorific 尊敬的 is dropped (contract, the splitting rule)
            "recipients": ["马某某代表"],
            "ref": "23",
            "metadata": {},
            "preamble": [
                "您提出的《关于在我县建设冷链物流中心的建议》已收悉。县发改局会同县商务局进行了认真研究，现答复如下：",
                "冷链物流中心项目已列入我县“十四五”现代物流业发展规划，目前正在开展项目选址和可行性研究，预计明年上半年开工建设。",
            ],
            "sections": [],
            "items": [],
            "closing": "再次感谢您对我县经济社会发展的关心！",
            "signature": (["清河县发展和改革局"], "2025-05-10", "二〇二五年五月十日"),
            "contact": None,
            "cc": None,
            "attachments": [],
            "leaked": [],
        },
    )


HANDOUT = """江都市人大常委会办公室
关于交办市十六届人大四次会议代表建议的通知
江人办〔2025〕8号
市人民政府办公室，市中级人民法院、市人民检察院，各有关单位：
　　市十六届人大四次会议期间，代表共提出建议、批评和意见186件。经市人大常委会主任会议研究，现将代表建议交由你们办理，并就有关事项通知如下：
　　一、认真研究办理
　　各承办单位要认真研究代表建议，能够解决的要尽快解决，一时难以解决的要列入计划逐步解决。
　　二、按时答复代表
　　承办单位应当自交办之日起三个月内答复代表，涉及面广、情况复杂的，最迟不超过六个月。
　　附件：市十六届人大四次会议代表建议交办清单
江都市人大常委会办公室
2025年3月12日
"""


def test_a_standing_committee_office_notice_handing_out_suggestions_to_three_kinds_of_body() -> None:
    doc = parsed(HANDOUT)
    same(
        look(doc),
        {
            "kind": "notice",
            "title": "江都市人大常委会办公室关于交办市十六届人大四次会议代表建议的通知",
            "number": ("江人办〔2025〕8号", 2025, 8),
            "issuer": "江都市人大常委会办公室",
            "recipients": ["市人民政府办公室", "市中级人民法院", "市人民检察院", "各有关单位"],
            "metadata": {},
            "preamble": [
                "市十六届人大四次会议期间，代表共提出建议、批评和意见186件。经市人大常委会主任会议研究，"
                "现将代表建议交由你们办理，并就有关事项通知如下："
            ],
            "sections": [
                (
                    1,
                    "一、",
                    1,
                    "认真研究办理",
                    ["各承办单位要认真研究代表建议，能够解决的要尽快解决，一时难以解决的要列入计划逐步解决。"],
                ),
                (
                    1,
                    "二、",
                    2,
                    "按时答复代表",
                    ["承办单位应当自交办之日起三个月内答复代表，涉及面广、情况复杂的，最迟不超过六个月。"],
                ),
            ],
            "items": [],
            "closing": None,
            "signature": (["江都市人大常委会办公室"], "2025-03-12", "2025年3月12日"),
            "contact": None,
            "cc": None,
            "attachments": ["市十六届人大四次会议代表建议交办清单"],
            "warnings": [],
            "leaked": [],
        },
    )


ONE_LINE = """关于县政协十一届三次会议第37号提案的答复
甘某某委员：
　　您提出的《关于加强林下经济发展的提案》收悉，现答复如下：
　　近年来，我局积极引导林农发展林下种植、林下养殖，全县林下经济经营面积达到12万亩，带动农户3200户。下一步，我局将加大林下经济技术培训力度，培育一批林下经济示范基地。
　　感谢您对林业工作的关心和支持。

　　　　　　　　　　　　　　　　松阳县林业局　　　　2025年4月2日
"""


def test_a_county_bureau_answer_whose_organ_and_date_share_one_line() -> None:
    doc = parsed(ONE_LINE)
    same(
        look(doc),
        {
            "kind": "reply",
            "title": "关于县政协十一届三次会议第37号提案的答复",
            "number": None,
            # no letterhead, no organ opening the title: the 落款 is never copied here (contract, issuer)
            "issuer": None,
            "recipients": ["甘某某委员"],
            "ref": "37",
            "metadata": {},
            "preamble": [
                "您提出的《关于加强林下经济发展的提案》收悉，现答复如下：",
                "近年来，我局积极引导林农发展林下种植、林下养殖，全县林下经济经营面积达到12万亩，带动农户3200户。"
                "下一步，我局将加大林下经济技术培训力度，培育一批林下经济示范基地。",
            ],
            "sections": [],
            "items": [],
            "closing": "感谢您对林业工作的关心和支持。",
            "signature": (["松阳县林业局"], "2025-04-02", "2025年4月2日"),
            "contact": None,
            "cc": None,
            "attachments": [],
            "warnings": [],
            "leaked": [],
        },
    )
