"""Every marker, label and field pattern, compiled once, in one place.

All patterns run on the folded copy of the text (`govdoc.fold.fold`): full-width punctuation
is already half-width there (`，` → `,`, `：` → `:`, `（` → `(`), dashes are `-`, zeros are `〇`,
and traditional characters are simplified (OpenCC's table). None uses `\\s`, which would
cross line ends; every quantifier is bounded or over a disjoint class, so no input backtracks
catastrophically.
"""

from __future__ import annotations

from typing import Any, cast

import regex


class _Lazy:
    """A pattern compiled the first time it is used, then as fast as the compiled one.

    Compiling all of this module's patterns costs tens of milliseconds, a large share of a
    one-file parse's start, while a document uses only some of them. The first attribute
    asked for compiles the pattern and copies the compiled pattern's methods onto this
    object, so later calls find them directly (no further indirection). A match's `re` is
    the compiled pattern, not this object: tell patterns apart by their `pattern` string.
    """

    def __init__(self, pattern: str, flags: int) -> None:
        self.pattern = pattern
        self._flags = flags

    def __getattr__(self, name: str) -> Any:
        if name.startswith("_"):  # copy, pickle and the like ask for these: no pattern has them
            raise AttributeError(name)
        compiled = regex.compile(self.pattern, self._flags)
        for attr in dir(compiled):
            if not attr.startswith("_"):
                setattr(self, attr, getattr(compiled, attr))
        return getattr(compiled, name)

    def __repr__(self) -> str:
        return f"lazy({self.pattern!r})"


def _lazy(pattern: str, flags: int = 0) -> regex.Pattern[str]:
    """`regex.compile(pattern, flags)`, done when the pattern is first used."""
    return cast("regex.Pattern[str]", _Lazy(pattern, flags))


CN = r"[一二三四五六七八九十百〇两]"
CN_NUM = rf"{CN}{{1,4}}"

# --- section markers ---------------------------------------------------------------------
# A digit after a marker's stop makes a decimal or a date (1.5倍, 2024.5), unless a year opens the
# title (1.2024年上半年, 一、2024年工作情况).
NOT_A_YEAR = r"(?!(?:19|20)\d{2}[ ]?年)"
# One alternative per marker family; the group name is the contract's `style` (with _ for -).
SECTION_MARKER = _lazy(
    rf"""
    (?:
      (?P<part>第(?P<part_n>{CN_NUM}|\d{{1,3}})(?:部分|编))
    | (?P<chapter>第(?P<chapter_n>{CN_NUM}|\d{{1,3}})章)
    | (?P<section>第(?P<section_n>{CN_NUM}|\d{{1,3}})节)
    | (?P<article>第(?P<article_n>{CN_NUM}|\d{{1,3}})条)
    | (?P<cn_paren>\([ ]{{0,2}}(?P<cn_paren_n>{CN_NUM})[ ]{{0,2}}\)[、,.]?)
    | (?P<cn_paren_glyph>(?P<cn_paren_glyph_n>[㈠-㈩]))
    | (?P<num_paren>\([ ]{{0,2}}(?P<num_paren_n>\d{{1,2}})[ ]{{0,2}}\)[、,.]?)
    | (?P<num_paren_glyph>(?P<num_paren_glyph_n>[⑴-⒇]))
    | (?P<num_glyph>(?P<num_glyph_n>[⒈-⒛]))
    | (?P<circled>(?P<circled_n>[①-⑳]))
    | (?P<cn>(?P<cn_n>{CN_NUM})[ ]{{0,2}}[、,.](?!{NOT_A_YEAR}\d))
    | (?P<num>(?P<num_n>\d{{1,2}})[ ]{{0,2}}(?:[.、](?!{NOT_A_YEAR}[\d.])|[ ]{{1,4}}(?=\p{{Han}})))
    )[ \t]{{0,4}}  # the space or tab between marker and title
    """,
    regex.X,
)
SECTION_STYLES = {
    "part": "part",
    "chapter": "chapter",
    "section": "section",
    "article": "article",
    "cn_paren": "cn-paren",
    "cn_paren_glyph": "cn-paren",
    "num_paren": "num-paren",
    "num_paren_glyph": "num-paren",
    "num_glyph": "num",
    "circled": "circled",
    "cn": "cn",
    "num": "num",
}
# Rank of each family (GB/T 9704 §7.3.3 and common practice): a lower rank stands above a higher
# one whatever comes first; families of equal rank (一、 and 第一条) nest in the order they first
# appear. 编 and 第一部分 divide a whole text, 章 and 节 a regulation; 第N条 are its articles.
SECTION_RANK = {
    "part": 0,
    "chapter": 1,
    "section": 2,
    "cn": 3,
    "article": 3,
    "cn-paren": 4,
    "num": 5,
    "num-paren": 6,
    "circled": 7,
}
# A count after a bare number is a quantity in a sentence, never a heading (`3 个街道…`).
COUNT_WORD = _lazy(
    r"[ ]{0,4}(?:个|名|家|项|条|件|类|批|次|人|户|所|座|处|间|年|月|日|天|号|万|亿|千|百|元|公里|米|吨|亩|%)"
)
# After `一、` the next numeral and a measure word (`一、二期工程`, `三、四季度`, `一、二、三级医院`) make a
# list of numbers in a sentence: the 、 joins two numbers, it does not end a marker.
NUMERAL_LIST = _lazy(
    r"(?P<n>[一二三四五六七八九十]{1,3})(?:、[一二三四五六七八九十]{1,3})*(?:期|级|季度|类|批|档|轮|等|号|星|产业|个|项|次|届|线)"
)
# What 第N条 / 第N部分 count when a sentence opens with them (第一条建议已经解决。): the proposal's
# points, not an article or a part of the text.
COUNTED_POINTS = _lazy(r"(?:建议|意见|提案|议案|诉求|问题|内容|措施|要求|事项)")
# The sentence with which a reply turns from its opening (the proposal quoted) to its answer.
ANSWER_OPENS = _lazy(r"(?:答复|函复|回复|说明|函告|反馈|告知|报告|汇报)如下|现(?:答复|函复)")

# --- enumerations inside paragraphs ------------------------------------------------------
# The subject a sentence's first member may follow with no mark between (我们一是…, 我局一要…,
# 区政府一是…): a pronoun or the last character of an organ's name, never the 统 of 统一是.
_MEMBER_SUBJECT_END = "们局委办厅府院部门位心站所处科室区市县镇街"
ENUM_MARKER = _lazy(
    rf"""
    (?:^|(?<=[。;:!?,\n])|(?<=[{_MEMBER_SUBJECT_END}])(?=一[是要]))[ ]{{0,2}}
    (?P<m>
      (?P<shi_n>[一二三四五六七八九十]{{1,3}})是
    | (?P<yao_n>[一二三四五六七八九十]{{1,3}})要(?![求素件点])
    | 其(?P<qi_n>[一二三四五六七八九十]{{1,2}})(?=[,、:])
    | 第(?P<di_n>[一二三四五六七八九十]{{1,3}})(?=[,、:])
    | (?P<seq>首先|其次|再次|最后)(?=[,、:])
    | (?P<side>另一方面|一方面)
    )
    """,
    regex.X,
)
SEQUENCE_ORDINALS = {"首先": 1, "其次": 2, "再次": 3, "最后": 0, "一方面": 1, "另一方面": 2}

# A half-width full stop ends a sentence where Chinese text follows it (收悉.经研究), not in 1.5 or gov.cn.
HALF_STOP = r"\.(?=[\p{Han}“\"(]|$)"
LEAD_END = _lazy(rf"[。;]|{HALF_STOP}")
PLAN_OPENER = _lazy(r"^[ ]{0,2}在?(?:下一步|下步|下一阶段|下阶段|今后|接下来)")

