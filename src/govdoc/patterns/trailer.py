"""The trailer's words: closing formulas, contact, 版记 (抄送/印发) and attachments."""

from __future__ import annotations

from govdoc.patterns.base import _lazy
from govdoc.patterns.header import FEEDBACK_FORM
from govdoc.patterns.organs import _HEAD_POST
from govdoc.patterns.structure import CIRCLED

# --- closing -----------------------------------------------------------------------------
# A closing may open with a word that only places it (最后，再次感谢… / 在此，感谢…), or turn to
# the proposer by name first (王某代表，以上答复是否满意…).
_CLOSING_LEAD = (
    r"(?:(?:最后|在此|此外|同时|另外|借此机会)[ ,]{0,2}"
    r"|(?:尊敬的)?\p{Han}{1,8}?(?:代表|委员|同志|先生|女士)[ ]{0,2},[ ]{0,2})?"
)
# How a notice asks to be carried out (请结合实际，认真贯彻执行 / 请照此执行 / 请结合各自实际，…): manner words
# only, never its doer.
_MANNER = r"(?:结合\p{Han}{0,4}?实际|认真|切实|严格|遵照|照此|贯彻|参照|抓好|组织|做好)"
# The honoured reader a 函's request may name (请贵局予以支持为盼): 贵 and its unit.
_HONOURED = r"(?:贵\p{Han}{1,3}?)?"
# The readers a reply's hand-over asks to review it may be named (以上答复，敬请各位代表审阅 / 请您审阅 /
# 请贵委审阅): the reader, as a pronoun, 贵 and its unit, or the deputies or members as a whole.
_READERS = r"(?:您|你们?|贵\p{Han}{1,3}?|各位(?:代表|委员))?"
# The date a 函 asks its answer by (请于2023年11月20日前函复 / 请于5月底前回复): a time, no doer.
_BY_DATE = r"(?:于[\d年月日底中上下旬号]{2,14}前)?"
# What a 以上… formula hands over with itself (以上说明连同草案，请予审议 / 以上报告及附件，请审阅).
_COMPANION = r"(?:(?:连同|及其?)[^。!?\n,]{1,10})?"
# The question of rightness a formula handing itself over may ask before its request (以上报告当否，请批示 /
# 以上意见妥否，请审批): a 请示's 妥否 asked of the body named as a whole.
_RIGHT_OR_NOT = r"(?:[ ]{0,2}(?:当否|妥否|是否妥当|可否))?"
# What the formula may hand over first, set off by a comma (以上情况，特此说明 / 以上意见，特此函告): the body
# named as a whole, the formula's own clause.
_HANDOVER = r"以上\p{Han}{1,6}?[ ]{0,2},[ ]{0,2}"
HANDOVER_CLAUSE = _lazy(r"^以上\p{Han}{1,6}$")
CLOSING_STRONG = _lazy(
    rf"^{_CLOSING_LEAD}(?:(?:(?:非常|衷心|再次|诚挚|十分|特别|真诚)(?:地)?)?(?:感谢|谢谢)|多谢|此(?:复|函)[。!]?$|特此|专此|谨此|此致|顺致|顺颂|顺祝|敬颂|即颂|敬礼"
    # a formula handing the body over first (以上情况，特此说明 / 以上意见，特此函告)
    rf"|{_HANDOVER}(?:特此|专此|谨此)"
    # the thanks of a letter's classic four characters (谨致谢忱 / 特致谢意 / 谨表谢忱)
    r"|(?:谨|特)(?:致|表)(?:谢忱|谢意|敬意)"
    # a wish for the reader, named or not (祝您工作顺利 / 祝工作顺利、身体健康 / 祝好)
    r"|祝(?:您|你|贵|工作|身体|万事|阖家|合家|生活|节日|新春|新年)|祝好"
    # a 请示's formula asking for the decision (妥否，请批示 / 以上请示，请予审批)
    r"|(?:妥否|当否|是否妥当)[ ,]{0,2}请|以上请示"
    # the whole sentence that closes a 函 (请予支持为盼, 盼复, 请研究函复) or a 议案 (请审议)
    # (and a 请示's bare request for approval: 请予批准 / 恳请予以批准 / 恳请给予批准)
    # (the honoured reader may be named: 请贵局予以支持为盼 / 请贵单位研究函复; the answer asked soon:
    # 望函复为盼 / 请尽快函复; a 公告's 现予公告; the request as a hope, thanked in advance: 盼予支持为感;
    # the approval asked in the words a 请示 closes with alone: 请予批复 / 请审批 / 请批示 / 请予核准)
    rf"|(?:(?:(?:请|望|恳请|敬请|烦请){_HONOURED}|盼)给?予?以?(?:大力)?(?:支持|协助|配合|帮助|批准|批复|审批|批示|核准)"
    r"(?:为盼|是盼|为荷|为感)?"
    rf"|(?:(?:敬请|烦请|请|望){_HONOURED}予?|盼予?){_BY_DATE}(?:研究后?|及时|尽快|早日)?(?:函复|复函|回复)"
    r"(?:为盼|为荷|为感)?"
    r"|盼复(?:为盼|为感)?|现予(?:公告|通告|公布|公示)|(?:现提请|提请|请)(?:予以?)?(?:审议|审阅))[。!]?$"
    # a notice's (or a downward opinion's) request to carry it out, as a sentence of its own
    # (以上通知，请认真贯彻执行 / 请遵照执行 / 请认真抓好落实)
    # (请结合实际，认真贯彻执行 / 请照此执行: a comma may set the manner off)
    rf"|(?:以上(?:通知|意见)[ ,]{{0,2}})?请(?:{_MANNER}[ ,]?){{0,4}}"
    r"(?:执行|落实|实施)[。!]?$"
    # an opinion's, a report's or a 议案's: sent to the lead unit (以上意见，供你局参考), up
    # (以上意见如无不妥，请批转…执行) or for review (以上报告，请审阅 / 以上议案，请予审议 / a reply to
    # a congress's deputy: 以上答复，请予审阅)
    # (the request in its respectful forms too: 以上答复，敬请审阅 / 恳请审议)
    rf"|以上(?:意见|建议|报告|议案|答复|复函){_COMPANION}{_RIGHT_OR_NOT}[ ,]{{0,2}}"
    r"(?:(?:仅)?供[^。!?\n]{0,12}参考|如无不妥[ ,]{0,2}请"
    rf"|(?:敬|恳|烦)?请{_READERS}(?:予以?)?(?:审阅|审议|审定|审查))"
    # a 报告's or an 意见's formula handing itself over (以上报告，请审议 / 以上意见，供参考)
    # (a co-handling unit's own: 以上协办意见，供参考 / 以上会办意见，请酌处 / 以上答复意见，请审阅; asking the
    # lead unit to weigh it in its answer: 以上意见，请你局在答复时统筹考虑 / 请予吸纳 / 请酌情采纳)
    rf"|以上(?:报告|(?:协办|会办|答复|办理)?意见|汇报|说明){_COMPANION}{_RIGHT_OR_NOT}[ ,]{{0,2}}"
    r"(?:请|供)[^。!?\n]{0,12}?"
    r"(?:审议|审阅|审定|审批|批示|指示|参考|参阅|研究|阅示|酌定|酌处|酌参|酌办|贯彻执行|执行|考虑|采纳|吸纳)"
    # (or with the bare 酌 that ends it: 以上意见，请酌。)
    r"|以上(?:(?:协办|会办|答复|办理)?意见|建议)[ ,]{0,2}请酌[。!]?$)"
)
# Every match of CLOSING_STRONG holds one of these characters: each of its formulas (感谢, 特此, 敬礼,
# 妥否, 请…, 以上…) opens with one, whatever lead stands before it (tests/test_speed13.py reads them off
# the pattern). A line holding none (an organ's name, most of a body) is no strong closing.
CLOSING_STRONG_CHARS = "专以再十即多妥当恳感提敬是望此烦特现盼真祝衷诚请谢谨非顺"
# A 请示's request of substance (恳请县政府从专项资金中安排八千万元 / 恳请将该项目纳入计划) opens as courtesy
# does but asks for a disposal or a sum: the body's own request, not a closing.
_REQUEST_OF_SUBSTANCE = r"[^。!?\n]{0,60}?(?:将|把|从|安排|拨付|纳入|\d)"
# A closing's wish concerns the reader and what it may give (希望您继续关注 / 欢迎提出宝贵意见 / 敬请谅解 /
# 欢迎来电咨询); a wish naming none of these asks others to do the work (希望各街道加强协调配合，确保按期
# 完成任务 / 欢迎市民积极参与分类): the body's own sentence, not a closing.
_WISH_OF_COURTESY = (
    r"(?=[^。!?\n]*?(?:您|你|贵|委员|代表|意见|建议|批评|指正|指导|监督|关心|关注|支持|理解|谅解|联系|沟通|交流|帮助"
    r"|咨询|来电|来信|来访|满意|查收|参考))"
)
_FEEDBACK_ASK = (
    r"如(?:您|你)?(?:还|仍|另)?(?:有|对)[^。!?\n]{0,30}?(?:意见|建议|疑问)[^。!?\n]{0,40}?"
    # (… or asked to be told: 如有意见建议，请告诉我们 / 请及时告知我局)
    r"(?:反馈|联系|沟通|填写|回执|咨询|垂询|告诉|告知)"
)
CLOSING_WEAK = _lazy(
    # (以上意见 and 对以上 open the answer's own report as well: 以上意见已转交各街道落实, 对以上问题，我局已
    # 责令整改; as a closing they hand the answer over or ask the reader's view, a courtesy word follows)
    rf"^{_CLOSING_LEAD}(?:以上答复|以上(?:意见|复函|函复){_WISH_OF_COURTESY}|如有不妥|恳请(?!{_REQUEST_OF_SUBSTANCE})"
    rf"|(?:欢迎|希望|敬请){_WISH_OF_COURTESY}|此复函|本复函|对以上{_WISH_OF_COURTESY}|请批评指正|敬礼"
    # who approved the answer (此答复已经王某局长审签): the domain's approval line
    r"|(?:此|本|以上)(?:答复|复函|函)?[ ,]{0,2}(?:已经|已|经)[^。!?\n]{0,24}?(?:审签|审定|审阅|签发|审核)"
    # the feedback asked for after the thanks (如有意见，请填写意见反馈表 / 请与我们联系), or where to ask
    # (如有疑问，可拨打12345热线咨询 / 欢迎来电垂询)
    rf"|{_FEEDBACK_ASK})"
)
# Of those, the feedback or the question asked for (如有疑问，请与…联系, 如有意见，请填写…反馈表): an answer's courtesy,
# but a notice's or a 公告's own instruction (如有疑问，请与县教育局人事股联系 over 特此通知): asked as a closing only
# of a text that answers something (rules/trailer/body_end, as VIEWS_REQUEST below).
FEEDBACK_ASK = _lazy(rf"^{_CLOSING_LEAD}{_FEEDBACK_ASK}")
# A request to the reader to act (请绕行 / 敬请提前安排出行), as a clause of a sentence; not 请 inside a word
# (申请, 邀请, 提请) nor a request for instructions (请示).
READER_REQUEST = _lazy(r"(?<![申邀聘报呈宴提])请(?![示假柬教])")
# A closing formula run onto the end of the body's last trailer line (…电话：12345678，特此公告。).
CLOSING_RUN_ON = _lazy(
    r"(?<=[,;。 ])[ ]{0,2}"
    r"(?P<closing>(?:特此|专此|谨此)(?:公告|通告|公示|通知|答复|函复|复函|批复|说明|报告|函告|告知)|此复|此函)[。!]?$"
)
_OUR_ANSWER = (
    r"(?:以上|本次|本|此|这次|我们的?|我局的?|我委的?|办理)?(?:答复|复函|回复)"  # the answer named (以上答复, 本复函)
)
# … at a line's end, where a fixed width cut the formula after it (以上答复 ⏎ 如有不妥之处，敬请批评指正。)
ANSWER_NAMED_END = _lazy(rf"{_OUR_ANSWER}[ ]{{0,2}}$")
# A formula sentence (此复 / 此函 / 特此答复 / 专此函复 / a 请示's 妥否，请批示), which closes wherever
# it stands: written on at the end of the body's last line, it starts the closing there.
# (and a reply's request to be corrected, the answer named as a whole or not: 以上答复如有不妥，请批评指正 /
# 如有不妥之处，敬请批评指正: it says nothing of the matter, only of the answer it closes)
CLOSING_FORMULA = _lazy(
    rf"^(?:{_HANDOVER})?(?:此复|此函|(?:特此|专此|谨此)\p{{Han}}{{2,3}}"
    r"|(?:妥否|当否|是否妥当)[ ,]{0,2}请\p{Han}{2,4}"
    rf"|(?:{_OUR_ANSWER}[ ,]{{0,2}})?(?:如有|若有)(?:不妥|不当|不足|疏漏)之?处?[ ,]{{0,2}}"
    r"(?:敬请|恳请|请|望)予?以?批评指正)$"
)
# The sentence that makes a last paragraph a closing wherever it stands in it: thanks for the
# proposer's concern, or a wish for more opinions (…再次感谢您的关心，请继续予以关注和支持。).
# The answer as a closing names it (以上答复, 本复函, 我们的答复): what a request for feedback concerns; asked
# whether it satisfies, its result too (如对办理结果不满意).
_OUR_RESULT = r"(?:以上|本次|本|此|这次|我们的?|我局的?|我委的?|办理)?(?:答复|复函|回复|办理结果|办理情况)"
CLOSING_SENTENCE = _lazy(
    r"(?:感谢|谢谢)[^。!?\n]{0,80}?(?:关心|关注|支持|理解|信任|帮助|厚爱|重视|监督)"
    # thanks expressed to the reader, or for its concern, with 表示 or 致以 (对您…的关心和支持表示衷心感谢 / 在此，
    # 向您表示衷心的感谢 / 再次表示感谢 / 再次向您致以衷心的感谢)
    r"|(?:您|你|贵|各位|关心|关注|支持|理解|帮助|再次)[^。!?\n]{0,60}?(?:表示|致以)(?:衷心|诚挚|真诚|深深|由衷|最诚挚)?的?"
    r"(?:感谢|谢意)"
    # (a hope worded as looking forward: 期待您一如既往地关心和支持…)
    # (关心、关注 and what they join, by 并 or 及 as by 和: 恳请您一如既往关心及支持…, 请继续关注并支持…; a wish for
    # 监督 alone is the weak closing's, tests/test_holdout_7.py: it may end a body paragraph too)
    r"|(?:希望|期待|期盼|盼望|欢迎|恳请|敬请|请)[^。!?\n]{0,80}?(?:宝贵意见|意见和建议|意见建议|好的建议|批评指正|监督指导"
    r"|(?:关心|关注)[、和与并及]{0,2}(?:支持|建议))"
    # thanks as the sentence's last clause, after a word on the proposal (您的提案对我们改进工作很有帮助，谢谢！): the
    # sentence thanks the reader, as 谢谢！ alone does
    r"|,[ ]{0,2}(?:谢谢|多谢|感谢)(?:您|你们?)?[ ]{0,2}[!。]?$"
    # the request for feedback on the answer itself (对以上答复有什么意见，请填写回执… / 如您对我们的答复有意见…)
    rf"|对{_OUR_ANSWER}[^。!?\n]{{0,40}}?意见"
    # the same request where the reader disagrees or is not satisfied (如有不同意见，请与我局联系 / 您如仍有
    # 不同看法，欢迎来函 / 如对答复不满意，请向…反映 / 如对办理结果有异议…): it presupposes the answer given, as no
    # point of the answer does
    rf"|如(?:您|你)?(?:还|仍|另)?(?:有不同(?:意见|看法)|对{_OUR_RESULT}"
    r"[^。!?\n]{0,8}?(?:不满意|有异议|有不同))[^。!?\n]{0,40}?(?:反馈|联系|沟通|来函|来电|来信|提出|反映)"
    # 以上答复，如有不同意见（如有问题），请与我们联系: the same request, the answer named first; and the
    # answer asking to be corrected or excused (以上答复，请予指正 / 如有不周之处，敬请谅解), only so: a
    # body sentence may ask readers to excuse a detour (…请绕行…，敬请谅解)
    r"|^以上(?:答复|复函|回复)[,]{0,2}[^。!?\n]{0,20}?(?:意见|问题|疑问|不明|不清楚|指正|谅解)"
    # …对我们的答复有何意见，请填写在“征询意见表”中: the feedback form the reply comes with, or the request to
    # fill it in and send it back (请您在收到答复后15日内填写《征询意见表》反馈我局)
    rf"|(?:答复|办理)[^。!?\n]{{0,20}}?意见[^。!?\n]{{0,40}}?{FEEDBACK_FORM}"
    rf"|请[^。!?\n]{{0,20}}?(?:填写|填报)[^。!?\n]{{0,6}}?{FEEDBACK_FORM}"
)

