"""Organ names: the suffixes that end one, honorifics, how a list of organs splits."""

from __future__ import annotations

from govdoc.organ_names import ORGAN_ENDINGS as ORGAN_ENDINGS
from govdoc.patterns.base import _lazy

# --- organs ------------------------------------------------------------------------------
# The endings of an organ's name (govdoc.organ_names: one list, which the text reader reads too).
ORGAN_SUFFIX = _lazy(rf"(?:{ORGAN_ENDINGS})$")
# An organ's second name in brackets after its first (区市场监管局（区知识产权局）): one organ, two plates.
ORGAN_ALIAS = _lazy(r"(?<=\p{Han})\((?P<alias>\p{Han}{2,20})\)$")
# A note after an organ's name that the organ is still being set up (某市城市更新中心（筹）, 某某局（筹备组）):
# part of its name as the organ signs, which ends like an organ's before the bracket.
_STATUS_NOTE = r"筹(?:建|备|备组|备处|备办)?"
ORGAN_STATUS = _lazy(rf"(?<=\p{{Han}})\({_STATUS_NOTE}\)$")
# Either in brackets after an organ's ending, for a pattern that reads an organ's name inside a line (某某控股集团
# （公司）（函）, 某市更新中心（筹）（函）): the alias ends as an organ does, as is_organ_name asks of ORGAN_ALIAS's.
ORGAN_BRACKET_AFTER = rf"(?:\((?:\p{{Han}}{{0,18}}(?:{ORGAN_ENDINGS})|{_STATUS_NOTE})\))?"
# A place name alone (上海市, 普陀区): not an organ, though it ends like one (a 军区 is one).
PLACE_ONLY = _lazy(r"^[\p{Han}]{1,6}?(?<![军园社景校])(?:省|市|区|县|州|盟|旗|镇|乡|街道)$")
# The place a name opens with (青禾区 of 青禾区教育局), two characters or more: a joint 落款 of one place's organs
# printed with the gap between them lost (a scan's recogniser reads the row as one line) opens each name with it.
OPENING_PLACE = _lazy(r"^[\p{Han}]{1,6}?(?<![军园社景校])(?:省|市|区|县|州|盟|旗|镇|乡|街道)(?<=^..+)")
# A line listing three or more places or organs parted by spaces, after a label or none (一等奖：文昌市 海口市
# 屯昌县, 先进集体：县教育局 县民政局 县卫生健康局): a table's column or an award list flattened to a line. Its
# spaces part the names as a 、 would; letter-spacing never leaves pieces of several characters each ending as
# a place or an organ does, and removing them glued the names into one (文昌市海口市屯昌县). Read on the folded
# line (an ideographic space is a space there), the names one space apart (wider gaps are the layout
# rules' to read); a lost character's ? may end it, as a stored page leaves it.
# Without a label only places are such a list (PLACE_ONLY, or a settlement below a town: SETTLEMENT_ENDINGS):
# organs side by side are a joint 落款 or title line, whose gaps the trailer and title rules read.
SETTLEMENT_ENDINGS = ("村", "社区")  # a village's or a community's name alone (桃源村, 东湖社区)
# The line's shape: a label or none, then two or more pieces one space apart (each piece is asked apart,
# LISTED_NAME: one pattern repeating a lazy name backtracked through every name when the last was none); the
# rules (`cleanup.spaces._name_list`) want three, or two organs under a label (LISTED_PAIR_OPENING).
NAME_LIST = _lazy(r"^(?:(?P<label>[^ :]{1,12}):)? *(?P<names>[^ .;,?:]+(?: [^ .;,?:]+){1,})[.;,?]?$")
# Two organs under a label parted by one space (协办单位：洧川县财政局　洧川县自然资源局,
# 会办单位：县财政局 县交通运输局) are a list as three are (holdout32 cause 2): the second names its own
# place, a level word (县, 市 …) or a place name, before its organ's words. A name letter-spaced inside
# (溱州市 林业局, 县人民政府 办公室) has a second piece that opens on no place, so it keeps no space.
LISTED_PAIR_OPENING = _lazy(
    r"^(?:[省市县区州镇乡]|\p{Han}{1,6}?(?<![军园社景校])(?:省|市|区|县|州|盟|旗|镇|乡|街道))\p{Han}"
)
# (ORGAN_ENDINGS already holds the places 省 市 县 区 镇 乡 街道 村; a 州, 盟 or 旗 is added)
LISTED_NAME = _lazy(rf"^\p{{Han}}{{1,14}}?(?:州|盟|旗|{ORGAN_ENDINGS})$")
# The contract's list for splitting 主送 and 抄送 at 、.
# A portal's own name (…门户网站, …政务网, …平台): never an organ, never a title's issuer.
SITE_NAME = _lazy(r"(?:网站|门户|网|平台|客户端|公众号|频道|专栏)$")
# An organ's ending and nothing before it (办公室, 常委会, 人民政府): never a name alone, so a line that opens
# on it after a list wrapped without a separator (抄送：…，区人民政府 ⏎ 办公室，…) finishes the name cut there.
ORGAN_ENDING_ONLY = _lazy(
    r"^(?:人民|管理|工作|服务)?(?:政府|委员会|常委会|办公室|管理局|分局|局|厅|办|委|部|院|中心|处|室|所|科|股|支队|大队)+$"
)
# An organ named by a field's pair (住房和城乡建设局, 发展和改革委员会, 人力资源和社会保障局, 文化和旅游局) cut
# inside it by a narrow box: the upper piece ends a few characters after 和 (no organ word yet, or only a
# place word of the pair: 城乡), the lower is the rest up to the organ word, naming no place of its own.
ORGAN_PAIR_OPEN = _lazy(
    r"\p{Han}{2}[和与及](?:[\p{Han}]{0,3}(?<![局厅委办部院室所处科股])(?<!委员会|联合会|协会|商会)|城乡)$"
)
ORGAN_PAIR_REST = _lazy(
    r"^(?![\p{Han}]{0,6}?(?:省|市|区|县|州|镇|乡)[\p{Han}])[\p{Han}]{0,6}?"
    r"(?:局|厅|委员会|委|办公室|办|部|院|中心|署|司)$"
)
# An organ's long merged name (a bureau of several fields: 文化广电旅游体育局, 卫生健康和计划生育委员会 …) a
# narrow 落款 box cut after some of its field words, before the last (柏山县文化广电旅游 ⏎ 体育局): the upper piece
# opens on its place and ends on no organ's ending (asked with ORGAN_SUFFIX), the lower is the name's rest
# (ORGAN_PAIR_REST). The upper piece is a place and field words, never a sentence a body or a closing left
# without its stop over a placeless 落款 (diffread-A A1: 我县将持续抓好防汛工作 ⏎ 水利局): it opens on no place
# of the writer's own (全县, 我市, 本区: SELF_PLACE_HEADS; a sentence's words for the text's place, while an
# organ signs with its place's name) and holds none of a sentence's words (SENTENCE_CHARS) after its first
# character (a place's name may open on any: 将乐县, 本溪市).
_PLACE_CHARS = "省市区县州盟旗"
# A merged bureau's field words that end on an organ's ending character (社会 of 人力资源社会保障局, 农村 of
# 农业农村局): an upper piece cut after one ends on no organ, though ORGAN_SUFFIX finds 会 or 村 there
# (diffread-A A2: 某市人力资源社会 ⏎ 保障局 signed as two organs)
FIELD_WORDS_ON_ENDINGS = ("社会", "农村")
SELF_PLACE_HEADS = ("全", "我", "本", "该", "各", "此")
SENTENCE_CHARS = "将要的了您你我已把被得着过吗呢吧请"
_NAME_CHAR = rf"(?:(?![{SENTENCE_CHARS}])\p{{Han}})"
# … and its field words are an organ's, no longer than the longest merged bureau's before its organ word
# (文化广电新闻出版旅游体育 ⏎ 局: 12; ten, 城市管理综合行政执法's, cut 某县文化广电新闻出版旅游体 ⏎ 育局 short of its
# head, the tail signing alone, diffread27 N5): a sentence naming its place in full (温岭市持续推进农村饮水安全工程
# 建设 ⏎ 水利局, fixA25's note) runs past them
_FIELD_WORDS_MAX = 12
ORGAN_PLACE_OPEN = _lazy(
    rf"^(?!(?:{'|'.join(SELF_PLACE_HEADS)})[{_PLACE_CHARS}](?![{_PLACE_CHARS}]))"
    rf"(?:\p{{Han}}{_NAME_CHAR}{{0,7}}?)?[{_PLACE_CHARS}]{_NAME_CHAR}{{2,{_FIELD_WORDS_MAX}}}$"
)
# The words an organ's name ends on that a wrap can cut in two (区政协办 ⏎ 公室, 市发展和改革委 ⏎ 员会): a
# 抄送 line opening on the rest of one finishes the name the line above broke off there, though the
# half above (办, 委) ends like an organ's name itself; no name opens on such a rest (公室, 员会, 府).
ORGAN_ENDING_WORDS = (
    "人民政府",
    "政府",
    "委员会",
    "常委会",
    "办公室",
    "办公厅",
    "管理局",
    "管理处",
    "中心",
    "分局",
    "支队",
    "大队",
    "研究院",
    "研究所",
)
# A name whose ending the list above does not know (某市少年宫, 某港, 某某物业, 某市民之家, 某市长信箱):
# one word of Han, Latin letters or digits, maybe a bracket, no punctuation or gap; where it stands
# over the date right under the body's last sentence, its place says it is the 落款's organ.
NAME_BY_PLACE = _lazy(r"^[\p{Han}A-Za-z0-9][\p{Han}A-Za-z0-9()·]{1,23}$")
# The head of an organ's name a 落款 wrapped before its ending (某市某区住房和城乡建设 ⏎ 管理委员会): Han only.
ORGAN_NAME_HEAD = _lazy(r"^\p{Han}{2,30}$")
# How a body's request opens (请各科室认真落实, 各单位要…): no organ's name opens so, so such a line left
# without its stop above a 落款 of 办公室 alone is the body's, not the head of the organ's name.
NOT_A_NAME_HEAD = ("请", "恳请", "敬请", "烦请", "务必", "各")
# The endings that name an office or unit OF an organ (办公室, 科, 股): one alone under a wrapped head
# has the organ it serves there (某县人民政府 ⏎ 办公室), so that head ends like an organ's name.
OFFICE_OF_ENDINGS = ("办公室", "办", "室", "科", "股", "处")
# What a numbered heading ends on when it announces the units listed under it (（二）牵头单位, 三、责任部门):
# organ lines under it are its list, not a joint 落款.
UNIT_LIST_HEAD_WORDS = ("单位", "部门")
# What a heading or a line closed by a colon ends on when it names a place (二、会议地点, （二）活动场所,
# 三、受理地址, 请到以下地点：): the line under it is the venue, which often ends like an organ
# (区行政中心三楼会议室, 区老年活动中心, 区文化馆), the section's text and never a co-signer of the 落款 under it.
PLACE_HEAD_WORDS = ("地点", "场所", "地址", "会场", "场地")
# The words that end a place's name and never a signing organ's (学校, 会议室, 大厅, 实训楼): under a place
# heading a name of another kind than the first venue is one more venue of the list only where it ends so
# (某区职业技术学校 after 某区第一中学); a name ending like an organ (…局, …工会, …法院, …中心) may be the 落款's
# first co-signer (review21 R2: 某某县总工会 under 县总工会一楼大厅), rules.trailer.organs._past_venues.
VENUE_ENDS = (
    "学校",
    "中学",
    "小学",
    "学院",
    "大学",
    "会议室",
    "培训室",
    "活动室",
    "教室",
    "大厅",
    "礼堂",
    "广场",
    "大厦",
    "宾馆",
    "酒店",
    "饭店",
    "体育馆",
    "体育场",
    "展览馆",
    "图书馆",
    "停车场",
    "仓库",
    "基地",
    "楼",
)
# A floor or a room inside a line (县财政局二楼教科文股, 行政中心3号楼, 综合楼302室): the line names a place in a
# building, a venue whatever its last word, and never a signing organ (diffread-B B12).
FLOOR_OR_ROOM = _lazy(r"[一二三四五六七八九十\d]{1,3}(?:楼|层)|\d{1,4}(?:室|房间)|号楼")
# A venue written after its own place label on its line (主会场：区水务局一楼会议室, 考点：某区第一中学)
PLACE_LABEL_LINE = _lazy(r"^[ ]{0,4}\p{Han}{0,4}(?:会场|考点|考场|地点|场所|地址|场地):")
SPLIT_ORGAN_SUFFIX = _lazy(r"(?:政府|委员会|委|局|厅|办公室|办|部|院|中心|机构|会|室|所|处)$")
# (盖章), (印), (章): the short forms a form prints; (单位盖章), (某市教育局印): the seal named by its unit;
# (加盖公章), (此处盖章), (单位加盖公章): where the seal goes, as a template asks for it; in square or
# lenticular brackets as an e-signing system marks its seal's place ([签章], 【印章】, 〔盖章〕)
_SEAL_NOTE = (
    r"[(\[〔【](?:单位|\p{Han}{2,30}?(?:局|委|委员会|政府|院|厅|办|办公室|室|部|处|中心|公司|会|所|站|队))?"
    r"(?:加盖|此处)?(?:盖章|印章|公章|签章|代章|章|印)[)\]〕】]"
)
SEAL_LINE = _lazy(rf"^{_SEAL_NOTE}$")
SEAL_NOTES_LINE = _lazy(rf"^{_SEAL_NOTE}(?:[ ]{{0,8}}{_SEAL_NOTE}){{0,3}}$")  # (盖章)  (盖章): one under each organ
# A joint 落款's note of each organ's role after its name (某局（主办）, 某局（协办单位）, 某局（牵头）
# beside 某局（会同）, the words an opening uses for who led and who joined): not the name.
ROLE_AFTER = _lazy(r"[ ]{0,4}\((?:主办|协办|会办|牵头|会同|参办|配合)(?:单位)?\)$")
# The brackets a seal's note closes on (folded): a line ending on none of them holds no note to take off.
SEAL_CLOSERS = (")", "]", "〕", "】")
SEAL_AFTER = _lazy(rf"[ ]{{0,4}}{_SEAL_NOTE}$")  # 某某局（代章）: the seal's note, not the name
# The head who signs under the organ's name (局长：张某某, 主任 王某): a line of the 落款, as the seal's note
# is, and neither an organ nor the end of the body.
_HEAD_POST = (
    r"(?:常务|第一)?副?(?:局长|主任|厅长|部长|市长|区长|县长|州长|镇长|乡长|院长|书记|主席|会长|理事长"
    r"|董事长|总经理|校长|行长|站长|所长|处长|队长|社长|馆长|关长|主要负责人|负责人|法定代表人)"
)
SEAL_OR_HEAD_LINE = _lazy(
    # one seal note, or one under each of organs side by side ((盖章)  (盖章))
    rf"^(?:{_SEAL_NOTE}(?:[ ]{{0,8}}{_SEAL_NOTE}){{0,3}}"
    rf"|{_HEAD_POST}[ ]{{0,2}}:?[ ]{{0,3}}[\p{{Han}}·]{{2,4}}(?:{_SEAL_NOTE})?)$"
)

# An organ's spokesman signing its answer (某街道办发言人, 某市某局新闻发言人): a hotline's or a message
# board's sign-off, the organ named as written before the word; the line is that answer's 落款.
SPOKESMAN_LINE = _lazy(r"^(?P<organ>\p{Han}[\p{Han}()]{1,38}?)[ ]{0,2}(?:新闻)?发言人$")

# An HTML entity a page's text kept as written (&nbsp;, &sp;), after a name at the end of its line.
ENTITY_DEBRIS = _lazy(r"(?:[ ]{0,40}&[A-Za-z]{2,8};?)+[ ]{0,40}$")