# --- closing -----------------------------------------------------------------------------
# A closing may open with a word that only places it (最后，再次感谢… / 在此，感谢…), or turn to
# the proposer by name first (王某代表，以上答复是否满意…).
_CLOSING_LEAD = (
    r"(?:(?:最后|在此|此外|同时|另外|借此机会)[ ,]{0,2}"
    r"|(?:尊敬的)?\p{Han}{1,8}?(?:代表|委员|同志|先生|女士)[ ]{0,2},[ ]{0,2})?"
)
CLOSING_STRONG = _lazy(
    rf"^{_CLOSING_LEAD}(?:(?:(?:非常|衷心|再次|诚挚|十分|特别|真诚)(?:地)?)?(?:感谢|谢谢)|多谢|此复[。!]?$|特此|专此|此致|顺致|敬礼"
    # a 请示's formula asking for the decision (妥否，请批示 / 以上请示，请予审批)
    r"|(?:妥否|当否|是否妥当)[ ,]{0,2}请|以上请示)"
)
CLOSING_WEAK = _lazy(
    rf"^{_CLOSING_LEAD}(?:以上答复|以上(?:意见|复函|函复)|如有不妥|恳请|欢迎|希望|敬请|此复函|本复函|对以上|请批评指正|敬礼"
    # who approved the answer (此答复已经王某局长审签): the domain's approval line
    r"|(?:此|本|以上)(?:答复|复函|函)?[ ,]{0,2}(?:已经|已|经)[^。!?\n]{0,24}?(?:审签|审定|审阅|签发|审核)"
    # the feedback asked for after the thanks (如有意见，请填写意见反馈表 / 请与我们联系)
    r"|如(?:有|对)[^。!?\n]{0,30}?(?:意见|建议|疑问)[^。!?\n]{0,40}?(?:反馈|联系|沟通|填写|回执))"
)
# A closing formula run onto the end of the body's last trailer line (…电话：12345678，特此公告。).
CLOSING_RUN_ON = _lazy(
    r"(?<=[,;。 ])[ ]{0,2}"
    r"(?P<closing>(?:特此|专此)(?:公告|通告|公示|通知|答复|函复|复函|批复|说明|报告|函告|告知)|此复)[。!]?$"
)
# A formula sentence (此复 / 特此答复 / 专此函复), which closes a reply wherever it stands: written on
# at the end of the body's last line, it starts the closing there.
CLOSING_FORMULA = _lazy(r"^(?:此复|(?:特此|专此)\p{Han}{2,3})$")
# The sentence that makes a last paragraph a closing wherever it stands in it: thanks for the
# proposer's concern, or a wish for more opinions (…再次感谢您的关心，请继续予以关注和支持。).
CLOSING_SENTENCE = _lazy(
    r"(?:感谢|谢谢)[^。!?\n]{0,80}?(?:关心|关注|支持|理解|信任|帮助|厚爱|重视|监督)"
    r"|(?:希望|欢迎|恳请|敬请|请)[^。!?\n]{0,80}?(?:宝贵意见|意见和建议|意见建议|好的建议|批评指正|监督指导"
    r"|(?:关心|关注)[、和与]{0,2}(?:支持|建议))"
    # the request for feedback on the answer itself (对以上答复有什么意见，请填写回执…)
    r"|对(?:以上|本|此)(?:答复|复函)[^。!?\n]{0,40}?意见"
    # 以上答复，如有不同意见（如有问题），请与我们联系: the same request, the answer named first
    r"|^以上(?:答复|复函)[,]{0,2}[^。!?\n]{0,20}?(?:意见|问题|疑问|不明|不清楚)"
    # …对我们的答复有何意见，请填写在“征询意见表”中: the feedback form the reply comes with
    r"|(?:答复|办理)[^。!?\n]{0,20}?意见[^。!?\n]{0,40}?(?:征询意见表|意见征询表|征求意见表|意见反馈表|回执)"
)

