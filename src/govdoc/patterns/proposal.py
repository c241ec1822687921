"""The proposal a reply answers: numbers, meetings (届/次), kinds (提案/建议/议案), quoted titles."""

from __future__ import annotations

from govdoc.patterns.base import _lazy

# --- proposal references -----------------------------------------------------------------
# A proposal's number: digits with up to three letters before them and a hyphenated part
# (第02650号, 第BH037号, 第2024-087号, A-12号, a 14-digit system number), or a year, a letter for the
# register (J for 集体, a group's code) and a serial (第2024-J-001号); 第 may be left out (158号提案).
_PROP_NUMBER = r"(?<![\dA-Za-z\-])(?P<no>[A-Za-z]{0,3}-?\d{1,16}(?:-[A-Za-z]{1,3}-\d{1,6}|-\d{1,6})?)"
# The class a register files a proposal under, written between its number and its kind word: who
# proposed it (集体, 联名, 界别, 党派, 团体, 个人, 专委会), how it is followed (重点, 督办, 重点督办, 领导督办),
# when (闭会期间). One or two of them (第8号重点督办建议, 第56号界别提案, 第12号党派集体提案).
_PROP_CLASS = r"(?:重点|督办|领导|领办|集体|联名|界别|党派|团体|个人|专委会|闭会期间)"
# 代表建议, 委员提案, and the class before its kind (第15号重点提案, 集体提案); a deputy's 意见 (of his
# 建议、批评和意见) only as 代表意见 or as the 批评和意见 (批评意见) it is filed as: a bare 意见 after a number
# is a document's.
# 意见建议 (代表意见建议, the congress's name for its deputies' 建议、批评和意见) is a 建议.
_PROP_KIND = (
    rf"(?:{_PROP_CLASS}{{0,2}}(?:(?P<rep>代表)|委员)?(?:意见(?=建议))?(?P<kind>提案|建议|议案)|(?P<rep>代表)(?P<kind>意见)"
    r"|(?P<rep>代表)?批评和?(?P<kind>意见))"
)
# The body the proposal was made to may stand between a number and its kind (第0155号政协提案, 第12号人大代表
# 建议, 第8号政协委员提案): the register's name of the kind, no title between them. Only after the number: before
# it (市人大代表建议第123号) the body is the meeting's and its place word the reference's level.
_PROP_KIND_NUMBERED = rf"(?:政协|人大)?{_PROP_KIND}"
# The count of the proposals answered together with the one numbered (第0088号等3件建议, 第12号等两件提案): a
# reference to several that numbers the first only, so its number is that one's.
_OTHERS_COUNTED = r"(?:等[ ]{0,2}(?:\d{1,3}|[一二三四五六七八九十两]{1,3})[ ]{0,2}[件条项个][ ]{0,2})?"
PROP_NO = _lazy(
    rf"(?:第[ ]{{0,2}})?{_PROP_NUMBER}[ ]{{0,2}}号[ ]{{0,2}}(?:\([^)\n]{{1,20}}\))?[ ]{{0,2}}{_OTHERS_COUNTED}"
    # the proposal's title may stand between the number and the kind word (第5号《关于…》的提案),
    # quoted with its kind word inside the quotes (第16号“关于…的建议”), after 代表 without
    # the 的 (第2024085号代表关于整治学校周边环境建议), or after a colon, as a listing page heads
    # each item (202301号：关于…的议案)
    rf"(?:《[^《》\n]{{2,120}}》[ ]{{0,2}}的?[ ]{{0,2}}"
    rf"|(?::[ ]{{0,2}})?[“\"]?(?:代表)?关于[^。;:!?《》\n]{{2,100}}?的?)?{_PROP_KIND_NUMBERED}"
)
# A number that lost its 号 (OCR, a typist: 第0239提案): 第 before it and the kind word right after it
# say it is the proposal's number still (noise20). Never before 人/者: 第1提案人 is the lead proposer,
# a person, no number (diffread-B B1).
PROP_NO_LOST = _lazy(rf"第[ ]{{0,2}}{_PROP_NUMBER}[ ]{{0,2}}{_PROP_KIND_NUMBERED}(?![人者])")
# A count of proposals (提出了三条建议, 5项建议, 几点意见): a 第2建议 after it is the count's ordinal, one of
# those points, no proposal's number that lost its 号 (diffread-B B2).
KIND_COUNTED = _lazy(
    r"(?:\d{1,3}|[一二三四五六七八九十两几多]{1,3}|若干)[ ]{0,2}[条项点个件](?:具体)?(?:提案|建议|议案|意见)"
)
# A lead word saying a bracket holds the number (按编号第8号, 编号：0321).
_NUMBER_LEAD = r"(?:按照?)?编号(?:为|是)?[ ]{0,2}:?[ ]{0,2}"
# 建议第10号 (提案：第25号), and the number in brackets after the kind word: 建议（第10号）, 提案(10号),
# or under its lead word, 号 then left out as a register writes it (代表建议（编号：0321））; a headline
# may put the reply's own word between them (…委员提案答复 第35号, 建议的回复（第8号）). A register numbering its
# kind as a 文号 names it with 字 (round 30: 〔2024〕建议字第38号, 提案字第5号): the kind and its number still.
PROP_NO_AFTER = _lazy(
    rf"{_PROP_KIND}(?:的?(?:答复|回复)|字(?=[ ]{{0,2}}第))?[ ]{{0,2}}(?::[ ]{{0,2}})?"
    rf"(?:第[ ]{{0,2}}{_PROP_NUMBER}[ ]{{0,2}}号"
    rf"|\([ ]{{0,2}}第?[ ]{{0,2}}{_PROP_NUMBER}[ ]{{0,2}}号[ ]{{0,2}}\)"
    rf"|\([ ]{{0,2}}{_NUMBER_LEAD}(?:第[ ]{{0,2}})?{_PROP_NUMBER}[ ]{{0,2}}号?[ ]{{0,2}}\))"
)
# The number in brackets after the quoted title, whose last word is the kind: 《关于…的建议》（158号）;
# with a lead word saying it is the number (（按编号第8号）, （编号：8号）), whatever the title's last word.
PROP_NO_AFTER_TITLE = _lazy(
    rf"《[^《》\n]{{2,120}}?(?:{_PROP_KIND}》[ ]{{0,2}}\([ ]{{0,2}}(?:{_NUMBER_LEAD})?"
    rf"|》[ ]{{0,2}}\([ ]{{0,2}}{_NUMBER_LEAD})"
    rf"(?:第[ ]{{0,2}})?{_PROP_NUMBER}[ ]{{0,2}}号[ ]{{0,2}}\)"
    # or the bare number a register gives it there (《关于…的建议》（0641）), unless it reads as a year
    rf"|《[^《》\n]{{2,120}}?{_PROP_KIND}》[ ]{{0,2}}\([ ]{{0,2}}(?!(?:19|20)\d\d[ ]{{0,2}}\))"
    rf"{_PROP_NUMBER}[ ]{{0,2}}\)"
    # or the meeting before the number in that bracket (《关于…的提案》（县政协十届三次会议第0118号）): `meet` its words
    rf"|《[^《》\n]{{2,120}}?{_PROP_KIND}》[ ]{{0,2}}\([ ]{{0,2}}(?P<meet>[^()\n:;,。]{{2,40}}?会议)[ ]{{0,2}}"
    rf"(?:第[ ]{{0,2}})?{_PROP_NUMBER}[ ]{{0,2}}号[ ]{{0,2}}\)"
)
# The number before the quoted title whose last word is the kind: 第3031号《关于…的提案》.
PROP_NO_BEFORE_TITLE = _lazy(
    rf"(?:第[ ]{{0,2}})?{_PROP_NUMBER}[ ]{{0,2}}号[ ]{{0,2}}《[^《》\n]{{2,120}}?{_PROP_KIND}》"
)
TERM = _lazy(r"第?(?P<t>[一二三四五六七八九十]{1,3}|\d{1,2})[ ]{0,2}届")
# A standing committee between the 届 and the 次 (十三届常委会第五次会议, 第十三届委员会常务委员会第五次会议): the 次
# numbers that committee's meetings, not the plenary sessions a ProposalRef's `session` counts.
STANDING_COMMITTEE = _lazy(r"常委|常务委员会")
SESSION = _lazy(r"第?(?P<s>[一二三四五六七八九十]{1,2}|\d{1,2})[ ]{0,2}次")
MEETING_BODY = _lazy(r"政协|人大|人民代表大会|代表大会|人代会")
# A meeting named without its 届 (您在县人大会议上…, 在市政协全体会议期间…, 在区人代会上…): the body and
# the 会 that ends the meeting's name, before the word that places the proposal at it.
MEETING_WITHOUT_TERM = _lazy(r"(?:政协|人大|人民代表大|人代)[^\s,。;:!?《“]{0,6}?会议?(?=上|期间|中|时)")
# The verb of proposing between a meeting and the number (…会议上提出的第8号建议): the sentence's
# words, not the reference's, which is then the number and its kind.
PROPOSED_BETWEEN = _lazy(r"(?:提出|提交|转来|转交|交办)的|所提")
# A time word before a meeting's name (您在今年区人代会上…, 在2023年市人大会议期间…): when the meeting
# was held, no part of its name.
MEETING_TIME = _lazy(r"(?:今年|去年|前年|本年度?|上年度?|\d{4}年度?)(?:召开的)?")
# The CPPCC by its short name or its full one (中国人民政治协商会议某县第九届委员会…): either is 政协.
CPPCC_NAMES = ("政协", "政治协商会议")
# (地区 before 区 and 自治旗 before 旗: a prefecture's 地区政协, an autonomous banner's 自治旗人大 name levels
# of their own, not a district's or a banner's; so does 林区, 神农架林区, the one forestry district, a
# county-level unit with its own 人大 and 政协, no 市辖区.) A 新区 that has a 人大 or 政协 is a 市辖区
# (浦东新区, 滨海新区) and reads 区; a state-level 新区 (雄安新区) is run by a 管委会, no level of the
# administrative divisions, and a 兵团 division (第八师) is none either: where a division and a city are
# one (第八师石河子市) the name ends in 市, else the level stays null, never a guess.
# 特区 (六枝特区, a county-level unit with its own 人大 and 政协) is no word of the contract's closed list and no
# 市辖区 either: it is matched before 区 so as to read no level (NO_LEVEL_WORDS), never 区 out of its name.
LEVEL_WORD = _lazy(r"全国|自治区|自治州|自治县|自治旗|地区|林区|特区|省|市|州|盟|区|县|旗|镇|乡|街道|村")
NO_LEVEL_WORDS = frozenset({"特区"})
# A reference starts after 对/关于/在 and a verb of answering (关于答复县政协…第48号提案的函), or, for
# its meeting words, after the verb of an acknowledgement (您提出的市某届…第N号建议…收悉, 贵委转来的
# 全国政协…提案): the pronoun and verb before the meeting are no part of the reference.
# (交办/转办/转交: the verb of a letter that hands the proposal on, 关于交办市政协…第N号提案的函, schema 1.10)
_REF_LEAD = r"(?:对|关于|在)(?!于)(?:答复|回复|办理|交办|转办|转交)?"
REF_START = _lazy(_REF_LEAD)
# (所提出的 whole: 所提 alone left 出的 at the head of the reference's text)
MEETING_START = _lazy(rf"{_REF_LEAD}|(?:提出|提交|转来|转交|交办)的|所提[出交]?的?")
# The proposal's title in book-title marks, double quotes, or the corner brackets some sites use (「…」,
# 『…』), or in the single quotes a copy put for the double ones (‘…’, '…').
# A double-quoted title may quote a phrase in the same marks (“关于开展“书香乡村”建设的提案”).
QUOTED_TITLE = _lazy(
    r"《(?P<t>[^《》\n]{4,120})》|“(?P<q>(?:[^“”\n]|“[^“”\n]{1,40}”){4,120})”|\"(?P<a>[^\"\n]{4,120})\""
    r"|「(?P<c>[^「」\n]{4,120})」|『(?P<w>[^『』\n]{4,120})』|‘(?P<s>[^‘’\n]{4,120})’|'(?P<p>[^'\n]{4,120})'"
)
# QUOTED_TITLE's groups, one a kind of quote
QUOTED_TITLE_GROUPS = ("t", "q", "a", "c", "w", "s", "p")
# An unquoted title may quote a law or a plan by its book title (关于修订《某市物业管理条例》的建议).
_UNQUOTED_WORDS = r"(?:[^。;:《》\n]|《[^《》\n]{1,60}》){2,100}?"
UNQUOTED_TITLE = _lazy(
    rf"(?P<t>关于{_UNQUOTED_WORDS}的(?:提案|建议|议案|意见))"
    # what follows it: the acknowledgement's words, the reply's type in a title (…的建议的回复), or a
    # closing mark whose opening one the page lost (您提出的关于…的建议”的建议收悉, …的提案”交由我局办理,
    # 您的关于…的建议》收悉)
    r"(?=收悉|办理|已|经|交|现|,|;|\(|。|[”\"》]|的?答复|的?复函|的?回复|的?(?:协办|会办)意见|$)"
)
# The unquoted title cut by the number before its kind word (您提出的关于…的第58号提案): the title is
# its words before the number and the kind after it; not where the 的 is the proposer's (关于对王某
# 代表提出的第5号建议 names who proposed, no title).
UNQUOTED_TITLE_NUMBERED = _lazy(
    rf"(?P<t>关于{_UNQUOTED_WORDS}(?<!提出|所提|提交)的)[ ]{{0,2}}第[ ]{{0,2}}{_PROP_NUMBER}[ ]{{0,2}}号"
    r"[ ]{0,2}(?:代表|委员)?"
    r"(?P<kind>提案|建议|议案)"
)
PROPOSAL_KIND = _lazy(r"提案|建议|议案")
# The words that make a quoted title the proposal's own, whatever its last word: 您提出的《…》.
PROPOSED_BY = _lazy(r"(?:提出|提交|所提|领衔提出|联名提出)的[ ]{0,2}$")
# The same words before an unquoted title (您提出的关于…, 您所提关于…): after a bare acknowledgement
# (…收悉。) they still name the proposal's own title, where a 关于… alone opens a point of the answer.
PROPOSED_BEFORE_UNQUOTED = _lazy(r"(?:提出|提交|所提|领衔提出|联名提出)的?[ ]{0,2}$")
# A quoted title right after the kind word (您的第3032号提案《关于…》, 提案：《…》): the proposal's own.
KIND_BEFORE_TITLE = _lazy(r"(?P<k>提案|建议|议案)[ ]{0,2}:?[ ]{0,2}$")
KIND_AFTER_TITLE = _lazy(r"[ ]{0,2}的?(?P<k>提案|建议|议案)")
# A quoted name with its kind word right after the quote (“推进…服务业发展”议案, merged proposals
# a congress names so): the proposal's own title, though its last word is not the kind.
KIND_RIGHT_AFTER_TITLE = _lazy(r"[ ]{0,2}(?:提案|建议|议案)")
# A quoted title acknowledged as received (“关于…的意见”收悉, 《…》(第5号)已收悉): the proposal's own,
# whatever its last word; a quoted 意见 elsewhere in the opening (专家组意见：“…的意见”) is not.
RECEIVED_AFTER_TITLE = _lazy(r"[ ]{0,2}(?:\([^()\n]{1,16}\))?[ ]{0,2}(?:已经|已)?[ ]{0,2}收悉")
# The number under a label of its own in a portal's table: 建议号：201号, 提案编号 28 (a tab for the colon in
# a form's row); a proposal
# form's 案号 names no kind (the title or 案由 does), so it numbers a reference found elsewhere.
# The value may name the meeting before the number (提案号：区政协九届三次会议第0031号): the register's whole
# reference but its kind, which the label gives; the meeting ends on 会议 (`meeting`, read by fields.proposal).
# Or the register's own number, its year in brackets and its kind with 字 before 第 (round 30: 建议编号：〔2024〕建议字
# 第52号, as cause 3's title writes it): the number still.
# The labels are written once: each kind's number (提案编号, 建议号, 议案号 …) and the kindless 案号.
_NUMBER_KINDS = ("提案", "建议", "议案")
_REGISTER_NUMBERED = (
    rf"(?:[〔\[(【][ ]{{0,2}}(?:19|20)\d{{2}}[ ]{{0,2}}[〕\])】][ ]{{0,2}})?"
    rf"(?:(?:{'|'.join(_NUMBER_KINDS)})字[ ]{{0,2}})?"
)
_NUMBER_WORDS = ("编号", "号")
# The number's labels that name no kind: 案号, and 立案号, the number a 政协's register gives a proposal it files
KINDLESS_NUMBER_KEYS = ("案号", "立案号")
PROPOSAL_NUMBER_LABEL = _lazy(
    rf"^(?:(?P<kind>{'|'.join(_NUMBER_KINDS)})(?:{'|'.join(_NUMBER_WORDS)})|{'|'.join(KINDLESS_NUMBER_KEYS)})"
    rf"[ ]{{0,3}}[:\t ][ ]{{0,3}}"
    rf"(?P<meeting>\p{{Han}}[\p{{Han}}\d ]{{1,40}}?会议[ ]{{0,2}})?{_REGISTER_NUMBERED}(?:第[ ]{{0,2}})?{_PROP_NUMBER}"
    r"[ ]{0,2}号?$"
)
# The keys of such a row (the label table's words of PROPOSAL_NUMBER_LABEL): a mark of the answer in its 版头, as
# its category's row is (round 30: a letterhead over 建议编号：… over the title stays the 发文机关标志). The kinds'
# are the information table's labels too (patterns.labels).
KIND_NUMBER_KEYS = tuple(kind + word for kind in _NUMBER_KINDS for word in _NUMBER_WORDS)
PROPOSAL_NUMBER_KEYS = (*KIND_NUMBER_KEYS, *KINDLESS_NUMBER_KEYS)
# The number alone in brackets on a line of its own under a title that names the proposal by its
# own title (关于…的建议的答复 / （第0123号）), maybe under its label (（编号：0123号）).
PROPOSAL_NUMBER_NOTE = _lazy(
    rf"^\([ ]{{0,2}}(?:编号[ ]{{0,2}}:?[ ]{{0,2}})?(?:第[ ]{{0,2}})?{_PROP_NUMBER}[ ]{{0,2}}号[ ]{{0,2}}\)$"
)
PROPOSER_LABELS = (
    "提案人",
    "领衔代表",
    "领衔人",
    "建议人",
    "提出人",
    "联名人",
    "联名提案人",  # the joint proposers a note names after the lead (领衔提案人：甲；联名提案人：乙、丙)
    "联名代表",
    "联名委员",
    "提案者",
    "代表提案者",  # a portal's column for a deputy's suggestion or a member's proposal alike
    "领衔委员",
    "领衔提案人",
    "第一提案人",  # a 政协 提案表's lead member, the 附议人 (seconders) after: proposers is the lead, as 领衔代表 is
    "提案单位",  # a collective proposal's: a party's committee, the federation of commerce, a 界别
    "提出单位",
    "代表姓名",  # a suggestion's or a proposal's table names its deputy or member so
    "委员姓名",
)
# The proposal's own title under a label of its table (建议标题：关于…的建议). 案由 is the 提案表's and the 议案表's
# own row for it (the form's 案由 is the title the member gave the proposal), printed above or under the reply's
# title beside the 提案号 and 提案者 rows.
PROPOSAL_TITLE_LABELS = ("建议标题", "提案标题", "议案标题", "建议提案标题", "提案题目", "建议题目", "案由")
# Such a row's value read as the title only where it is shaped as one: no sentence's stop inside it (a 案由 row
# may hold the case itself, 近年来…。建议…。, which names no title; REVIEW31 R7). A half-width ? is no stop there:
# a stored page leaves it for a lost character. Asked of the value as the table wrote it.
PROPOSAL_TITLE_VALUE = _lazy(r"^[^。！？；;\n]{2,100}[。.]?$")
# Schema 1.8: what a mailbox's or a message board's reply answers, by the label of its form's row
# (信件标题：关于…的问题), and the kind of `responds_to` each names: a letter (来信) or a message (留言).
# The letter's title is what the reply answers, as a proposal's title is, not the reply's own title.
LETTER_TITLE_LABELS = {
    "信件标题": "来信",
    "来信标题": "来信",
    "信件主题": "来信",
    "来信主题": "来信",
    "留言标题": "留言",
    "留言主题": "留言",
}
# The other rows of such a form: who wrote and when, what the letter says, who answered and when. Labels of
# the form's table, so a filled row is a metadata pair and an empty form's row left bare (留言人 alone on its
# line) is a label without a value, no content, as a bare 留言标题 and a bare 答复日期 are.
MAILBOX_FORM_LABELS = (
    "来信人",
    "来信时间",
    "来信日期",
    "来信内容",
    "留言人",
    "网友昵称",
    "留言时间",
    "留言日期",
    "留言内容",
    "受理时间",
    "受理日期",
    "回复单位",
    "回复部门",
    "回复机构",
    "回复时间",
    "回复日期",
    "答复单位",
    "答复部门",
)
# Every label of such a form (the letter's title and its other rows, the answer's date as a hotline prints it):
# a row with one of them is evidence the page IS a form (rules/header.py), and under one left empty the form's
# next label is its next row, not its value (fields/metadata.py).
MAILBOX_FORM_KEYS = frozenset((*LETTER_TITLE_LABELS, *MAILBOX_FORM_LABELS, "答复时间", "答复日期"))
# Of those, the rows naming who wrote: the answer greets the writer by that role (来信人：⏎您好！…, 留言人：您好！),
# so the role with its colon opening the answer is the answer's 主送, not an empty row (rules/lines/title.py).
MAILBOX_WRITER_LABELS = frozenset(("来信人", "留言人"))
# The row of such a form (or a hotline's work order) that holds the answer itself, its text after the label
# or under it (回复内容：您好！…, 答复内容 ⏎ …, 回复：…): the page's body begins there, so the rows above it
# are the form's and the answer is no value of the form (rules/header.py). Not a label of the table: alone
# on its line (an empty form's) it is a label whose value is empty, no content (rules/unplaced.py).
REPLY_CONTENT_ROW = _lazy(r"^(?:回复|答复|办复)(?:内容|意见)?[ ]{0,2}(?:[:\t]|$)")
REPLY_CONTENT_FIRST = frozenset("回答办")
# An empty form's next label under such a label (留言标题 ⏎ 网友昵称 ⏎ 留言日期 ⏎ 留言内容, 来信主题 ⏎ 来信人:
# a page's form with its cells left empty, one label a line): the word of a form's field, no letter's title
# (a person's role among them: 来信人, 留言人, 反映人, review17 R9). An organ named by its level and its line of
# work (区城管部门, 市住建单位) is the value of a 回复单位 row, no label: no field's word opens on 省/市/区/县
# (diffread-C C3).
FORM_FIELD_LABEL = _lazy(
    r"^(?![省市区县乡镇]\p{Han}{1,3}(?:单位|部门)$)"
    r"\p{Han}{0,4}(?:昵称|姓名|内容|日期|时间|标题|主题|单位|部门|编号|类别|类型|状态|答复|回复|电话|地址|意见|人)$"
)
# The label may stand in brackets on a line of its own under the title: （提案人：吴某）.
PROPOSER = _lazy(
    rf"^(?P<open>\()?(?:{'|'.join(PROPOSER_LABELS)})[ ]{{0,2}}:[ ]{{0,2}}(?P<v>[^\n]*?)(?(open)[ ]{{0,2}}\)|)$"
)
# The same label inside the note in brackets that follows the proposal's title in the opening, alone
# or after its number (《关于…的提案》（第0398号，提案人：张某、李某）收悉: what stands before it holds no
# label of its own, so the note's first label is the one read): the names run to the bracket
# or to the next label after a ; or a , (（领衔代表：孙某；附议代表：…）, （领衔代表：赵某，附议代表：…）).
_NOTE_LABEL = rf"(?:{'|'.join(PROPOSER_LABELS)})"
_NOTE_NAMES = r"(?P<v>(?:[^()\n:;,]|[;,](?![^()\n;:,]{1,8}:)){2,40}?)"  # a ; or , before the next label ends them
PROPOSER_IN_NOTE = _lazy(
    rf"\((?:[^()\n:]{{0,24}}?[,;][ ]{{0,2}})?{_NOTE_LABEL}[ ]{{0,2}}:[ ]{{0,2}}{_NOTE_NAMES}"
    r"[ ]{0,2}(?:;[^()\n]{0,40}|,(?=[^()\n;:,]{1,8}:)[^()\n]{0,40})?\)"
)
# A later label of the same note naming more proposers (…；联名提案人：乙、丙）): read after the first's names;
# a seconder's label (附议代表) is no proposer's and is not read.
PROPOSER_IN_NOTE_MORE = _lazy(rf"[;,][ ]{{0,2}}{_NOTE_LABEL}[ ]{{0,2}}:[ ]{{0,2}}{_NOTE_NAMES}(?=[ ]{{0,2}}[;,)])")
# A body that proposes as a whole (集体提案): a democratic party's committee (民盟某区委), a 界别,
# the federation of commerce, a CPPCC special committee (市政协社会和法制委员会); not the pronoun a
# reply writes for one (贵界别, 你委). The name is as long as the words after it (提出的, 第N号) let it be,
# but never ends on a member's role: `九三学社社员王某委员` is a member the party's name introduces.
_PARTY = r"(?:中国)?(?:民革|民盟|民建|民进|农工党|致公党|九三学社|台盟)"
_PROPOSING_BODY = (
    rf"(?!贵|你|您|我|各|本|该|相关|有关)(?:{_PARTY}\p{{Han}}{{0,10}}?|\p{{Han}}{{1,10}}?界别|\p{{Han}}{{0,8}}?工商联"
    rf"|\p{{Han}}{{0,8}}?政协\p{{Han}}{{2,12}}?委员会)"
    r"(?<!代表|委员|同志)"
)
# A congress's delegation proposing its 建议 or 议案 as one (东湖区代表团提出的《…》收悉, 江川代表团所提…): a
# proposer where the text says it proposed (the verb after it), as `_PROPOSER_THEN_VERB` reads it. Named
# before the number only (…会议东城代表团第206号建议), it is where the suggestion came from, and round 13 read
# no proposer there: a question left to the contract, so the reference's own words do not take it.
# The delegation's name is a place (东湖区, 江川, 解放军): no person's role (王某某代表在东湖区代表团 is the
# deputy's clause, the deputy proposes), no 在/随/的/和/与 inside, and no count word (部分/多个/其他代表团: a
# group, no name) (diffread-A 3).
_DELEGATION = (
    r"(?!贵|你|您|我|各|本|该|相关|有关)"
    r"(?:(?!代表|委员|部分|多个|其他|[在随的和与])\p{Han}){1,10}?代表团"
)
# A person's name: two to four ideographs, or a name of the minorities' form, its parts set off by
# a middle dot (买买提·艾力).
_NAME = r"(?:\p{Han}{1,8}[·・•]\p{Han}{1,8}?|\p{Han}{2,4}?)"
# What stands where a name would but is a group, a pronoun, the congress itself or a party whose member
# proposed (部分代表, 您, 区人大代表, 农工党委员).
# … nor a class of deputies or members (特邀委员, 基层代表, 闭会期间代表, 经济界委员, 医卫界别委员: diffread-A A7).
_MEMBER_CLASS = r"特邀|基层|闭会期间|列席|驻会|无党派|少数民族|港澳|归侨|\p{Han}{1,4}界别?(?:代表|委员)"
_NOT_A_GROUP = r"有关|部分|全体|多名|多位|其他|各位|你们|您|贵|(?:全国|省|市|区|县|镇|乡)?(?:人大|政协)"
_NOT_A_NAME = rf"(?!{_NOT_A_GROUP}|{_PARTY}|{_MEMBER_CLASS})"
# The count of joint proposers after the lead's name, in digits or ideographs (王某等5位代表, 邱某等五位代表,
# 孙某等十二位委员): no name.
_COUNT = r"等[ ]{0,2}(?:\d{1,3}|[一二三四五六七八九十]{1,3})[ ]{0,2}[名位]"
# How the proposers put it forward together, between their names and the verb (王某领衔提出, 孟某等4位委员
# 联名提出, 民盟某市委、民进某市委联合提出, 共同提出).
_JOINTLY = r"领衔|联名|联合|共同"
# A deputy or member the reference names before the number, after the delegation or meeting that
# sets the name off (…会议清河代表团王某代表第12号建议, …会议李某委员提出的第8号提案, …会议吴某同志
# 第5号提案), or a body (…会议经济界别第3008号集体提案). The group is atomic: come back from 会议期间
# to 会议, it would take 期间 for a name (…会议期间代表提出的…).
NAMED_PROPOSER = _lazy(
    rf"(?>代表团|代表组|会议(?:期间|上)?)(?:(?!有关|部分|全体|多名|多位|其他|各位)(?P<n>{_NAME})(?:{_COUNT})?"
    rf"(?:代表|委员|同志)|(?P<b>{_PROPOSING_BODY}))(?:{_JOINTLY})?(?:提出|所提|提交)?的?[ ]{{0,2}}$"
)
# The same right after the reference's 关于/对, where no meeting is named (关于对王某代表提出的第5号
# 建议, 关于邱某等5位代表所提第6号建议, 关于对民盟某市委提出的第7号提案): not a group or an organ.
# Or the deputy or member named after the role (关于区人大代表黄某所提第78号建议, 关于县政协委员王某提出的…): the
# congress's or committee's role with its level, then the name, which no verb or joint word opens and no verb
# stands inside (区人大代表所提, 区人大代表们所提, 区人大代表团所提: no name; a delegation is no role).
_ROLE_BEFORE_NAME = (
    r"(?:(?:全国|省|市|区|县|镇|乡)人大代表|(?:全国|省|市|区|县)政协委员)"
    r"(?!所提|提出|提交|领衔|联名|联合|共同|团|们|大会)"
)
# Words of an occasion or a group after the role, no name (县人大代表闭会期间提出的, 区人大代表集体提出的,
# 省人大代表视察时所提, 市政协委员联组讨论提出的, 区人大代表在视察中提出的: diffread-A A2)
_ROLE_OCCASION = (
    r"(?:在|\p{Han}{0,3}(?:期间|集体|视察|调研|讨论|审议|座谈|联组|分组|小组|会上|会议|会后|闭会|时(?:所提|提出|提交)))"
)
_ROLE_NAME = r"(?!" + _ROLE_OCCASION + r")(?:(?!所提|提出|提交|领衔|联名|联合|共同)\p{Han}){2,4}?"
# The same after the meeting's words its level and body open (区人大代表黄某所提第78号建议: 区人大 reads as the
# meeting's), where NAMED_PROPOSER finds no delegation or meeting before the name.
NAMED_BY_ROLE = _lazy(
    rf"{_ROLE_BEFORE_NAME}(?P<n>{_ROLE_NAME})(?:{_COUNT}(?:代表|委员)?)?"
    rf"(?:{_JOINTLY})?(?:提出|所提|提交)?的?[ ]{{0,2}}$"
)
NAMED_AT_START = _lazy(
    rf"(?:{_NOT_A_NAME}(?P<n>{_NAME})(?:{_COUNT})?(?:代表|委员|同志)|{_ROLE_BEFORE_NAME}(?P<n>{_ROLE_NAME})(?:{_COUNT}(?:代表|委员)?)?"
    rf"|(?P<b>{_PROPOSING_BODY}))"
    rf"(?:{_JOINTLY})?(?:提出|所提|提交)?的?[ ]{{0,2}}$"
)
# A proposing body, or a deputy or member by name and role, in brackets right after the reference's number or its
# kind word, as a register lists who proposed each item (…第0077号提案（台盟某市支部）的答复, …第56号（农工党某区委会）
# 提案, …第12号建议（王某某代表）): the title names the proposer so. A class or a note in the brackets ((重点提案),
# (A类), (已办结)) names no one.
PROPOSER_IN_BRACKET = _lazy(
    rf"[ ]{{0,2}}\((?:(?P<b>{_PROPOSING_BODY})|{_NOT_A_NAME}(?P<n>{_NAME})(?:{_COUNT})?(?:代表|委员))\)"
)

