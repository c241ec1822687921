"""Words of the optional enrichment: organisations and figures."""

from __future__ import annotations

from govdoc.patterns.base import _lazy

# --- Enrichment (organisations and figures) -------------------------------------------------
# Used by `govdoc.enrichment` only (`enrich=True`); compiled when first used, like the rest.

# Organisation words a name ends in, by kind; `ORG_SUFFIX` those that end a name found in running text.
ORG_ENTERPRISE = _lazy(
    r"(?:公司|集团|企业|银行|工厂|厂|商场|会员店|店|影业|科技|网络|信息|电子|电力|智能|新材料|影像|控安)$"
)
ORG_INSTITUTION = _lazy(
    r"(?:大学|学院|医学院|研究院|研究所|设计院|工程院|科学院|医院|学校|中学|小学|幼儿园|协会|学会|基金会|实验室|创新中心|"
    r"研究中心|院所|机构)$"
)
ORG_GOVERNMENT = _lazy(
    r"(?:人民政府|政府|委员会|管委会|常委会|政协|人大|办公厅|办公室|局|厅|委|办|署|部|街道|法院|检察院|"
    r"分局|督查局|中心|工商联)$"
)
ORG_SUFFIX = _lazy(
    r"(?:有限公司|公司|集团|大学|医学院|学院|研究院|研究所|设计院|工程院|科学院|医院|协会|创新中心|研究中心|中心|委员会|管委会|"
    r"人民政府|政府|领导小组|办公厅|办公室|分局|局|厅|工商联)$"
)
# A list closed by what its members are: `…、化工研究院等重点企业`, `波克城市、阿里影业为代表的…`.
ORG_LIST_END = _lazy(
    r"(?P<items>(?:[\p{Han}A-Za-z（）()]{2,20}、){1,12}[\p{Han}A-Za-z（）()]{2,20})"
    r"(?:等(?:重点|龙头|骨干|优质|知名)?(?P<what>企业|公司|机构|部门|单位|高校|院校|科研院所|院所)|为代表的)"
)
ORG_LEAD_IN = _lazy(r"^(?:深化与|包括|例如|其中|引进|引入|依托|推动|以|与|和|由|及|对|向|如)")
ORG_NOT_ORGAN = frozenset({"布局", "格局", "大局", "全局", "结局", "开局", "当局", "书局", "棋局", "邮局"})
ORG_DOC_NUMBER_AFTER = _lazy(r"[〔\[［(（【]\s*(?:19|20)\d{2}")  # a 文号's year after a name: the name is an issuer's
ORG_GENERIC = frozenset(
    {
        "中心",
        "委员会",
        "办公室",
        "公司",
        "集团",
        "大学",
        "学院",
        "研究院",
        "部门",
        "单位",
        "机构",
        "政府",
        "领导小组",
        "各级政府",
    }
)

# Figures: units, the verb before what a figure measures, the words around it, periods.
FIGURE_UNITS = (
    "个百分点|百分点|平方公里|平方米|立方米|万人次|人次|公里|千米|亿元|万元|千元|元|%|个|家|亩|台|处|条|场|所|辆|项|次|名|户|人|座|套|"
    "吨|件|批|类|株|棵|栋|间|张|份|篇|期|天|小时"
)
FIGURE = _lazy(
    rf"(?<!第)(?P<num>(?<![\d.])\d+(?:\.\d+)?|(?!一[^十百千万亿])[一二三四五六七八九十百千两]{{1,6}}(?=[万亿]?(?:{FIGURE_UNITS})))"
    rf"(?P<mult>[万亿])?(?:余|多)?(?P<unit>{FIGURE_UNITS})"
)
FIGURE_VERB = _lazy(
    r"^.*(?:实现|达到|完成|新增|新建|建成|累计|共计|共有|超过|突破|增至|提高到|投入|开通|布建|开发|打造|"
    r"引进|收储|建立|举办|组织)"
)
FIGURE_TRAILING = _lazy(r"(?:为|达|约|共|是|有|了|的)+$")
FIGURE_LEADING = _lazy(r"^(?:了|的|共|约|达|为)+")
FIGURE_COUNT_UNITS = frozenset("个家项类条处所座套台辆名户人件批株栋间张份篇场") | {"万人次", "人次"}
FIGURE_PERIOD = _lazy(
    r"(?:(?:19|20)\d{2}年(?:\d{1,2}(?:-\d{1,2})?月|上半年|下半年|[一二三四]季度|全年|底|末)?"
    r"|今年以来|今年|去年|近年来|截至目前|过去一年)"
)
FIGURE_MULTIPLIERS = {"万": 1e4, "亿": 1e8}