# --- header ------------------------------------------------------------------------------
DOC_NO = _lazy(
    r"(?:^|(?<=[(《 ]))(?P<code>[\p{Han}A-Za-z]{1,15}?)[ ]{0,2}(?P<lb>[〔\[(〈【])[ ]{0,2}"
    r"(?P<year>(?:19|20)\d{2})[ ]{0,2}[〕\])〉】][ ]{0,2}(?:第[ ]{0,2})?(?P<serial>\d{1,6})[ ]{0,2}号"
)
DOC_NO_BROKEN = _lazy(r"(?:^|(?<=[(《 ]))[\p{Han}A-Za-z]{1,15}[〔\[(〈【][ ]{0,2}(?:19|20)\d{2}")
SECURITY = _lazy(r"^(?P<v>(?:绝密|机密|秘密)(?:[★*][^\n]{0,12})?)$")
URGENCY = _lazy(r"^(?P<v>特急|加急|特提|平急)$")
# A kind of document or a bare level word before 文件 (规范性文件, 政策文件, 自治区文件: a portal's
# column) names no organ.
DOCUMENT_CLASS_WORDS = (
    r"(?:行政)?规范性|政策性?|其他|其它|重要|相关|红头|上级|本级|公开|部门"
    r"|(?:自治区|省|市|县|区|州|盟|旗|乡镇|乡|镇)(?:级|委|政府|政府办)?"
)
# The 文件 of a 发文机关标志 wrapped onto its own line under the organ's name.
WENJIAN_LINE = _lazy(r"^[ ]{0,4}文[ ]{0,4}件[ ]{0,4}$")
ISSUER_MARK = _lazy(
    rf"^(?!(?:{DOCUMENT_CLASS_WORDS})[ ]{{0,4}}文件$)(?P<organ>[\p{{Han}}()、 ]{{2,40}}?)[ ]{{0,4}}文件$"
)
# The greeting some replies put after the colon (尊敬的王委员：您好！) is not an addressee.
# A character an encoding lost, left as `?` or U+FFFD: after a colon it stands for nothing.
LOST_MARK = _lazy(r"^[ ]{0,2}[?\ufffd]{1,3}[ ]{0,2}$")
RECIPIENT_LINE = _lazy(
    r"^(?P<body>[^。!?\n]{1,150}?)[ ]{0,2}:(?:[ ]{0,2}(?:您|你|你们|您们)好[!。]?|[ ]{0,2}[?\ufffd]{1,3})?$"
)
# A 主送 written as a labelled line (`主送：某局，某委。`, `主送机关：…`): the addressees follow the label.
LABELLED_RECIPIENTS = _lazy(r"^主[ ]{0,2}送(?:机关|单位)?[ ]{0,2}:[ ]{0,2}(?P<names>[^。!?:\n]{2,150}?)[ ]{0,2}。?$")
HONORIFIC = _lazy(r"^(?:尊敬的|敬爱的|亲爱的|尊敬(?!的))")  # 尊敬 without 的: 尊敬王委员
# Deputies or members named alone on a line (`李某代表`, `张某、王某委员`), a 主送 whose colon the page lost.
BARE_DEPUTY = _lazy(r"^(?:尊敬的|敬爱的|尊敬)?(?:\p{Han}{2,4}[、,]){0,9}\p{Han}{2,4}(?:等\d{0,3}名?位?)?(?:代表|委员)$")
# The reply's opening sentence: 您（在…会议上）提出的…, …收悉, or …答复如下 (the meeting may stand
# between 您 and 提出的: `您在区十届政协三次会议期间提出的…`).
REPLY_OPENING = _lazy(
    r"^(?:您|你|你们|您们)(?:好[,!。]?)?[^。\n]{0,30}?(?:提出|领衔提出|所提)的"
    r"|^[^。\n]{0,80}收悉|^[^。\n]{0,120}(?:答复|函复|复函|回复)如下"
)
# A reply's opening that addresses an organ (贵单位在…提出的, a party's or body's collective proposal).
ORGAN_REPLY_OPENING = _lazy(r"^[^。\n]{0,12}?贵(?:单位|会|党派|委|部门)[^。\n]{0,40}?(?:提出|所提|提交)的")
KEY_VALUE = _lazy(r"^(?P<key>[\p{Han}A-Za-z]{2,10})[ ]{0,3}:[ ]{0,3}(?P<value>[^\n]*)$")
# The labels a page writes the 发文字号 under (文号：某发〔2024〕3号).
DOC_NUMBER_KEYS = ("文号", "发布文号", "发文文号", "公文文号", "发文字号")
# A `|` table's label cell: the label, maybe bracketed, maybe with its colon (`| 索引号: | … |`).
PIPE_KEY = _lazy(r"^\[?[ ]{0,3}(?P<key>[\p{Han}A-Za-z ]{2,20}?)[ ]{0,3}\]?[ ]{0,2}:?$")
TITLE_OPENER = _lazy(r"^(?:关于|对|《)")
# A breadcrumb trail (`首页 > 政务公开 > …`), which may end in the page's headline: never a title.
BREADCRUMB = _lazy(r"^(?:[^<>»›\n]{1,24}[ ]{0,3}(?:>{1,2}|»|›)[ ]{0,3}){1,8}[^<>»›\n]")
# A page's navigation line: a breadcrumb trail or its location label (当前位置：首页 > …).
NAVIGATION = _lazy(r"(?:首页|主页)[ ]{0,3}[>/»›]|当前位置|您现在的位置|您的位置|所在位置")
# A title's own shape where its type is no listed one (…的公示, …的建议): `关于…的X`, maybe after its organ.
GUANYU_TITLE = _lazy(r"^[\p{Han}()、 ]{0,40}?关于[^。;:!?\n]{2,80}的[\p{Han}]{1,8}$")
# The verb after which a title's subject starts; the organ that opens the title stands before
# the first one whose prefix is an organ (国务院办公厅|转发…, 国务院、中央军委|关于…).
TITLE_VERB = _lazy(r"关于|对(?![于象外])|转发|印发|批转|发布")
# A title line that goes on from the line above: a session's ordinal (`第二次会议…`) wraps off
# the congress or committee it belongs to (`某县第九届人民代表大会` / `第二次会议…报告`).
TITLE_SESSION_TAIL = _lazy(r"^第[一二三四五六七八九十0-9]{1,4}次(?:全体)?会议")
# A title without 关于 that opens with a complete organ (`某县人民政府拟征收土地启动公告`): the
# shortest prefix ending in an organ's own suffix (a bare place name, 某县, is no organ), with
# the office under it (`…人民政府办公室`).
TITLE_HEAD_ORGAN = _lazy(
    r"^\p{Han}{2,24}?(?:人民政府|政府|委员会|管委会|委(?![员会托书])|局|厅|署|中心|公司|集团|银行)(?:办公室|办公厅)?"
)
# Genres that close a title though the contract's type list does not name them (kind `other`):
# a 公示 (`某委…项目完成情况公示`) publishes results for objection, a 规则 (`某县人民政府工作规则`)
# sets an organ's own working rules.
UNLISTED_TITLE_SUFFIX = _lazy(r"(?:公示|规则)$")
TITLE_ORGAN_TEXT = _lazy(r"^[\p{Han}()、· ]{2,40}$")
# A clause inside a would-be 主送 line makes it body: `为做好…工作，现将有关事项通知如下：`.
RECIPIENT_CLAUSE = _lazy(
    r"^[ ]{0,2}(?:为|根据|按照|依据|依照|经|对于)[^,\n]{1,60},"
    r"|,[ ]{0,2}(?:现将|现就|现予|现对|现|特此|请|为|根据|按照|依据|经)"
    r"|通知|告知|函告|通报|报告|答复|如下"
)
# A 令 promulgating a regulation: its number line, the promulgation sentence, the signer's post.
COPY_NUMBER = _lazy(r"^\d{6}$")  # 份号, six digits at the top left of a 版头
ORDER_NUMBER_LINE = _lazy(r"^第[ ]{0,2}\d{1,8}[ ]{0,2}号$")
PROMULGATION = _lazy(r"(?:现予|现将|予以|特此|现)[^。\n]{0,40}(?:公布|发布|颁布)|自[^。\n]{2,30}起施行")
POST_AND_NAME = _lazy(
    r"^(?:国务院)?(?:总理|副总理|主席|委员长|部长|主任|署长|局长|行长|省长|市长|州长|县长|区长)[ ]{0,6}[\p{Han}·]{2,6}$"
)
# A report delivered at a meeting: its subtitle (——2023年11月24日在县人大常委会第十四次会议上)
# and the speaker's post and name (县政府办公室主任 某某) stand between its title and its 主送.
SPEECH_SUBTITLE = _lazy(r"^-{1,2}[ ]{0,2}[^\n]{0,40}?在[^\n]{2,60}?(?:会议|大会)上(?:的(?:报告|讲话|发言))?$")
SPEAKER_LINE = _lazy(
    r"^[\p{Han}]{0,30}?(?:主任|局长|县长|市长|区长|州长|省长|书记|部长|厅长|主席|秘书长)[ ]{0,4}[\p{Han}·]{2,4}$"
)
# The publishing date a page appends to its headline in brackets: …的答复 ( 2025年05月30日 ).
DATED_PAREN = _lazy(r"[ ]{0,2}\([ ]{0,2}(?:19|20)\d{2}(?:年\d{1,2}月\d{1,2}日|[-/.]\d{1,2}[-/.]\d{1,2})[ ]{0,2}\)$")
TRAILING_PAREN = _lazy(r"[ ]{0,2}\([^()]{1,60}\)$")
# What a page's headline may carry after the document type: the quoted title of the proposal it
# answers (`…的答复函《关于…的建议》`) or its number (`…提案答复 第35号`).
TITLE_TAIL = _lazy(r"(?:《[^《》\n]{2,100}》|[ ]{0,2}第[ ]{0,2}\d{1,6}[ ]{0,2}号)$")
# The document type is the title's last suffix; longer suffixes first.
KIND_SUFFIX = _lazy(
    r"(?P<s>答复的函|答复函|复函|答复意见书|答复文书|答复意见|协办意见的函|会办意见的函|协办意见|会办意见|答复|回复"
    r"|批评和意见|实施意见|指导意见|意见|通知|通报|通告|公告|公报|报告|请示|批复|决定|决议|命令|令|议案|纪要"
    r"|方案|规划|计划|办法|规定|细则|条例|函)$"
)
KIND_OF_SUFFIX = {
    "答复的函": "reply",
    "答复函": "reply",
    "复函": "reply",
    "答复意见书": "reply",
    "答复文书": "reply",
    "答复意见": "reply",
    "协办意见的函": "reply",
    "会办意见的函": "reply",
    "协办意见": "reply",
    "会办意见": "reply",
    "答复": "reply",
    "回复": "reply",
    "批评和意见": "other",  # 代表建议、批评和意见: the deputies' proposals, not the 意见 a government issues
    "实施意见": "opinion",
    "指导意见": "opinion",
    "意见": "opinion",
    "通知": "notice",
    "通报": "bulletin",
    "通告": "announcement",
    "公告": "announcement",
    "公报": "communique",
    "报告": "report",
    "请示": "request",
    "批复": "approval",
    "决定": "decision",
    "决议": "resolution",
    "命令": "order",
    "令": "order",
    "议案": "motion",
    "纪要": "minutes",
    "方案": "plan",
    "规划": "plan",
    "计划": "plan",
    "办法": "measures",
    "规定": "measures",
    "细则": "measures",
    "条例": "measures",
    "函": "letter",
}
REPLY_BODY_WORDS = _lazy(r"收悉|答复如下|函复如下|特此答复|特此函复|专此答复|办理情况答复|现答复|现函复")

# --- organs ------------------------------------------------------------------------------
ORGAN_SUFFIX = _lazy(
    r"(?:政府|委员会|委|局|厅|办公室|办|部|院|中心|机构|会|室|所|处|署|司|馆|站|队|团|社|组"
    r"|公司|集团|街道|镇|乡|县|区|市|省|党委|党组|支部|银行|学校|大学|学院|医院|分局"
    # organs named for what they run (某某海关, 某市气象台, 某区国有林场, 中共某区委党校)
    r"|海关|监狱|党校|(?:气象|地震|广播电视|电视)台|电台|(?:林|农|牧|渔)场)$"
)
# An organ's second name in brackets after its first (区市场监管局（区知识产权局）): one organ, two plates.
ORGAN_ALIAS = _lazy(r"(?<=\p{Han})\((?P<alias>\p{Han}{2,20})\)$")
# A place name alone (上海市, 普陀区): not an organ, though it ends like one (a 军区 is one).
PLACE_ONLY = _lazy(r"^[\p{Han}]{1,6}?(?<![军园社景校])(?:省|市|区|县|州|盟|旗|镇|乡|街道)$")
# The contract's list for splitting 主送 and 抄送 at 、.
# A portal's own name (…门户网站, …政务网, …平台): never an organ, never a title's issuer.
SITE_NAME = _lazy(r"(?:网站|门户|网|平台|客户端|公众号|频道|专栏)$")
SPLIT_ORGAN_SUFFIX = _lazy(r"(?:政府|委员会|委|局|厅|办公室|办|部|院|中心|机构|会|室|所|处)$")
_SEAL_NOTE = r"\((?:单位)?(?:盖章|印章|公章|签章|代章|章|印)\)"  # (印), (章): the short forms a form prints
SEAL_LINE = _lazy(rf"^{_SEAL_NOTE}$")
SEAL_AFTER = _lazy(rf"[ ]{{0,4}}{_SEAL_NOTE}$")  # 某某局（代章）: the seal's note, not the name