# The deputies or members an acknowledgement names as the proposers (王某委员提出的《…》收悉,
# 李某、张某等5位代表领衔提出的…收悉, 吴某同志提出的…收悉): names of two to four ideographs, not
# a group (部分代表, 区人大代表) or a pronoun; or a body (民盟某区委提出的《…》收悉). The meeting
# may stand between (…在区政协四届三次会议上提出的); 所提 takes its object with or without 的. Bodies
# may propose together, named one after another (台盟某市委、民进某市委联合提出的《…》收悉).
_PROPOSER_THEN_VERB = (
    rf"(?:{_NOT_A_NAME}(?P<n>{_NAME}(?:、{_NAME}){{0,5}})(?:{_COUNT})?(?:代表|委员|同志)"
    rf"|(?P<b>(?:{_PROPOSING_BODY}|{_DELEGATION})(?:、{_PROPOSING_BODY}){{0,3}}))"
    rf"(?:在\p{{Han}}{{2,30}}?会议(?:期间|上)?|在{_DELEGATION})?(?:{_JOINTLY})?(?:(?:提出|提交)的|所提的?)"
)
# 由 may lead the proposers in (由倪某某等10名代表联名提出的《…》收悉): a preposition, not the name's.
# A co-handling unit acknowledges the proposal as the lead unit handed it on (你局转来王某代表提出的《…》收悉,
# 贵局转交的李某委员《…》收悉): the lead unit passed it on, the named deputy or member proposed it; after the
# handing on the role word may stand right before the quoted title, with no verb of proposing. The 的 after
# the verb is possessive: given back, it would start a name (的部分, 的市政协) round `_NOT_A_NAME` (diffread-B 3).
# The co-handler may name the proposal by the lead unit's role instead (你部主办的王某代表提出的《…》收悉,
# 贵厅牵头办理的李某委员《…》): the lead unit handles it, the named deputy or member proposed it.
_HANDED_ON = r"(?:(?:你|贵)\p{Han}{1,3}?)?(?:转来|转交|转办|交办|送来|主办|牵头办理|牵头)的?+[ ]{0,2}"
ACKNOWLEDGED_PROPOSER = _lazy(
    rf"^(?:由|{_HANDED_ON})?{_PROPOSER_THEN_VERB}[^。\n]{{0,160}}?收悉"
    rf"|^{_HANDED_ON}{_NOT_A_NAME}(?P<n>{_NAME}(?:、{_NAME}){{0,5}})(?:{_COUNT})?(?:代表|委员|同志)"
    r"(?=《)[^。\n]{0,160}?收悉"
)
# The same proposers where the opening brings the proposal in as its subject and goes on without
# 收悉 (关于王某代表提出的《…》，我局作为协办单位，现将意见函告如下; 针对李某委员所提关于…的提案，现答复
# 如下; 对民盟某市委提出的第7号提案，…): at the paragraph's head, after the lead word if any, and with
# the proposal right after the verb (a quoted title, a 关于… title, its number, or the kind word in
# the clause), so a 问题 or 情况 someone raised is no proposal. Not the writer's own place (关于我市
# 人大代表提出的…: a group). `_acknowledged_proposer` asks it only of the opening's paragraphs up to
# the one that turns to the answer.
REFERRED_PROPOSER = _lazy(
    rf"^(?:关于|对于?|针对|就)?对?(?!我|本|该|关于|针对){_PROPOSER_THEN_VERB}[ ]{{0,2}}"
    r"(?:[《“「]|关于|第|[^。;,\n《“「]{0,60}?(?:提案|建议|议案))"
)
# The deputies or members an opening names after the meeting where they proposed, before the quoted
# title (…会议期间，周某等15名代表提出了《…的议案》): a report on a 议案 or an answer tells it so. A
# report may list many joint proposers and close the list with a bare 等, no role after it (…会议上，
# 甲某、乙某、…、癸某等提出的《…》): the 等 then sets the names off as the role word does.
MEETING_THEN_PROPOSER = _lazy(
    rf"^[^。,\n]{{2,40}}?会议(?:期间|上)?[ ]{{0,2}},[ ]{{0,2}}{_NOT_A_NAME}(?P<n>{_NAME}(?:、{_NAME}){{0,19}})"
    rf"(?:(?:{_COUNT})?(?:代表|委员)|等)(?:{_JOINTLY})?(?:提出了?|提出的|所提)[ ]{{0,2}}《"
)
# A form's title naming the register it answers from (南州市政协提案办理答复表, 某县人大代表建议办理单): the
# body and its place's level of the proposal numbered under a label.
REGISTER_IN_TITLE = _lazy(r"(?:政协|人大)(?:代表|委员)?(?:提案|建议|议案)")
# The meeting under a label of its own in a proposal's table (会议届次：县十九届人大三次会议).
MEETING_LABELS = ("会议届次", "届次", "会议名称")
# The same meeting's name alone on a line of a portal's record, its label lost (the row under the
# title reads 县人大十八届二次会议): Han and digits only, ending in 会议; `meeting_of` then asks that
# it name a 政协/人大 and a 届, so a 工作会议 line is never one.
MEETING_ALONE = _lazy(r"^[ ]{0,4}\p{Han}[\p{Han}\d]{3,30}?会议[ ]{0,4}$")
# The count of co-signers a label writes after the lead's name (领衔代表：何某等12名代表): no name.
PROPOSER_COUNT = _lazy(r"等[ ]{0,2}(?:\d{1,3}|[一二三四五六七八九十]{1,3})[ ]{0,2}[名位人](?:代表|委员)?$")
# A note in brackets after a person's name (孙某（市人大代表）, 王某（民盟）): the role or party, no name.
PROPOSER_NOTE = _lazy(r"^(?P<n>\p{Han}{2,4})[ ]{0,2}\([^()\n]{1,16}\)$")
# What a page writes after a proposer's name, set off by a space (张三 代表, 李四 委员): a role, no name.
PROPOSER_ROLE = _lazy(r"^(?:人大|政协)?(?:代表|委员|同志|先生|女士)$")