# Any word on the answer, as the whole sentence, the reader asked to tell the organ that answers (如有意见，请及时与
# 我们联系 / 如有意见请与我街道联系): a reply's closing, asked only of a reply (rules/trailer/body_end), since a
# 征求意见 公告's, a meeting notice's or a 征求意见函's own request says the same words as its body's last
# sentence (diffread-A A5). A 公示's 公示期间如有意见，请向我局反映 opens otherwise, and a 征求意见 notice's
# request going on with its deadline (…与我局联系，并于5月20日前将书面意见反馈…, review21 R3) ends otherwise.
VIEWS_REQUEST = _lazy(
    r"^如(?:您|你)?(?:还|仍|另)?有意见[ ,]{0,2}请?(?:及时)?与"
    r"(?:我们|我局|我委|我办|我厅|我部|我中心|我单位|我街道|我镇|我乡)联系[ ]{0,2}$"
)

# Thanks the organ reports giving others (…通报表扬，并感谢其对城市管理工作的支持 / 感谢他们的辛勤付出): a
# third person thanked is the answer's account, not the closing's thanks to the reader.
THANKS_TO_OTHERS = _lazy(r"(?:感谢|谢谢)(?:其|他们|她们|他|她|它们)")

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
# Such a word ending the value before a phone label (联系人：宁某　　值班电话：… → 宁某值班电话：…, the layout clean-up
# having taken out the gap between two ideographs): the next label's head, no part of the value.
PHONE_QUALIFIER_END = _lazy(rf"(?:{_PHONE_QUALIFIERS})$")
# A person's name before the number under a phone label (联系电话：张三 12345678), unless it opens
# with such a word or ends with a line's name (市长热线 12345678).
NAME_BEFORE_PHONE = _lazy(
    rf"^(?!{_PHONE_QUALIFIERS})(?P<name>[\p{{Han}}·]{{2,4}})(?<!热线|专线|总机|分机|电话)[ ,、:]{{0,2}}(?=\(?\d)"
)
# A person's name in brackets after the number (联系电话：0571-87001234（张三）), unless a word saying which
# line it is (（办）, （微信同号）); the bracket's close may be cut with the value's end.
NAME_AFTER_PHONE = _lazy(rf"(?<=\d)[ ]{{0,2}}\((?!{_PHONE_QUALIFIERS}|微信)(?P<name>[\p{{Han}}·]{{2,4}})(?:\)|$)")
# A unit and its staff member written as one (通川区交运局冉观偲): the person after the organ's end.
UNIT_THEN_PERSON = _lazy(
    r"^(?P<unit>[\p{Han}]{2,36}?(?:局|委|办|科|室|股|中心|政府|委员会|部|处|所|院|站|队))(?P<name>[\p{Han}·]{2,4})$"
)
# Who reviewed or drafted the reply (审核人：…, 拟稿人：…) or heads the handling unit (单位负责人：…):
# a trailer line, not the contact.
# The roles are one row: the signer's name ends where one of them starts too (DRAFTING_LABELS).
REVIEWER_ROLES = ("审核人", "核稿人", "审稿人", "拟稿人", "校对人", "审签人", "会签人")
# The same roles a form's row names without 人 (签发人：张某  核稿：李某  拟稿：王某).
REVIEWER_BARE_ROLES = ("审核", "核稿", "审稿", "拟稿", "校对")
_REVIEWERS = rf"{'|'.join(REVIEWER_ROLES)}|(?:单位|主要|分管)负责人"
REVIEWER_LINE = _lazy(rf"^(?:{_REVIEWERS}|{'|'.join(REVIEWER_BARE_ROLES)})[ ]{{0,2}}:")
# The same cell after a contact value on its line (经办人：王某  审核人：李某), or the signer's: it ends
# the contact's value.
REVIEWER_CELL = _lazy(rf"(?:{_REVIEWERS}|{'|'.join(REVIEWER_BARE_ROLES)}|签发人)[ ]{{0,2}}:")
# the staff member named as contact, beside 联系人; and 联系人 as OCR reads it with 入 for 人 (联系入：…); the same
# staff member in a register's other words (具体承办人, 承办人员, 经办人员, and the 联络员 each unit names for its
# proposals), and 办理人/办理人员 (round 30: who handled the answer, 办理人：某, beside or in place of 联系人), only
# with its colon (_NOT_A_LABEL).
CONTACT_PERSON_LABELS = (
    "具体承办人",
    "承办人员",
    "经办人员",
    "经办人",
    "承办人",
    "办理人员",
    "办理人",
    "联络人",
    "联络员",
    "联系入",
)
# 办理人 is a label only with its colon (or a tab, or the ; OCR reads for it) right after it or after 办理人员:
# the same characters open sentences with the verb 办理 and its object (办理人大代表建议…, 办理人民代表建议：…,
# REVIEW30 R1).
_NOT_A_LABEL = r"(?!办理人(?!员?[ ]{0,2}[:;\t]))"
# The office that handled the reply, labelled like 承办单位 in other words (办理处室：综合科).
HANDLING_UNIT_LABELS = (
    "办理处室",
    "承办处室",
    "承办科室",
    "办理科室",
    "承办股室",  # a county bureau's sections are 股
    "办理股室",
    "经办科室",
    "承办部门",
    "经办单位",
    "经办部门",
    "联系部门",
    "联系科室",
    "联系处室",
    # the office answerable for the handling (责任科室：政务服务科), as a register names it
    "责任科室",
    "责任处室",
    "责任股室",
)
# Where to write or go: the kinds of address a contact names (通讯地址, 通信地址, 办公地址, 邮寄地址 …).
ADDRESS_LABELS = ("通讯地址", "通信地址", "联系地址", "单位地址", "办公地址", "邮寄地址", "详细地址")
# The labels of an e-mail address, longest first: a mailbox's own 地址 (邮箱地址, 电子邮件地址) names the e-mail, not
# where to write (the address labels end in 地址 too, and a reader asking `"地址" in label` took it for one).
EMAIL_LABELS = (
    "电子邮箱地址",
    "电子邮件地址",
    "电子信箱地址",
    "邮箱地址",
    "邮件地址",
    "电子邮箱",
    "电子邮件",
    "电子信箱",
    "联系邮箱",  # the contact's mailbox, named as 联系电话 names its phone
    "邮箱",
)
# The labels of a phone number, the one row every reader of a phone label is built from (the
# contact's labels, a contact line's start, and which label's value holds phones): a label one
# reader learnt by hand and another missed lost the number. A label that begins another (手机 of
# 手机号码) comes after it, so an alternation takes the whole label.
PHONE_LABELS = (
    "联系电话",
    "办公电话",
    "办公室电话",
    "咨询电话",
    "固定电话",
    "移动电话",
    "座机",
    "联系方式",
    "电话号码",
    "电话",
    "手机号码",
    "手机号",
    "手机",
)
# The bare phone words of PHONE_LABELS a qualifier heads (值班电话, 办公手机): a value ends before a qualifier
# only where the label after it is one of them; a label with a head of its own (联系电话, 咨询电话) takes none, and
# a value ending on such a word keeps it (区便民服务热线 ⏎ 联系电话：…, diffread27 N7)
QUALIFIED_PHONE_LABELS = frozenset({"电话", "电话号码", "手机", "手机号", "手机号码", "座机"})
# Other ways to reach someone (QQ：…, 微信：…): their numbers are no phones, and they end the value before them.
OTHER_CONTACT_LABELS = ("(?i:qq)", "微信号", "微信")
# The same in English, as some pages print them (Tel：…, Phone：…); matched whatever their case.
LATIN_PHONE_LABELS = ("tel", "phone", "mobile")
# The labels of a fax number (`contact.faxes`, schema 1.7), the one row every reader of a fax label is
# built from: a number under them is a fax, never a phone. A letter-spaced 传 真 is 传真 once the reader
# has taken the space between its two ideographs out. Longest first, so an alternation takes the whole
# label (传真号码, not 传真 and a value 号码…); 传真电话 is a fax's number, not a phone's.
FAX_LABELS = ("传真号码", "传真电话", "传真号", "传真")
LATIN_FAX_LABELS = ("fax",)  # Fax：…, FAX：…, matched whatever their case
# One number labelled both a phone and a fax (电话/传真：…, 电话（传真）：…, Tel/Fax：…): a phone and a fax.
_FAX = rf"(?:{'|'.join(FAX_LABELS)})"
PHONE_AND_FAX_LABEL = (
    rf"(?:联系)?(?:电话|{_FAX})(?:\(|/|、|及|和)(?:电话|{_FAX})\)?"
    rf"|(?i:(?:{'|'.join(LATIN_PHONE_LABELS)})[ ]?/[ ]?(?:{'|'.join(LATIN_FAX_LABELS)}))"
)
# The verbs a sentence asks one to call with (请致电0571-…, 可拨打…): the number after them is a phone, as
# after a label.
CALL_WORDS = ("致电", "拨打")
# A person's label and a phone label joined into one (经办人及联系电话：张三，12345678; 联系人姓名及电话),
# maybe after the unit's label (联系单位、联系人及电话：某处，张三，12345678 / 承办单位及联系人：某科，王某): the
# value's parts follow the labels' order.
_JOIN = r"(?:及|和|与|/|、)"
_PERSON_JOINED = rf"(?:联系人|{'|'.join(CONTACT_PERSON_LABELS)})(?:姓名)?"
_CONTACT_JOINED = (
    rf"(?:(?:联系|承办)单位(?:名称)?{_JOIN}{_PERSON_JOINED}(?:{_JOIN}(?:联系)?(?:电话|方式))?"
    rf"|{_PERSON_JOINED}{_JOIN}(?:联系)?(?:电话|方式))"
)
_CONTACT_LABELS = (
    _CONTACT_JOINED,
    *CONTACT_PERSON_LABELS,
    "联系人及电话",
    "联系人姓名",
    r"联系人\(姓名\)",
    "联系人",
    "联系单位及电话",
    # one number for both (电话（传真）, 电话/传真): a phone and a fax
    PHONE_AND_FAX_LABEL,
    *FAX_LABELS,
    *PHONE_LABELS,
    rf"(?i:{'|'.join((*LATIN_FAX_LABELS, *LATIN_PHONE_LABELS))})",
    rf"[请可或]?(?:{'|'.join(CALL_WORDS)})(?:电话)?",
    "承办单位通讯地址",
    "承办单位地址",
    *ADDRESS_LABELS,
    "地址",
    "邮政编码",
    "邮编",
    *EMAIL_LABELS,
    "(?i:e-?mail)",
    *OTHER_CONTACT_LABELS,
    "承办单位",
    "联系单位",
    *HANDLING_UNIT_LABELS,
)
# A label starts after a separator, or anywhere when its colon follows (a gap between two
# fields may have been a layout space, removed between CJK characters).
# A label of digits (a phone's, a postcode's) glued to its number without a colon (张三邮编310000: the gap
# before it was a layout space, removed between CJK characters).
_DIGIT_LABELS = (*PHONE_LABELS, "邮政编码", "邮编")
# A short note in brackets between a label and its colon (手机（微信）：…, 电话（办）：…): the label's, which the value
# follows after the colon.
_LABEL_NOTE = r"(?:\([^()\n:,;]{1,6}\)(?=[ ]{0,2}:))?"
CONTACT_LABEL = _lazy(
    rf"(?:^|(?<=[(【〔,;。 \t])|(?=(?:{'|'.join(_CONTACT_LABELS)}){_LABEL_NOTE}[ ]{{0,2}}:)"
    rf"|(?=(?:{'|'.join(_DIGIT_LABELS)})[ ]{{0,2}}\(?\d))"
    # a mark in brackets after a number ((传真), (手机)) is no label: nothing follows it
    # (OCR may read the colon as a semicolon right after the label: 联系人;蒋某)
    rf"{_NOT_A_LABEL}(?P<label>{'|'.join(_CONTACT_LABELS)})(?![ ]{{0,2}}\)){_LABEL_NOTE}[ ]{{0,2}}[:;\t]?[ \t]{{0,2}}"
)
# A contact label with its colon after another field's value on the same line (签发人：张三  联系人：李四,
# 抄报：县政府办  联系单位：县教育局): the wide gap between the two cells was a layout space, removed
# between CJK characters, so the label is where the first field's value ends.
NEXT_CONTACT_CELL = _lazy(rf"(?:{'|'.join(_CONTACT_LABELS)})[ ]{{0,2}}:")
# A contact after the 附注's note in the same brackets ((此件依申请公开。联系人：王某，电话：…)), after its
# label (附注：联系人：…) or after a point's number in it (2.联系人：…).
NOTE_CONTACT = _lazy(
    r"(?:[。;,]|^\(?(?:附注|备注|注)[ ]{0,2}:|^(?:\d{1,2}[.、]|\(\d{1,2}\)))[ ]{0,2}"
    rf"(?P<label>(?:{'|'.join(_CONTACT_LABELS)})[ ]{{0,2}}:)"
)
# A contact in brackets at the end of a line (特此答复。（联系人：王某，电话：…）): the 附注 run on after the
# closing; it leaves the closing a closing and gives the contact.
CONTACT_BRACKET = _lazy(rf"\((?P<label>(?:{'|'.join(_CONTACT_LABELS)})[ ]{{0,2}}:)[^()\n]{{1,80}}\)$")
# A site footer's first label (主办单位：某办  地址：…  邮编：…): its cells are the site's, not a contact,
# unless a cell names a person to ask (主办单位：某局  联系人：…, a reply form's row): a footer names none.
SITE_FOOTER_LABEL = _lazy(r"^(?:主办|协办|技术支持|版权|网站)")
PERSON_CELL = _lazy(rf"(?:联系人|{'|'.join(CONTACT_PERSON_LABELS)})[ ]{{0,2}}:")
# 签发人 and the labels replies use for the same leader (领导署名, 签发领导, 领导签字, (单位)负责人签字: who signs the
# reply off).
# The name ends where a contact cell on the same line begins (签发人：张三联系人：李四).
# The other roles an upward document's 版头 or a reply's form names beside the 签发人 (签发人：张某
# 核稿人：李某), their one space gone with the layout's: the signer's name ends where one starts.
# A joint upward document names each organ's signer, parted by 、 (签发人：张某、李某).
DRAFTING_LABELS = (*REVIEWER_ROLES, *REVIEWER_BARE_ROLES, "签发日期")
# The leader's post may stand before the name (签发人：局长　罗某, its gap gone with the layout's): no part of it.
# A cell of the signer's row after the name (拟稿人：…, 联系电话：…), its label and colon: the name ends where
# one begins.
_SIGNER_ROW_CELL = rf"(?:{'|'.join((*_CONTACT_LABELS, *DRAFTING_LABELS))})[ ]{{0,2}}:"
# Schema 1.10: joint signers' names parted by one space, as 、 would part them (签发人：秦某某　尤某某, one 签发人
# for each organ of a joint document), each of two to four characters, the last ending the line: the layout
# clean-up keeps such a space (SIGNERS_SPACED), which it takes out elsewhere between two ideographs.
_SPACED_NAMES = r"[\p{Han}·]{2,4}(?:[ ][\p{Han}·]{2,4}){1,3}(?=[ ]*$)"
# A form's row may say in brackets how the name is given (签发人（签字）：某, 签发人(签名)：某): the label's note.
SIGNER = _lazy(
    r"(?:签发人|领导签发|签发领导|领导署名|领导签字|(?:单位|主要)?负责人(?:签字|签发|签名)|签发)"
    r"(?:\((?:签字|签名|签章|手签)\))?"
    r"[ ]{0,2}[:\t][ ]{0,2}"  # (a tab for the colon in a form's row)
    rf"(?:{_HEAD_POST}[ ]{{0,2}}(?=[\p{{Han}}·]{{2}}))?"
    rf"(?P<name>[\p{{Han}}·][\p{{Han}}·、]{{1,25}}?(?={_SIGNER_ROW_CELL})"
    rf"|{_SPACED_NAMES}"
    r"|[\p{Han}·]{2,8}(?:、[\p{Han}·]{2,8}){0,3})"
)
# The 签发人 label with a space where its colon belongs (`签发人　钟某某`, a copy that lost the colon): the
# layout clean-up took the space out between two ideographs (`Block.spaces`), so the name follows the label
# glued; read only where that removed space stands between them (rules.lines.head.spaced_signer) and the name,
# of two to four characters, ends its cell. Prose ending on 签发人制度 has no space there. The leader's post
# may stand between them (`签发人　县长　王某`), no part of the name, as after a colon (SIGNER).
SPACED_SIGNER_WORD = "签发"  # every label below holds it (rules.lines.head.spaced_signer asks no other line)
_SPACED_SIGNER_LABELS = ("签发人", "签发领导", "领导签发")
SIGNER_SPACE_FOR_COLON = _lazy(
    rf"[ ]{{0,4}}(?:{'|'.join(_SPACED_SIGNER_LABELS)})(?P<post>{_HEAD_POST}(?=[\p{{Han}}·]{{2}}))?"
    rf"(?P<name>[\p{{Han}}·]{{2,4}})[ ]{{0,4}}$"
)
# Where the layout clean-up keeps a space between two ideographs (schema 1.10): between joint signers'
# names (`_SPACED_NAMES`) after the 签发人 label, to the line's end. A one-character piece is letter-spacing
# (签发人：付　某, taken out), a post before the names no name (签发人：局长　罗某), a line going on after the
# names (签发人：张某 核稿人：李某) no such row.
SIGNERS_SPACED = _lazy(
    r"(?:签发人|签发领导|领导签发)[ ]{0,2}:[ ]{0,2}"
    rf"(?>(?:{_HEAD_POST}[ ]{{0,2}}(?=[\p{{Han}}·]{{2}}))?)"
    rf"(?P<names>{_SPACED_NAMES})"
)
# Such a cell: a bracketed note that opens with the 签发人 and goes on so is the signing row set as a 附注
# (（签发人：张某　拟稿人：李某　电话：…）).
SIGNER_ROW_CELL = _lazy(_SIGNER_ROW_CELL)
# The same label as a later cell of a line, after a gap or another cell's value (经办人：王某  签发人：张某).
SIGNER_CELL = _lazy(rf"(?<=[ \p{{Han}}])(?:{SIGNER.pattern})")
_CONTACT_LINE_STARTS = (
    *CONTACT_PERSON_LABELS,
    "联系人",
    "联系单位",
    PHONE_AND_FAX_LABEL,
    *PHONE_LABELS,
    *FAX_LABELS,
    "承办单位",
    *HANDLING_UNIT_LABELS,
    *ADDRESS_LABELS,
    "地址",
    "邮政编码",
    "邮编",
    *EMAIL_LABELS,
    "(?i:e-?mail)",
    rf"(?i:{'|'.join((*LATIN_FAX_LABELS, *LATIN_PHONE_LABELS))})",
)
# A label ends at its colon, or at a table cell's edge (a tab) where a form lays contacts out in a table.
# (conv23) … a person's label may name what the person is to be called about first (报名联系人：张某, 咨询联系人,
# 业务联系人): the label is still 联系人's
_CONTACT_PURPOSE = r"(?:报名|咨询|业务|技术|会务|培训|活动)"  # (a bare 联系人 is _CONTACT_LINE_STARTS')
# A contact line may open on the bracket of the 附注 it is ((联系人：…), or the square ones a web copy sets
# round a note, 【联系人：…】, as patterns.NOTE_LINE reads a note).
_NOTE_OPEN = r"[(【〔]?"
_CONTACT_LABEL = (
    rf"{_NOTE_OPEN}[ ]{{0,2}}{_NOT_A_LABEL}(?:{_CONTACT_JOINED}|{_CONTACT_PURPOSE}(?:联系人|联络人)(?:姓名)?(?=[:;\t])"
    rf"|(?:{'|'.join(_CONTACT_LINE_STARTS)})[\p{{Han}}()/、]{{0,6}})[ ]{{0,2}}"
)
# A colon OCR read as a semicolon (联系人;蒋某, 电话;0571-…) ends the label only right after the label's own
# words: a clause opening with a label's word (手机应用；…, 电话回访；…, 地址变更；…) is a sentence's, not a
# contact line (struct29).
_CONTACT_LABEL_WORD = (
    rf"{_NOTE_OPEN}[ ]{{0,2}}{_NOT_A_LABEL}(?:{_CONTACT_JOINED}|(?:{'|'.join(_CONTACT_LINE_STARTS)}))[ ]{{0,2}}"
)
CONTACT_LINE = _lazy(rf"^(?:{_CONTACT_LABEL}[:\t]|{_CONTACT_LABEL_WORD};)")
# A contact label set in square brackets instead of ended by a colon, as a WPS or Word template's
# field shows it when saved as text (`【联系人】黄某　【联系电话】0571-…`): the bracket closes the label.
BRACKETED_CONTACT_LABEL = _lazy(
    rf"【[ ]{{0,2}}(?:{_CONTACT_JOINED}|(?:{'|'.join(_CONTACT_LINE_STARTS)}))[ ]{{0,2}}(?=】)"
)
# The same label opening a sentence written on after the closing's thanks (…关心和支持！联系人：王某，电话：…).
CONTACT_AFTER_STOP = _lazy(rf"(?<=[。!?])[ ]{{0,2}}(?={_CONTACT_LABEL}[:\t])")
# A contact label that is a cell of its own, its value after a wide layout gap instead of a colon (a
# ruled table on a fixed-layout page, 联系人    王某): matched whole, up to the gap.
CONTACT_LABEL_CELL = _lazy(_CONTACT_LABEL)
# A contact written as a sentence: who to ask and the number (…请与我局综合科联系，联系电话：…). It is
# the contact's wherever it stands: a line of its own (如有疑问，请与…联系，电话…) is a contact line, and
# the closing that ends with one (以上答复，如有问题请与…联系，电话…) gives the contact its number.
CONTACT_IN_SENTENCE = _lazy(
    rf"(?:联系|咨询|联络|致电)[^。!?\n]{{0,30}}?(?:电话|手机)|(?:{'|'.join(CALL_WORDS)})[^。!?\n]{{0,20}}?(?=\(?\d{{3}})"
)
# Whom such a sentence names to ask (请与我局规划科雷某联系, 请与张某同志联系): an office and its staff member,
# or a person; not the writer or the reader (请与我们联系, 与贵单位联系).
CONTACT_WHOM = _lazy(r"与(?!我们|我们的|本|贵|你|您|有关|相关|该)(?P<who>[\p{Han}·]{2,24}?)(?:同志)?(?:联系|联络)")
CONTACT_SENTENCE = _lazy(rf"^(?:如有|如需|如对|若有|如您|若需)[^。!?\n]{{0,40}}?(?:{CONTACT_IN_SENTENCE.pattern})")
# A short value whose label a page lost, the colon left at the line's start (`: 孟某`).
LOST_LABEL_VALUE = _lazy(r"^[ ]{0,2}:[ ]{0,2}[^:\n]{1,20}$")
# An information table's 索引号 standing as a bare value (its label lost): 00528361X/2024-00036.
INDEX_NUMBER_VALUE = _lazy(r"^[0-9A-Za-z-]{6,24}/(?:19|20)\d{2}-?\d{0,4}-\d{3,8}$")
# A contact label alone on the page's last lines, its value lost with the page's end (`联系人`).
BARE_CONTACT_LABEL = _lazy(rf"^(?:{_CONTACT_JOINED}|{'|'.join(_CONTACT_LINE_STARTS)})[ ]{{0,2}}:?[ ]{{0,2}}$")
# An area code before a landline, optional: 0571 or (0571), then a space or a (doubled) dash.
_AREA_CODE = r"(?:(?:\(0\d{2,3}\)|0\d{2,3})[ ]?(?:-{0,2}|一)[ ]?)?"
# The area code's dash may be doubled (0531——85088108: a Chinese dash typed as two), or read by OCR as
# the numeral 一 its stroke looks like (0731一84567890, noise20: between an area code and a number's
# seven or eight digits it is nothing else).
# An area code's bracket is the number's only when it closes right after the code ((0571)87001234); a
# bracket around the whole number (王某（0571-87001234）) is the sentence's.
# A mobile may be written in its groups of 3, 4 and 4 digits (139 1234 5678, 139-1234-5678).
# A phone the width or a page end cut (联系电话：0734-8821 ⏎ 5566, …：0371- ⏎ -3- ⏎ 67181234): a contact line
# ending on a phone's first digits, short of a whole one, and a line of nothing but its other digits; the cut may
# fall inside the area code or before its dash (…电话：057 ⏎ 1-88881234, …电话：0571 ⏎ -88881234; struct29).
PHONE_CUT_HEAD = _lazy(r"(?<![\d-])(?:0\d{0,3}[ ]?-{0,2}\d{0,6}|1[3-9]\d{0,8})$")
PHONE_CUT_REST = _lazy(r"^(?:\d{0,3}[ ]?-{1,2}[ ]?)?\d{2,8}$")
# The country calling code before an area code written without its 0, as a contact is written for callers abroad
# (+86 731 8456 3317, 0086-745-2281736): the rest is no number alone (its area code lacks the 0), so the number is
# read whole, the code kept, as the contract keeps an area code; the area code never opens on 1[3-9] with a mobile's
# figures after it, since a mobile after the code is `_COUNTRY_CODE`'s.
# The country calling code before a mobile or a local number (+86 13900001111, 0086-139-0731-5566, +852 2827 1234,
# +853 2833 1234) is part of the number as written (the contract: phones as written, area code kept). Up to session 31
# it was left off (round 4's reading); from schema 1.13 it is kept, as it is before an area code.
_COUNTRY_CODE = r"(?:(?:\+[ ]?|00)(?:86|852|853|886)[ ]?-?[ ]?)?"
_COUNTRY_THEN_AREA = (
    r"(?:\+[ ]?|00)86[ ]?-?[ ]?(?!1[3-9]\d(?:[ -]?\d{4}){2}(?!\d))[1-9]\d{1,2}[ ]?-?[ ]?(?:\d{7,8}|\d{3,4}[ ]\d{4})"
)
_EXTENSION = r"(?:转|分机|转分机)[ ]?\d{1,5}"  # an extension's word and figures (转8012, 分机302)
_PHONE_SHAPES = (
    rf"(?<![\d+-]){_COUNTRY_THEN_AREA}(?![\d])"
    # (an extension after a dash, after 转 or 分机, or in brackets: 0898-27218866（分机8012）)
    rf"|(?<![\d-]){_COUNTRY_CODE}{_AREA_CODE}\d{{7,8}}(?:-\d{{1,5}}|[ ]?{_EXTENSION}|[ ]?\({_EXTENSION}\))?(?![\d])"
    rf"|(?<![\d+]){_COUNTRY_CODE}1[3-9]\d{{9}}(?!\d)"
    rf"|(?<![\d+-]){_COUNTRY_CODE}1[3-9]\d(?:[ ]\d{{4}}[ ]\d{{4}}|-\d{{4}}-\d{{4}})(?![\d-])"
    # a nationwide service number (400-800-1234, 8008001234)
    r"|(?<![\d-])[48]00-?\d{3}-?\d{4}(?![\d-])"
    # A public service hotline of five figures, maybe after the city's area code (0591-12345): a phone a contact
    # names as any other where it is the value, not where it names the service in a sentence (可拨打12345热线
    # 咨询: a closing's word on where to ask, round 11). Five figures are a phone by their shape alone only in
    # the hotlines' own series, 123xx (12345 政务, 12315 消费, 12333 人社, 12366 纳税); any other five figures
    # (工号12288, a full-width ＆＃12288； left by a page's conversion) only under a phone label
    # (PHONE_UNDER_LABEL). Never after 号 or # (工号、编号、学号 12345; &#12345;): a number of another kind.
    r"|(?<![\d#号-])(?<![#号][ ])(?:0\d{2,3}-?)?12{hotline}(?![\d\-\p{Han}])"
    # a local number printed in two groups (0571-8700 1234, 0571 8700 1234, (021) 870 1234); never opening on a
    # country code's figures alone (+852 2827 1234 is read whole, its code with it: `_COUNTRY_CODE`)
    rf"|(?<![\d+-]){_COUNTRY_CODE}{_AREA_CODE}\d{{3,4}}[ ]\d{{4}}(?![\d-])"
    # OCR of a letter-spaced print: a space between every digit, around the dash too (1 3 9 1 2 3 4 5 6 7 8,
    # 0 5 7 1 - 8 7 6 5 4 3 2 1)
    r"|(?<![\d-])1[ ][3-9](?:[ ]\d){9}(?![ ]?\d)"
    r"|(?<![\d-])0(?:[ ]\d){2,3}(?:[ ]-)?[ ]\d(?:[ ]\d){6,7}(?![ ]?\d)"
)
PHONE = _lazy(_PHONE_SHAPES.replace("{hotline}", r"3\d{2}"))
# A phone label's value: any five figures opening on 12 are a hotline there (电话：12110, 咨询电话：12121).
PHONE_UNDER_LABEL = _lazy(_PHONE_SHAPES.replace("{hotline}", r"\d{3}"))
# A number marked as a fax after it, under a phone label (电话：0571-87001234，0571-87001235（传真）): a fax.
FAX_AFTER = _lazy(rf"[ ]{{0,2}}\({_FAX}\)?")  # the closing bracket may be cut with the value's end
# A number marked as the fax too (0599-6217765（兼传真）, …（同传真）): one line for both, a phone and a fax, as
# a label naming both reads it (PHONE_AND_FAX_LABEL).
FAX_TOO_AFTER = _lazy(rf"[ ]{{0,2}}\((?:兼|同)(?:作|为)?{_FAX}\)?")
POSTCODE = _lazy(r"(?<!\d)\d{6}(?!\d)")
# A postcode in brackets after the address, without its label (某市解放路100号（310000）); the bracket's close
# may be cut with the value's end.
POSTCODE_AFTER_ADDRESS = _lazy(r"[ ]{0,2}\((?P<code>\d{6})\)?$")
# The at sign may be written out against address harvesters, in brackets (rxtb【at】…, rxtb[at]…, rxtb(AT)…),
# which is the address as the document gives it; or replaced by # (rxtb#163.com, 请将#改为@), right before the
# domain's first label (diffread-A A6). Asked only of an e-mail label's value (fields.contact).
_AT_SIGN = r"(?:[@＠]|#(?=[A-Za-z0-9-]{1,63}\.)|[ ]?[\[【(][ ]?(?:at|AT)[ ]?[\]】)][ ]?)"
EMAIL = _lazy(rf"[A-Za-z0-9._%+-]{{1,64}}{_AT_SIGN}[A-Za-z0-9.-]{{1,100}}\.[A-Za-z]{{2,10}}")
# The 版记's distribution labels: 抄送 and 抄报, and 分送 (or 分发), the distribution line of a 纪要's 版记 where other
# documents write 抄送; any of them may end with 单位 or 机关 (抄送单位：…). One row for every pattern below
# and for the 版记 label that ends a 主题词's terms (`labels.SUBJECT_TERMS_END`).
CC_WORDS = ("抄送", "抄报", "分送", "分发")
CC_LABEL_TAIL = "(?:单位|机关)?"
_CC_LABEL = rf"(?:{'|'.join(CC_WORDS)}){CC_LABEL_TAIL}"
_CC_VALUE = r"[ ]{0,2}[:\t][ \t]{0,2}(?P<v>[^\n]*)$"  # the label's colon (or a form's tab) and the organs
CC_LINE = _lazy(rf"^{_CC_LABEL}{_CC_VALUE}")
CC_LINE_FIRST = frozenset(word[0] for word in CC_WORDS)  # the first characters of a CC_LINE, asked before matching it
# A 简报's 报尾 names its readers with one character each (报：上级 ⏎ 送：同级 ⏎ 发：下级), over its 印发 line:
# its 抄送 lines (schema 1.10), read at a line's start only, with the colon, and only where the trailer is asked.
# Some write the two words in full (报送：上级 ⏎ 发送：下级), as the same lines.
BRIEF_CC_FIRST = frozenset("报送发")
BRIEF_CC_LINE = _lazy(r"^(?:报送|发送|[报送发])[ ]{0,2}:[ ]{0,2}(?P<v>\p{Han}[^\n]*)$")
# The same label and value as a later cell of a line (after a 主题词's terms), matched where it begins.
CC_CELL = _lazy(_CC_LABEL + _CC_VALUE)
# The same label with a space where the colon goes (抄送　某局，某局。): the space between two ideographs is
# gone from the text, so the line is read so only where the block says one stood right after the label.
CC_LINE_SPACED = _lazy(rf"^{_CC_LABEL}(?P<v>\p{{Han}}[^\n]*)$")
# The same line as read, before the space is taken out (its organs parted by spaces keep them).
CC_LABEL_SPACE = _lazy(rf"^{_CC_LABEL}[ ]{{1,4}}(?=\p{{Han}})")
# The title of a form a reply appends after its 落款 with no 附件 label over it (区政协提案办理情况征询意见表,
# 代表建议办理结果反馈表, 答复满意度测评表, 意见回执): the rows under it are the form's (a proposer's phone there
# is no contact of the reply's). A line opening with a list number in brackets ((二)…评价汇总表) is an item
# of the 附件 list over it, not a form's title.
APPENDED_FORM_TITLE = _lazy(
    r"^(?!\((?:\d{1,2}|[一二三四五六七八九十]{1,3})\))[\p{Han}()《》“”0-9]{0,40}?(?:征询|反馈|测评|评价|满意|意见|办理情况|办理结果)\p{Han}{0,6}?(?:表|回执|回执单)$"
)
# A form's row left blank to be filled in (代表签名：, 填表日期：　年　月　日, 委员意见：): a form's title over it
# is no document printed after the 落款, though the title end in a type's word (代表对建议办理情况的意见). The
# label says what the form asks for (a signature, a date, an opinion): a 主送 has the same shape (各乡镇中心
# 学校：, the printed notice's own) and names whom it is sent to, never one of these.
FORM_BLANK_ROW = _lazy(
    r"^\p{Han}{0,8}(?:签名|签字|签章|盖章|日期|时间|意见|评价)[ ]{0,2}:[ ]{0,4}(?:年[ ]{0,4}月[ ]{0,4}日)?$"
)
# Of those rows, the ones that stay blank whatever stands under them: a signature or a seal asked for, or
# a date's 年　月　日 left to fill in. A 时间/日期/意见 label alone is as often a printed 方案's own label over
# its value (演练时间： ⏎ 2024年6月15日上午9时。): blank only where no value stands under it (diffread-A 4).
FORM_SIGN_ROW = _lazy(r"^\p{Han}{0,8}(?:(?:签名|签字|签章|盖章)[ ]{0,2}:|.*年[ ]{1,4}月[ ]{1,4}日$)")
# A label alone on its line (承办单位：, 代表意见：): the row under a blank row, where the form asks the next thing.
FORM_LABEL_ALONE = _lazy(r"^\p{Han}{2,10}[ ]{0,2}:$")
# a list's number written as one glyph: circled (①–⑳, and ㉑–㊿ past twenty, as the section markers
# take them), bracketed (⑴–⒇) or with a stop (⒈–⒛)
_NUMBER_GLYPH = f"{CIRCLED}⑴-⒇⒈-⒛"
ATTACHMENT_LINE = _lazy(
    # 附件：1.名称, 附件1：名称, or 附件1.名称 where the list's first number stands for the colon; 附：1.名称,
    # the short label, only with its colon
    # (附件一：名称 / 附件二, numbered in Chinese, as well; 附件：一、名称 or （一）名称, a list numbered so)
    r"^附(?:[ ]{0,2}件[ ]{0,2}(?P<label_n>\d{1,2}|[一二三四五六七八九十]{1,3})?[ ]{0,2}"
    # 附件1、2中… and 附件一、二所列… name two attachments in a sentence: no list's stop
    r"(?P<colon>:|(?<=\d)[.、](?!\d)|(?<=[一二三四五六七八九十])[.、](?![一二三四五六七八九十]))?"
    r"|[ ]{0,2}(?P<colon>:))[ ]{0,2}"
    # (1）名称, the number closed by its bracket alone, as 1. is; ①名称 or ⑴名称, a number's glyph)
    rf"(?:(?:(?P<n>\d{{1,2}})(?:[.、]|:(?!\d))|\(?(?P<n>\d{{1,2}})\)|(?P<n>[{_NUMBER_GLYPH}])[.、]?|(?P<cn_n>一)[、.]|\((?P<cn_n>一)\))"
    r"[ ]{0,2})?"
    r"(?P<name>[^\n]*)$"
)
# An item of a list numbered with ideographs (附件：一、甲表 ⏎ 二、乙表, 二.乙表, or （一）甲表 ⏎ （二）乙表; or
# 一、甲表 as the first under a bare 附件： label): only the number after the list's last one continues it, since
# 二、… alone is a section's heading.
ATTACHMENT_CN_ITEM = _lazy(
    r"^(?:(?P<cn>[一二三四五六七八九十]{1,3})[、.]|\((?P<cn>[一二三四五六七八九十]{1,3})\))[ ]{0,2}(?P<name>[^\n]+)$"
)
# a later item of the list: 2. 名称, （2）名称, 2）名称, ②名称, or a table's row 2<tab>名称, or 2  名称 with a
# layout gap for the cells' edge (a ruled table on a fixed-layout page); other cells after the name's are not the name
ATTACHMENT_CONTINUATION = _lazy(
    r"^(?:(?P<n>\d{1,2})(?:(?:[.、]|:(?!\d))[ ]{0,2}(?P<name>[^\n]+)"
    r"|[.、]?(?:\t|[ ]{2,})(?P<name>(?:(?![ ]{2})[^\t\n])+)(?:(?:\t|[ ]{2,})[^\n]*)?)"
    rf"|\(?(?P<n>\d{{1,2}})\)[ ]{{0,2}}(?P<name>[^\n]+)|(?P<n>[{_NUMBER_GLYPH}])[.、]?[ ]{{0,2}}(?P<name>[^\n]+))$"
)
# The next name of the list written on after a gap on the same line (附件：1.甲表  2.乙表, 1）甲表  2）乙表,
# （1）甲表  （2）乙表, ①甲表  ②乙表).
# A number in brackets needs no gap before it (the clean-up takes the space between 表 and （ out as a layout
# space between two CJK characters); a list's own separator (；，、) parts two names as a gap does
# (附件：1.甲表；2.乙表), the number after it being the next one (`_names_on_line` checks it).
# A name may open with its year (1．2024年度甲名单　2．2024年度乙名单): a digit after the stop is no decimal then.
ATTACHMENT_NEXT_ON_LINE = _lazy(
    r"(?:(?:[ \t]{1,12}|[;,、][ \t]{0,12})"
    rf"(?:(?P<n>\d{{1,2}})(?:[.、](?:(?!\d)|(?=(?:19|20)\d{{2}}[ ]{{0,2}}年))|:(?!\d)|\))"
    rf"|(?P<n>[{_NUMBER_GLYPH}])[.、]?)"
    r"|[ \t]{0,12}\((?P<n>\d{1,2})\))[ ]{0,2}"
)
# the head row of a table listing the attachments under the 附件 label (序号 | 附件名称); the cells' edge is
# a tab, a wide space, or a gap the layout clean-up noted between two CJK characters
ATTACHMENT_TABLE_HEAD = _lazy(r"^(?P<label>序号|编号)(?P<edge>\t|[ ]{2,})?[^\n]{1,30}$")
# the head row of such a table that names its column for the attachments (序号 | 附件名称 | 下载): it lists them
# without an 附件 label above it, as a portal lists a page's files under the article
ATTACHMENT_NAMED_TABLE_HEAD = _lazy(r"^(?:序号|编号)(?:\t|[ ]{2,})附件(?:名称|标题|题目)?(?:\t|[ ]{2,}|$)")
# A label's value that gives nothing (附件：无, 留言标题：暂无): no attachment, no letter's title.
NO_ATTACHMENT = NO_VALUE = _lazy(r"^(?:无|没有|暂无|略)$")
# An attachment's title cut where it cannot end (…工作的 / …和 / 《…), its rest wrapped onto the next line.
# How an attachment's title ends (…明细表, …名单, …实施办法): the last numbered title's rest, wrapped onto the
# line above the 落款, ends so.
ATTACHMENT_TITLE_END = _lazy(
    r"(?:表|单|册|目录|清单|办法|方案|细则|规则|计划|指南|说明|报告|意见|通知|规划|要点|协议|合同)$"
)
ATTACHMENT_NAME_OPEN = _lazy(r"(?:的|和|与|及|暨|、|《|\(|-)$|《[^》]*$|\([^)]*$")

# A 落款 organ line OCR misread under the seal: the marks recognition puts into a name (a comma, a dot,
# a stray stroke read as 、 or ·), and what no organ line holds however misread (a stop, a colon, quotes,
# a figure, as a sentence or a label's row has).
MISREAD_MARKS = _lazy(r"[,、.·'`\-_~ ]")
MISREAD_NOT_ORGAN = _lazy(r"[。!?;:《》“”\d]")