# An HTML entity a page's text kept as written (&nbsp;, &sp;), after a name at the end of its line.
ENTITY_DEBRIS = _lazy(r"(?:[ ]{0,40}&[A-Za-z]{2,8};?)+[ ]{0,40}$")

# --- dates -------------------------------------------------------------------------------
DATE = _lazy(
    r"(?P<y>(?:19|20)\d{2}|[〇Oo0一二三四五六七八九]{4})[ ]{0,2}年[ ]{0,2}"
    r"(?P<m>1[0-2]|0?[1-9]|十[一二]?|[一二三四五六七八九元])[ ]{0,2}月[ ]{0,2}"
    r"(?P<d>3[01]|[12]\d|0?[1-9]|三十一?|二十[一二三四五六七八九]?|十[一二三四五六七八九]?|[一二三四五六七八九])"
    r"[ ]{0,2}[日号]"
    # 2024.1.2, 2024-01-02, 2024/1/2: web pages and forms write the date in digits alone
    r"|(?<!\d|\d[.\-/])(?P<y>(?:19|20)\d{2})(?P<sep>[.\-/])(?P<m>1[0-2]|0?[1-9])(?P=sep)(?P<d>3[01]|[12]\d|0?[1-9])(?![.\-/]?\d)"
)
DATE_LINE = _lazy(rf"^(?P<date>{DATE.pattern})$")
ORGAN_DATE_LINE = _lazy(rf"^(?P<organ>[^\n:]{{2,60}}?)[ ]{{0,40}}(?P<date>{DATE.pattern})$")
# A labelled 落款, as reply forms print it: the signing organ after 答复单位： (主办单位：/会办单位： for a
# joint reply) and the date after 答复时间：/答复日期：/签发日期：, on two lines or on one. 成文日期 is left
# out: it labels a portal's information table, whose date is the page's, not the 落款's.
_SIGNATURE_ORGAN_LABEL = rf"(?:答复|回复|办复|复函|落款|主办|会办|协办)单位(?:{_SEAL_NOTE})?[ ]{{0,2}}:[ ]{{0,2}}"
_SIGNATURE_DATE_LABEL = r"(?:答复|回复|办复|复函|签发|落款)(?:时间|日期)[ ]{0,2}:[ ]{0,2}"
LABELLED_ORGAN_LINE = _lazy(rf"^{_SIGNATURE_ORGAN_LABEL}(?P<organ>[^:]{{2,60}}?)[ ]{{0,4}}$")
# A date labelled only 日期：/时间： is the 落款's only under an organ line (alone, it may be a page's).
BARE_LABELLED_DATE_LINE = _lazy(rf"^(?:日期|时间)[ ]{{0,2}}:[ ]{{0,2}}(?P<date>{DATE.pattern})$")
LABELLED_DATE_LINE = _lazy(
    rf"^(?:{_SIGNATURE_ORGAN_LABEL}(?P<organ>[^:]{{2,60}}?)[ ]{{0,40}})?"
    rf"{_SIGNATURE_DATE_LABEL}(?P<date>{DATE.pattern})$"
)
# What a page may write after the 成文日期 on its line: the answer category, who signed it off,
# the weekday (2024年5月6日 星期一, （周一）) or the seal's note (2024年5月6日（盖章）).
DATE_TAIL = _lazy(
    r"[ ]{0,4}(?:[(〔\[【]?[A-Za-z甲乙丙丁][ ]{0,2}类[)〕\]】]?|[(〔\[【][A-Za-z甲乙丙丁][)〕\]】]"
    r"|\(?(?:领导)?签发人?[ ]{0,2}:[ ]{0,2}[\p{Han}·]{2,8}\)?"
    rf"|\(?(?:星期|礼拜|周)[一二三四五六日天]\)?|{_SEAL_NOTE})$"
)
# The time of day a web reply prints after its date (2024-05-06 10:21:33): a timestamp, not part of the date.
CLOCK_TAIL = _lazy(r"(?<=[\d日号])[ ]{1,4}(?:[01]?\d|2[0-3]):[0-5]\d(?::[0-5]\d)?$")
# A 成文日期 whose 年 and 月 a copy lost (2019515日, 2019 0515) or whose day it lost (2019年5月).
GARBLED_DATE_LINE = _lazy(
    r"^(?:19|20)\d{2}[ ]{0,3}\d{2,4}[ ]{0,2}[日号]?$|^(?:19|20)\d{2}[ ]{0,2}年[ ]{0,2}\d{1,2}[ ]{0,2}月?$"
)
# A 成文日期 of which only the day is left (二十六日, 0二十六日, 26日): a copy lost its year and month.
DATE_FRAGMENT_LINE = _lazy(
    r"^[0-9〇零]{0,2}"
    r"(?:3[01]|[12]\d|0?[1-9]|三十一?|二十[一二三四五六七八九]?|十[一二三四五六七八九]?|[一二三四五六七八九])[日号]$"
)
# A right-aligned 落款 a web copy flattened onto the last line of the body (…请予支持。  2005年2月7日):
# a gap after the sentence's stop, then the date, or an organ and the date, and nothing else (the
# spaces between CJK characters are gone from the text by then: the zone rule checks the gaps).
FLATTENED_SIGNATURE = _lazy(
    rf"(?<=[。!?;”)])[ ]{{0,40}}(?:(?P<organ>[\p{{Han}}()、]{{2,40}}?)[ ]{{0,40}})?(?P<date>{DATE.pattern})$"
)
# A 落款 flattened onto the end of a contact line, after its last value (电话:12345678 某某局 2023年5月6日);
# the date may be cut short by the page's end (某某局 2023年).
_CUT_DATE = r"(?:19|20)\d{2}[ ]{0,2}年(?:[ ]{0,2}(?:1[0-2]|0?[1-9])[ ]{0,2}月)?"
CONTACT_THEN_SIGNATURE = _lazy(
    rf"(?<=[\d)])[ ]{{1,40}}(?P<organ>[\p{{Han}}()、]{{2,40}}?)[ ]{{0,40}}(?P<date>{DATE.pattern}|{_CUT_DATE})$"
)
# The 落款 part of a line it was flattened onto, matched from where the zone rule found it starts.
SIGNATURE_TAIL = _lazy(rf"(?:(?P<organ>[\p{{Han}}()、]{{2,40}}?)[ ]{{0,40}})?(?P<date>{DATE.pattern}|{_CUT_DATE})$")
PRINTED_LINE = _lazy(rf"^(?:(?P<by>[^\n]{{2,60}}?)[ ]{{0,40}})?(?P<date>{DATE.pattern})[ ]{{0,2}}印发$")