# A reply that says it answers a 请示, a report or a letter (你局《关于…的请示》（某发〔2024〕18号）收悉,
# 来函收悉): what it answers is no proposal, so none is missing.
ANSWERS_NO_PROPOSAL = _lazy(r"(?:请示|报告|来函|的函|函件)》?[ ]{0,2}(?:\([^()\n]{1,40}\))?[ ]{0,2}(?:已)?收悉")
# Schema 1.12: a reference naming several proposals under one 第 (第12、35、108号提案): the numbers before the
# number the reference's pattern reads (its last), parted by 、 or ，(or 和, 及 before the last), read back
# from where that last number starts; or each under its own 第 and 号 (第0123号、第0145号提案, 第56号和第61号提案:
# the other common spelling of a merged answer, diffread-A A4). A number takes what the reference's own takes
# (a sub-number: 第12-1、35号).
_PART = r"[A-Za-z]{0,3}-?\d{1,16}(?:-[A-Za-z]{1,3}-\d{1,6}|-\d{1,6})?"
NUMBERS_BEFORE = _lazy(
    rf"第[ ]{{0,2}}(?P<others>(?:{_PART}[ ]{{0,2}}(?:号[ ]{{0,2}})?(?:、|,|和|及)[ ]{{0,2}}(?:第[ ]{{0,2}})?){{1,30}})$"
)
NUMBER_PART = _lazy(_PART)
# … or the numbers after the one the reference's pattern reads, each under its own 第 and 号 with its own quoted
# title or kind word after it (第0301号《关于…的提案》和第0318号《关于…的提案》, 第0301号提案和第0318号提案): a merged
# answer naming each proposal whole, read on from where the first reference ends (its number stays `number`).
NUMBERS_AFTER = _lazy(
    rf"(?:[ ]{{0,2}}(?:、|,|和|及|与)[ ]{{0,2}}第[ ]{{0,2}}{_PART}[ ]{{0,2}}号[ ]{{0,2}}"
    r"(?:《[^《》\n]{2,120}?》|(?:提案|建议|议案))?){1,30}"
)
NUMBER_AFTER = _lazy(rf"第[ ]{{0,2}}(?P<no>{_PART})[ ]{{0,2}}号")
# … or the numbers a clerk notes in brackets as answered together with it (round 30: 第0135号提案（并案第0142号）,
# 第0135号（并0142、0160号）提案, （并案办理：第0142号）): proposals merged into this answer, each a number of the
# reference.
# Each number is one atomic item whose spaces go with its 号 only where a 号 follows them, so a gap's spaces have
# one reading and an unclosed note fails in linear time (REVIEW30 R2).
_MERGED_ITEM = rf"(?>(?:第[ ]{{0,2}})?{_PART}(?:[ ]{{0,2}}号)?)"
MERGED_NUMBERS = _lazy(
    rf"[ ]{{0,2}}\([ ]{{0,2}}并(?:案)?(?:办理)?[ ]{{0,2}}:?[ ]{{0,2}}(?P<nos>{_MERGED_ITEM}"
    rf"(?:[ ]{{0,2}}(?:、|,|和|及)[ ]{{0,2}}{_MERGED_ITEM}){{0,30}})[ ]{{0,2}}\)"
)