# --- proposal references -----------------------------------------------------------------
# A proposal's number: digits with up to three letters before them and a hyphenated part
# (第02650号, 第BH037号, 第2024-087号, A-12号, a 14-digit system number); 第 may be left out (158号提案).
_PROP_NUMBER = r"(?<![\dA-Za-z\-])(?P<no>[A-Za-z]{0,3}-?\d{1,16}(?:-\d{1,6})?)"
_PROP_KIND = r"(?:(?P<rep>代表)|委员)?(?P<kind>提案|建议|议案)"  # 代表建议, 委员提案
PROP_NO = _lazy(
    rf"(?:第[ ]{{0,2}})?{_PROP_NUMBER}[ ]{{0,2}}号[ ]{{0,2}}(?:\([^)\n]{{1,20}}\))?[ ]{{0,2}}"
    # the proposal's title may stand between the number and the kind word (第5号《关于…》的提案),
    # quoted with its kind word inside the quotes (第16号“关于…的建议”), or after 代表 without
    # the 的 (第2024085号代表关于整治学校周边环境建议)
    rf"(?:《[^《》\n]{{2,120}}》[ ]{{0,2}}的?[ ]{{0,2}}|[“\"]?(?:代表)?关于[^。;:!?《》\n]{{2,100}}?的?)?{_PROP_KIND}"
)
# 建议第10号 (提案：第25号), and the number in brackets after the kind word: 建议（第10号）, 提案(10号).
PROP_NO_AFTER = _lazy(
    rf"{_PROP_KIND}[ ]{{0,2}}(?::[ ]{{0,2}})?(?:第[ ]{{0,2}}{_PROP_NUMBER}[ ]{{0,2}}号"
    rf"|\([ ]{{0,2}}第?[ ]{{0,2}}{_PROP_NUMBER}[ ]{{0,2}}号[ ]{{0,2}}\))"
)
# The number in brackets after the quoted title, whose last word is the kind: 《关于…的建议》（158号）;
# with a lead word saying it is the number (（按编号第8号）, （编号：8号）), whatever the title's last word.
_NUMBER_LEAD = r"(?:按照?)?编号(?:为|是)?[ ]{0,2}:?[ ]{0,2}"
PROP_NO_AFTER_TITLE = _lazy(
    rf"《[^《》\n]{{2,120}}?(?:{_PROP_KIND}》[ ]{{0,2}}\([ ]{{0,2}}(?:{_NUMBER_LEAD})?"
    rf"|》[ ]{{0,2}}\([ ]{{0,2}}{_NUMBER_LEAD})"
    rf"(?:第[ ]{{0,2}})?{_PROP_NUMBER}[ ]{{0,2}}号[ ]{{0,2}}\)"
    # or the bare number a register gives it there (《关于…的建议》（0641）), unless it reads as a year
    rf"|《[^《》\n]{{2,120}}?{_PROP_KIND}》[ ]{{0,2}}\([ ]{{0,2}}(?!(?:19|20)\d\d[ ]{{0,2}}\))"
    rf"{_PROP_NUMBER}[ ]{{0,2}}\)"
)
TERM = _lazy(r"第?(?P<t>[一二三四五六七八九十]{1,3}|\d{1,2})[ ]{0,2}届")
SESSION = _lazy(r"第?(?P<s>[一二三四五六七八九十]{1,2}|\d{1,2})[ ]{0,2}次")
MEETING_BODY = _lazy(r"政协|人大|人民代表大会|代表大会")
LEVEL_WORD = _lazy(r"全国|自治区|自治州|自治县|省|市|州|盟|区|县|旗|镇|乡|街道|村")
# A reference starts after 对/关于/在 and a verb of answering (关于答复县政协…第48号提案的函).
REF_START = _lazy(r"(?:对|关于|在)(?!于)(?:答复|回复|办理)?")
QUOTED_TITLE = _lazy(r"《(?P<t>[^《》\n]{4,120})》|“(?P<q>[^“”\n]{4,120})”|\"(?P<a>[^\"\n]{4,120})\"")
UNQUOTED_TITLE = _lazy(
    r"(?P<t>关于[^。;:《》\n]{2,100}?的(?:提案|建议|议案|意见))"
    r"(?=收悉|办理|已|经|交|现|,|;|\(|。|的?答复|的?复函|$)"
)
# The unquoted title cut by the number before its kind word (您提出的关于…的第58号提案): the title is
# its words before the number and the kind after it.
UNQUOTED_TITLE_NUMBERED = _lazy(
    rf"(?P<t>关于[^。;:《》\n]{{2,100}}?的)[ ]{{0,2}}第[ ]{{0,2}}{_PROP_NUMBER}[ ]{{0,2}}号[ ]{{0,2}}(?:代表|委员)?"
    r"(?P<kind>提案|建议|议案)"
)
PROPOSAL_KIND = _lazy(r"提案|建议|议案")
# The words that make a quoted title the proposal's own, whatever its last word: 您提出的《…》.
PROPOSED_BY = _lazy(r"(?:提出|提交|所提|领衔提出|联名提出)的[ ]{0,2}$")
KIND_AFTER_TITLE = _lazy(r"[ ]{0,2}的?(?P<k>提案|建议|议案)")
# A quoted title acknowledged as received (“关于…的意见”收悉, 《…》(第5号)已收悉): the proposal's own,
# whatever its last word; a quoted 意见 elsewhere in the opening (专家组意见：“…的意见”) is not.
RECEIVED_AFTER_TITLE = _lazy(r"[ ]{0,2}(?:\([^()\n]{1,16}\))?[ ]{0,2}(?:已经|已)?[ ]{0,2}收悉")
# The number under a label of its own in a portal's table: 建议号：201号, 提案编号 28.
PROPOSAL_NUMBER_LABEL = _lazy(
    rf"^(?P<kind>提案|建议|议案)(?:编号|号)[ ]{{0,3}}[: ][ ]{{0,3}}(?:第[ ]{{0,2}})?{_PROP_NUMBER}[ ]{{0,2}}号?$"
)
PROPOSER_LABELS = ("提案人", "领衔代表", "领衔人", "建议人", "提出人", "联名人", "提案者", "领衔委员", "领衔提案人")
PROPOSER = _lazy(rf"^(?:{'|'.join(PROPOSER_LABELS)})[ ]{{0,2}}:[ ]{{0,2}}(?P<v>[^\n]*)$")
# What a page writes after a proposer's name, set off by a space (张三 代表, 李四 委员): a role, no name.
PROPOSER_ROLE = _lazy(r"^(?:人大|政协)?(?:代表|委员|同志|先生|女士)$")

# --- handling result and disclosure ------------------------------------------------------
# Labels a page writes the answer category under (类别 also names a page type: 类别：提案, and 办理类型
# the unit's role: 办理类型：主办; a value that names no category is passed over).
CATEGORY_KEYS = (
    "办理结果",
    "答复类别",
    "办复类别",
    "办理类别",
    "类别标记",
    "类别标识",
    "结果类别",
    "答复类型",
    "办理类型",
    "办复类型",
    "办理分类",
    "办理结果类别",
    "复文分类",
    "复文类别",
    "答复分类",
    "采纳情况",
    "类别",
    "分类",
)
_CATEGORY_LETTER = r"(?P<l>[A-Za-z甲乙丙丁])"
_OPEN, _CLOSE = r"[(〔\[【]", r"[)〕\]】]"
_CATEGORY_KEY_ALT = "|".join(sorted(CATEGORY_KEYS, key=len, reverse=True))
# A category letter standing alone on its line: A类, （B类）, 〔A〕, 【C类】, 类别：B, （复文分类：B）, a bare B.
CATEGORY_LETTER_LINE = _lazy(
    rf"^{_OPEN}?[ ]{{0,2}}(?:(?:{_CATEGORY_KEY_ALT})[ ]{{0,2}}:?)?[ ]{{0,2}}"
    rf"{_CATEGORY_LETTER}[ ]{{0,2}}类?[ ]{{0,2}}{_CLOSE}?$"
)
# The category written right after the 文号 on its line: …19号B类, …5号（A类）, …5号〔A〕.
CATEGORY_MARK = _lazy(
    rf"[ ]{{0,4}}(?:{_OPEN}[ ]{{0,2}}{_CATEGORY_LETTER}[ ]{{0,2}}类?[ ]{{0,2}}{_CLOSE}[ ]{{0,2}}类?"
    rf"|{_CATEGORY_LETTER}[ ]{{0,2}}类)[ ]{{0,2}}$"
)
CATEGORY_WORDINGS: tuple[tuple[str, regex.Pattern[str]], ...] = (
    ("reference", _lazy(r"留作参考|参考|解释说明")),
    ("C", _lazy(r"暂不能解决|暂时不能解决|不能解决|难以解决|条件限制|暂缓|难以采纳|不予采纳|未予采纳")),
    ("B", _lazy(r"正在解决|列入计划|列入规划|逐步解决|拟解决|部分解决|计划解决|部分采纳")),
    ("A", _lazy(r"已经?解决|基本解决|采纳|已落实|已办结")),
)
# A letter in brackets inside a page's title: …第39号建议办理情况（B）的函.
CATEGORY_IN_TITLE = _lazy(rf"\({_CATEGORY_LETTER}类?\)")
# The wording alone on a short line of its own (（解决采纳）, 列入计划解决): the category in words.
CATEGORY_WORD_LINE = _lazy(
    r"^\(?(?:所提问题)?(?:已经?解决|基本解决|已?采纳|解决采纳|采纳解决|正在解决|列入(?:计划|规划)|逐步解决|拟解决"
    r"|部分解决|留作参考|解释说明|暂不能解决|因条件限制暂不能解决)[\p{Han}]{0,6}\)?$"
)
DISCLOSURE_KEYS = ("公开属性", "公开方式", "公开类型", "公开形式", "信息公开属性", "信息公开方式", "公开选项")
DISCLOSURE_VALUE = _lazy(r"主动公开|依申请公开|不予公开|不公开")
# A 附注 saying the document itself is public: （此件公开发布）, （此件公开）, （此回复件公开）.
DISCLOSED_NOTE = _lazy(r"公开发布|此\p{Han}{0,3}件(?:予以)?公开")
NOTE_LINE = _lazy(r"^\((?P<v>[^()\n]{2,40})\)$")
# A labelled 附注 after the 落款 (注：办复类别共分ABC三类。): it and the lines after it are notes.
NOTE_LABEL_LINE = _lazy(r"^(?:附注|备注|注)[ ]{0,2}:")

# --- contact, imprint, attachments -------------------------------------------------------
# The end of an office's name inside an organ (综合科, 办公股), named where a person is expected.
UNIT_SUFFIX = _lazy(r"(?:科|股|科室|处室|办公室)$")
PERSON_TITLE = _lazy(r"(?:同志|先生|女士)$")  # after a contact person's name
# Words a page writes before a number to say which line it is (手机, 办公, 总机, 热线) or when to call it
# (白天, 夜间, 工作日): they stand where a contact person's name may, and are no name.
_PHONE_QUALIFIERS = (
    "手机|座机|固话|电话|办公|传真|宅电|值班|总机|分机|热线|专线|服务|咨询|投诉|监督|举报"
    "|白天|日间|夜间|晚上|上午|下午|工作日|工作时间|节假日|周末"
)
# A person's name before the number under a phone label (联系电话：张三 12345678), unless it opens
# with such a word or ends with a line's name (市长热线 12345678).
NAME_BEFORE_PHONE = _lazy(
    rf"^(?!{_PHONE_QUALIFIERS})(?P<name>[\p{{Han}}·]{{2,4}})(?<!热线|专线|总机|分机|电话)[ ,、:]{{0,2}}(?=\(?\d)"
)
# A unit and its staff member written as one (通川区交运局冉观偲): the person after the organ's end.
UNIT_THEN_PERSON = _lazy(
    r"^(?P<unit>[\p{Han}]{2,36}?(?:局|委|办|科|室|股|中心|政府|委员会|部|处|所|院|站|队))(?P<name>[\p{Han}·]{2,4})$"
)
# Who reviewed or drafted the reply (审核人：…, 拟稿人：…) or heads the handling unit (单位负责人：…):
# a trailer line, not the contact.
_REVIEWERS = r"审核人|核稿人|审稿人|拟稿人|校对人|审签人|(?:单位|主要|分管)负责人"
REVIEWER_LINE = _lazy(rf"^(?:{_REVIEWERS}|审核|核稿)[ ]{{0,2}}:")
# The same cell after a contact value on its line (经办人：王某  审核人：李某), or the signer's: it ends
# the contact's value.
REVIEWER_CELL = _lazy(rf"(?:{_REVIEWERS}|签发人)[ ]{{0,2}}:")
CONTACT_PERSON_LABELS = ("经办人", "承办人", "联络人")  # the staff member named as contact, beside 联系人
# The office that handled the reply, labelled like 承办单位 in other words (办理处室：综合科).
HANDLING_UNIT_LABELS = (
    "办理处室",
    "承办处室",
    "承办科室",
    "办理科室",
)
# A person's label and a phone label joined into one (经办人及联系电话：张三，12345678; 联系人姓名及电话).
_CONTACT_JOINED = rf"(?:联系人|{'|'.join(CONTACT_PERSON_LABELS)})(?:姓名)?(?:及|和|与|/|、)(?:联系)?(?:电话|方式)"
_CONTACT_LABELS = (
    _CONTACT_JOINED,
    *CONTACT_PERSON_LABELS,
    "联系人及电话",
    "联系人姓名",
    r"联系人\(姓名\)",
    "联系人",
    "联系单位及电话",
    "联系电话",
    "办公电话",
    "办公室电话",
    "咨询电话",
    "固定电话",
    "座机",
    "联系方式",
    "电话",
    "手机号码",
    "手机",
    "传真",
    "承办单位通讯地址",
    "承办单位地址",
    "通讯地址",
    "联系地址",
    "单位地址",
    "地址",
    "邮政编码",
    "邮编",
    "电子邮箱",
    "电子邮件",
    "电子信箱",
    "邮箱",
    "(?i:e-?mail)",
    "承办单位",
    "联系单位",
    *HANDLING_UNIT_LABELS,
)
# A label starts after a separator, or anywhere when its colon follows (a gap between two
# fields may have been a layout space, removed between CJK characters).
CONTACT_LABEL = _lazy(
    rf"(?:^|(?<=[(,;。 \t])|(?=(?:{'|'.join(_CONTACT_LABELS)})[ ]{{0,2}}:))"
    rf"(?P<label>{'|'.join(_CONTACT_LABELS)})[ ]{{0,2}}[:\t]?[ \t]{{0,2}}"
)
# A contact label with its colon after another field's value on the same line (签发人：张三  联系人：李四,
# 抄报：县政府办  联系单位：县教育局): the wide gap between the two cells was a layout space, removed
# between CJK characters, so the label is where the first field's value ends.
NEXT_CONTACT_CELL = _lazy(rf"(?:{'|'.join(_CONTACT_LABELS)})[ ]{{0,2}}:")
# A contact after the 附注's note in the same brackets ((此件依申请公开。联系人：王某，电话：…)).
NOTE_CONTACT = _lazy(
    rf"(?:[。;,]|^\(?(?:附注|备注|注)[ ]{{0,2}}:)[ ]{{0,2}}(?P<label>(?:{'|'.join(_CONTACT_LABELS)})[ ]{{0,2}}:)"
)
# A site footer's first label (主办单位：某办  地址：…  邮编：…): its cells are the site's, not a contact,
# unless a cell names a person to ask (主办单位：某局  联系人：…, a reply form's row): a footer names none.
SITE_FOOTER_LABEL = _lazy(r"^(?:主办|协办|技术支持|版权|网站)")
PERSON_CELL = _lazy(rf"(?:联系人|{'|'.join(CONTACT_PERSON_LABELS)})[ ]{{0,2}}:")
# 签发人 and the labels replies use for the same leader (领导署名, 签发领导: who signs the reply off).
# The name ends where a contact cell on the same line begins (签发人：张三联系人：李四).
SIGNER = _lazy(
    r"(?:签发人|领导签发|签发领导|领导署名|签发)[ ]{0,2}:[ ]{0,2}"
    rf"(?P<name>[\p{{Han}}·]{{2,8}}?(?=(?:{'|'.join(_CONTACT_LABELS)})[ ]{{0,2}}:)|[\p{{Han}}·]{{2,8}})"
)
_CONTACT_LINE_STARTS = (
    *CONTACT_PERSON_LABELS,
    "联系人",
    "联系单位",
    "联系电话",
    "联系方式",
    "办公电话",
    "办公室电话",
    "咨询电话",
    "座机",
    "电话",
    "手机",
    "传真",
    "承办单位",
    *HANDLING_UNIT_LABELS,
    "通讯地址",
    "联系地址",
    "地址",
    "邮政编码",
    "邮编",
    "电子邮箱",
    "电子邮件",
    "电子信箱",
    "邮箱",
    "(?i:e-?mail)",
)
# A label ends at its colon, or at a table cell's edge (a tab) where a form lays contacts out in a table.
CONTACT_LINE = _lazy(
    rf"^\(?[ ]{{0,2}}(?:{_CONTACT_JOINED}|(?:{'|'.join(_CONTACT_LINE_STARTS)})[\p{{Han}}()]{{0,6}})[ ]{{0,2}}[:\t]"
)
# A contact label that is a cell of its own, its value after a wide layout gap instead of a colon (a
# ruled table on a fixed-layout page, 联系人    王某): matched whole, up to the gap.
CONTACT_LABEL_CELL = _lazy(
    rf"\(?[ ]{{0,2}}(?:{_CONTACT_JOINED}|(?:{'|'.join(_CONTACT_LINE_STARTS)})[\p{{Han}}()]{{0,6}})[ ]{{0,2}}"
)
# A contact written as a sentence: who to ask and the number (…请与我局综合科联系，联系电话：…). It is
# the contact's wherever it stands: a line of its own (如有疑问，请与…联系，电话…) is a contact line, and
# the closing that ends with one (以上答复，如有问题请与…联系，电话…) gives the contact its number.
CONTACT_IN_SENTENCE = _lazy(r"(?:联系|咨询|联络|致电)[^。!?\n]{0,30}?(?:电话|手机)")
CONTACT_SENTENCE = _lazy(rf"^(?:如有|如需|如对|若有|如您|若需)[^。!?\n]{{0,40}}?{CONTACT_IN_SENTENCE.pattern}")
# A short value whose label a page lost, the colon left at the line's start (`: 孟某`).
LOST_LABEL_VALUE = _lazy(r"^[ ]{0,2}:[ ]{0,2}[^:\n]{1,20}$")
# An information table's 索引号 standing as a bare value (its label lost): 00528361X/2024-00036.
INDEX_NUMBER_VALUE = _lazy(r"^[0-9A-Za-z-]{6,24}/(?:19|20)\d{2}-?\d{0,4}-\d{3,8}$")
# A contact label alone on the page's last lines, its value lost with the page's end (`联系人`).
BARE_CONTACT_LABEL = _lazy(rf"^(?:{_CONTACT_JOINED}|{'|'.join(_CONTACT_LINE_STARTS)})[ ]{{0,2}}:?[ ]{{0,2}}$")
# The area code's dash may be doubled (0531——85088108: a Chinese dash typed as two).
# An area code's bracket is the number's only when it closes right after the code ((0571)87001234); a
# bracket around the whole number (王某（0571-87001234）) is the sentence's.
PHONE = _lazy(
    r"(?<![\d-])(?:(?:\(0\d{2,3}\)|0\d{2,3})[ ]?-{0,2}[ ]?)?\d{7,8}(?:[-转]\d{1,5})?(?![\d])|(?<!\d)1[3-9]\d{9}(?!\d)"
)
FAX_AFTER = _lazy(r"[ ]{0,2}\(传真\)")
POSTCODE = _lazy(r"(?<!\d)\d{6}(?!\d)")
EMAIL = _lazy(r"[A-Za-z0-9._%+-]{1,64}[@＠][A-Za-z0-9.-]{1,100}\.[A-Za-z]{2,10}")
CC_LINE = _lazy(r"^(?:抄送|抄报)[ ]{0,2}[:\t][ \t]{0,2}(?P<v>[^\n]*)$")
ATTACHMENT_LINE = _lazy(
    # 附件：1.名称, 附件1：名称, or 附件1.名称 where the list's first number stands for the colon; 附：1.名称,
    # the short label, only with its colon
    r"^附(?:[ ]{0,2}件[ ]{0,2}(?P<label_n>\d{1,2})?[ ]{0,2}(?P<colon>:|(?<=\d)[.、](?!\d))?"
    r"|[ ]{0,2}(?P<colon>:))[ ]{0,2}"
    r"(?:(?P<n>\d{1,2})[.、][ ]{0,2})?(?P<name>[^\n]*)$"
)
ATTACHMENT_CONTINUATION = _lazy(r"^(?P<n>\d{1,2})[.、][ ]{0,2}(?P<name>[^\n]+)$")

# --- chrome and page furniture (whole lines) ----------------------------------------------
PAGE_FURNITURE = _lazy(
    r"^(?:-[ ]{0,2}\d{1,3}[ ]{0,2}-|第[ ]{0,2}\d{1,3}[ ]{0,2}页[ ,]{0,3}(?:共[ ]{0,2}\d{1,3}[ ]{0,2}页)?"
    r"|\d{1,3}[ ]{0,2}/[ ]{0,2}\d{1,3}|共[ ]{0,2}\d{1,3}[ ]{0,2}页[ ,]{0,3}第[ ]{0,2}\d{1,3}[ ]{0,2}页)$"
)
# The site's toolbar words (简体 | 繁體 | 无障碍 | 长者模式): a line made of nothing else is chrome.
_TOOLBAR = (
    r"(?:(?:简体|繁[體体])(?:中文|版)?|无障碍(?:浏览|阅读|服务)?|长者(?:模式|版)|English|手机版|设为首页|加入收藏)"
)
_CHROME = (
    # navigation and page tools
    rf"^{_TOOLBAR}(?:[ |/]{{0,3}}{_TOOLBAR})*[ |/]{{0,3}}$",
    r"(?:首页|主页)[ ]{0,3}[>/»›]",
    "当前的?位置",
    "您现在的位置",
    "您的位置",
    "所在位置",
    r"^字号[ ]{0,2}:?",
    r"^字体[ ]{0,2}:",
    r"\[字体",
    "【字体",
    r"^[【\[]?打印(?:本页|此页|正文|文章|页面)?[】\]]?$",  # the print tool, bare or bracketed: 【打印正文】
    "打印本页",
    "关闭窗口",
    r"^【?关闭】?$",
    "返回顶部",
    r"^分享(?:本页面?|此页|文章)?(?:到|至)",  # the share tools: 分享到, 分享至, 分享本页面至
    r"^【?收藏】?",
    "^扫一扫",
    # a site's login box (账号+密码登录, 微信扫码登录, 还没有账号？立即注册)
    r"^(?:账号|帐号|手机号?|用户名|邮箱)[ ]{0,2}\+[ ]{0,2}(?:密码|验证码)[ ]{0,2}登录$",
    r"^(?:微信|QQ|支付宝)?扫码登录$",
    r"^还没有(?:账号|帐号)",
    r"^(?:立即|免费)注册$",
    "^忘记密码",
    "^上一篇",
    "^下一篇",
    r"^相关(?:文章|链接|阅读)",
    # the portal's dialog before an outside link (您访问的链接即将离开…网站，是否继续?): the line is
    # the dialog from its start, so a body sentence that mentions leaving a site is no chrome
    r"^(?:您|你)?(?:所|将要)?(?:访问|点击)?的?(?:链接|网址|网站|页面)?(?:即将|将要?)离开[^。\n]{0,40}(?:网站|页面)",
    # counters and publishing lines
    "浏览次数",
    "访问次数",
    "阅读次数",
    "点击数",
    "点击量",
    "浏览量",
    r"^(?:访问|阅读)(?:量|次)[ ]{0,2}:?[ ]{0,2}\d{0,9}$",
    r"^(?:文章|信息|稿件)?来源[ ]{0,2}:",
    r"^发布时间[ ]{0,2}:",
    # the publishing line opening with its date, maybe under a time label: 2019-05-30  来源:某办 字号:[ ],
    # 撰写时间:2020-09-16 10:20  来源:某办, 日期:2021年06月29日  作者:  来源:某局 (the gap after 日
    # may be gone: a layout space between CJK characters)
    r"^(?:\p{Han}{0,4}(?:时间|日期)[ ]{0,2}:[ ]{0,2})?"
    r"(?:19|20)\d{2}(?:[-/.]\d{1,2}[-/.]\d{1,2}|年\d{1,2}月\d{1,2}日)(?:[ ]{1,4}\d{1,2}:\d{2}(?::\d{2})?)?"
    r"[ ]{0,40}(?:(?:信息|文章|稿件)?来源|作者|字号|浏览)[ ]{0,2}:",
    r"^更新时间[ ]{0,2}:",
    # a bare dated byline under the headline: 日期:2022-08-05, 时间:2022-08-05 10:20
    r"^(?:发布)?(?:日期|时间)[ ]{0,2}:[ ]{0,2}(?:19|20)\d{2}-\d{1,2}-\d{1,2}"
    r"(?:[ ]{1,4}\d{1,2}:\d{2}(?::\d{2})?)?[ ]{0,2}$",
    "^责任编辑",
    "【责任编辑",
    "留言与评论",
    r"^(?:19|20)\d{2}年$",
    # footers
    "版权所有",
    "ICP备",
    "ICP证",
    "公网安备",
    "网站标识码",
    r"^主办(?:单位)?[ ]{0,2}:.{0,40}承办",
    r"^建议使用[^\n]{0,30}(?:分辨率|浏览器)",  # the site's display advice
    "^站内不良信息举报",
    # exports and residue
    "^【法宝引证码】",
    "^原文链接",
    "附件预览$",
    r"^\|+$",
)
CHROME_LINE = _lazy("|".join(_CHROME))
# A page's own label alone on a line (来源, 作者) inside an information table laid out one cell
# per line: the page's, never the value of the table's label above it.
LONE_PAGE_LABEL = _lazy(r"^(?:文章|信息|稿件)?(?:来源|作者|出处)[ ]{0,2}:?$")
# The same lines by two patterns (each entry above is one alternative): those anchored at the
# line's start, tried there only, and the rest. Searching one pattern for both made the
# anchored half be tried at every position; `cleanup.furniture_and_chrome` asks each line.
CHROME_AT_START = _lazy("|".join(c for c in _CHROME if c.startswith("^")))
CHROME_ANYWHERE = _lazy("|".join(c for c in _CHROME if not c.startswith("^")))
# Words only a website's footer carries (who runs the site, its registration): a footer block
# holding them is the site's, and the phone or address printed in it is the site's too.
# 主办单位 opens such a block, but only a registration mark (SITE_MARK) makes it a site's; the
# site's own report line (网站监督举报热线) and its browser advice (…分辨率…浏览器) belong to it.
SITE_MARK = _lazy(r"版权所有|ICP[备证]|公网安备|网站标识码|技术支持|Copyright|©")
SITE_FOOTER = _lazy(rf"{SITE_MARK.pattern}|主办单位|网站主办|网站[^\n]{{0,4}}举报|分辨率|浏览器")
PINYIN_ANNOTATION = _lazy(r"(?<=\p{Han})[(?][a-zü]{0,5}[āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜ][a-zü]{0,5}\)")

# --- 键：值 labels -------------------------------------------------------------------------
# The one table of labels a portal's information table and a 版头's 键：值 lines use (the
# answer category's, disclosure's and proposers' labels included). Only the simplified form
# is written: matching runs on the folded copy, so full-width colons and traditional forms
# (發文機關, 聯繫人) need no entry, and the letter-spaced form (索 引 号) is derived below.
INFO_TABLE_LABELS = (
    "索引号",
    "统一编号",
    "信息名称",
    "文件名称",
    "标题",
    "名称",
    "发文机关",
    "发文单位",
    "发文机构",
    "发布机构",
    "发布单位",
    "所属机构",
    "责任部门",
    "公开责任部门",
    "公开目录",
    "办理部门",
    "编号",
    "处理状态",
    "办理状态",
    "签发日期",
    "印发日期",
    "文号",
    "发布文号",
    "发文文号",
    "公文文号",
    "发文字号",
    "文件编号",
    "成文日期",
    "发文日期",
    "发文时间",
    "生成日期",
    "发布日期",
    "公开日期",
    "生效日期",
    "失效日期",
    "废止日期",
    "公开日",
    "著录日期",
    "有效性",
    "时效",
    "主题分类",
    "体裁分类",
    "组配分类",
    "信息分类",
    "信息类别",
    "服务对象",
    "文种",
    "主题词",
    "关键词",
    "内容概述",
    "公开时限",
    "公开范围",
    "签发人",
    "主办单位",
    "主办",
    "协办单位",
    "会办单位",
    "分办单位",
    "答复时间",
    "答复日期",
)
LABELS: frozenset[str] = frozenset((*INFO_TABLE_LABELS, *CATEGORY_KEYS, *DISCLOSURE_KEYS, *PROPOSER_LABELS))


def spaced(word: str) -> str:
    """A pattern for `word` with the letter-spacing a layout may put between its characters (up to
    four spaces: a two-character label justified to a four-character cell, `标    题`)."""
    return "[ ]{0,4}".join(regex.escape(c) for c in word)


_LABEL_ALT = "|".join(spaced(w) for w in sorted(LABELS, key=len, reverse=True))
# A known label and what ends it: a colon (anywhere on the line), a bracket round it
# ([ 索引号 ]), or a table cell's edge (a tab) at the line's start or after another cell.
LABEL_AT = _lazy(
    rf"(?P<open>[\[【][ ]{{0,3}})?(?P<label>{_LABEL_ALT})"
    rf"(?(open)[ ]{{0,3}}[\]】][ ]{{0,3}}:?|(?:[ ]{{0,3}}:|(?<=(?:^|\t)[^\t]{{0,12}})[ ]{{0,3}}(?=\t)"
    rf"|(?<=^[^\t]{{0,16}})[ ]{{1,8}}(?=[^ :])))"
)
# What stands after every label LABEL_AT or KEY_VALUE finds (a colon, a closing bracket, a tab,
# a space): a line holding none of these has no labelled cell, and `label_cells` says so at once.
# A new way for a label to end must be added here too (tests/test_rule_speed.py checks).
LABEL_END_CHARS = frozenset(":]】\t ")
# A known label with its value glued on (the space between them gone with the layout's spaces:
# `发文机关 行署办公室` → `发文机关行署办公室`); a row of a label table only among other rows.
# Inside a row that opens with a label: a known label between spaces starts the next cell (one
# at the row's end is a cell with its value left empty).
SPACED_CELL_LABEL = _lazy(rf"(?<=[ ])(?P<label>{_LABEL_ALT})(?:[ ]{{1,8}}(?=[^ :])|[ ]{{0,8}}$)")
GLUED_LABEL = _lazy(rf"^(?P<label>{_LABEL_ALT})(?![ ]{{0,3}}[:\]】])(?=[^ \t])")
LABEL_ANYWHERE = _lazy(rf"(?P<label>{_LABEL_ALT})")
# A label the table does not know, in a line shaped as a label table: after a cell's edge or
# a wide gap, two to eight characters and a colon.
OTHER_LABEL_AT = _lazy(r"(?:^|(?<=\t|[ ]{2}|\|))[ ]{0,2}(?P<label>\p{Han}{2,8})[ ]{0,2}(?P<colon>:)")

# A paragraph break a web copy flattened into spaces: a stop or a colon, then spaces, then text.
FLATTENED_BREAK = _lazy(r"(?<=[。!?:])[ ]{1,40}(?=[^ |])")
# A sentence that leads in to what follows (现答复如下: / 现答复如下。): the next text is a new paragraph.
LEAD_IN_END = _lazy(r"(?:如下|下列|以下)[ ]{0,2}[:。]$")
# An addressee opening a flattened line: a few names or organs (a list parted by 、 or ,) ending like
# an addressee, then a colon (the rule runs before injected pinyin is removed, so `韓忠國(guó)等代表:` is one too).
ADDRESSEE_OPENING = _lazy(
    r"^(?:尊敬的|尊敬)?[\p{Han}\p{Latin}、(),]{2,80}?"
    r"(?:代表|委员|政府|委员会|局|厅|办公室|部门|单位|同志|网友)[ ]{0,2}:$"
)
# A unit's label ending like an addressee (主办单位:, 责任单位:): a table's or form's field, no 主送.
UNIT_LABEL = _lazy(r"^(?:主办|协办|承办|会办|责任|牵头|配合|联系|发布|来源|报送|提出)单位[ ]{0,2}:")
# Words that show a colon-ended line is a sentence's lead-in (现答复如下：), not an addressee.
NOT_ADDRESSEE = _lazy(r"如下|以下|下列|收悉|答复|通知|意见|原则|要求|情况|问题|措施|内容|方面|为|是")
# After a proposal's body (政协, 人大): its term (第十四届) and the level it sits at (全国/省/市/县/区),
# or the place named after the term (政协第十三届东湖区委员会): the level word ending that place.
PROPOSAL_LEVEL_AFTER = _lazy(
    r"^(?:第?[一二三四五六七八九十\d]{1,3}届)?(?:(?P<l>全国|省|市|县|区)"
    r"|\p{Han}{1,10}?(?P<l>自治区|自治州|自治县|省|市|州|区|县|旗|镇|乡)(?=委员会|人民代表大会|人大))"
)
# How an addressee ends: a person's title (委员, 同志) or an organ or unit (局, 街道, 公司).
ADDRESSEE_SUFFIX = _lazy(
    r"(?:委员|代表|政府|委员会|委|局|厅|办公室|办|部|院|中心|机构|会|室|所|处|单位|部门|同志|先生|女士|街道"
    r"|镇|乡|村|组|公司|学校|各位|全体|朋友|领导|党委|党组|支部|社区|代表团|小组|人员|群众|市民"
    r"|联|党|社|院校|高校|企业|网友|居民|业主)$"
)


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
